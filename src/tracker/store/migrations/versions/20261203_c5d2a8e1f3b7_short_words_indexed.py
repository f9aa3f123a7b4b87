"""short words indexed

SQLite only: the FTS5 trigram table ``commitments_fts`` now indexes every
column's value followed by two spaces, so every substring of 1 or 2
characters is the start of some trigram; a short word is then found by
listing the index's terms that start with it (the ``fts5vocab`` table
``commitments_fts_vocab``, range ``[word, word || U+10FFFF)``) and matching
their OR. The spaces add only trigrams that end in a space, which no typed
word (split on whitespace) can contain, so 3+ character words find what they
found before.

* ``commitments_fts_text``: a view, the padded values, and the FTS table's
  external content (so ``'rebuild'`` indexes what the triggers index);
* ``commitments_fts`` recreated over it, the three triggers padding the
  values they insert and the old values of their ``'delete'`` rows, then
  filled by ``'rebuild'``;
* ``commitments_fts_vocab``: ``fts5vocab(commitments_fts, row)``.

The downgrade puts back the table of 5c3e8d21f7a4 (content ``commitments``,
unpadded), its triggers, and rebuilds it. PostgreSQL: nothing (``pg_trgm``
cannot serve a pattern under 3 characters; see docs/tui.md).

NOTE for later migrations (replaces the note of 5c3e8d21f7a4): an SQLite
batch-mode rebuild of ``commitments`` drops the triggers; recreate them with
the statements of ``_triggers(pad=True)`` below and run
``INSERT INTO commitments_fts(commitments_fts) VALUES('rebuild')``.

Revision ID: c5d2a8e1f3b7
Revises: d4e2b8a6c1f3
Create Date: 2026-12-03 13:30:00.000000

"""
from collections.abc import Sequence

from alembic import op

revision: str = 'c5d2a8e1f3b7'
down_revision: str | None = 'd4e2b8a6c1f3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLS = ("subject", "quote", "actors", "due_expression")
_PAD = "'  '"
_TRIGGERS = ("commitments_fts_ai", "commitments_fts_ad", "commitments_fts_au")


def _values(row: str, pad: bool) -> str:
    return ", ".join([f"{row}.id", *(f"{row}.{c} || {_PAD}" if pad else f"{row}.{c}"
                                     for c in _COLS)])


def _triggers(pad: bool) -> list[str]:
    cols = ", ".join(_COLS)
    old, new = _values("old", pad), _values("new", pad)
    return [
        ("CREATE TRIGGER commitments_fts_ai AFTER INSERT ON commitments BEGIN "
        f"INSERT INTO commitments_fts(rowid, {cols}) VALUES ({new}); END"),
        ("CREATE TRIGGER commitments_fts_ad AFTER DELETE ON commitments BEGIN "
        f"INSERT INTO commitments_fts(commitments_fts, rowid, {cols}) "
        f"VALUES ('delete', {old}); END"),
        ("CREATE TRIGGER commitments_fts_au AFTER UPDATE OF id, subject, quote, actors, "
        "due_expression ON commitments BEGIN "
        f"INSERT INTO commitments_fts(commitments_fts, rowid, {cols}) VALUES ('delete', {old}); "
        f"INSERT INTO commitments_fts(rowid, {cols}) VALUES ({new}); END"),
    ]


def _recreate(pad: bool) -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS commitments_fts_vocab")
    op.execute("DROP TABLE IF EXISTS commitments_fts")
    op.execute("DROP VIEW IF EXISTS commitments_fts_text")
    content = "commitments"
    if pad:
        content = "commitments_fts_text"
        padded = ", ".join(f"{c} || {_PAD} AS {c}" for c in _COLS)
        op.execute(f"CREATE VIEW commitments_fts_text AS SELECT id, {padded} FROM commitments")
    op.execute(
        f"CREATE VIRTUAL TABLE commitments_fts USING fts5({', '.join(_COLS)}, "
        f"content='{content}', content_rowid='id', tokenize='trigram')"
    )
    for statement in _triggers(pad):
        op.execute(statement)
    op.execute("INSERT INTO commitments_fts(commitments_fts) VALUES ('rebuild')")
    if pad:
        op.execute("CREATE VIRTUAL TABLE commitments_fts_vocab "
                   "USING fts5vocab(commitments_fts, row)")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(pad=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(pad=False)
