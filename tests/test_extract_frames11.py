"""Readings added after the tenth blind check (docs/extraction.md, "More readings after the tenth
blind check"): every row of the tables they add runs its example here. Sentences written for
these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments
from tracker.extract import extract
from tracker.extract.core import LIGHT_VERB_IDIOMS
from tracker.extract.patterns import HEADLINE_EXAMPLES
from tracker.extract.sentences import split_sentences
from tracker.extract.tables import (
    EVENT_HAPPENS,
    PREVENTION_VERBS,
    SENTENCE_ADVERBS,
    TRAVEL_VISIT_VERBS,
)

ON = dt.date(2031, 3, 10)  # a Monday
INTRO = "Kenya and Ghana held talks in Nairobi. "


# ------------------------------------------------------------------ 1. names with initials

@pytest.mark.parametrize("text, who", [
    ("Peter K. Otieno of Kenya will travel to Accra on 5 May.", ["Kenya"]),
    ("J. K. Mensah of Ghana will travel to Nairobi on 5 May.", ["Ghana"]),
])
def test_a_name_with_initials_is_one_person(text: str, who: list[str]) -> None:
    body = INTRO + text
    assert [body[s:e] for s, e in split_sentences(body)] == [INTRO.strip(), text]
    (c,) = commitments(body, ON)
    assert (c.action, c.actors, c.due_start) == ("travel", who, dt.date(2031, 5, 5))


# ------------------------------------------------------------------ 2. fronted verbless clauses

@pytest.mark.parametrize("text", [
    "Keen to deepen ties with Ghana, Kenya will host the summit in May.",
    "Eager to open new markets in Ghana, Kenya will host the summit in May.",
    "As the current chair of the bloc, Kenya will host the summit in May.",
])
def test_the_subject_is_read_after_a_fronted_verbless_clause(text: str) -> None:
    (c,) = commitments(text, ON)
    assert (c.action, c.subject, c.actors) == ("host", "summit", ["Kenya"])


def test_as_co_chairs_the_two_ministers() -> None:
    (c,) = commitments(INTRO + "As co-chairs, the two ministers will convene the Joint Commission in June.", ON)
    assert (c.action, c.actors, c.due_start) == ("convene", ["Kenya", "Ghana"], dt.date(2031, 6, 1))


# ------------------------------------------------------------------ 3. a consensus frame

@pytest.mark.parametrize("text", [
    "The two sides agreed on holding the next round in May.",
    "The two sides reached consensus on holding the next round in May.",
    "The two sides reached a broad consensus on holding the next round in May.",
])
def test_agreeing_on_a_gerund_is_a_commitment(text: str) -> None:
    (c,) = commitments(INTRO + text, ON)
    assert (c.action, c.subject, c.actors, c.due_start, c.due_end) == (
        "hold", "next round", ["Kenya", "Ghana"], dt.date(2031, 5, 1), dt.date(2031, 5, 31))


# ------------------------------------------------------------------ 4. a fronted time in a reported clause

def test_a_time_phrase_opening_a_reported_clause_dates_it() -> None:
    (c,) = commitments(INTRO + "The minister said that next month the two countries would sign the trade "
                       "agreement.", ON)
    assert (c.action, c.subject, c.due_start, c.due_end) == (
        "sign", "trade agreement", dt.date(2031, 4, 1), dt.date(2031, 4, 30))


# ------------------------------------------------------------------ 5. sentence adverbs

@pytest.mark.parametrize("word", sorted(SENTENCE_ADVERBS))
def test_a_sentence_adverb_is_skipped(word: str) -> None:
    text = SENTENCE_ADVERBS[word]
    assert word in text
    (c,) = commitments(INTRO + text, ON)
    assert c.due_start == dt.date(2031, 5, 1)
    if c.action == "host":
        assert c.subject == "summit" and len(c.actors) == 1 and c.actors[0] in text


@pytest.mark.parametrize("pair", sorted(EVENT_HAPPENS))
def test_an_event_that_happens_is_held(pair: tuple[str, str]) -> None:
    (c,) = commitments(INTRO + EVENT_HAPPENS[pair][0], ON)
    assert c.action == "hold" and c.due_start == dt.date(2031, 5, 1)


# ------------------------------------------------------------------ 6. time rows: put off; a headline

@pytest.mark.parametrize("text", [
    "The Kenya-Ghana summit was postponed to March.",
    "The Kenya-Ghana summit, first set for February, was postponed to March.",
    "The Kenya-Ghana summit has been rescheduled to March.",
])
def test_an_event_put_off_takes_its_new_window(text: str) -> None:
    (c,) = commitments(text, dt.date(2031, 1, 20))
    assert (c.action, c.subject, c.due_start, c.due_end) == (
        "hold", "Kenya-Ghana summit", dt.date(2031, 3, 1), dt.date(2031, 3, 31))


@pytest.mark.parametrize("row", sorted(HEADLINE_EXAMPLES))
def test_a_headline_x_to_verb_is_a_commitment(row: str) -> None:
    title, action = HEADLINE_EXAMPLES[row]
    body = title + "\n\nNairobi - Kenya's president leaves on Sunday, officials said."
    (c,) = commitments(body, ON)
    assert (c.action, c.subject, c.actors, c.due_start, c.due_end) == (
        action, "Accra", ["Kenya"], dt.date(2031, 3, 17), dt.date(2031, 3, 23))


def test_the_headline_shape_inside_the_text_is_no_headline() -> None:
    assert commitments(INTRO + "Ruto to visit Accra next week.", ON) == []


def test_the_headline_shape_is_read_in_the_first_line_only() -> None:
    # a line of its own without a full stop, but not the first: no headline
    assert commitments("Kenya and Ghana talk trade\n\nRuto to visit Accra next week\n\nOfficials met.", ON) == []
    # white space before the title line does not make it any less the first
    (c,) = commitments("\n  Ruto to visit Accra next week\n\nOfficials met.", ON)
    assert (c.action, c.subject) == ("visit", "Accra")


# ------------------------------------------------------------------ 7. a "where" clause on a trip

def test_a_meeting_where_the_traveller_goes_takes_the_trips_window() -> None:
    items = commitments("President Ruto will travel to Accra next week, where he will meet President Mahama.", ON)
    assert [(c.action, c.subject) for c in items] == [("travel", "to Accra"), ("meet", "President Mahama")]
    assert items[1].actors == ["Kenya"]
    assert (items[1].due_start, items[1].due_end) == (dt.date(2031, 3, 17), dt.date(2031, 3, 23))


# ------------------------------------------------------------------ 8. yearly meetings, one per level

def test_meeting_yearly_is_recurring() -> None:
    (c,) = commitments(INTRO + "The ministers will meet yearly.", ON)
    assert (c.action, c.due_start, c.due_rule) == ("meet", None, "recurring")


def test_annual_meetings_at_two_levels_are_two_recurring_commitments() -> None:
    items = commitments(INTRO + "Kenya and Ghana agreed to hold annual meetings at the level of leaders and of "
                        "ministers.", ON)
    assert [c.subject for c in items] == ["annual meetings of leaders", "annual meetings of ministers"]
    assert all(c.due_start is None and c.due_rule == "annual_series" for c in items)


# ------------------------------------------------------------------ 9. travel deliverables

@pytest.mark.parametrize("verb", sorted(TRAVEL_VISIT_VERBS))
def test_going_to_a_capital_is_a_visit(verb: str) -> None:
    _prep, text = TRAVEL_VISIT_VERBS[verb]
    (c,) = commitments(text, ON)
    assert c.action == "visit" and c.subject in ("Accra", "Nairobi")
    assert c.due_start is not None


def test_arriving_somewhere_that_is_no_party_is_no_visit() -> None:
    assert commitments("President Ruto will arrive in Hospital Road on Monday.", ON) == []


# ------------------------------------------------------------------ 10. receiving; an invitation; a plan

def test_receiving_a_head_of_state_is_a_meeting() -> None:
    (c,) = commitments("President Ruto will receive President Mahama in Nairobi on 3 May.", ON)
    assert (c.action, c.actors, c.due_start) == ("meet", ["Kenya"], dt.date(2031, 5, 3))
    assert c.subject.startswith("President Mahama")


def test_light_verb_rows_run_their_examples() -> None:
    for _verbs, _rx, action, _where, example in LIGHT_VERB_IDIOMS:
        assert action in [c.action for c in commitments(INTRO + example, ON)], example


def test_the_invitee_visits() -> None:
    (c,) = commitments("President Mahama accepted an invitation from President Ruto to visit Kenya in May.", ON)
    assert (c.action, c.subject, c.actors) == ("visit", "Kenya", ["Ghana"])


@pytest.mark.parametrize("text, subject", [
    ("Kenya and Ghana will launch a plan that will begin next year.", "plan"),
    ("Kenya and Ghana agreed to launch a joint plan, which will begin next year.", "joint plan"),
])
def test_a_plan_is_dated_by_when_it_begins(text: str, subject: str) -> None:
    (c,) = commitments(text, ON)
    assert (c.action, c.subject, c.due_start, c.due_end) == (
        "launch", subject, dt.date(2032, 1, 1), dt.date(2032, 12, 31))


# ------------------------------------------------------------------ 11. dash asides

def test_a_dash_aside_does_not_break_the_subject() -> None:
    (c,) = commitments("Kenya — the largest partner of Ghana — will host the summit in May.", ON)
    assert (c.action, c.subject, c.actors) == ("host", "summit", ["Kenya"])


# ------------------------------------------------------------------ 12. false positives

@pytest.mark.parametrize("verb", sorted(PREVENTION_VERBS))
def test_keeping_a_thing_from_happening_is_no_commitment(verb: str) -> None:
    assert [i.action for i in extract(PREVENTION_VERBS[verb], ON)] == []


def test_a_purpose_clause_of_prevention_is_no_part_of_the_object() -> None:
    (c,) = commitments("Kenya will send envoys to Accra next week to avoid the collapse of the talks.", ON)
    assert (c.action, c.subject) == ("send", "envoys to Accra")


@pytest.mark.parametrize("text", [
    "The agreement signed by Kenya and Ghana will establish a joint fund next year.",
    "The plan, endorsed by Kenya and Ghana, will open new routes next year.",
    "Kenya and Ghana signed a pact that will create a joint fund next year.",
])
def test_what_an_agreement_or_plan_will_do_is_no_commitment(text: str) -> None:
    assert commitments(text, ON) == []
