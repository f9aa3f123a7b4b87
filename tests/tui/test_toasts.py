"""Toasts show text from documents as written: never as Textual markup."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input
from textual.widgets._toast import Toast

from tracker.store.db import Database
from tracker.tui.app import create_app
from tracker.tui.screens.ingest import IngestModal
from tracker.tui.screens.modals import FormModal

from .conftest import TODAY, settle

SIZE = (120, 40)
HOSTILE = ("[@click=app.quit]x", "[bold")


def toast_texts(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(t.render()) for t in app.screen.query(Toast)]


async def test_refusal_toast_shows_markup_like_names_as_text(
    sqlite_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in HOSTILE:  # no date: refused, and the refusal names the file
        (folder / f"{name}.md").write_text("The two sides will meet again.\n")
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        app.screen.query_one("#f-path", Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        # the ingest dialog lists the refusals (no toast over it), as text
        assert isinstance(app.screen, IngestModal)
        table = app.screen.query_one("#ing-results", DataTable)
        rows = [(str(table.get_row(k)[0]), str(table.get_row(k)[3])) for k in table.rows]
        assert ("[@click=app.quit]x.md", ("no date found: add 'date:' front matter or pass "
                                          "--date")) in rows, rows
        assert any(name == "[bold.md" and why.startswith("no date found") for name, why in rows)
        await pilot.click("#ing-results")  # a click on the names runs nothing
        await settle(pilot)
        assert app.is_running


async def test_notify_with_a_hostile_title_and_escape_sequences(sqlite_db: Database) -> None:
    from tracker.tui import safe

    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        safe.notify(app, "saved [bold \x1b]0;owned\x07 [@click=app.quit]x[/]",
                    title="[@click=app.quit]title[/]")
        await settle(pilot)
        (text,) = toast_texts(app)
        assert "saved [bold  [@click=app.quit]x[/]" in text and "\x1b" not in text
        assert "[@click=app.quit]title[/]" in text
