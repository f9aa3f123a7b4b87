"""Linking found wanting by the twenty-second blind check (sets 34-35, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.linking import find_events

PUB = dt.date(2031, 9, 7)


@pytest.mark.parametrize("text", [
    # the body named before the verb is one who came; the one after "for the" what they met for
    ("The Presidents of Kenya and Ghana and the Chairperson of the Volta Basin Commission met in Accra "
     "from 4 to 6 September 2031 for the Kenya-Ghana Summit."),
    "Kenya and Ghana met in Accra from 4 to 6 September 2031 for the Kenya-Ghana Summit.",
])
def test_what_they_met_for_is_the_occasion(text: str) -> None:
    (ev,) = find_events(text, PUB)
    assert ev.body is not None and ev.body.head == "Summit"
    assert (ev.date_start, ev.date_end) == (dt.date(2031, 9, 4), dt.date(2031, 9, 6))


def test_a_plan_after_the_verb_is_not_what_they_met_for() -> None:
    text = ("The Volta Basin Commission met in Accra on 4 September 2031 and agreed to prepare for the "
            "Kenya-Ghana Summit.")
    evs = find_events(text, PUB)
    assert evs and all(ev.body is None or ev.body.head != "Summit" for ev in evs)
