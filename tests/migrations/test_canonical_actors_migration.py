"""e4c17a9b3d52: actors stored before the party registry become canonical
parties, each change noted in history; the downgrade restores the text
exactly. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

BEFORE = {
    1: "US; India",            # an alias
    2: "Washington",           # a capital
    3: "India; United States",  # already canonical: untouched
    4: "Atlantis League",      # no known party: kept as typed
    5: "U.S.; United States",  # two spellings of one party: one
}
AFTER = {1: "United States; India", 2: "United States", 3: "India; United States",
         4: "Atlantis League", 5: "United States"}


def _fill(conn) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    conn.execute(text(
        "INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
        " VALUES (1, 'a.txt', '2024-01-01', 'The sides will meet.', 'h1', :now)"), {"now": now})
    for cid, actors in BEFORE.items():
        conn.execute(text(
            "INSERT INTO commitments (id, kind, source_id, made_on, quote, actors, subject,"
            " topics, confidence, origin, status, created_at, updated_at, version)"
            " VALUES (:id, 'commitment', 1, '2024-01-01', 'The sides will meet.', :actors,"
            " 'meeting', '', 1.0, 'manual', 'open', :now, :now, 3)"),
            {"id": cid, "actors": actors, "now": now})
        conn.execute(text(
            "INSERT INTO history (commitment_id, event, to_status, recorded_at, effective_on, by)"
            " VALUES (:id, 'created', 'open', :now, '2024-01-01', 'test')"),
            {"id": cid, "now": now})


def _state(conn) -> tuple[dict[int, str], list[tuple[int, str, str]], set[int]]:  # type: ignore[no-untyped-def]
    actors = dict(conn.execute(text("SELECT id, actors FROM commitments")).all())
    notes = [(r[0], r[1], r[2]) for r in conn.execute(text(
        "SELECT commitment_id, by, note FROM history WHERE event = 'note' ORDER BY id"))]
    versions = {r[0] for r in conn.execute(text("SELECT version FROM commitments"))}
    return actors, notes, versions


def test_actors_become_canonical_and_come_back_exactly(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    alembic_runner.migrate_up_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        _fill(conn)
    alembic_runner.migrate_up_to("e4c17a9b3d52")
    with alembic_engine.begin() as conn:
        actors, notes, versions = _state(conn)
    assert actors == AFTER
    assert [cid for cid, _, _ in notes] == [1, 2, 5]  # only the changed ones
    assert all(by == "migration e4c17a9b3d52" for _, by, _ in notes)
    assert '"before": "US; India"' in notes[0][2] and '"after": "United States; India"' in notes[0][2]
    assert versions == {3}  # no analyst edited them

    alembic_runner.migrate_down_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        actors, notes, versions = _state(conn)
    assert actors == BEFORE and notes == [] and versions == {3}

    alembic_runner.migrate_up_to("e4c17a9b3d52")  # and up again
    with alembic_engine.begin() as conn:
        assert _state(conn)[0] == AFTER


def test_the_actor_filter_finds_migrated_rows(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from tracker.lifecycle.services import actor_clause
    from tracker.store.models import Commitment

    alembic_runner.migrate_up_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        _fill(conn)
    with Session(alembic_engine) as s:
        before = set(s.scalars(select(Commitment.id).where(actor_clause("US"))))
    alembic_runner.migrate_up_to("e4c17a9b3d52")
    with Session(alembic_engine) as s:
        after = set(s.scalars(select(Commitment.id).where(actor_clause("US"))))
    assert before == {3, 5} and after == {1, 2, 3, 5}
