"""A meeting body named with the programme it belongs to: "the Joint Committee (JC) on the Rail
Corridor (RC)". The report "Addressing the 4th Joint Cooperation Committee (JC) meeting of the
corridor held by video link" reports the Joint Committee (``events._qualified_meeting``), and the
promise whose subject drops the acronym ("Joint Committee on the Rail Corridor") is the Joint
Committee the document names (``bodies.resolve_subject``). Sentences written for these tests;
Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

from linked import ingest_texts
from tracker.linking import find_events

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
    rows = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": CALLED_OFF, "c.txt": HELD})
    assert {(ev, kind) for promised, _subject, ev, kind in rows if promised == "a.txt"} \
        == {("b.txt", "missed"), ("c.txt", "fulfils")}


# --- a lower-case description of a body the document names in full ------------------------------

DESCRIBED = """title: Kenya and Ghana leaders agree to meet again
date: 2031-07-13

Trade channels between Kenya and Ghana will be reopened, and the cooperation council meeting will be held in Kumasi in the autumn.
President Ruto and President Mahama agreed to hold the High Level Cooperation Council meeting between the two countries in Kumasi.
"""
COUNCIL_HELD = """title: Kenya-Ghana council held
date: 2031-12-08

The fifth Kenya-Ghana High Level Cooperation Council was held in Kumasi on 7 December.
"""


def test_a_description_is_the_body_the_document_names_after_it(db, tmp_path) -> None:
    rows = ingest_texts(db, tmp_path, {"a.txt": DESCRIBED, "b.txt": COUNCIL_HELD})
    assert ("a.txt", "cooperation council meeting", "b.txt", "fulfils") in rows, rows


def test_described_wants_every_word_and_one_body() -> None:
    from tracker.linking import load_registry
    from tracker.linking.bodies import described, find_bodies
    reg = load_registry()
    ms = find_bodies("The Kenya-Ghana High Level Cooperation Council and the Kenya-Ghana Trade Council met.", reg)
    assert described("the cooperation council meeting", ms, reg).text.startswith("Kenya-Ghana High Level")
    assert described("the council meeting", ms, reg) is None  # one content word: too little
    assert described("the energy council meeting", ms, reg) is None  # no body has "energy"
