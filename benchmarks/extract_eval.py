#!/usr/bin/env python
"""Evaluate the extractor on the labelled dev set (tests/devset/).

Item-level matching: an extracted item matches a label when the kinds agree,
the label's quote substring occurs in the extracted quote, and at least one of
the label's subject keywords occurs (case-insensitively) in the extracted
subject. Each extracted item matches at most one label.

Prints precision, recall, F1, window accuracy (exact due_start and due_end
among matched items), made_on and actor accuracy among matched items.

    .venv/bin/python benchmarks/extract_eval.py [--verbose] [--devset DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tracker.extract import extract

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def load_document(path: Path) -> tuple[str, date]:
    text = path.read_text(encoding="utf-8")
    m = _FRONT.match(text)
    if not m:
        raise SystemExit(f"{path}: the dev set documents need YAML front matter")
    meta = yaml.safe_load(m.group(1))
    d = meta["date"]
    if isinstance(d, str):
        d = date.fromisoformat(d)
    return text[m.end():], d


def _as_date(v: object) -> date | None:
    if v is None:
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def _matches(label: dict, item) -> bool:
    if label["kind"] != item.kind or label["quote"] not in item.quote:
        return False
    subj = item.subject.lower()
    return any(str(k).lower() in subj for k in label.get("subject", [])) or not label.get("subject")


def evaluate(devset: Path, verbose: bool = False, labels_file: str = "labels.yaml") -> dict[str, float]:
    labels = yaml.safe_load((devset / labels_file).read_text(encoding="utf-8"))
    n_pred = n_gold = n_match = n_window = n_made = n_actor = 0
    for name in sorted(labels):
        body, published = load_document(devset / "docs" / name)
        items = extract(body, published)
        gold = labels[name] or []
        used: set[int] = set()
        errors: list[str] = []
        for lab in gold:
            idx = next((i for i, it in enumerate(items) if i not in used and _matches(lab, it)), None)
            if idx is None:
                errors.append(f"  MISSED {lab['kind']}: {lab['quote']!r} subject~{lab.get('subject')}")
                continue
            used.add(idx)
            it = items[idx]
            n_match += 1
            ds, de = _as_date(lab.get("due_start")), _as_date(lab.get("due_end"))
            if it.due_start == ds and it.due_end == de:
                n_window += 1
            else:
                errors.append(f"  WINDOW {lab['quote']!r}: got {it.due_start}..{it.due_end} "
                              f"({it.due_expression!r}, {it.due_rule}) want {ds}..{de}")
            made = _as_date(lab.get("made_on")) or published
            if it.made_on == made:
                n_made += 1
            else:
                errors.append(f"  MADE_ON {lab['quote']!r}: got {it.made_on} want {made}")
            if sorted(it.actors) == sorted(lab.get("actors", [])):
                n_actor += 1
            else:
                errors.append(f"  ACTORS {lab['quote']!r}: got {it.actors} want {lab.get('actors')}")
        for i, it in enumerate(items):
            if i not in used:
                errors.append(f"  SPURIOUS {it.kind} [{it.action}] {it.subject!r} <- {it.quote[:110]!r}")
        n_pred += len(items)
        n_gold += len(gold)
        if verbose and errors:
            print(f"{name}:")
            print("\n".join(errors))
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    res = {
        "documents": len(labels), "gold": n_gold, "predicted": n_pred, "matched": n_match,
        "precision": p, "recall": r, "f1": f,
        "window_accuracy": n_window / n_match if n_match else 0.0,
        "made_on_accuracy": n_made / n_match if n_match else 0.0,
        "actor_accuracy": n_actor / n_match if n_match else 0.0,
    }
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=ROOT / "tests" / "devset")
    ap.add_argument("--verbose", "-v", action="store_true", help="per-document errors")
    ap.add_argument("--labels", action="append",
                    help="label file(s) in the dev set (default: labels.yaml and labels_holdout.yaml)")
    args = ap.parse_args(argv)
    for labels_file in args.labels or ["labels.yaml", "labels_holdout.yaml"]:
        if not (args.devset / labels_file).exists():
            continue
        print(f"== {labels_file}")
        report(evaluate(args.devset, args.verbose, labels_file))
    return 0


def report(res: dict[str, float]) -> None:
    print(f"documents {res['documents']}  gold {res['gold']}  predicted {res['predicted']}  "
          f"matched {res['matched']}")
    print(f"precision {res['precision']:.3f}  recall {res['recall']:.3f}  f1 {res['f1']:.3f}")
    print(f"window accuracy {res['window_accuracy']:.3f}  made_on accuracy "
          f"{res['made_on_accuracy']:.3f}  actor accuracy {res['actor_accuracy']:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
