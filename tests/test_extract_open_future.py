"""The open reading (``core._open_future``, ``patterns.OPEN_FUTURE_RE``): the last reading of a
sentence no frame read. A future clause whose verb is in no verb table is a promise when its
subject is a noun phrase and it has a dated window of its own; hedges, aspirations, pronouns,
conditions and undated clauses stay out. Chosen at the seventeenth blind check on two design sets
and measured on two held-out ones (docs/accuracy.md). Sentences written for these tests (Kenya and
Ghana as the parties)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract import patterns
from tracker.extract.model import ExtractedItem

PUB = date(2026, 3, 10)  # a Tuesday
INTRO = "Officials of Kenya and Ghana met in Mombasa on Monday, the foreign ministry said. "

_commitments = commitments_published(PUB)


def _mine(sentence: str) -> list[ExtractedItem]:
    return [it for it in _commitments(INTRO + sentence) if sentence[:30] in it.quote]


def test_the_example_row_is_read_with_its_window() -> None:
    sentence, action = patterns.OPEN_FUTURE_EXAMPLE
    (it,) = _mine(sentence)
    assert it.action == action
    assert it.subject == "Kenya-Ghana trade fair"
    assert it.actors == ["Kenya", "Ghana"]
    assert (it.due_start, it.due_end) == (date(2026, 3, 13), date(2026, 3, 13))
    assert it.confidence < 0.5  # below every frame's


@pytest.mark.parametrize(("sentence", "action", "start"), [
    # a fronted day before the subject, a verb of no table, an object after it
    ("On Friday, the two presidents will tour the Mombasa container terminal.", "tour", date(2026, 3, 13)),
    # a firm schedule word before "to" (``lexicon.SCHEDULE_WORDS`` use ``open``)
    ("The visiting royal couple are scheduled to lay a wreath at the Accra memorial on 2 April.", "lay",
     date(2026, 4, 2)),
    ("The Kenya-Ghana business caravan is due to reach Accra in May.", "reach", date(2026, 5, 1)),
    # a passive
    ("The joint trade fair will be co-chaired by the two trade ministers on Thursday.", "co-chair",
     date(2026, 3, 12)),
    # an adverb between the modal and the verb; a deliverable verb whose subject the frames do not
    # read as a party ("the royal couple")
    ("The royal couple will formally unveil a memorial plaque in Accra on 20 March.", "unveil",
     date(2026, 3, 20)),
])
def test_a_dated_future_clause_with_any_verb_is_a_promise(sentence: str, action: str, start: date) -> None:
    (it,) = _mine(sentence)
    assert it.action == action and it.due_start == start


@pytest.mark.parametrize("sentence", [
    "The royal couple will tour the Mombasa container terminal.",  # no window
    "Kenya's exports will likely climb in May.",  # a hedge ("likely" is no verb)
    "Kenya's exports will grow in May.",  # an aspiration verb (``ASPIRATION_VERBS``)
    "It will drizzle in Mombasa on Friday.",  # a pronoun's clause
    "Trade will pick up when the Kenya-Ghana trade fair reopens on Friday.",  # a condition's clause
    "Ghanaian exporters will be able to ship tea on Friday.",  # "be" + adjective: no event
    "After April, the Kenyan unit will be renamed the Coastal Regiment.",  # a state from a date on
    "The brigade will specialise in littoral operations under Vision 2030.",  # a year in a name
    "Kenya's trade minister will decide whether the talks move to Accra in May.",  # a question
    "Kenya's exporters are expected to ship more tea in May.",  # "expected": a hedge, not a schedule
    "The royal couple will not unveil the plaque on Friday.",  # a negated clause
    "The aim is to unveil the plaque in May.",  # a goal ("is to" is no schedule here)
    "The new trade pact will create jobs for exporters from January.",  # what an agreement will do
    "The trade pact signed by Kenya and Ghana will unlock credit in May.",  # (its participle after it)
    "The royal couple will arrive in Hospital Road on Monday.",  # a travel verb: its frame judges it
    "The new chapter in relations will open next year.",  # an onset verb: its frame judges it
])
def test_what_the_open_reading_leaves_out(sentence: str) -> None:
    assert _mine(sentence) == []


def test_reported_speech_would_with_a_dated_window_is_read() -> None:
    (it,) = _mine("The Kenya-Ghana trade fair would kick off in Nairobi on Friday, the ministry said.")
    assert it.action == "kick off" and it.due_start == date(2026, 3, 13)
    (it,) = _mine("An interim accord would be reached in August.")  # a passive of a verb of no table
    assert it.due_start == date(2026, 8, 1)


def test_a_conditional_would_without_a_date_is_not_read() -> None:
    assert _mine("The royal couple would tour the terminal if invited.") == []


def test_a_coordinated_object_is_one_promise_each() -> None:
    items = _mine("On Friday, the royal couple will attend a welcome ceremony, a state banquet and a concert.")
    assert [it.subject for it in items] == ["welcome ceremony", "state banquet", "concert"]
    assert {it.due_start for it in items} == {date(2026, 3, 13)}


def test_a_list_without_the_serial_comma_is_split_in_every_frame() -> None:
    items = _mine("Kenya and Ghana will sign a visa accord, a trade pact and a tax treaty in May.")
    assert [it.subject for it in items] == ["visa accord", "trade pact", "tax treaty"]


def test_a_series_is_its_own_singular() -> None:
    (it,) = _mine("The royal couple will attend a series of concerts in Accra on Friday.")
    assert it.subject.startswith("series of concerts")


def test_a_frame_reads_an_agent_first() -> None:
    # a party's own clause with a verb of no table is the modal frame's (a higher confidence)
    (it,) = _mine("The Kenyan delegation will tour the Mombasa container terminal on Friday.")
    assert it.action == "tour" and it.confidence > 0.5


def test_a_sentence_a_frame_reads_is_not_read_again() -> None:
    (it,) = _mine("Kenya will host the Kenya-Ghana trade fair in Nairobi on Friday.")
    assert it.action == "host" and it.confidence > 0.5  # the frame's reading, not the open one


# --- other readings of the seventeenth check ----------------------------------------------------

def test_a_report_adverb_between_saying_and_that_keeps_the_clause_reported() -> None:
    (it,) = _mine("Kenya and Ghana jointly announced overnight that the trade agreement between the two "
                  "countries will come into force at the end of May.")
    assert it.action == "bring into effect" and it.due_end == date(2026, 5, 31)


def test_a_participle_phrase_between_subject_and_verb_is_an_aside() -> None:
    (it,) = _mine("Kenya's transport minister announced that the new ferry terminal, linking Mombasa with "
                  "Takoradi, is scheduled to open in December.")
    assert it.action == "open" and it.due_start == date(2026, 12, 1)


@pytest.mark.parametrize(("form", "base"), [
    ("reached", "reach"), ("co-chaired", "co-chair"), ("relocated", "relocate"), ("planned", "plan"),
    ("scheduled", "schedule"), ("staged", "stage"), ("called", "call"), ("carried", "carry"),
    ("held", "hold"), ("toured", "tour"), ("tour", "tour"),
])
def test_the_base_form_of_a_verb_no_table_knows(form: str, base: str) -> None:
    assert patterns.base_form(form) == base


def test_a_passive_promise_and_its_active_restatement_are_one() -> None:
    text = ("Kenya will reach an interim accord with Ghana in August, the minister said. "
            "An interim accord would be reached in August.")
    items = [it for it in _commitments(INTRO + text) if it.quote in text]
    assert len(items) == 1 and items[0].action == "reach"
    assert len(items[0].mentions) == 2  # (the passive sentence kept as a mention)
