"""link reader stamp

Each indexed source keeps the digest of the readers that read it
(``link_sources.reader``, ``tracker.linking.stamp.reader_stamp``), so a store
indexed by another version of tracker is known and read again by ``tracker link``.

Data: existing rows get NULL, "read before the stamp was kept": the next
``tracker link`` reads every source again.

Revision ID: b3e9d2f4a7c1
Revises: 9a4c2e7b1d36
Create Date: 2026-12-07 13:30:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b3e9d2f4a7c1'
down_revision: str | None = '9a4c2e7b1d36'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('link_sources') as batch:
        batch.add_column(sa.Column('reader', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('link_sources') as batch:
        batch.drop_column('reader')
