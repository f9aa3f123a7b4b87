"""Migration b3e9d2f4a7c1 (link reader stamp): ``link_sources.reader`` is added empty (NULL: read
before the stamp was kept, so the next ``tracker link`` reads the store again), and dropped again,
and the rows stay."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text


def _columns(engine) -> list[str]:  # type: ignore[no-untyped-def]
    return [c["name"] for c in inspect(engine).get_columns("link_sources")]


def test_link_sources_gain_a_reader_stamp_and_keep_rows(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    alembic_runner.migrate_up_to("9a4c2e7b1d36")
    with alembic_engine.begin() as conn:
        conn.execute(text("INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
                          " VALUES (1, 'a.txt', :d, 'Kenya and Ghana will meet.', 'h1', :t)"),
                     {"d": dt.date(2026, 3, 10), "t": dt.datetime(2026, 3, 10, 9, 0)})
        conn.execute(text("INSERT INTO link_sources (source_id, published_on, mentions, parties, linked)"
                          " VALUES (1, :d, '[]', '|ghana|kenya|', true)"), {"d": dt.date(2026, 3, 10)})
    assert "reader" not in _columns(alembic_engine)
    alembic_runner.migrate_up_one()
    assert "reader" in _columns(alembic_engine)
    with alembic_engine.connect() as conn:
        assert conn.execute(text("SELECT reader, parties FROM link_sources")).one() == (None, "|ghana|kenya|")
    alembic_runner.migrate_down_one()
    assert "reader" not in _columns(alembic_engine)
    with alembic_engine.connect() as conn:
        assert conn.execute(text("SELECT parties FROM link_sources")).scalar() == "|ghana|kenya|"
