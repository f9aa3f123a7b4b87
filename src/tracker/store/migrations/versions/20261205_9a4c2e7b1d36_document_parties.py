"""document parties

The link index keeps, for each indexed source, the countries its document names
(title included; ``link_sources.parties``, the index's party string
"|ghana|kenya|"). A promise naming one country or none in a bilateral statement
is that pair's (``match.prepare``), read without re-reading the body.

Data: existing rows get NULL, "read before the parties were kept": their
promises keep the parties they named until ``tracker link --rebuild`` reads the
sources again.

Revision ID: 9a4c2e7b1d36
Revises: f8a3c6d1e2b9
Create Date: 2026-12-05 09:00:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9a4c2e7b1d36'
down_revision: str | None = 'f8a3c6d1e2b9'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('link_sources') as batch:
        batch.add_column(sa.Column('parties', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('link_sources') as batch:
        batch.drop_column('parties')
