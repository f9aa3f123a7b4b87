"""Overdue reports, streamed: rows go from the database cursor to the output
without being collected, so memory stays flat however many there are.

The query reads the partial index on ``due_end`` over active rows, in order,
for any as-of date from today on; for a past date it asks history what each
commitment's status was then and counts only sources published by then.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any, TextIO

from sqlalchemy import Select, String, and_, bindparam, cast, func, select, text
from sqlalchemy.orm import Session, aliased

from tracker.models import ACTIVE_SQL, Commitment, Evidence, HistoryEntry, Source

FORMATS = ("table", "markdown", "csv", "json", "html")

# Suggestions that can explain an overdue item, strongest first.
EXPLAINING_KINDS = ("fulfils", "partially_fulfils", "missed", "progress")


@dataclass
class OverdueItem:
    id: int
    subject: str
    quote: str
    source: str | None
    due_start: str | None
    due_end: str
    days_overdue: int
    status: str
    actors: str
    kind: str
    suggestion: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["actors"] = [a.strip() for a in self.actors.split(";") if a.strip()]
        return d


def _days_between(dialect: str, as_of: dt.date) -> Any:
    if dialect == "sqlite":
        return cast(
            func.julianday(bindparam("as_of_s", as_of.isoformat()))
            - func.julianday(Commitment.due_end),
            type_=_int(),
        )
    return bindparam("as_of_d", as_of) - Commitment.due_end


def _int() -> Any:
    from sqlalchemy import Integer

    return Integer()


def overdue_query(dialect: str, as_of: dt.date, today: dt.date | None = None) -> Select[Any]:
    today = today or dt.date.today()
    ev = aliased(Evidence)
    ev_src = aliased(Source)
    best = (
        select(Evidence.id)
        .where(
            Evidence.commitment_id == Commitment.id,
            Evidence.review == "pending",
            Evidence.kind.in_(EXPLAINING_KINDS),
        )
        .order_by(Evidence.confidence.desc(), Evidence.id)
        .limit(1)
        .correlate(Commitment)
        .scalar_subquery()
    )
    q = (
        select(
            Commitment.id,
            Commitment.subject,
            Commitment.quote,
            Source.file_name,
            cast(Commitment.due_start, String),
            cast(Commitment.due_end, String),
            _days_between(dialect, as_of).label("days_overdue"),
            Commitment.status,
            Commitment.actors,
            Commitment.kind,
            ev.kind,
            ev_src.file_name,
            cast(ev.event_date, String),
        )
        .select_from(Commitment)
        .outerjoin(Source, Source.id == Commitment.source_id)
        .outerjoin(ev, ev.id == best)
        .outerjoin(ev_src, ev_src.id == ev.source_id)
        .where(Commitment.due_end < bindparam("as_of", as_of))
        .order_by(Commitment.due_end, Commitment.id)
    )
    if as_of >= today:
        # Fast path: current status is the status as of the date; reads the
        # partial index in due_end order.
        return q.where(text(ACTIVE_SQL))
    end_of_day = dt.datetime.combine(as_of, dt.time.max, tzinfo=dt.timezone.utc)
    status_then = func.coalesce(
        select(HistoryEntry.from_status)
        .where(
            HistoryEntry.commitment_id == Commitment.id,
            HistoryEntry.event == "status",
            HistoryEntry.at > end_of_day,
        )
        .order_by(HistoryEntry.at, HistoryEntry.id)
        .limit(1)
        .correlate(Commitment)
        .scalar_subquery(),
        Commitment.status,
    )
    return q.where(
        status_then.in_(["open", "in_progress"]),
        func.coalesce(Source.published_on, Commitment.made_on) <= as_of,
        and_(Commitment.made_on <= as_of),
    )


def iter_overdue_rows(session: Session, as_of: dt.date) -> Iterator[tuple[Any, ...]]:
    """Raw rows, streamed from the cursor."""
    conn = session.connection()
    q = overdue_query(conn.dialect.name, as_of)
    result = conn.execution_options(stream_results=True, yield_per=2000).execute(q)
    for row in result:
        yield tuple(row)


def iter_overdue(session: Session, as_of: dt.date) -> Iterator[OverdueItem]:
    for r in iter_overdue_rows(session, as_of):
        yield _item(r)


def _item(r: tuple[Any, ...]) -> OverdueItem:
    (cid, subject, quote, src, ds, de, days, status, actors, kind, s_kind, s_src, s_date) = r
    suggestion = (
        {"kind": s_kind, "source": s_src, "event_date": s_date} if s_kind is not None else None
    )
    return OverdueItem(cid, subject, quote, src, ds, de, int(days), status, actors or "", kind,
                       suggestion)


# --- writers ------------------------------------------------------------------


def write_report(session: Session, as_of: dt.date, fmt: str, out: TextIO) -> int:
    """Write the overdue report in ``fmt``; returns the number of items."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    return writer(session, as_of, out)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Defuse spreadsheet formula injection: a leading quote makes it text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


CSV_HEADER = (
    "id", "subject", "quote", "source", "due_start", "due_end", "days_overdue", "status",
    "actors", "kind", "suggestion_kind", "suggestion_source", "suggestion_event_date",
)


def _write_csv(session: Session, as_of: dt.date, out: TextIO) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_HEADER)
    n = 0
    for r in iter_overdue_rows(session, as_of):
        w.writerow([csv_safe(v) for v in r])
        n += 1
    return n


def _write_json(session: Session, as_of: dt.date, out: TextIO) -> int:
    out.write('{"as_of": "%s", "items": [' % as_of.isoformat())
    n = 0
    for item in iter_overdue(session, as_of):
        out.write(("\n  " if n == 0 else ",\n  ") + json.dumps(item.to_json(), ensure_ascii=False))
        n += 1
    out.write("\n]}\n" if n else "]}\n")
    return n


def _clip(s: str | None, width: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _suggestion_text(s: dict[str, Any] | None) -> str:
    if not s:
        return ""
    when = f" {s['event_date']}" if s.get("event_date") else ""
    return f"{s['kind']}{when} ({s.get('source') or 'by hand'})"


def _write_table(session: Session, as_of: dt.date, out: TextIO) -> int:
    """A terminal table that fits 80 columns: a line of figures, then the
    subject and the quote beneath it."""
    out.write(f"Overdue as of {as_of.isoformat()}, most overdue first\n")
    out.write(f"{'ID':>6}  {'DAYS':>5}  {'WINDOW':<22}  {'SOURCE':<38}\n")
    n = 0
    for it in iter_overdue(session, as_of):
        window = f"{it.due_start or '…'}…{it.due_end}"
        out.write(f"{it.id:>6}  {it.days_overdue:>5}  {window:<22}  "
                  f"{_clip(it.source or '(by hand)', 38):<38}\n")
        out.write(f"{'':8}{_clip(it.subject, 72)}\n")
        out.write(f"{'':8}“{_clip(it.quote, 70)}”\n")
        if it.suggestion:
            out.write(f"{'':8}suggested: {_clip(_suggestion_text(it.suggestion), 61)}\n")
        n += 1
    out.write(f"{n} overdue item{'s' if n != 1 else ''}\n")
    return n


def _md(s: str | None) -> str:
    s = " ".join((s or "").split())
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _write_markdown(session: Session, as_of: dt.date, out: TextIO) -> int:
    out.write(f"# Overdue commitments as of {as_of.isoformat()}\n\n")
    out.write("| ID | Days overdue | Window | Subject | Quote | Source | Suggestion |\n")
    out.write("|---:|---:|---|---|---|---|---|\n")
    n = 0
    for it in iter_overdue(session, as_of):
        window = f"{it.due_start or '…'} … {it.due_end}"
        out.write(
            f"| {it.id} | {it.days_overdue} | {window} | {_md(it.subject)} | {_md(it.quote)} "
            f"| {_md(it.source or '(by hand)')} | {_md(_suggestion_text(it.suggestion))} |\n"
        )
        n += 1
    out.write(f"\n{n} overdue item{'s' if n != 1 else ''}.\n")
    return n


_HTML_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Overdue commitments as of {as_of}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #1d232a; }}
h1 {{ font-size: 1.4rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #d6dbe0; padding: .45rem .6rem; text-align: left;
          vertical-align: top; }}
th {{ background: #f1f4f7; position: sticky; top: 0; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
blockquote {{ margin: .2rem 0 0; color: #4a5560; font-size: .9rem; }}
.sugg {{ color: #7a4b00; font-size: .85rem; }}
</style></head><body>
<h1>Overdue commitments as of {as_of}</h1>
<table><thead><tr><th>ID</th><th>Days overdue</th><th>Window</th><th>Commitment</th>
<th>Source</th><th>Suggestion</th></tr></thead><tbody>
"""


def _write_html(session: Session, as_of: dt.date, out: TextIO) -> int:
    e = html.escape
    out.write(_HTML_HEAD.format(as_of=e(as_of.isoformat())))
    n = 0
    for it in iter_overdue(session, as_of):
        out.write(
            f"<tr><td class=num>{it.id}</td><td class=num>{it.days_overdue}</td>"
            f"<td>{e(it.due_start or '…')} … {e(it.due_end)}</td>"
            f"<td>{e(it.subject)}<blockquote>{e(it.quote)}</blockquote></td>"
            f"<td>{e(it.source or '(by hand)')}</td>"
            f"<td class=sugg>{e(_suggestion_text(it.suggestion))}</td></tr>\n"
        )
        n += 1
    out.write(f"</tbody></table>\n<p>{n} overdue item{'s' if n != 1 else ''}.</p>\n"
              "</body></html>\n")
    return n


_WRITERS = {
    "table": _write_table,
    "markdown": _write_markdown,
    "csv": _write_csv,
    "json": _write_json,
    "html": _write_html,
}


# --- export -------------------------------------------------------------------


def write_export(session: Session, out: TextIO) -> None:
    """The whole database as one JSON object (CONTRACT.md), streamed."""
    from tracker.models import split_list

    out.write('{"sources": [')
    files: dict[int, str] = {}
    for i, s in enumerate(session.scalars(select(Source).order_by(Source.id))):
        files[s.id] = s.file_name
        obj = {
            "id": s.id, "file": s.file_name, "title": s.title, "publisher": s.publisher,
            "url": s.url, "published_on": s.published_on.isoformat(),
            "content_hash": s.content_hash, "ingested_at": s.ingested_at.isoformat(),
        }
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(obj, ensure_ascii=False))
    out.write('\n], "commitments": [')
    evidence: dict[int, list[dict[str, Any]]] = {}
    for ev in session.scalars(select(Evidence).order_by(Evidence.commitment_id, Evidence.id)):
        evidence.setdefault(ev.commitment_id, []).append({
            "id": ev.id, "source": files.get(ev.source_id) if ev.source_id else None,
            "kind": ev.kind,
            "event_date": ev.event_date.isoformat() if ev.event_date else None,
            "quote": ev.quote, "span": [ev.span_start, ev.span_end],
            "confidence": ev.confidence, "origin": ev.origin, "review": ev.review,
            "reason": ev.reason,
        })
    history: dict[int, list[dict[str, Any]]] = {}
    for h in session.scalars(select(HistoryEntry).order_by(HistoryEntry.commitment_id,
                                                           HistoryEntry.at, HistoryEntry.id)):
        history.setdefault(h.commitment_id, []).append({
            "at": h.at.isoformat(), "by": h.by, "event": h.event,
            "from": h.from_status, "to": h.to_status, "note": h.note,
            "evidence": h.evidence_id,
        })
    q = select(Commitment).order_by(Commitment.id).execution_options(yield_per=1000)
    for i, c in enumerate(session.scalars(q)):
        obj = {
            "id": c.id, "source": files.get(c.source_id) if c.source_id else None,
            "kind": c.kind, "made_on": c.made_on.isoformat(), "quote": c.quote,
            "span": [c.span_start, c.span_end], "actors": split_list(c.actors),
            "action": c.action, "subject": c.subject, "topics": split_list(c.topics),
            "due_expression": c.due_expression,
            "due_start": c.due_start.isoformat() if c.due_start else None,
            "due_end": c.due_end.isoformat() if c.due_end else None,
            "due_rule": c.due_rule, "confidence": c.confidence, "origin": c.origin,
            "status": c.status, "parent": c.parent_id, "version": c.version,
            "evidence": evidence.get(c.id, []), "history": history.get(c.id, []),
        }
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(obj, ensure_ascii=False))
    out.write("\n]}\n")


__all__ = [
    "FORMATS", "OverdueItem", "csv_safe", "iter_overdue", "overdue_query", "write_export",
    "write_report",
]
