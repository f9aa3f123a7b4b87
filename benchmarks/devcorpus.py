#!/usr/bin/env python
"""The dev-corpus figures of docs/accuracy.md in one command: extraction per
dialogue family (``accuracy.py``) and linking per family, end to end and with
the gold commitments (``link_accuracy.py``), tuned vs held out.

    .venv/bin/python benchmarks/devcorpus.py [--json OUT]

Exits 0 with a SKIP message where ../shared/devcorpus is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy
import link_accuracy


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", help="write both sets of figures to this file")
    a = ap.parse_args(argv)
    if accuracy.shared_dir() is None:
        print("SKIP: ../shared/devcorpus not found (set TRACKER_SHARED_DIR to the folder "
              "holding devcorpus/)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ex, ln = Path(tmp) / "extract.json", Path(tmp) / "link.json"
        print("== extraction ==", flush=True)
        accuracy.main(["--json", str(ex)])
        print("\n== linking ==", flush=True)
        link_accuracy.main(["--json", str(ln)])
        both = {"extraction": json.loads(ex.read_text()), "linking": json.loads(ln.read_text())}
    if a.json:
        Path(a.json).write_text(json.dumps(both, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
