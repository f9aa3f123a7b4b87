"""Readings of the linker added at the fifteenth blind check (docs/accuracy.md): the last word
of a country's name is no person whose meetings make a series. Sentences written for these tests
(Kenya and Ghana as the parties; no text of a blind set)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.linking.bodies import load_registry, not_a_person
from tracker.linking.keys import read_source

DAY = dt.date(2026, 4, 18)


@pytest.mark.parametrize("sentence", [
    ("Officials said talks between Kenya and the United States are gaining momentum, following the second "
    "round of negotiations in Rome on Saturday."),
    "The meeting between Kenya and the United Arab Emirates took place in Nairobi on Saturday.",
])
def test_a_countrys_last_word_holds_no_meetings(sentence: str) -> None:
    keys = [ev.key for ev in read_source(sentence, DAY, "", load_registry()).events]
    assert not any(k and k.startswith("meeting ") for k in keys), keys


def test_two_people_meeting_are_still_read() -> None:
    keys = {ev.key for ev in read_source("The meeting between Ruto and Mahama took place in Accra on Saturday.",
                                         DAY, "", load_registry()).events}
    assert {"meeting ruto", "meeting mahama"} <= keys


@pytest.mark.parametrize(("before", "name", "expected"), [
    ("talks between Kenya and the United ", "States", True),
    ("on ", "Monday", True),
    ("", "Officials", True),
    ("", "Ghana", True),
    ("", "Ruto", False),
])
def test_not_a_person(before: str, name: str, expected: bool) -> None:
    assert not_a_person(before, name, load_registry()) is expected
