"""A body a promise is timed by is not what it promises: "a meeting of the border guards will be
held before the JC meeting", "secretary-level talks prior to the JC meeting" are kept by neither
the Joint Commission's report nor, through the structural fallback, by any report of it
(``bodies.anchor_keys`` / ``is_anchor``, ``match.prepare``'s ``anchors``, stored with the link
keys). And a promise kept is not missed by a later edition's postponement
(``match._after_kept``). Sentences written for these tests; Kenya and Ghana are the
invented parties."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from linked import ingest_texts, promise, report
from tracker.linking import suggest
from tracker.linking.bodies import is_anchor
from tracker.store.models import Commitment

PROMISES = """title: Kenya and Ghana to hold Joint Commission
date: 2031-03-10

Kenya and Ghana agreed to hold the sixth meeting of the Kenya-Ghana Joint Commission (JC) by the end of this month.
A meeting between the two border guards will also be held before the JC meeting.
They have agreed to hold secretary-level meetings on trade and water prior to the JC meeting.
"""
REPORT = """title: Kenya and Ghana hold the 6th Joint Commission
date: 2031-03-29

The sixth meeting of the Kenya-Ghana Joint Commission was held in Accra on 28 March, co-chaired by the two foreign ministers.
"""


def test_only_the_commission_is_kept_by_its_report(db, tmp_path) -> None:
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISES, "b.txt": REPORT})
    with db.session() as s:
        subjects = set(s.scalars(select(Commitment.subject)))
    assert any("border guards" in x for x in subjects) and any("secretary-level" in x for x in subjects)
    assert kept == [("a.txt", "sixth meeting of the Kenya-Ghana Joint Commission", "b.txt", "fulfils")]


@pytest.mark.parametrize("key, anchors, expected", [
    ("joint-commission", {"joint-commission"}, True),
    ("joint-commission", {"jc"}, True),  # the acronym of the anchor
    ("commission consultative joint", {"jcc"}, True),  # a key's words are sorted
    ("joint-commission", {"jcc"}, False),
    ("summit", {"jc"}, False),
])
def test_is_anchor(key: str, anchors: set[str], expected: bool) -> None:
    assert is_anchor(key, anchors) is expected


# --- a promise kept is not missed by a later edition's postponement ------------------------------

def _kinds(sugs: list) -> set[tuple[int, str]]:  # type: ignore[type-arg]
    return {(s.source_id, s.kind) for s in sugs if s.commitment_id == 1}


def _by_month_end() -> object:
    return promise(1, dt.date(2031, 3, 10), "the Kenya-Ghana Joint Commission",
                   (dt.date(2031, 3, 10), dt.date(2031, 3, 31)), action="hold", actors=("Kenya", "Ghana"),
                   quote="Kenya and Ghana agreed to hold the Kenya-Ghana Joint Commission by the end of this month.")


def test_a_later_editions_postponement_is_no_miss_of_a_kept_promise() -> None:
    c = _by_month_end()
    held = report(2, dt.date(2031, 3, 29), "The sixth meeting of the Kenya-Ghana Joint Commission was held "
                                           "in Accra on 28 March.")
    put_off = report(3, dt.date(2033, 5, 2), "The seventh meeting of the Kenya-Ghana Joint Commission has "
                                             "been postponed.")
    assert _kinds(suggest([c], [held, put_off])) == {(2, "fulfils")}  # type: ignore[list-item]


def test_a_miss_reported_before_a_late_keeping_stays() -> None:
    c = _by_month_end()
    put_off = report(2, dt.date(2031, 3, 30), "The Kenya-Ghana Joint Commission planned for March has been "
                                              "postponed to May.")
    held = report(3, dt.date(2031, 5, 20), "The Kenya-Ghana Joint Commission was held in Accra on 19 May.")
    assert _kinds(suggest([c], [put_off, held])) == {(2, "missed"), (3, "fulfils")}  # type: ignore[list-item]


def test_a_promise_of_the_next_edition_restates_no_kept_promise() -> None:
    c = promise(1, dt.date(2031, 3, 10), "the Kenya-Ghana Joint Commission", action="hold",
                actors=("Kenya", "Ghana"), quote="Kenya and Ghana agreed to hold the Kenya-Ghana Joint Commission.")
    held = report(2, dt.date(2031, 3, 29), "The sixth meeting of the Kenya-Ghana Joint Commission was held "
                                           "in Accra on 28 March.")
    nxt = promise(3, dt.date(2032, 5, 2), "the Kenya-Ghana Joint Commission", action="hold", actors=("Kenya", "Ghana"),
                  source_id=3, quote="Kenya and Ghana will hold the Kenya-Ghana Joint Commission in Nairobi.")
    assert _kinds(suggest([c, nxt], [held])) == {(2, "fulfils")}  # type: ignore[list-item]
