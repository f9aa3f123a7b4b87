"""`tracker report agenda`: windows closing in the next N days and windows
opened in the last N days, as of pinned dates (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pinned import CLOCK
from tracker.cli import cli
from tracker.ingest.documents import parse_document
from tracker.lifecycle import services
from tracker.reports.agenda import agenda
from tracker.store.db import Database

D = dt.date
NEW_YEAR = D(2024, 1, 1)


def _add(s, subject: str, start: dt.date, end: dt.date | None, made: dt.date = NEW_YEAR,
         actors: tuple[str, ...] = ("Chile", "Peru")) -> int:
    c = services.add_commitment(
        s, quote=f"The sides will complete the {subject}.", subject=subject, actors=list(actors),
        made_on=made, due_start=start if end else None, due_end=end, clock=CLOCK)
    return c.id


@pytest.fixture
def filled(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.session() as s:
        ids["ten days"] = _add(s, "fisheries census", D(2024, 1, 1), D(2024, 5, 10))
        ids["today"] = _add(s, "port survey", D(2024, 2, 1), D(2024, 5, 1))
        ids["opened"] = _add(s, "customs manual", D(2024, 4, 15), D(2024, 12, 31),
                             made=D(2024, 4, 15))
        ids["overdue"] = _add(s, "border map", D(2024, 1, 1), D(2024, 4, 30))
        ids["later"] = _add(s, "rail study", D(2024, 6, 15), D(2024, 7, 1))
        ids["opened long ago"] = _add(s, "water treaty", D(2024, 3, 1), D(2024, 12, 31))
        ids["open-ended"] = _add(s, "friendship", D(2024, 1, 1), None)
        ids["done later"] = _add(s, "joint exercise", D(2024, 4, 20), D(2024, 5, 20))
        services.change_status(s, ids["done later"], "fulfilled", by="analyst",
                               note="held", on=D(2024, 5, 10), clock=CLOCK)
        ids["withdrawn"] = _add(s, "trade fair", D(2024, 4, 1), D(2024, 5, 5))
        services.change_status(s, ids["withdrawn"], "withdrawn", by="analyst",
                               on=D(2024, 4, 2), clock=CLOCK)
    return ids


def _names(ids: dict[str, int], items) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[i.id] for i in items]


def test_closing_soonest_first_and_opened_recently(db: Database,
                                                   filled: dict[str, int]) -> None:
    with db.session() as s:
        a = agenda(s, D(2024, 5, 1), 30)
    assert _names(filled, a.closing) == ["today", "ten days", "done later"]
    assert [i.days_left for i in a.closing] == [0, 9, 19]
    assert _names(filled, a.opened) == ["opened"]
    first = a.closing[1]
    assert (first.subject, first.actors, first.due_start, first.due_end, first.status) == (
        "fisheries census", ["Chile", "Peru"], D(2024, 1, 1), D(2024, 5, 10), "open")
    assert first.quote == "The sides will complete the fisheries census."
    # fulfilled on 10 May: active on 1 May, gone from the agenda of 15 May
    assert a.closing[2].status == "open"
    with db.session() as s:
        later = agenda(s, D(2024, 5, 15), 30)
        june = agenda(s, D(2024, 6, 5), 30)
    assert later.closing == []  # ten days: overdue now; done later: fulfilled
    assert _names(filled, later.opened) == ["opened"]
    assert _names(filled, june.closing) == ["later"] and june.closing[0].days_left == 26
    assert june.opened == []


def test_days_bound_both_lists(db: Database, filled: dict[str, int]) -> None:
    with db.session() as s:
        short = agenda(s, D(2024, 5, 1), 5)
        none = agenda(s, D(2024, 5, 1), 0)
        long = agenda(s, D(2024, 5, 1), 70)
    assert _names(filled, short.closing) == ["today"]
    assert short.opened == []
    assert _names(filled, none.closing) == ["today"] and none.opened == []
    assert _names(filled, long.closing) == ["today", "ten days", "done later", "later"]
    assert _names(filled, long.opened) == ["opened", "opened long ago"]


def test_sources_published_after_the_date_do_not_count(db: Database, tmp_path: Path) -> None:
    text = ("Readout\n\nLIMA, May 20, 2024 -\n\n"
            "Chile and Peru agreed to sign a memorandum on fisheries data by the end of June.\n")
    with db.session() as s:
        services.ingest_document(s, parse_document(text, tmp_path / "lima.txt"), link=False, clock=CLOCK)
    with db.session() as s:
        before = agenda(s, D(2024, 5, 15), 60)
        after = agenda(s, D(2024, 6, 10), 30)
    assert before.closing == [] and before.opened == []
    [item] = after.closing
    assert (item.source, item.due_end, item.days_left) == ("lima.txt", D(2024, 6, 30), 20)


def _run(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, "report", "agenda", *args])
    return r.exit_code, r.stdout, r.stderr


def test_cli_formats(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    try:
        with db.session() as s:
            _add(s, "fisheries census", D(2024, 1, 1), D(2024, 5, 10))
            _add(s, "customs manual", D(2024, 4, 15), D(2024, 12, 31))
    finally:
        db.dispose()
    code, out, err = _run(db_url, "--as-of", "2024-05-01", "--format", "json")
    assert code == 0, err
    j = json.loads(out)
    assert (j["as_of"], j["days"], j["until"], j["since"]) == (
        "2024-05-01", 30, "2024-05-31", "2024-04-01")
    [c] = j["closing"]
    assert {k: c[k] for k in ("subject", "due_start", "due_end", "days_left", "source",
                              "actors")} == {
        "subject": "fisheries census", "due_start": "2024-01-01", "due_end": "2024-05-10",
        "days_left": 9, "source": None, "actors": ["Chile", "Peru"]}
    assert [o["subject"] for o in j["opened"]] == ["customs manual"]

    code, out, _ = _run(db_url, "--as-of", "2024-05-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["section"], r["subject"], r["days_left"]) for r in rows] == [
        ("closing", "fisheries census", "9"), ("opened", "customs manual", "244")]

    for fmt in ("table", "markdown"):
        code, out, _ = _run(db_url, "--as-of", "2024-05-01", "--format", fmt)
        assert code == 0
        assert "fisheries census" in out and "customs manual" in out and "2024-05-10" in out
        assert out.index("fisheries census") < out.index("customs manual")

    code, out, _ = _run(db_url, "--as-of", "2024-05-01", "--days", "5", "-o",
                        str(tmp_path / "a.md"), "--format", "markdown")
    assert code == 0 and out == ""
    assert "customs manual" not in (tmp_path / "a.md").read_text()

    code, _, err = _run(db_url, "--as-of", "2024-13-01")
    assert code == 2 and "not a date" in err
