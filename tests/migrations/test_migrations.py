"""Migrations: one head, up and down and up again on an empty and a filled
database, and models that match what the migrations build."""

from __future__ import annotations

import datetime as dt

import pytest
from pytest_alembic.tests import (  # noqa: F401 - collected as tests here
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import inspect, text


def _fill(conn) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    conn.execute(text(
        "INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
        " VALUES (1, 'a.txt', '2024-01-01', 'The sides will meet.', 'h1', :now)"), {"now": now})
    conn.execute(text(
        "INSERT INTO commitments (id, kind, source_id, made_on, quote, actors, subject, topics,"
        " confidence, origin, status, created_at, updated_at, version, due_start, due_end)"
        " VALUES (1, 'commitment', 1, '2024-01-01', 'The sides will meet.', 'A; B', 'meeting',"
        " '', 1.0, 'manual', 'open', :now, :now, 1, '2024-01-01', '2024-06-30')"),
        {"now": now})
    conn.execute(text(
        "INSERT INTO history (commitment_id, event, to_status, recorded_at, effective_on, by) "
        "VALUES (1, 'created', 'open', :now, '2024-01-01', 'test')"), {"now": now})


def test_down_and_up_again_on_a_filled_database(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    alembic_runner.migrate_up_to("heads")
    with alembic_engine.begin() as conn:
        _fill(conn)
    # Down to the base drops everything; back up to head must work again.
    alembic_runner.migrate_down_to("base")
    alembic_runner.migrate_up_to("heads")
    with alembic_engine.begin() as conn:
        _fill(conn)
        assert conn.execute(text("SELECT count(*) FROM commitments")).scalar() == 1


def test_database_is_brought_to_head_on_open(db_url: str) -> None:
    from tracker.store.db import Database, current_revision, head_revision

    database = Database(db_url)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()


def test_time_true_history_migration_moves_existing_rows(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    """Rows written before 7f1d2c9a4b60 keep their data: ``at`` becomes
    ``recorded_at``; created rows take effect on the statement date, the others
    on the day they were recorded; window rows record the current window."""
    alembic_runner.migrate_up_to("5c3e8d21f7a4")
    recorded = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)
    with alembic_engine.begin() as conn:
        _fill_old(conn, recorded)
    alembic_runner.migrate_up_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        rows = conn.execute(text(
            "SELECT event, effective_on, to_status, from_due_end, to_due_end, recorded_at"
            " FROM history ORDER BY id")).all()
    assert [(r[0], str(r[1]), r[2]) for r in rows] == [
        ("created", "2024-01-01", "open"),
        ("status", "2025-03-04", "in_progress"),
        ("window", "2025-03-04", None),
    ]
    assert str(rows[2][3]) == str(rows[2][4]) == "2024-06-30"
    assert rows[1][5] is not None
    alembic_runner.migrate_up_to("heads")  # leave the shared database at head


def test_known_on_migration_fills_keeps_and_gives_back(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    """3b9e5d70c1a2 fills ``known_on`` from the source's publication date (a
    commitment without a source: its statement date); triggers keep it right
    for rows written by plain SQL and when a source's date changes; down and
    up again keeps every row."""
    alembic_runner.migrate_up_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        _fill(conn)  # commitment 1: source 1 published 2024-01-01, made 2024-01-01
        conn.execute(text("UPDATE commitments SET made_on = '2023-12-30' WHERE id = 1"))
        _hand_made(conn, 2, "2023-05-06")
    alembic_runner.migrate_up_to("3b9e5d70c1a2")

    def known() -> dict[int, str]:
        with alembic_engine.begin() as conn:
            return {r[0]: str(r[1]) for r in conn.execute(text(
                "SELECT id, known_on FROM commitments ORDER BY id"))}

    assert known() == {1: "2024-01-01", 2: "2023-05-06"}
    with alembic_engine.begin() as conn:
        _hand_made(conn, 3, "2022-02-02")
        conn.execute(text("UPDATE sources SET published_on = '2024-02-03' WHERE id = 1"))
        conn.execute(text("UPDATE commitments SET made_on = '2021-01-01' WHERE id = 2"))
    assert known() == {1: "2024-02-03", 2: "2021-01-01", 3: "2022-02-02"}
    with alembic_engine.begin() as conn:  # a wrong value written by hand is put right
        conn.execute(text("UPDATE commitments SET known_on = '1999-01-01' WHERE id = 1"))
    assert known()[1] == "2024-02-03"
    alembic_runner.migrate_down_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        rows = conn.execute(text("SELECT id, made_on, subject FROM commitments ORDER BY id")).all()
        fts_ok = conn.dialect.name != "sqlite" or conn.execute(text(
            "SELECT count(*) FROM commitments_fts WHERE commitments_fts MATCH 'meeting'")).scalar()
    assert [(r[0], str(r[1])) for r in rows] == [
        (1, "2023-12-30"), (2, "2021-01-01"), (3, "2022-02-02")]
    assert fts_ok
    alembic_runner.migrate_up_to("heads")
    assert known() == {1: "2024-02-03", 2: "2021-01-01", 3: "2022-02-02"}


def _hand_made(conn, cid: int, made: str) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    conn.execute(text(
        "INSERT INTO commitments (id, kind, source_id, made_on, quote, actors, subject, topics,"
        " confidence, origin, status, created_at, updated_at, version)"
        " VALUES (:id, 'commitment', NULL, :made, 'A promise.', 'A', 'meeting', '', 1.0,"
        " 'manual', 'open', :now, :now, 1)"), {"id": cid, "made": made, "now": now})


def _fill_old(conn, recorded: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    conn.execute(text(
        "INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
        " VALUES (1, 'a.txt', '2024-01-01', 'The sides will meet.', 'h1', :now)"), {"now": now})
    conn.execute(text(
        "INSERT INTO commitments (id, kind, source_id, made_on, quote, actors, subject, topics,"
        " confidence, origin, status, created_at, updated_at, version, due_start, due_end)"
        " VALUES (1, 'commitment', 1, '2024-01-01', 'The sides will meet.', 'A; B', 'meeting',"
        " '', 1.0, 'manual', 'in_progress', :now, :now, 2, '2024-01-01', '2024-06-30')"),
        {"now": now})
    for event, to in (("created", "open"), ("status", "in_progress"), ("window", None)):
        conn.execute(text(
            "INSERT INTO history (commitment_id, event, to_status, at, by) "
            "VALUES (1, :event, :to, :at, 'test')"), {"event": event, "to": to, "at": recorded})


def test_verdicts_migration_keeps_data_down_and_up(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    """3b9e6c1d2a75 adds the verdicts table on a filled database without
    touching its rows, refuses a score off the -1/0/+1 scale, accepts a
    withdrawal (no score), and goes down again keeping the rest."""
    from sqlalchemy.exc import IntegrityError

    alembic_runner.migrate_up_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        _fill(conn)
    alembic_runner.migrate_up_to("3b9e6c1d2a75")
    now = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)
    insert = text(
        "INSERT INTO verdicts (commitment_id, party, score, note, effective_on, recorded_at,"
        " recorded_by) VALUES (1, 'A', :score, 'why', '2025-03-01', :now, 'ana')")
    with alembic_engine.begin() as conn:
        conn.execute(insert, {"score": 1, "now": now})
        conn.execute(insert, {"score": None, "now": now})
        assert conn.execute(text("SELECT count(*) FROM commitments")).scalar() == 1
        assert [r[0] for r in conn.execute(text("SELECT score FROM verdicts ORDER BY id"))] == [
            1, None]
    with pytest.raises(IntegrityError), alembic_engine.begin() as conn:
        conn.execute(insert, {"score": 2, "now": now})
    alembic_runner.migrate_down_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM history")).scalar() == 1
        assert "verdicts" not in inspect(conn).get_table_names()
    alembic_runner.migrate_up_to("heads")
    with alembic_engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM verdicts")).scalar() == 0


def test_every_foreign_key_has_an_index(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    """Deleting a parent row (linking withdraws a pending suggestion; a source
    is removed) finds the rows pointing at it through an index: every foreign
    key of the migrated schema has an index (or key) that starts with its
    columns. Without one, each delete of an evidence row read all of history."""
    alembic_runner.migrate_up_to("heads")
    insp = inspect(alembic_engine)
    missing = []
    for table in insp.get_table_names():
        if table == "alembic_version":
            continue
        leads = [i["column_names"] for i in insp.get_indexes(table)]
        leads.append(insp.get_pk_constraint(table)["constrained_columns"])
        leads += [u["column_names"] for u in insp.get_unique_constraints(table)]
        for fk in insp.get_foreign_keys(table):
            cols = fk["constrained_columns"]
            if not any(lead[:len(cols)] == cols for lead in leads):
                missing.append(f"{table}({', '.join(cols)})")
    assert missing == []


def test_short_words_migration_reindexes_both_ways(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    """c5d2a8e1f3b7 re-indexes existing rows with their values padded (a 2-letter
    word is found through the term list) and its triggers pad new, changed and
    deleted rows; the downgrade gives back the unpadded index, kept by the old
    triggers. PostgreSQL: nothing changes."""
    alembic_runner.migrate_up_to("d4e2b8a6c1f3")
    with alembic_engine.begin() as conn:
        _fill(conn)
    alembic_runner.migrate_up_to("c5d2a8e1f3b7")
    if alembic_engine.dialect.name != "sqlite":
        return
    short = text(
        "SELECT rowid FROM commitments_fts WHERE commitments_fts MATCH (SELECT coalesce("
        "group_concat('\"' || replace(term, '\"', '\"\"') || '\"', ' OR '), '\"\"') "
        "FROM commitments_fts_vocab WHERE term >= :w AND term < :w || char(1114111))")

    def found(word: str) -> list[int]:
        with alembic_engine.begin() as conn:
            return sorted(r[0] for r in conn.execute(short, {"w": word}))

    assert found("ng") == [1]                    # "meeting": its last two letters
    assert found("b") == [1] and found("zz") == []
    with alembic_engine.begin() as conn:
        _hand_made(conn, 2, "2022-02-02")
        conn.execute(text("UPDATE commitments SET subject = 'zz top' WHERE id = 1"))
        conn.execute(text(  # raises unless the index agrees with its content (the view)
            "INSERT INTO commitments_fts(commitments_fts, rank) VALUES ('integrity-check', 1)"))
    assert found("zz") == [1] and found("ng") == [2]
    with alembic_engine.begin() as conn:
        conn.execute(text("DELETE FROM commitments WHERE id = 1"))
    assert found("zz") == []
    alembic_runner.migrate_down_to("d4e2b8a6c1f3")
    with alembic_engine.begin() as conn:
        assert "commitments_fts_vocab" not in inspect(conn).get_table_names()
        conn.execute(text("INSERT INTO commitments_fts(commitments_fts, rank) "
                          "VALUES ('integrity-check', 1)"))
        _hand_made(conn, 3, "2022-02-03")
        assert [r[0] for r in conn.execute(text(
            "SELECT rowid FROM commitments_fts WHERE commitments_fts MATCH 'meeting' "
            "ORDER BY rowid"))] == [2, 3]
    alembic_runner.migrate_up_to("heads")
    assert found("ng") == [2, 3]
