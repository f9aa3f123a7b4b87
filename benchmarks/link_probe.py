"""Counts, never text: why the matcher, given a set's gold commitments, misses their first reports
(docs/accuracy.md, nineteenth blind check). For each gold fulfilment the oracle does not find, the
first condition of the framed matcher that no event of the report meets, and what the promise
lacks; so a held-out set can be probed without reading its failures.

    .venv/bin/python benchmarks/link_probe.py SET [SET ...]

SET is a folder in the devcorpus format (gold.yaml, corpus/). The conditions, in order, on the
report's events that are not occasion sentences: a positive report of a thing done at all; of an
action the promise's can be kept by (``match.compatible_actions``); of parties that can be the
promise's (``keys.parties_compatible``); dated from the promise to a year after its window (or
undated); then whether the series keys agree (both named and different, one unnamed, both unnamed).
And why the last fallback (``unframed``: occasion sentences) does not keep it either: what the
promise lacks for it (``occasion_ok``), or the condition (``unframed.refusal``) that the report's
occasion sentence getting furthest through them fails.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import link_accuracy as la

REACH = dt.timedelta(days=366)


def probe(folder: Path) -> collections.Counter[str]:
    from tracker.linking import load_registry, suggest
    from tracker.linking.keys import parties_compatible
    from tracker.linking.match import compatible_actions, promises_visit
    from tracker.linking.unframed import is_occasion

    reg = load_registry()
    gold = la.Gold(folder)
    views, sources, ids = la.oracle_inputs(gold, folder, reg)
    every = suggest(views, sources, reg)
    sgs = [s for s in every if s.kind in la.FULFIL_KINDS]
    found = {(ids[s.commitment_id], s.source_id) for s in sgs}
    by_file = {s.file_name: s for s in sources}
    by_gold = {ids[v.id]: v for v in views}
    out: collections.Counter[str] = collections.Counter()
    # the wrong ones (a fulfilment gold does not list), by the basis their reason names first
    # and their timeliness: which reading a held-out set's wrong links come from
    file_of = {s.source_id: s.file_name for s in sources}
    by_gold_id = {v.id: v for v in views}
    for sg in sgs:
        right = file_of.get(sg.source_id) in gold.links.get(ids[sg.commitment_id], set())
        basis = re.split(r"[:(]", sg.reason, maxsplit=1)[0].strip()[:40]
        out[f"{'right' if right else 'wrong'}: {basis}; {sg.timeliness or 'undated'}"] += 1
        if not right:
            gid = ids[sg.commitment_id]
            out[f"wrong: the report in gold: {_gold_relation(gold, gid, file_of.get(sg.source_id), sources)}"] += 1
            days = [d for f in sorted(gold.links.get(gid, set())) if (d := _gold_day(gold, gid, f))]
            when = ("undated" if sg.event_date is None else "no gold day" if not days
                    else "before gold's day" if sg.event_date < min(days) else "on gold's day"
                    if sg.event_date == min(days) else "after gold's day")
            out[f"wrong: the event as read: {when}; confidence {'<0.6' if sg.confidence < 0.6 else '>=0.6'}"] += 1
        c = by_gold_id[sg.commitment_id]
        if sg.timeliness == "late" and c.due_end is not None and sg.event_date is not None:
            days = (sg.event_date - c.due_end).days
            out[f"{'right' if right else 'wrong'}: late by {'<90' if days < 90 else '<366' if days < 366 else '366+'} days"
                f" (window {'<=31' if c.due_start and (c.due_end - c.due_start).days <= 31 else '>31'} days)"] += 1
    # the gold misses: whether the report has a negative event at all, and of the promise's series
    missed_found = {(ids[s.commitment_id], s.source_id) for s in every if s.kind == "missed"}

    def pairs(links: dict[str, set[str]]):  # type: ignore[no-untyped-def]
        """(gold id, its promise, a report gold links it to, its file), in order."""
        for gid, files in links.items():
            for f in sorted(files):
                yield gid, by_gold[gid], by_file[f], f

    for gid, c, s, _f in pairs(gold.misses):
        out["gold misses"] += 1
        if (gid, s.source_id) in missed_found:
            out["gold misses: found"] += 1
            continue
        neg = [e for e in s.events if e.polarity == "negative" and not is_occasion(e)]
        if not neg:
            out["gold misses: no negative event in the report"] += 1
            ann = [e for e in s.events if e.polarity == "announced" and not is_occasion(e)]
            later = [e for e in ann if c.due_end and e.date_start and e.date_start > c.due_end]
            out[f"gold misses: no negative event; announced events {min(len(ann), 1)}, dated after the window"
                f" {min(len(later), 1)}, report after the window {int(bool(c.due_end and s.published_on > c.due_end))}"] += 1
        elif c.key and any(e.key == c.key for e in neg):
            out["gold misses: a negative event of its series, refused"] += 1
        else:
            out[f"gold misses: negative events of other series ({'promise named' if c.key else 'promise unnamed'})"] += 1
        out[f"gold misses: promise {'recurs' if c.recurrence else 'once'}, window {'yes' if c.due_end else 'none'}"] += 1
    for gid, c, s, f in pairs(gold.links):
        out["first reports"] += 1
        if (gid, s.source_id) in found:
            out["found"] += 1
            continue
        out["missed"] += 1
        out[f"missed: occasion fallback: {_occasion_refusal(c, s)}"] += 1
        out[f"missed: promise countries {min(len(c.countries), 2)}{'+' if len(c.countries) >= 2 else ''}"] += 1
        out[f"missed: promise series {'named' if c.key else 'none'}"] += 1
        out[f"missed: promise class {c.action_cls}{' (visit)' if promises_visit(c) else ''}"] += 1
        evs = [e for e in s.events if not is_occasion(e) and e.polarity == "positive"
               and e.action != "progress"]
        if not evs:
            out["missed: first refusal: no framed report in the document"] += 1
            out[f"missed: no framed report; occasion sentences {min(sum(map(is_occasion, s.events)), 1)}"] += 1
            continue
        acts = sorted({e.action for e in evs})
        evs = [e for e in evs if compatible_actions(e.action, c.action_cls, e)]
        if not evs:
            out["missed: first refusal: no report of a compatible action"] += 1
            out[f"missed: no compatible action: promise {c.action_cls}, reports {'/'.join(acts)}"] += 1
            out[f"missed: no compatible action: the promise's verb {c.action}"] += 1
            continue
        evs = [e for e in evs if parties_compatible(c.countries, e.countries)]
        if not evs:
            out["missed: first refusal: no report of compatible parties"] += 1
            continue
        last = (c.due_end or c.made_on) + REACH
        dated = evs
        evs = [e for e in evs if e.date_start is None or c.made_on <= e.date_start <= last]
        if not evs:
            out["missed: first refusal: no report dated in reach"] += 1
            out[f"missed: out of reach: {_reach(c, s.published_on, dated)}"] += 1
            day = _gold_day(gold, gid, f)
            if day is not None:
                near = min(abs((e.date_start - day).days) for e in dated if e.date_start)
                out[f"missed: out of reach: gold day {'after' if day >= c.made_on else 'before'} the promise;"
                    f" nearest event {'same day' if near == 0 else 'within 31 days' if near <= 31 else 'further'}"] += 1
                anyd = [abs((e.date_start - day).days) for e in s.events if e.date_start]
                out[f"missed: out of reach: any event of the report (any action) within 31 days of gold day:"
                    f" {bool(anyd) and min(anyd) <= 31}"] += 1
            continue
        if c.key and any(e.key == c.key for e in evs):
            out["missed: first refusal: same series, refused later (ordinal, host, edition)"] += 1
            out[f"missed: same series, refused by: {_same_series_refusal(c, s, [e for e in evs if e.key == c.key], views, reg)}"] += 1
        elif c.key and any(e.key for e in evs):
            out["missed: first refusal: both named, different series"] += 1
            mine = set(c.key.split())
            rel = {"subset" if set(e.key.split()) < mine else "superset" if set(e.key.split()) > mine
                   else "overlap" if set(e.key.split()) & mine else "disjoint" for e in evs if e.key}
            best = next(r for r in ("subset", "superset", "overlap", "disjoint") if r in rel)
            out[f"missed: different series: report's key words vs the promise's: {best}"] += 1
        elif c.key or any(e.key for e in evs):
            out["missed: first refusal: one side unnamed"] += 1
        else:
            out["missed: first refusal: both unnamed"] += 1
    return out


def _gold_relation(gold, gid: str, file: str | None, sources) -> str:
    """What gold says of a wrong link's report for that promise: the relation it lists it with,
    else none; and whether it comes before or after the gold's first report (by date)."""
    rel = next((e["relation"] for e in gold.outcomes.get(gid, {}).get("evidence") or []
                if gold.file[e["doc"]] == file), "not listed")
    day = {x.file_name: x.published_on for x in sources}
    firsts = [day[f] for f in gold.links.get(gid, set()) if f in day]
    if not firsts:
        return f"{rel}; gold has no fulfilment"
    mine = day.get(file or "")
    order = "before" if mine and mine < min(firsts) else "same day" if mine == min(firsts) else "after"
    return f"{rel}; {order} gold's first report"


def _same_series_refusal(c, s, evs, views, reg) -> str:
    """Which later condition of ``match._fulfil`` refuses the report's events of the promise's
    own series (the first met by the event getting furthest), or "kept, another report chosen"
    when one is taken there and the selection keeps another."""
    from tracker.linking.match import _fulfil, _Series, same_unit_numbers

    same = [v for v in views if v.key == c.key]
    if any(_fulfil(c, s, e, reg, _Series(same)) is not None for e in evs):
        return "kept there, another report chosen"
    steps = []
    for e in evs:
        if not same_unit_numbers(c, e):
            steps.append((0, "another numbered unit"))
        elif c.ordinal is not None and e.ordinal is not None and c.ordinal != e.ordinal:
            steps.append((1, "another ordinal"))
        elif e.date_start is not None and e.date_start <= c.made_on:
            steps.append((2, "dated on or before the promise"))
        elif e.date_start is None and (e.anchor or s.published_on) <= c.made_on:
            steps.append((2, "undated, reported on or before the promise"))
        else:
            steps.append((3, "edition, window, host or level"))
    return max(steps)[1] if steps else "none"


def _gold_day(gold, gid: str, file: str) -> dt.date | None:
    """The event date gold gives a fulfilment of ``gid`` in ``file`` (None: none given)."""
    for e in gold.outcomes.get(gid, {}).get("evidence") or []:
        if gold.file[e["doc"]] == file and e.get("event_date"):
            d = e["event_date"]
            return d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))
    return None


def _reach(c, published_on: dt.date, evs) -> str:
    """Where the report's events lie against a promise's reach (counts of a held-out set)."""
    last = (c.due_end or c.made_on) + REACH
    before = [e for e in evs if e.date_start is not None and e.date_start < c.made_on]
    after = [e for e in evs if e.date_start is not None and e.date_start > last]
    report = "report itself after reach" if published_on > last else "report in reach"
    if before and not after:
        return f"all before the promise ({report})"
    if after and not before:
        years = min((e.date_start - last).days for e in after) // 365
        return f"all after reach, by {years}+ years ({report}; window {'yes' if c.due_end else 'none'})"
    return f"before and after ({report})"


#: the conditions of ``unframed.refusal`` in the order it tests them
_ORDER = ("another class of occasion", "not the promise's countries", "not a later report",
          "not on a day the promise allows", "another edition", "an occasion of its own kind",
          "other participants", "too few names shared")


def _occasion_refusal(c, s) -> str:
    """Why no occasion sentence of report ``s`` keeps promise ``c`` (the furthest condition)."""
    from tracker.linking.match import deliverable_kinds, promises_visit
    from tracker.linking.unframed import (
        is_occasion,
        promise_refusal,
        promise_window,
        promised_class,
        refusal,
    )

    why = promise_refusal(c.countries, c.recurrence, c.due_start, c.due_end, c.made_on, c.quote, c.subject)
    if why is not None:
        return why
    win = promise_window(c.due_start, c.due_end, c.made_on)
    assert win is not None
    occ = [e for e in s.events if is_occasion(e)]
    if not occ:
        return "no occasion sentence in the report"
    best = -1
    for e in occ:
        why = refusal(e, s.published_on, made_on=c.made_on, window=win,
                      cls=promised_class(c.action_cls, promises_visit(c)), subject=c.subject,
                      quote=c.quote, countries=c.countries, kinds=deliverable_kinds(c.quote),
                      kinds_of=deliverable_kinds)
        if why is None:
            return "kept (outranked or refused elsewhere)"
        best = max(best, _ORDER.index(why))
    return _ORDER[best]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    args = ap.parse_args(argv)
    total: collections.Counter[str] = collections.Counter()
    for folder in args.sets:
        got = probe(folder)
        total += got
        print(f"== {folder.name}")
        for k in sorted(got):
            print(f"{k:<75} {got[k]}")
    if len(args.sets) > 1:
        print("== all")
        for k in sorted(total):
            print(f"{k:<75} {total[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
