"""Killing `tracker ingest` (issue 13): SIGKILL at a seeded random moment of a
run, then the store is whole: SQLite's integrity check passes, no document is
half stored (every source has exactly the commitments the extractor gives for
it, every commitment its 'created' history row), and running the same ingest
again gives the store an uninterrupted run gives (counts and content hashes).

Counts: TRACKER_KILL_DOCS documents (default 24) and TRACKER_KILL_ROUNDS kills
(default 2, each on a fresh database); docs/reliability.md has a longer run.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.extract import extract

pytestmark = pytest.mark.slow

DOCS = int(os.environ.get("TRACKER_KILL_DOCS", "24"))
ROUNDS = int(os.environ.get("TRACKER_KILL_ROUNDS", "2"))
SEED = int(os.environ.get("TRACKER_KILL_SEED", "13"))
TRACKER = [sys.executable, "-c", "from tracker.cli import main; main()"]

PLACES = ["Lisbon", "Nairobi", "Ottawa", "Hanoi", "Lima", "Oslo", "Accra", "Quito"]
THINGS = ["water review", "port agreement", "rail study", "grain report", "health fund",
          "energy audit", "trade council", "data charter"]
MONTHS = ["March", "April", "May", "June", "July", "September", "October", "November"]


def _corpus(folder: Path, n: int) -> None:
    """n small documents, each with two or three promises of its own."""
    folder.mkdir()
    for i in range(n):
        p, t, m = PLACES[i % 8], THINGS[(i * 3) % 8], MONTHS[(i * 5) % 8]
        body = (f"---\ndate: 2024-0{1 + i % 9}-1{i % 10}\n---\n"
                f"Meeting in {p}, the ministers agreed to publish the {t} {i} by {m} 2025. "
                f"Portugal will host the follow-up conference number {i} in {p} in 2026.\n\n"
                f"The council pledged to fund the {t} programme {i} before the end of 2025.\n")
        (folder / f"doc-{i:03d}.md").write_text(body, encoding="utf-8")


def _ingest(db: Path, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([*TRACKER, "--db", f"sqlite:///{db}", "ingest", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _store(db: Path) -> dict[str, object]:
    """What the store holds, without ids and clock times: counts per table and a
    hash of each source with its commitments and their history."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                  for t in ("sources", "commitments", "evidence", "history")}
        docs = {}
        for sid, chash in con.execute("SELECT id, content_hash FROM sources"):
            rows = con.execute(
                "SELECT c.kind, c.span_start, c.span_end, c.subject, c.action, c.actors, "
                "c.due_start, c.due_end, c.status, "
                "(SELECT group_concat(h.event || ':' || coalesce(h.to_status, ''), ',') "
                " FROM history h WHERE h.commitment_id = c.id) "
                "FROM commitments c WHERE c.source_id = ? ORDER BY c.span_start, c.kind, c.subject",
                (sid,)).fetchall()
            ev = con.execute(
                "SELECT e.kind, e.span_start, e.review, c2.subject FROM evidence e "
                "JOIN commitments c2 ON c2.id = e.commitment_id WHERE e.source_id = ? "
                "ORDER BY e.span_start, c2.subject", (sid,)).fetchall()
            docs[chash] = hashlib.sha256(repr((rows, ev)).encode()).hexdigest()
        return {"counts": counts, "docs": docs}
    finally:
        con.close()


def _assert_whole(db: Path) -> int:
    """No half-stored document; returns how many sources are stored."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sources = con.execute("SELECT id, body, published_on FROM sources").fetchall()
        import datetime as dt

        for sid, body, published in sources:
            want = extract(body, dt.date.fromisoformat(published))
            got = con.execute("SELECT count(*) FROM commitments WHERE source_id = ?",
                              (sid,)).fetchone()[0]
            assert got == len(want), (sid, got, len(want))
        orphans = con.execute(
            "SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM history h "
            "WHERE h.commitment_id = c.id AND h.event = 'created')").fetchone()[0]
        assert orphans == 0
        return len(sources)
    finally:
        con.close()


def test_sigkill_during_ingest_leaves_a_whole_store(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    _corpus(folder, DOCS)
    ref_db = tmp_path / "reference.db"
    p = _ingest(ref_db, folder)
    out, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    reference = _store(ref_db)
    assert reference["counts"]["sources"] == DOCS  # type: ignore[index]
    assert _assert_whole(ref_db) == DOCS
    rng = random.Random(SEED)
    killed_after = []
    for round_ in range(ROUNDS):
        db = tmp_path / f"killed-{round_}.db"
        p = _ingest(db, folder)
        assert p.stdout is not None
        # a seeded moment: after k documents were reported stored, plus 0-80 ms
        # into the next one (its extraction, linking or commit)
        k = rng.randrange(0, DOCS - 1)
        for _ in range(k):
            if not p.stdout.readline():
                break
        time.sleep(rng.uniform(0, 0.08))
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        p.stdout.close()
        p.stderr.close()  # type: ignore[union-attr]
        assert p.returncode == -signal.SIGKILL
        stored = _assert_whole(db)
        killed_after.append(stored)
        assert k <= stored < DOCS
        # run again: the remaining documents are stored, the store is the reference
        again = _ingest(db, folder)
        out, err = again.communicate(timeout=600)
        assert again.returncode == 0, err
        assert out.count("already stored") == stored
        assert _assert_whole(db) == DOCS
        assert _store(db) == reference
    print(f"killed after {killed_after} of {DOCS} documents were stored")
