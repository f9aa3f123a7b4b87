"""Extraction found wanting by the thirty-fourth blind check (sets 82-85, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from tracker.extract.patterns import SCHEDULE_APPOSITIVE

ON = dt.date(2030, 3, 4)  # a Monday
read = commitments_published(ON)


# --- a relative clause cut short after a comma ------------------------------------------------------

@pytest.mark.parametrize("word", SCHEDULE_APPOSITIVE)
def test_a_schedule_after_a_comma_is_the_noun_s(word: str) -> None:
    (c,) = read(f"The Accra-Kumasi bridge, {word} to open to traffic in 2033, will cost two billion dollars.")
    assert (c.action, c.subject, c.due_start, c.due_end) == ("open", "Accra-Kumasi bridge", dt.date(2033, 1, 1),
                                                             dt.date(2033, 12, 31))


def test_a_meeting_s_schedule_after_a_comma() -> None:
    (c,) = read("The Kenya-Ghana Joint Commission, scheduled to meet in Accra in May, will review trade.")
    assert (c.action, c.due_start) == ("meet", dt.date(2030, 5, 1))


@pytest.mark.parametrize("text", [
    "Ghana thanked Kenya, set to host the summit in May.",  # no event's or facility's noun before the comma
    "The Accra-Kumasi bridge, expected to open in 2033, will cost two billion dollars.",  # a hedge
])
def test_no_cut_relative_without_its_noun(text: str) -> None:
    assert [c for c in read(text) if c.action in ("open", "host")] == []


# --- a visit made with "the" --------------------------------------------------------------------------

def test_the_dated_visit_is_the_deliverable() -> None:
    (c,) = read("President Ruto will make the March 5-8 visit to Ghana.")
    assert (c.action, c.subject, c.due_start, c.due_end) == ("visit", "Ghana", dt.date(2030, 3, 5), dt.date(2030, 3, 8))


# --- a time after "from" is when the thing begins ----------------------------------------------------

def test_a_season_after_from_dates_the_thing_that_begins() -> None:
    (c,) = read("Services from Accra will connect with the Kumasi line from autumn this year.")
    assert (c.action, c.due_start, c.due_end) == ("connect", dt.date(2030, 9, 1), dt.date(2030, 11, 30))


def test_a_time_after_after_still_starts_a_state() -> None:
    assert read("After November, the Kumasi line will be called the Ghana line.") == []
