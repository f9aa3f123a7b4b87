"""link index: (series, n_parties) indexes

Candidates of no party list, or of a longer one holding all of a series' parties,
are read through an index on (series, n_parties) beside the one on (series, parties),
instead of a walk over every promise and event of the series' name (all pairs of
countries, all years).

Data: none changes; two indexes are built.

Revision ID: d4e2b8a6c1f3
Revises: c7a1e5f3d9b4
Create Date: 2026-12-03 13:50:00.000000

"""
from collections.abc import Sequence

from alembic import op

revision: str = 'd4e2b8a6c1f3'
down_revision: str | None = 'c7a1e5f3d9b4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_link_events_series_n_parties', 'link_events', ['series', 'n_parties'])
    op.create_index('ix_link_commitments_series_n_parties', 'link_commitments',
                    ['series', 'n_parties'])


def downgrade() -> None:
    op.drop_index('ix_link_commitments_series_n_parties', table_name='link_commitments')
    op.drop_index('ix_link_events_series_n_parties', table_name='link_events')
