"""How the linking tests build a promise and a report from text of their own: one pair of
helpers for every test file."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
