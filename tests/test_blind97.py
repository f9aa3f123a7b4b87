"""Readings of the thirty-seventh blind check (docs/accuracy.md): cultural occasions (a festival, an
exhibition, a year of culture) promised, reported and kept; works begun by their builder ("will break
ground on"); an instrument that begins on a calendar date; "in the near-term"; on invented Kenya/Ghana
text."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from linked import promise, report
from tracker.domain.lexicon import CULTURAL_OCCASIONS
from tracker.extract.tables import EVENT_NOUNS
from tracker.linking import load_registry, suggest
from tracker.linking.match import deliverable_kinds
from tracker.temporal import find_all

MADE = dt.date(2030, 1, 10)
ON = dt.date(2030, 5, 20)


promises = commitments_published(MADE)


# --- cultural occasions (lexicon.CULTURAL_OCCASIONS) -------------------------------------------

@pytest.mark.parametrize("name", sorted(CULTURAL_OCCASIONS))
def test_each_cultural_occasion_promised_is_read_with_its_window(name: str) -> None:
    (c,) = promises(CULTURAL_OCCASIONS[name])
    assert name.split()[0] in c.subject.lower()
    assert c.due_start is not None and c.due_end is not None


@pytest.mark.parametrize("name", sorted(CULTURAL_OCCASIONS))
def test_each_cultural_occasion_is_its_own_kind_of_deliverable(name: str) -> None:
    assert "cultural" in deliverable_kinds(f"the Kenya-Ghana {name}")
    assert "cultural" not in deliverable_kinds("the Kenya-Ghana summit")


def test_the_one_word_cultural_occasions_are_event_nouns_to_extraction() -> None:
    one_word = {n for n in CULTURAL_OCCASIONS if " " not in n}
    assert one_word and one_word <= EVENT_NOUNS and {n + "s" for n in one_word} <= EVENT_NOUNS
    assert "year" not in EVENT_NOUNS  # (a year is an occasion only by its name: "year of culture")


def test_a_festival_that_will_take_place_is_promised() -> None:
    (c,) = promises("The festival will take place in Nairobi in November 2030.")
    assert (c.action, c.subject, c.due_start) == ("hold", "festival", dt.date(2030, 11, 1))


def test_a_named_cultural_occasion_is_the_subject_not_a_party() -> None:
    (c,) = promises("The Kenya-Ghana Year of Tourism will open in Accra in January.")
    assert (c.subject, c.actors) == ("Kenya-Ghana Year of Tourism", ["Kenya", "Ghana"])


def test_a_cultural_occasion_reported_begun_keeps_its_promise() -> None:
    c = promise(1, MADE, "cultural festival in Nairobi", (dt.date(2030, 5, 1), dt.date(2030, 5, 31)),
                action="hold", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana will hold a cultural festival in Nairobi in May.")
    r = report(2, ON, "The Kenya-Ghana cultural festival kicked off in Nairobi on Monday.")
    (s,) = suggest([c], [r], load_registry())
    assert (s.kind, s.event_date) == ("fulfils", dt.date(2030, 5, 20))


def test_a_year_of_culture_reported_kicked_off_keeps_the_promise_of_its_start() -> None:
    (p,) = promises("The Kenya-Ghana Year of Culture will kick off in Nairobi on Tuesday.")
    assert p.due_start == dt.date(2030, 1, 15)
    c = promise(1, MADE, p.subject, (p.due_start, p.due_end), action=p.action, actors=("Kenya", "Ghana"),
                quote=p.quote)
    r = report(2, dt.date(2030, 1, 16),
               "The Kenya-Ghana year of culture kicked off with a ceremony in Nairobi on Tuesday.")
    (s,) = suggest([c], [r], load_registry())
    assert (s.kind, s.event_date) == ("fulfils", dt.date(2030, 1, 15))


def test_a_meeting_reported_does_not_keep_a_promised_festival() -> None:
    c = promise(1, MADE, "cultural festival in Nairobi", (dt.date(2030, 5, 1), dt.date(2030, 5, 31)),
                action="hold", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana will hold a cultural festival in Nairobi in May.")
    r = report(2, ON, "Kenyan and Ghanaian officials met in Nairobi on Monday to discuss trade.")
    assert [s for s in suggest([c], [r], load_registry()) if s.kind == "fulfils"] == []


# --- works begun by their builder; an instrument that begins -----------------------------------

def test_a_builder_that_will_break_ground_on_a_thing_promises_its_works_begun() -> None:
    (c,) = promises("Kenya Motors will break ground on its Accra factory next week.", dt.date(2030, 7, 17))
    assert (c.action, c.subject) == ("break ground", "its Accra factory")
    assert (c.due_start, c.due_end) == (dt.date(2030, 7, 22), dt.date(2030, 7, 28))


@pytest.mark.parametrize("text", [
    "The Kenya-Ghana gas deal is set to begin in 2031.",
    "The Kenya-Ghana exchange programme will start in January 2031.",
])
def test_an_instrument_that_begins_on_a_calendar_date_is_promised(text: str) -> None:
    (c,) = promises(text)
    assert c.action in ("begin", "start") and c.due_start is not None


@pytest.mark.parametrize("text", [
    "The Kenya-Ghana agreement will begin a new era in relations next year.",  # what it does
    "The Kenya-Ghana partnership will start soon.",  # no calendar date
])
def test_an_instrument_beginning_something_or_soon_promises_nothing(text: str) -> None:
    assert promises(text) == []


def test_in_the_near_term_hyphenated_is_soon() -> None:
    (t,) = find_all("are expected to conclude in the near-term.", MADE, "future")
    assert (t.rule, t.due_start, t.due_end) == ("vague_soon", MADE, dt.date(2030, 4, 10))


def test_a_relative_clause_that_begins_dates_the_plan_its_clause_promises() -> None:
    (c,) = promises("Kenya and Ghana will launch a plan that will begin next year.")
    assert (c.action, c.due_start) == ("launch", dt.date(2031, 1, 1))


# --- plants put off (lexicon.WORKS "plant"; moved deeds and plans) ------------------------------

def test_a_factory_is_works_of_its_own_kind() -> None:
    from tracker.domain.lexicon import works_kinds
    assert works_kinds("its Accra car factory") == {"plant"}
    assert works_kinds("the Lamu refinery") == {"plant"}
    assert "plant" in works_kinds("the Tema power plant") and "power" in works_kinds("the Tema power plant")


@pytest.mark.parametrize("text, action, subject", [
    ("Kenya Motors has delayed the opening of its Accra factory until 2028.", "open", "opening of its Accra factory"),
    ("Kenya Motors has delayed the start of production at its Accra factory until 2028.", "start",
     "start of production at its Accra factory"),
    ("Kenya Motors would delay plans to begin operations at its Accra plant until 2028.", "begin",
     "operations at its Accra plant"),
    ("Kenya has postponed the opening of the Kenya-Ghana summit to June 2028.", "hold",
     "opening of the Kenya-Ghana summit"),  # (an occasion's opening: it is held then)
])
def test_a_deed_or_a_plan_put_off_is_promised_for_its_new_date(text: str, action: str, subject: str) -> None:
    (c,) = promises(text, dt.date(2027, 3, 10))
    assert (c.action, c.subject, c.due_start) == (action, subject, dt.date(2028, 1, 1) if "June" not in text
                                                   else dt.date(2028, 6, 1))


def test_plans_put_off_that_name_no_deed_promise_nothing() -> None:
    assert promises("Kenya has postponed plans to discuss the border until 2028.", dt.date(2027, 3, 10)) == []


def test_a_factory_promised_is_missed_when_its_opening_is_put_off_past_the_window() -> None:
    c = promise(1, dt.date(2027, 4, 1), "its Accra factory", (dt.date(2029, 7, 1), dt.date(2029, 7, 31)),
                action="open", actors=("Kenya", "Ghana"),
                quote="Kenya Motors will open its Accra factory in Ghana in July 2029.")
    r = report(2, dt.date(2028, 3, 10),
               "Kenya Motors said that it would delay plans to begin operations at its Accra plant in Ghana until 2030.")
    (s,) = [s for s in suggest([c], [r], load_registry()) if s.kind == "missed"]
    assert "put off" in s.reason


# --- a fronted participle of a thing's start (core._fronted_onset) -----------------------------

@pytest.mark.parametrize("text, action, subject, start", [
    ("Set to kick off in Nairobi on Tuesday, the Kenya-Ghana Year of Culture will feature a series of events.",
     "kick off", "Kenya-Ghana Year of Culture", dt.date(2030, 1, 15)),
    ("Launching in both countries in September 2030, the Kenya-Ghana Festival will strengthen cultural ties.",
     "launch", "Kenya-Ghana Festival", dt.date(2030, 9, 1)),
    ("Scheduled to open in March, the new Kenya-Ghana border post will ease trade.",
     "open", "new Kenya-Ghana border post", dt.date(2030, 3, 1)),
])
def test_a_fronted_participle_of_starting_dates_the_thing_it_starts(text: str, action: str, subject: str,
                                                                   start: dt.date) -> None:
    (c,) = promises(text)
    assert (c.action, c.subject, c.due_start) == (action, subject, start)


@pytest.mark.parametrize("text", [
    "Starting next year, the government will require visas for Ghanaians.",  # a party: its own promise
    "Starting in September and running until March, it will feature more than 200 events.",  # a pronoun
    "Set to open soon, the new Kenya-Ghana border post will ease trade.",  # no calendar date
])
def test_a_fronted_participle_of_a_party_a_pronoun_or_no_date_dates_nothing(text: str) -> None:
    assert all(c.action not in ("start", "open") for c in promises(text))


# --- "It" opening the sentence after a promised thing ------------------------------------------

@pytest.mark.parametrize("second, action", [
    ("It will kick off in Nairobi on Tuesday.", "kick off"),
    ("It'll kick off in Nairobi on Tuesday.", "kick off"),
])
def test_it_after_a_promised_occasion_is_that_occasion(second: str, action: str) -> None:
    first, then = promises("Kenya and Ghana will hold a Year of Culture in 2030. " + second)
    assert (then.action, then.subject, then.due_start) == (action, first.subject, dt.date(2030, 1, 15))


def test_it_after_a_promised_agreement_is_that_agreement() -> None:
    _sign, force = promises("Kenya and Ghana will sign a trade agreement in March. It will enter into force in June.")
    assert (force.action, force.subject) == ("bring into effect", "trade agreement")


def test_it_after_a_sentence_that_promised_no_thing_stands_for_nothing() -> None:
    assert promises("The programmes will cover music and film. It will kick off in Nairobi on Tuesday.") == []


# --- an agreement reached on a deal -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Kenya and Ghana have reached an Agreement in Principle (AiP) on the content of a Digital Economy "
     "Agreement between the two countries."),
    "Kenya and Ghana have reached an agreement on the Digital Economy Agreement.",
])
def test_an_agreement_reached_on_a_deal_concludes_its_negotiation(text: str) -> None:
    from tracker.linking.events import find_events
    (ev,) = [e for e in find_events(text, dt.date(2030, 12, 10)) if e.action == "conclude"]
    assert ev.body is not None and "economy" in ev.body.key  # (not the "Agreement in Principle" itself)


def test_a_promised_conclusion_is_kept_by_an_agreement_reached_in_principle() -> None:
    c = promise(1, dt.date(2030, 6, 1), "Digital Economy Agreement negotiations",
                (dt.date(2030, 6, 1), dt.date(2030, 12, 31)), action="conclude", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana are expected to conclude the Digital Economy Agreement negotiations "
                      "by the end of the year.")
    r = report(2, dt.date(2030, 12, 10), "Kenya and Ghana have reached an Agreement in Principle (AiP) on the "
               "content of a Digital Economy Agreement between the two countries.")
    (s,) = [s for s in suggest([c], [r], load_registry()) if s.kind == "fulfils"]
    assert s.confidence >= 0.5


def test_a_contracted_it_dates_the_meeting_named_before() -> None:
    (c,) = promises("Kenya and Ghana will hold a summit. It'll take place in Nairobi on Tuesday.")
    assert (c.subject, c.due_start) == ("summit", dt.date(2030, 1, 15))
