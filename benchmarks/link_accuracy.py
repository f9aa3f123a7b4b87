"""Linking accuracy on the development corpus, end to end and given the gold commitments.

    .venv/bin/python benchmarks/link_accuracy.py [--shared DIR] [--oracle-only] [-v]
        [--families tune|holdout|all] [--json OUT]

Reads ``shared/devcorpus`` in place (never copied into the project): next to the
checkout (``../shared``), next to its parent (a git worktree under ``wt/``) or
``$TRACKER_SHARED_DIR``. Prints SKIP and exits 0 when it is absent.

Two figures:

* **end to end**: the corpus is ingested into a fresh SQLite database with the
  ``tracker`` command and exported, as ``devcorpus/score.py --part link`` does
  (same matching of extracted to gold commitments, imported from score.py), so
  a gold link counts only when the extractor found its commitment;
* **oracle**: the pure matcher (``tracker.linking.suggest``) run on the events of
  every corpus document and on *the gold commitments* (quote, subject, actors,
  action, window, made on the document's date, or on the quoted statement's
  date when the quote sits inside one), so linking is measured apart from
  extraction.

Fulfilment links: a suggestion of kind ``fulfils``/``partially_fulfils`` from a
document listed as ``fulfils``/``fulfils_instance`` evidence. Misses: kind
``missed`` against ``evidence_of_miss``/``misses_instance``. Both per dialogue
family: tuning families (Quad, UK-India FTA, NATO) and held-out ones (US-Japan
2+2, Japan-Korea, US-China, AUSMIN); a commitment's family is its document's.
The oracle also gives precision per confidence band.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# Dialogue families: one table, benchmarks/accuracy.py's (the corpus README's
# "Chains"); linking's tune/held-out split is its own (US-China was held out here).
sys.path.insert(0, str(ROOT / "benchmarks"))
from accuracy import FAMILIES as _FAMILY_DOCS

FAMILIES: dict[str, tuple[int, ...]] = {
    name: tuple(int(d) for d in docs) for name, docs in _FAMILY_DOCS.items()}
TUNE = ("Quad", "UK-India", "NATO")
HOLDOUT = ("US-Japan", "Japan-Korea", "US-China", "AUSMIN")
assert set(TUNE) | set(HOLDOUT) == set(FAMILIES), "every family is tuned on or held out"
FULFIL_GOLD = ("fulfils", "fulfils_instance")
MISS_GOLD = ("evidence_of_miss", "misses_instance")
FULFIL_KINDS = ("fulfils", "partially_fulfils")
BANDS = ((0.8, 1.01, "0.80-1.00"), (0.6, 0.8, "0.60-0.79"), (0.4, 0.6, "0.40-0.59"),
         (0.0, 0.4, "0.00-0.39"))


def family_of(doc_id: str) -> str:
    n = int(doc_id)
    for name, docs in FAMILIES.items():
        if n in docs:
            return name
    return "other"


def shared_dir(explicit: str | None = None) -> Path | None:
    """The folder holding devcorpus/: ``explicit``, else where accuracy.py finds it."""
    if explicit:
        c = Path(explicit)
        ok = (c / "devcorpus" / "gold.yaml").is_file() and (c / "devcorpus" / "score.py").is_file()
        return c if ok else None
    from accuracy import shared_dir as found

    return found()


def _score_module(devcorpus: Path):
    spec = importlib.util.spec_from_file_location("devcorpus_score", devcorpus / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def read_doc(devcorpus: Path, rel: str) -> tuple[dict, str]:
    """(header, body) of a corpus file: ``key: value`` lines, a blank line, the body."""
    txt = (devcorpus / rel).read_text(encoding="utf-8")
    head, _, body = txt.partition("\n\n")
    meta = {}
    for line in head.split("\n"):
        k, _, v = line.partition(": ")
        meta[k] = v
    return meta, body


# --- gold ----------------------------------------------------------------------------------


class Gold:
    def __init__(self, devcorpus: Path):
        import yaml

        g = yaml.safe_load((devcorpus / "gold.yaml").read_text(encoding="utf-8"))
        self.docs = {d["id"]: d for d in g["documents"]}
        self.outcomes = {o["commitment"]: o for o in g["outcomes"]}
        self.file = {did: os.path.basename(d["file"]) for did, d in self.docs.items()}
        self.doc_of: dict[str, str] = {}
        self.commitments: dict[str, dict] = {}
        for did, d in self.docs.items():
            for c in d["commitments"]:
                self.commitments[c["id"]] = c
                self.doc_of[c["id"]] = did
        self.links: dict[str, set[str]] = defaultdict(set)  # gold id -> doc files
        self.misses: dict[str, set[str]] = defaultdict(set)
        for cid, o in self.outcomes.items():
            for e in o.get("evidence") or []:
                if e["relation"] in FULFIL_GOLD:
                    self.links[cid].add(self.file[e["doc"]])
                elif e["relation"] in MISS_GOLD:
                    self.misses[cid].add(self.file[e["doc"]])


class Tally:
    """Fulfilment and miss counts per family, and (oracle) precision per confidence band."""

    def __init__(self) -> None:
        self.n: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp fp fn
        self.bands: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # correct, all
        self.notes: list[str] = []

    def add(self, part: str, family: str, gid: str, want: set[str], got: set[str],
            conf: dict[str, float] | None = None) -> None:
        t = self.n[(part, family)]
        t[0] += len(want & got)
        t[1] += len(got - want)
        t[2] += len(want - got)
        for f in sorted(want - got):
            self.notes.append(f"  {part} missed [{family}] {gid} <- {f}")
        for f in sorted(got - want):
            self.notes.append(f"  {part} wrong  [{family}] {gid} <- {f}")
        if conf is not None:
            for f in got:
                for lo, hi, name in BANDS:
                    if lo <= conf[f] < hi:
                        self.bands[(part, name)][0] += f in want
                        self.bands[(part, name)][1] += 1

    def figures(self, part: str, families) -> dict:
        tp = sum(self.n[(part, f)][0] for f in families)
        fp = sum(self.n[(part, f)][1] for f in families)
        fn = sum(self.n[(part, f)][2] for f in families)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
                "f1": round(f1, 3)}


# --- oracle ----------------------------------------------------------------------------------


def oracle(gold: Gold, devcorpus: Path, tally: Tally) -> list:
    """Suggestions of the pure matcher for the gold commitments; tallies them."""
    from tracker.linking import load_registry, suggest

    reg = load_registry()
    views, sources, ids = oracle_inputs(gold, devcorpus, reg)
    sugg = suggest(views, sources, reg)
    return _tally_oracle(gold, tally, sugg, sources, ids)


def oracle_inputs(gold: Gold, devcorpus: Path, reg) -> tuple[list, list, dict[int, str]]:  # type: ignore[no-untyped-def]
    """The matcher's inputs for the gold commitments: their prepared views, every document's
    events, and the view ids' gold ids."""
    from tracker.extract import statement_date_at, statement_regions
    from tracker.linking import CommitmentView, SourceEvents, prepare
    from tracker.linking.bodies import acronym_pairs, document_parties
    from tracker.linking.events import context_mentions
    from tracker.linking.keys import source_events

    sources, mentions, bodies, dates, parties = [], {}, {}, {}, {}
    for i, (did, d) in enumerate(sorted(gold.docs.items()), start=1):
        meta, body = read_doc(devcorpus, d["file"])
        pub = dt.date.fromisoformat(meta["date"])
        bodies[did], dates[did] = body, pub
        sources.append(SourceEvents(i, pub, source_events(body, pub, meta["title"], reg),
                                    gold.file[did], tuple(acronym_pairs(meta["title"] + "\n" + body, reg))))
        mentions[did] = context_mentions(body, reg, meta["title"])
        parties[did] = document_parties(body, meta["title"], reg)
    sid = {did: i for i, did in enumerate(sorted(gold.docs), start=1)}
    views = []
    ids: dict[int, str] = {}
    for n, (gid, c) in enumerate(sorted(gold.commitments.items()), start=1):
        did = gold.doc_of[gid]
        body = bodies[did]
        start = body.find(c["quote"])
        end = start + len(c["quote"]) if start >= 0 else None
        made_on = dates[did]
        if start >= 0:
            region = statement_date_at(
                [r for r in statement_regions(body, dates[did]) if r.anchor is not None], start)
            if region is not None and region.anchor is not None:
                made_on = region.anchor
        win = c.get("due_window") or [None, None]
        ctx = tuple(m for m in mentions[did] if start < 0 or m.start < start)
        actors = tuple(a.strip() for a in str(c.get("actors") or "").replace("(", ",")
                       .replace(")", ",").split(",") if a.strip())
        views.append(prepare(CommitmentView(
            id=n, source_id=sid[did], made_on=made_on, subject=c["subject"], quote=c["quote"],
            action=c.get("action"), actors=actors,
            due_start=win[0], due_end=win[1], span=(start if start >= 0 else None, end),
        ), reg, ctx, document=mentions[did], doc_parties=parties[did]))
        ids[n] = gid
    return views, sources, ids


def _tally_oracle(gold: Gold, tally: Tally, sugg: list, sources: list, ids: dict[int, str]) -> list:
    files = {s.source_id: s.file_name for s in sources}
    got: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for s in sugg:
        kind = "fulfil" if s.kind in FULFIL_KINDS else s.kind
        f = files[s.source_id]
        got[ids[s.commitment_id]][kind][f] = max(s.confidence, got[ids[s.commitment_id]][kind].get(f, 0))
    for gid in sorted(gold.commitments):
        fam = family_of(gold.doc_of[gid])
        g = got.get(gid, {})
        fulfil, missed = g.get("fulfil", {}), g.get("missed", {})
        tally.add("oracle", fam, gid, gold.links.get(gid, set()), set(fulfil), fulfil)
        tally.add("oracle-miss", fam, gid, gold.misses.get(gid, set()), set(missed), missed)
    return [(ids[s.commitment_id], files[s.source_id], s) for s in sugg]


# --- end to end ------------------------------------------------------------------------------


def end_to_end(gold: Gold, devcorpus: Path, tally: Tally, tracker: str) -> float:
    """Ingest + export with the tracker command, scored as score.py does. Returns ingest seconds."""
    import time

    score = _score_module(devcorpus)
    tmp = tempfile.mkdtemp()
    _g, docs, _o = score.load_gold()
    names = score.write_corpus(tmp, docs)
    with tempfile.TemporaryDirectory() as dbdir:
        db = f"sqlite:///{dbdir}/eval.db"
        t = time.time()
        p = subprocess.run([tracker, "--db", db, "ingest", tmp], capture_output=True, text=True,
                           check=False)
        secs = time.time() - t
        if p.returncode != 0:
            raise SystemExit(f"ingest failed: {p.stderr.strip()[-300:]}")
        p = subprocess.run([tracker, "--db", db, "export", "--format", "json"], capture_output=True,
                           text=True, check=False)
        if p.returncode != 0:
            raise SystemExit(f"export failed: {p.stderr.strip()[-300:]}")
    data = json.loads(p.stdout)
    by_src = defaultdict(list)
    for c in data.get("commitments", []):
        by_src[c.get("source")].append(c)
    for did, d in docs.items():
        preds = by_src.get(names[did], [])
        m = score.match(preds, d["commitments"])
        for gc in d["commitments"]:
            gid = gc["id"]
            evs = preds[m[gid]].get("evidence", []) if gid in m else []
            got: dict[str, float] = {}
            missed: dict[str, float] = {}
            for e in evs:
                into = got if e.get("kind") in FULFIL_KINDS else missed if e.get("kind") == "missed" else None
                if into is not None:
                    into[e["source"]] = max(float(e.get("confidence") or 0), into.get(e["source"], 0.0))
            fam = family_of(did)
            tally.add("e2e", fam, gid, gold.links.get(gid, set()), set(got), got)
            tally.add("e2e-miss", fam, gid, gold.misses.get(gid, set()), set(missed), missed)
    return secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", help="the shared folder (holding devcorpus/)")
    ap.add_argument("--tracker", default=str(ROOT / ".venv" / "bin" / "tracker"))
    ap.add_argument("--oracle-only", action="store_true")
    ap.add_argument("--families", choices=("tune", "holdout", "all"), default="all",
                    help="which families' per-link notes to print with -v")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="print missed and wrong links")
    args = ap.parse_args(argv)
    sd = shared_dir(args.shared)
    if sd is None:
        print("SKIP: shared/devcorpus not found (looked next to the checkout, next to its parent, "
              "and in $TRACKER_SHARED_DIR)")
        return 0
    devcorpus = sd / "devcorpus"
    gold = Gold(devcorpus)
    tally = Tally()
    oracle(gold, devcorpus, tally)
    secs = None
    if not args.oracle_only:
        secs = end_to_end(gold, devcorpus, tally, args.tracker)
    result: dict = {}
    parts = ["oracle", "oracle-miss"] + ([] if args.oracle_only else ["e2e", "e2e-miss"])
    groups = [("tune", TUNE), ("holdout", HOLDOUT), ("all", tuple(FAMILIES))]
    print(f"{'figure':<12} {'families':<8} {'found':>9} {'wrong':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for part in parts:
        result[part] = {}
        for gname, fams in groups:
            f = tally.figures(part, fams)
            result[part][gname] = f
            print(f"{part:<12} {gname:<8} {f['tp']:>4} of {f['tp'] + f['fn']:<3} {f['fp']:>5} "
                  f"{f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f}")
        result[part]["per_family"] = {fam: tally.figures(part, (fam,)) for fam in FAMILIES}
    print("per family (oracle fulfilment F1 / miss F1):")
    for fam in FAMILIES:
        a, b = result["oracle"]["per_family"][fam], result["oracle-miss"]["per_family"][fam]
        tag = "tune" if fam in TUNE else "holdout"
        print(f"  {fam:<14} {tag:<8} {a['tp']:>2}/{a['tp'] + a['fn']:<2} wrong {a['fp']:<2} F1 {a['f1']:.3f}"
              f"   miss {b['tp']}/{b['tp'] + b['fn']} wrong {b['fp']} F1 {b['f1']:.3f}")
    result["bands"] = {}
    for fig in ("oracle",) + (() if args.oracle_only else ("e2e",)):
        print(f"{fig} precision per confidence band (fulfils+partially_fulfils | missed), "
              "suggestions on gold commitments:")
        result["bands"][fig] = {}
        for _lo, _hi, name in BANDS:
            ok, n = tally.bands[(fig, name)]
            mok, mn = tally.bands[(fig + "-miss", name)]
            result["bands"][fig][name] = {"fulfil": [ok, n], "missed": [mok, mn]}
            print(f"  {name}: {ok}/{n}" + (f" = {ok / n:.2f}" if n else "") + f" | {mok}/{mn}"
                  + (f" = {mok / mn:.2f}" if mn else ""))
    if secs is not None:
        print(f"ingest of the corpus: {secs:.2f}s")
        result["ingest_seconds"] = round(secs, 2)
    if args.verbose:
        want = {"tune": TUNE, "holdout": HOLDOUT, "all": tuple(FAMILIES)}[args.families]
        for line in tally.notes:
            if any(f"[{fam}]" in line for fam in want):
                print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
