"""Rules added after the third blind check (docs/accuracy.md, "Third blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

from extracted import commitments_published
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
    # ("first-ever" is edition 1: tests/test_linking_visits_made.py)
    assert ("at", "two-plus-two", 1, dt.date(2022, 5, 7)) in _events(
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


# --- extraction rules of the third blind check -------------------------------------------------

D = dt.date(2021, 4, 20)


_commitments = commitments_published(D)


def test_arranging_the_event_itself_or_the_people_meeting():
    # "are arranging their first two-plus-two meeting ... for late January", "have begun
    # coordinating for their foreign and defense ministers to meet in Tokyo on Nov. 8 for their
    # two-plus-two meeting" (Japan-UK 2+2, 2014 and 2023)
    (it,) = _commitments("Kenya and Ghana are arranging their first two-plus-two meeting for late May "
                         "in Nairobi, officials said.")
    assert (it.action, it.subject) == ("hold", "their first two-plus-two meeting")
    assert (it.due_start, it.due_end) == (dt.date(2021, 5, 21), dt.date(2021, 5, 31))
    (it,) = _commitments("Kenya and Ghana have begun coordinating for their defence ministers to meet "
                         "in Accra on June 8 for their annual defence dialogue, officials said.")
    assert (it.action, it.subject) == ("meet", "their annual defence dialogue")
    assert it.due_start == dt.date(2021, 6, 8)
    assert not _commitments("The ministry is arranging the logistics for the delegation.")


def test_all_set_to_is_set_to():
    # "are all set to hold their next edition of the 2+2 dialogue ... on September 8" (India-Japan)
    (it,) = _commitments("Kenya and Ghana are all set to hold their next trade dialogue on June 3.")
    assert (it.action, it.due_start) == ("hold", dt.date(2021, 6, 3))


def test_an_event_promised_in_a_restrictive_relative_clause():
    # "Ahead of the annual summit between PM A and PM B that will take place in India in
    # mid-December, the ministry announced ..." (India-Japan, 2019)
    items = _commitments("Ahead of the annual summit between Kenya and Ghana that will take place in "
                         "Accra in mid-May, the ministry said the trade talks would be held on Friday.")
    summit = [it for it in items if "summit" in it.subject]
    assert [(it.subject, it.due_start, it.due_end) for it in summit] == [
        ("annual summit between Kenya and Ghana", dt.date(2021, 5, 11), dt.date(2021, 5, 20))]
    # not an event noun: nothing
    assert not _commitments("Ghana named an envoy that will be held responsible for the talks.")


def test_a_dangling_preposition_is_not_part_of_the_subject():
    # "will hold their annual strategic dialogue on | Thursday" (India-France, 2021)
    (it,) = _commitments("Kenya and Ghana will hold their annual strategic dialogue on Thursday in Accra.")
    assert it.subject == "their annual strategic dialogue"


def test_the_dialogue_restates_the_meeting_named_before():
    # "The dialogue will be held around Jan. 21, according to the source" after "are arranging
    # their first two-plus-two meeting for late January" (Japan-UK 2+2, 2014)
    items = _commitments("Kenya and Ghana are arranging their first two-plus-two meeting for late May "
                         "in Nairobi, a source said. The dialogue will be held around May 24, according "
                         "to the source.")
    assert len(items) == 1


def test_an_indefinite_meeting_is_not_the_series_named_before():
    # "The agreement came in a meeting held between Prime Minister X and his British counterpart"
    # (Japan-UK Economic 2+2, 2024): a leaders' meeting, not the 2+2 just named
    text = ("Kenya and Ghana have agreed to launch an economic version of the so-called two-plus-two "
            "talks. The agreement came in a meeting held between the two presidents in Accra on Monday.")
    assert not [e for e in find_events(text, dt.date(2022, 5, 3)) if e.key == "two-plus-two"]
    # a definite one still refers back
    text = text.replace("in a meeting held", "in the meeting held")
    assert [e.key for e in find_events(text, dt.date(2022, 5, 3))] == ["two-plus-two"]


def test_the_economic_two_plus_two_is_its_own_series():
    # "their first economic two-plus-two ministers' meeting" (Japan-UK, 2025); the U.S.-Japan
    # "Economic 2+2" of the development corpus
    from tracker.linking.bodies import find_bodies, load_registry
    reg = load_registry()
    (m,) = find_bodies("their first economic two-plus-two ministers' meeting", reg)
    assert (m.key, m.ordinal) == ("economic-two-plus-two", 1)
    (m,) = find_bodies("the Kenya-Ghana Economic 2+2", reg)
    assert m.key == "economic-two-plus-two"
    (m,) = find_bodies("the third Kenya-Ghana 2+2 Ministerial Dialogue", reg)
    assert m.key == "two-plus-two"


def test_an_unnumbered_report_takes_the_number_given_in_the_same_source():
    # "a so-called two-plus-two meeting in Tokyo attended by ..." + "This was the fifth two-plus-two
    # meeting between Japan and Britain" (Japan-UK 2+2, 2023): one meeting, the fifth
    text = ("The agreement came at a two-plus-two meeting in Nairobi attended by the ministers of Kenya "
            "and Ghana. This was the third two-plus-two meeting between Kenya and Ghana.")
    assert {(e.key, e.ordinal) for e in find_events(text, dt.date(2022, 5, 3))} == {("two-plus-two", 3)}


def test_attending_for_a_side_is_a_description():
    # "X and Y will attend for the Japanese side, and A and B will attend for the British side"
    # (Japan-UK 2+2 2023), like "will lead the delegation" (India-Australia 2+2, second check)
    assert not _commitments("The foreign minister will attend for the Kenyan side, and the defence "
                            "minister will attend on behalf of the Ghanaian government.")
    (it,) = _commitments("Kenya's president will attend the summit in Accra in May.")
    assert it.action == "attend"


def test_copular_report_with_a_possessive_and_a_long_name():
    # "This was our first bilateral Foreign and Defence Ministerial ('2+2') Meeting" (Japan-UK 2+2,
    # 2015 letter of the ambassador)
    evs = _events("This was our first bilateral Foreign and Defence Ministerial (‘2+2’) Meeting.")
    assert [(v, k) for v, k, _o, _d in evs] == [("was the meeting", "two-plus-two")]
    assert not _events("This was the first time the ministers had spoken about the Kenya-Ghana 2+2 "
                       "meeting.")
