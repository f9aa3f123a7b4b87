"""Migration f8a3c6d1e2b9 (the word index ends with the day): the index is rebuilt with the
day column, up and down, and the rows stay."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text


def _columns(engine) -> list[str]:  # type: ignore[no-untyped-def]
    (ix,) = [i for i in inspect(engine).get_indexes("link_words") if i["name"] == "ix_link_words_word_role"]
    return list(ix["column_names"])


def test_word_index_gains_the_day_and_keeps_rows(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    alembic_runner.migrate_up_to("c5d2a8e1f3b7")
    with alembic_engine.begin() as conn:
        conn.execute(text("INSERT INTO link_words (id, role, ref_id, source_id, word, parties, day, until)"
                          " VALUES (1, 'c', 7, NULL, 'fisheries', '|ghana|kenya|', :d, NULL)"),
                     {"d": dt.date(2026, 3, 10)})
    assert _columns(alembic_engine) == ["word", "role", "parties"]
    alembic_runner.migrate_up_one()
    assert _columns(alembic_engine) == ["word", "role", "parties", "day"]
    alembic_runner.migrate_down_one()
    assert _columns(alembic_engine) == ["word", "role", "parties"]
    with alembic_engine.connect() as conn:
        assert conn.execute(text("SELECT word FROM link_words")).scalar() == "fisheries"
