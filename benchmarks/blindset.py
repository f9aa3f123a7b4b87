"""Figures of one labelled set kept outside the repository (a blind or held-out set).

A set is a folder in the development corpus's format: ``gold.yaml``, ``corpus/``, and a copy
of the devcorpus's ``score.py``. Prints, on one line each: extraction precision / recall / F1
and windows (the set's own ``score.py``, as the project is judged), fulfilment links and misses
end to end (the same), and the oracle (the pure matcher on the set's gold commitments, as
``link_accuracy.py`` does for the dev corpus), with precision per confidence band.

Aggregates only, unless ``-v``: a held-out set's failures are not to be read.

    .venv/bin/python benchmarks/blindset.py /work/blind13a [/work/blind13b ...] [-v] [--json OUT]

Another version's figures: run *that version's* ``benchmarks/blindset.py`` from its own tree (e.g.
``git archive REV | tar -x -C /tmp/rev``, a ``/tmp/rev/.venv/bin/tracker`` that runs
``python -m tracker`` with ``PYTHONPATH=/tmp/rev/src``). ``PYTHONPATH`` alone is not enough: the end
to end figures follow it, but the oracle imports the ``src`` beside this file first.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import link_accuracy as la

_EXTRACT = re.compile(r"precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+); windows (\d+)/(\d+)")
_LINK = re.compile(r"fulfilment links precision [\d.]+ recall [\d.]+ F1 ([\d.]+) \((\d+) of (\d+) found, (\d+) wrong\)")
_MISS = re.compile(r"miss: .* F1 ([\d.]+) \((\d+) of (\d+) found, (\d+) wrong\)")


def judged(folder: Path, tracker: str, verbose: bool) -> dict:
    """The set's own score.py, as the project is judged."""
    p = subprocess.run([sys.executable, str(folder / "score.py"), tracker], capture_output=True,
                       text=True, check=False, timeout=900)
    out = p.stdout
    if verbose:
        print(out)
    e, link, miss = _EXTRACT.search(out), _LINK.search(out), _MISS.search(out)
    if not (e and link and miss):
        raise SystemExit(f"{folder}: score.py gave no figures: {p.stderr.strip()[-300:]}")
    return {"extract": {"p": float(e[1]), "r": float(e[2]), "f1": float(e[3]),
                        "windows": [int(e[4]), int(e[5])]},
            "e2e": {"f1": float(link[1]), "found": int(link[2]), "of": int(link[3]),
                    "wrong": int(link[4])},
            "e2e_miss": {"f1": float(miss[1]), "found": int(miss[2]), "of": int(miss[3]),
                         "wrong": int(miss[4])}}


def oracle(folder: Path, verbose: bool) -> dict:
    la.FAMILIES.clear()  # a blind set's documents are one family, "other"
    tally = la.Tally()
    la.oracle(la.Gold(folder), folder, tally)
    res = {part: tally.figures(part, ("other",)) for part in ("oracle", "oracle-miss")}
    res["bands"] = {name: tally.bands[("oracle", name)] for _lo, _hi, name in la.BANDS}
    if verbose:
        print("\n".join(n for n in tally.notes if " oracle" in n))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="folders holding gold.yaml, corpus/ and score.py")
    ap.add_argument("--tracker", default=str(ROOT / ".venv" / "bin" / "tracker"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the failures (tuning sets only)")
    ap.add_argument("--json", help="write the figures to this file")
    a = ap.parse_args(argv)
    every = {}
    for s in a.sets:
        folder = Path(s)
        if not (folder / "gold.yaml").is_file() or not (folder / "score.py").is_file():
            print(f"SKIP {folder}: no gold.yaml and score.py there")
            continue
        r = judged(folder, a.tracker, a.verbose) | oracle(folder, a.verbose)
        every[folder.name] = r
        e, l, m, o = r["extract"], r["e2e"], r["e2e_miss"], r["oracle"]
        bands = " ".join(f"{n}:{ok}/{k}" for n, (ok, k) in r["bands"].items() if k)
        print(f"{folder.name}: extraction P {e['p']:.2f} R {e['r']:.2f} F1 {e['f1']:.2f} "
              f"windows {e['windows'][0]}/{e['windows'][1]} | e2e links {l['found']} of {l['of']} "
              f"({l['wrong']} wrong) F1 {l['f1']:.2f} | e2e misses {m['found']} of {m['of']} "
              f"({m['wrong']} wrong) | oracle {o['tp']} of {o['tp'] + o['fn']} ({o['fp']} wrong) "
              f"F1 {o['f1']:.2f} | oracle bands {bands or '-'}", flush=True)
    if a.json:
        Path(a.json).write_text(json.dumps(every, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
