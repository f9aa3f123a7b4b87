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


@pytest.mark.parametrize(("text", "what"), [
    ("Kenya and Ghana resumed direct flights on Monday.", "direct flights"),
    ("Kenya Airways said it has resumed direct flights between Nairobi and Accra on Monday.", "direct flights"),
    ("Kenya and Ghana resumed border talks on Monday.", "border talks"),
])
def test_what_resumed_is_its_object(text: str, what: str) -> None:
    import datetime as dt

    from tracker.linking import find_events

    (ev,) = [e for e in find_events(text, dt.date(2031, 6, 10)) if e.polarity == "positive"]
    assert ev.object_text == what


def test_the_parties_resuming_talks_is_still_their_meeting() -> None:
    import datetime as dt

    from tracker.linking import find_events

    (ev,) = [e for e in find_events("Kenya and Ghana resumed talks on Monday.", dt.date(2031, 6, 10))
             if e.polarity == "positive"]
    assert ev.action == "meet"
