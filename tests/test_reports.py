"""The overdue report in all five formats, as of any date (SQLite and
PostgreSQL), through the command line a user runs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pinned import CLOCK, TODAY
from tracker.cli import cli
from tracker.lifecycle import services
from tracker.store.db import Database


def run(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _add_by_cli(url: str, *extra: str) -> int:
    code, out, err = run(url, "add", "--quote", "The sides will hold the 3rd dialogue by June.",
                         "--subject", "3rd dialogue", "--actor", "A", "--actor", "B",
                         "--made-on", "2024-01-10", "--due-end", "2024-06-30", *extra)
    assert code == 0, err
    return int(re.search(r"added commitment (\d+)", out).group(1))


def _json_report(url: str, as_of: str) -> dict:
    code, out, err = run(url, "report", "overdue", "--as-of", as_of, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_manual_commitment_is_overdue_only_after_its_window(db_url: str) -> None:
    cid = _add_by_cli(db_url)
    assert _json_report(db_url, "2024-06-30")["items"] == []
    report = _json_report(db_url, "2024-07-10")
    assert report["as_of"] == "2024-07-10"
    [item] = report["items"]
    assert item == {
        "id": cid, "subject": "3rd dialogue",
        "quote": "The sides will hold the 3rd dialogue by June.", "source": None,
        "due_start": "2024-01-10", "due_end": "2024-06-30", "days_overdue": 10,
        "status": "open", "actors": ["A", "B"], "kind": "commitment", "suggestion": None,
    }


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json", "html"])
def test_all_formats_carry_the_item(db_url: str, fmt: str) -> None:
    _add_by_cli(db_url)
    code, out, _ = run(db_url, "report", "overdue", "--as-of", "2024-07-10", "--format", fmt)
    assert code == 0
    assert "3rd dialogue" in out and "2024-06-30" in out and "10" in out
    code, out, _ = run(db_url, "report", "overdue", "--as-of", "2024-06-01", "--format", fmt)
    assert "3rd dialogue" not in out


def test_most_overdue_first_and_closed_ones_left_out(db_url: str) -> None:
    a = _add_by_cli(db_url)
    b = _add_by_cli(db_url, "--due-start", "2024-01-10")
    c = _add_by_cli(db_url)
    database = Database(db_url)
    with database.session() as s:
        services.set_window(s, b, due_start=dt.date(2024, 1, 10), due_end=dt.date(2024, 3, 31),
                            on=dt.date(2024, 5, 1), by="t", clock=CLOCK)
        services.change_status(s, c, "withdrawn", by="t", clock=CLOCK)
    database.dispose()
    # Withdrawn today: left out from today on; in 2025 it was still open.
    items = _json_report(db_url, "2030-01-01")["items"]
    assert [i["id"] for i in items] == [b, a]
    assert [i["days_overdue"] for i in items] == [2102, 2011]
    assert [i["id"] for i in _json_report(db_url, "2025-01-01")["items"]] == [b, a, c]
    # Before the window changed (on 2024-05-01), b had the old window; every
    # row of a past report carries the window it had then.
    assert _json_report(db_url, "2024-04-15")["items"] == []
    [item] = _json_report(db_url, "2024-05-02")["items"]
    assert (item["id"], item["due_end"], item["days_overdue"]) == (b, "2024-03-31", 32)


def test_past_as_of_uses_status_then_and_sources_known_then(db_url: str, tmp_path: Path) -> None:
    cid = _add_by_cli(db_url)
    database = Database(db_url)
    with database.session() as s:
        services.change_status(s, cid, "fulfilled", by="t", clock=CLOCK)  # today
        src_doc = tmp_path / "late.md"
        src_doc.write_text("---\ndate: 2025-03-01\n---\nReport.\n", encoding="utf-8")
        from tracker.ingest.documents import read_document

        r = services.ingest_document(s, read_document(src_doc), extract=False, link=False, clock=CLOCK)
        source = services.get_source(s, r.source_id)
        services.add_commitment(s, quote="They will meet by March.", subject="later meeting",
                                source=source, made_on=dt.date(2024, 1, 1),
                                due_start=dt.date(2024, 1, 1), due_end=dt.date(2024, 3, 31), clock=CLOCK)
    database.dispose()
    # Fulfilled today, so not overdue now; but it was open (and overdue) in 2024.
    assert _json_report(db_url, TODAY.isoformat())["items"][0]["subject"] == \
        "later meeting"
    assert [i["id"] for i in _json_report(db_url, "2024-12-31")["items"]] == [cid]
    # The report published 2025-03-01 is known from then on.
    subjects = {i["subject"] for i in _json_report(db_url, "2025-03-02")["items"]}
    assert subjects == {"3rd dialogue", "later meeting"}


def test_table_fits_80_columns(db_url: str) -> None:
    _add_by_cli(db_url, "--subject", "x" * 300)
    code, out, _ = run(db_url, "report", "overdue", "--as-of", "2030-01-01")
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 80


def test_csv_is_safe_against_formula_injection(db_url: str) -> None:
    code, out, err = run(db_url, "add", "--quote", "=HYPERLINK(\"http://x\")", "--subject",
                         "@SUM(A1)", "--made-on", "2024-01-01", "--due-end", "2024-02-01")
    assert code == 0, err
    code, out, _ = run(db_url, "report", "overdue", "--as-of", "2024-03-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["subject"] == "'@SUM(A1)"
    assert rows[0]["quote"].startswith("'=")


def test_html_is_escaped_and_self_contained(db_url: str, tmp_path: Path) -> None:
    run(db_url, "add", "--quote", "<script>alert(1)</script> & more", "--subject", "<b>x</b>",
        "--made-on", "2024-01-01", "--due-end", "2024-02-01")
    target = tmp_path / "r.html"
    code, _, err = run(db_url, "report", "overdue", "--as-of", "2024-03-01", "--format", "html",
                       "--output", str(target))
    assert code == 0 and "wrote" in err
    page = target.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"(src|href)=\"?https?:", page)  # nothing fetched from a network

    class Strict(HTMLParser):
        pass

    Strict().feed(page)


def test_output_to_unwritable_place_is_a_one_line_error(db_url: str, tmp_path: Path) -> None:
    code, _, err = run(db_url, "report", "overdue", "--output", str(tmp_path / "no" / "r.csv"),
                       "--format", "csv")
    assert code != 0 and err.startswith("error:") and len(err.strip().splitlines()) == 1


def test_export_json_shape(db_url: str) -> None:
    cid = _add_by_cli(db_url)
    run(db_url, "status", str(cid), "in_progress", "--note", "talks begun", "--by", "ana")
    _, out, _ = run(db_url, "export", "--format", "json")
    data = json.loads(out)
    [c] = data["commitments"]
    assert c["status"] == "in_progress" and c["due_end"] == "2024-06-30"
    for key in ("source", "kind", "made_on", "quote", "span", "actors", "action", "subject",
                "due_expression", "due_start", "due_rule", "confidence", "evidence"):
        assert key in c
    assert c["history"][-1]["by"] == "ana" and c["history"][-1]["to"] == "in_progress"
    assert c["history"][-1]["note"] == "talks begun"


def test_overdue_query_reads_the_partial_index_in_order(sqlite_db: Database) -> None:
    from sqlalchemy.dialects import sqlite

    from tracker.reports.overdue import overdue_query

    q = overdue_query("sqlite", dt.date(2999, 1, 1), past=False)
    sql = str(q.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with sqlite_db.engine.connect() as conn:
        plan = [(row[1], row[3]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    top = [detail for parent, detail in plan if parent == 0]
    assert any("ix_commitments_active_due_end" in d for d in top), plan
    assert not any("TEMP B-TREE" in d for d in top), plan  # no sort of the table


def test_table_shows_each_field_as_one_line_gives_it() -> None:
    """The table's batch fast path (``textsafe.all_plain``) gives what
    ``one_line`` gives value by value, for plain batches and for batches with
    something to clean (escapes, runs of spaces, spaces at an edge, a "| "
    inside, no source)."""
    from tracker.domain.textsafe import one_line
    from tracker.reports.writers import write_rows

    texts = ["Hold the third round of talks", "two  spaces", " leading space",
             "trailing space ", "a | bar inside", "red \x1b[31mtext\x1b[0m", "x" * 90,
             "“quoted promise”", "tab\there", ""]
    rows = [(i + 1, s, f"'{t}'", src, "2024-01-01" if i % 2 else None, "2024-02-01", 10 + i,
             "in_progress" if i % 3 else "open", "India", "commitment", None, None, None)
            for i, (s, t, src) in enumerate(
                (s, t, src) for s in texts for t in texts[:3] for src in ("r.md", None, " x.md"))]
    plain = [r for r in rows if r[1] == texts[0] and r[3] == "r.md"]
    for batch in (rows, plain):
        out = io.StringIO()
        write_rows(lambda shape, b=batch: iter(b), TODAY, "table", out)
        lines = out.getvalue().splitlines()[2:-1]
        want = []
        for r in batch:
            window = f"{r[4] or '…'}…{r[5]}"
            want += [(f"{r[0]:>6}  {r[6]:>5}  {window:<22}  {r[7]:<11}  "
                     f"{one_line(r[3] or '(by hand)', 25)}"),
                     f"{'':8}{one_line(r[1], 72)}",
                     f"{'':8}“{one_line(r[2].strip(chr(34) + chr(39) + '“”‘’ '), 70)}”"]
        assert lines == want


def test_table_shows_a_suggestion_beneath_its_item() -> None:
    """The suggestion line: kind, event date and source (or "by hand"), one
    line, clipped to the 80 columns."""
    from tracker.domain.textsafe import one_line
    from tracker.reports.writers import write_rows

    base = (1, "talks", "q", "r.md", None, "2024-02-01", 5, "open", "A", "commitment")
    rows = [(*base, None, None, None), (*base, "fulfils", "news.md", "2024-03-01"),
            (*base, "missed", None, None), (*base, "progress", "x\x1b[2J" + "y" * 80, None)]
    out = io.StringIO()
    write_rows(lambda shape: iter(rows), TODAY, "table", out)
    lines = [ln for ln in out.getvalue().splitlines() if "suggested:" in ln]
    assert lines == [
        f"{'':8}suggested: fulfils 2024-03-01 (news.md)",
        f"{'':8}suggested: missed (by hand)",
        f"{'':8}suggested: {one_line('progress (x' + 'y' * 80 + ')', 61)}",
    ]
    assert all(len(ln) <= 80 for ln in out.getvalue().splitlines())
