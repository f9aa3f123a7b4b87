"""Alembic migrations, shipped inside the package.

``SCHEMA_HEAD`` names the newest revision so that the lean command paths can
see "already at head" without importing Alembic; a test checks it against
Alembic's own view of the scripts.
"""

SCHEMA_HEAD = "b3e9d2f4a7c1"
