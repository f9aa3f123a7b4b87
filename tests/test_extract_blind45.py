"""Extraction found wanting by the twenty-sixth blind check (sets 45-46, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.domain.lexicon import ATTENDING_PURPOSES
from tracker.extract.tables import INSTRUMENT_NOUNS

ON = date(2024, 2, 26)  # a Monday
read = commitments_published(ON)


@pytest.mark.parametrize("purpose", sorted(ATTENDING_PURPOSES))
def test_going_somewhere_to_attend_an_event_is_attending_it(purpose: str) -> None:
    (c,) = read(ATTENDING_PURPOSES[purpose])
    assert c.action == "attend"
    assert c.subject.endswith(("summit", "opening", "conference"))


def test_the_place_and_day_may_stand_between_with_their_commas() -> None:
    (c,) = read("President Ruto will arrive on Wednesday (Feb. 28) in Accra, the capital of Ghana, to "
                "participate as a special guest in the closing ceremony of the Kenya-Ghana summit.")
    assert (c.action, c.due_start, c.due_end) == ("attend", date(2024, 2, 28), date(2024, 2, 28))


def test_going_somewhere_to_attend_to_matters_is_no_event() -> None:
    (c,) = read("President Mahama will travel to Nairobi to attend to urgent matters in the ministry.")
    assert c.action != "attend"


@pytest.mark.parametrize("noun", ["contract", "licence"])
def test_a_contract_or_licence_is_an_instrument_delivered_in_the_passive(noun: str) -> None:
    assert noun in INSTRUMENT_NOUNS
    (c,) = read(f"The {noun} for the Kenya-Ghana bridge is expected to be signed by October.")
    assert (c.action, c.due_start, c.due_end) == ("sign", ON, date(2024, 10, 31))


def test_what_a_contract_will_do_is_no_promise() -> None:
    assert read("The Kenya-Ghana contract will allow Ghana to import gas from Kenya.") == []


@pytest.mark.parametrize("sentence", [
    "The bridge which will link Kenya and Ghana will open in 2025.",
    "Construction of the bridge that will link Kenya and Ghana will begin in 2025.",
    "The minister said the bridge which will link Kenya and Ghana will be opened in 2025.",
])
def test_a_relative_clause_with_its_own_future_is_inside_the_subject(sentence: str) -> None:
    (c,) = read(sentence)
    assert "bridge" in c.subject
    assert (c.due_start, c.due_end) == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana agreed on a plan that will cut tariffs.",
    "Kenya and Ghana signed a deal which will open the border next year.",
])
def test_what_a_relative_clause_says_a_thing_will_do_stays_no_promise(sentence: str) -> None:
    assert read(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Very shortly, I will lead a team back to Ghana, where I hope we finalise the agreements.",
    "Kenya's energy minister will lead a team to Ghana next month.",
])
def test_leading_a_team_to_a_place_is_a_visit(sentence: str) -> None:
    (c,) = read(sentence)
    assert (c.action, c.subject) == ("visit", "Ghana")


def test_leading_the_team_alone_is_who_takes_part() -> None:
    assert read("Kenya's energy minister will lead the team.") == []


@pytest.mark.parametrize("verb", ["canceled", "scrapped", "shelved", "postponed"])
def test_plans_called_off_are_no_promise(verb: str) -> None:
    assert read(f"President Ruto has {verb} plans to host the Kenya-Ghana summit in Nairobi in June.") == []


def test_plans_alone_stay_a_promise() -> None:
    (c,) = read("President Ruto plans to host the Kenya-Ghana summit in Nairobi in June.")
    assert c.action == "host"


@pytest.mark.parametrize(("sentence", "window"), [
    ("Kenya has postponed the Kenya-Ghana summit to September.", (date(2024, 9, 1), date(2024, 9, 30))),
    ("President Ruto announced that he would postpone the Kenya-Ghana summit until September.",
     (date(2024, 9, 1), date(2024, 9, 30))),
    ("Kenya will put off the Kenya-Ghana summit till next year.", (date(2025, 1, 1), date(2025, 12, 31))),
], ids=["to", "until", "till"])
def test_an_occasion_put_off_to_a_new_date_is_promised_for_that_date(sentence: str, window: tuple[date, date]) -> None:
    (c,) = read(sentence)
    assert (c.action, (c.due_start, c.due_end)) == ("hold", window)
    assert "summit" in c.subject


@pytest.mark.parametrize("sentence", [
    "Kenya has postponed the visit to Ghana.",  # a place, no date
    "Kenya has delayed the project until 2025.",  # no occasion
])
def test_a_thing_put_off_without_an_occasion_or_a_date_is_no_promise(sentence: str) -> None:
    assert read(sentence) == []


@pytest.mark.parametrize("sentence", [
    "President Ruto said he looked forward to Kenya hosting the second meeting of the Kenya-Ghana council.",
    "President Ruto said he looked forward to the Republic hosting the second meeting of the Kenya-Ghana council.",
])
def test_looking_forward_to_a_party_doing_a_thing(sentence: str) -> None:
    (c,) = read(sentence)
    assert (c.action, c.subject) == ("host", "second meeting of the Kenya-Ghana council")


def test_looking_forward_to_a_party_without_a_gerund_reads_no_party() -> None:
    (c,) = read("Kenya looks forward to the Kenya-Ghana summit in May.")
    assert (c.action, c.due_start) == ("hold", date(2024, 5, 1))
