"""Reading documents: front matter, dates found in text, and refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.ingest.documents import DocumentError, find_document_date, read_document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_seeds_are_dated_from_their_text() -> None:
    dates = {p.name: read_document(p).published_on for p in SEEDS.iterdir()}
    assert dates == {
        "004_7d8c0b969ec7bbbf.txt": dt.date(2022, 1, 12),
        "000_c598d15b02d51544.txt": dt.date(2024, 2, 28),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2022-01-12 India and the US met", dt.date(2022, 1, 12)),
        ("Updated February 28th, 2024 at 15:12 IST\n\nTitle", dt.date(2024, 2, 28)),
        ("Title\nPublished: 5 March 2024\nbody", dt.date(2024, 3, 5)),
        ("WASHINGTON, March 5, 2024 (Reuters) - The two sides", dt.date(2024, 3, 5)),
        ("NEW DELHI, Sept. 9, 2023 — Leaders agreed", dt.date(2023, 9, 9)),
        ("Tuesday, March 5, 2024\nThe ministers met.", dt.date(2024, 3, 5)),
        ("Release date: 2019-11-30\nText", dt.date(2019, 11, 30)),
        ("Joint Statement\nNairobi, 12 March 2024\n\nThe sides met.", dt.date(2024, 3, 12)),
        ("Joint Statement\nAccra\nMay 3, 2024\nThe sides met.", dt.date(2024, 5, 3)),
        ("Kenya-Ghana Talks\n\nTuesday, March 5, 2024\nThe ministers met.", dt.date(2024, 3, 5)),
    ],
)
def test_document_dates_in_text(text: str, expected: dt.date) -> None:
    found = find_document_date(text)
    assert found is not None and found[0] == expected


def test_a_date_merely_mentioned_is_not_the_documents_date() -> None:
    assert find_document_date("The ministers recalled their meeting on March 3, 2021.") is None
    # a date alone on a line far down (an agenda, a list of meetings) is not a dateline
    body = "Title\n" + "The ministers met and spoke.\n" * 12 + "Nairobi, 12 March 2024\n"
    assert find_document_date(body) is None


def test_published_beats_updated() -> None:
    text = "Updated March 9, 2024\nPublished March 1, 2024\nBody."
    assert find_document_date(text) == (dt.date(2024, 3, 1), "text: published")


def test_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "js.md"
    p.write_text(
        "---\ntitle: Joint Statement\ndate: 2018-03-27\npublisher: MEA\nurl: https://x.org/a\n"
        "---\nThe sides will meet next year.\n",
        encoding="utf-8",
    )
    doc = read_document(p)
    assert (doc.title, doc.publisher, doc.url, doc.published_on) == (
        "Joint Statement", "MEA", "https://x.org/a", dt.date(2018, 3, 27))
    assert doc.body == "The sides will meet next year.\n"
    assert doc.date_found_by == "front matter"


def test_date_option_used_when_text_has_none(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("The sides will meet next year.", encoding="utf-8")
    assert read_document(p, date=dt.date(2020, 5, 1)).published_on == dt.date(2020, 5, 1)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"The sides will meet next year.", "no date found"),
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("date 2022-01-12 café".encode("latin-1"), "not UTF-8"),
        (b"---\ntitle: [unclosed\ndate: 2020-01-01\n---\nBody", "malformed front matter"),
        (b"---\ntitle: x\ndate: 2020-01-01\nBody without end", "not closed"),
        (b"---\ndate: someday\n---\nBody", "not a date"),
        (b"---\n- a\n- b\n---\nBody", "malformed front matter"),
        (b"---\ntitle: only front matter\ndate: 2020-01-01\n---\n", "empty"),
    ],
)
def test_refusals_have_one_line_reasons(tmp_path: Path, content: bytes, reason: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        read_document(p)
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_plain_header_lines_are_metadata(tmp_path: Path) -> None:
    # saved pages often open with "key: value" lines and a blank line, without '---'
    p = tmp_path / "page.txt"
    p.write_text("title: Kenya and Ghana: a new start\ndate: 2024-03-12\npublisher: Ministry\n"
                 "url: https://example.org/a\n\nThe sides will meet next year.\n", encoding="utf-8")
    doc = read_document(p)
    assert (doc.title, doc.publisher, doc.url, doc.published_on) == (
        "Kenya and Ghana: a new start", "Ministry", "https://example.org/a", dt.date(2024, 3, 12))
    assert doc.body == "The sides will meet next year.\n"


@pytest.mark.parametrize("text", [
    "Date: 2024-03-12\n\nThe sides will meet next year.\n",             # one line: a dateline
    "title: A\ntitle: B\n\nThe sides will meet next year.\n",          # a key twice
    "url: https://example.org/a\npublisher: X\n\nBody 12 March 2024.\n",  # neither title nor date
    "title: A\ndate: 2024-03-12\nThe sides will meet next year.\n",    # no blank line after
])
def test_what_is_not_a_header_block_stays_body(tmp_path: Path, text: str) -> None:
    from tracker.ingest.documents import split_front_matter
    meta, body = split_front_matter(text)
    assert (meta, body) == ({}, text)
