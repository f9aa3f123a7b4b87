"""Migration 9a4c2e7b1d36 (document parties): ``link_sources.parties`` is added empty (NULL:
read before the parties were kept), and dropped again, and the rows stay."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text


def _columns(engine) -> list[str]:  # type: ignore[no-untyped-def]
    return [c["name"] for c in inspect(engine).get_columns("link_sources")]


def test_link_sources_gain_parties_and_keep_rows(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    alembic_runner.migrate_up_to("f8a3c6d1e2b9")
    with alembic_engine.begin() as conn:
        conn.execute(text("INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
                          " VALUES (1, 'a.txt', :d, 'Kenya and Ghana will meet.', 'h1', :t)"),
                     {"d": dt.date(2026, 3, 10), "t": dt.datetime(2026, 3, 10, 9, 0)})
        conn.execute(text("INSERT INTO link_sources (source_id, published_on, mentions, linked)"
                          " VALUES (1, :d, '[]', true)"), {"d": dt.date(2026, 3, 10)})
    assert "parties" not in _columns(alembic_engine)
    alembic_runner.migrate_up_one()
    assert "parties" in _columns(alembic_engine)
    with alembic_engine.connect() as conn:
        assert conn.execute(text("SELECT parties, mentions FROM link_sources")).one() == (None, "[]")
    alembic_runner.migrate_down_one()
    assert "parties" not in _columns(alembic_engine)
    with alembic_engine.connect() as conn:
        assert conn.execute(text("SELECT mentions FROM link_sources")).scalar() == "[]"
