"""SHA-1 digests of what linking stores, to show that a change to the linker's speed leaves
its results byte for byte as they were (issue 12, docs/benchmarks.md).

    python benchmarks/link_digest.py STORE.db [--n 60]     # a generated store
    python benchmarks/link_digest.py --devcorpus             # ../shared/devcorpus

With a store (one of ``ingest_scale.py --stores DIR``'s, e.g. store_1000.db): the next
``--n`` generated readouts are ingested with linking into a copy, in batches of 10 as
``ingest_scale.py`` ingests them, and every row of ``evidence``, ``link_commitments`` and
``link_sources`` is digested (sorted, reasons and all). With ``--devcorpus``: the corpus's
documents are ingested with linking into a new store and its evidence rows digested, and
so are the suggestions of the whole corpus at once (``desired_suggestions``: ``suggest``
over every promise and event). Run it once with ``PYTHONPATH=OTHER/src`` (another version,
e.g. from ``git archive``) and once without; the lines must be the same. ``--dump DIR`` also
writes each digested table's sorted rows to ``DIR/TABLE.txt``, to diff two versions' rows.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest_scale import _app
from synth import readouts

#: where ``--dump`` writes each digested table's sorted lines (to diff two versions' rows)
DUMP: Path | None = None


def _digest(lines: list[str], name: str = "") -> str:
    if DUMP is not None and name:
        DUMP.mkdir(parents=True, exist_ok=True)
        (DUMP / f"{name}.txt").write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return hashlib.sha1("\n".join(sorted(lines)).encode("utf-8")).hexdigest()


def _tables(db: Path, tables: tuple[str, ...]) -> None:
    con = sqlite3.connect(db)
    for t in tables:
        rows = [repr(r) for r in con.execute(f"SELECT * FROM {t}")]
        print(f"  {t}: {len(rows)} rows, {_digest(rows, t)}")
    con.close()


def store(path: Path, n: int) -> None:
    m = re.search(r"(\d+)", path.name)
    stored = int(m.group(1)) if m else 0
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        db = tmp / "store.db"
        shutil.copy(path, db)
        app = _app(f"sqlite:///{db}")
        paths = readouts(tmp / "docs", stored, stored + n)
        for i in range(0, n, 10):
            app.ingest(paths[i:i + 10], link=True, batch=10)
        app.close()
        print(f"{path.name} + {n} readouts")
        _tables(db, ("evidence", "link_commitments", "link_sources"))


def devcorpus() -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from tracker.lifecycle.suggestions import desired_suggestions

    here = Path(__file__).resolve().parents[1]
    paths = sorted((here.parent / "shared" / "devcorpus" / "corpus").glob("*.txt"))
    if not paths:
        print("SKIP: ../shared/devcorpus not found")
        return
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "store.db"
        app = _app(f"sqlite:///{db}")
        app.ingest(paths, link=True, batch=10)
        app.close()
        print(f"devcorpus ({len(paths)} documents)")
        _tables(db, ("evidence",))
        engine = create_engine(f"sqlite:///{db}")
        with Session(engine) as s:
            got = [repr((x.commitment_id, x.source_id, x.kind, x.confidence, x.event_date,
                         x.quote, x.span_start, x.span_end, x.reason, x.timeliness))
                   for x in desired_suggestions(s)]
        engine.dispose()
        print(f"  suggest (whole corpus): {len(got)} suggestions, {_digest(got, 'suggest')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("store", type=Path, nargs="?")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--devcorpus", action="store_true")
    ap.add_argument("--dump", type=Path, help="also write each digested table's sorted rows to DIR/TABLE.txt")
    args = ap.parse_args()
    global DUMP
    DUMP = args.dump
    if args.devcorpus:
        devcorpus()
    if args.store is not None:
        store(args.store, args.n)


if __name__ == "__main__":
    main()
