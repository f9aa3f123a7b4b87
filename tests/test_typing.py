"""Static checks: the modules in CLEAN pass `mypy --strict` and `ruff check`.

CLEAN grows as modules are cleaned; once it covers the whole package the list
can become ``src/tracker``. Modules outside it that the listed ones import are
read for their types (``--follow-imports=silent``) but their own errors are not
reported here. Both tools are in the ``test`` extra; the checks skip with the
reason when one is not installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: files and packages (paths from the project root) that must stay clean
CLEAN = [
    "src/tracker",  # the whole package
]


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


needs_mypy = pytest.mark.skipif(
    not _installed("mypy"), reason="mypy is not installed (pip install -e '.[test]')")
needs_ruff = pytest.mark.skipif(
    not _installed("ruff"), reason="ruff is not installed (pip install -e '.[test]')")


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=900, check=False)


def _mypy(*paths: str | Path) -> subprocess.CompletedProcess[str]:
    # the project's [tool.mypy] settings (pyproject.toml), strict spelled out as well
    return _run("mypy", "--config-file", ROOT / "pyproject.toml", "--strict",
                "--follow-imports=silent", *paths)


def test_clean_list_names_files_that_exist() -> None:
    missing = [p for p in CLEAN if not (ROOT / p).exists()]
    assert not missing, f"CLEAN names paths that do not exist: {missing}"
    assert CLEAN == sorted(set(CLEAN)), "keep CLEAN sorted and without repeats"


@needs_mypy
def test_clean_modules_pass_mypy_strict() -> None:
    proc = _mypy(*CLEAN)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@needs_mypy
def test_mypy_check_catches_an_error(tmp_path: Path) -> None:
    """The check above is not vacuous: the same settings reject untyped and ill-typed code."""
    bad = tmp_path / "bad_module.py"
    bad.write_text("def twice(x):\n    return x * 2\n\n\nn: int = 'one'\n", encoding="utf-8")
    proc = _mypy(bad)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "[no-untyped-def]" in proc.stdout
    assert "[assignment]" in proc.stdout


@needs_ruff
def test_clean_modules_pass_ruff() -> None:
    proc = _run("ruff", "check", "--no-cache", *CLEAN)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@needs_ruff
def test_the_tests_benchmarks_and_scripts_pass_ruff() -> None:
    """The suite, the benchmarks and the developer scripts are code too: the
    same rules hold for them."""
    proc = _run("ruff", "check", "--no-cache", "tests", "benchmarks", "scripts")
    assert proc.returncode == 0, proc.stdout + proc.stderr
