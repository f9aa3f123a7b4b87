"""A screen's reads of one group reach it in the order they were asked for: a read started
before a change (when a form closed) that ends after the read the change started is never drawn
over it (``TrackerScreen.read``; the review queue's confirm test failed this way on a loaded
machine, 2026-12-05)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any

from textual.app import App

from tracker.tui.messages import Loaded
from tracker.tui.screens.base import TrackerScreen

from .conftest import settle_until


class _Front(App[None]):
    """An app with what ``TrackerScreen.read`` uses of the tracker app: ``session()``."""

    @contextmanager
    def session(self) -> Any:
        yield None


class _Screen(TrackerScreen):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        self.shown.append(message.data)


async def test_an_earlier_read_that_ends_last_is_not_shown() -> None:
    app = _Front()
    started, release, ended = threading.Event(), threading.Event(), threading.Event()

    def slow(_session: Any) -> str:
        started.set()
        release.wait(10)
        ended.set()
        return "before the change"

    async with app.run_test() as pilot:
        screen = _Screen()
        await app.push_screen(screen)
        screen.read("rows", slow, group="rows")  # (the read as the form closed)
        while not started.is_set():  # (under way when the change's read starts)
            await pilot.pause(0.01)
        fast = screen.read("rows", lambda _s: "after the change", group="rows")
        await settle_until(pilot, lambda: screen.shown == ["after the change"])
        await fast.wait()
        release.set()  # the first read ends last
        assert ended.wait(10)
        for _ in range(20):  # (its answer, had it been posted, is handled by now)
            await pilot.pause(0.01)
        assert screen.shown == ["after the change"]


async def test_reads_not_exclusive_are_all_shown() -> None:
    app = _Front()
    async with app.run_test() as pilot:
        screen = _Screen()
        await app.push_screen(screen)
        screen.read("known", lambda _s: "a", group="known", exclusive=False)
        screen.read("known", lambda _s: "b", group="known", exclusive=False)
        await settle_until(pilot, lambda: sorted(screen.shown) == ["a", "b"])
