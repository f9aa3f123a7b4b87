"""`tracker export --format ics`: one all-day event per windowed commitment,
read back with icalendar; exclusive DTEND; UIDs stable across exports and
across a database rebuilt from the same documents."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from click.testing import CliRunner
from icalendar import Calendar

from pinned import CLOCK
from tracker.cli import cli
from tracker.ingest.documents import parse_document
from tracker.lifecycle import services
from tracker.reports.calendar import write_ics
from tracker.store.db import Database

NOW = dt.datetime(2024, 6, 1, 8, 30, tzinfo=dt.UTC)

STATEMENT = """Readout of the Harbor Safety Talks

OTTAWA, April 2, 2024 -

Canada and Mexico agreed to sign a memorandum on harbor pilot training by the end of June.

The two sides will hold the next round of the Harbor Safety Talks in 2025.
"""


def _fill(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        services.ingest_document(s, parse_document(STATEMENT, tmp_path / "harbor.txt"),
                                 link=False, clock=CLOCK)
        services.add_commitment(
            s, quote="The ministers will publish a joint road map by September 30.",
            subject="joint road map", actors=["Canada"], made_on=dt.date(2024, 4, 10),
            due_start=dt.date(2024, 4, 10), due_end=dt.date(2024, 9, 30), clock=CLOCK)
        services.add_commitment(
            s, quote="The two sides will keep in touch.", subject="keeping in touch",
            actors=["Canada", "Mexico"], made_on=dt.date(2024, 4, 10), clock=CLOCK)


def _export(db: Database, now: dt.datetime = NOW) -> tuple[Calendar, str]:
    buf = io.StringIO()
    with db.session() as s:
        result = write_ics(s, buf, now=now)
    assert result.open_ended == 1
    return Calendar.from_ical(buf.getvalue()), buf.getvalue()


def _events(cal: Calendar) -> dict[str, dict]:
    return {
        str(ev["summary"]): {
            "uid": str(ev["uid"]), "start": ev.decoded("dtstart"), "end": ev.decoded("dtend"),
            "stamp": ev.decoded("dtstamp"), "description": str(ev["description"]),
        }
        for ev in cal.walk("VEVENT")
    }


def test_one_all_day_event_per_window(db: Database, tmp_path: Path) -> None:
    _fill(db, tmp_path)
    cal, text = _export(db)
    assert "\r\n" in text and text.startswith("BEGIN:VCALENDAR")
    events = _events(cal)
    assert len(list(cal.walk("VEVENT"))) == 3
    assert set(events) == {"memorandum on harbor pilot training",
                           "next round of the Harbor Safety Talks", "joint road map"}
    mou = events["memorandum on harbor pilot training"]
    assert (mou["start"], mou["end"]) == (dt.date(2024, 4, 2), dt.date(2024, 7, 1))
    talks = events["next round of the Harbor Safety Talks"]
    assert (talks["start"], talks["end"]) == (dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    road = events["joint road map"]
    assert (road["start"], road["end"]) == (dt.date(2024, 4, 10), dt.date(2024, 10, 1))
    assert road["stamp"] == NOW
    assert "harbor.txt" in mou["description"] and "Canada, Mexico" in mou["description"]
    assert "Status: open" in mou["description"]
    assert "by the end of June" in mou["description"]
    assert "(added by hand)" in road["description"]
    assert len({e["uid"] for e in events.values()}) == 3


def test_uids_are_stable_across_exports_and_rebuilds(db: Database, tmp_path: Path) -> None:
    _fill(db, tmp_path)
    first = _events(_export(db)[0])
    with db.session() as s:
        services.change_status(s, 1, "in_progress", by="analyst", note="talks begun", clock=CLOCK)
    second = _events(_export(db, NOW + dt.timedelta(days=3))[0])
    assert {k: v["uid"] for k, v in first.items()} == {k: v["uid"] for k, v in second.items()}
    changed = [k for k in first if first[k]["description"] != second[k]["description"]]
    assert len(changed) == 1 and "Status: in_progress" in second[changed[0]]["description"]

    # Another database, the same document stored after another: the extracted
    # items get other ids, and the same UIDs.
    other = Database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        with other.session() as s:
            services.add_commitment(s, quote="Filler.", subject="filler",
                                    made_on=dt.date(2024, 1, 1), due_end=dt.date(2024, 2, 1), clock=CLOCK)
            services.ingest_document(s, parse_document(STATEMENT, tmp_path / "renamed.txt"),
                                     link=False, clock=CLOCK)
        buf = io.StringIO()
        with other.session() as s:
            write_ics(s, buf, now=NOW)
        rebuilt = _events(Calendar.from_ical(buf.getvalue()))
    finally:
        other.dispose()
    for name in ("memorandum on harbor pilot training", "next round of the Harbor Safety Talks"):
        assert rebuilt[name]["uid"] == first[name]["uid"]


def test_cli_writes_the_file_and_counts_open_ended(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    try:
        _fill(db, tmp_path)
    finally:
        db.dispose()
    out = tmp_path / "c.ics"
    r = CliRunner().invoke(cli, ["--db", db_url, "export", "--format", "ics", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert "3 events; 1 open-ended commitment left out" in r.stderr
    cal = Calendar.from_ical(out.read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 3
    r = CliRunner().invoke(cli, ["--db", db_url, "export", "--format", "ics"])
    assert r.exit_code == 0 and r.stdout.startswith("BEGIN:VCALENDAR")
    r = CliRunner().invoke(cli, ["--db", db_url, "export", "--format", "vcs"])
    assert r.exit_code == 2 and "Traceback" not in r.stderr
