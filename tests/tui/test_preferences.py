"""Preferences saved in the user's config directory (``TRACKER_CONFIG_DIR``,
else XDG): the visible columns (``v``), the sort and the theme, restored by
the next start. Each test has a config directory of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import SelectionList

from tracker.domain.config import config_dir
from tracker.store.db import Database
from tracker.tui.app import create_app
from tracker.tui.screens.commitments import CommitmentsScreen, PagedTable
from tracker.tui.screens.modals import ColumnsModal

from .conftest import TODAY, settle


@pytest.fixture
def own_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "tracker-config"
    monkeypatch.setenv("TRACKER_CONFIG_DIR", str(where))
    return where


def headers(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(c.key.value) for c in app.screen.query_one(PagedTable).ordered_columns]


def test_config_dir_honours_the_override_then_xdg(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "xdg" / "tracker"
    monkeypatch.setenv("TRACKER_CONFIG_DIR", str(tmp_path / "mine"))
    assert config_dir() == tmp_path / "mine"
    monkeypatch.setenv("TRACKER_CONFIG_DIR", "  ")
    assert config_dir() == tmp_path / "xdg" / "tracker"


async def test_v_hides_columns_and_the_choice_is_restored(seeded: Database, own_dir: Path) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert headers(app) == ["id", "subject", "window", "status", "badge", "actors",
                                "ev", "source"]
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ColumnsModal)
        choices = app.screen.query_one(SelectionList)
        assert choices.selected == ["window", "status", "badge", "actors", "ev", "source"]
        # untick Actors (the fourth) and Source (the last)
        await pilot.press("down", "down", "down", "space", "end", "space", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CommitmentsScreen)
        assert headers(app) == ["id", "subject", "window", "status", "badge", "ev"]
        table = app.screen.query_one(PagedTable)
        assert table.row_count > 0 and len(table.get_row_at(0)) == 6
    saved = json.loads((own_dir / "tui.json").read_text())
    assert saved["columns"] == ["window", "status", "badge", "ev"]

    again = create_app(seeded.url, today=TODAY)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert headers(again) == ["id", "subject", "window", "status", "badge", "ev"]
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("escape")  # cancelled: nothing changes
        await settle(pilot)
        assert headers(again) == ["id", "subject", "window", "status", "badge", "ev"]


async def test_sort_and_theme_saved_and_restored(seeded: Database, own_dir: Path) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CommitmentsScreen)
        first = screen.query_state.sort
        await pilot.press("o", "O")
        await settle(pilot)
        sort = screen.query_state.sort
        assert sort != first and screen.query_state.descending
        app.theme = "nord"
        await settle(pilot)
        ids = [r.id for r in screen.page.rows] if screen.page else []
    saved = json.loads((own_dir / "tui.json").read_text())
    assert saved == {"sort": sort, "descending": True, "theme": "nord"}

    again = create_app(seeded.url, today=TODAY)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, CommitmentsScreen)
        assert (screen.query_state.sort, screen.query_state.descending) == (sort, True)
        assert again.theme == "nord"
        assert [r.id for r in screen.page.rows] == ids if screen.page else False


async def test_a_broken_choice_shows_every_column(seeded: Database, own_dir: Path) -> None:
    own_dir.mkdir()
    (own_dir / "tui.json").write_text(json.dumps({"columns": "actors", "sort": "nonsense"}))
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(headers(app)) == 8
        assert app.screen.query_state.sort == "due_end"  # type: ignore[attr-defined]
