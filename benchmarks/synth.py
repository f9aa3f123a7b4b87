"""Synthetic databases for benchmarks: N commitments over N/50 sources,
written straight into a migrated SQLite file with executemany (fast: about
a second per 100k rows).

    python benchmarks/synth.py PATH N
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
from pathlib import Path

SUBJECTS = (
    "Joint Working Group on Counter Terrorism", "Homeland Security Dialogue",
    "Designations Dialogue", "Cyber Dialogue", "Maritime Security Dialogue",
    "Trade Policy Forum", "Strategic Dialogue", "Energy Partnership",
    "sub-group on aviation security", "sub-group on supply chains",
    "MoU on space cooperation", "Defence Policy Group", "Working Group on Drugs",
)
ACTORS = ("India; United States", "Japan; Australia", "France; Germany", "Brazil; Argentina",
          "Kenya; Ethiopia", "Canada; Mexico", "United Kingdom; Norway")
VERBS = ("hold", "convene", "sign", "launch", "meet")
PHRASES = ("early next year", "later this year", "in the coming months", "by June", None)
STATUSES = ["open"] * 14 + ["in_progress"] * 2 + ["fulfilled"] * 3 + ["missed"]


def build(path: Path, n: int, seed: int = 7) -> Path:
    """Create (or reuse) a database at ``path`` with ``n`` commitments."""
    from tracker.db import Database

    path = Path(path)
    if path.exists():
        with sqlite3.connect(path) as conn:
            try:
                reuse = conn.execute("SELECT count(*) FROM commitments").fetchone()[0] == n
            except sqlite3.DatabaseError:
                reuse = False
        if reuse:
            Database(f"sqlite:///{path}").dispose()  # bring an older build to head
            return path
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    Database(f"sqlite:///{path}").dispose()  # migrate to head
    rng = random.Random(seed)
    now = "2026-01-01 00:00:00.000000"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    n_sources = max(1, n // 50)
    base = dt.date(2015, 1, 1)
    sources = []
    for i in range(1, n_sources + 1):
        d = base + dt.timedelta(days=rng.randrange(0, 4000))
        sources.append((i, f"report_{i:07d}.md", f"Joint statement {i}", "Ministry", None,
                        d.isoformat(), f"Body of report {i}. The sides will meet.",
                        f"{i:064x}", now))
    conn.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?)", sources)
    rows = []
    for i in range(1, n + 1):
        sid = rng.randrange(1, n_sources + 1)
        made = dt.date.fromisoformat(sources[sid - 1][5])
        subject = f"{rng.randrange(1, 30)}th {rng.choice(SUBJECTS)}"
        phrase = rng.choice(PHRASES)
        if phrase is None:
            start = end = None
        else:
            start = made
            end = made + dt.timedelta(days=rng.randrange(30, 500))
        quote = f"The two sides will {rng.choice(VERBS)} the {subject} {phrase or ''}.".strip()
        rows.append((
            i, "commitment" if rng.random() > 0.1 else "ask", sid, made.isoformat(),
            made.isoformat(), quote,
            0, len(quote), rng.choice(ACTORS), rng.choice(VERBS), subject, "", phrase,
            start.isoformat() if start else None, end.isoformat() if end else None,
            "synthetic" if phrase else None, round(rng.uniform(0.4, 1.0), 2), "extracted",
            rng.choice(STATUSES), None, now, now, 1,
        ))
        if len(rows) == 50_000:
            _insert(conn, rows)
            rows = []
    _insert(conn, rows)
    ev = [(i, rng.randrange(1, n + 1), rng.randrange(1, n_sources + 1), "fulfils",
           "2024-03-05", "The meeting was held.", i, i + 20, 0.8, "synthetic", "suggested",
           "pending", now, None, None, None) for i in range(1, max(2, n // 100))]
    conn.executemany("INSERT OR IGNORE INTO evidence VALUES "
                     "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ev)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return path


def add_history(path: Path) -> Path:
    """Give every commitment its history (once): a "created" row, and for
    each one not open a status change 40 days after it was made."""
    with sqlite3.connect(path) as conn:
        if conn.execute("SELECT count(*) FROM history").fetchone()[0]:
            return path
        conn.execute(
            "INSERT INTO history (commitment_id, event, to_status, recorded_at, effective_on,"
            " by) SELECT id, 'created', 'open', created_at, made_on, 'synth' FROM commitments")
        conn.execute(
            "INSERT INTO history (commitment_id, event, from_status, to_status, recorded_at,"
            " effective_on, by, note) SELECT id, 'status', 'open', status, created_at,"
            " date(made_on, '+40 days'), 'synth', 'a note ' || id FROM commitments"
            " WHERE status != 'open'")
        conn.execute("ANALYZE")
    return path


def _insert(conn: sqlite3.Connection, rows: list[tuple]) -> None:  # type: ignore[type-arg]
    conn.executemany(
        "INSERT INTO commitments (id, kind, source_id, made_on, known_on, quote, span_start, span_end,"
        " actors, action, subject, topics, due_expression, due_start, due_end, due_rule,"
        " confidence, origin, status, parent_id, created_at, updated_at, version)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


if __name__ == "__main__":
    build(Path(sys.argv[1]), int(sys.argv[2]))
