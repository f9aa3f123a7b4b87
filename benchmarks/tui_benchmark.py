"""Time the terminal UI on a 100,000-commitment SQLite database.

Measures, through Textual's Pilot (``app.run_test()``):

* open: from starting the app to the commitments table showing its first page;
* filter keystroke: from a key pressed in the filter box to the table showing
  the new page (debounce included), for several keystrokes.

Usage::

    .venv/bin/python benchmarks/tui_benchmark.py [--n 100000] [--db PATH] [--write-docs]

The database is built once by a synthetic generator (``benchmarks/synth.py``'s
``build(url, n)`` when present, else the generator below) and reused.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "tui.md"
TODAY = dt.date(2026, 11, 22)

ACTORS = ["India", "United States", "Japan", "Australia", "France", "Germany", "Brazil",
          "Kenya", "Ethiopia", "Philippines", "China", "European Union", "Canada", "Norway"]
ACTIONS = ["convene", "hold", "sign", "launch", "establish", "review", "complete", "expand"]
THINGS = ["Joint Working Group on Counter Terrorism", "Designations Dialogue",
          "Homeland Security Dialogue", "maritime security consultation", "cyber policy dialogue",
          "supply chain resilience initiative", "aviation security sub-group",
          "capacity building programme", "trade and investment forum", "energy partnership",
          "border management committee", "science and technology agreement"]
PHRASES = [("in the coming months", 182), ("later this year", None), ("early next year", None),
           ("within 90 days", 90), ("by the end of June", None), (None, None)]
STATUSES = ["open"] * 6 + ["in_progress"] * 2 + ["fulfilled", "missed", "partially_fulfilled",
                                                  "superseded", "withdrawn"]


def build_synthetic(url: str, n: int, seed: int = 7) -> None:
    """n commitments over n // 50 sources, with some evidence and history; fast inserts."""
    from sqlalchemy import text

    from tracker.store.db import Database

    rnd = random.Random(seed)
    database = Database(url)
    n_sources = max(1, n // 50)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC).isoformat(sep=" ")
    with database.engine.begin() as conn:
        sources = []
        for i in range(1, n_sources + 1):
            day = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(0, 4000))
            sources.append({
                "id": i, "file_name": f"synthetic_{i:06d}.txt", "title": f"Joint statement {i}",
                "publisher": "Synthetic Ministry", "url": None, "published_on": day.isoformat(),
                "body": "Synthetic body. " * 20, "content_hash": f"{i:064x}", "ingested_at": now,
            })
        conn.execute(text(
            "INSERT INTO sources (id, file_name, title, publisher, url, published_on, body, "
            "content_hash, ingested_at) VALUES (:id, :file_name, :title, :publisher, :url, "
            ":published_on, :body, :content_hash, :ingested_at)"), sources)
        rows = []
        hist = []
        ev = []
        for cid in range(1, n + 1):
            src = sources[rnd.randrange(n_sources)]
            made = dt.date.fromisoformat(src["published_on"])
            a, b = rnd.sample(ACTORS, 2)
            action = rnd.choice(ACTIONS)
            thing = rnd.choice(THINGS)
            subject = f"{rnd.randrange(1, 40)}th {thing}"
            phrase, days = rnd.choice(PHRASES)
            if phrase is None:
                start = end = None
            else:
                start = made
                end = made + dt.timedelta(days=days or rnd.randrange(30, 400))
            status = rnd.choice(STATUSES)
            rows.append({
                "id": cid, "kind": "commitment" if rnd.random() > 0.1 else "ask",
                "source_id": src["id"], "made_on": made.isoformat(),
                "quote": f"{a} and {b} decided to {action} the {subject} {phrase or ''}.",
                "span_start": 0, "span_end": 10, "actors": f"{a}; {b}", "action": action,
                "subject": subject, "topics": "", "due_expression": phrase,
                "due_start": start.isoformat() if start else None,
                "due_end": end.isoformat() if end else None,
                "due_rule": "synthetic" if phrase else None,
                "confidence": round(rnd.uniform(0.3, 1.0), 2), "origin": "extracted",
                "status": status, "parent_id": None, "created_at": now, "updated_at": now,
                "version": 1,
            })
            hist.append({"commitment_id": cid, "event": "created", "from_status": None,
                         "to_status": "open", "at": now, "effective_on": made, "by": "synth", "note": None,
                         "evidence_id": None})
            if rnd.random() < 0.05:
                ev.append({"commitment_id": cid, "source_id": src["id"], "kind": "progress",
                           "event_date": made.isoformat(), "quote": "talks were held",
                           "span_start": cid, "span_end": cid + 5, "confidence": 0.5,
                           "reason": "synthetic", "origin": "suggested", "review": "pending",
                           "created_at": now})
        conn.execute(text(
            "INSERT INTO commitments (id, kind, source_id, made_on, quote, span_start, span_end, "
            "actors, action, subject, topics, due_expression, due_start, due_end, due_rule, "
            "confidence, origin, status, parent_id, created_at, updated_at, version) VALUES "
            "(:id, :kind, :source_id, :made_on, :quote, :span_start, :span_end, :actors, "
            ":action, :subject, :topics, :due_expression, :due_start, :due_end, :due_rule, "
            ":confidence, :origin, :status, :parent_id, :created_at, :updated_at, :version)"),
            rows)
        conn.execute(text(
            "INSERT INTO history (commitment_id, event, from_status, to_status, recorded_at, "
            "effective_on, by, note, evidence_id) VALUES (:commitment_id, :event, :from_status, "
            ":to_status, :at, :effective_on, :by, :note, :evidence_id)"), hist)
        if ev:
            conn.execute(text(
                "INSERT INTO evidence (commitment_id, source_id, kind, event_date, quote, "
                "span_start, span_end, confidence, reason, origin, review, created_at) VALUES "
                "(:commitment_id, :source_id, :kind, :event_date, :quote, :span_start, "
                ":span_end, :confidence, :reason, :origin, :review, :created_at)"), ev)
        conn.execute(text("ANALYZE"))
    database.dispose()


def build(path: Path, n: int) -> str:
    """A database of n commitments at path (reused when it already has n),
    at the newest schema (an older one is upgraded here, not while timing)."""
    url = f"sqlite:///{path}"
    try:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from synth import build as shared_build  # type: ignore[import-not-found]
    except ImportError:
        if not path.exists():
            build_synthetic(url, n)
    else:
        shared_build(path, n)
    from tracker.store.db import Database, current_revision, head_revision

    database = Database(url, migrate=False)
    try:
        if current_revision(database.engine) != head_revision():
            from sqlalchemy import text

            from tracker.store.db import upgrade

            upgrade(database.engine)
            with database.engine.begin() as conn:
                conn.execute(text("ANALYZE"))
    finally:
        database.dispose()
    return url


async def _wait(predicate, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > end:
            raise TimeoutError("the UI did not answer")
        await asyncio.sleep(0.0005)


async def measure(url: str, words: list[str], as_of: dt.date | None = None) -> dict[str, object]:
    from tracker.tui.app import create_app

    t0 = time.perf_counter()
    app = create_app(url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await _wait(lambda: getattr(screen, "page", None) is not None)
        open_s = time.perf_counter() - t0
        await app.workers.wait_for_complete()
        await pilot.pause()
        if as_of is not None:  # the list as it stood on a past date (history replayed)
            from textual.widgets import Input

            screen.query_one("#as-of", Input).value = as_of.isoformat()
            await _wait(lambda: screen.page is not None and screen.page.query.as_of == as_of
                        and not screen._busy)
            await app.workers.wait_for_complete()
            await pilot.pause()
        total = screen.total
        await pilot.press("slash")
        keystrokes: list[tuple[str, float, float, int]] = []
        for word in words:
            typed = ""
            for ch in word:
                typed += ch
                screen.last_latency = None
                k0 = time.perf_counter()
                await pilot.press(ch)
                await _wait(lambda t=typed: screen.page is not None
                            and screen.page.query.text == t and not screen._busy
                            and screen.last_latency is not None)
                wall = time.perf_counter() - k0
                keystrokes.append((typed, wall, screen.last_latency or wall,
                                   len(screen.page.rows)))
            for _ in word:
                await pilot.press("backspace")
            await _wait(lambda: screen.page is not None and screen.page.query.text == ""
                        and not screen._busy)
    return {"open": open_s, "total": total, "keystrokes": keystrokes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/tracker-tui-bench-100k.db"))
    ap.add_argument("--write-docs", action="store_true", help=f"record the figures in {DOCS}")
    ap.add_argument("--json", type=Path, help="also write every run's keystrokes to this file "
                    "(seconds; benchmarks/issue12.py reads it)")
    ap.add_argument("--as-of", type=dt.date.fromisoformat, action="append", default=[],
                    help="also type the words with the list as of this date (repeatable)")
    args = ap.parse_args()
    t = time.perf_counter()
    url = build(args.db, args.n)
    print(f"database: {args.db} ({args.n:,} commitments, ready in "
          f"{time.perf_counter() - t:.1f} s)")
    words = ["Joint", "dialogue", "JWG", "zzz", "q"]
    days = [None, *args.as_of]
    runs = [asyncio.run(measure(url, words, day)) for day in days for _ in range(3)]
    opens = [float(r["open"]) for r in runs]  # type: ignore[arg-type]
    keys = [k for r in runs for k in r["keystrokes"]]  # type: ignore[attr-defined]
    walls = [k[1] * 1000 for k in keys]
    inner = [k[2] * 1000 for k in keys]
    lines = [
        (f"commitments: {args.n:,}; rows in the table at a time: one page; as of "
        f"{', '.join(['today', *(d.isoformat() for d in args.as_of)])} (3 runs each)"),
        (f"open to first page: median {statistics.median(opens):.2f} s "
        f"(runs: {', '.join(f'{o:.2f}' for o in opens)})"),
        (f"filter keystroke, key press to new page shown (Pilot wall time): "
        f"median {statistics.median(walls):.0f} ms, p90 "
        f"{sorted(walls)[int(len(walls) * 0.9)]:.0f} ms, max {max(walls):.0f} ms "
        f"({len(walls)} keystrokes)"),
        (f"filter keystroke, key event to the frame drawn with the new page (in-app): median "
        f"{statistics.median(inner):.0f} ms, p90 {sorted(inner)[int(len(inner) * 0.9)]:.0f} ms, "
        f"max {max(inner):.0f} ms"),
    ]
    per_key = "\n".join(f"| `{typed}` | {wall * 1000:.0f} | {inn * 1000:.0f} | {n} |"
                        for typed, wall, inn, n in runs[-1]["keystrokes"])  # type: ignore[union-attr]
    if args.json:
        args.json.write_text(json.dumps({
            "n": args.n, "as_of": [d.isoformat() if d else None for d in days],
            "runs": [dict(r, as_of=(d.isoformat() if d else None))
                     for r, d in zip(runs, [d for d in days for _ in range(3)])]}, indent=1))
    for line in lines:
        print(line)
    print(per_key)
    print(median_table(runs, days))
    if args.write_docs:
        write_docs(lines, per_key)


def median_table(runs: list[dict[str, object]], days: list[dt.date | None]) -> str:
    """Each keystroke's median over the 3 runs of each date: Pilot wall / in-app, ms."""
    head = " | ".join(f"{d or 'today'} wall | {d or 'today'} in-app" for d in days)
    out = [f"| filter text | {head} |", "|---|" + "---:|" * 2 * len(days)]
    per_day = [runs[i * 3:(i + 1) * 3] for i in range(len(days))]
    keys = per_day[0][0]["keystrokes"]  # type: ignore[index]
    for k, (typed, *_rest) in enumerate(keys):  # type: ignore[arg-type]
        cells = []
        for day_runs in per_day:
            at_k = [r["keystrokes"][k] for r in day_runs]  # type: ignore[index]
            cells += [f"{statistics.median(x[1] for x in at_k) * 1000:.0f}",
                      f"{statistics.median(x[2] for x in at_k) * 1000:.0f}"]
        out.append(f"| `{typed}` | " + " | ".join(cells) + " |")
    return "\n".join(out)


BEGIN, END = "<!-- benchmark:begin -->", "<!-- benchmark:end -->"


def write_docs(lines: list[str], per_key: str) -> None:
    block = "\n".join([
        BEGIN,
        (f"Measured {dt.date.today()} by `benchmarks/tui_benchmark.py` "
        f"(Python {sys.version.split()[0]}, SQLite):"),
        "",
        *[f"- {line}" for line in lines],
        "",
        "Last run, keystroke by keystroke:",
        "",
        "| filter text | key → page (Pilot), ms | key → painted frame (in-app), ms | rows on the page |",
        "|---|---:|---:|---:|",
        per_key,
        END,
    ])
    text = DOCS.read_text() if DOCS.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text += "\n" + block + "\n"
    DOCS.write_text(text)


if __name__ == "__main__":
    main()
