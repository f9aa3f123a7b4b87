"""Readings added in the second linking pass after the twelfth blind check: a country named only as
the venue is no party, a past occasion named by a noun phrase, and meetings called off. Tested on
sentences written for these tests (Kenya and Ghana are the invented parties); nothing of the blind
sets' texts is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import find_events, load_registry, suggest
from tracker.linking.events import (
    ENDED_WITHOUT,
    PEOPLE_MEETING_OFF,
    VENUE_EXAMPLE,
    ended_without_outcome,
    is_people_meeting_off,
    venue_only,
)

D = dt.date
MADE = D(2031, 3, 30)
PUB = D(2031, 4, 6)


def _fulfils(sugs: list, cid: int = 1) -> list:  # type: ignore[type-arg]
    return [s for s in sugs if s.commitment_id == cid and s.kind in ("fulfils", "partially_fulfils")]


# --- a country named only as the venue is no party ---------------------------------------------


def test_the_venue_example_names_its_country_only_as_the_venue() -> None:
    text, venue = VENUE_EXAMPLE
    reg = load_registry()
    assert venue_only(text, frozenset({"kenya", "ghana", venue}), frozenset(), reg) == {venue}


def test_a_venue_country_named_as_a_party_stays() -> None:
    reg = load_registry()
    text = "Kenya, Ghana and Ethiopia held talks in Addis Ababa on Monday."
    assert venue_only(text, frozenset({"kenya", "ghana", "ethiopia"}), frozenset(), reg) == frozenset()


def test_one_other_party_keeps_the_venue() -> None:
    reg = load_registry()
    text = "The Kenyan delegation held talks in Accra on Monday."
    assert venue_only(text, frozenset({"kenya", "ghana"}), frozenset(), reg) == frozenset()


_MEDIATED = ("Kenyan President William Ruto and Ghanaian President Kofi Mensah agreed to start work on a "
             "border treaty during a trilateral summit hosted by Nigerian President Bola Tinubu in Addis "
             "Ababa on April 6.")


def test_mediated_talks_in_a_third_country_have_the_parties_and_the_mediator() -> None:
    (ev,) = [e for e in find_events(_MEDIATED, PUB) if e.polarity == "positive"]
    assert ev.countries == {"kenya", "ghana", "nigeria"}
    (held,) = find_events("Kenya and Ghana held talks in Addis Ababa on April 6.", PUB)
    assert held.countries == {"kenya", "ghana"}


def test_mediated_talks_in_a_third_country_keep_a_promise_to_meet() -> None:
    c = promise(1, MADE, "Ruto-Mensah-Tinubu meeting in Addis Ababa", (D(2031, 4, 6), D(2031, 4, 6)),
                action="meet", actors=("Kenya and Ghana leaders", "Nigerian President (mediator)"),
                quote="President William Ruto of Kenya and President Kofi Mensah of Ghana will meet in "
                      "Addis Ababa on April 6 in another round of talks mediated by Nigerian President "
                      "Bola Tinubu.")
    assert [s.source_id for s in _fulfils(suggest([c], [report(2, PUB, _MEDIATED)]))] == [2]


# --- a meeting of people called off ---------------------------------------------------------------


@pytest.mark.parametrize("row", PEOPLE_MEETING_OFF, ids=lambda r: r.example[:40])
def test_a_meeting_of_people_called_off_is_negative_evidence(row) -> None:  # type: ignore[no-untyped-def]
    (ev,) = find_events(row.example, PUB)
    assert is_people_meeting_off(ev) and ev.negative == row.kind


@pytest.mark.parametrize("text", ["If the meeting between Ruto and Mensah will not take place, talks resume.",
                                  "We regret that the meeting will not take place.",
                                  "The meeting of the committee on Monday was cancelled."])
def test_no_people_no_conditional_no_meeting_called_off(text: str) -> None:
    assert not any(is_people_meeting_off(e) for e in find_events(text, PUB))


def _meet(due: tuple[dt.date | None, dt.date | None], where: str = "Accra") -> object:
    return promise(1, D(2031, 3, 1), f"Ruto-Mensah meeting in {where}", due, action="meet",
                   actors=("Kenya and Ghana leaders",),
                   quote=f"President William Ruto of Kenya and President Kofi Mensah of Ghana will meet in {where}.")


_OFF = PEOPLE_MEETING_OFF[0].example  # (published 6 April; planned "for the end of May")


def _missed(c: object, text: str = _OFF, pub: dt.date = PUB) -> list[int | None]:
    return [s.source_id for s in suggest([c], [report(2, pub, text)]) if s.kind == "missed"]


def test_a_meeting_of_the_parties_called_off_misses_the_promised_meeting() -> None:
    assert _missed(_meet((D(2031, 5, 1), D(2031, 5, 31)))) == [2]


def test_called_off_long_after_the_window_is_another_meeting() -> None:
    assert _missed(_meet((D(2031, 1, 1), D(2031, 2, 15))), pub=D(2031, 9, 1)) == []


def test_with_no_window_the_venue_must_be_the_promised_host() -> None:
    text = ("Kenyan President William Ruto has cancelled a planned meeting with Ghanaian President Kofi "
            "Mensah which was due to take place on Thursday in the Togolese capital of Lome.")
    assert _missed(_meet((None, None), "Togo"), text) == [2]
    assert _missed(_meet((None, None), "Togo")) == []  # (no venue named)
    assert _missed(_meet((None, None), "Benin"), text) == []


# --- a meeting that ended without agreement: the decision promised at it was not made -----------


@pytest.mark.parametrize("row", ENDED_WITHOUT, ids=lambda r: r.example[:40])
def test_a_meeting_ended_without_agreement_is_held_and_read_so(row) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in find_events(row.example, D(2031, 5, 10)) if e.polarity == "positive"]
    assert evs and all(ended_without_outcome(e) for e in evs)


def _decide(action: str = "decide", where: str = "at a high-level meeting in Accra on May 6",
            verb: str = "decided") -> object:
    return promise(1, D(2031, 4, 30), f"the rules of the truce, {where}", (D(2031, 5, 6), D(2031, 5, 6)),
                   action=action, actors=("Kenya and Ghana",),
                   quote=f"The rules of the truce between Kenya and Ghana will be {verb} {where}.")


_NO_DEAL = "The Kenya-Ghana talks ended in Accra on Friday without any agreement."


def test_a_decision_promised_at_a_meeting_that_ended_without_agreement_was_missed() -> None:
    sugs = suggest([_decide()], [report(2, D(2031, 5, 10), _NO_DEAL)])  # (Friday: 9 May)
    assert [s.source_id for s in sugs if s.kind == "missed"] == [2]


def test_no_decision_or_no_meeting_or_too_late_no_miss() -> None:
    pub = D(2031, 5, 10)
    assert [s for s in suggest([_decide("meet", verb="discussed")], [report(2, pub, _NO_DEAL)]) if s.kind == "missed"] == []
    assert [s for s in suggest([_decide(where="by May 6")], [report(2, pub, _NO_DEAL)]) if s.kind == "missed"] == []
    late = D(2031, 6, 21)
    assert [s for s in suggest([_decide()], [report(2, late, _NO_DEAL)]) if s.kind == "missed"] == []


def test_a_meeting_promised_to_decide_a_matter_is_not_kept_by_one_that_ended_without_agreement() -> None:
    c = promise(1, D(2031, 4, 30), "high-level meeting in Accra", (D(2031, 5, 9), D(2031, 5, 9)), action="hold",
                actors=("Kenya", "Ghana"),
                quote="The rules of the truce between Kenya and Ghana will be examined and decided at a "
                      "high-level meeting in Accra on May 9.")
    r = report(2, D(2031, 5, 10), "The Kenya-Ghana talks began in Accra on Friday. " + _NO_DEAL)
    sugs = suggest([c], [r])
    assert [(s.source_id, s.kind) for s in sugs] == [(2, "missed")]
