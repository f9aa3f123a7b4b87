"""A meeting reported by who took part, when no series is named: "the two leaders met in Accra
on Friday", "after the pair met", "Ruto and his Ghanaian counterpart Mahama held a virtual
summit" (``events._met_by_participants``). Sentences written for these tests; Kenya and Ghana are
the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import find_events, suggest

D = dt.date
MADE = D(2031, 3, 1)
APRIL = (D(2031, 4, 1), D(2031, 4, 30))


PUB = D(2031, 4, 12)


def _met(text: str, pub: dt.date = PUB) -> list[tuple[str, str, dt.date | None]]:
    return [(e.verb, e.object_text, e.date_start) for e in find_events(text, pub)
            if e.action == "meet" and e.polarity == "positive" and e.body is None]


@pytest.mark.parametrize("text, what", [
    ("The two leaders met in Accra on Friday and discussed trade, Kenya's foreign ministry said.",
     "meeting of The two leaders"),
    ("Kenya and Ghana agreed to cut tariffs on tea after the pair met in Accra on Friday night.",
     "meeting of the pair"),
    ("Ruto and Mahama met in Accra on Friday to discuss trade between Kenya and Ghana.",
     "meeting of Ruto and Mahama"),
    (("President Ruto and his Ghanaian counterpart Mahama held a virtual summit on Friday, during which "
     "Kenya and Ghana signed four agreements."), "virtual summit"),
    ("The two foreign ministers of Kenya and Ghana held talks in Nairobi on Friday.", "talks"),
])
def test_a_meeting_reported_by_its_participants(text: str, what: str) -> None:
    assert [(obj, day) for _verb, obj, day in _met(text)] == [(what, D(2031, 4, 11))]


@pytest.mark.parametrize("text", [
    "The two leaders will meet in Accra on Friday.",  # announced
    "The two sides held a phone call on Monday.",  # a call is no meeting
    "The two leaders did not meet in Accra.",  # negated: no positive report
    "The ministers of Kenya and Ghana discussed trade on Friday.",  # no meeting verb
])
def test_no_meeting_of_participants(text: str) -> None:
    assert _met(text) == []


def test_the_leaders_meeting_keeps_a_promise_to_meet_with_no_series() -> None:
    c = promise(1, MADE, "President Mahama of Ghana in Accra", APRIL, action="meet", actors=("Kenya", "Ghana"),
                quote="President Ruto of Kenya will meet President Mahama of Ghana in Accra in April.")
    r = report(2, D(2031, 4, 12), "The two leaders met in Accra on Friday and discussed trade, Kenya's "
                                  "foreign ministry said.", title="Kenya and Ghana leaders meet")
    (sg,) = [s for s in suggest([c], [r]) if s.kind == "fulfils"]  # type: ignore[list-item]
    assert sg.source_id == 2 and "same kind (leaders)" in sg.reason and sg.timeliness == "on_time"


def test_a_participants_meeting_of_another_kind_keeps_no_ministers_promise() -> None:
    """The leaders' meeting is not the trade ministers' promised meeting."""
    c = promise(1, MADE, "a meeting of the trade ministers", APRIL, action="hold", actors=("Kenya", "Ghana"),
                quote="The Kenyan and Ghanaian trade ministers will hold a meeting in April.")
    r = report(2, D(2031, 4, 12), "The two leaders met in Accra on Friday and discussed trade, Kenya's "
                                  "foreign ministry said.")
    assert [s for s in suggest([c], [r]) if s.kind == "fulfils"] == []  # type: ignore[list-item]


def test_who_met_keeps_no_promise_of_a_named_series() -> None:
    """ "the two foreign ministers met on the sidelines" is not their Joint Commission."""
    c = promise(1, MADE, "the Kenya-Ghana Joint Commission", APRIL, action="hold", actors=("Kenya", "Ghana"),
                quote="The Kenyan and Ghanaian foreign ministers will hold the Kenya-Ghana Joint Commission in April.")
    r = report(2, D(2031, 4, 12), "The two foreign ministers of Kenya and Ghana met on the sidelines of the "
                                  "Commonwealth meeting on Friday.")
    assert [s for s in suggest([c], [r]) if s.kind == "fulfils"] == []  # type: ignore[list-item]


# --- more ways a report names who met ---------------------------------------------------------------

@pytest.mark.parametrize("text, verb, what", [
    ("The foreign ministers of Kenya and Ghana met in Nairobi on Friday.", "met",
     "meeting of The foreign ministers of Kenya and Ghana"),
    # (a meeting with a foreign counterpart in a capital is also a visit there: events._WHOM)
    ("Kenya's foreign minister met her Ghanaian counterpart in Nairobi on Friday.",
     ("met there", "met"), ("visit to Nairobi", "meeting of counterparts")),
    ("President Mahama of Ghana was received by President Ruto of Kenya at State House in Nairobi on Friday.",
     "was received", "visit to Nairobi"),
    ("President Ruto of Kenya hosted President Mahama of Ghana in Nairobi on Friday.", "welcomed a visitor",
     "visit to Nairobi"),
])
def test_more_ways_of_naming_who_met(text: str, verb: str | tuple[str, ...], what: str | tuple[str, ...]) -> None:
    got = [(e.verb, e.object_text, e.date_start) for e in find_events(text, PUB)
           if e.action == "meet" and e.polarity == "positive"]
    verbs, whats = (verb, what) if isinstance(verb, tuple) else ((verb,), (what,))
    assert got == [(v, w, D(2031, 4, 11)) for v, w in zip(verbs, whats, strict=True)]


def test_held_talks_with_a_named_person_is_that_persons_meeting() -> None:
    evs = [e for e in find_events("President Ruto held talks with President Mahama in Accra on Friday.", PUB)
           if e.action == "meet"]
    # (also Mahama's meetings and a meeting of the two: events.PEOPLE_MET)
    (ev,) = [e for e in evs if e.body is not None and e.body.label == "Ruto's meetings"]
    assert ev.body is not None and ev.body.label == "Ruto's meetings" and ev.date_start == D(2031, 4, 11)
