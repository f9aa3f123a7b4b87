"""Rules added after the third blind check (docs/accuracy.md, "Third blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

from tracker.linking import find_events


def _events(text: str, pub: dt.date = dt.date(2022, 5, 7)):
    return [(e.verb, e.key, e.ordinal, e.date_start) for e in find_events(text, pub)
            if e.polarity == "positive"]


def test_copular_report_with_a_hyphenated_name():
    # "This was the fifth two-plus-two meeting between ..." (Japan-UK 2+2, 2023)
    evs = _events("This was the third two-plus-two meeting between Kenya and Ghana.")
    assert [(v, k, o) for v, k, o, _d in evs] == [("was the meeting", "two-plus-two", 3)]


def test_a_past_clause_placed_at_the_event_reports_it():
    # "At the first-ever ... Dialogue (2+2) in New Delhi, Modi Saturday said" (India-Japan 2+2);
    # "agreed ... in their first economic two-plus-two ministers' meeting in Tokyo on Friday"
    # (Japan-UK Economic 2+2)
    assert ("at", "two-plus-two", None, dt.date(2022, 5, 7)) in _events(
        "At the first-ever Kenya-Ghana Foreign and Defence Ministerial Dialogue (2+2) in Nairobi, "
        "Kenya's president Saturday said the partnership was vital.")
    assert ("at", "two-plus-two", 1, dt.date(2022, 5, 6)) in _events(
        "Kenya and Ghana agreed to expand maritime patrols in their first two-plus-two ministers' "
        "meeting in Accra on Friday.")
    # no past date: nothing reported; a future clause: nothing reported
    assert not _events("Kenya and Ghana hope to agree on patrols in their first 2+2 meeting.")
    assert not _events("The ministers will sign the accord at the first Kenya-Ghana 2+2 Dialogue "
                       "in Accra on Friday.")


def test_participated_in_the_dialogue_reports_it():
    # "Doval and Bonne ... participated in the dialogue in New Delhi on Thursday" (India-France
    # Strategic Dialogue 2021); "participating in the 36th session of ..." (2023)
    text = ("Kenya and Ghana reviewed their ties during their annual Kenya-Ghana Strategic Dialogue. "
            "The two national security advisers participated in the dialogue in Nairobi on Thursday.")
    assert ("participated in", "strategic-dialogue", None, dt.date(2022, 5, 5)) in _events(text)
