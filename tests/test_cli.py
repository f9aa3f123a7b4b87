"""The command line as a user meets it: ingest, refusals, help, errors
(SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from tracker.cli import cli
from tracker.store.db import Database
from tracker.store.models import Commitment, Source

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _counts(url: str) -> tuple[int, int]:
    database = Database(url)
    with database.session() as s:
        n_src = s.scalar(select(func.count()).select_from(Source))
        n_com = s.scalar(select(func.count()).select_from(Commitment))
    database.dispose()
    return n_src, n_com


def test_ingesting_the_seeds_twice_stores_each_once(db_url: str) -> None:
    code, out, err = run(db_url, "ingest", str(SEEDS))
    assert code == 0, err
    assert "stored as source" in out and "dated 2024-02-28" in out and "dated 2022-01-12" in out
    first = _counts(db_url)
    code, out, err = run(db_url, "ingest", str(SEEDS))
    assert code == 0, err
    assert out.count("already stored") == 2
    assert _counts(db_url) == first
    data = json.loads(run(db_url, "export")[1])
    assert sorted((s["file"], s["published_on"]) for s in data["sources"]) == [
        ("000_c598d15b02d51544.txt", "2024-02-28"),
        ("004_7d8c0b969ec7bbbf.txt", "2022-01-12"),
    ]


def test_same_content_under_another_name_is_stored_once(db_url: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(SEEDS / "004_7d8c0b969ec7bbbf.txt", copy)
    run(db_url, "ingest", str(SEEDS / "004_7d8c0b969ec7bbbf.txt"))
    code, out, _ = run(db_url, "ingest", str(copy))
    assert code == 0 and "already stored" in out
    assert _counts(db_url)[0] == 1


BAD = {
    "nodate.txt": b"The two sides will meet next year.",
    "empty.md": b"",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": "date 2022-01-12 Les deux côtés se réuniront.".encode("latin-1"),
    "badyaml.md": b"---\ntitle: [oops\ndate: 2020-01-01\n---\nBody.\n",
}


def test_bad_inputs_are_refused_one_line_each_and_the_rest_goes_on(
    db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, content in BAD.items():
        (folder / name).write_bytes(content)
    good = folder / "good.md"
    good.write_text("---\ndate: 2023-05-01\n---\nThe two sides will hold the next dialogue in "
                    "2024.\n", encoding="utf-8")
    code, out, err = run(db_url, "ingest", str(folder), str(tmp_path / "missing.txt"))
    assert code != 0
    lines = err.strip().splitlines()
    reasons = {Path(line.split(":")[0]).name: line for line in lines if ": refused: " in line}
    assert lines[-1] == "6 documents refused"
    assert set(reasons) == set(BAD) | {"missing.txt"}
    assert "no date found" in reasons["nodate.txt"]
    assert "empty" in reasons["empty.md"]
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "front matter" in reasons["badyaml.md"]
    assert "no such file" in reasons["missing.txt"]
    assert "Traceback" not in err
    assert "good.md: stored" in out
    assert _counts(db_url)[0] == 1  # only the good one


def test_unreadable_path_is_refused(db_url: str, tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)  # unreadable even for root
    code, _, err = run(db_url, "ingest", str(loop))
    assert code != 0 and "loop.txt: refused: cannot read" in err
    assert len(err.strip().splitlines()) == 2  # the refusal and the count


def test_extract_touches_no_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'never.db'}"
    r = CliRunner().invoke(cli, ["--db", url, "extract", str(SEEDS), "--format", "json"])
    assert r.exit_code == 0
    items = json.loads(r.stdout)
    assert items and not (tmp_path / "never.db").exists()
    for key in ("source", "kind", "made_on", "quote", "span", "actors", "action", "subject",
                "due_expression", "due_start", "due_end", "due_rule", "confidence"):
        assert key in items[0]


def test_show_prints_fields_evidence_and_history(db_url: str) -> None:
    run(db_url, "ingest", str(SEEDS))
    code, out, _ = run(db_url, "list", "--text", "Designations", "--format", "json")
    [item] = [i for i in json.loads(out) if i["subject"] == "5th Designations Dialogue"]
    run(db_url, "status", str(item["id"]), "in_progress", "--note", "dates proposed", "--by", "ana")
    code, out, _ = run(db_url, "show", str(item["id"]))
    assert code == 0
    assert "5th Designations Dialogue" in out and "2024-01-01 … 2024-04-30" in out
    assert "ana: open → in_progress — dates proposed" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "999"], "no commitment with id 999"),
        (["status", "999", "missed"], "no commitment with id 999"),
        (["evidence", "confirm", "999"], "no evidence with id 999"),
        (["add", "--quote", "q", "--subject", "s", "--due", "whenever pigs fly"],
         "cannot read the due phrase"),
        (["add", "--quote", "q", "--subject", "s", "--source", "nope.txt"], "no source"),
    ],
)
def test_errors_are_one_line(db_url: str, args: list[str], message: str) -> None:
    code, _, err = run(db_url, *args)
    assert code == 1
    assert err.startswith("error: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_bad_database_url_is_one_line(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["--db", "nosuchdb://x", "list"])
    assert r.exit_code == 1 and r.stderr.startswith("error: ")
    assert len(r.stderr.strip().splitlines()) == 1


def test_bad_date_option_is_a_usage_error(db_url: str) -> None:
    code, _, err = run(db_url, "report", "overdue", "--as-of", "31/12/2024")
    assert code == 2 and "is not a date" in err


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((*prefix, name))
        if isinstance(cmd, click.Group):
            out.extend(_all_commands(cmd, (*prefix, name)))
    return out


@pytest.mark.parametrize("path", _all_commands(cli), ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    r = CliRunner().invoke(cli, [*path, "--help"])
    assert r.exit_code == 0
    assert re.search(r"Usage: .*" + re.escape(path[-1]), r.stdout)


def test_help_does_not_import_the_orm_or_textual() -> None:
    import subprocess
    import sys

    code = ("import sys; from tracker.cli import cli\n"
            "try:\n    cli(['--help'])\nexcept SystemExit: pass\n"
            "bad = [m for m in ('sqlalchemy', 'textual', 'alembic') if m in sys.modules]\n"
            "print('IMPORTED:' + ','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "IMPORTED:"


def test_hand_evidence_sets_the_status_and_list_says_on_time(db_url: str) -> None:
    """Evidence added by hand moves the status like a confirmed suggestion,
    taking effect on its event date: done inside the window is on time."""
    code, out, err = run(db_url, "add", "--quote", "They will meet.", "--subject", "meeting",
                         "--made-on", "2024-01-01", "--due-end", "2024-02-01")
    assert code == 0, err
    cid = int(re.search(r"added commitment (\d+)", out).group(1))
    code, out, err = run(db_url, "evidence", "add", str(cid), "--kind", "fulfils", "--quote",
                         "They met.", "--date", "2024-01-20")
    assert code == 0, err
    assert "it is fulfilled" in out
    [item] = json.loads(run(db_url, "list", "--format", "json")[1])
    assert item["status"] == "fulfilled" and item["timeliness"] == "on_time"
    [h] = [h for h in json.loads(run(db_url, "export")[1])["commitments"][0]["history"]
           if h["event"] == "status"]
    assert h["effective_on"] == "2024-01-20"


def test_resolve_on_a_date_inside_the_window_is_on_time_everywhere(db_url: str) -> None:
    code, out, err = run(db_url, "add", "--quote", "They will sign.", "--subject", "pact",
                         "--made-on", "2024-01-01", "--due-end", "2024-02-01")
    cid = int(re.search(r"added commitment (\d+)", out).group(1))
    code, out, err = run(db_url, "resolve", str(cid), "--on", "2024-01-25", "--note", "signed")
    assert code == 0, err
    assert "(on 2024-01-25)" in out
    [item] = json.loads(run(db_url, "list", "--format", "json")[1])
    assert item["timeliness"] == "on_time"
    show = run(db_url, "show", str(cid))[1]
    assert "fulfilled (on_time" in show
    follow = json.loads(run(db_url, "report", "follow-up", "--format", "json",
                            "--as-of", "2024-06-30")[1])
    [body] = follow["bodies"]
    assert body["fulfilled_on_time"] == 1 and body["made"] == 1
    # a resolution dated in the future is refused in one line
    code, out, err = run(db_url, "status", str(cid), "open", "--on", "2999-01-01")
    assert code == 1 and "in the future" in err and "Traceback" not in err


def test_first_ingest_prints_only_its_lines(tmp_path: Path) -> None:
    """Setting up a new database says nothing on standard error (no library
    warnings from the migrations), and every line is about a document."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", f"sqlite:///{tmp_path / 'new.db'}", "ingest",
         str(SEEDS)], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    assert len(out.stdout.strip().splitlines()) == 2
