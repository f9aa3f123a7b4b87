"""indexes on the two foreign keys that had none

``history.evidence_id`` (ON DELETE SET NULL) and ``commitments.parent_id`` (ON
DELETE SET NULL) had no index, so deleting one evidence row (linking withdraws
a pending suggestion it no longer makes) or one commitment read the whole
history or commitments table to find the rows pointing at it. Every foreign
key now has an index that starts with its column (a test keeps it so).

Data: none changes; two indexes are built.

Revision ID: c7a1e5f3d9b4
Revises: b3d9e1f07a52
Create Date: 2026-12-03 13:20:00.000000

"""
from collections.abc import Sequence

from alembic import op

revision: str = 'c7a1e5f3d9b4'
down_revision: str | None = 'b3d9e1f07a52'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f('ix_history_evidence_id'), 'history', ['evidence_id'])
    op.create_index(op.f('ix_commitments_parent_id'), 'commitments', ['parent_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_commitments_parent_id'), table_name='commitments')
    op.drop_index(op.f('ix_history_evidence_id'), table_name='history')
