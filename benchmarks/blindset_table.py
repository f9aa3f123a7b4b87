"""Before and after on labelled sets kept outside the repository: one row per set, from the JSON files
``benchmarks/blindset.py --json`` writes (one run of the start's tree, one of the change's).

Each row gives extraction F1 and windows, fulfilment links end to end (found of gold, wrong), misses
end to end, and the oracle's links (right, wrong); a cell the second file changes is marked ``*``.
The last lines total the sets, then the sets not named by ``--design`` (the ones never read) apart:
a change is judged on those.

    .venv/bin/python benchmarks/blindset_table.py /tmp/start.json /tmp/now.json --design blind71a blind71c
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

Figures = dict[str, dict[str, object]]


def _cells(r: Figures) -> tuple[str, ...]:
    e, link, miss, orc = r["extract"], r["e2e"], r["e2e_miss"], r["oracle"]
    return (f"{e['f1']:.2f}", f"{e['windows'][0]}/{e['windows'][1]}",  # type: ignore[index]
            f"{link['found']}/{link['of']}({link['wrong']})", f"{miss['found']}/{miss['of']}({miss['wrong']})",
            f"{orc['tp']}({orc['fp']})")


def _total(rows: dict[str, Figures], names: list[str]) -> str:
    if not names:
        return "no sets"
    def add(part: str, key: str) -> int:
        return sum(int(rows[n][part][key]) for n in names)  # type: ignore[index]
    mean = sum(float(rows[n]["extract"]["f1"]) for n in names) / len(names)  # type: ignore[index]
    return (f"{len(names)} sets: mean F1 {mean:.3f}; links {add('e2e', 'found')} of {add('e2e', 'of')} "
            f"({add('e2e', 'wrong')} wrong); misses {add('e2e_miss', 'found')} of {add('e2e_miss', 'of')} "
            f"({add('e2e_miss', 'wrong')} wrong); oracle {add('oracle', 'tp')} ({add('oracle', 'fp')} wrong)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", help="blindset.py --json of the start")
    ap.add_argument("after", nargs="?", help="blindset.py --json of the change (default: the start alone)")
    ap.add_argument("--design", nargs="*", default=[], help="the sets read for design (the rest were never read)")
    a = ap.parse_args(argv)
    try:
        before: dict[str, Figures] = json.loads(Path(a.before).read_text())
        after: dict[str, Figures] = json.loads(Path(a.after).read_text()) if a.after else before
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    widths = (6, 7, 12, 12, 8)
    print(f"{'set':12} " + " ".join(f"{h:>{w}}" for h, w in zip(("F1", "win", "links", "misses", "oracle"), widths)))
    for name in sorted(after):
        now = _cells(after[name])
        was = _cells(before[name]) if name in before else now
        cells = [c + ("*" if c != b else " ") for c, b in zip(now, was)]
        mark = " (design)" if name in a.design else ""
        print(f"{name:12} " + " ".join(f"{c:>{w}}" for c, w in zip(cells, widths)) + mark)
    common = sorted(set(before) & set(after))
    unread = [n for n in common if n not in a.design]
    print("before, all  :", _total(before, common))
    print("after, all   :", _total(after, common))
    print("before, unread:", _total(before, unread))
    print("after, unread :", _total(after, unread))
    return 0


if __name__ == "__main__":
    sys.exit(main())
