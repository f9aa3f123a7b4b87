"""Migrate on purpose: the embedded default database is upgraded at start-up;
any other database (PostgreSQL, or a URL given) that is behind is refused
with a one-line message until `tracker db upgrade` is run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.store.db import Database, current_revision, head_revision, make_engine, upgrade

PREVIOUS = "5c3e8d21f7a4"  # the revision before head


def _behind(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine, PREVIOUS)
    engine.dispose()


def _revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def test_a_given_database_one_revision_behind_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team.db'}"
    _behind(url)
    r = CliRunner().invoke(cli, ["--db", url, "list"])
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [
        (f"error: database {url} is at schema {PREVIOUS}, this tracker needs {head_revision()}:"
         " back it up, then run `tracker db upgrade`")]
    assert _revision(url) == PREVIOUS  # untouched
    r = CliRunner().invoke(cli, ["--db", url, "db", "info"])  # says where it stands
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1:] == [
        f"revision: {PREVIOUS} (head {head_revision()})",
        "behind: back it up, then run `tracker db upgrade`"]
    assert _revision(url) == PREVIOUS
    r = CliRunner().invoke(cli, ["--db", url, "db", "upgrade"])
    assert r.exit_code == 0, r.output
    assert f"upgraded from {PREVIOUS} to {head_revision()}" in r.stdout
    assert CliRunner().invoke(cli, ["--db", url, "list"]).exit_code == 0


def test_a_postgres_database_behind_is_refused(pg_url: str) -> None:
    from sqlalchemy import text

    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    _behind(pg_url)
    with pytest.raises(Exception, match="back it up, then run `tracker db upgrade`"):
        Database(pg_url)
    assert _revision(pg_url) == PREVIOUS
    Database(pg_url, upgrade_existing=True).dispose()
    assert _revision(pg_url) == head_revision()


def test_the_embedded_default_is_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    from tracker.domain.config import default_url

    url = default_url()
    assert str(tmp_path) in url
    _behind(url)
    r = CliRunner().invoke(cli, ["list"])
    assert r.exit_code == 0, r.output
    assert "upgrading the database schema" in r.stderr
    assert _revision(url) == head_revision()


def test_a_new_database_is_set_up(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    Database(url).dispose()
    assert _revision(url) == head_revision()


def test_a_database_from_a_newer_tracker_is_refused(tmp_path: Path) -> None:
    from sqlalchemy import text

    url = f"sqlite:///{tmp_path / 'newer.db'}"
    Database(url).dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    engine.dispose()
    r = CliRunner().invoke(cli, ["--db", url, "list"])
    assert r.exit_code == 1 and "does not know" in r.stderr and "Traceback" not in r.output
