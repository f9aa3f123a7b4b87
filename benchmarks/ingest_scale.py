"""Ingest and linking at scale: per-document time with and without linking as the store
grows, and one new document into the largest store in a new process.

    python benchmarks/ingest_scale.py [--sizes 100,1000,5000] [--sample 60] [--out FILE]
        [--fill-without-links] [--stores DIR] [--rounds N] [--baseline SRC]

Documents are the generated readouts of ``benchmarks/synth.py`` (240 recurring dialogue
series, about 1.2 KB each). One store is filled with linking (``--fill-without-links``: with
``ingest --no-link``, a store never linked, where every new report meets promises with no
suggestion yet: the worst case); at each size the store is copied twice and the next ``--sample``
readouts are ingested into one copy with linking and into the other without (paired, same
documents, same store), in batches of 10 (``Tracker.ingest``), each half in a new process
(the reader caches events and names by text: a second half in the same process found the
sample's documents already read, 4 ms a document of advantage); the figure is the median
over the batches of the time per document. ``--rounds N`` measures each pair N times (each
half a new process, the order turned every other round) and takes the median over all the
rounds' batches, with the median of the rounds' ratios: at 100 stored one slow batch of four
moved a single round's figure by a third. ``--baseline SRC`` (a ``src`` folder of another
version, e.g. from ``git archive``) runs that version's with-linking half in the same rounds
(its own copy of the store), for a before/after. Then one more readout is ingested
into a copy of the largest store by a new ``tracker`` process, with and without linking
(wall time, median of 3), next to the time of ``tracker --help`` (start-up alone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import readouts

TRACKER = [sys.executable, "-c", "from tracker.cli import main; main()"]
CLOCK_AT = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def _app(url: str):  # type: ignore[no-untyped-def]
    from tracker.app import Tracker
    from tracker.domain.clock import FixedClock

    return Tracker(url, FixedClock(CLOCK_AT))


def _fill(db: Path, docs: Path, start: int, stop: int, link: bool) -> float:
    t = time.perf_counter()
    app = _app(f"sqlite:///{db}")
    paths = readouts(docs / f"fill_{start}", start, stop)
    summary = app.ingest(paths, link=link, batch=200)
    app.close()
    assert len(summary.stored) == stop - start, summary.line()
    return time.perf_counter() - t


def _per_doc(db: Path, docs: Path, start: int, n: int, link: bool,
             step: int = 10) -> tuple[list[float], list[float]]:
    """Seconds per document of each batch of ``step`` of the next ``n`` readouts: wall
    time, and the process's CPU time (steadier when other work shares the cores)."""
    app = _app(f"sqlite:///{db}")
    paths = readouts(docs / f"sample_{start}", start, start + n)
    app.ingest(paths[:1], link=link, batch=1)  # open the store, load the registry
    times, cpu = [], []
    for i in range(1, n, step):
        chunk = paths[i:i + step]
        t, c = time.perf_counter(), time.process_time()
        app.ingest(chunk, link=link, batch=step)
        times.append((time.perf_counter() - t) / len(chunk))
        cpu.append((time.process_time() - c) / len(chunk))
    app.close()
    return times, cpu


def _one(db: Path, doc: Path, link: bool, tmp: Path) -> float:
    times = []
    for k in range(3):
        copy = tmp / f"one_{link}_{k}.db"
        shutil.copy(db, copy)
        args = [*TRACKER, "--db", f"sqlite:///{copy}", "ingest", str(doc)]
        if not link:
            args.insert(-1, "--no-link")
        t = time.perf_counter()
        p = subprocess.run(args, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t)
        assert p.returncode == 0, p.stderr
        copy.unlink()
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--sample", type=int, default=61)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--fill-without-links", action="store_true")
    ap.add_argument("--rounds", type=int, default=1,
                    help="measure each pair this many times, alternating the order")
    ap.add_argument("--baseline", type=Path,
                    help="a src/ folder of another version: its with-linking half runs in "
                         "the same rounds")
    ap.add_argument("--stores", type=Path,
                    help="keep each filled store here (store_<size>[_nolink].db) and reuse it "
                         "when it is there: a 20,000 fill once, then several measurements")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        db, docs = tmp / "store.db", tmp / "docs"
        stored = 0
        suffix = "_nolink" if args.fill_without_links else ""
        for size in sizes:
            kept = args.stores / f"store_{size}{suffix}.db" if args.stores else None
            if kept is not None and kept.exists():
                shutil.copy(kept, db)
                fill = 0.0
            else:
                fill = _fill(db, docs, stored, size, not args.fill_without_links) \
                    if size > stored else 0.0
                if kept is not None:
                    kept.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(db, kept)
            stored = size
            res: dict[str, tuple[list[float], list[float]]] = {}
            ratios: dict[str, list[float]] = {"link": [], "base": []}
            halves = ["link", "no_link"] + (["base"] if args.baseline else [])
            for rnd in range(args.rounds):
                got: dict[str, tuple[float, float]] = {}
                for half in (halves if rnd % 2 == 0 else halves[::-1]):
                    copy = tmp / f"copy_{half}.db"
                    shutil.copy(db, copy)
                    # each half in a new process: the reader's caches (events and names by
                    # text) must be as cold for the second half as for the first
                    # (the caller's own PYTHONPATH, if any, is put back after a baseline half:
                    # popping it made every later half run the installed version)
                    outer = os.environ.get("PYTHONPATH")
                    path = sys.path[:]
                    if half == "base":
                        os.environ["PYTHONPATH"] = str(args.baseline)
                        # a spawned process imports from this one's sys.path (multiprocessing
                        # hands it over), not from the PYTHONPATH it starts with: the
                        # baseline's src first in it, the caller's own PYTHONPATH out (else
                        # every baseline half ran the caller's version, or the installed one)
                        own = set(filter(None, (outer or "").split(os.pathsep)))
                        sys.path[:] = [str(args.baseline)] + [p for p in path if p not in own]
                    try:
                        with mp.get_context("spawn").Pool(1) as pool:
                            times, cpu = pool.apply(
                                _per_doc, (copy, docs, size, args.sample, half != "no_link"))
                    finally:
                        sys.path[:] = path
                        if outer is None:
                            os.environ.pop("PYTHONPATH", None)
                        else:
                            os.environ["PYTHONPATH"] = outer
                    copy.unlink()
                    prev = res.setdefault(half, ([], []))
                    prev[0].extend(times)
                    prev[1].extend(cpu)
                    got[half] = (statistics.median(times), statistics.median(cpu))
                for half, seq in ratios.items():
                    if half in got:
                        seq.append(got[half][0] / got["no_link"][0])
            med = {k: (statistics.median(v[0]), statistics.median(v[1])) for k, v in res.items()}
            row = {"stored": size, "fill_s": round(fill, 1),
                   "link_ms": round(med["link"][0] * 1000, 1),
                   "no_link_ms": round(med["no_link"][0] * 1000, 1),
                   "ratio": round(med["link"][0] / med["no_link"][0], 2),
                   "round_ratio": round(statistics.median(ratios["link"]), 2),
                   "round_ratios": [round(r, 2) for r in ratios["link"]],
                   "link_cpu_ms": round(med["link"][1] * 1000, 1),
                   "no_link_cpu_ms": round(med["no_link"][1] * 1000, 1),
                   "cpu_ratio": round(med["link"][1] / med["no_link"][1], 2),
                   "batches": len(res["link"][0]),
                   "load": round(os.getloadavg()[0], 1)}
            if args.baseline:
                row.update(base_ms=round(med["base"][0] * 1000, 1),
                           base_ratio=round(med["base"][0] / med["no_link"][0], 2),
                           base_round_ratio=round(statistics.median(ratios["base"]), 2),
                           base_cpu_ms=round(med["base"][1] * 1000, 1))
            rows.append(row)
            print(json.dumps(row), flush=True)
        one = readouts(docs / "one", stored + 10_000, stored + 10_001)[0]
        t = time.perf_counter()
        subprocess.run([*TRACKER, "--help"], capture_output=True, check=True)
        startup = time.perf_counter() - t
        last = {"stored": stored, "one_link_s": round(_one(db, one, True, tmp), 2),
                "one_no_link_s": round(_one(db, one, False, tmp), 2),
                "help_s": round(startup, 2)}
        print(json.dumps(last), flush=True)
    if args.out:
        args.out.write_text(json.dumps({"per_doc": rows, "one": last}, indent=1))
    print("\n| stored | with linking (ms/doc) | without (ms/doc) | ratio (rounds' median) | "
          "CPU with / without (ms/doc) | CPU ratio | batches | load |\n"
          "|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['stored']:,} | {r['link_ms']} | {r['no_link_ms']} | {r['ratio']}× "
              f"({r['round_ratio']}×) | {r['link_cpu_ms']} / {r['no_link_cpu_ms']} | "
              f"{r['cpu_ratio']}× | {r['batches']} | {r['load']} |")
    if len(rows) > 1:
        print(f"\nwith linking, {rows[-1]['stored']:,} stored / {rows[0]['stored']:,} stored: "
              f"{rows[-1]['link_ms'] / rows[0]['link_ms']:.2f}× (CPU "
              f"{rows[-1]['link_cpu_ms'] / rows[0]['link_cpu_ms']:.2f}×)")
    print(f"\none new document into {stored:,} stored (new process): {last['one_link_s']} s with "
          f"linking, {last['one_no_link_s']} s without; `tracker --help` {last['help_s']} s")


if __name__ == "__main__":
    main()
