"""Overdue as of a date (reports.iter_overdue), and the report exported to a
file in any format through the front door (``Tracker.write_overdue``, written
atomically)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Label, Static

from tracker.app import queries
from tracker.tui import safe
from tracker.tui.messages import Loaded
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.screens.modals import Field, FormModal
from tracker.tui.widgets import ModeBar, TrackerFooter

if TYPE_CHECKING:
    from tracker.app import Tracker

EXTENSIONS = {"table": "txt", "markdown": "md", "csv": "csv", "json": "json", "html": "html"}
SUBJECT_MIN, SUGGESTION_W = 20, 48
# (key, title, width); the subject's width (None) is what the others leave.
# The suggestion comes before the source: what might close the item matters
# more than the file it was promised in, which a narrow terminal cuts first.
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("id", "ID", 5), ("days", "Days", 5), ("status", "Status", 11), ("window", "Window", 21),
    ("subject", "Subject", None),
    ("sugg", "Suggestion", SUGGESTION_W), ("source", "Source", 26),
)


class OverdueScreen(TrackerScreen):
    TITLE = "Overdue"
    BINDINGS: ClassVar = [
        Binding("x", "export", "Export"),
        Binding("enter", "open", "Open", show=False),
        Binding("slash", "focus_date", "As of"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.as_of: dt.date | None = None
        self.view: queries.OverdueView | None = None

    def compose(self) -> ComposeResult:
        yield ModeBar("overdue")
        with Horizontal(id="o-bar"):
            yield Label("As of ")
            yield Input(placeholder="YYYY-MM-DD", id="o-as-of")
            yield Static("", id="o-summary")
        yield DataTable(id="o-table", cursor_type="row", zebra_stripes=True)
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.as_of = self.tracker.today
        self.query_one("#o-as-of", Input).value = self.as_of.isoformat()
        self._add_columns()
        self.load(self.as_of)
        self.query_one("#o-table").focus()

    def on_screen_resume(self) -> None:
        if self.as_of:
            self.load(self.as_of)

    def data_changed(self, ids: tuple[int, ...]) -> None:
        if self.as_of:
            self.load(self.as_of)

    @on(Input.Changed, "#o-as-of")
    def _date(self, event: Input.Changed) -> None:
        try:
            day = dt.date.fromisoformat(event.value.strip())
        except ValueError:
            event.input.add_class("-invalid")
            return
        event.input.remove_class("-invalid")
        if day != self.as_of:
            self.as_of = day
            self.load(day)

    def load(self, as_of: dt.date) -> None:
        today = self.tracker.today
        self.read("overdue", lambda s: queries.overdue(s, as_of, today), group="overdue")

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        v: queries.OverdueView = message.data
        if v.as_of != self.as_of:
            return
        self.view = v
        self._draw()
        shown = f" (first {len(v.rows)})" if len(v.rows) < v.total else ""
        self.query_one("#o-summary", Static).update(Text(
            f"  {v.total} overdue{shown}, most overdue first  ·  x export"))

    def _add_columns(self) -> None:
        t = self.query_one("#o-table", DataTable)
        for key, title, _width in COLUMNS:
            t.add_column(title, key=key)

    def subject_width(self, suggestion_w: int) -> int:
        """What the ID, days, window and suggestion leave the subject (the
        source, last, may then fall off the right edge)."""
        fixed = sum(w for key, _, w in COLUMNS if w and key not in ("sugg", "source"))
        padding = 2 * len(COLUMNS) + 2  # cell padding and the scroll bar
        return max(SUBJECT_MIN, self.size.width - fixed - suggestion_w - padding)

    def _draw(self) -> None:
        """The rows at the screen's width (again after a resize: a column
        keeps the widest width it has seen until it is added anew)."""
        v = self.view
        if v is None:
            return
        t = self.query_one("#o-table", DataTable)
        cursor = t.cursor_row
        t.clear(columns=True)
        self._add_columns()
        sugg_w = min(SUGGESTION_W, max((len(r.suggestion) for r in v.rows), default=0))
        subject_w = self.subject_width(sugg_w)
        for r in v.rows:
            t.add_row(Text(str(r.id)), Text(str(r.days_overdue), style="bold red",
                                            justify="right"),
                      Text(r.status),  # as of the date, like the window
                      Text(f"{r.due_start or '…'}…{r.due_end}"),
                      safe.cell(r.subject, subject_w), safe.cell(r.suggestion, SUGGESTION_W),
                      safe.cell(r.source or "(by hand)", 26), key=str(r.id))
        if v.rows:
            t.move_cursor(row=min(cursor, len(v.rows) - 1), animate=False)

    def on_resize(self) -> None:
        self._draw()

    def action_focus_date(self) -> None:
        self.query_one("#o-as-of", Input).focus()

    def action_open(self) -> None:
        self.open_commitment(self.cursor_id(self.query_one("#o-table", DataTable)))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_export(self) -> None:
        as_of = self.as_of or self.tracker.today

        def done(values: dict[str, Any] | None) -> None:
            if not values:
                return
            fmt = values["format"]
            path = Path(values["path"] or f"overdue-{as_of}.{EXTENSIONS[fmt]}")

            def run(front: Tracker) -> str:
                n = front.write_overdue(as_of, fmt, path)
                return f"{n} overdue item(s) written to {path} ({fmt})"

            self.tracker.perform("Export", run)

        self.app.push_screen(FormModal(f"Export the overdue report as of {as_of}", [
            Field("format", "Format", options=[(f, f) for f in EXTENSIONS], value="markdown",
                  allow_blank=False, required=True),
            Field("path", "File", placeholder=f"overdue-{as_of}.md"),
        ], submit_label="Export"), done)

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [
            ("Export the overdue report", "table, markdown, csv, json or html",
             self.action_export),
            ("Change the as-of date", "", self.action_focus_date),
            ("Open the selected commitment", "", self.action_open),
        ]


__all__ = ["OverdueScreen"]
