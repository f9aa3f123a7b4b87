"""What issue 10 found cut at 120x40 and over long spans: the overdue
suggestion, the timeline legend, the timeline's year labels (which ran
together, "2009201020112012", over a span of 18 years)."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from textual.widgets import DataTable, Label, Static

from tracker.app.queries import Bar
from tracker.store.db import Database
from tracker.tui.app import create_app
from tracker.tui.screens.modals import FormModal
from tracker.tui.screens.timeline import BAR_STYLE, legend, render_timeline

from .conftest import TODAY, find, on_screen, open_detail, settle


def visible_right_edge(table: DataTable, key: str) -> tuple[int, int]:  # type: ignore[type-arg]
    """Where the column ``key`` ends, and how wide the table's view is."""
    end = 0
    for column in table.ordered_columns:
        end += column.get_render_width(table)
        if column.key.value == key:
            break
    return end, table.scrollable_content_region.width


@pytest.mark.parametrize("size", [(120, 40), (160, 50)])
async def test_overdue_suggestion_shown_in_full(seeded: Database, size: tuple[int, int]) -> None:
    async with on_screen(seeded, "4", size) as (app, _pilot):
        table = app.screen.query_one("#o-table", DataTable)
        suggestions = [str(table.get_cell(row, "sugg")) for row in table.rows]
        assert any(suggestions)  # the seeds have one: "missed  (000_….txt)"
        longest = max(suggestions, key=len)
        assert "…" not in longest
        end, width = visible_right_edge(table, "sugg")
        assert end <= width, (end, width)


async def test_overdue_columns_follow_a_resize(seeded: Database) -> None:
    async with on_screen(seeded, "4", (80, 24)) as (app, pilot):
        table = app.screen.query_one("#o-table", DataTable)
        # at 80 columns the subject keeps its room; the suggestion is what is cut
        assert visible_right_edge(table, "subject")[0] <= visible_right_edge(table, "subject")[1]
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        end, width = visible_right_edge(table, "sugg")
        assert end <= width, (end, width)


def test_legend_names_every_colour_a_bar_can_have() -> None:
    shown = legend().plain
    for outcome in BAR_STYLE:
        assert outcome.replace("_", " ") in shown
    assert "other" in shown
    styles = {span.style for span in legend().spans}
    assert set(BAR_STYLE.values()) <= styles


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_timeline_legend_in_full(seeded: Database, size: tuple[int, int]) -> None:
    async with on_screen(seeded, "5", size) as (app, _pilot):
        summary = app.screen.query_one("#t-summary", Static)
        lines = summary.render_lines(summary.region.reset_offset)  # type: ignore[attr-defined]
        text = " ".join("".join(seg.text for seg in line) for line in lines)
        assert " ".join(legend().plain.split()) in " ".join(text.split())
        assert "set on the list" in text


@pytest.mark.parametrize("width", [60, 80, 120, 200])
@pytest.mark.parametrize("first", [dt.date(2008, 2, 22), dt.date(1990, 1, 1), dt.date(2022, 1, 12)])
def test_year_labels_never_run_together(width: int, first: dt.date) -> None:
    today = dt.date(2026, 12, 3)
    bars = [Bar(1, "a", first, first + dt.timedelta(days=90), "open", "overdue"),
            Bar(2, "b", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "open", "overdue")]
    axis = render_timeline(bars, today, width).plain.splitlines()[0]
    labels = axis.split()
    assert labels, axis
    assert all(re.fullmatch(r"\d{4}", y) for y in labels), axis
    years = [int(y) for y in labels]
    steps = {b - a for a, b in itertools.pairwise(years)}
    assert len(steps) <= 1, axis  # evenly spaced: every year, or every 2nd, 5th…
    assert years[0] <= first.year + max(steps | {1})



@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_long_field_label_wraps_inside_its_dialog(seeded: Database,
                                                          size: tuple[int, int]) -> None:
    """The same-as dialog's first label (77 characters) was cut at 120x40."""
    jwg = find(seeded, "%Joint Working Group%")
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=size) as pilot:
        await open_detail(pilot, jwg.id)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, FormModal)
        fields = app.screen.query_one(".dialog-fields")
        labels = list(app.screen.query(".field-label").results(Label))
        assert len(str(labels[0].render())) > 70
        for label in labels:
            text = str(label.render())
            assert label.region.right <= fields.content_region.right, text
            assert label.size.width * label.size.height >= len(text), text
