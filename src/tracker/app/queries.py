"""Read-side helpers for the UI: each takes a Session and returns plain data
(dataclasses of str/int/date), so no ORM object ever reaches a widget.

They build on ``tracker.lifecycle.services`` (``Filters``, ``page_ids``,
``count_commitments``, ``states_on``, ``commitment_detail``,
``pending_suggestions``, ``list_sources``) and add what the screens need that
the service layer does not offer yet: a page of rows with only the columns
shown, a source's text with its commitment spans. Candidates to move into
``services.py`` are marked "SERVICE CANDIDATE".
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.app.read import ListRow as Row
from tracker.app.read import count_until, rows_by_id
from tracker.domain import statuses
from tracker.domain.clock import Clock
from tracker.domain.lexicon import at_no_offset
from tracker.lifecycle import services
from tracker.store import history_sql
from tracker.store.models import Commitment, Source, split_list

PAGE_SIZE = 60  # about two screens of rows: cheap to read and to draw
LOW_CONFIDENCE = 0.6


# --- the list -----------------------------------------------------------------


@dataclass(frozen=True)
class ListQuery:
    """What the commitments screen shows: the filter bar, the sort, the as-of date."""

    text: str = ""
    status: str | None = None
    actor: str = ""  # a party in any spelling, or a whole stored actor
    topic: str = ""
    overdue: bool = False
    pending: bool = False
    as_of: dt.date | None = None
    sort: str = "due_end"
    descending: bool = False

    def filters(self, today: dt.date) -> services.Filters:
        return services.Filters(
            today=today,
            text=self.text.strip() or None,
            status=(self.status,) if self.status else (),
            actor=self.actor.strip() or None,
            topic=self.topic.strip() or None,
            overdue=self.overdue,
            pending=self.pending,
            as_of=self.as_of or today,
            sort=self.sort,
            descending=self.descending,
        )


@dataclass(frozen=True)
class Page:
    query: ListQuery
    offset: int
    rows: tuple[Row, ...]
    has_more: bool


def fetch_page(
    session: Session, q: ListQuery, offset: int, today: dt.date, limit: int = PAGE_SIZE
) -> Page:
    """One page of rows, filtered, sorted and paged in SQL (``services.page_ids``);
    one row more is read to know whether there is a next page."""
    ids = services.page_ids(session, q.filters(today), limit=limit + 1, offset=offset)
    has_more = len(ids) > limit
    rows = rows_by_id(session, ids[:limit], q.as_of or today)
    return Page(q, offset, tuple(rows), has_more)


# The list's count gives up past this many matches ("1–60 of 10,000+").
COUNT_LIMIT = 10_000


def count(session: Session, q: ListQuery, today: dt.date,
          stop: threading.Event | None = None) -> int | None:
    """How many rows the list selects, up to ``COUNT_LIMIT + 1`` (more means
    "over the limit"); None when ``stop`` was set before it finished (the
    filter changed: a newer count follows)."""
    return count_until(session, q.filters(today), COUNT_LIMIT, stop)


@dataclass(frozen=True)
class Stats:
    sources: int
    commitments: int


def stats(session: Session) -> Stats:
    return Stats(
        session.scalar(select(func.count()).select_from(Source)) or 0,
        session.scalar(select(func.count()).select_from(Commitment)) or 0,
    )


@dataclass(frozen=True)
class Known:
    """What the actor and topic boxes suggest: parties (the registry's, those
    in the database first) and the topics in the database."""

    actors: tuple[str, ...]
    topics: tuple[str, ...]


def known(session: Session, limit: int = 20_000) -> Known:
    """The distinct actors and topics stored, most used first, with every
    party of the registry after them. SERVICE CANDIDATE."""
    from collections import Counter

    from tracker.domain import parties

    def items(col) -> list[str]:  # type: ignore[no-untyped-def]
        counts: Counter[str] = Counter()
        rows = session.execute(select(col, func.count()).where(col != "").group_by(col)
                               .limit(limit))
        for value, n in rows:
            for item in split_list(value):
                counts[item] += n
        return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    stored = items(Commitment.actors)
    names = [p.name for p in parties.suggest("", limit=None)]
    return Known(tuple(dict.fromkeys(stored + names)), tuple(items(Commitment.topics)))


# --- one commitment -----------------------------------------------------------


@dataclass(frozen=True)
class EvidenceView:
    id: int
    kind: str
    event_date: dt.date | None
    quote: str
    reason: str | None
    confidence: float
    origin: str
    review: str
    source: str | None


@dataclass(frozen=True)
class HistoryView:
    at: dt.datetime  # recorded
    effective_on: dt.date
    by: str
    event: str
    from_status: str | None
    to_status: str | None
    note: str | None
    evidence_id: int | None


@dataclass(frozen=True)
class DetailView:
    id: int
    kind: str
    version: int
    subject: str
    actors: tuple[str, ...]
    action: str | None
    quote: str
    made_on: dt.date
    status: str
    timeliness: str
    due_expression: str | None
    due_start: dt.date | None
    due_end: dt.date | None
    due_rule: str | None
    confidence: float
    origin: str
    source_id: int | None
    source_file: str | None
    source_title: str | None
    source_date: dt.date | None
    source_publisher: str | None
    paragraph: str
    quote_in_paragraph: tuple[int, int] | None
    evidence: tuple[EvidenceView, ...]
    history: tuple[HistoryView, ...]
    allowed: tuple[str, ...]
    parent_id: int | None = None
    children: tuple[int, ...] = field(default_factory=tuple)
    source_url: str | None = None
    verdicts: tuple[services.VerdictEntry, ...] = ()  # the verdict log, as recorded
    verdicts_then: tuple[tuple[str, int], ...] = ()  # (party, score) in effect then
    shown_quote: str = ""  # the most primary mention's quote (statuses.primacy)
    mentions: tuple[services.MentionView, ...] = ()  # most primary first
    merged_into: int | None = None  # retired by "same as" into this commitment
    merged: tuple[int, ...] = ()  # retired into this one

    @property
    def window(self) -> str:
        if self.due_start is None and self.due_end is None:
            return "open-ended"
        return f"{self.due_start or '…'} … {self.due_end or '…'}"

    @property
    def pending(self) -> tuple[EvidenceView, ...]:
        return tuple(e for e in self.evidence if e.review == "pending")


def paragraph_around(body: str, start: int, end: int, limit: int = 1600) -> tuple[str, int, int]:
    """The paragraph (blank-line separated) holding [start, end), clipped to
    about ``limit`` characters; returns (text, start, end) relative to it."""
    p0 = body.rfind("\n\n", 0, start)
    p0 = 0 if p0 < 0 else p0 + 2
    p1 = body.find("\n\n", end)
    p1 = len(body) if p1 < 0 else p1
    if p1 - p0 > limit:
        room = max(0, (limit - (end - start)) // 2)
        p0, p1 = max(p0, start - room), min(p1, end + room)
    return body[p0:p1], start - p0, end - p0


def detail(session: Session, commitment_id: int, as_of: dt.date) -> DetailView:
    d = services.commitment_detail(session, commitment_id, as_of)
    c, src = d.commitment, d.source
    para, span = c.quote, None
    if src is not None and c.span_start is not None and c.span_end is not None:
        para, s0, s1 = paragraph_around(src.body, c.span_start, c.span_end)
        span = (s0, s1)
    evidence = tuple(
        EvidenceView(
            e.id, e.kind, e.event_date, e.quote, e.reason, e.confidence, e.origin, e.review,
            d.evidence_sources[e.source_id].file_name
            if e.source_id and e.source_id in d.evidence_sources else None,
        )
        for e in d.evidence
    )
    history = tuple(
        HistoryView(h.recorded_at, h.effective_on, h.by, h.event, h.from_status, h.to_status,
                    h.note, h.evidence_id)
        for h in d.history
    )
    return DetailView(
        id=c.id, kind=c.kind, version=c.version, subject=c.subject,
        actors=tuple(c.actor_list), action=c.action, quote=c.quote, made_on=c.made_on,
        status=d.then.status, timeliness=d.outcome, due_expression=c.due_expression,
        due_start=d.then.due_start, due_end=d.then.due_end, due_rule=c.due_rule,
        confidence=c.confidence, origin=c.origin,
        source_id=src.id if src else None, source_file=src.file_name if src else None,
        source_title=src.title if src else None, source_date=src.published_on if src else None,
        source_publisher=src.publisher if src else None,
        paragraph=para, quote_in_paragraph=span, evidence=evidence, history=history,
        allowed=tuple(s for s in statuses.STATUSES if statuses.allowed(c.status, s)),
        parent_id=c.parent_id, children=tuple(ch.id for ch in d.children),
        source_url=src.url if src else None,
        verdicts=tuple(d.verdicts), verdicts_then=tuple(sorted(d.verdicts_then.items())),
        shown_quote=d.shown_quote, mentions=tuple(d.mentions), merged_into=d.merged_into,
        merged=tuple(d.merged),
    )


# --- review queue -------------------------------------------------------------


@dataclass(frozen=True)
class LowConfidence:
    commitment_id: int
    subject: str
    confidence: float
    due_expression: str | None
    due_rule: str | None
    quote: str


def low_confidence(session: Session, limit: int = 500,
                   below: float = LOW_CONFIDENCE) -> list[LowConfidence]:
    """Extracted items the extractor was unsure of, still active, least sure first.
    SERVICE CANDIDATE."""
    rows = session.execute(
        select(Commitment.id, Commitment.subject, Commitment.confidence,
               Commitment.due_expression, Commitment.due_rule, Commitment.quote)
        .where(Commitment.confidence < below, Commitment.origin == "extracted",
               Commitment.status.in_(statuses.ACTIVE), ~history_sql.is_retired(Commitment.id))
        .order_by(Commitment.confidence, Commitment.id)
        .limit(limit)
    )
    return [LowConfidence(*r) for r in rows]


def low_confidence_count(session: Session, below: float = LOW_CONFIDENCE) -> int:
    """How many ``low_confidence`` would list without a limit (counted in SQL)."""
    return session.scalar(
        select(func.count()).select_from(Commitment)
        .where(Commitment.confidence < below, Commitment.origin == "extracted",
               Commitment.status.in_(statuses.ACTIVE), ~history_sql.is_retired(Commitment.id))) or 0


# --- review with context ------------------------------------------------------

REVIEW_FILTERS = ("pending", "rejected", "all")
REVIEW_PAGE = 200
CONTEXT_CHARS = 700  # the passage and about this much of its paragraph around it


@dataclass(frozen=True)
class ReviewItem:
    evidence_id: int
    commitment_id: int
    subject: str
    kind: str
    confidence: float
    event_date: dt.date | None
    source: str | None
    quote: str
    reason: str | None
    review: str


@dataclass(frozen=True)
class ReviewPage:
    which: str
    offset: int
    items: tuple[ReviewItem, ...]
    total: int  # counted in SQL: every item the filter selects, not just this page
    pending: int


def review_page(session: Session, which: str = "pending", offset: int = 0,
                limit: int = REVIEW_PAGE) -> ReviewPage:
    """One page of evidence (pending suggestions, rejected ones, or all),
    most confident first, with exact counts."""
    from tracker.store.models import Evidence

    if which not in REVIEW_FILTERS:
        raise ValueError(f"review filter must be one of {', '.join(REVIEW_FILTERS)}")
    # (same-as) a duplicate suggestion left on a retired commitment is counted on the kept one
    live = ~history_sql.is_retired(Evidence.commitment_id)
    where = [Evidence.review == which, live] if which != "all" else [live]
    total = session.scalar(select(func.count()).select_from(Evidence).where(*where)) or 0
    pending = total if which == "pending" else session.scalar(
        select(func.count()).select_from(Evidence).where(Evidence.review == "pending",
                                                         live)) or 0
    rows = session.execute(
        select(Evidence.id, Evidence.commitment_id, Commitment.subject, Evidence.kind,
               Evidence.confidence, Evidence.event_date, Source.file_name, Evidence.quote,
               Evidence.reason, Evidence.review)
        .join(Commitment, Commitment.id == Evidence.commitment_id)
        .outerjoin(Source, Source.id == Evidence.source_id)
        .where(*where)
        .order_by(Evidence.confidence.desc(), Evidence.id)
        .offset(offset).limit(limit)
    )
    return ReviewPage(which, offset, tuple(ReviewItem(*r) for r in rows),  # type: ignore[call-arg]  # ten columns, ten fields: beyond the typed Row arity
                      total, pending)


@dataclass(frozen=True)
class ReviewContext:
    """Everything the review pane shows about one suggestion."""

    evidence_id: int
    commitment_id: int
    subject: str
    commitment_quote: str
    window: str
    status: str
    timeliness: str
    kind: str
    review: str
    reviewed_by: str | None
    review_note: str | None
    reason: str | None
    confidence: float
    event_date: dt.date | None
    quote: str
    source_file: str | None
    source_title: str | None
    source_publisher: str | None
    source_url: str | None
    source_date: dt.date | None
    paragraph: str
    span: tuple[int, int] | None
    effect: str | None  # what confirming would change (pending and rejected ones)


def review_context(session: Session, evidence_id: int, clock: Clock) -> ReviewContext:
    """The suggestion with its commitment (quote, window as of today), the
    evidence passage inside its source paragraph, and what confirming would
    change (``services.confirm_effect``, which uses ``statuses.outcome``)."""
    ev = services.get_evidence(session, evidence_id)
    c = services.get_commitment(session, ev.commitment_id)
    today = clock.today()
    then = services.states_on(session, [c.id], today)[c.id]
    window = ("open-ended" if then.due_start is None and then.due_end is None
              else f"{then.due_start or '…'} … {then.due_end or '…'}")
    src = session.get(Source, ev.source_id) if ev.source_id else None
    para, span = ev.quote, None
    if src is not None and src.title and ev.quote == src.title and at_no_offset(ev.span_start, ev.span_end):
        # a report read in the headline (``linking.events.HEADLINE_PRESENT``): the title is its context
        para, span = src.title, (0, len(src.title))
    elif src is not None and ev.span_start is not None and ev.span_end is not None:
        para, s0, s1 = paragraph_around(src.body, ev.span_start, ev.span_end,
                                        limit=CONTEXT_CHARS)
        span = (s0, s1)
    elif src is not None and ev.quote and (pos := src.body.find(ev.quote)) >= 0:
        para, s0, s1 = paragraph_around(src.body, pos, pos + len(ev.quote),
                                        limit=CONTEXT_CHARS)
        span = (s0, s1)
    effect = (services.confirm_effect(session, ev.id, clock=clock).line()
              if ev.review in ("pending", "rejected") else None)  # rejected: reconsidered
    return ReviewContext(
        evidence_id=ev.id, commitment_id=c.id, subject=c.subject, commitment_quote=c.quote,
        window=window, status=then.status, timeliness=then.outcome(today), kind=ev.kind,
        review=ev.review, reviewed_by=ev.reviewed_by, review_note=ev.review_note,
        reason=ev.reason, confidence=ev.confidence, event_date=ev.event_date, quote=ev.quote,
        source_file=src.file_name if src else None, source_title=src.title if src else None,
        source_publisher=src.publisher if src else None, source_url=src.url if src else None,
        source_date=src.published_on if src else None, paragraph=para, span=span,
        effect=effect,
    )


# --- sources ------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    id: int
    file_name: str
    title: str | None
    publisher: str | None
    published_on: dt.date
    commitments: int


@dataclass(frozen=True)
class Span:
    commitment_id: int
    start: int
    end: int
    subject: str
    status: str


@dataclass(frozen=True)
class SourceView:
    row: SourceRow
    url: str | None
    body: str
    spans: tuple[Span, ...]


def sources(session: Session, text: str = "") -> list[SourceRow]:
    return [SourceRow(s.id, s.file_name, s.title, s.publisher, s.published_on, n)
            for s, n in services.list_sources(session, text)]


def source_view(session: Session, source_id: int) -> SourceView:
    s = services.get_source(session, source_id)
    n = session.scalar(select(func.count()).select_from(Commitment)
                       .where(Commitment.source_id == s.id)) or 0
    spans = tuple(
        Span(cid, a or 0, b or 0, subj, st)
        for cid, a, b, subj, st in session.execute(
            select(Commitment.id, Commitment.span_start, Commitment.span_end,
                   Commitment.subject, Commitment.status)
            .where(Commitment.source_id == s.id, Commitment.span_start.is_not(None),
                   Commitment.span_end.is_not(None))
            .order_by(Commitment.span_start, Commitment.id)
        )
    )
    return SourceView(SourceRow(s.id, s.file_name, s.title, s.publisher, s.published_on, n),
                      s.url, s.body, spans)


# --- overdue ------------------------------------------------------------------


@dataclass(frozen=True)
class OverdueRow:
    id: int
    subject: str
    source: str | None
    due_start: str | None
    due_end: str
    days_overdue: int
    status: str
    suggestion: str


@dataclass(frozen=True)
class OverdueView:
    as_of: dt.date
    rows: tuple[OverdueRow, ...]
    total: int


def overdue(session: Session, as_of: dt.date, today: dt.date, limit: int = 500) -> OverdueView:
    from tracker.reports.overdue import iter_overdue

    rows: list[OverdueRow] = []
    total = 0
    for it in iter_overdue(session, as_of, today=today):
        total += 1
        if len(rows) < limit:
            s = it.suggestion
            sugg = (f"{s['kind']} {s.get('event_date') or ''} ({s.get('source') or 'by hand'})"
                    if s else "")
            rows.append(OverdueRow(it.id, it.subject, it.source, it.due_start, it.due_end,
                                   it.days_overdue, it.status, sugg))
        elif total > 100_000:
            break
    return OverdueView(as_of, tuple(rows), total)


# --- timeline -----------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    id: int
    subject: str
    start: dt.date
    end: dt.date
    status: str
    timeliness: str


def timeline(session: Session, q: ListQuery, today: dt.date, limit: int = 60) -> list[Bar]:
    """Due windows of the commitments the list filter selects (those with one)."""
    page = fetch_page(session, q, 0, today, limit=limit * 2)
    bars = [Bar(r.id, r.subject, r.due_start or r.made_on, r.due_end, r.status, r.timeliness)
            for r in page.rows if r.due_end is not None]
    return list(itertools.islice(bars, limit))


__all__ = [
    "PAGE_SIZE",
    "DetailView",
    "ListQuery",
    "Page",
    "Row",
    "count",
    "detail",
    "fetch_page",
    "known",
    "low_confidence",
    "overdue",
    "review_context",
    "review_page",
    "rows_by_id",
    "source_view",
    "sources",
    "stats",
    "timeline",
]
