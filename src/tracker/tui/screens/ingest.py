"""The ingest dialog: a progress bar (documents done / total and the file
being read) while ``Tracker.ingest`` runs in a worker, a Cancel that stops
between documents (those already stored stay), and at the end a result
table of every document — stored, already known, or refused with its reason
— kept until dismissed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Label, ProgressBar, Static

from tracker.tui import safe
from tracker.tui.widgets import MeasuredTable, TrackerFooter


@dataclass(frozen=True)
class OutcomeRow:
    """One document's outcome, as plain data for the table."""

    name: str
    result: str  # stored / known / refused
    items: int
    detail: str  # the reason refused, or how the date was found


DIALOG_W = 110  # #ingest's width in tracker.tcss (at most 95 % of the screen)
NAME_W = 40  # the widest a document's name is shown in the results
CHROME_H = 15  # the dialog's lines around the results: borders, title, bar, summary, buttons


class IngestModal(ModalScreen[None]):
    """Progress, then results. ``cancel_requested`` is what the worker's
    ``cancel`` callable reads."""

    BINDINGS: ClassVar = [
        Binding("escape", "cancel_or_close", "Cancel / close"),
    ]

    def __init__(self, path: str, start: Callable[[IngestModal], None] | None = None) -> None:
        """``start(modal)`` runs the ingest once the dialog is mounted (so the
        worker's first progress report always finds it ready)."""
        super().__init__()
        self.path_text = path
        self.begin = start
        self.cancel_requested = threading.Event()
        self.finished = False
        self.rows: list[OutcomeRow] = []
        self.total = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest", classes="dialog"):
            name = Path(self.path_text.strip()).name or self.path_text
            yield Label(Text(f"Ingest {name}"), classes="dialog-title")
            yield ProgressBar(total=None, show_eta=False, id="ing-bar")
            yield Static(Text("opening the database…"), id="ing-current")
            yield Static("", id="ing-summary")
            yield MeasuredTable(id="ing-results", cursor_type="row", zebra_stripes=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", variant="error", id="ing-cancel")
                yield Button("Close", variant="primary", id="ing-close")
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.query_one("#ing-results", DataTable).display = False
        self.query_one("#ing-close", Button).display = False
        if self.begin is not None:
            self.begin(self)

    # --- called on the UI thread by the worker (call_from_thread) -------------

    def started(self, files: list[Path]) -> None:
        self.total = len(files)
        self.query_one("#ing-bar", ProgressBar).update(total=max(1, len(files)), progress=0)
        first = files[0].name if files else "no documents found"
        self.query_one("#ing-current", Static).update(
            Text.assemble(f"0/{len(files)}  ", safe.text(first, keep_newlines=False)))

    def advanced(self, done: int, total: int, row: OutcomeRow, next_name: str | None) -> None:
        self.rows.append(row)
        self.query_one("#ing-bar", ProgressBar).update(total=max(1, total), progress=done)
        line = Text(f"{done}/{total}  ")
        line.append_text(safe.text(next_name or "finishing…", keep_newlines=False))
        if self.cancel_requested.is_set():
            line.append("  (cancelling…)", style="yellow")
        self.query_one("#ing-current", Static).update(line)

    def done(self, summary_line: str, cancelled: bool) -> None:
        self.finished = True
        self._fill_results()
        t = self.query_one("#ing-results", DataTable)
        t.display = True
        self.query_one("#ing-current", Static).update(
            Text("Cancelled: the documents stored so far stay." if cancelled else "Done.",
                 style="yellow" if cancelled else "green"))
        self.query_one("#ing-summary", Static).update(Text(summary_line, style="bold"))
        self.query_one("#ing-cancel", Button).display = False
        close = self.query_one("#ing-close", Button)
        close.display = True
        close.focus()

    def _fill_results(self) -> None:
        """Every document's row, refused ones first, at the dialog's width
        (again after a resize: a column keeps its width until added anew)."""
        style = {"stored": "green", "known": "dim", "refused": "bold red"}
        t = self.query_one("#ing-results", DataTable)
        t.clear(columns=True)
        name_w = min(NAME_W, max([len("Document"), *(len(r.name) for r in self.rows)]))
        # the reason takes the rest of the dialog's width and wraps: a refusal
        # is read in full, never cut
        dialog_w = min(DIALOG_W, int(self.size.width * 0.95)) if self.size.width else DIALOG_W
        inner = dialog_w - 2 - 4  # its border and padding
        detail_w = max(24, inner - name_w - len("refused") - len("Items") - 2 * 4 - 2)
        for key, title, width in (("name", "Document", name_w), ("result", "Result", None),
                                  ("items", "Items", None),
                                  ("detail", "Reason / date found by", detail_w)):
            t.add_column(title, key=key, width=width)
        order = sorted(range(len(self.rows)), key=lambda i: self.rows[i].result != "refused")
        for i in order:
            r = self.rows[i]
            t.add_row(safe.cell(r.name, name_w), Text(r.result, style=style.get(r.result, "")),
                      Text(str(r.items)), safe.text(r.detail, keep_newlines=False),
                      key=str(i), height=None)
        self._size_results()

    def _size_results(self) -> None:
        """The result table as tall as its rows, up to what the dialog leaves
        it on this screen (the rest scrolls)."""
        t = self.query_one("#ing-results", MeasuredTable)
        if not self.finished:
            return
        t.measure_now()  # the rows' heights, wrapped reasons included
        room = max(3, int(self.size.height * 0.9) - CHROME_H)
        lines = sum(row.height for row in t.rows.values()) + 1  # and the header
        t.styles.height = min(lines, room)

    def on_resize(self) -> None:
        if self.finished:
            self._fill_results()

    def failed(self, error: str) -> None:
        self.finished = True
        self.query_one("#ing-current", Static).update(safe.text(error, "bold red"))
        self.query_one("#ing-cancel", Button).display = False
        self.query_one("#ing-close", Button).display = True

    # --- the user ------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel_or_close()

    def action_cancel_or_close(self) -> None:
        if self.finished:
            self.dismiss(None)
        else:
            self.cancel_requested.set()
            self.query_one("#ing-current", Static).update(
                Text("cancelling after the current document…", style="yellow"))


def outcome_row(o: object) -> OutcomeRow:
    """A ``DocumentOutcome`` as a table row."""
    from tracker.app.ingest import DocumentOutcome

    assert isinstance(o, DocumentOutcome)
    if o.refused is not None:
        return OutcomeRow(o.path.name, "refused", 0, o.refused)
    how = f"{o.published_on} ({o.date_found_by})" if o.published_on else ""
    return OutcomeRow(o.path.name, "stored" if o.stored else "known",
                      o.commitments + o.asks, how)
