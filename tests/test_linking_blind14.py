"""Readings added at the fourteenth blind check (docs/accuracy.md): a name's prefix written with
a hyphen or joined is one name. Sentences written for these tests (Kenya and Ghana as the
parties; no text of a blind set)."""

from __future__ import annotations

import pytest

from tracker.linking.bodies import HYPHEN_PREFIXES, find_bodies, load_registry


def _keys(text: str) -> list[str]:
    return [m.full_key for m in find_bodies(text, load_registry())]


@pytest.mark.parametrize("prefix", sorted(HYPHEN_PREFIXES))
def test_a_prefix_with_a_hyphen_or_joined_is_one_name(prefix: str) -> None:
    example = HYPHEN_PREFIXES[prefix]
    joined = example.replace(f"{prefix.capitalize()}-", prefix.capitalize())
    assert joined != example and _keys(example) == _keys(joined) != []


def test_sub_stays_apart() -> None:
    # (a sub-group is a part of a body, read apart from it: not folded into its name)
    assert "sub" not in HYPHEN_PREFIXES


@pytest.mark.parametrize(("text", "ordinal"), [
    ("the 46th meeting of the two countries' Joint Commission in Accra", 46),
    ("the 46th meeting of the two countries’ Inter-Governmental Committee", 46),
])
def test_an_edition_number_before_a_possessive(text: str, ordinal: int) -> None:
    (m,) = find_bodies(text, load_registry())
    assert m.ordinal == ordinal
