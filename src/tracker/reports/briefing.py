"""The briefing page and the scorecard as HTML: self-contained pages from
Jinja2 templates (``tracker/reports/templates/``, autoescaped), with an inline SVG
chart, no script and a Content-Security-Policy that forbids scripts and
remote loads. Pure: they render a ``Scorecard`` and what they are given
(the generation time comes from the caller's clock).
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Self, TextIO
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


def sibling_key(it: Item) -> str:
    """Items split from one sentence share one quote on the page: the same parent,
    else the same quote from the same source."""
    key = (["parent", it.parent_id] if it.parent_id
           else ["quote", it.source_file, " ".join(it.quote.split())])
    return json.dumps(key)


class _Spool:
    """The briefing's items in a temporary SQLite file, so the page is written from
    a stream at flat memory: read once, then folded by each grouping and listed
    group by group, each group's items oldest first under their shared quotes."""

    def __init__(self, group_by: str, as_of: dt.date) -> None:
        self.group_by, self.as_of = group_by, as_of
        self._dir = tempfile.TemporaryDirectory(prefix="tracker-briefing-")
        self.db = sqlite3.connect(Path(self._dir.name) / "spool.db")
        self.db.executescript(
            "CREATE TABLE item (n INTEGER PRIMARY KEY, blob BLOB);"
            "CREATE TABLE member (g TEXT, sib TEXT, made_on TEXT, id INTEGER, n INTEGER);")
        self.count = 0
        self.overdue_count = 0
        self._overdue: list[tuple[tuple[dt.date, int], int, Item]] = []

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()
        self._dir.cleanup()

    def fill(self, items: Iterable[Item]) -> None:
        batch: list[tuple[int, bytes]] = []
        members: list[tuple[str, str, str, int, int]] = []
        for it in items:
            self.count += 1
            batch.append((self.count, pickle.dumps(it, pickle.HIGHEST_PROTOCOL)))
            sib = sibling_key(it)
            members += [(g, sib, it.made_on.isoformat(), it.id, self.count)
                        for g in it.groups(self.group_by)]
            if it.column == "overdue":
                self.overdue_count += 1
                self._overdue.append(((it.due_end or self.as_of, it.id), self.count, it))
                if len(self._overdue) > 1000:
                    self._overdue = heapq.nsmallest(OLDEST_OVERDUE, self._overdue)
            if len(batch) >= 2000:
                self._write(batch, members)
                batch, members = [], []
        self._write(batch, members)
        self.db.execute("CREATE INDEX ix_member ON member (g, sib)")

    def _write(self, batch: list[tuple[int, bytes]],
               members: list[tuple[str, str, str, int, int]]) -> None:
        self.db.executemany("INSERT INTO item VALUES (?, ?)", batch)
        self.db.executemany("INSERT INTO member VALUES (?, ?, ?, ?, ?)", members)

    def oldest_overdue(self) -> list[Item]:
        return [it for *_, it in heapq.nsmallest(OLDEST_OVERDUE, self._overdue)]

    def items(self) -> Iterator[Item]:
        """Every item, in the order given."""
        for (blob,) in self.db.execute("SELECT blob FROM item ORDER BY n"):
            yield pickle.loads(blob)

    def siblings(self, group: str) -> Iterator[tuple[str, list[Item]]]:
        """The group's items, oldest first (made on, id), in runs that share a quote,
        the runs in the order of their first item; each run with its first quote."""
        rows = self.db.execute(
            "WITH m AS (SELECT sib, made_on, id, n FROM member WHERE g = ?),"
            " f AS (SELECT sib, MIN(made_on || printf('%012d', id)) AS first FROM m GROUP BY sib)"
            " SELECT m.sib, item.blob FROM m JOIN f USING (sib) JOIN item USING (n)"
            " ORDER BY f.first, m.made_on, m.id", (group,))
        run: list[Item] = []
        current = None
        for sib, blob in rows:
            if sib != current and run:
                yield run[0].quote, run
                run = []
            current = sib
            run.append(pickle.loads(blob))
        if run:
            yield run[0].quote, run


#: how many overdue commitments the briefing's summary names (oldest due first)
OLDEST_OVERDUE = 5


def write_briefing(items: Iterable[Item], as_of: dt.date, out: TextIO, *,
                   generated_at: dt.datetime, database: str,
                   group_by: str = "relationship") -> int:
    """The briefing page as of a date, written to ``out`` as it is made: summary,
    fulfilment by party, and the commitments grouped by relationship or dialogue
    series. ``items`` is read once (a stream: memory does not grow with it).
    Returns the number of commitments on the page."""
    if group_by not in GROUP_BY:
        raise ValueError(f"unknown grouping {group_by!r}: one of {', '.join(GROUP_BY)}")
    assert set(GROUP_BY) <= set(GROUPINGS)
    with _Spool(group_by, as_of) as spool:
        spool.fill(items)
        by_party = compute(spool.items(), "party", as_of, keep_items=False)
        by_rel = compute(spool.items(), "relationship", as_of, keep_items=False)
        grouped = (by_rel if group_by == "relationship"
                   else compute(spool.items(), group_by, as_of, keep_items=False))
        sections = ({"row": row, "siblings": [
            {"quote": quote, "items": [_item_view(it, as_of) for it in run]}
            for quote, run in spool.siblings(row.group)]} for row in grouped.rows)
        page = _env().get_template("briefing.html.j2").generate(
            **_common(by_party, generated_at, database),
            title=f"Briefing as of {as_of.isoformat()}",
            total=by_party.total, by_party=by_party, by_relationship=by_rel,
            chart=chart(by_party.rows),
            oldest_overdue=[_item_view(it, as_of) for it in spool.oldest_overdue()],
            overdue_count=spool.overdue_count, group_by=group_by, sections=sections,
            section_count=len(grouped.rows))
        out.writelines(page)
        return spool.count
