"""The list measures a filter keystroke from the key event to the frame that shows the new
page (what benchmarks/tui_benchmark.py reports as "in-app"); no figure is asserted here."""

from __future__ import annotations

from tracker.store.db import Database
from tracker.tui.screens.commitments import CommitmentsScreen

from .conftest import on_screen, settle


async def test_a_filter_key_is_timed_to_the_frame_that_shows_its_page(seeded: Database) -> None:
    async with on_screen(seeded, "1") as (app, pilot):
        screen = app.screen
        assert isinstance(screen, CommitmentsScreen)
        await pilot.press("slash")
        await settle(pilot)
        screen.last_latency = None
        await pilot.press("J")
        await settle(pilot)
        assert screen.page is not None and screen.page.query.text == "J"
        assert screen.last_latency is not None and screen.last_latency > 0
        assert app.last_key_at is None  # the key's time was taken by its filter change
