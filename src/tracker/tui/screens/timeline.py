"""A picture of due windows against today: one bar per commitment on a date
axis, for what the commitments screen's filter selects."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from tracker.app import queries
from tracker.app.queries import Bar, ListQuery
from tracker.tui import safe
from tracker.tui.messages import Loaded
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.widgets import ModeBar, TrackerFooter

BAR_STYLE = {"overdue": "red", "due": "yellow", "not_due": "cyan", "on_time": "green",
             "fulfilled": "green", "late": "dark_orange", "missed": "red"}
LABEL_W = 34
OTHER_STYLE = "blue"  # partially fulfilled, superseded, withdrawn


def legend() -> Text:
    """What each colour of bar means, from the colours the bars are drawn in."""
    meaning: dict[str, list[str]] = {}
    for outcome, style in BAR_STYLE.items():
        meaning.setdefault(style, []).append(outcome.replace("_", " "))
    meaning[OTHER_STYLE] = ["other"]
    out = Text(" ")
    for style, words in meaning.items():
        out.append("█ ", style=style)
        out.append("/".join(words) + "  ")
    return out


def render_timeline(bars: list[Bar], today: dt.date, width: int) -> Text:
    """Bars on a shared date axis; a │ marks today."""
    out = Text()
    if not bars:
        out.append("No commitment with a due window matches the filter.", style="dim")
        return out
    lo = min(min(b.start for b in bars), today)
    hi = max(max(b.end for b in bars), today)
    span = max(1, (hi - lo).days)
    cols = max(10, width - LABEL_W - 3)

    def x(d: dt.date) -> int:
        return min(cols - 1, round((d - lo).days / span * (cols - 1)))

    tx = x(today)
    axis = [" "] * cols
    # every year, or every 2nd, 5th, 10th… so that labels never run together
    per_year = (cols - 1) * 365.25 / span
    step = next((k for k in (1, 2, 5, 10, 20, 50, 100) if per_year * k >= 6), 200)
    free = 0  # the first column a label may start at
    for y in range(lo.year, hi.year + 1):
        d = dt.date(y, 1, 1)
        px = x(d)
        if y % step == 0 and lo <= d <= hi and px >= free and px + 4 <= cols:
            axis[px:px + 4] = str(y)
            free = px + 5
    out.append(" " * (LABEL_W + 1))
    out.append("".join(axis), style="dim")
    out.append("\n")
    out.append(" " * (LABEL_W + 1))
    ruler = ["─"] * cols
    ruler[tx] = "┼"
    out.append("".join(ruler), style="dim")
    out.append("\n")
    for b in bars:
        out.append(safe.one_line(f"{b.id} {b.subject}", LABEL_W).ljust(LABEL_W) + " ")
        a, z = x(b.start), x(b.end)
        line = Text()
        for i in range(cols):
            if a <= i <= z:
                line.append("█", style=BAR_STYLE.get(b.timeliness, OTHER_STYLE))
            elif i == tx:
                line.append("│", style="bold")
            else:
                line.append("·" if i % 10 == 0 else " ", style="dim")
        out.append_text(line)
        out.append("\n")
    return out


class TimelineChart(Widget):
    """Renders the bars to the widget's width."""

    DEFAULT_CSS = "TimelineChart { height: auto; }"

    def __init__(self, today: dt.date, **kw: Any) -> None:
        super().__init__(**kw)
        self.bars: list[Bar] = []
        self.today = today

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.refresh(layout=True)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return len(self.bars) + 2 if self.bars else 1

    def render(self) -> Text:
        return render_timeline(self.bars, self.today, self.size.width or 100)


class TimelineScreen(TrackerScreen):
    TITLE = "Timeline"
    BINDINGS: ClassVar = [Binding("r", "reload", "Reload")]

    def compose(self) -> ComposeResult:
        yield ModeBar("timeline")
        yield Static("", id="t-summary", classes="heading")
        with VerticalScroll(id="t-scroll"):
            yield TimelineChart(self.tracker.today, id="t-chart")
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.action_reload()

    def on_screen_resume(self) -> None:
        self.action_reload()

    def data_changed(self, ids: tuple[int, ...]) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        q = self.tracker.list_query or ListQuery(as_of=self.tracker.today)
        self.load(q)

    def load(self, q: ListQuery) -> None:
        today = self.tracker.today
        self.read("timeline", lambda s: (q, queries.timeline(s, q, today)), group="timeline")

    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        q, bars = message.data
        self.query_one(TimelineChart).set_bars(bars)
        filt = f"filter “{safe.one_line(q.text, 30)}”" if q.text else "no text filter"
        summary = Text(f" today {self.tracker.today} (│)  ·  {len(bars)} due window(s), "
                       f"{filt} (set on the list)\n")
        self.query_one("#t-summary", Static).update(summary + legend())

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [("Reload the timeline", "", self.action_reload)]
