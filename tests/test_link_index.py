"""The link index (issue 12): written at ingest, read by key when linking; two countries'
dialogues of one name never share candidates; ``ingest --no-link`` then ``tracker link``
gives what a linked ingest gives."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import select

from linked import linking_reads
from pinned import CLOCK
from tracker.app import Tracker
from tracker.lifecycle.suggestions import _Index, _plan
from tracker.linking.bodies import load_registry
from tracker.linking.keys import parties_compatible
from tracker.store.models import Commitment, Evidence, LinkCommitment, LinkEvent, LinkSource, Source

CHAINS = Path(__file__).resolve().parent / "chains"


def _write(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


#: the same dialogue name for two disjoint pairs of countries (text written for this test)
TWO_PAIRS = {
    "p1.md": "---\ndate: 2024-01-15\n---\nIndia and Brazil agreed to hold the 4th India-Brazil "
             "Space Dialogue in Brasilia by June 2024.\n",
    "p2.md": "---\ndate: 2024-01-20\n---\nKenya and Canada agreed to hold the 4th Kenya-Canada "
             "Space Dialogue in Ottawa by June 2024.\n",
    "p3.md": "---\ndate: 2024-04-11\n---\nThe 4th Kenya-Canada Space Dialogue was held in Ottawa "
             "on April 10, 2024.\n",
}


def _evidence(app: Tracker) -> set[tuple[str, str, str, int | None]]:
    """{(commitment's document, evidence document, kind, span start)}"""
    with app.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        return {(files[c.source_id], files[e.source_id], e.kind, e.span_start)
                for e, c in s.execute(select(Evidence, Commitment)
                                      .join(Commitment, Commitment.id == Evidence.commitment_id))}


def test_index_is_written_at_ingest(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    app.ingest([_write(tmp_path / "docs", TWO_PAIRS)], link=False)
    with app.session() as s:
        assert s.scalar(select(LinkSource.linked).where(LinkSource.source_id == 1)) is False
        keys = {(r.series, r.parties, r.ordinal, r.action)
                for r in s.scalars(select(LinkCommitment))}
        events = {(r.series, r.parties, r.ordinal, r.polarity, r.day.isoformat())
                  for r in s.scalars(select(LinkEvent))}
        n_commitments = len(s.scalars(select(Commitment)).all())
    series = {k[0] for k in keys}
    assert len(series) == 1 and None not in series  # one dialogue name ...
    assert {k[1] for k in keys} == {"|brazil|india|", "|canada|kenya|"}  # ... two series
    assert {k[2] for k in keys} == {4} and {k[3] for k in keys} == {"meet"}
    assert len(keys) == n_commitments == 2
    assert (next(iter(series)), "|canada|kenya|", 4, "positive", "2024-04-10") in events


def test_two_countries_dialogues_of_one_name_never_share_candidates(
        db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    app.ingest([_write(tmp_path / "docs", TWO_PAIRS)])
    got = _evidence(app)
    assert ("p2.md", "p3.md", "fulfils", 0) in got  # the Kenya-Canada edition held
    assert not any(c == "p1.md" for c, *_ in got)  # nothing for India-Brazil's
    with app.session() as s:
        ids = {f: i for i, f in s.execute(select(Source.id, Source.file_name))}
        plan = _plan(s, ids["p3.md"], _Index(s, load_registry()))
        india_brazil = s.scalar(select(Commitment.id).where(Commitment.source_id == ids["p1.md"]))
    assert india_brazil not in plan.scope
    assert india_brazil not in {c.id for c in plan.commitments}
    assert all(src.source_id != ids["p1.md"] for src in plan.sources)


def test_parties_compatible_is_one_list_inside_the_other() -> None:
    f = frozenset
    assert parties_compatible(f({"india", "japan"}), f({"india", "japan", "australia"}))
    assert parties_compatible(f({"india", "japan"}), f({"japan"}))  # no party list
    assert parties_compatible(f(), f({"india", "japan"}))
    assert not parties_compatible(f({"india", "japan"}), f({"india", "australia"}))


def test_no_link_then_link_gives_the_suggestions_of_a_linked_ingest(
        db_url: str, tmp_path: Path) -> None:
    folders = [CHAINS / name for name in ("numbered", "restated", "summit", "maritime")]
    linked = Tracker(f"sqlite:///{tmp_path / 'linked.db'}", CLOCK)
    linked.ingest(folders, batch=3)
    want = _evidence(linked)
    assert len(want) >= 8  # the chains link
    later = Tracker(db_url, CLOCK)
    later.ingest(folders, link=False, batch=3)
    assert _evidence(later) == set()
    assert later.link() == len(want)
    assert _evidence(later) == want
    assert later.link() == 0  # every source linked: nothing to do
    with later.session() as s:
        assert set(s.scalars(select(LinkSource.linked))) == {True}
    assert later.link(rebuild=True) == 0  # read again: the same suggestions, none new
    assert _evidence(later) == want


def test_a_store_from_before_the_index_is_indexed_on_its_next_link(
        db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    app.ingest([_write(tmp_path / "docs", TWO_PAIRS)], link=False)
    with app.session() as s:  # as the migration leaves an older store: nothing indexed
        for table in (LinkEvent, LinkCommitment, LinkSource):
            s.query(table).delete()
    assert app.link() == 0  # indexed, and counted as linked (as ingest did before the index)
    with app.session() as s:
        assert len(s.scalars(select(LinkSource)).all()) == 3
        assert len(s.scalars(select(LinkCommitment)).all()) == 2
    assert app.link(rebuild=True) == 1  # linking them again finds the edition held
    assert ("p2.md", "p3.md", "fulfils", 0) in _evidence(app)


def _yearly(first: int, last: int) -> dict[str, str]:
    """A Kenya-Ghana dialogue held every year, each readout promising the next edition and
    a session of the dialogue (no edition number) before the end of the next year. (A
    meeting of experts on a subject of its own was that second promise until it stopped being
    kept by the dialogue itself: ``bodies.OWN_BUSINESS``.)"""
    return {f"y{y}.md": (
        f"---\ndate: {y}-03-02\n---\nThe {y - 2000}th Kenya-Ghana Energy Dialogue was held in "
        f"Accra on March 1, {y}. Kenya and Ghana agreed to hold the {y - 1999}th Kenya-Ghana "
        f"Energy Dialogue in Accra within the next twelve months. The two sides will also "
        f"hold a session of the Kenya-Ghana Energy Dialogue before the end of {y + 1}.\n")
        for y in range(first, last + 1)}


def _ingest_yearly(db_url: str, folder: Path, first: int, last: int) -> tuple[Tracker, Path]:
    """The yearly series ingested in order, linked; the app and the documents' folder."""
    docs = _write(folder, _yearly(first, last))
    app = Tracker(db_url, CLOCK)
    app.ingest(sorted(docs.iterdir()), batch=1)
    return app, docs


def _plan_of(s, file_name: str):  # type: ignore[no-untyped-def]
    """The link plan of the stored source ``file_name``."""
    sid = s.scalar(select(Source.id).where(Source.file_name == file_name))
    return _plan(s, sid, _Index(s, load_registry()))


def test_a_readout_reaches_back_only_as_far_as_a_promise_can_be_matched(
        db_url: str, tmp_path: Path) -> None:
    """Promises of the series closed more than LATE_NAMED before a readout (and of another
    edition) are not in its scope: the scope stays the same size as the series grows, and
    the suggestions are those of ingesting the readouts in any order."""
    from tracker.lifecycle.suggestions import LATE_NAMED

    app, docs = _ingest_yearly(db_url, tmp_path / "docs", 2008, 2019)
    with app.session() as s:
        plan = _plan_of(s, "y2019.md")
        reach = [s.execute(select(Commitment.made_on, Commitment.due_end)
                           .where(Commitment.id == cid)).one() for cid in plan.scope]
    assert len(plan.scope) < 2 * 12  # not every promise of twelve years
    day = min(made for made, _end in reach)
    assert day.year >= 2019 - 5
    assert all(end is None or end >= dt.date(2019, 3, 2) - LATE_NAMED - dt.timedelta(days=366)
               for _made, end in reach)
    forward = _evidence(app)
    assert any(kind == "fulfils" for _c, _e, kind, _s in forward)
    backward = Tracker(f"sqlite:///{tmp_path / 'backward.db'}", CLOCK)
    backward.ingest(sorted(docs.iterdir(), reverse=True), batch=1)
    assert _evidence(backward) == forward


def test_linking_reads_the_index_by_series_and_parties(tmp_path: Path) -> None:
    """Every read of the link index while linking a readout seeks by series AND parties
    (or party count, or edition), never walks every promise or event of the series'
    name, which holds every pair of countries' dialogue of that name (SQLite's plans)."""
    app = Tracker(f"sqlite:///{tmp_path / 'plans.db'}", CLOCK)
    app.ingest([_write(tmp_path / "docs", {**TWO_PAIRS, **_yearly(2016, 2019)})])
    reads = linking_reads(app, "link_")
    assert len(reads) > 10
    walks = [detail for _statement, _parameters, plan in reads for detail in plan
             if re.search(r"\b(?:SCAN|SEARCH) link_(?:commitments|events)\b", detail)
             and (detail.startswith("SCAN") or detail.endswith("(series=?)"))]
    assert walks == []


def test_promises_closed_and_settled_before_a_readout_are_left_out_of_its_scope(
        db_url: str, tmp_path: Path) -> None:
    """In a linked yearly series, the promises of earlier years whose windows closed and
    that a report already fulfils are not recomputed for a new readout; those still open
    are (and ingesting backwards gives the same suggestions: the test above)."""
    app, _docs = _ingest_yearly(db_url, tmp_path / "docs", 2010, 2019)
    with app.session() as s:
        ids = {f: i for i, f in s.execute(select(Source.id, Source.file_name))}
        plan = _plan_of(s, "y2019.md")
        settled = set(s.scalars(select(Evidence.commitment_id).where(Evidence.kind == "fulfils")))
        closed = set(s.scalars(select(Commitment.id).where(
            Commitment.due_end < dt.date(2019, 3, 2), Commitment.source_id != ids["y2019.md"])))
    assert closed & settled  # the series has such promises ...
    assert not plan.scope & closed & settled  # ... and none of them is recomputed
    assert plan.scope - closed  # what is open still is


def _thrice_yearly(first: int, last: int) -> dict[str, str]:
    """A Kenya-Ghana dialogue held three times a year, each readout promising the next
    edition and a session of the dialogue before the end of the next year: each such promise
    is still open, and already kept by the next readout, when the readouts after it come."""
    docs = {}
    for y in range(first, last + 1):
        for k, (m, month) in enumerate(((3, "March"), (7, "July"), (11, "November"))):
            n = (y - first) * 3 + k + 4
            docs[f"t{y}{m:02d}.md"] = (
                f"---\ndate: {y}-{m:02d}-02\n---\nThe {n}th Kenya-Ghana Energy Dialogue was "
                f"held in Accra on {month} 1, {y}. Kenya and Ghana agreed to hold the {n + 1}th "
                f"Kenya-Ghana Energy Dialogue in Accra within the next four months. The two "
                f"sides will also hold a session of the Kenya-Ghana Energy Dialogue before the end "
                f"of {y + 1}.\n")
    return docs


def test_promises_open_but_settled_before_a_readout_are_read_but_not_linked_again(
        db_url: str, tmp_path: Path) -> None:
    """Promises still open that an earlier report already fulfils, and that nothing
    restates, are in a new readout's context (the others' suggestions read them) but not
    linked again; the suggestions are those of ingesting the readouts backwards, and of
    the matcher over the whole store at once."""
    from tracker.lifecycle.suggestions import desired_suggestions

    docs = _write(tmp_path / "docs", _thrice_yearly(2016, 2018))
    app = Tracker(db_url, CLOCK)
    app.ingest(sorted(docs.iterdir()), batch=1)
    last = dt.date(2018, 11, 2)
    with app.session() as s:
        plan = _plan_of(s, "t201811.md")
        mine = s.scalar(select(Source.id).where(Source.file_name == "t201811.md"))
        settled = set(s.scalars(select(Evidence.commitment_id).where(  # by an earlier report
            Evidence.kind == "fulfils", Evidence.source_id != mine)))
        open_ = set(s.scalars(select(Commitment.id).where(Commitment.due_end >= last,
                                                          Commitment.made_on < last)))
        whole = {(sg.commitment_id, sg.source_id, sg.kind, sg.span_start)
                 for sg in desired_suggestions(s)}
        stored = {(e.commitment_id, e.source_id, e.kind, e.span_start)
                  for e in s.scalars(select(Evidence))}
    context = {c.id for c in plan.commitments} - plan.scope
    assert open_ & settled & context  # read for the context, not linked again
    assert not plan.scope & open_ & settled
    assert stored == whole
    forward = _evidence(app)
    backward = Tracker(f"sqlite:///{tmp_path / 'backward.db'}", CLOCK)
    backward.ingest(sorted(docs.iterdir(), reverse=True), batch=1)
    assert _evidence(backward) == forward
