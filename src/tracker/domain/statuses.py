"""Status vocabulary, the transition table, the outcome rule and history replay.

Stored statuses are the analyst's judgement; outcomes (not_due, due,
overdue, open_ended, on_time, late) are derived for a reference date from
the status and window the commitment had then (``replay``), and never
stored. Pure: no database, no clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
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
HISTORY_EVENTS = ("created", "status", "window", "note")
# A party's verdict on a commitment, on the G7 Research Group's scale: +1 full
# compliance, 0 partial compliance or work under way, -1 no compliance.
VERDICT_SCORES: tuple[int, ...] = (-1, 0, 1)

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


# Derived outcomes, for a reference date (never stored).
NOT_DUE, DUE, OVERDUE, OPEN_ENDED = "not_due", "due", "overdue", "open_ended"
ON_TIME, LATE = "on_time", "late"
OUTCOMES: tuple[str, ...] = (
    NOT_DUE, DUE, OVERDUE, OPEN_ENDED, ON_TIME, LATE, "fulfilled",
    "partially_fulfilled", "missed", "superseded", "withdrawn",
)


def outcome(
    status: str,
    due_start: dt.date | None,
    due_end: dt.date | None,
    as_of: dt.date,
    fulfilled_on: dt.date | None = None,
) -> str:
    """THE rule: what a commitment amounts to on ``as_of``.

    Give it the status and window the commitment had on that date (see
    ``replay``) and, for a fulfilled one, the day it was done. Active ones are
    ``not_due`` / ``due`` / ``overdue`` / ``open_ended``; fulfilled ones
    ``on_time`` or ``late`` (``on_time`` without a window; plain ``fulfilled``
    when the day it was done is unknown); the other closed statuses are themselves. Every face and report
    calls this; nothing else decides "is it on time?".
    """
    if status in ACTIVE:
        if due_end is None:
            return OPEN_ENDED
        if due_start is not None and as_of < due_start:
            return NOT_DUE
        if as_of > due_end:
            return OVERDUE
        return DUE
    if status == Status.FULFILLED:
        if due_end is None:
            return ON_TIME  # no deadline: it cannot have been late
        if fulfilled_on is None:
            return "fulfilled"  # the day it was done is unknown
        return ON_TIME if fulfilled_on <= due_end else LATE
    return status


# --- history replay ---------------------------------------------------------------

Window = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Change:
    """One history row, as replay needs it."""

    id: int
    event: str  # created | status | window | note
    effective_on: dt.date
    to_status: str | None = None
    from_window: Window | None = None
    to_window: Window | None = None


@dataclass(frozen=True)
class StateThen:
    """A commitment as it stood on a date."""

    status: str
    due_start: dt.date | None
    due_end: dt.date | None
    fulfilled_on: dt.date | None  # the day the latest change to fulfilled took effect

    def outcome(self, as_of: dt.date) -> str:
        return outcome(self.status, self.due_start, self.due_end, as_of, self.fulfilled_on)


def replay(
    changes: Sequence[Change], as_of: dt.date, *, status: str, window: Window
) -> StateThen:
    """The status and window on ``as_of``, from history ordered by the day each
    change took effect (ties by the order recorded). ``status`` and ``window``
    are the current ones: they stand where history says nothing."""
    # The created row comes first whatever its date (it only says "open").
    ordered = sorted(changes, key=lambda ch: (ch.event != "created", ch.effective_on, ch.id))
    windows = [ch for ch in ordered if ch.event == "window" and ch.to_window is not None]
    # Before the first window change, the window was that change's old one.
    current_window: Window = (windows[0].from_window or window) if windows else window
    if not any(ch.event in ("created", "status") for ch in ordered):
        current_status = status  # no status history at all: trust the row
    else:
        current_status = "open"
    done: dt.date | None = None
    for ch in ordered:
        if ch.event == "created":
            current_status = ch.to_status or "open"
            continue
        if ch.effective_on > as_of:
            break
        if ch.event == "status" and ch.to_status:
            current_status = ch.to_status
            if ch.to_status == Status.FULFILLED:
                done = ch.effective_on
        elif ch.event == "window" and ch.to_window is not None:
            current_window = ch.to_window
    return StateThen(current_status, current_window[0], current_window[1],
                     done if current_status == Status.FULFILLED else None)


# --- mentions: one commitment, many statements of it ------------------------------

# How a sentence of a document states a commitment, most primary first:
#   quote       the promise in quotation marks (a direct quote of who made it)
#   official    a sentence of, or attributed to, the official text (a joint
#               statement's own sentence, "the communiqué said ...")
#   stated      the sentence the commitment was recorded from, not classified
#               (commitments added by hand or stored before mentions existed)
#   lead        a news report's opening sentence
#   paraphrase  reported speech in the reporter's words ("X said Y would ...")
MENTION_KINDS: tuple[str, ...] = ("quote", "official", "stated", "lead", "paraphrase")
_PRIMACY = {kind: rank for rank, kind in enumerate(MENTION_KINDS)}


@dataclass(frozen=True)
class MentionRef:
    """One statement of a commitment, as the primacy rule reads it."""

    kind: str
    span_start: int | None = None  # offset in its source (None: unknown)
    published_on: dt.date | None = None  # its source's date (None: unknown)


def primacy(m: MentionRef) -> tuple[int, dt.date, int]:
    """THE primacy rule (lower is more primary): the kind (a direct quote,
    then the official sentence, then the recorded one, then a lead, then a
    paraphrase), then the earlier source, then the earlier place in it."""
    return (_PRIMACY.get(m.kind, len(MENTION_KINDS)),
            m.published_on or dt.date.max,
            m.span_start if m.span_start is not None else 2**62)


def most_primary(mentions: Sequence[MentionRef]) -> int:
    """Index in ``mentions`` (not empty) of the one whose quote is shown."""
    return min(range(len(mentions)), key=lambda i: primacy(mentions[i]))
