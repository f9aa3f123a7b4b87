"""``tracker ingest``: a Rich progress bar on a terminal, plain lines when piped."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker import cli as cli_module
from tracker.cli import cli


def folder(tmp_path: Path, n: int) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(n):
        (docs / f"note-{i:02}.txt").write_text(
            f"Readout {i}\n\nThe two ministers agreed to hold talks on port access "
            f"within {i + 2} months.\n", encoding="utf-8")
    return docs


def _terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """The CLI's progress console on a 100-column terminal whose screen is returned."""
    from rich.console import Console

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100, color_system=None)
    monkeypatch.setattr(cli_module, "_progress_console", lambda: console)
    return screen


def drawn_lines(screen: str) -> list[str]:
    """The terminal's output as lines, cursor and erase sequences taken out."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "\n", screen).replace("\r", "\n").splitlines()


def test_piped_ingest_prints_plain_lines_and_no_bar(db_url: str, tmp_path: Path) -> None:
    docs = folder(tmp_path, 4)
    result = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(docs),
                                      "--date", "2024-03-01"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len([ln for ln in lines if ": stored as source" in ln]) == 4
    assert "ingesting" not in result.output and "━" not in result.output
    assert "\x1b[" not in result.output  # no terminal control codes in a pipe


def test_terminal_ingest_shows_a_progress_bar(db_url: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _terminal(monkeypatch)
    docs = folder(tmp_path, 4)
    result = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(docs),
                                      "--date", "2024-03-01"])
    assert result.exit_code == 0, result.output
    shown = screen.getvalue()
    assert "ingesting" in shown and "━" in shown
    assert all(f"{i}/4" in shown for i in (1, 2, 3, 4))  # documents done / total
    assert "note-0" in shown  # the current file
    # each document's line still appears, printed above the bar by the bar's
    # own console: written behind Rich's back (click.echo) it ran on from the
    # bar's line on a real terminal ("… 12/50 0:00:00 note-11.txt/tmp/…: stored")
    lines = drawn_lines(shown)
    stored = [ln for ln in lines if ": stored as source" in ln]
    assert len(stored) == 4 and ": stored as source" not in result.output
    assert all(ln.startswith(str(docs)) for ln in stored), stored


def test_a_refusal_under_the_bar_is_its_own_line(db_url: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _terminal(monkeypatch)
    docs = folder(tmp_path, 3)
    (docs / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(docs),
                                      "--date", "2024-03-01"])
    assert result.exit_code == 1
    lines = drawn_lines(screen.getvalue())
    refused = [ln for ln in lines if ": refused:" in ln]
    assert refused == [f"{docs / 'empty.txt'}: refused: empty document"], refused
    assert "1 document refused" in result.output  # the summary, once the bar is gone


def test_a_single_document_shows_no_bar(db_url: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _terminal(monkeypatch)
    docs = folder(tmp_path, 1)
    result = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(docs / "note-00.txt"),
                                      "--date", "2024-03-01"])
    assert result.exit_code == 0, result.output
    assert "━" not in screen.getvalue() and ": stored as source" in result.output


def test_the_real_check_needs_both_streams_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stream(io.StringIO):
        def __init__(self, tty: bool) -> None:
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    import sys

    for out, err, wanted in ((True, True, True), (False, True, False), (True, False, False)):
        monkeypatch.setattr(sys, "stdout", Stream(out))
        monkeypatch.setattr(sys, "stderr", Stream(err))
        assert (cli_module._progress_console() is not None) is wanted
