"""A meeting promised with business of its own ("a meeting of experts on fisheries") is a
meeting beside the series its document names, never that series' next edition; and two such
meetings on different subjects are not the same deliverable. Found in generated readouts
(benchmarks/synth.py, issue 12): the readout's meeting of experts took the series' edition and
was "fulfilled" by the dialogue itself. Kenya and Ghana are invented parties; every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from linked import ingest_texts
from tracker.linking.bodies import OWN_BUSINESS
from tracker.linking.match import deliverable_overlap


@pytest.mark.parametrize(
    ("subject", "own"),
    [
        ("meeting of experts on fisheries", True),
        ("a workshop on customs data", True),
        ("a session of senior officials on the blue economy", True),
        ("consultations on visa facilitation", True),
        ("the next meeting", False),
        ("a meeting on 8 October", False),
        ("a meeting on the sidelines of the summit", False),
        ("a meeting of the working group on trade", False),  # the working group the document names
        ("the 5th Kenya-Ghana Energy Dialogue", False),
    ],
)
def test_own_business(subject: str, own: bool) -> None:
    assert bool(OWN_BUSINESS.search(subject)) is own


def test_meetings_on_different_subjects_are_not_the_same_deliverable() -> None:
    assert deliverable_overlap("meeting of experts on fisheries", "meeting of experts on mining") == 0.0
    assert deliverable_overlap("meeting of experts on fisheries", "meeting of experts on fisheries") == 1.0
    assert deliverable_overlap("joint meeting of experts on inland fisheries",
                               "meeting of experts on fisheries") >= 0.6


READOUT = """title: Kenya-Ghana Energy Dialogue: joint readout
date: 2031-03-04

The 4th Kenya-Ghana Energy Dialogue was held in Nairobi on March 3, 2031. The delegations reviewed
cooperation on grid interconnection and solar power.

Kenya and Ghana agreed to hold the 5th Kenya-Ghana Energy Dialogue in Accra within the next three
months. The two sides will also convene a meeting of experts on fisheries before the end of 2032.
"""

NEXT = """title: Kenya-Ghana Energy Dialogue: joint readout
date: 2031-05-21

The 5th Kenya-Ghana Energy Dialogue was held in Accra on May 20, 2031. The delegations reviewed
cooperation on grid interconnection and solar power.
"""


def test_the_series_next_edition_keeps_its_promise_and_not_the_meeting_of_experts(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = {(subject, src, kind) for _f, subject, src, kind in
            ingest_texts(db, tmp_path, {"a.txt": READOUT, "b.txt": NEXT})}
    assert ("5th Kenya-Ghana Energy Dialogue in Accra", "b.txt", "fulfils") in kept
    assert not [k for k in kept if "experts" in k[0]]


def _readout(day: str, dialogue: str, topic: str) -> str:
    return (f"title: Kenya-Ghana {dialogue}: joint readout\ndate: {day}\n\n"
            f"The Kenya-Ghana {dialogue} met in Nairobi. The two sides will also convene a meeting of "
            f"experts on {topic} before the end of 2032.\n")


def test_a_promise_made_again_restates_the_first_not_each_restatement(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {
        "a.txt": _readout("2031-03-04", "Energy Dialogue", "fisheries"),
        "b.txt": _readout("2031-04-20", "Cyber Dialogue", "fisheries"),
        "c.txt": _readout("2031-06-02", "Trade Forum", "fisheries"),
        "d.txt": _readout("2031-07-15", "Health Dialogue", "mining"),
    })
    restated = sorted((f, src) for f, subject, src, kind in kept if kind == "restates")
    # the first is restated by both later ones; the second is not restated by the third (it is
    # itself a restatement of the first); "on mining" restates none of them
    assert restated == [("a.txt", "b.txt"), ("a.txt", "c.txt")]


def test_no_occasion_keeps_a_promise_with_fewer_than_two_names_of_its_own() -> None:
    import datetime as dt

    from tracker.linking.unframed import occasion_ok

    two = frozenset({"kenya", "ghana"})
    day = dt.date(2031, 3, 4)
    assert not occasion_ok(two, None, day, dt.date(2031, 12, 31), day,
                           "The two sides will convene a meeting of experts on fisheries before the end of 2031.",
                           "meeting of experts on fisheries")
    assert occasion_ok(two, None, day, dt.date(2031, 12, 31), day,
                       "Ruto will host Mahama at the Lake Naivasha retreat before the end of 2031.",
                       "Mahama at the Lake Naivasha retreat")


def test_a_promise_no_occasion_can_keep_says_why() -> None:
    import datetime as dt

    from tracker.linking.unframed import promise_refusal

    two = frozenset({"kenya", "ghana"})
    day = dt.date(2031, 3, 4)
    retreat = "Ruto will host Mahama at the Lake Naivasha retreat before the end of 2031."
    subject = "Mahama at the Lake Naivasha retreat"
    assert promise_refusal(two, None, day, dt.date(2031, 12, 31), day, retreat, subject) is None
    assert promise_refusal(frozenset({"kenya"}), None, day, dt.date(2031, 12, 31), day, retreat,
                           subject) == "promise names fewer than two countries"
    assert promise_refusal(two, "annual", None, None, day, retreat, subject) == "promise recurs"
    assert promise_refusal(two, None, day, dt.date(2034, 12, 31), day, retreat,
                           subject) == "promise's window too long"
    assert promise_refusal(two, None, day, dt.date(2031, 12, 31), day,
                           "The two sides will convene a meeting of experts on fisheries before the end of 2031.",
                           "meeting of experts on fisheries") == "promise has too few names of its own"
