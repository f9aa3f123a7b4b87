"""canonical actors

Commitments stored before actors were kept as canonical parties (before the
party registry, 2026-12-02) may hold an actor as it was typed or extracted
then: "US", "U.S.", "Washington". The actor filter matches canonical names,
so such a commitment would be missed by ``--actor US``. This migration
stores every commitment's actors as canonical parties (``tracker.domain.parties``,
the rule the application uses when it stores actors), leaving names the
registry does not know as they are.

Each changed commitment gets a history note (event ``note``, by
``migration e4c17a9b3d52``) saying what the actors were and are; the note
carries both lists as JSON so the downgrade restores the old text exactly
and removes its notes. Nothing else changes (not the version, not
``updated_at``): no analyst edited the commitment.

Revision ID: e4c17a9b3d52
Revises: 3b9e5d70c1a2
Create Date: 2026-12-03 04:00:00.000000

"""
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'e4c17a9b3d52'
down_revision: str | None = "3b9e5d70c1a2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BY = 'migration e4c17a9b3d52'
PREFIX = 'actors stored as canonical parties: '
SEPARATOR = '; '  # tracker.store.models.LIST_SEPARATOR when this was written

commitments = sa.table('commitments', sa.column('id', sa.Integer()),
                       sa.column('actors', sa.Text()))
history = sa.table(
    'history', sa.column('id', sa.Integer()), sa.column('commitment_id', sa.Integer()),
    sa.column('event', sa.String()), sa.column('recorded_at', sa.DateTime(timezone=True)),
    sa.column('effective_on', sa.Date()), sa.column('by', sa.String()),
    sa.column('note', sa.Text()),
)


def _canonical(actors: str) -> str:
    from tracker.domain import parties

    items = [a.strip() for a in actors.split(';') if a.strip()]
    return SEPARATOR.join(parties.canonical_names(items))


def upgrade() -> None:
    conn = op.get_bind()
    from tracker.domain import clock

    now = clock.system().now()  # the one wall-clock reader
    if conn.dialect.name == 'sqlite':
        now = now.replace(tzinfo=None)  # stored as naive UTC, as the models do
    rows = conn.execute(sa.select(commitments.c.id, commitments.c.actors)
                        .where(commitments.c.actors.is_not(None), commitments.c.actors != '')
                        .order_by(commitments.c.id)).all()
    for cid, actors in rows:
        canonical = _canonical(actors)
        if canonical == actors:
            continue
        conn.execute(commitments.update().where(commitments.c.id == cid)
                     .values(actors=canonical))
        conn.execute(history.insert().values(
            commitment_id=cid, event='note', recorded_at=now, effective_on=now.date(), by=BY,
            note=PREFIX + json.dumps({'before': actors, 'after': canonical},
                                     ensure_ascii=False)))


def downgrade() -> None:
    conn = op.get_bind()
    notes = conn.execute(sa.select(history.c.id, history.c.commitment_id, history.c.note)
                         .where(history.c.by == BY, history.c.event == 'note')
                         .order_by(history.c.id.desc())).all()
    for hid, cid, note in notes:
        if not note or not note.startswith(PREFIX):
            continue
        change = json.loads(note[len(PREFIX):])
        # only where the actors are still what the upgrade wrote
        conn.execute(commitments.update()
                     .where(commitments.c.id == cid, commitments.c.actors == change['after'])
                     .values(actors=change['before']))
        conn.execute(history.delete().where(history.c.id == hid))
