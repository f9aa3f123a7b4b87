"""Readings of the forty-third blind check (docs/accuracy.md): one meeting per office-holder a
visitor will meet, ties raised to a named partnership, a visit told in the present, an arrival
for a meeting still ahead, a relative clause after a long name, a visit's engagements, a day's
apposition; on invented Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published

MADE = dt.date(2030, 9, 10)
D = dt.date

promises = commitments_published(MADE)


# --- one meeting per office-holder (core._per_person) -----------------------------------------

@pytest.mark.parametrize(("text", "subjects"), [
    (("Ms Achieng will meet Ghanaian President John Mahama during her visit as well as Prime Minister "
     "Kofi Mensah and Foreign Minister Samuel Ablakwa."),
     ["Ghanaian President John Mahama during her visit", "Prime Minister Kofi Mensah",
      "Foreign Minister Samuel Ablakwa"]),
    ("He will hold talks with President John Mahama and Foreign Minister Samuel Ablakwa on Monday.",
     ["talks with President John Mahama", "talks with Foreign Minister Samuel Ablakwa"]),
    (("He is scheduled to meet with Ghana's President John Mahama, Vice President Jane Opoku and Speaker "
     "Alban Bagbin on Monday."),
     ["meet with Ghana's President John Mahama", "meet with Vice President Jane Opoku",
      "meet with Speaker Alban Bagbin"]),
])
def test_a_visitor_meeting_several_office_holders_promises_a_meeting_with_each(text: str, subjects: list[str]) -> None:
    found = promises(text)
    assert [c.subject for c in found] == subjects
    assert len({c.quote for c in found}) == 1


@pytest.mark.parametrize("text", [
    # two sides meeting: one meeting of both
    ("Secretary of State Jane Doe and Secretary of Defense John Roe will meet with Ghanaian Foreign Minister "
    "Samuel Ablakwa and Defence Minister Kofi Mensah on January 6."),
    # one office-holder and no other titled person: one meeting
    "President Ruto will meet President John Mahama and his delegation on Monday.",
])
def test_one_meeting_stays_one(text: str) -> None:
    assert len(promises(text)) == 1


# --- ties raised to a named partnership (core.LIGHT_VERB_IDIOMS; events "elevated") ------------

@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Ghana will elevate their relationship to a strategic partnership by 2031.", "strategic partnership"),
    ("Kenya and Ghana will upgrade their ties to a comprehensive strategic partnership next year.",
     "comprehensive strategic partnership"),
    ("Kenya and Ghana agreed to elevate bilateral relations to the level of a Strategic Partnership in 2031.",
     "Strategic Partnership"),
])
def test_ties_raised_to_a_partnership_promise_establishing_it(text: str, subject: str) -> None:
    (c,) = promises(text)
    assert (c.action, c.subject) == ("establish", subject)


def test_cooperation_elevated_is_no_partnership() -> None:
    assert not promises("Kenya and Ghana will elevate cooperation in trade.")


def test_a_partnership_promised_is_kept_by_ties_elevated_to_it() -> None:
    from linked import promise, report
    from tracker.linking import load_registry, suggest

    kept = promise(1, D(2030, 9, 1), "Comprehensive Strategic Partnership", (D(2030, 9, 1), D(2031, 12, 31)),
                   action="establish", actors=("Kenya", "Ghana"),
                   quote="Kenya and Ghana will establish a Comprehensive Strategic Partnership by 2031.")
    done = report(2, D(2031, 11, 2), "ACCRA: Kenya and Ghana on Sunday elevated their relationship to a "
                                     "Comprehensive Strategic Partnership as they marked 50 years of ties.")
    other = report(3, D(2031, 11, 2), "ACCRA: Kenya and Ghana on Sunday elevated tensions over the border.")
    assert [(s.source_id, s.kind) for s in suggest([kept], [done, other], load_registry())] == [(2, "fulfils")]


# --- a visit told in the present, an arrival for a meeting still ahead (events._VISITS, _NOMINAL) --

def _visits(text: str, on: dt.date) -> list[str]:
    from tracker.linking.events import find_events, is_visit

    return [e.verb for e in find_events(text, on) if is_visit(e) and e.polarity == "positive"]


@pytest.mark.parametrize(("text", "shown"), [
    ("We are delighted to welcome Minister Achieng here. This is her very first official visit to Ghana.",
     "this is a visit"),
    ("Minister Achieng, who is on an official visit to Ghana, called on President Mahama.",
     "is on a visit to"),
])
def test_a_visit_told_in_the_present_reports_it(text: str, shown: str) -> None:
    assert shown in _visits(text, D(2030, 9, 11))


@pytest.mark.parametrize("text", [
    "This is her first official visit to Ghana next week.",
    "Minister Achieng is on an official visit to Ghana from next Monday.",
    "This will be her first official visit to Ghana.",
])
def test_a_visit_still_to_come_is_no_report(text: str) -> None:
    assert not _visits(text, D(2030, 9, 11))


def test_an_arrival_for_a_meeting_still_ahead_reports_the_visit_not_the_meeting() -> None:
    from tracker.linking.events import find_events

    # a report of Sunday 15 September 2030: the commission meets on Monday
    text = ("Ms. Achieng arrived in Accra on Sunday on a three-day visit to co-chair the 8th Joint "
            "Commission meeting on Monday with her Ghanaian counterpart.")
    events = find_events(text, D(2030, 9, 15))
    assert not [e for e in events if e.key is not None and e.polarity == "positive"]
    assert "arrived" in _visits(text, D(2030, 9, 15))
    # the arrival a day after the meeting: the meeting held
    held = find_events("Ms. Achieng arrived in Accra on Sunday to co-chair the 8th Joint Commission, "
                       "which met on Sunday evening.", D(2030, 9, 16))
    assert [e for e in held if e.key is not None and e.polarity == "positive"]


# --- a relative clause after a long name (core._RELATIVE_REACH) -------------------------------

def test_a_visit_scheduled_after_a_long_name_is_promised() -> None:
    found = promises("At least 11 agreements are expected to be signed as part of the State visit of the President "
                     "of Ghana John Dramani Kofi Mahama Junior to Kenya, scheduled to start on Friday.")
    assert [c.action for c in found] == ["sign", "start"]
    assert found[1].subject.startswith("State visit of the President of Ghana")


# --- a visit's engagements (patterns row itinerary) ---------------------------------------------

def test_the_engagements_of_a_visit_are_its_occasions() -> None:
    found = promises("His engagements will include bilateral discussions with his host, participation in a "
                     "Kenya-Ghana Business Forum, and the signing of agreements.")
    assert [(c.action, c.subject) for c in found] == [
        ("hold", "bilateral discussions with his host"), ("attend", "a Kenya-Ghana Business Forum"),
        ("hold", "the signing of agreements")]


# --- a day's apposition after a fronted day (core._DAY_APPOSITIVE_RE) --------------------------

@pytest.mark.parametrize("text", [
    "On Saturday, the last day of the visit, President Ruto will meet the Speaker.",
    "On Friday, the opening day of the summit, President Ruto will meet President Mahama.",
])
def test_a_days_apposition_is_no_subject(text: str) -> None:
    (c,) = promises(text)
    assert c.action == "meet" and "Kenya" in c.actors and c.due_start is not None


# --- views exchanged are talk, never a promise (core._opinions_only, tables.OPINION_NOUNS) -------

@pytest.mark.parametrize("text", [
    "Kenya and Ghana are also expected to exchange views on regional and international issues.",
    "Kenya and Ghana will share their views on the crisis.",
    "The two ministers will exchange ideas on trade next week.",
])
def test_views_exchanged_are_no_promise(text: str) -> None:
    assert not promises(text)


@pytest.mark.parametrize("text", [
    "Kenya and Ghana will exchange the instruments of ratification in May.",
    "Kenya and Ghana will exchange notes on the border next month.",
])
def test_instruments_exchanged_are_promised(text: str) -> None:
    (c,) = promises(text)
    assert c.action == "exchange"


# --- a social occasion taken part in; a trip begun ("is off to visit") ---------------------------

def test_taking_part_in_a_gala_is_attending_it() -> None:
    (c,) = promises("In the evening, President Ruto will take part in a gala hosted by his Ghanaian counterpart.")
    assert c.action == "attend" and c.subject.startswith("gala")


def test_a_minister_off_to_visit_promises_the_visit() -> None:
    (c,) = promises("Kenyan Foreign Minister Achieng is off to visit Ghana and Togo this week.")
    assert c.action == "visit" and c.due_start is not None
    assert not promises("The Kenya-Ghana talks are off to a good start.")


def test_working_towards_ties_raised_to_a_partnership_promises_it() -> None:
    (c,) = promises("President Ruto and President Mahama agreed on Tuesday to work towards upgrading ties to a "
                    "strategic partnership next year.")
    assert (c.action, c.subject) == ("establish", "strategic partnership") and c.due_start is not None
    assert not promises("Kenya and Ghana agreed to work towards peace in the region.")


# --- two office-holders witnessing a signing: the signing promised (core._TITLED_PERSON_RE) ------

def test_two_office_holders_witnessing_a_signing_promise_it() -> None:
    (c,) = promises("Prime Minister Ruto and President Mahama will witness the signing of an extradition treaty "
                    "on Monday.")
    assert (c.action, c.subject) == ("sign", "extradition treaty")
    # one office-holder witnessing is a role at it
    assert not promises("President Ruto will witness the signing of an extradition treaty on Monday.")
