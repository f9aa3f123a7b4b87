"""Readings of the linker written for the twenty-seventh blind check (sets 48-50, docs/accuracy.md):
works begun reported by a noun ("a groundbreaking ceremony for the railway was held", "construction
has begun on the railway"). Sentences written for these tests; Kenya and Ghana are the invented
parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts
from tracker.domain import lexicon
from tracker.linking import load_registry
from tracker.linking.events import WORKS_BEGUN_NOUNS
from tracker.linking.keys import source_events

ON = dt.date(2025, 2, 7)


def _begun(text: str) -> list[tuple[str, str, dt.date | None]]:
    # (the occasion sentences' own reading, ``unframed``, aside)
    return [(e.verb, e.object_text, e.date_start) for e in source_events(text, ON, "News", load_registry())
            if e.action == "launch" and e.body_by != "occasion"]


@pytest.mark.parametrize("row", WORKS_BEGUN_NOUNS, ids=lambda r: r.shown)
def test_every_row_reads_its_example_as_works_begun(row) -> None:  # type: ignore[no-untyped-def]
    ((verb, obj, _day),) = _begun(row.example)
    assert verb == row.shown and obj == row.lead + "the Kenya-Ghana railway"
    assert lexicon.works_begun(f"{verb} {obj}")


def test_the_ceremony_has_its_day_and_an_appositive_is_skipped() -> None:
    assert _begun("A groundbreaking ceremony for the Nairobi-Accra Railway, a cross-border link between "
                  "Kenya and Ghana, was held on December 27, 2024 in Nairobi.") == [
        ("broke ground", "the Nairobi-Accra Railway", dt.date(2024, 12, 27))]


def test_what_the_construction_was_begun_for_is_the_object() -> None:
    assert _begun("Construction has officially begun on major infrastructure for the Kenya-Ghana "
                  "railway project, the cabinet said.") == [
        ("began construction", "the Kenya-Ghana railway project", None)]


@pytest.mark.parametrize("text", [
    "A groundbreaking ceremony for the Kenya-Ghana railway will be held in May.",
    "Construction has not begun on the Kenya-Ghana railway.",
])
def test_a_plan_or_a_denial_is_no_report(text: str) -> None:
    assert _begun(text) == []


PROMISE = """title: Railway works to start
date: 2024-05-07

Construction of the Kenya-Ghana railway will begin in October this year, President Ruto said.
"""
HELD = """title: Railway works begin
date: 2025-02-07

A ceremonial groundbreaking for the Kenya-Ghana railway took place on December 27, 2024, in Nairobi.
"""


def test_the_groundbreaking_keeps_the_promise_to_begin_construction(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": HELD})
    assert [(f, src, kind) for f, _subject, src, kind in kept] == [("a.txt", "b.txt", "fulfils")]


COMMISSION = """title: Commission to meet
date: 2020-02-01

The Kenya-Ghana Joint Commission is scheduled to hold its session between Feb. 3 and Feb. 4 in Accra.
"""
YEARS_LATER = """title: Commission meets again
date: 2024-04-30

The Kenya-Ghana Joint Commission met in Nairobi on April 29-30, 2024. The talks built on the momentum
from the last Kenya-Ghana Joint Commission held in Accra in February 2020.
"""
LATER_THIS_MONTH = """title: Commission to meet
date: 2020-02-01

The Kenya-Ghana Joint Commission will hold its session in Accra later this month.
"""


def test_a_month_that_holds_given_days_promised_that_month_is_that_meeting(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": COMMISSION, "b.txt": YEARS_LATER})
    assert [(f, src, kind) for f, _subject, src, kind in kept] == [("a.txt", "b.txt", "fulfils")]


def test_a_month_reported_years_later_does_not_hold_a_loose_window(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # (a session "later this month": the February meeting reported years later may have been held
    # before the promise; only given days rule that out)
    kept = ingest_texts(db, tmp_path, {"a.txt": LATER_THIS_MONTH, "b.txt": YEARS_LATER})
    assert not [k for k in kept if k[3] == "fulfils"]


def _visits(text: str) -> list[tuple[str, str, frozenset[str]]]:
    return [(e.verb, e.object_text, e.countries) for e in source_events(text, dt.date(2021, 11, 26), "News",
                                                                        load_registry())
            if e.verb == "hosted for a visit"]


def test_a_host_country_hosting_a_visitor_for_a_visit_reports_the_visit() -> None:
    assert _visits("Ghana hosted Kenyan President William Ruto for a state visit on Wednesday and Thursday.") == [
        ("hosted for a visit", "visit to Ghana", frozenset({"ghana", "kenya"}))]


@pytest.mark.parametrize("text", [
    "Ghana will host Kenyan President Ruto for a state visit on Wednesday.",
    "The Accra Club hosted Kenyan President Ruto for a dinner on Wednesday.",
])
def test_a_plan_or_another_occasion_is_no_visit_hosted(text: str) -> None:
    assert _visits(text) == []


@pytest.mark.parametrize("name", ["EU-Gulf summit", "Gulf-EU summit", "EU-GCC summit",
                                  "EU-Gulf Cooperation Council summit"])
def test_the_gulf_joined_to_another_party_is_the_gcc(name: str) -> None:
    from tracker.linking import normalise_name

    assert normalise_name(name, load_registry()) == ("summit", frozenset({"european union", "gulf cooperation council"}))


@pytest.mark.parametrize("name", ["Gulf summit", "Gulf of Guinea Commission", "Indo-Pacific Economic Framework"])
def test_a_combining_form_alone_names_no_party(name: str) -> None:
    from tracker.linking import normalise_name

    assert "gulf cooperation council" not in normalise_name(name, load_registry())[1]
    assert "india" not in normalise_name(name, load_registry())[1]


def test_a_group_told_by_its_combining_form_before_leaders() -> None:
    from tracker.linking import find_bodies

    found = [(b.key, b.countries) for b in find_bodies(
        "Gulf leaders met with European heads of state in Brussels on Wednesday.", load_registry())]
    assert ("summit", frozenset({"gulf cooperation council"})) in found
