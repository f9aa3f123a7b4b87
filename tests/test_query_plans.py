"""The list's query plans as of a past date (issue 12, item 4): for every
filter combination the TUI offers, the page query a keystroke runs reads
commitments through an index (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
PostgreSQL), never a full scan of the table, and pages without OFFSET.

"Known by then" is ``commitments.known_on <= as_of`` (an indexed column kept
by triggers), not a subquery over sources that SQLite answered with a
per-source index walk."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from tracker.app import queries
from tracker.lifecycle import services
from tracker.store.db import Database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import synth

TODAY = dt.date(2026, 6, 1)
AS_OF = dt.date(2019, 3, 1)
N = 4000

TEXTS = ("", "zq", "Dialogue")
COMBOS = [
    queries.ListQuery(text=t, status=s, actor=a, topic=tp, overdue=o, pending=p,
                      as_of=AS_OF, sort=sort, descending=d)
    for t, s, a, tp, o, p in itertools.product(
        TEXTS, (None, "open"), ("", "India"), ("", "trade"), (False, True), (False, True))
    for sort, d in (("due_end", False),)
] + [queries.ListQuery(as_of=AS_OF, sort=s, descending=d)
     for s in ("due_end", "made_on", "subject", "id") for d in (False, True)]


def _statements(database: Database, q: queries.ListQuery) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "commitments" in statement:
            seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", grab)
    try:
        with database.session() as s:
            queries.fetch_page(s, q, 0, TODAY)
    finally:
        event.remove(database.engine, "before_cursor_execute", grab)
    return seen


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = synth.build(tmp_path_factory.mktemp("plans") / "plans.db", N)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


def test_known_on_is_filled_for_every_synthetic_row(sqlite_store: Database) -> None:
    with sqlite_store.engine.connect() as conn:
        wrong = conn.execute(text(
            "SELECT count(*) FROM commitments c LEFT JOIN sources s ON s.id = c.source_id "
            "WHERE c.known_on IS NOT coalesce(s.published_on, c.made_on)")).scalar()
    assert wrong == 0


@pytest.mark.parametrize("q", COMBOS, ids=lambda q: repr(q)[10:80])
def test_every_filter_as_of_a_past_date_reads_an_index(sqlite_store: Database,
                                                       q: queries.ListQuery) -> None:
    statements = _statements(sqlite_store, q)
    assert statements
    page = statements[-2] if len(statements) > 1 else statements[0]
    with sqlite_store.engine.connect() as conn:
        for sql, params in statements:
            for m in re.finditer(r"\bOFFSET \?", sql):  # SQLite's compiler writes OFFSET 0
                assert params[sql[:m.end()].count("?") - 1] == 0, sql
            plan = [r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            full = [line for line in plan if re.fullmatch(r"SCAN (commitments|c)\b( AS \w+)?", line)]
            if q.sort == "id" and "LIMIT" in sql:
                full = full[1:]  # the rowid walk in id order under a LIMIT: the primary key
            assert not full, (q, plan)
            assert "known_on" not in sql or any(
                "INDEX" in line or "PRIMARY KEY" in line or line.endswith(" head")
                for line in plan), plan  # an index, or the bounded walk of the first rows
    assert page


@pytest.mark.postgres
def test_postgres_plans_use_an_index(pg_url: str) -> None:
    database = Database(pg_url)
    try:
        with database.engine.begin() as conn:
            conn.execute(text("TRUNCATE history, evidence, commitments, sources "
                              "RESTART IDENTITY CASCADE"))
            conn.execute(text(
                "INSERT INTO sources (id, file_name, published_on, body, content_hash, "
                "ingested_at) SELECT i, 'r' || i, DATE '2015-01-01' + (i * 7) % 4000, 'b', "
                "md5(i::text), now() FROM generate_series(1, 2000) i"))
            conn.execute(text(
                "INSERT INTO commitments (kind, source_id, made_on, quote, actors, subject, "
                "topics, confidence, origin, status, created_at, updated_at, version, "
                "due_start, due_end) SELECT 'commitment', 1 + i % 2000, DATE '2015-01-01', "
                "'The sides will meet ' || i, 'India; United States', 'Dialogue ' || i, '', "
                "0.9, 'extracted', 'open', now(), now(), 1, DATE '2015-01-01', "
                "DATE '2015-01-01' + i % 3000 FROM generate_series(1, 200000) i"))
            conn.execute(text("ANALYZE"))
            wrong = conn.execute(text(
                "SELECT count(*) FROM commitments c JOIN sources s ON s.id = c.source_id "
                "WHERE c.known_on IS DISTINCT FROM s.published_on")).scalar()
        assert wrong == 0
        for q in COMBOS[::3]:
            statements = _statements(database, q)
            with database.engine.connect() as conn:
                for sql, params in statements:
                    plan = "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}", params))
                    assert not re.search(r"Seq Scan on commitments\b", plan), (q, plan)
    finally:
        with database.engine.begin() as conn:
            conn.execute(text("TRUNCATE history, evidence, commitments, sources "
                              "RESTART IDENTITY CASCADE"))
        database.dispose()


class _SetWhileCounting(threading.Event):
    """Not set when the count begins, set from the first time it is asked
    during the statement (as a keystroke would set it from the UI thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def is_set(self) -> bool:
        self.asked += 1
        return self.asked > 1


def test_the_count_gives_up_past_its_limit_and_stops_when_asked(sqlite_store: Database) -> None:
    q = queries.ListQuery(text="Dialogue")
    with sqlite_store.session() as s:
        f = q.filters(TODAY)
        exact = services.count_commitments(s, f)
        assert 100 < exact < N
        assert services.count_commitments(s, f, limit=100) == 101     # "100+"
        assert services.count_commitments(s, f, limit=exact) == exact
        assert queries.count(s, q, TODAY) == exact                     # under COUNT_LIMIT
        stop = _SetWhileCounting()
        assert queries.count(s, q, TODAY, stop) is None                # stopped mid-statement
        assert stop.asked > 1
        assert queries.count(s, q, TODAY, threading.Event()) == exact  # the session still works
