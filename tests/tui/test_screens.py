"""Pilot tests: every screen and action, asserting what changed in the database."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner
from sqlalchemy import select
from textual.widgets import DataTable, Input, Static

from pinned import CLOCK
from tracker.app.queries import PAGE_SIZE
from tracker.cli import cli
from tracker.lifecycle.services import add_commitment, change_status
from tracker.store.db import Database
from tracker.store.models import Commitment, Evidence, HistoryEntry, Source
from tracker.tui.app import create_app
from tracker.tui.screens.commitments import CommitmentsScreen, PagedTable
from tracker.tui.screens.detail import DetailScreen
from tracker.tui.screens.help import HelpScreen
from tracker.tui.screens.ingest import IngestModal
from tracker.tui.screens.modals import ErrorModal, FormModal
from tracker.tui.screens.sources import SourceScreen

from .conftest import SEEDS, TODAY, find, ingest_seeds, on_screen, open_detail, settle, settle_until

SIZE = (120, 40)


def table_ids(table: DataTable) -> list[int]:  # type: ignore[type-arg]
    return [int(k.value) for k in table.rows]


def static_text(screen, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(screen.query_one(selector, Static).render())


async def test_jwg_filter_open_resolve_and_show(seeded: Database) -> None:
    jwg = find(seeded, "%Joint Working Group%")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CommitmentsScreen)
        table = screen.query_one(PagedTable)
        assert len(table_ids(table)) > 5
        await pilot.press("slash", "J", "W", "G")
        await settle(pilot)
        assert table_ids(table) == [jwg.id]
        assert "1–1 of 1" in static_text(screen, "#summary")

        await pilot.press("enter", "enter")  # leave the filter box, open the row
        await settle(pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        para = static_text(detail, "#d-paragraph")
        assert jwg.quote in " ".join(para.split()) or jwg.quote[:60] in para
        window = static_text(detail, "#d-window")
        assert "2024-01-01 … 2024-04-30" in window
        assert jwg.due_rule and jwg.due_rule in window
        assert "early next year" in window
        # the source named once: by its title, the file name beside; or by its file name alone
        with seeded.session() as s:
            src = s.get(Source, jwg.source_id)
            assert src is not None
            file_name, title = src.file_name, src.title
        source = static_text(detail, "#d-source")
        assert source.count(file_name) == 1
        assert title is None or title in source

        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        await pilot.press(*"no 20th JWG meeting reported; closing as held")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)

    with seeded.session() as s:
        c = s.get(Commitment, jwg.id)
        assert c is not None and c.status == "fulfilled"
        assert c.version == jwg.version + 1
        notes = [h.note for h in s.scalars(select(HistoryEntry).where(
            HistoryEntry.commitment_id == jwg.id, HistoryEntry.to_status == "fulfilled"))]
    assert notes == ["no 20th JWG meeting reported; closing as held"]
    out = CliRunner().invoke(cli, ["--db", seeded.url, "show", str(jwg.id)])
    assert out.exit_code == 0, out.output
    assert "no 20th JWG meeting reported; closing as held" in out.output


async def test_overdue_screen_shows_the_status_of_its_date(seeded: Database) -> None:
    """Work started in October 2022 and done in February 2023, both recorded today: the
    overdue screen as of 1 December 2022 lists it as in progress then (issue 9: every
    row of a past report prints the status it had then)."""
    with seeded.session() as s:
        sub = min(s.scalars(select(Commitment.id).where(Commitment.subject.like("sub-group%"))))
    for args in (["status", str(sub), "in_progress", "--on", "2022-10-01"],
                 ["resolve", str(sub), "--on", "2023-02-01"]):
        out = CliRunner().invoke(cli, ["--db", seeded.url, *args])
        assert out.exit_code == 0, out.output
    async with on_screen(seeded, "4") as (app, pilot):
        table = app.screen.query_one("#o-table", DataTable)
        assert sub not in table_ids(table)  # fulfilled today
        app.screen.query_one("#o-as-of", Input).value = "2022-12-01"
        await settle(pilot)
        assert sub in table_ids(table)
        assert str(table.get_cell(str(sub), "status")) == "in_progress"


async def test_overdue_screen_lists_five_subgroups(seeded: Database, tmp_path) -> None:
    async with on_screen(seeded, "4") as (app, pilot):
        table = app.screen.query_one("#o-table", DataTable)
        with seeded.session() as s:
            subs = s.scalars(select(Commitment).where(Commitment.subject.like("%sub-group%"))
                             ).all()
        assert len(subs) == 5
        shown = table_ids(table)
        assert {c.id for c in subs} <= set(shown)
        assert shown[:5] == sorted(c.id for c in subs)  # most overdue first
        # export, atomically, as JSON
        out = tmp_path / "overdue.json"
        await pilot.press("x")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, FormModal)
        modal.query_one("#f-format").value = "json"
        modal.query_one("#f-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
    data = json.loads(out.read_text())
    assert data["as_of"] == "2026-11-22"
    assert {c.id for c in subs} <= {i["id"] for i in data["items"]}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


async def test_change_status_modal_and_conflict(seeded: Database) -> None:
    target = find(seeded, "%Designations Dialogue%")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await open_detail(pilot, target.id)
        await pilot.press("s")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, FormModal)
        options = [v for _, v in modal.query_one("#f-status")._options]  # type: ignore[attr-defined]
        assert "open" not in options and "in_progress" in options
        modal.query_one("#f-status").value = "in_progress"
        modal.query_one("#f-note", Input).value = "dates proposed"
        await pilot.press("ctrl+s")
        await settle(pilot)
        with seeded.session() as s:
            assert s.get(Commitment, target.id).status == "in_progress"  # type: ignore[union-attr]

        # someone else changes it behind the screen's back
        with seeded.session() as s:
            change_status(s, target.id, "missed", by="colleague", note="no meeting", clock=CLOCK)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press(*"held")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ErrorModal)
        assert "someone else" in static_text(app.screen, ".dialog-intro")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.detail_view.status == "missed"  # reloaded
    with seeded.session() as s:
        c = s.get(Commitment, target.id)
        assert c is not None and c.status == "missed"
        hist = s.scalars(select(HistoryEntry).where(HistoryEntry.commitment_id == target.id,
                                                    HistoryEntry.event == "status")).all()
        assert [(h.to_status, h.note) for h in hist] == [("in_progress", "dates proposed"),
                                                         ("missed", "no meeting")]


async def test_window_note_and_evidence_actions(seeded: Database) -> None:
    target = find(seeded, "%Ministerial-level%")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await open_detail(pilot, target.id)
        await pilot.press("w")
        await settle(pilot)
        modal = app.screen
        modal.query_one("#f-start", Input).value = "2022-02-01"
        modal.query_one("#f-end", Input).value = "2023-03-31"
        modal.query_one("#f-note", Input).value = "MHA said Q1 2023"
        await pilot.press("ctrl+s")
        await settle(pilot)

        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"asked MHA for dates", "enter")
        await settle(pilot)

        await pilot.press("e")
        await settle(pilot)
        modal = app.screen
        modal.query_one("#f-kind").value = "missed"
        modal.query_one("#f-quote", Input).value = "was last held in January 2022"
        modal.query_one("#f-source", Input).value = "000_c598d15b02d51544.txt"
        modal.query_one("#f-event_date", Input).value = "2024-02-28"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "2022-02-01 … 2023-03-31" in static_text(app.screen, "#d-window")
    with seeded.session() as s:
        c = s.get(Commitment, target.id)
        assert c is not None
        assert (c.due_start, c.due_end) == (dt.date(2022, 2, 1), dt.date(2023, 3, 31))
        assert c.due_rule == "manual override"
        events = [(h.event, h.note) for h in s.scalars(
            select(HistoryEntry).where(HistoryEntry.commitment_id == target.id)
            .order_by(HistoryEntry.id))]
        assert events[1][0] == "window" and "MHA said Q1 2023" in events[1][1]
        assert ("note", "asked MHA for dates") in events
        ev = s.scalars(select(Evidence).where(Evidence.commitment_id == target.id,
                                              Evidence.origin == "confirmed")).all()
        hand = [e for e in ev if e.quote == "was last held in January 2022"]
        assert hand and hand[0].kind == "missed" and hand[0].span_start is not None


async def test_review_queue_confirm_and_reject(seeded: Database) -> None:
    with seeded.session() as s:
        pending = s.scalars(select(Evidence).where(Evidence.review == "pending")
                            .order_by(Evidence.confidence.desc(), Evidence.id)).all()
    assert len(pending) >= 2
    async with on_screen(seeded, "2") as (app, pilot):
        table = app.screen.query_one("#r-suggestions", DataTable)
        assert table_ids(table) == [e.id for e in pending]
        table.focus()
        await pilot.press("c")  # a modal asks for an optional note
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        await pilot.press("ctrl+s")
        # (the confirmed row leaves the queue when the reload's answer is drawn, which on a loaded
        # machine can be a round after the worker ends: what a person waits for, ``settle_until``)
        await settle_until(pilot, lambda: table_ids(table) == [e.id for e in pending[1:]])
        await pilot.press("x")
        await settle(pilot)
        await pilot.press(*"not it", "enter")
        await settle(pilot)
    with seeded.session() as s:
        first = s.get(Evidence, pending[0].id)
        second = s.get(Evidence, pending[1].id)
        assert first.review == "confirmed" and second.review == "rejected"  # type: ignore[union-attr]
        assert second.review_note == "not it"  # type: ignore[union-attr]
        c = s.get(Commitment, pending[0].commitment_id)
        assert c is not None and c.status != "open"  # the confirmed kind set the status


async def test_empty_state_then_ingest_and_sources(sqlite_db: Database) -> None:
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        empty = app.screen.query_one("#empty", Static)
        assert empty.display and "tracker ingest seeds/" in str(empty.render())
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        app.screen.query_one("#f-path", Input).value = str(SEEDS)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, IngestModal)  # the results stay until dismissed
        await pilot.press("escape")
        await settle(pilot)
        assert not app.screen.query_one("#empty", Static).display
        assert len(table_ids(app.screen.query_one(PagedTable))) >= 9
        await pilot.press("3")
        await settle(pilot)
        table = app.screen.query_one("#s-table", DataTable)
        assert len(table_ids(table)) == 2
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)
        assert len(table_ids(app.screen.query_one("#src-items", DataTable))) >= 3
    with sqlite_db.session() as s:
        assert s.scalar(select(Source.id).limit(1)) is not None
        assert len(s.scalars(select(Commitment)).all()) >= 9


async def test_document_text_is_never_markup(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        c = add_commitment(s, quote="We will [bold]fix[/bold] it \x1b[31msoon\x1b[0m.",
                           subject="[bold]red[/] \x1b[31mALERT", actors=["[link=x]A[/link]"],
                           due_start=dt.date(2026, 1, 1), due_end=dt.date(2026, 12, 31),
                           by="analyst", clock=CLOCK)
        cid = c.id
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cell = app.screen.query_one(PagedTable).get_cell(str(cid), "subject")
        assert str(cell).startswith("[bold]red[/] ALERT")
        app.push_screen(DetailScreen(cid))
        await settle(pilot)
        title = static_text(app.screen, "#d-title")
        para = static_text(app.screen, "#d-paragraph")
        assert "[bold]red[/]" in title and "\x1b" not in title
        assert "[bold]fix[/bold]" in para and "\x1b" not in para


async def test_paging_sorting_and_in_place_update(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        for i in range(230):
            add_commitment(s, quote=f"item {i}", subject=f"subject {i:03d}",
                           due_start=dt.date(2025, 1, 1),
                           due_end=dt.date(2025, 1, 1) + dt.timedelta(days=i), by="t", clock=CLOCK)
    app = create_app(sqlite_db.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one(PagedTable)
        size = PAGE_SIZE
        assert table.row_count == size and "of 230" in static_text(screen, "#summary")
        table.focus()
        await pilot.press("ctrl+end", "pagedown")
        await settle(pilot)
        assert table_ids(table)[0] == size + 1
        assert f"{size + 1}–{2 * size} of 230" in static_text(screen, "#summary")
        await pilot.press("ctrl+home", "pageup")
        await settle(pilot)
        assert table_ids(table)[0] == 1 and table.cursor_row == size - 1
        await pilot.press("O")  # reverse order
        await settle(pilot)
        assert table_ids(table)[0] == 230
        # a status change updates the row in place (same keys, new cells)
        await pilot.press("ctrl+home", "s")
        await settle(pilot)
        app.screen.query_one("#f-status").value = "withdrawn"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert str(table.get_cell("230", "status")) == "withdrawn"
        assert table_ids(table)[0] == 230
    with sqlite_db.session() as s:
        assert s.get(Commitment, 230).status == "withdrawn"  # type: ignore[union-attr]


async def test_filters_status_overdue_pending(seeded: Database) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one(PagedTable)
        all_ids = table_ids(table)
        screen.query_one("#overdue").value = True
        await settle(pilot)
        with seeded.session() as s:
            overdue = {c.id for c in s.scalars(select(Commitment).where(
                Commitment.due_end < TODAY, Commitment.status == "open"))}
        assert set(table_ids(table)) == overdue
        screen.query_one("#overdue").value = False
        screen.query_one("#pending").value = True
        await settle(pilot)
        with seeded.session() as s:
            pend = {e.commitment_id for e in s.scalars(
                select(Evidence).where(Evidence.review == "pending"))}
        assert set(table_ids(table)) == pend
        screen.query_one("#pending").value = False
        screen.query_one("#as-of", Input).value = "2022-03-01"
        await settle(pilot)
        assert set(table_ids(table)) < set(all_ids)  # the 2024 source was not known yet
        assert "as of 2022-03-01" in static_text(screen, "#summary")


async def test_timeline_help_and_palette(seeded: Database) -> None:
    async with on_screen(seeded, "5") as (app, pilot):
        chart = app.screen.query_one("#t-chart")
        assert len(chart.bars) == 9  # type: ignore[attr-defined]
        assert "today 2026-11-22" in static_text(app.screen, "#t-summary")
        assert "█" in str(chart.render())
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "1")
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Change status")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        assert "Change status of commitment" in app.screen.form_title


def test_create_app_is_the_cli_factory(monkeypatch, sqlite_db: Database) -> None:
    seen = {}

    def fake_run(url: str, *, clock) -> None:  # type: ignore[no-untyped-def]
        seen["url"], seen["today"] = url, clock.today()

    monkeypatch.setattr("tracker.tui.app.run", fake_run)
    result = CliRunner().invoke(cli, ["--db", sqlite_db.url])
    assert result.exit_code == 0, result.output
    assert seen["url"] == sqlite_db.url
    assert seen["today"] == TODAY  # the CLI's clock (pinned by TRACKER_TODAY) reaches the UI


def test_ingest_seeds_fixture(sqlite_db: Database) -> None:
    ingest_seeds(sqlite_db)
    with sqlite_db.session() as s:
        assert len(s.scalars(select(Source)).all()) == 2
