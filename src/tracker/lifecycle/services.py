"""The service layer: every change to the data goes through here.

The CLI and the terminal UI both call these functions with a Session and
get plain values back. Every status change lands in history; a change made
concurrently by someone else is detected through the version column and
raised as ``ConflictError``, never silently overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import (
    Integer,
    and_,
    column,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression
from sqlalchemy.sql.operators import custom_op
from sqlalchemy.sql.util import ClauseAdapter

from tracker.domain import statuses
from tracker.domain.clock import Clock
from tracker.domain.config import current_user
from tracker.domain.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    ServiceError,
    concurrent_conflict,
    invalid_transition,
    unknown_status,
    version_conflict,
)
from tracker.ingest.documents import Document
from tracker.store import history_sql
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

__all__ = [
    "ConflictError", "InvalidTransition", "NotFound", "ServiceError", "current_user",
]




# --- time ---------------------------------------------------------------------


def _effective(
    session: Session, c: Commitment, on: dt.date | None, clock: Clock, *,
    event: str, fallback: dt.date | None = None,
) -> dt.date:
    """The day a change takes effect: ``on``, else ``fallback`` (an evidence's
    event date), else today. Never in the future; a status or window change
    never takes effect before the last one of its kind (history stays a line)."""
    today = clock.today()
    day = on or fallback or today
    if day > today:
        raise ServiceError(f"{day} is in the future: a change takes effect on or before today")
    if event in ("status", "window"):
        last = session.scalar(
            select(func.max(HistoryEntry.effective_on))
            .where(HistoryEntry.commitment_id == c.id, HistoryEntry.event == event)
        )
        if last is not None and day < last:
            raise ServiceError(
                f"commitment {c.id} has a {event} change that took effect on {last}: "
                f"a later change cannot take effect before it (give --on {last} or later)"
            )
    return day


def _evidence_day(session: Session, ev: Evidence) -> dt.date | None:
    """The day a piece of evidence speaks for: its event date, else the day
    its source was published (a report that something was missed, with no
    date of its own, was known from then), else None (today decides)."""
    if ev.event_date is not None:
        return ev.event_date
    if ev.source_id is not None:
        return session.scalar(select(Source.published_on).where(Source.id == ev.source_id))
    return None


def _record(
    session: Session, c: Commitment, clock: Clock, *, event: str, by: str | None,
    effective_on: dt.date, note: str | None = None, **fields: object,
) -> HistoryEntry:
    entry = HistoryEntry(
        commitment_id=c.id, event=event, by=by or current_user(), note=note,
        recorded_at=clock.now(), effective_on=effective_on, **fields,
    )
    session.add(entry)
    return entry


# --- sources and ingest -----------------------------------------------------


@dataclass
class IngestResult:
    source_id: int
    file_name: str
    published_on: dt.date
    created: bool
    commitments: int = 0
    asks: int = 0
    suggestions: int = 0


def find_source_by_hash(session: Session, content_hash: str) -> Source | None:
    return session.scalars(select(Source).where(Source.content_hash == content_hash)).first()


def ingest_document(
    session: Session, doc: Document, *, clock: Clock, extract: bool = True, link: bool = True,
    items: Sequence[Any] | None = None, read: Any = None,
) -> IngestResult:
    """Store one document (once per content), its extracted items, and links.

    ``items``: what the extractor found in it, read before the transaction
    (else it is extracted here); ``read``: what the linker reads of it
    (``linking.keys.read_source``), likewise. The caller owns the transaction.
    """
    existing = find_source_by_hash(session, doc.content_hash)
    if existing is not None:
        result = IngestResult(existing.id, existing.file_name, existing.published_on, False)
        if extract:
            # Extracting an ingested source again adds only what is new.
            _count(result, store_extracted(session, existing, clock=clock, items=items))
            _index(session, None)  # what is new of it
        if link:
            result.suggestions = _link(session, existing, clock)
        return result
    source = _insert_source_or_skip(session, doc, ingested_at=clock.now())
    if source is None:  # another analyst stored the same content meanwhile
        existing = find_source_by_hash(session, doc.content_hash)
        assert existing is not None
        return IngestResult(existing.id, existing.file_name, existing.published_on, False)
    result = IngestResult(source.id, source.file_name, source.published_on, True)
    if extract:
        _count(result, store_extracted(session, source, clock=clock, items=items))
    _index(session, source, read)
    if link:
        result.suggestions = _link(session, source, clock)
    return result


def _insert_source_or_skip(session: Session, doc: Document,
                           ingested_at: dt.datetime) -> Source | None:
    """Insert the document's source, or nothing when its content hash is
    already stored (``INSERT ... ON CONFLICT (content_hash) DO NOTHING``):
    overlapping ingests of the same content store it once and neither fails."""
    from sqlalchemy.dialects import postgresql, sqlite

    from tracker.store.db import fit_values

    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = fit_values(Source.__table__, {  # as every flush does
        "file_name": doc.file_name, "title": doc.title, "publisher": doc.publisher,
        "url": doc.url, "published_on": doc.published_on, "body": doc.body,
        "content_hash": doc.content_hash, "ingested_at": ingested_at,
    })
    new_id = session.execute(
        insert(Source).values(**values)
        .on_conflict_do_nothing(index_elements=[Source.content_hash])
        .returning(Source.id)
    ).scalar_one_or_none()
    return None if new_id is None else session.get(Source, new_id)


def _count(result: IngestResult, items: Sequence[Commitment]) -> None:
    result.commitments += sum(1 for c in items if c.kind == "commitment")
    result.asks += sum(1 for c in items if c.kind == "ask")


def _index(session: Session, source: Source | None, read: Any = None) -> None:
    """Write the source's part of the link index (events and keys, read once or given as
    ``read``), or with no source whatever is not indexed yet."""
    from tracker.lifecycle.suggestions import ensure_index, index_source

    if source is None:
        ensure_index(session)
    else:
        index_source(session, source, read=read)


def _link(session: Session, source: Source, clock: Clock) -> int:
    from tracker.lifecycle.suggestions import link_source

    return link_source(session, source, now=clock.now())


def store_extracted(session: Session, source: Source, *, clock: Clock,
                    items: Sequence[Any] | None = None) -> list[Commitment]:
    """Run the extractor on a stored source; store items not stored before.

    An item is the same as a stored one when it has the same span, kind and
    subject, so re-extraction never duplicates.
    """
    from tracker.extract import extract

    now = clock.now()
    if items is None:
        items = extract(source.body, source.published_on)
    known = {
        (c.span_start, c.kind, c.subject)
        for c in session.scalars(select(Commitment).where(Commitment.source_id == source.id))
    }
    added: list[Commitment] = []
    parents: dict[int, Commitment] = {}
    for item in items:
        key = (item.span[0], item.kind, item.subject)
        if key in known:
            continue
        known.add(key)
        c = Commitment(
            kind=item.kind,
            source_id=source.id,
            made_on=item.made_on,
            known_on=source.published_on,
            quote=item.quote,
            span_start=item.span[0],
            span_end=item.span[1],
            actors=join_list(item.actors),
            action=item.action,
            subject=item.subject,
            topics=join_list(getattr(item, "topics", []) or []),
            due_expression=item.due_expression,
            due_start=item.due_start,
            due_end=item.due_end,
            due_rule=item.due_rule,
            confidence=item.confidence,
            origin="extracted",
            status="open",
            created_at=now,
            updated_at=now,
        )
        group = getattr(item, "group", None)
        if group is not None and group in parents:
            # Items split from one sentence hang off the first of them.
            c.parent_id = parents[group].id
        session.add(c)
        session.flush()
        session.add_all(Mention(commitment_id=c.id, source_id=source.id, quote=m.quote,
                                span_start=m.span[0], span_end=m.span[1], kind=m.kind)
                        for m in item.mentions or [item.primary])
        if group is not None:
            parents.setdefault(group, c)
        _record(session, c, clock, event="created", to_status="open", by="tracker",
                effective_on=c.made_on, note=f"extracted from {source.file_name}")
        added.append(c)
    session.flush()
    return added


# --- commitments ------------------------------------------------------------


_T = TypeVar("_T")


def _get(session: Session, model: type[_T], ident: int, what: str) -> _T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(f"no {what} with id {ident}")
    return obj


def get_commitment(session: Session, commitment_id: int) -> Commitment:
    return _get(session, Commitment, commitment_id, "commitment")


def get_source(session: Session, source_id: int) -> Source:
    return _get(session, Source, source_id, "source")


def resolve_source(session: Session, ref: str | int) -> Source:
    """A source by id or by file name."""
    if isinstance(ref, int) or str(ref).isdigit():
        s = session.get(Source, int(ref))
        if s is not None:
            return s
    s = session.scalars(
        select(Source).where(Source.file_name == str(ref)).order_by(Source.id.desc())
    ).first()
    if s is None:
        raise NotFound(f"no source {ref!r} (give its id or file name)")
    return s


def window_from_phrase(phrase: str, made_on: dt.date) -> tuple[dt.date | None, dt.date | None, str]:
    """Interpret a due phrase with the temporal grammar: (start, end, rule)."""
    from tracker.temporal import normalise

    te = normalise(phrase, made_on)
    if te is None:
        raise ServiceError(f"cannot read the due phrase {phrase!r}: give --due-start/--due-end")
    return te.due_start, te.due_end, te.rule


def _check_window(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and start > end:
        raise ServiceError(f"due window starts after it ends ({start} > {end})")


def add_commitment(
    session: Session,
    *,
    clock: Clock,
    quote: str,
    subject: str,
    actors: Sequence[str] = (),
    action: str | None = None,
    kind: str = "commitment",
    source: Source | None = None,
    made_on: dt.date | None = None,
    due_start: dt.date | None = None,
    due_end: dt.date | None = None,
    due_phrase: str | None = None,
    topics: Sequence[str] = (),
    by: str | None = None,
    note: str | None = None,
) -> Commitment:
    if not quote.strip():
        raise ServiceError("the quote is empty")
    if not subject.strip():
        raise ServiceError("the subject is empty")
    if kind not in statuses.KINDS:
        raise ServiceError(f"kind must be one of {', '.join(statuses.KINDS)}")
    made = made_on or (source.published_on if source else clock.today())
    rule: str | None = "manual" if (due_start or due_end) else None
    if due_phrase and not (due_start or due_end):
        due_start, due_end, rule = window_from_phrase(due_phrase, made)
    elif due_end and not due_start:
        due_start = made
    _check_window(due_start, due_end)
    span_start = span_end = None
    if source is not None:
        pos = source.body.find(quote)
        if pos >= 0:
            span_start, span_end = pos, pos + len(quote)
    now = clock.now()
    c = Commitment(
        kind=kind,
        source_id=source.id if source else None,
        made_on=made,
        known_on=source.published_on if source else made,
        quote=quote,
        span_start=span_start,
        span_end=span_end,
        actors=join_list(_canonical_actors(actors)),
        action=action,
        subject=subject,
        topics=join_list(list(topics)),
        due_expression=due_phrase,
        due_start=due_start,
        due_end=due_end,
        due_rule=rule,
        confidence=1.0,
        origin="manual",
        status="open",
        created_at=now,
        updated_at=now,
    )
    session.add(c)
    session.flush()
    session.add(Mention(commitment_id=c.id, source_id=c.source_id, quote=quote,
                        span_start=span_start, span_end=span_end, kind="stated"))
    _record(session, c, clock, event="created", to_status="open", by=by,
            effective_on=made, note=note or "added by hand")
    session.flush()
    return c


def _canonical_actors(actors: Sequence[str]) -> list[str]:
    """Actors typed by hand, stored as canonical parties ("U.S." -> United
    States) so the party filter finds them; unknown names stay as typed."""
    from tracker.domain import parties

    return parties.canonical_names(actors)


def _check_version(c: Commitment, expected_version: int | None) -> None:
    if expected_version is not None and c.version != expected_version:
        raise version_conflict(c.id, expected_version, c.version)


def _flush(session: Session, c: Commitment) -> None:
    cid = c.id  # read before the flush: a failed flush expires the object
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise concurrent_conflict(cid) from None


def change_status(
    session: Session,
    commitment_id: int,
    to_status: str,
    *,
    clock: Clock,
    on: dt.date | None = None,
    by: str | None = None,
    note: str | None = None,
    evidence_id: int | None = None,
    expected_version: int | None = None,
) -> HistoryEntry:
    """Change the status; it takes effect ``on`` (default: the backing
    evidence's event date, else today)."""
    if to_status not in statuses.STATUSES:
        raise unknown_status(to_status, statuses.STATUSES)
    c = get_commitment(session, commitment_id)
    _check_version(c, expected_version)
    if not statuses.allowed(c.status, to_status):
        raise invalid_transition(c.id, c.status, to_status, statuses.TRANSITIONS[c.status])
    event_date = None
    if evidence_id is not None:
        ev = session.get(Evidence, evidence_id)
        if ev is None or ev.commitment_id != c.id:
            raise NotFound(f"no evidence {evidence_id} on commitment {c.id}")
        event_date = _evidence_day(session, ev)
    day = _effective(session, c, on, clock, event="status", fallback=event_date)
    entry = _record(session, c, clock, event="status", by=by, note=note,
                    effective_on=day, from_status=c.status, to_status=to_status,
                    evidence_id=evidence_id)
    c.status = to_status
    c.updated_at = entry.recorded_at
    _flush(session, c)
    return entry


def resolve(
    session: Session,
    commitment_id: int,
    *,
    clock: Clock,
    on: dt.date | None = None,
    note: str | None = None,
    evidence_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> HistoryEntry:
    """Mark fulfilled, done ``on`` a day (default: the evidence's event date,
    else today); a pending evidence given as backing is confirmed with it."""
    if evidence_id is not None:
        ev = session.get(Evidence, evidence_id)
        if ev is not None and ev.review == "pending":
            confirm_evidence(session, evidence_id, clock=clock, by=by, note=note,
                             set_status=False)
    return change_status(
        session, commitment_id, "fulfilled", clock=clock, on=on, by=by, note=note,
        evidence_id=evidence_id, expected_version=expected_version,
    )


def _window_text(start: dt.date | None, end: dt.date | None, rule: str | None) -> str:
    if start is None and end is None:
        return "open-ended"
    return f"{start or '…'}…{end or '…'} ({rule or 'no rule'})"


def set_window(
    session: Session,
    commitment_id: int,
    *,
    clock: Clock,
    due_start: dt.date | None,
    due_end: dt.date | None,
    expression: str | None = None,
    on: dt.date | None = None,
    by: str | None = None,
    note: str | None = None,
    expected_version: int | None = None,
) -> HistoryEntry:
    """Change the due window by hand; history keeps the old and the new one."""
    c = get_commitment(session, commitment_id)
    _check_version(c, expected_version)
    rule: str | None
    if expression and due_start is None and due_end is None:
        due_start, due_end, rule = window_from_phrase(expression, c.made_on)
    else:
        rule = "manual override"
    if due_start is None and due_end is not None:
        due_start = c.made_on
    _check_window(due_start, due_end)
    if due_start is None and due_end is None:
        rule = None
    day = _effective(session, c, on, clock, event="window")
    old = _window_text(c.due_start, c.due_end, c.due_rule)
    new = _window_text(due_start, due_end, rule)
    entry = _record(
        session, c, clock, event="window", by=by, effective_on=day,
        note=f"window {old} → {new}" + (f": {note}" if note else ""),
        from_due_start=c.due_start, from_due_end=c.due_end, from_due_rule=c.due_rule,
        to_due_start=due_start, to_due_end=due_end, to_due_rule=rule,
    )
    c.due_start, c.due_end, c.due_rule = due_start, due_end, rule
    if expression:
        c.due_expression = expression
    c.updated_at = entry.recorded_at
    _flush(session, c)
    return entry


def add_note(
    session: Session, commitment_id: int, note: str, *, clock: Clock,
    on: dt.date | None = None, by: str | None = None,
) -> HistoryEntry:
    if not note.strip():
        raise ServiceError("the note is empty")
    c = get_commitment(session, commitment_id)
    day = _effective(session, c, on, clock, event="note")
    entry = _record(session, c, clock, event="note", by=by, note=note, effective_on=day)
    session.flush()
    return entry


# --- per-party verdicts ---------------------------------------------------------


def _verdict_party(c: Commitment, party: str) -> str:
    """The canonical name of ``party`` when it is one of the commitment's
    parties; a one-line ServiceError otherwise."""
    from tracker.domain import parties

    name = parties.canonical_name(party.strip())
    own = {parties.canonical_name(a).casefold(): a for a in c.actor_list}
    if not name or name.casefold() not in own:
        listed = ", ".join(c.actor_list) or "none named"
        raise ServiceError(
            f"{party.strip() or '(empty)'} is not a party to commitment {c.id} "
            f"(its parties: {listed})")
    return own[name.casefold()]


def verdict_in_effect(
    session: Session, commitment_id: int, party: str, as_of: dt.date, *,
    before_id: int | None = None,
) -> Verdict | None:
    """The row deciding the party's verdict on ``as_of`` (a withdrawal
    included), or None when nothing was recorded by then; with
    ``before_id``, as it stood before that row was written."""
    q = select(Verdict).where(Verdict.commitment_id == commitment_id, Verdict.party == party,
                              Verdict.effective_on <= as_of)
    if before_id is not None:
        q = q.where(Verdict.id < before_id)
    return session.scalars(
        q.order_by(Verdict.effective_on.desc(), Verdict.id.desc()).limit(1)
    ).first()


def record_verdict(
    session: Session, commitment_id: int, party: str, score: int, *, clock: Clock,
    note: str | None = None, on: dt.date | None = None, by: str | None = None,
) -> Verdict:
    """Record (or replace, from ``on``) one party's verdict on a commitment,
    on the -1 / 0 / +1 scale; it takes effect ``on`` (default: today)."""
    if score not in statuses.VERDICT_SCORES:
        raise ServiceError(f"a verdict is one of -1, 0, +1 (not {score})")
    c = get_commitment(session, commitment_id)
    name = _verdict_party(c, party)
    day = _effective(session, c, on, clock, event="verdict")
    v = Verdict(commitment_id=c.id, party=name, score=score, note=note or None,
                effective_on=day, recorded_at=clock.now(), recorded_by=by or current_user())
    session.add(v)
    session.flush()
    return v


def withdraw_verdict(
    session: Session, commitment_id: int, party: str, *, clock: Clock,
    note: str | None = None, on: dt.date | None = None, by: str | None = None,
) -> Verdict:
    """Withdraw the party's verdict from ``on`` (default: today): a row with
    no score, so the history keeps both the verdict and its withdrawal."""
    c = get_commitment(session, commitment_id)
    name = _verdict_party(c, party)
    day = _effective(session, c, on, clock, event="verdict")
    current = verdict_in_effect(session, c.id, name, day)
    if current is None or current.score is None:
        raise ServiceError(f"commitment {c.id} has no verdict for {name} in effect on {day}")
    v = Verdict(commitment_id=c.id, party=name, score=None, note=note or None,
                effective_on=day, recorded_at=clock.now(), recorded_by=by or current_user())
    session.add(v)
    session.flush()
    return v


def score_text(score: int | None) -> str:
    """A verdict as the faces print it: "+1", "0", "-1", or "none"."""
    return "none" if score is None else f"{score:+d}" if score else "0"


@dataclass(frozen=True)
class VerdictEntry:
    """One row of the verdict log as a history entry: who, when recorded,
    when effective, what changed (``previous`` -> ``score``) and why."""

    id: int
    recorded_at: dt.datetime
    effective_on: dt.date
    by: str
    party: str
    score: int | None  # None: withdrawn
    previous: int | None  # in effect before this row
    note: str | None

    @property
    def change(self) -> str:
        if self.score is None:
            return f"verdict for {self.party} withdrawn (was {score_text(self.previous)})"
        return (f"verdict for {self.party}: {score_text(self.previous)} → "
                f"{score_text(self.score)}")


def verdict_entries(verdicts: Sequence[Verdict]) -> list[VerdictEntry]:
    """The verdict log as history entries, in the order recorded; each knows
    the score it replaced (the log replayed by ``effective_on``, then id)."""
    previous: dict[int, int | None] = {}
    current: dict[str, int | None] = {}
    for v in sorted(verdicts, key=lambda v: (v.effective_on, v.id)):
        previous[v.id] = current.get(v.party)
        current[v.party] = v.score
    return [VerdictEntry(v.id, v.recorded_at, v.effective_on, v.recorded_by, v.party, v.score,
                         previous[v.id], v.note)
            for v in sorted(verdicts, key=lambda v: (v.recorded_at, v.id))]


def verdicts_on(
    session: Session, ids: Sequence[int], as_of: dt.date
) -> dict[int, dict[str, int]]:
    """For each commitment, the verdicts in effect on ``as_of``: party ->
    score (a withdrawn verdict is absent)."""
    out: dict[int, dict[str, int]] = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        latest: dict[tuple[int, str], int | None] = {}
        for cid, party, score in session.execute(
            select(Verdict.commitment_id, Verdict.party, Verdict.score)
            .where(Verdict.commitment_id.in_(ids[i:i + 500]), Verdict.effective_on <= as_of)
            .order_by(Verdict.effective_on, Verdict.id)
        ):
            latest[(cid, party)] = score  # later rows replace earlier ones
        for (cid, party), score in latest.items():
            if score is not None:
                out.setdefault(cid, {})[party] = score
    return out


# --- evidence -----------------------------------------------------------------


def _apply_evidence(
    session: Session, c: Commitment, ev: Evidence, clock: Clock, *, by: str,
    note: str | None, on: dt.date | None, verb: str,
) -> None:
    """What a confirmed piece of evidence does to its commitment, whoever made
    it: a fulfils / partially_fulfils / progress / missed one moves the status
    (taking effect on its event date unless ``on`` says otherwise); otherwise,
    or when the status cannot move there, a note records it."""
    target = evidence_target(c.status, ev.kind)
    text = f"{verb} {ev.kind} evidence {ev.id}" + (f": {note}" if note else "")
    if target:
        change_status(session, c.id, target, clock=clock, on=on, by=by, note=text,
                      evidence_id=ev.id)
    else:
        day = _effective(session, c, on, clock, event="note", fallback=_evidence_day(session, ev))
        _record(session, c, clock, event="note", by=by, evidence_id=ev.id, note=text,
                effective_on=day)
        _bump_version(session, c)


def evidence_target(status: str, kind: str) -> str | None:
    """The status confirming evidence of ``kind`` moves a commitment in
    ``status`` to, or None when it only records a note."""
    target = statuses.EVIDENCE_STATUS.get(kind)
    if target and status != target and statuses.allowed(status, target):
        return target
    return None


@dataclass(frozen=True)
class ConfirmEffect:
    """What confirming a pending suggestion would change (nothing is saved)."""

    commitment_id: int
    from_status: str
    to_status: str | None  # None: only a note is recorded
    effective_on: dt.date
    outcome: str  # statuses.outcome of the result, as of today

    def line(self) -> str:
        if self.to_status is None:
            return f"status stays {self.from_status}: a note is recorded on {self.effective_on}"
        return (f"{self.from_status} -> {self.to_status} on {self.effective_on}, "
                f"{self.outcome.replace('_', ' ')}")


def confirm_effect(session: Session, evidence_id: int, *, clock: Clock,
                   on: dt.date | None = None) -> ConfirmEffect:
    """What ``confirm_evidence`` would do to the commitment: the same target
    status (``evidence_target``), the same day (``on``, else ``_evidence_day``:
    its event date, else its report's date; else today) and
    ``statuses.outcome`` of the result."""
    ev = get_evidence(session, evidence_id)
    c = get_commitment(session, ev.commitment_id)
    day = on or _evidence_day(session, ev) or clock.today()
    target = evidence_target(c.status, ev.kind)
    today = clock.today()
    if target is None:
        now = states_on(session, [c.id], today)[c.id]
        return ConfirmEffect(c.id, c.status, None, day, now.outcome(today))
    result = statuses.outcome(target, c.due_start, c.due_end, today,
                              fulfilled_on=day if target == statuses.Status.FULFILLED else None)
    return ConfirmEffect(c.id, c.status, target, day, result)


def undo_review(session: Session, evidence_id: int, *, clock: Clock, by: str | None = None,
                note: str | None = None) -> Evidence:
    """Undo the review of a suggestion: it goes back to pending, and the
    status change its confirmation made is reverted by a new status history
    row ("undo ...") that takes effect the same day; nothing is deleted.
    Refused (ConflictError) when the status has changed again since."""
    from sqlalchemy import update

    ev = get_evidence(session, evidence_id)
    if ev.review == "pending":
        raise ConflictError(f"evidence {evidence_id} is pending: there is no review to undo")
    was = ev.review
    c = get_commitment(session, ev.commitment_id)
    who = by or current_user()
    suffix = f": {note}" if note else ""
    change = None
    if was == "confirmed":
        change = session.scalars(
            select(HistoryEntry).where(HistoryEntry.commitment_id == c.id,
                                       HistoryEntry.event == "status",
                                       HistoryEntry.evidence_id == ev.id)
            .order_by(HistoryEntry.id.desc())).first()
        if change is not None:
            last = session.scalars(
                select(HistoryEntry).where(HistoryEntry.commitment_id == c.id,
                                           HistoryEntry.event == "status")
                .order_by(HistoryEntry.effective_on.desc(), HistoryEntry.id.desc())).first()
            if last is None or last.id != change.id or c.status != change.to_status:
                raise ConflictError(
                    f"commitment {c.id}'s status changed after evidence {ev.id} was confirmed: "
                    "change the status by hand instead")
    result = session.execute(
        update(Evidence).where(Evidence.id == ev.id, Evidence.review == was)
        .values(review="pending", origin="suggested", reviewed_at=None, reviewed_by=None,
                review_note=None),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise ConflictError(f"evidence {ev.id} was changed by someone else meanwhile: reload")
    session.refresh(ev)
    text = f"undo {'confirmation' if was == 'confirmed' else 'rejection'} of {ev.kind} " \
           f"evidence {ev.id}{suffix}"
    if change is not None:
        # takes effect the day the undone change did: history replays as if
        # it had not happened, and both rows stay
        entry = _record(session, c, clock, event="status", by=who, note=text,
                        effective_on=change.effective_on, from_status=c.status,
                        to_status=change.from_status, evidence_id=ev.id)
        c.status = change.from_status or "open"
        c.updated_at = entry.recorded_at
        _flush(session, c)
    else:
        _record(session, c, clock, event="note", by=who, evidence_id=ev.id, note=text,
                effective_on=clock.today())
        _bump_version(session, c)
    return ev


def add_evidence(
    session: Session,
    commitment_id: int,
    *,
    clock: Clock,
    kind: str,
    quote: str,
    source: Source | None = None,
    event_date: dt.date | None = None,
    on: dt.date | None = None,
    by: str | None = None,
    note: str | None = None,
) -> Evidence:
    """Evidence added by an analyst: confirmed as it is made, and it changes
    the status exactly as confirming a suggestion of that kind does."""
    if kind not in statuses.EVIDENCE_KINDS:
        raise ServiceError(f"evidence kind must be one of {', '.join(statuses.EVIDENCE_KINDS)}")
    c = get_commitment(session, commitment_id)
    if event_date is not None and event_date > clock.today():
        raise ServiceError(f"event date {event_date} is in the future")
    span_start = span_end = None
    if source is not None and quote:
        pos = source.body.find(quote)
        if pos >= 0:
            span_start, span_end = pos, pos + len(quote)
    who = by or current_user()
    now = clock.now()
    ev = Evidence(
        commitment_id=c.id, source_id=source.id if source else None, kind=kind,
        event_date=event_date, quote=quote, span_start=span_start, span_end=span_end,
        confidence=1.0, reason=note or "added by hand", origin="confirmed", review="confirmed",
        created_at=now, reviewed_at=now, reviewed_by=who,
    )
    session.add(ev)
    try:
        session.flush()
    except IntegrityError:
        raise ServiceError("this passage is already recorded as that kind of evidence") from None
    _apply_evidence(session, c, ev, clock, by=who, note=note, on=on, verb="added")
    return ev


def get_evidence(session: Session, evidence_id: int) -> Evidence:
    return _get(session, Evidence, evidence_id, "evidence")


def confirm_evidence(
    session: Session,
    evidence_id: int,
    *,
    clock: Clock,
    on: dt.date | None = None,
    by: str | None = None,
    note: str | None = None,
    set_status: bool = True,
) -> Evidence:
    """Confirm a suggestion; a fulfils/missed/... one sets the commitment's status.

    A versioned change (``_review``): of two analysts confirming or rejecting
    the same suggestion at once, one succeeds and the other gets ConflictError."""
    ev = get_evidence(session, evidence_id)
    if ev.review == "confirmed":
        raise ConflictError(f"evidence {evidence_id} is already confirmed{_by(ev)}")
    if ev.review != "pending":
        raise ConflictError(f"evidence {evidence_id} is not pending (it is {ev.review}{_by(ev)}): "
                            "add the passage with 'tracker evidence add' instead")
    who = by or current_user()
    _review(session, ev, "confirmed", who, note, at=clock.now())
    c = get_commitment(session, ev.commitment_id)
    if set_status:
        _apply_evidence(session, c, ev, clock, by=who, note=note, on=on, verb="confirmed")
    else:
        _record(session, c, clock, event="note", by=who, evidence_id=ev.id,
                effective_on=_effective(session, c, on, clock, event="note",
                                        fallback=_evidence_day(session, ev)),
                note=f"confirmed {ev.kind} evidence {ev.id}" + (f": {note}" if note else ""))
        _bump_version(session, c)
    return ev


def reconsider_evidence(
    session: Session, evidence_id: int, *, clock: Clock, by: str | None = None,
    note: str | None = None,
) -> Evidence:
    """Confirm a suggestion that was rejected: the rejection is undone (a
    history row, ``undo_review``) and the suggestion confirmed as any pending
    one is (``confirm_evidence``), in the caller's one unit of work."""
    ev = get_evidence(session, evidence_id)
    if ev.review != "rejected":
        raise ConflictError(f"evidence {evidence_id} is not rejected (it is {ev.review}{_by(ev)})")
    undo_review(session, evidence_id, clock=clock, by=by, note="reconsidered")
    return confirm_evidence(session, evidence_id, clock=clock, by=by, note=note)


def reject_evidence(
    session: Session, evidence_id: int, *, clock: Clock, by: str | None = None,
    note: str | None = None,
) -> Evidence:
    """Reject a suggestion: kept (so it is never suggested again), out of the queue."""
    ev = get_evidence(session, evidence_id)
    if ev.review != "pending":
        raise ConflictError(f"evidence {evidence_id} is not pending (it is {ev.review}{_by(ev)})")
    who = by or current_user()
    _review(session, ev, "rejected", who, note, at=clock.now())
    c = get_commitment(session, ev.commitment_id)
    _record(session, c, clock, event="note", by=who, evidence_id=ev.id,
            effective_on=clock.today(),
            note=f"rejected {ev.kind} suggestion {ev.id}" + (f": {note}" if note else ""))
    _bump_version(session, c)
    return ev


def _review(session: Session, ev: Evidence, review: str, who: str, note: str | None,
            at: dt.datetime) -> None:
    """Set the review of a pending ``ev`` only if it is still pending:
    ``UPDATE evidence ... WHERE id = :id AND review = 'pending'``. No row
    changed means someone else reviewed it meanwhile: ConflictError, nothing
    saved."""
    from sqlalchemy import update

    values: dict[str, object] = {"review": review, "reviewed_at": at,
                                 "reviewed_by": who, "review_note": note}
    if review == "confirmed":
        values["origin"] = "confirmed"
    result = session.execute(
        update(Evidence).where(Evidence.id == ev.id, Evidence.review == "pending").values(**values),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise ConflictError(
            f"evidence {ev.id} was reviewed by someone else meanwhile: your {review[:-2]} was "
            "not saved; reload and try again"
        )
    session.refresh(ev)


def _by(ev: Evidence) -> str:
    return f" by {ev.reviewed_by}" if ev.reviewed_by else ""


def _bump_version(session: Session, c: Commitment) -> None:
    """A review changes the commitment's version even when its status stays,
    so an edit made from the state before the review is refused."""
    from sqlalchemy.orm.attributes import flag_modified

    flag_modified(c, "status")
    _flush(session, c)


# --- reading ------------------------------------------------------------------


@dataclass
class Filters:
    """What the list views and ``tracker list`` filter on.

    ``today`` is the caller's (the faces read the clock, nothing below them);
    ``as_of`` (default: today) is the date the list is true to: before today,
    only commitments known by then, with the status and window of then.
    """

    today: dt.date
    text: str | None = None
    status: Sequence[str] = ()
    actor: str | None = None  # a party in any spelling ("US", "U.S.", "American")
    topic: str | None = None
    kind: str | None = None
    overdue: bool = False
    pending: bool = False
    source_id: int | None = None
    as_of: dt.date | None = None
    sort: str = "due_end"
    descending: bool = False

    @property
    def reference(self) -> dt.date:
        return self.as_of or self.today

    @property
    def past(self) -> bool:
        return self.reference < self.today


SORTS = {
    "due_end": Commitment.due_end,
    "due_start": Commitment.due_start,
    "made_on": Commitment.made_on,
    "subject": Commitment.subject,
    "status": Commitment.status,
    "id": Commitment.id,
    "confidence": Commitment.confidence,
}

# The PostgreSQL text-search expression: the trigram index
# ix_commitments_text_trgm (see the migration 5c3e8d21f7a4) is on exactly this.
PG_TEXT_SQL = ("lower(subject || ' ' || quote || ' ' || actors || ' ' "
               "|| coalesce(due_expression, ''))")
_PG_TEXT: ColumnElement[str] = literal_column(PG_TEXT_SQL)
# The SQLite FTS5 trigram table (external content over commitments, each
# value followed by two spaces: migration c5d2a8e1f3b7) and its term list.
_FTS = table("commitments_fts", column("rowid"))
_FTS_MATCH: ColumnElement[str] = literal_column("commitments_fts")
_FTS_VOCAB = table("commitments_fts_vocab", column("term"))
FTS_MIN_WORD = 3  # a trigram query finds substrings of 3 characters or more
_TERM_END = "\U0010ffff"  # after every character: [w, w + this) is "starts with w"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(value: str) -> str:
    return f"%{_escape_like(value)}%"


def fts_phrase(word: str) -> str:
    """A word as an FTS5 string (matched as a substring by the trigram index)."""
    return '"' + word.replace('"', '""') + '"'


def fts_short_word(word: str) -> ColumnElement[str]:
    """The FTS5 query for a word of 1 or 2 characters: the OR of every
    trigram in the index that starts with it (each value is indexed with two
    trailing spaces, so every substring that short starts a trigram). Terms
    are case-folded as the trigram tokenizer folds them; no term, no match."""
    quoted = literal('"') + func.replace(_FTS_VOCAB.c.term, '"', '""') + literal('"')
    folded = word.lower()
    return func.coalesce(
        select(func.group_concat(quoted, " OR "))
        .where(_FTS_VOCAB.c.term >= folded, _FTS_VOCAB.c.term < folded + _TERM_END)
        .scalar_subquery(),
        literal('""'),
    )


def text_clauses(text: str, dialect: str | None = None, *, indexed: bool = True) -> list:  # type: ignore[type-arg]
    """Every word must appear (case-insensitive substring) in the subject,
    quote, actors or due phrase.

    A word typed in capitals that looks like an acronym ("JWG") also matches a
    subject whose consecutive words start with those letters ("Joint Working
    Group").

    ``dialect`` picks the index: on SQLite every word goes through the FTS5
    trigram table (``indexed``): a word of 3 characters or more as a phrase,
    a shorter one as the OR of the trigrams it starts (``fts_short_word``);
    on PostgreSQL every word is a LIKE on the lowered expression the trigram
    index is built on. ``indexed=False`` gives row-by-row checks with the
    same meaning (LIKE, case-insensitive for ASCII on SQLite), for reading a
    few rows.
    """
    def like(col: Any, pattern: str) -> ColumnElement[bool]:
        if dialect == "sqlite":
            return col.like(pattern, escape="\\")  # type: ignore[no-any-return]
        return col.ilike(pattern, escape="\\")  # type: ignore[no-any-return]

    clauses = []
    for word in text.split():
        alts: list[ColumnElement[bool]]
        if dialect == "postgresql":
            alts = [_PG_TEXT.like(func.lower(_like(word)), escape="\\")]
        elif dialect == "sqlite" and indexed:
            query = fts_phrase(word) if len(word) >= FTS_MIN_WORD else fts_short_word(word)
            alts = [Commitment.id.in_(select(_FTS.c.rowid).where(_FTS_MATCH.op("MATCH")(query)))]
        else:
            pat = _like(word)
            alts = [like(Commitment.subject, pat), like(Commitment.quote, pat),
                    like(Commitment.actors, pat), like(Commitment.due_expression, pat)]
        if _ACRONYM.match(word) and word.isalpha():
            letters = [_escape_like(ch) for ch in word]
            tail = "".join(f"% {ch}" for ch in letters[1:])
            alts.append(like(Commitment.subject, f"{letters[0]}{tail}%"))
            alts.append(like(Commitment.subject, f"% {letters[0]}{tail}%"))
        clauses.append(or_(*alts))
    return clauses


def list_item_clause(col, item: str, *, any_case: bool = False):  # type: ignore[no-untyped-def]
    """``col`` holds a "; "-joined list (actors, topics) and ``item`` is one
    whole item of it: never a substring ("US" is not in "Australia").
    ``any_case`` compares lower-cased on both sides."""
    from tracker.store.models import LIST_SEPARATOR as sep

    if any_case:
        col, item = func.lower(col), item.lower()
    e = _escape_like(item)
    return or_(col == item,
               col.like(f"{e}{sep}%", escape="\\"),
               col.like(f"%{sep}{e}", escape="\\"),
               col.like(f"%{sep}{e}{sep}%", escape="\\"))


def actor_clause(actor: str):  # type: ignore[no-untyped-def]
    """Commitments one of whose actors is the party ``actor`` names (any
    alias: "US", "U.S.", "American" are the United States; "Congo" both
    Congos), stored under its canonical name; text naming no party matches
    a whole actor, any case."""
    from tracker.domain import parties

    named = parties.load_registry().candidates(actor)
    if named:
        return or_(*(list_item_clause(Commitment.actors, p.name) for p in named))
    return list_item_clause(Commitment.actors, " ".join(actor.split()), any_case=True)


def filter_clauses(f: Filters, dialect: str | None = None, *, indexed: bool = True) -> list:  # type: ignore[type-arg]
    """WHERE clauses for ``f``; ``dialect`` (the session's) lets the text
    filter use its index (see ``text_clauses``)."""
    clauses = text_clauses(f.text, dialect, indexed=indexed) if f.text else []
    as_of, past = f.reference, f.past
    if f.status:
        status = history_sql.status_then(as_of) if past else Commitment.status
        clauses.append(status.in_(list(f.status)))
    if f.actor and f.actor.strip():
        clauses.append(actor_clause(f.actor))
    if f.topic and f.topic.strip():
        clauses.append(list_item_clause(Commitment.topics, " ".join(f.topic.split()),
                                        any_case=True))
    if f.kind:
        clauses.append(Commitment.kind == f.kind)
    if f.source_id is not None:
        clauses.append(Commitment.source_id == f.source_id)
    if f.overdue:
        if past:
            clauses.append(history_sql.status_then(as_of).in_(statuses.ACTIVE))
            clauses.append(history_sql.window_then(as_of, "due_end") < as_of)
        else:
            clauses.append(Commitment.status.in_(statuses.ACTIVE))
            clauses.append(Commitment.due_end < as_of)
    if f.pending:
        pending = and_(Evidence.commitment_id == Commitment.id, Evidence.review == "pending")
        if past:
            pending = and_(pending, or_(
                Evidence.source_id.is_(None),
                Evidence.source_id.in_(select(Source.id).where(Source.published_on <= as_of)
                                       .correlate(None)),
            ))
        clauses.append(exists().where(pending))
    if past:
        clauses.append(history_sql.known_by(as_of))
    clauses.append(~history_sql.is_retired(Commitment.id))  # a merged duplicate counts once
    return clauses


# Sort keys an index serves (models.py declares the same expressions), so a
# page is read by walking the index instead of sorting every match.
_NULL_DUE = Commitment.due_end.is_(None)
_HAS_DUE = Commitment.due_end.is_not(None)
_SUBJECT_PREFIX = func.substr(Commitment.subject, literal_column("1"), literal_column("200"))


def sort_order(sort: str, descending: bool = False, *, use_index: bool = True) -> list:  # type: ignore[type-arg]
    """ORDER BY for a sort key: NULLs last in both directions, then id.

    ``use_index=False`` gives the same order in a form no index matches (a
    unary plus on the first key, SQLite's way to say so): for a query with
    few matches, sorting them beats visiting every row in index order.
    """
    d = descending
    if sort == "due_end" or sort not in SORTS:
        keys = [_HAS_DUE if d else _NULL_DUE, Commitment.due_end, Commitment.id]
    elif sort == "id":
        keys = [Commitment.id]
    elif sort == "made_on":
        keys = [Commitment.made_on, Commitment.id]
    elif sort == "subject":
        keys = [_SUBJECT_PREFIX, Commitment.id]
    else:
        col = SORTS[sort]
        return [col.desc().nulls_last() if d else col.asc().nulls_last(),
                Commitment.id.desc() if d else Commitment.id]
    if not use_index:
        keys[0] = UnaryExpression(keys[0].self_group(), operator=_UNARY_PLUS)  # type: ignore[attr-defined]  # every key here is a ColumnElement
    return [k.desc() for k in keys] if d else keys


_UNARY_PLUS: custom_op[Any] = custom_op("+")
INDEXED_SORTS = frozenset({"due_end", "id", "made_on", "subject"})
# Rows read in sort order before giving up on finding a page among them.
PROBE_ROWS = 2000


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def page_ids(
    session: Session, f: Filters, *, limit: int | None = None, offset: int = 0
) -> list[int]:
    """Ids of the commitments ``f`` selects, in its order, paged.

    A page of a common filter is found fastest by walking the sort index and
    checking rows one by one until the page is full; a rare one (an unusual
    word) by asking the text index for its few matches and sorting those.
    So: first check the first ``PROBE_ROWS`` rows in sort order; if the page
    is among them it is exact (they are a prefix of the whole order), else
    ask the database for all matches with the text index, and sort them (on
    SQLite the sort index is ruled out there: with few matches, walking it
    would visit every row).
    """
    dialect = _dialect(session)
    order = sort_order(f.sort, f.descending)
    probe_clauses = filter_clauses(f, dialect, indexed=False)
    if not probe_clauses or limit is None:
        q = select(Commitment.id).where(*filter_clauses(f, dialect)).order_by(*order)
        q = _paged(q, limit, offset)
        return list(session.scalars(q))
    needed = offset + limit
    if f.sort in INDEXED_SORTS and needed <= PROBE_ROWS // 4:
        ids = list(session.scalars(_head_probe(probe_clauses, order, PROBE_ROWS, needed)))
        if len(ids) >= needed:
            return ids[offset:]
    if dialect == "sqlite":
        order = sort_order(f.sort, f.descending, use_index=False)
    q = _paged(select(Commitment.id).where(*filter_clauses(f, dialect)).order_by(*order),
               limit, offset)
    return list(session.scalars(q))


def _head_probe(clauses: list, order: list, rows: int, needed: int) -> Any:  # type: ignore[type-arg]
    """Ids among the first ``rows`` commitments in ``order`` that satisfy the
    row-by-row ``clauses``, in that order, at most ``needed``."""
    # The filters read the head's own columns (one index walk), not a
    # join back to commitments (PostgreSQL hash-joined a full scan).
    head = select(Commitment).order_by(*order).limit(rows).subquery("head")
    adapter = ClauseAdapter(head)

    def adapt(e: Any) -> Any:
        return adapter.traverse(getattr(e, "__clause_element__", lambda: e)())
    return (select(head.c.id).where(*(adapt(c) for c in clauses))
            .order_by(*(adapt(o) for o in order)).limit(needed))


def _paged(q: Any, limit: int | None, offset: int) -> Any:
    """LIMIT, and OFFSET only past the first page (the page a filter
    keystroke reads has none)."""
    if offset:
        q = q.offset(offset)
    return q if limit is None else q.limit(limit)


def list_commitments(
    session: Session, f: Filters, *, limit: int | None = None, offset: int = 0
) -> list[Commitment]:
    ids = page_ids(session, f, limit=limit, offset=offset)
    if not ids:
        return []
    by_id = {c.id: c for c in session.scalars(select(Commitment).where(Commitment.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


# Rows (in id order) a bounded count checks one by one before asking the
# index: a filter that common reaches the bound among them.
COUNT_PROBE_ROWS = 20_000


def count_commitments(session: Session, f: Filters, *, limit: int | None = None) -> int:
    """How many commitments ``f`` selects; with ``limit``, counting stops
    past it (a result over ``limit`` means "more than ``limit``").

    A bounded count first counts, row by row, the matches among the first
    ``COUNT_PROBE_ROWS`` rows: a very common filter (a one-letter word) has
    more than ``limit`` there, and asking the index would list all of them."""
    dialect = _dialect(session)
    where = filter_clauses(f, dialect)
    if limit is None:
        return session.scalar(select(func.count()).select_from(Commitment).where(*where)) or 0
    row_by_row = filter_clauses(f, dialect, indexed=False)
    if row_by_row and limit < COUNT_PROBE_ROWS:
        head = _head_probe(row_by_row, [Commitment.id], COUNT_PROBE_ROWS, limit + 1).subquery()
        if (session.scalar(select(func.count()).select_from(head)) or 0) > limit:
            return limit + 1
    matches = select(Commitment.id).where(*where).limit(limit + 1).subquery()
    return session.scalar(select(func.count()).select_from(matches)) or 0


def evidence_counts(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """commitment id -> (evidence count not rejected, pending count)."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            Evidence.commitment_id,
            func.count(),
            func.sum(func.cast(Evidence.review == "pending", type_=Integer())),
        )
        .where(Evidence.commitment_id.in_(list(ids)), Evidence.review != "rejected")
        .group_by(Evidence.commitment_id)
    )
    return {cid: (n, int(p or 0)) for cid, n, p in rows}


def states_on(
    session: Session, ids: Sequence[int], as_of: dt.date
) -> dict[int, statuses.StateThen]:
    """Each commitment as it stood on ``as_of`` (status, window, the day it
    was fulfilled), replayed from history by ``statuses.replay``."""
    out: dict[int, statuses.StateThen] = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        current = {
            cid: (st, (ds, de)) for cid, st, ds, de in session.execute(
                select(Commitment.id, Commitment.status, Commitment.due_start, Commitment.due_end)
                .where(Commitment.id.in_(chunk)))
        }
        changes: dict[int, list[statuses.Change]] = {cid: [] for cid in current}
        for h in session.execute(
            select(HistoryEntry.id, HistoryEntry.commitment_id, HistoryEntry.event,
                   HistoryEntry.effective_on, HistoryEntry.to_status,
                   HistoryEntry.from_due_start, HistoryEntry.from_due_end,
                   HistoryEntry.to_due_start, HistoryEntry.to_due_end)
            .where(HistoryEntry.commitment_id.in_(chunk),
                   HistoryEntry.event.in_(("created", "status", "window")))
        ):
            window = h.event == "window"
            changes[h.commitment_id].append(statuses.Change(
                h.id, h.event, h.effective_on, h.to_status,
                (h.from_due_start, h.from_due_end) if window else None,
                (h.to_due_start, h.to_due_end) if window else None,
            ))
        for cid, (st, win) in current.items():
            out[cid] = statuses.replay(changes[cid], as_of, status=st, window=win)
    return out


@dataclass
class Detail:
    commitment: Commitment
    source: Source | None
    evidence: list[Evidence]
    history: list[HistoryEntry]
    evidence_sources: dict[int, Source]
    children: list[Commitment]
    then: statuses.StateThen  # as it stood on ``as_of``
    as_of: dt.date
    verdicts: list[VerdictEntry]  # the verdict log as history, in the order recorded
    verdicts_then: dict[str, int]  # party -> the verdict in effect on ``as_of``
    mentions: list[MentionView] = field(default_factory=list)  # most primary first
    merged_into: int | None = None  # retired by "same as": the commitment kept
    merged: list[int] = field(default_factory=list)  # commitments retired into this one

    @property
    def shown_quote(self) -> str:
        """The quote to show: the most primary mention's (``statuses.primacy``)."""
        return self.mentions[0].quote if self.mentions else self.commitment.quote

    @property
    def outcome(self) -> str:
        return self.then.outcome(self.as_of)


def commitment_detail(session: Session, commitment_id: int, as_of: dt.date) -> Detail:
    c = get_commitment(session, commitment_id)
    source = session.get(Source, c.source_id) if c.source_id else None
    evidence = list(
        session.scalars(
            select(Evidence).where(Evidence.commitment_id == c.id)
            .order_by(Evidence.event_date.asc().nulls_last(), Evidence.id)
        )
    )
    history = list(
        session.scalars(
            select(HistoryEntry).where(HistoryEntry.commitment_id == c.id)
            .order_by(HistoryEntry.recorded_at, HistoryEntry.id)
        )
    )
    src_ids = {e.source_id for e in evidence if e.source_id}
    ev_sources = (
        {s.id: s for s in session.scalars(select(Source).where(Source.id.in_(src_ids)))}
        if src_ids else {}
    )
    children = list(
        session.scalars(select(Commitment).where(Commitment.parent_id == c.id)
                        .order_by(Commitment.id))
    )
    then = states_on(session, [c.id], as_of)[c.id]
    verdicts = verdict_entries(list(session.scalars(
        select(Verdict).where(Verdict.commitment_id == c.id))))
    return Detail(c, source, evidence, history, ev_sources, children, then, as_of,
                  verdicts, verdicts_on(session, [c.id], as_of).get(c.id, {}),
                  mentions_of(session, c.id), merged_into(session, c.id),
                  list(session.scalars(select(Merge.retired_id).where(
                      Merge.kept_id == c.id, Merge.undone_at.is_(None)).order_by(Merge.id))))


def pending_suggestions(session: Session, limit: int | None = None) -> list[Evidence]:
    q = (
        select(Evidence)
        .options(selectinload(Evidence.commitment), selectinload(Evidence.source))
        .where(Evidence.review == "pending", ~history_sql.is_retired(Evidence.commitment_id))
        .order_by(Evidence.confidence.desc(), Evidence.id)
    )
    if limit:
        q = q.limit(limit)
    return list(session.scalars(q))


def iter_pending_rows(session: Session, limit: int | None = None) -> Iterator[Any]:
    """Pending suggestions, most confident first, streamed from the cursor as
    plain rows (id, kind, confidence, commitment_id, subject, file_name,
    event_date, reason): no object per row, nothing held."""
    src = aliased(Source)
    q = (
        select(Evidence.id, Evidence.kind, Evidence.confidence, Evidence.commitment_id,
               Commitment.subject, src.file_name, Evidence.event_date, Evidence.reason)
        .join(Commitment, Commitment.id == Evidence.commitment_id)
        .outerjoin(src, src.id == Evidence.source_id)
        .where(Evidence.review == "pending")
        .order_by(Evidence.confidence.desc(), Evidence.id)
    )
    if limit:
        q = q.limit(limit)
    yield from session.execute(q, execution_options={"yield_per": 1000})


def list_sources(session: Session, text: str = "") -> list[tuple[Source, int]]:
    """Every source with its commitment count, newest first; ``text`` keeps
    those whose title, publisher, file name or URL contain it (any case)."""
    n = (
        select(func.count()).select_from(Commitment)
        .where(Commitment.source_id == Source.id).scalar_subquery()
    )
    where = []
    for word in text.split():
        pat = _like(word.lower())
        where.append(or_(*(func.lower(func.coalesce(col, "")).like(pat, escape="\\")
                           for col in (Source.title, Source.publisher, Source.file_name,
                                       Source.url))))
    return [(s, k) for s, k in session.execute(
        select(Source, n).where(*where).order_by(Source.published_on.desc(), Source.id)
    )]


# --- mentions and "same as" -------------------------------------------------------


@dataclass(frozen=True)
class MentionView:
    """A mention as faces show it."""

    quote: str
    kind: str
    span_start: int | None
    span_end: int | None
    source: str | None  # file name
    published_on: dt.date | None
    merged: bool  # came with a "same as"


def mentions_of(session: Session, commitment_id: int) -> list[MentionView]:
    """Every sentence stating the commitment, most primary first
    (``statuses.primacy``); a commitment stored without any has its own."""
    rows = session.execute(
        select(Mention, Source.file_name, Source.published_on)
        .outerjoin(Source, Source.id == Mention.source_id)
        .where(Mention.commitment_id == commitment_id)
    ).all()
    views = [MentionView(m.quote, m.kind, m.span_start, m.span_end, name, day,
                         m.merge_id is not None) for m, name, day in rows]
    if not views:
        c = get_commitment(session, commitment_id)
        src = session.get(Source, c.source_id) if c.source_id else None
        views = [MentionView(c.quote, "stated", c.span_start, c.span_end,
                             src.file_name if src else None,
                             src.published_on if src else None, False)]
    return sorted(views, key=lambda v: statuses.primacy(
        statuses.MentionRef(v.kind, v.span_start, v.published_on)))


def merged_into(session: Session, commitment_id: int) -> int | None:
    """The commitment a live "same as" retired this one into, if any."""
    return session.scalar(select(Merge.kept_id).where(
        Merge.retired_id == commitment_id, Merge.undone_at.is_(None)))


def _updated(session: Session, stmt: Any) -> int:
    """Run an UPDATE; the number of rows it changed."""
    return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]  # a CursorResult


@dataclass(frozen=True)
class SameAs:
    """What a "same as" (or its undo) did."""

    kept: int
    retired: int
    mentions: int  # mentions moved
    evidence: int  # evidence rows moved (pending suggestions included)
    undone: bool


def same_as(session: Session, kept_id: int, retired_id: int, *, clock: Clock,
            note: str | None = None, by: str | None = None,
            on: dt.date | None = None) -> SameAs:
    """Record that ``retired_id`` is the same commitment as ``kept_id``.

    The kept one keeps its identity and gains the retired one's mentions and
    evidence (pending suggestions too; a passage the kept one already has stays
    behind, as it is already counted); the retired one stays stored, left out of
    every list and report, until ``undo_same_as``. Both histories say who, when
    and why."""
    if kept_id == retired_id:
        raise ServiceError("a commitment cannot be the same as itself")
    kept = get_commitment(session, kept_id)
    retired = get_commitment(session, retired_id)
    for c in (kept, retired):
        into = merged_into(session, c.id)
        if into is not None:
            raise ServiceError(f"commitment {c.id} is already the same as {into}")
    if session.scalar(select(Merge.id).where(Merge.kept_id == retired.id,
                                             Merge.undone_at.is_(None)).limit(1)):
        raise ServiceError(
            f"commitment {retired.id} keeps others merged into it: merge it the other way "
            f"round (same-as {retired.id} {kept.id}) or undo those first")
    day = _effective(session, kept, on, clock, event="note")
    who = by or current_user()
    merge = Merge(kept_id=kept.id, retired_id=retired.id, note=note, merged_by=who,
                  merged_at=clock.now(), effective_on=day, moved_evidence="")
    session.add(merge)
    session.flush()
    if not session.scalar(select(Mention.id).where(Mention.commitment_id == retired.id).limit(1)):
        session.add(Mention(commitment_id=retired.id, source_id=retired.source_id,
                            quote=retired.quote, span_start=retired.span_start,
                            span_end=retired.span_end, kind="stated"))
        session.flush()
    n_mentions = _updated(session, update(Mention).where(Mention.commitment_id == retired.id)
                          .values(commitment_id=kept.id, merge_id=merge.id))
    has = {(e.source_id, e.kind, e.span_start) for e in session.scalars(
        select(Evidence).where(Evidence.commitment_id == kept.id))}
    moved = [e.id for e in session.scalars(
        select(Evidence).where(Evidence.commitment_id == retired.id).order_by(Evidence.id))
        if (e.source_id, e.kind, e.span_start) not in has]
    if moved:
        session.execute(update(Evidence).where(Evidence.id.in_(moved))
                        .values(commitment_id=kept.id))
    merge.moved_evidence = join_list([str(i) for i in moved])
    why = f": {note}" if note else ""
    _record(session, kept, clock, event="note", by=who, effective_on=day,
            note=f"same as #{retired.id} (merged into this one){why}")
    _record(session, retired, clock, event="note", by=who, effective_on=day,
            note=f"same as #{kept.id} (retired, merged into #{kept.id}){why}")
    _bump_version(session, kept)
    _bump_version(session, retired)
    session.flush()
    return SameAs(kept.id, retired.id, n_mentions, len(moved), False)


def undo_same_as(session: Session, kept_id: int, retired_id: int, *, clock: Clock,
                 note: str | None = None, by: str | None = None) -> SameAs:
    """Undo a live "same as": the retired commitment is back with exactly the
    mentions and evidence the merge moved. The merge stays recorded (undone)."""
    merge = session.scalar(select(Merge).where(
        Merge.kept_id == kept_id, Merge.retired_id == retired_id, Merge.undone_at.is_(None)))
    if merge is None:
        raise NotFound(f"commitment {retired_id} is not merged into {kept_id}")
    kept = get_commitment(session, kept_id)
    retired = get_commitment(session, retired_id)
    who = by or current_user()
    n_mentions = _updated(session, update(Mention).where(Mention.merge_id == merge.id)
                          .values(commitment_id=retired.id, merge_id=None))
    moved = [int(i) for i in merge.moved_evidence.split(";") if i.strip()]
    n_evidence = 0
    if moved:
        n_evidence = _updated(session, update(Evidence).where(
            Evidence.id.in_(moved), Evidence.commitment_id == kept.id)
            .values(commitment_id=retired.id))
    merge.undone_by, merge.undone_at, merge.undo_note = who, clock.now(), note
    day = clock.today()
    why = f": {note}" if note else ""
    _record(session, kept, clock, event="note", by=who, effective_on=day,
            note=f"not the same as #{retired.id} (merge undone){why}")
    _record(session, retired, clock, event="note", by=who, effective_on=day,
            note=f"not the same as #{kept.id} (merge undone, back on its own){why}")
    _bump_version(session, kept)
    _bump_version(session, retired)
    session.flush()
    return SameAs(kept.id, retired.id, n_mentions, n_evidence, True)


_FP_TOKEN = re.compile(r"[a-z0-9]+")
SAME_AS_DAYS = 7  # two sources this many days apart or less may carry one statement


def fingerprint(quote: str) -> str:
    """The normalised text of a sentence: its words of three letters or more,
    lower-cased, as a set (order, punctuation, "U.S."/"US" and small words do
    not matter). Two sentences with one fingerprint say the same thing."""
    words = sorted({w for w in _FP_TOKEN.findall(quote.lower()) if len(w) > 2})
    return " ".join(words)


@dataclass(frozen=True)
class SameAsCandidate:
    kept: int  # the one from the earlier source (then the lower id)
    retired: int
    kept_source: str | None
    retired_source: str | None
    days_apart: int
    quote: str


def same_as_candidates(session: Session, *, days: int = SAME_AS_DAYS,
                       limit: int | None = None) -> list[SameAsCandidate]:
    """Pairs of commitments from two different sources published at most
    ``days`` apart whose sentences have one fingerprint: likely the same
    statement posted twice. Bounded: commitments are grouped by fingerprint
    (one pass, a dict), and only members of one group are paired. Pairs an
    analyst already merged, or merged and undid, are not offered again."""
    if days < 0:
        raise ServiceError("days must be 0 or more")
    groups: dict[tuple[str, str], list[tuple[dt.date, int, int, str, str]]] = {}
    q = (select(Commitment.id, Commitment.kind, Commitment.quote, Source.id, Source.published_on,
                Source.file_name)
         .join(Source, Source.id == Commitment.source_id)
         .where(~history_sql.is_retired(Commitment.id))
         .order_by(Source.published_on, Commitment.id)
         .execution_options(yield_per=2000))
    for cid, kind, quote, sid, day, name in session.execute(q):
        fp = fingerprint(quote)
        if fp:
            groups.setdefault((kind, fp), []).append((day, cid, sid, name, quote))
    judged = {frozenset(p) for p in session.execute(select(Merge.kept_id, Merge.retired_id))}
    out: list[SameAsCandidate] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        taken: set[int] = set()
        for i, (day_a, a, sid_a, name_a, quote_a) in enumerate(members):
            if a in taken:
                continue
            for day_b, b, sid_b, name_b, _ in members[i + 1:]:
                if (day_b - day_a).days > days:
                    break  # members are in date order
                if sid_b == sid_a or b in taken or frozenset((a, b)) in judged:
                    continue
                taken.add(b)
                out.append(SameAsCandidate(a, b, name_a, name_b, (day_b - day_a).days, quote_a))
    out.sort(key=lambda c: (c.days_apart, c.kept, c.retired))
    return out[:limit] if limit else out
