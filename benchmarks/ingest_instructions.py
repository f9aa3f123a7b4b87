"""Instructions of ingesting readouts into a filled store, with or without linking: the
load of a shared machine does not move them (issue 12, docs/benchmarks.md).

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        .venv/bin/python benchmarks/ingest_instructions.py STORE.db [--link] [--n 20]

A copy of ``STORE.db`` (one of ``ingest_scale.py --stores DIR``'s, e.g. store_20000.db)
takes one readout to open it, then callgrind's instrumentation is switched on
(``callgrind_control -i on``) around the next ``--n`` readouts, ingested in batches of 10
as ``ingest_scale.py`` ingests them, and off again; "Collected" in valgrind's output is
their count. ``PYTHONPATH=SRC`` measures another version's code on the same store.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest_scale import _app
from synth import readouts


def _instrument(on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
                   capture_output=True, check=False)
    time.sleep(0.5)  # callgrind reads the request between blocks


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--link", action="store_true")
    ap.add_argument("--n", type=int, default=20)
    args = ap.parse_args()
    m = re.search(r"(\d+)", args.store.name)
    stored = int(m.group(1)) if m else 0  # the next readouts after those stored
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        db = tmp / "store.db"
        shutil.copy(args.store, db)
        app = _app(f"sqlite:///{db}")
        paths = readouts(tmp / "docs", stored, stored + args.n + 1)
        app.ingest(paths[:1], link=args.link, batch=1)
        _instrument(True)
        for i in range(1, args.n + 1, 10):
            app.ingest(paths[i:i + 10], link=args.link, batch=10)
        _instrument(False)
        app.close()


if __name__ == "__main__":
    main()
