"""Navigation at any size: the mode bar (1-5 with their keys), the keys panel
on F1, Help and Quit always in the footer, the theme kept between runs, and
the source's title, publisher and URL in the detail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update
from textual.widgets import DataTable, HelpPanel, Input, Static
from textual.widgets._footer import FooterKey

from tracker.store.db import Database
from tracker.store.models import Source
from tracker.tui.app import create_app
from tracker.tui.widgets import MODES, ModeBar

from .conftest import TODAY, find, open_detail, settle


def visible_footer_keys(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The footer keys drawn inside the screen's width."""
    width = app.screen.size.width
    return [k.description for k in app.screen.query(FooterKey)
            if k.region.width > 0 and k.region.right <= width]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_modes_help_and_quit_visible(seeded: Database, size: tuple[int, int]) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for key, mode, label in MODES:
            await pilot.press(key)
            await settle(pilot)
            bar = app.screen.query_one(ModeBar)
            text = str(bar.render())
            assert all(f" {k} {lbl}" in text for k, _, lbl in MODES), text
            assert bar.current == mode
            keys = visible_footer_keys(app)
            assert keys[:2] == ["Help", "Quit"], (mode, keys)
        await pilot.press("1")
        await settle(pilot)
        filt = app.screen.query_one("#q", Input)
        assert filt.region.width >= 24  # the filter box keeps a usable width


async def test_mode_bar_is_clickable(seeded: Database) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = str(app.screen.query_one(ModeBar).render())
        await pilot.click(ModeBar, offset=(text.index("Sources") + 1, 0))
        await settle(pilot)
        assert app.current_mode == "sources"


async def test_f1_toggles_the_keys_panel(seeded: Database) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert len(app.screen.query(HelpPanel)) == 1
        await pilot.press("f1")
        await settle(pilot)
        assert len(app.screen.query(HelpPanel)) == 0


async def test_theme_saved_and_restored(seeded: Database, private_config: Path) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme != "nord"
        app.theme = "nord"
        await settle(pilot)
    saved = json.loads((private_config / "tracker" / "tui.json").read_text())
    assert saved == {"theme": "nord"}
    again = create_app(seeded.url, today=TODAY)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


async def test_unreadable_settings_are_ignored(seeded: Database, private_config: Path) -> None:
    path = private_config / "tracker" / "tui.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"


async def test_detail_shows_source_title_publisher_and_url(seeded: Database) -> None:
    jwg = find(seeded, "%Joint Working Group%")
    with seeded.session() as s:
        s.execute(update(Source).where(Source.id == jwg.source_id)
                  .values(url="https://example.gov/readout", publisher="Office of Readouts"))
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_detail(pilot, jwg.id)
        with seeded.session() as s:
            src = s.get(Source, jwg.source_id)
            assert src is not None
            title = src.title
        text = " ".join(str(app.screen.query_one("#d-source", Static).render()).split())
        assert title and " ".join(title.split())[:30] in text
        assert "Office of Readouts" in text
        assert "https://example.gov/readout" in text


async def test_quit_shown_while_typing_in_the_filter(seeded: Database) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"JWG")
        await settle(pilot)
        assert visible_footer_keys(app)[:2] == ["Help", "Quit"]
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


@pytest.mark.parametrize(("url", "opened"), [
    ("https://example.gov/readout", "https://example.gov/readout"),
    ("http://example.gov/a?b=1", "http://example.gov/a?b=1"),
    ("file:///etc/passwd", None),
    ("javascript:alert(1)", None),
    ("ftp://example.gov/x", None),
    ("https://", None),
])
async def test_o_opens_only_web_urls_in_the_browser(seeded: Database, monkeypatch: pytest.MonkeyPatch,
                                                     url: str, opened: str | None) -> None:
    import webbrowser

    calls: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda u, *a, **k: calls.append(u) or True)
    jwg = find(seeded, "%Joint Working Group%")
    with seeded.session() as s:
        s.execute(update(Source).where(Source.id == jwg.source_id).values(url=url))
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_detail(pilot, jwg.id)
        await pilot.press("o")
        await settle(pilot)
    assert calls == ([opened] if opened else [])


async def test_subjects_take_the_new_width_after_a_resize(seeded: Database) -> None:
    """A page drawn at one width (or before the first layout) is drawn again
    when the terminal changes size: the subject is not left clipped."""
    from tracker.tui.screens.commitments import PagedTable

    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(PagedTable)

        def longest() -> int:
            return max(len(str(table.get_row(k)[1])) for k in table.rows)

        def width(key: str) -> int:
            return next(c.get_render_width(table) for c in table.ordered_columns
                        if c.key.value == key)

        narrow, narrow_w = longest(), width("subject")
        assert narrow <= 16
        await pilot.press("down", "down")
        row = table.cursor_row
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        assert longest() > narrow + 20 and width("subject") > narrow_w + 20
        assert table.cursor_row == row
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert longest() == narrow
        assert width("subject") == narrow_w  # the column shrinks back too

        await pilot.press("3")  # the sources' title follows the width as well
        await settle(pilot)
        sources = app.screen.query_one("#s-table", DataTable)
        labels = [str(c.label) for c in sources.ordered_columns]
        assert labels[:5] == ["ID", "Published", "Title", "Publisher", "Items"]
        x = sum(c.get_render_width(sources) for c in sources.ordered_columns[:5])
        assert x - sources.cell_padding <= 80  # the item count in view at 80 columns
        await pilot.resize_terminal(140, 40)
        await settle(pilot)
        title_w = next(c.get_render_width(sources) for c in sources.ordered_columns
                       if c.key.value == "title")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert next(c.get_render_width(sources) for c in sources.ordered_columns
                    if c.key.value == "title") < title_w


async def test_a_page_drawn_behind_a_dialog_has_its_columns_sized(seeded: Database) -> None:
    """A table behind a dialog gets no Idle, when DataTable sizes its columns: the
    list sizes them as it draws, so a page that arrives while the columns dialog is
    open is not left with columns as narrow as their headers."""
    from tracker.tui.screens.commitments import PagedTable
    from tracker.tui.screens.modals import ColumnsModal

    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        behind = app.screen
        table = behind.query_one(PagedTable)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ColumnsModal)
        behind._redraw()  # the page drawn again while the dialog is in front
        widths = {c.key.value: c.get_render_width(table) for c in table.ordered_columns}
        assert widths["subject"] > len("Subject") + 2 + 10
        assert widths["window"] == len("2022-01-12…2022-07-12") + 2
