"""Linking found wanting by the twenty-first blind check (sets 30-33, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as _dt

import pytest

from tracker.domain.lexicon import WORKS_BEGUN_WORDS, WORKS_KINDS, works_begun, works_kinds
from tracker.linking import load_registry
from tracker.linking.match import alias_core, alias_roots, unified, with_heads


def _doc(date: str, body: str) -> str:
    return f"---\ntitle: Volta\ndate: {date}\n---\n{body}\n"


def test_an_acronym_joins_a_name_and_its_occasion() -> None:
    assert alias_core("epc summit") == ("epc", ("summit",))
    assert alias_core("summit") == ("summit", ())
    assert with_heads("community political", ("summit",)) == "community political summit"
    assert with_heads("community political summit", ("summit",)) == "community political summit"
    roots = alias_roots([("community political", "epc")], load_registry())
    assert unified("epc summit", roots) == "community political summit"
    assert unified("epc", roots) == "community political"
    assert unified("community political summit", roots) is None  # (already the root's)
    assert unified("volta forum summit", roots) is None


def test_the_summit_of_a_body_named_by_its_acronym_is_its_series() -> None:
    """A promise of "the VPC summit" and a report of "the Volta Political Community summit", in
    a corpus where a text defines "(VPC)": one series."""
    import datetime as dt

    from linked import promise
    from tracker.linking import SourceEvents, find_events, suggest
    from tracker.linking.bodies import acronym_pairs

    reg = load_registry()
    defined = "The leaders of the Volta Political Community (VPC) met in Accra."
    pub = dt.date(2031, 9, 15)
    report = ("The Volta Political Community summit was held in Nairobi on 14 September, with the "
              "leaders of Kenya, Ghana and Togo.")
    sources = [SourceEvents(1, dt.date(2031, 3, 2), (), "a.txt", tuple(acronym_pairs(defined, reg))),
               SourceEvents(2, pub, tuple(find_events(report, pub)), "b.txt", ())]
    c = promise(1, dt.date(2031, 3, 2), "next VPC summit", (dt.date(2031, 9, 1), dt.date(2031, 9, 30)),
                action="hold", actors=("Kenya", "Ghana", "Togo"), source_id=1,
                quote="Kenya, Ghana and Togo will hold the next VPC summit in September.")
    (sg,) = [s for s in suggest([c], sources, reg) if s.kind == "fulfils"]
    assert sg.source_id == 2 and sg.reason.startswith("same body")


def test_the_link_index_joins_the_acronym_and_its_occasion(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from pinned import CLOCK
    from tracker.app import Tracker
    from tracker.store.models import Evidence

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(_doc("2031-03-02", "The leaders of the Volta Political Community (VPC) met in "
                                                  "Accra. Kenya, Ghana and Togo will hold the next VPC summit "
                                                  "in September."), encoding="utf-8")
    (docs / "b.md").write_text(_doc("2031-09-15", "The Volta Political Community summit was held in Nairobi on "
                                                  "14 September, with the leaders of Kenya, Ghana and Togo."),
                               encoding="utf-8")
    app = Tracker(db_url, CLOCK)
    app.ingest(sorted(docs.iterdir()), batch=1)
    with app.session() as s:
        reasons = [r for (r,) in s.execute(select(Evidence.reason).where(Evidence.kind == "fulfils"))]
    assert any(r.startswith("same body") for r in reasons), reasons


def test_how_long_a_meeting_lasts_is_no_part_of_its_name() -> None:
    from tracker.linking.bodies import normalise_name

    assert normalise_name("the two-day Volta Forum Summit")[0] == normalise_name("the Volta Forum Summit")[0]
    assert normalise_name("a 3-day Kenya-Ghana Summit") == normalise_name("the Kenya-Ghana Summit")
    assert normalise_name("the Day of Africa Summit")[0] == "africa day summit"


# --- the works fallback ---------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "rx", "example"), WORKS_KINDS, ids=lambda x: str(x)[:20])
def test_works_kind_rows(kind: str, rx: str, example: str) -> None:
    assert kind in works_kinds(example)


@pytest.mark.parametrize(("rx", "example"), WORKS_BEGUN_WORDS, ids=lambda x: str(x)[:20])
def test_works_begun_rows(rx: str, example: str) -> None:
    assert works_begun(example)
    assert not works_begun("The Mombasa-Accra railway will open to traffic in December.")


_BRIDGE = "Kenya and Ghana will open the Volta highway bridge by the end of 2031."


def _works(report: str, *, quote: str = _BRIDGE, actors: tuple[str, ...] = ("Kenya", "Ghana"),
           action: str = "open", subject: str = "Volta highway bridge"):  # type: ignore[no-untyped-def]
    from linked import promise
    from tracker.linking import SourceEvents, find_events, suggest

    pub = _dt.date(2033, 6, 11)
    c = promise(1, _dt.date(2031, 2, 1), subject, (_dt.date(2031, 2, 1), _dt.date(2031, 12, 31)),
                action=action, actors=actors, source_id=1, quote=quote)
    return [s for s in suggest([c], [SourceEvents(2, pub, tuple(find_events(report, pub)), "b.txt", ())])
            if s.kind == "fulfils"]


def test_works_opened_years_late_keep_the_promise_of_them() -> None:
    (sg,) = _works("The first motorway bridge between Kenya and Ghana was opened on Friday, 10 June 2033.")
    assert sg.reason.startswith("same works: bridge/road opened between Ghana, Kenya")
    assert sg.timeliness == "late" and sg.event_date == _dt.date(2033, 6, 10)


@pytest.mark.parametrize("report", [
    "The first railway bridge between Kenya and Ghana was opened on Friday, 10 June 2033.",  # another kind
    "Kenya and Ghana began work on the construction of the new motorway bridge on 10 June 2033.",  # begun only
    "The first motorway bridge between Kenya and Togo was opened on Friday, 10 June 2033.",  # another pair
])
def test_works_of_another_kind_stage_or_pair_do_not(report: str) -> None:
    assert _works(report) == []


def test_works_of_one_party_or_another_action_are_not_tried() -> None:
    opened = "The first motorway bridge between Kenya and Ghana was opened on Friday, 10 June 2033."
    assert _works(opened, quote="Kenya will open the Volta highway bridge by the end of 2031.", actors=("Kenya",)) == []
    assert _works(opened, quote="Kenya and Ghana will discuss the Volta highway bridge by the end of 2031.",
                  action="discuss", subject="Volta highway bridge") == []


def test_the_link_index_finds_works_in_either_order(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from pinned import CLOCK
    from tracker.app import Tracker
    from tracker.store.models import Evidence

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(_doc("2031-02-01", _BRIDGE), encoding="utf-8")
    (docs / "b.md").write_text(_doc("2033-06-11", "The first motorway bridge between Kenya and Ghana was opened on "
                                                  "Friday, 10 June 2033."), encoding="utf-8")
    got = []
    for name, backward in (("f", False), ("b", True)):
        app = Tracker(db_url if name == "f" else f"sqlite:///{tmp_path / 'b.db'}", CLOCK)
        app.ingest(sorted(docs.iterdir(), reverse=backward), batch=1)
        with app.session() as s:
            got.append(sorted(r for (r,) in s.execute(select(Evidence.reason).where(Evidence.kind == "fulfils"))))
    assert got[0] == got[1] and len(got[0]) == 1 and got[0][0].startswith("same works")
