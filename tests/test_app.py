"""The front door (tracker.app.Tracker): one ingest loop with progress and
cancel, use cases on a pinned clock, the list read model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pinned import CLOCK, TODAY
from tracker.app import Tracker

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _docs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "a.md").write_text("---\ndate: 2024-01-10\n---\nThe two sides will hold the "
                                 "3rd Joint Dialogue later this year.\n", encoding="utf-8")
    (folder / "b.txt").write_text("No date anywhere in here.\n", encoding="utf-8")
    (folder / "c.md").write_text("---\ndate: 2024-02-01\n---\nThe ministers will meet in "
                                 "2025.\n", encoding="utf-8")
    return folder


def test_ingest_reports_every_document_with_progress(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    seen: list[tuple[int, int, str]] = []
    summary = app.ingest([_docs(tmp_path)], progress=lambda d, t, o: seen.append(
        (d, t, o.path.name)))
    assert seen == [(1, 3, "a.md"), (2, 3, "b.txt"), (3, 3, "c.md")]
    assert [o.path.name for o in summary.stored] == ["a.md", "c.md"]
    [bad] = summary.refused
    assert bad.path.name == "b.txt" and "date" in (bad.refused or "")
    again = app.ingest([_docs(tmp_path)])
    assert len(again.known) == 2 and not again.stored
    app.close()


def test_ingest_can_be_cancelled_between_documents(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    done: list[str] = []
    summary = app.ingest([_docs(tmp_path)], progress=lambda d, t, o: done.append(o.path.name),
                         cancel=lambda: len(done) >= 1)
    assert summary.cancelled and done == ["a.md"]
    assert [o.path.name for o in summary.stored] == ["a.md"]
    app.close()


def test_use_cases_take_the_clock_they_are_given(db_url: str) -> None:
    app = Tracker(db_url, CLOCK)
    row = app.add(quote="They will sign the pact.", subject="pact", actors=["U.S."])
    assert row.made_on == TODAY and row.actors == ("United States",)
    change = app.change_status(row.id, "in_progress")
    assert change.effective_on == TODAY
    [listed] = app.list_rows(app.filters(actor="American"))
    assert listed.id == row.id and listed.status == "in_progress"
    past = app.filters(as_of=TODAY - dt.timedelta(days=1))
    assert app.list_rows(past) == []  # made today: not known yesterday
    app.close()


def test_a_report_read_in_the_headline_is_shown_in_its_title(db_url: str, tmp_path: Path) -> None:
    from tracker.app import queries

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Bridge plan\ndate: 2026-01-10\n---\nGhana will open the "
                                 "Accra-Kumasi bridge in May 2026.\n", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: Ghanaian President inaugurates Accra-Kumasi bridge\n"
                                 "date: 2026-05-18\n---\nThe President unveiled the plaque at the northern "
                                 "end. Thousands lined the approach road.\n", encoding="utf-8")
    app = Tracker(db_url, CLOCK)
    app.ingest([folder])
    [ev] = [e for e in app.pending() if e.kind == "fulfils"]
    with app.session() as s:
        ctx = queries.review_context(s, ev.id, CLOCK)
    assert ctx.paragraph == "Ghanaian President inaugurates Accra-Kumasi bridge"
    assert ctx.span == (0, len(ctx.paragraph))
    app.close()
