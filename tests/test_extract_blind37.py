"""Extraction found wanting by the twenty-third blind check (sets 37, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extracted import commitments, commitments_published
from tracker.extract.tables import (
    DEADLINE_ACTIONS,
    HOPING_VERBS,
    PHRASAL_DELIVERABLES,
    nominal_action,
)

PUB = date(2026, 3, 10)
_commitments = commitments_published(PUB)


@pytest.mark.parametrize(("sentence", "subject", "start"), [
    # a part of a line opens, or the trains on it start running
    ("The first section between Nakuru and Eldoret will be open by 2027.", "first section", date(2026, 3, 10)),
    ("The first stretch of the Lamu line is set to open in August 2027.", "first stretch", date(2027, 8, 1)),
    ("Kenya's first high-speed train will start running in 2031.", "high-speed train", date(2031, 1, 1)),
])
def test_a_part_of_a_line_or_its_trains_begin(sentence: str, subject: str, start: date) -> None:
    (it,) = [i for i in _commitments(sentence) if i.kind == "commitment"]
    assert it.action == "open" and subject in it.subject and it.due_start == start


@pytest.mark.parametrize("sentence", [
    "The trade section will open talks next week.",  # what it opens is an event: no facility opens
    "The embassy will open negotiations in May.",
    "The train will leave at noon tomorrow.",  # no onset
])
def test_no_facility_begins(sentence: str) -> None:
    assert [i for i in _commitments(sentence) if i.kind == "commitment" and i.action == "open"] == []


@pytest.mark.parametrize("key", sorted(DEADLINE_ACTIONS))
def test_a_deadline_moved_promises_the_thing_for_the_new_date(key: str) -> None:
    action, example = nominal_action(key), DEADLINE_ACTIONS[key]
    (it,) = [i for i in commitments(example, date(2030, 5, 29)) if i.kind == "commitment"]
    assert it.action == action and ("Lamu" in it.subject or "Tema" in it.subject)
    assert it.due_end is not None and it.due_end.year == 2031


@pytest.mark.parametrize(("sentence", "window"), [
    # a deadline: by the new date
    (("Kenya and Ghana have extended the completion deadline for the Lamu pipeline from December 2030 "
     "to December 2031."), (date(2030, 5, 29), date(2031, 12, 31))),
    # a date: the new date itself
    ("The start date for the Lamu railway project has been pushed back two years to 2031.",
     (date(2031, 1, 1), date(2031, 12, 31))),
    # (a relative clause between the thing and the verb)
    (("The expected start date for the Lamu railway, which will link the two ports, has been pushed back "
     "to 2031, an official said."), (date(2031, 1, 1), date(2031, 12, 31))),
])
def test_the_new_window_of_a_deadline_moved(sentence: str, window: tuple[date, date]) -> None:
    (it,) = [i for i in commitments(sentence, date(2030, 5, 29)) if i.kind == "commitment"]
    assert (it.due_start, it.due_end) == window and it.due_rule.startswith("by+") == (window[0].year == 2030)


@pytest.mark.parametrize("sentence", [
    "The talks were extended until Friday.",  # an event that went on: no deadline
    "Kenya has extended the deadline for the Lamu pipeline to the end of 2020.",  # the new date is past
    "Ghana has extended its invitation to the Kenyan president to 2031.",  # no deadline
])
def test_no_deadline_moved(sentence: str) -> None:
    assert [i for i in commitments(sentence, date(2030, 5, 29))
            if i.kind == "commitment" and i.action in ("complete", "start", "hold")] == []


def test_an_event_noun_in_the_plural_names_the_same_promise() -> None:
    text = ("The next formal round of negotiation on the Kenya-Ghana trade pact will take place in Accra on "
            "Wednesday and Thursday next week. Officials met on Monday. \u201cThe next negotiations are foreseen "
            "for 18-19 March and will cover the main chapters,\u201d an official said.")
    (it,) = _commitments(text)
    assert (it.due_start, it.due_end) == (date(2026, 3, 18), date(2026, 3, 19)) and len(it.mentions) == 2


def test_the_plural_on_other_days_is_another_promise() -> None:
    text = ("The next formal round of negotiation on the Kenya-Ghana trade pact will take place in Accra on "
            "18-19 March. Officials met on Monday. \u201cFurther negotiations are foreseen for 20-21 May,\u201d an "
            "official said.")
    assert len(_commitments(text)) == 2


@pytest.mark.parametrize("verb", sorted(PHRASAL_DELIVERABLES))
def test_a_phrasal_deliverable_keeps_its_particle(verb: str) -> None:
    particle, example = PHRASAL_DELIVERABLES[verb]
    (it,) = _commitments(example)
    assert it.action == f"{verb} {particle}" and not it.subject.startswith(particle)


def test_ready_to_backshifted_in_reported_speech() -> None:
    said = "The ministry said on Wednesday that Kenya was ready to build its share of the pipeline in June."
    (it,) = _commitments(said)
    assert it.action == "build" and it.due_start == date(2026, 6, 1)
    # (a readiness of the past, no one's words reported: no promise)
    assert _commitments("Kenya was ready to build its share of the pipeline in June.") == []


def test_a_relative_clause_closed_by_its_comma_is_no_part_of_the_subject() -> None:
    text = ("Following the informal meeting on the border that was held in Accra on 17-18 March of this "
            "year, the Kenyan president will convene the border commission on 16 and 17 July.")
    (it,) = _commitments(text)
    assert it.action == "convene" and (it.due_start, it.due_end) == (date(2026, 7, 16), date(2026, 7, 17))
    assert "border commission" in it.subject


@pytest.mark.parametrize("sentence", [
    "The meeting will provide an opportunity to continue the dialogue on the border.",
    # (dated: the open reading asks the same question as the frames)
    "The meeting will provide an opportunity to review the progress made on the border by June.",
    "The fair will open a new chapter in relations in March.",
])
def test_a_figure_of_speech_promises_nothing(sentence: str) -> None:
    assert _commitments(sentence) == []


@pytest.mark.parametrize(("sentence", "words"), [
    (("The Secretary-General will convene on 16 and 17 July, here at the AU headquarters, the Kenyan and "
     "Ghanaian leaders for another informal meeting on the border."), ("leaders", "border")),
    ("Kenya will sign on Friday, in Accra, the visa accord.", ("visa accord",)),
])
def test_the_object_after_a_time_and_a_place_set_off(sentence: str, words: tuple[str, ...]) -> None:
    (it,) = _commitments(sentence)
    assert all(w in it.subject for w in words)


def test_a_quotation_opening_on_the_verb() -> None:
    (it,) = _commitments("Kenya will \u201cbegin the release of all detained Ghanaian citizens\u201d by the end of "
                         "November, the minister said.")
    assert it.action == "begin" and "release" in it.subject and it.due_end == date(2026, 11, 30)


def test_scheduled_on_a_date() -> None:
    (it,) = _commitments("The Kenya-Ghana summit is scheduled on October 29.")
    assert it.action == "hold" and it.due_start == it.due_end == date(2026, 10, 29)
    assert _commitments("The Kenya-Ghana summit is scheduled on the basis of consensus.") == []


@pytest.mark.parametrize(("sentence", "day"), [
    ("On October 29 this year, the Kenya-Ghana summit would commence.", date(2026, 10, 29)),
    ("On Monday, the two presidents would sign the accord in Accra.", date(2026, 3, 16)),
])
def test_a_fronted_date_dates_a_bare_would(sentence: str, day: date) -> None:
    (it,) = _commitments(sentence)
    assert it.due_start == day


def test_a_fronted_date_does_not_make_a_conditional_a_promise() -> None:
    assert _commitments("In May 2031, Kenya would host the summit if invited.") == []


@pytest.mark.parametrize(("sentence", "start"), [
    # every noun of DEADLINE_NOUNS: a deadline and a timeline are to be met by the new date, a
    # date and a target date are the new date itself
    ("Kenya has extended the deadline for the Lamu railway to 2031.", date(2030, 5, 29)),
    ("Kenya has extended the timeline for the Lamu railway to 2031.", date(2030, 5, 29)),
    ("The target date for the Lamu railway has been moved to 2031.", date(2031, 1, 1)),
    ("The opening date for the Lamu railway has been moved to 2031.", date(2031, 1, 1)),
])
def test_each_deadline_noun(sentence: str, start: date) -> None:
    (it,) = [i for i in commitments(sentence, date(2030, 5, 29)) if i.kind == "commitment"]
    assert (it.due_start, it.due_end) == (start, date(2031, 12, 31))


@pytest.mark.parametrize("verb", sorted(HOPING_VERBS))
def test_a_move_only_hoped_for_is_no_promise(verb: str) -> None:
    example = HOPING_VERBS[verb]
    assert [i for i in commitments(example, date(2030, 3, 2)) if i.kind == "commitment"] == []
    # the same move decided is one (so the example would be read but for the verb of hoping)
    decided = re.sub(r"\b(?:is\s+)?\w+\s+to\s+(?=push|postpone|extend)", "decided to ", example, count=1)
    assert decided != example
    assert [i for i in commitments(decided, date(2030, 3, 2)) if i.kind == "commitment"]
