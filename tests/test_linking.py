"""Linking, pure parts: body names, event mentions, matching (no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import (
    find_bodies,
    find_events,
    load_registry,
    normalise_name,
    suggest,
)
from tracker.linking.bodies import build_registry, ordinal_value

D = dt.date


@pytest.mark.parametrize("name", [
    "Counter Terrorism Joint Working Group",
    "Counterterrorism Joint Working Group",
    "Joint Working Group on Counter Terrorism",
    "India-U.S. Joint Working Group on Counter-Terrorism",
    "US-India Joint Working Group on Counterterrorism",
])
def test_ct_jwg_aliases_share_a_key(name):
    reg = load_registry()
    assert reg.canonical(normalise_name(name, reg)[0]) == "ct-jwg"
    ms = find_bodies(f"The two sides convened the {name} in Delhi.", reg)
    assert [m.key for m in ms] == ["ct-jwg"]


def test_acronyms_and_generic_names():
    reg = load_registry()
    assert [m.key for m in find_bodies("The CT JWG and the HSD met.", reg)] == [
        "ct-jwg", "homeland-security-dialogue"]
    # unknown bodies match by normalised name: case, hyphens, U.S./US, country prefix
    a = normalise_name("India-U.S. Joint Working Group on Space Debris", reg)
    b = normalise_name("US-India joint working group on space debris", reg)
    assert a[0] == b[0] and a[1] == b[1] == frozenset({"india", "united states"})


def test_ordinals():
    assert ordinal_value("Fifth") == 5 and ordinal_value("20th") == 20
    assert ordinal_value("twenty-first") == 21 and ordinal_value("inaugural") == 1
    reg = load_registry()
    (m,) = find_bodies("the Fifth Annual India-US 2+2 Ministerial Dialogue", reg)
    assert m.ordinal == 5 and m.key == "two-plus-two"
    (m,) = find_bodies("to convene the 20th Meeting of the India-U.S. Joint Working Group on "
                       "Counter Terrorism", reg)
    assert m.ordinal == 20 and m.key == "ct-jwg"
    (m,) = find_bodies("looking forward to the next edition of the Homeland Security Dialogue", reg)
    assert m.next and m.ordinal is None


def test_subgroups_are_not_the_parent_body():
    reg = load_registry()
    (m,) = find_bodies("the existing sub-groups under the Homeland Security Dialogue on aviation", reg)
    assert m.sub and m.full_key == "homeland-security-dialogue/sub"


def test_user_registry_merges_over_package(tmp_path):
    user = tmp_path / "bodies.yaml"
    user.write_text("bodies:\n  - key: ct-jwg\n    name: Joint Working Group on Counter Terrorism\n"
                    "    aliases: [CTWG]\n  - key: blue-dot\n    name: Blue Dot Network\n")
    reg = load_registry(user)
    assert reg.canonical(normalise_name("Counterterrorism Joint Working Group", reg)[0]) == "ct-jwg"
    assert [m.key for m in find_bodies("The CTWG met on Monday.", reg)] == ["ct-jwg"]
    assert "blue-dot" in reg.bodies
    assert build_registry({}).bodies == {}


SEED_2024 = (
    "Cooperation was discussed at the India-US Homeland Security Dialogue held here on Wednesday, "
    "sources said. The meeting was held against the backdrop of a row. The last India-US homeland "
    "security dialogue was last held in January 2022.\n\nA joint statement issued on November 10, "
    "2023 said: \"The Ministers decided to convene the 20th Meeting of the India-U.S. Joint Working "
    "Group on Counter Terrorism at a mutually convenient date early next year. Both sides are "
    "looking forward to the next edition of the Homeland Security Dialogue in 2024.\"\n"
)


def test_events_weekday_anaphora_and_last_held():
    evs = find_events(SEED_2024, D(2024, 2, 28))
    pos = [e for e in evs if e.polarity == "positive" and e.key == "homeland-security-dialogue"]
    assert pos and pos[0].date_start == D(2024, 2, 28)  # Wednesday = the document's day
    assert any(e.body_by == "anaphora" for e in pos)
    neg = [e for e in evs if e.negative == "last_held"]
    assert neg and (neg[0].date_start, neg[0].date_end) == (D(2022, 1, 1), D(2022, 1, 31))
    # the quoted promise is not an event
    assert not [e for e in evs if e.key == "ct-jwg"]


@pytest.mark.parametrize("text,verb,date", [
    ("The Strategic Dialogue took place in Tokyo on 5-6 March 2024.", "took place", D(2024, 3, 5)),
    ("India and Japan convened the 16th Strategic Dialogue last Tuesday.", "convened", D(2024, 3, 26)),
    ("Officials met last month for the Strategic Dialogue.", "met", D(2024, 2, 1)),
    ("At the inaugural Strategic Dialogue on March 22, the two sides agreed to expand trade.",
     "at", D(2024, 3, 22)),
])
def test_event_verbs_and_dates(text, verb, date):
    (ev,) = [e for e in find_events(text, D(2024, 3, 28)) if e.polarity == "positive"]
    assert ev.verb == verb and ev.date_start == date and ev.key == "strategic-dialogue"


@pytest.mark.parametrize("text", [
    "The Strategic Dialogue will be held in Tokyo next month.",
    "The two sides agreed that the Strategic Dialogue would be convened early next year.",
    "The Strategic Dialogue is expected to be held in May.",
    "Both sides look forward to the next Strategic Dialogue.",
])
def test_future_is_not_an_event(text):
    assert not [e for e in find_events(text, D(2024, 3, 28)) if e.polarity == "positive"]


@pytest.mark.parametrize("text,negative", [
    ("The Strategic Dialogue has not yet been held.", "not_held"),
    ("The Strategic Dialogue, planned for June, was postponed to next year.", "postponed"),
    ("Asked about the Strategic Dialogue, he said: \"I don't think it's going to be this year.\"",
     "not_in_period"),
    ("The Strategic Dialogue was called off after the election.", "cancelled"),
])
def test_negative_evidence(text, negative):
    evs = [e for e in find_events(text, D(2024, 3, 28)) if e.polarity == "negative"]
    assert evs and evs[0].negative == negative and evs[0].key == "strategic-dialogue"






def test_numbered_series_next_is_one_more():
    c = promise(1, D(2018, 3, 27), "next meeting of the Joint Working Group on Critical Minerals",
           (D(2019, 1, 1), D(2019, 4, 30)), action="hold", source_id=1)
    s1 = report(1, D(2018, 3, 27), "The 15th Meeting of the Joint Working Group on Critical Minerals "
              "was held in Ottawa on March 26, 2018.")
    wrong = report(2, D(2019, 3, 1), "The 17th Meeting of the Joint Working Group on Critical "
                 "Minerals was held in Lima on February 20, 2019.")
    right = report(3, D(2019, 3, 14), "The Sixteenth Meeting of the Joint Working Group on Critical "
                 "Minerals took place in Santiago on March 12, 2019.")
    sg = suggest([c], [s1, wrong, right])
    assert [(s.source_id, s.kind, s.event_date) for s in sg] == [(3, "fulfils", D(2019, 3, 12))]
    assert "ordinal 16 = 16" in sg[0].reason and "(on time)" in sg[0].reason


def test_late_and_superseded_by_a_newer_promise():
    old = promise(1, D(2022, 1, 12), "Ministerial-level Homeland Security Dialogue",
             (D(2022, 1, 12), D(2022, 12, 31)), action="hold")
    src = report(9, D(2024, 2, 28), "The Homeland Security Dialogue was held in Delhi on February 27, 2024.")
    (late,) = suggest([old], [src])
    assert late.kind == "fulfils" and "(late)" in late.reason
    new = promise(2, D(2023, 11, 10), "next edition of the Homeland Security Dialogue",
             (D(2024, 1, 1), D(2024, 12, 31)), action="hold")
    sg = suggest([old, new], [src])
    assert [(s.commitment_id, s.kind) for s in sg] == [(2, "fulfils")]


def test_only_the_first_event_after_the_promise_fulfils_it():
    c = promise(1, D(2023, 1, 1), "Cyber Dialogue", (D(2023, 1, 1), D(2023, 12, 31)), action="hold")
    a = report(1, D(2023, 3, 2), "The Cyber Dialogue was held in Paris on March 1, 2023.")
    b = report(2, D(2023, 9, 2), "The Cyber Dialogue was held in Rome on September 1, 2023.")
    assert [s.source_id for s in suggest([c], [a, b])] == [1]
    assert [s.source_id for s in suggest([c], [b, a])] == [1]


def test_event_before_promise_or_other_countries_do_not_match():
    c = promise(1, D(2023, 6, 1), "Japan-Korea Maritime Security Dialogue",
           (D(2023, 6, 1), D(2023, 12, 31)), action="hold")
    before = report(1, D(2023, 6, 1), "The Japan-Korea Maritime Security Dialogue was held on May 30, 2023.")
    other = report(2, D(2023, 9, 1), "The Vietnam-Philippines Maritime Security Dialogue was held "
                 "in Hanoi on August 30, 2023.")
    assert suggest([c], [before, other]) == []


def test_restatement_links_later_promise_to_earlier():
    c1 = promise(1, D(2023, 2, 10), "new Defence Cooperation Agreement", (D(2023, 2, 10), D(2023, 12, 31)),
            action="sign", actors=("Indonesia", "Australia"))
    c2 = promise(2, D(2023, 7, 5), "Defence Cooperation Agreement", (D(2023, 7, 5), D(2023, 12, 31)),
            action="sign", actors=("Indonesia", "Australia"))
    sg = suggest([c1, c2], [])
    assert [(s.commitment_id, s.kind, s.source_id, s.event_date) for s in sg] == [
        (1, "restates", c2.source_id, D(2023, 7, 5))]
    # a promise made after the old one lapsed is a new deliverable, not a restatement; it tells the old
    # window passed without the signing (match._signed_again, fortieth blind check)
    c3 = promise(3, D(2024, 3, 1), "Defence Cooperation Agreement", (D(2024, 3, 1), D(2024, 12, 31)),
            action="sign", actors=("Indonesia", "Australia"))
    assert [s.kind for s in suggest([c1, c3], []) if s.commitment_id == 1] == ["missed"]


def test_a_promise_restated_in_every_readout_keeps_the_first_two_and_the_latest():
    agreement = ("new Defence Cooperation Agreement", (D(2023, 2, 10), D(2023, 12, 31)))
    c1 = promise(1, D(2023, 2, 10), *agreement, action="sign", actors=("Indonesia", "Australia"))
    later = [promise(i, D(2023, 2 + i, 5), "Defence Cooperation Agreement",
                (D(2023, 2 + i, 5), D(2023, 12, 31)), action="sign",
                actors=("Indonesia", "Australia")) for i in range(2, 9)]
    restated = [(s.source_id, s.event_date) for s in suggest([c1, *later], [], only={1})
                if s.kind == "restates"]
    assert restated == [(102, D(2023, 4, 5)), (103, D(2023, 5, 5)), (108, D(2023, 10, 5))]
    # the same whatever order the sources come in
    assert [(s.source_id, s.event_date) for s in suggest([c1, *reversed(later)], [], only={1})
            if s.kind == "restates"] == restated


def test_missed_from_not_this_year():
    c = promise(1, D(2023, 1, 24), "next Brazil-Argentina Summit", (D(2023, 1, 24), D(2023, 12, 31)),
           action="hold")
    s = report(2, D(2023, 10, 2), "The planned Brazil-Argentina Summit has slipped. \"I don't think "
             "it's going to be this year,\" the minister said.")
    (sg,) = suggest([c], [s])
    assert sg.kind == "missed" and sg.event_date is None


def test_the_meeting_after_a_promise_of_the_next_edition_is_the_one_reported():
    """A readout's closing "The meeting was held in a cordial atmosphere" after the next
    edition was promised refers to the meeting it reports (the 4th), not the 5th: it takes
    the reported one's number and day, and fulfils no earlier promise of the 5th."""
    text = ("The 4th Kenya-Ghana Joint Commission was held in Accra on May 3, 2024. Kenya and "
            "Ghana agreed to hold the 5th Kenya-Ghana Joint Commission in Nairobi in 2025. "
            "The meeting was held in a cordial atmosphere.")
    held = [(e.ordinal, e.date_start) for e in find_events(text, D(2024, 5, 4))
            if e.polarity == "positive"]
    assert held == [(4, D(2024, 5, 3)), (4, D(2024, 5, 3))]
    fifth = promise(1, D(2023, 6, 1), "5th Kenya-Ghana Joint Commission",
               (D(2023, 6, 1), D(2025, 12, 31)), action="hold", actors=("Kenya", "Ghana"))
    assert suggest([fifth], [report(2, D(2024, 5, 4), text)]) == []


def test_any_written_ordinal_before_a_meeting_refers_back():
    """'the sixth meeting', 'the twenty-first session': every ordinal bodies.ORDINAL_RE reads
    (it was first to fifth and numerals only) makes the phrase refer back to the body."""
    from tracker.linking.events import _ANAPHORA

    for phrase in ("The sixth meeting was held in Accra.", "The twenty-first session ended.",
                   "Its 112th meeting took place.", "The inaugural meeting was held."):
        assert _ANAPHORA.search(phrase), phrase
