"""Synthetic databases for benchmarks: N commitments over N/50 sources,
written straight into a migrated SQLite file with executemany (fast: about
a second per 100k rows); and generated readouts (``readouts``): documents of
240 recurring dialogue series (8 dialogue names x 30 pairs of countries), each
reporting the edition held and promising the next, to ingest.

    python benchmarks/synth.py PATH N
    python benchmarks/synth.py --readouts FOLDER N
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
    from tracker.store.db import Database

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


DIALOGUES = ("Strategic Dialogue", "Cyber Dialogue", "Maritime Security Dialogue",
             "Joint Working Group on Counter Terrorism", "Trade Policy Forum",
             "Energy Dialogue", "Defence Policy Dialogue", "Space Dialogue")
COUNTRIES = (("India", "New Delhi"), ("Japan", "Tokyo"), ("Australia", "Canberra"),
             ("France", "Paris"), ("Germany", "Berlin"), ("Brazil", "Brasilia"),
             ("Kenya", "Nairobi"), ("Canada", "Ottawa"), ("Mexico", "Mexico City"),
             ("Norway", "Oslo"), ("Indonesia", "Jakarta"), ("Vietnam", "Hanoi"))
TOPICS = ("supply chains", "critical minerals", "clean energy", "maritime domain awareness",
          "cyber security", "counter terrorism", "space situational awareness", "health",
          "digital public infrastructure", "education", "agriculture", "climate finance")
SERIES = 240
_ORD = {1: "st", 2: "nd", 3: "rd"}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else _ORD.get(n % 10, 'th')}"


def readout(i: int, base: dt.date = dt.date(2008, 1, 7)) -> tuple[str, str]:
    """The i-th generated readout (file name, text, about 1.3 KB): series ``i % 240``,
    edition ``i // 240 + 1``, held every 45 days, reported the next day."""
    rng = random.Random(i)
    s, edition = i % SERIES, i // SERIES + 1
    pairs = [(a, b) for a in range(len(COUNTRIES)) for b in range(a + 1, len(COUNTRIES))]
    a, b = pairs[(s // len(DIALOGUES)) % len(pairs)]
    (ca, city_a), (cb, city_b) = COUNTRIES[a], COUNTRIES[b]
    name = DIALOGUES[s % len(DIALOGUES)]
    held = base + dt.timedelta(days=45 * edition + s // len(DIALOGUES))
    published = held + dt.timedelta(days=1)
    city = city_a if edition % 2 else city_b
    t1, t2, t3 = rng.sample(TOPICS, 3)
    body = (
        f"---\ndate: {published.isoformat()}\n---\n"
        f"# {ca}-{cb} {name}: joint readout\n\n"
        f"The {_nth(edition)} {ca}-{cb} {name} was held in {city} on "
        f"{held.strftime('%B')} {held.day}, {held.year}. The delegations of {ca} and {cb} "
        f"reviewed the progress made since the previous meeting in the areas of {t1}, {t2} "
        f"and {t3}, and exchanged views on regional and global developments of mutual "
        f"interest, including the situation in their neighbourhoods.\n\n"
        f"Both sides noted with satisfaction the expanding cooperation between their "
        f"ministries and agencies, and underlined the importance of regular consultations "
        f"at the working level. They discussed ways to deepen practical cooperation on "
        f"{t2}, including joint research, training programmes and exchanges of experts, "
        f"and welcomed the contributions of the private sector and of academic "
        f"institutions to the partnership.\n\n"
        f"{ca} and {cb} agreed to hold the {_nth(edition + 1)} {ca}-{cb} {name} in "
        f"{city_b if edition % 2 else city_a} within the next three months. The two "
        f"sides will also convene a meeting of experts on {t3} before the end of "
        f"{published.year + 1}.\n\n"
        f"The meeting was held in a warm and cordial atmosphere, reflecting the close "
        f"friendship between {ca} and {cb}.\n"
    )
    return f"readout_{i:06d}.md", body


def readouts(folder: Path, start: int, stop: int) -> list[Path]:
    """Write readouts ``start`` .. ``stop - 1`` into ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, stop):
        name, text = readout(i)
        (folder / name).write_text(text, encoding="utf-8")
        out.append(folder / name)
    return out


if __name__ == "__main__":
    if sys.argv[1] == "--readouts":
        readouts(Path(sys.argv[2]), 0, int(sys.argv[3]))
    else:
        build(Path(sys.argv[1]), int(sys.argv[2]))
