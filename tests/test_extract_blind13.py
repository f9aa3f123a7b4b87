"""A reading added at the thirteenth blind check (docs/accuracy.md): news copy goes on in
reported speech with a bare "would" and a date. Sentences written for these tests (Kenya and
Ghana as the parties; no text of a blind set)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published

PUB = date(2026, 3, 10)
INTRO = "Kenya and Ghana agreed on Friday to set up a joint council, the foreign ministry said. "

_commitments = commitments_published(PUB)


def _items(sentence: str) -> list[tuple[str, date | None, date | None]]:
    return [(it.action, it.due_start, it.due_end) for it in _commitments(INTRO + sentence)
            if sentence[:30] in it.quote]


@pytest.mark.parametrize(("sentence", "window"), [
    ("The council's first meeting would take place by the end of April 2026 in Nairobi.",
     (PUB, date(2026, 4, 30))),
    ("The first session of the council would be held on 3 May in Accra.", (date(2026, 5, 3), date(2026, 5, 3))),
])
def test_a_bare_would_with_a_date_is_reported_speech(sentence: str, window: tuple[date, date]) -> None:
    ((_action, start, end),) = _items(sentence)
    assert (start, end) == window


@pytest.mark.parametrize("sentence", [
    "The council would benefit both countries greatly.",  # no date: conditional
    "The council would be held in May if the ceasefire holds.",  # a condition
    "The council would meet in May unless the talks collapse.",
])
def test_a_bare_would_without_a_date_or_with_a_condition_is_no_commitment(sentence: str) -> None:
    assert _items(sentence) == []


@pytest.mark.parametrize("who", ["Special envoys", "The representatives", "Negotiators", "The delegates",
                                 "Emissaries", "Diplomats", "The sherpas", "The ambassadors"])
def test_the_people_who_meet_for_their_countries_are_agents(who: str) -> None:
    # (only "envoy" and "ambassador" were, in the singular: "Envoys of Kenya and Ghana are
    # scheduled to hold talks ..." was no commitment)
    (it,) = [it for it in _commitments(f"{who} of Kenya and Ghana are scheduled to meet in Geneva on "
                                       "24 March.")]
    assert (it.action, it.due_start, it.due_end) == ("meet", date(2026, 3, 24), date(2026, 3, 24))
    assert set(it.actors) >= {"Kenya", "Ghana"}
