"""Extraction found wanting by the twenty-second blind check (sets 34-35, docs/accuracy.md).
Sentences written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.sentences import split_sentences
from tracker.extract.tables import HINT_VERBS, OUTCOME_VERBS

ON = dt.date(2031, 3, 10)


def _got(text: str) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [(i.action, i.subject, i.due_start, i.due_end) for i in extract(text, ON) if i.kind == "commitment"]


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_quotation_glued_to_the_next_sentence_ends_there() -> None:
    text = '"We will keep working together."In a briefing on Monday, President Ruto said he would visit Accra.'
    assert _sentences(text) == ['"We will keep working together."',
                                "In a briefing on Monday, President Ruto said he would visit Accra."]


def test_a_bracketed_label_before_a_quotation_ends_a_sentence() -> None:
    text = 'President Ruto spoke.[Recording: President Ruto]"I will visit Accra in June."'
    assert _sentences(text)[-1] == '"I will visit Accra in June."'
    # (a quote glued to an ordinary word is no new sentence)
    assert len(_sentences('The so-called"Accra plan" will be signed in June.')) == 1


@pytest.mark.parametrize("text", [
    "President Mahama promised that he would visit Nairobi in June.",
    "President Mahama promised President William Ruto that he would visit Nairobi in June.",
    "I promised President Ruto that I would visit Nairobi in June.",
    "President Mahama vowed that he would visit Nairobi in June.",
])
def test_a_promise_that_is_reported_speech_of_the_one_who_promised(text: str) -> None:
    assert _got(text) == [("visit", "Nairobi", dt.date(2031, 6, 1), dt.date(2031, 6, 30))]


@pytest.mark.parametrize("verb", sorted(OUTCOME_VERBS))
def test_what_a_project_brings_a_party_is_no_promise(verb: str) -> None:
    assert _got(OUTCOME_VERBS[verb]) == []
    # (the same party's deliverable in the same shape is one)
    assert _got(OUTCOME_VERBS[verb].replace(f"will {verb}", "will build", 1))


def test_one_thing_named_alike_twice_is_one_promise_whoever_each_names() -> None:
    text = ("Kenya's transport minister said a long-awaited contract with Ghana for the completion of the "
            "Lamu-Tema railway line will be signed next month. The minister said the contract for the "
            "completion of the Lamu-Tema railway line is scheduled to be signed by next month.")
    items = [i for i in extract(text, ON) if i.kind == "commitment"]
    assert len(items) == 1 and len(items[0].mentions) == 2


def test_two_parties_each_signing_their_own_contract_stay_two() -> None:
    text = ("Kenya said it will sign the contract for the Lamu deep-water port expansion in May. Ghana "
            "said it will sign the contract for the Tema railway line in May.")
    assert len([i for i in extract(text, ON) if i.kind == "commitment"]) == 2


@pytest.mark.parametrize("verb", sorted(HINT_VERBS))
def test_what_one_hinted_one_would_do_is_no_promise(verb: str) -> None:
    assert _got(HINT_VERBS[verb]) == []
    # (said so, it is one)
    assert _got(HINT_VERBS[verb].replace(verb, "said", 1))


def test_welcoming_an_office_holder_to_a_place_is_receiving_them() -> None:
    assert _got('"I will welcome the Ghanaian president to Mombasa on May 9," President Ruto said.') == [
        ("meet", "Ghanaian president to Mombasa", dt.date(2031, 5, 9), dt.date(2031, 5, 9))]
    # (welcoming a decision is no meeting)
    assert _got("Kenya will welcome the president's decision to Tema.") == []
    assert _got("President Ruto will welcome the Ghanaian president's decision to join the talks in May.") == []


def test_a_signature_scheduled_is_a_signing_promised() -> None:
    from tracker.linking.match import action_class

    ((_action, subject, start, end),) = _got("The formal signature of the Kenya-Ghana accord is scheduled for spring 2032.")
    assert subject == "formal signature of the Kenya-Ghana accord"
    assert (start, end) == (dt.date(2032, 3, 1), dt.date(2032, 5, 31))
    assert action_class("hold", None, subject) == "sign"
