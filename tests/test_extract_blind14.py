"""Readings added at the fourteenth blind check (docs/accuracy.md), each a general reading of
English chosen on the design sets and checked on held-out ones: a deliverable agreed by its
noun ("agreed on a prisoner exchange"), an event noun going on at a later date ("the talks will
continue next week"), "PM" as the title it abbreviates, a subcommittee as a body. Sentences
written for these tests (Kenya and Ghana as the parties; no text of a blind set)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract.tables import AGREED_NOMINALS, EVENT_GOES_ON, nominal_action

PUB = date(2026, 3, 10)
INTRO = "Officials of Kenya and Ghana met in Mombasa on Monday, the foreign ministry said. "

_commitments = commitments_published(PUB)


def _items(sentence: str) -> list[tuple[str, str]]:
    return [(it.action, it.subject) for it in _commitments(INTRO + sentence) if sentence[:30] in it.quote]


@pytest.mark.parametrize("noun", sorted(AGREED_NOMINALS))
def test_a_deliverable_agreed_by_its_noun(noun: str) -> None:
    action, example = nominal_action(noun), AGREED_NOMINALS[noun]
    ((got, subject),) = _items(example)
    assert got == action and noun in subject.lower()


@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana agreed on the need for closer cooperation.",
    "Kenya and Ghana agreed on the importance of the exchange of views.",  # no deliverable's noun first
    "Kenya and Ghana agreed on the situation in the region.",
    "Kenya and Ghana agreed on a regular exchange of views.",  # talk, not a deliverable
])
def test_agreeing_on_a_matter_is_no_commitment(sentence: str) -> None:
    assert _items(sentence) == []


@pytest.mark.parametrize("verb", sorted(EVENT_GOES_ON))
def test_an_event_going_on_at_a_later_date_is_held_again(verb: str) -> None:
    ((action, _subject),) = _items(EVENT_GOES_ON[verb])
    assert action == "hold"


@pytest.mark.parametrize("sentence", [
    "The exercise will continue until Friday.",  # it goes on; it is not held again
    "Cooperation will continue next year.",  # no event
    "Kenya and Ghana will continue talks on trade.",  # an aspiration, no date
])
def test_going_on_without_a_new_date_or_event_is_no_commitment(sentence: str) -> None:
    assert _items(sentence) == []


def test_pm_is_the_title_it_abbreviates() -> None:
    s = "The Kenyan PM, along with President Mahama, will hold delegation-level talks at the State House on March 12."
    (it,) = [it for it in _commitments(INTRO + s) if s[:30] in it.quote]
    assert it.action == "hold" and (it.due_start, it.due_end) == (date(2026, 3, 12), date(2026, 3, 12))
    assert set(it.actors) >= {"Kenya", "Ghana"}


@pytest.mark.parametrize("body", ["The subcommittee", "The joint sub-committee"])
def test_a_subcommittee_is_a_body_that_meets(body: str) -> None:
    assert _items(f"{body} will hold its first meeting in Kisumu next month.") != []


def test_a_meeting_introduced_as_new_is_another_promise() -> None:
    text = ("A joint subcommittee will be set up, the envoy told reporters in Kisumu. The subcommittee will hold "
            "its first meeting in the city of Kisumu as soon as possible this month, she added. The envoy also "
            "said that a meeting will be held on 16 March in the town of Nakuru to unify the border guards.")
    meetings = [it for it in _commitments(INTRO + text) if it.action == "hold"]
    assert len(meetings) == 2


def test_a_lead_and_its_quote_still_restate_each_other() -> None:
    text = ('Kenya and Ghana will hold a summit in Accra in May, officials said. "We will hold a summit in '
            'Accra in May," the Kenyan foreign minister said.')
    assert len([it for it in _commitments(text) if it.action == "hold"]) == 1


def test_agreed_in_principle_is_agreed() -> None:
    assert _items("Kenya and Ghana also agreed in principle to resume direct flights in June.") == [
        ("resume", "direct flights")]


def test_having_a_dialogue_with_someone_is_a_meeting() -> None:
    ((action, subject),) = _items("The Kenyan envoy will have an extensive dialogue with Foreign Minister Mensah "
                                  "on Friday.")
    assert action == "hold" and subject.startswith("extensive dialogue")


def test_a_number_with_thousands_is_one_word_of_the_deliverable() -> None:
    assert _items("Kenya and Ghana agreed on a 1,000-for-1,000 prisoner exchange, the Kenyan negotiator said.") == [
        ("exchange", "1,000-for-1,000 prisoner exchange")]


def test_a_body_s_numbered_meeting_before_its_schedule_keeps_its_number() -> None:
    ((action, subject),) = _items("The two secretariats held a workshop to prepare for the 43rd meeting of the "
                                  "Joint Commission slated for December.")
    assert (action, subject) == ("hold", "43rd meeting of the Joint Commission")
