"""The one table of hedges (``tables.HEDGES``): every row's example is no commitment, and the
same sentence said firmly is one, so each row's word is what makes the difference."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract.tables import HEDGES, Hedge, hedges

read = commitments_published(date(2030, 3, 2))

#: per reading, how the example is said firmly (the hedging word and what it governs replaced)
_FIRM: dict[str, tuple[str, str]] = {
    "hoping": (r"\b(?:is\s+)?\w+\s+to\s+(?=push|postpone|extend)", "decided to "),
    "hint": (r"\b(?:suggested|hinted|signall?ed|speculated)\b", "said"),
    "opinion": (r"\b(?:I|We|She|He)\s+\w+\s+", ""),
    "hope": (r"\b(?:\w+\s+){0,2}\w+ that ", "said that "),
    "doubt": (r"\b(?i:considered it|it is|it was|it will be) (?:very )?\w+ for (.+?) to be", r"said \1 would be"),
    "modal": (r"\b(?:could|may|might|can) be scheduled", "is scheduled"),
}


@pytest.mark.parametrize("row", HEDGES, ids=lambda h: f"{h.reading}:{h.word}")
def test_each_hedge_makes_its_example_no_promise(row: Hedge) -> None:
    assert row.word[:2] in row.example.lower()  # (the verbs of hoping are base forms: try, tried)
    assert read(row.example) == []
    pattern, firm = _FIRM[row.reading]
    said = re.sub(pattern, firm, row.example, count=1)
    assert said != row.example
    assert read(said), said


def test_the_views_are_the_table() -> None:
    assert sum(len(hedges(r)) for r in _FIRM) == len(HEDGES)
