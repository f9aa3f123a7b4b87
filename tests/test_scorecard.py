"""`tracker report scorecard` and `tracker report briefing`: rows per party,
relationship, dialogue series, topic and year as of pinned dates, columns
that add up to MADE, the −1/0/+1 score, and a briefing page that runs
nothing and loads nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chromium import need_chromium
from pinned import CLOCK
from tracker.app import Tracker
from tracker.cli import cli
from tracker.ingest.documents import parse_document
from tracker.lifecycle import services
from tracker.reports.follow_up import COLUMNS, follow_up_report
from tracker.reports.scorecard import GROUPINGS, NO_SERIES, NO_TOPIC, Item, compute, scorecard
from tracker.reports.writers import HTML_CSP
from tracker.store.db import Database
from tracker.store.models import Source

D = dt.date
AS_OF = D(2025, 6, 30)
QUAD = ("India", "Japan", "Australia", "United States")


def _add(s, subject: str, actors: tuple[str, ...], made: dt.date, end: dt.date | None,
         topics: tuple[str, ...] = (), quote: str | None = None, source=None) -> int:
    return services.add_commitment(
        s, clock=CLOCK, quote=quote or f"The partners will complete the {subject}.",
        subject=subject, actors=list(actors), made_on=made,
        due_start=made if end else None, due_end=end, topics=list(topics), source=source).id


@pytest.fixture
def filled(db: Database, tmp_path: Path) -> dict[str, int]:
    """Eight commitments with pinned dates; actors typed as an analyst would
    ("U.S.") are stored as canonical parties."""
    ids: dict[str, int] = {}
    text = ("---\ntitle: Joint statement of the four partners\n"
            "url: https://example.gov/statements/quad-2024\ndate: 2024-03-01\n---\n"
            "Joint statement\n\nMarch 1, 2024\n\nThe partners met and agreed on several things.\n")
    with db.session() as s:
        services.ingest_document(s, parse_document(text, tmp_path / "quad.txt"),
                                 clock=CLOCK, extract=False, link=False)
    with db.session() as s:
        src = services.resolve_source(s, "quad.txt")
        # the Quad's four members, one of them typed as an abbreviation
        ids["exercise"] = _add(s, "maritime security exercise",
                               ("India", "Japan", "Australia", "U.S."), D(2024, 3, 1),
                               D(2024, 12, 31), topics=("security", "maritime"), source=src)
        ids["vaccines"] = _add(s, "vaccine partnership deliveries", QUAD, D(2024, 3, 1),
                               D(2024, 9, 30), topics=("health",), source=src)
        ids["dialogue"] = _add(s, "2+2 Ministerial Dialogue", ("India", "United States"),
                               D(2024, 2, 1), D(2024, 12, 31), topics=("security",))
        ids["customs"] = _add(s, "customs agreement", ("Japan", "India"), D(2024, 1, 10),
                              D(2024, 6, 30), topics=("trade",))
        ids["consulate"] = _add(s, "new consulate", ("Australia", "India"), D(2024, 5, 1),
                                D(2025, 3, 31))
        ids["summit"] = _add(s, "next summit", ("Japan",), D(2024, 5, 1), D(2025, 12, 31))
        ids["fair"] = _add(s, "trade fair", ("Japan", "India"), D(2023, 4, 1), D(2023, 10, 1))
        ids["later"] = _add(s, "rail study", ("India",), D(2025, 8, 1), D(2025, 12, 31))
        services.change_status(s, ids["dialogue"], "fulfilled", on=D(2024, 11, 10), clock=CLOCK)
        services.change_status(s, ids["exercise"], "fulfilled", on=D(2025, 2, 1), clock=CLOCK)
        services.change_status(s, ids["customs"], "missed", on=D(2024, 7, 10), clock=CLOCK)
        services.change_status(s, ids["vaccines"], "partially_fulfilled", on=D(2024, 10, 1),
                               clock=CLOCK)
        services.change_status(s, ids["fair"], "withdrawn", on=D(2023, 6, 1), clock=CLOCK)
        # judged fulfilled only after the as-of date: on AS_OF it was still open
        services.change_status(s, ids["summit"], "fulfilled", on=D(2025, 9, 1), clock=CLOCK)
    return ids


def _rows(db: Database, by: str, as_of: dt.date = AS_OF):
    with db.session() as s:
        card = scorecard(s, by, as_of)
    return card, {r.group: r for r in card.rows}


@pytest.mark.parametrize("by", GROUPINGS)
def test_columns_add_up_to_made_for_every_grouping(db: Database, filled, by: str) -> None:
    for as_of in (D(2023, 12, 31), D(2024, 8, 1), AS_OF):
        card, _ = _rows(db, by, as_of)
        assert card.rows, by
        for r in [*card.rows, card.total]:
            assert sum(r.counts[c] for c in COLUMNS) == r.made, (by, as_of, r.group)
        # only rows of groups an item has; each item in at least one row
        assert sum(r.made for r in card.rows) >= card.total.made


def test_every_quad_member_gets_its_own_row(db: Database, filled) -> None:
    card, rows = _rows(db, "party")
    assert list(rows) == ["Australia", "India", "Japan", "United States"]
    # 7 known by AS_OF (the rail study is made later)
    assert card.total.made == 7
    india = rows["India"]
    assert india.made == 6
    assert (india.counts["fulfilled_on_time"], india.counts["fulfilled_late"],
            india.counts["partially_fulfilled"], india.counts["missed"],
            india.counts["overdue"], india.counts["other"]) == (1, 1, 1, 1, 1, 1)
    # +1 +1 0 −1 −1 over five scored (the withdrawn fair is not scored)
    assert india.scored == 5 and india.score == pytest.approx(0.0)
    us = rows["United States"]
    assert (us.made, us.counts["fulfilled_on_time"], us.counts["fulfilled_late"],
            us.counts["partially_fulfilled"]) == (3, 1, 1, 1)
    assert us.score == pytest.approx(2 / 3)
    japan = rows["Japan"]
    # the summit was fulfilled after AS_OF: on AS_OF it is still open (not scored)
    assert japan.counts["open"] == 1 and japan.made == 5


def test_relationships_are_the_sorted_parties_together(db: Database, filled) -> None:
    _, rows = _rows(db, "relationship")
    assert set(rows) == {"Australia–India–Japan–United States", "India–United States",
                         "India–Japan", "Australia–India", "Japan"}
    quad = rows["Australia–India–Japan–United States"]
    assert (quad.made, quad.counts["fulfilled_late"], quad.counts["partially_fulfilled"]) == (2, 1, 1)
    assert quad.score == pytest.approx(0.5)
    assert rows["India–Japan"].counts["missed"] == 1 and rows["India–Japan"].counts["other"] == 1
    assert rows["Australia–India"].counts["overdue"] == 1
    assert rows["Australia–India"].score == pytest.approx(-1.0)
    assert rows["Japan"].score is None  # nothing scored: open only


def test_topics_and_periods(db: Database, filled) -> None:
    _, topics = _rows(db, "topic")
    assert topics["security"].made == 2  # the exercise and the 2+2
    assert topics["maritime"].made == 1 and topics["health"].made == 1
    assert list(topics)[-1] == NO_TOPIC
    _, years = _rows(db, "period")
    assert list(years) == ["2023", "2024"]
    assert (years["2023"].made, years["2024"].made) == (1, 6)
    _, later = _rows(db, "period", D(2025, 12, 31))
    assert later["2025"].made == 1


def test_as_of_replays_history(db: Database, filled) -> None:
    card, rows = _rows(db, "party", D(2024, 8, 1))
    # on 2024-08-01: the 2+2 and the exercise still open, customs already missed
    assert rows["United States"].counts["fulfilled_on_time"] == 0
    assert rows["India"].counts["missed"] == 1
    assert rows["India"].counts["open"] == 4  # the exercise, vaccines, 2+2 and consulate
    assert card.total.made == 7  # all but the rail study
    early, _ = _rows(db, "party", D(2023, 12, 31))
    assert early.total.made == 1 and early.total.counts["other"] == 1


def test_series_rows_agree_with_the_follow_up_report(db: Database, filled) -> None:
    card, rows = _rows(db, "series")
    with db.session() as s:
        bodies = follow_up_report(s, AS_OF)
    assert "2+2 Ministerial Dialogue" in rows  # the linker's series name
    assert len(bodies) == len(rows)
    for b in bodies:
        row = rows[b["body"] or NO_SERIES]
        assert row.made == b["made"]
        assert all(row.counts[c] == b[c] for c in COLUMNS), b["body"]
    assert sum(r.made for r in card.rows) == card.total.made  # one series per commitment


def test_compute_is_pure_and_refuses_unknown_grouping() -> None:
    it = Item(id=1, subject="s", quote="q", parties=("Chile",), series=None, series_key=None,
              topics=(), made_on=D(2024, 1, 1), due_start=None, due_end=None, status="missed",
              outcome="missed", fulfilled_on=None)
    card = compute([it, it], "party", AS_OF)
    assert card.rows[0].group == "Chile" and card.rows[0].score == -1.0
    with pytest.raises(ValueError):
        compute([it], "colour", AS_OF)


# --- CLI ------------------------------------------------------------------------


def _run(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, "report", *args])
    return r.exit_code, r.stdout, r.stderr


def test_cli_formats(db_url: str, db: Database, filled, tmp_path: Path) -> None:
    code, out, _ = _run(db_url, "scorecard", "--by", "relationship", "--as-of", "2025-06-30")
    assert code == 0 and "India–United States" in out and "ALL COMMITMENTS" in out
    code, out, _ = _run(db_url, "scorecard", "--as-of", "2025-06-30", "--format", "json")
    data = json.loads(out)
    assert data["by"] == "party" and data["total"]["made"] == 7
    assert data["scale"]["overdue"] == -1 and data["scale"]["open"] is None
    code, out, _ = _run(db_url, "scorecard", "--by", "topic", "--as-of", "2025-06-30",
                        "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[-1]["group"] == "all" and all(
        sum(int(r[c]) for c in COLUMNS) == int(r["made"]) for r in rows)
    by_topic = {r["group"]: r for r in rows}
    assert float(by_topic["trade"]["score"]) == -1.0  # a number, not a defused '-1
    assert by_topic["(no topic)"]["score"] == "-1.0" and by_topic["health"]["score"] == "0.0"
    code, out, _ = _run(db_url, "scorecard", "--by", "period", "--as-of", "2025-06-30",
                        "--format", "markdown")
    assert code == 0 and "| 2024 | 6 |" in out
    target = tmp_path / "card.html"
    code, _, _ = _run(db_url, "scorecard", "--as-of", "2025-06-30", "--format", "html",
                        "-o", str(target))
    page = target.read_text()
    assert code == 0 and "<svg" in page and "Content-Security-Policy" in page
    assert "<script" not in page.lower()


def test_cli_refuses_bad_input_in_one_line(db_url: str) -> None:
    r = CliRunner().invoke(cli, ["--db", db_url, "report", "scorecard", "--by", "colour"])
    assert r.exit_code == 2 and "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["--db", db_url, "report", "briefing", "--as-of", "June"])
    assert r.exit_code == 2 and "is not a date" in r.output
    for cmd in ("scorecard", "briefing"):
        r = CliRunner().invoke(cli, ["report", cmd, "--help"])
        assert r.exit_code == 0 and "Example" in r.output


# --- briefing -------------------------------------------------------------------


HOSTILE = "<script>document.title='ran'</script><img src=\"http://127.0.0.1:{port}/img\">"


def _hostile(db: Database, port: int = 9) -> None:
    with db.session() as s:
        src = services.resolve_source(s, "quad.txt")
        # a title and a URL as hostile as a stored source could hold
        s.get(Source, src.id).title = HOSTILE.format(port=port)
        bad = Source(file_name="bad.txt", title="Bad link", url="javascript:alert(1)",
                     published_on=D(2024, 4, 1), body="x", content_hash="f" * 64,
                     ingested_at=CLOCK.now())
        s.add(bad)
        s.flush()
        for subject in ("first sibling", "second sibling"):
            _add(s, subject, ("Chile", "Peru"), D(2024, 4, 1), D(2024, 12, 31),
                 quote="Chile and Peru will " + HOSTILE.format(port=port) + " do two things.",
                 source=bad)


def _briefing(url: str, as_of: dt.date = AS_OF, group_by: str = "relationship") -> str:
    out = io.StringIO()
    t = Tracker(url, CLOCK)
    try:
        t.briefing(out, as_of, group_by)
    finally:
        t.close()
    return out.getvalue()


def test_briefing_page(db_url: str, db: Database, filled) -> None:
    _hostile(db)
    page = _briefing(db_url)
    low = page.lower()
    import html
    import re

    [csp] = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert html.unescape(csp) == HTML_CSP and "script-src" not in csp  # default-src 'none'

    assert "<script" not in low and "<img" not in low and "javascript:" not in low
    assert "&lt;script&gt;" in page
    assert f"Generated at {CLOCK.now():%Y-%m-%d %H:%M} UTC" in page and "as of 2025-06-30" in page
    # http(s) source titles are links; the javascript: one is text only
    assert '<a href="https://example.gov/statements/quad-2024"' in page
    assert page.count("<a href=") == page.count('<a href="https://')
    # one quote per group of siblings
    assert page.count("do two things.") == 1
    assert "first sibling" in page and "second sibling" in page
    assert "<svg" in page and "Fulfilment by party" in page
    # the oldest overdue: the consulate, 91 days late on AS_OF
    assert "91 days overdue" in page
    by_series = _briefing(db_url, group_by="series")
    assert "Commitments by dialogue" in by_series


def test_briefing_file_is_written_with_the_umask(db_url: str, db: Database, filled,
                                                 tmp_path: Path) -> None:
    import os

    target = tmp_path / "briefing.html"
    old = os.umask(0o027)
    try:
        code, _, err = _run(db_url, "briefing", "--as-of", "2025-06-30", "-o", str(target))
    finally:
        os.umask(old)
    assert code == 0 and "wrote" in err
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_text().startswith("<!DOCTYPE html>")


def _png_size(path: Path) -> tuple[int, int]:
    import struct

    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _distinct_rows(path: Path) -> int:
    """How many different scanlines the PNG holds (a blank page has a handful)."""
    import struct
    import zlib

    data, pos, idat = path.read_bytes(), 8, b""
    width, height = _png_size(path)
    depth, colour = data[24], data[25]
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        if data[pos + 4:pos + 8] == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    stride = 1 + width * channels * depth // 8
    return len({raw[i * stride + 1:(i + 1) * stride] for i in range(height)})


def test_briefing_runs_no_script_and_loads_nothing_in_chromium(sqlite_db: Database,
                                                               tmp_path: Path) -> None:
    import http.server
    import subprocess
    import threading

    browser = need_chromium()
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = str(sqlite_db.engine.url)
        doc = ("---\ntitle: Statement\ndate: 2024-03-01\n---\nStatement\n\nMarch 1, 2024\n\nText.\n")
        with sqlite_db.session() as s:
            services.ingest_document(s, parse_document(doc, tmp_path / "quad.txt"),
                                     clock=CLOCK, extract=False, link=False)
        _hostile(sqlite_db, server.server_address[1])
        page = tmp_path / "briefing.html"
        page.write_text(_briefing(url), encoding="utf-8")
        r = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
             "--virtual-time-budget=2000", page.as_uri()],
            check=False, capture_output=True, text=True, timeout=120)
        dom = r.stdout
        assert "Briefing as of 2025-06-30" in dom, r.stderr[-500:]
        assert "<title>Briefing as of 2025-06-30</title>" in dom  # no script retitled it
        assert "<script" not in dom.lower() and "<img" not in dom.lower()
        assert hits == []  # no request left the page
        # looked at: a screenshot of the same page is drawn, and it too calls nothing
        shot = tmp_path / "briefing.png"
        r = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--window-size=1200,1600", f"--screenshot={shot}", "--virtual-time-budget=2000",
             page.as_uri()], check=False, capture_output=True, text=True, timeout=120)
        assert shot.exists(), r.stderr[-500:]
        assert _png_size(shot) == (1200, 1600)
        assert _distinct_rows(shot) > 100  # text, tables and the chart, not a blank page
        assert hits == []
        # the harness sees both: the same payload in a bare page runs and calls out
        control = tmp_path / "control.html"
        control.write_text("<html><head><title>t</title></head><body>"
                           + HOSTILE.format(port=server.server_address[1])
                           + "</body></html>", encoding="utf-8")
        r = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
             "--virtual-time-budget=2000", control.as_uri()],
            check=False, capture_output=True, text=True, timeout=120)
        assert "<title>ran</title>" in r.stdout, r.stderr[-500:]
        assert hits == ["/img"]
    finally:
        server.shutdown()


def test_an_empty_database_gives_an_empty_card_and_page(db_url: str, db: Database) -> None:
    code, out, _ = _run(db_url, "scorecard", "--as-of", "2025-06-30", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["rows"] == [] and data["total"]["made"] == 0
    assert data["total"]["score"] is None
    page = _briefing(db_url)
    assert "No commitments known by 2025-06-30" in page and "Nothing overdue" in page


def test_verdicts_follow_the_score_bands(db: Database, filled) -> None:
    _, rows = _rows(db, "party")
    # India: five scored, score 0.0; Australia: three scored (late, partly,
    # overdue): 0.0; the United States: three scored, 2/3
    assert rows["India"].verdict == "mixed" and rows["Australia"].verdict == "mixed"
    assert rows["United States"].verdict == "mostly kept"
    _, rel = _rows(db, "relationship")
    assert rel["India–Japan"].verdict == "too few assessed to judge"  # one scored
    it = Item(id=1, subject="s", quote="q", parties=("Chile",), series=None, series_key=None,
              topics=(), made_on=D(2024, 1, 1), due_start=None, due_end=None, status="missed",
              outcome="missed", fulfilled_on=None)
    assert compute([it] * 3, "party", AS_OF).rows[0].verdict == "mostly not kept"
