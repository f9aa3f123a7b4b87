"""known_on: the day a commitment became known

``commitments.known_on`` is the publication date of the commitment's source
(a commitment added by hand: the day it was made), stored and indexed so that
"known by then" in a report or list as of a past date is one indexed range
instead of a subquery over sources. Triggers keep it right on every insert
and on every change of ``source_id``, ``made_on`` or a source's
``published_on``, whichever path writes (the ORM, a bulk insert, plain SQL).

Data: existing rows are filled from their sources; a downgrade drops the
column, its index and its triggers and keeps every other column.

Revision ID: 3b9e5d70c1a2
Revises: 3b9e4c7d2a15
Create Date: 2026-12-03 03:40:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '3b9e5d70c1a2'
down_revision: str | None = "3b9e4c7d2a15"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The rule, once, in SQL: the source's publication date, else the statement date.
_KNOWN = ("coalesce((SELECT sources.published_on FROM sources "
          "WHERE sources.id = {row}.source_id), {row}.made_on)")

_SQLITE_TRIGGERS = (
    ("commitments_known_on_ai",
     ("AFTER INSERT ON commitments WHEN new.known_on IS NOT {new} BEGIN "
      "UPDATE commitments SET known_on = {new} WHERE id = new.id; END")),
    ("commitments_known_on_au",
     ("AFTER UPDATE OF source_id, made_on, known_on ON commitments "
      "WHEN new.known_on IS NOT {new} BEGIN "
      "UPDATE commitments SET known_on = {new} WHERE id = new.id; END")),
    ("sources_known_on_au",
     ("AFTER UPDATE OF published_on ON sources BEGIN "
      "UPDATE commitments SET known_on = new.published_on WHERE source_id = new.id; END")),
)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column('commitments', sa.Column('known_on', sa.Date(), nullable=True))
    op.execute(f"UPDATE commitments SET known_on = {_KNOWN.format(row='commitments')}")
    op.create_index('ix_commitments_known_on_id', 'commitments', ['known_on', 'id'],
                    unique=False)
    new = _KNOWN.format(row='new')
    if bind.dialect.name == 'sqlite':
        for name, body in _SQLITE_TRIGGERS:
            op.execute(f"CREATE TRIGGER {name} {body.format(new=new)}")
    elif bind.dialect.name == 'postgresql':
        op.execute(
            "CREATE FUNCTION commitments_known_on() RETURNS trigger AS $$ BEGIN "
            f"NEW.known_on := {_KNOWN.format(row='NEW')}; RETURN NEW; END $$ LANGUAGE plpgsql")
        op.execute(
            "CREATE TRIGGER commitments_known_on BEFORE INSERT OR UPDATE OF source_id, made_on, "
            "known_on ON commitments FOR EACH ROW EXECUTE FUNCTION commitments_known_on()")
        op.execute(
            "CREATE FUNCTION sources_known_on() RETURNS trigger AS $$ BEGIN "
            "UPDATE commitments SET known_on = NEW.published_on WHERE source_id = NEW.id; "
            "RETURN NEW; END $$ LANGUAGE plpgsql")
        op.execute(
            "CREATE TRIGGER sources_known_on AFTER UPDATE OF published_on ON sources "
            "FOR EACH ROW EXECUTE FUNCTION sources_known_on()")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for name, _ in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif bind.dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS sources_known_on ON sources")
        op.execute("DROP TRIGGER IF EXISTS commitments_known_on ON commitments")
        op.execute("DROP FUNCTION IF EXISTS sources_known_on()")
        op.execute("DROP FUNCTION IF EXISTS commitments_known_on()")
    op.drop_index('ix_commitments_known_on_id', table_name='commitments')
    # Plain ALTER TABLE (SQLite >= 3.35 too): a batch copy would drop the FTS triggers.
    op.execute("ALTER TABLE commitments DROP COLUMN known_on")
