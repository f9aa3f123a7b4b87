"""Readings of the thirty-ninth blind check (docs/accuracy.md): a facility put into service in the
words of many officials' English ("will come into operation", "will enter service"), an auction or a
hearing as an occasion held on a day, the date of any occasion set by a party, a state's regulator as
the party that acts, a deadline given "till" a day or moved "from 30 June to 29 August", and reports of
a facility put into service; on invented Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from linked import promise, report
from tracker.extract import windows
from tracker.extract.tables import AGENT_WORDS, EVENT_NOUNS
from tracker.linking import load_registry, suggest
from tracker.linking.events import find_events

MADE = dt.date(2030, 1, 10)

promises = commitments_published(MADE)


# --- a facility put into service (tables.THING_ONSETS) -----------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("The Kisumu airport would come into operation from early 2031, the minister said.",
     dt.date(2031, 1, 1), dt.date(2031, 4, 30)),
    ("The new Lamu terminal will go into service in June.", dt.date(2030, 6, 1), dt.date(2030, 6, 30)),
    ("Kenya's first Mombasa ferry will enter service in 2032.", dt.date(2032, 1, 1), dt.date(2032, 12, 31)),
])
def test_a_facility_put_into_service_is_opened_then(text: str, start: dt.date, end: dt.date) -> None:
    (c,) = promises(text)
    assert (c.action, c.due_start, c.due_end) == ("open", start, end)


def test_a_facility_that_came_into_operation_promises_nothing() -> None:
    assert promises("The Kisumu airport came into operation on 1 January.") == []


# --- an auction or a hearing held on a day (tables.EVENT_NOUNS) -------------------------------

def test_an_auction_and_a_hearing_are_occasions() -> None:
    assert {"auction", "auctions", "hearing", "hearings"} <= EVENT_NOUNS
    assert "census" not in EVENT_NOUNS  # (tried and dropped: a set never read moved the wrong way)


@pytest.mark.parametrize(("text", "day"), [
    ("The Kenyan spectrum auction will take place on 8 March.", dt.date(2030, 3, 8)),
    ("The auction of the Lamu oil blocks is scheduled for 4 November.", dt.date(2030, 11, 4)),
    ("A public hearing on the new rules will take place in Nairobi on 5 December.", dt.date(2030, 12, 5)),
])
def test_an_occasion_held_on_a_day_is_promised_for_it(text: str, day: dt.date) -> None:
    (c,) = promises(text)
    assert (c.action, c.due_start, c.due_end) == ("hold", day, day)


def test_an_auction_held_is_no_promise() -> None:
    assert promises("The Kenyan spectrum auction took place on 8 January.") == []


# --- the date of any occasion set by a party (patterns "set_date_for") ------------------------

def test_a_party_scheduling_an_auction_promises_it_for_that_day() -> None:
    (c,) = promises("Kenya has scheduled the country's auction of 5G spectrum for Nov. 4, the minister said.")
    assert (c.action, c.due_start, c.due_end) == ("hold", dt.date(2030, 11, 4), dt.date(2030, 11, 4))
    assert c.actors == ["Kenya"] and "auction" in c.subject


def test_scheduling_a_thing_that_is_no_occasion_promises_nothing() -> None:
    assert promises("Kenya has scheduled the payment for Nov. 4.") == []


# --- a state's regulator acts for it (tables.AGENT_WORDS) -------------------------------------

def test_a_regulator_is_the_party_that_acts() -> None:
    assert {"regulator", "regulators"} <= AGENT_WORDS
    (c,) = promises("The Kenyan regulator will hold the spectrum auction in June.")
    assert c.actors == ["Kenya"] and (c.due_start, c.due_end) == (dt.date(2030, 6, 1), dt.date(2030, 6, 30))


# --- a deadline given till a day (patterns "has_until") ---------------------------------------

@pytest.mark.parametrize(("text", "end"), [
    ("Kenya has till February 9, 2031 to sign the deal.", dt.date(2031, 2, 9)),
    ("Kenya has up to December 2030 to sign the deal.", dt.date(2030, 12, 31)),
    ("The bondholders have up until August 24 to formalise their adherence.", dt.date(2030, 8, 24)),
])
def test_a_deadline_given_till_a_day_is_a_promise_by_then(text: str, end: dt.date) -> None:
    (c,) = promises(text)
    assert (c.due_start, c.due_end) == (MADE, end)


# --- a date moved "from 30 June to 29 August" (core._moved_to_in_range, windows.tail_of) -------

@pytest.mark.parametrize("text", [
    "The deadline for the Lamu pipeline has now been moved from 30 June to 29 August 2031.",
    "The deadline for the Lamu pipeline was extended from 30 June to 29 August 2031.",
    "Kenya has moved the deadline for the Lamu pipeline from 30 June to 29 August 2031.",
])
def test_a_deadline_moved_from_one_day_to_another_is_due_by_the_new_one(text: str) -> None:
    (c,) = promises(text)
    assert c.action == "complete" and c.subject == "Lamu pipeline"
    assert (c.due_start, c.due_end) == (MADE, dt.date(2031, 8, 29))


def test_the_tail_of_a_range_is_read_on_its_own() -> None:
    text = "moved from 30 June to 29 August 2031"
    (span,) = windows.find_all(text, MADE)
    assert (span.due_start, span.due_end) == (dt.date(2031, 6, 30), dt.date(2031, 8, 29))  # one range
    at = text.index("29 August")
    (tail,) = windows.tail_of(span, at, MADE)
    assert (tail.start, tail.end, tail.due_start) == (at, len(text), dt.date(2031, 8, 29))


# --- a facility put into service, reported (linking.events.STARTED_WORKING, _object_text) -----

def test_a_facility_reported_in_service_keeps_the_promise_to_open_it() -> None:
    c = promise(1, MADE, "Kisumu International Airport", (dt.date(2031, 1, 1),) * 2, action="open",
                actors=("Kenya",),
                quote="The Kisumu International Airport will come into operation on 1 January 2031.")
    r = report(2, dt.date(2031, 1, 2), "The Kisumu International Airport came into operation on 1 January.")
    (s,) = suggest([c], [r], load_registry())
    assert s.kind == "fulfils" and s.event_date == dt.date(2031, 1, 1)


def test_a_passive_subject_before_a_noun_set_off_by_commas_is_what_was_done() -> None:
    (ev, *_) = find_events("The newly-built Kisumu International Airport, the third international airport in "
                           "Kenya, was inaugurated by President Ruto at a special ceremony.", dt.date(2031, 1, 2))
    assert ev.action == "launch" and ev.object_text == "The newly-built Kisumu International Airport"


# --- an occasion a government holds on its own, reported (linking.events.STATE_OCCASION_WORDS) ---

@pytest.mark.parametrize(("text", "obj"), [
    ("Kenya on Tuesday carried out an auction of 5G spectrum.", "an auction of 5G spectrum."),
    ("The Kenyan spectrum auction was held on 24 August.", "The Kenyan spectrum auction"),
    ("Ghana conducted its national census on 24 August.", "its national census"),
])
def test_an_occasion_one_government_holds_is_reported_by_its_noun(text: str, obj: str) -> None:
    (ev,) = find_events(text, dt.date(2031, 9, 1))
    assert (ev.action, ev.polarity, ev.object_text) == ("meet", "positive", obj)


@pytest.mark.parametrize("text", [
    "Kenya carried out reforms of its telecoms law on Tuesday.",  # (no occasion: no report)
    "This will be the first ever spectrum auction held in Kenya.",  # (a future "be": yet to happen)
])
def test_no_occasion_held_is_read_there(text: str) -> None:
    assert find_events(text, dt.date(2031, 9, 1)) == []


def test_an_auction_promised_is_kept_by_the_auction_carried_out() -> None:
    c = promise(1, MADE, "5G spectrum auction", (dt.date(2031, 1, 1), dt.date(2031, 3, 31)), action="hold",
                actors=("Kenya",), quote="Kenya will hold the 5G spectrum auction in the first quarter of 2031.")
    r = report(2, dt.date(2031, 3, 10), "Kenya on Tuesday carried out an auction of 5G spectrum.")
    (s,) = suggest([c], [r], load_registry())
    assert (s.kind, s.event_date, s.timeliness) == ("fulfils", dt.date(2031, 3, 4), "on_time")


# --- a facility put into service after "be", a thing's "is going to" (THING_ONSETS, SCHEDULE_WORDS) ---

@pytest.mark.parametrize("text", [
    "The Kisumu airport is going to be officially brought into operation from January 1, 2031.",
    "The Kisumu airport will be put into service on January 1, 2031.",
    "The Kisumu airport is going to open on January 1, 2031.",
])
def test_a_facility_brought_into_operation_is_opened_then(text: str) -> None:
    (c,) = promises(text)
    assert (c.action, c.due_start, c.due_end) == ("open", dt.date(2031, 1, 1), dt.date(2031, 1, 1))


@pytest.mark.parametrize("text", [
    "The economy is going to grow in 2031.",
    "It is going to be difficult to finish the Lamu road by 2031.",
])
def test_going_to_of_no_deliverable_promises_nothing(text: str) -> None:
    assert promises(text) == []


# --- a rate a government sets, taking effect or moved to a level on a day (INSTRUMENT_NOUNS, THING_ONSETS) ---

@pytest.mark.parametrize(("text", "action", "day"), [
    ("It said the new minimum wage will take effect from January 1, 2031 for all employers.",
     "bring into effect", dt.date(2031, 1, 1)),
    ("The Kenyan minimum wage will be raised to 120 shillings, effective on 1 March.", "raise",
     dt.date(2030, 3, 1)),
    ("The statutory minimum wage in Kenya is to rise to 120 shillings on October 1st.", "raise", dt.date(2030, 10, 1)),
])
def test_a_rate_set_for_a_day_is_a_promise_for_it(text: str, action: str, day: dt.date) -> None:
    (c,) = promises(text)
    assert (c.action, c.due_start, c.due_end) == (action, day, day)


@pytest.mark.parametrize("text", [
    "Kenya's minimum wage will rise to 120 shillings, the minister said.",  # (no day: a forecast)
    "Kenya's inflation will rise to 7% in 2031.",  # (no rate a government sets)
])
def test_a_level_without_a_day_or_a_rate_promises_nothing(text: str) -> None:
    assert promises(text) == []


def test_a_subject_before_an_irregular_participle_set_off_by_commas_is_what_began() -> None:
    (ev,) = find_events("The Kisumu International Airport, built at a former air base, began operating on "
                        "Monday with a domestic flight.", dt.date(2031, 3, 21))
    assert (ev.action, ev.object_text, ev.date_start) == ("launch", "The Kisumu International Airport",
                                                          dt.date(2031, 3, 17))


# --- the structural fallback: a thing promised is kept by a report of that thing, not by a meeting ---

@pytest.mark.parametrize("subject", ["another war-game maneuver on cyber crime", "a joint naval manoeuvre",
                                     "the annual war games"])
def test_an_exercise_is_named_in_the_singular_and_hyphenated_too(subject: str) -> None:
    from tracker.linking.match import deliverable_kinds
    assert deliverable_kinds(subject) == {"exercise"}


def test_the_thing_kinds_are_kinds_of_the_table() -> None:
    from tracker.linking.match import _THING_KINDS, DELIVERABLE_KINDS
    assert _THING_KINDS <= {kind for _rx, kind, _ex in DELIVERABLE_KINDS}


def test_hold_promises_a_meeting_only_with_an_occasion_held() -> None:
    from tracker.linking.match import _A_MEETING
    assert _A_MEETING.search("hold ; the next round")
    assert _A_MEETING.search("hold ; fifth edition")
    assert _A_MEETING.search("meet ; their counterparts")
    assert not _A_MEETING.search("hold ; reciprocal law enforcement training")


# --- a thing in another place (match._other_place) --------------------------------------------

@pytest.mark.parametrize(("report_text", "kept"), [
    ("The new Kenyan consulate in Kumasi was inaugurated on 4 November.", False),  # another city
    ("The new Kenyan consulate in Tamale was inaugurated on 4 November.", True),
    ("The new Kenyan consulate was inaugurated on 4 November.", True),  # (a place on one side only)
])
def test_a_consulate_promised_in_one_city_is_not_kept_by_one_opened_in_another(report_text: str, kept: bool) -> None:
    c = promise(1, MADE, "Kenyan consulate in Tamale", (MADE, dt.date(2030, 12, 31)), action="open",
                actors=("Kenya", "Ghana"), quote="Kenya will open a consulate in Tamale this year.")
    r = report(2, dt.date(2030, 11, 5), report_text)
    got = [s for s in suggest([c], [r], load_registry()) if s.kind == "fulfils"]
    assert bool(got) is kept
