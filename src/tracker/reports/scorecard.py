"""Scorecards: what each party, relationship, dialogue series, topic or year
promised, and what came of it, as of a date.

Each commitment counts in exactly one column, the one the follow-up report
gives its outcome (``follow_up.COLUMN_OF`` on ``statuses.outcome`` of the
state replayed for the as-of date by ``services.states_on``), so in every
row the columns add up to ``made``. A commitment belongs to one row per
group it has: a joint commitment of three parties counts once in each
party's row (and once in the total), one with two topics in both topics.

The compliance score is on the G7 Research Group's scale: +1 full
compliance, 0 partial compliance or work under way, −1 no compliance.
``SCORE_OF`` maps each column onto it (see docs/outputs.md for why); the
score of a row is the mean over its scored items, None when none is scored.

An analyst's per-party verdict (``services.record_verdict``, same scale)
replaces the status-derived score in that party's row: grouped by party,
a commitment scores the verdict in effect for the row's party on the as-of
date where there is one (counted in ``judged``), else its status-derived
score. The columns stay the commitment's outcome, so they still add up to
``made``. The ALL row counts each commitment once and scores it on its
outcome (a verdict belongs to one party); its ``judged`` counts the
commitments with at least one verdict in effect.

``iter_items`` reads the database (the known-by rule of every as-of view:
commitments made by then, from sources published by then); ``compute``
is pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.lifecycle import services
from tracker.reports.follow_up import COLUMN_OF, COLUMNS, iter_known
from tracker.store.models import Source, split_list

GROUPINGS: tuple[str, ...] = ("party", "relationship", "series", "topic", "period")

# The column each commitment counts in -> its compliance score (None: not
# scored). Fulfilled (on time, late, or on an unknown day) = +1; partially
# fulfilled = 0; missed, and overdue (the window closed with nothing
# recorded) = −1; open (not yet due, due, open-ended) and other
# (superseded, withdrawn) are not scored.
SCORE_OF: dict[str, int | None] = {
    "fulfilled_on_time": 1,
    "fulfilled_late": 1,
    "fulfilled_undated": 1,
    "partially_fulfilled": 0,
    "missed": -1,
    "overdue": -1,
    "open": None,
    "other": None,
}
assert set(SCORE_OF) == set(COLUMNS)

# A row's verdict from its score, first match wins: (lowest score, words).
# Below MIN_SCORED scored commitments a row gets no verdict of its own.
VERDICTS: tuple[tuple[float, str], ...] = (
    (0.5, "mostly kept"),
    (-0.5, "mixed"),
    (-1.0, "mostly not kept"),
)
MIN_SCORED = 3
TOO_FEW = "too few assessed to judge"

# Rows for items that have no value in a grouping (sorted last).
NO_PARTY = "(no party named)"
NO_SERIES = "(no known dialogue)"
NO_TOPIC = "(no topic)"
PLACEHOLDERS = frozenset({NO_PARTY, NO_SERIES, NO_TOPIC})

# Joins the parties of a relationship: "India–United States".
RELATIONSHIP_JOIN = "–"


@dataclass(frozen=True)
class Item:
    """One commitment as the scorecard and the briefing see it on the as-of date."""

    id: int
    subject: str
    quote: str
    parties: tuple[str, ...]
    series: str | None
    series_key: str | None
    topics: tuple[str, ...]
    made_on: dt.date
    due_start: dt.date | None
    due_end: dt.date | None
    status: str  # the status then
    outcome: str  # statuses.outcome then
    fulfilled_on: dt.date | None
    source_title: str | None = None
    source_url: str | None = None
    source_file: str | None = None
    parent_id: int | None = None
    verdicts: tuple[tuple[str, int], ...] = ()  # (party, score) in effect then

    def verdict(self, party: str) -> int | None:
        """The party's verdict in effect on the as-of date, if any."""
        return next((v for p, v in self.verdicts if p == party), None)

    @property
    def column(self) -> str:
        return COLUMN_OF[self.outcome]

    @property
    def score(self) -> int | None:
        return SCORE_OF[self.column]

    @property
    def relationship(self) -> str:
        return relationship_of(self.parties)

    @property
    def period(self) -> str:
        return str(self.made_on.year)

    def groups(self, by: str) -> tuple[str, ...]:
        """The rows this item counts in for a grouping (at least one)."""
        if by == "party":
            return tuple(dict.fromkeys(self.parties)) or (NO_PARTY,)
        if by == "relationship":
            return (self.relationship,)
        if by == "series":
            return (self.series or NO_SERIES,)
        if by == "topic":
            return tuple(dict.fromkeys(self.topics)) or (NO_TOPIC,)
        if by == "period":
            return (self.period,)
        raise ValueError(f"unknown grouping {by!r}: one of {', '.join(GROUPINGS)}")


def relationship_of(parties: Iterable[str]) -> str:
    """The sorted pair or group of parties: "India–United States"."""
    names = sorted(set(parties), key=str.casefold)
    return RELATIONSHIP_JOIN.join(names) if names else NO_PARTY


@dataclass
class Row:
    group: str
    made: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    scored: int = 0
    points: int = 0
    judged: int = 0  # scores that are an analyst's verdict (or, in ALL, items with one)

    @property
    def score(self) -> float | None:
        """Mean score over the scored items, None when none is scored."""
        return self.points / self.scored if self.scored else None

    @property
    def verdict(self) -> str:
        """Words for the score (``VERDICTS``), or ``TOO_FEW`` below
        ``MIN_SCORED`` scored commitments."""
        score = self.score
        if score is None or self.scored < MIN_SCORED:
            return TOO_FEW
        return next(words for low, words in VERDICTS if score >= low)

    @property
    def fulfilled(self) -> int:
        return (self.counts["fulfilled_on_time"] + self.counts["fulfilled_late"]
                + self.counts["fulfilled_undated"])

    def add(self, item: Item, party: str | None = None) -> None:
        """Count ``item``; in a party's row (``party``) its verdict for that
        party, where there is one, is its score."""
        self.made += 1
        self.counts[item.column] += 1
        score = item.score
        verdict = item.verdict(party) if party is not None else None
        if verdict is not None:
            score = verdict
        if verdict is not None or (party is None and item.verdicts):
            self.judged += 1
        if score is not None:
            self.scored += 1
            self.points += score

    def to_json(self) -> dict[str, Any]:
        score = self.score
        return {"group": self.group, "made": self.made, **self.counts,
                "scored": self.scored, "judged": self.judged,
                "score": None if score is None else round(score, 4),
                "verdict": self.verdict}


@dataclass
class Scorecard:
    by: str
    as_of: dt.date
    rows: list[Row]
    total: Row  # every commitment once, whatever its groups
    items: list[Item]  # empty when folded from a stream (``scorecard``)

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "by": self.by,
                "columns": ["made", *COLUMNS],
                "scale": SCORE_OF,
                "rows": [r.to_json() for r in self.rows],
                "total": self.total.to_json()}


def _sort_key(by: str, group: str) -> tuple[Any, ...]:
    return (group in PLACEHOLDERS, group if by == "period" else group.casefold(), group)


def compute(items: Iterable[Item], by: str, as_of: dt.date, *,
            keep_items: bool = True) -> Scorecard:
    """The scorecard of ``items`` grouped ``by`` one of ``GROUPINGS`` (``items``
    kept on it unless ``keep_items`` is false: a stream is folded as it comes)."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}: one of {', '.join(GROUPINGS)}")
    rows: dict[str, Row] = {}
    total = Row("all")
    kept: list[Item] = []
    for item in items:
        if keep_items:
            kept.append(item)
        total.add(item)
        for g in item.groups(by):
            rows.setdefault(g, Row(g)).add(item, g if by == "party" else None)
    ordered = [rows[g] for g in sorted(rows, key=lambda g: _sort_key(by, g))]
    return Scorecard(by, as_of, ordered, total, kept)


def iter_items(session: Session, as_of: dt.date) -> Iterator[Item]:
    """The commitments known by ``as_of`` (asks are not scored), each with the
    status and window it had then, oldest first; streamed (``follow_up.iter_known``):
    memory does not grow with the store."""
    for chunk in iter_known(session, as_of):
        ids = [c.id for c in chunk]
        verdicts = services.verdicts_on(session, ids, as_of)
        want = sorted({c.source_id for c in chunk if c.source_id is not None})
        sources = {r.id: r for r in session.execute(
            select(Source.id, Source.title, Source.url, Source.file_name)
            .where(Source.id.in_(want)))} if want else {}
        for c in chunk:
            state = c.state
            src = sources.get(c.source_id) if c.source_id is not None else None
            yield Item(
                id=c.id, subject=c.subject, quote=c.quote, parties=c.parties,
                series=c.series, series_key=c.key,
                topics=tuple(split_list(c.topics)), made_on=c.made_on,
                due_start=state.due_start, due_end=state.due_end, status=state.status,
                outcome=state.outcome(as_of), fulfilled_on=state.fulfilled_on,
                source_title=src.title if src else None, source_url=src.url if src else None,
                source_file=src.file_name if src else None, parent_id=c.parent_id,
                verdicts=tuple(sorted(verdicts.get(c.id, {}).items())),
            )


def scorecard(session: Session, by: str, as_of: dt.date) -> Scorecard:
    """The scorecard grouped ``by`` as of a date (never reads the clock), folded
    from the stream of items: its ``items`` are left empty (``iter_items`` gives them)."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}: one of {', '.join(GROUPINGS)}")
    return compute(iter_items(session, as_of), by, as_of, keep_items=False)
