"""b3d9e1f07a52: every existing commitment gets its own sentence as a mention;
down again keeps the commitments and gives a merge's moved evidence back to
the retired commitment."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text


def _fill(conn) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    conn.execute(text(
        "INSERT INTO sources (id, file_name, published_on, body, content_hash, ingested_at)"
        " VALUES (1, 'a.txt', '2024-01-01', 'Intro. The sides will meet.', 'h1', :now)"),
        {"now": now})
    for cid, quote, start in ((1, "The sides will meet.", 7), (2, "A hand-typed one.", None)):
        conn.execute(text(
            "INSERT INTO commitments (id, kind, source_id, made_on, quote, span_start, span_end,"
            " actors, subject, topics, confidence, origin, status, created_at, updated_at,"
            " version) VALUES (:id, 'commitment', 1, '2024-01-01', :q, :s, :e, 'A', 'meeting',"
            " '', 1.0, 'manual', 'open', :now, :now, 1)"),
            {"id": cid, "q": quote, "s": start, "e": None if start is None else start + len(quote),
             "now": now})


def test_backfill_and_downgrade(alembic_runner, alembic_engine) -> None:  # type: ignore[no-untyped-def]
    alembic_runner.migrate_up_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        _fill(conn)
    alembic_runner.migrate_up_to("b3d9e1f07a52")
    with alembic_engine.begin() as conn:
        rows = conn.execute(text(
            "SELECT commitment_id, source_id, quote, span_start, span_end, kind, merge_id"
            " FROM mentions ORDER BY commitment_id")).all()
        assert [tuple(r) for r in rows] == [
            (1, 1, "The sides will meet.", 7, 27, "stated", None),
            (2, 1, "A hand-typed one.", None, None, "stated", None),
        ]
        now = dt.datetime(2024, 2, 1, tzinfo=dt.UTC)
        conn.execute(text(
            "INSERT INTO evidence (id, commitment_id, source_id, kind, quote, confidence, origin,"
            " review, created_at) VALUES (5, 1, 1, 'fulfils', 'met', 0.9, 'suggested',"
            " 'pending', :now)"), {"now": now})
        conn.execute(text(
            "INSERT INTO merges (kept_id, retired_id, merged_by, merged_at, effective_on,"
            " moved_evidence) VALUES (2, 1, 'ann', :now, '2024-02-01', '5')"), {"now": now})
        conn.execute(text("UPDATE evidence SET commitment_id = 2 WHERE id = 5"))
    alembic_runner.migrate_down_to("7f1d2c9a4b60")
    with alembic_engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM commitments")).scalar() == 2
        assert conn.execute(text("SELECT commitment_id FROM evidence WHERE id = 5")).scalar() == 1
    alembic_runner.migrate_up_to("heads")
    with alembic_engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM mentions")).scalar() == 2
