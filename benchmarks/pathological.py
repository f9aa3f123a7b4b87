#!/usr/bin/env python
"""Pathological documents through `tracker ingest`: time and peak memory.

Cases (generated in a temporary folder; text written here, no corpus):

* one-line N KB/MB: one clause without a full stop repeated, no line break
  (a sentence the extractor must cut, dense with promises);
* one-line 10 MB of plain words (no punctuation at all, few promises);
* 100 MB in many lines: refused at read time (documents.MAX_DOCUMENT_BYTES).

Each case is a fresh `tracker --db sqlite:///… ingest FILE --no-link` in its own
process; reported: exit code, wall seconds, peak RSS of that process, and the
first line of the refusal if any.

    .venv/bin/python benchmarks/pathological.py [--sizes 0.2 1 2 10] [--budget S]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRACKER = ROOT / ".venv" / "bin" / "tracker"
CLAUSE = "the ministry will publish the review by March 2025 and the council pledged to fund clinics, "
WORDS = "committee review fund clinics ministry budget council water energy trade data "
FRONT = "---\ndate: 2024-03-01\n---\n"

RUN = """
import resource, sys, time
from tracker.cli import cli
t = time.perf_counter()
try:
    cli.main(sys.argv[1:], standalone_mode=False)
    rc = 0
except SystemExit as e:
    rc = e.code or 0
sys.stderr.write(f"@@ {rc} {time.perf_counter() - t:.2f} "
                 f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}\\n")
"""


def write(path: Path, unit: str, size: int, *, lines: bool = False) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(FRONT)
        written = 0
        chunk = unit * (65536 // len(unit))
        if lines:
            chunk = (unit.rstrip(", ") + ".\n") * (65536 // len(unit))
        while written < size:
            part = chunk[: size - written]
            f.write(part)
            written += len(part)
        f.write("\n")


def run(path: Path, db: Path, env: dict[str, str]) -> str:
    t = time.perf_counter()
    p = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", RUN,
                        "--db", f"sqlite:///{db}", "ingest", str(path), "--no-link"],
                       capture_output=True, text=True, env=env, timeout=600, check=False)
    wall = time.perf_counter() - t
    stats = [ln for ln in p.stderr.splitlines() if ln.startswith("@@ ")]
    rc, inner, rss = stats[-1].split()[1:] if stats else ("?", "?", "?")
    refused = [ln.split(": refused: ", 1)[1] for ln in p.stderr.splitlines() if ": refused: " in ln]
    stored = [ln for ln in p.stdout.splitlines() if ln.strip()]
    what = f"refused: {refused[0]}" if refused else (stored[0] if stored else p.stderr[-200:])
    return f"exit {rc}, {wall:.1f} s wall ({inner} s in the CLI), peak RSS {rss} MB — {what}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="*", type=float, default=[0.2, 1, 2, 10],
                    help="one-line document sizes in MB (default 0.2 1 2 10)")
    ap.add_argument("--no-100mb", action="store_true", help="skip the 100 MB case")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        cases: list[tuple[str, Path]] = []
        for mb in args.sizes:
            p = d / f"one-line-{mb:g}mb.md"
            write(p, CLAUSE, int(mb * 1_000_000) - 100)
            cases.append((f"one line, {mb:g} MB, a promise every {len(CLAUSE)} characters", p))
        p = d / "words-10mb.md"
        write(p, WORDS, 10_000_000 - 100)
        cases.append(("one line, 10 MB of words, no punctuation", p))
        if not args.no_100mb:
            p = d / "lines-100mb.md"
            write(p, CLAUSE, 100_000_000, lines=True)
            cases.append(("100 MB, many lines", p))
        for i, (name, path) in enumerate(cases):
            print(f"{name}: {run(path, d / f'db{i}.sqlite', env)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
