"""A promise naming one country, or none, in a bilateral statement is that pair's: the parties
of its document are read once at ingest, kept in the link index (``link_sources.parties``) and
given to the promise's keys (``match.prepare``, ``match.document_pair``). Measured first on the
nineteenth blind check's four sets, none of them read before (docs/accuracy.md). Sentences
written for these tests; Kenya, Ghana and Togo are the invented parties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, update

from pinned import CLOCK
from tracker.app import Tracker
from tracker.linking import CommitmentView, load_registry, prepare
from tracker.linking.bodies import document_parties
from tracker.linking.match import document_pair
from tracker.store.models import Commitment, Evidence, LinkCommitment, LinkSource, Source

ON = dt.date(2031, 3, 2)
PAIR = frozenset({"kenya", "ghana"})
PROMISE = "Kenya will host the first round of the fisheries talks in Mombasa in May."


def _countries(quote: str, doc: frozenset[str], subject: str = "the first round of the fisheries talks"
               ) -> frozenset[str]:
    c = CommitmentView(id=1, source_id=1, made_on=ON, subject=subject, quote=quote, action="host",
                       actors=("Kenya",), due_start=dt.date(2031, 5, 1), due_end=dt.date(2031, 5, 31))
    return prepare(c, load_registry(), doc_parties=doc).countries


def test_a_document_s_parties_are_the_countries_it_names_title_included() -> None:
    assert document_parties("Kenya will host the talks in May.", "Ghana and Kenya on fisheries",
                            load_registry()) == PAIR


@pytest.mark.parametrize(("doc", "pair"), [
    (PAIR, PAIR),
    (PAIR | {"togo"}, frozenset()),  # a third country named: whose promise it is is not read
    (frozenset({"kenya"}), frozenset()),
    (frozenset(), frozenset()),
])
def test_a_bilateral_document_is_one_naming_two_countries(doc: frozenset[str], pair: frozenset[str]) -> None:
    assert document_pair(doc) == pair


def test_a_promise_naming_one_of_a_bilateral_document_s_countries_is_the_pair_s() -> None:
    assert _countries(PROMISE, frozenset()) == {"kenya"}
    assert _countries(PROMISE, PAIR) == PAIR
    assert _countries("The first round will be held in Mombasa in May.", PAIR) == PAIR  # none named


def test_a_document_naming_a_third_country_gives_no_pair() -> None:
    assert _countries(PROMISE, PAIR | {"togo"}) == {"kenya"}


def test_a_promise_about_an_organisation_s_meeting_is_not_the_pair_s() -> None:
    assert _countries("Kenya will host the next G20 summit in May.", PAIR,
                      subject="the next G20 summit") == {"kenya"}
    assert _countries("Kenya will host the next NATO summit in May.", PAIR,
                      subject="the next NATO summit") == {"kenya"}


# --- through the link index ------------------------------------------------------------------

DOCS = {
    "a.md": f"---\ndate: 2031-03-02\ntitle: Joint statement of Kenya and Ghana on fisheries\n---\n"
            f"The foreign ministers of Kenya and Ghana met in Nairobi on 1 March.\n\n{PROMISE}\n",
    "b.md": "---\ndate: 2031-05-13\ntitle: Fisheries negotiators meet in Mombasa\n---\n"
            "Kenyan and Ghanaian negotiators held the first round of fisheries talks in Mombasa on 12 May.\n",
}


def _store(db_url: str, tmp_path: Path) -> Tracker:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    app = Tracker(db_url, CLOCK)
    app.ingest(sorted(folder.iterdir()), batch=1)
    return app


def _kept(app: Tracker) -> list[tuple[str, str]]:
    with app.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        return sorted((files[c.source_id], files[e.source_id]) for e, c in s.execute(
            select(Evidence, Commitment).join(Commitment, Commitment.id == Evidence.commitment_id)
            .where(Evidence.kind == "fulfils")))


def _promise_parties(app: Tracker) -> str:
    with app.session() as s:
        return s.scalars(select(LinkCommitment.parties).join(
            Commitment, Commitment.id == LinkCommitment.commitment_id)
            .where(Commitment.quote == PROMISE)).one()


def test_ingest_keeps_the_document_s_parties_and_links_the_pair_s_promise(db_url: str, tmp_path: Path) -> None:
    app = _store(db_url, tmp_path)
    try:
        with app.session() as s:
            assert sorted(s.scalars(select(LinkSource.parties))) == ["|ghana|kenya|", "|ghana|kenya|"]
        assert _promise_parties(app) == "|ghana|kenya|"
        assert _kept(app) == [("a.md", "b.md")]
    finally:
        app.close()


def test_a_promise_added_by_hand_reads_its_source_s_stored_parties(db_url: str, tmp_path: Path) -> None:
    app = _store(db_url, tmp_path)
    try:
        app.add(source_ref="a.md", quote="Kenya will open a fisheries office in Accra in June.",
                subject="a fisheries office in Accra", actors=["Kenya"])
        app.link()
        with app.session() as s:
            got = s.scalars(select(LinkCommitment.parties).join(
                Commitment, Commitment.id == LinkCommitment.commitment_id)
                .where(Commitment.subject == "a fisheries office in Accra")).one()
        assert got == "|ghana|kenya|"
    finally:
        app.close()


def test_a_source_indexed_before_parties_were_kept_gets_them_on_rebuild(db_url: str, tmp_path: Path) -> None:
    """A store migrated from before (``link_sources.parties`` NULL): its promises are prepared
    with no document parties (the parties they name) until ``tracker link --rebuild`` reads the
    sources again."""
    from tracker.lifecycle.suggestions import _documents

    app = _store(db_url, tmp_path)
    try:
        with app.writing() as s:
            s.execute(update(LinkSource).values(parties=None))
        with app.session() as s:
            sid = s.scalars(select(Source.id).where(Source.file_name == "a.md")).one()
            mentions, parties = _documents(s, {sid})[sid]
            assert parties == frozenset() and mentions == ()
        app.link(rebuild=True)
        assert _promise_parties(app) == "|ghana|kenya|"
        assert _kept(app) == [("a.md", "b.md")]
        with app.session() as s:
            assert set(s.scalars(select(LinkSource.parties))) == {"|ghana|kenya|"}
    finally:
        app.close()


def test_a_document_s_parties_are_read_once_for_its_promises_and_its_occasions() -> None:
    from tracker.linking.keys import read_source
    from tracker.linking.unframed import is_occasion

    read = read_source("The envoys of Kenya and Ghana met in Mombasa on 24 February.", ON,
                       "Kenya and Ghana envoys", load_registry())
    occasions = [e for e in read.events if is_occasion(e)]
    assert read.parties == PAIR and occasions and all(e.countries == read.parties for e in occasions)
