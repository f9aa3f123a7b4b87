"""Linking found wanting by the twenty-first blind check (sets 30-33, docs/accuracy.md). Text
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

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
