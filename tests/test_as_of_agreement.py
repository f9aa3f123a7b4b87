"""A back-filled corpus with evidence confirmed today: every view as of a past
date says what was true then, and they all agree (issue: "one front door").

The seeds are ingested now (2026-11-22); the 2024 Homeland Security Dialogue's
fulfilment (held 2024-02-28) is confirmed now. As of 2024-06-30 it was not
overdue (its window runs to the end of 2024); as of 2025-01-01 it was
fulfilled on time; the other promises were overdue exactly as their windows say.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pinned import TODAY
from tracker.cli import cli

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(url: str, *args: str) -> str:
    r = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.fixture
def backfilled(db_url: str) -> str:
    run(db_url, "ingest", str(SEEDS))
    review = run(db_url, "review")
    [fulfils] = re.findall(r"\[(\d+)\] fulfils", review)
    out = run(db_url, "evidence", "confirm", fulfils, "--note", "readout checked")
    assert "is fulfilled" in out
    return db_url


def _overdue_ids(url: str, as_of: str) -> dict[str, list[int]]:
    """The overdue ids as of a date, read from every format of the report."""
    ids: dict[str, list[int]] = {}
    data = json.loads(run(url, "report", "overdue", "--as-of", as_of, "--format", "json"))
    ids["json"] = [i["id"] for i in data["items"]]
    rows = list(csv.DictReader(io.StringIO(run(url, "report", "overdue", "--as-of", as_of,
                                                "--format", "csv"))))
    ids["csv"] = [int(r["id"]) for r in rows]
    for fmt in ("table", "markdown", "html"):
        text = run(url, "report", "overdue", "--as-of", as_of, "--format", fmt)
        ids[fmt] = [i for i in ids["json"] if re.search(rf"\b{i}\b", text)]
    listed = json.loads(run(url, "list", "--overdue", "--as-of", as_of, "--format", "json"))
    ids["list"] = sorted(r["id"] for r in listed)
    return ids


def test_every_view_agrees_on_what_was_overdue_then(backfilled: str) -> None:
    url = backfilled
    data = json.loads(run(url, "report", "overdue", "--as-of", "2024-06-30", "--format", "json"))
    subjects = {i["subject"] for i in data["items"]}
    assert not any("next edition" in s for s in subjects)  # due until 2024-12-31
    assert all(i["status"] == "open" for i in data["items"])  # the status of then
    views = _overdue_ids(url, "2024-06-30")
    assert views["csv"] == views["json"] and len(views["json"]) == 8
    for fmt in ("table", "markdown", "html"):
        assert views[fmt] == views["json"], fmt
    assert views["list"] == sorted(views["json"])
    follow = json.loads(run(url, "report", "follow-up", "--as-of", "2024-06-30",
                            "--format", "json"))
    assert sum(b["overdue"] for b in follow["bodies"]) == len(views["json"])
    columns = ("fulfilled_on_time", "fulfilled_late", "fulfilled_undated", "partially_fulfilled",
               "missed", "overdue", "open", "other")
    for b in follow["bodies"]:  # the columns add up to what was made
        assert b["made"] == sum(b[k] for k in columns)
    total = follow["total"]  # the TOTAL row: the bodies summed, and it adds up too
    assert total == {k: sum(b[k] for b in follow["bodies"]) for k in total}
    assert total["made"] == sum(total[k] for k in columns) == len(
        json.loads(run(url, "list", "--as-of", "2024-06-30", "--kind", "commitment",
                       "--format", "json")))
    assert total["overdue"] == len(views["json"])
    table = run(url, "report", "follow-up", "--as-of", "2024-06-30").splitlines()
    assert table[-1].split()[1:] == [str(total[k]) for k in ("made", *columns)]


def test_fulfilled_then_is_on_time_everywhere(backfilled: str) -> None:
    url = backfilled
    listed = json.loads(run(url, "list", "--as-of", "2025-01-01", "--format", "json"))
    [hsd] = [r for r in listed if "next edition" in r["subject"]]
    assert (hsd["status"], hsd["timeliness"]) == ("fulfilled", "on_time")
    ids = _overdue_ids(url, "2025-01-01")
    assert hsd["id"] not in ids["json"]
    follow = json.loads(run(url, "report", "follow-up", "--as-of", "2025-01-01",
                            "--format", "json"))
    assert sum(b["fulfilled_on_time"] for b in follow["bodies"]) == 1
    shown = run(url, "show", str(hsd["id"]), "--as-of", "2025-01-01")
    assert "fulfilled (on_time, as of 2025-01-01)" in shown
    # before the meeting was held, the same commitment was open and due
    before = run(url, "show", str(hsd["id"]), "--as-of", "2024-02-27")
    assert "open (due, as of 2024-02-27)" in before


def test_the_ui_read_models_agree_with_the_reports(backfilled: str) -> None:
    import datetime as dt

    from tracker.app import queries
    from tracker.store.db import Database

    database = Database(backfilled)
    try:
        with database.session() as s:
            view = queries.overdue(s, dt.date(2024, 6, 30), TODAY)
            page = queries.fetch_page(s, queries.ListQuery(overdue=True,
                                                           as_of=dt.date(2024, 6, 30)), 0, TODAY)
    finally:
        database.dispose()
    views = _overdue_ids(backfilled, "2024-06-30")
    assert [r.id for r in view.rows] == views["json"]
    assert sorted(r.id for r in page.rows) == views["list"]
    assert all(r.timeliness == "overdue" for r in page.rows)


def test_a_confirmed_miss_without_a_date_counts_from_its_report(backfilled: str) -> None:
    """The seeds' 'missed' suggestion has no event date: confirmed today, the
    miss takes effect on the day its report was published (2024-02-28), so a
    report as of 2024-06-30 says missed, not overdue."""
    url = backfilled
    review = run(url, "review")
    [missed] = re.findall(r"\[(\d+)\] missed", review)
    run(url, "evidence", "confirm", missed)
    listed = json.loads(run(url, "list", "--as-of", "2024-06-30", "--format", "json"))
    [ministerial] = [r for r in listed if r["subject"].startswith("Ministerial-level")]
    assert ministerial["status"] == "missed"
    before = json.loads(run(url, "list", "--as-of", "2024-02-27", "--format", "json"))
    [then] = [r for r in before if r["subject"].startswith("Ministerial-level")]
    assert (then["status"], then["timeliness"]) == ("open", "overdue")


def test_export_as_of_is_the_database_as_it_stood(backfilled: str) -> None:
    url = backfilled
    view = json.loads(run(url, "export", "--as-of", "2024-01-31"))
    assert view["format"] == "tracker-view" and view["as_of"] == "2024-01-31"
    assert [s["published_on"] for s in view["sources"]] == ["2022-01-12"]  # the 2024 report unknown
    assert {c["source"] for c in view["commitments"]} == {view["sources"][0]["file"]}
    assert all(c["status"] == "open" for c in view["commitments"])
    later = json.loads(run(url, "export", "--as-of", "2025-01-01"))
    [hsd] = [c for c in later["commitments"] if "next edition" in c["subject"]]
    assert (hsd["status"], hsd["outcome"]) == ("fulfilled", "on_time")
    assert [h["effective_on"] for h in hsd["history"] if h["event"] == "status"] == ["2024-02-28"]
    full = json.loads(run(url, "export"))
    assert full["format"] == "tracker-backup" and len(full["sources"]) == 2


class _Cells(HTMLParser):
    """The text of each table row's cells (the HTML report)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _status_and_window_per_format(url: str, as_of: str) -> dict[str, dict[int, tuple[str, str]]]:
    """Each overdue row's (status, window end) as every format of the report prints it."""
    seen: dict[str, dict[int, tuple[str, str]]] = {}
    data = json.loads(run(url, "report", "overdue", "--as-of", as_of, "--format", "json"))
    seen["json"] = {i["id"]: (i["status"], i["due_end"]) for i in data["items"]}
    rows = csv.DictReader(io.StringIO(run(url, "report", "overdue", "--as-of", as_of,
                                          "--format", "csv")))
    seen["csv"] = {int(r["id"]): (r["status"], r["due_end"]) for r in rows}
    table = run(url, "report", "overdue", "--as-of", as_of)
    seen["table"] = {int(m[1]): (m[3], m[2]) for m in re.finditer(
        r"^ +(\d+) +\d+ +\S*…(\d{4}-\d\d-\d\d) +(\S+) ", table, re.MULTILINE)}
    md = run(url, "report", "overdue", "--as-of", as_of, "--format", "markdown")
    cells = [[c.strip() for c in ln.split("|")[1:-1]] for ln in md.splitlines()
             if re.match(r"\| \d+ \|", ln)]
    seen["markdown"] = {int(c[0]): (c[3].replace("\\_", "_"), c[2].split("…")[-1].strip()) for c in cells}
    parser = _Cells()
    parser.feed(run(url, "report", "overdue", "--as-of", as_of, "--format", "html"))
    seen["html"] = {int(c[0]): (c[3], c[2].split("…")[-1].strip())
                    for c in parser.rows if c and c[0].isdigit()}
    return seen


def test_every_format_prints_the_status_and_window_of_then(backfilled: str) -> None:
    """Changes recorded today that took effect in the past: each row of a past
    report, in all five formats and in the UI's overdue view, shows the status
    and the window the commitment had on the as-of date, not today's."""
    import datetime as dt

    from tracker.app import queries
    from tracker.store.db import Database

    url = backfilled
    listed = json.loads(run(url, "list", "--format", "json"))
    groups = sorted(r["id"] for r in listed if r["subject"].startswith("sub-group"))
    worked, moved = groups[0], groups[1]  # window 2022-01-12 … 2022-07-12
    [ministerial] = [r["id"] for r in listed if r["subject"].startswith("Ministerial-level")]
    run(url, "status", str(worked), "in_progress", "--on", "2022-10-01")
    run(url, "resolve", str(worked), "--on", "2023-02-01")
    run(url, "window", str(moved), "--end", "2023-06-30", "--on", "2023-01-01")

    then = _status_and_window_per_format(url, "2022-12-01")
    for fmt, rows in then.items():
        assert rows[worked] == ("in_progress", "2022-07-12"), fmt
        assert rows[moved] == ("open", "2022-07-12"), fmt  # the window of then
        assert rows == then["json"], fmt
    later = _status_and_window_per_format(url, "2023-03-01")
    for fmt, rows in later.items():
        assert worked not in rows and moved not in rows, fmt  # fulfilled; window moved on
        # the Ministerial-level dialogue's window closed on 2022-12-31 meanwhile
        assert set(rows) == set(then["json"]) - {worked, moved} | {ministerial}, fmt
        assert rows == later["json"], fmt
    today = json.loads(run(url, "list", "--format", "json"))
    assert {r["id"]: r["status"] for r in today}[worked] == "fulfilled"

    database = Database(url)
    try:
        with database.session() as s:
            view = queries.overdue(s, dt.date(2022, 12, 1), TODAY)
    finally:
        database.dispose()
    assert {r.id: (r.status, r.due_end) for r in view.rows} == then["json"]
