"""Readings of the linker written for the twenty-sixth blind check (sets 45-46, docs/accuracy.md):
a conference series whose acronym carries the edition's number ("COP28", "MC12"; the registry's
``numbered`` acronyms). Sentences written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts
from tracker.linking import find_bodies, load_registry, normalise_name
from tracker.linking.bodies import numbered_edition
from tracker.linking.keys import source_events


def _bodies(text: str) -> list[tuple[str, int | None]]:
    return [(b.key, b.ordinal) for b in find_bodies(text, load_registry())]


def test_every_numbered_acronym_of_the_registry_reads_its_edition() -> None:
    reg = load_registry()
    assert reg.numbered, "the registry lists numbered acronyms (bodies.yaml)"
    for acr, key in reg.numbered.items():
        assert numbered_edition(f"ahead of {acr}28 in Accra", reg) == (key, 28)
        assert _bodies(f"Kenya and Ghana will meet on the sidelines of {acr}28.") == [(key, 28)]


@pytest.mark.parametrize("spelling", ["COP28", "COP 28", "COP-28", "Cop28"])
def test_the_number_after_the_acronym_is_the_edition(spelling: str) -> None:
    assert _bodies(f"Kenya and Ghana will meet at {spelling} in Dubai.") == [("cop", 28)]


@pytest.mark.parametrize("text", [
    "The Conference of the Parties (COP27) opened in Accra on Sunday.",
    "The 27th session of the Conference of the Parties (COP 27) opened in Accra on Sunday.",
    "The COP27 UN Climate Change Conference opened in Accra on Sunday.",
])
def test_a_long_name_and_its_numbered_acronym_are_one_edition(text: str) -> None:
    assert _bodies(text) == [("cop", 27)]


@pytest.mark.parametrize("text", [
    "The 12th Ministerial Conference (MC12) opened in Accra.",
    "The 12th ministerial conference of the World Trade Organisation will open in Accra.",
    "The 12th Ministerial Conference of the World Trade Organization opened in Accra.",
    "The 12th WTO Ministerial Conference opened in Accra.",
])
def test_an_organisations_conference_by_any_of_its_names(text: str) -> None:
    assert _bodies(text) == [("wto-ministerial-conference", 12)]


@pytest.mark.parametrize("text", ["The Nordic-Baltic Eight (NB8) met in Accra.", "The G7 summit met in Accra.",
                                  "Kenya and Ghana discussed COVID-19 vaccines."])
def test_a_number_in_another_name_is_no_edition(text: str) -> None:
    assert all(o is None for _k, o in _bodies(text))


def test_the_number_is_no_part_of_the_series_name() -> None:
    reg = load_registry()
    assert normalise_name("COP28", reg) == normalise_name("COP", reg)


PROMISE = """title: Kenya to host COP
date: 2031-03-02

The 36th Conference of the Parties will be held in Nairobi from 10 to 21 November 2031, the UN said.
"""
HELD = """title: Climate talks open
date: 2031-11-10

COP36 opened in Nairobi, Kenya, on Monday.
"""
NEXT_HELD = """title: Climate talks open
date: 2032-11-08

COP37 opened in Accra, Ghana, on Monday.
"""


def test_the_edition_promised_is_kept_by_its_acronym(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": HELD})
    assert [(f, src, kind) for f, _subject, src, kind in kept] == [("a.txt", "b.txt", "fulfils")]


def test_the_next_edition_keeps_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": NEXT_HELD})
    assert not [k for k in kept if k[3] == "fulfils"]


@pytest.mark.parametrize("spelling", ["U.N.", "UN"])
def test_a_short_capital_word_of_an_alias_may_carry_its_dots(spelling: str) -> None:
    assert _bodies(f"The {spelling} Climate Change Conference opened in Accra.") == [("cop", None)]


def _held(text: str) -> list[tuple[str, str]]:
    return [(e.verb, e.object_text) for e in source_events(text, dt.date(2031, 3, 5), "News", load_registry())
            if e.polarity == "positive"]


def test_detailed_discussions_held_are_a_meeting_of_the_two() -> None:
    got = _held("President Mahama held detailed discussions with President Ruto in Nairobi on 4 March 2031.")
    assert ("held talks", "meeting of Mahama and Ruto") in got


def test_discussions_alone_are_no_meeting_held() -> None:
    assert _held("Detailed discussions with Kenya are planned.") == []


def test_a_visit_with_its_day_before_the_place_is_a_visit_made() -> None:
    got = _held("The delegation headed by President Mahama during his visit yesterday to Kenya discussed trade.")
    assert ("during a visit", "visit to Kenya") in got


@pytest.mark.parametrize("call", ["a videoconference", "a video call", "a phone call"])
def test_a_call_with_a_groups_leaders_is_not_their_summit(call: str) -> None:
    got = [e.key for e in source_events(f"President Ruto held {call} with the other OLS leaders on Monday.",
                                        dt.date(2031, 3, 5), "News", load_registry())]
    assert not any(k and "summit" in k for k in got)


def test_a_virtual_summit_of_a_groups_leaders_is_still_their_summit() -> None:
    got = [e.key for e in source_events("The OLS leaders held a virtual summit on Monday.", dt.date(2031, 3, 5),
                                        "News", load_registry())]
    assert any(k and "summit" in k for k in got)
