"""Ingest in the UI: progress within a second, cancel keeps what is stored,
a date for undated documents, and a result table of every document."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from sqlalchemy import func, select
from textual.widgets import DataTable, Input, ProgressBar

from tracker.store.db import Database
from tracker.store.models import Source
from tracker.tui.app import create_app
from tracker.tui.screens.ingest import IngestModal
from tracker.tui.screens.modals import FormModal

from .conftest import TODAY, settle

SIZE = (120, 40)


def make_folder(root: Path, dated: int = 24, undated: int = 4, empty: int = 2) -> Path:
    """Small documents written for the test: ``dated`` ones, ``undated`` ones
    (refused without a date) and ``empty`` ones (always refused)."""
    folder = root / "docs"
    folder.mkdir()
    for i in range(dated):
        day = 1 + i % 28
        (folder / f"d{i:02}.txt").write_text(
            f"Published 2024-03-{day:02}\n\nThe agency will publish report number {i} "
            f"by June 2024.\n", encoding="utf-8")
    for i in range(undated):
        (folder / f"u{i:02}.txt").write_text(
            f"The board will review plan number {i} before the end of 2024.\n",
            encoding="utf-8")
    for i in range(empty):
        (folder / f"z{i:02}.txt").write_text("", encoding="utf-8")
    return folder


def sources(database: Database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(Source)) or 0


async def start(app, pilot, folder: Path, date: str = "") -> IngestModal:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(app.screen, FormModal)
    app.screen.query_one("#f-path", Input).value = str(folder)
    app.screen.query_one("#f-date", Input).value = date
    await pilot.press("ctrl+s")
    await pilot.pause()
    modal = app.screen
    assert isinstance(modal, IngestModal)
    return modal


def results(modal: IngestModal) -> dict[str, tuple[str, str]]:
    t = modal.query_one("#ing-results", DataTable)
    return {str(t.get_row(k)[0]): (str(t.get_row(k)[1]), str(t.get_row(k)[3])) for k in t.rows}


async def test_progress_then_every_document_listed(sqlite_db: Database, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        t0 = time.monotonic()
        modal = await start(app, pilot, folder)
        bar = modal.query_one("#ing-bar", ProgressBar)
        while bar.total is None and time.monotonic() - t0 < 1.0:
            await asyncio.sleep(0.02)
        assert bar.total == 30, "the progress bar knows the total within a second"
        await settle(pilot)
        assert app.screen is modal and modal.finished  # kept until dismissed
        assert bar.progress == 30
        rows = results(modal)
        assert len(rows) == 30
        assert sum(r == "stored" for r, _ in rows.values()) == 24
        refused = {n: why for n, (r, why) in rows.items() if r == "refused"}
        assert set(refused) == {"u00.txt", "u01.txt", "u02.txt", "u03.txt", "z00.txt",
                                "z01.txt"}
        assert "no date found" in refused["u00.txt"] and "empty" in refused["z00.txt"]
        assert "24 document(s) stored" in str(modal.query_one("#ing-summary").render())
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, IngestModal)
    assert sources(sqlite_db) == 24


async def test_a_date_for_undated_documents(sqlite_db: Database, tmp_path: Path) -> None:
    folder = make_folder(tmp_path, dated=2, undated=3, empty=1)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        modal = await start(app, pilot, folder, date="2024-05-02")
        await settle(pilot)
        rows = results(modal)
        assert [n for n, (r, _) in rows.items() if r == "refused"] == ["z00.txt"]
        assert "2024-05-02" in rows["u00.txt"][1]
    with sqlite_db.session() as s:
        days = sorted(d for (d,) in s.execute(select(Source.published_on)))
    assert len(days) == 5 and str(days[-1]) == "2024-05-02"


async def test_cancel_keeps_what_is_stored(sqlite_db: Database, tmp_path: Path) -> None:
    folder = make_folder(tmp_path, dated=30, undated=0, empty=0)
    app = create_app(sqlite_db.url, today=TODAY)
    ingest = app.front.ingest

    def slow_ingest(files, **kw):  # type: ignore[no-untyped-def]
        """The real ingest, with a pause after each document (time to press Cancel)."""
        report = kw["progress"]

        def progress(done, total, outcome):  # type: ignore[no-untyped-def]
            report(done, total, outcome)
            time.sleep(0.1)

        return ingest(files, **{**kw, "progress": progress})

    app.front.ingest = slow_ingest  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        modal = await start(app, pilot, folder)
        bar = modal.query_one("#ing-bar", ProgressBar)
        for _ in range(500):  # cancel once a few documents are in
            if (bar.progress or 0) >= 3:
                break
            await asyncio.sleep(0.01)
        await pilot.press("escape")
        await settle(pilot)
        assert modal.finished and app.screen is modal
        stored = [n for n, (r, _) in results(modal).items() if r == "stored"]
        assert 3 <= len(stored) < 30
        assert "cancelled" in str(modal.query_one("#ing-summary").render())
        await pilot.press("escape")
        await settle(pilot)
    assert sources(sqlite_db) == len(stored)


async def test_every_reason_readable_in_full_and_the_table_fills_the_dialog(
        sqlite_db: Database, tmp_path: Path) -> None:
    """A refusal's reason wraps in its cell instead of being cut (the binary
    file's is 71 characters); the table is as tall as its rows up to the room
    the dialog has, at 120x40 and 80x24."""
    folder = make_folder(tmp_path, dated=40, undated=1, empty=1)
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02 not text")
    for size, rows_in_view in (((120, 40), 18), ((80, 24), 3)):
        app = create_app(sqlite_db.url, today=TODAY)
        async with app.run_test(size=size) as pilot:
            modal = await start(app, pilot, folder)
            await settle(pilot)
            t = modal.query_one("#ing-results", DataTable)
            why = results(modal)["bin.txt"][1]
            assert why.startswith("binary file") and why.endswith("not a text document")
            detail = next(c for c in t.ordered_columns if c.key.value == "detail")
            row = next(r for k, r in t.rows.items() if str(t.get_row(k)[0]) == "bin.txt")
            assert row.height * detail.width >= len(why)  # room for all of it
            if detail.width < len(why):  # at 80 columns: it wraps
                assert row.height >= 2
            # the table uses the dialog's room (more than the 30 % it was capped to)
            assert t.size.height >= rows_in_view + 1, (size, t.size.height)
            dialog = modal.query_one("#ingest")
            assert dialog.outer_size.height <= size[1]
            assert not dialog.is_scrollable or dialog.max_scroll_y == 0
            await pilot.press("escape")
            await settle(pilot)


async def test_the_results_follow_a_resize(sqlite_db: Database, tmp_path: Path) -> None:
    folder = make_folder(tmp_path, dated=2, undated=0, empty=0)
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02 not text")
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await start(app, pilot, folder)
        await settle(pilot)
        t = modal.query_one("#ing-results", DataTable)

        def binary_row() -> tuple[int, int]:
            detail = next(c for c in t.ordered_columns if c.key.value == "detail")
            row = next(r for k, r in t.rows.items() if str(t.get_row(k)[0]) == "bin.txt")
            return detail.width, row.height

        narrow_w, narrow_h = binary_row()
        assert narrow_h >= 2
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        wide_w, wide_h = binary_row()
        assert wide_w > narrow_w and wide_h == 1
        assert len(t.rows) == 3
