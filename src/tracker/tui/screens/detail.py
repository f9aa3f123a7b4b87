"""One commitment: its quote inside the source paragraph, the source, the due
window and its rule, the evidence timeline, the full history, and actions."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Static

from tracker.app import queries
from tracker.app.formats import VerdictEntry, score_text
from tracker.app.queries import DetailView
from tracker.tui import safe
from tracker.tui.messages import Loaded
from tracker.tui.screens import actions
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.screens.commitments import badge
from tracker.tui.widgets import TrackerFooter

STAGE = {
    "progress": ("progress", "yellow"),
    "partially_fulfils": ("partly fulfilled", "yellow"),
    "fulfils": ("fulfilled", "green"),
    "missed": ("missed", "red"),
    "restates": ("restated", "cyan"),
}


def highlighted_paragraph(view: DetailView) -> Text:
    """The source paragraph with the quote highlighted; text is never markup."""
    para = safe.text(view.paragraph)
    if view.quote_in_paragraph is not None:
        # Offsets are into the raw paragraph; clean() keeps lengths for normal
        # text, so recompute on the cleaned text to stay safe.
        a, b = view.quote_in_paragraph
        raw = view.paragraph
        a2 = len(safe.clean(raw[:a]))
        b2 = a2 + len(safe.clean(raw[a:b]))
        para.stylize("bold reverse", a2, b2)
    return para


def web_url(url: str | None) -> str | None:
    """``url`` if it is a web address (http or https with a host); any other
    scheme (file:, javascript:, a command) is never handed to the browser."""
    from urllib.parse import urlsplit

    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    return url


def open_in_browser(url: str) -> bool:
    """Open a web address in the user's browser (``webbrowser``: tests replace it)."""
    import webbrowser

    return webbrowser.open(url)


def timeline_text(view: DetailView) -> Text:
    """made → progress → fulfilled / missed, each step dated."""
    t = Text()
    t.append(f"made {view.made_on}", style="bold")
    for e in view.evidence:
        if e.review == "rejected":
            continue
        name, style = STAGE.get(e.kind, (e.kind, ""))
        t.append("  →  ")
        t.append(f"{name} {e.event_date or '(no date)'}", style=style)
        if e.review == "pending":
            t.append(" (suggested)", style="dim italic")
    for h in view.history:
        if h.event == "status" and h.to_status in ("fulfilled", "missed", "withdrawn",
                                                   "superseded") and h.evidence_id is None:
            t.append("  →  ")
            t.append(f"{h.to_status.replace('_', ' ')} {h.effective_on}",
                     style="green" if h.to_status == "fulfilled" else "red")
    return t


def _verdict_line(hist: Text, v: VerdictEntry) -> None:
    """A verdict change, in the history's own layout."""
    hist.append(f"{v.effective_on}  ", style="bold")
    hist.append(f"(recorded {v.recorded_at.strftime('%Y-%m-%d %H:%M')}Z)  ", style="dim")
    hist.append(safe.clean(v.by, keep_newlines=False) + ": ")
    hist.append(safe.clean(v.change, keep_newlines=False), style="bold")
    if v.note:
        hist.append(" — " + safe.clean(v.note, keep_newlines=False))
    hist.append("\n")


def mentions_text(view: DetailView) -> Text:
    """The quote shown (the most primary mention), every mention with its
    kind and source, and the "same as" links either way."""
    t = Text()
    if view.merged_into is not None:
        t.append(f"retired: the same as #{view.merged_into}", style="bold yellow")
        t.append(" (counted there; m to undo)\n", style="dim")
    if view.merged:
        t.append("same as ", style="dim")
        t.append(", ".join(f"#{i}" for i in view.merged), style="bold")
        t.append(" (merged into this one)\n", style="dim")
    if len(view.mentions) > 1:
        t.append("quote ", style="dim")
        t.append(f"“{safe.clean(view.shown_quote, keep_newlines=False)}”\n")
        t.append(f"{len(view.mentions)} mentions, most primary first:\n", style="dim")
        for m in view.mentions:
            t.append(f"  {m.kind:<10} ", style="bold")
            t.append(safe.clean(m.source or "by hand", keep_newlines=False), style="dim")
            t.append(f": {safe.one_line(m.quote)}\n")
    return t


class DetailScreen(TrackerScreen):
    TITLE = "Commitment"
    BINDINGS: ClassVar = [
        Binding("escape", "back", "Back"),
        Binding("s", "status", "Status"),
        Binding("r", "resolve", "Resolve"),
        Binding("w", "window", "Window"),
        Binding("n", "note", "Note"),
        Binding("e", "evidence", "Evidence"),
        Binding("c", "confirm", "Confirm"),
        Binding("x", "reject", "Reject"),
        Binding("j", "judge", "Judge"),
        Binding("u", "source", "Source", show=False),
        Binding("o", "open_url", "Open URL", show=False),
        Binding("m", "same_as", "Same as"),
    ]

    def __init__(self, commitment_id: int) -> None:
        super().__init__()
        self.commitment_id = commitment_id
        self.detail_view: DetailView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield Static("", id="d-title")
            yield Static("", id="d-source", classes="section")
            yield Static("", id="d-paragraph", classes="section quote-box")
            yield Static("", id="d-mentions", classes="section")
            yield Static("", id="d-window", classes="section")
            yield Static(Text("Evidence", style="bold"), classes="heading")
            yield Static("", id="d-timeline")
            yield DataTable(id="d-evidence", cursor_type="row")
            yield Static(Text("History", style="bold"), classes="heading")
            yield Static("", id="d-history")
        yield TrackerFooter()

    def on_mount(self) -> None:
        table = self.query_one("#d-evidence", DataTable)
        # Fixed widths (the cells are clipped to them): the header is right
        # from the first frame instead of being re-measured after the rows.
        for key, title, width in (("id", "ID", 4), ("date", "Date", 10), ("kind", "Kind", 12),
                                  ("review", "Review", 9), ("conf", "Conf", 4),
                                  ("source", "Source", 24), ("quote", "Quote / reason", 40)):
            table.add_column(title, key=key, width=width)
        self.load()

    def data_changed(self, ids: tuple[int, ...]) -> None:
        if not ids or self.commitment_id in ids:
            self.load()

    def load(self) -> None:
        cid = self.commitment_id
        as_of = (self.tracker.list_query.as_of if self.tracker.list_query else None) \
            or self.tracker.today
        self.read("detail", lambda s: queries.detail(s, cid, as_of), group="detail")

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        self.show(message.data)

    def show(self, v: DetailView) -> None:
        self.detail_view = v
        self.sub_title = f"{v.id}"
        title = Text()
        title.append(f"#{v.id} ", style="dim")
        title.append(safe.clean(v.subject, keep_newlines=False), style="bold")
        title.append(f"  ({v.kind})\n", style="dim")
        title.append("actors ", style="dim")
        title.append(safe.clean(", ".join(v.actors) or "—", keep_newlines=False))
        if v.action:
            title.append("   action ", style="dim")
            title.append(safe.clean(v.action, keep_newlines=False))
        title.append("\nstatus ", style="dim")
        title.append(v.status.replace("_", " "), style="bold")
        title.append("  ")
        title.append_text(badge(v.timeliness))
        title.append(f"   version {v.version}   confidence {v.confidence:.2f} ({v.origin})",
                     style="dim")
        if v.verdicts_then:
            title.append("\nverdicts ", style="dim")
            title.append(safe.clean(", ".join(f"{p} {score_text(n)}" for p, n in v.verdicts_then),
                                    keep_newlines=False))
        self.query_one("#d-title", Static).update(title)

        src = Text()
        if v.source_file is not None:
            src.append("source ", style="dim")
            src.append(safe.clean(v.source_title or v.source_file, keep_newlines=False),
                       style="bold")
            src.append(f"\n       {v.source_date}", style="")
            src.append(f"  ·  {safe.clean(v.source_publisher or 'publisher unknown', keep_newlines=False)}")
            if v.source_title:  # (without one, the file name is the line above)
                src.append(f"  ·  {safe.clean(v.source_file, keep_newlines=False)}", style="dim")
            if v.source_url:
                src.append("\n       ")
                src.append(safe.clean(v.source_url, keep_newlines=False), style="underline")
                if web_url(v.source_url):
                    src.append("  (o opens it)", style="dim")
            src.append(f"\n       made on {v.made_on}", style="dim")
        else:
            src.append("added by hand (no source)", style="dim")
        self.query_one("#d-source", Static).update(src)
        self.query_one("#d-paragraph", Static).update(highlighted_paragraph(v))
        mentions = self.query_one("#d-mentions", Static)
        mentions.display = len(v.mentions) > 1 or bool(v.merged) or v.merged_into is not None
        mentions.update(mentions_text(v))

        win = Text()
        win.append("due phrase ", style="dim")
        win.append(f"“{safe.clean(v.due_expression, keep_newlines=False)}”"
                   if v.due_expression else "—")
        win.append("  →  window ", style="dim")
        win.append(v.window, style="bold")
        win.append("\nrule ", style="dim")
        win.append(safe.clean(v.due_rule or "no time phrase: open-ended", keep_newlines=False))
        self.query_one("#d-window", Static).update(win)

        self.query_one("#d-timeline", Static).update(timeline_text(v))
        table = self.query_one("#d-evidence", DataTable)
        table.display = bool(v.evidence)
        table.clear()
        for e in v.evidence:
            quote = e.quote or ""
            if e.reason:
                quote = f"{quote} — {e.reason}" if quote else e.reason
            table.add_row(
                Text(str(e.id)), Text(str(e.event_date or "—")),
                Text(e.kind.replace("_", " ")),
                Text(e.review, style={"pending": "bold yellow", "confirmed": "green",
                                      "rejected": "dim"}.get(e.review, "")),
                Text(f"{e.confidence:.2f}"), safe.cell(e.source or "by hand", 24),
                safe.cell(quote, 40), key=str(e.id),
            )
        if not v.evidence:
            self.query_one("#d-timeline", Static).update(
                timeline_text(v).append("   (no evidence yet)", style="dim"))

        hist = Text()
        verdicts = list(v.verdicts)
        for h in v.history:
            while verdicts and verdicts[0].recorded_at < h.at:
                _verdict_line(hist, verdicts.pop(0))
            hist.append(f"{h.effective_on}  ", style="bold")
            hist.append(f"(recorded {h.at.strftime('%Y-%m-%d %H:%M')}Z)  ", style="dim")
            hist.append(safe.clean(h.by, keep_newlines=False) + ": ")
            if h.event == "status":
                hist.append(f"{(h.from_status or '—').replace('_', ' ')} → "
                            f"{(h.to_status or '').replace('_', ' ')}", style="bold")
            else:
                hist.append(h.event, style="bold")
            if h.evidence_id:
                hist.append(f" [evidence {h.evidence_id}]", style="dim")
            if h.note:
                hist.append(" — " + safe.clean(h.note, keep_newlines=False))
            hist.append("\n")
        for entry in verdicts:
            _verdict_line(hist, entry)
        self.query_one("#d-history", Static).update(hist)

    # --- actions ----------------------------------------------------------------

    def _selected_evidence(self) -> int | None:
        return self.cursor_id(self.query_one("#d-evidence", DataTable))

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_status(self) -> None:
        if (v := self.detail_view) is not None:
            options = [(f"{e.id}: {e.kind} {e.event_date or ''} ({e.review})", e.id)
                       for e in v.evidence if e.review != "rejected"]
            actions.change_status(self.tracker, v.id, v.status, v.version, options)

    def action_resolve(self) -> None:
        if (v := self.detail_view) is not None:
            actions.resolve(self.tracker, v.id, v.version)

    def action_window(self) -> None:
        if (v := self.detail_view) is not None:
            actions.edit_window(self.tracker, v.id, v.version, v.due_start, v.due_end)

    def action_note(self) -> None:
        if (v := self.detail_view) is not None:
            actions.add_note(self.tracker, v.id)

    def action_judge(self) -> None:
        if (v := self.detail_view) is not None:
            actions.judge(self.tracker, v.id, v.actors)

    def action_same_as(self) -> None:
        if (v := self.detail_view) is not None:
            actions.same_as(self.tracker, v.id, v.merged_into)

    def action_evidence(self) -> None:
        if (v := self.detail_view) is not None:
            actions.add_evidence(self.tracker, v.id)

    def _pending_selected(self) -> int | None:
        if (v := self.detail_view) is None:
            return None
        eid = self._selected_evidence()
        pending = {e.id for e in v.pending}
        if eid in pending:
            return eid
        if len(pending) == 1:
            return next(iter(pending))
        safe.notify(self, "select a pending suggestion in the evidence table",
                    severity="warning")
        return None

    def action_confirm(self) -> None:
        if (eid := self._pending_selected()) is not None and self.detail_view:
            actions.confirm_evidence(self.tracker, eid, self.detail_view.id)

    def action_reject(self) -> None:
        if (eid := self._pending_selected()) is not None and self.detail_view:
            actions.reject_evidence(self.tracker, eid, self.detail_view.id)

    def action_source(self) -> None:
        if self.detail_view and self.detail_view.source_id is not None:
            from tracker.tui.screens.sources import SourceScreen

            self.app.push_screen(SourceScreen(self.detail_view.source_id))

    def action_open_url(self) -> None:
        v = self.detail_view
        if v is None or not v.source_url:
            safe.notify(self, "this commitment's source has no URL", title="Open URL",
                        severity="warning")
            return
        url = web_url(v.source_url)
        if url is None:
            safe.notify(self, "only http and https addresses are opened",
                        title="Open URL", severity="warning")
            return
        if not open_in_browser(url):
            safe.notify(self, f"no browser could open {url}", title="Open URL",
                        severity="warning")
            return
        safe.notify(self, url, title="Opened in the browser")

    @on(DataTable.RowSelected, "#d-evidence")
    def _ev_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        if self.detail_view is None:
            return []
        i = self.detail_view.id
        return [
            (f"Change status of {i}", "status select limited to allowed transitions",
             self.action_status),
            (f"Mark {i} resolved (fulfilled)", "one key and a note", self.action_resolve),
            (f"Edit the due window of {i}", "dates or a due phrase", self.action_window),
            (f"Add a note to {i}", "lands in history", self.action_note),
            (f"Add evidence to {i}", "by hand, confirmed", self.action_evidence),
            (f"Judge {i} for one party", "a verdict of -1, 0 or +1 (or withdraw it)",
             self.action_judge),
            (f"Same as: merge a duplicate into {i}", "or undo a same-as (m)",
             self.action_same_as),
            ("Confirm the selected suggestion", "sets the status it supports",
             self.action_confirm),
            ("Reject the selected suggestion", "kept, out of the queue", self.action_reject),
            ("Open the source", "the document with its commitments highlighted",
             self.action_source),
            ("Open the source's URL", "in the browser (http/https only)",
             self.action_open_url),
            ("Back to the list", "", self.action_back),
        ]
