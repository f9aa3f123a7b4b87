"""The agenda: what needs attention in the next N days, as of a date.

Two lists of active commitments and asks (open or in_progress *as of* the
date, read back from history, as the overdue report does for a past date):

- ``closing``: the window closes within the next N days (as_of ≤ due_end ≤
  as_of + N), soonest first: the ones to chase now;
- ``opened``: the window opened in the last N days (as_of − N ≤ due_start ≤
  as_of) and closes later than that: newly due, soonest to close first.

An item is in one list only. Overdue items (window closed before the date)
are the overdue report's; open-ended ones have no window and never appear.
Only sources published by the date count, as in every as-of view.

``agenda`` takes the date as a parameter and never reads the clock: the
command passes today's date. Writers for the formats are in
``agenda_writers``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, bindparam, func, or_, select
from sqlalchemy.orm import Session

from tracker.domain.statuses import ACTIVE
from tracker.store import history_sql
from tracker.store.models import Commitment, Source, split_list

DEFAULT_DAYS = 30


@dataclass(frozen=True)
class AgendaItem:
    id: int
    kind: str
    subject: str
    actors: list[str]
    due_start: dt.date
    due_end: dt.date
    days_left: int  # due_end - as_of: 0 closes on the day
    status: str  # as of the date
    quote: str
    source: str | None  # file name; None for one added by hand
    due_expression: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "subject": self.subject, "actors": self.actors,
            "due_start": self.due_start.isoformat(), "due_end": self.due_end.isoformat(),
            "days_left": self.days_left, "status": self.status, "quote": self.quote,
            "source": self.source, "due_expression": self.due_expression,
        }


@dataclass(frozen=True)
class Agenda:
    as_of: dt.date
    days: int
    closing: list[AgendaItem] = field(default_factory=list)
    opened: list[AgendaItem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(), "days": self.days,
            "until": (self.as_of + dt.timedelta(days=self.days)).isoformat(),
            "since": (self.as_of - dt.timedelta(days=self.days)).isoformat(),
            "closing": [i.to_json() for i in self.closing],
            "opened": [i.to_json() for i in self.opened],
        }


def agenda(session: Session, as_of: dt.date, days: int = DEFAULT_DAYS) -> Agenda:
    """Active items whose window closes in the next ``days`` days of ``as_of``,
    and those whose window opened in the last ``days`` days."""
    if days < 0:
        raise ValueError("days must be 0 or more")
    until = as_of + dt.timedelta(days=days)
    since = as_of - dt.timedelta(days=days)
    d = {name: bindparam(name, value, type_=Date())
         for name, value in (("as_of", as_of), ("until", until), ("since", since))}
    # The status and window each commitment had on the date (history replayed
    # by effective date: tracker.store.history_sql, the same replay as statuses.replay).
    status = history_sql.status_then(d["as_of"])
    due_start = history_sql.window_then(d["as_of"], "due_start")
    due_end = history_sql.window_then(d["as_of"], "due_end")
    start = func.coalesce(due_start, Commitment.made_on)
    q = (
        select(Commitment, Source.file_name, status.label("status_then"),
               due_start.label("start_then"), due_end.label("end_then"))
        .outerjoin(Source, Source.id == Commitment.source_id)
        .where(
            due_end.is_not(None),
            due_end >= d["as_of"],
            or_(due_end <= d["until"], start.between(d["since"], d["as_of"])),
            history_sql.known_by(d["as_of"]),
            status.in_(ACTIVE),
            ~history_sql.is_retired(Commitment.id),
        )
        .order_by(due_end, Commitment.id)
    )
    closing: list[AgendaItem] = []
    opened: list[AgendaItem] = []
    for c, file_name, status_then, start_then, end_then in session.execute(q):
        assert end_then is not None
        item = AgendaItem(
            id=c.id, kind=c.kind, subject=c.subject, actors=split_list(c.actors),
            due_start=start_then or min(c.made_on, end_then), due_end=end_then,
            days_left=(end_then - as_of).days, status=status_then, quote=c.quote,
            source=file_name, due_expression=c.due_expression,
        )
        (closing if end_then <= until else opened).append(item)
    return Agenda(as_of, days, closing, opened)
