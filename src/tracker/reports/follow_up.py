"""The follow-up report: per body or dialogue, what was promised and what
came of it, as of a date.

Each commitment counts in exactly one column, decided by the one outcome
rule (``tracker.domain.statuses.outcome``) on the status and window it had on the
as-of date (history replayed by ``services.states_on``), so the columns add
up to ``made``. Commitments not known by then (source published later, or
made later) are left out, and so are suggestions from sources published
after the date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.domain import statuses
from tracker.lifecycle import services
from tracker.store.models import Evidence, Source

# outcome -> the one column it counts in
COLUMN_OF: dict[str, str] = {
    statuses.ON_TIME: "fulfilled_on_time",
    statuses.LATE: "fulfilled_late",
    "fulfilled": "fulfilled_undated",
    "partially_fulfilled": "partially_fulfilled",
    "missed": "missed",
    statuses.OVERDUE: "overdue",
    statuses.NOT_DUE: "open",
    statuses.DUE: "open",
    statuses.OPEN_ENDED: "open",
    "superseded": "other",
    "withdrawn": "other",
}
COLUMNS: tuple[str, ...] = (
    "fulfilled_on_time", "fulfilled_late", "fulfilled_undated", "partially_fulfilled",
    "missed", "overdue", "open", "other",
)


def follow_up_report(session: Session, as_of: dt.date) -> list[dict[str, Any]]:
    """One dict per body, sorted by name (commitments about no known body are
    grouped under ``"body": None``, last)::

        {"body": "Homeland Security Dialogue", "key": "homeland-security-dialogue",
         "made": 3, "fulfilled_on_time": 1, "fulfilled_late": 0, "fulfilled_undated": 0,
         "partially_fulfilled": 0, "missed": 1, "overdue": 1, "open": 0, "other": 0,
         "not_due": 0, "pending_suggestions": 2,
         "commitments": [{"id", "subject", "source", "made_on", "due_start", "due_end",
                          "status", "outcome", "event_date", "suggestion"}]}

    ``made`` equals the sum of ``COLUMNS``; ``not_due`` is the part of
    ``open`` whose window had not opened yet.
    """
    from tracker.lifecycle.suggestions import load_corpus
    from tracker.linking import load_registry

    reg = load_registry()
    views, _sources = load_corpus(session, reg)
    pubs = dict(session.execute(select(Source.id, Source.published_on)).all())
    files = dict(session.execute(select(Source.id, Source.file_name)).all())
    views = [
        c for c in views
        if c.kind == "commitment" and c.made_on <= as_of
        and (c.source_id is None or pubs.get(c.source_id, as_of) <= as_of)
    ]
    ids = [c.id for c in views]
    then = services.states_on(session, ids, as_of)
    pending: dict[int, list[Evidence]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        for e in session.scalars(select(Evidence).where(
                Evidence.commitment_id.in_(ids[i:i + 500]), Evidence.review == "pending")):
            if e.source_id is None or pubs.get(e.source_id, as_of) <= as_of:
                pending[e.commitment_id].append(e)
    groups: dict[str | None, dict[str, Any]] = {}
    for c in sorted(views, key=lambda c: (c.made_on, c.id)):
        if c.key not in groups:
            groups[c.key] = {"body": series_name(c, reg), "key": c.key, "made": 0,
                             **dict.fromkeys(COLUMNS, 0), "not_due": 0,
                             "pending_suggestions": 0, "commitments": []}
        g = groups[c.key]
        state = then[c.id]
        outcome = state.outcome(as_of)
        g["made"] += 1
        g[COLUMN_OF[outcome]] += 1
        g["not_due"] += outcome == statuses.NOT_DUE
        waiting = sorted(pending.get(c.id, []), key=lambda e: (-e.confidence, e.id))
        g["pending_suggestions"] += len(waiting)
        top = waiting[0] if waiting else None
        g["commitments"].append({
            "id": c.id, "subject": c.subject,
            "source": files.get(c.source_id) if c.source_id is not None else None,
            "made_on": c.made_on.isoformat(),
            "due_start": _iso(state.due_start), "due_end": _iso(state.due_end),
            "status": state.status, "outcome": outcome,
            "event_date": _iso(state.fulfilled_on),
            "suggestion": None if top is None else {
                "kind": top.kind,
                "source": files.get(top.source_id) if top.source_id is not None else None,
                "event_date": _iso(top.event_date), "confidence": top.confidence,
                "reason": top.reason,
            },
        })
    return sorted(groups.values(), key=lambda g: (g["body"] is None, (g["body"] or "").lower()))


def series_name(c: Any, reg: Any) -> str | None:
    """The name of the body or dialogue series a commitment belongs to (the
    linker's body key, ``CommitmentView.key``), or None when it names none:
    the registry's name for a known body, else the words of the document;
    " (sub-groups)" for a sub-group under it."""
    if c.body is None:
        return None
    name: str = reg.name_of(c.body.key) if c.body.key in reg.bodies else c.body.text
    if c.body.sub:
        name += " (sub-groups)"
    return name


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
