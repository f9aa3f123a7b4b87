"""Readings of the twenty-ninth blind check (docs/accuracy.md), on invented Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

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


LINE_PROMISED = """title: Kenya-Ghana line to be finished in 2030
date: 2028-06-12

The minister said that the Kenya-Ghana North Star line project will be completed in 2030, with the
governments of Kenya and Ghana and their partners.
"""
LINE_PUT_OFF = """title: Kenya-Ghana line faces setback
date: 2031-01-13

Insecurity in Kenya and Ghana threatens to delay the completion of the vital North Star Project until 2033.
"""
RAILWAY_PROMISED = """title: Kenya-Ghana railway
date: 2028-06-12

Kenya and Ghana said the Kenya-Ghana railway will be completed in 2030.
"""
RAILWAY_PUT_OFF = """title: Kenya-Ghana railway delayed
date: 2030-03-13

The completion of the Kenya-Ghana railway has been pushed back to 2032, the two governments said.
"""


@pytest.mark.parametrize(("promise", "report"), [(LINE_PROMISED, LINE_PUT_OFF), (RAILWAY_PROMISED, RAILWAY_PUT_OFF)],
                         ids=["a project", "a railway"])
@pytest.mark.parametrize("report_first", [False, True], ids=["in order", "report first"])
def test_works_put_off_past_the_window_are_a_miss(db, tmp_path, promise: str, report: str,  # type: ignore[no-untyped-def]
                                                  report_first: bool) -> None:
    texts = {"b.txt": report, "a.txt": promise} if report_first else {"a.txt": promise, "b.txt": report}
    kept = ingest_texts(db, tmp_path, texts)
    assert [(src, kind) for _f, _subject, src, kind in kept if kind == "missed"] == [("b.txt", "missed")]


def test_works_put_off_within_the_window_are_no_miss(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    inside = RAILWAY_PUT_OFF.replace("pushed back to 2032", "pushed back to December 2030")
    kept = ingest_texts(db, tmp_path, {"a.txt": RAILWAY_PROMISED, "b.txt": inside})
    assert [kind for *_x, kind in kept if kind == "missed"] == []


def test_another_project_put_off_is_no_miss_of_this_one(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = LINE_PUT_OFF.replace("North Star Project", "Blue River Dam Project")
    kept = ingest_texts(db, tmp_path, {"a.txt": LINE_PROMISED, "b.txt": other})
    assert [kind for *_x, kind in kept if kind == "missed"] == []


def test_other_works_put_off_are_no_miss_even_with_words_in_common(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    railway = RAILWAY_PROMISED.replace("Kenya-Ghana railway", "Volta River railway")
    bridge = RAILWAY_PUT_OFF.replace("Kenya-Ghana railway", "Volta River bridge").replace(
        "the two governments said", "the governments of Kenya and Ghana said")
    kept = ingest_texts(db, tmp_path, {"a.txt": railway, "b.txt": bridge})
    assert [kind for *_x, kind in kept if kind == "missed"] == []
    # (the same railway put off is one)
    same = bridge.replace("Volta River bridge", "Volta River railway")
    kept = ingest_texts(db, tmp_path, {"c.txt": same})
    assert [(src, kind) for _f, _s, src, kind in kept if kind == "missed"] == [("c.txt", "missed")]
