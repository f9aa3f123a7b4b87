"""The data model: sources, commitments, evidence and history.

The schema itself comes only from the Alembic migrations in
``tracker/store/migrations``; these classes must match them (a test checks).
Relationships are ``lazy="raise"`` so that nothing loads by accident:
queries say what they need.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from tracker.domain import statuses
from tracker.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

def one_of(column: str, values: tuple[str, ...]) -> str:
    """A CHECK (or WHERE) clause from one of the vocabulary tables in
    ``tracker.domain.statuses``: the tables drive the schema's constraints."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


ACTIVE_SQL = one_of("status", statuses.ACTIVE)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(1000))
    publisher: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    published_on: Mapped[dt.date] = mapped_column(Date, index=True)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="source", lazy="raise", passive_deletes=True
    )


class Commitment(Base):
    __tablename__ = "commitments"
    __table_args__ = (
        CheckConstraint(one_of("kind", statuses.KINDS), name="kind"),
        CheckConstraint(one_of("origin", statuses.ORIGINS), name="origin"),
        CheckConstraint(one_of("status", statuses.STATUSES), name="status"),
        CheckConstraint(
            "due_start IS NULL OR due_end IS NULL OR due_start <= due_end", name="window"
        ),
        # The overdue report reads this index in due_end order, active rows only.
        Index(
            "ix_commitments_active_due_end",
            "due_end",
            sqlite_where=text(ACTIVE_SQL),
            postgresql_where=text(ACTIVE_SQL),
        ),
        Index("ix_commitments_source_id_span", "source_id", "span_start"),
        # Sort orders the list reads a page of without sorting every row
        # (services.sort_order uses exactly these expressions). NULLs last in
        # both directions, hence one index per direction for due_end.
        Index("ix_commitments_due_end_nulls_last", text("(due_end IS NULL)"), "due_end", "id"),
        Index("ix_commitments_due_end_desc_nulls_last",
              text("(due_end IS NOT NULL)"), "due_end", "id"),
        Index("ix_commitments_made_on_id", "made_on", "id"),
        # "Known by then" in as-of queries: one range over this index.
        Index("ix_commitments_known_on_id", "known_on", "id"),
        Index("ix_commitments_subject_prefix_id", text("substr(subject, 1, 200)"), "id"),
        # Not declared here (raw DDL in the migration, ignored by autogenerate
        # in migrations/env.py): on SQLite the FTS5 table commitments_fts, its
        # content view commitments_fts_text, its term list commitments_fts_vocab
        # and its triggers; on PostgreSQL the trigram index ix_commitments_text_trgm.
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="commitment")
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE")
    )
    made_on: Mapped[dt.date] = mapped_column(Date)
    # The day it became known: its source's publication date, else made_on.
    # Database triggers (migration 3b9e5d70c1a2) keep it right on every write
    # path; code passes it on insert where it has the value at hand.
    known_on: Mapped[dt.date | None] = mapped_column(Date)
    quote: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    actors: Mapped[str] = mapped_column(String(1000), default="")
    action: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(2000))
    topics: Mapped[str] = mapped_column(String(1000), default="")
    due_expression: Mapped[str | None] = mapped_column(String(500))
    due_start: Mapped[dt.date | None] = mapped_column(Date)
    due_end: Mapped[dt.date | None] = mapped_column(Date)
    due_rule: Mapped[str | None] = mapped_column(String(200))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    status: Mapped[str] = mapped_column(String(30), default="open")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is

    source: Mapped[Source | None] = relationship(back_populates="commitments", lazy="raise")
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="commitment", lazy="raise", passive_deletes=True
    )
    history: Mapped[list[HistoryEntry]] = relationship(
        back_populates="commitment", lazy="raise", passive_deletes=True
    )

    @property
    def actor_list(self) -> list[str]:
        return split_list(self.actors)

    @property
    def topic_list(self) -> list[str]:
        return split_list(self.topics)


class Evidence(Base):
    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint(one_of("kind", statuses.EVIDENCE_KINDS), name="kind"),
        CheckConstraint(one_of("origin", statuses.EVIDENCE_ORIGINS), name="origin"),
        CheckConstraint(one_of("review", statuses.REVIEW_STATES), name="review"),
        # Re-running the linker finds the same passage again: stored once.
        UniqueConstraint(
            "commitment_id", "source_id", "kind", "span_start", name="uq_evidence_passage"
        ),
        Index("ix_evidence_review_commitment", "review", "commitment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    quote: Mapped[str] = mapped_column(Text, default="")
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    reason: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(20), default="suggested")
    review: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    review_note: Mapped[str | None] = mapped_column(Text)

    commitment: Mapped[Commitment] = relationship(back_populates="evidence", lazy="raise")
    source: Mapped[Source | None] = relationship(lazy="raise")


class HistoryEntry(Base):
    """One recorded change: a status change, a window change, or a note.

    Two times: ``recorded_at`` (when it was written down, by ``by``) and
    ``effective_on`` (the day it took effect in the world: the event date of
    the evidence, or the date the analyst gave). Reports as of a past date
    replay history by ``effective_on`` (``tracker.domain.statuses.replay``). A window
    change keeps the old and the new window.
    """

    __tablename__ = "history"
    __table_args__ = (
        CheckConstraint(one_of("event", statuses.HISTORY_EVENTS), name="event"),
        Index("ix_history_commitment_effective", "commitment_id", "effective_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(20), default="status")
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str | None] = mapped_column(String(30))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    effective_on: Mapped[dt.date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    evidence_id: Mapped[int | None] = mapped_column(
        ForeignKey("evidence.id", ondelete="SET NULL"), index=True
    )
    from_due_start: Mapped[dt.date | None] = mapped_column(Date)
    from_due_end: Mapped[dt.date | None] = mapped_column(Date)
    to_due_start: Mapped[dt.date | None] = mapped_column(Date)
    to_due_end: Mapped[dt.date | None] = mapped_column(Date)
    from_due_rule: Mapped[str | None] = mapped_column(String(200))
    to_due_rule: Mapped[str | None] = mapped_column(String(200))

    commitment: Mapped[Commitment] = relationship(back_populates="history", lazy="raise")


class Verdict(Base):
    """An analyst's verdict on one party's part in a commitment, on the G7
    Research Group's scale (``statuses.VERDICT_SCORES``: -1, 0, +1).

    A log like history, never updated: the verdict in effect for a party on
    a date is its latest row by ``effective_on`` (then ``id``) on or before
    that date; a row with no ``score`` is a withdrawal (no verdict from then
    on). ``party`` is the canonical name (``tracker.domain.parties``).
    """

    __tablename__ = "verdicts"
    __table_args__ = (
        CheckConstraint(f"score IN ({', '.join(map(str, statuses.VERDICT_SCORES))})",
                        name="score"),
        Index("ix_verdicts_commitment_party_effective",
              "commitment_id", "party", "effective_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    party: Mapped[str] = mapped_column(String(200))
    score: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    effective_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(200))

    @property
    def withdrawn(self) -> bool:
        return self.score is None


class Mention(Base):
    """One sentence that states a commitment: its provenance. A commitment has
    one per sentence of its own document that restates it, and after a "same
    as" merge those of the retired commitment too (``merge_id`` says which
    merge moved it there). ``kind`` is one of ``statuses.MENTION_KINDS``; the
    quote shown is the most primary one (``statuses.primacy``)."""

    __tablename__ = "mentions"
    __table_args__ = (
        CheckConstraint(one_of("kind", statuses.MENTION_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    quote: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    merge_id: Mapped[int | None] = mapped_column(
        ForeignKey("merges.id", ondelete="SET NULL"), index=True
    )

    source: Mapped[Source | None] = relationship(lazy="raise")


class Merge(Base):
    """An analyst's "same as": ``retired`` is the same commitment as ``kept``.
    The retired one stays stored (and undoable) but every report counts only
    the kept one. ``moved_evidence`` lists the evidence ids the merge moved
    to the kept one ("; "-joined), so undoing it moves exactly them back."""

    __tablename__ = "merges"
    __table_args__ = (
        CheckConstraint("kept_id <> retired_id", name="distinct"),
        Index("ix_merges_retired_active", "retired_id", "undone_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    retired_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    note: Mapped[str | None] = mapped_column(Text)
    merged_by: Mapped[str] = mapped_column(String(200))
    merged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    effective_on: Mapped[dt.date] = mapped_column(Date)
    moved_evidence: Mapped[str] = mapped_column(Text, default="")
    undone_by: Mapped[str | None] = mapped_column(String(200))
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    undo_note: Mapped[str | None] = mapped_column(Text)


LIST_SEPARATOR = "; "


def join_list(items: list[str] | tuple[str, ...]) -> str:
    return LIST_SEPARATOR.join(i.strip() for i in items if i and i.strip())


def split_list(value: str | None) -> list[str]:
    if not value:
        return []
    return [p.strip() for p in value.split(";") if p.strip()]


# --- the link index (tracker.lifecycle.suggestions writes it at ingest; tracker.linking.keys computes it) ---


class LinkSource(Base):
    """A source whose event mentions, body names and acronym definitions are indexed
    (read once at ingest: matching never re-reads a stored body)."""

    __tablename__ = "link_sources"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    published_on: Mapped[dt.date] = mapped_column(Date)
    mentions: Mapped[str] = mapped_column(Text, default="[]")  # body names before each promise (JSON)
    # the countries the document names, title included ("|ghana|kenya|"); NULL: indexed
    # before they were kept (``tracker link --rebuild`` reads them)
    parties: Mapped[str | None] = mapped_column(Text, nullable=True)
    linked: Mapped[bool] = mapped_column(Boolean, default=False)  # suggestions computed for it
    # the readers that read it (``linking.stamp.reader_stamp``); NULL: read before the stamp was
    # kept. Another stamp than the running version's: ``tracker link`` reads the store again
    reader: Mapped[str | None] = mapped_column(String(16), nullable=True)


class LinkEvent(Base):
    """One event mention of a source, under its series key and parties."""

    __tablename__ = "link_events"
    __table_args__ = (
        Index("ix_link_events_series_parties", "series", "parties"),
        Index("ix_link_events_series_n_parties", "series", "n_parties"),
        Index("ix_link_events_series_ordinal", "series", "ordinal", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    series: Mapped[str | None] = mapped_column(String(300))  # body key (full), None: unnamed
    parties: Mapped[str] = mapped_column(String(300), default="")  # "|india|united states|"
    n_parties: Mapped[int] = mapped_column(Integer, default=0)
    ordinal: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    polarity: Mapped[str] = mapped_column(String(30))
    day: Mapped[dt.date] = mapped_column(Date)  # when it happened, else when it was reported
    payload: Mapped[str] = mapped_column(Text)  # the EventMention (JSON)


class LinkCommitment(Base):
    """A commitment's matching keys: series, parties, ordinal, action class, window."""

    __tablename__ = "link_commitments"
    __table_args__ = (
        Index("ix_link_commitments_series_parties", "series", "parties"),
        Index("ix_link_commitments_series_n_parties", "series", "n_parties"),
        Index("ix_link_commitments_series_ordinal", "series", "ordinal"),
    )

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    series: Mapped[str | None] = mapped_column(String(300))
    parties: Mapped[str] = mapped_column(String(300), default="")
    n_parties: Mapped[int] = mapped_column(Integer, default=0)
    ordinal: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    made_on: Mapped[dt.date] = mapped_column(Date)
    due_start: Mapped[dt.date | None] = mapped_column(Date)
    due_end: Mapped[dt.date | None] = mapped_column(Date)
    next: Mapped[bool] = mapped_column(Boolean, default=False)  # "the next meeting": ordinal resolved
    signature: Mapped[str] = mapped_column(String(64))  # of the fields the keys are read from
    payload: Mapped[str] = mapped_column(Text)  # the prepared fields (JSON)


class LinkWord(Base):
    """Capped content words of what an unnamed event or commitment is about, with its
    parties and dates: the bounded index that finds "same deliverable" candidates (two
    shared words, the same parties, open at the date; the most recent first, capped)
    without comparing all pairs."""

    __tablename__ = "link_words"
    __table_args__ = (Index("ix_link_words_word_role", "word", "role", "parties", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(1))  # "e": event, "c": commitment; "g" / "f": their words under one party alone (keys.SHARED_ROLE)
    ref_id: Mapped[int] = mapped_column(Integer, index=True)  # link_events.id / commitments.id
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    word: Mapped[str] = mapped_column(String(60))
    parties: Mapped[str] = mapped_column(String(300), default="")  # as link_events.parties
    day: Mapped[dt.date] = mapped_column(Date)  # the event's day, the promise's date
    until: Mapped[dt.date | None] = mapped_column(Date)  # the promise's window end


class LinkAlias(Base):
    """Two names a source defines as one body ("Long Name (LN)"): base keys."""

    __tablename__ = "link_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    long_key: Mapped[str] = mapped_column(String(300), index=True)
    short_key: Mapped[str] = mapped_column(String(300), index=True)
