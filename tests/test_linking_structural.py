"""The structural fallback (issue 8): a promise and a later report that share no series name
are still linked, at low confidence and with a reason that says so, when they have the same
party set, the same kind of deliverable, the report's event lies in the promise's window and
no report of the promise's own series does; and a meeting promised with no name takes the one
series its document names in later sentences. Every sentence is written for these tests
(Kenya and Ghana are the invented parties)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from linked import linking_reads, promise, report
from pinned import CLOCK
from tracker.app import Tracker
from tracker.linking import (
    CommitmentView,
    load_registry,
    prepare,
    suggest,
)
from tracker.linking.events import context_mentions
from tracker.linking.match import (
    DELIVERABLE_KINDS,
    STRUCTURAL_CAP,
    deliverable_kinds,
    structural_ok,
)
from tracker.store.models import Commitment, Evidence, Source

D = dt.date
MARCH = (D(2032, 3, 1), D(2032, 3, 31))
MADE = D(2031, 9, 20)


def _c(id: int, subject: str, due: tuple[dt.date | None, dt.date | None] = MARCH, *,
       made_on: dt.date = MADE, action: str = "visit",
       actors: tuple[str, ...] = ("Kenya", "Ghana"), **kw: object) -> CommitmentView:
    return promise(id, made_on, subject, due, action=action, actors=actors, **kw)


SUMMIT = "The Ghana-Kenya Summit took place in Accra on March 10, 2032, the first since 2029."


def _fulfils(sugs: list, cid: int = 1) -> list:  # type: ignore[type-arg]
    return [s for s in sugs if s.commitment_id == cid and s.kind in ("fulfils", "partially_fulfils")]


def test_a_visit_with_no_series_is_fulfilled_by_a_summit_of_the_same_parties() -> None:
    c = _c(1, "President Ruto's visit to Accra for talks with President Mahama")
    assert c.key is None and structural_ok(c)
    got = _fulfils(suggest([c], [report(1, D(2032, 3, 11), SUMMIT)]))
    assert len(got) == 1
    sg = got[0]
    assert sg.event_date == D(2032, 3, 10) and sg.timeliness == "on_time"
    assert sg.confidence <= STRUCTURAL_CAP
    assert sg.reason.startswith("no shared series name")
    assert "same parties (Ghana, Kenya)" in sg.reason and "leaders" in sg.reason


def test_a_generic_name_and_another_name_of_the_same_parties_are_linked() -> None:
    """"the Kenya-Ghana summit" promised, "the Kenya-Ghana Leaders' Retreat" reported (no name
    in common; both names are generic, told apart by the parties)."""
    c = _c(1, "the Kenya-Ghana summit", action="hold")
    assert c.key == "summit"
    got = _fulfils(suggest([c], [report(1, D(2032, 3, 12),
                                      "The Kenya-Ghana Leaders' Retreat was held in Nairobi on "
                                      "March 11, 2032.")]))
    assert [s.event_date for s in got] == [D(2032, 3, 11)]
    assert got[0].reason.startswith("no shared series name")


def test_a_visit_hosted_names_its_guests_country_in_the_subject() -> None:
    """"looked forward to welcoming Ghanaian President Mahama to Kenya next week": the actor
    is Kenya, the subject names Ghana; both are the promise's parties."""
    c = _c(1, "Ghanaian President Mahama to Kenya", (D(2032, 3, 8), D(2032, 3, 14)),
           made_on=D(2032, 3, 2), action="host", actors=("Kenya",))
    assert c.countries == {"kenya", "ghana"}
    got = _fulfils(suggest([c], [report(1, D(2032, 3, 11), "The Kenya-Ghana summit was held in "
                                                         "Nairobi on March 10, 2032.")]))
    assert [(s.event_date, s.timeliness) for s in got] == [(D(2032, 3, 10), "on_time")]
    assert "same kind (leaders)" in got[0].reason


def test_a_ministers_visit_is_not_a_summit() -> None:
    c = _c(1, "Accra", quote="The Kenyan foreign minister will visit Accra in March.")
    assert _fulfils(suggest([c], [report(1, D(2032, 3, 11), SUMMIT)])) == []
    leader = _c(2, "Accra", quote="President Ruto will visit Accra in March.")
    assert len(_fulfils(suggest([leader], [report(1, D(2032, 3, 11), SUMMIT)]), 2)) == 1


@pytest.mark.parametrize("text, why", [
    ("The Ghana-Kenya Summit took place in Accra on May 10, 2032.", "after the window"),
    ("The Ghana-Nigeria Summit took place in Accra on March 10, 2032.", "other parties"),
    ("The Kenya-Ghana Trade Ministers' Meeting was held in Accra on March 10, 2032.",
     "ministers, not leaders"),
    ("The Kenya-Ghana Air Services Agreement was signed in Accra on March 10, 2032.",
     "a signing, not a meeting"),
])
def test_what_the_fallback_does_not_take(text: str, why: str) -> None:
    c = _c(1, "President Ruto's visit to Accra for talks with President Mahama")
    assert _fulfils(suggest([c], [report(1, D(2032, 6, 1), text)])) == [], why


def test_a_report_of_the_promises_own_series_wins() -> None:
    c = _c(1, "the Kenya-Ghana Energy Dialogue", action="hold")
    own = report(2, D(2032, 3, 21), "The Kenya-Ghana Energy Dialogue was held in Nairobi on March 20, "
                                  "2032.")
    got = _fulfils(suggest([c], [report(1, D(2032, 3, 11), SUMMIT), own]))
    assert [(s.source_id, s.event_date) for s in got] == [(2, D(2032, 3, 20))]
    assert got[0].reason.startswith("same body")


@pytest.mark.parametrize("promised, reported", [
    ("the Kenya-Ghana Energy Dialogue", "The Kenya-Ghana Joint Trade Council"),
    # two registry bodies held by pairs of countries: still two series of the pair
    ("the Kenya-Ghana Cyber Dialogue", "The Kenya-Ghana Strategic Dialogue"),
])
def test_two_specific_names_are_two_series(promised: str, reported: str) -> None:
    """A promise of one named series is not fulfilled by another named series of the same
    parties held in its window."""
    c = _c(1, promised, action="hold")
    assert c.key is not None
    other = report(1, D(2032, 3, 11), f"{reported} was held in Nairobi on March 10, 2032.")
    assert other.events and other.events[0].key not in (None, c.key)
    assert _fulfils(suggest([c], [other])) == []


def test_a_report_of_its_own_series_missed_is_not_overridden() -> None:
    """"The Kenya-Ghana summit has been postponed to 2033" settles the summit's promise: a
    Leaders' Retreat of the pair held in the window does not fulfil it."""
    c = _c(1, "the Kenya-Ghana summit", action="hold")
    missed = report(1, D(2032, 3, 2), "The Kenya-Ghana summit has been postponed to 2033.")
    retreat = report(2, D(2032, 3, 12), "The Kenya-Ghana Leaders' Retreat was held in Nairobi on "
                                      "March 11, 2032.")
    got = suggest([c], [missed, retreat])
    assert [s.kind for s in got] == ["missed"]


def test_two_named_series_in_the_window_make_it_ambiguous() -> None:
    c = _c(1, "officials meet in Nairobi", action="meet")
    a = report(1, D(2032, 3, 6), "The Kenya-Ghana Energy Dialogue was held in Nairobi on March 5, 2032.")
    b = report(2, D(2032, 3, 9), "The Kenya-Ghana Joint Trade Council was held in Nairobi on March 8, "
                               "2032.")
    assert _fulfils(suggest([c], [a, b])) == []
    assert len(_fulfils(suggest([c], [a]))) == 1


def test_a_centre_set_up_is_not_a_dialogue_launched() -> None:
    c = _c(1, "a joint coordination centre in Mombasa", (D(2031, 9, 20), D(2032, 9, 20)),
           action="establish")
    launched = report(1, D(2032, 3, 11), "Kenyan and Ghanaian ministers held the inaugural Kenya-Ghana "
                                       "Strategic Dialogue on Energy in Accra on March 10, 2032.")
    assert _fulfils(suggest([c], [launched])) == []


def test_loose_promises_are_left_to_the_keyed_matcher() -> None:
    """A window of years, a recurring promise, a single party, or a verb that makes no
    deliverable ("implement the vision") gives the fallback nothing to stand on."""
    assert not structural_ok(_c(1, "summit", (D(2031, 9, 20), D(2035, 12, 31)), action="hold"))
    assert not structural_ok(_c(2, "summit every year", action="hold", quote="a summit every year"))
    assert not structural_ok(_c(3, "summit", action="hold", actors=("Kenya",)))
    assert not structural_ok(_c(4, "the Nairobi vision on trade", action="implement"))
    # a promise naming no body must say who meets: "a workshop on grid storage" is not any
    # meeting of the two countries
    assert not structural_ok(_c(5, "a workshop on grid storage", action="hold"))
    assert structural_ok(_c(6, "talks of the two presidents in Nairobi", (None, None), action="hold"))


def test_a_promise_with_no_window_is_taken_within_a_year() -> None:
    c = _c(1, "talks of the two presidents in Accra", (None, None), action="hold")
    near = _fulfils(suggest([c], [report(1, D(2032, 3, 11), SUMMIT)]))
    assert len(near) == 1 and "within 366 days" in near[0].reason
    far = report(2, D(2033, 3, 11), SUMMIT.replace("2032", "2033"))
    assert _fulfils(suggest([c], [far])) == []


@pytest.mark.parametrize("pattern, kind, example", DELIVERABLE_KINDS)
def test_deliverable_kinds_table(pattern: str, kind: str, example: str) -> None:
    assert re.search(pattern, example, re.IGNORECASE)
    assert kind in deliverable_kinds(example)


# --- a meeting's series from its whole document --------------------------------------------

PROMISE = ("Kenyan officials will meet their Ghanaian counterparts in Nairobi on 8 October 2031. "
           "The Kenya-Ghana High-Level Security Dialogue will review border cooperation and "
           "maritime patrols.")


def _doc_promise(text: str = PROMISE) -> CommitmentView:
    first = text.split(". ")[0]
    return prepare(CommitmentView(
        id=1, source_id=50, made_on=D(2031, 10, 8), subject="their Ghanaian counterparts in Nairobi",
        quote=first, action="meet", actors=("Kenya",), due_start=D(2031, 10, 8),
        due_end=D(2031, 10, 8), span=(0, len(first))),
        load_registry(), (), document=context_mentions(text, load_registry(), None))


def test_a_meeting_promised_with_no_name_takes_the_one_series_its_document_names() -> None:
    c = _doc_promise()
    assert c.key == "high-level-security-dialogue"
    later = report(2, D(2031, 12, 15), "The first Kenya-Ghana High-Level Security Dialogue was held "
                                     "last October in Nairobi, officials said on Monday.")
    got = _fulfils(suggest([c], [later]))
    assert len(got) == 1 and got[0].timeliness == "on_time"
    assert "which holds the window" in got[0].reason and got[0].event_date is None


def test_a_document_naming_two_series_gives_the_promise_none() -> None:
    c = _doc_promise(PROMISE + " The Kenya-Ghana Joint Trade Council meets in December.")
    assert c.key is None


def test_a_month_reported_after_a_month_does_not_hold_a_window_it_does_not_cover() -> None:
    c = prepare(CommitmentView(id=1, source_id=50, made_on=D(2031, 10, 8),
                               subject="the Kenya-Ghana High-Level Security Dialogue",
                               action="hold", actors=("Kenya", "Ghana"), due_start=D(2031, 10, 8),
                               due_end=D(2031, 11, 15)))
    later = report(2, D(2031, 12, 15), "The first Kenya-Ghana High-Level Security Dialogue was held "
                                     "last October in Nairobi, officials said on Monday.")
    assert all(s.timeliness != "on_time" or "holds the window" not in s.reason
               for s in _fulfils(suggest([c], [later])))


# --- through the store: candidates by the structural key ----------------------------------

DOCS = {
    "p1.md": "---\ndate: 2031-09-20\n---\nKenya and Ghana agreed that President Ruto will visit "
             "Accra in March 2032 for talks with President Mahama.\n",
    "r1.md": "---\ndate: 2032-03-11\n---\n" + SUMMIT + "\n",
    "p2.md": "---\ndate: 2031-10-08\ntitle: Kenya and Ghana open security talks\n---\n" + PROMISE + "\n",
    "r2.md": "---\ndate: 2031-12-15\n---\nThe first Kenya-Ghana High-Level Security Dialogue was "
             "held last October in Nairobi, officials said on Monday.\n",
    "p3.md": "---\ndate: 2032-06-02\n---\nPresident Ruto said he looked forward to welcoming "
             "Ghanaian President Mahama to Kenya next week.\n",
    "r4.md": "---\ndate: 2032-06-11\n---\nThe Kenya-Ghana summit was held in Nairobi on June 10, "
             "2032.\n",
    # another pair's summit in the same month: never a candidate
    "r3.md": "---\ndate: 2032-03-12\n---\nThe Ghana-Nigeria Summit took place in Abuja on March "
             "11, 2032.\n",
}


def _links(app: Tracker) -> set[tuple[str, str, str]]:
    with app.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        return {(files[c.source_id], files[e.source_id], e.reason.split(" (")[0].split(":")[0])
                for e, c in s.execute(select(Evidence, Commitment)
                                      .join(Commitment, Commitment.id == Evidence.commitment_id))}


def test_the_store_links_by_the_structural_key_in_any_order(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    forward = Tracker(db_url, CLOCK)
    forward.ingest(sorted(folder.iterdir()), batch=1)
    got = _links(forward)
    assert ("p1.md", "r1.md", "no shared series name") in got
    assert ("p2.md", "r2.md", "same body") in got
    assert ("p3.md", "r4.md", "no shared series name") in got
    assert not any(e == "r3.md" for _c, e, _r in got)
    backward = Tracker(f"sqlite:///{tmp_path / 'b.db'}", CLOCK)
    backward.ingest(sorted(folder.iterdir(), reverse=True), batch=1)
    assert _links(backward) == got
    # what the index fetched is all the matcher needs: the pure matcher over the whole store
    # suggests the same
    from tracker.lifecycle.suggestions import desired_suggestions

    with forward.session() as s:
        stored = {(e.commitment_id, e.source_id, e.kind) for e in s.scalars(select(Evidence))}
        whole = {(sg.commitment_id, sg.source_id, sg.kind) for sg in desired_suggestions(s)}
    assert stored == whole


def test_structural_reads_seek_the_word_index_by_key(tmp_path: Path) -> None:
    """The structural candidates are read by (structural word, role, party set) through the
    word index, never by walking link_words (issue 12: no all-pairs)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'plans.db'}"
    app = Tracker(url, CLOCK)
    app.ingest([folder])
    structural = [plan for _statement, parameters, plan in linking_reads(app, "link_words")
                  if any(isinstance(x, str) and x.startswith("@")
                         for x in (parameters if isinstance(parameters, tuple) else ()))]
    assert structural
    for plan in structural:
        assert any("ix_link_words_word_role" in d for d in plan), plan
        assert not any(d.startswith("SCAN link_words") for d in plan), plan


# --- an undated report, dated by its source -----------------------------------------------------

_MINISTERS = prepare(CommitmentView(
    id=1, source_id=50, made_on=D(2032, 8, 30), subject="Kenya's and Ghana's foreign and defence ministers",
    quote="Kenya's and Ghana's foreign and defence ministers will meet next week.", action="meet",
    actors=("Kenya", "Ghana"), due_start=D(2032, 9, 6), due_end=D(2032, 9, 12)))
_WELCOMED = ("Kenya's foreign minister welcomed Ghana's foreign and defence ministers for the 11th "
             "Kenya-Ghana Joint Commission. The talks focused on trade.")


def test_an_undated_report_published_inside_the_window_fulfils_it() -> None:
    # "welcomed ... for the 11th <series>" has no day of its own: the report's date stands for it
    (sg,) = _fulfils(suggest([_MINISTERS], [report(2, D(2032, 9, 9), _WELCOMED)]))
    assert sg.timeliness == "on_time" and sg.event_date is None
    assert sg.reason.startswith("no shared series name") and "undated, reported 2032-09-09" in sg.reason


def test_an_undated_report_published_after_the_window_is_not_taken() -> None:
    # when it happened is unknown: the fallback takes only what is on time
    assert _fulfils(suggest([_MINISTERS], [report(2, D(2032, 9, 20), _WELCOMED)])) == []


def test_the_store_links_an_undated_report_by_the_structural_key(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "p.md").write_text("---\ndate: 2032-08-30\n---\n" + _MINISTERS.quote + "\n", encoding="utf-8")
    (folder / "r.md").write_text("---\ndate: 2032-09-09\n---\n" + _WELCOMED + "\n", encoding="utf-8")
    app = Tracker(f"sqlite:///{tmp_path / 'u.db'}", CLOCK)
    app.ingest(sorted(folder.iterdir()), batch=1)
    assert ("p.md", "r.md", "no shared series name") in _links(app)
