"""Migrations that add a column to ``link_sources``, each added empty (NULL: read before it was
kept) and dropped again, the rows staying: 9a4c2e7b1d36 (document parties: ``parties``, filled by
``tracker link --rebuild``) and b3e9d2f4a7c1 (link reader stamp: ``reader``, so the next ``tracker
link`` reads the store again)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text


def _columns(engine) -> list[str]:  # type: ignore[no-untyped-def]
    return [c["name"] for c in inspect(engine).get_columns("link_sources")]


@pytest.mark.parametrize(("before", "column", "kept", "row"), [
    ("f8a3c6d1e2b9", "parties", "mentions", "(source_id, published_on, mentions, linked) VALUES (1, :d, '[]', true)"),
    ("9a4c2e7b1d36", "reader", "parties",
     "(source_id, published_on, mentions, parties, linked) VALUES (1, :d, '[]', '|ghana|kenya|', true)"),
])
def test_link_sources_gain_a_column_and_keep_rows(alembic_runner, alembic_engine, before: str,  # type: ignore[no-untyped-def]
                                                  column: str, kept: str, row: str) -> None:
    alembic_runner.migrate_up_to(before)
    with alembic_engine.begin() as conn:
        conn.execute(text("INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
                          " VALUES (1, 'a.txt', :d, 'Kenya and Ghana will meet.', 'h1', :t)"),
                     {"d": dt.date(2026, 3, 10), "t": dt.datetime(2026, 3, 10, 9, 0)})
        conn.execute(text("INSERT INTO link_sources " + row), {"d": dt.date(2026, 3, 10)})
        value = conn.execute(text(f"SELECT {kept} FROM link_sources")).scalar()
    assert column not in _columns(alembic_engine)
    alembic_runner.migrate_up_one()
    assert column in _columns(alembic_engine)
    with alembic_engine.connect() as conn:
        assert conn.execute(text(f"SELECT {column}, {kept} FROM link_sources")).one() == (None, value)
    alembic_runner.migrate_down_one()
    assert column not in _columns(alembic_engine)
    with alembic_engine.connect() as conn:
        assert conn.execute(text(f"SELECT {kept} FROM link_sources")).scalar() == value
