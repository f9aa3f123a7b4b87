"""A meeting body named with the programme it belongs to: "the Joint Committee (JC) on the Rail
Corridor (RC)". The report "Addressing the 4th Joint Cooperation Committee (JC) meeting of the
corridor held by video link" reports the Joint Committee (``events._qualified_meeting``), and the
promise whose subject drops the acronym ("Joint Committee on the Rail Corridor") is the Joint
Committee the document names (``bodies.resolve_subject``). Sentences written for these tests;
Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from pinned import CLOCK
from tracker.ingest.documents import read_document
from tracker.lifecycle import services
from tracker.lifecycle.suggestions import clear_caches
from tracker.linking import find_events
from tracker.store.models import Commitment, Evidence, Source

PROMISE = """title: Kenya-Ghana rail committee to meet
date: 2031-07-10

The 4th meeting of the Joint Coordination Committee (JCC) on the Kenya Ghana Rail Corridor (KGRC) is scheduled to be held on July 16.
"""
CALLED_OFF = """title: Rail committee meeting called off
date: 2031-07-20

The 4th session of the Joint Coordination Committee (JCC) for the KGRC was called off by Accra.
"""
HELD = """title: Kenya and Ghana hold rail committee meeting
date: 2031-09-24

Addressing the 4th Joint Cooperation Committee (JCC) meeting of the Kenya Ghana Rail Corridor held via video link, the Kenyan minister said the corridor would be finished by 2035.
"""


def test_the_meeting_body_not_the_programme_is_held() -> None:
    body = HELD.split("\n\n", 1)[1]
    (ev,) = [e for e in find_events(body, dt.date(2031, 9, 24)) if e.action == "meet"]
    assert (ev.key, ev.ordinal) == ("jcc", 4)


def test_the_promise_is_the_committee_its_reports_name(db, tmp_path) -> None:
    clear_caches()
    for name, text in (("a.txt", PROMISE), ("b.txt", CALLED_OFF), ("c.txt", HELD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with db.session() as s:
            services.ingest_document(s, read_document(tmp_path / name), clock=CLOCK)
    with db.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        got = {(files[e.source_id], e.kind) for e, c in s.execute(
            select(Evidence, Commitment).join(Commitment, Commitment.id == Evidence.commitment_id))
            if files[c.source_id] == "a.txt"}
    assert got == {("b.txt", "missed"), ("c.txt", "fulfils")}
