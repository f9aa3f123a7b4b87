"""Backup and import: rebuild a database from ``tracker export --format json``,
and read an analyst's existing spreadsheet of commitments (CSV).

Both are all-or-nothing: the whole file is read and checked before anything
is written, and the caller runs the import in one transaction, so a bad file
leaves the database as it was.

A backup is restored into an EMPTY database only, every row with the id it
had (none is taken in an empty database), so every reference by id (a
commitment's source and parent, an evidence's commitment and source, a
history row's evidence) and every id a note mentions stays true; on
PostgreSQL the id sequences are moved past the restored ids. Everything
else is stored exactly as exported: statuses, versions, timestamps, review
state, window changes. Export -> import -> export gives the same file.

A spreadsheet row becomes a commitment through the service layer
(``services.add_commitment``, then ``services.change_status`` for a status
other than open), so its history says who imported it and when it took
effect, like a commitment added by hand. The columns are ``CSV_COLUMNS``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, exists, func, insert, select, text, update
from sqlalchemy.orm import Session

from tracker.domain import statuses
from tracker.domain.clock import Clock
from tracker.domain.errors import ServiceError
from tracker.ingest.documents import content_hash
from tracker.lifecycle import services
from tracker.reports.overdue import BACKUP_FORMAT, BACKUP_VERSION
from tracker.store.models import (
    Commitment,
    Evidence,
    HistoryEntry,
    Mention,
    Merge,
    Source,
    Verdict,
    join_list,
)


class ImportRefused(ServiceError):
    """A file that cannot be imported; nothing of it was stored. ``problems``
    are (line number or location, reason), one per bad row or field."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def is_empty(session: Session) -> bool:
    """No source and no commitment (evidence and history hang off those)."""
    return not session.scalar(select(exists().where(Source.id.is_not(None)))) and \
        not session.scalar(select(exists().where(Commitment.id.is_not(None))))


# --- reading values ------------------------------------------------------------


class _Bad(ValueError):
    pass


MAX_ID = 2**31 - 1  # ids are INTEGER columns (32-bit on PostgreSQL)


def _date(value: Any, where: str, *, optional: bool = False) -> dt.date | None:
    if value is None or value == "":
        if optional:
            return None
        raise _Bad(f"{where}: a date is required")
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise _Bad(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _need_date(value: Any, where: str) -> dt.date:
    day = _date(value, where)
    assert day is not None
    return day


def _stamp(value: Any, where: str, *, optional: bool = False) -> dt.datetime | None:
    if value is None and optional:
        return None
    try:
        stamp = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise _Bad(f"{where}: {value!r} is not an ISO timestamp") from None
    if stamp.tzinfo is None:
        raise _Bad(f"{where}: {value!r} has no time zone")
    return stamp


def _text(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _Bad(f"{where}: text expected, got {type(value).__name__}")
    return value


def _need_text(value: Any, where: str) -> str:
    text = _text(value, where)
    assert text is not None
    return text


def _int(value: Any, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(f"{where}: a whole number expected, got {value!r}")
    return value


def _id(value: Any, where: str, *, optional: bool = False) -> int | None:
    ident = _int(value, where, optional=optional)
    if ident is not None and not 1 <= ident <= MAX_ID:
        raise _Bad(f"{where}: {ident} is not an id (1 to {MAX_ID})")
    return ident


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(f"{where}: a number expected, got {value!r}")
    return float(value)


def _span(value: Any, where: str) -> tuple[int | None, int | None]:
    if value is None:
        return None, None
    if not isinstance(value, list) or len(value) != 2:
        raise _Bad(f"{where}: [start, end] expected")
    return _int(value[0], where, optional=True), _int(value[1], where, optional=True)


def _names(value: Any, where: str) -> str:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Bad(f"{where}: a list of names expected")
    return join_list(value)


def _window(value: Any, where: str) -> tuple[dt.date | None, dt.date | None, str | None]:
    if value is None:
        return None, None, None
    if not isinstance(value, list) or len(value) != 3:
        raise _Bad(f"{where}: [start, end, rule] expected")
    return (_date(value[0], where, optional=True), _date(value[1], where, optional=True),
            _text(value[2], where, optional=True))


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{where}: an object expected")
    return value


def _array(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(f"{where}: a list expected")
    return value


Reader = Callable[[Any, str], Any]


def _optional(read: Callable[..., Any]) -> Reader:
    return lambda value, where: read(value, where, optional=True)


TEXT, DATE, STAMP, NUMBER, WHOLE = _need_text, _need_date, _stamp, _number, _int
OPT_TEXT, OPT_DATE, OPT_STAMP, OPT_ID = (_optional(_text), _optional(_date),
                                         _optional(_stamp), _optional(_id))

# The plain fields of each record of a backup, one table each: (column, reader), or
# (column, reader, key in the file) where the file names it otherwise. Fields with a
# rule of their own (ids, spans, references, statuses) are read beside them in
# ``plan_backup``.
Field = tuple[str, Reader] | tuple[str, Reader, str]
SOURCE_FIELDS: tuple[Field, ...] = (
    ("title", OPT_TEXT), ("publisher", OPT_TEXT), ("url", OPT_TEXT), ("published_on", DATE),
    ("ingested_at", STAMP),
)
COMMITMENT_FIELDS: tuple[Field, ...] = (
    ("kind", TEXT), ("made_on", DATE), ("quote", TEXT), ("action", OPT_TEXT), ("subject", TEXT),
    ("due_expression", OPT_TEXT), ("due_start", OPT_DATE), ("due_end", OPT_DATE),
    ("due_rule", OPT_TEXT), ("confidence", NUMBER), ("origin", TEXT), ("version", WHOLE),
    ("created_at", STAMP), ("updated_at", STAMP),
)
EVIDENCE_FIELDS: tuple[Field, ...] = (
    ("kind", TEXT), ("event_date", OPT_DATE), ("quote", TEXT), ("confidence", NUMBER),
    ("reason", OPT_TEXT), ("origin", TEXT), ("review", TEXT), ("created_at", STAMP),
    ("reviewed_at", OPT_STAMP), ("reviewed_by", OPT_TEXT), ("review_note", OPT_TEXT),
)
HISTORY_FIELDS: tuple[Field, ...] = (
    ("event", TEXT), ("from_status", OPT_TEXT, "from"), ("to_status", OPT_TEXT, "to"),
    ("effective_on", DATE), ("by", TEXT), ("note", OPT_TEXT),
)
VERDICT_FIELDS: tuple[Field, ...] = (
    ("party", TEXT), ("note", OPT_TEXT), ("effective_on", DATE), ("recorded_at", STAMP),
    ("recorded_by", TEXT),
)
MERGE_FIELDS: tuple[Field, ...] = (
    ("id", _id), ("note", OPT_TEXT), ("merged_by", TEXT, "by"), ("merged_at", STAMP, "at"),
    ("effective_on", DATE), ("undone_by", OPT_TEXT), ("undone_at", OPT_STAMP),
    ("undo_note", OPT_TEXT),
)


def field_key(field: Field) -> str:
    """The key a field has in the file: its column's name unless the table names it."""
    return field[2] if len(field) == 3 else field[0]


def _fields(obj: dict[str, Any], where: str, table: tuple[Field, ...]) -> dict[str, Any]:
    """The plain fields of one record, read by its table."""
    return {f[0]: f[1](obj.get(field_key(f)), f"{where}.{field_key(f)}") for f in table}


# --- backup --------------------------------------------------------------------


@dataclass
class BackupSummary:
    sources: int = 0
    commitments: int = 0
    evidence: int = 0
    history: int = 0
    verdicts: int = 0
    # old id -> new id, per table
    source_ids: dict[int, int] = field(default_factory=dict)
    commitment_ids: dict[int, int] = field(default_factory=dict)
    evidence_ids: dict[int, int] = field(default_factory=dict)


@dataclass
class _Plan:
    """A backup read and checked: rows ready to insert, keyed by old ids."""

    sources: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    # (old id, row, old parent id)
    commitments: list[tuple[int, dict[str, Any], int | None]] = field(default_factory=list)
    # (old id, old commitment id, row)
    evidence: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    # (old commitment id, old evidence id or None, row)
    history: list[tuple[int, int | None, dict[str, Any]]] = field(default_factory=list)
    # (old commitment id, row), in the order written (the log's order)
    verdicts: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    # (old commitment id, row with its merge id): "same as" provenance
    mentions: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    merges: list[dict[str, Any]] = field(default_factory=list)


def read_backup(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except json.JSONDecodeError as exc:
        raise ImportRefused(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    except UnicodeDecodeError:
        raise ImportRefused(f"{path}: not UTF-8 text") from None
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise ImportRefused(
            f"{path}: not a tracker backup (no \"format\": \"{BACKUP_FORMAT}\"; "
            "make one with tracker export --format json)")
    if data.get("version") != BACKUP_VERSION:
        raise ImportRefused(f"{path}: backup version {data.get('version')!r} is not "
                            f"supported (this tracker reads version {BACKUP_VERSION})")
    return data


def plan_backup(data: dict[str, Any]) -> _Plan:
    """Check every row and reference of a backup; raises ``_Bad`` on the first
    problem, naming where it is (e.g. ``commitments[3].made_on``)."""
    plan = _Plan()
    source_ids: set[int] = set()
    by_file: dict[str, list[int]] = {}
    for i, raw in enumerate(_array(data.get("sources"), "sources")):
        w = f"sources[{i}]"
        s = _object(raw, w)
        old = _id(s.get("id"), f"{w}.id")
        assert old is not None
        if old in source_ids:
            raise _Bad(f"{w}.id: {old} appears twice")
        body = _need_text(s.get("body"), f"{w}.body")
        # kept as stored (it is what "ingesting the same content twice stores
        # it once" compares); computed only when a backup lacks it
        given = s.get("content_hash")
        digest = content_hash(body) if given is None else _need_text(given, f"{w}.content_hash")
        file_name = _need_text(s.get("file"), f"{w}.file")
        row: dict[str, Any] = {"file_name": file_name, "body": body, "content_hash": digest,
                               **_fields(s, w, SOURCE_FIELDS)}
        source_ids.add(old)
        by_file.setdefault(file_name, []).append(old)
        plan.sources.append((old, row))

    def source_ref(obj: dict[str, Any], w: str) -> int | None:
        if "source_id" in obj:
            sid = _id(obj["source_id"], f"{w}.source_id", optional=True)
            if sid is not None and sid not in source_ids:
                raise _Bad(f"{w}.source_id: no source with id {sid} in the backup")
            return sid
        name = obj.get("source")
        if name is None:
            return None
        olds = by_file.get(str(name), [])
        if len(olds) != 1:
            raise _Bad(f"{w}.source: {name!r} names {len(olds)} sources (give source_id)")
        return olds[0]

    commitment_ids: set[int] = set()
    evidence_ids: set[int] = set()
    pending_history: list[tuple[str, int | None]] = []
    for i, raw in enumerate(_array(data.get("commitments"), "commitments")):
        w = f"commitments[{i}]"
        c = _object(raw, w)
        old = _id(c.get("id"), f"{w}.id")
        assert old is not None
        if old in commitment_ids:
            raise _Bad(f"{w}.id: {old} appears twice")
        commitment_ids.add(old)
        span_start, span_end = _span(c.get("span"), f"{w}.span")
        status = c.get("status")
        if status not in statuses.STATUSES:
            raise _Bad(f"{w}.status: unknown status {status!r}")
        crow: dict[str, Any] = {
            **_fields(c, w, COMMITMENT_FIELDS), "source_id": source_ref(c, w),
            "span_start": span_start, "span_end": span_end, "status": status,
            "actors": _names(c.get("actors", []), f"{w}.actors"),
            "topics": _names(c.get("topics", []), f"{w}.topics"),
        }
        parent = _id(c.get("parent"), f"{w}.parent", optional=True)
        plan.commitments.append((old, crow, parent))
        if "mentions" not in c:  # a backup from before mentions: its own sentence
            plan.mentions.append((old, {
                "source_id": crow["source_id"], "quote": crow["quote"], "span_start": span_start,
                "span_end": span_end, "kind": "stated", "merge_id": None}))
        for j, raw_m in enumerate(_array(c.get("mentions", []), f"{w}.mentions")):
            wm = f"{w}.mentions[{j}]"
            m = _object(raw_m, wm)
            ms, me = _span(m.get("span"), f"{wm}.span")
            kind = m.get("kind")
            if kind not in statuses.MENTION_KINDS:
                raise _Bad(f"{wm}.kind: unknown mention kind {kind!r}")
            plan.mentions.append((old, {
                "source_id": source_ref(m, wm), "quote": _need_text(m.get("quote"), f"{wm}.quote"),
                "span_start": ms, "span_end": me, "kind": kind,
                "merge_id": _id(m.get("merge"), f"{wm}.merge", optional=True)}))
        for j, raw_ev in enumerate(_array(c.get("evidence", []), f"{w}.evidence")):
            we = f"{w}.evidence[{j}]"
            e = _object(raw_ev, we)
            eid = _id(e.get("id"), f"{we}.id")
            assert eid is not None
            if eid in evidence_ids:
                raise _Bad(f"{we}.id: {eid} appears twice")
            evidence_ids.add(eid)
            es, ee = _span(e.get("span"), f"{we}.span")
            plan.evidence.append((eid, old, {
                **_fields(e, we, EVIDENCE_FIELDS), "source_id": source_ref(e, we),
                "span_start": es, "span_end": ee}))
        for j, raw_h in enumerate(_array(c.get("history", []), f"{w}.history")):
            wh = f"{w}.history[{j}]"
            h = _object(raw_h, wh)
            fs, fe, fr = _window(h.get("window_from"), f"{wh}.window_from")
            ts, te, tr = _window(h.get("window_to"), f"{wh}.window_to")
            ev_ref = _id(h.get("evidence"), f"{wh}.evidence", optional=True)
            pending_history.append((wh, ev_ref))
            plan.history.append((old, ev_ref, {
                **_fields(h, wh, HISTORY_FIELDS),
                # (a backup from before effective dates wrote "at")
                "recorded_at": _stamp(h.get("recorded_at", h.get("at")), f"{wh}.recorded_at"),
                "from_due_start": fs, "from_due_end": fe, "from_due_rule": fr,
                "to_due_start": ts, "to_due_end": te, "to_due_rule": tr,
            }))
        for j, raw_v in enumerate(_array(c.get("verdicts", []), f"{w}.verdicts")):
            wv = f"{w}.verdicts[{j}]"
            v = _object(raw_v, wv)
            score = v.get("score")
            if score is not None and (isinstance(score, bool)
                                      or score not in statuses.VERDICT_SCORES):
                raise _Bad(f"{wv}.score: {score!r} is not -1, 0, 1 or null (withdrawn)")
            plan.verdicts.append((old, {**_fields(v, wv, VERDICT_FIELDS), "score": score}))
    for i, raw in enumerate(_array(data.get("merges", []), "merges")):
        w = f"merges[{i}]"
        m = _object(raw, w)
        ends = (_id(m.get("kept"), f"{w}.kept"), _id(m.get("retired"), f"{w}.retired"))
        for end, name in zip(ends, ("kept", "retired"), strict=True):
            if end not in commitment_ids:
                raise _Bad(f"{w}.{name}: no commitment with id {end} in the backup")
        plan.merges.append({
            **_fields(m, w, MERGE_FIELDS), "kept_id": ends[0], "retired_id": ends[1],
            "moved_evidence": "; ".join(str(_id(x, f"{w}.moved_evidence"))
                                        for x in _array(m.get("moved_evidence", []),
                                                        f"{w}.moved_evidence")),
        })
    merge_ids = {m["id"] for m in plan.merges}
    for cid, row in plan.mentions:
        if row["merge_id"] is not None and row["merge_id"] not in merge_ids:
            raise _Bad(f"commitment {cid}: a mention names merge {row['merge_id']}, "
                       "not in the backup")
    for i, (old, _, parent) in enumerate(plan.commitments):
        if parent is not None and parent not in commitment_ids:
            raise _Bad(f"commitments[{i}].parent: no commitment with id {parent} in the backup")
    for wh, ev_ref in pending_history:
        if ev_ref is not None and ev_ref not in evidence_ids:
            raise _Bad(f"{wh}.evidence: no evidence with id {ev_ref} in the backup")
    return plan


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        session.execute(insert(table), rows[start:start + 5000])


def _advance_sequences(session: Session) -> None:
    """PostgreSQL: the next id the database gives follows the largest
    restored one (SQLite takes the largest rowid plus one by itself)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in ("sources", "commitments", "evidence", "history", "merges", "mentions"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"))


def import_backup(session: Session, data: dict[str, Any]) -> BackupSummary:
    """Rebuild the database from a backup (``read_backup``); the session must
    be on an empty database and is committed by the caller.

    Every row keeps its id (the database is empty, so none is taken): the
    references between rows, and the ids that history notes and analysts'
    own records mention ("confirmed fulfils evidence 12"), stay true. The
    summary's maps say which old id became which new one (the same)."""
    try:
        plan = plan_backup(data)
    except _Bad as exc:
        raise ImportRefused(f"bad backup: {exc}") from None
    if not is_empty(session):
        raise ImportRefused("the database is not empty: a backup is imported into an empty "
                            "database only (use --db with a new one)")
    out = BackupSummary()
    out.source_ids = {old: old for old, _ in plan.sources}
    out.commitment_ids = {old: old for old, _, _ in plan.commitments}
    out.evidence_ids = {old: old for old, _, _ in plan.evidence}
    _insert(session, Source.__table__, [{**row, "id": old} for old, row in plan.sources])
    # parents after every commitment is in (a parent may come later in the file)
    _insert(session, Commitment.__table__, [
        {**row, "id": old, "parent_id": None} for old, row, _ in plan.commitments])
    parents = [{"cid": old, "parent": parent}
               for old, _, parent in plan.commitments if parent is not None]
    if parents:
        table = cast(Table, Commitment.__table__)
        session.execute(
            update(table).where(table.c.id == bindparam("cid"))
            .values(parent_id=bindparam("parent")), parents)
    _insert(session, Evidence.__table__, [
        {**row, "id": old, "commitment_id": cid}
        for old, cid, row in sorted(plan.evidence, key=lambda e: e[0])])
    _insert(session, HistoryEntry.__table__, [
        {**row, "commitment_id": cid, "evidence_id": ev} for cid, ev, row in plan.history])
    _insert(session, Verdict.__table__, [
        {**row, "commitment_id": cid} for cid, row in plan.verdicts])
    _insert(session, Merge.__table__, plan.merges)
    _insert(session, Mention.__table__, [
        {**row, "commitment_id": cid} for cid, row in plan.mentions])
    _advance_sequences(session)
    out.sources, out.commitments = len(plan.sources), len(plan.commitments)
    out.evidence, out.history = len(plan.evidence), len(plan.history)
    out.verdicts = len(plan.verdicts)
    return out


# --- spreadsheet (CSV) ---------------------------------------------------------


@dataclass(frozen=True)
class CsvColumn:
    name: str
    meaning: str
    example: str  # a value a test imports
    required: bool = False


# The columns of a commitments spreadsheet; docs/outputs.md lists exactly
# these rows (a test checks) and a test imports a row of the examples (the
# empty ones are exercised by tests of their own). Names are matched ignoring case, outer spaces, and "-"/" " for "_".
CSV_COLUMNS: tuple[CsvColumn, ...] = (
    CsvColumn("quote", "the sentence, verbatim", "The ministers will meet again in 2025.",
              required=True),
    CsvColumn("subject", "what is promised", "ministerial meeting", required=True),
    CsvColumn("actors", "who promised, separated by `;`, stored as canonical parties "
              "(`tracker.domain.parties`: `U.S.` → United States)", "U.S.; Republic of India"),
    CsvColumn("action", "the verb", "meet"),
    CsvColumn("kind", "`commitment` (default) or `ask`", "commitment"),
    CsvColumn("made_on", "the day it was made, YYYY-MM-DD; required unless `source` gives "
              "it; not after today", "2024-02-01"),
    CsvColumn("due", "the due phrase, read by the temporal grammar from `made_on` "
              "(docs/temporal.md)", "in 2025"),
    CsvColumn("due_start", "the window's first day (instead of `due`; default `made_on` "
              "when only `due_end` is given)", ""),
    CsvColumn("due_end", "the window's last day (instead of `due`)", ""),
    CsvColumn("status", "`open` (default) or any status (`In progress` reads as "
              "`in_progress`)", "fulfilled"),
    CsvColumn("status_on", "the day that status took effect (default: `made_on`)",
              "2025-06-30"),
    CsvColumn("source", "an ingested source's file name (or id): gives `made_on` and the "
              "quote's span", ""),
    CsvColumn("topics", "topics, separated by `;`", "security; diplomacy"),
    CsvColumn("note", "the note on the history's \"created\" row (default: `imported from "
              "FILE line N`)", "from the 2024 tracking sheet"),
)
_BY_NAME = {c.name: c for c in CSV_COLUMNS}


def _column_name(header: str) -> str:
    return header.strip().lower().replace("-", "_").replace(" ", "_")


@dataclass
class CsvSummary:
    commitment_ids: list[int] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def commitments(self) -> int:
        return len(self.commitment_ids)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(first line number, {column: value}) for each non-blank row; the header
    is checked first (unknown, repeated or missing required columns refuse
    the file)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader, None)
            if header is None:
                raise ImportRefused(f"{path}: empty file (the first line names the columns)")
            names = [_column_name(h) for h in header]
            unknown = [h for h, n in zip(header, names, strict=True) if n and n not in _BY_NAME]
            if unknown:
                raise ImportRefused(
                    f"{path}: line 1: unknown column {unknown[0]!r} (known: "
                    f"{', '.join(_BY_NAME)})")
            seen = [n for n in names if n]
            twice = {n for n in seen if seen.count(n) > 1}
            if twice:
                raise ImportRefused(f"{path}: line 1: column {min(twice)!r} appears twice")
            missing = [c.name for c in CSV_COLUMNS if c.required and c.name not in seen]
            if missing:
                raise ImportRefused(f"{path}: line 1: missing column {missing[0]!r}")
            while True:
                start = reader.line_num + 1
                values = next(reader, None)
                if values is None:
                    return
                if not any(v.strip() for v in values):
                    continue
                if len(values) > len(names):
                    extra = values[len(names):]
                    if any(v.strip() for v in extra):
                        yield start, {"": "more fields than columns"}
                        continue
                row = {n: v.strip() for n, v in zip(names, values, strict=False) if n}
                yield start, row
        except UnicodeDecodeError:
            raise ImportRefused(f"{path}: not UTF-8 text (save the sheet as CSV UTF-8)") \
                from None
        except csv.Error as exc:
            raise ImportRefused(f"{path}: line {reader.line_num}: {exc}") from None


def _csv_row(session: Session, row: dict[str, str], *, clock: Clock, by: str | None,
             default_note: str, line: int, before: int,
             seen: dict[tuple[str, str, dt.date], int]) -> tuple[int, str]:
    """One spreadsheet row stored through the service layer; returns
    (commitment id, status). Raises ``ServiceError`` or ``_Bad``. ``before``
    is the largest commitment id before the import (a twin is looked for
    among those), ``seen`` the rows of this file so far."""
    if "" in row:
        raise _Bad(row[""])
    today = clock.today()
    source = services.resolve_source(session, row["source"]) if row.get("source") else None
    made_on = _date(row.get("made_on"), "made_on", optional=True)
    if made_on is None and source is None:
        raise _Bad("made_on is empty (give the day it was made, or a source)")
    if made_on is not None and made_on > today:
        raise _Bad(f"made_on {made_on} is in the future")
    due_start = _date(row.get("due_start"), "due_start", optional=True)
    due_end = _date(row.get("due_end"), "due_end", optional=True)
    due = row.get("due") or None
    if due and (due_start or due_end):
        raise _Bad("give due, or due_start/due_end, not both")
    kind = (row.get("kind") or "commitment").lower()
    status = (row.get("status") or "open").lower().replace(" ", "_").replace("-", "_")
    if status not in statuses.STATUSES:
        raise _Bad(f"unknown status {row['status']!r} (one of {', '.join(statuses.STATUSES)})")
    status_on = _date(row.get("status_on"), "status_on", optional=True)
    actors = [a.strip() for a in (row.get("actors") or "").split(";") if a.strip()]
    topics = [t.strip() for t in (row.get("topics") or "").split(";") if t.strip()]
    quote, subject = row.get("quote", ""), row.get("subject", "")
    made = made_on or (source.published_on if source else today)
    key = (quote, subject, made)
    if key in seen:
        raise _Bad(f"the same quote, subject and made_on as line {seen[key]}")
    seen[key] = line
    twin = session.scalar(select(Commitment.id).where(
        Commitment.id <= before, Commitment.quote == quote, Commitment.subject == subject,
        Commitment.made_on == made))
    if twin is not None:
        raise _Bad(f"already stored as commitment {twin} (same quote, subject and made_on)")
    c = services.add_commitment(
        session, clock=clock, quote=quote, subject=subject, actors=actors,
        action=row.get("action") or None, kind=kind, source=source, made_on=made,
        due_start=due_start, due_end=due_end, due_phrase=due, topics=topics, by=by,
        note=row.get("note") or default_note)
    if status != "open":
        if status_on is not None and status_on < made:
            raise _Bad(f"status_on {status_on} is before made_on {made}")
        services.change_status(session, c.id, status, clock=clock, on=status_on or made,
                               by=by, note=default_note)
    return c.id, status


def import_csv(session: Session, path: Path, *, clock: Clock, by: str | None = None) -> CsvSummary:
    """Store every row of a commitments spreadsheet, or none: a bad row is
    reported with its line number and reason, and the whole file refused
    (the caller rolls the session back)."""
    out = CsvSummary()
    problems: list[tuple[str, str]] = []
    before = session.scalar(select(func.coalesce(func.max(Commitment.id), 0))) or 0
    seen: dict[tuple[str, str, dt.date], int] = {}
    for line, row in _rows(path):
        try:
            cid, status = _csv_row(session, row, clock=clock, by=by,
                                   default_note=f"imported from {path.name} line {line}",
                                   line=line, before=before, seen=seen)
        except (_Bad, ServiceError) as exc:
            problems.append((f"line {line}", str(exc)))
            continue
        out.commitment_ids.append(cid)
        out.statuses[status] = out.statuses.get(status, 0) + 1
    if problems:
        n = len(problems)
        raise ImportRefused(
            f"{path}: {n} bad row{'s' if n != 1 else ''}; nothing was imported", problems)
    if not out.commitment_ids:
        raise ImportRefused(f"{path}: no rows to import")
    return out


__all__ = [
    "CSV_COLUMNS", "BackupSummary", "CsvColumn", "CsvSummary", "ImportRefused",
    "import_backup", "import_csv", "is_empty", "plan_backup", "read_backup",
]
