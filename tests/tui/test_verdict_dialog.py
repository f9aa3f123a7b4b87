"""The detail screen's `j` (judge): one party's verdict through a small form,
stored through the front door and shown in the screen's history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from textual.widgets import Input, Static

from pinned import TODAY
from tracker.store.db import Database
from tracker.store.models import Verdict
from tracker.tui.app import create_app
from tracker.tui.screens.detail import DetailScreen
from tracker.tui.screens.modals import FormModal

from .conftest import find, open_detail, settle

SIZE = (120, 40)


async def test_judge_records_and_withdraws_a_party_verdict(seeded: Database) -> None:
    target = find(seeded, "%Ministerial-level%")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await open_detail(pilot, target.id)
        parties = app.screen.detail_view.actors  # type: ignore[attr-defined]
        assert len(parties) >= 2
        await pilot.press("j")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, FormModal)
        assert [v for _, v in modal.query_one("#f-party")._options] == list(parties)  # type: ignore[attr-defined]
        modal.query_one("#f-party").value = parties[1]
        modal.query_one("#f-score").value = "-1"
        modal.query_one("#f-note", Input).value = "no meeting held"
        modal.query_one("#f-on", Input).value = "2024-03-01"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        history = str(app.screen.query_one("#d-history", Static).render())
        assert f"verdict for {parties[1]}: none → -1 — no meeting held" in history
        assert f"{parties[1]} -1" in str(app.screen.query_one("#d-title", Static).render())
        # withdraw it the same way
        await pilot.press("j")
        await settle(pilot)
        app.screen.query_one("#f-party").value = parties[1]
        app.screen.query_one("#f-score").value = "withdraw"
        await pilot.press("ctrl+s")
        await settle(pilot)
        history = str(app.screen.query_one("#d-history", Static).render())
        assert f"verdict for {parties[1]} withdrawn (was -1)" in history
    with seeded.session() as s:
        rows = s.scalars(select(Verdict).where(Verdict.commitment_id == target.id)
                         .order_by(Verdict.id)).all()
        assert [(v.party, v.score, v.effective_on) for v in rows] == [
            (parties[1], -1, dt.date(2024, 3, 1)), (parties[1], None, TODAY)]
