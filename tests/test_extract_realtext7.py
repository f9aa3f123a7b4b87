"""Rules added after the seventh blind check (docs/accuracy.md, "Seventh blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments

D = dt.date(2023, 12, 20)


@pytest.mark.parametrize(
    "who", ["their ministers of trade and energy", "both governments", "its ministers"]
)
def test_an_agreement_with_a_bare_complement_opening_with_a_possessive(who):
    # "agreed their ministers would hold ..." without "that" (an Australia-New Zealand report,
    # 2023), as "agreed that their ministers would hold" and "agreed Ghana would open" are read
    (it,) = commitments(
        f"Kenya and Ghana agreed {who} would hold a joint meeting early next year.", D
    )
    assert (it.action, it.due_start, it.due_end) == (
        "hold",
        dt.date(2024, 1, 1),
        dt.date(2024, 4, 30),
    )
    assert it.subject == "joint meeting" and it.actors == ["Kenya", "Ghana"]


def test_an_agreement_with_a_possessive_object_is_no_complement_without_a_modal():
    assert commitments("Kenya and Ghana agreed their positions on trade at the talks.", D) == []
