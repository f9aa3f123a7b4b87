"""Link precision and recall over the labelled document chains.

    .venv/bin/python benchmarks/link_eval.py [--labels tests/chains/labels.yaml]
        [--separate] [--reverse] [-v]

All chains are ingested into one fresh SQLite database (so links across
chains count as false positives), in date order, or newest first with
--reverse; --separate gives each chain its own database. A predicted link
is correct when commitment (document + quote part), evidence document and
kind match a label; event_date and timeliness, when labelled, must match
too (counted separately as "details").
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

import yaml
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]


def _timeliness(reason: str | None) -> str | None:
    if not reason:
        return None
    if "(on time)" in reason or "(no window)" in reason:
        return "on_time"
    if "(late)" in reason:
        return "late"
    return None


def run(chains: dict, names: list[str], *, reverse: bool = False) -> list[dict]:
    """Ingest the chains' documents into a fresh database; the suggested links."""
    from tracker.domain.clock import system
    from tracker.ingest.documents import iter_paths, read_document
    from tracker.lifecycle import services
    from tracker.lifecycle.suggestions import clear_caches
    from tracker.store.db import Database
    from tracker.store.models import Commitment, Evidence, Source

    clear_caches()
    docs = []
    for name in names:
        for p in iter_paths([ROOT / chains[name]["dir"]]):
            docs.append((name, read_document(p)))
    docs.sort(key=lambda x: (x[1].published_on, x[1].file_name), reverse=reverse)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/eval.db")
        for _name, doc in docs:
            with db.session() as s:
                services.ingest_document(s, doc, clock=system())
        out = []
        with db.session() as s:
            files = dict(s.execute(select(Source.id, Source.file_name)).all())
            rows = s.execute(select(Evidence, Commitment).join(Commitment,
                             Commitment.id == Evidence.commitment_id))
            for ev, c in rows:
                out.append({
                    "c_doc": files.get(c.source_id), "c_quote": c.quote, "c_subject": c.subject,
                    "e_doc": files.get(ev.source_id), "kind": ev.kind,
                    "event_date": ev.event_date, "timeliness": _timeliness(ev.reason),
                    "confidence": ev.confidence, "reason": ev.reason,
                })
        db.dispose()
    return out


def score(chains: dict, names: list[str], predicted: list[dict]) -> dict:
    labels = [(n, link) for n in names for link in chains[n].get("links") or []]
    used: set[int] = set()
    tp = details_ok = 0
    missing = []
    for name, link in labels:
        c, e = link["commitment"], link["evidence"]
        hit = None
        for i, p in enumerate(predicted):
            if i in used:
                continue
            if p["c_doc"] == c["doc"] and c["quote"] in p["c_quote"] and p["e_doc"] == e["doc"] \
                    and p["kind"] == e["kind"]:
                hit = i
                break
        if hit is None:
            missing.append((name, link))
            continue
        used.add(hit)
        tp += 1
        p = predicted[hit]
        ok = True
        if e.get("event_date") is not None:
            want = e["event_date"]
            want = want if isinstance(want, dt.date) else dt.date.fromisoformat(str(want))
            ok &= p["event_date"] == want
        if e.get("timeliness"):
            ok &= p["timeliness"] == e["timeliness"]
        details_ok += ok
    extra = [p for i, p in enumerate(predicted) if i not in used]
    n_pred, n_lab = len(predicted), len(labels)
    return {
        "labelled": n_lab, "predicted": n_pred, "correct": tp, "details_correct": details_ok,
        "precision": tp / n_pred if n_pred else 1.0, "recall": tp / n_lab if n_lab else 1.0,
        "missing": missing, "extra": extra,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(ROOT / "tests/chains/labels.yaml"))
    ap.add_argument("--separate", action="store_true", help="one database per chain")
    ap.add_argument("--reverse", action="store_true", help="ingest newest first")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    chains = yaml.safe_load(Path(args.labels).read_text())
    names = list(chains)
    groups = [[n] for n in names] if args.separate else [names]
    total = {"labelled": 0, "predicted": 0, "correct": 0, "details_correct": 0}
    for group in groups:
        pred = run(chains, group, reverse=args.reverse)
        for n in group:
            sub = score(chains, [n], [p for p in pred if _chain_of(chains, p) == n])
            print(f"{n:10s} labelled {sub['labelled']:2d}  predicted {sub['predicted']:2d}  "
                  f"correct {sub['correct']:2d}  details {sub['details_correct']:2d}")
        res = score(chains, group, pred)
        for k in total:
            total[k] += res[k]
        if args.verbose or res["missing"] or res["extra"]:
            for name, link in res["missing"]:
                print(f"  MISSED  [{name}] {link['commitment']} <- {link['evidence']}")
            for p in res["extra"]:
                print(f"  EXTRA   {p['c_doc']}: {p['c_subject']!r} <- {p['e_doc']} {p['kind']} "
                      f"({p['reason']})")
    p = total["correct"] / total["predicted"] if total["predicted"] else 1.0
    r = total["correct"] / total["labelled"] if total["labelled"] else 1.0
    print(f"TOTAL labelled {total['labelled']} predicted {total['predicted']} correct "
          f"{total['correct']} (event date + timeliness right: {total['details_correct']})")
    print(f"link precision {p:.3f}  recall {r:.3f}")
    return 0


def _chain_of(chains: dict, p: dict) -> str | None:
    for n, ch in chains.items():
        if (ROOT / ch["dir"] / "x").parent.exists():
            files = {q.name for q in (ROOT / ch["dir"]).rglob("*") if q.is_file()}
            if p["c_doc"] in files:
                return n
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
