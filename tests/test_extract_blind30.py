"""Extraction found wanting by the twenty-first blind check (sets 30-33, docs/accuracy.md).
Sentences written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.tables import THING_PASSIVES

ON = dt.date(2031, 3, 10)


def _got(text: str) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [(i.action, i.subject, i.due_start, i.due_end) for i in extract(text, ON) if i.kind == "commitment"]


@pytest.mark.parametrize(("word", "day"), [("tomorrow", dt.date(2031, 3, 11)), ("today", ON)])
def test_a_day_word_between_the_modal_and_its_verb(word: str, day: dt.date) -> None:
    assert _got(f"President Ruto will {word} attend the Kenya-Ghana Joint Commission in Accra.") == [
        ("attend", "Kenya-Ghana Joint Commission in Accra", day, day)]


def test_planned_to_is_a_schedule() -> None:
    assert _got("Construction of the Lamu canal is planned to begin in the second half of 2032.") == [
        ("begin", "Construction of the Lamu canal", dt.date(2032, 7, 1), dt.date(2032, 12, 31))]


@pytest.mark.parametrize("verb", sorted(THING_PASSIVES))
def test_a_facility_or_works_promised_in_the_passive(verb: str) -> None:
    got = _got(THING_PASSIVES[verb][1])
    assert [a for a, _s, _b, _e in got][-1] == verb and got[-1][3] is not None


def test_a_facility_reopened_in_the_past_or_not_at_all_is_no_promise() -> None:
    assert _got("The border was reopened on 31 January.") == []
    assert _got("The border will not be reopened in June.") == []


@pytest.mark.parametrize("text", [
    "Kenya, Ghana and Togo, in that order, will host the next three summits of the Volta Forum.",
    "Kenya, Ghana and Togo will host the next three summits of the Volta Forum, in that order.",
    "Kenya and Ghana, respectively, will host the next three summits of the Volta Forum.",
])
def test_an_aside_of_order_after_a_list_of_hosts(text: str) -> None:
    assert [(a, s) for a, s, _b, _e in _got(text)] == [("host", "next three summits of the Volta Forum")]


@pytest.mark.parametrize("front", ["Costing 2.5 billion dollars,", "However,", "Nevertheless,", "Moreover,"])
def test_a_fronted_participle_or_connective_is_no_part_of_the_subject(front: str) -> None:
    assert _got(f"{front} the Volta bridge will open in October 2032.") == [
        ("open", "Volta bridge", dt.date(2032, 10, 1), dt.date(2032, 10, 31))]


def test_a_state_with_no_date_or_of_no_facility_is_no_promise() -> None:
    assert _got("The Kenya-Ghana pipeline will be operational.") == []
    assert _got("The report will be ready in June.") == []


def test_a_second_schedule_in_the_passive_after_and() -> None:
    got = _got("The construction works are set to begin in mid-2032 and are expected to be finished by 2034.")
    assert [(a, s, e) for a, s, _b, e in got] == [("begin", "construction works", dt.date(2032, 8, 31)),
                                                   ("finish", "construction works", dt.date(2034, 12, 31))]


def test_the_places_works_link_are_no_part_of_the_subject() -> None:
    assert _got("The bridge linking Kenya's Mombasa and Ghana's Tema will open in a test mode by September 1.")[0][:2] == (
        "open", "bridge linking Kenya's Mombasa and Ghana's Tema")


@pytest.mark.parametrize(("text", "want"), [
    ("Ghana says on 31 January 2032 the border will be opened.", ("open", "border", dt.date(2032, 1, 31))),
    ("Officials said by June 2033 the Volta power plant will be complete.",
     ("complete", "Volta power plant", dt.date(2033, 6, 30))),
    ("By June 2033 the Volta power plant will be complete.", ("complete", "Volta power plant", dt.date(2033, 6, 30))),
])
def test_a_date_before_the_subject_without_a_comma_dates_it_and_is_no_part_of_it(
        text: str, want: tuple[str, str, dt.date]) -> None:
    assert [(a, s, e) for a, s, _b, e in _got(text)] == [want]
