"""Extraction found wanting by the thirty-second blind check (sets 71-73, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract.tables import BODY_SITTING, ORGANISATION_HEADS, RECEIVING

ON = date(2030, 3, 4)  # a Monday
read = commitments_published(ON)


@pytest.mark.parametrize(("text", "action", "start"), [
    # a thing no list of facility nouns holds (a system, a regime, a scheme): its onset on a date
    ("The new Kenya-Ghana border system will be operational on 6 October 2030.", "open", date(2030, 10, 6)),
    ("The joint visa regime will be fully operational at all crossings as of 10 April 2031.", "open",
     date(2031, 4, 10)),
    ("The visa-free regime between Kenya and Ghana will start on 1 January 2031.", "start", date(2031, 1, 1)),
])
def test_a_thing_of_no_listed_kind_begins_on_a_calendar_date(text: str, action: str, start: date) -> None:
    (c,) = read(text)
    assert (c.action, c.due_start) == (action, start)


@pytest.mark.parametrize("text", [
    # no calendar date: an aim, not a promise
    "The new Kenya-Ghana border system will be operational soon.",
    # the object of a preposition is not the subject of the verb after it: the round begins
    ("Kenya pulled out of a round of negotiations with the political opposition set to begin on "
     "Sunday in Nairobi to protest the arrest of an ally."),
])
def test_no_onset_without_a_date_or_of_a_prepositional_object(text: str) -> None:
    assert [c for c in read(text) if c.action in ("open", "start", "begin")] == []


@pytest.mark.parametrize(("verb", "example"), sorted(BODY_SITTING.items()))
def test_a_body_s_business_on_a_calendar_day_is_a_sitting(verb: str, example: str) -> None:
    (c,) = read(example)
    assert c.due_start is not None and c.due_end is not None, verb


def test_the_sitting_is_the_body_s_own_meeting() -> None:
    (c,) = read("The Executive Board of the Fund is scheduled to consider Kenya's request on 13 March 2031.")
    assert (c.action, c.due_start, c.due_end) == ("hold", date(2031, 3, 13), date(2031, 3, 13))


@pytest.mark.parametrize("text", [
    "The board will consider ways to deepen ties.",  # no day: an aim
    "Kenya will consider the proposal in May.",  # a country considering: no body sits
])
def test_no_sitting_without_a_day_or_a_body(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(("text", "action", "day"), [
    ("The official commencement date for the Kenya-Ghana entry system has been confirmed as 10 November.",
     "commence", date(2030, 11, 10)),
    # the date of an occasion: held that day
    ("The date of the Kenya-Ghana referendum has been fixed for 14 June.", "hold", date(2030, 6, 14)),
])
def test_a_date_set_for_a_thing_promises_it_for_that_date(text: str, action: str, day: date) -> None:
    (c,) = read(text)
    assert (c.action, c.due_start, c.due_end) == (action, day, day)


@pytest.mark.parametrize("text", [
    "The date of the Kenya-Ghana referendum has not been set.",  # no date
    "The date for the Kenya-Ghana summit was set as a priority by both sides.",  # no date after "as"
])
def test_no_date_set_without_a_date(text: str) -> None:
    assert read(text) == []


def test_the_formal_is_to_be_of_any_verb_on_a_calendar_date_is_a_plan() -> None:
    (c,) = read("The visa regulation for Ghana is to be confirmed in early 2031 by the two parliaments.")
    assert (c.action, c.due_start, c.due_end) == ("confirm", date(2031, 1, 1), date(2031, 4, 30))


@pytest.mark.parametrize("text", [
    "The result is to be expected in 2031.",  # a verb of knowing (``PERCEPTION_VERBS``)
    "The visa regulation for Ghana is to be confirmed by the two parliaments.",  # no date: not this reading
])
def test_no_plan_of_a_verb_of_knowing_or_with_no_date(text: str) -> None:
    assert [c for c in read(text) if c.action in ("confirm", "expect")] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("Observers joined the first meeting between Kenya and Ghana, who agreed to meet again on 2-3 April.",
     "Kenya and Ghana"),
    ("Kenya and Ghana, who agreed to meet again on 2-3 April, held talks in Lamu.", "Kenya and Ghana"),
])
def test_the_parties_decision_in_a_relative_clause(text: str, subject: str) -> None:
    (c,) = read(text)
    assert (c.action, c.subject, c.due_start, c.due_end) == ("meet", subject, date(2030, 4, 2), date(2030, 4, 3))


def test_no_promise_of_an_undated_relative_decision() -> None:
    assert read("The ministers, who agreed to cooperate, left Lamu on Monday.") == []


@pytest.mark.parametrize("text", [
    "Kenya's peace adviser said the ceasefire would also now come into effect on 16 October.",
    "Kenya's peace adviser said the ceasefire, announced last month, would come into effect on 16 October.",
])
def test_the_thing_taking_effect_past_adverbs_and_an_aside(text: str) -> None:
    (c,) = read(text)
    assert (c.action, c.subject, c.due_start) == ("bring into effect", "ceasefire", date(2030, 10, 16))


@pytest.mark.parametrize(("head", "example"), sorted(ORGANISATION_HEADS.items()))
def test_an_institution_by_its_proper_name_undertakes(head: str, example: str) -> None:
    (c,) = read(example)
    assert c.due_start == date(2030, 5, 1), head


def test_an_organisation_with_its_acronym_defined_undertakes() -> None:
    (c,) = read("The International Monetary Fund (IMF) has scheduled a meeting of its Executive Board for "
                "Friday to discuss Kenya's review.")
    assert (c.action, c.due_start) == ("hold", date(2030, 3, 8))


def test_the_way_it_was_said_between_the_saying_and_its_subject() -> None:
    (c,) = read("Kenya and Ghana said in a joint statement they would meet again on 3-6 September.")
    assert (c.action, c.subject, c.due_start, c.due_end) == ("meet", "they", date(2030, 9, 3), date(2030, 9, 6))


def test_the_day_of_another_occasion_does_not_date_a_present_schedule() -> None:
    assert read("The new Kenya-Ghana talks take place amid a campaign for the regional elections on "
                "21 November, in which Kenyans will elect governors.") == []
    (c,) = read("The Kenya-Ghana talks take place in Nairobi on 3 October.")
    assert c.due_start == date(2030, 10, 3)


@pytest.mark.parametrize(("verb", "example"), sorted(RECEIVING.items()))
def test_funds_received_by_the_party_are_a_promise(verb: str, example: str) -> None:
    (c,) = read(example)
    assert c.action == verb and c.due_end is not None


@pytest.mark.parametrize("text", [
    "Ghana will get five million votes in April.",  # no sum of money
    "Ghana will get better terms in April.",
])
def test_no_funds_received_without_a_sum(text: str) -> None:
    assert [c for c in read(text) if c.action in ("get", "receive")] == []


def test_what_a_regime_lets_its_people_do_from_a_calendar_date() -> None:
    (c,) = read("Ghanaian citizens will be able to travel to Kenya without a visa from 1 January 2031.")
    assert (c.action, c.subject, c.due_start) == ("travel", "to Kenya without a visa", date(2031, 1, 1))
    assert read("Kenyans will be able to travel more easily.") == []  # no date: an effect, not a promise


def test_a_news_outlet_s_sign_off_is_no_promise() -> None:
    assert read("We will continue to monitor this development and provide further details when available.") == []
