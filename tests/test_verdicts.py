"""Per-party verdicts (issue 11 item 2): an analyst records, replaces and
withdraws one party's verdict on a commitment (−1 / 0 / +1); the history shows
each change; the party scorecard scores the verdict in effect on its as-of
date (counted as ``judged``) and its columns still add up (SQLite and
PostgreSQL)."""

# ruff: noqa: F811 - the tests take the imported fixture "filled" by name
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pinned import CLOCK
from test_scorecard import (
    AS_OF,
    D,
    _rows,
    filled,  # noqa: F401 - the fixture
)
from tracker.app import Tracker
from tracker.cli import cli
from tracker.domain.errors import ServiceError
from tracker.reports.follow_up import COLUMNS
from tracker.store.db import Database


@pytest.fixture
def app(db_url: str, db: Database) -> Tracker:
    t = Tracker(db_url, CLOCK)
    yield t  # type: ignore[misc]
    t.close()


def test_record_replace_withdraw_and_history(app: Tracker, filled) -> None:
    cid = filled["customs"]  # Japan and India, missed
    ch = app.record_verdict(cid, "india", -1, note="no text agreed", on=D(2024, 7, 15),
                            by="ana")
    assert (ch.party, ch.previous, ch.score, ch.effective_on) == ("India", None, -1,
                                                                  D(2024, 7, 15))
    ch = app.record_verdict(cid, "India", 0, note="signed in part", on=D(2024, 9, 1), by="ben")
    assert (ch.previous, ch.score) == (-1, 0)
    assert ch.line() == f"commitment {cid}: verdict for India recorded: -1 → 0 (on 2024-09-01)"
    ch = app.withdraw_verdict(cid, "India", note="recorded on the wrong item",
                              on=D(2024, 10, 1), by="ana")
    assert (ch.previous, ch.score) == (0, None)
    # the verdict in effect follows the effective dates, not the order recorded
    assert app.detail(cid, D(2024, 7, 1)).verdicts_then == {}
    assert app.detail(cid, D(2024, 8, 1)).verdicts_then == {"India": -1}
    assert app.detail(cid, D(2024, 9, 30)).verdicts_then == {"India": 0}
    d = app.detail(cid, AS_OF)
    assert d.verdicts_then == {}
    assert [(v.by, v.effective_on, v.change, v.note) for v in d.verdicts] == [
        ("ana", D(2024, 7, 15), "verdict for India: none → -1", "no text agreed"),
        ("ben", D(2024, 9, 1), "verdict for India: -1 → 0", "signed in part"),
        ("ana", D(2024, 10, 1), "verdict for India withdrawn (was 0)",
         "recorded on the wrong item"),
    ]
    assert all(v.recorded_at == CLOCK.now() for v in d.verdicts)


def test_refusals(app: Tracker, filled) -> None:
    cid = filled["customs"]
    with pytest.raises(ServiceError, match=r"^Australia is not a party to commitment \d+ "
                                           r"\(its parties: Japan, India\)$"):
        app.record_verdict(cid, "Australia", 1)
    with pytest.raises(ServiceError, match="one of -1, 0, \\+1"):
        app.record_verdict(cid, "India", 2)
    with pytest.raises(ServiceError, match="no verdict for India in effect"):
        app.withdraw_verdict(cid, "India")
    with pytest.raises(ServiceError, match="in the future"):
        app.record_verdict(cid, "India", 1, on=CLOCK.today() + dt.timedelta(days=1))
    app.record_verdict(cid, "India", 1, on=D(2024, 9, 1))
    with pytest.raises(ServiceError, match="no verdict for India in effect on 2024-08-01"):
        app.withdraw_verdict(cid, "India", on=D(2024, 8, 1))


def test_party_scorecard_uses_the_verdict_in_effect(app: Tracker, db: Database, filled) -> None:
    _, before = _rows(db, "party")
    # India on the missed customs agreement (status score −1): judged +1 from 2024-08-01
    app.record_verdict(filled["customs"], "India", 1, on=D(2024, 8, 1))
    # Japan on the summit, still open on AS_OF (not scored by status): judged 0
    app.record_verdict(filled["summit"], "Japan", 0, on=D(2025, 1, 15))
    card, rows = _rows(db, "party")
    india, japan = rows["India"], rows["Japan"]
    assert (india.judged, india.scored) == (1, before["India"].scored)
    assert india.points == before["India"].points + 2  # −1 became +1
    assert rows["Japan"].counts == before["Japan"].counts  # columns: the outcome still
    # Japan: its own customs score stays −1; the summit is now scored 0
    assert (japan.judged, japan.scored, japan.points) == (
        1, before["Japan"].scored + 1, before["Japan"].points)
    assert (rows["Australia"].judged, rows["United States"].judged) == (0, 0)
    assert card.total.judged == 2
    for r in [*card.rows, card.total]:
        assert sum(r.counts[c] for c in COLUMNS) == r.made
        assert r.judged <= r.made
    # before the verdicts took effect, the scorecard is as it was
    _, early = _rows(db, "party", D(2024, 7, 31))
    assert all(r.judged == 0 for r in early.values())
    # a withdrawal gives the status-derived score back
    app.withdraw_verdict(filled["customs"], "India", on=D(2025, 3, 1))
    _, after = _rows(db, "party")
    assert (after["India"].judged, after["India"].points) == (0, before["India"].points)
    # other groupings score the outcome; judged counts items with a verdict
    _, topics = _rows(db, "topic")
    assert topics["trade"].judged == 0 and topics["trade"].score == pytest.approx(-1.0)


def _report(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, "report", "scorecard", "--by", "party",
                                 "--as-of", AS_OF.isoformat(), *args])
    return r.exit_code, r.stdout, r.stderr


def test_judged_column_in_every_format(app: Tracker, db_url: str, filled, tmp_path: Path) -> None:
    app.record_verdict(filled["customs"], "India", 1, on=D(2024, 8, 1))
    code, out, _ = _report(db_url)
    assert code == 0
    head, *lines = [ln for ln in out.splitlines()[1:] if not ln.startswith("(")]
    assert head.split()[-2:] == ["JUDGED", "SCORE"]
    judged = {ln.rsplit(None, 2)[0].split()[0]: int(ln.split()[-2]) for ln in lines}
    assert judged["India"] == 1 and judged["Japan"] == 0
    code, out, _ = _report(db_url, "--format", "json")
    data = json.loads(out)
    by = {r["group"]: r for r in data["rows"]}
    assert by["India"]["judged"] == 1 and data["total"]["judged"] == 1
    for r in [*data["rows"], data["total"]]:
        assert sum(r[c] for c in COLUMNS) == r["made"]
    code, out, _ = _report(db_url, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["group"]: r["judged"] for r in rows}["India"] == "1"
    assert all(sum(int(r[c]) for c in COLUMNS) == int(r["made"]) for r in rows)
    code, out, _ = _report(db_url, "--format", "markdown")
    assert "| Judged | Score |" in out
    india = next(ln for ln in out.splitlines() if ln.startswith("| India |"))
    assert india.split(" | ")[-3] == "1"
    target = tmp_path / "card.html"
    code, _, _ = _report(db_url, "--format", "html", "-o", str(target))
    page = target.read_text()
    assert code == 0 and '<th class="num">Judged</th>' in page
    assert '<td>India</td><td class="num">6</td>' in page


def test_cli_verdict_and_show(app: Tracker, db_url: str, filled) -> None:
    cid = str(filled["customs"])

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["--db", db_url, *args])

    r = run("verdict", cid, "India", "-1", "--note", "nothing signed", "--on", "2024-07-15",
            "--by", "ana")
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == f"commitment {cid}: verdict for India recorded: none → -1 " \
                               "(on 2024-07-15)"
    assert run("verdict", cid, "India", "+1", "--on", "2024-09-01").exit_code == 0
    r = run("show", cid, "--as-of", "2024-08-01")
    assert "verdicts    India -1 (as of 2024-08-01)" in r.stdout
    assert "2024-07-15  ana: verdict for India: none → -1 — nothing signed" in r.stdout
    assert "verdict for India: -1 → +1" in r.stdout
    r = run("verdict", cid, "Brazil", "0")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert r.stderr.startswith("error: Brazil is not a party to commitment")
    r = run("verdict", cid, "India", "5")
    assert r.exit_code == 2 and "Traceback" not in r.output
    r = run("verdict", cid, "India", "1", "--withdraw")
    assert r.exit_code == 2 and "not both" in r.stderr
    r = run("verdict", cid, "India", "--withdraw", "--note", "mistake")
    assert r.exit_code == 0 and "withdrawn: +1 → none" in r.stdout
    assert run("verdict", "--help").exit_code == 0
