"""The office titles and the schedule participles of the lexicon (``lexicon.OFFICE_TITLES``,
``lexicon.SCHEDULE_WORDS``): every row's example is run, and each place that reads a table reads
exactly the rows that name it (a word of another row is not read there). Sentences written for
these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

from tracker.domain import lexicon
from tracker.extract import core, extract, patterns

ON = dt.date(2031, 3, 10)


def _params(table: tuple[lexicon.Word, ...]) -> list[object]:
    return [pytest.param(r, id=r.word) for r in table]


@pytest.mark.parametrize("row", _params(lexicon.OFFICE_TITLES) + _params(lexicon.SCHEDULE_WORDS))
def test_every_row_occurs_in_its_example_and_has_a_use(row: lexicon.Word) -> None:
    assert re.search(r"\b" + lexicon.alternation([row.word]) + r"\b", row.example), row
    assert row.uses


# --- office titles -------------------------------------------------------------------------

def _idiom(verb: str) -> re.Pattern[str]:
    (rx,) = [rx for verbs, rx, *_ in core.LIGHT_VERB_IDIOMS if verbs == frozenset({verb})]
    return rx


#: the place of each use: (a sentence with the title's phrase, whether the place reads it there,
#: the action extracted from the sentence with the row's example)
_TITLE_PLACES: dict[str, tuple[str, Callable[[str], bool], str]] = {
    "call_on": ("Kenya's foreign minister will call on {} in Accra on Friday.",
                lambda s: _idiom("call").match(s, s.index(" on ")) is not None, "meet"),
    "receive": ("President Ruto of Kenya will receive {} in Nairobi on 3 May.",
                lambda s: _idiom("receive").match(s, s.index("receive") + len("receive")) is not None, "meet"),
    "person": ("In his talks with {} of Ghana next week, Kenya's President Ruto will raise trade.",
               lambda s: core._PERSON_WORD_RE.search(s[:s.index(" of Ghana")]) is not None, "meet"),
    # lower case, so that no capitalised name makes the subject a party: only the title can
    "subject": ("The deputy {} of Ghana will visit Kenya in May.",
                lambda s: core._subject_kind(s[:s.index(" of Ghana")].lower()) == "agent", "visit"),
}


@pytest.mark.parametrize("use", sorted(_TITLE_PLACES))
@pytest.mark.parametrize("row", _params(lexicon.OFFICE_TITLES))
def test_each_place_reads_its_titles(use: str, row: lexicon.Word) -> None:
    template, reads, action = _TITLE_PLACES[use]
    # the bare title before a name, so that no other word of the example is read
    assert reads(template.format(row.word + " Mensah")) == (use in row.uses), (use, row.word)
    if use in row.uses:
        assert action in [c.action for c in extract(template.format(row.example), ON)], (use, row.example)


# --- schedule participles ----------------------------------------------------------------

def _row(name: str) -> re.Pattern[str]:
    (rx,) = [rx for n, rx, _c, _k in patterns.COMMITMENT_RES if n == name]
    return rx


#: the place of each use: a sentence with the word, and whether the place reads it there
_SCHEDULE_PLACES: dict[str, Callable[[str], object]] = {
    "expected_to": lambda w: _row("expected_to").search(f"Kenya and Ghana are {w} to sign a trade accord in May."),
    "with_to": lambda w: _row("with_set_to").search(f"Ports were discussed, with both sides {w} to sign a protocol."),
    "for": lambda w: (_row("scheduled_for").search(f"The Joint Commission is {w} for early May.")
                      and _row("scheduled_for_bare").search(f"Officials met before the forum, {w} for May 2.")
                      and _row("scheduled_for_fronted").search(f"{w.capitalize()} for May 2, the forum will open.")),
    "future_at": lambda w: core._FUTURE_AT_RE.match(f" is {w} to"),
    "relative": lambda w: core._DATING_RELATIVE_RE.match(f", which is {w} to be held in June"),
    "bare": lambda w: w in core._BARE_SCHEDULE_WORDS,
    "absolute": lambda w: core._ABSOLUTE_EVENT_RE.match(f", with the first meeting {w} for May"),
    "old_date": lambda w: core._OLD_DATE_RE.search(f"The summit, first {w} for February, was put off."),
    "talks_with": lambda w: core._TALKS_WITH_RE.match(f"In his talks with President Mahama next week, Ruto is {w} to "
                                                      "raise trade."),
    "trip": lambda w: core._TRIP_BEFORE_WHERE_RE.search(f"Ruto is {w} to travel to Accra next week,"),
    "open": lambda w: patterns.OPEN_FUTURE_RE.search(f"The Kenya-Ghana bridge is {w} to open in May."),
    "inner": lambda w: core._INNER_RELATIVE_RE.match(f", who is {w} to visit Accra in May,"),
    "adverb": lambda w: core._PRE_MODAL_ADVERB_RE.search(f"Kenya now is {w} to sign a trade accord."),
}


@pytest.mark.parametrize("use", sorted(_SCHEDULE_PLACES))
@pytest.mark.parametrize("row", _params(lexicon.SCHEDULE_WORDS))
def test_each_place_reads_its_schedule_words(use: str, row: lexicon.Word) -> None:
    assert bool(_SCHEDULE_PLACES[use](row.word)) == (use in row.uses), (use, row.word)


@pytest.mark.parametrize("row", _params(lexicon.SCHEDULE_WORDS))
def test_each_schedule_word_dates_its_example(row: lexicon.Word) -> None:
    (c,) = extract(row.example, ON)
    assert c.kind == "commitment" and c.due_start is not None, row.example


def test_the_trigger_gates_are_the_tables() -> None:
    assert patterns.TRIGGER_KEYWORDS["expected_to"] == frozenset(lexicon.words(lexicon.SCHEDULE_WORDS, "expected_to"))
    assert patterns.TRIGGER_KEYWORDS["with_set_to"] == frozenset(lexicon.words(lexicon.SCHEDULE_WORDS, "with_to"))
    for name in ("scheduled_for", "scheduled_for_bare", "scheduled_for_fronted"):
        assert patterns.TRIGGER_KEYWORDS[name] == frozenset(lexicon.words(lexicon.SCHEDULE_WORDS, "for"))
