"""A store whose sources were read by another version of tracker says so when the UI opens (a
toast, the sentence the CLI prints: ``Tracker.stale_note``); a store read by this version says
nothing. Invented Kenya/Ghana text."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.parametrize("aged", [True, False], ids=["read-by-another-version", "read-by-this-version"])
async def test_a_store_read_by_another_version_is_told_when_the_ui_opens(
        sqlite_db: Database, tmp_path: Path, aged: bool) -> None:
    _store(sqlite_db.url, tmp_path, aged=aged)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        told = [t for t in _toasts(app) if "another version" in t]
        if aged:
            assert len(told) == 1 and "2 stored sources were read by another version of tracker" in told[0] \
                and "Suggestions out of date" in told[0], _toasts(app)
        else:
            assert told == []
