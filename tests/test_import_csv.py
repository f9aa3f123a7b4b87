"""`tracker import commitments.csv` (tracker.app.backup.import_csv): an analyst's
spreadsheet through the service layer, all rows or none, bad rows named by
line. The sheets are written here."""

from __future__ import annotations

import csv
import datetime as dt
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pinned import CLOCK
from tracker.app import Tracker
from tracker.app.backup import CSV_COLUMNS, ImportRefused
from tracker.cli import cli


def run(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _sheet(tmp_path: Path, rows: list[dict[str, str]], name: str = "sheet.csv",
           header: list[str] | None = None) -> Path:
    path = tmp_path / name
    header = header or list(dict.fromkeys(k for r in rows for k in r))
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        w.writerows(rows)
    return path


def _export(app: Tracker) -> dict[str, Any]:
    out = StringIO()
    app.export(out)
    return json.loads(out.getvalue())


def test_every_documented_column_with_its_example(db_url: str, tmp_path: Path) -> None:
    """One row made of the examples in CSV_COLUMNS (the table the docs list)."""
    path = _sheet(tmp_path, [{c.name: c.example for c in CSV_COLUMNS}])
    app = Tracker(db_url, CLOCK)
    summary = app.import_csv(path, by="A. Analyst")
    [c] = _export(app)["commitments"]
    app.close()
    assert summary.commitments == 1 and summary.statuses == {"fulfilled": 1}
    assert c["quote"] == "The ministers will meet again in 2025."
    assert c["actors"] == ["United States", "India"]  # canonicalised through tracker.domain.parties
    assert c["topics"] == ["security", "diplomacy"] and c["action"] == "meet"
    assert (c["made_on"], c["due_start"], c["due_end"]) == ("2024-02-01", "2025-01-01",
                                                            "2025-12-31")
    assert c["due_expression"] == "in 2025" and c["status"] == "fulfilled"
    created, changed = c["history"]
    assert (created["event"], created["by"], created["effective_on"], created["note"]) == (
        "created", "A. Analyst", "2024-02-01", "from the 2024 tracking sheet")
    assert (changed["from"], changed["to"], changed["by"], changed["effective_on"]) == (
        "open", "fulfilled", "A. Analyst", "2025-06-30")


def test_status_takes_effect_on_made_on_by_default(db_url: str, tmp_path: Path) -> None:
    path = _sheet(tmp_path, [
        {"Quote": "The council will review the plan.", "Subject": "plan review",
         "Made On": "2024-05-02", "Due End": "2024-09-30", "Status": "In progress"},
        {"Quote": "The agency will open an office.", "Subject": "office",
         "Made On": "2024-05-03", "Due End": "", "Status": ""},
    ])
    app = Tracker(db_url, CLOCK)
    summary = app.import_csv(path)
    data = _export(app)["commitments"]
    app.close()
    assert summary.statuses == {"in_progress": 1, "open": 1}
    first, second = data
    assert (first["due_start"], first["due_end"]) == ("2024-05-02", "2024-09-30")
    assert [h["effective_on"] for h in first["history"]] == ["2024-05-02", "2024-05-02"]
    assert first["history"][1]["note"] == "imported from sheet.csv line 2"
    assert second["history"][0]["note"] == "imported from sheet.csv line 3"
    assert second["due_end"] is None and second["status"] == "open"


def test_bad_rows_are_named_by_line_and_nothing_is_stored(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "quote,subject,made_on,due,due_end,status,source\n"
        "The envoys will meet.,meeting,2024-01-05,in 2025,,,\n"            # 2: fine
        "\"A quote that spans\ntwo lines.\",spans,2024-13-01,,,,\n"        # 3-4: bad date
        ",empty quote,2024-01-05,,,,\n"                                    # 5: empty quote
        "They will act.,act,2024-01-05,,,done,\n"                          # 6: unknown status
        "They will act soon.,soon,2024-01-05,whenever it suits,,,\n"       # 7: unreadable due
        "They will write.,write,2024-01-05,in 2025,2025-06-01,,\n"         # 8: both windows
        "They will go.,go,,,,,\n"                                          # 9: no date
        "They will return.,return,2024-01-05,,,,nowhere.md\n"              # 10: no source
        "They will fly.,fly,2030-01-05,,,,\n",                             # 11: future
        encoding="utf-8")
    app = Tracker(db_url, CLOCK)
    with pytest.raises(ImportRefused) as caught:
        app.import_csv(path)
    problems = dict(caught.value.problems)
    assert list(problems) == [f"line {n}" for n in (3, 5, 6, 7, 8, 9, 10, 11)]
    assert "'2024-13-01' is not a date" in problems["line 3"]
    assert "quote is empty" in problems["line 5"]
    assert "unknown status 'done'" in problems["line 6"]
    assert "whenever it suits" in problems["line 7"]
    assert "not both" in problems["line 8"]
    assert "made_on is empty" in problems["line 9"]
    assert "no source 'nowhere.md'" in problems["line 10"]
    assert "in the future" in problems["line 11"]
    assert "8 bad rows; nothing was imported" in str(caught.value)
    assert _export(app)["commitments"] == []
    app.close()
    code, out, err = run(db_url, "import", str(path))
    lines = err.strip().splitlines()
    assert code == 1 and not out and len(lines) == 9
    assert lines[0] == f"{path}: line 3: made_on: '2024-13-01' is not a date (YYYY-MM-DD)"
    assert lines[-1] == f"error: {path}: 8 bad rows; nothing was imported"


def test_the_header_is_checked_first(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    row = {"quote": "They will meet.", "subject": "meeting", "made_on": "2024-01-05"}
    for header, message in (
        (["quote", "subject", "made_on", "deadline"], "line 1: unknown column 'deadline'"),
        (["quote", "made_on"], "line 1: missing column 'subject'"),
        (["quote", "subject", "made_on", "Quote "], "line 1: column 'quote' appears twice"),
    ):
        path = _sheet(tmp_path, [{k: row.get(k.strip().lower(), "") for k in header}],
                      header=header)
        with pytest.raises(ImportRefused, match=message):
            app.import_csv(path)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ImportRefused, match="empty file"):
        app.import_csv(empty)
    app.close()


def test_the_same_sheet_twice_is_refused(db_url: str, tmp_path: Path) -> None:
    path = _sheet(tmp_path, [{"quote": "They will meet.", "subject": "meeting",
                              "made_on": "2024-01-05"}])
    app = Tracker(db_url, CLOCK)
    app.import_csv(path)
    with pytest.raises(ImportRefused) as caught:
        app.import_csv(path)
    assert caught.value.problems == [
        ("line 2", "already stored as commitment 1 (same quote, subject and made_on)")]
    assert len(_export(app)["commitments"]) == 1
    twice = _sheet(tmp_path, [{"quote": "They will talk.", "subject": "talks",
                               "made_on": "2024-01-06", "status_on": "2030-01-01",
                               "status": "fulfilled"},
                              {"quote": "They will talk.", "subject": "talks",
                               "made_on": "2024-01-06"}], name="twice.csv")
    with pytest.raises(ImportRefused) as caught:
        app.import_csv(twice)
    assert caught.value.problems[1] == (
        "line 3", "the same quote, subject and made_on as line 2")
    assert "future" in caught.value.problems[0][1]
    assert len(_export(app)["commitments"]) == 1
    app.close()


def test_a_source_gives_the_date_and_the_span(db_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "statement.md"
    doc.write_text("---\ndate: 2024-03-04\n---\nOpening remarks.\nThe parties will hold "
                   "talks on water sharing.\n", encoding="utf-8")
    app = Tracker(db_url, CLOCK)
    app.ingest([doc], extract=False)
    path = _sheet(tmp_path, [{"quote": "The parties will hold talks on water sharing.",
                              "subject": "water talks", "source": "statement.md"}])
    path.write_bytes("\ufeff".encode() + path.read_bytes())  # as Excel saves "CSV UTF-8"
    app.import_csv(path)
    [c] = _export(app)["commitments"]
    app.close()
    assert c["source"] == "statement.md" and c["made_on"] == "2024-03-04"
    assert c["span"] == [17, 17 + len(c["quote"])]
    assert dt.date.fromisoformat(c["history"][0]["effective_on"]) == dt.date(2024, 3, 4)


def test_docs_list_exactly_the_columns() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "outputs.md").read_text("utf-8")
    rows = [line for line in docs.splitlines() if line.startswith("| `")
            and line.split("|")[1].strip().strip("`") in {c.name for c in CSV_COLUMNS}]
    expected = [f"| `{c.name}` | {'yes' if c.required else ''} | {c.meaning} | "
                f"{('`' + c.example + '`') if c.example else ''} |" for c in CSV_COLUMNS]
    assert [" ".join(r.split()) for r in rows] == [" ".join(e.split()) for e in expected]
