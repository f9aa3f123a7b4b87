"""The ``alembic`` command line's environment: the package's own env, run as is."""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[1] / "src/tracker/store/migrations/env.py"))
