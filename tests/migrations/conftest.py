"""pytest-alembic wiring: the package's own Alembic config, on an empty
SQLite file and on an empty PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tracker.store.db import alembic_config as tracker_alembic_config
from tracker.store.db import make_engine


@pytest.fixture
def alembic_config():  # type: ignore[no-untyped-def]
    return tracker_alembic_config()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def alembic_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'migrations.db'}")
    else:
        engine = make_engine(request.getfixturevalue("pg_url"))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    try:
        yield engine
    finally:
        if request.param != "sqlite":
            # The PostgreSQL database is the session's: leave it empty, not at
            # whatever revision the test stopped (the next test opens it at head).
            with engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
