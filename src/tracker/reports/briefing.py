"""The briefing page and the scorecard as HTML: self-contained pages from
Jinja2 templates (``tracker/reports/templates/``, autoescaped), with an inline SVG
chart, no script and a Content-Security-Policy that forbids scripts and
remote loads. Pure: they render a ``Scorecard`` and what they are given
(the generation time comes from the caller's clock).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from tracker.domain.textsafe import clean, one_line
from tracker.reports.scorecard import GROUPINGS, Item, Row, Scorecard, compute
from tracker.reports.scorecard_writers import HEADINGS, score_text
from tracker.reports.writers import HTML_CSP

GROUP_BY = ("relationship", "series")

# Chart segments, in the order drawn left to right: (label, columns, colour).
SEGMENTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("fulfilled", ("fulfilled_on_time", "fulfilled_late", "fulfilled_undated"), "#2e7d4f"),
    ("partly", ("partially_fulfilled",), "#d9a31a"),
    ("missed", ("missed",), "#b3261e"),
    ("overdue", ("overdue",), "#e8785e"),
    ("open", ("open",), "#9aa5b1"),
    ("other", ("other",), "#d6dbe0"),
)
CHART_MAX_PARTIES = 25


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("tracker.reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["clean"] = clean
    env.filters["line"] = one_line
    env.filters["score"] = score_text
    env.filters["iso"] = lambda d: d.isoformat() if d else "…"
    return env


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) one with a host, else None (no
    link is made: no javascript:, data:, file: or relative targets)."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


@dataclass(frozen=True)
class Bar:
    label: str
    made: int
    y: int
    segments: list[dict[str, Any]]
    score: str


def chart(rows: Sequence[Row], *, width: int = 720, label_width: int = 200,
          bar: int = 18, gap: int = 8) -> dict[str, Any]:
    """Geometry of the horizontal stacked bars (one per party, most commitments
    first, at most ``CHART_MAX_PARTIES``), each segment a share of the
    longest bar."""
    shown = sorted(rows, key=lambda r: (-r.made, r.group.casefold()))[:CHART_MAX_PARTIES]
    longest = max((r.made for r in shown), default=0) or 1
    scale = (width - label_width - 70) / longest
    bars = []
    for i, r in enumerate(shown):
        x = float(label_width)
        segs = []
        for label, cols, colour in SEGMENTS:
            n = sum(r.counts[c] for c in cols)
            if n:
                w = n * scale
                segs.append({"x": round(x, 1), "w": round(w, 1), "n": n, "label": label,
                             "colour": colour})
                x += w
        bars.append(Bar(one_line(r.group, 27), r.made, 28 + i * (bar + gap), segs,
                        score_text(r.score)))
    height = 28 + len(bars) * (bar + gap) + 10
    return {"bars": bars, "width": width, "height": height, "bar": bar,
            "label_width": label_width, "left_out": max(0, len(rows) - len(shown)),
            "legend": [(label, colour) for label, _, colour in SEGMENTS]}


def _sibling_groups(items: Sequence[Item]) -> list[dict[str, Any]]:
    """Items split from one sentence (same parent, else the same quote from the
    same source) share one quote."""
    groups: dict[Any, dict[str, Any]] = {}
    for it in items:
        key = ("parent", it.parent_id) if it.parent_id else ("quote", it.source_file,
                                                             " ".join(it.quote.split()))
        g = groups.setdefault(key, {"quote": it.quote, "items": []})
        g["items"].append(it)
    return list(groups.values())


def _item_view(it: Item, as_of: dt.date) -> dict[str, Any]:
    days = (as_of - it.due_end).days if it.outcome == "overdue" and it.due_end else None
    return {"item": it, "url": safe_url(it.source_url),
            "source": it.source_title or it.source_file or "added by hand",
            "days_overdue": days, "parties": ", ".join(it.parties) or "(no party named)"}


def _common(card: Scorecard, generated_at: dt.datetime, database: str) -> dict[str, Any]:
    return {"csp": HTML_CSP, "as_of": card.as_of.isoformat(),
            "generated_at": generated_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "database": database, "headings": HEADINGS}


def render_scorecard(card: Scorecard, *, generated_at: dt.datetime, database: str) -> str:
    """The scorecard as a self-contained HTML page (the table and a chart of it)."""
    return _env().get_template("scorecard.html.j2").render(
        **_common(card, generated_at, database), card=card,
        title=f"Scorecard by {card.by} as of {card.as_of.isoformat()}",
        chart=chart(card.rows))


def render_briefing(items: Sequence[Item], as_of: dt.date, *, generated_at: dt.datetime,
                    database: str, group_by: str = "relationship") -> str:
    """The briefing page as of a date: summary, fulfilment by party, and the
    commitments grouped by relationship or dialogue series."""
    if group_by not in GROUP_BY:
        raise ValueError(f"unknown grouping {group_by!r}: one of {', '.join(GROUP_BY)}")
    assert set(GROUP_BY) <= set(GROUPINGS)
    by_party = compute(items, "party", as_of)
    by_rel = compute(items, "relationship", as_of)
    grouped = compute(items, group_by, as_of)
    overdue = sorted((it for it in items if it.column == "overdue"),
                     key=lambda it: (it.due_end or as_of, it.id))
    members_of: dict[str, list[Item]] = {}
    for it in sorted(items, key=lambda it: (it.made_on, it.id)):
        for g in it.groups(group_by):
            members_of.setdefault(g, []).append(it)
    sections = []
    for row in grouped.rows:
        members = members_of[row.group]
        sections.append({"row": row, "siblings": [
            {"quote": g["quote"], "items": [_item_view(it, as_of) for it in g["items"]]}
            for g in _sibling_groups(members)]})
    return _env().get_template("briefing.html.j2").render(
        **_common(by_party, generated_at, database),
        title=f"Briefing as of {as_of.isoformat()}",
        total=by_party.total, by_party=by_party, by_relationship=by_rel, chart=chart(by_party.rows),
        oldest_overdue=[_item_view(it, as_of) for it in overdue[:5]],
        overdue_count=len(overdue), group_by=group_by, sections=sections)
