"""The lean sqlite3 path must behave exactly like the ORM path it stands in for."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from pinned import CLOCK, TODAY
from tracker.domain.errors import ConflictError, InvalidTransition, NotFound
from tracker.lifecycle import services
from tracker.reports.overdue import iter_overdue_rows
from tracker.store import lean
from tracker.store.db import Database, DatabaseError, head_revision
from tracker.store.migrations import SCHEMA_HEAD
from tracker.store.models import HistoryEntry

GENERATED = Path(lean.__file__).with_name("_overdue_sql.py")


def test_schema_head_constant_is_alembics_head() -> None:
    assert SCHEMA_HEAD == head_revision()


def test_generated_sql_is_current() -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "generate_lean_sql.py"
    spec = importlib.util.spec_from_file_location("generate_lean_sql", script)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert GENERATED.read_text(encoding="utf-8") == gen.generate(), (
        "run: .venv/bin/python scripts/generate_lean_sql.py"
    )


def _fill(db: Database) -> list[int]:
    ids = []
    with db.session() as s:
        for i in range(12):
            c = services.add_commitment(
                s, quote=f"{'=' if i % 5 == 0 else ''}They will meet {i}.", subject=f"meeting {i}",
                actors=["A", "B"], made_on=dt.date(2023, 1, 1),
                due_start=dt.date(2023, 1, 1), due_end=dt.date(2023, 1, 1) + dt.timedelta(days=40 * i),
                by="t", clock=CLOCK)
            ids.append(c.id)
        services.add_evidence(s, ids[1], kind="fulfils", quote="met", event_date=dt.date(2023, 3, 1), clock=CLOCK)
        services.change_status(s, ids[2], "fulfilled", by="t", clock=CLOCK)
        services.change_status(s, ids[3], "in_progress", by="t", clock=CLOCK)
    return ids


@pytest.mark.parametrize("as_of", ["2023-02-15", "2023-09-01", "2024-06-01", "2999-01-01"])
@pytest.mark.parametrize("shape", ["rows", "csv", "json", "table"])
def test_lean_rows_equal_orm_rows(sqlite_db: Database, as_of: str, shape: str) -> None:
    _fill(sqlite_db)
    day = dt.date.fromisoformat(as_of)
    with sqlite_db.session() as s:
        orm_rows = list(iter_overdue_rows(s, day, shape=shape, today=TODAY))
    conn = lean.connect(str(sqlite_db.engine.url))
    assert conn is not None
    lean_rows = list(lean.iter_overdue_rows(conn, day, shape=shape, today=TODAY))
    conn.close()
    assert lean_rows == orm_rows
    assert orm_rows  # the comparison means something


def test_lean_status_change_matches_the_service(sqlite_db: Database) -> None:
    ids = _fill(sqlite_db)
    conn = lean.connect(str(sqlite_db.engine.url))
    assert conn is not None
    assert lean.change_status(conn, ids[0], "in_progress", by="ana", note="n1",
                              now=CLOCK.now(), today=TODAY) == ("open", "in_progress", TODAY)
    with pytest.raises(InvalidTransition, match="allowed from in_progress"):
        lean.change_status(conn, ids[0], "in_progress", by="ana", now=CLOCK.now(), today=TODAY)
    with pytest.raises(NotFound):
        lean.change_status(conn, 9999, "missed", by="ana", now=CLOCK.now(), today=TODAY)
    with pytest.raises(ConflictError, match="reload"):
        lean.change_status(conn, ids[0], "missed", by="ana", expected_version=1, now=CLOCK.now(), today=TODAY)
    conn.close()
    # The ORM reads what the lean path wrote, and carries on from it.
    with sqlite_db.session() as s:
        c = services.get_commitment(s, ids[0])
        assert (c.status, c.version) == ("in_progress", 2)
        services.change_status(s, ids[0], "fulfilled", by="raj", expected_version=2, clock=CLOCK)
    with sqlite_db.session() as s:
        rows = s.execute(select(HistoryEntry.from_status, HistoryEntry.to_status,
                                HistoryEntry.by, HistoryEntry.note, HistoryEntry.recorded_at)
                         .where(HistoryEntry.commitment_id == ids[0],
                                HistoryEntry.event == "status")
                         .order_by(HistoryEntry.id)).all()
    assert [r[:4] for r in rows] == [("open", "in_progress", "ana", "n1"),
                                     ("in_progress", "fulfilled", "raj", None)]
    assert rows[0].recorded_at.tzinfo is not None and rows[0].recorded_at <= rows[1].recorded_at


def test_lean_path_refuses_databases_not_at_head(tmp_path: Path) -> None:
    assert lean.connect(f"sqlite:///{tmp_path / 'missing.db'}") is None
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        conn.execute("INSERT INTO alembic_version VALUES ('0000old')")
    assert lean.connect(f"sqlite:///{old}") is None
    assert lean.connect("postgresql://localhost/x") is None
    assert lean.connect("sqlite:///:memory:") is None


# --- the lean report on SQLite and PostgreSQL: the same bytes as the full path ---

# Text a document or a user may hold: quotes, commas, line breaks (LF, CR, CRLF),
# formula starts, outer spaces, non-ASCII, escape sequences and other control
# characters (no NUL: PostgreSQL text cannot hold it).
AWKWARD = (
    'He said "yes, at once", then left.\nNext line',
    "=SUM(A1:A2)", "+1 call", "-minus first", "@at first", "\ttab first", "\rcr first",
    "  outer spaces  ", "bare\rcr inside", "crlf\r\nline", "",
    "Zürich – São Paulo, 北京 “quoted” ‘single’ ½",
    "esc \x1b[31mred\x1b[0m bell\x07 csi\x9b2J rtl\u202eevil\u202c del\x7f",
    "back\\slash; semi, comma 'single'",
)


def _fill_awkward(database: Database) -> None:
    from tracker.store.models import Evidence, Source

    n = len(AWKWARD)
    with database.session() as s:
        sources = []
        for i, name in enumerate(AWKWARD):
            src = Source(file_name=name or "empty.md", title=f"t{i}", publisher=None, url=None,
                         published_on=dt.date(2023, 1, 1) + dt.timedelta(days=60 * i),
                         body="b", content_hash=f"{i:064d}", ingested_at=CLOCK.now())
            s.add(src)
            sources.append(src)
        s.flush()
        for i in range(2 * n):
            c = services.add_commitment(
                s, quote="q " + AWKWARD[i % n], subject="s " + AWKWARD[(i + 3) % n],
                actors=[AWKWARD[(i + 5) % n] or "A", "B"], made_on=dt.date(2023, 1, 1),
                due_start=dt.date(2023, 1, 1) if i % 3 else None,
                due_end=dt.date(2023, 2, 1) + dt.timedelta(days=45 * i),
                source=sources[i % n] if i % 4 else None, by="t", clock=CLOCK)
            if i % 2:
                s.add(Evidence(commitment_id=c.id, kind=("progress", "missed", "fulfils")[i % 3],
                               quote="e " + AWKWARD[i % n], confidence=0.5 + i / 100,
                               source_id=sources[(i + 1) % n].id if i % 5 else None,
                               event_date=dt.date(2023, 6, 1) if i % 7 else None,
                               created_at=CLOCK.now()))
            if i % 6 == 1:
                services.set_window(s, c.id, due_start=None,
                                    due_end=dt.date(2024, 3, 1) + dt.timedelta(days=i),
                                    on=dt.date(2024, 1, 15), by="t", clock=CLOCK)
            if i % 5 == 2:
                services.change_status(s, c.id, "in_progress", on=dt.date(2023, 8, 1),
                                       by="t", clock=CLOCK)


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json", "html"])
def test_lean_report_is_byte_identical_to_the_full_path(db: Database, fmt: str) -> None:
    """Every format, as of past dates (history replayed), today and later, on
    both databases: the lean path (driver only) writes the same bytes as the
    ORM path, awkward text included; and both the same bytes as the writers
    give from raw rows (the JSON and table fields the database builds are
    those the writers would build: ``json_parts``, ``table_fields``)."""
    import io

    from tracker.app import Tracker
    from tracker.reports.overdue import write_report, write_rows

    _fill_awkward(db)
    conn = lean.connect_reader(db.url)
    assert conn is not None  # the lean path is the one under test
    conn.close()
    for as_of in ("2023-03-10", "2023-12-31", "2024-06-01", TODAY.isoformat(), "2999-01-01"):
        day = dt.date.fromisoformat(as_of)
        full = io.StringIO()
        raw = io.StringIO()
        with db.session() as s:
            n_full = write_report(s, day, fmt, full, today=TODAY)
            n_raw = write_rows(lambda shape, s=s, day=day: iter_overdue_rows(
                s, day, today=TODAY, shape="csv" if shape == "csv" else "rows"), day, fmt, raw)
        assert (n_raw, raw.getvalue()) == (n_full, full.getvalue()), (fmt, as_of)
        lean_out = io.StringIO()
        n_lean = Tracker(db.url, CLOCK).overdue_report(day, fmt, lean_out)
        assert (n_lean, lean_out.getvalue()) == (n_full, full.getvalue()), (fmt, as_of)
        if as_of >= "2024-06-01":
            assert n_full >= 10, as_of  # the comparison means something


def _fill_ascii(database: Database) -> None:
    """Plain ASCII text (Kenya and Ghana's readouts): sources, subjects and quotes of
    every length around the table's widths, quote marks at the ends, suggestions on some."""
    from tracker.store.models import Evidence, Source

    with database.session() as s:
        sources = []
        for i in range(6):
            src = Source(file_name="kenya-ghana-" + "readout-" * (i * 2) + f"{i}.md",
                         title=f"t{i}", publisher=None, url=None,
                         published_on=dt.date(2023, 1, 1) + dt.timedelta(days=30 * i),
                         body="b", content_hash=f"a{i:063d}", ingested_at=CLOCK.now())
            s.add(src)
            sources.append(src)
        s.flush()
        for i in range(40):
            quote = "Kenya and Ghana agreed to " + "hold talks " * (i % 9)
            c = services.add_commitment(
                s, quote=('"' if i % 2 else "") + quote.strip() + ("'" if i % 3 else ""),
                subject="hold the Kenya-Ghana dialogue" + " on trade" * (i % 11),
                actors=["Kenya", "Ghana"], made_on=dt.date(2023, 1, 1),
                due_start=dt.date(2023, 1, 1) if i % 3 else None,
                due_end=dt.date(2023, 2, 1) + dt.timedelta(days=9 * i),
                source=sources[i % 6] if i % 4 else None, by="t", clock=CLOCK)
            if i % 2:
                s.add(Evidence(commitment_id=c.id, kind=("progress", "missed", "fulfils")[i % 3],
                               quote="e", confidence=0.5 + i / 100,
                               source_id=sources[(i + 1) % 6].id if i % 5 else None,
                               event_date=dt.date(2023, 6, 1) if i % 7 else None,
                               created_at=CLOCK.now()))


@pytest.mark.parametrize("fill", [_fill_awkward, _fill_ascii], ids=["awkward", "ascii"])
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_report_onto_standard_output_is_byte_identical(db: Database, fmt: str, fill: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Onto standard output the lean SQLite path writes the text as SQLite stores it, as
    UTF-8 bytes (``writers.write_rows_utf8``; plain ASCII batches clipped as bytes, others
    decoded): the same bytes as the full path's text, encoded."""
    import io
    import sys

    from tracker.app import Tracker
    from tracker.reports.overdue import write_report

    fill(db)
    for as_of in ("2023-03-10", "2024-06-01", TODAY.isoformat()):
        day = dt.date.fromisoformat(as_of)
        full = io.StringIO()
        with db.session() as s:
            n_full = write_report(s, day, fmt, full, today=TODAY)
        buf = io.BytesIO()
        out = io.TextIOWrapper(buf, encoding="utf-8")
        monkeypatch.setattr(sys, "stdout", out)
        n = Tracker(db.url, CLOCK).overdue_report(day, fmt, out)
        out.flush()
        assert (n, buf.getvalue()) == (n_full, full.getvalue().encode()), (fmt, as_of)
        if as_of == TODAY.isoformat():
            assert n >= 10


def test_database_built_shapes_equal_the_writers_fields(db: Database) -> None:
    """The JSON and table fields SQLite and PostgreSQL build (json_quote /
    to_json, printf / format, trim) are, row by row, what the writers build
    from the raw row, awkward text included: the query itself on both
    databases, and the lean and full paths for the shapes a database builds
    for the report (``BUILT_SHAPES``; raw rows for the others)."""
    from tracker.reports.overdue import BUILT_SHAPES, overdue_query
    from tracker.reports.writers import json_parts, table_fields

    _fill_awkward(db)
    dialect = db.engine.dialect.name
    built = BUILT_SHAPES[dialect]
    fields_of = {"json": json_parts, "table": table_fields}
    prepare = {k: v for k, v in fields_of.items() if k in built}
    conn = lean.connect_reader(db.url)
    assert conn is not None
    try:
        for as_of in ("2023-03-10", "2024-06-01", "2999-01-01"):
            day = dt.date.fromisoformat(as_of)
            raw = list(lean.iter_overdue_rows(conn, day, today=TODAY))
            assert raw, as_of
            with db.engine.connect() as c:
                for shape, fields in fields_of.items():
                    q = overdue_query(dialect, day, past=day < TODAY, shape=shape)
                    assert [tuple(r) for r in c.execute(q)] == [fields(r) for r in raw]
            for shape, fields in prepare.items():
                want = [fields(r) for r in raw]
                assert list(lean.iter_overdue_rows(conn, day, today=TODAY, shape=shape)) == want
                with db.session() as s:
                    assert list(iter_overdue_rows(s, day, today=TODAY, shape=shape)) == want
            for shape in {"json", "table"} - set(built):  # raw rows: the writer's work
                assert list(lean.iter_overdue_rows(conn, day, today=TODAY, shape=shape)) == raw
                with db.session() as s:
                    assert list(iter_overdue_rows(s, day, today=TODAY, shape=shape)) == raw
    finally:
        conn.close()


def test_lean_postgres_path_refuses_what_it_cannot_check(db_url: str) -> None:
    assert lean.pg_conninfo("postgresql+psycopg://u:p%40ss@h:5433/db?sslmode=require") == (
        "postgresql://u:p%40ss@h:5433/db?sslmode=require")
    assert lean.pg_conninfo("postgresql://u@h/db") == "postgresql://u@h/db"
    assert lean.pg_conninfo("postgresql+psycopg:///db?host=/run/pg") is None
    assert lean.pg_conninfo("postgresql+asyncpg://h/db") is None
    assert lean.pg_conninfo(db_url) is None or db_url.startswith("postgresql")
    with pytest.raises(DatabaseError, match="cannot open database"):  # said once, here
        lean.connect_pg("postgresql://postgres@127.0.0.1:1/none?connect_timeout=1")
    if not db_url.startswith("postgresql"):
        return
    Database(db_url).dispose()
    conn = lean.connect_pg(db_url)
    assert conn is not None
    conn.execute("UPDATE alembic_version SET version_num = '0000old'")
    conn.commit()
    conn.close()
    try:
        assert lean.connect_pg(db_url) is None  # not at head: the full path decides
    finally:
        import psycopg

        with psycopg.connect(lean.pg_conninfo(db_url) or "") as fix:
            fix.execute("UPDATE alembic_version SET version_num = %s", (SCHEMA_HEAD,))


@pytest.mark.postgres
def test_lean_postgres_report_without_chunked_streaming(pg_url: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Where libpq cannot stream in chunks (before 17), a server-side cursor
    gives the same bytes."""
    import io

    from tracker.app import Tracker

    database = Database(pg_url)
    try:
        from sqlalchemy import text

        with database.engine.begin() as conn:
            conn.execute(text("TRUNCATE history, evidence, commitments, sources "
                              "RESTART IDENTITY CASCADE"))
        _fill_awkward(database)
    finally:
        database.dispose()
    outs = []
    for chunked in (True, False):
        monkeypatch.setattr(lean, "pg_chunked", lambda c=chunked: c)
        for fmt in ("csv", "json", "table"):
            for day in (dt.date(2023, 12, 31), dt.date(2999, 1, 1)):
                out = io.StringIO()
                Tracker(pg_url, CLOCK).overdue_report(day, fmt, out)
                outs.append(out.getvalue())
    assert outs[:6] == outs[6:] and all(outs)


def test_a_postgres_server_that_never_answers_is_said_so_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that accepts the connection and never answers: the report waits
    PG_CONNECT_TIMEOUT_S (not the system's TCP time-out), says so in the full path's
    words, and is not tried a second time by the full path."""
    import io
    import socket
    import threading
    import time

    from tracker.app import Tracker
    from tracker.store.db import DatabaseError

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    port = listener.getsockname()[1]
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(listener.accept()[0])  # and never answer
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    monkeypatch.setattr(lean, "PG_CONNECT_TIMEOUT_S", 1)
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/silent"
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseError) as err:
            Tracker(url, CLOCK).overdue_report(TODAY, "csv", io.StringIO())
    finally:
        listener.close()
        for conn in held:
            conn.close()
    assert time.monotonic() - started < 8
    assert str(err.value).startswith(f"cannot open database {url}: ")
    assert len(held) == 1  # one attempt, not the lean path's and then the full path's
