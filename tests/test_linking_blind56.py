"""Readings of the twenty-ninth blind check (docs/accuracy.md), on invented Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

from linked import ingest_texts
from tracker.linking import load_registry
from tracker.linking.bodies import find_bodies
from tracker.linking.events import find_events

VISIT_PROMISED = """title: Ruto to visit Ghana
date: 2029-09-12

Kenyan President Ruto will fly into Accra on Tuesday for a two-day visit, his first state visit to Ghana.
"""
VISIT_MADE = """title: Kenya and Ghana leaders meet again
date: 2029-11-20

Kenyan President Ruto made his first official visit to Accra in September, three months after the Ghanaian
leader's visit to Nairobi in June.
"""


def test_a_visit_told_by_the_month_that_holds_its_day_keeps_the_promise(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": VISIT_PROMISED, "b.txt": VISIT_MADE})
    assert [(src, kind) for _f, _subject, src, kind in kept] == [("b.txt", "fulfils")]


def test_a_visit_told_by_a_month_before_the_window_keeps_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    earlier = VISIT_MADE.replace("in September", "in August")
    kept = ingest_texts(db, tmp_path, {"a.txt": VISIT_PROMISED, "b.txt": earlier})
    assert [kind for *_x, kind in kept if kind == "fulfils"] == []


def test_a_news_agency_defined_by_its_acronym_is_no_body() -> None:
    text = ("According to Ghana News Agency (GNA), the president will receive his Kenyan counterpart "
            "on Tuesday. The visit will open a new phase, the agency said.")
    assert [b.text for b in find_bodies(text, load_registry())] == []
    # (an organisation defined by its acronym still is one)
    other = text.replace("Ghana News Agency (GNA)", "the Kenya-Ghana Joint Commission (KGJC)")
    assert [b.text for b in find_bodies(other, load_registry())] != []


def test_embassies_reopened_are_a_thing_done() -> None:
    for text, obj in (("Kenya and Ghana reopened their embassies on Monday.", "their embassies"),
                      ("The Kenyan embassy in Accra reopened on Monday.", "The Kenyan embassy in Accra")):
        (ev,) = find_events(text, dt.date(2030, 6, 20), load_registry())
        assert (ev.action, ev.object_text, ev.date_start) == ("launch", obj, dt.date(2030, 6, 17))


def test_a_first_official_meeting_is_dated_by_its_day_not_by_what_it_is_counted_since() -> None:
    text = ("Ghana said yesterday that a roadmap will be drafted. Earlier yesterday the foreign ministers of "
            "Kenya and Ghana held their first official meeting since the start of the border dispute more than "
            "a decade ago.")
    (ev,) = find_events(text, dt.date(2030, 5, 11), load_registry())
    assert (ev.action, ev.object_text, ev.date_start) == ("meet", "first official meeting", dt.date(2030, 5, 10))
    assert ev.countries == frozenset({"kenya", "ghana"})
