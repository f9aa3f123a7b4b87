"""Navigation every screen shares: the mode bar (screens 1-5 with their keys,
the current one highlighted, clickable) and a footer that keeps Help and
Quit visible on a narrow terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.widgets import DataTable, Footer, Static
from textual.widgets._footer import FooterKey

# (key, mode, label): the one table of the app's screens
MODES: tuple[tuple[str, str, str], ...] = (
    ("1", "commitments", "List"),
    ("2", "review", "Review"),
    ("3", "sources", "Sources"),
    ("4", "overdue", "Overdue"),
    ("5", "timeline", "Timeline"),
)

# Below this many columns a terminal is narrow: the list's filter bar takes
# two rows, the review list leaves out what its pane already says.
NARROW = 110

# Actions the footer shows first, so a narrow terminal never hides them.
FIRST_ACTIONS = ("toggle_keys", "quit")


def mode_bar_text(current: str, width: int | None = None) -> Text:
    """``1 List  2 Review  3 Sources  4 Overdue  5 Timeline``, the current
    mode reversed; each label a click target (``app.mode``)."""
    t = Text(no_wrap=True, overflow="ellipsis")
    t.append(" tracker ", style="bold")
    for key, mode, label in MODES:
        click = Style(meta={"@click": f"app.mode('{mode}')"})
        here = Style(bold=True, reverse=True) if mode == current else Style()
        t.append(" ")
        t.append(f" {key} ", style=Style(bold=True, underline=True) + here + click)
        t.append(f"{label} ", style=here + click)
    return t


class ModeBar(Static):
    """Screens 1-5 as tabs with their keys (one line, top)."""

    DEFAULT_CSS = """
    ModeBar {
        dock: top;
        height: 1;
        background: $panel;
        color: $text;
    }
    """

    def __init__(self, current: str) -> None:
        super().__init__(mode_bar_text(current), id="mode-bar")
        self.current = current


class TrackerFooter(Footer):
    """Textual's footer, with the app's Help and Quit keys first: the screen's
    own keys come after them and are the ones cut on a narrow terminal."""

    def compose(self) -> Iterator[FooterKey]:
        if not self._bindings_ready:
            return
        shown = [(b, enabled, tip) for (_, b, enabled, tip)
                 in self.screen.active_bindings.values() if b.show]
        by_action: dict[str, tuple] = {}  # type: ignore[type-arg]
        for item in shown:
            by_action.setdefault(item[0].action, item)
        first = [by_action[a] for a in FIRST_ACTIONS if a in by_action]
        rest = [v for a, v in by_action.items() if a not in FIRST_ACTIONS]
        self.styles.grid_size_columns = len(by_action)
        for binding, enabled, tooltip in first + rest:
            yield FooterKey(
                binding.key, self.app.get_key_display(binding), binding.description,
                binding.action, disabled=not enabled, tooltip=tooltip,
            ).data_bind(compact=Footer.compact)


class MeasuredTable(DataTable[Any]):
    """A DataTable that can size its columns and rows when asked."""

    def measure_now(self) -> None:
        """Size the columns to the rows just drawn now, not when the table next goes
        idle (DataTable's way): a table behind a dialog gets no Idle, so a page that
        arrived while the dialog was open showed columns as narrow as their headers
        until it closed (seen as a one-off snapshot mismatch of the columns dialog)."""
        if self._updated_cells:
            cells = self._updated_cells.copy()
            self._updated_cells.clear()
            self._update_column_widths(cells)
        if self._require_update_dimensions:
            self._require_update_dimensions = False
            rows = self._new_rows.copy()
            self._new_rows.clear()
            self._update_dimensions(self._widen_to_text_rows(rows))

    def _widen_to_text_rows(self, rows: Iterable[Any]) -> list[Any]:
        """Widen the columns to the rows of one-line-high cells that are all ``Text``
        (what the screens add), as DataTable does (``textual.render.measure``: a
        Text's widest line), without Rich building its console options for every
        cell (10 ms for a page of 60 rows of 8 cells, in each filter keystroke that
        brings new rows); returns the rows left to DataTable's own measuring
        (labelled or auto-height rows, other renderables)."""
        left = []
        columns = self.ordered_columns
        for key in rows:
            index = self._row_locations.get(key)
            row = self.rows.get(key)
            if index is None or row is None or row.label is not None or row.auto_height:
                left.append(key)
                continue
            cells = [c for c in self._get_row_renderables(index).cells if isinstance(c, Text)]
            if len(cells) != len(columns):  # another renderable: DataTable measures the row
                left.append(key)
                continue
            for column, cell in zip(columns, cells, strict=True):
                width = max((cell_len(line) for line in cell.plain.splitlines()), default=0)
                column.content_width = max(column.content_width, width)
        return left
