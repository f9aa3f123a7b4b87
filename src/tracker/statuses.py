"""Status vocabulary, the transition table, and derived timeliness.

Stored statuses are the analyst's judgement; timeliness (not_due, due,
overdue, open_ended, on_time, late) is derived for a reference date and
never stored.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"
    PARTIALLY_FULFILLED = "partially_fulfilled"
    MISSED = "missed"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
ACTIVE: tuple[str, ...] = (Status.OPEN.value, Status.IN_PROGRESS.value)

# The one table of allowed transitions: from -> the statuses it may move to.
TRANSITIONS: dict[str, frozenset[str]] = {
    "open": frozenset(
        {"in_progress", "fulfilled", "partially_fulfilled", "missed", "superseded", "withdrawn"}
    ),
    "in_progress": frozenset(
        {"open", "fulfilled", "partially_fulfilled", "missed", "superseded", "withdrawn"}
    ),
    "partially_fulfilled": frozenset({"open", "in_progress", "fulfilled", "missed"}),
    # A fulfilled or missed judgement can be corrected, e.g. after new evidence.
    "fulfilled": frozenset({"open", "in_progress", "partially_fulfilled", "missed"}),
    "missed": frozenset({"open", "in_progress", "fulfilled", "partially_fulfilled"}),
    "superseded": frozenset({"open"}),
    "withdrawn": frozenset({"open"}),
}

KINDS = ("commitment", "ask")
ORIGINS = ("extracted", "manual")
EVIDENCE_KINDS = ("fulfils", "partially_fulfils", "progress", "missed", "restates")
EVIDENCE_ORIGINS = ("suggested", "confirmed")
REVIEW_STATES = ("pending", "confirmed", "rejected")

# Which status an evidence kind supports when the analyst confirms it.
EVIDENCE_STATUS: dict[str, str] = {
    "fulfils": "fulfilled",
    "partially_fulfils": "partially_fulfilled",
    "progress": "in_progress",
    "missed": "missed",
}


def is_active(status: str) -> bool:
    return status in ACTIVE


def allowed(from_status: str, to_status: str) -> bool:
    return to_status in TRANSITIONS.get(from_status, frozenset())


def timeliness(
    status: str,
    due_start: dt.date | None,
    due_end: dt.date | None,
    as_of: dt.date,
    fulfilled_on: dt.date | None = None,
) -> str:
    """The derived badge for a commitment as of a date."""
    if status in ACTIVE:
        if due_end is None:
            return "open_ended"
        if due_start is not None and as_of < due_start:
            return "not_due"
        if as_of > due_end:
            return "overdue"
        return "due"
    if status == Status.FULFILLED:
        if due_end is None or fulfilled_on is None:
            return "fulfilled"
        return "on_time" if fulfilled_on <= due_end else "late"
    return status
