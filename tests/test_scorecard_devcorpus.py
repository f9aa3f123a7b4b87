"""The dev corpus, ingested with every suggestion confirmed: the party
scorecard gives each Quad party its own row, its columns add up, and a
per-party verdict changes that party's score only (issue 11, "Done when").

Reads ../shared/devcorpus in place (next to the checkout, next to its parent,
or $TRACKER_SHARED_DIR); skips with a message where it is absent. The
figures are in docs/outputs.md ("The dev corpus")."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

import pytest

from pinned import CLOCK
from tracker.app import Tracker
from tracker.domain.errors import ServiceError
from tracker.reports.follow_up import COLUMNS
from tracker.reports.scorecard import Item, iter_items

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2025, 6, 30)
QUAD = ("Australia", "India", "Japan", "United States")


def _module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    shared = _module(ROOT / "benchmarks" / "link_accuracy.py", "link_accuracy").shared_dir()
    if shared is None:
        pytest.skip("../shared/devcorpus not found: the dev-corpus scorecard check needs it")
    score = _module(shared / "devcorpus" / "score.py", "devcorpus_score")
    tmp = tmp_path_factory.mktemp("devcorpus")
    _, docs, _ = score.load_gold()
    score.write_corpus(str(tmp / "corpus"), docs)  # its header lines as front matter
    app = Tracker(f"sqlite:///{tmp / 'corpus.db'}", CLOCK)
    summary = app.ingest([tmp / "corpus"])
    assert len(summary.stored) == len(docs)
    confirmed = refused = 0
    for ev in app.pending():
        try:
            app.confirm(ev.id, by="test")
            confirmed += 1
        except ServiceError:  # e.g. a later suggestion for an item already judged
            refused += 1
    assert confirmed > 0
    yield app
    app.close()


def _items(app: Tracker) -> list[Item]:
    """Every item on the as-of date (the scorecard folds a stream and keeps none)."""
    with app.session() as s:
        return list(iter_items(s, AS_OF))


def _check_adds_up(card: Any) -> None:
    for r in [*card.rows, card.total]:
        assert sum(r.counts[c] for c in COLUMNS) == r.made, r.group
        assert r.judged <= r.made and r.scored <= r.made
    assert sum(r.made for r in card.rows) >= card.total.made


def test_each_quad_party_has_its_own_row_and_rows_add_up(corpus_app: Tracker) -> None:
    for by in ("party", "relationship"):
        card = corpus_app.scorecard(by, AS_OF)
        _check_adds_up(card)
    card = corpus_app.scorecard("party", AS_OF)
    rows = {r.group: r for r in card.rows}
    assert set(QUAD) <= set(rows)
    assert all(rows[p].made > 0 and rows[p].scored > 0 for p in QUAD)
    assert all(r.judged == 0 for r in [*card.rows, card.total])
    # a joint Quad commitment counts once in each member's row
    quad = [i for i in _items(corpus_app) if set(QUAD) <= set(i.parties)]
    assert quad and all(rows[p].made >= len(quad) for p in QUAD)


def test_a_verdict_moves_one_partys_score(corpus_app: Tracker) -> None:
    before = {r.group: r for r in corpus_app.scorecard("party", AS_OF).rows}
    # a Quad commitment scored +1 on its status: India's analyst says -1
    item = next(i for i in _items(corpus_app) if set(QUAD) <= set(i.parties) and i.score == 1)
    corpus_app.record_verdict(item.id, "India", -1, on=AS_OF, note="test")
    after = corpus_app.scorecard("party", AS_OF)
    _check_adds_up(after)
    rows = {r.group: r for r in after.rows}
    assert (rows["India"].judged, rows["India"].points) == (1, before["India"].points - 2)
    assert rows["India"].counts == before["India"].counts
    for p in ("Australia", "Japan", "United States"):
        assert (rows[p].judged, rows[p].points) == (0, before[p].points)
    assert after.total.judged == 1
    corpus_app.withdraw_verdict(item.id, "India", on=AS_OF)
    assert {r.group: r.points for r in corpus_app.scorecard("party", AS_OF).rows} == {
        g: r.points for g, r in before.items()}
