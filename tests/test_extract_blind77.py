"""Extraction found wanting by the thirty-third blind check (sets 77-80, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from tracker.extract.tables import SIGNING_AT_OCCASION

ON = dt.date(2030, 3, 4)  # a Monday
read = commitments_published(ON)


# --- extraction: a time phrase fronted before the thing that begins -----------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("In March 2031, the new Mombasa terminal will open.", dt.date(2031, 3, 1), dt.date(2031, 3, 31)),
    # the date's own comma before its year is no end of the fronted phrase
    ("“On October 31, 2030, the new Mombasa terminal will open,” the airport's chief said.",
     dt.date(2030, 10, 31), dt.date(2030, 10, 31)),
    ("On October 31, 2030, the new Mombasa terminal will open, officials said.",
     dt.date(2030, 10, 31), dt.date(2030, 10, 31)),
])
def test_a_fronted_date_dates_a_thing_that_opens(text: str, start: dt.date, end: dt.date) -> None:
    (c,) = read(text)
    assert (c.action, c.subject, c.due_start, c.due_end) == ("open", "new Mombasa terminal", start, end)


@pytest.mark.parametrize("text", [
    "In March 2031, the markets will open.",  # a loose onset of no listed kind (``_ANY_THING_NOT``)
    "In 2031, after long talks, the new terminal will open.",  # not closed by one comma: not fronted
    "Last year, the new terminal will open.",  # no time to come
])
def test_no_fronted_onset_without_its_shape(text: str) -> None:
    assert [c for c in read(text) if c.action == "open"] == []


def test_a_fronted_date_with_its_year_is_no_part_of_the_subject() -> None:
    (c,) = read("On March 3, 2031, the two presidents will meet in Accra.")
    assert "2031" not in c.subject and c.due_start == dt.date(2031, 3, 3)


@pytest.mark.parametrize(("verb", "example"), sorted(SIGNING_AT_OCCASION.items()))
def test_an_occasion_holds_the_signing_it_will_allow(verb: str, example: str) -> None:
    (c,) = read(example)
    assert c.action == "sign", verb


def test_a_person_seeing_a_signing_is_no_signing() -> None:
    assert [c for c in read("President Ruto will see the signing of a trade agreement in May.")
            if c.action == "sign"] == []


def test_talks_where_a_traveller_went_today_are_planned() -> None:
    (c,) = read("Kenyan President William Ruto on Monday travelled to Ghana, where he will hold talks with "
                "President Mahama on Tuesday.")
    assert (c.action, c.due_start) == ("hold", dt.date(2030, 3, 5))
    assert read("Ruto travelled to Ghana last year, where he met Mahama.") == []


@pytest.mark.parametrize("text", [
    "Nairobi Eastlands Airport will open on October 26, 2030.",
    "Officials said Nairobi Eastlands Airport (NEA) will open on October 26, 2030.",
])
def test_works_named_after_a_capital_are_what_opens(text: str) -> None:
    # (a name ending in a noun of works is no party, though a capital names it)
    (c,) = read(text)
    assert (c.action, c.subject) == ("open", "Nairobi Eastlands Airport")


@pytest.mark.parametrize(("text", "place", "day"), [
    ("President Ruto is due in Accra next Wednesday for talks with President Mahama.", "Accra", dt.date(2030, 3, 6)),
    ("President Ruto is expected in Accra on Thursday.", "Accra", dt.date(2030, 3, 7)),
    ("The Kenyan delegation will be in Ghana on Friday.", "Ghana", dt.date(2030, 3, 8)),
])
def test_a_person_due_in_a_party_s_place_on_a_day_to_come_visits(text: str, place: str, day: dt.date) -> None:
    (c,) = read(text)
    assert (c.action, c.subject, c.due_start) == ("visit", place, day)


@pytest.mark.parametrize("text", [
    "Rain is expected in Nairobi next week.",  # no agent
    "The ruling is due in June.",  # no place
    "President Ruto was in Accra last week.",  # no time to come
    "President Ruto is due in Accra.",  # no day
])
def test_no_visit_without_an_agent_a_place_and_a_day_to_come(text: str) -> None:
    assert [c for c in read(text) if c.action == "visit"] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("The next JCC between the two countries is scheduled to take place in February 2031.",
     "next JCC between the two countries"),
    ("The fourth JSC is scheduled to take place in May.", "fourth JSC"),
])
def test_an_edition_known_by_its_acronym_is_an_occasion(text: str, subject: str) -> None:
    (c,) = read(text)
    assert (c.action, c.subject) == ("hold", subject)


def test_meetings_that_an_agreed_aim_is_for_are_promised() -> None:
    (c,) = read("Kenya and Ghana agreed to pursue implementation of the mechanisms with a view to having meetings "
                "of the Joint Commission within six months.")
    assert (c.action, c.subject, c.due_end) == ("hold", "meetings of the Joint Commission", dt.date(2030, 9, 4))
    assert read("Kenya will work with a view to having a peaceful region.") == []


@pytest.mark.parametrize("text", [
    "In that vein, the two presidents agreed to convene the Kenya-Ghana Joint Commission in the coming months.",
    ("President Ruto said Kenya had much to learn from Ghana, and in that vein, the two presidents agreed to "
     "convene the Kenya-Ghana Joint Commission in the coming months."),
])
def test_that_as_a_demonstrative_in_a_fronted_phrase_opens_no_clause(text: str) -> None:
    (c,) = read(text)
    assert (c.action, c.subject, c.due_end) == ("convene", "Kenya-Ghana Joint Commission", dt.date(2030, 9, 4))
