"""Storing the linker's suggestions: the application side of linking.

The matcher (``tracker.linking``) is pure; this module feeds it the stored
sources and commitments and stores what it suggests.

``link_source(session, source)`` works in both directions at once: for the
body keys this source touches (its events and its commitments), it computes
every suggestion that follows from all stored sources and commitments with
those keys, stores the new ones, and retracts pending machine suggestions
that no longer follow (e.g. a "late" fulfilment once an earlier event or a
newer promise is known). The stored result therefore does not depend on the
order sources arrive in; rejected suggestions are never made again and
confirmed ones are never touched. Statuses are never changed here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import Table, and_, delete, func, insert, or_, select, true, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tracker.linking.bodies import (
    BodyMention,
    Registry,
    acronym_pairs,
    load_registry,
)
from tracker.linking.events import (
    EventMention,
    context_mentions,
    is_called_off_visit,
    is_thing_put_off,
)
from tracker.linking.keys import (
    SHARED_ROLE,
    STRUCTURAL_PROMISES,
    CommitmentFields,
    SourceRead,
    commitment_keys,
    commitment_view,
    event_from,
    event_keys,
    mentions_from,
    mentions_json,
    parties,
    parties_compatible,
    party_singles,
    party_subsets,
    poll_word,
    prepare_commitment,
    read_source,
    shared_party_keys,
    split_series,
    structural_word,
    structural_words,
    topic_words,
    visit_word,
    words,
    works_parties,
    works_word,
)
from tracker.linking.match import (
    POLL_LATE,
    STRUCTURAL_ACTIONS,
    STRUCTURAL_HORIZON,
    STRUCTURAL_WINDOW,
    WORKS_LATE,
    CommitmentView,
    SourceEvents,
    Suggestion,
    alias_core,
    alias_roots,
    event_works_kinds,
    polls_reported_in,
    promised_polls,
    promised_visit_to,
    specific_series,
    structural_event,
    structural_ok,
    structural_until,
    suggest,
    unify_key,
    unify_keys,
    visit_went,
    with_heads,
    works_key_kinds,
    works_until,
)
from tracker.linking.stamp import reader_stamp
from tracker.linking.unframed import OCCASION_WORD, is_occasion, occasion_days, occasion_ok
from tracker.linking.unframed import REASON as OCCASION_REASON
from tracker.store import history_sql
from tracker.store.db import fit_values
from tracker.store.models import (
    Commitment,
    Evidence,
    LinkAlias,
    LinkCommitment,
    LinkEvent,
    LinkSource,
    LinkWord,
    Source,
    split_list,
)


class _SourceRow(NamedTuple):
    """What ``load_corpus`` selects of a stored source."""

    id: int
    published_on: dt.date
    content_hash: str
    title: str | None
    file_name: str


#: the fields of a commitment row its prepared view is cached under
_ViewKey = tuple[int, int | None, str, str, str | None, tuple[str, ...], dt.date,
                 dt.date | None, dt.date | None, str, str, int | None]

#: what each stored text gives the linker (``keys.read_source``), read once per content in the
#: process, and each source's, by id
_READ: dict[tuple[str, dt.date, str], SourceRead] = {}
_CONTEXT: dict[int, SourceRead] = {}
_PREPARED: dict[_ViewKey, CommitmentView] = {}


def _events_for(rows: list[_SourceRow], session: Session, reg: Registry) -> list[SourceEvents]:
    """Events of stored sources, computed once per content (cached in the process)."""
    missing = [r.id for r in rows if (r.content_hash, r.published_on, r.title or "") not in _READ]
    if missing:
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for sid, body, pub, h, title in session.execute(
                select(Source.id, Source.body, Source.published_on, Source.content_hash, Source.title)
                .where(Source.id.in_(chunk))
            ):
                _READ[(h, pub, title or "")] = read_source(body, pub, title, reg)
    out = []
    for r in rows:
        read = _CONTEXT[r.id] = _READ[(r.content_hash, r.published_on, r.title or "")]
        out.append(SourceEvents(r.id, r.published_on, read.events, r.file_name, read.aliases))
    return out


def _names_of(base: str) -> set[str]:
    """A key's base and its name without an occasion's words (``match.alias_core``)."""
    return {base, alias_core(base)[0]}


def _view(c: CommitmentFields, reg: Registry) -> CommitmentView:
    key: _ViewKey = (c.id, c.source_id, c.subject, c.quote, c.action, c.actors, c.made_on,
                     c.due_start, c.due_end, c.status, c.kind, c.span_start)
    v = _PREPARED.get(key)
    if v is None:
        # before the promise, and its quote's names as the document reads them (prepare)
        read = _CONTEXT.get(c.source_id or -1)
        v = prepare_commitment(c, read.mentions if read else (), reg, read.parties if read else frozenset())
        _PREPARED[key] = v
    # ordinals are re-resolved against the current corpus every time
    v.ordinal = v.body.ordinal if v.body else None
    return v


def load_corpus(session: Session, reg: Registry | None = None
                ) -> tuple[list[CommitmentView], list[SourceEvents]]:
    reg = reg if reg is not None else load_registry()
    src_rows = [_SourceRow(*r) for r in session.execute(
        select(Source.id, Source.published_on, Source.content_hash, Source.title, Source.file_name)
        .order_by(Source.published_on, Source.id)
    )]
    sources = _events_for(src_rows, session, reg)
    commitments = [_view(_fields(r), reg) for r in session.execute(
        # (same-as) a retired duplicate is neither linked nor scored: its kept twin is
        select(*_COLS).where(~history_sql.is_retired(Commitment.id)))]
    # one key per body across the corpus before scoping (names defined as each other's acronym)
    return unify_keys(commitments, sources, reg)


# --- the link index ----------------------------------------------------------------------
#
# Written at ingest (``index_source``): each source's event mentions, the body names its
# promises can refer back to and the acronyms it defines; each commitment's keys (series,
# parties, ordinal, action class, window) and its prepared view. Matching fetches its
# candidates from these tables by key (``_plan``) and never reads a stored body again.

_COLS = (Commitment.id, Commitment.source_id, Commitment.made_on, Commitment.subject,
         Commitment.quote, Commitment.action, Commitment.actors, Commitment.due_start,
         Commitment.due_end, Commitment.status, Commitment.kind, Commitment.span_start,
         Commitment.span_end, Commitment.parent_id)


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


# Core columns of the tables the index and store steps write and read (the plan's reads are
# plain SQL, below):
# statements on them skip the ORM's compile step and row loading, which were a third of
# linking a readout (docs/benchmarks.md); same SQL, same rows.
_EV = Evidence.__table__.c
_LC, _LE, _LS = LinkCommitment.__table__.c, LinkEvent.__table__.c, LinkSource.__table__.c


def _fields(r: Sequence[Any]) -> CommitmentFields:
    return CommitmentFields(r[0], r[1], r[2], r[3], r[4], r[5], tuple(split_list(r[6])), r[7],
                            r[8], r[9], r[10], r[11], r[12], r[13])


@lru_cache(maxsize=8192)
def _signed(row: tuple[Any, ...]) -> tuple[CommitmentFields, str]:
    """A commitment row's fields and their signature, once a process for the same row
    (a linking run reads the same promises readout after readout; the fields are
    immutable)."""
    f = _fields(row)
    return f, f.signature


def _countries(text: str) -> frozenset[str]:
    return frozenset(p for p in text.split("|") if p)


def _among(col: Any, values: Sequence[Any]) -> Any:
    """``col IN values``, one value as ``col = value``: the same rows and index, and a
    statement SQLAlchemy need not render again for an expanding IN list on every run."""
    return col == values[0] if len(values) == 1 else col.in_(values)


@lru_cache(maxsize=4096)
def _party_filters(parties: Any, n: Any, countries: frozenset[str]) -> tuple[Any, ...]:
    """Rows whose parties can be ``countries``' (keys.parties_compatible, in SQL), as
    alternatives that the indexes on (series, parties) and (series, n_parties) each serve
    (``_by_parties``): no party list, a list inside ``countries``, or a longer list holding
    them all. One OR of the three inside a clause would leave SQLite only the series
    index, a walk over every pair's promises of that name, growing with the store.
    "Holds them all" is ``LIKE '%' || :country || '%'`` (``contains``, same pattern): a
    bare parameter after LIKE makes SQLite prepare the statement again on every run (the
    LIKE optimisation depends on its value), 0.3-1 ms for each of these OR queries."""
    if len(countries) <= 1:
        return (true(),)
    inside = party_subsets(countries)  # (none for more than eight countries)
    return (n <= 1, _among(parties, inside),
            and_(n >= len(countries) + (1 if inside else 0),
                 *[parties.contains(f"|{c}|") for c in sorted(countries)]))


def _by_parties(series: Any, parties: Any, n: Any, countries: frozenset[str],
                *where: Any) -> list[Any]:
    """``series AND (compatible parties) AND where``, as one clause per party alternative
    (``_party_filters``), to be OR-ed by the caller."""
    return [and_(series, alt, *where) for alt in _party_filters(parties, n, countries)]


# --- the link index's reads as plain SQL -------------------------------------------------
#
# Linking a readout runs about thirty small reads whose shape changes with every readout
# (how many series, party sets and editions it names). Built as SQLAlchemy expressions,
# a third of linking's time was building them, computing their cache keys and compiling
# each new shape (docs/benchmarks.md, issue 12 pass 5). Here they are SQL text with "?"
# placeholders and their parameters, run on the driver's cursor (through ``exec_driver_sql``
# when something listens to the engine's statements, as tests do); the same statements
# SQLAlchemy rendered, the same rows.

#: a piece of a WHERE clause: SQL text with "?" placeholders, and its parameters in order
_Sql = tuple[str, tuple[Any, ...]]
_T = TypeVar("_T")
_NONE: _Sql = ("", ())


def _sql_in(col: str, values: Sequence[Any]) -> _Sql:
    """``col IN (values)``, one value as ``col = ?`` (``_among``). Not for no value."""
    if len(values) == 1:
        return f"{col} = ?", (values[0],)
    return f"{col} IN ({', '.join('?' * len(values))})", tuple(values)


def _sql_and(*parts: _Sql) -> _Sql:
    """The parts (each one term or parenthesised) joined by AND, empty ones left out."""
    got = [p for p in parts if p[0]]
    return " AND ".join(p[0] for p in got), tuple(v for p in got for v in p[1])


def _sql_or(parts: Sequence[_Sql]) -> _Sql:
    """The parts OR-ed, in parentheses."""
    return "(" + " OR ".join(f"({p[0]})" for p in parts) + ")", \
        tuple(v for p in parts for v in p[1])


@lru_cache(maxsize=4096)
def _party_sql(table: str, countries: frozenset[str]) -> tuple[_Sql, ...]:
    """``_party_filters`` on ``table``'s parties and n_parties columns, as SQL."""
    if len(countries) <= 1:
        return (_NONE,)
    inside = party_subsets(countries)
    out: list[_Sql] = [(f"{table}.n_parties <= ?", (1,))]
    if inside:  # (an empty IN list matches nothing: no alternative)
        out.append(_sql_in(f"{table}.parties", inside))
    cs = sorted(countries)
    out.append((" AND ".join([f"{table}.n_parties >= ?"]
                             + [f"{table}.parties LIKE '%' || ? || '%'"] * len(cs)),
                (len(countries) + (1 if inside else 0), *[f"|{c}|" for c in cs])))
    return tuple(out)


def _by_parties_sql(table: str, series: _Sql, countries: frozenset[str],
                    *where: _Sql) -> list[_Sql]:
    """``_by_parties`` as SQL: one clause per party alternative, to be OR-ed."""
    return [_sql_and(series, alt, *where) for alt in _party_sql(table, countries)]


class _Driver(NamedTuple):
    """How one database takes and gives what the plain reads bind and read."""

    sqlite: bool
    date_in: Callable[[Any], Any] | None
    date_out: Callable[[Any], Any] | None


_DRIVERS: dict[str, _Driver] = {}
_PG_TEXT: dict[str, str] = {}


def _driver(dialect: Any) -> _Driver:
    d = _DRIVERS.get(dialect.name)
    if d is None:
        from sqlalchemy import Date
        impl = Date().dialect_impl(dialect)  # SQLAlchemy's own conversions of a Date
        d = _DRIVERS[dialect.name] = _Driver(dialect.name == "sqlite",
                                             impl.bind_processor(dialect),
                                             impl.result_processor(dialect, None))
    return d


def _is_sqlite(session: Session) -> bool:
    """Does the session read SQLite (a plan's index hint is SQLite's own syntax)?"""
    return _driver(session.connection().dialect).sqlite


#: ``session.info`` key of the rows a read-only linking run has read (``plan_links``)
_READS = "link_plan_reads"


def _read(session: Session, sql: str, params: Sequence[Any] = (),
          dates: tuple[int, ...] = ()) -> Sequence[Sequence[Any]]:
    """The rows of ``sql`` (placeholders "?") with ``params``; dates bound and the columns
    ``dates`` read as SQLAlchemy's Date does. Flushes first, as ``session.execute``.
    Inside a read-only linking run (``plan_links``) a statement read before with the same
    parameters gives the rows it gave then: the run writes nothing, and the readouts of
    a batch ask many of the same (issue 12: one pair's dialogues, reported on the same
    day, reach the same occasions, structural keys and promises; at 20,000 stored about
    a fifth of a batch's reads were repeats)."""
    memo: dict[tuple[str, tuple[Any, ...], tuple[int, ...]], Sequence[Sequence[Any]]] | None \
        = session.info.get(_READS)
    if memo is not None:
        key = (sql, tuple(params), dates)
        got = memo.get(key)
        if got is None:
            rows = _read_now(session, sql, params, dates)
            got = memo[key] = tuple(rows) if not dates else tuple(tuple(r) for r in rows)
        return got
    return _read_now(session, sql, params, dates)


def _read_now(session: Session, sql: str, params: Sequence[Any],
              dates: tuple[int, ...]) -> Sequence[Sequence[Any]]:
    """``_read`` from the database."""
    if session.autoflush:
        session.flush()
    conn = session.connection()
    d = _driver(conn.dialect)
    if d.date_in is not None:
        params = [d.date_in(p) if isinstance(p, dt.date) else p for p in params]
    if not d.sqlite:
        text = _PG_TEXT.get(sql)
        if text is None:
            text = _PG_TEXT[sql] = sql.replace("%", "%%").replace("?", "%s")
        sql = text
    rows: Sequence[Sequence[Any]]
    if conn.dispatch.before_cursor_execute or conn.dispatch.after_cursor_execute:
        # someone listens to the statements (tests read their plans): through the engine
        rows = conn.exec_driver_sql(sql, tuple(params)).fetchall()
    else:  # the driver's cursor: no result object, rows as tuples
        cursor = conn.connection.cursor()
        try:
            cursor.execute(sql, tuple(params))
            rows = cursor.fetchall()
        except conn.dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it
            raise DBAPIError.instance(sql, tuple(params), exc,
                                      conn.dialect.loaded_dbapi.Error) from exc
        finally:
            cursor.close()
    if dates and d.date_out is not None:
        out = d.date_out
        fixed: list[Sequence[Any]] = []
        for r in rows:
            row = list(r)
            for i in dates:
                row[i] = out(row[i])
            fixed.append(row)
        return fixed
    return rows


class _Index:
    """Reads of the link index for one linking run (alias classes cached)."""

    def __init__(self, session: Session, reg: Registry, *, read_only: bool = False) -> None:
        self.session = session
        self.reg = reg
        self._class: dict[str, frozenset[str]] = {}
        self.pairs: set[tuple[str, str]] = set()
        #: read-only (``plan_links``): commitments whose keys are stale are prepared in
        #: memory and their index rows kept here, written later by ``store_links``
        self.deferred: list[_KeyRow] | None = [] if read_only else None
        #: what a commitment's context read found (``once``), by the read's name and the
        #: commitment's id: the index does not change while one run reads it, and the
        #: sources of a batch share most of their scope (issue 12: at 5,000 stored, a batch
        #: of ten readouts asked about 380 such reads of 135 commitments)
        self._once: dict[tuple[str, int], Any] = {}
        self._kept: dict[int, bool] = {}  # (``kept_framed``)
        self._events: dict[int, tuple[dt.date, int, int, str, str] | None] = {}  # (``event_rows``)
        self._date_in: Callable[[Any], Any] | None = None  # (``day``)
        #: (``fulfilled_on``) a promise's first fulfilling report's day, the day it keeps it
        #: on, and whether a restatement of it is stored
        self._fulfilled: dict[int, tuple[dt.date | None, dt.date | None, bool]] = {}

    def kept_framed(self, ids: Iterable[int]) -> set[int]:
        """``_kept_framed``, each promise read once per linking run (the scope of a readout and
        its context ask about the same promises)."""
        wanted = set(ids)
        new = wanted - self._kept.keys()
        if new:
            kept = _kept_framed(self.session, new)
            self._kept.update((i, i in kept) for i in new)
        return {i for i in wanted if self._kept[i]}

    def fulfilled_on(self, cs: list[CommitmentView]
                     ) -> tuple[dict[int, dt.date], dict[int, dt.date], set[int]]:
        """``_fulfilled_on``, each promise read once per linking run (what it reads of a
        promise is its own evidence, which a run does not write): the readouts of a batch
        of one pair have most of their earlier promises in common, and a scope asked twice
        (its series' promises, then the fallbacks')."""
        new = [c for c in cs if c.id not in self._fulfilled]
        if new:
            day, kept, restated = _fulfilled_on(self.session, new)
            for c in new:
                self._fulfilled[c.id] = (day.get(c.id), kept.get(c.id), c.id in restated)
        out: dict[int, dt.date] = {}
        on: dict[int, dt.date] = {}
        again: set[int] = set()
        for c in cs:
            d, k, r = self._fulfilled[c.id]
            if d is not None:
                out[c.id] = d
            if k is not None:
                on[c.id] = k
            if r:
                again.add(c.id)
        return out, on, again

    def day(self, d: dt.date) -> Any:
        """A date as the database compares it (as ``_read`` binds it: SQLite's text), to be
        compared with a column read as the database gives it: the test the SQL made."""
        if self._date_in is None:
            self._date_in = _driver(self.session.connection().dialect).date_in or (lambda x: x)
        return self._date_in(d)

    def event_rows(self, ids: Iterable[int]) -> list[tuple[dt.date, int, int, str, str]]:
        """``_event_rows`` of these events, each read once per linking run (the readouts of a
        batch of one pair read most of the same events)."""
        wanted = set(ids)
        new = sorted(wanted - self._events.keys())
        for i in range(0, len(new), 500):
            part = new[i:i + 500]
            self._events.update((e, None) for e in part)  # (an event no longer stored)
            self._events.update((r[2], r) for r in _event_rows(
                self.session, _sql_in("link_events.id", part)))
        return [r for e in wanted if (r := self._events[e]) is not None]

    def once(self, read: Callable[..., _T], c: CommitmentView, *args: Any) -> _T:
        """``read(session, c, *args)``, read once per linking run for each commitment."""
        key = (read.__name__, c.id)
        if key not in self._once:
            self._once[key] = read(self.session, c, *args)
        return cast(_T, self._once[key])

    def classes(self, keys: Iterable[str]) -> None:
        """Load the acronym definitions that join these keys' bodies to other names."""
        # (a name and, with an occasion's words, the name without them: ``match.alias_core``)
        bases = {b for k in keys for b in _names_of(split_series(k)[0])} \
            - {b for k in self._class for b in _names_of(split_series(k)[0])}
        frontier, seen = set(bases), set()
        while frontier:
            seen |= frontier
            found: set[str] = set()
            chunk = sorted(frontier)
            for i in range(0, len(chunk), 400):
                part = chunk[i:i + 400]
                long, short = (_sql_in("link_aliases.long_key", part),
                               _sql_in("link_aliases.short_key", part))
                for a, b in _read(self.session, "SELECT link_aliases.long_key,"
                                  " link_aliases.short_key FROM link_aliases"
                                  f" WHERE {long[0]} OR {short[0]}", long[1] + short[1]):
                    self.pairs.add((a, b))
                    found |= {a, b}
            frontier = found - seen
        parent: dict[str, str] = {}

        def find(k: str) -> str:
            while parent.get(k, k) != k:
                k = parent[k]
            return k

        for a, b in self.pairs:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
        members: dict[str, set[str]] = defaultdict(set)
        for k in seen | {x for p in self.pairs for x in p}:
            members[find(k)].add(k)
        for k in list(keys) + list(self._class):
            base, tail = split_series(k)
            core, heads = alias_core(base)
            if len(members.get(find(base), ())) < 2 and heads and len(members.get(find(core), ())) > 1:
                # "epc summit": the summit of each name "epc" is joined to (``match.unified``)
                self._class[k] = frozenset(with_heads(b, heads) + tail for b in members[find(core)])
            else:
                self._class[k] = frozenset(b + tail for b in members.get(find(base), {base}))

    def cls(self, key: str) -> frozenset[str]:
        if key not in self._class:
            self.classes([key])
        return self._class[key]

    def resolve_next(self, key: str, countries: frozenset[str], made_on: dt.date) -> int | None:
        """"The next meeting" promised after the 15th was held is the 16th: through the
        (series, ordinal) index, editions of the same parties held by the promise's day."""
        for ordinal, ps in self.session.execute(
            select(_LE.ordinal, _LE.parties)
            .where(_among(_LE.series, sorted(self.cls(key))), _LE.ordinal.is_not(None),
                   _LE.polarity == "positive", _LE.action != "progress",
                   _LE.day <= made_on)
            .order_by(_LE.ordinal.desc())
        ):
            if ordinal is not None and parties_compatible(countries, _countries(ps)):
                return int(ordinal) + 1
        return None


class _KeyRow(NamedTuple):
    """A commitment's index row, computed (``_key_rows``) before it is written."""

    fields: CommitmentFields
    keys: Any  # keys.CommitmentKeys
    ordinal: int | None
    next: bool
    structural: str | None = None  # its structural key (``keys.structural_word``), if any
    visit: str | None = None  # the country a promised visit goes to (``keys.visit_word``), if any
    occasion: tuple[dt.date, dt.date] | None = None  # the days an occasion can keep it on, if any
    works: frozenset[str] = frozenset()  # its works key's kinds (``match.works_key_kinds``)
    polls: frozenset[str] = frozenset()  # its poll key's countries (``match.promised_polls``)


#: what a promise's document gives its keys, by source id: the body names it can refer back to
#: and the countries the document names (``keys.SourceRead``)
_Documents = dict[int | None, tuple[tuple[BodyMention, ...], frozenset[str]]]


def _key_rows(rows: list[CommitmentFields], documents: _Documents, idx: _Index) -> list[_KeyRow]:
    """Prepare the commitments and read their keys (reads only: "the next meeting"
    resolves through the (series, ordinal) index)."""
    out = []
    for f in rows:
        mentions, doc_parties = documents.get(f.source_id, ((), frozenset()))
        v = prepare_commitment(f, mentions, idx.reg, doc_parties)
        k = commitment_keys(v)
        is_next = bool(v.body is not None and v.body.next and v.body.ordinal is None and v.key)
        ordinal = idx.resolve_next(v.key, v.countries, f.made_on) if is_next and v.key else k.ordinal
        word = structural_word(v.action_cls, specific_series(v.key, idx.reg)) \
            if structural_ok(v) else None
        days = occasion_days(v.due_start, v.due_end, v.made_on) \
            if occasion_ok(v.countries, v.recurrence, v.due_start, v.due_end, v.made_on, v.quote, v.subject) else None
        out.append(_KeyRow(f, k, ordinal, is_next, word, promised_visit_to(v, idx.reg), days,
                           works_key_kinds(v), promised_polls(v)))
    return out


def _write_key_rows(session: Session, rows: list[_KeyRow]) -> None:
    ids = [r.fields.id for r in rows]
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        session.execute(delete(LinkCommitment).where(LinkCommitment.commitment_id.in_(part)))
        session.execute(delete(LinkWord).where(LinkWord.role.in_(("c", SHARED_ROLE["c"])), LinkWord.ref_id.in_(part)))
    for f, k, ordinal, is_next, structural, visit, occasion, works, polls in rows:
        session.add(LinkCommitment(
            commitment_id=f.id, source_id=f.source_id, series=k.series, parties=k.parties,
            n_parties=k.n_parties, ordinal=ordinal, action=k.action, made_on=f.made_on,
            due_start=f.due_start, due_end=f.due_end, next=is_next, signature=f.signature,
            payload=k.payload))
        if k.series is None:
            session.add_all(LinkWord(role="c", ref_id=f.id, source_id=f.source_id, word=w,
                                     parties=k.parties, day=f.made_on, until=f.due_end)
                            for w in words(f.subject))
            # (and under each of its parties alone, for reports naming other parties too: ``_word_ids``)
            session.add_all(LinkWord(role=SHARED_ROLE["c"], ref_id=f.id, source_id=f.source_id, word=w,
                                     parties=ps, day=f.made_on, until=f.due_end)
                            for ps in shared_party_keys(_countries(k.parties)) for w in words(f.subject))
        if structural is not None:
            # the structural key: party set + action class (``match._structural``)
            session.add(LinkWord(role="c", ref_id=f.id, source_id=f.source_id, word=structural,
                                 parties=k.parties, day=f.made_on,
                                 until=f.due_end or f.made_on + STRUCTURAL_HORIZON))
        if visit is not None:
            # the visit key: where the promised visit goes (``match.same_visit``)
            session.add(LinkWord(role="c", ref_id=f.id, source_id=f.source_id, word=visit_word(visit),
                                 parties=k.parties, day=f.made_on,
                                 until=f.due_end or f.made_on + STRUCTURAL_HORIZON))
        if occasion is not None:
            # the occasion key: the days an occasion sentence can keep it on (``unframed``)
            session.add(LinkWord(role="c", ref_id=f.id, source_id=f.source_id, word=OCCASION_WORD,
                                 parties=k.parties, day=occasion[0], until=occasion[1]))
        # the works key: the kinds of works promised (``match._same_works``), under its parties and
        # each two of them (a report of the works between two keeps a promise naming a third, a funder)
        session.add_all(LinkWord(role="c", ref_id=f.id, source_id=f.source_id, word=works_word(kind),
                                 parties=ps, day=f.made_on,
                                 until=f.due_end or f.made_on + STRUCTURAL_HORIZON)
                        for kind in sorted(works) for ps in works_parties(_countries(k.parties)))
        # the poll key: each country whose poll it promises, up to a month after its window
        # (``match._polls_put_off``: a report of the poll put off)
        session.add_all(LinkWord(role="c", ref_id=f.id, source_id=f.source_id, word=poll_word(country),
                                 parties=k.parties, day=f.made_on,
                                 until=(f.due_end or f.made_on + STRUCTURAL_HORIZON) + POLL_LATE)
                        for country in sorted(polls))


def _index_commitments(session: Session, rows: list[CommitmentFields], documents: _Documents,
                       idx: _Index) -> None:
    _write_key_rows(session, _key_rows(rows, documents, idx))


def _drop_source_index(session: Session, source_id: int) -> None:
    for table in (LinkWord, LinkEvent, LinkAlias, LinkCommitment, LinkSource):
        session.execute(delete(table).where(table.source_id == source_id))


def index_source(session: Session, source: Source, reg: Registry | None = None, *,
                 linked: bool = False, read: SourceRead | None = None) -> None:
    """Read a stored source once and write its part of the link index (events, names,
    acronyms, and its commitments' keys). Replaces what was indexed of it before.
    ``read``: the source's ``keys.read_source``, computed before the transaction."""
    session.flush()
    idx = _Index(session, reg if reg is not None else load_registry())
    _index_source(session, source.id, source.body, source.published_on, source.title, idx, linked,
                  read)


def _index_source(session: Session, sid: int, body: str, published_on: dt.date,
                  title: str | None, idx: _Index, linked: bool,
                  read: SourceRead | None = None) -> None:
    _drop_source_index(session, sid)
    if read is None:
        read = read_source(body, published_on, title, idx.reg)
    session.add(LinkSource(source_id=sid, published_on=published_on,
                           mentions=mentions_json(read.mentions), parties=parties(read.parties),
                           linked=linked, reader=reader_stamp()))
    session.add_all(LinkAlias(source_id=sid, long_key=a, short_key=b)
                    for a, b in sorted(set(read.aliases)))
    rows = []
    for ev in read.events:
        k = event_keys(ev, published_on)
        row = LinkEvent(source_id=sid, series=k.series, parties=k.parties, n_parties=k.n_parties,
                        ordinal=k.ordinal, action=k.action, polarity=k.polarity, day=k.day,
                        payload=k.payload)
        session.add(row)
        rows.append((row, ev))
    session.flush()
    for row, ev in rows:
        if is_occasion(ev):
            # the occasion key: each set of two or more of its document's parties (a promise's
            # parties are fetched by equality) and its day (``unframed``)
            session.add_all(LinkWord(role="e", ref_id=row.id, source_id=sid, word=OCCASION_WORD,
                                     parties=ps, day=row.day, until=row.day)
                            for ps in party_subsets(ev.countries))
            continue
        if row.series is None and ev.object_text:
            session.add_all(LinkWord(role="e", ref_id=row.id, source_id=sid, word=w,
                                     parties=row.parties, day=row.day)
                            for w in words(ev.object_text))
            # (and under each of its parties alone, for promises naming other parties too: ``_word_ids``)
            session.add_all(LinkWord(role=SHARED_ROLE["e"], ref_id=row.id, source_id=sid, word=w,
                                     parties=ps, day=row.day)
                            for ps in shared_party_keys(ev.countries) for w in words(ev.object_text))
        if structural_event(ev) or is_called_off_visit(ev) or is_thing_put_off(ev):
            # the structural key: party set + action, day and last day of the event (and of a
            # visit called off: the promised visits of its parties are fetched by it; and of a
            # start or a signing put off: the promises of it, ``match._things_put_off``)
            session.add(LinkWord(role="e", ref_id=row.id, source_id=sid,
                                 word=structural_word(ev.action, specific_series(ev.key, idx.reg)),
                                 parties=row.parties, day=row.day, until=ev.date_end))
        if (went := visit_went(ev, idx.reg)) is not None:
            # the visit key: where the visit went, its day and last day (``match.same_visit``)
            session.add(LinkWord(role="e", ref_id=row.id, source_id=sid, word=visit_word(went),
                                 parties=row.parties, day=row.day, until=ev.date_end))
        # the works key: each kind of works it says opened or were begun, under each set of two or
        # more of its parties and each one alone (a promise's parties are fetched by equality:
        # ``match._same_works``; one party's works: ``match.one_party_works``)
        session.add_all(LinkWord(role="e", ref_id=row.id, source_id=sid, word=works_word(kind),
                                 parties=ps, day=row.day, until=ev.date_end)
                        for kind in sorted(event_works_kinds(ev)) for ps in _works_filed(ev.countries))
        # the poll key: each country of a poll it says was put off (``match._polls_put_off``)
        session.add_all(LinkWord(role="e", ref_id=row.id, source_id=sid, word=poll_word(country),
                                 parties=row.parties, day=row.day, until=ev.date_end)
                        for country in sorted(polls_reported_in(ev)))
    if read.aliases:
        idx._class.clear()  # new names for old bodies
    mine = [_fields(r) for r in session.execute(
        select(*_COLS).where(Commitment.source_id == sid).order_by(Commitment.id))]
    _index_commitments(session, mine, {sid: (read.mentions, read.parties)}, idx)
    # an edition held: "the next meeting" promised after it is one later (for the promises
    # whose parties can be the edition's: ``resolve_next`` counts no other edition for
    # them; by series alone this read walked every pair's promises of that name, 3 ms at
    # 20,000 stored)
    for row, _ev in rows:
        if row.series and row.ordinal is not None and row.polarity == "positive" \
                and row.action != "progress":
            for lc in session.scalars(select(LinkCommitment).where(or_(*_by_parties(
                    _among(_LC.series, sorted(idx.cls(row.series))), _LC.parties,
                    _LC.n_parties, _countries(row.parties),
                    _LC.next.is_(True), _LC.made_on >= row.day)))):
                lc.ordinal = idx.resolve_next(row.series, _countries(lc.parties), lc.made_on)
    session.flush()


def ensure_index(session: Session, reg: Registry | None = None) -> int:
    """Index what is not indexed yet (a store from before the index, commitments added by
    hand or imported). Returns the number of sources indexed. Cheap when nothing is missing
    (two counts)."""
    newest = (session.scalar(select(func.max(Source.id))),
              session.scalar(select(func.max(Commitment.id))))
    if session.info.get("link_index_whole") == newest:
        return 0  # checked in this unit of work, and nothing stored since
    n_sources = session.scalar(select(func.count()).select_from(Source)) or 0
    n_indexed = session.scalar(select(func.count()).select_from(LinkSource)) or 0
    n_commit = session.scalar(select(func.count()).select_from(Commitment)) or 0
    n_keys = session.scalar(select(func.count()).select_from(LinkCommitment)) or 0
    if n_sources == n_indexed and n_commit == n_keys:
        session.info["link_index_whole"] = newest
        return 0
    idx = _Index(session, reg if reg is not None else load_registry())
    done = 0
    if n_sources != n_indexed:
        missing = select(Source.id).where(~Source.id.in_(select(LinkSource.source_id)))
        for sid, body, pub, title in session.execute(
                select(Source.id, Source.body, Source.published_on, Source.title)
                .where(Source.id.in_(missing)).order_by(Source.published_on, Source.id)):
            # stored before the index: linked then, as ingest did
            _index_source(session, sid, body, pub, title, idx, linked=True)
            done += 1
    rows = [_fields(r) for r in session.execute(
        select(*_COLS).where(~Commitment.id.in_(select(LinkCommitment.commitment_id)))
        .order_by(Commitment.id))]
    if rows:
        _index_commitments(session, rows, _documents(session, {f.source_id for f in rows}), idx)
    session.flush()
    session.info["link_index_whole"] = newest
    return done


def _documents(session: Session, source_ids: set[int | None]) -> _Documents:
    """The stored body names and parties of the sources (none for a source indexed before
    its parties were kept: ``tracker link --rebuild`` reads them)."""
    ids = sorted(s for s in source_ids if s is not None)
    out: _Documents = {}
    for i in range(0, len(ids), 500):
        for sid, m, ps in session.execute(select(_LS.source_id, _LS.mentions, _LS.parties)
                                          .where(_LS.source_id.in_(ids[i:i + 500]))):
            out[sid] = (mentions_from(m), _countries(ps or ""))
    return out


# --- candidates by key ------------------------------------------------------------------


class _Plan(NamedTuple):
    scope: set[int]
    commitments: list[CommitmentView]
    sources: list[SourceEvents]


#: a commitment's ``_COLS`` and its stored keys (payload, ordinal, signature), plain SQL
_COMMITMENTS_KEYED = (
    "SELECT " + ", ".join(f"commitments.{c.key}" for c in _COLS)
    + ", link_commitments.payload, link_commitments.ordinal, link_commitments.signature"
    " FROM commitments JOIN link_commitments"
    " ON link_commitments.commitment_id = commitments.id WHERE ")
_COMMITMENT_DATES = tuple(i for i, c in enumerate(_COLS)
                          if c.key in ("made_on", "due_start", "due_end"))
_EVENTS_PUBLISHED = (
    "SELECT link_events.id, link_events.source_id, link_events.payload,"
    " link_sources.published_on, sources.file_name FROM link_events"
    " JOIN link_sources ON link_sources.source_id = link_events.source_id"
    " JOIN sources ON sources.id = link_events.source_id WHERE ")


def _commitments(session: Session, idx: _Index, where: _Sql,
                 known: dict[int, CommitmentView] | None = None) -> list[CommitmentView]:
    """Commitments (with their stored keys) matching ``where`` on commitments and
    link_commitments; one whose fields changed since it was indexed is prepared again (and
    re-indexed). ``known``: views already read in this plan (the same rows), returned as
    they are instead of being prepared again (scope and context read many of the same)."""
    known = known if known is not None else {}
    got = _read(session, _COMMITMENTS_KEYED + where[0] + " ORDER BY commitments.id", where[1],
                _COMMITMENT_DATES)
    fresh = [r for r in got if r[0] not in known]
    signed = [_signed(tuple(r[:14])) for r in fresh]
    fields = [f for f, _ in signed]
    stale = [f for (f, signature), r in zip(signed, fresh) if signature != r[16]]
    if stale and idx.deferred is not None:  # read-only: prepared here, written later
        again = {k.fields.id: k for k in _key_rows(
            stale, _documents(session, {f.source_id for f in stale}), idx)}
        idx.deferred.extend(again.values())
        made = {f.id: commitment_view(f, again[f.id].keys.payload, again[f.id].ordinal)
                if f.id in again else commitment_view(f, r[14], r[15])
                for f, r in zip(fields, fresh)}
    elif stale:
        _index_commitments(session, stale, _documents(session, {f.source_id for f in stale}), idx)
        session.flush()
        return _commitments(session, idx, where, known=known)
    else:
        made = {f.id: commitment_view(f, r[14], r[15]) for f, r in zip(fields, fresh)}
    return [known[r[0]] if r[0] in known else made[r[0]] for r in got]


#: unnamed candidates kept per lookup (the most recent): the cap of the word index
WORD_CANDIDATES = 100
#: how long after its window an unnamed promise is still matched to a report of it
LATE = dt.timedelta(days=366)
#: the same for a promise of a named series with no edition ordinal
LATE_NAMED = dt.timedelta(days=3 * 366)


def _word_ids(session: Session, role: str, text: str, countries: frozenset[str], *,
              day_min: dt.date | None = None, day_max: dt.date | None = None,
              open_at: dt.date | None = None, same_topic: bool = False) -> list[int]:
    """Ids of unnamed events (``role`` "e") or commitments ("c") sharing two index words
    with ``text`` and the same parties (or none), dated in ``day_min``..``day_max`` and
    with a window open at ``open_at``; the most recent ``WORD_CANDIDATES``. ``same_topic``
    (a promise restated): one of them a word of its own business, when it names one
    (``keys.topic_words``: "a meeting of experts on fisheries" is not restated "on mining",
    and every open meeting of experts of the parties is no candidate). A promise and a report
    (not ``same_topic``) need only share a party: the matcher's party test decides
    (``match.same_pair``: "Kenya will receive the first jets" is kept by "Kenya received the
    first jets from Ghana"), so each side's words are also filed under each of its parties
    alone (``SHARED_ROLE``) and looked up under them."""
    ws = words(text)
    if len(ws) < 2:
        return []
    need = topic_words(text) if same_topic else []
    mine = parties(countries)
    cross = () if same_topic else (SHARED_ROLE[role],)
    keys = [mine, *([] if same_topic else shared_party_keys(countries)), ""]

    def where_on(t: str, ws: Sequence[str]) -> _Sql:
        return _sql_and(_sql_in(f"{t}.role", [role, *cross]), _sql_in(f"{t}.word", list(ws)),
                        _sql_in(f"{t}.parties", keys) if mine else _NONE,
                        (f"{t}.day >= ?", (day_min,)) if day_min is not None else _NONE,
                        (f"{t}.day <= ?", (day_max,)) if day_max is not None else _NONE,
                        (f"({t}.until IS NULL OR {t}.until >= ?)", (open_at,))
                        if open_at is not None else _NONE)

    where = where_on("link_words", ws)
    if not need:
        return [r[0] for r in _read(
            session, f"SELECT link_words.ref_id FROM link_words WHERE {where[0]}"
            " GROUP BY link_words.ref_id HAVING count(DISTINCT link_words.word) >= 2"
            " ORDER BY max(link_words.day) DESC, link_words.ref_id DESC LIMIT ?",
            (*where[1], WORD_CANDIDATES))]
    # A candidate has a row of a word of the promise's own business under the same
    # conditions (the HAVING below asks it), so only those promises' rows are read, each
    # through the ref_id index: by the word index, the rows of "meeting" and "expert" of
    # the pair, every readout's, were walked back to the store's first year and grouped
    # (issue 12: at 20,000 stored about 1,400 rows a lookup for 10 candidates; a word of
    # its own business is in about 65). The same rows grouped, the same candidates.
    topic = where_on("w", need)
    hint = " INDEXED BY ix_link_words_ref_id" if _is_sqlite(session) else ""
    return [r[0] for r in _read(
        session, f"SELECT link_words.ref_id FROM link_words{hint} WHERE link_words.ref_id IN"
        f" (SELECT w.ref_id FROM link_words AS w WHERE {topic[0]}) AND {where[0]}"
        " GROUP BY link_words.ref_id HAVING count(DISTINCT link_words.word) >= 2"
        " AND sum(CASE WHEN " + _sql_in("link_words.word", need)[0] + " THEN 1 ELSE 0 END) >= 1"
        " ORDER BY max(link_words.day) DESC, link_words.ref_id DESC LIMIT ?",
        (*topic[1], *where[1], *need, WORD_CANDIDATES))]


#: a promise of a group as ``_group_promises`` reads it: (commitment id, made_on, due_start,
#: due_end, ordinal, next), its days as the database gives them (``_Index.day``)
_GroupRow = tuple[int, Any, Any, Any, int | None, Any]
#: a group (its series, sorted, and its countries) and a test of its rows (``_group_promises``)
_Pick = tuple[tuple[tuple[str, ...], frozenset[str]], Callable[[_GroupRow], bool]]


@lru_cache(maxsize=4096)
def _group_sql(table: str, columns: str, series: tuple[str, ...], countries: frozenset[str]
               ) -> _Sql:
    """``SELECT columns FROM table`` of a group: these series, parties that can be
    ``countries``' (``_by_parties``)."""
    where = _sql_or(_by_parties_sql(table, _sql_in(f"{table}.series", series), countries))
    return f"SELECT {columns} FROM {table} WHERE {where[0]}", where[1]


#: the columns of a group's events ``_context`` chooses them by
_GROUP_EVENTS = "link_events.id, link_events.ordinal, link_events.polarity, link_events.day"


@lru_cache(maxsize=4096)
def _edition_sql(series: tuple[str, ...], countries: frozenset[str], edition: bool) -> _Sql:
    """``_group_sql`` of a group's events of one edition, its ordinal the last parameter
    (``edition``), or of none (``ordinal IS NULL``): the (series, ordinal) index finds them.
    Not ``_group_sql`` with one more condition: that one puts the series in each party
    alternative of an OR (``_by_parties_sql``); here the series and the ordinal stand outside
    the parties' OR, once, so the index on both drives the read (pass 9's measured shape)."""
    LE = "link_events"
    alternatives = _party_sql(LE, countries)
    where = _sql_and(_sql_in(f"{LE}.series", series),
                     _NONE if alternatives == (_NONE,) else _sql_or(alternatives),
                     (f"{LE}.ordinal = ?" if edition else f"{LE}.ordinal IS NULL", ()))
    return f"SELECT {_GROUP_EVENTS} FROM {LE} WHERE {where[0]}", where[1]


def _group_events(session: Session, series: tuple[str, ...], countries: frozenset[str],
                  ordinals: set[int | None]) -> list[Sequence[Any]]:
    """The events of a group (these series, parties that can be ``countries``') that can be
    of the editions ``ordinals`` (``_context`` chooses among them): with a promise of no
    edition among them, every event of the group (``_group_sql``); else those of these
    editions and those of none, each edition read through the (series, ordinal) index (once
    a run, ``_read``). Read whole, a pair's series was about 170 events at 20,000 stored,
    each fetched from its own page of the table to keep one or two (issue 12, pass 9)."""
    if None in ordinals:
        return list(_read(session, *_group_sql("link_events", _GROUP_EVENTS, series, countries)))
    out: list[Sequence[Any]] = []
    for edition in (None, *sorted(o for o in ordinals if o is not None)):
        sql, params = _edition_sql(series, countries, edition is not None)
        out += _read(session, sql, params if edition is None else (*params, edition))
    return out


def _group_promises(session: Session, series: tuple[str, ...], countries: frozenset[str]
                    ) -> Sequence[_GroupRow]:
    """Every promise of these series whose parties can be ``countries``' (``_by_parties``),
    with the columns the scope and the context choose them by: one statement for a group,
    whoever asks (``_read`` reads it once a linking run; issue 12: the readouts of a batch
    of one pair ask about the same few groups, and each asked walked the pair's series back
    to its first year, row by row, to test its days)."""
    LC = "link_commitments"
    sql, params = _group_sql(LC, f"{LC}.commitment_id, {LC}.made_on, {LC}.due_start,"
                             f" {LC}.due_end, {LC}.ordinal, {LC}.next", series, countries)
    return cast(Sequence[_GroupRow], _read(session, sql, params))


# The conditions of ``_scope``'s reads of its series' promises, as tests of a group's rows
# (``_picked``); days in the database's form (``_Index.day``), a missing one passing no test
# but IS NULL, as in SQL.

def _made_by(upper: Any, edition: int | None, since: Any, r: _GroupRow) -> bool:
    """Made by ``upper``, and of this edition or, with none on either side, open at
    ``since`` (a report of an edition: the promises it may keep)."""
    opened = r[3] is None or r[3] >= since
    return r[1] is not None and r[1] <= upper and (
        opened if edition is None else r[4] == edition or r[4] is None and opened)


def _next_after(day: Any, r: _GroupRow) -> bool:
    """A promise of "the next meeting" made on ``day`` or later."""
    return bool(r[5] == 1 and r[1] is not None and r[1] >= day)


def _before(made: Any, edition: int | None, since: Any, r: _GroupRow) -> bool:
    """Made by ``made``, and open at ``since`` or of this edition (a new promise: the earlier
    ones it may restate, move or take over)."""
    return r[1] is not None and r[1] <= made and (
        r[3] is None or r[3] >= since or edition is not None and r[4] == edition)


def _picked(session: Session, idx: _Index, picks: list[_Pick],
            known: dict[int, CommitmentView]) -> list[CommitmentView]:
    """The promises of the picks' groups that their tests choose (``_commitments``, in the
    order of their ids, as one read of the same conditions in SQL gave them)."""
    ids = sorted({r[0] for group, test in picks for r in _group_promises(session, *group)
                  if test(r)})
    out: list[CommitmentView] = []
    for i in range(0, len(ids), 500):
        out += _commitments(session, idx, _sql_in("commitments.id", ids[i:i + 500]), known=known)
    return out


def _plan(session: Session, sid: int, idx: _Index) -> _Plan:
    """The commitments this source's events and promises can change (the scope), and every
    candidate their suggestions depend on, fetched by key: same series (its acronym names
    included) and compatible parties, the same edition ordinal, open at the event's date."""
    return _plan_many(session, [sid], idx)


def _plan_many(session: Session, sids: Sequence[int], idx: _Index) -> _Plan:
    """``_plan`` of several sources at once: the union of their scopes and the context of
    that union, each fetched in a few queries. (Linking an ingest's batch this way was
    slower at 3,000 stored than one source at a time, docs/benchmarks.md.)"""
    found, quiet = _scope(session, sids, idx)
    return _Plan(set(found) - quiet,
                 *_context(session, idx, sorted(found.values(), key=lambda c: c.id), quiet))


def _scope(session: Session, sids: Sequence[int], idx: _Index
           ) -> tuple[dict[int, CommitmentView], set[int]]:
    """The commitments these sources' events and promises can change, and of those the
    ones that are there only for the context their suggestions read (``quiet``: settled
    before these sources, their suggestions are not computed again; the context stays what
    it was with them, so the others' suggestions are the same)."""
    sids = sorted(set(sids))
    own_events: list[tuple[int, str | None, frozenset[str], int | None, dt.date, str, str]] = []
    published: dict[int, dt.date] = {}
    own: list[CommitmentView] = []
    for i in range(0, len(sids), 500):
        part = sids[i:i + 500]
        # the events and their source's day of publication, in one read
        mine = _sql_in("link_events.source_id", part)
        for sid, series, ps, ordinal, day, polarity, payload, pub in _read(
                session,
                "SELECT link_events.source_id, link_events.series, link_events.parties,"
                " link_events.ordinal, link_events.day, link_events.polarity,"
                " link_events.payload, link_sources.published_on FROM link_events"
                " LEFT OUTER JOIN link_sources ON link_sources.source_id = link_events.source_id"
                f" WHERE {mine[0]} ORDER BY link_events.source_id, link_events.id",
                mine[1], (4, 7)):
            own_events.append((sid, series, _countries(ps), ordinal, day, polarity, payload))
            if pub is not None:
                published[sid] = pub
        own += _commitments(session, idx, _sql_in("commitments.source_id", part))
    idx.classes({e[1] for e in own_events if e[1]} | {c.key for c in own if c.key})
    LC = "link_commitments"
    found: dict[int, CommitmentView] = {c.id: c for c in own}

    def add(cs: list[CommitmentView]) -> None:
        for c in cs:
            found.setdefault(c.id, c)

    conds: list[_Sql] = []
    event_conds: list[_Sql] = []
    own_conds: list[_Sql] = []  # earlier promises of the series of the sources' own promises
    picks: list[_Pick] = []  # (the same conditions as tests: ``_picked``)
    event_picks: list[_Pick] = []
    own_picks: list[_Pick] = []
    earliest: dt.date | None = None  # the first day of the batch's reports of things done
    for sid, series, countries, ordinal, day, polarity, _payload in own_events:
        if not series:
            continue
        cls = _sql_in(f"{LC}.series", sorted(idx.cls(series)))
        upper = max(day, published.get(sid) or day)
        # promises made by then: of this edition, else (no ordinal on either side) open
        # then or closed less than LATE_NAMED before
        open_then = f"({LC}.due_end IS NULL OR {LC}.due_end >= ?)"
        (event_conds if polarity != "negative" else conds).extend(_by_parties_sql(
            LC, cls, countries, (f"{LC}.made_on <= ?", (upper,)),
            (open_then, (day - LATE_NAMED,)) if ordinal is None
            else (f"({LC}.ordinal = ? OR {LC}.ordinal IS NULL AND {open_then})",
                  (ordinal, day - LATE_NAMED))))
        group = (tuple(sorted(idx.cls(series))), countries)

        (event_picks if polarity != "negative" else picks).append(
            (group, partial(_made_by, idx.day(upper), ordinal, idx.day(day - LATE_NAMED))))
        if polarity != "negative":
            earliest = day if earliest is None else min(earliest, day)
        # promises of "the next meeting" made after it: their edition moves
        conds.extend(_by_parties_sql(LC, cls, countries, (f"{LC}.next = ?", (True,)),
                                     (f"{LC}.made_on >= ?", (day,))))
        picks.append((group, partial(_next_after, idx.day(day))))
    for c in own:
        if not c.key:
            continue
        # earlier promises it restates, moves or takes over: of its edition, or closed
        # less than LATE_NAMED before its date (or with no window). A promise of no
        # edition takes over only events after its date, and no promise is matched to an
        # event more than LATE_NAMED after its window (``open_then`` above), so older
        # promises of the series are not in its scope (they were all of it, growing with
        # the store: issue 12)
        lately: _Sql = (f"({LC}.due_end IS NULL OR {LC}.due_end >= ?)",
                        (c.made_on - LATE_NAMED,))
        own_conds.extend(_by_parties_sql(
            LC, _sql_in(f"{LC}.series", sorted(idx.cls(c.key))), c.countries,
            (f"{LC}.made_on <= ?", (c.made_on,)),
            lately if c.ordinal is None
            else (f"({LC}.due_end IS NULL OR {LC}.due_end >= ? OR {LC}.ordinal = ?)",
                  (c.made_on - LATE_NAMED, c.ordinal))))
        own_picks.append(((tuple(sorted(idx.cls(c.key))), c.countries), partial(
            _before, idx.day(c.made_on), c.ordinal, idx.day(c.made_on - LATE_NAMED))))
    # Each list of conditions is tested on its groups' promises (``_group_promises``: the
    # groups the context reads too) and what they choose read by id: the same promises as
    # the conditions in SQL, without a walk of the series for each (issue 12). (More than
    # one statement's worth of conditions, as rare as a batch of 70 series: read in SQL; so
    # too in a run that writes, where a promise whose stored keys are stale is indexed again
    # and read again by the conditions, which its new keys may no longer meet.)
    by_group = idx.deferred is not None
    if by_group and len(conds) <= 200:
        add(_picked(session, idx, picks, found))
    else:
        for i in range(0, len(conds), 200):
            add(_commitments(session, idx, _sql_or(conds[i:i + 200]), known=found))
    earlier: list[CommitmentView] = []
    if by_group and len(own_conds) <= 200:
        earlier = _picked(session, idx, own_picks, found)
    else:
        for i in range(0, len(own_conds), 200):
            earlier += _commitments(session, idx, _sql_or(own_conds[i:i + 200]), known=found)
    reported: list[CommitmentView] = []
    if earliest is not None:
        seen = {**found, **{c.id: c for c in earlier}}
        if by_group and len(event_conds) <= 200:
            reported = _picked(session, idx, event_picks, seen)
        else:
            for i in range(0, len(event_conds), 200):
                reported += _commitments(session, idx, _sql_or(event_conds[i:i + 200]),
                                         known=seen)
    first = min((c.made_on for c in own if c.key), default=None)
    closed = [c for c in earlier if first is not None and c.due_end is not None
              and c.due_end < first]
    # one read for the three filters
    fulfilled, kept, restated = idx.fulfilled_on(earlier + reported)
    quiet: list[CommitmentView] = []
    if own_conds and first is not None:
        # Of those, one whose window closed before the new promises were made and that a
        # report published before then already fulfils can no longer change: a new
        # promise neither restates nor moves a closed one, and takes over only events
        # after its own date, later than the one that settled it (``match._select`` keeps
        # the earliest). In a linked store that is most of the series' recent years.
        open_still = {c.id for c in _unsettled(closed, first, fulfilled)}
        # One still open that such a report fulfils, on a day (the event's, else the
        # report's) no later than the sources' own days, and that nothing restates, is
        # settled too: what a new promise says of it (restated, moved, the edition promised
        # again) is a restatement or a miss from a source published on or after the day it
        # was kept, which ``match._after_kept`` drops, and a restatement added to the cap
        # only pushes out others, none of them kept (none stored); the events the new
        # promises take over are later than the one that settled it. Such a promise stays
        # in the scope's context (the others' suggestions read it) but is not linked again
        # (most of a long series' scope: promises of long windows, each kept by the next
        # readout: issue 12).
        own_day = min([c.made_on for c in own] + list(published.values()))
        for c in earlier:
            if c.id in open_still:
                add([c])
            elif c.due_end is None or c.due_end >= first:
                if c.id in kept and fulfilled[c.id] < first and kept[c.id] <= own_day \
                        and c.id not in restated:
                    quiet.append(c)
                else:
                    add([c])
    if event_conds and earliest is not None:
        # (the batch's earliest day: a promise settled before it is settled for every
        # source of the batch; one settled later is recomputed, which changes nothing)
        add(_unsettled(reported, earliest, fulfilled))
    # the structural fallback: promises of the same party set and a compatible action
    # class whose window holds the event (the structural key of the word index)
    # and a visit made: the promises of a visit there (the visit key of the word index)
    # and an occasion sentence: the promises it can keep that nothing framed keeps or misses
    # (the last fallback tries no other: ``_kept_framed``)
    occasions: list[tuple[EventMention, dt.date]] = []
    by_fallback: dict[int, dt.date] = {}  # a promise the fallbacks may keep -> the earliest such day
    for _sid, _series, _ps, _o, day, _p, payload in own_events:
        ev = event_from(payload)
        ids = _structural_promise_ids(session, ev, day, idx.reg) \
            if structural_event(ev) or is_called_off_visit(ev) or is_thing_put_off(ev) else []
        if (went := visit_went(ev, idx.reg)) is not None:
            ids += _visit_promise_ids(session, ev, went, day)
        if kinds := event_works_kinds(ev):  # (opened or begun; or put off: a miss)
            ids += _works_promise_ids(session, ev, kinds, day)
        if polls := polls_reported_in(ev):  # (a poll put off: a miss of the promise to hold it)
            ids += _promise_ids_by_key(session, ev, day, [poll_word(c) for c in sorted(polls)], None)
        if is_occasion(ev):
            occasions.append((ev, day))
        for i in ids:
            by_fallback[i] = min(day, by_fallback.get(i, day))
    by_occasion = _occasion_promise_ids(session, occasions)
    # (one a report published before the event's day already fulfils cannot take it: the
    # earliest event keeps a promise, and a fallback is tried only for a promise nothing framed
    # keeps; as for the series' promises above, ``_unsettled``: most of a pair's open promises
    # in a long-linked store)
    fb_ids = sorted(by_fallback.keys() - found.keys())
    for i in range(0, len(fb_ids), 500):
        cands = _commitments(session, idx, _sql_in("commitments.id", fb_ids[i:i + 500]), known=found)
        add(_unsettled(cands, by_fallback, idx.fulfilled_on(cands)[0]))
    occ_ids = sorted(by_occasion - idx.kept_framed(by_occasion))
    for i in range(0, len(occ_ids), 500):
        add(_commitments(session, idx, _sql_in("commitments.id", occ_ids[i:i + 500]), known=found))
    # unnamed deliverables: through the word index (two shared words at least)
    word_ids: set[int] = set()
    for _sid, series, countries, _o, day, _p, payload in own_events:
        if not series and not is_occasion(event_from(payload)):
            # promises made by then, open then (or lately closed)
            word_ids.update(_word_ids(session, "c", json.loads(payload)["object_text"],
                                      countries, day_max=day, open_at=day - LATE))
    for c in own:
        if not c.key:  # earlier promises it restates: open at its date
            word_ids.update(_originals(session, _word_ids(
                session, "c", c.subject, c.countries, day_max=c.made_on, open_at=c.made_on,
                same_topic=True)))
    ids = sorted(word_ids)
    for i in range(0, len(ids), 500):
        add(_commitments(session, idx, _sql_and(_sql_in("commitments.id", ids[i:i + 500]),
                                                (f"{LC}.series IS NULL", ()))))
    only_context = {c.id for c in quiet if c.id not in found}
    add(quiet)
    return found, only_context


def _originals(session: Session, ids: list[int]) -> list[int]:
    """Of ``ids`` (promises a new one may restate), those not stored as a restatement of
    another of them (one an analyst rejected is an original again): a promise made again in every readout restates the first (its evidence
    says "restated from ... to ..."), not each restatement of it, so the scope of a new
    readout holds one promise a deliverable, not every earlier readout's (issue 12)."""
    if len(ids) < 2:
        return ids
    mine = _sql_in("commitments.id", ids)
    theirs = _sql_in("evidence.commitment_id", ids)
    again = {r[0] for r in _read(
        session, "SELECT commitments.id FROM commitments JOIN evidence"
        " ON evidence.source_id = commitments.source_id AND evidence.span_start = commitments.span_start"
        " WHERE evidence.kind = 'restates' AND evidence.review != 'rejected'"
        f" AND evidence.commitment_id != commitments.id AND {mine[0]}"
        f" AND {theirs[0]}", (*mine[1], *theirs[1]))}
    return [i for i in ids if i not in again]


def _structural_promise_ids(session: Session, ev: EventMention, day: dt.date,
                            reg: Registry) -> list[int]:
    """Promises an event can fulfil by the structural fallback (``match._structural``),
    through the structural key of the word index: the same party set, an action class the
    event's action can fulfil, made before the event's last day and no more than
    ``STRUCTURAL_WINDOW`` before its first, with a window not closed before it; the most
    recent ``WORD_CANDIDATES``. ``day``: the event's day in the index (an undated event's is
    its source's date)."""
    ws = list(structural_words(STRUCTURAL_PROMISES.get(ev.action, ()),
                               specific_series(ev.key, reg)))
    return _promise_ids_by_key(session, ev, day, ws, parties(ev.countries)) if ws else []


def _visit_promise_ids(session: Session, ev: EventMention, went: str, day: dt.date) -> list[int]:
    """Promises of a visit to ``went`` that a visit made there can fulfil (``match.same_visit``):
    by the visit key, whatever the parties (``_promise_ids_by_key``)."""
    return _promise_ids_by_key(session, ev, day, [visit_word(went)], None)


def _promise_ids_by_key(session: Session, ev: EventMention, day: dt.date, ws: list[str],
                        party_key: str | None) -> list[int]:
    """Promises under the word-index keys ``ws`` (of ``party_key``'s party set, when given):
    made before the event's last day and no more than ``STRUCTURAL_WINDOW`` before its first,
    with a window not closed before it; the most recent ``WORD_CANDIDATES``."""
    start = ev.date_start or day
    cond = "link_words.role = ? AND link_words.day < ? AND link_words.day >= ? AND link_words.until >= ?"
    args: tuple[object, ...] = ("c", ev.date_end or start, start - STRUCTURAL_WINDOW - dt.timedelta(days=32), start)
    if party_key is not None:
        cond, args = cond + " AND link_words.parties = ?", (*args, party_key)
    where = _sql_and(_sql_in("link_words.word", ws), (cond, args))
    return [r[0] for r in _read(
        session, f"SELECT link_words.ref_id FROM link_words WHERE {where[0]}"
        " ORDER BY link_words.day DESC, link_words.ref_id DESC LIMIT ?",
        (*where[1], WORD_CANDIDATES))]


def _event_ids_by_key(session: Session, ws: list[str], since: dt.date, last: dt.date) -> list[int]:
    """Reports under the word-index keys ``ws``, whatever their parties, dated ``since`` ..
    ``last``; the earliest ``WORD_CANDIDATES`` (``_promise_ids_by_key`` reads the other way)."""
    where = _sql_and(_sql_in("link_words.word", ws),
                     ("link_words.role = ? AND link_words.day >= ? AND link_words.day <= ?", ("e", since, last)))
    return [r[0] for r in _read(
        session, f"SELECT link_words.ref_id FROM link_words WHERE {where[0]}"
        " ORDER BY link_words.day, link_words.ref_id LIMIT ?", (*where[1], WORD_CANDIDATES))]


def _visit_event_ids(session: Session, c: CommitmentView, to: str) -> list[int]:
    """Visits made to ``to`` that can fulfil a promise of a visit there (``match.same_visit``):
    by the visit key, dated from a month before the promise to the end of its window."""
    return _event_ids_by_key(session, [visit_word(to)], c.made_on - dt.timedelta(days=32), structural_until(c))


def _poll_event_ids(session: Session, c: CommitmentView) -> list[int]:
    """Reports of a poll of the promise's countries put off or held (``match._polls_put_off``): by
    the poll key, dated from the promise to ``POLL_LATE`` after its window."""
    return _event_ids_by_key(session, [poll_word(x) for x in sorted(promised_polls(c))], c.made_on,
                             (c.due_end or c.made_on + STRUCTURAL_HORIZON) + POLL_LATE)


def _works_filed(countries: frozenset[str]) -> list[str]:
    """The party strings a report of works is filed and fetched under: each set of two or more of
    its parties (``match.works_parties_ok``), and each one alone (``match.one_party_works``)."""
    return party_subsets(countries) + party_singles(countries)


def _works_promise_ids(session: Session, ev: EventMention, kinds: frozenset[str], day: dt.date) -> list[int]:
    """Promises of works of these kinds that a report of them can keep (``match._same_works``):
    by the works key, of a set of two or more of the report's parties, made before the
    event's last day, with a window closed no more than ``WORKS_LATE`` before its first day;
    the most recent ``WORD_CANDIDATES``."""
    subsets = _works_filed(ev.countries)
    if not subsets:
        return []
    start = ev.date_start or day
    where = _sql_and(_sql_in("link_words.word", [works_word(k) for k in sorted(kinds)]),
                     _sql_in("link_words.parties", subsets),
                     ("link_words.role = ? AND link_words.day < ? AND link_words.until >= ?",
                      ("c", ev.date_end or start, start - WORKS_LATE)))
    return [r[0] for r in _read(
        session, f"SELECT link_words.ref_id FROM link_words WHERE {where[0]}"
        " ORDER BY link_words.day DESC, link_words.ref_id DESC LIMIT ?", (*where[1], WORD_CANDIDATES))]


def _works_event_ids(session: Session, c: CommitmentView, kinds: frozenset[str]) -> list[int]:
    """Reports of works of these kinds that can keep a promise of them (``match._same_works``):
    by the works key, filed under its parties, dated from a month before it to ``WORKS_LATE``
    after its window; the earliest ``WORD_CANDIDATES``."""
    last = works_until(c)
    where = _sql_and(_sql_in("link_words.word", [works_word(k) for k in sorted(kinds)]),
                     _sql_in("link_words.parties", works_parties(c.countries)),
                     (("link_words.role = ? AND link_words.day >= ?"
                      " AND link_words.day <= ?"),
                      ("e", c.made_on - dt.timedelta(days=32), last)))
    return [r[0] for r in _read(
        session, f"SELECT link_words.ref_id FROM link_words WHERE {where[0]}"
        " ORDER BY link_words.day, link_words.ref_id LIMIT ?", (*where[1], WORD_CANDIDATES))]


def _structural_event_ids(session: Session, c: CommitmentView, reg: Registry) -> list[int]:
    """Events that can fulfil a promise by the structural fallback: the same party set, an
    action the promise's class takes, dated from a month before the promise to the end of its
    window (``match._fulfil`` decides); the earliest ``WORD_CANDIDATES``."""
    ws = list(structural_words(STRUCTURAL_ACTIONS[c.action_cls], specific_series(c.key, reg)))
    if not ws:
        return []
    where = _sql_and(_sql_in("link_words.word", ws),
                     (("link_words.role = ? AND link_words.parties = ? AND link_words.day >= ?"
                      " AND link_words.day <= ?"),
                      ("e", parties(c.countries), c.made_on - dt.timedelta(days=32),
                       structural_until(c))))
    return [r[0] for r in _read(
        session, f"SELECT link_words.ref_id FROM link_words WHERE {where[0]}"
        " ORDER BY link_words.day, link_words.ref_id LIMIT ?", (*where[1], WORD_CANDIDATES))]


def _occasion_promise_ids(session: Session, occasions: Sequence[tuple[EventMention, dt.date]]
                          ) -> set[int]:
    """Promises occasion sentences (each with its day in the index) can keep (``unframed``):
    for each, of two or more of its document's parties, whose days
    (``unframed.occasion_days``) hold its day; the most recent ``WORD_CANDIDATES`` of each.
    The sentences of one party set are read in one statement, their rows chosen here as
    each one's would: a readout's occasions share its parties, and each read walked the
    same rows, the pair's promises back to its first (issue 12: five a readout, 660 rows
    each at 20,000 stored)."""
    by_parties: dict[tuple[str, ...], list[dt.date]] = defaultdict(list)
    for ev, day in occasions:
        if subsets := party_subsets(ev.countries):
            by_parties[tuple(subsets)].append(day)
    out: set[int] = set()
    for sets, days in by_parties.items():
        where = _sql_and(_sql_in("link_words.parties", sets),
                         (("link_words.word = ? AND link_words.role = ? AND link_words.day < ?"
                           " AND link_words.until >= ?"), (OCCASION_WORD, "c", max(days), min(days))))
        rows = sorted(((r[1], r[0], r[2]) for r in _read(
            session, "SELECT link_words.ref_id, link_words.day, link_words.until FROM link_words"
            f" WHERE {where[0]}", where[1], (1, 2))), reverse=True)
        for day in days:  # (ORDER BY day DESC, ref_id DESC LIMIT, for this day)
            got = 0
            for on, ref_id, until in rows:
                if on < day and until >= day:
                    out.add(ref_id)
                    got += 1
                    if got == WORD_CANDIDATES:
                        break
    return out


def _occasion_event_ids(session: Session, c: CommitmentView) -> list[int]:
    """Occasion sentences that can keep a promise (``unframed``): of documents naming all its
    parties (filed under each set of their parties: by equality, through the index), on the
    days it can be kept on; the earliest ``WORD_CANDIDATES``."""
    first, last = occasion_days(c.due_start, c.due_end, c.made_on)
    return [r[0] for r in _read(
        session, "SELECT link_words.ref_id FROM link_words WHERE link_words.word = ?"
        " AND link_words.role = ? AND link_words.parties = ? AND link_words.day >= ?"
        " AND link_words.day <= ? ORDER BY link_words.day, link_words.ref_id LIMIT ?",
        (OCCASION_WORD, "e", parties(c.countries), first, last, WORD_CANDIDATES))]


#: an evidence row the framed matcher made, not the last fallback (``unframed.REASON``): only
#: those settle a promise
_FRAMED: _Sql = ("(evidence.reason IS NULL OR evidence.reason NOT LIKE ?)", (OCCASION_REASON + "%",))


def _kept_framed(session: Session, ids: Iterable[int]) -> set[int]:
    """Of these promises, those a report already keeps or misses by the framed matcher (a
    suggestion of fulfils, partially_fulfils or missed, not rejected, whose reason is not the
    last fallback's): the last fallback does not try them (``match.suggest``), so a new
    occasion sentence changes nothing of theirs and their occasions are not read."""
    wanted = sorted(set(ids))
    out: set[int] = set()
    for i in range(0, len(wanted), 500):
        mine = _sql_in("evidence.commitment_id", wanted[i:i + 500])
        out.update(r[0] for r in _read(
            session, f"SELECT DISTINCT evidence.commitment_id FROM evidence WHERE {mine[0]}"
            " AND evidence.kind IN (?, ?, ?) AND evidence.review != ?"
            f" AND {_FRAMED[0]}",
            (*mine[1], "fulfils", "partially_fulfils", "missed", "rejected", *_FRAMED[1])))
    return out


def _fulfilled_on(session: Session, cs: list[CommitmentView]
                  ) -> tuple[dict[int, dt.date], dict[int, dt.date], set[int]]:
    """The day of publication of the first report suggested (or confirmed) as fulfilling
    each of these promises (recurring ones left out: ``_unsettled``); the first day such a
    report keeps it on (its event's day, else its day of publication: the day
    ``match._after_kept`` reads); and those of them with a restatement stored (any review)."""
    ids = sorted({c.id for c in cs if not c.recurrence})
    out: dict[int, dt.date] = {}
    kept: dict[int, dt.date] = {}
    restated: set[int] = set()
    for i in range(0, len(ids), 500):
        mine = _sql_in("evidence.commitment_id", ids[i:i + 500])
        # (a promise kept only by an occasion sentence is not settled: ``unframed.REASON``)
        done = ("evidence.kind = ? AND evidence.review != ?"
                " AND link_sources.published_on IS NOT NULL"
                f" AND {_FRAMED[0]}")
        for cid, day, on, again in _read(
                session, f"SELECT evidence.commitment_id, min(CASE WHEN {done}"
                " THEN link_sources.published_on END),"
                f" min(CASE WHEN {done}"
                " THEN coalesce(evidence.event_date, link_sources.published_on) END),"
                " max(CASE WHEN evidence.kind = ? THEN 1 ELSE 0 END)"
                " FROM evidence LEFT OUTER JOIN link_sources"
                " ON link_sources.source_id = evidence.source_id"
                f" WHERE {mine[0]} AND evidence.kind IN (?, ?)"
                " GROUP BY evidence.commitment_id",
                ("fulfils", "rejected", *_FRAMED[1], "fulfils", "rejected",
                 *_FRAMED[1], "restates", *mine[1],
                 "fulfils", "restates"), (1, 2)):
            if day is not None:
                out[cid] = day
            if on is not None:
                kept[cid] = on
            if again:
                restated.add(cid)
    return out, kept, restated


def _unsettled(cs: list[CommitmentView], day: dt.date | dict[int, dt.date],
               fulfilled: dict[int, dt.date]) -> list[CommitmentView]:
    """Drop the promises reports of things done from ``day`` on can no longer change: one
    already suggested (or confirmed) as fulfilled by a report published before ``day``
    (``fulfilled``: ``_fulfilled_on``) keeps it (``match._select``: the earliest event,
    which that report's is; later reports corroborate). A recurring promise has one
    instance per period: it stays. ``day`` may be given per promise (by id)."""
    return [c for c in cs
            if c.recurrence or c.id not in fulfilled
            or not fulfilled[c.id] < (day[c.id] if isinstance(day, dict) else day)]


def _context(session: Session, idx: _Index, scoped: list[CommitmentView],
             quiet: set[int] | frozenset[int] = frozenset()
             ) -> tuple[list[CommitmentView], list[SourceEvents]]:
    """What the scoped commitments' suggestions depend on: the events of their series
    (editions they can be, from a month before the promise), and the other promises of
    their series (later ones, and earlier ones promised for a later window). ``quiet``: those
    of them there only as context (``_scope``): their series are read, not the reports and
    promises only their own suggestions would read (the structural, visit, occasion and word
    keys), as their suggestions are not computed."""
    LC = "link_commitments"
    commitments: dict[int, CommitmentView] = {c.id: c for c in scoped}
    event_ids: set[int] = set()
    later: set[int] = set()  # the groups' promises
    c_conds: list[_Sql] = []
    groups: dict[tuple[frozenset[str], frozenset[str]], list[CommitmentView]] = defaultdict(list)
    for c in scoped:
        if c.key:
            groups[idx.cls(c.key), c.countries].append(c)
    # Each group's series is read whole (its events: those of the group's editions and of
    # none, ``_group_events``), its days and editions chosen here: the readouts of a batch of
    # one pair share most of their groups (issue 12: at 20,000 stored about 70 groups a
    # batch of ten, 14 of them different), and a read of a group's editions from a
    # readout's first day on walked the pair's series back to its first year all the same,
    # row by row; now once a run (``_read``), its events' rows by id (``_Index.event_rows``).
    # The same rows as the conditions in SQL chose: an edition of the group's (or none) and
    # not reported before a month ahead of its first promise unless called off; a promise
    # made from then on or promised for a later window.
    for (cls, countries), cs in groups.items():
        first = min(c.made_on for c in cs)
        ordinals = {c.ordinal for c in cs}
        series = sorted(cls | {k + "/round" for k in cls if "/" not in k})
        since, on = idx.day(first - dt.timedelta(days=32)), idx.day(first)
        for eid, ordinal, polarity, day in _group_events(session, tuple(series), countries,
                                                         ordinals):
            # (an edition promised, reported held in a span that began before the promise: "the
            # sixth meeting was held in 2020", dated by its first day: ``match._fulfil``, "edition")
            if (None in ordinals or ordinal is None or ordinal in ordinals) \
                    and (polarity == "negative" or day is not None and day >= since
                         or ordinal is not None and ordinal in ordinals):
                event_ids.add(eid)
        if idx.deferred is not None:
            later.update(r[0] for r in _group_promises(session, tuple(sorted(cls)), countries)
                         if r[1] is not None and r[1] >= on or r[2] is not None and r[2] > on)
        else:  # (a run that writes reads them by the conditions: ``_scope``'s ``by_group``)
            c_conds += _by_parties_sql(LC, _sql_in(f"{LC}.series", sorted(cls)), countries,
                                       (f"({LC}.made_on >= ? OR {LC}.due_start > ?)",
                                        (first, first)))
    if c_conds:
        for c in _commitments(session, idx, _sql_or(c_conds), known=commitments):
            commitments.setdefault(c.id, c)
    ids = sorted(later)
    for i in range(0, len(ids), 500):
        for c in _commitments(session, idx, _sql_in("commitments.id", ids[i:i + 500]),
                              known=commitments):
            commitments.setdefault(c.id, c)
    # (the occasions of a promise nothing framed keeps or misses: ``_kept_framed``)
    linked = [c for c in scoped if c.id not in quiet]
    can = {c.id for c in linked if occasion_ok(c.countries, c.recurrence, c.due_start, c.due_end, c.made_on,
                                                      c.quote, c.subject)}
    open_to_occasions = can - idx.kept_framed(can)
    restating: set[int] = set()
    for c in linked:  # (each read once per linking run: ``_Index.once``)
        if structural_ok(c):
            event_ids.update(idx.once(_structural_event_ids, c, idx.reg))
        if (to := promised_visit_to(c, idx.reg)) is not None:
            event_ids.update(idx.once(_visit_event_ids, c, to))
        if kinds := works_key_kinds(c):
            event_ids.update(idx.once(_works_event_ids, c, kinds))
        if promised_polls(c):
            event_ids.update(idx.once(_poll_event_ids, c))
        if c.id in open_to_occasions:
            event_ids.update(idx.once(_occasion_event_ids, c))
        if c.key:
            continue
        event_ids.update(idx.once(_event_word_ids, c))
        restating.update(idx.once(_restating_ids, c))
    ids = sorted(restating - commitments.keys())
    for i in range(0, len(ids), 500):  # (an empty IN list matches nothing)
        for c2 in _commitments(session, idx, _sql_and(_sql_in("commitments.id", ids[i:i + 500]),
                                                      (f"{LC}.series IS NULL", ()))):
            commitments.setdefault(c2.id, c2)
    return sorted(commitments.values(), key=lambda c: c.id), _sources(event_ids, idx)


def _restating_ids(session: Session, c: CommitmentView) -> list[int]:
    """Later promises that may restate this unnamed one: made while it is open, sharing a word
    of its own business."""
    return _word_ids(session, "c", c.subject, c.countries, day_min=c.made_on,
                     day_max=c.due_end, same_topic=True)


def _event_word_ids(session: Session, c: CommitmentView) -> list[int]:
    """Unnamed events that can be this unnamed promise's: from a month before it on, up to
    a year after its window."""
    ids = _word_ids(session, "e", c.subject, c.countries,
                    day_min=c.made_on - dt.timedelta(days=32),
                    day_max=c.due_end + LATE if c.due_end else None)
    if not ids:
        return []
    mine = _sql_in("link_events.id", ids)
    return [r[0] for r in _read(
        session, f"SELECT link_events.id FROM link_events WHERE {mine[0]}"
        " AND link_events.series IS NULL", mine[1])]


def _event_rows(session: Session, where: _Sql) -> list[tuple[dt.date, int, int, str, str]]:
    """(published_on, source id, event id, file name, payload) of the events ``where``."""
    return [(pub, sid, eid, fn, payload) for eid, sid, payload, pub, fn
            in _read(session, _EVENTS_PUBLISHED + where[0], where[1], (3,))]


def _sources(event_ids: set[int], idx: _Index) -> list[SourceEvents]:
    """The events, grouped by their source in the order of publication; the acronym
    definitions that join the series ride along on a source of no events."""
    rows = idx.event_rows(event_ids)
    rows.sort()
    by_source: dict[int, list[EventMention]] = defaultdict(list)
    meta: dict[int, tuple[dt.date, str]] = {}
    for pub, sid, _eid, fn, payload in rows:
        by_source[sid].append(event_from(payload))
        meta[sid] = (pub, fn)
    out = [SourceEvents(sid, meta[sid][0], tuple(evs), meta[sid][1])
           for sid, evs in by_source.items()]
    if idx.pairs:
        out.append(SourceEvents(0, dt.date.min, (), "", tuple(sorted(idx.pairs))))
    return out


def desired_suggestions(session: Session, source_id: int | None = None) -> list[Suggestion]:
    """What the linker suggests now (for the commitments a source touches, or all)."""
    reg = load_registry()
    if source_id is None:
        commitments, sources = load_corpus(session, reg)
        return suggest(commitments, sources, reg)
    ensure_index(session, reg)
    plan = _plan(session, source_id, _Index(session, reg))
    return suggest(plan.commitments, plan.sources, reg, only=plan.scope)


def link_source(session: Session, source: Source, *, now: dt.datetime) -> int:
    """Suggest evidence links for a newly stored (or re-ingested) source.

    Returns the number of NEW suggestions stored.
    """
    session.flush()
    reg = load_registry()
    ensure_index(session, reg)
    if session.get(LinkSource, source.id) is None:
        index_source(session, source, reg)
    return link_sources(session, [source.id], now=now, reg=reg)


def link_sources(session: Session, source_ids: Sequence[int], *, now: dt.datetime,
                 reg: Registry | None = None) -> int:
    """Link indexed sources at once, reading and writing in the caller's transaction.
    Returns the number of NEW suggestions stored."""
    session.flush()
    reg = reg if reg is not None else load_registry()
    new = store_links(session, plan_links(session, source_ids, reg, read_only=False), now=now,
                      check=False)
    assert new is not None
    return len(new)


class LinkWork(NamedTuple):
    """What linking some sources computed from a read of the index (``plan_links``),
    to be written by ``store_links``."""

    source_ids: list[int]
    plans: list[tuple[_Plan, list[Suggestion]]]  # what to store, and the suggestions wanted
    deferred: list[_KeyRow]  # commitments' index rows found stale, to write again
    seen: tuple[int, ...]  # what was stored when the read began (``_stored_marks``)


def _stored_marks(session: Session) -> tuple[int, ...]:
    """Counts and newest ids of sources and commitments: they change whenever another
    writer stores what linking reads. One statement of four scalar subqueries: SQLite
    counts a table through its smallest index and finds a maximum by one seek only when
    each is asked alone (together, both walked the whole table: 7 ms at 20,000 stored)."""
    (row,) = _read(session, "SELECT (SELECT count(*) FROM sources),"
                   " (SELECT coalesce(max(sources.id), 0) FROM sources),"
                   " (SELECT count(*) FROM commitments),"
                   " (SELECT coalesce(max(commitments.id), 0) FROM commitments)")
    return (int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def plan_links(session: Session, source_ids: Sequence[int], reg: Registry | None = None, *,
               read_only: bool = True) -> LinkWork:
    """Read the link index and compute the suggestions of these (indexed) sources, in one
    pass for all of them. ``read_only``: writes nothing (a commitment whose stored keys
    are stale is prepared in memory and re-indexed by ``store_links``), so on SQLite this
    runs without the write lock while analysts and other ingests go on."""
    reg = reg if reg is not None else load_registry()
    seen = _stored_marks(session)
    idx = _Index(session, reg, read_only=read_only)
    sids = sorted(set(source_ids))
    plans = []
    if read_only:  # (nothing is written meanwhile: the same statement reads the same rows)
        session.info[_READS] = {}
    try:
        for sid in sids:  # one source at a time (``_plan_many`` of the batch was slower at scale)
            plan = _plan(session, sid, idx)
            if plan.scope:
                plans.append((plan, suggest(plan.commitments, plan.sources, reg, only=plan.scope)))
    finally:
        session.info.pop(_READS, None)
    return LinkWork(sids, plans, idx.deferred or [], seen)


def store_links(session: Session, work: LinkWork, *, now: dt.datetime,
                check: bool = True) -> list[Suggestion] | None:
    """Write what ``plan_links`` computed, in the caller's (short) write transaction:
    the stale index rows, the new suggestions, pending ones that no longer follow
    retracted, the sources marked linked; returns the new suggestions. Idempotent.
    ``check``: first take the write lock and make sure nothing was stored since the
    read; when something was, write nothing and return None (read again)."""
    lock_links(session, work.source_ids)
    if check and _stored_marks(session) != work.seen:
        session.rollback()
        return None
    if work.deferred:
        _write_key_rows(session, list({r.fields.id: r for r in work.deferred}.values()))
    new = []
    for plan, wanted in work.plans:
        new += _store(session, plan, wanted, now)
    session.flush()
    return new


def lock_links(session: Session, source_ids: Sequence[int]) -> None:
    """Mark the sources linked: the first write of the transaction, so it takes SQLite's
    write lock; on PostgreSQL an advisory lock lets one linker write at a time."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(LINK_LOCK)))
    session.execute(update(_table(LinkSource)).where(_LS.source_id.in_(list(source_ids)))
                    .values(linked=True))


#: the PostgreSQL advisory lock ``lock_links`` takes while linking writes
LINK_LOCK = 0x7472616B6C6E6B  # "traklnk"


class _Existing(NamedTuple):
    """An evidence row of the scope, as ``_store`` reads it."""

    id: int
    commitment_id: int
    source_id: int | None
    kind: str
    span_start: int | None
    origin: str
    review: str


def _store(session: Session, plan: _Plan, wanted: list[Suggestion],
           now: dt.datetime) -> list[Suggestion]:
    scope = plan.scope
    active = {c.id for c in plan.commitments if c.id in scope and c.active}
    existing = []
    ids = sorted(scope)
    for i in range(0, len(ids), 500):
        mine = _sql_in("evidence.commitment_id", ids[i:i + 500])
        existing += [_Existing(*r) for r in _read(
            session, "SELECT evidence.id, evidence.commitment_id, evidence.source_id,"
            " evidence.kind, evidence.span_start, evidence.origin, evidence.review"
            f" FROM evidence WHERE {mine[0]}", mine[1])]
    taken = {(e.commitment_id, e.source_id, e.kind, e.span_start) for e in existing}
    # one per commitment, source and kind: a reviewed one settles it
    settled = {(e.commitment_id, e.source_id, e.kind) for e in existing
               if e.review != "pending" or e.origin != "suggested"}
    wanted_keys = {s.unique for s in wanted}
    stale = [e.id for e in existing
             if e.origin == "suggested" and e.review == "pending" and e.commitment_id in active
             and (e.commitment_id, e.source_id, e.kind, e.span_start) not in wanted_keys]
    if stale:
        session.execute(delete(_table(Evidence)).where(_EV.id.in_(stale)))
    new: list[Suggestion] = []
    rows = []
    for s in wanted:
        if s.unique in taken or (s.commitment_id, s.source_id, s.kind) in settled:
            continue
        rows.append(fit_values(Evidence.__table__, {
            "commitment_id": s.commitment_id, "source_id": s.source_id, "kind": s.kind,
            "event_date": s.event_date, "quote": s.quote, "span_start": s.span_start,
            "span_end": s.span_end, "confidence": s.confidence, "reason": s.reason,
            "origin": "suggested", "review": "pending", "created_at": now}))
        taken.add(s.unique)
        new.append(s)
    session.flush()
    if rows:  # one executemany, not an object per suggestion
        session.execute(insert(Evidence), rows)
    return new


def stale_sources(session: Session) -> int:
    """How many indexed sources were read by other readers than the running version's
    (``linking.stamp.reader_stamp``; NULL: before the stamp was kept): their events, names and
    parties may not be what these readers read, until the store is read again."""
    return session.scalar(select(func.count()).select_from(LinkSource).where(
        (LinkSource.reader.is_(None)) | (LinkSource.reader != reader_stamp()))) or 0


def link_pending(session: Session, *, now: dt.datetime, rebuild: bool = False,
                 progress: Callable[[int, int], None] | None = None, batch: int = 50,
                 rereading: Callable[[int], None] | None = None) -> int:
    """Link the stored sources not linked yet (after ``ingest --no-link``), in order of
    publication, ``batch`` sources at once (``link_sources``), committing each batch;
    ``rebuild``: index every source again and link them all (after editing bodies.yaml), as is
    done when any source was read by other readers (``stale_sources``: a store indexed by another
    version of tracker; ``rereading`` is told how many, before the reading starts). Returns the
    number of new suggestions."""
    reg = load_registry()
    if not rebuild and (stale := stale_sources(session)):
        rebuild = True
        if rereading is not None:
            rereading(stale)
    if rebuild:
        idx = _Index(session, reg)
        for table in (LinkWord, LinkEvent, LinkAlias, LinkCommitment, LinkSource):
            session.execute(delete(table))
        for sid, body, pub, title in session.execute(
                select(Source.id, Source.body, Source.published_on, Source.title)
                .order_by(Source.published_on, Source.id)).all():
            _index_source(session, sid, body, pub, title, idx, linked=False)
    ensure_index(session, reg)
    todo = [sid for (sid,) in session.execute(
        select(LinkSource.source_id).where(LinkSource.linked.is_(False))
        .order_by(LinkSource.published_on, LinkSource.source_id))]
    n = 0
    for i in range(0, len(todo), batch):
        chunk = todo[i:i + batch]
        n += link_sources(session, chunk, now=now, reg=reg)
        session.commit()
        if progress is not None:
            progress(i + len(chunk), len(todo))
    return n


def relink_all(session: Session, *, now: dt.datetime) -> int:
    """Recompute suggestions for every source (after editing bodies.yaml)."""
    return link_pending(session, now=now, rebuild=True)


def clear_caches() -> None:
    _READ.clear()
    _CONTEXT.clear()
    _PREPARED.clear()


# --- the linker's view, one commitment at a time (reports) -------------------------------

#: sources whose body names are kept while streaming (commitments come in date order, so
#: those of one source are near each other)
_MENTION_CACHE = 256

#: the columns ``CorpusBodies.body`` reads, after ``_COLS``: select ``REPORT_COLS``
REPORT_COLS = (*_COLS, LinkCommitment.signature, LinkCommitment.payload, LinkCommitment.ordinal)


class CorpusBodies:
    """The body each commitment is about as ``load_corpus`` sees it (its prepared view,
    one key per body across the corpus: ``match.alias_roots``), one commitment at a time
    and at bounded memory: read from the link index, and for a commitment not indexed or
    changed since, prepared from its source's names as ``load_corpus`` prepares it. Select
    ``REPORT_COLS`` outer-joined to ``LinkCommitment`` and pass each row to ``body``.
    Reads only; writes nothing to the index."""

    def __init__(self, session: Session, reg: Registry | None = None) -> None:
        self.session = session
        self.reg = reg if reg is not None else load_registry()
        self._mentions: dict[int, tuple[BodyMention, ...]] = {}
        self.roots = alias_roots(self._alias_pairs(), self.reg)

    def _alias_pairs(self) -> Iterable[tuple[str, str]]:
        yield from self.session.execute(
            select(LinkAlias.long_key, LinkAlias.short_key).distinct())
        unindexed = (select(Source.body, Source.title)
                     .where(~Source.id.in_(select(LinkSource.source_id))))
        for body, title in self.session.execute(unindexed, execution_options={"yield_per": 200}):
            yield from acronym_pairs((title or "") + "\n" + body, self.reg)

    def _source_mentions(self, source_id: int | None) -> tuple[BodyMention, ...]:
        if source_id is None:
            return ()
        got = self._mentions.get(source_id)
        if got is None:
            stored = self.session.scalar(
                select(LinkSource.mentions).where(LinkSource.source_id == source_id))
            if stored is not None:
                got = mentions_from(stored)
            else:
                row = self.session.execute(select(Source.body, Source.title)
                                           .where(Source.id == source_id)).first()
                got = tuple(context_mentions(row[0], self.reg, row[1])) if row else ()
            if len(self._mentions) >= _MENTION_CACHE:
                del self._mentions[next(iter(self._mentions))]
            self._mentions[source_id] = got
        return got

    def body(self, row: Sequence[Any]) -> BodyMention | None:
        """The body of the commitment in ``row`` (``REPORT_COLS`` first), unified."""
        f = _fields(row[:14])
        signature, payload, ordinal = row[14], row[15], row[16]
        if payload is not None and signature == f.signature:
            body = commitment_view(f, payload, ordinal).body
        else:
            body = prepare_commitment(f, self._source_mentions(f.source_id), self.reg).body
        return unify_key(body, self.roots)
