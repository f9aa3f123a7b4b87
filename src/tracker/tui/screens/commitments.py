"""The main screen: the commitments, filtered, sorted and paged in SQL.

Only one page (``PAGE_SIZE`` rows) is ever in the table. PageDown on the last
row fetches the next page, PageUp on the first the previous one. Rows are
keyed by commitment id; after a change the changed rows are re-read and their
cells updated in place.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, DataTable, Input, Select, Static

from tracker.app import queries
from tracker.app.queries import ListQuery, Page, Row
from tracker.domain import statuses
from tracker.tui import safe
from tracker.tui.messages import Loaded, LoadFailed
from tracker.tui.screens import actions
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.widgets import MeasuredTable, ModeBar, TrackerFooter

BADGE_STYLE = {
    "overdue": "bold red",
    "due": "bold yellow",
    "not_due": "cyan",
    "open_ended": "blue",
    "on_time": "bold green",
    "fulfilled": "green",
    "late": "dark_orange",
    "missed": "red",
}
BADGE_LABEL = {
    "not_due": "not due", "open_ended": "open-ended", "on_time": "on time",
    "partially_fulfilled": "partial",
}
STATUS_LABEL = {"partially_fulfilled": "partial", "in_progress": "in progress"}
SORT_COLUMNS = {"subject": "subject", "window": "due_end", "status": "status",
                "source": "made_on", "id": "id"}
COUNT_DELAY = 0.15  # seconds of quiet before the matches are counted
SORT_CYCLE = ("due_end", "due_start", "made_on", "subject", "status", "id", "confidence")
# The key columns first (what is due when, and how it stands): a narrow
# terminal cuts the ones after them (actors, evidence, source).
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("id", "ID", 5), ("subject", "Subject", None), ("window", "Due window", 21),
    ("status", "Status", 11), ("badge", "Timeliness", 10), ("actors", "Actors", 14),
    ("ev", "Ev", 3), ("source", "Source", 10),
)
ALWAYS_SHOWN = ("id", "subject")  # the columns ``v`` cannot hide


def visible_columns(saved: Any) -> tuple[str, ...]:
    """The saved choice of columns (in the table's order, the fixed ones
    always in); anything unreadable is every column."""
    if not isinstance(saved, list) or not all(isinstance(k, str) for k in saved):
        return tuple(key for key, _, _ in COLUMNS)
    return tuple(key for key, _, _ in COLUMNS if key in saved or key in ALWAYS_SHOWN)


def badge(timeliness: str) -> Text:
    return Text(BADGE_LABEL.get(timeliness, timeliness.replace("_", " ")),
                style=BADGE_STYLE.get(timeliness, ""))


def party_names() -> list[str]:
    """Every party's canonical name, for the actor box before the database
    has said which actors it holds."""
    from tracker.domain import parties

    return [p.name for p in parties.suggest("", limit=None)]


def parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


class PagedTable(MeasuredTable):
    """A DataTable holding one page; asks for the next/previous page at the edges."""

    class Edge(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    def action_page_down(self) -> None:
        if self.row_count and self.cursor_row >= self.row_count - 1:
            self.post_message(self.Edge(+1))
        else:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self.cursor_row <= 0:
            self.post_message(self.Edge(-1))
        else:
            super().action_page_up()


class CommitmentsScreen(TrackerScreen):
    """Commitments: filter bar, one page of rows, paging, sorting, actions."""

    TITLE = "Commitments"
    LOAD_FAILED_TITLE = "Could not read the database"
    AUTO_FOCUS = "#table"
    BINDINGS: ClassVar = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("enter", "open", "Open", show=False),
        Binding("s", "status", "Status"),
        Binding("r", "resolve", "Resolve"),
        Binding("n", "note", "Note"),
        Binding("w", "window", "Window"),
        Binding("e", "evidence", "Evidence"),
        Binding("o", "sort", "Sort"),
        Binding("O", "reverse", "Reverse", show=False),
        Binding("v", "choose_columns", "Columns", show=False),
        Binding("right_square_bracket", "page(1)", "Next page", show=False),
        Binding("left_square_bracket", "page(-1)", "Prev page", show=False),
        Binding("i", "ingest", "Ingest", show=False),
        Binding("escape", "focus_table", "Table", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.query_state = ListQuery()
        self.page_offset = 0
        self.page: Page | None = None
        self.total: int | None = None
        self.generation = 0
        self._busy = False
        self._dirty = False
        self._cursor_to_end = False
        self._debounce_timer: Any = None
        self._count_timer: Any = None
        self._count_stop: threading.Event | None = None
        self.counting = False
        self.last_key_time: float | None = None
        self.last_latency: float | None = None
        self.columns: tuple[str, ...] = visible_columns(None)

    def compose(self) -> ComposeResult:
        yield ModeBar("commitments")
        with Horizontal(id="filters"):
            yield Input(placeholder="filter: words, actors, acronyms (JWG)…", id="q")
            yield Select([(Text(actions.label(s)), s) for s in statuses.STATUSES],
                         prompt="any status", id="status")
            yield Input(placeholder="actor", id="actor",
                        suggester=SuggestFromList(party_names(), case_sensitive=False))
            yield Input(placeholder="topic", id="topic")
            yield Checkbox("overdue", id="overdue")
            yield Checkbox("pending", id="pending")
            yield Input(placeholder="as of YYYY-MM-DD", id="as-of")
        yield Static("", id="summary")
        yield Static("", id="empty")
        yield PagedTable(id="table", cursor_type="row", zebra_stripes=True)
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.query_one("#as-of", Input).value = self.tracker.today.isoformat()
        # The sort and the columns the user chose last time (the app's settings).
        sort, descending = self.tracker.setting("sort"), self.tracker.setting("descending")
        self.query_state = ListQuery(as_of=self.tracker.today)
        if sort in SORT_CYCLE:
            self.query_state = replace(self.query_state, sort=sort,
                                       descending=descending is True)
        self.tracker.list_query = self.query_state
        self.columns = visible_columns(self.tracker.setting("columns"))
        self._add_columns()
        self.query_one("#empty").display = False
        self.request_page(0)
        self.load_stats()
        self.read("known", queries.known, group="commitments-known")

    def on_unmount(self) -> None:
        self.tracker.thaw_heap()

    def on_screen_resume(self) -> None:
        if self.page is not None:
            self.request_page(self.page_offset, keep_cursor=True)

    # --- loading --------------------------------------------------------------

    def request_page(self, offset: int, *, keep_cursor: bool = False) -> None:
        """Ask for a page; while one is being read, later requests coalesce."""
        self.generation += 1
        self.page_offset = offset
        self._keep_cursor = keep_cursor
        if self._busy:
            self._dirty = True
            return
        self._busy = True
        self._dirty = False
        self.load_page(self.generation, self.query_state, offset, self.tracker.today)

    def load_page(self, generation: int, q: ListQuery, offset: int, today: dt.date) -> None:
        self.read("page", lambda s: queries.fetch_page(s, q, offset, today),
                  group="commitments-page", generation=generation)

    def load_count(self, generation: int, q: ListQuery, today: dt.date) -> None:
        self.stop_count()
        stop = self._count_stop = threading.Event()
        self.read("count", lambda s: queries.count(s, q, today, stop),
                  group="commitments-count", generation=generation)

    def stop_count(self) -> None:
        """Stop counting (the filter changed): a count running in a worker
        stops at once, so the next page never waits behind it."""
        if self._count_timer is not None:
            self._count_timer.stop()
        if self._count_stop is not None:
            self._count_stop.set()

    def load_stats(self) -> None:
        self.read("stats", queries.stats, group="commitments-stats")

    def load_rows(self, ids: tuple[int, ...], as_of: dt.date) -> None:
        # Not exclusive: rows changed by two quick actions are both re-read.
        self.read("rows", lambda s: queries.rows_by_id(s, ids, as_of),
                  group="commitments-rows", exclusive=False)

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        if message.key == "page":
            self._busy = False
            if self._dirty or message.generation != self.generation:
                # The filter changed while reading: read again, show only the latest.
                self._busy = True
                self._dirty = False
                self.load_page(self.generation, self.query_state, self.page_offset,
                               self.tracker.today)
                return
            self.show_page(message.data)
            self._schedule_count()
        elif message.key == "count":
            if message.generation == self.generation and message.data is not None:
                self.counting = False
                self.total = message.data
                self.update_summary()
        elif message.key == "stats":
            st: queries.Stats = message.data
            empty = self.query_one("#empty", Static)
            empty.display = st.commitments == 0
            self.query_one(PagedTable).display = st.commitments > 0
            if st.commitments == 0:
                empty.update(Text.assemble(
                    ("Nothing to track yet.\n\n", "bold"),
                    "Load documents: press ", ("i", "bold"),
                    " to ingest a file or folder (for example ", ("seeds/", "bold"), "),\n",
                    "or run ", ("tracker ingest seeds/", "bold"),
                    " in a shell, then come back.\n\n",
                    f"{st.sources} source(s) stored.",
                ))
        elif message.key == "rows":
            self.update_rows(message.data)
        elif message.key == "known":
            kn: queries.Known = message.data
            self.query_one("#actor", Input).suggester = SuggestFromList(
                kn.actors, case_sensitive=False)
            self.query_one("#topic", Input).suggester = SuggestFromList(
                kn.topics, case_sensitive=False)

    def _schedule_count(self) -> None:
        """Count once typing pauses: a count scans every match, and running it
        between keystrokes would slow the next page down."""
        self.counting = True
        self.stop_count()
        self._count_timer = self.set_timer(
            COUNT_DELAY, lambda: self.load_count(self.generation, self.query_state,
                                                 self.tracker.today))

    def on_load_failed(self, message: LoadFailed) -> None:
        # TrackerScreen.on_load_failed runs next (Textual walks the MRO) and notifies.
        if message.key == "page":
            self._busy = False

    # --- showing ----------------------------------------------------------------

    def _add_columns(self) -> None:
        table = self.query_one(PagedTable)
        for key, title, _width in COLUMNS:
            if key in self.columns:
                table.add_column(title, key=key)

    def _subject_width(self) -> int:
        shown = [w for key, _, w in COLUMNS if key in self.columns]
        fixed = sum(w for w in shown if w) + 2 * len(shown) + 2
        self._shown_subject_w = max(16, self.size.width - fixed)
        return self._shown_subject_w

    def on_resize(self) -> None:
        """The subject takes the width the other columns leave: a page drawn
        before the first layout (size 0, when the read wins the race) or
        before the terminal was resized is drawn again at the new width."""
        before = getattr(self, "_shown_subject_w", None)
        if self.page is None or before is None or self._subject_width() == before:
            return
        self._redraw()

    def _redraw(self) -> None:
        """Draw the columns and the page again, cursor kept (a column keeps
        the widest width it has seen until it is added anew)."""
        table = self.query_one(PagedTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        self._add_columns()
        if self.page is not None:
            sw = self._subject_width()
            for r in self.page.rows:
                table.add_row(*self._cells(r, sw), key=str(r.id))
            if self.page.rows:
                table.move_cursor(row=min(cursor, len(self.page.rows) - 1), animate=False)
        table.measure_now()

    def _cells(self, r: Row, subject_w: int) -> list[Text]:
        """The cells of the visible columns, in the table's order."""
        every = {
            "id": Text(str(r.id), justify="right"),
            "subject": safe.cell(r.subject, subject_w),
            "actors": safe.cell(", ".join(r.actors), 14),
            "window": Text(f"{r.due_start or '…'}…{r.due_end or '…'}"
                           if r.due_end or r.due_start else "open-ended"),
            "status": Text(STATUS_LABEL.get(r.status, r.status)),
            "badge": badge(r.timeliness),
            "ev": Text(f"{r.evidence}" + ("*" if r.pending else ""), justify="right",
                       style="bold" if r.pending else ""),
            "source": Text(str(r.source_date or r.made_on)),
        }
        return [every[key] for key in self.columns]

    def show_page(self, page: Page) -> None:
        table = self.query_one(PagedTable)
        old_rows = {r.id: r for r in self.page.rows} if self.page else {}
        old_ids = list(old_rows)
        new_ids = [r.id for r in page.rows]
        self.page = page
        drawn_w = getattr(self, "_shown_subject_w", None)
        sw = self._subject_width()
        if old_ids == new_ids and table.row_count == len(new_ids):
            same_width = sw == drawn_w
            # the same rows (another letter of a word they all match): only what changed is
            # drawn again, usually nothing
            for r in page.rows:
                if same_width and old_rows[r.id] == r:
                    continue
                for key, value in zip(self.columns, self._cells(r, sw), strict=True):
                    table.update_cell(str(r.id), key, value)
        else:
            cursor = table.cursor_row if self._keep_cursor else 0
            table.clear()
            for r in page.rows:
                table.add_row(*self._cells(r, sw), key=str(r.id))
            if self._cursor_to_end:
                cursor = max(0, len(page.rows) - 1)
                self._cursor_to_end = False
            if page.rows:
                table.move_cursor(row=min(cursor, len(page.rows) - 1), animate=False)
        table.measure_now()
        self.update_summary()
        if self.last_key_time is not None:
            # key to painted frame: measured once the screen with this page has been drawn
            key_time, self.last_key_time = self.last_key_time, None
            self.call_after_refresh(self._painted, key_time)
        self.call_after_refresh(self.tracker.collect_garbage)  # (after the frame above)

    def _painted(self, key_time: float) -> None:
        self.last_latency = time.monotonic() - key_time

    def update_rows(self, rows: list[Row]) -> None:
        table = self.query_one(PagedTable)
        if self.page is None:
            return
        sw = self._subject_width()
        by_id = {r.id: r for r in rows}
        self.page = replace(self.page, rows=tuple(by_id.get(r.id, r) for r in self.page.rows))
        for r in rows:
            if str(r.id) in table.rows:
                for key, value in zip(self.columns, self._cells(r, sw), strict=True):
                    table.update_cell(str(r.id), key, value)
        table.measure_now()

    def update_summary(self) -> None:
        q = self.query_state
        page = self.page
        shown = len(page.rows) if page else 0
        total = ("…" if self.total is None else f"{queries.COUNT_LIMIT:,}+"
                 if self.total > queries.COUNT_LIMIT else f"{self.total:,}")
        span = f"{self.page_offset + 1}–{self.page_offset + shown}" if shown else "0"
        arrow = "↓" if q.descending else "↑"
        self.query_one("#summary", Static).update(Text.assemble(
            (f" {span} of {total}", "bold"),
            f"  ·  sorted by {q.sort.replace('_', ' ')} {arrow}",
            f"  ·  as of {(q.as_of or self.tracker.today).isoformat()}",
            "  ·  PgUp/PgDn at the edges change page" if page and (page.has_more or self.page_offset)
            else "",
        ), layout=False)  # one line, as wide as the screen (tracker.tcss): no new layout,
        # which would draw the table a second time for each page (a keystroke's slowest part)

    def data_changed(self, ids: tuple[int, ...]) -> None:
        """After an action: update changed rows in place, re-count, refresh stats."""
        if ids:
            self.load_rows(ids, self.query_state.as_of or self.tracker.today)
            if self._busy:
                # A page read that began before the change was saved would
                # overwrite the fresh cells with old ones: read it again.
                self.request_page(self.page_offset, keep_cursor=True)
        else:
            self.request_page(self.page_offset, keep_cursor=True)
            self.read("known", queries.known, group="commitments-known")  # new actors?
        self.total = None
        self.load_count(self.generation, self.query_state, self.tracker.today)
        self.load_stats()

    # --- filter bar ---------------------------------------------------------------

    def set_query(self, **changes: Any) -> None:
        before = self.query_state
        self.query_state = replace(self.query_state, **changes)
        if (before.sort, before.descending) != (self.query_state.sort,
                                                self.query_state.descending):
            self.tracker.save_setting("sort", self.query_state.sort)
            self.tracker.save_setting("descending", self.query_state.descending)
        self.tracker.list_query = self.query_state
        self.total = None
        self.stop_count()
        if self.tracker.debounce > 0:
            if self._debounce_timer is not None:
                self._debounce_timer.stop()
            self._debounce_timer = self.set_timer(self.tracker.debounce,
                                                  lambda: self.request_page(0))
        else:
            self.request_page(0)

    @on(Input.Changed, "#q")
    def _text(self, event: Input.Changed) -> None:
        # (from the key that changed it, when a key did: its event's monotonic time)
        key_at = self.tracker.last_key_at
        if key_at is not None:
            self.tracker.last_key_at = None  # (each key counts once)
        self.last_key_time = key_at if key_at is not None else time.monotonic()
        self.set_query(text=event.value)

    @on(Input.Changed, "#actor")
    def _actor(self, event: Input.Changed) -> None:
        self.set_query(actor=event.value)

    @on(Input.Changed, "#topic")
    def _topic(self, event: Input.Changed) -> None:
        self.set_query(topic=event.value)

    @on(Input.Changed, "#as-of")
    def _as_of(self, event: Input.Changed) -> None:
        day = parse_date(event.value) if event.value.strip() else self.tracker.today
        event.input.set_class(day is None, "-invalid")
        if day is not None and day != self.query_state.as_of:
            self.set_query(as_of=day)

    @on(Select.Changed, "#status")
    def _status(self, event: Select.Changed) -> None:
        value = None if event.value in (Select.NULL, Select.BLANK) else str(event.value)
        self.set_query(status=value)

    @on(Checkbox.Changed, "#overdue")
    def _overdue(self, event: Checkbox.Changed) -> None:
        self.set_query(overdue=event.value)

    @on(Checkbox.Changed, "#pending")
    def _pending(self, event: Checkbox.Changed) -> None:
        self.set_query(pending=event.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.action_focus_table()

    @on(PagedTable.Edge)
    def _edge(self, event: PagedTable.Edge) -> None:
        self.action_page(event.step)

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        sort = SORT_COLUMNS.get(str(event.column_key.value))
        if sort is None:
            return
        if sort == self.query_state.sort:
            self.set_query(descending=not self.query_state.descending)
        else:
            self.set_query(sort=sort, descending=False)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    # --- actions ----------------------------------------------------------------

    def current(self) -> Row | None:
        table = self.query_one(PagedTable)
        if self.page is None or not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((r for r in self.page.rows if str(r.id) == key), None)

    def action_focus_filter(self) -> None:
        self.query_one("#q", Input).focus()

    def action_focus_table(self) -> None:
        self.query_one(PagedTable).focus()

    def action_page(self, step: int) -> None:
        if self.page is None:
            return
        if step > 0 and self.page.has_more:
            self._cursor_to_end = False
            self.request_page(self.page_offset + queries.PAGE_SIZE)
        elif step < 0 and self.page_offset > 0:
            self._cursor_to_end = True
            self.request_page(max(0, self.page_offset - queries.PAGE_SIZE))

    def action_sort(self) -> None:
        i = SORT_CYCLE.index(self.query_state.sort) if self.query_state.sort in SORT_CYCLE else 0
        self.set_query(sort=SORT_CYCLE[(i + 1) % len(SORT_CYCLE)])

    def action_reverse(self) -> None:
        self.set_query(descending=not self.query_state.descending)

    def action_choose_columns(self) -> None:
        """``v``: a checklist of the columns; the choice is saved."""
        from tracker.tui.screens.modals import ColumnsModal

        choices = [(title, key, key in self.columns) for key, title, _ in COLUMNS
                   if key not in ALWAYS_SHOWN]

        def done(chosen: list[str] | None) -> None:
            if chosen is not None:
                self.set_columns(chosen)

        self.app.push_screen(ColumnsModal(
            "Visible columns", choices,
            intro=f"{' and '.join(t for k, t, _ in COLUMNS if k in ALWAYS_SHOWN)} "
                  "are always shown. Space toggles; saved for next time."), done)

    def set_columns(self, chosen: list[str]) -> None:
        """Show these columns (plus the fixed ones), redraw the page, save."""
        columns = visible_columns(chosen)
        self.tracker.save_setting("columns", [k for k in columns if k not in ALWAYS_SHOWN])
        if columns == self.columns:
            return
        self.columns = columns
        self._redraw()

    def action_open(self) -> None:
        row = self.current()
        if row is not None:
            from tracker.tui.screens.detail import DetailScreen

            self.app.push_screen(DetailScreen(row.id))

    def action_status(self) -> None:
        if (row := self.current()) is not None:
            actions.change_status(self.tracker, row.id, row.status, row.version)

    def action_resolve(self) -> None:
        if (row := self.current()) is not None:
            actions.resolve(self.tracker, row.id, row.version)

    def action_note(self) -> None:
        if (row := self.current()) is not None:
            actions.add_note(self.tracker, row.id)

    def action_window(self) -> None:
        if (row := self.current()) is not None:
            actions.edit_window(self.tracker, row.id, row.version, row.due_start, row.due_end)

    def action_evidence(self) -> None:
        if (row := self.current()) is not None:
            actions.add_evidence(self.tracker, row.id)

    def action_ingest(self) -> None:
        self.tracker.action_ingest()

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        row = self.current()
        out = [
            ("Filter: focus the filter box", "Type words, actors or an acronym",
             self.action_focus_filter),
            ("Sort: next column", "Cycle the sort column", self.action_sort),
            ("Sort: reverse order", "Ascending ↔ descending", self.action_reverse),
            ("Columns: choose the visible ones", "saved for next time",
             self.action_choose_columns),
            ("Page: next", "Show the next page", lambda: self.action_page(1)),
            ("Page: previous", "Show the previous page", lambda: self.action_page(-1)),
            ("Ingest a file or folder", "Store documents and extract commitments",
             self.action_ingest),
        ]
        if row is not None:
            subj = safe.one_line(row.subject, 40)
            out += [
                (f"Open commitment {row.id}", subj, self.action_open),
                (f"Change status of {row.id}", subj, self.action_status),
                (f"Mark {row.id} resolved (fulfilled)", subj, self.action_resolve),
                (f"Add a note to {row.id}", subj, self.action_note),
                (f"Edit the due window of {row.id}", subj, self.action_window),
                (f"Add evidence to {row.id}", subj, self.action_evidence),
            ]
        return out
