"""No traceback from any bad argument: huge or negative ids and limits, bad
dates, missing and binary files. Each is one line on stderr and a non-zero
exit (2 for a usage error, 1 for a refusal)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli

HUGE = str(2**63)
HUGER = str(2**70)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["show", HUGE], 2, "is not in the range 1<=x<=2147483647"),
        (["show", HUGER], 2, "is not in the range"),
        (["show", "-1"], 2, "No such option"),
        (["show", "--", "-1"], 2, "is not in the range"),
        (["show", "0x10"], 2, "is not a valid integer"),
        (["show", "2147483647"], 1, "no commitment with id 2147483647"),
        (["status", HUGE, "open"], 2, "is not in the range"),
        (["status", "1", "open", "--expect-version", HUGER], 2, "is not in the range"),
        (["resolve", "1", "--evidence", HUGE], 2, "is not in the range"),
        (["evidence", "confirm", HUGE], 2, "is not in the range"),
        (["evidence", "reject", "99"], 1, "no evidence with id 99"),
        (["note", HUGER, "text"], 2, "is not in the range"),
        (["list", "--limit", HUGER], 2, "is not in the range"),
        (["list", "--limit", "0"], 2, "is not in the range"),
        (["review", "--limit", HUGE], 2, "is not in the range 1<=x<=9223372036854775807"),
        (["list", "--as-of", "2024-02-30"], 2, "'2024-02-30' is not a date"),
        (["report", "overdue", "--as-of", "99999-01-01"], 2, "is not a date"),
        (["report", "overdue", "--as-of", "\x1b[31m"], 2, "is not a date"),
        (["add", "--quote", "q", "--subject", "s", "--due-end", "2024-13-01"], 2, "not a date"),
    ],
)
def test_bad_arguments_are_one_line(url: str, args: list[str], code: int, message: str) -> None:
    r = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    assert r.exit_code == code, r.output
    text = r.stdout if code == 0 else r.stderr
    assert message in text
    assert "Traceback" not in r.output
    if code == 1:
        assert r.stderr.count("\n") == 1


@pytest.mark.parametrize("command", ["review", "list"])
def test_the_largest_limit_works_on_both_databases(db_url: str, command: str) -> None:
    # SQLite and PostgreSQL take a 64-bit LIMIT: the bound is the largest one.
    r = CliRunner().invoke(cli, ["--db", db_url, command, "--limit", str(2**63 - 1)],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_missing_and_binary_files(url: str, tmp_path: Path, command: str) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    r = CliRunner().invoke(cli, ["--db", url, command, str(tmp_path / "missing.md"),
                                 str(binary)], catch_exceptions=False)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert lines[0].endswith("missing.md: refused: no such file")
    assert lines[1].endswith("image.txt: refused: binary file (or UTF-16 without a "
                             "byte-order mark), not a text document")
    assert "Traceback" not in r.output
