"""Hostile and broken documents: each is refused with a one-line reason that
names the field, or read correctly; nothing hangs (issue 13)."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tracker.ingest import documents
from tracker.ingest.documents import DocumentError, iter_paths, read_document

BODY = "The two sides will hold the next round of talks in 2025.\n"


def fm(*lines: str) -> bytes:
    return ("---\n" + "\n".join(lines) + "\n---\n" + BODY).encode("utf-8")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (fm("date: 2024-02-30"), "date: 2024-02-30 is not a date"),
        (fm("date: 2024-13-01"), "date: 2024-13-01 is not a date"),
        (fm("date: 20240101"), "date: 20240101 is not a date"),
        (fm("date: [2024, 1, 1]"), "is not a date"),
        (fm("date: 0001-01-01"), "date: 0001-01-01 is out of range"),
        (fm("date: 0000-00-00"), "date: 0000-00-00 is not a date"),
        (fm("date: 2024-01-01T25:00:00"), "date: 2024-01-01T25:00:00 has an impossible"),
        (fm("date: 2024-01-01T10:60"), "date: 2024-01-01T10:60 has an impossible"),
        (fm("date: 2024-01-01 10:00:00 +25:00"), "has an impossible or malformed time"),
        (fm("date: 2024-01-01Tnoon"), "date: 2024-01-01Tnoon has an impossible or malformed"),
        (fm("date: 2024-02-30T10:00:00"), "date: 2024-02-30T10:00:00 is not a date"),
        (fm("date: !!timestamp 2024-01-01"), "malformed front matter"),
        (fm("date: 2024-01-01", "title: " + "x" * 1001), "title: too long (1001 characters"),
        (fm("date: 2024-01-01", "publisher: " + "p" * 501), "publisher: too long"),
        (fm("date: 2024-01-01", "title: [a, b]"), "title: must be text, not a list"),
        (fm("date: 2024-01-01", "title: {a: b}"), "title: must be text, not a map"),
        (fm("date: 2024-01-01", 'title: "a\\0b"'), "title: contains a NUL character"),
        (fm("date: 2024-01-01", "url: javascript:alert(1)"), "url: javascript:alert(1) is not"),
        (fm("date: 2024-01-01", "url: ftp://example.org/x"), "is not an http(s) URL"),
        (fm("date: 2024-01-01", "url: https://"), "is not an http(s) URL"),
        (fm("date: 2024-01-01", "a: &x [1]", "b: *x"), "anchors (&name) are not allowed"),
        (fm("date: 2024-01-01", "b: *x"), "malformed front matter"),
        (fm("date: 2024-01-01", "tags: " + "[" * 40 + "]" * 40), "nested deeper than 16"),
        (fm("date: 2024-01-01", "tags: !!set {a, b}"), "malformed front matter"),
        (fm("date: 2024-01-01", "blob: !!binary aGVsbG8="), "malformed front matter"),
        (fm("date: 2024-01-01", "x: !!python/object:os.system {}"), "malformed front matter"),
        (fm("date: 2024-01-01", "n: " + "9" * 5000), "malformed front matter"),
        (fm("date: 2024-01-01", "pad: " + "y" * 70_000), "front matter too long"),
        (b"date 2024-01-01 The sides met.\x00More", "binary file"),
        (b"date 2024-01-01 " + b"a" * 9000 + b"\x00", "NUL character at offset"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not UTF-16 text despite its byte-order mark"),
        ("date 2024-01-01 text".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    ],
)
def test_hostile_content_is_refused_with_the_field_named(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    p = tmp_path / "hostile.md"
    p.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        read_document(p)
    assert reason in str(err.value)
    assert "\n" not in str(err.value) and "\x1b" not in str(err.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("'2024-02-29'", dt.date(2024, 2, 29)),
        ("2024-02-29T10:30:00Z", dt.date(2024, 2, 29)),
        ("2024-02-29T23:59:59.250+05:30", dt.date(2024, 2, 29)),
        ("2024-02-29 10:30:00 -5", dt.date(2024, 2, 29)),
        ("2024-02-29t10:30", dt.date(2024, 2, 29)),
        ("March 5, 2024", dt.date(2024, 3, 5)),
        ("5 March 2024", dt.date(2024, 3, 5)),
    ],
)
def test_front_matter_dates_that_are_dates(tmp_path: Path, value: str, expected: dt.date) -> None:
    p = tmp_path / "ok.md"
    p.write_bytes(fm(f"date: {value}", "title: 2024", "url: https://example.org/a?b=1"))
    doc = read_document(p)
    assert doc.published_on == expected
    assert doc.title == "2024"  # a number is kept as the text written
    assert doc.url == "https://example.org/a?b=1"


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), id="utf16le-bom"),
        pytest.param(lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), id="utf16be-bom"),
        pytest.param(lambda s: codecs.BOM_UTF32_LE + s.encode("utf-32-le"), id="utf32le-bom"),
        pytest.param(lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), id="utf8-bom"),
        pytest.param(lambda s: s.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(lambda s: s.replace("\n", "\r").encode(), id="cr-only"),
    ],
)
def test_encodings_and_line_endings_read_the_same(
    tmp_path: Path, encode: Callable[[str], bytes]
) -> None:
    text = "---\ntitle: Joint Statement\ndate: 2023-04-05\n---\nFirst line.\nSecond line.\n"
    p = tmp_path / "doc.md"
    p.write_bytes(encode(text))
    doc = read_document(p)
    assert (doc.title, doc.published_on) == ("Joint Statement", dt.date(2023, 4, 5))
    assert doc.body == "First line.\nSecond line.\n"


def test_empty_front_matter_is_no_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "empty-fm.md"
    p.write_bytes(b"---\n---\nPublished: 5 March 2024\nThe sides met.\n")
    doc = read_document(p)
    assert (doc.published_on, doc.body) == (dt.date(2024, 3, 5),
                                            "Published: 5 March 2024\nThe sides met.\n")


def test_a_document_above_the_maximum_size_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1000)
    p = tmp_path / "big.txt"
    p.write_bytes(b"date 2024-01-01 " + b"word " * 300)
    with pytest.raises(DocumentError, match=r"too large \(1,516 bytes; at most 1,000 bytes"):
        read_document(p)
    p.write_bytes(b"date 2024-01-01 " + b"word " * 100)
    assert read_document(p).published_on == dt.date(2024, 1, 1)


def test_the_default_maximum_is_documented() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "reliability.md").read_text()
    assert f"{documents.MAX_DOCUMENT_BYTES:,}" in docs


def _in_thread(fn: Callable[[], object], timeout: float = 5.0) -> object:
    """Run fn in a thread; fail (not hang) if it does not return in time."""
    box: list[object] = []
    t = threading.Thread(target=lambda: box.append(_outcome(fn)), daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), "reading hung"
    return box[0]


def _outcome(fn: Callable[[], object]) -> object:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - the test looks at it
        return exc


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = _in_thread(lambda: read_document(fifo))
    assert isinstance(out, DocumentError) and "not a regular file: a FIFO" in str(out)


def test_a_device_and_a_socket_are_refused(tmp_path: Path) -> None:
    out = _in_thread(lambda: read_document(Path("/dev/zero")))
    assert isinstance(out, DocumentError) and "character device" in str(out)
    sock_path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        out = _in_thread(lambda: read_document(sock_path))
    assert isinstance(out, DocumentError) and "a socket" in str(out)


def test_symlink_loops_in_folders_end_and_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a folder loop
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a file loop
    (folder / "a.txt").write_text("date 2024-01-01 " + BODY)
    paths = _in_thread(lambda: list(iter_paths([folder])))
    assert [p.name for p in paths] == ["a.txt", "self.txt"]  # type: ignore[union-attr]
    with pytest.raises(DocumentError, match="cannot read: Too many levels of symbolic links"):
        read_document(folder / "self.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_and_folder(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("date 2024-01-01 " + BODY)
    f.chmod(0)
    sub = tmp_path / "locked"
    sub.mkdir()
    sub.chmod(0)
    try:
        with pytest.raises(DocumentError, match="cannot read: Permission denied"):
            read_document(f)
        assert sub in list(iter_paths([tmp_path]))
        with pytest.raises(DocumentError, match="cannot read folder: Permission denied"):
            read_document(sub)
    finally:
        sub.chmod(0o700)


def test_unreadable_file_and_folder_simulated_as_root(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same refusals as test_unreadable_file_and_folder, for a run as root
    (who reads every file): opening the file and listing the folder raise
    PermissionError as they would for another user. Refused in one line,
    nothing stored for them, the other document of the run stored."""
    from click.testing import CliRunner
    from sqlalchemy import select

    from tracker.cli import cli
    from tracker.store.db import Database
    from tracker.store.models import Source

    (tmp_path / "secret.md").write_text("date 2024-01-01 " + BODY)
    (tmp_path / "open.md").write_text("date 2024-01-02 " + BODY.replace("2025", "2026"))
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inside.md").write_text("date 2024-01-03 " + BODY)
    real_open, real_scandir = os.open, os.scandir

    def deny_open(path: str | os.PathLike[str], flags: int, *a: object) -> int:
        if Path(path).name == "secret.md":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *a)  # type: ignore[arg-type]

    def deny_scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", deny_open)
    monkeypatch.setattr(os, "scandir", deny_scandir)
    r = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(tmp_path), "--no-link"],
                           catch_exceptions=False)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert f"{tmp_path / 'secret.md'}: refused: cannot read: Permission denied" in lines
    assert f"{tmp_path / 'locked'}: refused: cannot read folder: Permission denied" in lines
    assert lines[-1] == "2 documents refused" and "Traceback" not in r.output
    database = Database(db_url)
    try:
        with database.session() as s:
            assert list(s.scalars(select(Source.file_name))) == ["open.md"]
    finally:
        database.dispose()


def test_parse_refuses_nul_in_text_given_directly() -> None:
    with pytest.raises(DocumentError, match="NUL character at offset 5"):
        documents.parse_document("date \x00 2024-01-01", Path("x.txt"))


def test_a_hostile_run_stores_the_same_on_sqlite_and_postgresql(db_url: str,
                                                                 tmp_path: Path) -> None:
    """Each refusal is one line naming the file and the reason; the good
    documents of the same run are stored; PostgreSQL behaves as SQLite."""
    from click.testing import CliRunner
    from sqlalchemy import func, select

    from tracker.cli import cli
    from tracker.store.db import Database
    from tracker.store.models import Source

    folder = tmp_path / "run"
    folder.mkdir()
    bad = {
        "long-title.md": fm("date: 2024-01-01", "title: " + "x" * 1001),
        "nul.md": b"date 2024-01-01 The sides \x00 will meet.",
        "nul-field.md": fm("date: 2024-01-01", 'publisher: "a\\0b"'),
        "feb30.md": fm("date: 2024-02-30"),
        "js-url.md": fm("date: 2024-01-01", "url: javascript:alert(1)"),
        "alias.md": fm("date: 2024-01-01", "a: &x [1]", "b: *x"),
    }
    good = {
        "utf16.md": codecs.BOM_UTF16_LE + "---\ndate: 2024-01-02\n---\nTalks resume in May.\n"
        .encode("utf-16-le"),
        "cr-only.md": b"---\rdate: 2024-01-03\r---\rThe sides will meet in June.\r",
        "max-title.md": fm("date: 2024-01-04", "title: " + "t" * 1000),
    }
    for name, content in {**bad, **good}.items():
        (folder / name).write_bytes(content)
    os.mkfifo(folder / "pipe.md")
    r = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(folder), "--no-link"],
                           catch_exceptions=False)
    assert r.exit_code == 1
    refused = {Path(line.split(": refused: ")[0]).name: line.split(": refused: ")[1]
               for line in r.stderr.splitlines() if ": refused: " in line}
    assert set(refused) == set(bad) | {"pipe.md"}
    assert refused["long-title.md"].startswith("title: too long (1001 characters")
    assert refused["nul-field.md"] == "publisher: contains a NUL character"
    assert refused["feb30.md"].startswith("date: 2024-02-30 is not a date")
    assert refused["pipe.md"] == "not a regular file: a FIFO (named pipe)"
    assert r.stderr.strip().splitlines()[-1] == "7 documents refused"
    assert sorted(line.split(": ")[0].rsplit("/", 1)[1] for line in r.stdout.splitlines()) == \
        sorted(good)
    database = Database(db_url)
    try:
        with database.session() as s:
            assert s.scalar(select(func.count()).select_from(Source)) == len(good)
            titles = s.scalars(select(Source.title).where(Source.file_name == "max-title.md"))
            assert len(titles.one() or "") == 1000
    finally:
        database.dispose()
