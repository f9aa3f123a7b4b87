"""Linking found wanting by the twenty-fourth blind check (sets 39, docs/accuracy.md). Text
written for these tests; Kenya, Ghana, Togo and Benin are the invented parties."""

from __future__ import annotations

from datetime import date

from tracker.linking import load_registry, suggest
from tracker.linking.keys import source_events
from tracker.linking.match import CommitmentView, SourceEvents, prepare


def test_the_next_quadrilateral_meeting_is_kept_by_the_next_one_held() -> None:
    reg = load_registry()
    quote = "It was agreed that the next quadrilateral meeting will be held in December in Accra."
    body = "The fifth quadrilateral meeting of Kenya, Ghana, Togo and Benin was held in Lome. " + quote
    made = date(2018, 11, 8)
    c = prepare(CommitmentView(id=1, source_id=1, made_on=made, subject="next quadrilateral meeting",
                               quote=quote, action="hold", actors=("Kenya", "Ghana", "Togo", "Benin"),
                               due_start=date(2018, 12, 1), due_end=date(2018, 12, 31),
                               span=(body.index(quote), len(body))), reg)
    report = "The leaders of Kenya, Ghana, Togo and Benin met in Accra on Saturday for their sixth quadrilateral meeting."
    on = date(2018, 12, 23)
    s = SourceEvents(2, on, source_events(report, on, "", reg), "002.txt")
    (sg,) = [x for x in suggest([c], [s], reg) if x.kind == "fulfils"]
    assert sg.event_date == date(2018, 12, 22)


def _events(text: str, on: date):  # type: ignore[no-untyped-def]
    return source_events(text, on, "", load_registry())


def test_a_decision_to_postpone_reports_the_move_to_its_new_date() -> None:
    # a decision to put off an occasion is a report of its move (extraction reads it as no new
    # promise: ``extract.tables.CANCELLING_VERBS``); the date it was first set for is not the new one
    on = date(2024, 9, 13)
    (ev,) = _events("The two governments agreed to postpone the fifth meeting of the Kenya-Ghana Joint "
                    "Commission, initially scheduled for December 2024, to December 2026.", on)
    assert (ev.polarity, ev.negative, ev.ordinal) == ("negative", "postponed", 5)
    assert (ev.period_start, ev.period_end) == (date(2026, 12, 1), date(2026, 12, 31))
    evs = _events("Kenya and Ghana decided to call off the Kenya-Ghana summit.", on)
    assert [(e.polarity, e.negative) for e in evs if e.polarity == "negative"] == [("negative", "cancelled")]


def test_the_old_date_of_a_postponed_occasion_is_not_its_new_one() -> None:
    on = date(2024, 9, 13)
    (ev,) = _events("Kenya and Ghana postponed the fifth meeting of the Kenya-Ghana Joint Commission, "
                    "originally set for December, to March 2025.", on)
    assert (ev.period_start, ev.period_end) == (date(2025, 3, 1), date(2025, 3, 31))


def test_a_leaders_meeting_is_the_series_summit() -> None:
    # "the third KG Leaders' Meeting" and "the third KG Summit" are one occasion
    from tracker.linking import find_bodies
    reg = load_registry()
    (a,) = find_bodies("They spoke at the third KGC Leaders’ Meeting held online on August 24.", reg)
    (b,) = find_bodies("President Ruto will attend the third KGC Summit on August 24.", reg)
    assert (a.key, a.ordinal) == (b.key, b.ordinal) == ("kgc summit", 3)


def test_how_a_series_is_held_reports_no_occasion() -> None:
    # a rule of the series (a present passive and a word of habit), not a report of a meeting
    text = ("Under the treaty, the meetings of the Kenya-Ghana Joint Commission are held alternately in "
            "Kenya and Ghana before 1st June every year.")
    assert _events(text, date(2024, 7, 1)) == ()
    from tracker.linking.unframed import find_occasions
    assert find_occasions(text, date(2024, 7, 1), load_registry()) == []
    # a report of one is still read
    (ev,) = [e for e in _events("The meeting of the Kenya-Ghana Joint Commission was held in Accra on 30 May.",
                                date(2024, 7, 1)) if e.body is not None]
    assert ev.date_start == date(2024, 5, 30)


def test_soon_said_again_days_later_moves_nothing() -> None:
    # "will be opened soon" on 23 and on 28 December: one window counted from each day, no slip
    reg = load_registry()
    a = CommitmentView(id=1, source_id=1, made_on=date(2022, 12, 23), subject="new Lamu port", action="open",
                       actors=("Kenya",), due_start=date(2022, 12, 23), due_end=date(2023, 3, 23))
    b = CommitmentView(id=2, source_id=2, made_on=date(2022, 12, 28), subject="new port in Lamu", action="open",
                       actors=("Kenya",), due_start=date(2022, 12, 28), due_end=date(2023, 3, 28))
    from tracker.linking.match import _relative_restated, _works_moved, works_named
    a, b = prepare(a, reg), prepare(b, reg)
    assert _relative_restated(a, b)
    assert _works_moved(a, b, works_named(a)) is None
    # a deadline moved is still a slip: "by December 2030", then "by December 2031"
    c = CommitmentView(id=3, source_id=3, made_on=date(2029, 3, 1), subject="Lamu pipeline", action="complete",
                       actors=("Kenya",), due_start=date(2029, 3, 1), due_end=date(2031, 12, 31))
    d = CommitmentView(id=4, source_id=1, made_on=date(2025, 1, 10), subject="Lamu pipeline", action="complete",
                       actors=("Kenya",), due_start=date(2025, 1, 10), due_end=date(2030, 12, 31))
    assert not _relative_restated(prepare(d, reg), prepare(c, reg))


def test_an_occasion_suspended_is_put_off_and_its_old_day_is_no_new_one() -> None:
    # "suspended" as extraction reads it (tables.CANCELLATION_WORDS); "that was to take place on
    # Dec. 14" is the day it was set for, not the day it moved to
    on = date(2022, 12, 10)
    (ev,) = _events("The Kenya-Ghana summit scheduled for this Friday in Accra is suspended.", on)
    assert (ev.polarity, ev.negative) == ("negative", "postponed")
    (ev,) = _events("We have agreed to postpone the Kenya-Ghana summit that was to take place on Dec. 14 in Accra.", on)
    assert (ev.negative, ev.period_start) == ("postponed", None)
