"""Extraction found wanting by the nineteenth blind check (docs/accuracy.md). Sentences written
for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract

ON = dt.date(2031, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana will hold consultations about fisheries, trade and energy in May.",
    "The two sides will set up working groups regarding ports, roads, and rail by June.",
    "Kenya will open talks covering tariffs, quotas and standards with Ghana next month.",
])
def test_a_list_after_a_preposition_of_its_own_is_read_not_crashed_on(sentence: str) -> None:
    """A coordinated object whose only preposition is "about", "regarding" or "covering" (no
    "on" / "of" before it) raised StopIteration inside the list splitter: the whole document
    gave no result."""
    got = [i for i in extract(sentence, ON) if i.kind == "commitment"]
    assert got and all(i.due_end is not None for i in got)
