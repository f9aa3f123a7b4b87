"""mentions and merges

One commitment, many mentions: ``mentions`` keeps every sentence that states a
commitment (quote, span, kind) as its provenance, and ``merges`` records an
analyst's "same as" between two commitments (who, when, why, and its undo).

Data: every existing commitment gets one mention, its own sentence (kind
``stated``: the sentence it was recorded from). The downgrade drops both
tables; a merge's evidence moves are undone first so no evidence is lost to
the retired commitment's id.

Revision ID: b3d9e1f07a52
Revises: 3b9e6c1d2a75
Create Date: 2026-12-03 03:55:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b3d9e1f07a52'
down_revision: str | None = '3b9e6c1d2a75'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of statuses.MENTION_KINDS as of this revision.
_KINDS = ('quote', 'official', 'stated', 'lead', 'paraphrase')


def upgrade() -> None:
    op.create_table(
        'merges',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kept_id', sa.Integer(), nullable=False),
        sa.Column('retired_id', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('merged_by', sa.String(length=200), nullable=False),
        sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('effective_on', sa.Date(), nullable=False),
        sa.Column('moved_evidence', sa.Text(), nullable=False),
        sa.Column('undone_by', sa.String(length=200), nullable=True),
        sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('undo_note', sa.Text(), nullable=True),
        sa.CheckConstraint('kept_id <> retired_id', name=op.f('ck_merges_distinct')),
        sa.ForeignKeyConstraint(['kept_id'], ['commitments.id'],
                                name=op.f('fk_merges_kept_id_commitments'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['retired_id'], ['commitments.id'],
                                name=op.f('fk_merges_retired_id_commitments'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_merges')),
    )
    op.create_index(op.f('ix_merges_kept_id'), 'merges', ['kept_id'], unique=False)
    op.create_index('ix_merges_retired_active', 'merges', ['retired_id', 'undone_at'], unique=False)

    op.create_table(
        'mentions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('commitment_id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=True),
        sa.Column('quote', sa.Text(), nullable=False),
        sa.Column('span_start', sa.Integer(), nullable=True),
        sa.Column('span_end', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('merge_id', sa.Integer(), nullable=True),
        sa.CheckConstraint('kind IN (' + ', '.join(repr(k) for k in _KINDS) + ')',
                           name=op.f('ck_mentions_kind')),
        sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'],
                                name=op.f('fk_mentions_commitment_id_commitments'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['source_id'], ['sources.id'],
                                name=op.f('fk_mentions_source_id_sources'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['merge_id'], ['merges.id'],
                                name=op.f('fk_mentions_merge_id_merges'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions')),
    )
    op.create_index(op.f('ix_mentions_commitment_id'), 'mentions', ['commitment_id'], unique=False)
    op.create_index(op.f('ix_mentions_source_id'), 'mentions', ['source_id'], unique=False)
    op.create_index(op.f('ix_mentions_merge_id'), 'mentions', ['merge_id'], unique=False)

    # Backfill: one mention per commitment, its own sentence.
    op.execute(
        "INSERT INTO mentions (commitment_id, source_id, quote, span_start, span_end, kind) "
        "SELECT id, source_id, quote, span_start, span_end, 'stated' FROM commitments "
        "ORDER BY id")


def downgrade() -> None:
    # Evidence a live merge moved to the kept commitment goes back to the
    # retired one (as undoing the merge would), before the record goes.
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT retired_id, moved_evidence FROM merges WHERE undone_at IS NULL")).all()
    for retired_id, moved in rows:
        ids = [int(x) for x in (moved or '').split(';') if x.strip()]
        if ids:
            bind.execute(sa.text("UPDATE evidence SET commitment_id = :c WHERE id IN ("
                                 + ', '.join(str(i) for i in ids) + ")"), {"c": retired_id})
    op.drop_index(op.f('ix_mentions_merge_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_source_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_commitment_id'), table_name='mentions')
    op.drop_table('mentions')
    op.drop_index('ix_merges_retired_active', table_name='merges')
    op.drop_index(op.f('ix_merges_kept_id'), table_name='merges')
    op.drop_table('merges')
