"""SQL for a commitment as it stood on a past date, replayed from history.

The same replay as ``tracker.domain.statuses.replay`` (the rule), written as
correlated subqueries over the ``(commitment_id, effective_on, id)`` index so
that filters and reports can select on it: the status then is the target of
the last status change that took effect by the date (``open`` before any),
the window then is the new window of the last window change by the date,
else the old window of the first one, else the current window. A commitment
is known on a date when its source was published by then (a commitment added
by hand: when it was made). A test checks SQL and Python agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, exists, func, literal, select
from sqlalchemy.orm import aliased

from tracker.store.models import Commitment, HistoryEntry, Merge


def _last(event: str, as_of: Any) -> Any:
    h = aliased(HistoryEntry)
    return (
        select(h.id)
        .where(h.commitment_id == Commitment.id, h.event == event, h.effective_on <= as_of)
        .order_by(h.effective_on.desc(), h.id.desc())
        .limit(1)
        .correlate(Commitment)
        .scalar_subquery()
    )


def _column_of(entry_id: Any, column: Any) -> Any:
    h = aliased(HistoryEntry)
    return (select(getattr(h, column)).where(h.id == entry_id)
            .correlate(Commitment).scalar_subquery())


def status_then(as_of: Any) -> Any:
    """The status on ``as_of``."""
    return func.coalesce(_column_of(_last("status", as_of), "to_status"), literal("open"))


def _first_window() -> Any:
    h = aliased(HistoryEntry)
    return (
        select(h.id)
        .where(h.commitment_id == Commitment.id, h.event == "window")
        .order_by(h.effective_on, h.id)
        .limit(1)
        .correlate(Commitment)
        .scalar_subquery()
    )


def _has_window_change() -> Any:
    h = aliased(HistoryEntry)
    return exists().where(h.commitment_id == Commitment.id, h.event == "window")


def window_then(as_of: Any, part: str) -> Any:
    """``part`` ("due_start" or "due_end") of the window on ``as_of``."""
    last = _last("window", as_of)
    return case(
        (~_has_window_change(), getattr(Commitment, part)),
        (last.is_not(None), _column_of(last, f"to_{part}")),
        else_=_column_of(_first_window(), f"from_{part}"),
    )


def known_by(as_of: dt.date | Any) -> Any:
    """Known on ``as_of``: from a source published by then, or made by then
    (added by hand), as stored in ``commitments.known_on`` (kept by triggers),
    so the clause is one range over ``ix_commitments_known_on_id``."""
    return Commitment.known_on <= as_of


def is_retired(commitment_id: Any) -> Any:
    """Whether the commitment ``commitment_id`` (a column or a value) was
    retired by a live "same as" (``services.same_as``): every list, count and
    report leaves it out, so a promise two sources carry counts once."""
    return exists().where(Merge.retired_id == commitment_id, Merge.undone_at.is_(None))
