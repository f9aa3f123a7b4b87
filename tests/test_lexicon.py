"""The lexicon's rows, each with an example (tracker/lexicon.py)."""

from __future__ import annotations

import re

import pytest

from tracker import lexicon


@pytest.mark.parametrize(("word", "number"), [
    ("January", 1), ("jan", 1), ("Sept.", 9), ("sep", 9), ("September", 9), ("May", 5),
    ("Dec", 12),
])
def test_month_numbers(word: str, number: int) -> None:
    assert lexicon.month_number(word) == number


def test_every_spelling_is_in_the_words_and_the_patterns() -> None:
    words = set(lexicon.MONTH_WORDS.split())
    assert words == set(lexicon.MONTH_NUMBER)
    for spelling in lexicon.MONTH_NUMBER:
        cased = spelling.capitalize()
        assert re.fullmatch(lexicon.MONTH_WORD, cased), spelling
        assert re.fullmatch(lexicon.MONTH_ANY, cased), spelling
        assert re.match(lexicon.MONTH_PREFIX + "[a-z]*$", spelling), spelling
    assert re.fullmatch(lexicon.MONTH_FULL, "November")
    assert not re.fullmatch(lexicon.MONTH_FULL, "Nov")
    assert re.match(lexicon.MONTH_ANY, "Sept. 5").group(0) == "Sept."


def test_the_readers_share_the_lexicon() -> None:
    from tracker import documents, temporal
    from tracker.extract import statements

    assert documents._MONTHS is lexicon.MONTH_NUMBER
    assert statements._MONTHS is lexicon.MONTH_NUMBER
    assert temporal.MONTH_ANY is lexicon.MONTH_ANY
