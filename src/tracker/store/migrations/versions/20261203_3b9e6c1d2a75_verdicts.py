"""per-party verdicts

An analyst's verdict on one party's part in a commitment, on the G7 Research
Group's -1 / 0 / +1 scale. The table is a log, like history: a new verdict
for the same party replaces the one before it from its ``effective_on``, and
a withdrawal is a row with no score. Nothing is ever updated or deleted.

Data: a new table; no existing row changes.

Revision ID: 3b9e6c1d2a75
Revises: e4c17a9b3d52
Create Date: 2026-12-03 03:50:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '3b9e6c1d2a75'
down_revision: str | None = "e4c17a9b3d52"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'verdicts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('commitment_id', sa.Integer(), nullable=False),
        sa.Column('party', sa.String(length=200), nullable=False),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('effective_on', sa.Date(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('recorded_by', sa.String(length=200), nullable=False),
        sa.CheckConstraint('score IN (-1, 0, 1)', name=op.f('ck_verdicts_score')),
        sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'],
                                name=op.f('fk_verdicts_commitment_id_commitments'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_verdicts')),
    )
    op.create_index('ix_verdicts_commitment_party_effective', 'verdicts',
                    ['commitment_id', 'party', 'effective_on', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_verdicts_commitment_party_effective', table_name='verdicts')
    op.drop_table('verdicts')
