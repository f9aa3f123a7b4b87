"""A store indexed by another version of tracker's readers is known and read again: each indexed
source keeps the stamp of the readers that read it (``link_sources.reader``,
``tracker.linking.stamp.reader_stamp``); ``tracker link`` reads the whole store again when any
differs, and ``tracker ingest`` says so. Invented Kenya/Ghana text."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select, update

from pinned import CLOCK
from tracker.app import Tracker
from tracker.cli import cli
from tracker.linking.stamp import reader_stamp
from tracker.store.models import Evidence, LinkSource

DOCS = {
    "a.md": "---\ndate: 2031-03-02\ntitle: Kenya and Ghana on fisheries\n---\n"
            "Kenya and Ghana will hold the first round of fisheries talks in Mombasa in May.\n",
    "b.md": "---\ndate: 2031-05-13\ntitle: Fisheries negotiators meet in Mombasa\n---\n"
            "Kenyan and Ghanaian negotiators held the first round of fisheries talks in Mombasa on 12 May.\n",
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _readers(app: Tracker) -> set[str | None]:
    with app.session() as s:
        return set(s.scalars(select(LinkSource.reader)))


def _age(app: Tracker, stamp: str | None) -> None:
    """As if the store had been indexed by other readers (or before the stamp was kept)."""
    with app.writing() as s:
        s.execute(update(LinkSource).values(reader=stamp))


def test_the_stamp_is_sixteen_hex_digits_and_stable() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", reader_stamp()) and reader_stamp() == reader_stamp()


def test_each_source_indexed_keeps_the_running_readers_stamp(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    try:
        app.ingest(sorted(_folder(tmp_path).iterdir()), batch=1)
        assert _readers(app) == {reader_stamp()} and app.stale_sources() == 0
    finally:
        app.close()


def test_link_reads_a_store_of_other_readers_again_and_stamps_it(db_url: str, tmp_path: Path) -> None:
    app = Tracker(db_url, CLOCK)
    try:
        app.ingest(sorted(_folder(tmp_path).iterdir()), batch=1)
        with app.session() as s:
            kept = sorted(s.scalars(select(Evidence.kind)))
        for old in ("0123456789abcdef", None):
            _age(app, old)
            assert app.stale_sources() == 2
            told: list[int] = []
            app.link(rereading=told.append)
            assert told == [2]  # (told before the reading, once)
            assert _readers(app) == {reader_stamp()} and app.stale_sources() == 0
            app.link(rereading=told.append)
            assert told == [2]  # (nothing stale: nothing told)
            with app.session() as s:  # (what was suggested before is kept, not suggested twice)
                assert sorted(s.scalars(select(Evidence.kind))) == kept
    finally:
        app.close()


def test_the_cli_says_when_the_store_was_read_by_other_readers(db_url: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    r = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(folder / "a.md")], catch_exceptions=False)
    assert r.exit_code == 0 and "another version" not in r.stderr
    app = Tracker(db_url, CLOCK)
    try:
        _age(app, "0123456789abcdef")
    finally:
        app.close()
    r = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(folder / "b.md")], catch_exceptions=False)
    assert r.exit_code == 0
    assert "note: 1 stored source was read by another version of tracker; `tracker link` reads them again" \
        in r.stderr
    r = CliRunner().invoke(cli, ["--db", db_url, "link"], catch_exceptions=False)
    assert r.exit_code == 0 and "1 source was read by another version of tracker: reading every source again" \
        in r.stderr
    r = CliRunner().invoke(cli, ["--db", db_url, "link"], catch_exceptions=False)
    assert r.exit_code == 0 and "another version" not in r.stderr
