"""Schema safety on SQLite: an interrupted upgrade never bricks the database;
an unknown newer revision, a corrupted file and a read-only file are refused
in one line with nothing changed. Text that PostgreSQL would refuse (NUL,
over-long) is stored alike on both databases."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.operations import Operations
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from pinned import CLOCK, TODAY
from tracker.cli import cli
from tracker.lifecycle.services import add_commitment
from tracker.store.db import (
    Database,
    DatabaseError,
    current_revision,
    head_revision,
    make_engine,
    upgrade_backup,
)
from tracker.store.db import upgrade as alembic_upgrade
from tracker.store.models import Commitment, Source

FIRST = "a1be9b0f52c8"  # the initial schema; the next migration adds indexes


def _at_first_revision_with_data(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    alembic_upgrade(engine, FIRST)
    with Session(engine) as s:
        s.add(Source(file_name="kept.txt", title="Kept", published_on=dt.date(2024, 1, 2),
                     body="The two sides will meet again.", content_hash="h" * 64,
                     ingested_at=CLOCK.now()))
        s.commit()
    engine.dispose()
    return url


def _state(path: Path) -> tuple[str | None, list[str], list[str]]:
    conn = sqlite3.connect(path)
    try:
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        files = [r[0] for r in conn.execute("SELECT file_name FROM sources ORDER BY id")]
        indexes = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND name LIKE 'ix_commitments_%' "
            "ORDER BY name")]
    finally:
        conn.close()
    return (rev[0] if rev else None), files, indexes


def _fail_midway(exc: BaseException, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the second migration fail after its first statements ran (the sort
    indexes are made, then its first ``op.execute`` raises)."""
    calls: list[int] = []

    def boom(self: Operations, *args: object, **kwargs: object) -> None:
        calls.append(1)
        raise exc

    monkeypatch.setattr(Operations, "execute", boom)
    return calls


@pytest.mark.parametrize("exc", [RuntimeError("injected failure"), KeyboardInterrupt()],
                         ids=["error", "keyboard-interrupt"])
def test_a_failed_upgrade_restores_the_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    path = tmp_path / "tracker.db"
    url = _at_first_revision_with_data(path)
    before = _state(path)
    calls = _fail_midway(exc, monkeypatch)
    with pytest.raises(DatabaseError if isinstance(exc, Exception) else KeyboardInterrupt):
        Database(url, upgrade_existing=True)
    assert calls, "the injected failure did not run"
    monkeypatch.undo()
    assert _state(path) == before  # first revision, row kept, no half-made index
    assert not upgrade_backup(path).exists()
    db = Database(url, upgrade_existing=True)  # the next open upgrades cleanly
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as s:
            assert s.scalars(select(Source.file_name)).all() == ["kept.txt"]
    finally:
        db.dispose()


def test_a_copy_left_by_a_killed_upgrade_is_restored_on_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    url = _at_first_revision_with_data(path)
    before = _state(path)
    backup = upgrade_backup(path)
    src, dst = sqlite3.connect(path), sqlite3.connect(backup)
    src.backup(dst)
    dst.close()
    # the killed upgrade got this far: one index of the next revision exists
    src.execute("CREATE INDEX ix_commitments_made_on_id ON commitments (made_on, id)")
    src.commit()
    src.close()
    assert _state(path) != before
    heard: list[str] = []
    db = Database(url, notify=heard.append, upgrade_existing=True)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    assert any("was interrupted: restoring the copy" in line for line in heard), heard
    assert not backup.exists()
    assert _state(path)[1] == ["kept.txt"]


def test_a_new_database_that_fails_to_build_leaves_nothing_half_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.db"
    _fail_midway(RuntimeError("injected failure"), monkeypatch)
    with pytest.raises(DatabaseError, match="injected failure"):
        Database(f"sqlite:///{path}")
    monkeypatch.undo()
    # the schema was built aside (NAME.setup-partial) and removed: the file
    # itself is as the first connection left it, without a table
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))] \
        == ["new.db"]
    conn = sqlite3.connect(tmp_path / "new.db")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()
    db = Database(f"sqlite:///{path}")
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(url: str, *args: str) -> tuple[int, str]:
    r = CliRunner().invoke(cli, ["--db", url, *args])
    return r.exit_code, r.stderr


def test_a_database_at_an_unknown_newer_revision_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    Database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.commit()
    conn.close()
    digest = _digest(path)
    code, err = _cli(f"sqlite:///{path}", "list")
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "ffffffffffff" in err and "does not know" in err
    assert _digest(path) == digest


def test_a_corrupted_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    path.write_bytes(b"this is not an SQLite database, just bytes\n" * 200)
    digest = _digest(path)
    code, err = _cli(f"sqlite:///{path}", "list")
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "file is not a database" in err
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.db"]


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """``path`` read-only for whoever runs the tests: mode 0444, and for root
    (who writes whatever the mode) the immutable attribute (``chattr +i``);
    skips with the reason where neither holds."""
    path.chmod(0o444)
    if os.geteuid() != 0:
        yield
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True,
                                        check=False).returncode != 0:
        pytest.skip("root writes a read-only file, and chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=False)


def test_a_read_only_database_that_needs_an_upgrade_is_refused_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded default database (the one upgraded at start-up) behind the
    code and read-only: refused in one line before anything is touched."""
    from tracker.domain import config

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv(config.ENV_URL, raising=False)
    path = config.data_dir() / "tracker.db"
    path.parent.mkdir(parents=True)
    _at_first_revision_with_data(path)
    with _read_only(path):
        digest = _digest(path)
        r = CliRunner().invoke(cli, ["list"])
        code, err = r.exit_code, r.stderr
        assert code == 1 and err.count("\n") == 1
        assert "is read-only: cannot upgrade" in err
        assert _digest(path) == digest


def test_nul_and_over_long_text_are_stored_alike_on_both_databases(db: Database) -> None:
    with db.session() as s:
        src = Source(file_name="n\x00ul.txt", title="T" * 1500, published_on=dt.date(2024, 1, 2),
                     body="Body with a \x00 NUL.", content_hash="c" * 64,
                     ingested_at=CLOCK.now())
        s.add(src)
        s.flush()
        c = add_commitment(s, quote="We will \x00 meet.", subject="S" * 2500, source=src,
                           by="analyst\x00", clock=CLOCK)
        cid, sid = c.id, src.id
    with db.session() as s:
        src = s.get(Source, sid)
        c = s.get(Commitment, cid)
        assert src is not None and c is not None
        assert (src.file_name, src.body) == ("nul.txt", "Body with a  NUL.")
        assert len(src.title or "") == 1000 and (src.title or "").endswith("…")
        assert len(c.subject) == 2000 and c.subject.endswith("…")
        assert c.quote == "We will  meet."


def test_an_empty_file_is_set_up(tmp_path: Path) -> None:
    """A database file that is an empty copy (0 bytes) is a new database."""
    path = tmp_path / "copy.db"
    path.write_bytes(b"")
    assert _cli(f"sqlite:///{path}", "list") == (0, "")
    assert _state(path) == (head_revision(), [], _state(path)[2])
    assert not any(p.name.endswith((".setup-partial", ".schema-lock"))
                   for p in tmp_path.iterdir())


def test_a_blank_file_left_half_made_by_an_older_tracker_is_rebuilt(tmp_path: Path) -> None:
    """A first-time setup killed before this tracker built files aside left
    tables, no revision and no rows: the next command rebuilds it instead of
    failing with `table … already exists`."""
    for how in ("DROP TABLE alembic_version", "DELETE FROM alembic_version"):
        path = tmp_path / f"half-{how.split()[0]}.db"
        engine = make_engine(f"sqlite:///{path}")
        alembic_upgrade(engine, FIRST)
        engine.dispose()
        conn = sqlite3.connect(path)
        conn.execute(how)
        conn.commit()
        conn.close()
        assert _cli(f"sqlite:///{path}", "list") == (0, "")
        assert _state(path)[0] == head_revision()
    # a file holding rows is not blank: it is upgraded only when asked
    path = tmp_path / "filled.db"
    url = _at_first_revision_with_data(path)
    code, err = _cli(url, "list")
    assert code == 1 and "run `tracker db upgrade`" in err
    assert _state(path)[1] == ["kept.txt"]


def _concurrently(url: str, args: list[str], n: int) -> list[tuple[int, str]]:
    import subprocess
    import sys

    env = dict(os.environ, TRACKER_TODAY=TODAY.isoformat())
    procs = [subprocess.Popen([sys.executable, "-m", "tracker", "--db", url, *args],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env=env) for _ in range(n)]
    return [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in procs]


@pytest.mark.parametrize("mode", ["setup", "upgrade"])
def test_commands_setting_up_or_upgrading_one_file_at_once(tmp_path: Path, mode: str) -> None:
    """Before the schema lock, 4 commands opening one new file at once failed
    in 4 of 5 rounds (`table … already exists`), and 4 `db upgrade` of one
    filled file in 3 of 5, one round losing the stored row."""
    for round_ in range(2):
        path = tmp_path / f"{mode}{round_}.db"
        url = f"sqlite:///{path}"
        if mode == "upgrade":
            _at_first_revision_with_data(path)
        results = _concurrently(url, ["db", "upgrade"] if mode == "upgrade" else ["list"], 3)
        assert [code for code, _ in results] == [0, 0, 0], [err for _, err in results]
        rev, files, _ = _state(path)
        assert rev == head_revision()
        assert files == (["kept.txt"] if mode == "upgrade" else [])
        assert not any(p.name.endswith((".schema-lock", ".upgrade-backup", ".setup-partial"))
                       for p in tmp_path.iterdir())
