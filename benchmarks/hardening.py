#!/usr/bin/env python
"""Issue 13's "Done when" items at full scale: tried / failed / lost per item.

    .venv/bin/python benchmarks/hardening.py [--quick] [--only NAME ...] [--json]

Items (full scale; --quick in brackets):

* review_race     — 200 [20] simultaneous confirm/reject pairs of one suggestion,
                    two threads with their own engines, SQLite and PostgreSQL:
                    failed = a pair not exactly one success + one conflict, or
                    evidence and status disagreeing; lost = a pair whose review
                    is missing from history.
* kill_setup      — SIGKILL after every [every 20th] SQL statement of the
                    first-time setup of a new SQLite file and of `db upgrade`
                    of a filled file from the first revision; the next command
                    must open it at head with its rows (lost = rows missing).
* overlap_ingest  — two `tracker ingest` processes at once on overlapping
                    folders of 400 + 400 documents (600 [60] distinct), SQLite
                    and PostgreSQL: failed = a non-zero exit or a stored count
                    other than 600; lost = documents not stored.
* locked          — analysts' `note` and `status` commands in a loop while one
                    `tracker ingest` stores 2,000 [200] documents (SQLite):
                    failed = commands that failed ("database is locked" counted).
* hostile         — the hostile-input tests (tests/test_hostile_documents.py,
                    test_cli_robustness.py, test_schema_safety.py) on SQLite
                    and PostgreSQL: each test case a try.
* outputs         — the output tests: Markdown parsed, HTML in headless
                    Chromium, terminal escapes, TUI markup, CSV.
* big_docs        — a 10 MB one-line document and a 100 MB document [1 MB,
                    100 MB]: each must be refused or stored in under 30 s;
                    wall time and peak RSS reported.
* properties      — the Hypothesis properties at 10,000 [500] examples each.

PostgreSQL items use TRACKER_TEST_PG_URL (a scratch database: its public schema
is dropped) and are skipped without it. Items driven through pytest report
its counts (a try per test case)."""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]
ENV = dict(os.environ, TRACKER_TODAY="2026-11-22")
PG = os.environ.get("TRACKER_TEST_PG_URL")

Result = dict[str, Any]


def _tracker(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PY, "-m", "tracker", "--db", url, *args], capture_output=True,
                          text=True, env=ENV, timeout=600, check=False)


def _fresh_pg() -> str | None:
    if not PG:
        return None
    from sqlalchemy import text

    from tracker.store.db import make_engine

    engine = make_engine(PG)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return PG


def _databases(tmp: Path, name: str) -> list[tuple[str, str]]:
    out = [("sqlite", f"sqlite:///{tmp / (name + '.db')}")]
    pg = _fresh_pg()
    if pg:
        out.append(("postgresql", pg))
    return out


# --- items --------------------------------------------------------------------


def review_race(quick: bool, tmp: Path) -> list[Result]:
    from sqlalchemy import select

    from test_concurrency import _race, _suggestions
    from tracker.lifecycle.services import confirm_evidence, reject_evidence
    from tracker.store.db import Database
    from tracker.store.models import Commitment, Evidence, HistoryEntry

    n = 20 if quick else 200
    rows = []
    for kind, url in _databases(tmp, "race"):
        db = Database(url, upgrade_existing=True)
        try:
            ids = _suggestions(db, n)
            t = time.perf_counter()
            a, b = _race(url, ids, (confirm_evidence, reject_evidence))
            wall = time.perf_counter() - t
            failed = lost = 0
            outcomes = {"confirmed": 0, "rejected": 0}
            with db.session() as s:
                for eid, x, y in zip(ids, a, b, strict=True):
                    ev = s.get(Evidence, eid)
                    assert ev is not None
                    c = s.get(Commitment, ev.commitment_id)
                    assert c is not None
                    reviews = s.scalars(select(HistoryEntry).where(
                        HistoryEntry.evidence_id == eid)).all()
                    agree = (ev.review, c.status) in {("confirmed", "fulfilled"),
                                                      ("rejected", "open")}
                    if sorted((x, y)) != ["conflict", "ok"] or not agree or len(reviews) != 1:
                        failed += 1
                    if not reviews:
                        lost += 1
                    outcomes[ev.review] = outcomes.get(ev.review, 0) + 1
        finally:
            db.dispose()
        rows.append({"item": "review_race", "db": kind, "tried": n, "failed": failed,
                     "lost": lost, "note": f"{outcomes['confirmed']} confirmed, "
                     f"{outcomes['rejected']} rejected, {wall:.1f} s"})
    return rows


def kill_setup(quick: bool, tmp: Path) -> list[Result]:
    from test_kill_setup import kill_every_step

    rows = []
    for mode in ("setup", "upgrade"):
        t = time.perf_counter()
        every = 20 if quick else 1
        out = kill_every_step(tmp / mode, mode, every,
                              progress=lambda line: print(line, file=sys.stderr, flush=True))
        rows.append({"item": f"kill_{mode}", "db": "sqlite", "tried": out.tried,
                     "failed": len(out.failed), "lost": out.lost,
                     "note": (f"killed after each of statements 1–{out.steps}; the "
                              f"{out.steps + 1}th was the last" if every == 1 else
                              f"every {every}th statement, up to {out.steps}") + "; "
                             f"{time.perf_counter() - t:.0f} s"
                             f"{time.perf_counter() - t:.0f} s"
                             + (f"; first failure: {out.failed[0]}" if out.failed else "")})
    return rows


def _docs(folder: Path, ids: range) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    things = ["water review", "port agreement", "rail study", "grain report", "health fund"]
    for i in ids:
        (folder / f"doc-{i:04d}.md").write_text(
            f"---\ndate: 2024-0{1 + i % 9}-1{i % 10}\n---\n"
            f"The ministers agreed to publish the {things[i % 5]} number {i} by March 2025. "
            f"The council pledged to fund programme {i} before the end of 2025.\n",
            encoding="utf-8")


def overlap_ingest(quick: bool, tmp: Path) -> list[Result]:
    from sqlalchemy import func, select

    from tracker.store.db import Database
    from tracker.store.models import Source

    n = 60 if quick else 600
    a, b = tmp / "overlap" / "a", tmp / "overlap" / "b"
    _docs(a, range(2 * n // 3))
    _docs(b, range(n // 3, n))
    rows = []
    for kind, url in _databases(tmp, "overlap"):
        Database(url, upgrade_existing=True).dispose()
        t = time.perf_counter()
        procs = [subprocess.Popen([PY, "-m", "tracker", "--db", url, "ingest", str(f),
                                   "--no-link"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=ENV) for f in (a, b)]
        outs = [p.communicate(timeout=3600) for p in procs]
        wall = time.perf_counter() - t
        db = Database(url)
        try:
            with db.session() as s:
                stored = s.scalar(select(func.count()).select_from(Source)) or 0
                distinct = s.scalar(select(func.count(func.distinct(Source.content_hash))))
        finally:
            db.dispose()
        errors = sum(1 for p in procs if p.returncode != 0)
        text = "".join(o[0] for o in outs)
        rows.append({"item": "overlap_ingest", "db": kind, "tried": n,
                     "failed": errors + (stored != n) + (distinct != stored),
                     "lost": max(0, n - stored),
                     "note": f"{stored} stored, {text.count(': stored as source')} 'stored' + "
                             f"{text.count(': already stored')} 'already stored' lines, "
                             f"exits {[p.returncode for p in procs]}, {wall:.0f} s"})
    return rows


def locked(quick: bool, tmp: Path) -> list[Result]:
    n = 200 if quick else 2000
    folder = tmp / "locked-docs"
    _docs(folder, range(n))
    url = f"sqlite:///{tmp / 'locked.db'}"
    r = _tracker(url, "add", "--quote", "The sides will meet by June.", "--subject", "meeting",
                 "--made-on", "2024-01-10", "--due-end", "2024-06-30")
    assert r.returncode == 0, r.stderr
    ingest = subprocess.Popen([PY, "-m", "tracker", "--db", url, "ingest", str(folder)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env=ENV)
    tried = failed = locked_ = 0
    other: list[str] = []
    waits: list[float] = []  # each analyst command's wall time, start to exit
    statuses = ["open", "in_progress"]
    t = time.perf_counter()
    rounds = 0
    while ingest.poll() is None:
        rounds += 1
        for args in (["note", "1", f"call {rounds}"], ["status", "1", statuses[rounds % 2]]):
            t0 = time.perf_counter()
            r = _tracker(url, *args)
            waits.append(time.perf_counter() - t0)
            tried += 1
            if r.returncode != 0:
                failed += 1
                if "database is locked" in r.stderr:
                    locked_ += 1
                else:
                    other.append(r.stderr.strip()[-120:])
    wall = time.perf_counter() - t
    ingest_err = ingest.stderr.read() if ingest.stderr else ""
    return [{"item": "locked", "db": "sqlite", "tried": tried, "failed": failed, "lost": 0,
             "note": f"{locked_} 'database is locked'; ingest of {n} exit {ingest.returncode} "
                     f"in {wall:.0f} s; analyst commands: median "
                     f"{statistics.median(waits or [0]):.1f} s, longest {max(waits or [0]):.1f} s"
                     + (f"; other: {other[0]}" if other else "")
                     + (f"; ingest: {ingest_err.strip()[-120:]}" if ingest.returncode else "")}]


def _pytest(item: str, files: list[str], extra_env: dict[str, str] | None = None,
            tmp: Path | None = None) -> list[Result]:
    assert tmp is not None
    report = tmp / f"{item}.xml"
    env = dict(ENV, **(extra_env or {}))
    t = time.perf_counter()
    subprocess.run([PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
                    f"--junitxml={report}", *files], cwd=ROOT, env=env, capture_output=True,
                   text=True, timeout=7200, check=False)
    wall = time.perf_counter() - t
    cases = list(ET.parse(report).getroot().iter("testcase"))
    failed = [c for c in cases if c.find("failure") is not None or c.find("error") is not None]
    skipped = [c for c in cases if c.find("skipped") is not None]
    note = f"{len(skipped)} skipped, {wall:.0f} s"
    if failed:
        note += "; failed: " + ", ".join(c.get("name", "?") for c in failed[:3])
    return [{"item": item, "db": "both" if PG else "sqlite", "tried": len(cases) - len(skipped),
             "failed": len(failed), "lost": 0, "note": note}]


def hostile(quick: bool, tmp: Path) -> list[Result]:
    return _pytest("hostile", ["tests/test_hostile_documents.py", "tests/test_cli_robustness.py",
                               "tests/test_schema_safety.py"], tmp=tmp)


def outputs(quick: bool, tmp: Path) -> list[Result]:
    return _pytest("outputs", ["tests/test_output_injection.py", "tests/test_safe_output.py",
                               "tests/tui/test_toasts.py",
                               ("tests/test_scorecard.py::test_briefing_runs_no_script_and_"
                                "loads_nothing_in_chromium")],
                   {"TRACKER_REQUIRE_CHROMIUM": "1"}, tmp=tmp)


def properties(quick: bool, tmp: Path) -> list[Result]:
    n = "500" if quick else "10000"
    rows = _pytest("properties", ["tests/test_properties.py"],
                   {"TRACKER_HYPOTHESIS_EXAMPLES": n}, tmp=tmp)
    rows[0]["note"] = f"{n} examples each; " + rows[0]["note"]
    rows[0]["db"] = "-"
    return rows


def big_docs(quick: bool, tmp: Path) -> list[Result]:
    import pathological as p

    cases = [(f"one line, {1 if quick else 10} MB", p.CLAUSE, (1 if quick else 10) * 1_000_000,
              False), ("100 MB, many lines", p.CLAUSE, 100_000_000, True)]
    rows = []
    for name, unit, size, lines in cases:
        path = tmp / f"big-{size}.md"
        p.write(path, unit, size - 100, lines=lines)
        t = time.perf_counter()
        line = p.run(path, tmp / f"big-{size}.db", dict(ENV))
        wall = time.perf_counter() - t
        path.unlink()
        ok = wall < 30 and re.search(r"exit [01],", line) is not None
        rows.append({"item": "big_docs", "db": "sqlite", "tried": 1, "failed": int(not ok),
                     "lost": 0, "note": f"{name}: {line}"})
    return rows


ITEMS: dict[str, Callable[[bool, Path], list[Result]]] = {
    "review_race": review_race, "kill_setup": kill_setup, "overlap_ingest": overlap_ingest,
    "locked": locked, "hostile": hostile, "outputs": outputs, "big_docs": big_docs,
    "properties": properties,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small counts (minutes, not an hour)")
    ap.add_argument("--only", action="append", choices=sorted(ITEMS), metavar="NAME",
                    help=f"run only this item (repeatable): {', '.join(ITEMS)}")
    ap.add_argument("--json", action="store_true", help="one JSON object per line")
    args = ap.parse_args(argv)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or list(ITEMS):
            work = Path(tmp) / name
            work.mkdir()
            try:
                rows = ITEMS[name](args.quick, work)
            except Exception as exc:  # noqa: BLE001 - reported as the item's failure
                rows = [{"item": name, "db": "-", "tried": 0, "failed": 1, "lost": 0,
                         "note": f"harness error: {type(exc).__name__}: {exc}"}]
            for row in rows:
                bad += row["failed"] + row["lost"]
                if args.json:
                    print(json.dumps(row), flush=True)
                else:
                    print(f"{row['item']:<15} {row['db']:<10} tried {row['tried']:>5}  "
                          f"failed {row['failed']:>3}  lost {row['lost']:>3}  {row['note']}",
                          flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    threading.stack_size(0)
    sys.exit(main())
