"""The file picker of the ingest dialog: it lists folders and the documents
tracker reads (never hidden ones or other files), a document chosen with
enter (or a folder with ctrl+s) fills the path, and the ingest then stores it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from textual.widgets import DirectoryTree, Input

from tracker.store.db import Database
from tracker.store.models import Source
from tracker.tui.app import create_app
from tracker.tui.screens.ingest import IngestModal
from tracker.tui.screens.modals import FormModal
from tracker.tui.screens.picker import PathPicker, readable, shown, start_folder

from .conftest import TODAY, settle

SIZE = (120, 40)


def make_folder(root: Path) -> Path:
    folder = root / "inbox"
    (folder / "older").mkdir(parents=True)
    (folder / "statement.txt").write_text(
        "Published 2024-05-02\n\nThe ministers will meet again before the end of 2024.\n",
        encoding="utf-8")
    (folder / "notes.md").write_text(
        "Published 2024-05-03\n\nThe agency will publish its review by June 2024.\n",
        encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / ".draft.txt").write_text("hidden", encoding="utf-8")
    (folder / "older" / "readout.txt").write_text(
        "Published 2023-01-10\n\nThe two sides will hold talks in March 2023.\n",
        encoding="utf-8")
    return folder


def test_readable_keeps_folders_and_documents_only(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    assert readable(folder / "older")
    assert readable(folder / "statement.txt") and readable(folder / "notes.md")
    assert not readable(folder / "photo.jpg")
    assert not readable(folder / ".draft.txt")


def test_start_folder(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    assert start_folder(str(folder), tmp_path) == folder.resolve()
    assert start_folder(str(folder / "statement.txt"), tmp_path) == folder.resolve()
    assert start_folder("", folder) == folder.resolve()
    assert start_folder(str(tmp_path / "missing" / "x.txt"), folder) == folder.resolve()


async def open_picker(app, pilot, typed: str):  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("3")  # the sources screen
    await settle(pilot)
    await pilot.press("i")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, FormModal)
    form.query_one("#f-path", Input).value = typed
    await pilot.press("ctrl+o")
    await settle(pilot)
    picker = app.screen
    assert isinstance(picker, PathPicker)
    return form, picker


def labels(tree: DirectoryTree) -> list[str]:
    return [str(node.label) for node in tree.root.children]


async def test_choose_a_document_then_ingest_it(sqlite_db: Database, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        form, picker = await open_picker(app, pilot, str(folder))
        tree = picker.query_one(DirectoryTree)
        assert labels(tree) == ["older", "notes.md", "statement.txt"]
        # down to statement.txt (the root line, then older, notes.md, statement.txt)
        while tree.cursor_node is None or str(tree.cursor_node.label) != "statement.txt":
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form
        assert form.query_one("#f-path", Input).value == str(folder.resolve() / "statement.txt")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, IngestModal) and app.screen.finished
    with sqlite_db.session() as s:
        assert s.scalars(select(Source.file_name)).all() == ["statement.txt"]


async def test_choose_a_folder_and_go_up(sqlite_db: Database, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        form, picker = await open_picker(app, pilot, str(folder / "older"))
        tree = picker.query_one(DirectoryTree)
        assert labels(tree) == ["readout.txt"]
        await pilot.press("backspace")  # up to the inbox
        await settle(pilot)
        assert labels(tree) == ["older", "notes.md", "statement.txt"]
        await pilot.press("ctrl+s")  # nothing below the root highlighted: the folder itself
        await settle(pilot)
        assert app.screen is form
        assert form.query_one("#f-path", Input).value == str(folder.resolve())
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, IngestModal) and app.screen.finished
    with sqlite_db.session() as s:
        assert sorted(s.scalars(select(Source.file_name)).all()) == [
            "notes.md", "readout.txt", "statement.txt"]


async def test_cancel_keeps_what_was_typed(sqlite_db: Database, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        form, _ = await open_picker(app, pilot, str(folder))
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is form
        assert form.query_one("#f-path", Input).value == str(folder)


def test_shown_relative_to_the_working_folder(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert shown(folder) == "inbox"
    assert shown(tmp_path) == "."
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.chdir(folder / "older")
    assert shown(folder) == "~/"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_picker_snapshot(snap_compare, sqlite_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                         monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    make_folder(tmp_path)
    monkeypatch.chdir(tmp_path)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_picker(pilot.app, pilot, "inbox")
        await pilot.press("down", "down")
        await settle(pilot)

    assert snap_compare(create_app(sqlite_db.url, today=TODAY), terminal_size=size,
                        run_before=run_before)
