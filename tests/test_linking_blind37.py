"""Linking found wanting by the twenty-third blind check (sets 37, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, promise
from tracker.linking import SourceEvents, find_events, load_registry, suggest

PUB = dt.date(2031, 9, 9)  # a Tuesday


@pytest.mark.parametrize("text", [
    "Kenyan President Ruto is in Ghana on Tuesday for the first state visit of his presidency.",
    "Kenyan President Ruto is in Ghana today for a two-day visit.",
    "Kenyan President Ruto is in Ghana for his first visit to West Africa.",
])
def test_a_stay_on_a_visit_with_a_day_between(text: str) -> None:
    (ev,) = find_events(text, PUB)
    assert ev.verb == "is on a visit" and ev.object_text == "visit to Ghana"


def test_a_stay_for_another_thing_is_no_visit() -> None:
    assert [ev for ev in find_events("Kenyan President Ruto is in Ghana on Tuesday for the talks.", PUB)
            if ev.verb == "is on a visit"] == []


# --- works moved by a later promise of them (``match._works_moved``) ---------------------------

FIRST = ("title: Lamu railway\ndate: 2030-02-03\n\n"
         "Kenya and Ghana said the Lamu-Tema railway will be completed by December 2030.\n")
MOVED = ("title: Lamu railway deadline extended\ndate: 2030-06-10\n\n"
         "Kenya and Ghana have extended the completion deadline for the Lamu-Tema railway from December 2030 "
         "to December 2031, officials said.\n")


def test_a_later_promise_of_the_same_works_for_a_later_date_is_a_miss(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": FIRST, "b.txt": MOVED})
    assert ("a.txt", "b.txt", "missed") in {(f, src, kind) for f, _subject, src, kind in kept}


def test_works_moved_in_memory_says_why() -> None:
    first = promise(1, dt.date(2030, 2, 3), "Lamu-Tema railway", (dt.date(2030, 2, 3), dt.date(2030, 12, 31)),
                    action="complete", actors=("Kenya", "Ghana"))
    moved = promise(2, dt.date(2030, 6, 10), "Lamu-Tema railway", (dt.date(2030, 6, 10), dt.date(2031, 12, 31)),
                    action="complete", actors=("Kenya", "Ghana"))
    (sg,) = [s for s in suggest([first, moved], [], load_registry()) if s.commitment_id == 1]
    assert sg.kind == "missed" and sg.reason.startswith("same works") and "moved later" in sg.reason


@pytest.mark.parametrize(("subject2", "due2", "action2"), [
    ("Lamu-Tema railway", (dt.date(2030, 6, 10), dt.date(2030, 12, 31)), "complete"),  # the same end: restated
    ("Volta hydropower plant", (dt.date(2030, 6, 10), dt.date(2031, 12, 31)), "complete"),  # other works
    ("Lamu-Tema railway", (dt.date(2031, 1, 1), dt.date(2031, 12, 31)), "begin construction of"),  # another stage
    ("Kenya-Ghana summit", (dt.date(2031, 1, 1), dt.date(2031, 12, 31)), "hold"),  # no works
])
def test_no_works_moved(subject2: str, due2: tuple[dt.date, dt.date], action2: str) -> None:
    first = promise(1, dt.date(2030, 2, 3), "Lamu-Tema railway", (dt.date(2030, 2, 3), dt.date(2030, 12, 31)),
                    action="complete", actors=("Kenya", "Ghana"))
    later = promise(2, dt.date(2030, 6, 10), subject2, due2, action=action2, actors=("Kenya", "Ghana"))
    assert not [s for s in suggest([first, later], [], load_registry()) if s.kind == "missed"]


@pytest.mark.parametrize(("text", "ordinal"), [
    ("The 34th regular session of the Kenya-Ghana Summit began in Accra on Monday.", 34),
    ("The 34th ordinary session of the Kenya-Ghana Summit began in Accra on Monday.", 34),
    ("The 5th extraordinary session of the Kenya-Ghana Summit began in Accra on Monday.", None),  # numbered apart
])
def test_the_regular_session_is_the_edition(text: str, ordinal: int | None) -> None:
    (ev,) = find_events(text, dt.date(2031, 5, 7))
    assert ev.body is not None and ev.body.ordinal == ordinal


@pytest.mark.parametrize(("text", "obj"), [
    (("The informal meeting on the border in an enlarged format, convened by the Kenyan president in Accra, "
     "has been concluded."), "The informal meeting on the border in an enlarged format"),
    ("The informal meeting on the border was held in Accra on Tuesday.", "The informal meeting on the border"),
    ("Talks on the water dispute were held in Accra on Tuesday.", "Talks on the water dispute"),
])
def test_an_unnamed_meeting_that_names_its_business_is_reported(text: str, obj: str) -> None:
    (ev,) = find_events(text, PUB)
    assert ev.action == "meet" and ev.polarity == "positive" and ev.body is None and ev.object_text == obj


@pytest.mark.parametrize("text", [
    "The meeting was held in Accra on Tuesday.",  # names no business
    "A meeting on the sidelines of the summit was held on Tuesday.",  # a place, not a business
])
def test_an_unnamed_meeting_of_no_business_is_not(text: str) -> None:
    assert find_events(text, PUB) == []


def test_an_unnamed_meeting_keeps_the_promise_of_it_by_its_words() -> None:
    c = promise(1, dt.date(2031, 9, 1), "informal meeting on the border in an enlarged format",
                (dt.date(2031, 9, 8), dt.date(2031, 9, 9)), action="hold", actors=("Kenya", "Ghana"))
    text = ("The informal meeting on the border in an enlarged format, convened by the Kenyan president in "
            "Accra, was held on Monday.")
    (sg,) = [s for s in suggest([c], [SourceEvents(2, PUB, tuple(find_events(text, PUB)))], load_registry())
             if s.kind == "fulfils"]
    assert sg.reason.startswith("same deliverable") and sg.timeliness == "on_time"
