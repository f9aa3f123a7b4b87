"""The review screen with context: each action asserted in the database and
in ``tracker show``; undo is a reverting history row, never a deletion."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from textual.widgets import DataTable, Static

from pinned import CLOCK
from tracker.app import queries
from tracker.cli import cli
from tracker.domain.errors import ConflictError
from tracker.lifecycle import services
from tracker.store.db import Database
from tracker.store.models import Commitment, Evidence, HistoryEntry
from tracker.tui.app import create_app
from tracker.tui.screens.modals import ErrorModal, FormModal
from tracker.tui.screens.review import ReviewScreen, context_text

from .conftest import TODAY, answer_form, find, settle, settle_until

SIZE = (120, 40)


def ids(table: DataTable) -> list[int]:  # type: ignore[type-arg]
    return [int(k.value) for k in table.rows]


def text_of(screen, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(screen.query_one(selector, Static).render())


def suggestion(database: Database, kind: str) -> Evidence:
    with database.session() as s:
        ev = s.scalars(select(Evidence).where(Evidence.review == "pending",
                                              Evidence.kind == kind)).first()
        assert ev is not None, kind
        return ev


def history(database: Database, cid: int) -> list[tuple[str, str | None, str | None, str | None]]:
    with database.session() as s:
        return [(h.event, h.from_status, h.to_status, h.note) for h in s.scalars(
            select(HistoryEntry).where(HistoryEntry.commitment_id == cid)
            .order_by(HistoryEntry.id))]


def show(database: Database, cid: int) -> str:
    out = CliRunner().invoke(cli, ["--db", database.url, "show", str(cid)])
    assert out.exit_code == 0, out.output
    return out.output


def add_pending(database: Database, n: int, *, cid: int | None = None) -> list[int]:
    """``n`` pending progress suggestions with passages written for the test."""
    with database.session() as s:
        target = cid or s.scalar(select(func.min(Commitment.id)))
        made = []
        for i in range(n):
            ev = Evidence(commitment_id=target, kind="progress", quote=f"Officials met again ({i}).",
                          confidence=0.5, reason="test suggestion", origin="suggested",
                          review="pending", created_at=CLOCK.now())
            s.add(ev)
            s.flush()
            made.append(ev.id)
        return made


async def open_review(app, pilot, at: int | None = None) -> ReviewScreen:  # type: ignore[no-untyped-def]
    """Switch to the review queue with its table focused (on suggestion ``at``)."""
    await settle(pilot)
    await pilot.press("2")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    table = screen.query_one("#r-suggestions", DataTable)
    table.focus()
    await settle(pilot)
    if at is not None:
        table.move_cursor(row=ids(table).index(at))
        await settle(pilot)
    return screen


# --- the service ---------------------------------------------------------------


def test_confirm_effect_is_the_outcome_rule(seeded: Database) -> None:
    fulfils, missed = suggestion(seeded, "fulfils"), suggestion(seeded, "missed")
    with seeded.session() as s:
        e = services.confirm_effect(s, fulfils.id, clock=CLOCK)
        assert (e.from_status, e.to_status, e.effective_on, e.outcome) == (
            "open", "fulfilled", dt.date(2024, 2, 28), "on_time")
        assert e.line() == "open -> fulfilled on 2024-02-28, on time"
        m = services.confirm_effect(s, missed.id, clock=CLOCK)
        # no event date: the day its report was published, as confirming does
        assert (m.to_status, m.effective_on) == ("missed", dt.date(2024, 2, 28))
        later = services.confirm_effect(s, fulfils.id, clock=CLOCK, on=dt.date(2025, 3, 1))
        assert later.outcome == "late"  # after the window's end (2024-12-31)
    with seeded.session() as s:  # the preview says what confirming then does
        services.confirm_evidence(s, missed.id, clock=CLOCK)
    with seeded.session() as s:
        last = s.scalars(select(HistoryEntry).where(
            HistoryEntry.commitment_id == missed.commitment_id).order_by(HistoryEntry.id.desc())
        ).first()
        assert last is not None and last.effective_on == m.effective_on


def test_undo_a_confirmation_reverts_by_a_new_row(seeded: Database) -> None:
    ev = suggestion(seeded, "fulfils")
    before = history(seeded, ev.commitment_id)
    with seeded.session() as s:
        services.confirm_evidence(s, ev.id, clock=CLOCK, note="seen the readout")
    with seeded.session() as s:
        services.undo_review(s, ev.id, clock=CLOCK)
    with seeded.session() as s:
        back = s.get(Evidence, ev.id)
        c = s.get(Commitment, ev.commitment_id)
        assert back is not None and c is not None
        assert (back.review, back.origin, back.reviewed_by) == ("pending", "suggested", None)
        assert c.status == "open"
        then = services.states_on(s, [c.id], TODAY)[c.id]
        assert then.status == "open" and then.fulfilled_on is None
    after = history(seeded, ev.commitment_id)
    assert after[:len(before)] == before  # nothing deleted
    assert after[len(before):] == [
        ("status", "open", "fulfilled", f"confirmed fulfils evidence {ev.id}: seen the readout"),
        ("status", "fulfilled", "open", f"undo confirmation of fulfils evidence {ev.id}"),
    ]
    with seeded.session() as s:  # and it can be confirmed again
        services.confirm_evidence(s, ev.id, clock=CLOCK)
        assert services.get_commitment(s, ev.commitment_id).status == "fulfilled"


def test_undo_refused_when_the_status_moved_on(seeded: Database) -> None:
    ev = suggestion(seeded, "fulfils")
    with seeded.session() as s:
        services.confirm_evidence(s, ev.id, clock=CLOCK)
    with seeded.session() as s:
        services.change_status(s, ev.commitment_id, "in_progress", clock=CLOCK, note="reopened")
    with seeded.session() as s, pytest.raises(ConflictError, match="status changed after"):
        services.undo_review(s, ev.id, clock=CLOCK)
    with seeded.session() as s:
        e = s.get(Evidence, ev.id)
        assert e is not None and e.review == "confirmed"  # nothing saved
        assert services.get_commitment(s, ev.commitment_id).status == "in_progress"
    with seeded.session() as s, pytest.raises(ConflictError, match="no review to undo"):
        services.undo_review(s, suggestion(seeded, "missed").id, clock=CLOCK)


def test_review_page_counts_in_sql_beyond_a_page(seeded: Database) -> None:
    add_pending(seeded, queries.REVIEW_PAGE + 30)
    with seeded.session() as s:
        first = queries.review_page(s, "pending", 0)
        second = queries.review_page(s, "pending", queries.REVIEW_PAGE)
    assert first.total == second.total == queries.REVIEW_PAGE + 32
    assert len(first.items) == queries.REVIEW_PAGE and len(second.items) == 32
    assert not {i.evidence_id for i in first.items} & {i.evidence_id for i in second.items}


# --- the screen ----------------------------------------------------------------


async def test_context_pane_shows_what_confirming_would_change(seeded: Database) -> None:
    ev = suggestion(seeded, "fulfils")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        table = screen.query_one("#r-suggestions", DataTable)
        assert ids(table)[0] == ev.id
        pane = text_of(screen, "#r-context-body")
        assert "If confirmed: open -> fulfilled on 2024-02-28, on time" in pane
        assert ev.quote[:40] in " ".join(pane.split())
        assert "Window: 2024-01-01 … 2024-12-31" in pane
        assert screen.shown_context is not None
        body = context_text(screen.shown_context)
        # the passage is highlighted inside its paragraph (more text around it)
        spans = [body.plain[sp.start:sp.end] for sp in body.spans if "reverse" in str(sp.style)]
        assert len(spans) == 1
        assert " ".join(spans[0].split()) == " ".join(ev.quote.split())
        assert len(screen.shown_context.paragraph) > len(ev.quote)
        await pilot.press("down")
        await settle(pilot)
        assert "-> missed on 2024-02-28" in text_of(screen, "#r-context-body")


async def test_confirm_with_note_undo_and_show(seeded: Database) -> None:
    ev = suggestion(seeded, "fulfils")
    cid = ev.commitment_id
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        assert "open -> fulfilled on 2024-02-28, on time" in str(
            app.screen.query_one(".dialog-intro", Static).render())
        await pilot.press(*"readout seen", "enter")
        await settle(pilot)
        with seeded.session() as s:
            e = s.get(Evidence, ev.id)
            assert e is not None and e.review == "confirmed" and e.review_note == "readout seen"
            assert services.get_commitment(s, cid).status == "fulfilled"
        out = show(seeded, cid)
        assert "open → fulfilled" in out and "readout seen" in out

        await pilot.press("u")
        await settle(pilot)
        assert ev.id in ids(screen.query_one("#r-suggestions", DataTable))
    with seeded.session() as s:
        e = s.get(Evidence, ev.id)
        assert e is not None and e.review == "pending"
        assert services.get_commitment(s, cid).status == "open"
    out = show(seeded, cid)
    assert "open → fulfilled" in out  # the confirmation stays in history
    assert f"fulfilled → open [evidence {ev.id}] — undo confirmation of fulfils evidence" in out
    assert "— pending" in out


async def test_reject_filter_and_undo(seeded: Database) -> None:
    ev = suggestion(seeded, "missed")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot, at=ev.id)
        table = screen.query_one("#r-suggestions", DataTable)
        await answer_form(pilot, "x", "wrong meeting")
        await settle_until(pilot, lambda: ev.id not in ids(table))
        assert "1 pending" in text_of(screen, "#r-summary")
        with seeded.session() as s:
            e = s.get(Evidence, ev.id)
            assert e is not None and (e.review, e.review_note) == ("rejected", "wrong meeting")
        assert f"rejected missed suggestion {ev.id}: wrong meeting" in show(seeded, ev.commitment_id)

        await pilot.press("f")  # rejected ones stay findable
        await settle(pilot)
        assert ids(table) == [ev.id]
        assert "showing rejected: 1–1 of 1" in text_of(screen, "#r-summary")
        assert "Review note: wrong meeting" in text_of(screen, "#r-context-body")
        await pilot.press("f")
        await settle(pilot)
        assert len(ids(table)) == 2 and "showing all" in text_of(screen, "#r-summary")
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert ev.id in ids(table)
    with seeded.session() as s:
        e = s.get(Evidence, ev.id)
        assert e is not None and e.review == "pending" and e.review_note is None
        assert services.get_commitment(s, ev.commitment_id).status == "open"
    out = show(seeded, ev.commitment_id)
    assert f"undo rejection of missed evidence {ev.id}" in out


async def test_bulk_confirm_of_marked_rows_and_undo(seeded: Database) -> None:
    jwg = find(seeded, "%Joint Working Group%")
    made = add_pending(seeded, 3, cid=jwg.id)
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot, at=made[0])
        await pilot.press("space", "space")  # marks two rows, moving down
        await settle(pilot)
        assert screen.marked == {made[0], made[1]}
        assert "2 marked" in text_of(screen, "#r-summary")
        await pilot.press("c")
        await settle(pilot)
        assert "2 suggestions" in str(app.screen.query_one(".dialog-intro", Static).render())
        await pilot.press("enter")
        await settle(pilot)
        with seeded.session() as s:
            reviews = {e.id: e.review for e in s.scalars(
                select(Evidence).where(Evidence.id.in_(made)))}
        assert reviews == {made[0]: "confirmed", made[1]: "confirmed", made[2]: "pending"}
        assert find(seeded, "%Joint Working Group%").status == "in_progress"
        await pilot.press("u")  # one step undoes both
        await settle(pilot)
    with seeded.session() as s:
        assert {e.review for e in s.scalars(select(Evidence).where(Evidence.id.in_(made)))} \
            == {"pending"}
    assert find(seeded, "%Joint Working Group%").status == "open"
    out = show(seeded, jwg.id)
    assert out.count("undo confirmation of progress evidence") == 2


async def test_summary_counts_are_exact_and_paged(seeded: Database) -> None:
    add_pending(seeded, queries.REVIEW_PAGE + 30)
    total = queries.REVIEW_PAGE + 32
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        table = screen.query_one("#r-suggestions", DataTable)
        assert f"{total} pending" in text_of(screen, "#r-summary")
        assert f"1–{queries.REVIEW_PAGE} of {total}" in text_of(screen, "#r-summary")
        assert len(ids(table)) == queries.REVIEW_PAGE
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert f"{queries.REVIEW_PAGE + 1}–{total} of {total}" in text_of(screen, "#r-summary")
        assert len(ids(table)) == 32


def test_low_confidence_count_is_not_capped(seeded: Database) -> None:
    with seeded.session() as s:
        ids = list(s.scalars(select(Commitment.id).where(Commitment.origin == "extracted")
                             .order_by(Commitment.id)))
        for cid in ids:
            s.get(Commitment, cid).confidence = 0.3  # type: ignore[union-attr]
    with seeded.session() as s:
        assert queries.low_confidence_count(s) == len(ids)
        assert len(queries.low_confidence(s, limit=3)) == 3


async def test_a_refused_undo_is_reported_and_kept(seeded: Database) -> None:
    ev = suggestion(seeded, "fulfils")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("c", "enter")
        await settle(pilot)
        with seeded.session() as s:  # someone moves the status on meanwhile
            services.change_status(s, ev.commitment_id, "in_progress", clock=CLOCK)
        await pilot.press("u")
        await settle(pilot)
        assert screen.undo_stack == [[ev.id]]  # not lost: can be retried
        # a conflict: explained in a dialog, and the screen reloads
        assert isinstance(app.screen, ErrorModal)
        assert "status changed after" in app.screen.message
    with seeded.session() as s:
        e = s.get(Evidence, ev.id)
        assert e is not None and e.review == "confirmed"


async def test_a_rejected_suggestion_found_and_reconsidered(seeded: Database) -> None:
    ev = suggestion(seeded, "fulfils")
    cid = ev.commitment_id
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot, at=ev.id)
        table = screen.query_one("#r-suggestions", DataTable)
        await answer_form(pilot, "x", "too early")
        await pilot.press("f")  # rejected
        await settle_until(pilot, lambda: ids(table) == [ev.id])
        assert "If confirmed: open -> fulfilled" in text_of(screen, "#r-context-body")
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        assert "Reconsider" in str(app.screen.query_one(".dialog-title", Static).render())
        assert "If confirmed: open -> fulfilled" in str(
            app.screen.query_one(".dialog-intro", Static).render())
        await pilot.press(*"readout found", "enter")
        await settle_until(pilot, lambda: ids(table) == [])  # no longer rejected
        with seeded.session() as s:
            e = s.get(Evidence, ev.id)
            assert e is not None and (e.review, e.review_note) == ("confirmed", "readout found")
            assert services.get_commitment(s, cid).status == "fulfilled"
    out = show(seeded, cid)
    assert f"rejected fulfils suggestion {ev.id}: too early" in out
    assert f"undo rejection of fulfils evidence {ev.id}: reconsidered" in out
    assert "open → fulfilled" in out and "readout found" in out


def test_reconsider_refuses_what_is_not_rejected(seeded: Database) -> None:
    from tracker.app import Tracker

    ev = suggestion(seeded, "fulfils")
    front = Tracker(seeded.url, CLOCK)
    try:
        with pytest.raises(ConflictError, match="not rejected"):
            front.reconsider(ev.id)
    finally:
        front.close()
    with seeded.session() as s:
        e = s.get(Evidence, ev.id)
        assert e is not None and e.review == "pending"
