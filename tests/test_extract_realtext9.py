"""Promise shapes read after the ninth blind check: a visit announced with another light verb
("have / embark on an official visit to"), and a courtesy call ("will call on President Ruto"),
which is a meeting, unlike a call on a party to act (an ask). Sentences written for these tests;
Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments

ON = dt.date(2031, 3, 10)


@pytest.mark.parametrize("text", [
    "President Ruto of Kenya will have an official visit to Ghana on May 3-4.",
    "President Ruto of Kenya will embark on an official visit to Ghana on May 3-4.",
    "President Ruto of Kenya will make a state visit to Ghana on May 3-4.",
])
def test_a_visit_by_a_light_verb(text: str) -> None:
    (c,) = commitments(text, ON)
    assert (c.action, c.subject, c.due_start, c.due_end) == ("visit", "Ghana", dt.date(2031, 5, 3),
                                                            dt.date(2031, 5, 4))


def test_a_courtesy_call_is_a_meeting() -> None:
    (c,) = commitments("The Ghanaian minister, who arrives on Tuesday, will also call on President Ruto.", ON)
    assert c.kind == "commitment" and c.action == "meet" and "President Ruto" in c.subject and c.actors == ["Ghana"]


def test_a_call_on_a_party_to_act_is_an_ask() -> None:
    from tracker.extract import extract
    items = extract("Kenya will call on Ghana to release the detainees.", ON)
    assert [i.kind for i in items] == ["ask"]
