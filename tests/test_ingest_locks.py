"""Ingest holds SQLite's write lock only while it writes (issue 13): extraction and the
matcher run with no write transaction open (another connection can take the write
lock at once), linking writes nothing when something was stored since its read, and a
kill between storing a batch and linking it is completed by the next ingest."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import tracker.extract
from pinned import CLOCK
from tracker.app import Tracker
from tracker.lifecycle import suggestions
from tracker.store.models import Commitment, Evidence, LinkSource, Source

CHAINS = Path(__file__).resolve().parent / "chains"


def _evidence(app: Tracker) -> set[tuple[str, str, str, int | None]]:
    with app.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        return {(files[c.source_id], files[e.source_id], e.kind, e.span_start)
                for e, c in s.execute(select(Evidence, Commitment)
                                      .join(Commitment, Commitment.id == Evidence.commitment_id))}


def _write_lock_free(path: Path) -> None:
    """Another connection takes the write lock without waiting (timeout 0)."""
    con = sqlite3.connect(path, timeout=0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    finally:
        con.close()


def test_no_write_lock_while_extracting_or_matching(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    app = Tracker(f"sqlite:///{path}", CLOCK)
    app.ingest([CHAINS / "summit"], batch=2)  # the file exists, so the probes can open it
    calls = {"extract": 0, "suggest": 0}
    real_extract, real_suggest = tracker.extract.extract, suggestions.suggest

    def extract(*args: Any, **kw: Any) -> Any:
        _write_lock_free(path)
        calls["extract"] += 1
        return real_extract(*args, **kw)

    def suggest(*args: Any, **kw: Any) -> Any:
        _write_lock_free(path)
        calls["suggest"] += 1
        return real_suggest(*args, **kw)

    monkeypatch.setattr(tracker.extract, "extract", extract)
    monkeypatch.setattr(suggestions, "suggest", suggest)
    summary = app.ingest([CHAINS / "numbered", CHAINS / "restated"], batch=2)
    assert len(summary.stored) == calls["extract"] >= 4
    assert calls["suggest"] >= 2  # one matcher run per batch
    assert _evidence(app)


def test_linking_writes_nothing_when_the_store_changed_since_its_read(tmp_path: Path) -> None:
    app = Tracker(f"sqlite:///{tmp_path / 't.db'}", CLOCK)
    app.ingest([CHAINS / "numbered"], link=False)
    with app.session() as s:
        sids = list(s.scalars(select(Source.id)))
        work = suggestions.plan_links(s, sids)
    assert work.plans  # there is something to write
    app.ingest([CHAINS / "summit"], link=False)  # another writer, between read and write
    with app.session() as s:
        assert suggestions.store_links(s, work, now=CLOCK.now()) is None
    assert _evidence(app) == set()
    with app.session() as s:
        assert set(s.scalars(select(LinkSource.linked))) == {False}
        work = suggestions.plan_links(s, sids)  # read again: nothing changed since
    with app.session() as s:
        assert suggestions.store_links(s, work, now=CLOCK.now())
    assert _evidence(app)


def test_a_kill_between_store_and_link_is_completed_by_the_next_ingest(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folders = [CHAINS / "numbered", CHAINS / "restated"]
    reference = Tracker(f"sqlite:///{tmp_path / 'reference.db'}", CLOCK)
    reference.ingest(folders, batch=50)
    want = _evidence(reference)
    assert want
    app = Tracker(db_url, CLOCK)

    def killed(*args: Any, **kw: Any) -> Any:
        raise KeyboardInterrupt  # as a kill after the store's commit

    with monkeypatch.context() as m:
        m.setattr(suggestions, "store_links", killed)
        with pytest.raises(KeyboardInterrupt):
            app.ingest(folders, batch=50)
    with app.session() as s:  # stored and indexed, not linked
        assert s.scalars(select(Source)).all()
        assert set(s.scalars(select(LinkSource.linked))) == {False}
    assert _evidence(app) == set()
    again = app.ingest(folders, batch=50)
    assert len(again.known) == len(again.outcomes)
    assert _evidence(app) == want


def test_an_analysts_write_waits_for_another_writer(tmp_path: Path) -> None:
    """A note, a window change and a verdict wait while another connection holds the
    write lock (they begin with the write lock, BEGIN IMMEDIATE) and then succeed."""
    import threading

    path = tmp_path / "t.db"
    app = Tracker(f"sqlite:///{path}", CLOCK)
    app.ingest([CHAINS / "numbered"], link=False)
    with app.session() as s:
        cid = s.scalars(select(Commitment.id)).first()
    assert cid is not None
    holder = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE commitments SET updated_at = updated_at WHERE id = ?", (cid,))
    timer = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    timer.start()
    try:
        app.add_note(cid, "waited for the other writer")
    finally:
        timer.join()
        holder.close()
    app.add_note(cid, "and again")
    with app.session() as s:
        from tracker.store.models import HistoryEntry

        notes = s.scalars(select(HistoryEntry.note).where(HistoryEntry.commitment_id == cid,
                                                          HistoryEntry.event == "note")).all()
    assert {"waited for the other writer", "and again"} <= set(notes)


def test_a_batch_is_linked_a_few_sources_per_write(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Each linking write covers at most ``LINK_WRITE_SOURCES`` sources, so the lock
    it holds stays short however large the batch; the suggestions are those of
    linking the whole batch in one write."""
    import tracker.app.tracker as front

    whole = Tracker(f"sqlite:///{tmp_path / 'whole.db'}", CLOCK)
    monkeypatch.setattr(front, "LINK_WRITE_SOURCES", 1000)
    whole.ingest([CHAINS], batch=50)
    expected = _evidence(whole)
    monkeypatch.setattr(front, "LINK_WRITE_SOURCES", 2)
    parts: list[int] = []
    real = Tracker._link_batch

    def spy(self: Tracker, source_ids: list[int]) -> Any:
        parts.append(len(source_ids))
        return real(self, source_ids)

    monkeypatch.setattr(Tracker, "_link_batch", spy)
    app = Tracker(f"sqlite:///{tmp_path / 'parts.db'}", CLOCK)
    app.ingest([CHAINS], batch=50)
    assert parts and max(parts) <= 2 and sum(parts) > 2
    assert _evidence(app) == expected and expected
