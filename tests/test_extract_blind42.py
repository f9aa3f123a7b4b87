"""Extraction found wanting by the twenty-fifth blind check (sets 42, docs/accuracy.md). Text
written for these tests; Kenya, Ghana and Togo are the invented parties."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract.patterns import PRESENT_SCHEDULES, present_forms

ON = date(2024, 2, 10)
read = commitments_published(ON)


@pytest.mark.parametrize("verb", PRESENT_SCHEDULES)
def test_the_present_of_an_occasions_schedule_with_a_day_to_come_is_a_promise(verb: str) -> None:
    first, _, rest = verb.partition(" ")
    for subject, form in (("The Kenya-Ghana talks", first), ("The Kenya-Ghana summit", present_forms(first)[1])):
        (c,) = read(f"{subject} {' '.join([form, *rest.split()])} on 12-13 March in Accra, Ghana.")
        assert (c.due_start, c.due_end) == (date(2024, 3, 12), date(2024, 3, 13))


@pytest.mark.parametrize("sentence", [
    "The Kenya-Ghana summit opened on 5 February in Accra.",  # done
    "The Kenya-Ghana Joint Commission meets every year in March.",  # a habit
    "The Kenya-Ghana summit opens today in Accra.",  # under way
    "Kenya and Ghana meet in Accra on 12 March.",  # the parties: the frames' to read
    "The summit does not open on 12 March.",
    "Kenya and Ghana want the talks to open on 12 March.",
], ids=["past", "habit", "today", "parties", "negated", "to"])
def test_a_present_that_is_no_schedule_of_a_day_to_come(sentence: str) -> None:
    assert [c.quote for c in read(sentence)] == []


@pytest.mark.parametrize("sentence", [
    "The next, the 11th, summit will be held in Ghana.",
    "The upcoming, third, meeting of the Kenya-Ghana Joint Commission will be held in Accra in May.",
])
def test_a_position_in_apposition_is_one_occasion(sentence: str) -> None:
    (c,) = read(sentence)
    assert c.subject.startswith(("next", "upcoming"))


@pytest.mark.parametrize("sentence", [
    "It is noted that an agreement was also reached to hold an informal summit in Ghana in 2025.",
    "At the meeting, a decision was taken to hold the next summit in Ghana in 2025.",
    "Officials said a decision has been made to convene the Joint Commission in Accra in 2025.",
])
def test_an_agreement_reached_in_the_passive_to_do_a_thing(sentence: str) -> None:
    (c,) = read(sentence)
    assert (c.due_start, c.due_end) == (date(2025, 1, 1), date(2025, 12, 31))
