"""Why the pure matcher misses a labelled set's gold fulfilment links, counted by reason.

For every gold ``fulfils`` / ``fulfils_instance`` evidence of a set in the development corpus's
format, the matcher runs on the gold commitments (the oracle of ``blindset.py``) and each link it
does not find is put under the first reason that holds for the events read in the evidence's
sentence: no event read there at all; the promise's countries refused; the event's action class
incompatible with the promise's (``event/promise``); an unnamed event whose words overlap the
promise's deliverable too little; another body named; the matcher's own test refused it (dates and
the rest); or the link was found for another report of the same event (re-reports corroborate, they
are not kept as fulfilments).

Aggregates only, unless ``-v`` (a held-out set's failures are not to be read):

    .venv/bin/python benchmarks/oracle_gaps.py /work/blind67a [/work/blind67b ...] [-v]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import link_accuracy as la

from tracker.domain import lexicon
from tracker.linking import load_registry, match, suggest

FULFILS = ("fulfils", "fulfils_instance")


def reasons(folder: Path, verbose: bool) -> collections.Counter[str]:
    """The reasons of one set, counted (and printed one by one with ``verbose``)."""
    reg = load_registry()
    la.FAMILIES.clear()  # a blind set's documents are one family, "other"
    views, sources, ids = la.oracle_inputs(la.Gold(folder), folder, reg)
    by_file = {s.file_name: s for s in sources}
    found = {(ids[sg.commitment_id], sg.source_id) for sg in suggest(views, sources, reg)
             if sg.kind in ("fulfils", "partially_fulfils")}
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    files = {d["id"]: d["file"] for d in gold["documents"]}
    view_of = {ids[v.id]: v for v in views}
    out: collections.Counter[str] = collections.Counter()
    for o in gold["outcomes"]:
        for e in o.get("evidence", []):
            if e["relation"] not in FULFILS:
                continue
            v, src = view_of.get(o["commitment"]), by_file.get(Path(files[e["doc"]]).name)
            if v is None or src is None:
                out["no commitment or document"] += 1
                continue
            if (o["commitment"], src.source_id) in found:
                out["found"] += 1
                continue
            body = la.read_doc(folder, files[e["doc"]])[1]
            at = body.find(e["quote"][:60])
            evs = [ev for ev in src.events if at >= 0 and ev.span[0] <= at < ev.span[1] + 5]
            why = "no event in the sentence" if not evs else ""
            for ev in evs:
                if not match._countries_ok(v, ev, reg):
                    why = "countries"
                elif ev.action != lexicon.DONE and not match.compatible_actions(ev.action, v.action_cls, ev):
                    why = f"action {ev.action}/{v.action_cls}"
                elif ev.body is None and not (v.key and ev.key == v.key) \
                        and match.deliverable_overlap(v.subject, ev.object_text) < 0.6:
                    why = "word overlap"
                elif ev.body is not None and v.key != ev.key:
                    why = "another body"
                elif match._fulfil(v, src, ev, reg, match._Series([v])) is not None:
                    why = "kept from another report of it"
                    break
                else:
                    why = "refused by the matcher (dates, ...)"
            out[why] += 1
            if verbose:
                print(f"  {o['commitment']} <- {e['doc']}: {why}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="folders holding gold.yaml and corpus/")
    ap.add_argument("-v", "--verbose", action="store_true", help="each missed link (tuning sets only)")
    a = ap.parse_args(argv)
    total: collections.Counter[str] = collections.Counter()
    for s in a.sets:
        c = reasons(Path(s), a.verbose)
        total.update(c)
        print(f"{Path(s).name}: " + ", ".join(f"{k} {n}" for k, n in c.most_common()))
    print("all: " + ", ".join(f"{k} {n}" for k, n in total.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
