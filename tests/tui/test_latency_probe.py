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


async def test_columns_are_as_wide_as_datatable_would_measure_them(seeded: Database) -> None:
    # MeasuredTable widens the columns to one-line Text cells itself (cell_len of the widest
    # line, no console options a cell); the widths are DataTable's own measure's
    from rich.text import Text
    from textual.render import measure

    from tracker.tui.widgets import MeasuredTable

    async with on_screen(seeded, "1") as (app, pilot):
        table = app.screen.query_one(MeasuredTable)
        table.clear(columns=True)
        for key in ("a", "b", "c"):
            table.add_column(key, key=key)
        cells = [("plain", "wide 漢字 text", ""), ("two\nlines here", "x", "é" * 7),
                 ("a\u2028b long line", "tab\tin", "  spaced  ")]
        for i, row in enumerate(cells):
            table.add_row(*(Text(c) for c in row), key=str(i))
        table.add_row("markup [b]str[/b]", 12345, Text("x"), key="other")  # DataTable measures
        table.measure_now()
        for column in table.ordered_columns:
            j = ["a", "b", "c"].index(column.key.value)
            values = [Text(r[j]) for r in cells] + [
                Text.from_markup("markup [b]str[/b]"), Text("12345"), Text("x")][j:j + 1]
            want = max([measure(app.console, column.label, 1),
                        *(measure(app.console, v, 1) for v in values)])
            assert column.content_width == want, (column.key.value, column.content_width, want)
        await settle(pilot)


async def test_the_heap_is_frozen_after_the_first_page_and_thawed_on_exit(seeded: Database) -> None:
    import gc

    before = gc.get_freeze_count()
    async with on_screen(seeded, "1") as (_app, pilot):
        await settle(pilot)
        assert gc.get_freeze_count() > before  # the first page froze what lives as long as the app
        await pilot.press("slash", "J")
        await settle(pilot)
    assert gc.get_freeze_count() == 0  # thawed: what the app leaves is collected as before


async def test_a_page_updates_the_summary_without_a_new_layout(seeded: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the summary is one line as wide as the screen: a layout for it drew the whole table a
    # second time for every page
    from dataclasses import replace

    from textual.widgets import Static

    async with on_screen(seeded, "1") as (app, pilot):
        screen = app.screen
        assert isinstance(screen, CommitmentsScreen) and screen.page is not None
        summary = screen.query_one("#summary", Static)
        layouts: list[bool] = []
        real = summary.update
        monkeypatch.setattr(summary, "update",
                            lambda content, *, layout=True: (layouts.append(layout),
                                                             real(content, layout=layout)))
        screen.show_page(replace(screen.page, rows=screen.page.rows[1:]))
        await settle(pilot)
        assert layouts and not any(layouts)
        assert summary.size.width == screen.size.width
