"""Shared fixtures: a migrated database on SQLite, and on PostgreSQL when the
server at TRACKER_TEST_PG_URL (default 127.0.0.1:5432, database test) is
reachable; PostgreSQL tests skip with the reason when it is not."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.store.db import Database

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PG_ADMIN_URL = os.environ.get(
    "TRACKER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)

_pg_state: dict[str, object] = {}


@pytest.fixture(autouse=True, scope="session")
def _shifted_wall_clock() -> Iterator[None]:
    """With TRACKER_CLOCK_SHIFT_DAYS=N, the machine's clock runs N days ahead
    for the whole run (tests/test_clock.py runs part of the suite so): a test
    that leaned on the real date would fail there."""
    shift = os.environ.get("TRACKER_CLOCK_SHIFT_DAYS")
    if not shift:
        yield
        return
    import datetime as dt

    import time_machine

    target = dt.datetime.now(dt.UTC) + dt.timedelta(days=int(shift))
    with time_machine.travel(target, tick=True):
        yield


def pytest_report_header(config: pytest.Config) -> str | None:
    shift = os.environ.get("TRACKER_CLOCK_SHIFT_DAYS")
    if not shift:
        return None
    import datetime as dt

    return f"clock shifted to {dt.date.today() + dt.timedelta(days=int(shift))}"


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command a test runs lives on the pinned day, not on the machine's."""
    from pinned import TODAY

    monkeypatch.setenv("TRACKER_TODAY", TODAY.isoformat())


def _pg_unavailable() -> str | None:
    """None if PostgreSQL is usable, else why not (checked once)."""
    if "reason" in _pg_state:
        return _pg_state["reason"]  # type: ignore[return-value]
    reason: str | None = None
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, text

        eng = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with eng.connect() as conn:
            conn.execute(text("SELECT 1"))
        eng.dispose()
    except ImportError:
        reason = "psycopg is not installed"
    except Exception as exc:  # noqa: BLE001
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        reason = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {first}"
    _pg_state["reason"] = reason
    return reason


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    reason = _pg_unavailable()
    if reason:
        pytest.skip(reason)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"tracker_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


_TABLES = ("history", "evidence", "commitments", "sources")


def _truncate(database: Database) -> None:
    from sqlalchemy import text

    with database.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(_TABLES)} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL at the newest schema, empty: SQLite file or PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
        return
    url = request.getfixturevalue("pg_url")
    database = Database(url)
    _truncate(database)
    database.dispose()
    yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'tracker.db'}")
    try:
        yield database
    finally:
        database.dispose()
