"""Streaming at flat memory (issue 12, item 3): ``list``, ``export`` (with
history), ``review`` and the overdue report read rows from a cursor and write
them as they come; the follow-up report and the scorecard fold
the rows into counters as they come (the follow-up's commitments, in JSON
or with --details, and the briefing's, go through a spool file). Two generated stores, one eight times the other: the
bigger one must not take proportionally more memory, and what is written
must be the same rows as a plain query gives."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from tracker.app import Tracker
from tracker.domain.clock import FixedClock

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import synth

TODAY = dt.date(2026, 6, 1)
CLOCK = FixedClock(TODAY)
SMALL, BIG = 1000, 8000


def _store(tmp: Path, n: int) -> str:
    path = synth.add_history(synth.build(tmp / f"s{n}.db", n))
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    tmp = tmp_path_factory.mktemp("streaming")
    return _store(tmp, SMALL), _store(tmp, BIG)


class _Sink(io.StringIO):
    """Counts what is written and keeps nothing (keeping would be memory)."""

    def __init__(self) -> None:
        super().__init__()
        self.chars = 0

    def write(self, s: str) -> int:
        self.chars += len(s)
        return len(s)


def _peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _follow_up_json(app: Tracker, as_of: dt.date) -> None:
    from tracker.reports.follow_up import write_json

    with app.follow_up_stream(as_of) as fu:
        write_json(fu, _Sink())


def _commands(url: str) -> dict[str, Callable[[], object]]:
    app = Tracker(url, CLOCK)

    def drain(it: object) -> None:
        for _ in it:  # type: ignore[attr-defined]
            pass

    return {
        "list": lambda: drain(app.iter_rows(app.filters())),
        "list as of": lambda: drain(app.iter_rows(app.filters(as_of=dt.date(2021, 1, 1)))),
        "export": lambda: app.export(_Sink()),
        "export as of": lambda: app.export(_Sink(), as_of=dt.date(2021, 1, 1)),
        "review": lambda: drain(app.iter_pending()),
        **{f"overdue {fmt}": (lambda fmt=fmt: app.overdue_report(TODAY, fmt, _Sink()))
           for fmt in ("json", "table", "csv")},
        "overdue as of, json": lambda: app.overdue_report(dt.date(2022, 1, 1), "json", _Sink()),
        "follow-up": lambda: app.follow_up(TODAY, details=False),
        "follow-up as of": lambda: app.follow_up(dt.date(2021, 1, 1), details=False),
        "follow-up json": lambda: _follow_up_json(app, TODAY),
        **{f"scorecard by {by}": (lambda by=by: app.write_scorecard(by, TODAY, "csv", _Sink()))
           for by in ("party", "series", "topic")},
        "scorecard as of": lambda: app.write_scorecard("relationship", dt.date(2021, 1, 1),
                                                       "table", _Sink()),
        **{f"briefing by {by}": (lambda by=by: app.briefing(_Sink(), TODAY, by))
           for by in ("relationship", "series")},
        "briefing as of": lambda: app.briefing(_Sink(), dt.date(2021, 1, 1)),
    }


@pytest.mark.parametrize("command", list(_commands("sqlite:///unused").keys()))
def test_memory_does_not_grow_with_the_store(stores: tuple[str, str], command: str) -> None:
    small, big = (_commands(u)[command] for u in stores)
    small()  # warm: imports, caches, the engine
    big()
    p_small, p_big = _peak(small), _peak(big)
    # eight times the rows; a path that held them all would take about 8x
    assert p_big < 2.5 * p_small + 2_000_000, (command, p_small, p_big)


def test_export_writes_every_row_with_its_history(stores: tuple[str, str]) -> None:
    url = stores[1]
    out = io.StringIO()
    Tracker(url, CLOCK).export(out)
    data = json.loads(out.getvalue())
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        history = dict(conn.execute(
            "SELECT commitment_id, count(*) FROM history GROUP BY commitment_id"))
        evidence = dict(conn.execute(
            "SELECT commitment_id, count(*) FROM evidence GROUP BY commitment_id"))
        notes = dict(conn.execute("SELECT commitment_id, note FROM history WHERE note IS NOT NULL"))
    got = data["commitments"]
    assert [c["id"] for c in got] == list(range(1, BIG + 1))
    assert {c["id"]: len(c["history"]) for c in got if c["history"]} == history
    assert {c["id"]: len(c["evidence"]) for c in got if c["evidence"]} == evidence
    assert {c["id"]: h["note"] for c in got for h in c["history"] if h["note"]} == notes


def test_streamed_list_is_the_paged_list(stores: tuple[str, str]) -> None:
    """The streamed list (one cursor) gives the rows the paged list (the
    TUI's page query) gives, in the same order, for each sort."""
    from tracker.app.read import list_rows

    app = Tracker(stores[0], CLOCK)
    for sort in ("due_end", "made_on", "subject", "id", "confidence"):
        for as_of in (None, dt.date(2021, 1, 1)):
            f = app.filters(sort=sort, as_of=as_of)
            streamed = list(app.iter_rows(f))
            with app.session() as s:
                paged = [r for off in range(0, len(streamed) + 1, 400)
                         for r in list_rows(s, f, limit=400, offset=off)]
            assert [r.id for r in streamed] == [r.id for r in paged], (sort, as_of)
            assert streamed == paged
