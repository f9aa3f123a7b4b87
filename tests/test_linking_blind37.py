"""Linking found wanting by the twenty-third blind check (sets 37, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.linking import find_events

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
