"""benchmarks/issue12.py without running a benchmark: the target table's met / not met,
and how it reads the scripts' outputs (invented figures, shaped as each script writes
them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import issue12
import scale_benchmark

PLAN = issue12.QUICK


def _status(rows: list[issue12.Row], start: str) -> str:
    (row,) = [r for r in rows if r.target.startswith(start)]
    return row.status


@pytest.mark.parametrize(("value", "op", "limit", "digits", "want"), [
    (1.504, "<=", 1.5, 2, "met"),  # shown as 1.50x: at the line is met
    (1.506, "<=", 1.5, 2, "not met"),
    (199.4, "<", 200, 0, "met"),
    (199.6, "<", 200, 0, "not met"),  # shown as 200 MiB: not under 200
    (1.99, "<", 2.0, 2, "met"),
    (2.0, "<", 2.0, 2, "not met"),
    (0.9196, ">=", 0.92, 2, "met"),
    (0.914, ">=", 0.92, 2, "not met"),
    (150.4, "<=", 150, 0, "met"),
])
def test_verdict_takes_the_figure_as_shown(value: float, op: str, limit: float, digits: int,
                                           want: str) -> None:
    assert issue12.verdict(value, op, limit, digits) == want


def _ingest(link_big: float, no_link_big: float, round_ratio: float, one: float) -> dict:
    """``ingest_scale.py --out``'s JSON."""
    def row(stored: int, link: float, no_link: float, ratio: float) -> dict:
        return {"stored": stored, "fill_s": 0.0, "link_ms": link, "no_link_ms": no_link,
                "ratio": ratio, "round_ratio": ratio, "round_ratios": [ratio, ratio],
                "link_cpu_ms": link, "no_link_cpu_ms": no_link, "cpu_ratio": ratio,
                "batches": 4, "load": 0.5}
    return {"per_doc": [row(100, 20.0, 15.0, 1.33), row(300, link_big, no_link_big, round_ratio)],
            "one": {"stored": 300, "one_link_s": one, "one_no_link_s": 0.9, "help_s": 0.07}}


def test_ingest_targets_met() -> None:
    rows = issue12.ingest_rows(_ingest(29.0, 16.0, 1.81, 1.2), PLAN, "unused")
    assert _status(rows, "ingest with linking / without, at 300 stored") == "met"
    assert _status(rows, "ingest with linking, 300 stored / 100 stored") == "met"  # 1.45x
    assert _status(rows, "one new document into 300") == "met"
    assert "1.45x (29.0 / 20.0 ms)" in rows[1].measured
    assert rows[3].measured == "20.0 / 15.0, 29.0 / 16.0 ms" and rows[3].status == "–"


def test_ingest_targets_not_met() -> None:
    rows = issue12.ingest_rows(_ingest(31.0, 14.0, 2.21, 2.0), PLAN, "unused")
    assert [r.status for r in rows[:3]] == ["not met"] * 3  # 2.21x, 1.55x, 2.00 s


def test_ingest_without_its_output_gives_the_reason() -> None:
    rows = issue12.ingest_rows(None, PLAN, "failed: boom (exit 1, ingest.log)")
    assert len(rows) == 4 and {r.status for r in rows} == {"failed: boom (exit 1, ingest.log)"}


def _scale(backend: str, n: int, what: str, peak_mib: float, ratio: float | None) -> dict:
    """One row of ``scale_benchmark.py --json`` (peak in KiB)."""
    return {"backend": backend, "n": n, "what": what, "time": 3.0, "peak": peak_mib * 1024,
            "anchor": 1.5 if ratio else None, "runs": 3, "paired_ratio": ratio,
            "baseline": None, "baseline_paired_ratio": None, "load": 1.0}


def test_scale_rows_memory_ratios_and_a_skipped_backend() -> None:
    data = [_scale("sqlite", PLAN.large, what, 120.0, None) for what in issue12.STREAMED]
    data[1] = _scale("sqlite", PLAN.large, issue12.EXPORT, 230.0, None)
    data += [_scale("sqlite", n, issue12.OVERDUE[fmt], 50.0, r)
             for n in (PLAN.small, PLAN.large) for fmt, r in (("csv", 1.7), ("json", 2.3))]
    rows = issue12.scale_rows(data, PLAN, {"small": "x", "sqlite": "x",
                                           "postgresql": "skipped: no server"})
    assert _status(rows, "peak RSS, `list --overdue --format csv` at 10,000, SQLite") == "met"
    assert _status(rows, "peak RSS, `export (with history)` at 10,000, SQLite") == "not met"
    assert _status(rows, "peak RSS, `report scorecard` at 10,000, PostgreSQL") == \
        "skipped: no server"
    csv = "`report overdue --format csv` / the sqlite3 shell's csv mode"
    assert _status(rows, f"{csv}, 1,000, SQLite") == "met"
    assert _status(rows, "`report overdue --format json` / the sqlite3 shell's json mode, "
                         "10,000, SQLite") == "not met"
    # the table's anchor is the shell's list mode; this run has no table row
    assert _status(rows, "`report overdue --format table` / the sqlite3 shell's list mode, "
                         "1,000, SQLite") == "x"
    assert _status(rows, "`report overdue --format csv` / `psql \\copy` (csv), 10,000, "
                         "PostgreSQL") == "skipped: no server"
    assert len(rows) == 2 * 7 + 3 * 3


def test_labels_are_scale_benchmarks() -> None:
    assert set(issue12.STREAMED) == {label for label, _, _ in scale_benchmark.COMMANDS}
    anchors = {label: anchor for label, _, anchor in scale_benchmark.COMMANDS}
    assert {fmt: anchors[what] for fmt, what in issue12.OVERDUE.items()} == issue12.SHELL_MODE


def test_tui_row_is_the_slowest_keystroke_of_all_runs() -> None:
    def run(as_of: str | None, inner_ms: list[float]) -> dict:  # tui_benchmark.py --json
        keys = [["Kenya"[: i + 1], 0.2, ms / 1000, 12] for i, ms in enumerate(inner_ms)]
        return {"open": 1.0, "total": 10, "keystrokes": keys, "as_of": as_of}

    data = {"runs": [run(None, [40, 60, 90]), run("2020-06-30", [45, 151, 70])]}
    (row,) = issue12.tui_rows(data, PLAN, "unused")
    assert row.status == "not met"
    assert row.measured.startswith("max 151 ms (`Ke`, as of 2020-06-30)")
    data["runs"][1]["keystrokes"][1][2] = 0.1504
    assert issue12.tui_rows(data, PLAN, "unused")[0].status == "met"
    assert issue12.tui_rows(None, PLAN, "skipped: x")[0].status == "skipped: x"


ACCURACY = """Figures the check reads (keep in step with the tables):
link-f1-e2e: 0.92
link-f1-oracle: 0.971
"""


def _devcorpus(e2e: float, oracle: float) -> dict:
    """``devcorpus.py --json``: its ``linking`` part is link_accuracy.py's figures."""
    def fig(f1: float) -> dict:
        return {"tp": 46, "fp": 1, "fn": 7, "precision": 0.98, "recall": 0.87, "f1": f1}
    return {"extraction": {}, "linking": {"e2e": {"all": fig(e2e)},
                                          "e2e-miss": {"all": fig(0.87)},
                                          "oracle": {"all": fig(oracle)}}}


def test_devcorpus_rows_against_the_documented_figures() -> None:
    documented = issue12.documented_f1(ACCURACY)
    assert documented == {"link-f1-e2e": "0.92", "link-f1-oracle": "0.971"}
    rows = issue12.devcorpus_rows(_devcorpus(0.9196, 0.9712), documented, "unused")
    assert [r.status for r in rows] == ["met", "met"]
    assert rows[0].measured == "0.920 (46 of 53, 1 wrong; misses 46 of 53, 1 wrong)"
    rows = issue12.devcorpus_rows(_devcorpus(0.93, 0.9704), documented, "unused")
    assert [r.status for r in rows] == ["met", "not met"]
    rows = issue12.devcorpus_rows(None, documented, "skipped: no devcorpus")
    assert {r.status for r in rows} == {"skipped: no devcorpus"}


def test_the_documented_figures_are_in_docs_accuracy() -> None:
    text = (issue12.ACCURACY).read_text(encoding="utf-8")
    assert set(issue12.documented_f1(text)) == {"link-f1-e2e", "link-f1-oracle"}


def test_digest_row_reads_link_digests_lines() -> None:
    out = ("devcorpus (12 documents)\n"
           f"  evidence: 7 rows, {'ab' * 20}\n"
           f"  suggest (whole corpus): 9 suggestions, {'cd' * 20}\n")
    (row,) = issue12.digest_rows(out, "unused")
    assert row.measured == "7 evidence rows abababababab…, 9 suggestions cdcdcdcdcdcd…"
    assert issue12.digest_rows("SKIP: no corpus", "skipped: no corpus")[0].status == \
        "skipped: no corpus"


def test_table_and_tally() -> None:
    rows = [issue12.Row("a", "1", "at most 2", "met"), issue12.Row("b", "3", "at most 2",
                                                                      "not met"),
            issue12.Row("c", "–", "x", "skipped: no server"), issue12.Row("d", "4", "–", "–")]
    text = issue12.table(rows)
    assert "| b | 3 | at most 2 | **not met** |" in text.splitlines()
    assert issue12.tally(rows) == "1 met, 1 not met, 1 skipped"


def test_write_doc_replaces_its_own_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) \
        -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nIntro.\n\n## First\n\nText.\n", encoding="utf-8")
    monkeypatch.setattr(issue12, "DOC", doc)
    begin, end = issue12.markers(quick=True)
    issue12.write_doc(f"{begin}\none\n{end}")
    assert doc.read_text() == f"# Benchmarks\n\nIntro.\n\n{begin}\none\n{end}\n\n## First\n\nText.\n"
    issue12.write_doc(f"{begin}\ntwo\n{end}")
    assert doc.read_text().count(begin) == 1 and "two" in doc.read_text()
    assert "one" not in doc.read_text()


def test_a_new_block_goes_before_the_other_block_not_inside_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nIntro.\n\n## First\n", encoding="utf-8")
    monkeypatch.setattr(issue12, "DOC", doc)
    quick, full = issue12.markers(quick=True), issue12.markers(quick=False)
    issue12.write_doc(f"{quick[0]}\n## Quick\n{quick[1]}")
    issue12.write_doc(f"{full[0]}\n## Full\n{full[1]}")
    text = doc.read_text()
    assert text.index(full[1]) < text.index(quick[0])
    issue12.write_doc(f"{quick[0]}\n## Quick again\n{quick[1]}")  # the full block stays
    assert "## Full" in doc.read_text() and "## Quick again" in doc.read_text()
