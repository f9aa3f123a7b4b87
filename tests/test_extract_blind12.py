"""Readings added after the twelfth blind check's failures were read (docs/extraction.md,
"Readings after the twelfth blind check"). Every sentence here is written for these tests
(Kenya, Ghana, Togo as the parties; no text of a blind set)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract.tables import (
    ASK_AS_ACTION_VERBS,
    ASPIRATION_PHRASALS,
    DOCUMENT_NOUNS,
    EARLIER_REPORT_MARKERS,
    HELD_STATES,
    IMPLEMENTED_RECORDS,
    MEDIATOR_TITLES,
    POSTMODIFIER_WORDS,
)
from tracker.temporal import find_all

PUB = date(2026, 3, 10)  # a Tuesday
INTRO = "Kenya and Ghana held talks in Nairobi. "

_commitments = commitments_published(PUB)


def _items(sentence: str) -> list[tuple[str, str, date | None, date | None]]:
    return [(it.action, it.subject, it.due_start, it.due_end) for it in _commitments(INTRO + sentence)]


def _one(sentence: str) -> tuple[str, str, date | None, date | None]:
    (it,) = _items(sentence)
    return it


# ------------------------------------------------ "immediately" is read like "promptly" (temporal vague_soon)

def test_immediately_is_soon() -> None:
    assert _one("Kenya has agreed to open immediately talks on the border with Ghana.")[2:] == (
        date(2026, 3, 10), date(2026, 6, 10))


def test_immediately_after_an_event_is_no_window_of_its_own() -> None:
    assert [t.rule for t in find_all("Kenya will open the border immediately after the summit.", PUB, "future")
            if t.text.startswith("immediately")] == []


# ------------------------------------------------ a restarted series (DELIVERABLE_VERBS: restart)

def test_talks_would_restart_in_reported_speech() -> None:
    assert _one("Kenya's chief negotiator said talks would restart in May.")[::2] == ("restart", date(2026, 5, 1))


# ------------------------------------------------ light verbs: "put in place", "be on a visit", "repeat the meeting"

@pytest.mark.parametrize("sentence, action", [
    ("Kenya and Ghana agreed to put in place a joint monitoring mechanism.", "establish"),
    ("Foreign Minister Mensah will be on a two-day visit to Kenya from March 14.", "visit"),
    ("Ghana said the two sides plan to repeat the meeting in this format in Lome.", "hold"),
])
def test_light_verb_rows(sentence: str, action: str) -> None:
    assert _one(sentence)[0] == action


def test_putting_a_plan_in_place_needs_a_thing_after_it() -> None:
    assert _commitments(INTRO + "Kenya will repeat its call for calm.") == []


# ------------------------------------------------ coming to a place for a meeting (TRAVEL_VISIT_VERBS: come)

def test_agreed_to_come_to_a_capital_for_the_meeting() -> None:
    action, subject, start, end = _one(
        "Both presidents have agreed to come to Accra by the end of April for this meeting, the envoy said.")
    assert (action, start, end) == ("attend", date(2026, 3, 10), date(2026, 4, 30))
    assert subject.endswith("meeting")


def test_come_to_a_capital() -> None:
    assert _one("President Ruto will come to Accra next week.")[0] == "visit"


def test_come_to_an_agreement_is_no_visit() -> None:
    assert _commitments(INTRO + "Kenya hopes the two sides will come to an agreement.") == []


# ------------------------------------------------ a mediator by title alone (MEDIATOR_TITLES)

@pytest.mark.parametrize("title", sorted(MEDIATOR_TITLES))
def test_mediator_title_rows(title: str) -> None:
    assert _one(MEDIATOR_TITLES[title])[0] == "hold"


# ------------------------------------------------ a future ask is an ask, not a promise (ASK_AS_ACTION_VERBS)

@pytest.mark.parametrize("verb", sorted(ASK_AS_ACTION_VERBS))
def test_a_modal_verb_of_asking_is_no_commitment(verb: str) -> None:
    assert _commitments(INTRO + ASK_AS_ACTION_VERBS[verb]) == []


# ------------------------------------------------ a speaker's readiness in the first person singular

def test_i_am_ready_is_a_stance() -> None:
    assert _commitments(INTRO + "\u201cI am ready to sign that accord,\u201d Ruto added.") == []


def test_a_party_ready_to_host_stays_a_promise() -> None:
    assert _one("Ghana is prepared to host a donors' conference in May.")[0] == "host"


# ------------------------------------------------ a plan reported earlier (EARLIER_REPORT_MARKERS)

@pytest.mark.parametrize("marker", sorted(EARLIER_REPORT_MARKERS))
def test_earlier_report_rows(marker: str) -> None:
    assert _commitments(INTRO + EARLIER_REPORT_MARKERS[marker]) == []


def test_a_plan_reported_now_stays_a_promise() -> None:
    assert _one("It was reported that the Ruto-Mahama meeting would be held on 25 March.")[0] == "hold"


# ------------------------------------------------ implementing the outcomes of a meeting (IMPLEMENTED_RECORDS)

@pytest.mark.parametrize("noun", sorted(IMPLEMENTED_RECORDS))
def test_implementing_the_record_of_an_earlier_meeting_is_a_pledge(noun: str) -> None:
    assert _commitments(INTRO + IMPLEMENTED_RECORDS[noun]) == []


def test_implementing_a_deliverable_by_a_date_stays_a_promise() -> None:
    assert _one("Kenya and Ghana committed to implementing the outcomes of the Lome meeting by June.")[0] == "implement"
    assert _one("Kenya will implement the new visa regime in June.")[0] == "implement"


# ------------------------------------------------ "build on" (ASPIRATION_PHRASALS)

@pytest.mark.parametrize("phrase", sorted(ASPIRATION_PHRASALS))
def test_aspiration_phrasal_rows(phrase: tuple[str, str]) -> None:
    assert _commitments(INTRO + ASPIRATION_PHRASALS[phrase]) == []


def test_build_a_thing_stays_a_promise() -> None:
    assert _one("Kenya and Ghana agreed to build a bridge on the river.")[0] == "build"


# ------------------------------------------------ a purpose clause in quotation marks is no part of the object

def test_a_quoted_purpose_clause_is_not_split() -> None:
    (item,) = _items("Ruto and Mahama also agreed to set up a joint water commission to \u201cmap the border "
                     "between Kenya and Ghana\u201d and \u201censure calm along, and on both sides of, the border.\u201d")
    assert item[:2] == ("set up", "joint water commission")


# ------------------------------------------------ documents are delivered in the passive (DOCUMENT_NOUNS)

@pytest.mark.parametrize("noun", sorted(DOCUMENT_NOUNS))
def test_document_rows(noun: str) -> None:
    assert _one(DOCUMENT_NOUNS[noun])[1].split()[-1] == noun or noun in _one(DOCUMENT_NOUNS[noun])[1]


def test_what_a_report_will_do_is_no_promise() -> None:
    assert _commitments(INTRO + "The report will help both governments plan the patrols.") == []


def test_an_adverb_between_be_and_the_participle() -> None:
    assert _one("Two power lines will be jointly inaugurated on Thursday.")[::2] == ("inaugurate", date(2026, 3, 12))


# ------------------------------------------------ an adverb of time before the object; a spaced hyphen as a dash

def test_immediately_before_the_object_with_an_aside() -> None:
    sentence = ("\u201cKenya has agreed to launch immediately - and when I say immediately, I mean immediately - "
                "talks on the border with Ghana,\u201d the envoy said.")
    assert _one(sentence) == ("launch", "talks on the border with Ghana", date(2026, 3, 10), date(2026, 6, 10))


def test_a_spaced_hyphen_aside_is_blanked() -> None:
    assert _one("Kenya - the largest partner - will host the summit in May.")[:2] == ("host", "summit")


# ------------------------------------------------ a planned event that will not take place (CANCELLATION_WORDS)

@pytest.mark.parametrize("sentence", [
    "The Kenya-Ghana summit planned for the end of March will not take place.",
    "The Kenya-Ghana meeting scheduled for 25 March will not be held, the envoy said.",
])
def test_a_planned_event_that_will_not_happen_is_no_promise(sentence: str) -> None:
    assert _commitments(INTRO + sentence) == []


# ------------------------------------------------ a list of infinitives under one agreement (core._LISTED_INFINITIVE_RE)

def test_each_listed_infinitive_is_read_after_an_ongoing_first_item() -> None:
    items = _items("Both sides agreed to maintain regular contact between border units, to convene a border "
                   "committee meeting within two weeks, and to schedule the next commission meeting within one month.")
    assert [(a, s, e) for a, _, s, e in items] == [
        ("convene", date(2026, 3, 10), date(2026, 3, 24)), ("schedule", date(2026, 3, 10), date(2026, 4, 10))]


def test_each_listed_infinitive_keeps_its_own_window() -> None:
    items = _items("Both sides agreed to convene a border committee meeting within two weeks and to hold the next "
                   "commission meeting within one month.")
    assert [(a, e) for a, _, _, e in items] == [("convene", date(2026, 3, 24)), ("hold", date(2026, 4, 10))]


def test_a_list_of_aspirations_stays_nothing() -> None:
    assert _commitments(INTRO + "Kenya and Ghana agreed to strengthen trade, to deepen ties and to explore new markets.") == []


# ------------------------------------------------ the subject's head before a post-modifier (POSTMODIFIER_WORDS)

@pytest.mark.parametrize("word", sorted(POSTMODIFIER_WORDS))
def test_postmodifier_rows(word: str) -> None:
    assert _one(POSTMODIFIER_WORDS[word])[0] in ("station", "sign", "deploy", "open")


def test_what_a_mission_will_do_is_no_promise() -> None:
    assert _commitments(INTRO + "The mission will help both sides keep the peace.") == []


# ------------------------------------------------ a convener setting the date (call_for_event row)

@pytest.mark.parametrize("sentence, day", [
    ("The AU envoy called for Monday, March 16, a summit on the border dispute in Addis Ababa.", date(2026, 3, 16)),
    ("AU envoy John Mensah called for 16 March a meeting of the two delegations in Lome.", date(2026, 3, 16)),
])
def test_called_for_a_date_an_event(sentence: str, day: date) -> None:
    assert _one(sentence)[::2] == ("hold", day)


def test_calling_for_a_meeting_of_others_stays_a_call() -> None:
    assert _commitments(INTRO + "Togo called for a meeting of the council.") == []


# ------------------------------------------------ an event named by its coming date (dated_event row)

def test_an_event_named_by_its_coming_date() -> None:
    sentence = "\u201cThe talks were useful and a good preparation for the April 20 meeting in Accra,\u201d the envoy said."
    assert _one(sentence) == ("hold", "meeting in Accra", date(2026, 4, 20), date(2026, 4, 20))


@pytest.mark.parametrize("sentence", [
    "Kenya welcomed the 2 March meeting of the two border commissions.",
    "The envoy said the 20 April summit in Accra was called off.",
])
def test_a_past_or_called_off_dated_event_is_no_promise(sentence: str) -> None:
    assert _commitments(INTRO + sentence) == []


def test_a_dated_event_hosted_is_one_promise_named_with_its_date() -> None:
    assert _one("Ghana will host the April 20 meeting in Accra.")[:2] == ("host", "April 20 meeting in Accra")


# ------------------------------------------------ a thing taking effect at a coming date (takes_effect row)

@pytest.mark.parametrize("sentence, thing, day", [
    (("Kenya and Ghana on Friday signed in Nairobi a 90-day national, bilateral and temporary truce effective "
     "from April 3, it was reported."), "90-day national, bilateral and temporary truce", date(2026, 4, 3)),
    (("The ministers will meet in Accra. Their aim is to adopt the ten rules for the truce, which will come into "
     "effect on April 3."), "ten rules for the truce", date(2026, 4, 3)),
    ("The transit treaty will enter into force on 1 May.", "transit treaty", date(2026, 5, 1)),
])
def test_a_thing_takes_effect_at_a_coming_date(sentence: str, thing: str, day: date) -> None:
    assert ("bring into effect", thing, day, day) in _items(sentence)


@pytest.mark.parametrize("sentence", [
    "The transit treaty entered into force on 1 March.",
    "A new tariff, effective from 1 January, was announced.",
    "The transit treaty will not enter into force on 1 May.",
])
def test_a_thing_that_took_effect_is_no_promise(sentence: str) -> None:
    assert _commitments(INTRO + sentence) == []


# ------------------------------------------------ a bracketed insertion; a plan as a second predicate

def test_a_bracketed_editorial_insertion_is_blanked() -> None:
    sentence = ("The AU envoy also said that \u201cthe parties plan to repeat the meeting in this format "
                "[that is, with Togo and Benin] in Lome.\u201d")
    assert _one(sentence)[:2] == ("hold", "meeting in this format in Lome")


@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana are working hard to settle the dispute and plan to hold the meeting in Lome.",
    ("The AU envoy also said that \u201cthe parties are working hard to settle the dispute and plan to repeat "
     "the meeting in this format [that is, with Togo and Benin] in Lome.\u201d"),
])
def test_a_plan_after_an_ongoing_activity_takes_its_subject(sentence: str) -> None:
    assert _one(sentence)[0] == "hold"


# ------------------------------------------------ a state kept until a date (HELD_STATES); "until then"

@pytest.mark.parametrize("noun", sorted(HELD_STATES))
def test_held_state_rows(noun: str) -> None:
    assert noun in _one(HELD_STATES[noun])[1]


def test_keeping_a_state_with_no_end_is_an_aspiration() -> None:
    assert _commitments(INTRO + "Kenya and Ghana agreed to maintain the ceasefire.") == []


def test_until_then_runs_to_the_date_named_before() -> None:
    items = _items("Kenya and Ghana have agreed to resume talks in Mombasa on May 6 and to maintain the truce until then.")
    assert items == [("resume", "talks in Mombasa", date(2026, 5, 6), date(2026, 5, 6)),
                     ("maintain", "truce", date(2026, 3, 10), date(2026, 5, 6))]


# ------------------------------------------------ a plan stated in an "as" clause; a matter settled at a dated meeting

@pytest.mark.parametrize("sentence, action", [
    ("A busy agenda awaits Foreign Minister John Mensah in Nairobi as he is scheduled to arrive in Kenya on Thursday.",
     "visit"),
    (("Nairobi, Mar 10 A busy agenda awaits Foreign Minister John Mensah in Nairobi as he is scheduled to arrive in "
     "the East African nation on Thursday for the seventh meeting of the Kenya-Ghana Joint Commission."), "attend"),
])
def test_a_schedule_in_an_as_clause_is_stated(sentence: str, action: str) -> None:
    assert _one(sentence)[::2] == (action, date(2026, 3, 12))


def test_a_matter_settled_at_a_dated_meeting_promises_the_meeting() -> None:
    sentence = ("\u201cThe details of the patrols will be examined and decided at a high-level meeting in Mombasa on "
                "May 6, 2026,\u201d the ministry said on Thursday.")
    assert _one(sentence) == ("hold", "high-level meeting in Mombasa", date(2026, 5, 6), date(2026, 5, 6))


def test_a_matter_settled_at_an_undated_meeting_is_no_promise() -> None:
    assert _commitments(INTRO + "The details of the patrols will be decided at a meeting in Mombasa.") == []
