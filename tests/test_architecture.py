"""The import contracts in pyproject.toml hold (the same check .ci/run runs)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([exe], cwd=root, capture_output=True, text=True, timeout=300,
                         check=False)
    assert out.returncode == 0, out.stdout[-3000:]
    assert "0 broken" in out.stdout


ROOMS = {"app", "cli", "data", "domain", "extract", "ingest", "lifecycle", "linking",
         "reports", "store", "temporal", "tui"}


def test_every_module_lives_in_a_room() -> None:
    """A newcomer finds each concern by folder name (docs/architecture.md):
    nothing but the package's own entry files sits at the top of src/tracker."""
    pkg = Path(__file__).resolve().parents[1] / "src" / "tracker"
    loose = sorted(p.name for p in pkg.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    assert loose == [], f"put these in a room: {loose}"
    folders = {p.name for p in pkg.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))}
    assert folders == ROOMS, f"rooms changed: {sorted(folders ^ ROOMS)} (update docs/architecture.md)"
