"""Extraction found wanting by the twenty-seventh blind check (docs/accuracy.md). Sentences
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract

ON = dt.date(2031, 3, 10)


def _subjects(text: str) -> list[str]:
    return [i.subject for i in extract(text, ON) if i.kind == "commitment"]


@pytest.mark.parametrize("who", ["The heads of state", "The two Heads of State", "The heads of government",
                                 "Both heads of state", "The Heads of State and Government"])
def test_the_leaders_named_by_office_undertake(who: str) -> None:
    got = [i for i in extract(f"{who} will hold the seventh meeting of the Kenya-Ghana Council in May.", ON)
           if i.kind == "commitment"]
    assert [i.subject for i in got] == ["seventh meeting of the Kenya-Ghana Council"]
    assert got[0].due_end == dt.date(2031, 5, 31)


@pytest.mark.parametrize(("text", "want"), [
    (("The presidents will hold bilateral talks in a narrow format and the seventh meeting of the "
     "Kenya-Ghana Council."), ["bilateral talks in a narrow format", "seventh meeting of the Kenya-Ghana Council"]),
    ("The ministers will hold consultations and the first session of the Kenya-Ghana Joint Commission.",
     ["consultations", "first session of the Kenya-Ghana Joint Commission"]),
])
def test_talks_with_no_article_and_a_numbered_meeting_are_two_deliverables(text: str, want: list[str]) -> None:
    assert _subjects(text) == want


def test_talks_on_two_topics_stay_one_deliverable() -> None:
    assert _subjects("The ministers will hold talks on trade and the tariffs on tea in May.") == [
        "talks on trade and the tariffs on tea"]
