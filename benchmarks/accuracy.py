#!/usr/bin/env python
"""Extraction accuracy on the real development corpus, per dialogue family.

Runs ``tracker extract --format json`` over ../shared/devcorpus (the corpus is
read in place, never copied into the project) and scores it with the scorer
that ships beside the corpus (``score.py``: its corpus writer and its greedy
quote/subject matching are imported, so the figures agree with
``score.py --part extract``). The figures are then broken down per dialogue
family and per split:

* TUNE families: the ones rules may be tuned on (their failures are printed
  with ``--show``);
* HOLD-OUT families: measured, never printed item by item unless
  ``--show-holdout`` is given (kept for the final check; see docs/accuracy.md).

    .venv/bin/python benchmarks/accuracy.py [--tracker .venv/bin/tracker] [--show] [--json OUT]

Exits 0 with a SKIP message where ../shared/devcorpus is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: dialogue family of each document of the dev corpus (README.md "Chains"):
#: doc id ranges -> family. Every gold document must have one (checked).
FAMILIES: dict[str, tuple[str, ...]] = {
    "US-Japan": ("002", "004", "005", "006", "008", "009", "012", "018", "019"),
    "Quad": ("001", "003", "007", "010", "013", "014", "020", "021", "022", "023", "024", "025"),
    "AUSMIN": ("011", "015", "016", "017"),
    "UK-India": ("027", "028", "029", "030", "031", "033", "048", "050"),
    "Japan-Korea": ("034", "035", "036", "037"),
    "NATO": ("026", "032", "038", "039", "046", "047", "049"),
    "US-China": ("040", "041", "042", "043", "044", "045"),
}
TUNE = ("Quad", "UK-India", "NATO", "US-China")
HOLDOUT = ("US-Japan", "AUSMIN", "Japan-Korea")
FAMILY_OF = {d: f for f, ds in FAMILIES.items() for d in ds}


def shared_dir() -> Path | None:
    env = os.environ.get("TRACKER_SHARED_DIR")
    cands = ([Path(env)] if env else []) + [ROOT.parent / "shared", ROOT.parents[1] / "shared"]
    for c in cands:
        if (c / "devcorpus" / "score.py").is_file() and (c / "devcorpus" / "gold.yaml").is_file():
            return c
    return None


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("devcorpus_score", shared / "devcorpus" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def evaluate(tracker: str | list[str], shared: Path) -> dict:
    """Per-document counts and misses, then per family / split / overall figures."""
    sc = load_scorer(shared)
    _, docs, _ = sc.load_gold()
    missing = sorted(set(docs) - set(FAMILY_OF))
    if missing:
        raise SystemExit(f"documents without a family: {missing} (update FAMILIES)")
    tmp = tempfile.mkdtemp()
    names = sc.write_corpus(tmp, docs)
    cmd = [tracker] if isinstance(tracker, str) else list(tracker)
    p = subprocess.run(cmd + ["extract", tmp, "--format", "json"], capture_output=True, text=True, check=False)
    if p.returncode != 0:
        raise SystemExit(f"extract failed (exit {p.returncode}): {p.stderr.strip()[-300:]}")
    by_src: dict[str, list[dict]] = {}
    for it in json.loads(p.stdout):
        if it.get("kind", "commitment") == "commitment":
            by_src.setdefault(it.get("source"), []).append(it)
    per_doc: dict[str, dict] = {}
    for did, d in docs.items():
        preds = by_src.get(names[did], [])
        golds = d["commitments"]
        m = sc.match(preds, golds)
        c = {"tp": 0, "fp": 0, "fn": 0, "win_ok": 0, "win_n": 0, "notes": []}
        for gc in golds:
            if gc["id"] in m:
                c["tp"] += 1
                pr = preds[m[gc["id"]]]
                if gc.get("recurrence"):
                    continue
                c["win_n"] += 1
                want = gc["due_window"]
                got = [pr.get("due_start"), pr.get("due_end")]
                ok = got == [None, None] if want is None else got == [str(want[0]), str(want[1])]
                c["win_ok"] += ok
                if not ok:
                    c["notes"].append(f"window {gc['id']} {gc.get('due_expression')!r}: want {want} "
                                      f"got {got} ({pr.get('due_rule')})")
            else:
                c["fn"] += 1
                c["notes"].append(f"missed {gc['id']}: {gc['quote'][:100]}")
        used = set(m.values())
        ambiguous = [a["quote"] for a in d.get("ambiguous", [])]
        for pi, pr in enumerate(preds):
            if pi in used:
                continue
            if any(sc.overlap(pr.get("quote", ""), a) >= 0.6 for a in ambiguous):
                continue
            c["fp"] += 1
            c["notes"].append(f"false positive: {pr.get('quote', '')[:100]} [{pr.get('subject', '')[:40]}]")
        per_doc[did] = c

    def agg(ids) -> dict:
        t = {k: sum(per_doc[i][k] for i in ids) for k in ("tp", "fp", "fn", "win_ok", "win_n")}
        out = {**t, **_prf(t["tp"], t["fp"], t["fn"])}
        out["windows"] = t["win_ok"] / t["win_n"] if t["win_n"] else 0.0
        out["docs"] = len(list(ids))
        return out

    fams = {f: agg([d for d in ds if d in per_doc]) for f, ds in FAMILIES.items()}
    tune_ids = [d for f in TUNE for d in FAMILIES[f]]
    hold_ids = [d for f in HOLDOUT for d in FAMILIES[f]]
    return {"per_doc": per_doc, "families": fams, "tune": agg(tune_ids), "holdout": agg(hold_ids),
            "all": agg(list(per_doc))}


def _row(name: str, r: dict) -> str:
    return (f"| {name} | {r['docs']} | {r['tp']} | {r['fp']} | {r['fn']} | {r['precision']:.2f} | "
            f"{r['recall']:.2f} | {r['f1']:.2f} | {r['win_ok']}/{r['win_n']} = {r['windows']:.2f} |")


def table(res: dict) -> str:
    lines = ["| family | docs | TP | FP | FN | P | R | F1 | windows |", "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for f in TUNE:
        lines.append(_row(f + " (tune)", res["families"][f]))
    for f in HOLDOUT:
        lines.append(_row(f + " (held out)", res["families"][f]))
    lines.append(_row("**tune**", res["tune"]))
    lines.append(_row("**held out**", res["holdout"]))
    lines.append(_row("**all**", res["all"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tracker", default=None, help="the tracker command (default: this Python's -m tracker)")
    ap.add_argument("--show", action="store_true", help="print the tune families' misses / false positives")
    ap.add_argument("--show-holdout", action="store_true", help="also print the held-out families' ones")
    ap.add_argument("--json", help="write the figures to this file")
    a = ap.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("SKIP: ../shared/devcorpus not found (set TRACKER_SHARED_DIR to the folder holding devcorpus/)")
        return 0
    res = evaluate(a.tracker or [sys.executable, "-m", "tracker"], shared)
    if a.show or a.show_holdout:
        shown = set(TUNE) | (set(HOLDOUT) if a.show_holdout else set())
        for did, c in sorted(res["per_doc"].items()):
            if FAMILY_OF[did] in shown:
                for n in c["notes"]:
                    print(f"  ({did} {FAMILY_OF[did]}) {n}")
    print(table(res))
    if a.json:
        out = {k: v for k, v in res.items() if k != "per_doc"}
        Path(a.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
