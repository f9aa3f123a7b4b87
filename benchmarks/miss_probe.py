"""Counts, never text: which generic features the sentences of a held-out set's missed commitments
have (a future modal, a dated future window, an aspiration verb, the subject's kind), so that a
held-out set can be probed without reading its failures (docs/accuracy.md, seventeenth check).

    .venv/bin/python benchmarks/miss_probe.py SET [SET ...]

SET is a folder in the devcorpus format (gold.yaml, corpus/). A gold commitment counts as found
when an extracted commitment's quote holds at least half of its words (score.py's overlap)."""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
from pathlib import Path

import yaml

from tracker.extract import core, windows
from tracker.extract.core import extract
from tracker.extract.patterns import OPEN_FUTURE_RE, RELATIVE_WORDS, base_form, verb_class
from tracker.extract.tables import FRAMED_VERBS


def _words(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def probe(folder: Path) -> collections.Counter[str]:
    gold = yaml.safe_load((folder / "gold.yaml").read_text())
    out: collections.Counter[str] = collections.Counter()
    for d in gold["documents"]:
        body = (folder / d["file"]).read_text().split("\n\n", 1)[1]
        day = d["date"] if isinstance(d["date"], dt.date) else dt.date.fromisoformat(d["date"])
        items = [i for i in extract(body, day) if i.kind == "commitment"]
        quotes = [i.quote for i in items]
        golds = [c["quote"] for c in d.get("commitments") or []]
        for it in items:
            # a false positive: what the set labels it (a distractor, an ambiguous item, nothing), its
            # verb's class and whether it has a window (counts, never text)
            if any(len(_words(it.quote) & _words(g)) >= len(_words(g)) / 2 for g in golds):
                continue
            out["false positive"] += 1
            label = ("a distractor" if any(len(_words(it.quote) & _words(x["quote"])) >= len(_words(x["quote"])) / 2
                                           for x in d.get("distractors") or [])
                     else "ambiguous" if any(len(_words(it.quote) & _words(x["quote"])) >= len(_words(x["quote"])) / 2
                                             for x in d.get("ambiguous") or [])
                     else "unlabelled")
            out[f"false positive: labelled {label}"] += 1
            out[f"false positive: its verb is {verb_class(base_form((it.action or '').split()[0] if it.action else ''))}"] += 1
            out[f"false positive: a window {it.due_start is not None}"] += 1
        for c in d.get("commitments") or []:
            q = c["quote"]
            if any(len(_words(p) & _words(q)) >= len(_words(q)) / 2 for p in quotes):
                out["found"] += 1
                continue
            out["missed"] += 1
            modal = OPEN_FUTURE_RE.search(q) or re.search(r"\b(?:will|shall|would)\b", q)
            out["missed: a future modal"] += modal is not None
            out["missed: agreed/decided"] += re.search(r"\b(?:agreed|decided|resolved|pledged)\b", q) is not None
            times = [t for t in windows.find_all(q, day, "future") if t.due_start is not None]
            out["missed: any window"] += bool(times)
            out["missed: a dated future window"] += any(
                t.reference == "future" and t.granularity in core._OPEN_GRAINS for t in times)
            out["missed: gold has a window"] += c.get("due_window") is not None
            m = OPEN_FUTURE_RE.search(q)
            if m is not None:
                fverb = m.group("verb") or m.group("prog") or m.group("pres")  # (the three readings' groups)
                out[f"missed: first future verb is {verb_class(fverb)}"] += 1
                chunk, word, _start = core._clause_subject(q, m.start())
                kind = core._subject_kind(chunk)
                out[f"missed: its subject is {kind}"] += 1
                out[f"missed: its verb is in a frame's table: {base_form(fverb) in FRAMED_VERBS}"] += 1
                out[f"missed: its clause boundary is {'none' if word == '^' else 'a relative' if word in RELATIVE_WORDS else word}"] += 1
                if kind == "none":
                    ws = chunk.split()
                    shape = ("empty" if not ws else "pronoun" if chunk.lower() in ("he", "she", "it", "they", "we", "i")
                             else "capitalised words only" if all(w[:1].isupper() for w in ws)
                             else "the/a + words" if ws[0].lower() in ("the", "a", "an") else "other")
                    out[f"missed: a subject of no kind: {shape}"] += 1
                    out[f"missed: a subject of no kind: {min(len(ws), 6)}{'+' if len(ws) >= 6 else ''} words"] += 1
            if modal is None and re.search(r"\b(?:agreed|decided)\b", q) is None:
                out["missed: no finite future"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    for folder in ap.parse_args().sets:
        if not (folder / "gold.yaml").is_file():
            raise SystemExit(f"miss_probe: {folder} has no gold.yaml (a folder in the devcorpus format)")
        print(f"== {folder.name}")
        for k, v in sorted(probe(folder).items()):
            print(f"{k:44s} {v}")


if __name__ == "__main__":
    main()
