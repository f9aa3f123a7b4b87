"""Two analysts at once (threads with their own engines and sessions, on
SQLite and PostgreSQL): reviewing one suggestion gives exactly one success and
one conflict, and the evidence and the commitment always agree; overlapping
ingests of the same content store it once and neither fails."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pinned import CLOCK, TODAY
from tracker.domain.errors import ConflictError
from tracker.ingest.documents import Document, parse_document
from tracker.lifecycle import services
from tracker.lifecycle.services import (
    add_commitment,
    confirm_evidence,
    ingest_document,
    reject_evidence,
)
from tracker.store.db import Database
from tracker.store.models import Commitment, Evidence, HistoryEntry, Source

PAIRS = 20


def _suggestions(db: Database, n: int) -> list[int]:
    """n open commitments, each with one pending 'fulfils' suggestion."""
    ids = []
    with db.session() as s:
        for i in range(n):
            c = add_commitment(s, quote=f"The sides will sign agreement {i} by June.",
                               subject=f"agreement {i}", made_on=dt.date(2024, 1, 10),
                               due_start=dt.date(2024, 1, 10), due_end=dt.date(2024, 6, 30),
                               by="setup", clock=CLOCK)
            ev = Evidence(commitment_id=c.id, kind="fulfils", quote=f"Agreement {i} was signed.",
                          event_date=dt.date(2024, 5, 2), confidence=0.8, created_at=CLOCK.now())
            s.add(ev)
            s.flush()
            ids.append(ev.id)
    return ids


def _race(url: str, evidence_ids: list[int],
          actions: tuple[Callable[..., object], Callable[..., object]]) -> list[list[str]]:
    """Two threads, each with its own Database, act on every id at the same
    moment (a barrier per id); the outcome of each side per id."""
    outcomes: list[list[str]] = [[], []]
    barrier = threading.Barrier(2)

    def analyst(side: int) -> None:
        db = Database(url)
        try:
            for eid in evidence_ids:
                barrier.wait(timeout=60)
                try:
                    with db.session() as s:
                        actions[side](s, eid, by=f"analyst{side}", clock=CLOCK)
                    outcomes[side].append("ok")
                except ConflictError as exc:
                    # lost at the UPDATE, or read after the other's commit
                    assert re.search(rf"evidence {eid} (was reviewed by someone else|is already "
                                     r"confirmed by analyst|is not pending \(it is)", str(exc))
                    outcomes[side].append("conflict")
                except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                    outcomes[side].append(f"error: {type(exc).__name__}: {exc}")
        finally:
            db.dispose()

    threads = [threading.Thread(target=analyst, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "an analyst hung"
    return outcomes


@pytest.mark.parametrize(
    "actions",
    [(confirm_evidence, confirm_evidence), (confirm_evidence, reject_evidence),
     (reject_evidence, reject_evidence)],
    ids=["confirm-confirm", "confirm-reject", "reject-reject"],
)
def test_two_analysts_reviewing_one_suggestion(
    db: Database, actions: tuple[Callable[..., object], Callable[..., object]]
) -> None:
    ids = _suggestions(db, PAIRS)
    with db.session() as s:
        versions_before = dict(s.execute(select(Commitment.id, Commitment.version)).all())
    a, b = _race(db.url, ids, actions)
    assert len(a) == len(b) == PAIRS
    for x, y in zip(a, b, strict=True):
        assert sorted((x, y)) == ["conflict", "ok"], (x, y)
    with db.session() as s:
        for eid in ids:
            ev = s.get(Evidence, eid)
            assert ev is not None
            c = s.get(Commitment, ev.commitment_id)
            assert c is not None
            reviews = s.scalars(select(HistoryEntry).where(
                HistoryEntry.commitment_id == c.id, HistoryEntry.evidence_id == eid)).all()
            assert len(reviews) == 1  # one review recorded, by the winner
            assert ev.reviewed_by == reviews[0].by
            # evidence and status agree
            assert (ev.review, c.status) in {("confirmed", "fulfilled"), ("rejected", "open")}
            assert c.version == versions_before[c.id] + 1


def test_a_review_bumps_the_version_so_a_stale_edit_is_refused(db: Database) -> None:
    (eid,) = _suggestions(db, 1)
    with db.session() as s:
        cid = s.get(Evidence, eid).commitment_id  # type: ignore[union-attr]
        seen = s.get(Commitment, cid).version  # type: ignore[union-attr]
    with db.session() as s:
        reject_evidence(s, eid, by="a", clock=CLOCK)
    with db.session() as s, pytest.raises(ConflictError, match="changed by someone else"):
        services.change_status(s, cid, "in_progress", by="b", expected_version=seen, clock=CLOCK)


def _doc(i: int) -> Document:
    return parse_document(f"The two sides will meet for round {i} next year.\n",
                          Path(f"round{i}.txt"), date=dt.date(2024, 3, 1))


def test_overlapping_ingests_store_each_document_once(db: Database) -> None:
    docs = [_doc(i) for i in range(5)]
    results: list[list[bool]] = [[], []]
    errors: list[str] = []
    barrier = threading.Barrier(2)

    def analyst(side: int) -> None:
        mine = Database(db.url)
        try:
            for doc in docs:
                barrier.wait(timeout=60)
                try:
                    with mine.session() as s:
                        r = ingest_document(s, doc, extract=True, link=False, clock=CLOCK)
                    results[side].append(r.created)
                except Exception as exc:  # noqa: BLE001 - asserted empty below
                    errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            mine.dispose()

    threads = [threading.Thread(target=analyst, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    assert [sorted(pair) for pair in zip(*results, strict=True)] == [[False, True]] * len(docs)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Source)) == len(docs)


def test_a_duplicate_stored_after_the_check_is_skipped_not_fatal(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The interleaving made exact: another process commits the same content
    between this one's hash check and its insert."""
    doc = _doc(1)
    with db.session() as s:
        first = ingest_document(s, doc, link=False, clock=CLOCK)
    real = services.find_source_by_hash
    calls: list[str] = []

    def not_yet(session, content_hash):  # type: ignore[no-untyped-def]
        calls.append(content_hash)
        return None if len(calls) == 1 else real(session, content_hash)

    monkeypatch.setattr(services, "find_source_by_hash", not_yet)
    with db.session() as s:
        again = ingest_document(s, doc, link=False, clock=CLOCK)
        s.add(HistoryEntry(commitment_id=s.scalars(select(Commitment.id)).first(), event="note",
                           by="t", note="the transaction goes on after the skip",
                           recorded_at=CLOCK.now(), effective_on=TODAY))
    assert (again.created, again.source_id) == (False, first.source_id)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Source)) == 1
        assert s.scalar(select(func.count()).select_from(HistoryEntry).where(
            HistoryEntry.note == "the transaction goes on after the skip")) == 1


def test_two_ingest_processes_on_the_same_folder(db: Database, tmp_path: Path) -> None:
    """Two `tracker ingest` processes started together on one folder: both
    finish without error, each document is stored once (the other process
    reports it 'already stored'), SQLite waiting on its busy timeout."""
    import subprocess
    import sys

    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(5):
        (folder / f"d{i}.md").write_text(
            f"---\ndate: 2024-03-0{i + 1}\n---\nThe two sides will hold round {i} of the "
            "dialogue early next year.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "tracker", "--db", db.url, "ingest", str(folder), "--no-link"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    stdout = outs[0][0] + outs[1][0]
    assert stdout.count(": stored as source") == 5
    assert stdout.count(": already stored as source") == 5
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Source)) == 5
