"""Fixtures for the terminal UI tests: the seeds ingested into SQLite, with
history timestamps pinned so snapshots are stable, and helpers to let
workers finish."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from pinned import CLOCK, TODAY
from tracker.ingest.documents import iter_paths, read_document
from tracker.lifecycle.services import ingest_document
from tracker.store.db import Database
from tracker.store.models import Commitment

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PINNED = "2026-11-20 09:00:00.000000"


def ingest_seeds(database: Database) -> None:
    for path in iter_paths([SEEDS]):
        with database.session() as s:
            ingest_document(s, read_document(path), clock=CLOCK)
    pin_times(database)


def pin_times(database: Database) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE history SET recorded_at = :at"), {"at": PINNED})


@pytest.fixture(autouse=True)
def private_config(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Path:
    """The UI saves its settings (the theme) in the user's config dir: in the
    tests, a fresh one of their own."""
    home = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def seeded(sqlite_db: Database) -> Iterator[Database]:
    ingest_seeds(sqlite_db)
    yield sqlite_db


def find(database: Database, like: str) -> Commitment:
    with database.session() as s:
        c = s.scalars(select(Commitment).where(Commitment.subject.like(like))
                      .order_by(Commitment.id)).first()
        assert c is not None, like
        return c


async def settle(pilot, patience: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until no worker runs, every posted message is handled, and the
    deferred layout work (a DataTable's column widths) has been drawn.

    Quiet is what ends the wait, not a number of rounds: on a loaded machine
    (the suite under xdist beside a build) a read can outlast any fixed count
    of short pauses, and a wait that gave up early let a screenshot catch a
    filter half applied. ``patience`` (seconds) only bounds a screen that
    never goes quiet, so such a test fails on its assertion instead of
    hanging; it measures nothing."""
    app = pilot.app
    import asyncio

    from textual.widgets import DirectoryTree
    from textual.worker import WorkerCancelled

    def finite() -> list:  # type: ignore[type-arg]
        # a DirectoryTree's loader worker runs as long as the tree: not waited on
        return [w for w in app.workers if not isinstance(w.node, DirectoryTree)]

    def unhandled() -> bool:
        # A worker's answer (DataChanged, Loaded) is posted before the worker
        # ends; on a loaded machine it can still wait in a queue when the
        # worker already counts as finished, and its handler starts the next
        # read. Settled means no such message is left anywhere.
        pumps = [app, *(node for s in app.screen_stack for node in (s, *s.walk_children()))]
        return any(p._message_queue.qsize() or p._pending_message is not None for p in pumps)

    give_up = asyncio.get_running_loop().time() + patience
    while asyncio.get_running_loop().time() < give_up:
        await asyncio.sleep(0.02)
        try:
            if waited := finite():  # (an empty list would wait for every worker)
                await app.workers.wait_for_complete(waited)
        except WorkerCancelled:
            continue  # a newer read replaced the one waited on: wait for that one
        await pilot.pause()
        await pilot.pause()
        busy = any(w.is_running for w in finite())
        screen_busy = any(getattr(s, "_busy", False) or getattr(s, "counting", False)
                          for s in app.screen_stack)
        if not busy and not screen_busy and not unhandled():
            break
    from textual.widgets import Input

    for screen in app.screen_stack:
        for field in screen.query(Input):
            field.cursor_blink = False  # a blinking cursor makes screenshots differ
    await pilot.wait_for_scheduled_animations()
    # A DataTable measures new rows' column widths when it next goes idle; on a
    # loaded machine the screenshot could come first (columns as narrow as
    # their headers). Wait until every table has measured its rows.
    # A table that gets no message (hidden, or on a screen behind a dialog)
    # never goes idle by itself: send it the Idle it measures on, so the
    # picture does not depend on whether something else woke it first.
    from textual import events
    from textual.widgets import DataTable

    for _ in range(50):
        tables = [t for s in app.screen_stack for t in s.query(DataTable)]
        pending = [t for t in tables if getattr(t, "_require_update_dimensions", False)]
        if not pending:
            break
        for table in pending:
            await table._on_idle(events.Idle())
        await pilot.pause(0.02)
    app.screen.refresh(layout=True)
    await pilot.pause(0.05)
    await pilot.pause()


async def answer_form(pilot, key: str, note: str) -> None:  # type: ignore[no-untyped-def]
    """Press ``key`` to open a one-field form, wait until its field has the
    focus, type ``note`` and submit it. (Keys pressed at once could reach
    the dialog before its field is focused, on a loaded machine, and be
    lost; a person sees the dialog before typing.)"""
    from textual.widgets import Input

    from tracker.tui.screens.modals import FormModal

    await pilot.press(key)
    for _ in range(100):
        await settle(pilot)
        if isinstance(pilot.app.screen, FormModal) and isinstance(pilot.app.focused, Input):
            break
    else:
        raise AssertionError(f"{key!r} opened no form with a focused field")
    await pilot.press(*note, "enter")
    await settle(pilot)
    for _ in range(100):  # the form closes, then its answer runs in a worker: wait for both
        if not isinstance(pilot.app.screen, FormModal):
            break
        await settle(pilot)
    await settle(pilot)


async def settle_until(pilot, done: Callable[[], bool], rounds: int = 100,  # type: ignore[no-untyped-def]
                       patience: float = 30.0) -> None:
    """Settle until ``done()`` holds (what a person waits for: the row gone, the count
    changed), failing after at least ``rounds`` settles and ``patience`` seconds. A change's
    answer can reach the screen a round after the worker that made it ends, on a loaded
    machine; a count of rounds alone (each as short as a quiet screen's 20 ms) gave up after two
    seconds while a fresh clone's suite shared the machine with a second install (the review
    queue's confirm test, 2026-12-05). ``patience`` only bounds a change that never shows."""
    import asyncio

    give_up = asyncio.get_running_loop().time() + patience
    n = 0
    while n < rounds or asyncio.get_running_loop().time() < give_up:
        await settle(pilot)
        n += 1
        if done():
            return
    screen = pilot.app.screen
    shown = " | ".join(str(w.render())[:200] for w in screen.query("Static").results() if str(w.render()).strip())[:600]
    raise AssertionError(f"the screen never showed the change (on {type(screen).__name__}: {shown})")


@asynccontextmanager
async def on_screen(database: Database, key: str, size: tuple[int, int] = (120, 40)
                    ) -> AsyncIterator[tuple[Any, Any]]:
    """The UI on ``database`` (today pinned) at ``size``, settled, with the screen of
    ``key`` ("1".."5") shown and settled: ``async with on_screen(db, "4") as (app, pilot)``."""
    from tracker.tui.app import create_app

    app = create_app(database.url, today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        yield app, pilot


async def open_detail(pilot, commitment_id: int) -> None:  # type: ignore[no-untyped-def]
    """Let the start screen settle, open one commitment's detail, settle again."""
    from tracker.tui.screens.detail import DetailScreen

    await settle(pilot)
    pilot.app.push_screen(DetailScreen(commitment_id))
    await settle(pilot)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no asyncio plugin needed)."""
    import asyncio
    import inspect

    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    kwargs = {name: pyfuncitem.funcargs[name] for name in names}
    asyncio.run(pyfuncitem.obj(**kwargs))
    return True
