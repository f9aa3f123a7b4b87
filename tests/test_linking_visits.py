"""Visits made as evidence (``events._VISITS``): a leader's or a minister's trip reported in the
ways news and readouts report it fulfils a promised visit, and nothing else. Every sentence is
written for these tests (Kenya and Ghana are the invented parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.linking import CommitmentView, SourceEvents, find_events, prepare, suggest
from tracker.linking.events import _VISITS, is_visit

D = dt.date
PUB = D(2025, 3, 7)


@pytest.mark.parametrize("row", _VISITS, ids=[r.shown for r in _VISITS])
def test_every_row_reads_its_example(row) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in find_events("Kenya and Ghana. " + row.example, PUB) if is_visit(e)]
    assert [e.verb for e in evs] == [row.shown]
    assert evs[0].polarity == "positive" and evs[0].object_text.startswith("visit to ")


@pytest.mark.parametrize("text", [
    "President Ruto will visit Ghana from 3 to 5 March.",
    "President Ruto has not visited Ghana since 2019.",
    "During his visit to Ghana, President Ruto will address parliament.",
    "Ghana welcomed the decision to reopen the border.",
])
def test_what_is_no_visit_made(text: str) -> None:
    assert not [e for e in find_events(text, PUB) if is_visit(e) and e.polarity == "positive"]


def _visit_promise() -> CommitmentView:
    return prepare(CommitmentView(
        id=1, source_id=50, made_on=D(2025, 1, 10), subject="Ghana",
        quote="President Ruto will pay a state visit to Ghana in March 2025.", action="visit",
        actors=("Kenya",), due_start=D(2025, 3, 1), due_end=D(2025, 3, 31)))


@pytest.mark.parametrize("report", [
    ("Kenyan President Ruto begins a state visit to Ghana. President Ruto arrived in Accra on Monday "
    "for a three-day state visit."),
    "Kenya's leader wraps up Ghana trip. President Ruto's state visit to Ghana ended on Wednesday.",
    "Kenyan President Ruto visited Ghana from 3 to 5 March.",
    "Ghanaian President Mahama welcomed Kenyan President Ruto in Accra on 3 March.",
])
def test_a_visit_made_fulfils_the_promised_visit(report: str) -> None:
    sg = [s for s in suggest([_visit_promise()], [SourceEvents(2, PUB, tuple(find_events(report, PUB)))])
          if s.kind == "fulfils"]
    assert len(sg) == 1 and sg[0].timeliness == "on_time"


def test_a_visit_made_is_no_committees_meeting() -> None:
    c = prepare(CommitmentView(
        id=1, source_id=50, made_on=D(2025, 1, 10), subject="next meeting of the Kenya-Ghana Joint Trade Committee",
        quote="The next meeting of the Kenya-Ghana Joint Trade Committee will take place in Accra.",
        action="hold", actors=("Kenya", "Ghana")))
    report = "Kenyan President Ruto visited Ghana from 3 to 5 March."
    assert suggest([c], [SourceEvents(2, PUB, tuple(find_events(report, PUB)))]) == []


def test_a_visit_known_only_by_a_month_the_promise_was_made_in_is_not_taken() -> None:
    # "visited Ghana last month" may be the very visit the promise was made on
    c = prepare(CommitmentView(
        id=1, source_id=50, made_on=D(2025, 2, 12), subject="reciprocal visits",
        quote="The leaders agreed to resume reciprocal visits.", action="resume",
        actors=("Kenya", "Ghana")))
    report = "Kenyan President Ruto visited Ghana last month."
    sg = suggest([c], [SourceEvents(2, PUB, tuple(find_events(report, PUB)))])
    assert not [s for s in sg if s.kind == "fulfils"]


def test_the_store_links_a_visit_made_to_the_promised_visit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from pinned import CLOCK
    from tracker.app import Tracker
    from tracker.store.models import Evidence

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "p.md").write_text("---\ndate: 2025-01-10\n---\nKenya and Ghana agreed that President "
                                 "Ruto will pay a state visit to Ghana in March 2025.\n", encoding="utf-8")
    (folder / "r.md").write_text("---\ndate: 2025-03-07\ntitle: Kenyan president ends Ghana visit\n---\n"
                                 "Kenyan President Ruto visited Ghana from 3 to 5 March.\n", encoding="utf-8")
    app = Tracker(f"sqlite:///{tmp_path / 'v.db'}", CLOCK)
    app.ingest(sorted(folder.iterdir()), batch=1)
    with app.session() as s:
        kinds = [e.kind for e in s.scalars(select(Evidence))]
    assert kinds == ["fulfils"]


# --- exercises held (no body named) ----------------------------------------------------------

def _exercise_promise() -> CommitmentView:
    return prepare(CommitmentView(
        id=1, source_id=50, made_on=D(2025, 1, 10), subject="their first joint naval exercise in the Gulf of Guinea",
        quote="Kenya and Ghana will conduct their first joint naval exercise in the Gulf of Guinea later this year.",
        action="conduct", actors=("Kenya", "Ghana"), due_start=D(2025, 1, 10), due_end=D(2025, 12, 31)))


@pytest.mark.parametrize("report", [
    "Kenyan and Ghanaian navies held their first joint exercise in the Gulf of Guinea from 2 to 6 June.",
    "The first Kenya-Ghana joint naval exercise concluded off Tema on Friday.",
])
def test_an_exercise_held_fulfils_the_promised_exercise(report: str) -> None:
    pub = D(2025, 6, 9)
    sg = [s for s in suggest([_exercise_promise()], [SourceEvents(2, pub, tuple(find_events(report, pub)))])
          if s.kind == "fulfils"]
    assert len(sg) == 1


def test_a_meeting_verb_without_a_body_or_an_exercise_reports_nothing() -> None:
    assert find_events("Kenyan and Ghanaian officials held talks on trade on Friday.", D(2025, 6, 9)) == []


# --- what was opened or resumed names itself ---------------------------------------------------

@pytest.mark.parametrize(("subject", "action", "report"), [
    ("consulate in Mombasa", "open", "Ghana opened its consulate in Mombasa on 12 October."),
    ("direct flights between Nairobi and Accra", "resume",
     "Direct flights between Nairobi and Accra resumed on 1 December."),
])
def test_what_was_opened_or_resumed_fulfils_its_promise(subject: str, action: str, report: str) -> None:
    c = prepare(CommitmentView(id=1, source_id=50, made_on=D(2025, 1, 10), subject=subject,
                               quote=f"Kenya and Ghana will {action} the {subject} this year.",
                               action=action, actors=("Kenya", "Ghana"),
                               due_start=D(2025, 1, 10), due_end=D(2025, 12, 31)))
    pub = D(2025, 12, 5)
    sg = [s for s in suggest([c], [SourceEvents(2, pub, tuple(find_events("Kenya and Ghana. " + report, pub)))])
          if s.kind == "fulfils"]
    assert len(sg) == 1


def test_a_month_after_in_is_no_place_of_the_object() -> None:
    from tracker.linking.events import _object_text
    text = "Ghana opened its consulate in October in Mombasa."
    assert _object_text(text, text.index("opened"), text.index("opened") + 6, False) == "its consulate"
