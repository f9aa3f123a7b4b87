#!/usr/bin/env python
"""Issue 12's benchmark in one command: every "Done when" target, paired in one run.

    .venv/bin/python benchmarks/issue12.py [--quick] [--no-docs] [--keep-pg] [--steps A,B]

Runs the existing scripts one after the other, each in a process of its own and each
pairing its own runs (this script measures nothing itself), then prints one table
(target, the figure measured, the limit, met / not met) and writes it into
docs/benchmarks.md between its own markers (``issue12``; ``--quick``: ``issue12-quick``).

Steps (full sizes; ``--quick`` in brackets, the same plan in a few minutes, a check of
the command and not the issue's figures):

* ``devcorpus`` — ``devcorpus.py``: link F1 on ../shared/devcorpus, end to end and with
  the gold commitments (oracle), against the figures docs/accuracy.md records
  (``link-f1-e2e``, ``link-f1-oracle``): unchanged or better;
* ``digest`` — ``link_digest.py --devcorpus``: SHA-1 of what linking stores (recorded);
* ``ingest`` — ``ingest_scale.py``: per document with and without linking at 100 / 1,000
  / 5,000 / 20,000 [100 / 300] stored, 3 [2] rounds of paired halves, 61 [21] readouts
  a half; one new document into the largest store (new process, median of 3). Stores
  filled with linking once and kept in benchmarks/.work/ingest_stores[_quick];
* ``tui`` — ``tui_benchmark.py``: every filter keystroke at 1,000,000 [10,000]
  commitments, key to painted frame, 3 runs as of today and 3 as of 2020-06-30;
* ``scale-small`` — ``scale_benchmark.py``: ``report overdue`` csv / json / table against
  the sqlite3 shell's csv / json / list mode at 100,000 [1,000], 3 paired rounds;
* ``scale-sqlite``, ``scale-pg`` — ``scale_benchmark.py`` at 1,000,000 [10,000] on SQLite
  and on PostgreSQL: ``list --overdue``, ``export`` (with history), the overdue report
  (3 rounds paired with the sqlite3 shell / ``psql \\copy``), follow-up and scorecard (one
  run each), time and peak RSS. PostgreSQL at ``$TRACKER_BENCH_PG`` (as
  ``scale_benchmark.py``); where it is unreachable its rows say "skipped: <reason>".

The commitment stores (``synth.py``, with history) are cached in benchmarks/.work, the
PostgreSQL copies dropped at the end unless ``--keep-pg``. Each step's output is kept in
benchmarks/.work/issue12/<full|quick>/ (``summary.json``: the table as data).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
DOC = ROOT / "docs" / "benchmarks.md"
ACCURACY = ROOT / "docs" / "accuracy.md"
PY = sys.executable
PG_ADMIN = os.environ.get("TRACKER_BENCH_PG", "postgresql://postgres@127.0.0.1:5432")

# scale_benchmark.py's command labels (kept in step by a test)
LIST, EXPORT = "list --overdue --format csv", "export (with history)"
OVERDUE = {fmt: f"report overdue --format {fmt}" for fmt in ("csv", "json", "table")}
FOLLOW_UP, SCORECARD = "report follow-up", "report scorecard"
STREAMED = (LIST, EXPORT, *OVERDUE.values(), FOLLOW_UP, SCORECARD)
SHELL_MODE = {"csv": "csv", "json": "json", "table": "list"}  # the anchor of each format
BACKEND = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


@dataclass(frozen=True)
class Plan:
    name: str
    ingest_sizes: tuple[int, ...]  # the first is the "100 stored", the last its 20,000
    sample: int  # readouts a half, in batches of 10
    ingest_rounds: int
    small: int  # the 100,000 commitments
    large: int  # the 1,000,000
    repeat: int  # paired rounds of each overdue report against its anchor
    slow_repeat: int  # runs of list, export, follow-up, scorecard
    as_of: str  # the TUI's past date (besides today)


FULL = Plan("full", (100, 1_000, 5_000, 20_000), 61, 3, 100_000, 1_000_000, 3, 1, "2020-06-30")
QUICK = Plan("quick", (100, 300), 21, 2, 1_000, 10_000, 3, 1, "2020-06-30")
STEPS = ("devcorpus", "digest", "ingest", "tui", "scale-small", "scale-sqlite", "scale-pg")


# --- the target table ---------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    target: str
    measured: str
    limit: str
    status: str  # "met", "not met", "skipped: ...", "failed: ...", "not run: ...", "–" (a record)


OPS = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def verdict(value: float, op: str, limit: float, digits: int) -> str:
    """"met" or "not met", the value taken as shown (rounded to ``digits``): a figure
    printed 1.50x against "at most 1.5x" is met."""
    return "met" if OPS[op](round(value, digits), limit) else "not met"


def _n(n: int) -> str:
    return f"{n:,}"


def ingest_rows(data: dict[str, Any] | None, plan: Plan, why: str) -> list[Row]:
    """The three ingest targets from ``ingest_scale.py --out``'s JSON (``why``: the status
    of the rows when there is no data)."""
    first, last = plan.ingest_sizes[0], plan.ingest_sizes[-1]
    targets = [
        (f"ingest with linking / without, at {_n(last)} stored", "at most 2x"),
        (f"ingest with linking, {_n(last)} stored / {_n(first)} stored, per document",
         "at most 1.5x"),
        (f"one new document into {_n(last)} stored (new process, with linking)", "under 2 s"),
        ("ingest per document, with / without linking, at "
         + " / ".join(_n(s) for s in plan.ingest_sizes) + " stored", "–"),
    ]
    per = {r["stored"]: r for r in (data or {}).get("per_doc", [])}
    if not data or first not in per or last not in per:
        return [Row(t, "–", lim, why) for t, lim in targets]
    big, low, one = per[last], per[first], data["one"]
    rounds = ", ".join(f"{r:.2f}" for r in big.get("round_ratios", []))
    growth = big["link_ms"] / low["link_ms"]
    return [
        Row(targets[0][0], f"{big['round_ratio']:.2f}x ({big['link_ms']} / {big['no_link_ms']} "
            f"ms a document; median of the rounds' ratios {rounds})", targets[0][1],
            verdict(big["round_ratio"], "<=", 2.0, 2)),
        Row(targets[1][0], f"{growth:.2f}x ({big['link_ms']} / {low['link_ms']} ms)",
            targets[1][1], verdict(growth, "<=", 1.5, 2)),
        Row(targets[2][0], f"{one['one_link_s']:.2f} s (without linking {one['one_no_link_s']:.2f}"
            f" s; `tracker --help` {one['help_s']:.2f} s)", targets[2][1],
            verdict(one["one_link_s"], "<", 2.0, 2)),
        Row(targets[3][0], ", ".join(f"{per[s]['link_ms']} / {per[s]['no_link_ms']}"
                                     for s in plan.ingest_sizes if s in per) + " ms",
            "–", "–"),
    ]


def scale_rows(rows: list[dict[str, Any]], plan: Plan, why: dict[str, str]) -> list[Row]:
    """Memory and the overdue report's ratios from ``scale_benchmark.py --json``'s rows
    (peak in KiB). ``why``: the status of a missing row, by backend (``small`` for the
    run at the small size)."""
    got = {(r["backend"], r["n"], r["what"]): r for r in rows}
    out = []
    for backend in ("sqlite", "postgresql"):
        for what in STREAMED:
            r = got.get((backend, plan.large, what))
            target = f"peak RSS, `{what}` at {_n(plan.large)}, {BACKEND[backend]}"
            if r is None:
                out.append(Row(target, "–", "under 200 MiB", why[backend]))
                continue
            mib = r["peak"] / 1024
            out.append(Row(target, f"{mib:.0f} MiB ({r['time']:.1f} s)", "under 200 MiB",
                           verdict(mib, "<", 200, 0)))
    for backend, n, key in (("sqlite", plan.small, "small"), ("sqlite", plan.large, "sqlite"),
                            ("postgresql", plan.large, "postgresql")):
        for fmt, what in OVERDUE.items():
            anchor = (f"the sqlite3 shell's {SHELL_MODE[fmt]} mode" if backend == "sqlite"
                      else "`psql \\copy` (csv)")
            target = f"`{what}` / {anchor}, {_n(n)}, {BACKEND[backend]}"
            r = got.get((backend, n, what))
            if r is None or not r.get("paired_ratio"):
                out.append(Row(target, "–", "at most 2x", why[key]))
                continue
            out.append(Row(target, f"{r['paired_ratio']:.2f}x ({r['time']:.2f} s / "
                           f"{r['anchor']:.2f} s; median of {r['runs']} paired rounds)",
                           "at most 2x", verdict(r["paired_ratio"], "<=", 2.0, 2)))
    return out


def tui_rows(data: dict[str, Any] | None, plan: Plan, why: str) -> list[Row]:
    """The TUI target from ``tui_benchmark.py --json``: every keystroke's key event to the
    frame drawn with the new page (in-app), all runs and dates."""
    target = (f"TUI filter keystroke at {_n(plan.large)}, key to painted frame, as of today "
              f"and {plan.as_of}, every keystroke")
    if not data or not data.get("runs"):
        return [Row(target, "–", "within 150 ms", why)]
    ms = sorted(k[2] * 1000 for r in data["runs"] for k in r["keystrokes"])
    worst = max((k[2] * 1000, k[0], r.get("as_of") or "today")
                for r in data["runs"] for k in r["keystrokes"])
    p90 = ms[int(len(ms) * 0.9)]
    return [Row(target, f"max {worst[0]:.0f} ms (`{worst[1]}`, as of {worst[2]}); median "
                f"{statistics.median(ms):.0f}, p90 {p90:.0f}; {len(ms)} keystrokes, "
                f"{len(data['runs'])} runs", "within 150 ms", verdict(worst[0], "<=", 150, 0))]


def documented_f1(text: str) -> dict[str, str]:
    """The figures docs/accuracy.md records for the regression check ("link-f1-e2e: 0.92")."""
    return dict(re.findall(r"^(link-f1-(?:e2e|oracle)): ([0-9.]+)$", text, re.MULTILINE))


def devcorpus_rows(data: dict[str, Any] | None, documented: dict[str, str],
                   why: str) -> list[Row]:
    """Link F1 from ``devcorpus.py --json`` against the documented figures: unchanged or
    better, compared at the documented precision."""
    out = []
    for part, key, name in (("e2e", "link-f1-e2e", "end to end (`score.py --part link`)"),
                            ("oracle", "link-f1-oracle", "oracle (gold commitments)")):
        want = documented.get(key)
        target = f"dev corpus link F1, {name}"
        limit = f"at least {want} (docs/accuracy.md)" if want else "–"
        figures = ((data or {}).get("linking") or {}).get(part, {}).get("all")
        if figures is None or want is None:
            out.append(Row(target, "–", limit, why if figures is None
                           else "failed: docs/accuracy.md has no " + key))
            continue
        found = f"{figures['tp']} of {figures['tp'] + figures['fn']}, {figures['fp']} wrong"
        miss = ((data or {}).get("linking") or {}).get(f"{part}-miss", {}).get("all")
        if miss:
            found += (f"; misses {miss['tp']} of {miss['tp'] + miss['fn']}, "
                      f"{miss['fp']} wrong")
        digits = len(want.split(".")[1]) if "." in want else 0
        out.append(Row(target, f"{figures['f1']:.3f} ({found})", limit,
                       verdict(figures["f1"], ">=", float(want), digits)))
    return out


def digest_rows(text: str | None, why: str) -> list[Row]:
    """What linking stores from the dev corpus (``link_digest.py --devcorpus``'s lines),
    recorded for a later run to compare."""
    target = "dev corpus: what linking stores (`link_digest.py --devcorpus`, SHA-1)"
    ev = re.search(r"evidence: (\d+) rows, ([0-9a-f]{40})", text or "")
    sg = re.search(r"suggest \(whole corpus\): (\d+) suggestions, ([0-9a-f]{40})", text or "")
    if not ev or not sg:
        return [Row(target, "–", "–", why)]
    return [Row(target, f"{ev[1]} evidence rows {ev[2][:12]}…, {sg[1]} suggestions "
                f"{sg[2][:12]}…", "–", "–")]


def table(rows: list[Row]) -> str:
    lines = ["| target | measured | limit | status |", "|---|---|---|---|"]
    lines += [f"| {r.target} | {r.measured} | {r.limit} | "
              f"{'**' + r.status + '**' if r.status == 'not met' else r.status} |" for r in rows]
    return "\n".join(lines)


def tally(rows: list[Row]) -> str:
    counts: dict[str, int] = {}
    for r in rows:
        if r.status != "–":
            key = r.status.split(":", 1)[0]
            counts[key] = counts.get(key, 0) + 1
    order = ("met", "not met", "skipped", "failed", "not run")
    return ", ".join(f"{counts[k]} {k}" for k in order if k in counts)


# --- running the scripts ------------------------------------------------------------------

def pg_unreachable() -> str | None:
    """Why PostgreSQL cannot be measured, or None."""
    where = urlsplit(PG_ADMIN)
    at = f"{where.hostname}:{where.port or 5432}"
    if shutil.which("psql") is None:
        return "no `psql` on PATH (the anchor)"
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        with psycopg.connect(f"{PG_ADMIN}/postgres", connect_timeout=5):
            pass
    except Exception as exc:  # noqa: BLE001 - any failure to connect is a reason to skip
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return f"PostgreSQL unreachable at {at} ({first[:120]})"
    return None


def run_step(name: str, argv: list[str], log: Path) -> tuple[str | None, str]:
    """Run one script, its output shown and kept in ``log``: (None, output) when it
    succeeded, else ("failed: <its last line>", output)."""
    print(f"\n== {name}: {' '.join(Path(a).name if a == PY else a for a in argv)}",
          flush=True)
    t = time.perf_counter()
    lines = []
    with subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, bufsize=1) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write("   " + line)
            sys.stdout.flush()
            lines.append(line)
    text = "".join(lines)
    log.write_text(text, encoding="utf-8")
    print(f"== {name}: {time.perf_counter() - t:.0f} s, exit {proc.returncode}, load "
          f"{os.getloadavg()[0]:.1f}", flush=True)
    if proc.returncode != 0:
        last = next((ln.strip() for ln in reversed(lines) if ln.strip()), "no output")
        return f"failed: {last[:160]} (exit {proc.returncode}, {log.name})", text
    return None, text


def _read(path: Path) -> Any:
    return json.loads(path.read_text()) if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="the same plan at small sizes: a check of the command, in minutes")
    ap.add_argument("--steps", default=",".join(STEPS),
                    help=f"run only these (comma-separated of {', '.join(STEPS)})")
    ap.add_argument("--no-docs", action="store_true", help="print only")
    ap.add_argument("--keep-pg", action="store_true", help="keep the PostgreSQL copies")
    args = ap.parse_args(argv)
    plan = QUICK if args.quick else FULL
    steps = [s for s in args.steps.split(",") if s]
    unknown = set(steps) - set(STEPS)
    if unknown:
        ap.error(f"unknown steps: {', '.join(sorted(unknown))}")
    out = WORK / "issue12" / plan.name
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.json"):
        stale.unlink()
    started = dt.datetime.now(dt.UTC)
    t0 = time.perf_counter()
    loads = [os.getloadavg()[0]]
    status: dict[str, str] = {s: "not run: --steps" for s in STEPS if s not in steps}
    timings: dict[str, float] = {}
    bench = str(HERE)

    sys.path.insert(0, bench)
    from synth import add_history, build  # the stores every step at that size reads

    if {"tui", "scale-small", "scale-sqlite", "scale-pg"} & set(steps):
        for n in (plan.small, plan.large):
            t = time.perf_counter()
            add_history(build(WORK / f"bench_{n}.db", n))
            print(f"{n:,} commitments with history ready in {time.perf_counter() - t:.0f} s",
                  flush=True)
    pg_reason = pg_unreachable() if "scale-pg" in steps else None
    if pg_reason:
        status["scale-pg"] = f"skipped: {pg_reason}"
        print(f"PostgreSQL: skipped: {pg_reason}", flush=True)

    scale = [PY, f"{bench}/scale_benchmark.py", "--repeat", str(plan.repeat),
             "--slow-repeat", str(plan.slow_repeat)]
    if args.quick or args.no_docs:
        scale.append("--no-docs")  # its own section keeps the full sizes' figures
    if args.keep_pg:
        scale.append("--keep-pg")
    stores = WORK / ("ingest_stores" + ("_quick" if args.quick else ""))
    commands = {
        "devcorpus": [PY, f"{bench}/devcorpus.py", "--json", str(out / "devcorpus.json")],
        "digest": [PY, f"{bench}/link_digest.py", "--devcorpus"],
        "ingest": [PY, f"{bench}/ingest_scale.py",
                   "--sizes", ",".join(map(str, plan.ingest_sizes)),
                   "--sample", str(plan.sample), "--rounds", str(plan.ingest_rounds),
                   "--stores", str(stores), "--out", str(out / "ingest.json")],
        "tui": [PY, f"{bench}/tui_benchmark.py", "--n", str(plan.large),
                "--db", str(WORK / f"bench_{plan.large}.db"), "--as-of", plan.as_of,
                "--json", str(out / "tui.json")],
        "scale-small": [*scale, "--sizes", str(plan.small), "--no-pg", "--only",
                        "report overdue", "--json", str(out / "scale-small.json")],
        "scale-sqlite": [*scale, "--sizes", str(plan.large), "--no-pg",
                         "--json", str(out / "scale-sqlite.json")],
        "scale-pg": [*scale, "--sizes", str(plan.large), "--no-sqlite",
                     "--json", str(out / "scale-pg.json")],
    }
    texts: dict[str, str] = {}
    for step in STEPS:
        if step not in steps or step in status:
            continue
        t = time.perf_counter()
        failed, texts[step] = run_step(step, commands[step], out / f"{step}.log")
        timings[step] = round(time.perf_counter() - t, 1)
        loads.append(os.getloadavg()[0])
        if failed:
            status[step] = failed
        elif "SKIP:" in texts[step]:
            status[step] = "skipped: " + texts[step].split("SKIP:", 1)[1].strip().splitlines()[0]

    def why(step: str) -> str:
        return status.get(step, f"failed: no figure in {step}'s output")

    scale_data = [r for s in ("scale-small", "scale-sqlite", "scale-pg")
                  for r in (_read(out / f"{s}.json") or [])]
    rows = [
        *ingest_rows(_read(out / "ingest.json"), plan, why("ingest")),
        *scale_rows(scale_data, plan, {"small": why("scale-small"),
                                       "sqlite": why("scale-sqlite"),
                                       "postgresql": why("scale-pg")}),
        *tui_rows(_read(out / "tui.json"), plan, why("tui")),
        *devcorpus_rows(_read(out / "devcorpus.json"),
                        documented_f1(ACCURACY.read_text(encoding="utf-8")), why("devcorpus")),
        *digest_rows(texts.get("digest"), why("digest")),
    ]
    minutes = (time.perf_counter() - t0) / 60
    (out / "summary.json").write_text(json.dumps({
        "plan": asdict(plan), "started": started.isoformat(timespec="seconds"),
        "minutes": round(minutes, 1), "steps": timings, "status": status,
        "loads": loads, "rows": [asdict(r) for r in rows]}, indent=1))
    body = table(rows)
    print("\n" + body + "\n\n" + tally(rows) + f"; {minutes:.0f} min")
    if not args.no_docs:
        write_doc(block(plan, rows, started, minutes, timings, loads))
        print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


# --- docs/benchmarks.md ---------------------------------------------------------------------

def markers(quick: bool) -> tuple[str, str]:
    name = "issue12-quick" if quick else "issue12"
    return f"<!-- {name}:begin -->", f"<!-- {name}:end -->"


def _commit() -> str:
    """The commit measured; "+ changes" when src/ or benchmarks/ differ from it (the run
    itself rewrites docs/benchmarks.md, which is not the code measured)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                              text=True, check=False).stdout.strip()
    changed = git("status", "--porcelain", "--", "src", "benchmarks")
    return (git("describe", "--always") or "unknown") + (" + changes" if changed else "")


def block(plan: Plan, rows: list[Row], started: dt.datetime, minutes: float,
          timings: dict[str, float], loads: list[float]) -> str:
    quick = plan is QUICK
    begin, end = markers(quick)
    command = ".venv/bin/python benchmarks/issue12.py" + (" --quick" if quick else "")
    head = ("## Issue 12: quick check of the one-command benchmark (small sizes: NOT the "
            "issue's figures)" if quick else "## Issue 12: every target, paired in one run")
    note = (f"A check that the command runs and its table is read right, at small sizes "
            f"({_n(plan.small)} / {_n(plan.large)} commitments in place of 100,000 / "
            f"1,000,000; {' / '.join(_n(s) for s in plan.ingest_sizes)} stored documents "
            f"in place of 100 ... 20,000): the limits are the issue's, but met / not met "
            f"here says nothing about the issue's targets." if quick else
            "Issue 12's \"Done when\", each measured by its own script in this one run "
            "(the scripts' docstrings say how they pair): ingest at "
            f"{' / '.join(_n(s) for s in plan.ingest_sizes)} stored ({plan.ingest_rounds} "
            f"rounds of paired halves, {plan.sample} readouts a half), the reports "
            f"against the database's shell at {_n(plan.small)} (SQLite) and "
            f"{_n(plan.large)} (SQLite and PostgreSQL; {plan.repeat} paired rounds; list, "
            f"export, follow-up and scorecard {plan.slow_repeat} run each), the TUI at "
            f"{_n(plan.large)} (3 runs a date), link F1 on the dev corpus. The detail of "
            "each is in the sections below (the streaming table between the `scale` "
            "markers is rewritten by the same run).")
    steps = ", ".join(f"{k} {v / 60:.1f} min" for k, v in timings.items())
    return "\n".join([
        begin, head, "", f"    {command}", "", note, "",
        (f"Run {started:%Y-%m-%d %H:%M} UTC, {minutes:.0f} min ({steps}); code "
         f"{_commit()}; {platform.machine()}, {os.cpu_count()} cores, Python "
         f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}; 1-minute load "
         f"{min(loads):.1f}-{max(loads):.1f} between steps."), "",
        table(rows), "", f"{tally(rows)}.", end])


def write_doc(text: str) -> None:
    """Replace the block between its markers, or put it before the first section or
    marked block (never inside another block)."""
    doc = DOC.read_text(encoding="utf-8")
    begin, end = text.splitlines()[0], text.splitlines()[-1]
    if begin in doc and end in doc:
        head, rest = doc.split(begin, 1)
        doc = head + text + rest.split(end, 1)[1]
    else:
        m = re.search(r"^(## |<!-- )", doc, re.MULTILINE)
        at = m.start() if m else len(doc)
        doc = doc[:at] + text + "\n\n" + doc[at:]
    DOC.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
