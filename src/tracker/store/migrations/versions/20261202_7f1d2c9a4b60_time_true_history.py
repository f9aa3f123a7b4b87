"""time-true history

Every history row records two times: when it was recorded (``at`` becomes
``recorded_at``) and the day it took effect in the world (``effective_on``).
Window changes keep the old and the new window in columns instead of note
text, so a report as of a past date can use the window of then.

Data: existing rows take effect on the day they were recorded, except the
``created`` rows, which take effect on the commitment's statement date (the
commitment is known from then on). Existing window rows kept the windows only
in their note, so they are recorded as leaving the current window unchanged.

Revision ID: 7f1d2c9a4b60
Revises: 5c3e8d21f7a4
Create Date: 2026-12-02 18:50:00.000000

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7f1d2c9a4b60'
down_revision: str | None = '5c3e8d21f7a4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WINDOW_COLS = ("from_due_start", "from_due_end", "to_due_start", "to_due_end")


def upgrade() -> None:
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index('ix_history_commitment_at')
        batch_op.alter_column('at', new_column_name='recorded_at',
                              existing_type=sa.DateTime(timezone=True), existing_nullable=False)
        batch_op.add_column(sa.Column('effective_on', sa.Date(), nullable=True))
        for name in _WINDOW_COLS:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('from_due_rule', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('to_due_rule', sa.String(length=200), nullable=True))

    history = sa.table(
        'history', sa.column('id'), sa.column('commitment_id'), sa.column('event'),
        sa.column('recorded_at', sa.DateTime(timezone=True)), sa.column('effective_on', sa.Date()),
        *(sa.column(n, sa.Date()) for n in _WINDOW_COLS),
        sa.column('from_due_rule'), sa.column('to_due_rule'),
    )
    commitments = sa.table(
        'commitments', sa.column('id'), sa.column('made_on', sa.Date()),
        sa.column('due_start', sa.Date()), sa.column('due_end', sa.Date()),
        sa.column('due_rule'),
    )
    c = commitments.c
    of_commitment = commitments.c.id == history.c.commitment_id
    # Created rows: effective on the statement date; other rows: on the day recorded.
    op.execute(history.update().where(history.c.event == 'created').values(
        effective_on=sa.select(c.made_on).where(of_commitment).scalar_subquery()))
    op.execute(history.update().where(history.c.event != 'created').values(
        effective_on=sa.func.date(history.c.recorded_at)
        if op.get_bind().dialect.name == 'sqlite'
        else sa.cast(history.c.recorded_at, sa.Date)))
    # Window rows: the windows were kept in the note only; record "unchanged".
    op.execute(history.update().where(history.c.event == 'window').values(
        from_due_start=sa.select(c.due_start).where(of_commitment).scalar_subquery(),
        from_due_end=sa.select(c.due_end).where(of_commitment).scalar_subquery(),
        to_due_start=sa.select(c.due_start).where(of_commitment).scalar_subquery(),
        to_due_end=sa.select(c.due_end).where(of_commitment).scalar_subquery(),
        from_due_rule=sa.select(c.due_rule).where(of_commitment).scalar_subquery(),
        to_due_rule=sa.select(c.due_rule).where(of_commitment).scalar_subquery(),
    ))

    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.alter_column('effective_on', existing_type=sa.Date(), nullable=False)
        batch_op.create_index('ix_history_commitment_effective',
                              ['commitment_id', 'effective_on', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index('ix_history_commitment_effective')
        for name in (*_WINDOW_COLS, 'from_due_rule', 'to_due_rule', 'effective_on'):
            batch_op.drop_column(name)
        batch_op.alter_column('recorded_at', new_column_name='at',
                              existing_type=sa.DateTime(timezone=True), existing_nullable=False)
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.create_index('ix_history_commitment_at', ['commitment_id', 'at'], unique=False)
