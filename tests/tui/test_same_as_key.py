"""Pilot: key m on the commitment detail says "same as" (and undoes it),
asserting the database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from textual.widgets import Static

from pinned import CLOCK
from tracker.app import Tracker
from tracker.store.db import Database
from tracker.store.models import Mention, Merge
from tracker.tui.app import create_app
from tracker.tui.screens.detail import DetailScreen
from tracker.tui.screens.modals import FormModal

from .conftest import TODAY, open_detail, settle

PROMISE = "The two sides will hold the 3rd Joint Dialogue on Ports in Mombasa by March 31, 2025."


def _two_copies(database: Database, tmp_path: Path) -> tuple[int, int]:
    for name, day, who in (("a.md", "2024-06-01", "Kenya"), ("b.md", "2024-06-02", "Ghana")):
        (tmp_path / name).write_text(
            f"---\ndate: {day}\n---\nJoint Statement as released by {who}. {PROMISE}\n",
            encoding="utf-8")
    front = Tracker(database.url, CLOCK)
    front.ingest([tmp_path / "a.md", tmp_path / "b.md"])
    a, b = sorted(r.id for r in front.list_rows(front.filters()))
    front.close()
    return a, b


async def test_m_merges_a_duplicate_and_undoes_it(sqlite_db: Database, tmp_path: Path) -> None:
    a, b = _two_copies(sqlite_db, tmp_path)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_detail(pilot, a)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        await pilot.press(*str(a), "enter")  # itself: refused in the form
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        await pilot.press(*["backspace"] * len(str(a)), *str(b), "tab", *"both posted it")
        await pilot.press("enter")
        await settle(pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        shown = str(detail.query_one("#d-mentions", Static).render())
        assert f"same as #{b}" in shown and "b.md" in shown and "a.md" in shown

        with sqlite_db.session() as s:
            [merge] = s.scalars(select(Merge)).all()
            assert (merge.kept_id, merge.retired_id, merge.note) == (a, b, "both posted it")
            assert merge.undone_at is None
            assert {m.commitment_id for m in s.scalars(select(Mention))} == {a}

        app.push_screen(DetailScreen(b))  # the retired one: m undoes
        await settle(pilot)
        assert "retired: the same as" in str(app.screen.query_one("#d-mentions", Static).render())
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        await pilot.press(*"different ports", "enter")
        await settle(pilot)

    with sqlite_db.session() as s:
        [merge] = s.scalars(select(Merge)).all()
        assert merge.undone_at is not None and merge.undo_note == "different ports"
        assert sorted(m.commitment_id for m in s.scalars(select(Mention))) == [a, b]
