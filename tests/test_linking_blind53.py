"""Readings of the twenty-eighth blind check (docs/accuracy.md), on invented Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts
from tracker.linking import load_registry
from tracker.linking.bodies import MEDIA_NAME_HEADS, countries_in
from tracker.linking.events import TWO_PARTIES_EXAMPLE
from tracker.linking.keys import source_events

ON = dt.date(2030, 5, 10)


def _events(text: str) -> list:  # type: ignore[type-arg]
    return [e for e in source_events(text, ON, "News", load_registry()) if e.body_by != "occasion"]


def test_a_counterpart_and_their_two_countries_tell_both_parties() -> None:
    text = "Kenya and Ghana agreed in 2027 to build a bridge over the Volta.\n\n" + TWO_PARTIES_EXAMPLE
    (ev,) = [e for e in _events(text) if e.verb == "inaugurated"]
    assert ev.countries == frozenset({"kenya", "ghana"})


def test_one_party_named_and_no_pair_word_adds_no_party() -> None:
    text = ("Kenya and Ghana agreed in 2027 to build a bridge over the Volta.\n\n"
            "Kenya's Prime Minister Otieno on Thursday inaugurated a bridge spanning the Tana.")
    (ev,) = [e for e in _events(text) if e.verb == "inaugurated"]
    assert ev.countries == frozenset({"kenya"})


def test_a_date_in_a_clause_of_its_own_is_not_the_earlier_verbs() -> None:
    text = ("Kenya and Ghana signed a memorandum of understanding on the Volta bridge in 2012 and "
            "construction started in October 2017.")
    got = {(e.verb, e.date_start) for e in _events(text)}
    assert ("signed", dt.date(2012, 1, 1)) in got
    assert ("began construction", dt.date(2017, 10, 1)) in got


def test_a_day_still_beats_this_years_in_the_same_clause() -> None:
    text = ("Kenyan and Ghanaian leaders gathered in Accra for this year's Kenya-Ghana Summit, "
            "which takes place on 9-10 May.")
    assert any(e.date_start == dt.date(2030, 5, 9) for e in _events(text))


PLANT_PROMISE = """title: Plant works
date: 2029-05-07

The first concrete pouring at the Volta power plant of Kenya and Ghana is planned in October 2029, the ministry said.
The Volta power plant of Kenya and Ghana would be finished by 2033, the minister said.
"""
FIRST_CONCRETE = """title: Plant works begin
date: 2030-02-07

The first concrete was poured for the Volta power plant of Kenya and Ghana, the ministry said.
"""


def test_the_first_concrete_keeps_the_promise_of_it_not_of_the_plant_finished(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PLANT_PROMISE, "b.txt": FIRST_CONCRETE})
    fulfils = [(subject, src) for _f, subject, src, kind in kept if kind == "fulfils"]
    assert len(fulfils) == 1 and "first concrete" in fulfils[0][0] and fulfils[0][1] == "b.txt"


@pytest.mark.parametrize(("head", "example"), MEDIA_NAME_HEADS)
def test_a_news_outlets_country_is_no_party(head: str, example: str) -> None:
    got = countries_in(example)
    assert head.split()[0] in example and "ghana" not in got and {"kenya", "togo"} <= got



TROOPS = """title: Kenyan troops for Ghana
date: 2029-12-18

Kenyan troops will start arriving in Ghana next year, the Kenyan and Ghanaian defence ministers said.
"""
ARRIVED = """title: Kenyan officers in Ghana
date: 2030-09-12

The first 20 officers of the Kenyan battalion arrived in Ghana in April for preparatory work.
"""


def test_troops_to_start_arriving_are_kept_by_the_first_arrival(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": TROOPS, "b.txt": ARRIVED})
    assert [(f, src, kind) for f, _subject, src, kind in kept] == [("a.txt", "b.txt", "fulfils")]


FUNDED = """title: Volta bridge to be completed
date: 2029-02-02

Kenya, Ghana and the European Union said the new Volta bridge is expected to be complete in the second quarter
of 2031.
"""
BRIDGE_OPENED = """title: Leaders open Volta bridge
date: 2032-09-18

Kenyan President Ruto and his Ghanaian counterpart on Thursday inaugurated a bridge between Kenya and Ghana spanning the Volta.
"""


def test_works_between_two_keep_a_promise_that_also_named_a_funder(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": FUNDED, "b.txt": BRIDGE_OPENED})
    assert ("a.txt", "b.txt", "fulfils") in [(f, src, kind) for f, _subject, src, kind in kept]


@pytest.mark.parametrize(("mine", "theirs", "ok"), [
    ({"kenya", "ghana", "european union"}, {"kenya", "ghana"}, True),
    ({"kenya", "ghana"}, {"kenya", "ghana", "togo"}, True),
    ({"kenya", "ghana"}, {"kenya", "togo"}, False),
])
def test_works_parties(mine: set[str], theirs: set[str], ok: bool) -> None:
    from tracker.linking.match import works_parties_ok

    assert works_parties_ok(frozenset(mine), frozenset(theirs)) is ok
