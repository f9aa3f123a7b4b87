"""A meeting given a new date while its promise was open, for no other host, is the same meeting
moved, not another edition: "the next Council will meet in the autumn" (July), "the Council
meeting is scheduled for 7 December" (November), "the Council met on 7 December" keeps both, the
first late (``match._Series.other_edition``). Another host is another edition. Sentences written
for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

from linked import promise, report
from tracker.linking import suggest

D = dt.date
HELD = "The Kenya-Ghana Cooperation Council met in Nairobi on 7 December, co-chaired by the two leaders."


def _autumn(quote: str = "The next Kenya-Ghana Cooperation Council will meet in the autumn.") -> object:
    return promise(1, D(2031, 7, 12), "next Kenya-Ghana Cooperation Council", (D(2031, 9, 1), D(2031, 11, 30)),
                   action="meet", actors=("Kenya", "Ghana"), quote=quote)


def _december(host: str = "Nairobi") -> object:
    return promise(2, D(2031, 11, 24), "Kenya-Ghana Cooperation Council", (D(2031, 12, 7), D(2031, 12, 7)),
                   action="hold", actors=("Kenya", "Ghana"),
                   quote=f"The Kenya-Ghana Cooperation Council is scheduled for 7 December in {host}.")


def _kept(sugs: list) -> dict[int, str | None]:  # type: ignore[type-arg]
    return {s.commitment_id: s.timeliness for s in sugs if s.kind == "fulfils" and s.source_id == 3}


def test_a_meeting_moved_while_open_keeps_both_promises() -> None:
    got = _kept(suggest([_autumn(), _december()], [report(3, D(2031, 12, 8), HELD)]))  # type: ignore[list-item]
    assert got == {1: "late", 2: "on_time"}


def test_a_promise_for_another_host_is_another_edition() -> None:
    first = _autumn("The next Kenya-Ghana Cooperation Council will meet in Accra in the autumn.")
    got = _kept(suggest([first, _december()], [report(3, D(2031, 12, 8), HELD)]))  # type: ignore[list-item]
    assert 1 not in got and got.get(2) == "on_time"
