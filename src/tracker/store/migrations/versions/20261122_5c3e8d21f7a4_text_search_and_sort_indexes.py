"""text search and sort indexes

Indexes for the commitments list at 100k rows:

* the free-text filter.
  SQLite: an FTS5 external-content table ``commitments_fts`` (trigram
  tokenizer: case-insensitive substring search) over subject, quote, actors
  and due_expression, kept in sync with ``commitments`` by the triggers
  ``commitments_fts_ai`` / ``_ad`` / ``_au``, filled by a 'rebuild'.
  PostgreSQL: the ``pg_trgm`` extension (created in a SAVEPOINT: a user
  without the privilege still migrates, and then searches without this
  index) and a GIN trigram index ``ix_commitments_text_trgm`` on exactly the
  expression ``tracker.lifecycle.services.PG_TEXT_SQL`` the query uses. The downgrade
  drops the index but leaves the extension (other things may use it).
* sort orders an index can serve, so a page is read without sorting every
  row: due end ascending and descending with NULLs last in both, made_on,
  and the first 200 characters of the subject (each with id to break ties).

NOTE for later migrations (since c5d2a8e1f3b7 the table indexes padded
values and its triggers are those of that migration: use its note instead of
this one): an SQLite batch-mode table rebuild of
``commitments`` (``batch_alter_table`` with ``recreate``, which most
``alter_column`` changes on SQLite trigger) drops the three
``commitments_fts_*`` triggers with the old table. Such a migration must
recreate them (``create_fts_triggers`` below shows the statements) and should
run ``INSERT INTO commitments_fts(commitments_fts) VALUES('rebuild')``.

Revision ID: 5c3e8d21f7a4
Revises: a1be9b0f52c8
Create Date: 2026-11-22 20:05:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '5c3e8d21f7a4'
down_revision: str | None = 'a1be9b0f52c8'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept literally here (migrations do not import application code); must stay
# identical to tracker.lifecycle.services.PG_TEXT_SQL so PostgreSQL uses the index.
PG_TEXT_SQL = ("lower(subject || ' ' || quote || ' ' || actors || ' ' "
               "|| coalesce(due_expression, ''))")

_FTS_COLS = "subject, quote, actors, due_expression"
_OLD = "old.id, old.subject, old.quote, old.actors, old.due_expression"
_NEW = "new.id, new.subject, new.quote, new.actors, new.due_expression"

SORT_INDEXES: tuple[tuple[str, list[str | sa.TextClause]], ...] = (
    ("ix_commitments_due_end_nulls_last", [sa.text("(due_end IS NULL)"), "due_end", "id"]),
    ("ix_commitments_due_end_desc_nulls_last",
     [sa.text("(due_end IS NOT NULL)"), "due_end", "id"]),
    ("ix_commitments_made_on_id", ["made_on", "id"]),
    ("ix_commitments_subject_prefix_id", [sa.text("substr(subject, 1, 200)"), "id"]),
)


def create_fts_triggers() -> None:
    op.execute(
        "CREATE TRIGGER commitments_fts_ai AFTER INSERT ON commitments BEGIN "
        f"INSERT INTO commitments_fts(rowid, {_FTS_COLS}) VALUES ({_NEW}); END"
    )
    op.execute(
        "CREATE TRIGGER commitments_fts_ad AFTER DELETE ON commitments BEGIN "
        f"INSERT INTO commitments_fts(commitments_fts, rowid, {_FTS_COLS}) "
        f"VALUES ('delete', {_OLD}); END"
    )
    op.execute(
        "CREATE TRIGGER commitments_fts_au AFTER UPDATE OF id, subject, quote, actors, "
        "due_expression ON commitments BEGIN "
        f"INSERT INTO commitments_fts(commitments_fts, rowid, {_FTS_COLS}) "
        f"VALUES ('delete', {_OLD}); "
        f"INSERT INTO commitments_fts(rowid, {_FTS_COLS}) VALUES ({_NEW}); END"
    )


def upgrade() -> None:
    bind = op.get_bind()
    for name, cols in SORT_INDEXES:
        op.create_index(name, "commitments", cols, unique=False)
    if bind.dialect.name == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE commitments_fts USING fts5({_FTS_COLS}, "
            "content='commitments', content_rowid='id', tokenize='trigram')"
        )
        create_fts_triggers()
        op.execute("INSERT INTO commitments_fts(commitments_fts) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            pass  # no privilege: the text filter works, unindexed
        has_trgm = bind.exec_driver_sql(
            "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is not None
        if has_trgm:
            op.execute(
                f"CREATE INDEX ix_commitments_text_trgm ON commitments "
                f"USING gin (({PG_TEXT_SQL}) gin_trgm_ops)"
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("commitments_fts_au", "commitments_fts_ad", "commitments_fts_ai"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS commitments_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_commitments_text_trgm")
    for name, _cols in reversed(SORT_INDEXES):
        op.drop_index(name, table_name="commitments")
