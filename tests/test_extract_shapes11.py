"""Promise shapes read after the eleventh blind check: contrast clauses ("while" / "whereas"), a
time clause "while visiting ...", "are also expected to", quantity nouns before the deliverable ("a
number of agreements"), a promise tied to an event named before ("during the visit"), a "when"
clause dating the promise, a fronted "in his talks with X next week", person names with particles,
and a second verb after the time phrase. Every row of the tables these readings live in has an
example sentence run here. Sentences written for these tests; Kenya and Ghana are the invented
parties."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments
from tracker.extract import extract
from tracker.extract.model import ExtractedItem
from tracker.extract.patterns import present_forms
from tracker.extract.tables import (
    CONTRAST_WORDS,
    EVENT_REFERENCES,
    FRONTED_TIME_CLAUSES,
    LEADERS,
    NAME_PARTICLES,
    QUANTITY_NOUNS,
    WHEN_EVENT_VERBS,
)

ON = dt.date(2031, 3, 10)  # a Monday
MARCH = (dt.date(2031, 3, 1), dt.date(2031, 3, 31))
NEXT_WEEK = (dt.date(2031, 3, 17), dt.date(2031, 3, 23))
NEXT_MONTH = (dt.date(2031, 4, 1), dt.date(2031, 4, 30))


def _window(c: ExtractedItem) -> tuple[dt.date | None, dt.date | None]:
    return (c.due_start, c.due_end)


# 1. contrast clauses -----------------------------------------------------------------------

def test_a_promise_after_a_fronted_contrast() -> None:
    (c,) = commitments("While Kenya welcomed the progress, Ghana will host the next session in March.", ON)
    assert (c.actors, c.action, c.subject, _window(c)) == (["Ghana"], "host", "next session", MARCH)


@pytest.mark.parametrize("word", sorted(CONTRAST_WORDS))
def test_a_promise_in_either_half_of_a_contrast(word: str) -> None:
    first, second = commitments(CONTRAST_WORDS[word], ON)
    assert (first.actors, first.action, first.subject, _window(first)) == (["Ghana"], "host", "next session", MARCH)
    assert (second.actors, second.action, second.subject) == (["Kenya"], "convene", "working group")
    assert _window(second) == (dt.date(2031, 6, 1), dt.date(2031, 6, 30))


def test_a_fronted_contrast_clause_with_its_own_promise() -> None:
    items = commitments("While Ghana will host the next session in March, Kenya will convene the working "
                        "group in June.", ON)
    assert [(c.actors, c.action) for c in items] == [(["Ghana"], "host"), (["Kenya"], "convene")]


def test_a_contrast_beside_a_description_is_no_promise() -> None:
    assert commitments("The regiment will add to the force, while the headquarters will provide command "
                       "capabilities.", ON) == []


# 1b / 5. a fronted clause naming the occasion dates the promise ----------------------------

@pytest.mark.parametrize(("name", "example"), [(n, ex) for n, _rx, ex in FRONTED_TIME_CLAUSES])
def test_a_fronted_occasion_dates_the_promise(name: str, example: str) -> None:
    items = commitments(example, ON)
    sign = [c for c in items if c.action == "sign"]
    assert len(sign) == 1 and _window(sign[0]) == NEXT_WEEK and sign[0].actors[0] == "Kenya"


def test_while_visiting_is_a_time_clause_not_a_contrast() -> None:
    (c,) = commitments("While visiting Accra next week, the Kenyan minister will sign a trade agreement.", ON)
    assert (c.actors, c.action, c.subject, _window(c)) == (["Kenya"], "sign", "trade agreement", NEXT_WEEK)


@pytest.mark.parametrize("text", [
    "In his talks with President Mahama next week, Ruto will raise the question of the border.",
    "During talks with President Mahama next week, President Ruto will raise the border question.",
])
def test_talks_with_a_person_are_a_meeting_with_his_country(text: str) -> None:
    (c,) = commitments(text, ON)
    assert (c.action, c.subject, _window(c)) == ("meet", "President Mahama", NEXT_WEEK)
    assert set(c.actors) == {"Kenya", "Ghana"}


def test_talks_with_a_person_and_a_deliverable() -> None:
    items = commitments("During talks with President Mahama on Tuesday, President Ruto will sign a visa accord.", ON)
    assert sorted((c.action, c.subject) for c in items) == [("meet", "President Mahama"), ("sign", "visa accord")]
    assert all(_window(c) == (dt.date(2031, 3, 11), dt.date(2031, 3, 11)) for c in items)


def test_the_leaders_table_names_ghanas_president() -> None:
    assert LEADERS["Mahama"] == "Ghana"


# 2. "also" after the auxiliary, quantity nouns ----------------------------------------------

def test_also_between_the_auxiliary_and_expected() -> None:
    (c,) = commitments("Kenya and Ghana are also expected to sign a visa accord in March.", ON)
    assert (c.action, c.subject, _window(c)) == ("sign", "visa accord", MARCH)


@pytest.mark.parametrize("phrase", sorted(QUANTITY_NOUNS))
def test_quantity_nouns_before_the_deliverable(phrase: str) -> None:
    (c,) = commitments(QUANTITY_NOUNS[phrase], ON)
    assert c.action in ("sign", "hold")
    assert _window(c) == (dt.date(2031, 5, 1), dt.date(2031, 5, 31))


# 3. a promise tied to an event named before --------------------------------------------------

@pytest.mark.parametrize("key", sorted(EVENT_REFERENCES))
def test_a_promise_at_an_event_takes_the_events_window(key: str) -> None:
    first, second = commitments(EVENT_REFERENCES[key][1], ON)
    assert first.due_start is not None
    assert _window(second) == _window(first) and second.due_rule == "event_reference"
    assert second.action == "sign" and " at the " not in second.subject


def test_during_the_visit_several_agreements() -> None:
    body = ("President Ruto will pay a state visit to Ghana on May 3. Several agreements are also expected "
            "to be signed during the visit.")
    visit, sign = commitments(body, ON)
    assert (visit.action, _window(visit)) == ("visit", (dt.date(2031, 5, 3), dt.date(2031, 5, 3)))
    assert (sign.action, sign.subject, _window(sign)) == ("sign", "Several agreements", _window(visit))


def test_an_event_reference_without_an_earlier_dated_event_stays_open() -> None:
    (c,) = commitments("Several agreements are expected to be signed during the visit.", ON)
    assert c.due_start is None and c.due_expression is None


def test_a_promise_with_its_own_time_keeps_it() -> None:
    body = "President Ruto will visit Accra on May 3. A visa accord will be signed at the visit's end in June."
    _visit, sign = commitments(body, ON)
    assert sign.due_start == dt.date(2031, 6, 1)


# 4. a "when" clause dating the promise -------------------------------------------------------

def test_the_agreement_signed_when_the_president_visits() -> None:
    (c,) = commitments("The agreement will be signed when President Ruto visits Accra next month.", ON)
    assert (c.action, c.subject, _window(c)) == ("sign", "agreement", NEXT_MONTH)


@pytest.mark.parametrize("verb", sorted(WHEN_EVENT_VERBS))
def test_a_when_clause_is_no_part_of_the_subject(verb: str) -> None:
    (c,) = commitments(WHEN_EVENT_VERBS[verb], ON)
    assert " when " not in c.subject and c.due_start is not None


@pytest.mark.parametrize("form", sorted(f for verb in WHEN_EVENT_VERBS for f in present_forms(verb)))
def test_a_when_clause_reads_both_present_forms(form: str) -> None:
    (c,) = commitments(f"Kenya will sign the accord when the Ghanaian side {form} Nairobi in June.", ON)
    assert (c.action, c.subject, _window(c)) == ("sign", "accord", (dt.date(2031, 6, 1), dt.date(2031, 6, 30)))


@pytest.mark.parametrize(("verb", "forms"), [
    ("meet", ("meet", "meets")), ("reach", ("reach", "reaches")), ("carry", ("carry", "carries")),
    ("stay", ("stay", "stays")), ("go", ("go", "goes")), ("convene", ("convene", "convenes")),
])
def test_present_forms(verb: str, forms: tuple[str, str]) -> None:
    assert present_forms(verb) == forms


# 6. names with particles ----------------------------------------------------------------------

@pytest.mark.parametrize("particle", sorted(NAME_PARTICLES))
def test_a_name_with_a_particle_is_one_person(particle: str) -> None:
    (c,) = commitments(NAME_PARTICLES[particle], ON)
    assert c.action == "visit" and c.due_start == dt.date(2031, 5, 1)


def test_a_leader_named_with_particles() -> None:
    (c,) = commitments("Sheikh Mohammed bin Rashid Al Maktoum will visit Accra in May.", ON)
    assert c.actors[0] == "United Arab Emirates"


# 7. a second verb after the time phrase --------------------------------------------------------

def test_a_second_verb_after_the_time_phrase() -> None:
    items = commitments("Ruto will visit Accra next month and meet President Mahama.", ON)
    assert [(c.action, c.subject, _window(c)) for c in items] == [
        ("visit", "Accra", NEXT_MONTH), ("meet", "President Mahama", NEXT_MONTH)]
    assert items[0].group is not None and items[0].group == items[1].group


def test_a_second_word_that_is_no_verb_is_not_split() -> None:
    items = extract("Ruto will visit Accra next month and early June.", ON)
    assert [c.action for c in items] == ["visit"]


def test_a_second_predicate_shares_the_first_ones_window() -> None:
    visit, meet = commitments("Ruto will visit Accra next month, and will meet President Mahama.", ON)
    assert (meet.action, _window(meet)) == ("meet", NEXT_MONTH) and _window(visit) == NEXT_MONTH


def test_talks_with_a_counterpart_named_by_demonym() -> None:
    (c,) = commitments("In talks with his Ghanaian counterpart next week, Ruto will raise the border question.", ON)
    assert (c.action, c.subject, _window(c)) == ("meet", "his Ghanaian counterpart", NEXT_WEEK)
    assert set(c.actors) == {"Kenya", "Ghana"}


@pytest.mark.parametrize("text", [
    "At their meeting in Accra next week, the two presidents will sign a visa accord.",
    "During a state visit to Ghana next week, President Ruto will sign a visa accord.",
])
def test_a_fronted_dated_occasion_dates_the_promise(text: str) -> None:
    (c,) = commitments(text, ON)
    assert (c.action, _window(c)) == ("sign", NEXT_WEEK)


def test_after_an_occasion_is_not_its_time() -> None:
    (c,) = commitments("After their meeting in Accra next week, the two presidents will sign a visa accord.", ON)
    assert c.due_start is None


def test_a_dated_mention_that_is_no_promise() -> None:
    body = ("President Ruto arrives in Accra on Monday for a state visit. Several agreements are expected "
            "to be signed during the visit.")
    (c,) = commitments(body, ON)
    assert (c.action, c.due_start, c.due_rule) == ("sign", ON, "event_reference")


def test_the_dated_mentions_are_read_once_and_under_the_deadline() -> None:
    from dataclasses import replace

    from tracker.extract.budget import ExtractionTooSlow
    from tracker.extract.occasions import event_reference_windows

    body = ("President Ruto arrives in Accra on Monday for a state visit. Several agreements are expected "
            "to be signed during the visit. A visa accord will also be signed during the visit.")
    open_ended = [replace(c, due_expression=None, due_start=None, due_end=None, due_rule=None)
                  for c in commitments(body, ON)]
    assert len(open_ended) == 2
    dated = event_reference_windows(open_ended, body)
    assert [(c.due_start, c.due_rule) for c in dated] == [(ON, "event_reference")] * 2

    def too_late() -> None:
        raise ExtractionTooSlow("took too long")

    with pytest.raises(ExtractionTooSlow):
        event_reference_windows(open_ended, body, check=too_late)


def test_a_past_visit_dates_nothing() -> None:
    body = ("President Ruto visited Accra on Monday for a state visit. Several agreements are expected "
            "to be signed during the visit.")
    (c,) = commitments(body, ON)
    assert c.due_start is None


def test_talks_with_people_who_are_no_office_holders_are_no_meeting() -> None:
    (c,) = commitments("In a meeting with Ghanaian traders next week, the minister will open the new chancery.", ON)
    assert (c.action, _window(c)) == ("open", NEXT_WEEK)
