"""Overdue report, resolve and start-up timings against the sqlite3 shell.

Builds synthetic databases of 10k, 100k and 1M commitments (cached in
benchmarks/.work/), then, in the same run, times the whole
``tracker report overdue --format csv`` process against the same query in the
``sqlite3`` shell on the same file, ``tracker resolve`` at the largest size,
and ``tracker --help``; peak memory comes from the kernel (wait4). Writes the
figures into docs/benchmarks.md.

    .venv/bin/python benchmarks/report_benchmark.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
DOC = ROOT / "docs" / "benchmarks.md"
BIN = Path(sys.executable).with_name("tracker")
TIME = "/usr/bin/time"  # GNU time, for peak memory

sys.path.insert(0, str(HERE))
from synth import build


def run(argv: list[str], stdin: str | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one process, output discarded.

    GNU time reports the peak of the command itself (a parent's rusage would
    count the fork of this Python process too)."""
    with tempfile.TemporaryFile() as inp, tempfile.NamedTemporaryFile("r") as stats, \
            open(os.devnull, "wb") as devnull:
        if stdin is not None:
            inp.write(stdin.encode())
            inp.seek(0)
        start = time.perf_counter()
        proc = subprocess.run([TIME, "-f", "%M", "-o", stats.name, *argv], stdin=inp,
                              stdout=devnull, stderr=subprocess.PIPE, check=False)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{argv[0]} failed: {proc.stderr.decode().strip()}")
        peak = int(stats.read().strip().splitlines()[-1])
    return elapsed, peak


def best_of(n: int, argv: list[str], stdin: str | None = None) -> tuple[float, int]:
    runs = [run(argv, stdin) for _ in range(n)]
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def shell_script(as_of: dt.date, *, identical: bool) -> str:
    """The report's query for the sqlite3 shell.

    identical: the very statement tracker runs (each row a CSV line built by
    SQLite), printed in list mode. Otherwise the row form of the query, with
    the shell's own CSV mode doing the formatting."""
    from tracker.store._overdue_sql import OVERDUE

    sql, params = OVERDUE[(False, "csv" if identical else "rows")]
    params = dict(params, as_of=as_of.isoformat(), as_of_s=as_of.isoformat())
    lines = [".mode list" if identical else ".mode csv", ".param init"]
    # Bound through the parameter table itself, not `.param set` (whose value
    # the shell re-parses: a value holding a double quote became NULL).
    for k, v in params.items():
        lines.append("INSERT INTO temp.sqlite_parameters(key, value) "
                     f"VALUES ({_sql_literal(':' + k)}, {_sql_literal(v)});")
    lines.append(" ".join(sql.split()) + ";")
    return "\n".join(lines) + "\n"


def _sql_literal(v: object) -> str:
    """An SQL literal: text single-quoted (quotes doubled), numbers as they are."""
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def count_rows(path: Path, as_of: dt.date) -> int:
    from tracker.store._overdue_sql import OVERDUE

    sql, params = OVERDUE[(False, "rows")]
    params = dict(params, as_of=as_of.isoformat(), as_of_s=as_of.isoformat())
    with sqlite3.connect(path) as conn:
        return sum(1 for _ in conn.execute(sql, params))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-docs", action="store_true", help="print only")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if not shutil.which("sqlite3"):
        raise SystemExit("the sqlite3 shell is needed (apt-get install sqlite3)")
    if not Path(TIME).exists():
        raise SystemExit("GNU time is needed for peak memory (apt-get install time)")
    as_of = dt.date.today()
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in sizes:
        t0 = time.perf_counter()
        path = build(WORK / f"bench_{n}.db", n)
        print(f"{n:>9,} commitments: database ready in {time.perf_counter() - t0:.1f} s",
              flush=True)
        url = f"sqlite:///{path}"
        overdue = count_rows(path, as_of)
        t_tr, m_tr = best_of(args.repeat, [str(BIN), "--db", url, "report", "overdue",
                                           "--format", "csv"])
        t_sh, m_sh = best_of(args.repeat, ["sqlite3", str(path)],
                             stdin=shell_script(as_of, identical=True))
        t_csv, _ = best_of(args.repeat, ["sqlite3", str(path)],
                           stdin=shell_script(as_of, identical=False))
        rows.append((n, overdue, t_tr, t_sh, t_csv, m_tr, m_sh))
        print(f"    report csv: tracker {t_tr:.3f} s ({m_tr / 1024:.0f} MiB); sqlite3 shell, "
              f"same statement {t_sh:.3f} s ({m_sh / 1024:.0f} MiB): {t_tr / t_sh:.2f}x; "
              f"shell's own CSV mode on the row query {t_csv:.3f} s: {t_tr / t_csv:.2f}x; "
              f"{overdue:,} rows", flush=True)
    largest = WORK / f"bench_{max(sizes)}.db"
    with sqlite3.connect(largest) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM commitments WHERE status = 'open' ORDER BY id DESC LIMIT ?",
            (args.repeat * 2,))]
    resolve_times = [run([str(BIN), "--db", f"sqlite:///{largest}", "resolve", str(i),
                          "--note", "benchmark", "--by", "bench"])[0] for i in ids]
    t_resolve = statistics.median(resolve_times)
    t_help = statistics.median(run([str(BIN), "--help"])[0] for _ in range(7))
    print(f"    resolve at {max(sizes):,}: {t_resolve:.3f} s; tracker --help: {t_help:.3f} s")
    if not args.no_docs:
        write_doc(rows, max(sizes), t_resolve, t_help)
        print(f"wrote {DOC.relative_to(ROOT)}")


def write_doc(rows: list[tuple], largest: int, t_resolve: float, t_help: float) -> None:  # type: ignore[type-arg]
    lines = [
        "# Benchmarks",
        "",
        "Reproduce with `.venv/bin/python benchmarks/report_benchmark.py` (databases are",
        "cached in `benchmarks/.work/`; the 1M build takes about a minute). Figures below",
        (f"were measured on {dt.date.today().isoformat()} on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; median of runs."),
        "",
        "## `tracker report overdue --format csv` against the sqlite3 shell",
        "",
        "The whole process (start-up, schema check, query, CSV out) against the same",
        "query in the `sqlite3` shell on the same file, in the same run. *Same statement*:",
        "the shell runs the very SQL tracker runs (SQLite builds each CSV line), printing",
        "it as is. *Shell CSV mode*: for comparison, the row form of the query with the",
        "shell's own `.mode csv` doing the formatting. Peak memory is the kernel's maximum",
        "resident set size (GNU time).",
        "",
        ("| commitments | overdue rows | tracker | shell, same statement | ratio | "
        "shell CSV mode | ratio | tracker peak RSS | shell peak RSS |"),
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, overdue, t_tr, t_sh, t_csv, m_tr, m_sh in rows:
        lines.append(f"| {n:,} | {overdue:,} | {t_tr:.3f} s | {t_sh:.3f} s | "
                     f"{t_tr / t_sh:.2f}x | {t_csv:.3f} s | {t_tr / t_csv:.2f}x | "
                     f"{m_tr / 1024:.0f} MiB | {m_sh / 1024:.0f} MiB |")
    lines += [
        "",
        "Targets: at most 2x the shell at 100k and 1M; memory flat (rows are streamed",
        "from the cursor, a batch at a time, never collected). At 10k the fixed start-up",
        "of Python and Click (about 0.1 s) dominates. The rise in tracker's peak memory",
        "from 10k to 1M is SQLite's page cache, which tracker sets to at most 64 MiB for",
        "reads: bounded whatever the size, while the rows themselves are never held.",
        "",
        "## Other commands",
        "",
        "| what | time | target |",
        "|---|---:|---:|",
        (f"| `tracker resolve ID --note …` at {largest:,} commitments | {t_resolve:.3f} s | "
        "≤ 0.5 s |"),
        f"| `tracker --help` | {t_help:.3f} s | ≤ 0.15 s |",
        "",
        "How: on an embedded SQLite database already at the newest schema, the report and",
        "plain status changes take the lean path (`tracker/store/lean.py`): the standard",
        "library's sqlite3, no SQLAlchemy import (which alone costs about 0.45 s here).",
        "The report's SQL is generated from the SQLAlchemy query and tests check that",
        "both paths return the same rows. The CSV lines are formatted by SQLite itself.",
        "",
    ]
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
