"""Backup and import (tracker.app.backup): export -> import into an empty database
-> export gives the same JSON, ids kept; a bad file or a non-empty database
stores nothing. Documents and sentences written here."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select, text

from pinned import CLOCK, TODAY
from tracker.app import Tracker, backup
from tracker.app.backup import ImportRefused
from tracker.cli import cli
from tracker.store.models import Commitment, Evidence, Source

DOC_A = """---
title: Joint statement on the trade dialogue
date: 2024-01-10
publisher: Ministry of Examples
url: https://example.org/a
---
The two governments will convene the 5th Joint Working Group on Trade in early 2025.
Both sides agreed to publish a roadmap on customs cooperation by June 30, 2024.
"""

DOC_B = """---
title: Readout of the trade working group
date: 2025-03-05
---
The 5th Joint Working Group on Trade convened in Lisbon on March 3, 2025.
"""


def run(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _export(app: Tracker) -> dict[str, Any]:
    out = StringIO()
    app.export(out)
    return json.loads(out.getvalue())


def _build(app: Tracker, tmp_path: Path) -> None:
    """A database with every kind of row and reference: sources with text,
    extracted and manual commitments, a parent, evidence confirmed, rejected
    and pending, window changes, notes, status changes, and an id gap."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(DOC_A, encoding="utf-8")
    (docs / "b.md").write_text(DOC_B, encoding="utf-8")
    summary = app.ingest([docs])
    assert len(summary.stored) == 2
    gone = app.add(quote="A line deleted before the backup.", subject="gone",
                   made_on=dt.date(2024, 1, 1))
    first = app.add(quote="They will sign the accord.", subject="accord",
                    actors=["U.S.", "India"], made_on=dt.date(2024, 2, 1),
                    due_phrase="by the end of 2024", topics=["trade"], by="ana")
    with app.session() as s:  # an id gap: new ids differ from the old ones
        s.delete(s.get(Commitment, gone.id))
    child = app.add(quote="They will sign the annex.", subject="annex",
                    made_on=dt.date(2024, 2, 1), source_ref="a.md")
    app.set_window(first.id, due_start=dt.date(2024, 3, 1), due_end=dt.date(2025, 3, 31),
                   note="extended", on=dt.date(2024, 12, 1), by="ben")
    app.add_note(first.id, "asked the desk officer", by="ana", on=dt.date(2025, 1, 5))
    ev_id, _ = app.add_evidence(first.id, kind="progress", quote="Drafts exchanged.",
                                source_ref="b.md", event_date=dt.date(2025, 3, 3),
                                by="ana", note="readout")
    app.change_status(first.id, "fulfilled", evidence_id=ev_id, on=dt.date(2025, 3, 3),
                      by="ben")
    with app.session() as s:
        s.get(Commitment, child.id).parent_id = first.id
        b = s.scalars(select(Source).where(Source.file_name == "b.md")).one()
        for kind, span in (("restates", 0), ("missed", 10)):
            s.add(Evidence(commitment_id=child.id, source_id=b.id, kind=kind,
                           quote="a suggested passage", span_start=span, span_end=span + 5,
                           confidence=0.4, reason="shares words", origin="suggested",
                           review="pending", created_at=CLOCK.now()))
    pending = [e for e in app.pending() if e.commitment_id == child.id]
    app.reject(pending[0].id, by="ana", note="not the same")
    # per-party verdicts: recorded, replaced, and one withdrawn
    app.record_verdict(first.id, "India", -1, note="not yet", on=dt.date(2025, 1, 10), by="ana")
    app.record_verdict(first.id, "India", 1, note="signed", on=dt.date(2025, 3, 3), by="ben")
    app.record_verdict(first.id, "United States", 0, on=dt.date(2025, 2, 1), by="ana")
    app.withdraw_verdict(first.id, "United States", note="too early", on=dt.date(2025, 2, 2))


def _empty_twin(db_url: str, tmp_path: Path) -> str:
    """An empty database of the same kind: a new SQLite file, or the same
    PostgreSQL database emptied (its id sequences start again at 1)."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'restored.db'}"
    from tracker.store.db import Database

    database = Database(db_url)
    with database.engine.begin() as conn:
        conn.execute(text("TRUNCATE history, evidence, commitments, sources "
                          "RESTART IDENTITY CASCADE"))
    database.dispose()
    return db_url


def test_round_trip_gives_the_same_export_with_ids_mapped(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    _build(app, tmp_path)
    before = _export(app)
    app.close()
    assert before["format"] == "tracker-backup" and before["version"] == 1
    assert all(s["body"] for s in before["sources"])
    kinds = {e["review"] for c in before["commitments"] for e in c["evidence"]}
    assert kinds == {"confirmed", "rejected", "pending"}
    assert any(c["parent"] for c in before["commitments"])
    assert any("window_from" in h for c in before["commitments"] for h in c["history"])
    assert any(c["version"] > 1 for c in before["commitments"])
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(before), encoding="utf-8")

    restored = Tracker(_empty_twin(db_url, tmp_path), CLOCK)
    summary = restored.import_backup(path)
    after = _export(restored)
    restored.close()
    assert (summary.sources, summary.commitments) == (2, len(before["commitments"]))
    assert summary.history == sum(len(c["history"]) for c in before["commitments"])
    verdicts = [v for c in before["commitments"] for v in c["verdicts"]]
    assert [(v["party"], v["score"]) for v in verdicts] == [
        ("India", -1), ("India", 1), ("United States", 0), ("United States", None)]
    assert summary.verdicts == 4
    assert after == before  # ids too: every row keeps its id, gaps included
    assert sorted(summary.commitment_ids.items()) == [
        (c["id"], c["id"]) for c in before["commitments"]]
    ids = [c["id"] for c in before["commitments"]]
    assert ids != list(range(1, len(ids) + 1))  # there was a gap to keep
    # the database gives the next row an id past the restored ones
    restored = Tracker(restored.url, CLOCK)
    row = restored.add(quote="They will meet again.", subject="again",
                       made_on=dt.date(2024, 1, 1))
    ev_id, _ = restored.add_evidence(row.id, kind="progress", quote="Met.", by="ana")
    restored.close()
    assert row.id == max(ids) + 1
    assert ev_id == max(e["id"] for c in before["commitments"] for e in c["evidence"]) + 1


def test_a_non_empty_database_is_refused_and_left_alone(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    app.add(quote="They will meet.", subject="meeting", made_on=dt.date(2024, 1, 1))
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(_export(app)), encoding="utf-8")
    app.close()
    code, out, err = run(db_url, "import", str(path))
    assert code == 1 and not out
    assert err.strip().splitlines() == [
        ("error: the database is not empty: a backup is imported into an empty database "
        "only (use --db with a new one)")]
    app = Tracker(db_url, CLOCK)
    assert len(_export(app)["commitments"]) == 1
    app.close()


def _backup(tmp_path: Path) -> dict[str, Any]:
    app = Tracker(f"sqlite:///{tmp_path / 'origin.db'}", CLOCK)
    _build(app, tmp_path)
    data = _export(app)
    app.close()
    return data


def _count(url: str) -> tuple[int, int, int]:
    app = Tracker(url, CLOCK)
    with app.session() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m))
                       for m in (Source, Commitment, Evidence))
    app.close()
    return counts  # type: ignore[return-value]


@pytest.mark.parametrize(("spoil", "message"), [
    (lambda d: d["commitments"][-1]["history"].append(
        {**d["commitments"][-1]["history"][0], "evidence": 999}),
     r"commitments\[\d+\]\.history\[\d+\]\.evidence: no evidence with id 999"),
    (lambda d: d["commitments"][0].update(made_on="2024-13-01"),
     r"commitments\[0\]\.made_on: '2024-13-01' is not a date"),
    (lambda d: d["sources"][0].update(body=None), r"sources\[0\]\.body: text expected"),
    (lambda d: d["commitments"][0].update(parent=12345),
     r"commitments\[0\]\.parent: no commitment with id 12345"),
    (lambda d: d["commitments"][0].update(id=0), r"commitments\[0\]\.id: 0 is not an id"),
    (lambda d: d.pop("format"), r"not a tracker backup"),
    (lambda d: d.update(version=2), r"backup version 2 is not supported"),
    (lambda d: next(c for c in d["commitments"] if c["verdicts"])["verdicts"][0].update(
        score=3), r"commitments\[\d+\]\.verdicts\[0\]\.score: 3 is not -1, 0, 1 or null"),
])
def test_a_bad_backup_stores_nothing(db_url: str, tmp_path: Path, spoil: Any,
                                     message: str) -> None:
    data = _backup(tmp_path)
    spoil(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportRefused, match=message):
        Tracker(db_url, CLOCK).import_backup(path)
    assert _count(db_url) == (0, 0, 0)


def test_a_row_the_database_refuses_rolls_back_everything(db_url: str, tmp_path: Path) -> None:
    """Sources are inserted before the commitment the database refuses (its
    kind breaks a check constraint): the one transaction leaves nothing."""
    data = _backup(tmp_path)
    data["commitments"][-1]["kind"] = "promise"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(db_url, "import", str(path))
    assert code == 1 and err.startswith("error: database:") and len(err.splitlines()) == 1
    assert _count(db_url) == (0, 0, 0)


def test_cli_import_json_and_not_json(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(_backup(tmp_path)), encoding="utf-8")
    code, out, err = run(db_url, "import", str(path))
    assert code == 0, err
    assert re.match(r"imported 2 sources, \d+ commitments, \d+ evidence, \d+ history", out)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "tracker-backup", ', encoding="utf-8")
    code, _, err = run(db_url, "import", str(broken))
    assert code == 1 and "not JSON" in err and len(err.splitlines()) == 1
    code, _, err = run(db_url, "import", str(tmp_path / "x.xlsx"))
    assert code == 2 and ".json backup or a .csv" in err
    assert run(db_url, "import", "--help")[0] == 0


def test_export_keeps_the_contract_keys(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    _build(app, tmp_path)
    data = _export(app)
    app.close()
    assert {"id", "file", "title", "published_on"} <= set(data["sources"][0])
    for c in data["commitments"]:
        assert {"id", "source", "kind", "made_on", "quote", "span", "actors", "action",
                "subject", "due_expression", "due_start", "due_end", "due_rule",
                "confidence", "status", "evidence", "history"} <= set(c)
        for e in c["evidence"]:
            assert {"source", "kind", "event_date", "quote", "confidence", "origin"} <= set(e)
        for h in c["history"]:
            assert {"at", "by", "from", "to", "note"} <= set(h)
    assert TODAY  # the pinned day every use case above ran on


@pytest.mark.postgres
def test_a_database_moves_from_sqlite_to_postgresql(pg_url: str, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    data = _backup(tmp_path)
    path.write_text(json.dumps(data), encoding="utf-8")
    app = Tracker(_empty_twin(pg_url, tmp_path), CLOCK)
    app.import_backup(path)
    assert _export(app) == data
    app.close()


@pytest.fixture(scope="module")
def backup_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _backup(tmp_path_factory.mktemp("backup"))


def _records(data: dict[str, Any]) -> dict[str, tuple[dict[str, Any], str]]:
    """One record of each kind in a backup, with where it is."""
    i, c = next((i, c) for i, c in enumerate(data["commitments"])
                if c["evidence"] and c["history"] and c["verdicts"])
    kept, retired = data["commitments"][0]["id"], data["commitments"][1]["id"]
    data["merges"] = [{"id": 1, "kept": kept, "retired": retired, "note": None, "by": "ana",
                       "at": c["created_at"], "effective_on": "2025-01-01",
                       "moved_evidence": [], "undone_by": None, "undone_at": None,
                       "undo_note": None}]
    return {
        "SOURCE_FIELDS": (data["sources"][0], "sources[0]"),
        "COMMITMENT_FIELDS": (c, f"commitments[{i}]"),
        "EVIDENCE_FIELDS": (c["evidence"][0], f"commitments[{i}].evidence[0]"),
        "HISTORY_FIELDS": (c["history"][0], f"commitments[{i}].history[0]"),
        "VERDICT_FIELDS": (c["verdicts"][0], f"commitments[{i}].verdicts[0]"),
        "MERGE_FIELDS": (data["merges"][0], "merges[0]"),
    }


@pytest.mark.parametrize(("table", "key"), [
    (table, key) for table in ("SOURCE_FIELDS", "COMMITMENT_FIELDS", "EVIDENCE_FIELDS",
                               "HISTORY_FIELDS", "VERDICT_FIELDS", "MERGE_FIELDS")
    for key in map(backup.field_key, getattr(backup, table))])
def test_every_field_of_every_record_is_checked_and_named(backup_data: dict[str, Any],
                                                          table: str, key: str) -> None:
    """Each row of the field tables: the unspoilt backup plans; the same backup with
    that field of a non-text, non-number type is refused, naming where it is."""
    data = copy.deepcopy(backup_data)
    records = _records(data)
    backup.plan_backup(data)
    record, where = records[table]
    record[key] = {"not": "a value"}
    with pytest.raises(ValueError, match=re.escape(f"{where}.{key}: ")):
        backup.plan_backup(data)
