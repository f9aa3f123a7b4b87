"""Start-up (issue 12, item 5): a command imports what it uses. Help imports
no database library; a command on a database already at the newest schema
reads the revision with one query and never imports Alembic; no command but
``tui`` imports Textual. Checked in a fresh interpreter (sys.modules)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.store.db import Database

PROBE = """
import json, sys
from tracker.cli import main
sys.argv = ["tracker", *sys.argv[1:]]
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
roots = sorted({m.split(".")[0] for m in sys.modules})
print(json.dumps({"code": code, "roots": roots}), file=sys.stderr)
"""


def _imports(url: str, *args: str, code: int = 0) -> set[str]:
    env = {**os.environ, "TRACKER_TODAY": "2026-06-01"}
    env.pop("TRACKER_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-c", PROBE, "--db", url, *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    last = json.loads(done.stderr.strip().splitlines()[-1])
    assert last["code"] == code, done.stderr
    return set(last["roots"])


COMMANDS = [
    ("list",), ("list", "--overdue", "--format", "json"), ("list", "--as-of", "2025-01-01"),
    ("report", "overdue", "--format", "json"), ("report", "overdue", "--as-of", "2025-01-01"),
    ("export",), ("review",), ("report", "scorecard"),
]


def _current(url: str) -> str:
    Database(url).dispose()  # set up, at head
    return url


def test_help_imports_no_database_library(tmp_path: Path) -> None:
    roots = _imports(f"sqlite:///{tmp_path / 'none.db'}", "list", "--help")
    assert not roots & {"sqlalchemy", "alembic", "textual"}, roots


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_commands_on_a_current_sqlite_database_skip_alembic(tmp_path: Path,
                                                           args: tuple[str, ...]) -> None:
    roots = _imports(_current(f"sqlite:///{tmp_path / 't.db'}"), *args)
    assert "alembic" not in roots and "textual" not in roots, roots


@pytest.mark.postgres
def test_commands_on_a_current_postgres_database_skip_alembic(pg_url: str) -> None:
    url = _current(pg_url)
    for args in COMMANDS[:5]:
        roots = _imports(url, *args)
        assert "alembic" not in roots and "textual" not in roots, (args, roots)


def test_an_older_database_still_goes_through_alembic(tmp_path: Path) -> None:
    """The cheap check only says "current": anything else is Alembic's call."""
    from tracker.store.db import make_engine, upgrade

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    upgrade(engine, "7f1d2c9a4b60")
    engine.dispose()
    roots = _imports(url, "list", code=1)  # behind: back it up, then `tracker db upgrade`
    assert "alembic" in roots


REPORTS = [("report", "overdue", "--format", fmt) for fmt in ("csv", "json", "table")]


@pytest.mark.parametrize("args", [*REPORTS, (*REPORTS[0], "--as-of", "2025-01-01")], ids=" ".join)
def test_the_overdue_report_on_a_current_database_imports_no_orm(db_url: str,
                                                               args: tuple[str, ...]) -> None:
    """The lean path on SQLite (sqlite3) and on PostgreSQL (psycopg): the
    driver alone, the revision read with one query."""
    roots = _imports(_current(db_url), *args)
    assert not roots & {"sqlalchemy", "alembic", "textual"}, roots
