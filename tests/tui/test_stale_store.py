"""A store whose sources were read by another version of tracker says so when the UI opens (a
toast, the sentence the CLI prints: ``Tracker.stale_note``); a store read by this version says
nothing. Invented Kenya/Ghana text."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update
from textual.widgets._toast import Toast

from pinned import CLOCK
from tracker.app import Tracker
from tracker.store.db import Database
from tracker.store.models import LinkSource
from tracker.tui.app import create_app

from .conftest import TODAY, settle

DOCS = {
    "a.md": "---\ndate: 2031-03-02\ntitle: Kenya and Ghana on fisheries\n---\n"
            "Kenya and Ghana will hold the first round of fisheries talks in Mombasa in May.\n",
    "b.md": "---\ndate: 2031-05-13\ntitle: Fisheries negotiators meet in Mombasa\n---\n"
            "Kenyan and Ghanaian negotiators held the first round of fisheries talks in Mombasa on 12 May.\n",
}


def _store(url: str, tmp_path: Path, *, aged: bool) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    app = Tracker(url, CLOCK)
    try:
        app.ingest(sorted(folder.iterdir()), batch=1)
        if aged:  # as if another version of tracker's readers had indexed the store
            with app.writing() as s:
                s.execute(update(LinkSource).values(reader="0" * 16))
        assert app.stale_note() == ("2 stored sources were read by another version of tracker; "
                                    "`tracker link` reads them again" if aged else None)
    finally:
        app.close()


def _toasts(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(t.render()) for t in app.screen.query(Toast)]


async def test_a_store_read_by_another_version_is_told_when_the_ui_opens(
        sqlite_db: Database, tmp_path: Path) -> None:
    _store(sqlite_db.url, tmp_path, aged=True)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert any("2 stored sources were read by another version of tracker" in t
                   and "Suggestions out of date" in t for t in _toasts(app)), _toasts(app)


async def test_a_store_read_by_this_version_is_told_nothing(sqlite_db: Database, tmp_path: Path) -> None:
    _store(sqlite_db.url, tmp_path, aged=False)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert not any("another version" in t for t in _toasts(app))
