#!/usr/bin/env python
"""Throughput of tracker.extract.extract() on one core, in MB/s.

The corpus is the dev set documents plus the seeds, concatenated into one
body and repeated until it reaches --size MB; extract() runs on chunks of
about one document each (the way the CLI calls it) and on the whole body.

    .venv/bin/python benchmarks/extract_throughput.py [--size 4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tracker.extract import extract

_FRONT = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.DOTALL)


def corpus(paths: list[str] | None = None) -> list[str]:
    if paths:
        out = []
        for pattern in paths:
            for p in sorted(Path().glob(pattern) if not Path(pattern).is_absolute()
                            else Path("/").glob(pattern.lstrip("/"))):
                text = p.read_text(encoding="utf-8", errors="replace")
                m = re.search(r"<TEXT>(.*)</TEXT>", text, re.DOTALL)  # TimeML news files
                out.append(re.sub(r"<[^>]+>", "", m.group(1)) if m else _FRONT.sub("", text))
        return out
    docs = []
    for p in sorted((ROOT / "tests" / "devset" / "docs").iterdir()):
        docs.append(_FRONT.sub("", p.read_text(encoding="utf-8")))
    for p in sorted((ROOT / "seeds").iterdir()):
        docs.append(p.read_text(encoding="utf-8"))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=float, default=4.0, help="corpus size in MB (default 4)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--files", nargs="*", help="glob(s) of other documents to use instead")
    args = ap.parse_args(argv)
    base = corpus(args.files)
    base_bytes = sum(len(d.encode("utf-8")) for d in base)
    times = max(1, int(args.size * 1_000_000 / base_bytes))
    docs = base * times
    total = sum(len(d.encode("utf-8")) for d in docs)
    published = date(2024, 3, 1)
    extract(base[0], published)  # warm up (compiles the tables)
    best_docs = best_body = float("inf")
    n_items = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_items = sum(len(extract(d, published)) for d in docs)
        best_docs = min(best_docs, time.perf_counter() - t0)
    body = "\n\n".join(docs)
    for _ in range(max(1, args.repeat - 1)):
        t0 = time.perf_counter()
        extract(body, published)
        best_body = min(best_body, time.perf_counter() - t0)
    mb = total / 1_000_000
    print(f"corpus: {len(docs)} documents, {mb:.2f} MB ({len(base)} distinct x {times})")
    print(f"per document : {mb / best_docs:.2f} MB/s  ({best_docs:.2f} s, {n_items} items)")
    print(f"one body     : {len(body.encode('utf-8')) / 1_000_000 / best_body:.2f} MB/s  ({best_body:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
