"""Overdue reports, streamed: rows go from the database cursor to the output
without being collected, so memory stays flat however many there are.

The query reads the partial index on ``due_end`` over active rows, in order,
for any as-of date from today on; for a past date it replays history (by the
day each change took effect) for the status and window each commitment had
then, and counts only sources published by then.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import (
    Date,
    Select,
    String,
    bindparam,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased

from tracker.reports.writers import (
    FORMATS,
    FORMULA_START,
    QUOTE_MARKS,
    STATUS_W,
    OverdueItem,
    Rows,
    csv_safe,
    to_item,
    write_rows,
)
from tracker.store import history_sql
from tracker.store.models import (
    ACTIVE_SQL,
    Commitment,
    Evidence,
    HistoryEntry,
    Mention,
    Merge,
    Source,
    Verdict,
)

# Suggestions that can explain an overdue item, strongest first.
EXPLAINING_KINDS = ("fulfils", "partially_fulfils", "missed", "progress")


def _days_between(dialect: str, as_of: dt.date, due_end: Any) -> Any:
    if dialect == "sqlite":
        return cast(
            func.julianday(bindparam("as_of_s", as_of.isoformat())) - func.julianday(due_end),
            type_=_int(),
        )
    return bindparam("as_of_d", as_of) - due_end


def _int() -> Any:
    from sqlalchemy import Integer

    return Integer()


def _defused(col: Any, dialect: str) -> Any:
    """SQL that prefixes a quote to text a spreadsheet would run as a formula.

    The first character's code point is compared (SQLite's unicode(),
    PostgreSQL's ascii()): cheaper than cutting a substring on every row."""
    first = func.unicode(col) if dialect == "sqlite" else func.ascii(col)
    return case(
        (first.in_([ord(ch) for ch in FORMULA_START]), literal("'", String) + col),
        else_=col,
    )


def _csv_field(col: Any, is_text: bool, dialect: str) -> Any:
    """One CSV field rendered by the database (RFC 4180 quoting for text,
    formulas defused); NULL becomes an empty field."""
    if is_text:
        quoted = (literal('"', String) + func.replace(_defused(col, dialect), '"', '""')
                  + literal('"', String))
        return func.coalesce(quoted, "")
    return func.coalesce(cast(col, String), "")


def _json_field(col: Any, dialect: str) -> Any:
    """A value as the report's JSON writes it, quoted by the database
    (SQLite's json_quote, PostgreSQL's to_json: the same escapes as the json
    module's ``ensure_ascii=False`` string encoder; a test holds them equal)."""
    if dialect == "sqlite":
        return func.json_quote(col, type_=String)
    return func.coalesce(cast(func.to_json(col), String), "null")


def _table_head(cid: Any, days: Any, due_start: Any, due_end: Any, status: Any,
                dialect: str) -> Any:
    """The table's line of figures up to its source, as
    ``writers.table_fields`` makes it (dates are text here). PostgreSQL's
    format pads characters; SQLite's printf pads bytes, and the window holds
    one "…" (3 bytes in UTF-8) with a start, two without: its width is 2 or
    4 bytes more (dates and statuses are ASCII: ISO dates, open or
    in_progress). One printf is cheaper than padding by length()."""
    window = (func.coalesce(due_start, "…", type_=String) + literal("…", String) + due_end)
    if dialect == "sqlite":
        fmt = case((due_start.is_(None), literal(f"%6d  %5d  %-26s  %-{STATUS_W}s  ", String)),
                   else_=literal(f"%6d  %5d  %-24s  %-{STATUS_W}s  ", String))
        return func.printf(fmt, cid, days, window, status, type_=String)
    return func.format(f"%6s  %5s  %-22s  %-{STATUS_W}s  ", cid, days, window, status,
                       type_=String)


#: the row shapes a query can give: raw columns, one CSV line, the JSON item
#: around its actors, the table's fields (``writers``)
SHAPES = ("rows", "csv", "json", "table")
#: the shapes each database builds for the report; another is answered with
#: raw rows, which the writer prepares itself. On PostgreSQL the client's
#: formatting goes on while the server reads, and the server is the shared
#: one: its to_json costs the backend 0.25 s a query at 100k (0.64 s against
#: 0.38 s for the raw rows), its table fields 0.1 s, more than they save the
#: client (docs/benchmarks.md). Its JSON and table SQL stay, tested.
BUILT_SHAPES = {"sqlite": SHAPES, "postgresql": ("rows", "csv")}


def built_shape(dialect: str, shape: str) -> str:
    """The shape a report query on ``dialect`` asks for, for ``shape``."""
    return shape if shape in BUILT_SHAPES.get(dialect, ("rows", "csv")) else "rows"


def overdue_query(
    dialect: str, as_of: dt.date, *, past: bool, shape: str = "rows"
) -> Select[Any]:
    """The overdue query. ``past`` (the as-of date is before today) replays
    history for the status and window each commitment had on the date, and
    counts only sources published by then (``tracker.store.history_sql``).
    ``shape`` is what each row holds (``SHAPES``): the raw columns
    (``writers.CSV_HEADER``); one CSV line formatted by the database
    (formula-like text defused); the JSON item's text before and after its
    actors, with the actors (``writers.json_parts``); or the table's fields
    (``writers.table_fields``)."""
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")
    ev = aliased(Evidence)
    ev_src = aliased(Source)
    as_of_param = bindparam("as_of", as_of, type_=Date)
    explaining = [
        Evidence.commitment_id == Commitment.id,
        Evidence.review == "pending",
        Evidence.kind.in_(EXPLAINING_KINDS),
    ]
    if past:
        seen = aliased(Source)
        explaining.append(or_(
            Evidence.source_id.is_(None),
            select(seen.published_on).where(seen.id == Evidence.source_id)
            .scalar_subquery() <= as_of_param,
        ))
    best = (
        select(Evidence.id)
        .where(*explaining)
        .order_by(Evidence.confidence.desc(), Evidence.id)
        .limit(1)
        .correlate(Commitment)
        .scalar_subquery()
    )
    if past:
        status: Any = history_sql.status_then(as_of_param)
        due_start: Any = history_sql.window_then(as_of_param, "due_start")
        due_end: Any = history_sql.window_then(as_of_param, "due_end")
    else:
        status, due_start, due_end = Commitment.status, Commitment.due_start, Commitment.due_end
    # (column, is free text) in CSV_HEADER order
    columns = [
        (Commitment.id, False),
        (Commitment.subject, True),
        (Commitment.quote, True),
        (Source.file_name, True),
        (cast(due_start, String), False),
        (cast(due_end, String), False),
        (_days_between(dialect, as_of, due_end), False),
        (status, False),
        (Commitment.actors, True),
        (Commitment.kind, False),
        (ev.kind, False),
        (ev_src.file_name, True),
        (cast(ev.event_date, String), False),
    ]
    if shape == "csv":
        fields = [_csv_field(col, is_text, dialect) for col, is_text in columns]
        line = fields[0]
        for f in fields[1:]:
            line = line + literal(",", String) + f
        selected: list[Any] = [line.label("line")]
    elif shape == "json":
        (cid, subject, quote, src, ds, de, days, st, actors, kind, s_kind, s_src, s_date) = (
            col for col, _ in columns)
        j = functools.partial(_json_field, dialect=dialect)
        head = (literal('{"id": ', String) + cast(cid, String)
                + literal(', "subject": ', String) + j(subject)
                + literal(', "quote": ', String) + j(quote)
                + literal(', "source": ', String) + j(src)
                + literal(', "due_start": ', String) + j(ds)
                + literal(', "due_end": ', String) + j(de)
                + literal(', "days_overdue": ', String) + cast(days, String)
                + literal(', "status": ', String) + j(st) + literal(", ", String))
        suggestion = case(
            (s_kind.is_(None), literal("null", String)),
            else_=(literal('{"kind": ', String) + j(s_kind)
                   + literal(', "source": ', String) + j(s_src)
                   + literal(', "event_date": ', String) + j(s_date) + literal("}", String)))
        tail = (literal(', "kind": ', String) + j(kind)
                + literal(', "suggestion": ', String) + suggestion + literal("}", String))
        selected = [head.label("head"), actors, tail.label("tail")]
    elif shape == "table":
        (cid, subject, quote, src, ds, de, days, st, _a, _k, s_kind, s_src, s_date) = (
            col for col, _ in columns)
        trim = func.trim if dialect == "sqlite" else func.btrim
        selected = [_table_head(cid, days, ds, de, st, dialect).label("head"),
                    func.coalesce(src, "(by hand)", type_=String), subject,
                    func.coalesce(trim(quote, QUOTE_MARKS, type_=String), "", type_=String),
                    s_kind, s_src, s_date]
    else:
        selected = [col for col, _ in columns]
    q = (
        select(*selected)
        .select_from(Commitment)
        .outerjoin(Source, Source.id == Commitment.source_id)
        .outerjoin(ev, ev.id == best)
        .outerjoin(ev_src, ev_src.id == ev.source_id)
    )
    if not past:
        # Current status is the status as of the date: read the partial index
        # in due_end order.
        return q.where(Commitment.due_end < as_of_param, text(ACTIVE_SQL),
                       ~history_sql.is_retired(Commitment.id)).order_by(
            Commitment.due_end, Commitment.id)
    return q.where(
        history_sql.known_by(as_of_param),
        ~history_sql.is_retired(Commitment.id),
        status.in_(["open", "in_progress"]),
        due_end < as_of_param,
    ).order_by(due_end, Commitment.id)


def iter_overdue_rows(
    session: Session, as_of: dt.date, *, today: dt.date, shape: str = "rows"
) -> Rows:
    """Rows of ``shape`` (``SHAPES``; raw rows for a shape the database does
    not build, ``BUILT_SHAPES``), streamed from the cursor."""
    conn = session.connection()
    dialect = conn.dialect.name
    q = overdue_query(dialect, as_of, past=as_of < today, shape=built_shape(dialect, shape))
    result = conn.execution_options(stream_results=True, yield_per=2000).execute(q)
    for row in result:
        yield tuple(row)


def iter_overdue(session: Session, as_of: dt.date, *, today: dt.date) -> Iterator[OverdueItem]:
    for r in iter_overdue_rows(session, as_of, today=today):
        yield to_item(r)


# --- writing -----------------------------------------------------------------


def write_report(
    session: Session, as_of: dt.date, fmt: str, out: TextIO, *, today: dt.date
) -> int:
    """Write the overdue report in ``fmt``; returns the number of items."""
    return write_rows(
        lambda shape: iter_overdue_rows(session, as_of, today=today, shape=shape),
        as_of, fmt, out)


# --- export -------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


BACKUP_FORMAT = "tracker-backup"
BACKUP_VERSION = 1


def _window_fields(h: Any) -> dict[str, Any]:
    """A window change keeps the old and the new window (any other event
    carries them only if it has them)."""
    pairs = ((h.from_due_start, h.from_due_end, h.from_due_rule),
             (h.to_due_start, h.to_due_end, h.to_due_rule))
    if h.event != "window" and all(v is None for pair in pairs for v in pair):
        return {}
    (fs, fe, fr), (ts, te, tr) = pairs
    return {"window_from": [_iso(fs), _iso(fe), fr], "window_to": [_iso(ts), _iso(te), tr]}


def write_export(session: Session, out: TextIO, *, as_of: dt.date | None = None) -> None:
    """The whole database as one JSON object (CONTRACT.md), streamed.

    It is also a backup (``"format": "tracker-backup"``): every field of
    every row, source texts included, so ``tracker.app.backup.import_backup``
    rebuilds the database from it (docs/outputs.md).

    With ``as_of``, the database as it stood on that date instead (a view,
    ``"format": "tracker-view"``, not a backup): sources published by then,
    commitments known by then with the status and window of then (history
    replayed), evidence from those sources, history that had taken effect."""
    from tracker.lifecycle import services
    from tracker.store.models import split_list

    fmt = BACKUP_FORMAT if as_of is None else "tracker-view"
    head = f'{{"format": "{fmt}", "version": {BACKUP_VERSION}, '
    if as_of is not None:
        head += f'"as_of": "{as_of.isoformat()}", '
    out.write(head + '"sources": [')
    files: dict[int, str] = {}
    sources = select(Source).order_by(Source.id)
    if as_of is not None:
        sources = sources.where(Source.published_on <= as_of)
    for i, s in enumerate(session.scalars(sources)):
        files[s.id] = s.file_name
        obj = {
            "id": s.id, "file": s.file_name, "title": s.title, "publisher": s.publisher,
            "url": s.url, "published_on": s.published_on.isoformat(),
            "content_hash": s.content_hash, "ingested_at": s.ingested_at.isoformat(),
            "body": s.body,
        }
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(obj, ensure_ascii=False))
    out.write('\n], "commitments": [')
    # Evidence and history are read in commitment order beside the
    # commitments (three cursors merged), so nothing is held but one chunk.
    evidence = _Grouped(session.execute(
        select(*_columns(Evidence)).order_by(Evidence.commitment_id, Evidence.id),
        execution_options={"yield_per": 2000}))
    history = _Grouped(session.execute(
        select(*_columns(HistoryEntry)).order_by(
            HistoryEntry.commitment_id, HistoryEntry.recorded_at, HistoryEntry.id),
        execution_options={"yield_per": 2000}))

    def evidence_of(cid: int) -> list[dict[str, Any]]:
        out = []
        for ev in evidence.take(cid):
            if as_of is not None and (
                    (ev.source_id is not None and ev.source_id not in files)
                    or (ev.source_id is None and ev.event_date is not None
                        and ev.event_date > as_of)):
                continue  # not known on the date
            out.append({
                "id": ev.id, "source": files.get(ev.source_id) if ev.source_id else None,
                "source_id": ev.source_id, "kind": ev.kind,
                "event_date": ev.event_date.isoformat() if ev.event_date else None,
                "quote": ev.quote, "span": [ev.span_start, ev.span_end],
                "confidence": ev.confidence, "origin": ev.origin, "review": ev.review,
                "reason": ev.reason, "created_at": ev.created_at.isoformat(),
                "reviewed_at": ev.reviewed_at.isoformat() if ev.reviewed_at else None,
                "reviewed_by": ev.reviewed_by, "review_note": ev.review_note,
            })
        return out

    def history_of(cid: int) -> list[dict[str, Any]]:
        out = []
        for h in history.take(cid):
            if as_of is not None and h.event != "created" and h.effective_on > as_of:
                continue  # had not taken effect on the date
            entry: dict[str, Any] = {
                "at": h.recorded_at.isoformat(), "recorded_at": h.recorded_at.isoformat(),
                "effective_on": h.effective_on.isoformat(), "by": h.by, "event": h.event,
                "from": h.from_status, "to": h.to_status, "note": h.note,
                "evidence": h.evidence_id,
            }
            entry.update(_window_fields(h))
            out.append(entry)
        return out

    verdicts = _Grouped(session.execute(
        select(*_columns(Verdict)).order_by(Verdict.commitment_id, Verdict.id),
        execution_options={"yield_per": 2000}))
    mentions = _Grouped(session.execute(
        select(*_columns(Mention)).order_by(Mention.commitment_id, Mention.id),
        execution_options={"yield_per": 2000}))

    def verdicts_of(cid: int) -> list[dict[str, Any]]:
        return [{
            "party": v.party, "score": v.score, "note": v.note,
            "effective_on": v.effective_on.isoformat(),
            "recorded_at": v.recorded_at.isoformat(), "recorded_by": v.recorded_by,
        } for v in verdicts.take(cid)
            if as_of is None or v.effective_on <= as_of]  # else not in effect yet

    def mentions_of(cid: int) -> list[dict[str, Any]]:
        return [{
            "quote": m.quote, "span": [m.span_start, m.span_end], "kind": m.kind,
            "source": files.get(m.source_id) if m.source_id else None,
            "source_id": m.source_id, "merge": m.merge_id,
        } for m in mentions.take(cid)
            if as_of is None or m.source_id is None or m.source_id in files]

    # retired by a live "same as": marked, never counted by reports
    # (history_sql.is_retired); merges are an analyst's few, held whole
    merged_into: dict[int, int] = {
        r: k for r, k in session.execute(select(Merge.retired_id, Merge.kept_id)
                                         .where(Merge.undone_at.is_(None)))}
    q = select(*_columns(Commitment)).order_by(Commitment.id)
    if as_of is not None:
        q = q.where(history_sql.known_by(as_of))
    written = 0
    for chunk in session.execute(q, execution_options={"yield_per": 500}).partitions():
        # the state of then, one history read per chunk of commitments
        then = (services.states_on(session, [c.id for c in chunk], as_of)
                if as_of is not None else {})
        for c in chunk:
            obj = {
                "id": c.id, "source": files.get(c.source_id) if c.source_id else None,
                "source_id": c.source_id, "kind": c.kind, "made_on": c.made_on.isoformat(),
                "quote": c.quote, "span": [c.span_start, c.span_end],
                "actors": split_list(c.actors), "action": c.action, "subject": c.subject,
                "topics": split_list(c.topics), "due_expression": c.due_expression,
                "due_start": c.due_start.isoformat() if c.due_start else None,
                "due_end": c.due_end.isoformat() if c.due_end else None,
                "due_rule": c.due_rule, "confidence": c.confidence, "origin": c.origin,
                "status": c.status, "parent": c.parent_id, "version": c.version,
                **({} if as_of is None else _then_fields(then[c.id], as_of)),
                "created_at": c.created_at.isoformat(), "updated_at": c.updated_at.isoformat(),
                "evidence": evidence_of(c.id), "history": history_of(c.id),
                "verdicts": verdicts_of(c.id), "mentions": mentions_of(c.id),
                "merged_into": merged_into.get(c.id),
            }
            out.write(("\n  " if written == 0 else ",\n  ")
                      + json.dumps(obj, ensure_ascii=False))
            written += 1
    out.write('\n], "merges": [')
    for i, mg in enumerate(session.scalars(select(Merge).order_by(Merge.id))):
        obj = {
            "id": mg.id, "kept": mg.kept_id, "retired": mg.retired_id, "note": mg.note,
            "by": mg.merged_by, "at": mg.merged_at.isoformat(),
            "effective_on": mg.effective_on.isoformat(),
            "moved_evidence": [int(x) for x in mg.moved_evidence.split(";") if x.strip()],
            "undone_by": mg.undone_by,
            "undone_at": mg.undone_at.isoformat() if mg.undone_at else None,
            "undo_note": mg.undo_note,
        }
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(obj, ensure_ascii=False))
    out.write("\n]}\n")


def _columns(model: Any) -> list[Any]:
    """Every mapped column of ``model``: plain rows, no ORM object per row."""
    return [getattr(model, c.key) for c in model.__mapper__.column_attrs]


class _Grouped:
    """Rows ordered by ``commitment_id``, handed out one commitment at a
    time as the commitments (in id order) ask for them."""

    def __init__(self, rows: Any) -> None:
        self._rows = iter(rows)
        self._next: Any = next(self._rows, None)

    def take(self, cid: int) -> list[Any]:
        while self._next is not None and self._next.commitment_id < cid:
            self._next = next(self._rows, None)  # a row of a commitment not exported
        out = []
        while self._next is not None and self._next.commitment_id == cid:
            out.append(self._next)
            self._next = next(self._rows, None)
        return out


def _then_fields(state: Any, as_of: dt.date) -> dict[str, Any]:
    """The fields of a commitment that change with time, as they stood on ``as_of``."""
    return {
        "status": state.status, "outcome": state.outcome(as_of),
        "due_start": state.due_start.isoformat() if state.due_start else None,
        "due_end": state.due_end.isoformat() if state.due_end else None,
    }


__all__ = [
    "FORMATS", "OverdueItem", "csv_safe", "iter_overdue", "overdue_query", "write_export",
    "write_report", "write_rows",
]
