"""Sources: the stored documents; one opens with its commitments highlighted.
New documents are ingested from a path (documents.read_document +
services.ingest_document, in a worker)."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Input, Static

from tracker.app import queries
from tracker.tui import safe
from tracker.tui.messages import Loaded
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.widgets import ModeBar, TrackerFooter

SPAN_STYLE = {"open": "bold reverse yellow", "in_progress": "bold reverse yellow",
              "fulfilled": "bold reverse green", "missed": "bold reverse red"}


class SourcesScreen(TrackerScreen):
    TITLE = "Sources"
    AUTO_FOCUS = "#s-table"
    BINDINGS: ClassVar = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("enter", "open", "Open"),
        Binding("i", "ingest", "Ingest"),
        Binding("escape", "focus_table", "Table", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield ModeBar("sources")
        yield Input(placeholder="filter: title, publisher, file or URL…", id="s-q")
        yield Static("", id="s-summary", classes="heading")
        yield DataTable(id="s-table", cursor_type="row", zebra_stripes=True)
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.load()

    def on_resize(self) -> None:
        self.load()  # the title's width follows the screen's

    def on_screen_resume(self) -> None:
        self.load()

    def data_changed(self, ids: tuple[int, ...]) -> None:
        self.load()

    def load(self) -> None:
        text = self.query_one("#s-q", Input).value
        self.read("sources", lambda s: queries.sources(s, text), group="sources")

    @on(Input.Changed, "#s-q")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.load()

    @on(Input.Submitted, "#s-q")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_focus_table()

    def action_focus_filter(self) -> None:
        self.query_one("#s-q", Input).focus()

    def action_focus_table(self) -> None:
        self.query_one("#s-table", DataTable).focus()

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        rows: list[queries.SourceRow] = message.data
        t = self.query_one("#s-table", DataTable)
        cursor = t.cursor_row
        # Columns added anew each time: a column keeps the widest width it
        # has seen. The item count before the file name: the file is what a
        # narrow terminal cuts.
        t.clear(columns=True)
        for key, title in (("id", "ID"), ("date", "Published"), ("title", "Title"),
                           ("publisher", "Publisher"), ("n", "Items"), ("file", "File")):
            t.add_column(title, key=key)
        # the title takes what the other columns leave (ID, date, publisher,
        # items, cell padding), at most 50
        title_w = max(20, min(50, self.size.width - 48))
        for r in rows:
            t.add_row(Text(str(r.id)), Text(str(r.published_on)),
                      safe.cell(r.title or "(untitled)", title_w),
                      safe.cell(r.publisher or "—", 18),
                      Text(str(r.commitments), justify="right"),
                      safe.cell(r.file_name, 26), key=str(r.id))
        if rows:
            t.move_cursor(row=min(cursor, len(rows) - 1), animate=False)
        text = self.query_one("#s-q", Input).value.strip()
        if text:
            summary = (f" {len(rows)} source(s) match “{safe.one_line(text, 30)}”"
                       "  ·  esc back to the list")
        else:
            summary = (f" {len(rows)} source(s)  ·  enter open  ·  i ingest a file or folder"
                       if rows else " No sources yet: press i to ingest a file or folder "
                       "(e.g. seeds/), or run `tracker ingest seeds/`")
        self.query_one("#s-summary", Static).update(Text(summary))

    def action_open(self) -> None:
        source_id = self.cursor_id(self.query_one("#s-table", DataTable))
        if source_id is not None:
            self.app.push_screen(SourceScreen(source_id))

    def action_ingest(self) -> None:
        self.tracker.action_ingest()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [
            ("Open the selected source", "its text with commitments highlighted",
             self.action_open),
            ("Filter the sources", "by title, publisher, file or URL",
             self.action_focus_filter),
            ("Ingest a file or folder", "read and store documents", self.action_ingest),
        ]


def highlighted_body(view: queries.SourceView) -> Text:
    """The body, cleaned, with every commitment span highlighted (never markup)."""
    raw = view.body
    text = safe.text(raw)
    for sp in view.spans:
        a = len(safe.clean(raw[: sp.start]))
        b = a + len(safe.clean(raw[sp.start: sp.end]))
        text.stylize(SPAN_STYLE.get(sp.status, "bold reverse"), a, b)
    return text


class SourceScreen(TrackerScreen):
    TITLE = "Source"
    BINDINGS: ClassVar = [
        Binding("escape", "back", "Back"),
        Binding("enter", "open", "Open commitment", show=False),
    ]

    def __init__(self, source_id: int) -> None:
        super().__init__()
        self.source_id = source_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="src-meta", classes="section")
        with VerticalScroll(id="src-body-scroll"):
            yield Static("", id="src-body")
        yield DataTable(id="src-items", cursor_type="row")
        yield TrackerFooter()

    def on_mount(self) -> None:
        t = self.query_one("#src-items", DataTable)
        for key, title in (("id", "ID"), ("status", "Status"), ("subject", "Commitment")):
            t.add_column(title, key=key)
        self.load()

    def load(self) -> None:
        source_id = self.source_id
        self.read("source", lambda s: queries.source_view(s, source_id), group="source")

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        v: queries.SourceView = message.data
        meta = Text()
        meta.append(safe.clean(v.row.title or v.row.file_name, keep_newlines=False),
                    style="bold")
        meta.append(f"\n{v.row.published_on}  ·  "
                    f"{safe.clean(v.row.publisher or 'publisher unknown', keep_newlines=False)}"
                    f"  ·  {safe.clean(v.row.file_name, keep_newlines=False)}"
                    f"  ·  {v.row.commitments} item(s), highlighted")
        self.query_one("#src-meta", Static).update(meta)
        self.query_one("#src-body", Static).update(highlighted_body(v))
        t = self.query_one("#src-items", DataTable)
        t.clear()
        for sp in v.spans:
            t.add_row(Text(str(sp.commitment_id)), Text(sp.status.replace("_", " ")),
                      safe.cell(sp.subject, 80), key=str(sp.commitment_id))

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_open(self) -> None:
        self.open_commitment(self.cursor_id(self.query_one("#src-items", DataTable)))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()
