"""Linking found wanting by the thirty-fourth blind check (sets 82-85, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import load_registry, suggest
from tracker.linking.events import HEADLINE_PRESENT, HEADLINE_SPAN, find_events
from tracker.linking.match import deliverable_overlap, other_proper_names

DAY = dt.date(2031, 5, 18)
BODY = "The ceremony was attended by officials of both countries."


def _headline_events(title: str, body: str = BODY, day: dt.date = DAY) -> list:
    return [ev for ev in find_events(body, day, title=title) if ev.quote == title]


# --- the headline's present is a report ---------------------------------------------------------

@pytest.mark.parametrize("row", HEADLINE_PRESENT, ids=[row.past for row in HEADLINE_PRESENT])
def test_each_headline_present_is_read_as_its_past(row) -> None:
    evs = _headline_events(row.example)
    assert evs and all(ev.polarity == "positive" for ev in evs), row.example
    # shown by the title, at no offset of the body
    assert all(ev.span == HEADLINE_SPAN for ev in evs)


def test_the_headline_reads_the_deliverable_it_names() -> None:
    (ev,) = _headline_events("Ghanaian President inaugurates Accra-Kumasi bridge")
    assert (ev.action, ev.object_text, ev.date_start) == ("launch", "Accra-Kumasi bridge", None)


@pytest.mark.parametrize("title", [
    "Ruto to visit Accra next week",  # a plan: "to"
    "Kenya, Ghana sign visa accord next month",  # a day to come: an announcement
    "Kenya and Ghana will open the border crossing",  # a modal
    "The launch of the Kenya-Ghana ferry is delayed",  # a noun after a determiner
])
def test_a_headline_of_a_plan_is_no_report(title: str) -> None:
    assert _headline_events(title) == []


def test_a_headline_of_a_weekday_reports_the_day_gone() -> None:
    (ev,) = _headline_events("Kenya and Ghana sign visa waiver agreement on Sunday")
    assert ev.date_start == dt.date(2031, 5, 18)  # (a Sunday: the report of that day)


def test_a_headline_fulfils_the_promise_the_body_reports_only_by_its_ceremony() -> None:
    c = promise(1, dt.date(2030, 3, 1), "Accra-Kumasi bridge", (dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
                action="open", countries=frozenset({"ghana"}))
    body = ("The President unveiled the plaque at the northern end on Saturday. Thousands lined the "
            "approach road.")
    src = report(2, dt.date(2031, 5, 18), body, title="Ghanaian President inaugurates Accra-Kumasi bridge")
    got = [(s.commitment_id, s.kind) for s in suggest([c], [src], load_registry())]
    assert (1, "fulfils") in got


def test_a_dated_body_report_comes_before_the_headline() -> None:
    c = promise(1, dt.date(2030, 3, 1), "Accra-Kumasi bridge", (dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
                action="open", countries=frozenset({"ghana"}))
    body = "The Accra-Kumasi bridge was opened to traffic on Friday."
    src = report(2, DAY, body, title="Ghanaian President opens Accra-Kumasi bridge")
    (sg,) = [s for s in suggest([c], [src], load_registry()) if s.kind == "fulfils"]
    assert sg.event_date == dt.date(2031, 5, 16) and sg.quote == body


# --- one head, two names ---------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "other"), [
    ("the Kumasi Base Tunnel", "the Tamale Base Tunnel", True),
    ("the New Kumasi International Airport", "Kumasi Airport", False),  # a name inside the other
    ("the Kenya-Ghana Joint Commission", "the Ghana-Kenya Joint Commission", False),  # parties aside
    ("Kumasi Summit", "Kumasi Leaders' Summit", False),
])
def test_two_proper_names_of_one_head(a: str, b: str, other: bool) -> None:
    assert other_proper_names(a, b) is other
    if other:
        assert deliverable_overlap(a, b) == 0.0


def test_of_two_undated_reports_in_one_source_the_body_s_is_shown() -> None:
    c = promise(1, dt.date(2030, 3, 1), "Accra-Kumasi bridge", (dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
                action="open", countries=frozenset({"ghana"}))
    body = "Thousands gathered on both banks. The Accra-Kumasi bridge was opened to traffic."
    src = report(2, DAY, body, title="Accra-Kumasi bridge opens to traffic")
    (sg,) = [s for s in suggest([c], [src], load_registry()) if s.kind == "fulfils"]
    assert sg.quote == "The Accra-Kumasi bridge was opened to traffic." and sg.span_end


# --- the Pope is the Holy See's ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Pope Leo arrived in Accra", "the pontiff will visit Accra",
                                  "a papal visit to Ghana", "the Holy Father landed in Accra",
                                  "Papal visit to Ghana ends"])
def test_the_pope_names_the_holy_see(text: str) -> None:
    from tracker.domain.parties import find_parties
    assert "VAT" in {m.party.code for m in find_parties(text)}


def test_a_papal_visit_is_kept_by_the_pope_s_arrival() -> None:
    c = promise(1, dt.date(2031, 2, 1), "visit to Ghana", (dt.date(2031, 5, 12), dt.date(2031, 5, 15)),
                action="visit", actors=("Holy See",), quote="The Pope will visit Ghana from 12 to 15 May.")
    src = report(2, DAY, "Pope Leo arrived in Accra on Monday for a four-day visit to Ghana.")
    assert [(s.commitment_id, s.kind) for s in suggest([c], [src], load_registry())] == [(1, "fulfils")]


# --- the host's words on the day ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We will be delighted to welcome President Mahama to Nairobi next year.",
    "I would be delighted to welcome him to Nairobi.",
    "Thank you for coming to the Kenya-Ghana Summit.",
])
def test_a_welcome_to_come_is_no_visit(text: str) -> None:
    assert [ev for ev in find_events(text, DAY, title="Kenya and Ghana") if ev.polarity == "positive"] == []


def test_a_welcome_names_the_place_without_the_full_stop() -> None:
    (ev,) = find_events("Minister, thank you for coming to Nairobi.", DAY, title="Kenya and Ghana")
    assert ev.object_text == "visit to Nairobi"


def test_of_two_reports_of_one_day_the_source_ingested_first_is_the_first_report() -> None:
    c = promise(1, dt.date(2030, 3, 1), "Accra-Kumasi bridge", (dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
                action="open", countries=frozenset({"ghana"}))
    first = report(2, DAY, "Crowds gathered on both banks. The Accra-Kumasi bridge was opened to traffic on Friday.")
    second = report(3, DAY, "The Accra-Kumasi bridge was opened to traffic on Friday.")  # (earlier in its text)
    (sg,) = [s for s in suggest([c], [second, first], load_registry()) if s.kind == "fulfils"]
    assert sg.source_id == 2


# --- a trip put off, told as what will be done --------------------------------------------------------

def test_a_trip_that_will_be_put_off_is_put_off() -> None:
    evs = find_events("President Ruto will postpone his upcoming trip to Ghana and Togo due to floods, his "
                      "office said on Friday.", DAY, title="Kenya and Ghana")
    assert sorted((ev.negative, ev.object_text) for ev in evs) == [("postponed", "visit to Ghana"),
                                                                   ("postponed", "visit to Togo")]


@pytest.mark.parametrize("text", [
    "President Ruto would postpone his trip to Ghana if the floods continue.",
    "President Ruto will not postpone his trip to Ghana.",
])
def test_a_trip_put_off_only_perhaps_is_no_report(text: str) -> None:
    assert find_events(text, DAY, title="Kenya and Ghana") == []


def test_each_destination_is_each_part_of_the_list_whole() -> None:
    evs = find_events("President Ruto has postponed his trip to the Democratic Republic of Congo and Togo.", DAY,
                      title="Kenya and Ghana")
    assert sorted(ev.object_text for ev in evs) == ["visit to Democratic Republic of Congo", "visit to Togo"]


@pytest.mark.parametrize("again", ["again", "further", "once more"])
def test_works_put_off_again_are_put_off(again: str) -> None:
    (ev,) = find_events(f"The opening of the Accra-Kumasi railway has been delayed {again} until 2033.", DAY,
                        title="Kenya and Ghana")
    assert (ev.negative, ev.period_start) == ("postponed", dt.date(2033, 1, 1))
