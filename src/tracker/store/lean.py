"""The lean path: the hottest commands on an embedded SQLite database that is
already at the newest schema, through the standard library's ``sqlite3``
instead of SQLAlchemy (whose import alone costs about half a second here).

It covers the overdue report and plain status changes. Anything else, any
other database, or a database not at head goes the full way (SQLAlchemy,
Alembic upgrade). The SQL for the report is generated from the SQLAlchemy
query by the developer script ``scripts/generate_lean_sql.py`` into
``_overdue_sql.py``; a test checks that it is current, and another that both
paths give the same results.
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
RUNTIME_PARAMS = ("as_of", "as_of_s")

# Reading a large file: keep a 64 MiB page cache (bounded) rather
# than SQLite's 2 MiB default. Shared with db.py's engine set-up.
READ_PRAGMAS = ("PRAGMA cache_size=-65536",)
# How long a command waits for another analyst's write to finish on SQLite.
BUSY_TIMEOUT_S = 30.0


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


def _timestamp(moment: dt.datetime) -> str:
    """What SQLAlchemy stores for an aware datetime on SQLite (UTC, naive)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def iter_overdue_rows(
    conn: sqlite3.Connection, as_of: dt.date, *, today: dt.date, as_csv: bool = False,
) -> Iterator[tuple[Any, ...]]:
    from tracker.store._overdue_sql import OVERDUE

    sql, constants = OVERDUE[(as_of < today, as_csv)]
    params = dict(constants)
    params.update(as_of=as_of.isoformat(), as_of_s=as_of.isoformat())
    cur = conn.execute(sql, params)
    cur.arraysize = 2000
    while batch := cur.fetchmany():
        yield from batch


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
