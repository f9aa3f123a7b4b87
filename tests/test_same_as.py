"""Same as: one joint statement posted by both governments is one commitment.
``Tracker.same_as`` keeps one identity with both sources as provenance (the
retired one's mentions and evidence move to the kept one), lists and reports
count it once, history records merge and undo, export marks the retired one.
Documents written for these tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pinned import CLOCK
from tracker.app import Tracker
from tracker.cli import cli
from tracker.domain.errors import ServiceError

PROMISE = "The two sides will hold the 3rd Joint Dialogue on Ports in Mombasa by March 31, 2025."


def _write(folder: Path, name: str, date: str, body: str) -> None:
    (folder / name).write_text(f"---\ndate: {date}\n---\n{body}\n", encoding="utf-8")


@pytest.fixture
def two_copies(db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a_ministry_kenya.md", "2024-06-01",
           "Joint Statement issued by the Ministry of Foreign Affairs of Kenya. " + PROMISE)
    _write(folder, "b_ministry_ghana.md", "2024-06-02",
           "Joint Statement as released by the Ministry of Foreign Affairs of Ghana. " + PROMISE)
    app = Tracker(db_url, CLOCK)
    app.ingest([folder])
    rows = app.list_rows(app.filters())
    assert len(rows) == 2, [(r.id, r.subject) for r in rows]
    a, b = sorted(r.id for r in rows)
    yield app, a, b, tmp_path
    app.close()


def _overdue_ids(app: Tracker) -> list[int]:
    out = io.StringIO()
    app.overdue_report(None, "json", out)
    return [i["id"] for i in json.loads(out.getvalue())["items"]]


def test_same_as_counts_once_and_keeps_both_sources(two_copies) -> None:  # type: ignore[no-untyped-def]
    app, a, b, _ = two_copies
    assert sorted(_overdue_ids(app)) == [a, b]
    r = app.same_as(a, b, note="one joint statement, posted by both ministries", by="ann")
    assert (r.kept, r.retired, r.mentions, r.undone) == (a, b, 1, False)
    assert [row.id for row in app.list_rows(app.filters())] == [a]
    assert _overdue_ids(app) == [a]
    d = app.detail(a)
    assert sorted(m.source for m in d.mentions) == ["a_ministry_kenya.md", "b_ministry_ghana.md"]
    assert d.mentions[0].source == "a_ministry_kenya.md"  # same kind: the earlier source
    assert d.merged == [b] and d.merged_into is None
    assert app.detail(b).merged_into == a and app.detail(b).mentions[0].source == "b_ministry_ghana.md"
    notes = [h.note for h in d.history if h.event == "note"]
    assert notes == [(f"same as #{b} (merged into this one): one joint statement, posted by "
                      "both ministries")]
    [retired_note] = [h for h in app.detail(b).history if h.event == "note"]
    assert retired_note.by == "ann" and f"merged into #{a}" in (retired_note.note or "")
    # a scorecard counts it once
    card = app.scorecard("period")
    assert card.total.made == 1
    # and so does the follow-up report
    assert sum(g["made"] for g in app.follow_up()) == 1
    assert [c["id"] for g in app.follow_up() for c in g["commitments"]] == [a]


def test_evidence_and_pending_suggestions_move_to_the_kept_one(two_copies) -> None:  # type: ignore[no-untyped-def]
    app, a, b, tmp = two_copies
    _write(tmp / "in", "c_report.md", "2025-02-12",
           "The 3rd Joint Dialogue on Ports was held in Mombasa on February 10, 2025.")
    app.ingest([tmp / "in" / "c_report.md"])
    pending = app.pending()
    assert sorted(e.commitment_id for e in pending) == [a, b]
    eid_b, _ = app.add_evidence(b, kind="progress", quote="Officials met to prepare it.")
    app.same_as(a, b, by="ann")
    # b's evidence by hand moved; its duplicate suggestion of the same passage stays
    # behind (already counted on a) and the review queue shows the passage once
    assert [e.commitment_id for e in app.pending()] == [a]
    d = app.detail(a)
    assert eid_b in [e.id for e in d.evidence]
    assert [row.pending for row in app.list_rows(app.filters())] == [1]
    from tracker.app import queries

    with app.session() as s:  # the UI's review queue: the passage once, counts exact
        page = queries.review_page(s, "pending")
        assert [i.commitment_id for i in page.items] == [a] and page.total == page.pending == 1
    r = app.undo_same_as(a, b, note="different dialogues after all", by="bob")
    assert r.undone and r.evidence == 1
    assert eid_b in [e.id for e in app.detail(b).evidence]
    assert eid_b not in [e.id for e in app.detail(a).evidence]
    assert sorted(e.commitment_id for e in app.pending()) == [a, b]


def test_undo_restores_two_and_history_records_both(two_copies) -> None:  # type: ignore[no-untyped-def]
    app, a, b, _ = two_copies
    app.same_as(a, b, note="same", by="ann")
    app.undo_same_as(a, b, note="not the same", by="bob")
    assert sorted(r.id for r in app.list_rows(app.filters())) == [a, b]
    assert [m.source for m in app.detail(a).mentions] == ["a_ministry_kenya.md"]
    assert [m.source for m in app.detail(b).mentions] == ["b_ministry_ghana.md"]
    notes = [(h.by, h.note) for h in app.detail(b).history if h.event == "note"]
    assert notes == [("ann", f"same as #{a} (retired, merged into #{a}): same"),
                     ("bob", f"not the same as #{a} (merge undone, back on its own): not the same")]
    # and it can be merged again, the other way round
    app.same_as(b, a, by="ann")
    assert [r.id for r in app.list_rows(app.filters())] == [b]


def test_refusals(two_copies) -> None:  # type: ignore[no-untyped-def]
    app, a, b, _ = two_copies
    with pytest.raises(ServiceError, match="itself"):
        app.same_as(a, a)
    app.same_as(a, b)
    with pytest.raises(ServiceError, match="already the same as"):
        app.same_as(a, b)
    c = app.add(quote="They will sign the pact.", subject="pact").id
    with pytest.raises(ServiceError, match="already the same as"):
        app.same_as(b, c)
    with pytest.raises(ServiceError, match="keeps others"):
        app.same_as(c, a)
    with pytest.raises(ServiceError, match="not merged"):
        app.undo_same_as(c, a)


def test_export_marks_the_retired_one(two_copies) -> None:  # type: ignore[no-untyped-def]
    app, a, b, _ = two_copies
    app.same_as(a, b, by="ann")
    out = io.StringIO()
    app.export(out)
    by_id = {c["id"]: c for c in json.loads(out.getvalue())["commitments"]}
    assert by_id[b]["merged_into"] == a and by_id[a]["merged_into"] is None
    assert [m["source"] for m in by_id[a]["mentions"]] == ["a_ministry_kenya.md",
                                                          "b_ministry_ghana.md"]
    assert by_id[b]["mentions"] == []


def test_cli_same_as_and_undo(two_copies, db_url: str) -> None:  # type: ignore[no-untyped-def]
    _, a, b, _ = two_copies
    run = CliRunner().invoke
    res = run(cli, ["--db", db_url, "same-as", str(a), str(b), "--note", "one text", "--by", "ann"])
    assert res.exit_code == 0, res.output
    assert f"commitment {b} is the same as {a}" in res.output
    shown = run(cli, ["--db", db_url, "show", str(a)])
    assert f"same as     commitment {b}" in shown.output
    assert f"same as #{b}" in shown.output  # in its history
    res = run(cli, ["--db", db_url, "same-as", str(a), str(b)])
    assert res.exit_code != 0 and "Traceback" not in res.output
    assert "already the same as" in res.output
    res = run(cli, ["--db", db_url, "same-as", str(a), str(b), "--undo", "--by", "bob"])
    assert res.exit_code == 0, res.output
    assert "no longer the same as" in res.output
    assert run(cli, ["same-as", "--help"]).exit_code == 0
    res = run(cli, ["--db", db_url, "same-as", str(a), "999"])
    assert res.exit_code != 0 and "Traceback" not in res.output


def test_a_backup_keeps_mentions_and_merges(two_copies, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, a, b, _ = two_copies
    app.same_as(a, b, note="one text", by="ann")
    out = io.StringIO()
    app.export(out)
    before = json.loads(out.getvalue())
    [merge] = before["merges"]
    assert (merge["kept"], merge["retired"], merge["by"], merge["undone_at"]) == (a, b, "ann", None)
    path = tmp_path / "backup.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    restored = Tracker(f"sqlite:///{tmp_path / 'restored.db'}", CLOCK)
    restored.import_backup(path)
    again = io.StringIO()
    restored.export(again)
    assert json.loads(again.getvalue()) == before
    assert [r.id for r in restored.list_rows(restored.filters())] == [a]
    restored.undo_same_as(a, b, by="bob")  # the merge's moves are known after a restore
    assert sorted(r.id for r in restored.list_rows(restored.filters())) == [a, b]
    restored.close()


def test_candidates_pair_one_sentence_in_two_sources_a_few_days_apart(
        two_copies, db_url: str) -> None:  # type: ignore[no-untyped-def]
    app, a, b, tmp = two_copies
    # the same sentence again, months later: a restatement, not the same posting
    _write(tmp / "in", "c_later.md", "2024-11-01", "Joint Statement of November. " + PROMISE)
    app.ingest([tmp / "in" / "c_later.md"])
    [c] = [r.id for r in app.list_rows(app.filters()) if r.id not in (a, b)]
    found = app.same_as_candidates(days=7)
    assert [(f.kept, f.retired, f.days_apart) for f in found] == [(a, b, 1)]
    assert found[0].kept_source == "a_ministry_kenya.md"
    assert [(f.kept, f.retired) for f in app.same_as_candidates(days=200)] == [(a, b), (a, c)]
    assert c not in {f.retired for f in app.same_as_candidates(days=100)}
    # once judged (merged, even if undone) a pair is not offered again
    app.same_as(a, b)
    app.undo_same_as(a, b)
    assert app.same_as_candidates(days=7) == []
    assert [(f.kept, f.retired) for f in app.same_as_candidates(days=200)] == [(a, c)]
    res = CliRunner().invoke(cli, ["--db", db_url, "same-as", "--suggest", "--days", "200"])
    assert res.exit_code == 0 and f"tracker same-as {a} {c}" in res.output
    res = CliRunner().invoke(cli, ["--db", db_url, "same-as"])
    assert res.exit_code != 0 and "KEPT and RETIRED" in res.output


def test_fingerprint_ignores_case_punctuation_order_and_small_words() -> None:
    from tracker.lifecycle.services import fingerprint

    assert fingerprint("The U.S. and India will meet.") == fingerprint("the US and India will MEET")
    assert fingerprint("India will meet Japan.") != fingerprint("India will meet Korea.")
