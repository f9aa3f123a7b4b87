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
