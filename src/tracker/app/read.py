"""Read models shared by the faces: one list row for `tracker list` and the
UI's list, built once, true to an as-of date (status, window and outcome of
then, by ``services.states_on`` and ``statuses.outcome``)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.lifecycle import services
from tracker.store.db import Stopped, stoppable
from tracker.store.models import Commitment, Source, split_list


@dataclass(frozen=True)
class ListRow:
    id: int
    kind: str
    subject: str
    actors: tuple[str, ...]
    made_on: dt.date
    due_start: dt.date | None  # the window on the as-of date
    due_end: dt.date | None
    status: str  # the status on the as-of date
    outcome: str  # statuses.outcome on the as-of date
    evidence: int  # evidence not rejected
    pending: int  # suggestions waiting for review
    source_id: int | None
    source_date: dt.date | None
    quote: str
    version: int
    confidence: float

    @property
    def timeliness(self) -> str:
        """The outcome, under the name the UI's badge column uses."""
        return self.outcome

    @property
    def window(self) -> str:
        if self.due_start is None and self.due_end is None:
            return "open-ended"
        return f"{self.due_start or '…'} … {self.due_end or '…'}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "subject": self.subject,
            "actors": list(self.actors), "made_on": self.made_on.isoformat(),
            "due_start": _iso(self.due_start), "due_end": _iso(self.due_end),
            "status": self.status, "timeliness": self.outcome, "evidence": self.evidence,
            "pending": self.pending, "source_id": self.source_id, "quote": self.quote,
        }


_COLUMNS = (Commitment.id, Commitment.kind, Commitment.subject, Commitment.actors,
            Commitment.made_on, Commitment.source_id, Source.published_on,
            Commitment.quote, Commitment.version, Commitment.confidence)


def rows_by_id(session: Session, ids: Sequence[int], as_of: dt.date) -> list[ListRow]:
    """Rows for these ids, in this order."""
    if not ids:
        return []
    raw = list(session.execute(
        select(*_COLUMNS).outerjoin(Source, Source.id == Commitment.source_id)
        .where(Commitment.id.in_(list(ids)))
    ))
    pos = {cid: i for i, cid in enumerate(ids)}
    raw.sort(key=lambda r: pos[r[0]])
    return _rows(session, raw, as_of)


def _rows(session: Session, raw: Sequence[Any], as_of: dt.date) -> list[ListRow]:
    """List rows from raw column rows (``_COLUMNS``), their evidence counts
    and their state on ``as_of`` read for these rows only."""
    ids = [r[0] for r in raw]
    counts = services.evidence_counts(session, ids)
    then = services.states_on(session, ids, as_of)
    out = []
    for cid, kind, subject, actors, made_on, source_id, pub, quote, version, conf in raw:
        st = then[cid]
        n, p = counts.get(cid, (0, 0))
        out.append(ListRow(
            id=cid, kind=kind, subject=subject, actors=tuple(split_list(actors)),
            made_on=made_on, due_start=st.due_start, due_end=st.due_end, status=st.status,
            outcome=st.outcome(as_of), evidence=n, pending=p, source_id=source_id,
            source_date=pub, quote=quote, version=version, confidence=conf,
        ))
    return out


def list_rows(session: Session, f: services.Filters, *, limit: int | None = None,
              offset: int = 0) -> list[ListRow]:
    """The rows ``f`` selects, in its order, paged in SQL."""
    if limit is not None or offset:
        ids = services.page_ids(session, f, limit=limit, offset=offset)
        return rows_by_id(session, ids, f.reference)
    return list(iter_list_rows(session, f))


CHUNK = 500  # rows per round of evidence counts and history: bounded IN lists


def iter_list_rows(session: Session, f: services.Filters, *,
                   limit: int | None = None) -> Iterator[ListRow]:
    """The rows ``f`` selects, in its order, streamed from one cursor (a
    server-side cursor on PostgreSQL): no OFFSET, no list of every id; the
    counts and states of then are read ``CHUNK`` rows at a time, so a whole
    store streams at flat memory."""
    dialect = session.get_bind().dialect.name
    q = (select(*_COLUMNS).outerjoin(Source, Source.id == Commitment.source_id)
         .where(*services.filter_clauses(f, dialect))
         .order_by(*services.sort_order(f.sort, f.descending)))
    if limit is not None:
        q = q.limit(limit)
    result = session.execute(q, execution_options={"yield_per": CHUNK})
    for chunk in result.partitions():
        yield from _rows(session, chunk, f.reference)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def count_until(session: Session, f: services.Filters, limit: int,
                stop: threading.Event | None = None) -> int | None:
    """``services.count_commitments(limit=limit)`` (over ``limit`` means "more
    than ``limit``"); None when ``stop`` was set before it finished (on SQLite
    the statement stops at once: ``store.db.stoppable``)."""
    if stop is None:
        return services.count_commitments(session, f, limit=limit)
    try:
        with stoppable(session, stop):
            return services.count_commitments(session, f, limit=limit)
    except Stopped:
        return None
