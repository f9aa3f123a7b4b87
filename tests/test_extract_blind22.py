"""Readings of clause structure written for the eighteenth blind check (docs/accuracy.md):
a time phrase between a modal and its verb, a day fronted after another fronted phrase, the
day an agreement was reached (not the deliverable's), the first meeting of a body set up in
the sentence before, "within the year". Sentences written for these tests; Kenya and Ghana
are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.windows import find_all

ON = dt.date(2031, 3, 10)  # a Monday


def _promises(text: str, on: dt.date = ON) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [(i.action, i.subject, i.due_start, i.due_end) for i in extract(text, on) if i.kind == "commitment"]


@pytest.mark.parametrize(("sentence", "action", "start", "end"), [
    ("Kenya will next week sign the trade accord with Ghana.", "sign", dt.date(2031, 3, 17), dt.date(2031, 3, 23)),
    ("Kenya will in May sign the trade accord with Ghana.", "sign", dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
    ("Kenya would, in May, sign the trade accord with Ghana, the minister said.", "sign",
     dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
    ("The ministers will on 5 May hold the third round of talks in Accra.", "hold",
     dt.date(2031, 5, 5), dt.date(2031, 5, 5)),
    ("President Mensah will, on Thursday, begin a two-day official visit to Kenya.", "begin",
     dt.date(2031, 3, 13), dt.date(2031, 3, 13)),
    ("The President of Ghana will from Thursday, March 13, 2031, begin a two-day official visit to Kenya.",
     "begin", dt.date(2031, 3, 13), dt.date(2031, 3, 13)),
])
def test_a_time_between_the_modal_and_its_verb_is_read_past_and_dates_the_promise(
        sentence: str, action: str, start: dt.date, end: dt.date) -> None:
    (got,) = _promises(sentence)
    assert got[0] == action and got[1] not in ("May", "Kenya", "ministers") and got[2:] == (start, end)


def test_a_time_between_the_modal_and_its_verb_dates_a_thing_that_begins() -> None:
    assert _promises("The gas interconnector will, from July, start commercial operation.") == [
        ("open", "gas interconnector", dt.date(2031, 7, 1), dt.date(2031, 7, 31))]
    # a condition still makes it no promise
    assert _promises("Once ratified, the treaty will in 2032 enter into force.") == []


def test_a_day_fronted_after_another_fronted_phrase_dates_the_clause() -> None:
    (got,) = _promises("Prior to the President's departure, on Tuesday, the two countries will sign a "
                       "bilateral agreement.")
    assert got[0] == "sign" and got[2:] == (dt.date(2031, 3, 11), dt.date(2031, 3, 11))


@pytest.mark.parametrize("sentence", [
    "On Monday, Kenya and Ghana agreed to form a joint working group.",
    "“Today we agreed to set up a joint commission with Ghana,” the minister said.",
])
def test_the_day_an_agreement_was_reached_is_not_the_deliverables(sentence: str) -> None:
    (got,) = _promises(sentence)
    assert got[2:] == (None, None)


def test_a_fronted_deadline_before_an_agreement_still_dates_it() -> None:
    (got,) = _promises("By 5 June, Kenya and Ghana agreed to form a joint working group.")
    assert got[2:] == (ON, dt.date(2031, 6, 5))


def test_a_future_day_fronted_before_a_modal_still_dates_it() -> None:
    (got,) = _promises("On Thursday, Kenya and Ghana will form a joint working group.")
    assert got[2:] == (dt.date(2031, 3, 13), dt.date(2031, 3, 13))


@pytest.mark.parametrize("second", [
    "Its first session will be held in Accra in May.",
    "The first commission meeting is envisaged for May.",
])
def test_the_first_meeting_of_a_body_set_up_dates_the_promise_to_set_it_up(second: str) -> None:
    assert _promises("Kenya and Ghana will establish a joint commission on trade. " + second) == [
        ("establish", "joint commission on trade", dt.date(2031, 5, 1), dt.date(2031, 5, 31))]


def test_another_event_after_a_body_set_up_is_a_promise_of_its_own() -> None:
    got = _promises("Kenya and Ghana will establish a joint commission on trade. The first summit will be "
                    "held in Accra in May.")
    assert [(action, start is None) for action, _subject, start, _end in got] == [
        ("establish", True), ("hold", False)]


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("The two sides plan to hold talks within the year.", ON, dt.date(2031, 12, 31)),
    ("The report will be ready within the month.", ON, dt.date(2031, 3, 31)),
])
def test_within_the_year_is_the_rest_of_this_one(phrase: str, start: dt.date, end: dt.date) -> None:
    (t,) = [t for t in find_all(phrase, ON) if t.text.startswith("within")]
    assert (t.due_start, t.due_end, t.rule) == (start, end, "this_period")


def test_in_the_year_names_no_window() -> None:
    assert not [t for t in find_all("Trade grew in the year since the accord.", ON) if "the year" in t.text
                and t.due_start is not None and t.reference != "past"]
