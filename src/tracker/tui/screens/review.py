"""The review screen, master–detail: suggestions on the left (pending,
rejected or all: ``f``), and on the right the selected one in context — the
commitment (quote, window), the evidence passage highlighted inside its
source paragraph, the reason and confidence, and what confirming would
change (``services.confirm_effect``, computed with ``statuses.outcome``).

``c`` confirm and ``x`` reject take an optional note (``c`` on a rejected
suggestion reconsiders it: the rejection undone in history, then confirmed); ``space`` marks rows
for a bulk action; ``u`` undoes the last action (a reverting history row,
never a deletion). Below: extractions the extractor was unsure of
(confidence < 0.6)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Static

from tracker.app import queries
from tracker.tui import safe
from tracker.tui.messages import Loaded
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.screens.modals import Field, FormModal
from tracker.tui.widgets import NARROW, ModeBar, TrackerFooter

if TYPE_CHECKING:
    from tracker.app import Tracker

MARK = "●"
LIST_COLUMNS = (("mark", " "), ("id", "Ev"), ("kind", "Kind"), ("conf", "Conf"),
                ("review", "Review"), ("subject", "Commitment"))


def context_text(ctx: queries.ReviewContext) -> Text:
    """The right-hand pane, most decisive first: what confirming would change,
    why, the passage inside its paragraph, its source, then the commitment.
    Document text is never markup."""
    t = Text()
    t.append(f"Evidence {ctx.evidence_id}", style="bold")
    t.append(f"  {ctx.kind.replace('_', ' ')} · confidence {ctx.confidence:.2f} · ")
    t.append(ctx.review, style={"pending": "bold yellow", "confirmed": "green",
                                "rejected": "red"}.get(ctx.review, ""))
    if ctx.reviewed_by:
        t.append(f" by {safe.one_line(ctx.reviewed_by)}", style="dim")
    t.append(f"\nEvent date: {ctx.event_date or '—'}\n")
    if ctx.effect:
        t.append("If confirmed: ", style="bold")
        t.append(ctx.effect + "\n", style="cyan")
    if ctx.review_note:
        t.append("Review note: ", style="bold")
        t.append_text(safe.text(ctx.review_note))
        t.append("\n")
    t.append("Why: ", style="bold")
    t.append_text(safe.text(ctx.reason or "—"))
    t.append("\n\n")
    para = safe.text(ctx.paragraph)
    if ctx.span is not None:
        a, b = ctx.span
        a2 = len(safe.clean(ctx.paragraph[:a]))
        b2 = a2 + len(safe.clean(ctx.paragraph[a:b]))
        para.stylize("bold reverse", a2, b2)
    t.append_text(para)
    t.append("\n— ", style="dim")
    if ctx.source_file is None:
        t.append("added by hand\n", style="dim")
    else:
        t.append_text(safe.text(ctx.source_title or ctx.source_file, "dim",
                                keep_newlines=False))
        t.append(f" ({ctx.source_date})", style="dim")
        if ctx.source_publisher:
            t.append(", ", style="dim")
            t.append_text(safe.text(ctx.source_publisher, "dim", keep_newlines=False))
        if ctx.source_url:
            t.append("\n  ")
            t.append_text(safe.text(ctx.source_url, "underline dim", keep_newlines=False))
        t.append("\n")
    t.append("\n")
    t.append(f"Commitment {ctx.commitment_id}", style="bold")
    t.append(f"  {ctx.status.replace('_', ' ')} ({ctx.timeliness.replace('_', ' ')})\n")
    t.append_text(safe.text(ctx.subject))
    t.append("\nWindow: ", style="bold")
    t.append(ctx.window)
    t.append("\n“")
    t.append_text(safe.text(ctx.commitment_quote, "italic"))
    t.append("”")
    return t


class ReviewScreen(TrackerScreen):
    TITLE = "Review queue"
    BINDINGS: ClassVar = [
        Binding("c", "confirm", "Confirm"),
        Binding("x", "reject", "Reject"),
        Binding("u", "undo", "Undo"),
        Binding("space", "mark", "Mark"),
        Binding("f", "cycle_filter", "Filter"),
        Binding("right_square_bracket", "page(1)", "Next page", show=False),
        Binding("left_square_bracket", "page(-1)", "Prev page", show=False),
        Binding("enter", "open", "Open", show=False),
        Binding("tab", "app.focus_next", "Next table", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[int, queries.ReviewItem] = {}
        self.which = "pending"
        self.page_offset = 0
        self.total = 0
        self.pending_total = 0
        self.marked: set[int] = set()
        # each entry: the evidence ids one action reviewed (undone together)
        self.undo_stack: list[list[int]] = []
        self.shown_context: queries.ReviewContext | None = None
        self.shown_columns: tuple[str, ...] = ()

    def compose(self) -> ComposeResult:
        yield ModeBar("review")
        yield Static("", id="r-summary", classes="heading")
        with Horizontal(id="r-main"):
            yield DataTable(id="r-suggestions", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="r-context"):
                yield Static("", id="r-context-body")
        yield Static(Text(f"Low-confidence extractions (< {queries.LOW_CONFIDENCE})",
                          style="bold"), classes="heading", id="r-low-heading")
        yield DataTable(id="r-low", cursor_type="row", zebra_stripes=True)
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.shown_columns = self._columns()
        self._add_columns()
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
        which, offset = self.which, self.page_offset
        self.read("review", lambda s: (queries.review_page(s, which, offset),
                                       queries.low_confidence(s),
                                       queries.low_confidence_count(s)), group="review")

    def load_context(self, evidence_id: int | None) -> None:
        if evidence_id is None:
            self.shown_context = None
            self.query_one("#r-context-body", Static).update(
                Text("Nothing to review here.", style="dim"))
            return
        clock = self.tracker.clock
        self.read("context", lambda s: queries.review_context(s, evidence_id, clock),
                  group="review-context")

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        if message.key == "context":
            current = self.cursor_id(self.query_one("#r-suggestions", DataTable))
            if message.data.evidence_id != current:
                return  # a read for a row the cursor has already left
            self.shown_context = message.data
            self.query_one("#r-context-body", Static).update(context_text(message.data))
            return
        page, low, low_total = message.data
        if page.items == () and page.offset > 0 and page.total > 0:
            self.page_offset = max(0, (page.total - 1) // queries.REVIEW_PAGE * queries.REVIEW_PAGE)
            self.load()
            return
        self.total, self.pending_total = page.total, page.pending
        self.items = {s.evidence_id: s for s in page.items}
        self.marked &= set(self.items)
        t = self.query_one("#r-suggestions", DataTable)
        self._draw_rows()
        self.load_context(self.cursor_id(t))
        lt = self.query_one("#r-low", DataTable)
        lt.clear()
        for c in low:
            lt.add_row(Text(str(c.commitment_id)), Text(f"{c.confidence:.2f}", style="yellow"),
                       safe.cell(c.subject, 50), safe.cell(c.due_expression or "—", 24),
                       safe.cell(c.due_rule or "—", 24), key=str(c.commitment_id))
        shown = (f"{low_total}" if low_total == len(low)
                 else f"{low_total}, the {len(low)} least sure shown")
        self.query_one("#r-low-heading", Static).update(Text(
            f"Low-confidence extractions (< {queries.LOW_CONFIDENCE}): {shown}", style="bold"))
        self.show_summary()

    def _columns(self) -> tuple[str, ...]:
        """Every column; below ``NARROW`` columns of terminal the confidence and
        the review state (both in the pane's first line) give the commitment
        their room."""
        keys = tuple(key for key, _ in LIST_COLUMNS)
        if 0 < self.app.size.width < NARROW:
            keys = tuple(k for k in keys if k not in ("conf", "review"))
        return keys

    def _subject_width(self) -> int:
        """40, or on a narrow terminal what the list's half of the screen
        leaves the commitment once the other shown columns are drawn."""
        if "review" in self.shown_columns or not self.size.width:
            return 40
        ids = max((len(str(i)) for i in self.items), default=2)
        kinds = max((len(s.kind) for s in self.items.values()), default=4)
        others = 1 + max(2, ids) + max(4, kinds) + 2 * 3  # mark, Ev, Kind and their padding
        return max(12, min(40, self.size.width // 2 - others - 2 - 2))  # its padding, scroll bar

    def _add_columns(self) -> None:
        t = self.query_one("#r-suggestions", DataTable)
        for key, title in LIST_COLUMNS:
            if key in self.shown_columns:
                t.add_column(title, key=key)

    def _draw_rows(self) -> None:
        t = self.query_one("#r-suggestions", DataTable)
        cursor = t.cursor_row
        t.clear()
        for s in self.items.values():
            t.add_row(*self._cells(s), key=str(s.evidence_id))
        if self.items:
            t.move_cursor(row=min(cursor, len(self.items) - 1), animate=False)

    def on_resize(self) -> None:
        """The columns for the new width (a column keeps the widest width it
        has seen until it is added anew)."""
        columns = self._columns()
        if columns != self.shown_columns or "review" not in columns:
            self.shown_columns = columns
            self.query_one("#r-suggestions", DataTable).clear(columns=True)
            self._add_columns()
            self._draw_rows()

    def _cells(self, s: queries.ReviewItem) -> list[Text]:
        every = {
            "mark": Text(MARK if s.evidence_id in self.marked else " ", style="bold magenta"),
            "id": Text(str(s.evidence_id)), "kind": Text(s.kind.replace("_", " ")),
            "conf": Text(f"{s.confidence:.2f}"),
            "review": Text(s.review, style={"pending": "yellow", "confirmed": "green",
                                            "rejected": "red"}.get(s.review, "")),
            "subject": safe.cell(s.subject, self._subject_width()),
        }
        return [every[key] for key in self.shown_columns]

    def show_summary(self) -> None:
        n = len(self.items)
        shown = (f"{self.page_offset + 1}–{self.page_offset + n} of {self.total}" if n else "none")
        text = Text.assemble(
            (f" {self.pending_total} pending", "bold"),
            f"  ·  showing {self.which}: {shown}",
            (f"  ·  {len(self.marked)} marked" if self.marked else ""),
            ("  ·  [ ] page" if self.total > queries.REVIEW_PAGE else ""),
        )
        self.query_one("#r-summary", Static).update(text)

    @on(DataTable.RowHighlighted, "#r-suggestions")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        key = event.row_key.value if event.row_key is not None else None
        self.load_context(int(key) if key else None)

    def selected(self) -> queries.ReviewItem | None:
        evidence_id = self.cursor_id(self.query_one("#r-suggestions", DataTable))
        return self.items.get(evidence_id) if evidence_id is not None else None

    def targets(self) -> list[queries.ReviewItem]:
        """The marked rows, else the one at the cursor."""
        if self.marked:
            return [self.items[i] for i in sorted(self.marked) if i in self.items]
        s = self.selected()
        return [s] if s is not None else []

    # --- actions ------------------------------------------------------------------

    def action_mark(self) -> None:
        s = self.selected()
        if s is None:
            return
        self.marked ^= {s.evidence_id}
        t = self.query_one("#r-suggestions", DataTable)
        t.update_cell(str(s.evidence_id), "mark", self._cells(s)[0])
        if t.cursor_row < t.row_count - 1:
            t.move_cursor(row=t.cursor_row + 1)
        self.show_summary()

    def action_cycle_filter(self) -> None:
        i = queries.REVIEW_FILTERS.index(self.which)
        self.which = queries.REVIEW_FILTERS[(i + 1) % len(queries.REVIEW_FILTERS)]
        self.page_offset = 0
        self.marked.clear()
        self.load()

    def action_page(self, step: int) -> None:
        offset = self.page_offset + step * queries.REVIEW_PAGE
        if 0 <= offset < self.total:
            self.page_offset = offset
            self.marked.clear()
            self.load()

    def action_confirm(self) -> None:
        self._review("confirm")

    def action_reject(self) -> None:
        self._review("reject")

    def _review(self, verb: str) -> None:
        # a rejected suggestion can still be confirmed ("reconsider"): found
        # with the filter, its rejection is undone in history, then confirmed
        reviewable = ("pending", "rejected") if verb == "confirm" else ("pending",)
        items = [s for s in self.targets() if s.review in reviewable]
        if not items:
            safe.notify(self, f"nothing {' or '.join(reviewable)} selected",
                        title=verb.capitalize(), severity="warning")
            return
        if verb == "confirm" and all(s.review == "rejected" for s in items):
            verb = "reconsider"
        ids = [s.evidence_id for s in items]
        intro = Text()
        if len(ids) == 1:
            intro.append(f"Evidence {ids[0]} on commitment {items[0].commitment_id}")
            ctx = self.shown_context
            if verb != "reject" and ctx is not None and ctx.evidence_id == ids[0] and ctx.effect:
                intro.append("\nIf confirmed: " + ctx.effect)
        else:
            intro.append(f"{len(ids)} suggestions: " + ", ".join(map(str, ids[:12]))
                         + (" …" if len(ids) > 12 else ""))

        def done(values: dict[str, Any] | None) -> None:
            if values is None:
                return
            note = values["note"] or None
            self.marked.clear()
            rejected = {s.evidence_id for s in items if s.review == "rejected"}
            if verb in ("confirm", "reconsider"):
                self.run_reviews(verb.capitalize(), ids, lambda f, e: (
                    f.reconsider(e, note=note) if e in rejected else f.confirm(e, note=note))[1],
                    items)
            else:
                self.run_reviews("Reject", ids, lambda f, e: (f.reject(e, note=note),
                                                              "rejected")[1], items)

        self.app.push_screen(FormModal(
            f"{verb.capitalize()} suggestion {ids[0]}" if len(ids) == 1
            else f"{verb.capitalize()} {len(ids)} suggestions",
            [Field("note", "Note (optional): why")], intro=intro,
            submit_label=verb.capitalize()), done)

    def run_reviews(self, title: str, ids: Sequence[int],
                    one: Callable[[Tracker, int], str],
                    items: Sequence[queries.ReviewItem]) -> None:
        """Review each id (one unit of work each) in a worker; what went
        through becomes one undoable step."""
        stack = self.undo_stack
        cids = sorted({s.commitment_id for s in items})

        def run(front: Tracker) -> str:
            done: list[int] = []
            errors: list[str] = []
            for eid in ids:
                try:
                    one(front, eid)
                    done.append(eid)
                except Exception as exc:
                    if len(ids) == 1:
                        raise
                    errors.append(f"{eid}: {exc}")
            if done:
                stack.append(done)
            verb = {"Confirm": "confirmed", "Reject": "rejected",
                    "Reconsider": "reconsidered and confirmed"}.get(title, title.lower())
            text = f"{len(done)} suggestion(s) {verb}: {', '.join(map(str, done[:8]))}" \
                   + (" …" if len(done) > 8 else "") + " (u undoes)"
            if errors:
                text += f"; {len(errors)} not: " + "; ".join(errors[:3])
            return text

        self.tracker.perform(title, run, cids)

    def action_undo(self) -> None:
        if not self.undo_stack:
            safe.notify(self, "nothing to undo", title="Undo", severity="warning")
            return
        ids = self.undo_stack.pop()
        stack = self.undo_stack

        def run(front: Tracker) -> str:
            left = list(ids)
            try:
                for eid in reversed(ids):
                    front.undo_review(eid)
                    left.remove(eid)
            except Exception:
                if left:
                    stack.append(left)  # what was not undone can be tried again
                raise
            return f"undone: {', '.join(map(str, ids))} pending again"

        self.tracker.perform("Undo", run, ())

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
            ("Confirm the selected suggestion(s)", "sets the status it supports",
             self.action_confirm),
            ("Reject the selected suggestion(s)", "kept, findable with the filter",
             self.action_reject),
            ("Undo the last review", "pending again; the status change reverted",
             self.action_undo),
            ("Show pending / rejected / all", "cycles the filter", self.action_cycle_filter),
            ("Open the selected commitment", "", self.action_open),
        ]
