"""The sources screen's filter: title, publisher, file name or URL, in SQL."""

from __future__ import annotations

from sqlalchemy import select, update
from textual.widgets import DataTable, Input, Static

from tracker.store.db import Database
from tracker.store.models import Source
from tracker.tui.screens.sources import SourcesScreen

from .conftest import on_screen, settle


def rows(screen) -> list[int]:  # type: ignore[no-untyped-def]
    return [int(str(k.value)) for k in screen.query_one("#s-table", DataTable).rows]


async def test_filter_by_publisher_then_clear(seeded: Database) -> None:
    with seeded.session() as s:
        ids = list(s.scalars(select(Source.id).order_by(Source.id)))
        assert len(ids) >= 2
        s.execute(update(Source).where(Source.id == ids[0])
                  .values(publisher="Ministry of Harbour Affairs", url="https://harbour.example/a"))
    async with on_screen(seeded, "3", (80, 24)) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        assert sorted(rows(screen)) == sorted(ids)
        await pilot.press("slash", *"harbour")
        await settle(pilot)
        assert rows(screen) == [ids[0]]
        assert "1 source(s) match “harbour”" in str(screen.query_one("#s-summary", Static).render())
        await pilot.press("enter")  # back to the table
        await settle(pilot)
        assert isinstance(app.focused, DataTable)
        await pilot.press("slash", *" affairs")  # every word must match
        await settle(pilot)
        assert rows(screen) == [ids[0]]
        screen.query_one("#s-q", Input).value = "no such words"
        await settle(pilot)
        assert rows(screen) == []
        screen.query_one("#s-q", Input).value = "50%_"  # LIKE wildcards are literal
        await settle(pilot)
        assert rows(screen) == []
        screen.query_one("#s-q", Input).value = ""
        await settle(pilot)
        assert sorted(rows(screen)) == sorted(ids)
