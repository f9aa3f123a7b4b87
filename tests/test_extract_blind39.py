"""Extraction found wanting by the twenty-fourth blind check (sets 39, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments, commitments_published
from tracker.extract.patterns import PROGRESSIVE_PLANS

PUB = date(2026, 2, 12)  # a Thursday
_commitments = commitments_published(PUB)


def _promises(sentence: str) -> list:  # type: ignore[type-arg]
    return [i for i in _commitments(sentence) if i.kind == "commitment"]


@pytest.mark.parametrize(("sentence", "subject", "start", "end"), [
    ("According to the new roadmap, an election will be held in December 2027.", "election",
     date(2027, 12, 1), date(2027, 12, 31)),
    ("General elections will take place on 4 February 2028.", "General elections",
     date(2028, 2, 4), date(2028, 2, 4)),
    ("The referendum on the new constitution will be held in March 2027.", "referendum",
     date(2027, 3, 1), date(2027, 3, 31)),
])
def test_an_election_or_a_referendum_is_an_occasion_held(sentence: str, subject: str, start: date, end: date) -> None:
    (it,) = _promises(sentence)
    assert it.action == "hold" and subject in it.subject and (it.due_start, it.due_end) == (start, end)


@pytest.mark.parametrize("sentence", [
    # "City, Country" is one place: one trip, not a list of three
    ("On 17 February, President Ruto will travel to Accra, Ghana where he will attend the summit of the "
     "Kenya-Ghana Commission."),
    "President Ruto will travel to Kumasi, Ghana next week.",
])
def test_a_city_and_its_country_are_one_destination(sentence: str) -> None:
    (it,) = _promises(sentence)
    assert it.action == "travel" and "Ghana" in it.subject


def test_countries_listed_stay_a_list() -> None:
    items = _promises("Kenya will sign accords with Ghana, Togo and Benin next month.")
    assert len(items) == 1 and "Ghana, Togo and Benin" in items[0].subject


def test_the_day_an_agency_was_informed_is_not_the_trip_s() -> None:
    # "informed the agency on Thursday" is when it was said, as "told reporters on Thursday" is
    (it,) = _promises("On 17 February, President Ruto will travel to Accra, his spokesman informed "
                      "the Kenya News Agency on Thursday.")
    assert (it.due_start, it.due_end) == (date(2026, 2, 17), date(2026, 2, 17))


@pytest.mark.parametrize(("sentence", "action"), [
    # a headline's present tense of promising
    ("Kenya promises to hold presidential elections by March 2027.", "hold"),
    ("Ghana vows to sign the border treaty by March 2027.", "sign"),
])
def test_a_promise_in_the_present(sentence: str, action: str) -> None:
    (it,) = _promises(sentence)
    assert it.action == action and it.due_end == date(2027, 3, 31)


@pytest.mark.parametrize(("sentence", "end"), [
    # a schedule with a deadline, not a day
    ("An ordinary Kenya-Ghana summit is scheduled before the end of the year.", date(2026, 12, 31)),
    ("The next round of Kenya-Ghana talks is planned by March 2027.", date(2027, 3, 31)),
])
def test_a_schedule_with_a_deadline(sentence: str, end: date) -> None:
    (it,) = _promises(sentence)
    assert it.action == "hold" and (it.due_start, it.due_end) == (PUB, end)


def test_talks_held_are_still_a_deliverable() -> None:
    (it,) = _promises("The two presidents will hold talks in Accra in July.")
    assert it.action == "hold" and "talks" in it.subject


def test_an_occasion_scheduled_is_a_promise_still() -> None:
    (it,) = _promises("The summit, scheduled for March 2027, will focus on trade.")
    assert it.action == "hold" and it.due_start == date(2027, 3, 1)


def test_a_dateline_in_two_parts_dates_nothing() -> None:
    # "PLACE – Weekday, D Month YYYY (AGENCY) –": the dispatch's date, not the trip's
    text = ("NAIROBI – Sunday, 19 June 2022 (KNA) – The minister of Energy, John Mensah, will be in Accra, "
            "Ghana, on June 20-21 for a working visit, during which he will attend the second tripartite "
            "meeting on the gas pipeline.")
    items = [i for i in commitments(text, date(2022, 6, 19)) if i.kind == "commitment"]
    # (the trip itself too: "will be in Accra on June 20-21", the ``due_in`` row, thirty-third blind check)
    assert sorted(i.action for i in items) == ["attend", "visit"]
    assert all((it.due_start, it.due_end) == (date(2022, 6, 20), date(2022, 6, 21)) for it in items)


def test_what_a_trip_is_for_takes_its_dates() -> None:
    # "..., during which he will ..." as "..., where he will ...": the trip's window
    items = _promises("President Ruto will travel to Accra next week, during which he will sign a trade accord.")
    assert {(i.action, i.due_start) for i in items} == {("travel", date(2026, 2, 16)), ("sign", date(2026, 2, 16))}


def test_a_ministry_confirming_to_an_agency_reports_the_plan() -> None:
    # "confirmed to X that ..." as "told X that ...": reported speech of a plan
    (it,) = _promises("The Foreign Ministry confirmed to the Kenya News Agency that fourteen leaders will be "
                      "attending the Kenya-Ghana summit in Accra on Thursday.")
    assert it.action == "attend" and it.due_start == PUB  # (a Thursday: that day)


def test_representing_someone_at_an_event_is_attending_it() -> None:
    (it,) = _promises("Foreign Minister Mensah will represent President Ruto at the 20th Kenya-Ghana Summit "
                      "in Accra on October 27.")
    assert it.action == "attend" and "Kenya-Ghana Summit" in it.subject
    assert _promises("Foreign Minister Mensah will represent Kenya in the talks.") == []


@pytest.mark.parametrize(("sentence", "action", "start"), [
    # the present progressive of a plan with a day to come, or named for the day itself
    ("Kenyan and Ghanaian leaders are meeting this Sunday, February 15 in Accra to review the plan.", "meet",
     date(2026, 2, 15)),
    ("President Ruto is visiting Accra next week for talks with President Mahama.", "visit", date(2026, 2, 16)),
    ("The two ministers are signing the border treaty on 20 February in Accra.", "sign", date(2026, 2, 20)),
])
def test_a_plan_in_the_present_progressive(sentence: str, action: str, start: date) -> None:
    (it,) = _promises(sentence)
    assert it.action == action and it.due_start == start


@pytest.mark.parametrize("verb", sorted(PROGRESSIVE_PLANS))
def test_each_progressive_of_a_plan_is_read(verb: str) -> None:
    items = _promises(f"The Kenyan and Ghanaian delegations are {verb} the Kenya-Ghana forum in Accra on 20 February.")
    assert [i.due_start for i in items] == [date(2026, 2, 20)]


def test_acceding_to_an_agreement_is_a_deliverable() -> None:
    (it,) = _promises("Very soon, however, Ghana will also accede to the Kenya-Ghana pipeline agreement.")
    assert it.action == "accede" and "agreement" in it.subject and it.due_start == PUB


def test_a_dated_opening_and_a_hyphened_aside() -> None:
    # "Month D, YYYY.-" opens a release; an aside between hyphens set close to it is no list
    text = ("November 18, 2022.- The XVII Summit of the Kenya Alliance -bloc made up of Kenya, Ghana, Togo and "
            "Benin-, will take place in Nairobi next Friday, November 25.")
    (it,) = [i for i in commitments(text, date(2022, 11, 18)) if i.kind == "commitment"]
    assert it.subject == "XVII Summit of the Kenya Alliance" and it.due_start == date(2022, 11, 25)


def test_the_sentence_naming_the_occasion_is_primary() -> None:
    # a standfirst pointing back ("This summit will ...") restates the sentence that names it
    text = ("This summit will take place on November 25 in Mombasa.\n\n"
            "President Ruto stated that the Summit of the Kenya Alliance will be held in Mombasa on November 25.")
    (it,) = [i for i in commitments(text, date(2022, 10, 21)) if i.kind == "commitment"]
    assert it.quote.startswith("President Ruto stated") and len(it.mentions) == 2


def test_a_project_that_becomes_operational_opens() -> None:
    (it,) = _promises("The minister announced that the Lamu project, designed to reduce the north's isolation, "
                      "will be fully operational by 2027.")
    assert it.action == "open" and it.subject.startswith("Lamu project") and it.due_end == date(2027, 12, 31)
    (it,) = _promises("The Lamu project will start generation by next year.")
    assert it.action == "open" and it.due_end == date(2027, 12, 31)


def test_a_relative_clause_inside_the_subject() -> None:
    # "X that is part of Y | will be opened": the subject is X
    (it,) = _promises("A new port in Lamu that is part of the Kenya-Ghana Transit Project will be opened soon "
                      "to allow direct trade between Kenya and Ghana.")
    assert it.action == "open" and it.subject == "new port in Lamu"


@pytest.mark.parametrize("sentence", [
    pytest.param("The opposition said the elections would be unfair.", id="an election talked about"),
    pytest.param("The summit was scheduled by the ministry of foreign affairs.", id="scheduled by whom"),
    # to speak or talk about a thing is to discuss it: an agenda, not a deliverable
    pytest.param("The prime ministers will also speak about the Kenya-Ghana summit in Accra in July.",
                 id="speaking about a summit"),
    pytest.param("The two ministers will talk about the railway in Accra next week.", id="talking about a railway"),
    # neither the putting off nor the occasion it names "scheduled for" a date
    pytest.param("Kenya announced it would delay the election scheduled for May.", id="delayed"),
    pytest.param("Ghana said it would postpone the summit scheduled for March 2027.", id="postponed"),
    pytest.param("The ministers called off the meeting scheduled for next week.", id="called off"),
    pytest.param("Ghana suspended the talks scheduled for next week.", id="suspended"),
    pytest.param("Kenya put off the forum to be held in Accra next month.", id="put off"),
    # a progressive under way, undated or past
    pytest.param("Kenyan and Ghanaian leaders are meeting today in Accra for the summit.", id="under way today"),
    pytest.param("The two presidents are meeting in Nairobi, officials said.", id="progressive, no day"),
    pytest.param("Kenyan officials were meeting on Sunday in Accra.", id="progressive, past"),
])
def test_no_promise(sentence: str) -> None:
    assert _promises(sentence) == []
