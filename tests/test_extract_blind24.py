"""Extraction found wanting by the nineteenth blind check (docs/accuracy.md). Sentences written
for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.tables import EVENT_REFERENCE_ANTECEDENTS

ON = dt.date(2031, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana will hold consultations about fisheries, trade and energy in May.",
    "The two sides will set up working groups regarding ports, roads, and rail by June.",
    "Kenya will open talks covering tariffs, quotas and standards with Ghana next month.",
])
def test_a_list_after_a_preposition_of_its_own_is_read_not_crashed_on(sentence: str) -> None:
    """A coordinated object whose only preposition is "about", "regarding" or "covering" (no
    "on" / "of" before it) raised StopIteration inside the list splitter: the whole document
    gave no result."""
    got = [i for i in extract(sentence, ON) if i.kind == "commitment"]
    assert got and all(i.due_end is not None for i in got)


# --- a promise tied to an event: a summit is a meeting; "before the summit" ------------------------

def _commitments(text: str) -> list:  # type: ignore[type-arg]
    return [i for i in extract(text, ON) if i.kind == "commitment"]


@pytest.mark.parametrize("key", sorted(EVENT_REFERENCE_ANTECEDENTS))
def test_a_reference_is_dated_by_an_event_of_another_name_it_can_refer_to(key: str) -> None:
    first, second = _commitments(EVENT_REFERENCE_ANTECEDENTS[key][1])
    assert first.due_start is not None
    assert (second.due_start, second.due_end, second.due_rule) == (first.due_start, first.due_end,
                                                                     "event_reference")


def test_a_reference_is_dated_by_a_sentence_announcing_a_summit() -> None:
    body = ("A review of the trade relationship will take place on Tuesday during the summit of the two "
            "countries in Accra. During the meeting, a visa accord will be signed.")
    *_, sign = _commitments(body)
    assert (sign.action, sign.due_start, sign.due_rule) == ("sign", dt.date(2031, 3, 11), "event_reference")


def test_before_the_summit_is_due_by_the_summit_s_day() -> None:
    body = ("Kenya and Ghana will hold a summit in Accra on March 14. Before the summit begins, the two "
            "foreign ministers will sign a visa accord.")
    *_, sign = _commitments(body)
    assert (sign.due_start, sign.due_end, sign.due_rule) == (ON, dt.date(2031, 3, 14), "event_reference")


def test_before_an_event_nobody_dated_stays_open() -> None:
    (c,) = _commitments("Before the summit begins, the two foreign ministers will sign a visa accord.")
    assert c.due_start is None and c.due_expression is None


@pytest.mark.parametrize("sentence", [
    ("Passenger trains linking Mombasa, the capital of the coast province, and the Ghanaian capital Accra "
     "will be launched on April 13."),
    "Kenya and Ghana will open a road connecting Nairobi, Kisumu and Accra in May.",
    "Kenya will launch a ferry service running between Mombasa, Lamu and Tema in June.",
])
def test_places_a_participle_links_are_one_deliverable(sentence: str) -> None:
    """A list of places after "linking" / "connecting" / "running between" names what one thing
    links, not one deliverable per place (nor an apposition, "the capital of ...", as one)."""
    assert len(_commitments(sentence)) == 1


def test_a_list_of_deliverables_is_still_split() -> None:
    got = _commitments("Kenya and Ghana will hold a summit, a business forum and a cultural festival in May.")
    assert len(got) == 3


@pytest.mark.parametrize(("sentence", "action"), [
    ("The Lamu canal project is scheduled to break ground on 5 August.", "break ground"),
    ("The Lamu canal project is scheduled to begin on 5 August.", "begin"),
    ("The Lamu canal is scheduled to open on 5 August.", "open"),
    ("The Tana dam will open on 5 August.", "open"),
])
def test_works_and_their_projects_begin_and_open(sentence: str, action: str) -> None:
    (c,) = _commitments(sentence)
    assert (c.action, c.due_start) == (action, dt.date(2031, 8, 5))


@pytest.mark.parametrize(("sentence", "action"), [
    ("Ruto also is set to meet with Ghanaian President Mahama in May.", "meet"),
    ("Ruto also will address the Ghanaian parliament in May.", "attend"),
    ("Kenya now is expected to sign the visa accord in May.", "sign"),
    ("Kenya will later sign the visa accord in May.", "sign"),
])
def test_an_adverb_before_the_modal_or_later_after_it_leaves_the_promise(sentence: str, action: str) -> None:
    (c,) = _commitments(sentence)
    assert (c.action, c.due_start) == (action, dt.date(2031, 5, 1))


@pytest.mark.parametrize("sentence", [
    "The Kenya Pipeline Company says it will make a final investment decision on the project by 2033.",
    "Kenya will take a decision on the pipeline by 2033.",
    "Kenya and Ghana will reach a final investment decision by 2033.",
])
def test_a_decision_made_taken_or_reached_is_the_deliverable(sentence: str) -> None:
    (c,) = _commitments(sentence)
    assert c.action == "take" and "decision" in c.subject and c.due_end == dt.date(2033, 12, 31)


def test_efforts_made_are_no_deliverable() -> None:
    assert _commitments("Kenya will make efforts to improve ties by 2033.") == []


@pytest.mark.parametrize(("sentence", "action"), [
    ("The Summit will adopt a Joint Declaration on trade.", "adopt"),
    ("The summit will launch a new fund.", "launch"),
])
def test_an_occasion_s_deliverable_is_promised(sentence: str, action: str) -> None:
    (c,) = _commitments(sentence)
    assert c.action == action


def test_an_occasion_s_agenda_is_not() -> None:
    assert _commitments("The meeting will discuss trade.") == []
    assert _commitments("The meeting will review progress on the accord.") == []
