"""A meeting reported under way, in the present, on the day of the report ("The 19th Kenya-Ghana
Summit runs from 23 to 24 November", "kicks off in Accra on Monday"; ``events._UNDER_WAY``), and
by a part of it ("delivered remarks at the opening reception for the Kenya-Ghana Summit
Thursday evening"; ``events._PREP_EVENT``); and a unit made into what was promised ("became",
"transitioned to"). Sentences written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import find_events, suggest

D = dt.date


def _held(text: str, pub: dt.date) -> list[tuple[str | None, dt.date | None]]:
    return [(e.key, e.date_start) for e in find_events(text, pub)
            if e.polarity == "positive" and e.action == "meet"]


@pytest.mark.parametrize("text, pub", [
    ("The 19th Kenya-Ghana Leaders' Summit runs from November 23 to 24.", D(2031, 11, 23)),
    ("The 19th Kenya-Ghana Leaders' Summit runs from November 22 to 24.", D(2031, 11, 23)),
    ("The Kenya-Ghana Summit takes place in Accra today.", D(2031, 11, 23)),
    ("The Kenya-Ghana Summit kicks off in Accra on November 23.", D(2031, 11, 23)),
])
def test_under_way_on_the_day_of_the_report(text: str, pub: dt.date) -> None:
    assert _held(text, pub) == [("summit", pub)]


@pytest.mark.parametrize("text, pub", [
    # announced: the date has not come
    ("The 19th Kenya-Ghana Leaders' Summit runs from November 23 to 24.", D(2031, 11, 1)),
    ("The Kenya-Ghana Summit takes place in Accra on 23 November.", D(2031, 11, 2)),
    # no date at all: a schedule, not a report
    ("The Kenya-Ghana Summit takes place every year.", D(2031, 11, 2)),
    # no meeting named
    ("The Kenya-Ghana Rail Corridor runs from November 23 to 24.", D(2031, 11, 23)),
])
def test_announced_or_no_meeting_is_no_report(text: str, pub: dt.date) -> None:
    assert _held(text, pub) == []


def test_a_part_of_the_meeting_reports_it() -> None:
    text = ("Prime Minister Ruto delivered remarks at the opening reception for the Kenya-Ghana Summit "
            "Thursday evening at the Old Brewery.")
    assert _held(text, D(2031, 11, 21)) == [("summit", D(2031, 11, 20))]  # 2031-11-20 is a Thursday


@pytest.mark.parametrize("text", [
    "The 12th Kenyan Rifles became the 12th Kenyan Littoral Regiment during a ceremony in Nakuru on Wednesday.",
    "The 12th Kenyan Rifles transitioned to the 12th Kenyan Littoral Regiment in Nakuru on Wednesday.",
])
def test_a_unit_made_into_what_was_promised(text: str) -> None:
    """ "will transition to the 12th Kenyan Littoral Regiment by 2033" is kept by the report that it
    became one (matched by the promise's words: ``match._fulfil``'s same-deliverable path)."""
    c = promise(1, D(2031, 1, 11), "to the 12th Kenyan Littoral Regiment", (D(2031, 1, 11), D(2033, 9, 30)),
                action="transition", actors=("Kenya",),
                quote="The 12th Kenyan Rifles will ultimately transition to the 12th Kenyan Littoral Regiment by 2033.")
    got = [s for s in suggest([c], [report(2, D(2032, 11, 16), text)]) if s.kind == "fulfils"]  # type: ignore[list-item]
    assert [(s.source_id, s.event_date) for s in got] == [(2, D(2032, 11, 10))]


@pytest.mark.parametrize("text, day", [
    ("The Kenya-Ghana Joint Commission met in Accra for the first time since 2015.", None),
    ("The Kenya-Ghana Joint Commission met in Accra in May 2031, the first time since late 2015.", D(2031, 5, 1)),
])
def test_a_date_after_since_is_not_the_events(text: str, day: dt.date | None) -> None:
    assert [e.date_start for e in find_events(text, D(2031, 5, 7)) if e.action == "meet"] == [day]
