"""initial schema

Revision ID: a1be9b0f52c8
Revises: 
Create Date: 2026-11-22 19:28:21.869796

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a1be9b0f52c8'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=True),
    sa.Column('publisher', sa.String(length=500), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_sources_content_hash'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_published_on'), ['published_on'], unique=False)

    op.create_table('commitments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('actors', sa.String(length=1000), nullable=False),
    sa.Column('action', sa.String(length=200), nullable=True),
    sa.Column('subject', sa.String(length=2000), nullable=False),
    sa.Column('topics', sa.String(length=1000), nullable=False),
    sa.Column('due_expression', sa.String(length=500), nullable=True),
    sa.Column('due_start', sa.Date(), nullable=True),
    sa.Column('due_end', sa.Date(), nullable=True),
    sa.Column('due_rule', sa.String(length=200), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('commitment', 'ask')", name=op.f('ck_commitments_kind')),
    sa.CheckConstraint("origin IN ('extracted', 'manual')", name=op.f('ck_commitments_origin')),
    sa.CheckConstraint("status IN ('open', 'in_progress', 'fulfilled', 'partially_fulfilled', 'missed', 'superseded', 'withdrawn')", name=op.f('ck_commitments_status')),
    sa.CheckConstraint('due_start IS NULL OR due_end IS NULL OR due_start <= due_end', name=op.f('ck_commitments_window')),
    sa.ForeignKeyConstraint(['parent_id'], ['commitments.id'], name=op.f('fk_commitments_parent_id_commitments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_commitments_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments'))
    )
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.create_index('ix_commitments_active_due_end', ['due_end'], unique=False, sqlite_where=sa.text("status IN ('open', 'in_progress')"), postgresql_where=sa.text("status IN ('open', 'in_progress')"))
        batch_op.create_index('ix_commitments_source_id_span', ['source_id', 'span_start'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('review', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('review_note', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('fulfils', 'partially_fulfils', 'progress', 'missed', 'restates')", name=op.f('ck_evidence_kind')),
    sa.CheckConstraint("origin IN ('suggested', 'confirmed')", name=op.f('ck_evidence_origin')),
    sa.CheckConstraint("review IN ('pending', 'confirmed', 'rejected')", name=op.f('ck_evidence_review')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_evidence_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_evidence_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence')),
    sa.UniqueConstraint('commitment_id', 'source_id', 'kind', 'span_start', name='uq_evidence_passage')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index('ix_evidence_review_commitment', ['review', 'commitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_source_id'), ['source_id'], unique=False)

    op.create_table('history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('event', sa.String(length=20), nullable=False),
    sa.Column('from_status', sa.String(length=30), nullable=True),
    sa.Column('to_status', sa.String(length=30), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('evidence_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("event IN ('created', 'status', 'window', 'note')", name=op.f('ck_history_event')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_history_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_history_evidence_id_evidence'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history'))
    )
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.create_index('ix_history_commitment_at', ['commitment_id', 'at'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index('ix_history_commitment_at')

    op.drop_table('history')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_source_id'))
        batch_op.drop_index('ix_evidence_review_commitment')
        batch_op.drop_index(batch_op.f('ix_evidence_commitment_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.drop_index('ix_commitments_source_id_span')
        batch_op.drop_index('ix_commitments_active_due_end', sqlite_where=sa.text("status IN ('open', 'in_progress')"), postgresql_where=sa.text("status IN ('open', 'in_progress')"))

    op.drop_table('commitments')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_published_on'))

    op.drop_table('sources')

