"""How the linking tests build a promise and a report from text of their own: one pair of
helpers for every test file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tracker.app import Tracker
from tracker.linking import CommitmentView, SourceEvents, find_events, prepare

Window = tuple[dt.date | None, dt.date | None]


def promise(id: int, made_on: dt.date, subject: str, due: Window = (None, None),
            **kw: Any) -> CommitmentView:
    """A prepared commitment ``id`` (source ``100 + id`` unless ``source_id`` is given) whose
    quote is its subject unless ``quote`` is given; other fields pass to ``CommitmentView``."""
    return prepare(CommitmentView(id=id, source_id=kw.pop("source_id", 100 + id), made_on=made_on,
                                  subject=subject, quote=kw.pop("quote", subject),
                                  due_start=due[0], due_end=due[1], **kw))


def report(sid: int, pub: dt.date, text: str, title: str | None = None) -> SourceEvents:
    """Source ``sid`` published ``pub`` with the events ``find_events`` reads in ``text``."""
    return SourceEvents(sid, pub, tuple(find_events(text, pub, title=title)))


def linking_reads(app: Tracker, table: str) -> list[tuple[str, Any, list[str]]]:
    """Every SELECT of ``table`` that linking the whole of ``app``'s SQLite store runs, with
    its parameters and SQLite's query plan for it (one detail string per plan row)."""
    from sqlalchemy import event as sa_event
    from sqlalchemy import select

    from tracker.lifecycle import suggestions
    from tracker.store.models import Source

    seen: list[tuple[str, Any]] = []

    def grab(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
             executemany: bool) -> None:
        if statement.lstrip().startswith("SELECT") and table in statement:
            seen.append((statement, parameters))

    with app.session() as s:
        ids = sorted(s.scalars(select(Source.id)))
        sa_event.listen(s.get_bind(), "before_cursor_execute", grab)
        try:
            suggestions.plan_links(s, ids)
        finally:
            sa_event.remove(s.get_bind(), "before_cursor_execute", grab)
        plans = [[str(row[3]) for row in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters)] for statement, parameters in seen]
    return [(st, p, plan) for (st, p), plan in zip(seen, plans, strict=True)]


def ingest_texts(db: Any, folder: Any, texts: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """Write ``texts`` (file name -> document with its front matter) into ``folder``, ingest them
    one by one in that order into ``db`` (as ``tracker ingest`` does, linking each), and return
    every evidence row as (promise's file, promise's subject, evidence's file, kind)."""
    from sqlalchemy import select

    from pinned import CLOCK
    from tracker.ingest.documents import read_document
    from tracker.lifecycle import services
    from tracker.lifecycle.suggestions import clear_caches
    from tracker.store.models import Commitment, Evidence, Source

    clear_caches()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        with db.session() as s:
            services.ingest_document(s, read_document(folder / name), clock=CLOCK)
    with db.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        return sorted((files[c.source_id], c.subject, files.get(e.source_id, ""), e.kind) for e, c in s.execute(
            select(Evidence, Commitment).join(Commitment, Commitment.id == Evidence.commitment_id)))
