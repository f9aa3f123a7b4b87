"""Engines, sessions, and bringing any database to the newest schema.

The Alembic configuration is built in code and points at the migrations
shipped inside the package, so an installed wheel can migrate. Alembic's
logging is kept off the terminal.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseError(Exception):
    """A database could not be opened or migrated; the message is for the user."""


class Stopped(Exception):
    """A statement run under ``stoppable`` was stopped before it finished."""


@contextmanager
def stoppable(session: Session, stop: threading.Event) -> Iterator[None]:
    """Statements ``session`` runs in this block stop soon after ``stop`` is
    set (from any thread), raising ``Stopped``: on SQLite a progress handler
    asks every few thousand steps. Other databases run them to the end."""
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    if connection.dialect.name != "sqlite" or raw is None:
        yield
        return
    if stop.is_set():
        raise Stopped
    raw.set_progress_handler(stop.is_set, 4000)
    try:
        yield
    except Exception as exc:
        if stop.is_set() and "interrupted" in str(exc):
            raise Stopped from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    from tracker.store.lean import BUSY_TIMEOUT_S, READ_PRAGMAS

    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")

    for pragma in READ_PRAGMAS:
        cur.execute(pragma)
    cur.close()


def _engine_url(url: str) -> Any:
    """``url`` parsed as the engine opens it: a plain ``postgresql://`` goes
    through psycopg 3, the driver we depend on for PostgreSQL."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str) -> Engine:
    try:
        parsed = _engine_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        from tracker.store.lean import PG_CONNECT_TIMEOUT_S

        kwargs["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    if parsed.get_backend_name() == "sqlite":
        from tracker.store.lean import BUSY_TIMEOUT_S

        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S}
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as exc:  # missing driver, bad options
        raise DatabaseError(f"cannot use database {parsed.render_as_string()}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions"))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
        cfg.attributes["engine"] = engine
    cfg.attributes["configure_logger"] = False
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, read with plain SQL (no Alembic import:
    the check every command makes costs one query); None when there is none."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with engine.connect() as conn:
        try:
            rows = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        except DBAPIError:
            return None  # no version table: an empty (or not yet set up) database
    if len(rows) > 1:  # branches: let Alembic say what that means
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (the newest schema by default)."""
    import warnings

    from alembic import command
    from sqlalchemy.exc import SAWarning

    logging.getLogger("alembic").setLevel(logging.WARNING)
    with warnings.catch_warnings():
        # SQLite batch migrations reflect tables; SQLite cannot reflect the
        # expression indexes (the migrations recreate what they touch).
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
        command.upgrade(alembic_config(engine), revision)


class SchemaBehind(DatabaseError):
    """A shared database is at an older schema: upgrading is the user's call."""


def ensure_schema(
    engine: Engine, notify: Callable[[str], None] | None = None, *, upgrade_existing: bool = True,
    _locked: bool = False,
) -> None:
    """Bring the database to head unless already there (cheap check first).

    An empty database is always set up. An existing one that is behind is
    upgraded only when ``upgrade_existing`` (the embedded default, or
    ``tracker db upgrade``); otherwise ``SchemaBehind`` says to back it up and
    run ``tracker db upgrade``, so one analyst's new version never migrates a
    team's database by surprise. ``notify`` hears one line before an existing
    database is upgraded, which can take a while on a large one."""
    try:
        from tracker.store.migrations import SCHEMA_HEAD

        current = current_revision(engine)
        if current == SCHEMA_HEAD:
            return  # current: Alembic is not imported at all
        head = head_revision()
        if current == head:
            return
        path = sqlite_path(engine)
        if path is not None and not _locked:
            # one process at a time sets up or upgrades a file; the others
            # wait, then find it at head (or do what is left)
            with schema_lock(path):
                engine.dispose()  # a waiter's pooled connection may see a replaced file
                ensure_schema(engine, notify, upgrade_existing=upgrade_existing, _locked=True)
            return
        if current is not None and not _known_revision(current):
            raise DatabaseError(
                f"database {engine.url.render_as_string()} is at schema {current}, which this "
                "version of tracker does not know (made by a newer tracker?): upgrade tracker"
            )
        if current is not None and not upgrade_existing:
            raise SchemaBehind(
                f"database {engine.url.render_as_string()} is at schema {current}, this tracker "
                f"needs {head}: back it up, then run `tracker db upgrade`"
            )
        if current is not None and path is not None:
            _refuse_read_only(path)  # before saying it is upgrading
        if current is not None and notify is not None:
            notify(f"upgrading the database schema from {current} to {head}…")
        upgrade_safely(engine, notify)
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(
            f"cannot open database {engine.url.render_as_string()}: {_first_line(exc)}"
        ) from exc


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - an unknown id raises in several ways
        return False


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind an SQLite engine (None for memory, URIs, other databases)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.query:
        return None
    db = url.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db).expanduser()


@contextmanager
def schema_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock for setting up or upgrading the SQLite file
    ``path`` (``flock`` on ``NAME.schema-lock`` beside it, removed after).

    Without it two commands opening a new file at once both build its tables
    (`table … already exists`, and the loser deleted the file it thought it
    had half-made) and a second upgrader took the first one's copy for one
    left by a killed upgrade. The lock goes with the process, so a killed
    holder never blocks the next command. Where no lock file can be made (a
    read-only folder; no ``fcntl``), nothing can be upgraded concurrently
    either, and the caller goes on unlocked."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    lock = path.with_name(path.name + ".schema-lock")
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.fstat(fd).st_ino == os.stat(lock).st_ino
            except FileNotFoundError:
                same = False
            if same:  # not a lock file its last holder removed meanwhile
                try:
                    yield
                finally:
                    Path(lock).unlink(missing_ok=True)
                return
        finally:
            os.close(fd)


def upgrade_backup(path: Path) -> Path:
    """Where the copy taken before upgrading ``path`` lives while it runs."""
    return path.with_name(path.name + ".upgrade-backup")


def _sqlite_copy(src: Path, dst: Path) -> None:
    """Copy one SQLite database over another, page by page (the backup API:
    consistent even while others read, WAL content included)."""
    import sqlite3

    from tracker.store.lean import BUSY_TIMEOUT_S

    source = sqlite3.connect(str(src), timeout=BUSY_TIMEOUT_S)
    try:
        target = sqlite3.connect(str(dst), timeout=BUSY_TIMEOUT_S)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _has_tables(path: Path) -> bool:
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        conn.close()


def _half_made(path: Path) -> bool:
    """True for a file with tables but no schema revision and no rows in any
    table of ours: a first-time setup that an older tracker started and was
    killed in (every later command failed with `table … already exists`).
    Rebuilding it loses nothing."""
    import sqlite3

    from tracker.store.models import Base

    conn = sqlite3.connect(str(path))
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in names and conn.execute(
                "SELECT count(*) FROM alembic_version").fetchone()[0]:
            return False
        return all(conn.execute(f'SELECT NOT EXISTS (SELECT 1 FROM "{name}")').fetchone()[0]
                   for name in names & set(Base.metadata.tables))
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _build_new(path: Path) -> None:
    """First-time setup of ``path``: the schema is built in ``NAME.setup-partial``
    beside it and renamed over it when whole, so a kill at any step leaves
    the file as it was (absent, empty, or blank) and the next command starts
    again. A partial file left by a killed setup is removed first."""
    partial = path.with_name(path.name + ".setup-partial")

    def clear(target: Path) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)

    clear(partial)
    engine = make_engine(f"sqlite:///{partial}")
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        clear(partial)
        raise
    with engine.connect() as conn:  # everything into the main file
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    for suffix in ("-wal", "-shm", "-journal"):  # the blank file's, if any
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, path)
    clear(partial)


def _refuse_read_only(path: Path) -> None:
    """An SQLite file (or its folder, where the journal goes) that cannot be
    written cannot be upgraded: refused before anything is touched."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseError(
            f"database {path} is read-only: cannot upgrade its schema to "
            f"{head_revision()}; nothing was changed"
        )


def upgrade_safely(engine: Engine, notify: Callable[[str], None] | None = None) -> None:
    """``upgrade`` to head that cannot brick an SQLite file.

    - A new (table-less) file that fails to build is deleted, with its WAL.
    - An existing file is copied first (sqlite3 backup API) to
      ``NAME.upgrade-backup`` (written aside, then renamed: whole or absent);
      if the upgrade raises — KeyboardInterrupt included — the copy is put
      back and deleted. A copy found here was left by a killed upgrade: it is
      put back before upgrading again.
    - A read-only file is refused before anything is touched.
    Other databases upgrade in one transaction (PostgreSQL's DDL is
    transactional), so they go straight to ``upgrade``."""
    path = sqlite_path(engine)
    if path is None:
        upgrade(engine)
        return
    engine.dispose()
    backup = upgrade_backup(path)
    if backup.exists():
        if notify is not None:
            notify(f"an earlier schema upgrade of {path} was interrupted: restoring the copy "
                   "taken before it")
        _sqlite_copy(backup, path)
        backup.unlink()
    if not _has_tables(path) or _half_made(path):
        _build_new(path)
        return
    _refuse_read_only(path)
    partial = backup.with_name(backup.name + ".partial")
    try:
        _sqlite_copy(path, partial)
        os.replace(partial, backup)
    finally:
        partial.unlink(missing_ok=True)
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        try:
            _sqlite_copy(backup, path)
        except Exception as exc:
            raise DatabaseError(
                f"the schema upgrade of {path} failed and the copy taken before it could not "
                f"be put back ({_first_line(exc)}): it is kept at {backup}"
            ) from exc
        backup.unlink()
        raise
    backup.unlink(missing_ok=True)


def unreachable(url: str, exc: BaseException) -> DatabaseError:
    """The error for a database server that cannot be reached, in the words
    ``ensure_schema`` uses (the lean path says it without trying twice)."""
    shown = _engine_url(url).render_as_string()
    return DatabaseError(f"cannot open database {shown}: {_first_line(exc)}")


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def fit_text(value: str, length: int | None) -> str:
    """Text as both databases store it alike: no NUL (PostgreSQL refuses it in
    text) and no longer than the column (PostgreSQL refuses, SQLite would
    keep it), clipped with an ellipsis."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    if length is not None and len(value) > length:
        value = value[: length - 1] + "…"
    return value


def fit_values(table: Any, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` of a row of ``table`` with each text fitted to its column (``fit_text``),
    for inserts that do not go through a flush (``_fit_text_columns``)."""
    out = dict(values)
    for key, value in values.items():
        if isinstance(value, str):
            out[key] = fit_text(value, getattr(table.c[key].type, "length", None))
    return out


def _fit_text_columns(session: Session, _context: Any, _instances: Any) -> None:
    """Before every flush: each text attribute of a new or changed row fits its
    column (``fit_text``), so a long extracted subject or a NUL typed in a note
    never aborts a transaction on PostgreSQL that SQLite would accept."""
    from sqlalchemy import String, inspect

    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            column_type = attr.columns[0].type
            value = state.dict.get(attr.key)
            if isinstance(value, str) and isinstance(column_type, String):
                fitted = fit_text(value, column_type.length)
                if fitted is not value:
                    setattr(obj, attr.key, fitted)


class Database:
    """An engine at the newest schema and a session factory."""

    def __init__(
        self, url: str, *, migrate: bool = True, notify: Callable[[str], None] | None = None,
        upgrade_existing: bool | None = None,
    ) -> None:
        """``upgrade_existing`` (default: only for the embedded default
        database) lets an existing database that is behind be upgraded."""
        from tracker.domain.config import is_embedded_default

        self.url = url
        self.engine = make_engine(url)
        if upgrade_existing is None:
            upgrade_existing = is_embedded_default(url)
        if migrate:
            ensure_schema(self.engine, notify, upgrade_existing=upgrade_existing)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.sessionmaker, "before_flush", _fit_text_columns)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self.sessionmaker() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
