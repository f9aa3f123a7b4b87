"""``patterns.trie_alternation``: the same matches, with the same preference, as the plain
alternation of its words longest first (the form the word tables used to be written in); with
``any_space`` a space in a word stands for any white space. Words and sentences written for
these tests."""

from __future__ import annotations

import re

import pytest

from tracker.extract.patterns import trie_alternation

WORDS = ["put off", "put", "pushed back", "push", "delayed", "delay", "not", "no", "n't", "yet to",
         "a number of", "a host of", "sub-groups", "sub-group"]
TEXT = ("The talks were put  off, then pushed\nback; a  number of sub-groups did not meet, "
        "no delay was n't seen, yet to come: a host of delays, put out, pushy, Not now.")


def _plain(words: list[str], any_space: bool) -> str:
    return "(?:" + "|".join(w.replace(" ", r"\s+") if any_space else re.escape(w)
                            for w in sorted(words, key=len, reverse=True)) + ")"


@pytest.mark.parametrize("any_space", [False, True])
@pytest.mark.parametrize("tail", ["", r"\b", r"s?\b", r"\s+\w", r"(?:\s+\w+)?\s*[,;:]"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_trie_matches_as_the_plain_alternation(any_space: bool, tail: str, flags: int) -> None:
    def found(pattern: str) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.group(0)) for m in re.finditer(pattern + tail, TEXT, flags)]

    assert found(trie_alternation(WORDS, any_space=any_space)) == found(_plain(WORDS, any_space))


def test_a_space_stands_for_any_white_space_only_when_asked() -> None:
    assert re.fullmatch(trie_alternation(["put off"], any_space=True), "put \n off")
    assert not re.fullmatch(trie_alternation(["put off"]), "put \n off")
    assert re.fullmatch(trie_alternation(["put off"]), "put off")
