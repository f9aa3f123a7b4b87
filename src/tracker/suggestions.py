"""Storing the linker's suggestions: the application side of linking.

The matcher (``tracker.linking``) is pure; this module feeds it the stored
sources and commitments and stores what it suggests.

``link_source(session, source)`` works in both directions at once: for the
body keys this source touches (its events and its commitments), it computes
every suggestion that follows from all stored sources and commitments with
those keys, stores the new ones, and retracts pending machine suggestions
that no longer follow (e.g. a "late" fulfilment once an earlier event or a
newer promise is known). The stored result therefore does not depend on the
order sources arrive in; rejected suggestions are never made again and
confirmed ones are never touched. Statuses are never changed here.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tracker.linking.bodies import BodyMention, Registry, acronym_pairs, load_registry
from tracker.linking.events import EventMention, context_mentions, find_events
from tracker.linking.match import (
    CommitmentView,
    SourceEvents,
    Suggestion,
    _content,
    prepare,
    suggest,
    unify_keys,
)
from tracker.models import Commitment, Evidence, Source, split_list


class _SourceRow(NamedTuple):
    """What ``load_corpus`` selects of a stored source."""

    id: int
    published_on: dt.date
    content_hash: str
    title: str | None
    file_name: str


class _CommitmentRow(NamedTuple):
    """What ``load_corpus`` selects of a stored commitment."""

    id: int
    source_id: int | None
    made_on: dt.date
    subject: str
    quote: str
    action: str | None
    actors: str
    due_start: dt.date | None
    due_end: dt.date | None
    status: str
    kind: str
    span_start: int | None
    span_end: int | None
    parent_id: int | None


#: the fields of a commitment row its prepared view is cached under
_ViewKey = tuple[int, int | None, str, str, str | None, str, dt.date, dt.date | None,
                 dt.date | None, str, str, int | None]

_EVENTS: dict[tuple[str, dt.date, str], tuple[EventMention, ...]] = {}
_MENTIONS: dict[tuple[str, dt.date, str], tuple[BodyMention, ...]] = {}
_ALIASES: dict[tuple[str, dt.date, str], tuple[tuple[str, str], ...]] = {}
_CONTEXT: dict[int, tuple[BodyMention, ...]] = {}  # source id -> its body mentions
_PREPARED: dict[_ViewKey, CommitmentView] = {}


def _events_for(rows: list[_SourceRow], session: Session, reg: Registry) -> list[SourceEvents]:
    """Events of stored sources, computed once per content (cached in the process)."""
    missing = [r.id for r in rows if (r.content_hash, r.published_on, r.title or "") not in _EVENTS]
    if missing:
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for sid, body, pub, h, title in session.execute(
                select(Source.id, Source.body, Source.published_on, Source.content_hash, Source.title)
                .where(Source.id.in_(chunk))
            ):
                k = (h, pub, title or "")
                _EVENTS[k] = tuple(find_events(body, pub, reg, title=title))
                _MENTIONS[k] = tuple(context_mentions(body, reg, title))
                _ALIASES[k] = tuple(acronym_pairs((title or "") + "\n" + body, reg))
    for r in rows:
        _CONTEXT[r.id] = _MENTIONS[(r.content_hash, r.published_on, r.title or "")]
    return [
        SourceEvents(r.id, r.published_on, _EVENTS[(r.content_hash, r.published_on, r.title or "")],
                     r.file_name, _ALIASES[(r.content_hash, r.published_on, r.title or "")])
        for r in rows
    ]


def _view(c: _CommitmentRow, reg: Registry) -> CommitmentView:
    key: _ViewKey = (c.id, c.source_id, c.subject, c.quote, c.action, c.actors, c.made_on, c.due_start, c.due_end,
           c.status, c.kind, c.span_start)
    v = _PREPARED.get(key)
    if v is None:
        ctx = _CONTEXT.get(c.source_id or -1, ())
        if c.span_start is not None:
            # before the promise, and its quote's names as the document reads them (prepare)
            ctx = tuple(m for m in ctx if m.start < (c.span_end or c.span_start))
        v = prepare(CommitmentView(
            id=c.id, source_id=c.source_id, made_on=c.made_on, subject=c.subject, quote=c.quote,
            action=c.action, actors=tuple(split_list(c.actors)), due_start=c.due_start,
            due_end=c.due_end, status=c.status, kind=c.kind, span=(c.span_start, c.span_end),
            parent_id=c.parent_id,
        ), reg, ctx)
        _PREPARED[key] = v
    # ordinals are re-resolved against the current corpus every time
    v.ordinal = v.body.ordinal if v.body else None
    return v


def load_corpus(session: Session, reg: Registry | None = None
                ) -> tuple[list[CommitmentView], list[SourceEvents]]:
    reg = reg if reg is not None else load_registry()
    src_rows = [_SourceRow(*r) for r in session.execute(
        select(Source.id, Source.published_on, Source.content_hash, Source.title, Source.file_name)
        .order_by(Source.published_on, Source.id)
    )]
    sources = _events_for(src_rows, session, reg)
    rows = session.execute(
        select(Commitment.id, Commitment.source_id, Commitment.made_on, Commitment.subject,
               Commitment.quote, Commitment.action, Commitment.actors, Commitment.due_start,
               Commitment.due_end, Commitment.status, Commitment.kind, Commitment.span_start,
               Commitment.span_end, Commitment.parent_id)
    )
    # 14 columns: past the arity select() types (the tail is Any), so the row is named by
    # _CommitmentRow, whose fields are in the order selected here
    commitments = [_view(_CommitmentRow._make(r), reg) for r in rows]
    # one key per body across the corpus before scoping (names defined as each other's acronym)
    return unify_keys(commitments, sources, reg)


def _scope(source_id: int, commitments: list[CommitmentView], sources: list[SourceEvents]
           ) -> set[int]:
    """Ids of the commitments whose suggestions this source can change."""
    here = next((s for s in sources if s.source_id == source_id), None)
    keys: set[str] = set()
    words: list[set[str]] = []
    if here is not None:
        for ev in here.events:
            if ev.key:
                keys.add(ev.key)
            elif ev.object_text:
                words.append(_content(ev.object_text))
    for c in commitments:
        if c.source_id == source_id:
            if c.key:
                keys.add(c.key)
            else:
                words.append(_content(c.subject))
    out: set[int] = set()
    for c in commitments:
        if c.source_id == source_id or (c.key and c.key in keys):
            out.add(c.id)
        elif c.key is None and words:
            cw = _content(c.subject)
            if any(len(cw & w) >= 2 for w in words):
                out.add(c.id)
    return out


def desired_suggestions(session: Session, source_id: int | None = None) -> list[Suggestion]:
    """What the linker suggests now (for the commitments a source touches, or all)."""
    reg = load_registry()
    commitments, sources = load_corpus(session, reg)
    only = _scope(source_id, commitments, sources) if source_id is not None else None
    return suggest(commitments, sources, reg, only=only)


def link_source(session: Session, source: Source, *, now: dt.datetime) -> int:
    """Suggest evidence links for a newly stored (or re-ingested) source.

    Returns the number of NEW suggestions stored.
    """
    session.flush()
    reg = load_registry()
    commitments, sources = load_corpus(session, reg)
    scope = _scope(source.id, commitments, sources)
    if not scope:
        return 0
    wanted = suggest(commitments, sources, reg, only=scope)
    active = {c.id for c in commitments if c.id in scope and c.active}
    existing = list(session.execute(
        select(Evidence.id, Evidence.commitment_id, Evidence.source_id, Evidence.kind,
               Evidence.span_start, Evidence.origin, Evidence.review)
        .where(Evidence.commitment_id.in_(list(scope)))
    ))
    taken = {(e.commitment_id, e.source_id, e.kind, e.span_start) for e in existing}
    # one per commitment, source and kind: a reviewed one settles it
    settled = {(e.commitment_id, e.source_id, e.kind) for e in existing
               if e.review != "pending" or e.origin != "suggested"}
    wanted_keys = {s.unique for s in wanted}
    stale = [e.id for e in existing
             if e.origin == "suggested" and e.review == "pending" and e.commitment_id in active
             and (e.commitment_id, e.source_id, e.kind, e.span_start) not in wanted_keys]
    if stale:
        session.execute(delete(Evidence).where(Evidence.id.in_(stale)))
    new = 0
    for s in wanted:
        if s.unique in taken or (s.commitment_id, s.source_id, s.kind) in settled:
            continue
        session.add(Evidence(
            commitment_id=s.commitment_id, source_id=s.source_id, kind=s.kind,
            event_date=s.event_date, quote=s.quote, span_start=s.span_start, span_end=s.span_end,
            confidence=s.confidence, reason=s.reason, origin="suggested", review="pending",
            created_at=now,
        ))
        taken.add(s.unique)
        new += 1
    session.flush()
    return new


def relink_all(session: Session, *, now: dt.datetime) -> int:
    """Recompute suggestions for every source (after editing bodies.yaml)."""
    n = 0
    for src in session.scalars(select(Source).order_by(Source.published_on, Source.id)):
        n += link_source(session, src, now=now)
    return n


def clear_caches() -> None:
    _EVENTS.clear()
    _MENTIONS.clear()
    _ALIASES.clear()
    _PREPARED.clear()
