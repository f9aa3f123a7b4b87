"""SVG snapshots of every screen (pytest-textual-snapshot), on the seeds with a
fixed today (2026-11-22). Update with ``pytest tests/tui --snapshot-update``."""

from __future__ import annotations

from tracker.store.db import Database
from tracker.tui.app import create_app

from .conftest import TODAY, find, open_detail, settle

SIZE = (120, 40)


def test_commitments_screen(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=settle)


def test_commitments_filtered_jwg(snap_compare, seeded: Database) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("slash", *"JWG")
        await settle(pilot)

    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=run_before)


def test_empty_state(snap_compare, sqlite_db: Database) -> None:
    assert snap_compare(create_app(sqlite_db.url, today=TODAY), terminal_size=SIZE,
                        run_before=settle)


def test_detail_screen(snap_compare, seeded: Database) -> None:
    jwg = find(seeded, "%Joint Working Group%")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_detail(pilot, jwg.id)

    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=run_before)


def test_detail_with_evidence(snap_compare, seeded: Database) -> None:
    hsd = find(seeded, "%next edition%")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_detail(pilot, hsd.id)

    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=run_before)


def test_status_modal(snap_compare, seeded: Database) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)

    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=run_before)


def _mode(key: str):  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)

    return run_before


def test_review_screen(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=_mode("2"))


def test_review_screen_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=(80, 24),
                        run_before=_mode("2"))


def test_review_confirm_modal(snap_compare, seeded: Database) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)

    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=run_before)


def test_sources_screen(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=_mode("3"))


def test_source_view(snap_compare, seeded: Database) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=run_before)


def test_overdue_screen(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=_mode("4"))


def test_timeline_screen(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=_mode("5"))


def test_help_screen(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=_mode("question_mark"))


def _ingest(folder):  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        from textual.widgets import Input

        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        pilot.app.screen.query_one("#f-path", Input).value = str(folder)
        await pilot.press("ctrl+s")
        await settle(pilot)

    return run_before


def test_ingest_results(snap_compare, sqlite_db: Database, tmp_path) -> None:
    from .test_ingest import make_folder

    folder = make_folder(tmp_path, dated=8, undated=2, empty=1)
    assert snap_compare(create_app(sqlite_db.url, today=TODAY), terminal_size=SIZE,
                        run_before=_ingest(folder))


def test_ingest_results_80x24(snap_compare, sqlite_db: Database, tmp_path) -> None:
    from .test_ingest import make_folder

    folder = make_folder(tmp_path, dated=8, undated=2, empty=1)
    assert snap_compare(create_app(sqlite_db.url, today=TODAY), terminal_size=(80, 24),
                        run_before=_ingest(folder))


SMALL = (80, 24)


def test_commitments_screen_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=settle)


def test_sources_screen_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=_mode("3"))


def test_overdue_screen_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=_mode("4"))


def test_timeline_screen_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=_mode("5"))


def test_keys_panel_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=_mode("f1"))


def test_detail_screen_80x24(snap_compare, seeded: Database) -> None:
    jwg = find(seeded, "%Joint Working Group%")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_detail(pilot, jwg.id)

    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=run_before)


def test_status_modal_80x24(snap_compare, seeded: Database) -> None:
    """A dialog shows its own keys in the footer, not the list's behind it."""
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=_mode("s"))


def test_columns_modal(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=_mode("v"))


def test_columns_modal_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=_mode("v"))


def _sources_filtered(pilot_keys: str):  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("slash", *pilot_keys)
        await settle(pilot)

    return run_before


def test_sources_filtered(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SIZE,
                        run_before=_sources_filtered("homeland"))


def test_sources_filtered_80x24(snap_compare, seeded: Database) -> None:
    assert snap_compare(create_app(seeded.url, today=TODAY), terminal_size=SMALL,
                        run_before=_sources_filtered("homeland"))


# --- the screens and dialogs that had a snapshot at one size only, or none ---------------


def _keys(*keys: str, detail_id: int | None = None):  # type: ignore[no-untyped-def]
    """Settle, (open commitment ``detail_id``,) then press each key and
    settle after each."""
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        if detail_id is not None:
            await open_detail(pilot, detail_id)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def _snap(snap_compare, database: Database, size: tuple[int, int], *keys: str,  # type: ignore[no-untyped-def]
          detail: str | None = None) -> bool:
    """The app on ``database`` at ``size`` after ``keys`` (on the detail of
    the commitment whose subject is like ``detail``, if given)."""
    detail_id = find(database, detail).id if detail is not None else None
    return bool(snap_compare(create_app(database.url, today=TODAY), terminal_size=size,
                             run_before=_keys(*keys, detail_id=detail_id)))


def test_empty_state_80x24(snap_compare, sqlite_db: Database) -> None:
    assert _snap(snap_compare, sqlite_db, SMALL)


def test_detail_with_evidence_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, detail="%next edition%")


def test_review_confirm_modal_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, "2", "c")


def test_review_rejected_filter_80x24(snap_compare, seeded: Database) -> None:
    """The review list after ``f`` twice (all suggestions): the summary names
    the filter."""
    assert _snap(snap_compare, seeded, SMALL, "2", "f", "f")


def test_source_view_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, "3", "enter")


def test_help_screen_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, "question_mark")


def test_keys_panel(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SIZE, "f1")


def test_ingest_form(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SIZE, "i")


def test_ingest_form_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, "i")


def test_export_dialog(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SIZE, "4", "x")


def test_export_dialog_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, "4", "x")


def test_verdict_dialog(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SIZE, "j", detail="%Joint Working Group%")


def test_verdict_dialog_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, "j", detail="%Joint Working Group%")


def test_same_as_dialog(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SIZE, "m", detail="%Joint Working Group%")


def test_same_as_dialog_80x24(snap_compare, seeded: Database) -> None:
    assert _snap(snap_compare, seeded, SMALL, "m", detail="%Joint Working Group%")
