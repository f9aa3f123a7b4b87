"""Visits reported as happening or happened (the rows of ``events._VISITS`` after "a visit
reported as happening"), the same-visit fallback (``match.same_visit``, fetched by the
``@visit:<country>`` key of the link index), "the first-ever" edition, the host read in the clause
that names the meeting (``match.event_place``) and numbered units (``match.UNIT_NOUNS``). Every
sentence is written for these tests (Kenya and Ghana are the invented parties); the linking
tests run through the real pipeline (``tracker ingest``: ``linked.ingest_texts``)."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts
from tracker.linking import find_events
from tracker.linking.events import is_visit
from tracker.linking.match import DEPLOYMENT_VERBS, UNIT_NOUNS, deployment_to, unit_numbers

D = dt.date
PUB = D(2025, 3, 7)

PROMISE = ("---\ndate: 2025-01-10\n---\nKenya and Ghana agreed that President Mahama of Ghana will pay "
           "a state visit to Kenya in March 2025.\n")


def _report(text: str, title: str = "Ghana's president in Kenya", day: str = "2025-03-07") -> str:
    return f"---\ndate: {day}\ntitle: {title}\n---\n{text}\n"


@pytest.fixture
def db(tmp_path):  # type: ignore[no-untyped-def]
    from pinned import CLOCK
    from tracker.app import Tracker
    return Tracker(f"sqlite:///{tmp_path / 'v.db'}", CLOCK)


def _fulfils(db, folder, texts: dict[str, str]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    folder.mkdir(exist_ok=True)
    return [(p, e) for p, _s, e, kind in ingest_texts(db, folder, texts) if kind == "fulfils"]


# --- 1. a visit reported as happening or happened -------------------------------------------

@pytest.mark.parametrize("report", [
    "Ghanaian President Mahama landed in Nairobi on Monday for talks with President Ruto.",
    "Ghanaian President Mahama is in Nairobi on a three-day state visit.",
    "On an official visit to Kenya, Ghanaian President Mahama addressed the Kenyan parliament.",
    "Ghanaian President Mahama concluded his visit to Kenya on Wednesday.",
    "Ghanaian President Mahama was accorded a ceremonial welcome at State House in Nairobi on Monday.",
    "A welcome ceremony was held for Ghanaian President Mahama at State House, Nairobi, on Monday.",
])
def test_a_visit_reported_fulfils_the_promised_visit(db, tmp_path, report: str) -> None:  # type: ignore[no-untyped-def]
    got = _fulfils(db, tmp_path / "docs", {"p.md": PROMISE, "r.md": _report(report)})
    assert got == [("p.md", "r.md")]


@pytest.mark.parametrize("text", [
    # a reception hosted for someone reports no visit
    "The Kenyan High Commission hosted a reception for President Mahama in Accra on Monday.",
    "Ghanaian President Mahama will land in Nairobi on Monday.",
    "On his visit to Kenya next week, Ghanaian President Mahama will address parliament.",
    "Ghanaian President Mahama is expected to be in Nairobi on a state visit.",
])
def test_what_is_no_visit_reported(text: str) -> None:
    assert not [e for e in find_events("Kenya and Ghana. " + text, PUB) if is_visit(e)]


def test_a_reception_hosted_fulfils_no_promised_visit(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _fulfils(db, tmp_path / "docs", {"p.md": PROMISE, "r.md": _report(
        "The Ghanaian High Commission hosted a reception for Kenyan President Ruto in Nairobi on Monday.",
        title="Reception in Nairobi")})
    assert got == []


# --- 2. the same visit: the visitor's side in the promised country -----------------------------

#: the report names a third country: the party set is not the promise's, the visit is the same
THIRD = ("Ghanaian President Mahama landed in Nairobi on Monday from Abuja, Nigeria, for a three-day "
         "state visit.")


@pytest.mark.parametrize("order", [("p.md", "r.md"), ("r.md", "p.md")])
def test_the_same_visit_is_fetched_by_its_key_in_either_order(db, tmp_path, order) -> None:  # type: ignore[no-untyped-def]
    texts = {"p.md": PROMISE, "r.md": _report(THIRD)}
    got = _fulfils(db, tmp_path / "docs", {name: texts[name] for name in order})
    assert got == [("p.md", "r.md")]


def test_the_visit_key_is_stored_for_the_promise_and_the_report(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from tracker.store.models import LinkWord
    _fulfils(db, tmp_path / "docs", {"p.md": PROMISE, "r.md": _report(THIRD)})
    with db.session() as s:
        rows = sorted(s.execute(select(LinkWord.role, LinkWord.word)
                                .where(LinkWord.word.like("@visit:%"))).all())
    assert rows == [("c", "@visit:kenya"), ("e", "@visit:kenya")]


@pytest.mark.parametrize("report", [
    # the other side's leader in the promised country: not the promised visitor
    "Kenyan President Ruto landed in Nairobi on Monday from Abuja, Nigeria.",
    # the promised visitor in another country
    "Ghanaian President Mahama landed in Abuja, Nigeria, on Monday.",
])
def test_another_visit_is_not_the_same_visit(db, tmp_path, report: str) -> None:  # type: ignore[no-untyped-def]
    assert _fulfils(db, tmp_path / "docs", {"p.md": PROMISE, "r.md": _report(report, title="Visit")}) == []


def test_same_visit_reads_visitor_and_destination() -> None:
    from tracker.linking import CommitmentView, SourceEvents, prepare, suggest
    c = prepare(CommitmentView(
        id=1, source_id=50, made_on=D(2025, 1, 10), subject="Kenya",
        quote="President Mahama of Ghana will pay a state visit to Kenya in March 2025.", action="visit",
        actors=("Ghana",), due_start=D(2025, 3, 1), due_end=D(2025, 3, 31)))
    sg = suggest([c], [SourceEvents(2, PUB, tuple(find_events(THIRD, PUB)))])
    assert [(s.kind, s.timeliness) for s in sg] == [("fulfils", "on_time")]
    assert sg[0].reason.startswith("same visit: Ghana in Kenya")


@pytest.mark.parametrize(("day", "want"), [
    (D(2025, 7, 16), [("fulfils", "late")]),  # a season late: the visit promised, made late
    (D(2025, 11, 19), []),  # more than half a year late (``VISIT_LATE``): no longer taken for it
])
def test_the_same_visit_made_late_is_the_visit_promised_late(day: D, want: list[tuple[str, str]]) -> None:
    from tracker.linking import CommitmentView, SourceEvents, prepare, suggest
    c = prepare(CommitmentView(
        id=1, source_id=50, made_on=D(2025, 1, 10), subject="Mahama's visit to Kenya",
        quote="The council will meet on the sidelines of President Mahama's planned visit to Nairobi in March.",
        action="visit", actors=("Kenya", "Ghana"), due_start=D(2025, 3, 1), due_end=D(2025, 3, 31)))
    text = "Ghanaian President Mahama arrived in Nairobi on Wednesday for talks with President Ruto."
    sg = suggest([c], [SourceEvents(2, day, tuple(find_events(text, day)))])
    assert [(s.kind, s.timeliness) for s in sg] == want


# --- people sent somewhere, kept by their arrival (``match.DEPLOYMENT_VERBS``) --------------------

DEPLOY = ("---\ndate: 2025-01-10\ntitle: Kenya and Ghana agree on police support\n---\nKenya will deploy "
          "400 police officers to Ghana by June 2025, the two governments said.\n")
ARRIVED = "The first contingent of 200 Kenyan police officers arrived in Accra on Tuesday."


@pytest.mark.parametrize(("verb", "example"), DEPLOYMENT_VERBS)
def test_every_deployment_row_gives_its_destination(verb: str, example: str) -> None:
    from tracker.linking import CommitmentView, load_registry, prepare
    c = prepare(CommitmentView(id=1, source_id=50, made_on=D(2025, 1, 10), subject="it", quote=example,
                               action=verb, actors=("Kenya", "Ghana")))
    assert deployment_to(c, load_registry()) == "ghana"


def test_people_deployed_are_kept_by_their_arrival(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _fulfils(db, tmp_path / "docs", {"p.md": DEPLOY, "r.md": _report(ARRIVED, title="Police arrive",
                                                                             day="2025-05-07")})
    assert got == [("p.md", "r.md")]


@pytest.mark.parametrize("report", [
    "The first contingent of 200 Kenyan police officers arrived in Kampala, Uganda, on Tuesday.",  # elsewhere
    "Ghana's police chief arrived in Nairobi on Tuesday.",  # the other way
])
def test_an_arrival_elsewhere_keeps_no_deployment(db, tmp_path, report: str) -> None:  # type: ignore[no-untyped-def]
    got = _fulfils(db, tmp_path / "docs", {"p.md": DEPLOY, "r.md": _report(report, title="Arrival",
                                                                            day="2025-05-07")})
    assert got == []


# --- 3. "the first-ever" edition ------------------------------------------------------------

FIRST = ("---\ndate: 2025-01-10\n---\nKenya and Ghana will hold the first meeting of the Kenya-Ghana "
         "Joint Trade Committee in Accra by June 2025.\n")
SECOND = ("---\ndate: 2025-01-10\n---\nKenya and Ghana will hold the second meeting of the Kenya-Ghana "
          "Joint Trade Committee in Accra by June 2025.\n")
FIRST_EVER = _report("The first-ever Kenya-Ghana Joint Trade Committee meeting was held in Accra on 3 March.",
                     title="Trade committee meets")


@pytest.mark.parametrize("text", [
    "The first-ever Kenya-Ghana Joint Trade Committee meeting was held in Accra on 3 March.",
    "The first-ever meeting of the Kenya-Ghana Joint Trade Committee was held in Accra on 3 March.",
    "Kenya and Ghana held their first ever Joint Trade Committee meeting in Accra on 3 March.",
])
def test_the_first_ever_meeting_is_edition_one(text: str) -> None:
    evs = [e for e in find_events(text, PUB) if e.key]
    assert [e.ordinal for e in evs] == [1]


def test_the_first_ever_meeting_fulfils_the_first_not_the_second(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _fulfils(db, tmp_path / "docs", {"a.md": FIRST, "b.md": SECOND, "r.md": FIRST_EVER})
    assert got == [("a.md", "r.md")]


# --- 4. the host, read in the clause that names the meeting ----------------------------------

HOSTED = ("---\ndate: 2025-01-10\n---\nThe 6th session of the Kenya-Ghana Joint Commission will be held "
          "in Nairobi in June 2025.\n")


@pytest.mark.parametrize(("text", "kinds"), [
    (("Trade talks ended in Accra on 2 June; the 6th session of the Kenya-Ghana Joint Commission was "
     "held in Nairobi on 3 June."), ["fulfils"]),
    (("Kenyan and Ghanaian ministers met in Accra on 2 June, while the 6th session of the Kenya-Ghana "
     "Joint Commission was held in Nairobi on 3 June."), ["fulfils"]),
    # the meeting's own clause names another host: changed form, as before
    (("Trade talks ended in Nairobi on 2 June; the 6th session of the Kenya-Ghana Joint Commission was "
     "held in Accra on 3 June."), ["missed", "partially_fulfils"]),
])
def test_the_host_is_read_in_the_meetings_clause(db, tmp_path, text: str, kinds: list[str]) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "docs").mkdir()
    got = ingest_texts(db, tmp_path / "docs", {"p.md": HOSTED, "r.md": _report(
        text, title="Joint Commission meets", day="2025-06-09")})
    assert sorted(kind for _p, _s, _e, kind in got) == kinds


# --- 5. numbered units ------------------------------------------------------------------------

@pytest.mark.parametrize(("rx", "example"), UNIT_NOUNS, ids=[rx for rx, _ex in UNIT_NOUNS])
def test_every_unit_row_reads_its_example(rx: str, example: str) -> None:
    assert len(unit_numbers(example)) == 1


@pytest.mark.parametrize("text", [
    "the 5th meeting of the battalion commanders",
    "the third session of the Kenya Defence Corps forum",
])
def test_what_is_no_numbered_unit(text: str) -> None:
    assert unit_numbers(text) == frozenset()


UNIT = ("---\ndate: 2025-01-10\n---\nKenya and Ghana agreed that the 5th Infantry Battalion will be "
        "established in Nakuru this year.\n")


@pytest.mark.parametrize(("report", "linked"), [
    ("The 7th Infantry Battalion was established in Nakuru on 2 June.", False),
    ("The 5th Infantry Battalion was established in Nakuru on 2 June.", True),
])
def test_a_unit_of_another_number_is_never_the_promised_one(db, tmp_path, report: str, linked: bool) -> None:  # type: ignore[no-untyped-def]
    got = _fulfils(db, tmp_path / "docs", {"p.md": UNIT, "r.md": _report(
        "Kenya and Ghana. " + report, title="Battalion news", day="2025-06-09")})
    assert got == ([("p.md", "r.md")] if linked else [])
