"""The review queue: machine-suggested evidence to confirm or reject, and
extractions the extractor was unsure of (confidence < 0.6)."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from tracker.tui import queries, safe
from tracker.tui.messages import Loaded
from tracker.tui.screens import actions
from tracker.tui.screens.base import TrackerScreen


class ReviewScreen(TrackerScreen):
    TITLE = "Review queue"
    BINDINGS: ClassVar = [
        Binding("c", "confirm", "Confirm"),
        Binding("x", "reject", "Reject"),
        Binding("enter", "open", "Open", show=False),
        Binding("tab", "app.focus_next", "Next table", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[int, queries.Suggestion] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="r-summary", classes="heading")
        yield DataTable(id="r-suggestions", cursor_type="row", zebra_stripes=True)
        yield Static(Text(f"Low-confidence extractions (< {queries.LOW_CONFIDENCE})",
                          style="bold"), classes="heading")
        yield DataTable(id="r-low", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        t = self.query_one("#r-suggestions", DataTable)
        for key, title in (("id", "Ev"), ("cid", "Com."), ("kind", "Kind"), ("conf", "Conf"),
                           ("date", "Event date"), ("subject", "Commitment"),
                           ("quote", "Passage"), ("source", "Source")):
            t.add_column(title, key=key)
        low = self.query_one("#r-low", DataTable)
        for key, title in (("id", "ID"), ("conf", "Conf"), ("subject", "Subject"),
                           ("phrase", "Due phrase"), ("rule", "Rule")):
            low.add_column(title, key=key)
        self.load()

    def on_screen_resume(self) -> None:
        self.load()

    def data_changed(self, ids: tuple[int, ...]) -> None:
        self.load()

    def load(self) -> None:
        self.read("review", lambda s: (queries.suggestions(s), queries.low_confidence(s)),
                  group="review")

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        sugg, low = message.data
        self.items = {s.evidence_id: s for s in sugg}
        t = self.query_one("#r-suggestions", DataTable)
        cursor = t.cursor_row
        t.clear()
        for s in sugg:
            t.add_row(Text(str(s.evidence_id)), Text(str(s.commitment_id)),
                      Text(s.kind.replace("_", " ")), Text(f"{s.confidence:.2f}"),
                      Text(str(s.event_date or "—")), safe.cell(s.subject, 32),
                      safe.cell(s.quote or s.reason, 44), safe.cell(s.source or "—", 24),
                      key=str(s.evidence_id))
        if sugg:
            t.move_cursor(row=min(cursor, len(sugg) - 1), animate=False)
        lt = self.query_one("#r-low", DataTable)
        lt.clear()
        for c in low:
            lt.add_row(Text(str(c.commitment_id)), Text(f"{c.confidence:.2f}", style="yellow"),
                       safe.cell(c.subject, 50), safe.cell(c.due_expression or "—", 24),
                       safe.cell(c.due_rule or "—", 24), key=str(c.commitment_id))
        self.query_one("#r-summary", Static).update(Text.assemble(
            (f" {len(sugg)} suggestion(s) to review", "bold"),
            "  ·  c confirm  ·  x reject  ·  enter open the commitment",
        ))

    def selected(self) -> queries.Suggestion | None:
        evidence_id = self.cursor_id(self.query_one("#r-suggestions", DataTable))
        return self.items.get(evidence_id) if evidence_id is not None else None

    def action_confirm(self) -> None:
        if (s := self.selected()) is not None:
            actions.confirm_evidence(self.tracker, s.evidence_id, s.commitment_id)

    def action_reject(self) -> None:
        if (s := self.selected()) is not None:
            actions.reject_evidence(self.tracker, s.evidence_id, s.commitment_id)

    def action_open(self) -> None:
        focused = self.focused
        if isinstance(focused, DataTable) and focused.id == "r-low":
            self.open_commitment(self.cursor_id(focused))
        elif (s := self.selected()) is not None:
            self.open_commitment(s.commitment_id)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [
            ("Confirm the selected suggestion", "sets the status it supports",
             self.action_confirm),
            ("Reject the selected suggestion", "kept, out of the queue", self.action_reject),
            ("Open the selected commitment", "", self.action_open),
        ]
