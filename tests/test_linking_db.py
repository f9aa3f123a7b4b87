"""Linking on ingest, against a database (SQLite always; PostgreSQL via the `db` fixture)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from pinned import CLOCK
from tracker.ingest.documents import iter_paths, read_document
from tracker.lifecycle import services
from tracker.lifecycle.suggestions import clear_caches, link_source
from tracker.reports.follow_up import follow_up_report
from tracker.store.models import Commitment, Evidence, Source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CHAINS = ROOT / "tests" / "chains"
LABELS = yaml.safe_load((CHAINS / "labels.yaml").read_text())
D = dt.date


def ingest(db, paths):
    clear_caches()
    for p in paths:
        with db.session() as s:
            services.ingest_document(s, read_document(p), clock=CLOCK)


def links(db):
    """{(commitment doc, commitment quote, evidence doc, kind, event_date, reason)}"""
    with db.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        rows = s.execute(select(Evidence, Commitment)
                         .join(Commitment, Commitment.id == Evidence.commitment_id))
        return {(files[c.source_id], c.quote, files.get(e.source_id), e.kind, e.event_date,
                 e.reason) for e, c in rows}


def _by_quote(found, part):
    return [x for x in found if part in x[1]]


@pytest.mark.parametrize("order", ["date", "reverse"])
def test_seeds(db, order):
    paths = SEEDS if order == "date" else list(reversed(SEEDS))
    ingest(db, paths)
    found = links(db)
    hsd = _by_quote(found, "next edition of the Homeland Security Dialogue")
    assert [(x[2], x[3], x[4]) for x in hsd] == [("000_c598d15b02d51544.txt", "fulfils", D(2024, 2, 28))]
    assert "(on time)" in hsd[0][5]
    ministerial = _by_quote(found, "Ministerial-level Homeland Security Dialogue later this year")
    assert [(x[2], x[3]) for x in ministerial] == [("000_c598d15b02d51544.txt", "missed")]
    assert not _by_quote(found, "sub-groups")
    assert not _by_quote(found, "20th Meeting")
    assert len(found) == 2
    with db.session() as s:  # suggestions never change statuses
        assert {c.status for c in s.scalars(select(Commitment))} == {"open"}
        ev = s.scalars(select(Evidence)).all()
        assert {(e.origin, e.review) for e in ev} == {("suggested", "pending")}
        assert all(e.span_start is not None and e.quote and e.reason for e in ev)
        src = s.get(Source, ev[0].source_id)
        assert src.body[ev[0].span_start:ev[0].span_end] == ev[0].quote


def test_rerun_does_not_duplicate_and_rejected_stays_rejected(db):
    ingest(db, SEEDS)
    with db.session() as s:
        (missed,) = s.scalars(select(Evidence).where(Evidence.kind == "missed")).all()
        services.reject_evidence(s, missed.id, by="analyst", note="not the same level", clock=CLOCK)
    with db.session() as s:
        assert sum(link_source(s, src, now=CLOCK.now()) for src in s.scalars(select(Source))) == 0
    ingest(db, SEEDS)  # same content again: stored once, nothing new
    with db.session() as s:
        ev = s.scalars(select(Evidence)).all()
        assert len(ev) == 2
        assert {e.kind: e.review for e in ev} == {"missed": "rejected", "fulfils": "pending"}


def test_confirming_is_the_analysts(db):
    ingest(db, SEEDS)
    with db.session() as s:
        (ful,) = s.scalars(select(Evidence).where(Evidence.kind == "fulfils")).all()
        services.confirm_evidence(s, ful.id, by="analyst", clock=CLOCK)
    with db.session() as s:
        rows = follow_up_report(s, D(2026, 11, 22))
        hsd = next(r for r in rows if r["key"] == "homeland-security-dialogue")
        assert hsd["made"] == 2 and hsd["fulfilled_on_time"] == 1 and hsd["overdue"] == 1
        assert hsd["pending_suggestions"] == 1
        sub = next(r for r in rows if r["key"] == "homeland-security-dialogue/sub")
        assert sub["made"] == 5 and sub["overdue"] == 5
        jwg = next(r for r in rows if r["key"] == "ct-jwg")
        assert jwg["made"] == 1 and jwg["commitments"][0]["suggestion"] is None
        # as of a date before the report: nothing from it counts yet
        early = follow_up_report(s, D(2023, 1, 1))
        assert [r["key"] for r in early] == ["homeland-security-dialogue",
                                             "homeland-security-dialogue/sub"]


def _expected(chain):
    return {(l["commitment"]["doc"], l["commitment"]["quote"], l["evidence"]["doc"],
             l["evidence"]["kind"]) for l in LABELS[chain]["links"]}


def _got(found, chain):
    labelled = {(l["commitment"]["doc"], l["commitment"]["quote"]) for l in LABELS[chain]["links"]}
    files = {p.name for p in (ROOT / LABELS[chain]["dir"]).rglob("*") if p.is_file()}
    out = set()
    for cdoc, quote, edoc, kind, _d, _r in found:
        if cdoc not in files:
            continue
        part = next((q for d, q in labelled if d == cdoc and q in quote), quote)
        out.add((cdoc, part, edoc, kind))
    return out


CHAIN_NAMES = ["numbered", "restated", "maritime", "summit"]


@pytest.mark.parametrize("chain", CHAIN_NAMES)
def test_chain_links(db, chain):
    paths = list(iter_paths([ROOT / LABELS[chain]["dir"]]))
    ingest(db, paths)
    assert _got(links(db), chain) == _expected(chain)


def test_all_chains_together_in_any_order(sqlite_db, tmp_path):
    from tracker.store.db import Database

    paths = list(iter_paths([CHAINS]))
    docs = sorted(paths, key=lambda p: read_document(p).published_on)
    ingest(sqlite_db, docs)
    forward = {x[:5] for x in links(sqlite_db)}
    other = Database(f"sqlite:///{tmp_path / 'rev.db'}")
    try:
        ingest(other, list(reversed(docs)))
        assert {x[:5] for x in links(other)} == forward
    finally:
        other.dispose()
    for chain in CHAIN_NAMES:
        assert _got(links(sqlite_db), chain) == _expected(chain)


def test_timeliness_and_event_dates_in_chains(sqlite_db):
    ingest(sqlite_db, list(iter_paths([CHAINS])))
    found = links(sqlite_db)
    for chain in CHAIN_NAMES:
        for l in LABELS[chain]["links"]:
            c, e = l["commitment"], l["evidence"]
            (hit,) = [x for x in found if x[0] == c["doc"] and c["quote"] in x[1]
                      and x[2] == e["doc"] and x[3] == e["kind"]]
            if e.get("event_date"):
                assert hit[4] == e["event_date"]
            if e.get("timeliness") == "on_time":
                assert "(on time)" in hit[5]
            if e.get("timeliness") == "late":
                assert "(late)" in hit[5]


def _energy_docs(tmp_path):
    promise = tmp_path / "p_energy_promise.md"
    promise.write_text("---\ntitle: Peru and Chile agree on energy talks\ndate: 2024-01-10\n---\n"
                       "Peru and Chile agreed on Wednesday to launch the Energy 2+2 between their "
                       "foreign and energy ministers.\n", encoding="utf-8")
    report = tmp_path / "r_energy_council.md"
    report.write_text("---\ntitle: Peru and Chile hold first energy council\ndate: 2024-05-03\n---\n"
                      "On May 2 in Lima, Peru and Chile convened the first-ever Andean Energy Council "
                      "(AEC), also known as the \u201cEnergy 2+2\u201d meeting.\n", encoding="utf-8")
    return promise, report


@pytest.mark.parametrize("order", ["promise first", "report first"])
def test_a_name_defined_in_a_later_report_links_in_any_order(sqlite_db, tmp_path, order):
    """The report defines the council as the Energy 2+2: the promise about the Energy 2+2 gets
    its fulfilment whichever document arrives first (keys joined across sources on ingest)."""
    clear_caches()
    promise, report = _energy_docs(tmp_path)

    def add_promise():
        with sqlite_db.session() as s:
            r = services.ingest_document(s, read_document(promise), extract=False, clock=CLOCK)
            src = s.get(Source, r.source_id)
            services.add_commitment(s, source=src, quote=src.body.strip(), subject="Peru-Chile Energy 2+2",
                                    actors=["Peru", "Chile"], action="launch", clock=CLOCK)
            link_source(s, src, now=CLOCK.now())

    def add_report():
        with sqlite_db.session() as s:
            services.ingest_document(s, read_document(report), extract=False, clock=CLOCK)

    steps = [add_promise, add_report] if order == "promise first" else [add_report, add_promise]
    for step in steps:
        step()
    got = {(x[2], x[3], x[4]) for x in links(sqlite_db)}
    assert got == {("r_energy_council.md", "fulfils", D(2024, 5, 2))}


def test_restatements_in_every_readout_are_capped_as_they_arrive(db, tmp_path):
    """Each readout repeats the promise: the first keeps its first two restatements and
    the latest, which moves as readouts arrive (the one it replaces was pending)."""
    paths = []
    for month in range(2, 9):
        p = tmp_path / f"readout-{month}.txt"
        p.write_text(f"---\ntitle: Readout {month}\ndate: 2023-{month:02d}-10\n---\n"
                     f"The ministers met in month {month} of 2023. Indonesia and Australia "
                     "will sign the new Defence Cooperation Agreement by the end of 2023.\n",
                     encoding="utf-8")
        paths.append(p)
    for p in paths:
        ingest(db, [p])
    with db.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        first = s.scalars(select(Commitment).order_by(Commitment.made_on)).first()
        restated = sorted(files[e.source_id] for e in s.scalars(
            select(Evidence).where(Evidence.commitment_id == first.id,
                                   Evidence.kind == "restates")))
    assert restated == ["readout-3.txt", "readout-4.txt", "readout-8.txt"]
