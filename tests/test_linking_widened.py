"""Readings widened for dialogues the corpus has not shown: a welcome at any named seat of
government, military honours, the red carpet and a visitor received by the host (``events._VISITS``,
whose every row ``tests/test_linking_visits.py`` runs); the ordinary kinds and heads of a
lower-case agreement (``bodies.LOWER_AGREEMENT_KINDS`` / ``LOWER_AGREEMENT_HEADS``); a summit on an
agreement (``bodies._OCCASION_HEADS``); the agreement heads (``bodies.AGREEMENT_HEADS``). Every
sentence is written for these tests (Kenya and Ghana are the invented parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import find_bodies, find_events, load_registry, suggest
from tracker.linking.bodies import (
    AGREEMENT_HEADS,
    LOWER_AGREEMENT_HEADS,
    LOWER_AGREEMENT_KINDS,
    head_class,
)
from tracker.linking.events import is_meeting_visit, is_visit

D = dt.date
PUB = D(2025, 3, 7)


def _visits(text: str) -> list[tuple[str, str]]:
    return [(e.verb, e.object_text) for e in find_events("Kenya and Ghana. " + text, PUB)
            if is_visit(e) and e.polarity == "positive"]


# --- welcomes ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "verb"), [
    # any named seat of government, not only State House (``events._SEAT``)
    ("Kenyan President Ruto was accorded a state welcome at Jubilee House in Accra on Monday.",
     "accorded a welcome"),
    ("A welcome ceremony was held for Kenyan President Ruto at Jubilee House, Accra, on Monday.",
     "welcome ceremony"),
    ("Kenyan President Ruto was given a red-carpet welcome at the Palace of the Nation in Accra on Monday.",
     "accorded a welcome"),
    ("Kenyan President Ruto was welcomed with full military honours at Jubilee House in Accra on Monday.",
     "guard of honour"),
    ("Kenyan President Ruto received a 21-gun salute at Jubilee House in Accra on Monday.", "guard of honour"),
    ("The red carpet was rolled out for Kenyan President Ruto at Jubilee House in Accra on Monday.",
     "red carpet"),
    ("Kenyan President Ruto was received by his Ghanaian counterpart at Jubilee House in Accra on 3 March.",
     "received by the host"),
    ("Kenyan President Ruto was greeted upon his arrival in Accra on Monday by Ghanaian officials.",
     "received on arrival"),
])
def test_a_welcome_at_a_named_seat_reports_the_visit(text: str, verb: str) -> None:
    assert _visits(text) == [(verb, "visit to Accra")]


@pytest.mark.parametrize("text", [
    "Kenyan President Ruto will inspect a guard of honour at Jubilee House in Accra on Monday.",
    "Ghana will roll out the red carpet for Kenyan President Ruto at Jubilee House in Accra on Monday.",
    "Kenyan President Ruto is to be received by the Ghanaian president at Jubilee House in Accra next week.",
    # approval, not a visit: no date of its own
    "The proposal was welcomed by the Ghanaian president in Accra.",
    # a named building that is no country and no capital
    "Kenyan President Ruto inspected a guard of honour at Jubilee House in Kumasi on Monday.",
])
def test_what_is_no_welcome_of_a_visitor(text: str) -> None:
    assert _visits(text) == []


def test_the_red_carpet_is_no_launch() -> None:
    text = "Ghana rolled out the red carpet for Kenyan President Ruto at Jubilee House, Accra, on Monday."
    assert [e.action for e in find_events("Kenya and Ghana. " + text, PUB)] == ["meet"]


def test_a_visitor_received_by_the_host_met_the_host() -> None:
    text = "Kenyan President Ruto was received by the Ghanaian president at Jubilee House in Accra on 3 March."
    (ev,) = [e for e in find_events(text, PUB) if is_visit(e)]
    assert is_meeting_visit(ev) and ev.countries == {"kenya", "ghana"} and ev.date_start == D(2025, 3, 3)


def test_a_guard_of_honour_fulfils_the_promised_visit() -> None:
    c = promise(1, D(2025, 1, 10), "Ghana", (D(2025, 3, 1), D(2025, 3, 31)), action="visit",
                actors=("Kenya",), quote="President Ruto will pay a state visit to Ghana in March 2025.")
    r = report(2, PUB, "Kenyan President Ruto inspected a guard of honour at Jubilee House in Accra on Monday.")
    sg = [s for s in suggest([c], [r]) if s.kind == "fulfils"]
    assert len(sg) == 1 and sg[0].timeliness == "on_time"


# --- lower-case agreements ------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "example"), LOWER_AGREEMENT_HEADS)
def test_lower_case_agreement_heads(head: str, example: str) -> None:
    ms = find_bodies(example, load_registry())
    assert len(ms) == 1 and head_class(ms[0].head or ms[0].key) == "agreement" and len(ms[0].key.split()) >= 2
    assert len(ms[0].text.split()) >= 2  # (the kind with its head: "cooperation MoU", not "MoU")


def test_two_kinds_joined_name_one_agreement() -> None:
    (m,) = find_bodies("Kenya and Ghana signed a peace and security agreement in Accra.", load_registry())
    assert m.text == "peace and security agreement" and m.key == "agreement peace security"


@pytest.mark.parametrize("text", [
    "Kenya and Ghana will sign a landmark protocol.",
    "Kenya and Ghana welcomed a new deal.",
    # a kind after another word keeps the fuller name to the name readers
    "Kenya and Ghana signed a strategic cooperation memo in Accra.",
])
def test_no_lower_case_agreement_without_a_kind(text: str) -> None:
    assert not find_bodies(text, load_registry())


@pytest.mark.parametrize(("kind", "example"), [r for r in LOWER_AGREEMENT_KINDS if "sign" in r[1]])
def test_a_lower_case_agreement_signed_keeps_the_promise(kind: str, example: str) -> None:
    (m,) = find_bodies(example, load_registry())
    c = promise(1, D(2031, 1, 10), m.text, (D(2031, 1, 10), D(2031, 12, 31)), action="sign",
                actors=("Kenya", "Ghana"), quote=f"Kenya and Ghana will sign a {m.text} this year.")
    r = report(2, D(2031, 9, 17), f"Kenya and Ghana signed a {m.text} in Accra on 15 September.")
    assert [s.kind for s in suggest([c], [r])] == ["fulfils"]


@pytest.mark.parametrize("head", AGREEMENT_HEADS)
def test_every_agreement_head_makes_an_agreement(head: str) -> None:
    assert head_class(f"kenya ghana {head}") == "agreement"


@pytest.mark.parametrize("head", AGREEMENT_HEADS)
def test_a_plural_agreement_head_makes_an_agreement(head: str) -> None:
    plural = head[:-1] + "ies" if head.endswith("y") else head + "s"
    assert head_class(f"kenya ghana {plural}") == "agreement"


@pytest.mark.parametrize("name", ["kenya ghana impact summit", "ideal partners forum",
                                  "kenya ghana treatment conference", "mounted police dialogue"])
def test_an_agreement_head_inside_another_word_makes_no_agreement(name: str) -> None:
    assert head_class(name) == "meeting"


# --- a summit about an agreement -------------------------------------------------------------------

def test_a_summit_on_an_agreement_is_the_summit_and_the_agreement() -> None:
    text = "The Kenya-Ghana Summit on the Peace Agreement was held in Nairobi on 3 March."
    assert [(m.text, m.key) for m in find_bodies(text, load_registry())] == [
        ("Kenya-Ghana Summit", "summit"), ("Peace Agreement", "agreement peace")]
    assert [(e.action, e.key) for e in find_events(text, PUB)] == [("meet", "summit")]


def test_a_round_of_talks_on_an_agreement_keeps_its_name() -> None:
    text = "Kenya and Ghana held the second round of Talks on the Kenya-Ghana Fisheries Agreement in Accra."
    assert [(m.key, m.part, m.ordinal) for m in find_bodies(text, load_registry())] == [
        ("agreement fisheries", "round", 2)]


@pytest.mark.parametrize("name", ["Peace Agreement", "Nairobi Declaration", "Fisheries Protocol", "Trade Deal"])
def test_a_meeting_on_an_agreement_of_any_head_is_two_bodies(name: str) -> None:
    text = f"The Kenya-Ghana Joint Mechanism Meeting on the {name} was held in Nairobi on 3 March."
    ms = find_bodies(text, load_registry())
    assert [m.text for m in ms][-1] == name and head_class(ms[-1].head or ms[-1].key) == "agreement"
    assert ms[0].head == "Meeting"
