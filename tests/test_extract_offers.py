"""An offer or a stated readiness to hold a deliverable is the offerer's commitment (the
``ready_to`` trigger row): "is ready to host", "stands ready to host", "has offered to host".
Sentences written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments

ON = dt.date(2031, 3, 10)


@pytest.mark.parametrize("text", [
    "Kenya stands ready to host the next Kenya-Ghana summit in June.",
    "Kenya offered to host the next Kenya-Ghana summit in June.",
    "Kenya has offered to host the next Kenya-Ghana summit in June.",
    "Kenya has already offered to host the next Kenya-Ghana summit in June.",
    "Kenya is offering to host the next Kenya-Ghana summit in June.",
])
def test_an_offer_to_host_is_the_offerers_commitment(text: str) -> None:
    (c,) = commitments(text, ON)
    assert (c.action, c.subject, c.actors) == ("host", "next Kenya-Ghana summit", ["Kenya"])
    assert (c.due_start, c.due_end) == (dt.date(2031, 6, 1), dt.date(2031, 6, 30))


@pytest.mark.parametrize("text", [
    "Kenya offered to help Ghana with its debt.",  # no deliverable
    "Kenya has offered to mediate between the two factions.",
    "Kenya had offered to host the summit in June.",  # an offer of the past, reported
])
def test_no_deliverable_or_a_past_offer_is_none(text: str) -> None:
    assert commitments(text, ON) == []
