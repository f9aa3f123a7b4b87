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


async def test_the_same_rows_again_are_not_drawn_again(seeded: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # another letter of a word every row matches: the page is the same, nothing is redrawn
    from dataclasses import replace

    from tracker.tui.screens.commitments import PagedTable

    async with on_screen(seeded, "1") as (app, pilot):
        screen = app.screen
        assert isinstance(screen, CommitmentsScreen) and screen.page is not None
        table = screen.query_one(PagedTable)
        updated: list[str] = []
        real = table.update_cell
        monkeypatch.setattr(table, "update_cell",
                            lambda row, col, value, **kw: (updated.append(row), real(row, col, value, **kw)))
        screen.show_page(replace(screen.page))
        await settle(pilot)
        assert updated == []
        # one row changed: only its cells
        first = screen.page.rows[0]
        changed = replace(first, subject=first.subject + " (amended)")
        screen.show_page(replace(screen.page, rows=(changed, *screen.page.rows[1:])))
        await settle(pilot)
        assert set(updated) == {str(first.id)}
