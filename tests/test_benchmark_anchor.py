"""The benchmark's sqlite3-shell anchor runs the very statement tracker runs:
its parameters (20 of them hold a double quote) are bound through
``temp.sqlite_parameters``; with ``.param set`` they ran as NULL and the
shell printed other lines than tracker."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.app import Tracker
from tracker.domain.clock import FixedClock

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import report_benchmark
import scale_benchmark
import synth

TODAY = dt.date(2026, 6, 1)


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell")
def test_shell_prints_what_tracker_writes(tmp_path: Path) -> None:
    path = synth.build(tmp_path / "anchor.db", 600)
    with sqlite3.connect(path) as conn:  # text the quoting must get right
        conn.execute("""UPDATE commitments SET subject = 'the "4th" round, =SUM(A1)' """
                     "WHERE id IN (SELECT id FROM commitments WHERE status = 'open' "
                     "AND due_end < '2026-01-01' LIMIT 3)")
    shell = subprocess.run(["sqlite3", str(path)], capture_output=True, text=True, check=True,
                           input=report_benchmark.shell_script(TODAY, identical=True))
    assert "Error" not in shell.stderr, shell.stderr
    out = io.StringIO()
    n = Tracker(f"sqlite:///{path}", FixedClock(TODAY)).overdue_report(TODAY, "csv", out)
    assert n > 100
    assert shell.stdout.splitlines() == out.getvalue().splitlines()[1:]
    assert out.getvalue().count('"the ""4th"" round, =SUM(A1)"') == 3
    # the scale benchmark's row-form anchor finds the same rows
    rows = subprocess.run(["sqlite3", str(path)], capture_output=True, text=True, check=True,
                          input=scale_benchmark.shell_script("csv"))
    assert len(rows.stdout.splitlines()) == n
