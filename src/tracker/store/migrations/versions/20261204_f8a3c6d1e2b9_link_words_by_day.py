"""link words by day

The word index's lookups (``lifecycle.suggestions``: unnamed events and promises
sharing words, the structural, visit and occasion keys) all bound the day of
the rows they want; the index on ``(word, role, parties)`` found every row of a
word and a party set and filtered the days one by one, a walk that grew with
the store (issue 12: at 20,000 stored readouts, 4.7 ms a document for the
shared-word reads alone). ``ix_link_words_word_role`` now ends with ``day``,
so each lookup reads only its days' rows. Nothing else changes.

Revision ID: f8a3c6d1e2b9
Revises: c5d2a8e1f3b7
Create Date: 2026-12-04 23:00:00.000000

"""
from collections.abc import Sequence

from alembic import op

revision: str = 'f8a3c6d1e2b9'
down_revision: str | None = 'c5d2a8e1f3b7'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_link_words_word_role', table_name='link_words')
    op.create_index('ix_link_words_word_role', 'link_words', ['word', 'role', 'parties', 'day'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_link_words_word_role', table_name='link_words')
    op.create_index('ix_link_words_word_role', 'link_words', ['word', 'role', 'parties'], unique=False)
