"""The list's text filter and sort (services.filter_clauses / page_ids), on
SQLite (FTS5 trigram table) and PostgreSQL (pg_trgm index): what matches,
that the index stays in sync with the rows, and (SQLite) that the query
plans use the indexes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite

from pinned import CLOCK, TODAY
from tracker.lifecycle import services
from tracker.store.db import Database
from tracker.store.models import Commitment, Source

D = dt.date(2024, 1, 10)


def _source(s, name: str, day: dt.date = D) -> Source:  # type: ignore[no-untyped-def]
    src = Source(file_name=name, published_on=day, body=f"Body of {name}.",
                 content_hash=name.ljust(64, "0"), ingested_at=CLOCK.now())
    s.add(src)
    s.flush()
    return src


def _fill(db: Database) -> dict[str, int]:
    with db.session() as s:
        src = _source(s, "a.txt")
        ids = {}
        for key, subject, quote, actors, phrase in [
            ("jwg", "Joint Working Group on Counter Terrorism",
             "India and the United States will convene the JWG.", ["India", "United States"],
             None),
            ("dialogue", "Homeland Security Dialogue", "The sides will hold the dialogue.",
             ["Japan", "Australia"], "later this year"),
            ("quoted", "Cyber policy consultations", 'They said "we will meet" in Tokyo.',
             ["France"], None),
            ("short", "MoU on space", "An MoU will be signed by Q3.", ["Kenya"], None),
        ]:
            c = services.add_commitment(s, quote=quote, subject=subject, actors=actors,
                                        source=src, due_phrase=phrase, made_on=D, clock=CLOCK)
            ids[key] = c.id
    return ids


def _find(db: Database, text: str, **kw: object) -> set[int]:
    with db.session() as s:
        f = services.Filters(text=text, **kw, today=TODAY)  # type: ignore[arg-type]
        got = services.page_ids(s, f, limit=50)
        assert services.count_commitments(s, f) == len(got)
        assert services.count_commitments(s, f, limit=1) == min(len(got), 2)  # "1+"
        assert {c.id for c in services.list_commitments(s, f)} == set(got)
        return set(got)


def test_substring_case_insensitive_and_every_word(db: Database) -> None:
    ids = _fill(db)
    assert _find(db, "ORKING") == {ids["jwg"]}                    # inside a word, any case
    assert _find(db, "dialog") == {ids["dialogue"]}
    assert _find(db, "japan") == {ids["dialogue"]}                # actors
    assert _find(db, "LATER this") == {ids["dialogue"]}           # due phrase
    assert _find(db, "convene india") == {ids["jwg"]}             # quote + actors, AND
    assert _find(db, "convene japan") == set()
    assert _find(db, "will") == set(ids.values())
    assert _find(db, "zzz") == set()


def test_short_words_and_acronyms(db: Database) -> None:
    ids = _fill(db)
    assert _find(db, "Q3") == {ids["short"]}                      # < 3 chars: LIKE
    assert _find(db, "mo") == {ids["short"]}                      # "MoU"
    assert _find(db, "JWG") == {ids["jwg"]}                       # in the quote too
    assert _find(db, "HSD") == {ids["dialogue"]}                  # Homeland Security Dialogue
    assert _find(db, "WGC") == {ids["jwg"]}                       # consecutive words, inside
    assert _find(db, "hsd") == set()                              # acronyms only in capitals
    assert _find(db, "JW dialogue") == set()


# Words of every length, any case, wildcards and quotes, acronym-shaped ones.
WORDS = ["a", "A", "e", "z", "Q", "3", '"', "%", "_", ";", ".", "q3", "Q3", "mo", "MO", "zz",
         "el", "ia", "90", "y.", "s;", 'e"', "we", "Tok", "JW", "WG", "JWG", "HSD", "MoU",
         "ORKING", "dialog", "100%", "a_b", "will", "n", "on", "he"]


def _texts() -> list[str]:
    return [*WORDS, "e a", "Q3 an", "zz dialog", "mo on", "JW will", "el ia"]


def _ids(db: Database, text: str, *, indexed: bool) -> set[int]:
    with db.session() as s:
        clauses = services.text_clauses(text, s.get_bind().dialect.name, indexed=indexed)
        return set(s.scalars(select(Commitment.id).where(*clauses)))


def test_indexed_and_row_by_row_agree(db: Database) -> None:
    """The text index (every word, 1 and 2 characters too) finds exactly what
    the row-by-row check finds, and that is: every word a case-insensitive
    substring of the subject, quote, actors or due phrase (acronyms aside)."""
    ids = _fill(db)
    with db.session() as s:
        services.set_window(s, ids["short"], due_start=None, due_end=None,
                            expression="within 90 days", clock=CLOCK)
        rows = {c.id: [c.subject, c.quote, c.actors, c.due_expression or ""]
                for c in s.scalars(select(Commitment))}
    for text in _texts():
        found = _ids(db, text, indexed=True)
        assert found == _ids(db, text, indexed=False), text
        if not any(services._ACRONYM.match(w) and w.isalpha() for w in text.split()):
            assert found == {i for i, cols in rows.items()
                             if all(any(w.lower() in c.lower() for c in cols)
                                    for w in text.split())}, text
    assert _ids(db, "el", indexed=True) == {ids["dialogue"]}  # "Homeland" only
    assert _ids(db, "zz", indexed=True) == set()
    assert _ids(db, "JW", indexed=True) == {ids["jwg"]}        # "Joint Working ..."


def test_quote_with_double_quotes_and_like_wildcards(db: Database) -> None:
    ids = _fill(db)
    assert _find(db, '"we') == {ids["quoted"]}
    assert _find(db, 'meet"') == {ids["quoted"]}
    assert _find(db, '"') == {ids["quoted"]}
    assert _find(db, "100%") == set()
    assert _find(db, "a_b") == set()


def test_index_follows_updates_and_deletes(db: Database) -> None:
    ids = _fill(db)
    with db.session() as s:
        services.set_window(s, ids["jwg"], due_start=None, due_end=None,
                            expression="within 90 days", clock=CLOCK)
    assert _find(db, "el") == {ids["dialogue"]}                   # "Homeland", 2 letters
    with db.session() as s:
        c = s.get(Commitment, ids["dialogue"])
        assert c is not None
        c.subject = "Maritime Security Dialogue"
    assert _find(db, "90 days") == {ids["jwg"]}
    assert _find(db, "90") == {ids["jwg"]}
    assert _find(db, "maritime") == {ids["dialogue"]}
    assert _find(db, "homeland") == set()
    assert _find(db, "el") == set()                               # the old value is gone
    assert _find(db, "JWG") == {ids["jwg"]}                       # still there after the update
    assert _find(db, "q3") == {ids["short"]}
    with db.session() as s:
        s.delete(s.get(Commitment, ids["short"]))
    assert _find(db, "space") == set()
    assert _find(db, "q3") == set()
    with db.session() as s:
        s.delete(s.get(Source, 1))                                # cascades to commitments
    assert _find(db, "will") == set()
    with db.session() as s:
        src = _source(s, "b.txt")
        new = services.add_commitment(s, quote="They will review the pact.", subject="Pact",
                                      source=src, made_on=D, clock=CLOCK)
    assert _find(db, "review") == {new.id}


def test_sorts_both_ways_nulls_last(db: Database) -> None:
    with db.session() as s:
        src = _source(s, "a.txt")
        made = []
        for i, end in enumerate([dt.date(2024, 5, 1), None, dt.date(2024, 3, 1), None,
                                 dt.date(2024, 4, 1)]):
            c = services.add_commitment(s, quote=f"item {i} will happen", subject=f"S{4 - i}",
                                        source=src, made_on=D + dt.timedelta(days=i),
                                        due_end=end, clock=CLOCK)
            made.append(c.id)
    a, b, c_, d, e = made

    def order(sort: str, desc: bool, text: str | None = None) -> list[int]:
        with db.session() as s:
            return services.page_ids(
                s, services.Filters(text=text, sort=sort, descending=desc, today=TODAY), limit=10)

    assert order("due_end", False) == [c_, e, a, b, d]
    assert order("due_end", True) == [a, e, c_, d, b]
    assert order("due_end", False, "will") == [c_, e, a, b, d]    # probe path
    assert order("made_on", False) == made
    assert order("made_on", True) == made[::-1]
    assert order("subject", False) == made[::-1]
    assert order("id", True) == made[::-1]
    with db.session() as s:                                       # paging
        f = services.Filters(text="item", today=TODAY)
        assert services.page_ids(s, f, limit=2, offset=2) == [a, b]


def test_as_of_with_sources_joined(db: Database) -> None:
    """The as-of clause is uncorrelated: a query joining sources itself works."""
    with db.session() as s:
        old, new = _source(s, "old.txt", dt.date(2020, 1, 1)), _source(s, "new.txt")
        c_old = services.add_commitment(s, quote="old will", subject="old", source=old, clock=CLOCK)
        services.add_commitment(s, quote="new will", subject="new", source=new, clock=CLOCK)
        by_hand = services.add_commitment(s, quote="hand will", subject="hand",
                                          made_on=dt.date(2019, 5, 1), clock=CLOCK)
    f = services.Filters(as_of=dt.date(2021, 1, 1), today=TODAY)
    with db.session() as s:
        rows = s.execute(
            select(Commitment.id, Source.published_on)
            .outerjoin(Source, Source.id == Commitment.source_id)
            .where(*services.filter_clauses(f, s.get_bind().dialect.name))
        ).all()
        assert {r[0] for r in rows} == {c_old.id, by_hand.id}
        assert services.count_commitments(s, f) == 2


def test_states_on_replays_history_by_effective_date(db: Database) -> None:
    """Evidence confirmed today for an event in 2024: on any date from the
    event on, the commitment was fulfilled (on that day); before it, open."""
    from tracker.store.models import Evidence

    with db.session() as s:
        c = services.add_commitment(s, quote="will meet", subject="meet", made_on=D,
                                    due_end=dt.date(2024, 3, 31), clock=CLOCK)
        other = services.add_commitment(s, quote="will talk", subject="talk", made_on=D,
                                        clock=CLOCK)
        ev = Evidence(commitment_id=c.id, kind="fulfils", quote="met", confidence=0.8,
                      event_date=dt.date(2024, 2, 2), origin="suggested", review="pending",
                      created_at=CLOCK.now())
        s.add(ev)
        s.flush()
        services.confirm_evidence(s, ev.id, clock=CLOCK)
    with db.session() as s:
        then = services.states_on(s, [c.id, other.id], dt.date(2024, 6, 30))
        assert then[c.id].status == "fulfilled" and then[c.id].fulfilled_on == dt.date(2024, 2, 2)
        assert then[c.id].outcome(dt.date(2024, 6, 30)) == "on_time"
        assert then[other.id].status == "open"
        before = services.states_on(s, [c.id], dt.date(2024, 2, 1))[c.id]
        assert before.status == "open" and before.outcome(dt.date(2024, 2, 1)) == "due"
        assert services.states_on(s, [], TODAY) == {}


# --- SQLite query plans ---------------------------------------------------------


def _plan(db: Database, stmt) -> list[str]:  # type: ignore[no-untyped-def]
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as conn:
        rows = list(conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    return [r[3] for r in rows if r[1] == 0]  # top level


@pytest.mark.parametrize("desc", [False, True])
@pytest.mark.parametrize("sort", sorted(services.INDEXED_SORTS))
def test_sqlite_sorts_read_an_index(sqlite_db: Database, sort: str, desc: bool) -> None:
    stmt = (select(Commitment.id).order_by(*services.sort_order(sort, desc)).limit(61))
    top = _plan(sqlite_db, stmt)
    assert not any("TEMP B-TREE" in d for d in top), top
    with_text = (select(Commitment.id)
                 .where(*services.filter_clauses(services.Filters(text="Joint", today=TODAY), "sqlite"))
                 .order_by(*services.sort_order(sort, desc)).limit(61))
    plan = _plan(sqlite_db, with_text)
    assert any("commitments_fts" in d or "SUBQUERY" in d for d in plan), plan


@pytest.mark.parametrize("text", ["Joint", "ab", "z", "Joint ab"])
def test_sqlite_text_word_uses_fts(sqlite_db: Database, text: str) -> None:
    """Every word, 1 or 2 characters too, is read from the trigram index
    (a short one through the index's term list), never by a LIKE scan."""
    clauses = services.filter_clauses(services.Filters(text=text, today=TODAY), "sqlite")
    stmt = select(Commitment.id).where(*clauses).order_by(
        *services.sort_order("due_end", use_index=False))
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with sqlite_db.engine.connect() as conn:
        plan = [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert any("commitments_fts VIRTUAL TABLE" in d for d in plan), plan
    assert "LIKE" not in sql
    short = any(len(w) < services.FTS_MIN_WORD for w in text.split())
    assert any("commitments_fts_vocab VIRTUAL TABLE" in d for d in plan) == short, plan


def test_overdue_report_keeps_its_partial_index(sqlite_db: Database) -> None:
    from tracker.reports.overdue import overdue_query

    q = overdue_query("sqlite", dt.date(2999, 1, 1), past=False)
    top = _plan(sqlite_db, q)
    assert any("ix_commitments_active_due_end" in d for d in top), top
