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
import json
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple, Self, TextIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tracker.domain import statuses
from tracker.lifecycle import services
from tracker.store import history_sql
from tracker.store.models import Commitment, Evidence, LinkCommitment, Source, split_list

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

#: commitments read per round of history, evidence and verdicts: bounded IN lists
CHUNK = 500


class Known(NamedTuple):
    """A commitment known on the as-of date, as the reports see it then."""

    id: int
    source_id: int | None
    made_on: dt.date
    subject: str
    quote: str
    parties: tuple[str, ...]
    topics: str | None
    parent_id: int | None
    key: str | None  # the linker's body key (``CommitmentView.key``), one per body
    series: str | None  # ``series_name``
    state: statuses.StateThen  # status and window then (``services.states_on``)


def iter_known(session: Session, as_of: dt.date) -> Iterator[list[Known]]:
    """The commitments known on ``as_of`` (made by then, from a source published by
    then; asks are left out), oldest first (``made_on``, id), in chunks of ``CHUNK``
    streamed from one cursor: memory does not grow with the store."""
    from tracker.lifecycle.suggestions import REPORT_COLS, CorpusBodies
    from tracker.linking import load_registry

    reg = load_registry()
    bodies = CorpusBodies(session, reg)
    q = (select(*REPORT_COLS, Commitment.topics)
         .outerjoin(LinkCommitment, LinkCommitment.commitment_id == Commitment.id)
         .where(Commitment.kind == "commitment", Commitment.made_on <= as_of,
                history_sql.known_by(as_of),  # the one "known by then" rule
                ~history_sql.is_retired(Commitment.id))  # "same as": counted once
         .order_by(Commitment.made_on, Commitment.id))
    for chunk in session.execute(q, execution_options={"yield_per": CHUNK}).partitions():
        then = services.states_on(session, [r[0] for r in chunk], as_of)
        out = []
        for r in chunk:
            body = bodies.body(r)
            out.append(Known(
                id=r[0], source_id=r[1], made_on=r[2], subject=r[3], quote=r[4],
                parties=tuple(split_list(r[6])), topics=r[17], parent_id=r[13],
                key=body.full_key if body else None, series=series_name(body, reg),
                state=then[r[0]]))
        yield out


def _pending(session: Session, ids: list[int], as_of: dt.date, *, top: bool
             ) -> tuple[dict[int, int], dict[int, Evidence]]:
    """Pending suggestions for ``ids`` from sources published by ``as_of``: how
    many per commitment and (``top``) the most confident of each."""
    known = or_(Evidence.source_id.is_(None), Source.published_on.is_(None),
                Source.published_on <= as_of)
    pending = (Evidence.commitment_id.in_(ids), Evidence.review == "pending", known)
    counts: dict[int, int] = dict(session.execute(
        select(Evidence.commitment_id, func.count())
        .outerjoin(Source, Source.id == Evidence.source_id)
        .where(*pending).group_by(Evidence.commitment_id)).all())
    best: dict[int, Evidence] = {}
    if top and counts:
        for e in session.scalars(
                select(Evidence).outerjoin(Source, Source.id == Evidence.source_id)
                .where(*pending).order_by(Evidence.confidence.desc(), Evidence.id)):
            best.setdefault(e.commitment_id, e)
    return counts, best


def follow_up_report(session: Session, as_of: dt.date, *,
                     details: bool = True) -> list[dict[str, Any]]:
    """One dict per body, sorted by name (commitments about no known body are
    grouped under ``"body": None``, last)::

        {"body": "Homeland Security Dialogue", "key": "homeland-security-dialogue",
         "made": 3, "fulfilled_on_time": 1, "fulfilled_late": 0, "fulfilled_undated": 0,
         "partially_fulfilled": 0, "missed": 1, "overdue": 1, "open": 0, "other": 0,
         "not_due": 0, "pending_suggestions": 2,
         "commitments": [{"id", "subject", "source", "made_on", "due_start", "due_end",
                          "status", "outcome", "event_date", "suggestion"}]}

    ``made`` equals the sum of ``COLUMNS``; ``not_due`` is the part of
    ``open`` whose window had not opened yet. Without ``details``,
    ``commitments`` is empty. A list of everything: ``FollowUp`` streams it.
    """
    with FollowUp(session, as_of, details=details) as fu:
        return [{**g, "commitments": list(fu.commitments(i))}
                for i, g in enumerate(fu.groups)]


class FollowUp:
    """The follow-up report computed in one pass over the commitments known on
    ``as_of`` (``iter_known``), folded into one counter row per body
    (``groups``, as ``follow_up_report`` gives them, ``commitments`` empty).
    With ``details``, each commitment's line is spooled to a temporary SQLite
    file as it comes and ``commitments(i)`` reads ``groups[i]``'s back in order
    (``made_on``, id): memory follows the number of bodies, never of
    commitments. Use as a context manager (the spool is removed on exit)."""

    def __init__(self, session: Session, as_of: dt.date, *, details: bool = True) -> None:
        self.as_of = as_of
        self._spool: sqlite3.Connection | None = None
        self._index: list[int] = []  # groups[i]'s number in the spool
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        if details:
            self._dir = tempfile.TemporaryDirectory(prefix="tracker-follow-up-")
            self._spool = sqlite3.connect(Path(self._dir.name) / "spool.db")
            self._spool.execute("CREATE TABLE spool (g INTEGER, line TEXT)")
        self.groups = self._fold(session, as_of)
        if self._spool is not None:
            self._spool.execute("CREATE INDEX ix_spool ON spool (g)")
            self._spool.commit()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    @property
    def total(self) -> dict[str, int]:
        """The TOTAL row: each count summed over the groups (a commitment is in
        exactly one group, so ``made`` is the number of commitments and equals
        the sum of ``COLUMNS``)."""
        keys = ("made", *COLUMNS, "not_due", "pending_suggestions")
        return {k: sum(int(g[k]) for g in self.groups) for k in keys}

    def commitments(self, i: int) -> Iterator[dict[str, Any]]:
        """The commitments of ``groups[i]``, oldest first (none without details)."""
        if self._spool is None:
            return
        cur = self._spool.execute("SELECT line FROM spool WHERE g = ? ORDER BY rowid",
                                  (self._index[i],))
        cur.arraysize = CHUNK
        while batch := cur.fetchmany():
            for (line,) in batch:
                yield json.loads(line)

    def _fold(self, session: Session, as_of: dt.date) -> list[dict[str, Any]]:
        details = self._spool is not None
        files: dict[int, str] = {}
        groups: dict[str | None, dict[str, Any]] = {}
        for chunk in iter_known(session, as_of):
            ids = [c.id for c in chunk]
            counts, best = _pending(session, ids, as_of, top=details)
            if details:
                files = _file_names(session, {c.source_id for c in chunk}
                                    | {e.source_id for e in best.values()})
            spooled = []
            for c in chunk:
                if c.key not in groups:
                    groups[c.key] = {"body": c.series, "key": c.key, "made": 0,
                                     **dict.fromkeys(COLUMNS, 0), "not_due": 0,
                                     "pending_suggestions": 0, "_index": len(groups)}
                g = groups[c.key]
                state = c.state
                outcome = state.outcome(as_of)
                g["made"] += 1
                g[COLUMN_OF[outcome]] += 1
                g["not_due"] += outcome == statuses.NOT_DUE
                g["pending_suggestions"] += counts.get(c.id, 0)
                if not details:
                    continue
                top = best.get(c.id)
                spooled.append((g["_index"], json.dumps({
                    "id": c.id, "subject": c.subject,
                    "source": files.get(c.source_id) if c.source_id is not None else None,
                    "made_on": c.made_on.isoformat(),
                    "due_start": _iso(state.due_start), "due_end": _iso(state.due_end),
                    "status": state.status, "outcome": outcome,
                    "event_date": _iso(state.fulfilled_on),
                    "suggestion": None if top is None else {
                        "kind": top.kind,
                        "source": files.get(top.source_id) if top.source_id is not None
                        else None,
                        "event_date": _iso(top.event_date), "confidence": top.confidence,
                        "reason": top.reason,
                    },
                }, ensure_ascii=False)))
            if self._spool is not None:
                self._spool.executemany("INSERT INTO spool VALUES (?, ?)", spooled)
        ordered = sorted(groups.values(),
                         key=lambda g: (g["body"] is None, (g["body"] or "").lower()))
        self._index = [g.pop("_index") for g in ordered]
        return ordered


def write_json(fu: FollowUp, out: TextIO) -> None:
    """``{"as_of": …, "bodies": [each group with its "commitments"], "total":
    {the TOTAL row}}`` as ``json.dumps(…, indent=2)`` writes it, one commitment
    at a time."""
    def block(obj: Any, depth: int) -> str:
        text = json.dumps(obj, indent=2, ensure_ascii=False, default=str)
        return text.replace("\n", "\n" + "  " * depth)

    out.write("{\n" + f'  "as_of": {json.dumps(fu.as_of.isoformat())},\n  "bodies": [')
    for i, g in enumerate(fu.groups):
        head = block(g, 2)  # ends "\n    }"
        out.write(("\n    " if i == 0 else ",\n    ") + head[:-len("\n    }")]
                  + ',\n      "commitments": [')
        n = 0
        for c in fu.commitments(i):
            out.write(("\n        " if n == 0 else ",\n        ") + block(c, 4))
            n += 1
        out.write("\n      ]\n    }" if n else "]\n    }")
    out.write(("\n  ],\n" if fu.groups else "],\n") + f'  "total": {block(fu.total, 1)}\n}}\n')


def _file_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    want = sorted(i for i in ids if i is not None)
    return dict(session.execute(
        select(Source.id, Source.file_name).where(Source.id.in_(want))).all()) if want else {}


def series_name(body: Any, reg: Any) -> str | None:
    """The name of the body or dialogue series a commitment belongs to (the
    linker's body, ``CommitmentView.body``), or None when it names none:
    the registry's name for a known body, else the words of the document;
    " (sub-groups)" for a sub-group under it."""
    if body is None:
        return None
    name: str = reg.name_of(body.key) if body.key in reg.bodies else body.text
    if body.sub:
        name += " (sub-groups)"
    return name


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
