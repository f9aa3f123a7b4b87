"""Read models shared by the faces: one list row for `tracker list` and the
UI's list, built once, true to an as-of date (status, window and outcome of
then, by ``services.states_on`` and ``statuses.outcome``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker import services
from tracker.models import Commitment, Source, split_list


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


def rows_by_id(session: Session, ids: Sequence[int], as_of: dt.date) -> list[ListRow]:
    """Rows for these ids, in this order."""
    if not ids:
        return []
    raw = list(session.execute(
        select(Commitment.id, Commitment.kind, Commitment.subject, Commitment.actors,
               Commitment.made_on, Commitment.source_id, Source.published_on,
               Commitment.quote, Commitment.version, Commitment.confidence)
        .outerjoin(Source, Source.id == Commitment.source_id)
        .where(Commitment.id.in_(list(ids)))
    ))
    pos = {cid: i for i, cid in enumerate(ids)}
    raw.sort(key=lambda r: pos[r[0]])
    counts = services.evidence_counts(session, list(ids))
    then = services.states_on(session, list(ids), as_of)
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
    return list(iter_list_rows(session, f, limit=limit, offset=offset))


CHUNK = 500  # rows read per round trip: bounded IN lists, bounded memory


def iter_list_rows(session: Session, f: services.Filters, *, limit: int | None = None,
                   offset: int = 0) -> Iterator[ListRow]:
    """The rows ``f`` selects, in its order, read ``CHUNK`` at a time: a
    whole store streams at flat memory and no query carries more than
    ``CHUNK`` ids (SQLite's variable limit never bites)."""
    done = 0
    while limit is None or done < limit:
        size = CHUNK if limit is None else min(CHUNK, limit - done)
        ids = services.page_ids(session, f, limit=size, offset=offset + done)
        if not ids:
            return
        yield from rows_by_id(session, ids, f.reference)
        done += len(ids)
        if len(ids) < size:
            return


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
