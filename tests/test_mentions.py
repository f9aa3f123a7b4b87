"""One commitment, many mentions: a promise news copy states two or three times
(lead, paraphrase, direct quote) is one commitment whose every sentence is kept
as provenance, and the quote shown is the most primary one (one rule:
``statuses.primacy``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pinned import CLOCK
from tracker.app import Tracker
from tracker.cli import cli
from tracker.domain import statuses
from tracker.extract import extract
from tracker.extract.restatements import mention_kind

PUB = dt.date(2024, 3, 5)
NEWS = ("Kenya and Ghana will hold a summit on trade in Accra on September 9, officials said. "
        "The talks in Nairobi covered tariffs and ports. "
        '"We will hold a summit on trade in Accra on September 9," the Kenyan minister told '
        "reporters. "
        "The minister said the summit on trade would be held in Accra in September.")


# ---------------------------------------------------------------- the rule (a table)

M = statuses.MentionRef
D1, D2 = dt.date(2024, 1, 1), dt.date(2024, 2, 1)


@pytest.mark.parametrize(("mentions", "shown"), [
    # the kind decides first: quote > official > stated > lead > paraphrase
    ([M("paraphrase", 0), M("quote", 90)], 1),
    ([M("lead", 0), M("official", 50)], 1),
    ([M("quote", 80), M("official", 10)], 0),
    ([M("paraphrase", 5), M("lead", 0)], 1),
    ([M("stated", 40), M("lead", 0)], 0),
    ([M("paraphrase", 0), M("stated", 70)], 1),
    # same kind: the earlier source, then the earlier place in it
    ([M("official", 10, D2), M("official", 300, D1)], 1),
    ([M("quote", 200, D1), M("quote", 20, D1)], 1),
    # unknown place or date comes last among equals
    ([M("stated", None, D1), M("stated", 0, D1)], 1),
    ([M("stated", 0, None), M("stated", 0, D1)], 1),
    # a single mention is its own primary
    ([M("paraphrase", 3)], 0),
])
def test_primacy_table(mentions: list[statuses.MentionRef], shown: int) -> None:
    assert statuses.most_primary(mentions) == shown
    assert statuses.most_primary(list(reversed(mentions))) == len(mentions) - 1 - shown


@pytest.mark.parametrize(("sentence", "start", "kind"), [
    ('"We will open the consulate by June," the minister said.', 40, "quote"),
    ("“We will open the consulate by June.”", 40, "quote"),
    ('The minister called it "historic" and said they would open it.', 40, "paraphrase"),
    ("The joint statement said the consulate will open by June.", 40, "official"),
    ("According to the communiqué, the consulate will open by June.", 0, "official"),
    ("The consulate will open by June, officials said.", 0, "lead"),
    ("The consulate will open by June.", 0, "lead"),
    ("The minister said the consulate would open by June.", 40, "paraphrase"),
    ("The consulate will open by June.", 40, "stated"),
])
def test_mention_kinds(sentence: str, start: int, kind: str) -> None:
    assert mention_kind(sentence, start) == kind
    assert kind in statuses.MENTION_KINDS


# ---------------------------------------------------------------- extraction

def test_a_restated_promise_is_one_item_with_every_mention() -> None:
    items = [i for i in extract(NEWS, PUB) if i.kind == "commitment"]
    assert len(items) == 1, [(i.quote, i.subject) for i in items]
    (it,) = items
    assert [m.kind for m in it.mentions] == ["lead", "quote", "paraphrase"]
    for m in it.mentions:
        assert NEWS[m.span[0]:m.span[1]] == m.quote
    assert it.primary.kind == "quote" and it.primary.quote.startswith('"We will hold')
    # the contract's quote stays the sentence the parts were read from (its window)
    assert NEWS[it.span[0]:it.span[1]] == it.quote
    assert (it.due_start, it.due_end) == (dt.date(2024, 9, 9), dt.date(2024, 9, 9))
    out = it.to_json("news.md")
    assert out["quote"] == it.quote
    assert [m["primary"] for m in out["mentions"]] == [False, True, False]


def test_a_single_statement_has_one_mention_of_itself() -> None:
    text = "Kenya and Ghana held talks. The two sides will sign a port agreement by June."
    (it,) = [i for i in extract(text, PUB) if i.kind == "commitment"]
    assert len(it.mentions) == 1 and it.mentions[0].quote == it.quote
    assert it.mentions[0].kind == "stated" and it.primary == it.mentions[0]


def test_extract_json_carries_mentions(tmp_path: Path) -> None:
    (tmp_path / "news.md").write_text(f"---\ndate: {PUB}\n---\n{NEWS}\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "news.md"), "--format", "json"])
    assert res.exit_code == 0, res.output
    [item] = [i for i in json.loads(res.output) if i["kind"] == "commitment"]
    assert len(item["mentions"]) == 3 and sum(m["primary"] for m in item["mentions"]) == 1


# ---------------------------------------------------------------- stored

def test_ingest_stores_every_mention_and_shows_the_primary(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "news.md").write_text(f"---\ndate: {PUB}\n---\n{NEWS}\n", encoding="utf-8")
    app = Tracker(db_url, CLOCK)
    app.ingest([tmp_path / "news.md"])
    [row] = [r for r in app.list_rows(app.filters()) if r.kind == "commitment"]
    d = app.detail(row.id)
    assert [m.kind for m in d.mentions] == ["quote", "lead", "paraphrase"]
    assert all(m.source == "news.md" for m in d.mentions)
    assert d.shown_quote.startswith('"We will hold a summit')
    assert d.commitment.quote != d.shown_quote  # the stored quote is the window's sentence
    out = CliRunner().invoke(cli, ["--db", db_url, "show", str(row.id)])
    assert out.exit_code == 0, out.output
    assert "quote       “\"We will hold a summit" in out.output
    assert "Mentions (most primary first):" in out.output and "paraphrase" in out.output
    app.close()


def test_a_hand_added_commitment_has_its_own_mention(db_url: str) -> None:
    app = Tracker(db_url, CLOCK)
    row = app.add(quote="They will sign the pact.", subject="pact")
    d = app.detail(row.id)
    assert [(m.kind, m.quote) for m in d.mentions] == [("stated", "They will sign the pact.")]
    app.close()
