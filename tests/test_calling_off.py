"""One table of the verbs of calling an occasion off (``lexicon.CALLING_OFF``), read by both
extraction (no promise) and linking (a report of the move). Text written for these tests;
Kenya and Ghana are the invented parties."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments
from tracker.domain.lexicon import CALLING_OFF
from tracker.linking import load_registry
from tracker.linking.keys import source_events

ON = date(2027, 2, 1)
ROWS = [(base, parts, kind, example) for base, (parts, kind, example) in CALLING_OFF.items()]


@pytest.mark.parametrize("base,parts,kind,example", ROWS, ids=[r[0] for r in ROWS])
def test_linking_reads_the_example_as_the_occasion_moved_or_called_off(
        base: str, parts: tuple[str, ...], kind: str, example: str) -> None:
    assert any(p in example for p in parts)
    evs = source_events(example, ON, "", load_registry())
    assert [(ev.polarity, ev.negative) for ev in evs] == [("negative", kind)]


@pytest.mark.parametrize("base,parts,kind,example", ROWS, ids=[r[0] for r in ROWS])
def test_a_decision_to_call_an_occasion_off_is_a_move_reported(
        base: str, parts: tuple[str, ...], kind: str, example: str) -> None:
    text = f"Kenya and Ghana agreed to {base} the fifth meeting of the Kenya-Ghana Joint Commission."
    evs = source_events(text, ON, "", load_registry())
    assert [(ev.polarity, ev.negative, ev.ordinal) for ev in evs] == [("negative", kind, 5)]


@pytest.mark.parametrize("base,parts,kind,example", ROWS, ids=[r[0] for r in ROWS])
def test_an_occasion_dated_then_called_off_is_no_promise(
        base: str, parts: tuple[str, ...], kind: str, example: str) -> None:
    for p in parts:
        text = f"The Kenya-Ghana summit scheduled for May 2027 was {p} on Monday."
        assert commitments(text, ON) == [], text
    assert commitments("The Kenya-Ghana summit is scheduled for May 2027.", ON)  # (the row's promise)
