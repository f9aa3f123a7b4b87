"""Extraction found wanting by the thirty-first blind check (sets 67-68, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published

ON = date(2030, 3, 4)  # a Monday
read = commitments_published(ON)


@pytest.mark.parametrize("said", ["said on Tuesday", "said Tuesday", "said today", "said yesterday"])
def test_the_day_of_saying_between_the_saying_and_its_subject(said: str) -> None:
    # the promise is read across the day it was said ...
    (c,) = read(f"Kenya {said} it would announce new flights to Ghana in May.")
    assert (c.action, c.subject, c.due_start, c.due_end) == ("announce", "new flights to Ghana",
                                                             date(2030, 5, 1), date(2030, 5, 31))
    # ... which is no time of the promise
    (c,) = read(f"Kenya {said} it would announce new flights to Ghana.")
    assert (c.action, c.due_start, c.due_end) == ("announce", None, None)


def test_a_day_after_that_still_dates_the_reported_promise() -> None:
    (c,) = read("Kenya said on Tuesday that on Friday the two countries will sign the deal.")
    assert (c.action, c.due_start) == ("sign", date(2030, 3, 8))


@pytest.mark.parametrize(("text", "action"), [
    ("The Kenyan troops will be withdrawn from Somalia by the end of April 2031.", "withdraw"),
    ("The withdrawal of the Kenyan troops will begin in May.", "begin"),
])
def test_a_withdrawal_with_a_date_is_a_promise(text: str, action: str) -> None:
    (c,) = read(text)
    assert c.action == action and c.due_end is not None


def test_a_withdrawal_names_the_place_it_leaves() -> None:
    (c,) = read("The force will be withdrawn from South Kivu by the end of April 2031.")
    assert (c.action, c.subject) == ("withdraw", "force from South Kivu")
