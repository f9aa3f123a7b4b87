"""Pathological documents (issue 13): a document that is one long unbroken line
costs the extractor work linear in its length, and a document that still takes
too long is refused in one line instead of hanging the run. The timings on 10 MB
inputs are in docs/reliability.md (benchmarks/pathological.py); these tests
assert the behaviour that makes them hold, without a stopwatch."""

from __future__ import annotations

import itertools
import random
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import budget, core, extract
from tracker.extract.sentences import (
    MAX_SENTENCE_CHARS,
    Paragraphs,
    cap_spans,
    paragraph_bounds,
    split_sentences,
)
from tracker.ingest.documents import DocumentError

DAY = date(2024, 3, 1)
# one clause without a full stop, repeated: a document that is a single line
CLAUSE = "the ministry will publish the review by March 2025 and the council pledged to fund clinics, "


def one_line(chars: int) -> str:
    return (CLAUSE * (chars // len(CLAUSE) + 1))[:chars]


def test_no_analysed_sentence_is_longer_than_the_cap() -> None:
    body = one_line(50_000) + ". Then a normal sentence follows. " + "X" + "x" * 5000 + " and words"
    spans = cap_spans(body, split_sentences(body))
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    # in order, not overlapping, each a stripped piece of the body
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert all(body[s:e] == body[s:e].strip() and body[s:e] for s, e in spans)
    # cut at the clause's comma where there is one, and a comma-less run at the cap
    assert body[spans[0][0]:spans[0][1]].endswith(",")
    assert any(e - s == MAX_SENTENCE_CHARS and set(body[s:e]) == {"x"} for s, e in spans)
    assert "Then a normal sentence follows." in {body[s:e] for s, e in spans}


def test_short_sentences_are_not_cut() -> None:
    body = "The sides will meet in May. They agreed, after long talks, to sign; and to ratify."
    spans = split_sentences(body)
    assert cap_spans(body, spans) == spans


def _analysed_work(monkeypatch: pytest.MonkeyPatch, body: str) -> int:
    """The clause analysis reads a sentence about once per trigger in it: its
    work is the sum over analysed sentences of (length x triggers) ~ length²."""
    work = 0
    real = core._items_for_sentence

    def counting(doc, s, e, words, *title):  # type: ignore[no-untyped-def]
        nonlocal work
        work += (e - s) ** 2
        return real(doc, s, e, words, *title)

    monkeypatch.setattr(core, "_items_for_sentence", counting)
    extract(body, DAY)
    return work


def test_the_clause_analysis_of_one_long_line_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _analysed_work(monkeypatch, one_line(8_000))
    large = _analysed_work(monkeypatch, one_line(32_000))
    assert small > 0
    # 4 times the text, about 4 times the work (it was 16 times: one sentence)
    assert large <= 4.5 * small


def test_the_time_choice_searches_the_text_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """_choose_time looked for "after the summit" between the verb and every
    time expression of the sentence (candidates x expressions searches over the
    sentence); it now looks only when an expression would win."""
    searches = choices = 0
    real_re, real_choose = core._AFTER_REF_RE, core._choose_time

    class Counting:
        def search(self, *a):  # type: ignore[no-untyped-def]
            nonlocal searches
            searches += 1
            return real_re.search(*a)

    def choose(*a, **k):  # type: ignore[no-untyped-def]
        nonlocal choices
        choices += 1
        return real_choose(*a, **k)

    monkeypatch.setattr(core, "_AFTER_REF_RE", Counting())
    monkeypatch.setattr(core, "_choose_time", choose)
    assert extract(one_line(MAX_SENTENCE_CHARS), DAY)
    assert choices >= 10  # ten clauses, ten expressions in one sentence
    assert searches <= 2 * choices  # was about choices x expressions / 2


@pytest.mark.parametrize("seed", range(5))
def test_paragraph_lookup_is_the_same_as_scanning(seed: int) -> None:
    rng = random.Random(seed)
    body = "".join(rng.choice(["a", " ", "\n", "\n\n", "\n\n\n", "word. "]) for _ in range(400))
    para = Paragraphs(body)
    for pos in range(len(body) + 1):
        assert para.bounds(pos) == paragraph_bounds(body, pos), pos


def test_the_same_items_with_and_without_the_cap_on_ordinary_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("The two ministers agreed to hold the next round of talks in Geneva by June 2025. "
            "Canada will host the summit in 2026, the statement said.\n\nBoth sides pledged, "
            "after the meeting, to publish a joint report within six months.")
    before = [i.to_json("x") for i in extract(body, DAY)]
    monkeypatch.setattr(core, "cap_spans", lambda b, spans: spans)
    assert [i.to_json("x") for i in extract(body, DAY)] == before
    assert len(before) >= 2


def test_over_the_budget_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match=r"^took longer than 0 s to read") as err:
        extract(one_line(5_000), DAY, budget_s=0)
    assert isinstance(err.value, budget.ExtractionTooSlow)
    assert "\n" not in str(err.value)
    assert extract(one_line(5_000), DAY, budget_s=60)  # the same text within a budget


class _StepBudget(budget.Deadline):
    """A budget counted in steps, not seconds: the test never reads a clock."""

    steps = 6

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.left = self.steps

    def check(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise budget.ExtractionTooSlow(f"took longer than {self.seconds:g} s to read")


def test_ingest_refuses_a_document_over_the_budget_in_one_line(
        monkeypatch: pytest.MonkeyPatch, db_url: str, tmp_path: Path) -> None:
    from click.testing import CliRunner
    from sqlalchemy import func, select

    from tracker.cli import cli
    from tracker.store.db import Database
    from tracker.store.models import Commitment, Source

    monkeypatch.setattr(budget, "Deadline", _StepBudget)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "dense.md").write_text("---\ndate: 2024-03-01\n---\n"
                                     + one_line(20 * MAX_SENTENCE_CHARS) + "\n", encoding="utf-8")
    (folder / "plain.md").write_text("---\ndate: 2024-03-01\n---\nThe sides will meet in May 2025.\n",
                                     encoding="utf-8")
    r = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(folder), "--no-link"],
                           catch_exceptions=False)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert lines[0] == f"{folder / 'dense.md'}: refused: took longer than 20 s to read"
    assert lines[-1] == "1 document refused"
    assert "plain.md" in r.stdout
    database = Database(db_url)
    try:
        with database.session() as s:
            assert s.scalar(select(func.count()).select_from(Source)) == 1
            assert s.scalar(select(func.count()).select_from(Commitment)) == 1
    finally:
        database.dispose()
    # `tracker extract` refuses it the same way and goes on
    r = CliRunner().invoke(cli, ["extract", str(folder), "--format", "json"],
                           catch_exceptions=False)
    assert r.exit_code == 1
    assert "dense.md: refused: took longer than 20 s to read" in r.stderr
    assert "The sides will meet in May 2025." in r.stdout


def _keep_primary_before(items):  # type: ignore[no-untyped-def]
    """The grouping as it was before the signature/reported-speech index: the
    reference the faster one must equal."""
    from tracker.extract.restatements import _Key, _rank, _same

    keys, clusters, by_family = {}, [], {}
    for i, it in enumerate(items):
        if it.kind != "commitment":
            continue
        k = keys[i] = _Key.of(it)
        bucket = by_family.setdefault(k.family, [])
        for cl in bucket:
            if all(_same(keys[j], k) for j in cl):
                cl.append(i)
                break
        else:
            bucket.append([i])
            clusters.append(bucket[-1])
    drop = set()
    for cl in clusters:
        if len(cl) > 1:
            best = min(cl, key=lambda j: _rank(items[j]))
            drop.update(j for j in cl if items[j].span != items[best].span)
    return [it for i, it in enumerate(items) if i not in drop]


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("in_order", [True, False])
def test_restatement_grouping_equals_the_plain_complete_linkage(seed: int, in_order: bool) -> None:
    from tracker.extract.model import ExtractedItem
    from tracker.extract.restatements import keep_primary

    rng = random.Random(seed)
    subjects = ["the summit", "the 2025 summit", "the review", "the event", "a trade deal",
                "the meeting", "the water review", "the talks", "the 20th round"]
    items, pos = [], 0
    for _ in range(rng.randrange(5, 120)):
        if rng.random() < 0.7:
            pos += rng.randrange(10, 200)
        quote = rng.choice(["They will hold it.", "He said they will hold it.",
                            "“We will hold it,” she told reporters.", "It will be held."])
        start = rng.choice([0, 5, 10, 20, 2000])
        items.append(ExtractedItem(
            kind=rng.choice(["commitment"] * 5 + ["ask"]), made_on=DAY, quote=quote,
            span=(pos, pos + 50), actors=rng.sample(["India", "Japan", "Brazil"], rng.randrange(3)),
            action=rng.choice(["hold", "host", "convene", "sign", "publish"]),
            subject=rng.choice(subjects),
            due_start=date(2025, 1 + start % 12, 1) if rng.random() < 0.6 else None,
            due_end=date(2025, 12, 31)))
    if not in_order:
        rng.shuffle(items)
    assert keep_primary(items) == _keep_primary_before(items)
