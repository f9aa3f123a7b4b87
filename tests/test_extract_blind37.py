"""Extraction found wanting by the twenty-third blind check (sets 37, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published

PUB = date(2026, 3, 10)
_commitments = commitments_published(PUB)


@pytest.mark.parametrize(("sentence", "subject", "start"), [
    # a part of a line opens, or the trains on it start running
    ("The first section between Nakuru and Eldoret will be open by 2027.", "first section", date(2026, 3, 10)),
    ("The first stretch of the Lamu line is set to open in August 2027.", "first stretch", date(2027, 8, 1)),
    ("Kenya's first high-speed train will start running in 2031.", "high-speed train", date(2031, 1, 1)),
])
def test_a_part_of_a_line_or_its_trains_begin(sentence: str, subject: str, start: date) -> None:
    (it,) = [i for i in _commitments(sentence) if i.kind == "commitment"]
    assert it.action == "open" and subject in it.subject and it.due_start == start


@pytest.mark.parametrize("sentence", [
    "The trade section will open talks next week.",  # what it opens is an event: no facility opens
    "The embassy will open negotiations in May.",
    "The train will leave at noon tomorrow.",  # no onset
])
def test_no_facility_begins(sentence: str) -> None:
    assert [i for i in _commitments(sentence) if i.kind == "commitment" and i.action == "open"] == []
