"""Alembic migrations, shipped inside the package.

``SCHEMA_HEAD`` names the newest revision so that the lean command paths can
see "already at head" without importing Alembic; a test checks it against
Alembic's own view of the scripts.
"""

SCHEMA_HEAD = "9a4c2e7b1d36"
