"""Readings of the linker written for the eighteenth blind check (docs/accuracy.md): two
governments meeting as cabinets are one series whatever the name ("government consultations",
"joint cabinet meeting", "the joint meeting of the Kenyan and Ghanaian governments"), and a host
holding it "today" reports it. Sentences written for these tests; Kenya and Ghana are the
invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.linking import load_registry
from tracker.linking.bodies import find_bodies
from tracker.linking.keys import source_events

ON = dt.date(2031, 5, 5)


@pytest.mark.parametrize(("text", "ordinal"), [
    ("Kenya and Ghana held their first government consultations in Nairobi on Saturday.", 1),
    ("The first Kenya-Ghana intergovernmental consultations will be held next year.", 1),
    ("The Kenya-Ghana Joint Cabinet Meeting was held in Accra.", None),
    ("The ministers prepared the joint meeting of the two governments.", None),
    ("The Binational Cabinet of Kenya and Ghana met in Mombasa.", None),
    ("Ruto will preside over a joint meeting of the Kenyan and Ghanaian governments.", None),
    ("We are hosting today the fourth meeting of Kenya and the Republic of Ghana Governments.", 4),
])
def test_two_governments_meeting_are_one_series(text: str, ordinal: int | None) -> None:
    (body,) = find_bodies(text, load_registry())
    assert (body.full_key, body.ordinal) == ("government-consultations", ordinal)


def test_the_governments_meeting_named_by_its_countries_carries_them() -> None:
    (body,) = find_bodies("a joint meeting of the Kenyan and Ghanaian governments", load_registry())
    assert body.countries == {"kenya", "ghana"}


def test_a_meeting_of_governments_not_named_by_countries_is_no_series() -> None:
    assert find_bodies("a meeting of the Finance and Trade governments", load_registry()) == []


def test_a_host_holding_it_today_reports_it_that_day() -> None:
    (ev,) = source_events("We are hosting today the fourth meeting of Kenya and the Republic of Ghana "
                          "Governments.", ON, "News", load_registry())
    assert (ev.action, ev.polarity, ev.key, ev.ordinal, ev.date_start) == (
        "meet", "positive", "government-consultations", 4, ON)


@pytest.mark.parametrize("text", [
    "Kenya is hosting the fourth Kenya-Ghana Joint Commission next week.",
    "Kenya is hosting the Kenya-Ghana Joint Commission.",  # a preview: no day named
])
def test_a_host_holding_it_without_today_is_no_report(text: str) -> None:
    assert [e for e in source_events(text, ON, "News", load_registry()) if e.polarity == "positive"
            and e.key == "joint-commission"] == []


@pytest.mark.parametrize(("action", "subject", "visit"), [
    ("sign", "more than 20 agreements during President Ruto's visit to Ghana", False),
    ("visit", "Ghana", True),
    ("hold", "talks during President Ruto's visit to Ghana", True),
])
def test_a_visit_named_as_the_occasion_of_a_signing_is_not_what_is_promised(
        action: str, subject: str, visit: bool) -> None:
    from tracker.linking import CommitmentView, prepare
    from tracker.linking.match import promises_visit

    quote = f"Kenya and Ghana will {action} {subject} on Monday."
    c = prepare(CommitmentView(id=1, source_id=1, made_on=ON, subject=subject, quote=quote, action=action),
                load_registry())
    assert promises_visit(c) is visit


@pytest.mark.parametrize(("text", "country"), [
    ("Côte d'Ivoire and Ghana", "côte d'ivoire"),
    ("Cote d’Ivoire and Ghana", "côte d'ivoire"),  # a typographic apostrophe
    ("Bosnia and Herzegovina and Ghana", "bosnia and herzegovina"),  # a word in lower case
    ("the Republic of Korea and Ghana", "south korea"),
])
def test_a_country_name_with_a_word_in_lower_case_is_found(text: str, country: str) -> None:
    from tracker.linking.bodies import countries_in

    assert countries_in(text, load_registry()) == {country, "ghana"}


def test_a_country_name_still_starts_with_a_capital() -> None:
    from tracker.linking.bodies import countries_in

    assert countries_in("the united states of mind", load_registry()) == frozenset()
