"""Readings of clause structure written for the eighteenth blind check (docs/accuracy.md):
a time phrase between a modal and its verb, a day fronted after another fronted phrase, the
day an agreement was reached (not the deliverable's), the first meeting of a body set up in
the sentence before, "within the year". Sentences written for these tests; Kenya and Ghana
are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.windows import find_all

ON = dt.date(2031, 3, 10)  # a Monday


def _promises(text: str, on: dt.date = ON) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [(i.action, i.subject, i.due_start, i.due_end) for i in extract(text, on) if i.kind == "commitment"]


@pytest.mark.parametrize(("sentence", "action", "start", "end"), [
    ("Kenya will next week sign the trade accord with Ghana.", "sign", dt.date(2031, 3, 17), dt.date(2031, 3, 23)),
    ("Kenya will in May sign the trade accord with Ghana.", "sign", dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
    ("Kenya would, in May, sign the trade accord with Ghana, the minister said.", "sign",
     dt.date(2031, 5, 1), dt.date(2031, 5, 31)),
    ("The ministers will on 5 May hold the third round of talks in Accra.", "hold",
     dt.date(2031, 5, 5), dt.date(2031, 5, 5)),
    ("President Mensah will, on Thursday, begin a two-day official visit to Kenya.", "begin",
     dt.date(2031, 3, 13), dt.date(2031, 3, 13)),
    ("The President of Ghana will from Thursday, March 13, 2031, begin a two-day official visit to Kenya.",
     "begin", dt.date(2031, 3, 13), dt.date(2031, 3, 13)),
])
def test_a_time_between_the_modal_and_its_verb_is_read_past_and_dates_the_promise(
        sentence: str, action: str, start: dt.date, end: dt.date) -> None:
    (got,) = _promises(sentence)
    assert got[0] == action and got[1] not in ("May", "Kenya", "ministers") and got[2:] == (start, end)


def test_a_time_between_the_modal_and_its_verb_dates_a_thing_that_begins() -> None:
    assert _promises("The gas interconnector will, from July, start commercial operation.") == [
        ("open", "gas interconnector", dt.date(2031, 7, 1), dt.date(2031, 7, 31))]
    # a condition still makes it no promise
    assert _promises("Once ratified, the treaty will in 2032 enter into force.") == []


def test_a_day_fronted_after_another_fronted_phrase_dates_the_clause() -> None:
    (got,) = _promises("Prior to the President's departure, on Tuesday, the two countries will sign a "
                       "bilateral agreement.")
    assert got[0] == "sign" and got[2:] == (dt.date(2031, 3, 11), dt.date(2031, 3, 11))


@pytest.mark.parametrize("sentence", [
    "On Monday, Kenya and Ghana agreed to form a joint working group.",
    "“Today we agreed to set up a joint commission with Ghana,” the minister said.",
])
def test_the_day_an_agreement_was_reached_is_not_the_deliverables(sentence: str) -> None:
    (got,) = _promises(sentence)
    assert got[2:] == (None, None)


def test_a_fronted_deadline_before_an_agreement_still_dates_it() -> None:
    (got,) = _promises("By 5 June, Kenya and Ghana agreed to form a joint working group.")
    assert got[2:] == (ON, dt.date(2031, 6, 5))


def test_a_future_day_fronted_before_a_modal_still_dates_it() -> None:
    (got,) = _promises("On Thursday, Kenya and Ghana will form a joint working group.")
    assert got[2:] == (dt.date(2031, 3, 13), dt.date(2031, 3, 13))


@pytest.mark.parametrize("second", [
    "Its first session will be held in Accra in May.",
    "The first commission meeting is envisaged for May.",
])
def test_the_first_meeting_of_a_body_set_up_dates_the_promise_to_set_it_up(second: str) -> None:
    assert _promises("Kenya and Ghana will establish a joint commission on trade. " + second) == [
        ("establish", "joint commission on trade", dt.date(2031, 5, 1), dt.date(2031, 5, 31))]


def test_another_event_after_a_body_set_up_is_a_promise_of_its_own() -> None:
    got = _promises("Kenya and Ghana will establish a joint commission on trade. The first summit will be "
                    "held in Accra in May.")
    assert [(action, start is None) for action, _subject, start, _end in got] == [
        ("establish", True), ("hold", False)]


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("The two sides plan to hold talks within the year.", ON, dt.date(2031, 12, 31)),
    ("The report will be ready within the month.", ON, dt.date(2031, 3, 31)),
])
def test_within_the_year_is_the_rest_of_this_one(phrase: str, start: dt.date, end: dt.date) -> None:
    (t,) = [t for t in find_all(phrase, ON) if t.text.startswith("within")]
    assert (t.due_start, t.due_end, t.rule) == (start, end, "this_period")


def test_in_the_year_names_no_window() -> None:
    assert not [t for t in find_all("Trade grew in the year since the accord.", ON) if "the year" in t.text
                and t.due_start is not None and t.reference != "past"]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Kenya and Ghana are making final arrangements for security talks on May 9.", "security talks"),
    ("Kenya and Ghana are making final arrangements for a summit on May 9.", "summit"),
    ("Kenya and Ghana have begun making arrangements for a session of the council on May 9.",
     "session of the council"),
])
def test_arrangements_for_an_event_named_by_a_noun_in_s(sentence: str, subject: str) -> None:
    # ("summit", "session", "talks": an event noun read whole, not stripped of its s)
    assert _promises(sentence) == [("hold", subject, dt.date(2031, 5, 9), dt.date(2031, 5, 9))]


def test_arrangements_for_an_outcome_stay_no_promise() -> None:
    assert _promises("Kenya and Ghana are making final arrangements for the talks' outcome.") == []


@pytest.mark.parametrize("sentence", [
    "The talks went well, with both navies scheduled to hold a joint exercise in June.",
    "With the two navies scheduled to hold a joint exercise in June, the leaders welcomed the accord.",
])
def test_a_states_navy_set_to_hold_an_exercise_is_a_promise(sentence: str) -> None:
    assert _promises(sentence) == [("hold", "joint exercise", dt.date(2031, 6, 1), dt.date(2031, 6, 30))]


@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana agreed at their summit in January that they would hold talks in June.",
    "The leaders decided during their talks on Monday that they would hold talks in June.",
    "Kenya and Ghana agreed in a phone call that they would hold talks in June.",
])
def test_an_agreement_reached_at_a_meeting_before_that(sentence: str) -> None:
    assert _promises(sentence) == [("hold", "talks", dt.date(2031, 6, 1), dt.date(2031, 6, 30))]


@pytest.mark.parametrize("sentence", [
    "As Kenya has announced plans to host the summit in June, the ministers will coordinate the agenda.",
    "Although Ghana will host the summit in June, the agenda is not yet fixed.",
])
def test_a_plan_in_a_clause_of_reason_or_concession_is_stated(sentence: str) -> None:
    assert ("host", "summit", dt.date(2031, 6, 1), dt.date(2031, 6, 30)) in _promises(sentence)


@pytest.mark.parametrize("sentence", [
    "If Ghana hosts the summit in June, Kenya will attend.",
    "The minister spoke as Kenya plans to host the summit in June.",
])
def test_a_condition_or_a_clause_inside_the_sentence_states_no_plan(sentence: str) -> None:
    assert not [p for p in _promises(sentence) if p[0] == "host"]


@pytest.mark.parametrize("sentence", [
    "The consultations with Ghana are set to begin this year.",
    "Kenya said on Monday that consultations on trade with Ghana were set to begin this year.",
])
def test_an_event_set_to_begin_with_a_time_right_after_the_verb(sentence: str) -> None:
    ((action, subject, start, end),) = _promises(sentence)
    assert action == "begin" and subject.startswith("consultations") and (start, end) == (ON, dt.date(2031, 12, 31))


def test_a_dialogue_begun_as_an_object_stays_undated() -> None:
    assert _promises("Kenya and Ghana will begin this dialogue.") == [("begin", "this dialogue", None, None)]


@pytest.mark.parametrize(("sentence", "action"), [
    ("Kenya and Ghana have completed preliminary work to sign a trade accord next week.", "sign"),
    ("Kenya has finalised preparations to host the summit next week.", "host"),
])
def test_preparations_completed_for_a_deliverable(sentence: str, action: str) -> None:
    ((got, _subject, start, _end),) = _promises(sentence)
    assert (got, start) == (action, dt.date(2031, 3, 17))


def test_work_completed_toward_an_aim_is_no_promise() -> None:
    assert _promises("Kenya has completed work to improve the port.") == []


@pytest.mark.parametrize(("sentence", "action", "subject"), [
    ("The ministers discussed the Joint Commission, which will meet in Nairobi in June.", "meet", "Joint Commission"),
    ("Reporters spoke to President Mensah, who will visit Nairobi in June.", "visit", "Nairobi"),
    ("The ministers welcomed the new ferry route, which will begin operations in June.", "open", "new ferry route"),
])
def test_a_relative_clause_says_what_its_antecedent_will_do(sentence: str, action: str, subject: str) -> None:
    ((got, subj, start, _end),) = _promises(sentence)
    assert (got, subj, start) == (action, subject, dt.date(2031, 6, 1))


@pytest.mark.parametrize("sentence", [
    "The ministers praised the trade volume, which will double by 2030.",  # no event, body or facility
    "They met President Mensah, who will step down in June.",  # no deliverable
    "The ministers discussed the Joint Commission, which will meet soon.",  # no date
])
def test_a_relative_clause_without_a_dated_deliverable_is_none(sentence: str) -> None:
    assert _promises(sentence) == []


def test_a_relative_clause_reading_is_less_sure_than_the_clause_itself() -> None:
    (rel,) = extract("The ministers discussed the Joint Commission, which will meet in Nairobi in June.", ON)
    (own,) = extract("The Joint Commission will meet in Nairobi in June.", ON)
    assert rel.confidence < own.confidence


def test_a_long_attribution_after_a_list_ends_the_object() -> None:
    # (a title of five words before "said": "U.S. Defense Secretary Lloyd Austin said")
    ((_action, subject, _s, _e),) = _promises(
        "The Kenyan navy will increase the rotation of its ships in Ghana, including patrol boats, Kenyan "
        "Defence Secretary John Otieno said on Tuesday after talks in Accra.")
    assert subject == "rotation of its ships in Ghana, including patrol boats"


@pytest.mark.parametrize(("sentence", "action", "subject"), [
    ("President Mensah, who will visit Nairobi in June, spoke to reporters.", "visit", "Nairobi"),
    ("The Joint Commission, which will meet in Nairobi in June, was set up in 2020.", "meet", "Joint Commission"),
])
def test_a_relative_clause_inside_the_sentence_is_read_too(sentence: str, action: str, subject: str) -> None:
    ((got, subj, start, _end),) = _promises(sentence)
    assert (got, subj, start) == (action, subject, dt.date(2031, 6, 1))


def test_a_relative_clause_dating_a_promises_object_is_no_second_promise() -> None:
    got = _promises("Ruto accepted the invitation to attend the summit, which will take place in Accra in June, "
                    "the ministry said.")
    assert got == [("attend", "summit", dt.date(2031, 6, 1), dt.date(2031, 6, 30))]
