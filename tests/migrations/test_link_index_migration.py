"""Migration 3b9e4c7d2a15 (the link index): a store of the revision before keeps its
data up and down; its tables are created empty and filled on the store's next link
(the keys come from the linker, which storage code does not import)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from tracker.store.migrations import SCHEMA_HEAD

BODY = ("India and Brazil agreed to hold the 4th India-Brazil Space Dialogue in Brasilia "
        "by June 2024.")
TABLES = {"link_sources", "link_events", "link_commitments", "link_words", "link_aliases"}


def _fill(conn) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    conn.execute(text(
        "INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
        " VALUES (1, 'a.txt', '2024-01-15', :body, 'h1', :now)"), {"now": now, "body": BODY})
    conn.execute(text(
        "INSERT INTO commitments (id, kind, source_id, made_on, quote, actors, subject, topics,"
        " confidence, origin, status, created_at, updated_at, version, due_start, due_end,"
        " action, span_start, span_end)"
        " VALUES (1, 'commitment', 1, '2024-01-15', :body, 'India; Brazil',"
        " '4th India-Brazil Space Dialogue in Brasilia', '', 1.0, 'extracted', 'open', :now,"
        " :now, 1, '2024-01-15', '2024-06-30', 'hold', 0, :end)"),
        {"now": now, "body": BODY, "end": len(BODY)})


def test_link_index_up_and_down_keeps_data_and_is_backfilled(  # type: ignore[no-untyped-def]
        alembic_runner, alembic_engine) -> None:
    from tracker.lifecycle.suggestions import ensure_index

    alembic_runner.migrate_up_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        _fill(conn)
    alembic_runner.migrate_up_one()
    assert TABLES <= set(inspect(alembic_engine).get_table_names())
    # (the backfill is today's code: it writes today's columns, so the rest of the chain first)
    alembic_runner.migrate_up_to("heads")
    with Session(alembic_engine) as s:
        assert ensure_index(s) == 1  # the one source, read once
        s.commit()
        assert ensure_index(s) == 0  # nothing left to index
    with alembic_engine.connect() as conn:
        row = conn.execute(text(
            "SELECT series, parties, ordinal, action FROM link_commitments"
            " WHERE commitment_id = 1")).one()
        assert row[1:] == ("|brazil|india|", 4, "meet") and row[0]
        assert conn.execute(text("SELECT linked FROM link_sources")).scalar() in (True, 1)
    alembic_runner.migrate_down_to("7f1d2c9a4b60")
    assert not TABLES & set(inspect(alembic_engine).get_table_names())
    with alembic_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM commitments")).scalar() == 1
        assert conn.execute(text("SELECT body FROM sources")).scalar() == BODY
    alembic_runner.migrate_up_to("heads")  # and up again on the same data
    with Session(alembic_engine) as s:
        assert ensure_index(s) == 1
        s.commit()
    with alembic_engine.connect() as conn:
        # chained migrations: the version may be any revision at or after this one
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            in ("3b9e4c7d2a15", SCHEMA_HEAD)
