"""``Tracker``: the use cases, one unit of work each, on one database and clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tracker.app.ingest import (
    DocumentOutcome,
    IngestSummary,
    Progress,
    _Read,
    collect,
)
from tracker.domain.clock import Clock

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tracker.app.read import ListRow
    from tracker.lifecycle import services
    from tracker.store.db import Database


@dataclass(frozen=True)
class StatusChange:
    commitment_id: int
    from_status: str | None
    to_status: str
    effective_on: dt.date


@dataclass(frozen=True)
class VerdictChange:
    """A verdict recorded or withdrawn (``score`` None); ``previous`` is the
    score in effect the day before it took effect."""

    commitment_id: int
    party: str
    score: int | None
    previous: int | None
    effective_on: dt.date

    def line(self) -> str:
        from tracker.lifecycle.services import score_text as text

        what = "withdrawn" if self.score is None else "recorded"
        return (f"commitment {self.commitment_id}: verdict for {self.party} {what}: "
                f"{text(self.previous)} → {text(self.score)} (on {self.effective_on})")


#: how often ``Tracker._link_batch`` reads the link index again when another writer
#: stored something between its read and its write, before it reads under the lock
LINK_TRIES = 3
#: how many sources one linking write covers: each write holds SQLite's lock while it
#: stores their suggestions, so a batch is linked a few sources at a time and an
#: analyst's command never waits out the busy timeout behind a large store
LINK_WRITE_SOURCES = 10



def read_by_another_version(n: int, noun: str = "source") -> str:
    """"2 sources were read by another version of tracker": how the faces count the sources indexed
    by other readers (``Tracker.stale_note``, the CLI's ``tracker link``)."""
    return f"{n} {noun}{'s were' if n != 1 else ' was'} read by another version of tracker"

class Tracker:
    """The front door. ``url`` is the database (opened, and set up or checked
    against the schema, on first use); ``clock`` gives today and now to every
    use case; ``notify`` hears one-line notices (a schema upgrade starting)."""

    def __init__(self, url: str, clock: Clock, *,
                 notify: Callable[[str], None] | None = None) -> None:
        self.url = url
        self.clock = clock
        self._notify = notify
        self._db: Database | None = None

    # --- plumbing ---------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self.clock.today()

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def database(self) -> Database:
        if self._db is None:
            from tracker.store.db import Database

            self._db = Database(self.url, notify=self._notify)
        return self._db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self.database.session() as s:
            yield s

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A unit of work that writes: on SQLite it takes the write lock first (``BEGIN
        IMMEDIATE``, waiting up to the busy timeout behind an ingest's short writes)
        instead of reading first and failing with "database is locked" when it then
        writes after another writer committed."""
        with self.database.session() as s:
            if s.get_bind().dialect.name == "sqlite":
                s.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield s

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def _lean(self, *, reader: bool = False) -> Any:
        """A driver connection when the lean path allows it, else None: an SQLite
        file already at the newest schema (sqlite3), or with ``reader`` (a read-only
        report) a PostgreSQL database at the newest schema too (psycopg)."""
        if self._db is not None:
            return None
        from tracker.store import lean

        return lean.connect_reader(self.url) if reader else lean.connect(self.url)

    # --- ingest -----------------------------------------------------------------

    def ingest(
        self, paths: Iterable[Path | str], *, date: dt.date | None = None,
        extract: bool = True, link: bool = True, progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None, batch: int = 1,
    ) -> IngestSummary:
        """Store the documents under ``paths`` and what they promise, ``batch``
        documents at a time (see ``tracker.app.ingest``; the CLI uses 50, the UI
        one per document so that cancelling stops at the next document). Each
        batch goes through three steps, and only the two writes hold SQLite's
        write lock, each briefly:

        1. read, extract and read for the linker (no transaction);
        2. store the batch in one transaction (sources, items, link index);
        3. link the batch: read the link index (no write lock), then write the
           suggestions in a second short transaction (``_link_batch``).

        A kill between 2 and 3 leaves the batch stored and not linked yet: the
        next ingest of it or ``tracker link`` links it. Progress is reported for
        a document once its batch is linked."""
        from tracker.extract import extract as extract_items
        from tracker.ingest.documents import DocumentError, read_document
        from tracker.linking.bodies import load_registry
        from tracker.linking.keys import read_source

        files = collect(Path(p) for p in paths)
        summary = IngestSummary()
        batch = max(1, batch)
        reg = load_registry()
        done = 0
        while done < len(files) and not summary.cancelled:
            read: list[_Read] = []
            for path in files[done:done + batch]:
                if cancel is not None and cancel():
                    summary.cancelled = True
                    break
                try:  # outside any transaction: reading, extraction, the linker's reading
                    doc = read_document(path, date=date)
                    items = extract_items(doc.body, doc.published_on) if extract else None
                    linker = read_source(doc.body, doc.published_on, doc.title, reg)
                    read.append(_Read(path, doc, items, None, linker))
                except DocumentError as exc:
                    read.append(_Read(path, None, None, str(exc)))
            outcomes = self._write(read, extract=extract, link=link)
            if link:
                outcomes = self._linked(outcomes)
            for outcome in outcomes:
                summary.outcomes.append(outcome)
                done += 1
                if progress is not None:
                    progress(done, len(files), outcome)
        return summary

    def _write(self, read: list[_Read], *, extract: bool, link: bool) -> list[DocumentOutcome]:
        """Store a batch in one transaction; when the database refuses a value of one
        document, the batch is rolled back and stored one transaction per document, so
        the refused one leaves nothing behind and the others are kept."""
        from sqlalchemy.exc import DataError, IntegrityError

        from tracker.app.messages import user_message

        if len([r for r in read if r.doc is not None]) > 1:
            try:
                with self.session() as s:
                    return self._store_all(s, read, extract=extract, link=link)
            except (DataError, IntegrityError):
                pass  # one of them: find it, one document per transaction
        out = []
        for r in read:
            try:
                with self.session() as s:
                    out += self._store_all(s, [r], extract=extract, link=link)
            except (DataError, IntegrityError) as exc:
                # a value the database refuses: this document only (rolled back)
                out.append(DocumentOutcome(r.path, refused=user_message(exc) or str(exc)))
        return out

    def _store_all(self, s: Any, read: list[_Read], *, extract: bool,
                   link: bool) -> list[DocumentOutcome]:
        out = [self._one(s, r, extract=extract) for r in read]
        if link and any(o.source_id is not None for o in out):
            from tracker.lifecycle.suggestions import ensure_index

            ensure_index(s)  # a store from before the link index, commitments added by hand
        return out

    def _one(self, s: Any, r: _Read, *, extract: bool) -> DocumentOutcome:
        from tracker.lifecycle.services import ingest_document

        if r.doc is None:
            return DocumentOutcome(r.path, refused=r.refused)
        res = ingest_document(s, r.doc, clock=self.clock, extract=extract, link=False,
                              items=r.items, read=r.linker)
        from tracker.ingest.language import other_language

        return DocumentOutcome(
            r.path, stored=res.created, known=not res.created, source_id=res.source_id,
            published_on=res.published_on, date_found_by=r.doc.date_found_by,
            commitments=res.commitments, asks=res.asks, suggestions=res.suggestions,
            language=other_language(r.doc.body) if extract else None)

    def _linked(self, outcomes: list[DocumentOutcome]) -> list[DocumentOutcome]:
        """Link the stored (and already known) documents of a batch at once; each new
        suggestion is counted for the batch's document it came from (its evidence), else
        the one whose promise it is, else the batch's last document."""
        import dataclasses
        from collections import Counter

        mine = {o.source_id: i for i, o in reversed(list(enumerate(outcomes)))
                if o.source_id is not None}
        if not mine:
            return outcomes
        ids = sorted(mine)
        new: list[Any] = []
        source_of: dict[int, int | None] = {}
        for k in range(0, len(ids), LINK_WRITE_SOURCES):
            part_new, part_source_of = self._link_batch(ids[k:k + LINK_WRITE_SOURCES])
            new += part_new
            source_of.update(part_source_of)
        count: Counter[int] = Counter()
        last = max(mine.values())
        for sg in new:
            i = mine.get(sg.source_id) if sg.source_id is not None else None
            if i is None:
                i = mine.get(source_of.get(sg.commitment_id) or -1, last)
            count[i] += 1
        return [dataclasses.replace(o, suggestions=o.suggestions + count[i]) if count[i] else o
                for i, o in enumerate(outcomes)]

    def _link_batch(self, source_ids: list[int]) -> tuple[list[Any], dict[int, int | None]]:
        """Link indexed sources: read the index and compute the suggestions with no write
        lock held (``plan_links``), then write them in one short transaction
        (``store_links``), which first checks that nothing was stored meanwhile, else
        reads again. After ``LINK_TRIES`` such races the read happens under the lock.
        Returns the new suggestions and the source of each commitment considered."""
        from tracker.lifecycle.suggestions import ensure_index, lock_links, plan_links, store_links

        for attempt in range(LINK_TRIES):
            if attempt:
                with self.session() as s:
                    ensure_index(s)  # what the other writer added by hand
            with self.session() as s:
                work = plan_links(s, source_ids)
            with self.session() as s:
                new = store_links(s, work, now=self.clock.now())
            if new is not None:
                return new, {c.id: c.source_id for p, _ in work.plans for c in p.commitments}
        with self.session() as s:  # other writers kept storing: read and write locked
            lock_links(s, source_ids)
            ensure_index(s)
            work = plan_links(s, source_ids, read_only=False)
            new = store_links(s, work, now=self.clock.now(), check=False)
            assert new is not None
            return new, {c.id: c.source_id for p, _ in work.plans for c in p.commitments}

    def stale_sources(self) -> int:
        """How many stored sources were indexed by another version of tracker's readers
        (``link`` reads every source again when there are any)."""
        from tracker.lifecycle.suggestions import stale_sources

        with self.session() as s:
            return stale_sources(s)

    def stale_note(self) -> str | None:
        """What a face tells when stored sources were indexed by another version of tracker's
        readers (``stale_sources``): one sentence, the same in the CLI and the TUI; None when none."""
        stale = self.stale_sources()
        if not stale:
            return None
        return read_by_another_version(stale, "stored source") + "; `tracker link` reads them again"

    def link(self, *, rebuild: bool = False,
             progress: Callable[[int, int], None] | None = None,
             rereading: Callable[[int], None] | None = None) -> int:
        """Link the stored sources not linked yet (``ingest --no-link``), or with
        ``rebuild``, or when any source was indexed by another version of tracker's readers
        (``stale_sources``; ``rereading`` is told how many first), index and link every source
        again. Returns new suggestions."""
        from tracker.lifecycle.suggestions import link_pending

        with self.session() as s:
            return link_pending(s, now=self.clock.now(), rebuild=rebuild, progress=progress, rereading=rereading)

    # --- lifecycle --------------------------------------------------------------

    def add(self, *, source_ref: str | None = None, **fields: Any) -> ListRow:
        from tracker.lifecycle import services

        with self.writing() as s:
            source = services.resolve_source(s, source_ref) if source_ref else None
            c = services.add_commitment(s, clock=self.clock, source=source, **fields)
            return self._rows(s, [c.id])[0]

    def change_status(
        self, cid: int, to: str, *, on: dt.date | None = None, by: str | None = None,
        note: str | None = None, evidence_id: int | None = None,
        expected_version: int | None = None,
    ) -> StatusChange:
        """A status change; a plain one (no evidence) takes the lean path when
        it can. ``to == "fulfilled"`` with evidence confirms that evidence."""
        conn = self._lean() if evidence_id is None else None
        if conn is not None:
            from tracker.domain.config import current_user
            from tracker.store import lean

            try:
                with conn:
                    src, dst, day = lean.change_status(
                        conn, cid, to, by=by or current_user(), note=note,
                        now=self.clock.now(), today=self.today, on=on,
                        expected_version=expected_version)
            finally:
                conn.close()
            return StatusChange(cid, src, dst, day)
        from tracker.lifecycle import services

        with self.writing() as s:
            if to == "fulfilled" and evidence_id is not None:
                h = services.resolve(s, cid, clock=self.clock, on=on, note=note,
                                     evidence_id=evidence_id, by=by,
                                     expected_version=expected_version)
            else:
                h = services.change_status(s, cid, to, clock=self.clock, on=on, by=by,
                                           note=note, evidence_id=evidence_id,
                                           expected_version=expected_version)
            return StatusChange(cid, h.from_status, h.to_status or to, h.effective_on)

    def set_window(self, cid: int, *, due_start: dt.date | None, due_end: dt.date | None,
                   expression: str | None = None, on: dt.date | None = None,
                   by: str | None = None, note: str | None = None,
                   expected_version: int | None = None) -> str:
        from tracker.lifecycle import services

        with self.writing() as s:
            h = services.set_window(s, cid, clock=self.clock, due_start=due_start,
                                    due_end=due_end, expression=expression, on=on, by=by,
                                    note=note, expected_version=expected_version)
            return h.note or ""

    def add_note(self, cid: int, text: str, *, by: str | None = None,
                 on: dt.date | None = None) -> None:
        from tracker.lifecycle import services

        with self.writing() as s:
            services.add_note(s, cid, text, clock=self.clock, by=by, on=on)

    def record_verdict(self, cid: int, party: str, score: int, *, note: str | None = None,
                       on: dt.date | None = None, by: str | None = None) -> VerdictChange:
        """One party's verdict on a commitment (-1 / 0 / +1), replacing the
        one in effect from ``on`` (default: today)."""
        from tracker.lifecycle import services

        with self.writing() as s:
            v = services.record_verdict(s, cid, party, score, clock=self.clock, note=note,
                                        on=on, by=by)
            return self._verdict_change(s, v)

    def withdraw_verdict(self, cid: int, party: str, *, note: str | None = None,
                         on: dt.date | None = None, by: str | None = None) -> VerdictChange:
        """Withdraw the party's verdict from ``on`` (a history entry too)."""
        from tracker.lifecycle import services

        with self.writing() as s:
            v = services.withdraw_verdict(s, cid, party, clock=self.clock, note=note, on=on,
                                          by=by)
            return self._verdict_change(s, v)

    @staticmethod
    def _verdict_change(s: Session, v: Any) -> VerdictChange:
        from tracker.lifecycle import services

        before = services.verdict_in_effect(s, v.commitment_id, v.party, v.effective_on,
                                            before_id=v.id)
        return VerdictChange(v.commitment_id, v.party, v.score,
                             before.score if before is not None else None, v.effective_on)

    def add_evidence(self, cid: int, *, kind: str, quote: str, source_ref: str | None = None,
                     event_date: dt.date | None = None, on: dt.date | None = None,
                     by: str | None = None, note: str | None = None) -> tuple[int, str]:
        """Evidence by hand; returns (evidence id, the commitment's status now)."""
        from tracker.lifecycle import services

        with self.writing() as s:
            source = services.resolve_source(s, source_ref) if source_ref else None
            ev = services.add_evidence(s, cid, clock=self.clock, kind=kind, quote=quote,
                                       source=source, event_date=event_date, on=on, by=by,
                                       note=note)
            return ev.id, services.get_commitment(s, cid).status

    def confirm(self, evidence_id: int, *, on: dt.date | None = None, by: str | None = None,
                note: str | None = None) -> tuple[int, str]:
        """Confirm a suggestion; returns (commitment id, its status now)."""
        from tracker.lifecycle import services

        with self.writing() as s:
            ev = services.confirm_evidence(s, evidence_id, clock=self.clock, on=on, by=by,
                                           note=note)
            return ev.commitment_id, services.get_commitment(s, ev.commitment_id).status

    def reject(self, evidence_id: int, *, by: str | None = None,
               note: str | None = None) -> int:
        """Reject a suggestion; returns its commitment's id."""
        from tracker.lifecycle import services

        with self.writing() as s:
            return services.reject_evidence(s, evidence_id, clock=self.clock, by=by,
                                            note=note).commitment_id

    def reconsider(self, evidence_id: int, *, by: str | None = None,
                   note: str | None = None) -> tuple[int, str]:
        """Confirm a rejected suggestion (its rejection undone in history);
        returns (commitment id, its status now)."""
        from tracker.lifecycle import services

        with self.writing() as s:
            ev = services.reconsider_evidence(s, evidence_id, clock=self.clock, by=by,
                                              note=note)
            return ev.commitment_id, services.get_commitment(s, ev.commitment_id).status

    def undo_review(self, evidence_id: int, *, by: str | None = None,
                    note: str | None = None) -> tuple[int, str]:
        """Undo a confirmation or rejection: the evidence is pending again and
        a status its confirmation set is reverted by a new history row (never
        a deletion); returns (commitment id, its status now)."""
        from tracker.lifecycle import services

        with self.writing() as s:
            ev = services.undo_review(s, evidence_id, clock=self.clock, by=by, note=note)
            return ev.commitment_id, services.get_commitment(s, ev.commitment_id).status

    def same_as(self, kept: int, retired: int, note: str | None = None, by: str | None = None,
                on: dt.date | None = None) -> services.SameAs:
        """Record that commitment ``retired`` is the same as ``kept`` (the
        joint statement both governments posted): one identity, both sources
        as provenance, counted once (``services.same_as``)."""
        from tracker.lifecycle import services

        with self.writing() as s:
            return services.same_as(s, kept, retired, clock=self.clock, note=note, by=by, on=on)

    def undo_same_as(self, kept: int, retired: int, note: str | None = None,
                     by: str | None = None) -> services.SameAs:
        """Undo ``same_as``: the retired commitment is back on its own."""
        from tracker.lifecycle import services

        with self.writing() as s:
            return services.undo_same_as(s, kept, retired, clock=self.clock, note=note, by=by)

    def same_as_candidates(self, days: int = 7, limit: int | None = None) -> list[Any]:
        """Likely "same as" pairs (``services.same_as_candidates``)."""
        from tracker.lifecycle import services

        with self.session() as s:
            return services.same_as_candidates(s, days=days, limit=limit)

    def confirm_effect(self, evidence_id: int, *, on: dt.date | None = None) -> Any:
        """What confirming this suggestion would change (``services.ConfirmEffect``)."""
        from tracker.lifecycle import services

        with self.session() as s:
            return services.confirm_effect(s, evidence_id, clock=self.clock, on=on)

    # --- reading ----------------------------------------------------------------

    def filters(self, **kw: Any) -> services.Filters:
        from tracker.lifecycle import services

        return services.Filters(today=self.today, **kw)

    def list_rows(self, f: services.Filters, *, limit: int | None = None) -> list[ListRow]:
        return list(self.iter_rows(f, limit=limit))

    def iter_rows(self, f: services.Filters, *, limit: int | None = None) -> Iterator[ListRow]:
        """The list, streamed in chunks inside one read session."""
        from tracker.app.read import iter_list_rows

        with self.session() as s:
            yield from iter_list_rows(s, f, limit=limit)

    def _rows(self, s: Session, ids: Sequence[int]) -> list[ListRow]:
        from tracker.app.read import rows_by_id

        return rows_by_id(s, ids, self.today)

    def detail(self, cid: int, as_of: dt.date | None = None) -> services.Detail:
        from tracker.lifecycle import services

        with self.session() as s:
            return services.commitment_detail(s, cid, as_of or self.today)

    def pending(self, limit: int | None = None) -> list[Any]:
        from tracker.lifecycle import services

        with self.session() as s:
            return services.pending_suggestions(s, limit)

    def iter_pending(self, limit: int | None = None) -> Iterator[Any]:
        """Pending suggestions as plain rows, streamed (``services.iter_pending_rows``)."""
        from tracker.lifecycle import services

        with self.session() as s:
            yield from services.iter_pending_rows(s, limit)

    # --- reports ----------------------------------------------------------------

    def overdue_report(self, as_of: dt.date | None, fmt: str, out: TextIO) -> int:
        """The overdue report in ``fmt`` as of a date (default today), streamed
        from the lean path where it can be."""
        ref = as_of or self.today
        conn = self._lean(reader=True)
        if conn is not None:
            from tracker.reports.writers import UTF8_FORMATS, write_rows
            from tracker.store import lean

            def rows(shape: str) -> Any:
                return lean.iter_overdue_rows(conn, ref, today=self.today, shape=shape)

            try:
                raw = lean.utf8_sink(conn, out) if fmt in UTF8_FORMATS else None
                if raw is not None:  # the text as SQLite stores it, onto the bytes
                    from tracker.reports.writers import write_rows_utf8

                    return write_rows_utf8(rows, ref, fmt, raw)
                return write_rows(rows, ref, fmt, out)
            finally:
                conn.close()
        from tracker.reports.overdue import write_report

        with self.session() as s:
            return write_report(s, ref, fmt, out, today=self.today)

    def write_overdue(self, as_of: dt.date | None, fmt: str, path: Path) -> int:
        """The overdue report written to ``path`` atomically; returns the count."""
        from tracker.app.files import write_atomically

        return write_atomically(path, lambda out: self.overdue_report(as_of, fmt, out))

    def agenda(self, as_of: dt.date | None = None, days: int = 30) -> Any:
        """What falls due in the next ``days`` days, and what opened in the last."""
        from tracker.reports.agenda import agenda

        with self.session() as s:
            return agenda(s, as_of or self.today, days)

    def write_ics(self, out: TextIO) -> Any:
        """Each due window as an all-day calendar event (DTSTAMP: now)."""
        from tracker.reports.calendar import write_ics

        with self.session() as s:
            return write_ics(s, out, now=self.clock.now())

    def follow_up(self, as_of: dt.date | None = None, *,
                  details: bool = True) -> list[dict[str, Any]]:
        """Per body: made, and what came of it (``follow_up.follow_up_report``;
        without ``details`` the counts only, at memory that does not grow with
        the store)."""
        from tracker.reports.follow_up import follow_up_report

        with self.session() as s:
            return follow_up_report(s, as_of or self.today, details=details)

    def follow_up_stream(self, as_of: dt.date | None = None, *, details: bool = True) -> Any:
        """The follow-up report folded in one pass (``follow_up.FollowUp``: counts per
        body, each body's commitments read back from a spool); close it after use."""
        from tracker.reports.follow_up import FollowUp

        with self.session() as s:
            return FollowUp(s, as_of or self.today, details=details)

    def scorecard(self, by: str, as_of: dt.date | None = None) -> Any:
        """Per party, relationship, dialogue series, topic or year: made, and
        what came of it as of a date (``tracker.reports.scorecard.Scorecard``)."""
        from tracker.reports.scorecard import scorecard

        with self.session() as s:
            return scorecard(s, by, as_of or self.today)

    def write_scorecard(self, by: str, as_of: dt.date | None, fmt: str, out: TextIO) -> int:
        """The scorecard in ``fmt`` (table, markdown, csv, json or html);
        returns the number of rows."""
        card = self.scorecard(by, as_of)
        if fmt == "html":
            from tracker.reports.briefing import render_scorecard

            out.write(render_scorecard(card, generated_at=self.clock.now(),
                                       database=self.database_label))
            return len(card.rows)
        from tracker.reports.scorecard_writers import write_scorecard

        return write_scorecard(card, fmt, out)

    def briefing(self, out: TextIO, as_of: dt.date | None = None,
                 group_by: str = "relationship") -> int:
        """The briefing page (HTML) as of a date; returns the number of
        commitments on it."""
        from tracker.reports.briefing import write_briefing
        from tracker.reports.scorecard import iter_items

        ref = as_of or self.today
        with self.session() as s:
            return write_briefing(iter_items(s, ref), ref, out, generated_at=self.clock.now(),
                                  database=self.database_label, group_by=group_by)

    @property
    def database_label(self) -> str:
        """The database as a page may name it: the URL without its password."""
        from sqlalchemy.engine import make_url

        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - a URL SQLAlchemy cannot parse is refused later
            return "(unknown)"

    def export(self, out: TextIO, as_of: dt.date | None = None) -> None:
        """The whole database (a backup), or with ``as_of`` before today the
        database as it stood then (a view)."""
        from tracker.reports.overdue import write_export

        past = as_of if as_of is not None and as_of < self.today else None
        with self.session() as s:
            write_export(s, out, as_of=past)

    # --- import -----------------------------------------------------------------

    def import_backup(self, path: Path) -> Any:
        """Rebuild an EMPTY database from ``tracker export --format json``, in
        one transaction; returns ``tracker.app.backup.BackupSummary`` (old id ->
        new id maps included)."""
        from tracker.app.backup import import_backup, read_backup

        data = read_backup(Path(path))
        with self.session() as s:
            return import_backup(s, data)

    def import_csv(self, path: Path, *, by: str | None = None) -> Any:
        """A spreadsheet of commitments (``tracker.app.backup.CSV_COLUMNS``), all
        rows or none, through the service layer; returns
        ``tracker.app.backup.CsvSummary``."""
        from tracker.app.backup import import_csv

        with self.session() as s:
            return import_csv(s, Path(path), clock=self.clock, by=by)

    def upgrade_schema(self) -> tuple[str | None, str | None]:
        """Bring the database to the newest schema on purpose (a shared one
        is never upgraded otherwise); returns (revision before, after)."""
        from tracker.store.db import Database, current_revision, ensure_schema

        db = Database(self.url, migrate=False)
        try:
            before = current_revision(db.engine)
            ensure_schema(db.engine, self._notify, upgrade_existing=True)
            return before, current_revision(db.engine)
        finally:
            db.dispose()

    def schema(self) -> tuple[str, str | None, str]:
        """(URL shown to the user, current revision, head revision). A new
        database is set up and the embedded one upgraded as on any use; a
        shared one that is behind is only read, so that `tracker db info`
        tells its revision instead of refusing like the other commands."""
        from tracker.store.db import SchemaBehind, current_revision, head_revision, make_engine

        try:
            engine = self.database.engine
        except SchemaBehind:
            engine = make_engine(self.url)
            try:
                return engine.url.render_as_string(), current_revision(engine), head_revision()
            finally:
                engine.dispose()
        return engine.url.render_as_string(), current_revision(engine), head_revision()
