"""Glue to the temporal grammar (tracker.temporal)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Protocol, cast


class TimeExpr(Protocol):
    text: str
    start: int
    end: int
    due_start: date | None
    due_end: date | None
    rule: str
    confidence: float
    reference: str
    granularity: str  # day/week/month/quarter/half/season/year/decade/century/range/present/vague


def _load() -> Any:
    try:
        from tracker import temporal
    except ImportError:  # pragma: no cover - temporal grammar not available yet
        return None
    return temporal


_TEMPORAL: Any = None
_LOADED = False


def _temporal() -> Any:
    """The temporal grammar, loaded once (None where it is not available)."""
    global _TEMPORAL, _LOADED
    if not _LOADED:
        _TEMPORAL = _load()
        _LOADED = True
    return _TEMPORAL


def find_all(text: str, anchor: date, tense: str | None = "future") -> list[TimeExpr]:
    temporal = _temporal()
    if temporal is None:
        return []
    try:
        return list(temporal.find_all(text, anchor, tense))
    except TypeError:
        return list(temporal.find_all(text, anchor))


def new_date(t: TimeExpr, text: str, anchor: date) -> TimeExpr:
    """``t`` without a deadline's preposition, when it has one ("until September" -> September):
    the date an occasion was put off to is that date, not a deadline (``t`` is in ``text``)."""
    if not t.rule.startswith("by+"):
        return t
    cut = t.start + len(t.text) - len(t.text.split(None, 1)[-1])  # (after the preposition)
    inner = tail_of(t, cut, anchor)
    if len(inner) != 1 or inner[0].rule.startswith("by+"):
        return t
    return inner[0]


def tail_of(t: TimeExpr, at: int, anchor: date) -> list[TimeExpr]:
    """The words of ``t`` from offset ``at`` (inside it) read again on their own, with offsets as
    ``t``'s: "until | September" is September; "from 30 June to | 29 August 2031", which the time
    reader takes for one range, is the date a deadline was moved to."""
    return [cast(TimeExpr, replace(cast(Any, x), start=x.start + at, end=x.end + at))
            for x in find_all(t.text[at - t.start:], anchor)]


def as_deadline(t: TimeExpr, anchor: date) -> TimeExpr | None:
    """``t`` read as a deadline: D .. its end ("extended the deadline to December 2031" is by
    then; ``temporal.as_deadline``)."""
    temporal = _temporal()
    if temporal is None:
        return None
    out: TimeExpr | None = temporal.as_deadline(t, anchor)
    return out


def available() -> bool:
    return _temporal() is not None
