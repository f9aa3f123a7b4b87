"""The lean path: the hottest commands on a database that is already at the
newest schema, through the driver itself instead of SQLAlchemy (whose import
alone costs about half a second here).

On an embedded SQLite file (the standard library's ``sqlite3``) it covers the
overdue report and plain status changes; on PostgreSQL (``psycopg``: rows
streamed in chunks, or a server-side cursor where libpq cannot) the overdue
report. Anything else, or a database not at
head, goes the full way (SQLAlchemy, Alembic). The SQL for the report is
generated from the SQLAlchemy query by the developer script
``scripts/generate_lean_sql.py`` into ``_overdue_sql.py``; a test checks that
it is current, and another that both paths give the same rows and the same
report bytes. Rows are formatted in one place for both paths
(``reports.writers``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tracker.domain import statuses
from tracker.domain.errors import (
    NotFound,
    ServiceError,
    concurrent_conflict,
    invalid_transition,
    unknown_status,
    version_conflict,
)

_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")
_PG_PREFIXES = ("postgresql://", "postgresql+psycopg://")
RUNTIME_PARAMS = ("as_of", "as_of_s", "as_of_d")
#: rows handed over at a time by PostgreSQL (a chunk, or a fetch from the cursor)
PG_BATCH = 2000

# Reading a large file: keep a 64 MiB page cache (bounded) rather
# than SQLite's 2 MiB default. Shared with db.py's engine set-up.
READ_PRAGMAS = ("PRAGMA cache_size=-65536",)
# How long a command waits for another analyst's write to finish on SQLite.
BUSY_TIMEOUT_S = 30.0
# How long a command waits for a PostgreSQL server to answer before it says so
# (libpq's connect_timeout; without one a host that drops packets holds the
# command for the system's TCP time-out, minutes). A URL may set its own.
PG_CONNECT_TIMEOUT_S = 10


def sqlite_file(url: str) -> Path | None:
    """The file behind a plain SQLite URL, or None for anything else."""
    for prefix in _PREFIXES:
        if url.startswith(prefix):
            rest = url[len(prefix):]
            if not rest or "?" in rest or rest == ":memory:" or rest.startswith("file:"):
                return None
            return Path(rest)
    return None


def connect(url: str) -> sqlite3.Connection | None:
    """A connection if ``url`` is an SQLite file at the newest schema, else None."""
    from tracker.store.migrations import SCHEMA_HEAD

    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        conn.close()
        return None
    if row is None or row[0] != SCHEMA_HEAD:
        conn.close()
        return None
    for pragma in READ_PRAGMAS:
        conn.execute(pragma)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def pg_conninfo(url: str) -> str | None:
    """The libpq URI for a plain PostgreSQL URL (SQLAlchemy's driver name
    dropped), or None for anything else. SQLAlchemy's psycopg dialect hands
    the query string's options to libpq as they are, as the URI does; a URL
    naming several hosts goes the full way."""
    for prefix in _PG_PREFIXES:
        if url.startswith(prefix):
            rest = url[len(prefix):]
            if "host=" in rest.partition("?")[2]:
                return None
            return "postgresql://" + rest
    return None


def connect_pg(url: str) -> Any | None:
    """A psycopg connection if ``url`` is a PostgreSQL database at the newest
    schema (one query, no Alembic), else None: the full path then opens it
    and says what is wrong, with the same words as ever. A server that cannot
    be reached is said so here (``db.DatabaseError``, the full path's words),
    not tried a second time by the full path."""
    from tracker.store.migrations import SCHEMA_HEAD

    conninfo = pg_conninfo(url)
    if conninfo is None:
        return None
    try:
        import psycopg
    except ImportError:
        return None
    if "connect_timeout=" not in conninfo:
        conninfo += ("&" if "?" in conninfo else "?") + f"connect_timeout={PG_CONNECT_TIMEOUT_S}"
    try:
        conn = psycopg.connect(conninfo)
    except psycopg.OperationalError as exc:
        from tracker.store.db import unreachable

        raise unreachable(url, exc) from exc
    except psycopg.Error:
        return None
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except psycopg.Error:
        conn.close()
        return None
    if rows != [(SCHEMA_HEAD,)]:
        conn.close()
        return None
    return conn


def connect_reader(url: str) -> Any | None:
    """A driver connection for a read-only report (``iter_overdue_rows``):
    sqlite3 or psycopg, whichever the URL allows; None for the full path."""
    return connect(url) or connect_pg(url)


def _timestamp(moment: dt.datetime) -> str:
    """What SQLAlchemy stores for an aware datetime on SQLite (UTC, naive)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def iter_overdue_rows(
    conn: Any, as_of: dt.date, *, today: dt.date, shape: str = "rows",
) -> Iterator[tuple[Any, ...]]:
    """The overdue report's rows of ``shape`` (``reports.overdue.SHAPES``;
    raw rows for a shape the database does not build: the writer prepares
    them), streamed, on a connection from ``connect_reader``."""
    if not isinstance(conn, sqlite3.Connection):
        yield from _iter_overdue_rows_pg(conn, as_of, today=today, shape=shape)
        return
    from tracker.store._overdue_sql import OVERDUE

    sql, constants = OVERDUE.get((as_of < today, shape)) or OVERDUE[(as_of < today, "rows")]
    params = dict(constants)
    params.update(as_of=as_of.isoformat(), as_of_s=as_of.isoformat())
    cur = conn.execute(sql, params)
    cur.arraysize = 2000
    while batch := cur.fetchmany():
        yield from batch


def utf8_sink(conn: Any, out: Any) -> Any | None:
    """The binary stream beneath ``out`` when the report can be written onto it as
    UTF-8 bytes from an SQLite connection: ``out`` is standard output, in UTF-8, on a
    system whose line end is "\\n" (what a text stream writes for it); the connection
    then hands text over as the UTF-8 bytes it stores (``text_factory``). None: write
    text as ever."""
    import codecs
    import os
    import sys

    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if (not isinstance(conn, sqlite3.Connection) or out is not sys.stdout
            or buffer is None or not encoding or os.linesep != "\n"
            or codecs.lookup(encoding).name != "utf-8"):
        return None
    out.flush()  # what was written as text goes first
    conn.text_factory = bytes
    return buffer


def _iter_overdue_rows_pg(
    conn: Any, as_of: dt.date, *, today: dt.date, shape: str,
) -> Iterator[tuple[Any, ...]]:
    from tracker.store._overdue_sql import OVERDUE_PG

    sql, constants = (OVERDUE_PG.get((as_of < today, shape))
                      or OVERDUE_PG[(as_of < today, "rows")])
    params = dict(constants)
    params.update(as_of=as_of, as_of_d=as_of)
    if pg_chunked():
        # The server sends the rows as it finds them and libpq hands them
        # over PG_BATCH at a time: the query goes on while a batch is written.
        with conn.cursor() as cur:
            yield from cur.stream(sql, params, size=PG_BATCH)
        return
    with conn.cursor(name="tracker_overdue") as cur:  # asks for each batch in turn
        cur.execute(sql, params)
        while batch := cur.fetchmany(PG_BATCH):
            yield from batch


def pg_chunked() -> bool:
    """Whether psycopg can stream rows in chunks (psycopg 3.2+ on libpq 17+)."""
    import psycopg

    caps = getattr(psycopg, "capabilities", None)
    return bool(caps is not None and caps.has_stream_chunked())


def change_status(
    conn: sqlite3.Connection, cid: int, to_status: str, *, by: str, now: dt.datetime,
    today: dt.date, on: dt.date | None = None, note: str | None = None,
    expected_version: int | None = None,
) -> tuple[str, str, dt.date]:
    """The same change as ``services.change_status`` (without evidence), in one
    immediate transaction: validated, versioned, recorded in history with the
    day it took effect (``on``, default today; never in the future, never
    before the last status change). Returns (from, to, the day it took effect)."""
    if to_status not in statuses.STATUSES:
        raise unknown_status(to_status, statuses.STATUSES)
    day = on or today
    if day > today:
        raise ServiceError(f"{day} is in the future: a change takes effect on or before today")
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT status, version FROM commitments WHERE id = ?",
                           (cid,)).fetchone()
        if row is None:
            raise NotFound(f"no commitment with id {cid}")
        current, version = row
        if expected_version is not None and version != expected_version:
            raise version_conflict(cid, expected_version, version)
        if not statuses.allowed(current, to_status):
            raise invalid_transition(cid, current, to_status, statuses.TRANSITIONS[current])
        (last,) = conn.execute(
            "SELECT max(effective_on) FROM history WHERE commitment_id = ? AND event = 'status'",
            (cid,)).fetchone()
        if last is not None and day.isoformat() < last:
            raise ServiceError(
                f"commitment {cid} has a status change that took effect on {last}: "
                f"a later change cannot take effect before it (give --on {last} or later)")
        stamp = _timestamp(now)
        cur = conn.execute(
            "UPDATE commitments SET status = ?, version = ?, updated_at = ?"
            " WHERE id = ? AND version = ?",
            (to_status, version + 1, stamp, cid, version),
        )
        if cur.rowcount != 1:
            raise concurrent_conflict(cid)
        conn.execute(
            "INSERT INTO history (commitment_id, event, from_status, to_status, recorded_at,"
            " effective_on, by, note) VALUES (?, 'status', ?, ?, ?, ?, ?, ?)",
            (cid, current, to_status, stamp, day.isoformat(), by, note),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return current, to_status, day
