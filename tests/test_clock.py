"""The wall clock is read in one place (tracker/domain/clock.py); the faces hand a
clock down and everything below takes dates from it. And the suite itself
holds on any date: its clock-dependent parts run with the machine's clock a
year ahead."""

from __future__ import annotations

import ast
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tracker"
READS = {("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
         ("time", "time"), ("time", "localtime"), ("pendulum", "now"), ("pendulum", "today")}


def _clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.func.attr) in READS:
                found.append(f"{path.relative_to(SRC)}:{node.lineno} {name}.{node.func.attr}()")
    return found


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    reads = [r for p in sorted(SRC.rglob("*.py")) if p.name != "clock.py"
             for r in _clock_reads(p)]
    assert reads == []


def test_the_clock_module_does_read_it() -> None:
    assert _clock_reads(SRC / "domain" / "clock.py")  # the check above looks at the right calls


@pytest.mark.skipif(os.environ.get("TRACKER_CLOCK_SHIFT_DAYS") is not None,
                    reason="already inside the shifted run")
def test_suite_holds_with_the_clock_a_year_ahead() -> None:
    """Run the parts of the suite that touch dates (CLI, reports, lifecycle,
    the UI) in a subprocess whose wall clock is 400 days ahead (time-machine,
    see conftest.py): they must pass exactly as today."""
    pytest.importorskip("time_machine")
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, TRACKER_CLOCK_SHIFT_DAYS="400")
    env.pop("TRACKER_TODAY", None)
    targets = ["tests/test_cli.py", "tests/test_reports.py", "tests/test_lifecycle.py",
               "tests/test_search.py", "tests/tui/test_screens.py", "-k", "not postgres"]
    out = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                          "-x", *targets], cwd=root, env=env, capture_output=True, text=True,
                         timeout=1200, check=False)
    tail = "\n".join(out.stdout.strip().splitlines()[-15:])
    assert out.returncode == 0, tail
    shifted = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    assert f"clock shifted to {shifted}" in out.stdout, tail
