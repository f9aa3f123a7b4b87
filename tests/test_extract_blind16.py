"""Readings added at the sixteenth blind check (docs/accuracy.md), each a general reading of
English chosen on the design sets and checked on the held-out ones: a thing that begins on a date
(an instrument entering into force, a facility opening), a target that names a deliverable and its
date, a directive to officials in any tense, an appositive between a subject and its verb, and more
verbs of reported speech. Sentences written for these tests (Kenya and Ghana as the parties; no
text of a blind set)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.domain import lexicon
from tracker.extract.model import ExtractedItem
from tracker.extract.tables import TARGET_NOUNS, THING_ONSETS

PUB = date(2026, 3, 10)
INTRO = "Officials of Kenya and Ghana met in Mombasa on Monday, the foreign ministry said. "

_commitments = commitments_published(PUB)


def _mine(sentence: str) -> list[ExtractedItem]:
    return [it for it in _commitments(INTRO + sentence) if sentence[:30] in it.quote]


@pytest.mark.parametrize("phrase", sorted(THING_ONSETS))
def test_a_thing_that_begins_on_a_date_is_promised(phrase: str) -> None:
    _kinds, action, example = THING_ONSETS[phrase]
    (it,) = _mine(example)
    assert it.action == action and it.due_start is not None


@pytest.mark.parametrize("sentence", [
    "Once ratified by both parliaments, the trade pact will take effect in January.",  # a condition
    "The treaty will come into force.",  # no date
    "The markets will open on Monday.",  # no facility a government opens
    "The new chapter in relations will open next year.",  # a figure of speech
])
def test_a_thing_beginning_without_a_date_or_on_a_condition_is_no_promise(sentence: str) -> None:
    assert _mine(sentence) == []


def test_a_facility_opening_soon_names_the_facility() -> None:
    (it,) = _mine("The ambassador said that three other Kenyan consulates will open in Ghanaian cities soon.")
    assert it.action == "open" and "consulates" in it.subject and it.due_start == PUB


@pytest.mark.parametrize("noun", sorted(TARGET_NOUNS))
def test_a_target_with_a_deliverable_and_a_date_is_a_promise(noun: str) -> None:
    items = _mine(TARGET_NOUNS[noun])
    assert items and all(it.due_end is not None for it in items)
    assert "sign" in {it.action for it in items}


@pytest.mark.parametrize("sentence", [
    "The target is to double two-way trade by 2030.",  # an outcome, not a deliverable
    "The goal is to sign the accord before the end of the year.",  # a goal, not a target
    "Our target is to sign the accord.",  # no date
])
def test_a_goal_or_an_undated_target_is_no_promise(sentence: str) -> None:
    assert _mine(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A joint statement said both sides would instruct officials to commence negotiations immediately.",
    "A joint statement said both sides would instruct officials to “commence negotiations immediately”.",
    "The two presidents will task their ministers to conclude the negotiations by June.",
])
def test_a_directive_to_officials_in_any_tense(sentence: str) -> None:
    items = _mine(sentence)
    assert [it.action for it in items] in (["commence"], ["conclude"])
    assert "negotiations" in items[0].subject


def test_an_appositive_between_subject_and_verb_is_an_aside() -> None:
    (it,) = _mine("Ruto and Mahama told reporters the trade agreement, an agreement years in the making, "
                  "would be signed by November.")
    assert it.action == "sign" and it.subject == "trade agreement" and it.due_end == date(2026, 11, 30)


def test_a_list_of_objects_is_not_an_appositive() -> None:
    got = sorted(it.subject for it in _mine("Kenya will host the summit, a business forum, and a state dinner in May."))
    assert got == ["business forum", "state dinner", "summit"]


@pytest.mark.parametrize("row", [r for r in lexicon.SAYING_VERBS
                                 if r.word in ("pointed out", "mentioned", "clarified")])
def test_more_verbs_of_reported_speech(row: lexicon.Word) -> None:
    (it,) = _mine(row.example)
    assert it.kind == "commitment"


def test_a_participle_of_saying_ends_the_object_before_it() -> None:
    s = ("The minister said Kenya seeks closer ties with Ghana in an effort to grow trade, adding that three "
         "other Kenyan consulates will open in Ghanaian cities soon.")
    (it,) = _mine(s)
    assert it.action == "open" and it.subject == "three other Kenyan consulates"


def test_a_day_between_the_subject_and_a_bare_would() -> None:
    (it,) = _mine("President Ruto on Thursday would arrive in Accra on his first visit since his re-election.")
    assert it.action == "visit" and it.due_start == date(2026, 3, 12)


def test_a_bare_would_with_no_day_stays_conditional() -> None:
    assert _mine("President Ruto would arrive in Accra on his first visit since his re-election.") == []


@pytest.mark.parametrize("word", ["if", "whether"])
def test_an_indirect_question_is_no_deliverable(word: str) -> None:
    assert _mine(f"Kenya and Ghana will soon finalise {word} next month's talks will be at ministerial level.") == []


def test_the_yearend_in_one_word() -> None:
    (it,) = _mine("The minister said the negotiations were expected to be completed by the yearend.")
    assert it.action == "complete" and (it.due_start, it.due_end) == (PUB, date(2026, 12, 31))


def test_two_predicates_each_with_its_own_time() -> None:
    items = _mine("She added that negotiations would resume next month and were expected to be completed by the yearend.")
    assert [(it.action, it.due_end) for it in items] == [("resume", date(2026, 4, 30)), ("complete", date(2026, 12, 31))]


@pytest.mark.parametrize("name", ["KG-CEPA", "KGTA"])
def test_an_agreement_known_by_its_acronym_signed(name: str) -> None:
    (it,) = _mine(f"Ruto and Mahama told reporters the {name}, an agreement years in the making, would be signed by November.")
    assert it.action == "sign" and it.subject == name and it.due_end == date(2026, 11, 30)


def test_an_occasion_witnessing_a_signing_holds_it() -> None:
    (it,) = _mine("The Kenya-Ghana summit will witness the signing of agreements on trade and energy.")
    assert it.action == "sign" and it.subject == "agreements on trade and energy"


@pytest.mark.parametrize("sentence", [
    "The prime minister will witness the exchange of the accord.",
    "President Ruto will witness the signing of the accord after the courtesy call.",
])
def test_a_person_witnessing_is_a_role(sentence: str) -> None:
    assert _mine(sentence) == []


def test_instruments_a_dated_relative_clause_is_about() -> None:
    (it,) = _mine("President Ruto added that the agreements and memorandums of understanding which would be "
                  "signed today would constitute a solid ground for cooperation.")
    assert it.action == "sign" and it.subject.startswith("agreements and memorandums") and it.due_start == PUB


def test_an_undated_relative_clause_of_instruments_is_none() -> None:
    assert _mine("The agreements which will be signed will cover trade and energy.") == []


def test_memos_are_instruments() -> None:
    (it,) = _mine("“The other memos will be completed soon,” the secretary-general said.")
    assert it.action == "complete" and it.subject == "other memos"


def test_a_deliverable_added_by_a_gerund() -> None:
    got = [(it.action, it.subject) for it in _mine("Kenya will host the summit in May, in addition to signing two agreements.")]
    assert got == [("host", "summit"), ("sign", "two agreements")]


def test_an_aim_added_by_a_gerund_is_none() -> None:
    got = [(it.action, it.subject) for it in _mine("Kenya and Ghana will hold talks in May in addition to boosting trade.")]
    assert got == [("hold", "talks")]


def test_views_exchanged_during_the_meeting_are_its_agenda() -> None:
    assert _mine("Views on regional developments will be exchanged during the meeting, the ambassador said.") == []


def test_another_participant_also_attending_is_a_promise_of_its_own() -> None:
    text = ("President Ruto will host President Mahama for the two-day summit that opens on July 17. "
            "Ghana's trade minister will also participate in the summit. "
            "Kenya's foreign minister and its ambassador to Ghana will also attend the summit, officials said.")
    got = [(it.action, len(it.mentions)) for it in _commitments(INTRO + text)]
    assert got == [("host", 1), ("participate", 1), ("attend", 1)]



def test_a_weekday_between_a_saying_and_that() -> None:
    (it,) = _mine("The Ghanaian government announced Saturday that the next summit will take place in Accra on July 6-7.")
    assert it.action == "hold" and it.due_start == date(2026, 7, 6)


def test_a_rotating_office_taken_over() -> None:
    (it,) = _mine("\"Kenya will take over the rotating chairmanship of the bloc next year,\" the president announced.")
    assert it.action == "assume" and "chairmanship" in it.subject and it.due_start == date(2027, 1, 1)


def test_a_meal_together_is_a_meeting() -> None:
    (it,) = _mine("President Ruto and President Mahama will have lunch at a Mombasa hotel on Friday.")
    assert it.action == "hold" and it.subject.startswith("lunch")


def test_a_deal_a_dated_relative_clause_brings_into_force() -> None:
    (it,) = _mine("Both Kenya and Ghana are committed to a deal which will enter into force by the end of 2026.")
    assert it.action == "bring into effect" and it.subject == "deal" and it.due_end == date(2026, 12, 31)


def test_two_fronted_phrases_before_the_subject() -> None:
    (it,) = _mine("On 21-22 May this year, at the invitation of the President of Ghana John Mahama, President of "
                  "Kenya William Ruto will pay a state visit to Ghana.")
    assert it.action == "visit" and it.subject == "Ghana" and it.due_start == date(2026, 5, 21)


def test_an_impersonal_plan() -> None:
    (it,) = _mine("Following the talks, it is planned to sign a package of bilateral agreements in May.")
    assert it.action == "sign" and it.subject.startswith("package") and it.due_start == date(2026, 5, 1)


def test_an_impersonal_aim_is_none() -> None:
    assert _mine("It is planned to further strengthen ties between the two countries.") == []


def test_agreeing_with_a_proposal_to_hold() -> None:
    (it,) = _mine("President Ruto agreed with Prime Minister Mensah's proposal to soon hold the 6th meeting of "
                  "the joint committee.")
    assert it.action == "hold" and "6th meeting" in it.subject


def test_an_event_announced_as_to_be() -> None:
    (it,) = _mine("The ministers will meet yearly and there will also be ministerial economic meetings in May.")[-1:]
    assert it.action == "hold" and it.subject == "ministerial economic meetings"


@pytest.mark.parametrize("sentence", ["There will be challenges ahead for Kenya and Ghana.",
                                      "There will be no meeting of the commission this year."])
def test_there_will_be_no_event(sentence: str) -> None:
    assert _mine(sentence) == []


def test_a_decision_adopted_to_set_up() -> None:
    (it,) = _mine("The decision was adopted to set up another new institute, the Council of Foreign Ministers, in 2027.")
    assert it.action == "set up" and it.subject.startswith("another new institute")
