"""link index

Tables the linker reads instead of the corpus: each source's event mentions
(``link_events``), the body names before its promises and whether it was
linked (``link_sources``), the acronyms it defines (``link_aliases``), each
commitment's matching keys (``link_commitments``: series, parties, ordinal,
action class, window, the prepared view) and the capped content words of
unnamed deliverables (``link_words``).

Data: an existing store is backfilled on its next link (``tracker ingest`` or
``tracker link``): the keys are computed by the linker (tracker.linking), which
storage code may not import, so this migration creates the tables and the
application fills them for every source not indexed yet
(``tracker.lifecycle.suggestions.ensure_index``), marking those sources as linked.

Revision ID: 3b9e4c7d2a15
Revises: 7f1d2c9a4b60
Create Date: 2026-12-03 03:50:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '3b9e4c7d2a15'
down_revision: str | None = "7f1d2c9a4b60"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('link_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('long_key', sa.String(length=300), nullable=False),
    sa.Column('short_key', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_link_aliases_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link_aliases'))
    )
    op.create_index(op.f('ix_link_aliases_long_key'), 'link_aliases', ['long_key'], unique=False)
    op.create_index(op.f('ix_link_aliases_short_key'), 'link_aliases', ['short_key'], unique=False)
    op.create_index(op.f('ix_link_aliases_source_id'), 'link_aliases', ['source_id'], unique=False)
    op.create_table('link_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=300), nullable=True),
    sa.Column('parties', sa.String(length=300), nullable=False),
    sa.Column('n_parties', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('polarity', sa.String(length=30), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_link_events_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link_events'))
    )
    op.create_index('ix_link_events_series_ordinal', 'link_events', ['series', 'ordinal', 'day'], unique=False)
    op.create_index('ix_link_events_series_parties', 'link_events', ['series', 'parties'], unique=False)
    op.create_index(op.f('ix_link_events_source_id'), 'link_events', ['source_id'], unique=False)
    op.create_table('link_sources',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=False),
    sa.Column('mentions', sa.Text(), nullable=False),
    sa.Column('linked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_link_sources_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('source_id', name=op.f('pk_link_sources'))
    )
    op.create_table('link_words',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=1), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('word', sa.String(length=60), nullable=False),
    sa.Column('parties', sa.String(length=300), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_link_words_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link_words'))
    )
    op.create_index(op.f('ix_link_words_ref_id'), 'link_words', ['ref_id'], unique=False)
    op.create_index(op.f('ix_link_words_source_id'), 'link_words', ['source_id'], unique=False)
    op.create_index('ix_link_words_word_role', 'link_words', ['word', 'role', 'parties'], unique=False)
    op.create_table('link_commitments',
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('series', sa.String(length=300), nullable=True),
    sa.Column('parties', sa.String(length=300), nullable=False),
    sa.Column('n_parties', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('due_start', sa.Date(), nullable=True),
    sa.Column('due_end', sa.Date(), nullable=True),
    sa.Column('next', sa.Boolean(), nullable=False),
    sa.Column('signature', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_link_commitments_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_link_commitments_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('commitment_id', name=op.f('pk_link_commitments'))
    )
    op.create_index('ix_link_commitments_series_ordinal', 'link_commitments', ['series', 'ordinal'], unique=False)
    op.create_index('ix_link_commitments_series_parties', 'link_commitments', ['series', 'parties'], unique=False)
    op.create_index(op.f('ix_link_commitments_source_id'), 'link_commitments', ['source_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_link_commitments_source_id'), table_name='link_commitments')
    op.drop_index('ix_link_commitments_series_parties', table_name='link_commitments')
    op.drop_index('ix_link_commitments_series_ordinal', table_name='link_commitments')
    op.drop_table('link_commitments')
    op.drop_index('ix_link_words_word_role', table_name='link_words')
    op.drop_index(op.f('ix_link_words_source_id'), table_name='link_words')
    op.drop_index(op.f('ix_link_words_ref_id'), table_name='link_words')
    op.drop_table('link_words')
    op.drop_table('link_sources')
    op.drop_index(op.f('ix_link_events_source_id'), table_name='link_events')
    op.drop_index('ix_link_events_series_parties', table_name='link_events')
    op.drop_index('ix_link_events_series_ordinal', table_name='link_events')
    op.drop_table('link_events')
    op.drop_index(op.f('ix_link_aliases_source_id'), table_name='link_aliases')
    op.drop_index(op.f('ix_link_aliases_short_key'), table_name='link_aliases')
    op.drop_index(op.f('ix_link_aliases_long_key'), table_name='link_aliases')
    op.drop_table('link_aliases')
