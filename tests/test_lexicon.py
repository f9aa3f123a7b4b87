"""The lexicon's rows, each with an example (tracker/domain/lexicon.py)."""

from __future__ import annotations

import re

import pytest

from tracker.domain import lexicon


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
    # the full stop after a full name ends the sentence: "... on 20 May."
    assert re.match(lexicon.MONTH_ANY, "May.").group(0) == "May"
    assert re.match(lexicon.MONTH_ANY, "June.").group(0) == "June"


def test_the_readers_share_the_lexicon() -> None:
    from tracker import temporal
    from tracker.extract import statements
    from tracker.ingest import documents

    assert documents._MONTHS is lexicon.MONTH_NUMBER
    assert statements._MONTHS is lexicon.MONTH_NUMBER
    assert temporal.MONTH_ANY is lexicon.MONTH_ANY


# --- word tables: every row's example, through the places that read it ---------------

from tracker.extract import core, patterns, restatements, statements, tables
from tracker.linking import bodies, events


def _found(word: str, text: str) -> re.Match[str] | None:
    start = "" if word == lexicon.CONTRACTED_NOT else r"\b"
    return re.search(start + lexicon.alternation([word]) + r"\b", text, re.IGNORECASE)


def _rows(table, use: str):  # type: ignore[no-untyped-def]
    return [pytest.param(r, id=r.word) for r in table if use in r.uses]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.word)
                                 for r in (*lexicon.SAYING_VERBS, *lexicon.NEGATORS)])
def test_every_row_occurs_in_its_example_and_has_a_use(row: lexicon.Word) -> None:
    assert _found(row.word, row.example), row
    assert row.uses


@pytest.mark.parametrize("row", _rows(lexicon.SAYING_VERBS, "boundary"))
def test_boundary_verbs_end_a_subject_clause(row: lexicon.Word) -> None:
    hits = [m.group(0).lower() for m in patterns.BOUNDARY_RE.finditer(row.example)]
    assert row.word in hits
    assert row.word in core._SAID_WORDS


@pytest.mark.parametrize("row", _rows(lexicon.SAYING_VERBS, "that"))
def test_verbs_before_that_report_speech(row: lexicon.Word) -> None:
    before = row.example[:re.search(r"\bthat\b", row.example).start()]  # type: ignore[union-attr]
    assert patterns.SAY_THAT_VERBS.search(before), row.example


@pytest.mark.parametrize("row", _rows(lexicon.SAYING_VERBS, "tell"))
def test_verbs_of_telling_report_speech_after_their_hearer(row: lexicon.Word) -> None:
    hearer = row.example.replace(f"{row.word} that", f"{row.word} the Ghanaian minister that")
    for text in (row.example, hearer):
        before = text[:re.search(r"\bthat\b", text).start()]  # type: ignore[union-attr]
        assert patterns.SAY_THAT_VERBS.search(before), text


@pytest.mark.parametrize(("use", "regex", "lower"), [
    ("after_comma", re.compile(r",\s*(?:\w+\s+){0,4}?(?:" + lexicon.alternation(
        lexicon.words(lexicon.SAYING_VERBS, "after_comma")) + r")\b"), False),
    ("anywhere", core._ATTRIB_ANYWHERE, True),
    ("before", core.SAY_BEFORE_RE, False),
    ("verb", core._SAY_VERB_RE, True),
    ("intro", statements._ATTRIBUTION_RE, False),
])
def test_each_use_finds_its_rows_examples(use: str, regex: re.Pattern[str], lower: bool) -> None:
    rows = [r for r in lexicon.SAYING_VERBS if use in r.uses]
    assert rows
    for r in rows:
        text = r.example.lower() if lower else r.example
        if use == "after_comma":
            text = "The talks will resume, " + text[text.index(r.word.split()[0]):]
        m = regex.search(text)
        assert m and r.word.split()[0] in m.group(0).lower(), (use, r.example)


def test_clause_end_reads_the_after_comma_and_day_verbs() -> None:
    for word in lexicon.words(lexicon.SAYING_VERBS, "after_comma"):
        assert patterns.CLAUSE_END_RE.search(f"the new office, the minister {word} later")
    for word in lexicon.words(lexicon.SAYING_VERBS, "before_day"):
        assert patterns.CLAUSE_END_RE.search(f"the new office {word} Tuesday")
    assert not patterns.CLAUSE_END_RE.search("the new office stressed Tuesday")


@pytest.mark.parametrize("row", _rows(lexicon.SAYING_VERBS, "bare"))
def test_bare_complement_verbs(row: lexicon.Word) -> None:
    assert core._BARE_COMPLEMENT_RE.search(f"The minister {row.word} the Kenyan team would go")
    assert not core._BARE_COMPLEMENT_RE.search(f"The minister {row.word} the team would go")


def test_official_and_lemma_rows() -> None:
    for word in lexicon.words(lexicon.SAYING_VERBS, "official"):
        assert restatements._OFFICIAL_RE.search(f"The two governments {word} on Monday")
    assert tables.SPEECH_VERBS == frozenset(lexicon.words(lexicon.SAYING_VERBS, "lemma"))
    for r in _rows(lexicon.SAYING_VERBS, "lemma"):
        assert r.values[0].word in tables.SPEECH_VERBS
    assert statements._PLUPERFECT_RE.search("the ministry had previously stated it")


def _upto(row: lexicon.Word) -> str:
    m = _found(row.word, row.example)
    assert m
    return row.example[:m.end()] + " "


@pytest.mark.parametrize("row", _rows(lexicon.NEGATORS, "before_trigger"))
def test_negators_before_a_trigger(row: lexicon.Word) -> None:
    assert row.word in tables.NEGATORS_BEFORE_TRIGGER
    assert core._NEG_BEFORE_RE.search(_upto(row)), row.example


@pytest.mark.parametrize("row", _rows(lexicon.NEGATORS, "before_event"))
def test_negators_before_an_event(row: lexicon.Word) -> None:
    assert events._NEG_BEFORE.search(_upto(row)), row.example


@pytest.mark.parametrize("row", _rows(lexicon.NEGATORS, "before_base"))
def test_negators_before_a_base_form(row: lexicon.Word) -> None:
    assert events._NOT_YET_BEFORE.search(_upto(row)), row.example
    assert not events._NOT_YET_BEFORE.search("The parties did not ")


@pytest.mark.parametrize("row", _rows(lexicon.NEGATORS, "verb"))
def test_negators_in_the_verb_slot(row: lexicon.Word) -> None:
    assert row.word in core._VERB_NEGATORS and core.NEGATION_WORDS.match(row.word)
    assert not core.NEGATION_WORDS.match("note")


@pytest.mark.parametrize("row", [pytest.param(o, id=o.word) for o in lexicon.ORDINALS])
def test_ordinals(row: lexicon.Ordinal) -> None:
    assert bodies.ordinal_value(row.word) == row.number
    assert bodies.ordinal_value(row.word.capitalize()) == row.number
    m = re.search(bodies.ORDINAL_RE, row.example, re.IGNORECASE)
    assert m and m.group(0).lower() == row.word
    if row.number < 10:
        assert bodies.ordinal_value(f"twenty-{row.word}") == 20 + row.number


@pytest.mark.parametrize("word", lexicon.QUARTER_ORDINALS)
def test_quarter_ordinals_name_quarters(word: str) -> None:
    import datetime as dt

    from tracker import temporal

    found = temporal.find_all(f"The plant will open in the {word} quarter of 2025.",
                              dt.date(2024, 6, 1))
    quarter = lexicon.ORDINAL_NUMBER[word]
    assert [(e.due_start, e.due_end) for e in found] == [
        (dt.date(2025, 3 * quarter - 2, 1),
         dt.date(2025, 3 * quarter + 1, 1) - dt.timedelta(days=1)
         if quarter < 4 else dt.date(2025, 12, 31))]


def test_weekdays() -> None:
    import datetime as dt

    monday = dt.date(2024, 3, 4)
    for i, name in enumerate(lexicon.WEEKDAY_NAMES):
        assert (monday + dt.timedelta(days=i)).strftime("%A") == name
        assert lexicon.WEEKDAY_NUMBER[name.lower()[:3]] == i
        assert re.fullmatch(lexicon.WEEKDAY_FULL, name)
        assert re.fullmatch(lexicon.DAY_OR_MONTH_FULL, name)
    assert re.fullmatch(lexicon.DAY_OR_MONTH_FULL, "June")


def test_the_readers_share_the_word_tables() -> None:
    from tracker import temporal
    from tracker.linking import match

    assert bodies._ORD_WORDS is lexicon.ORDINAL_NUMBER
    assert temporal._WEEKDAYS is lexicon.WEEKDAY_NUMBER
    assert temporal.WEEKDAY is lexicon.WEEKDAY_FULL
    assert lexicon.MONTH_FULL in patterns.TIME_CUT_RE.pattern
    assert lexicon.MONTH_FULL in match._PLACE
    with pytest.raises(KeyError):
        lexicon.words(lexicon.NEGATORS, "no such use")


@pytest.mark.parametrize("row", _rows(lexicon.OFFICE_TITLES, "people"))
def test_office_titles_name_who_met(row: lexicon.Word) -> None:
    # each title reads both people of a meeting as who met, and the name after it
    text = f"{row.word} Ruto met {row.word} Mahama in Accra."
    m = events.PEOPLE_MET[0].rx.search(text)
    assert m is not None and (m.group("a"), m.group("b")) == ("Ruto", "Mahama")
    assert {x.group("n") for x in events.TITLED_PERSON.finditer(text)} == {"Ruto", "Mahama"}
    assert [x.group("n") for x in events.TITLED_PERSON.finditer(row.example)] == [row.example.split()[-1]]
