"""Saved web pages and PDFs as sources: the same text as HTML, as PDF and as
.txt gives the same commitments; title and date come from the file's
metadata or its text; broken, encrypted, empty and undated files are refused
with one line. The pages and PDFs are built here from sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import io
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.extract import extract
from tracker.ingest import formats
from tracker.ingest.documents import FORMATTED_SUFFIXES, DocumentError, read_document
from tracker.ingest.formats import READERS, unwrap_lines

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("formats_roundtrip",
                                               ROOT / "benchmarks" / "formats_roundtrip.py")
roundtrip = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(roundtrip)

TITLE = "Joint Statement on the Coastal Resilience Dialogue"
DATELINE = "WASHINGTON, March 5, 2024 -"
PARAGRAPHS = [
    ("The United States and Canada held the second Coastal Resilience Dialogue in Washington "
    "today, with delegations from both coast guards and from the weather services of the two "
    "countries."),
    ("The two sides agreed to convene the Joint Working Group on Flood Forecasting in the coming "
    "months, and asked their experts to compare the warning systems used along the shared "
    "coastline."),
    "Canada will host the third Coastal Resilience Dialogue later this year.",
    ("The delegations also discussed harbor dredging, storm warnings and the exchange of tide "
    "gauge records."),
]


def plain_text(*, dateline: bool = True) -> str:
    head = [TITLE, DATELINE] if dateline else [TITLE]
    return "\n\n".join([*head, *PARAGRAPHS]) + "\n"


def html_page(*, published: str | None = "2024-03-05T09:30:00-05:00", dateline: bool = True,
              time_in_text: bool = False) -> bytes:
    e = html.escape
    meta = (f'<meta property="article:published_time" content="{published}">'
            if published else "")
    paras = list(PARAGRAPHS)
    if time_in_text:
        paras[2] = paras[2].replace("later this year",
                                    '<time datetime="2024">later this year</time>')
    body = "\n".join(f"<p>{p if time_in_text and i == 2 else e(p)}</p>"
                     for i, p in enumerate(paras))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(TITLE)} | Example Ministry of Coasts</title>
<meta property="og:title" content="{e(TITLE)}">
{meta}
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></nav>
<main><article>
<h1>{e(TITLE)}</h1>
{f"<p>{e(DATELINE)}</p>" if dateline else ""}
{body}
</article></main>
<footer><p>Example Ministry of Coasts. All rights reserved. Privacy policy.</p></footer>
</body></html>
""".encode()


def make_pdf(lines: list[str], *, title: str | None = TITLE,
             created: str | None = "D:20240305093000-05'00'") -> bytes:
    """A one-page PDF: one Helvetica text line per item of ``lines``."""
    return roundtrip.text_pdf(lines, title=title, created=created)


def pdf_lines(*, dateline: bool = True) -> list[str]:
    """The text as a printed page: paragraphs wrapped at 80 characters."""
    lines = [TITLE, ""]
    if dateline:
        lines += [DATELINE, ""]
    for p in PARAGRAPHS:
        lines += [*textwrap.wrap(p, 80), ""]
    return lines


def _items(doc_body: str, on: dt.date) -> list[dict]:
    items = []
    for it in extract(doc_body, on):
        j = it.to_json("f")
        start, end = j.pop("span")
        assert doc_body[start:end] == j["quote"]  # spans point into the stored body
        items.append(j)
    return items


@pytest.fixture
def three_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "txt": tmp_path / "statement.txt",
        "html": tmp_path / "statement.html",
        "pdf": tmp_path / "statement.pdf",
    }
    files["txt"].write_text(plain_text(), encoding="utf-8")
    files["html"].write_bytes(html_page())
    files["pdf"].write_bytes(make_pdf(pdf_lines()))
    return files


def test_every_formatted_suffix_has_a_reader() -> None:
    assert set(READERS) == set(FORMATTED_SUFFIXES)


def test_html_pdf_and_text_give_the_same_commitments(three_files: dict[str, Path]) -> None:
    docs = {k: read_document(p) for k, p in three_files.items()}
    for d in docs.values():
        assert d.published_on == dt.date(2024, 3, 5)
        assert d.title == TITLE
    items = {k: _items(d.body, d.published_on) for k, d in docs.items()}
    assert len(items["txt"]) == 2
    assert [i["subject"] for i in items["txt"]] == [
        "Joint Working Group on Flood Forecasting", "third Coastal Resilience Dialogue"]
    assert items["html"] == items["txt"]
    assert items["pdf"] == items["txt"]


def test_html_keeps_main_text_drops_navigation_and_footer(three_files: dict[str, Path]) -> None:
    doc = read_document(three_files["html"])
    assert doc.date_found_by == "html metadata"
    assert "Contact us" not in doc.body and "Privacy policy" not in doc.body
    for p in PARAGRAPHS:
        assert p in doc.body


def test_html_words_inside_time_elements_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.htm"
    path.write_bytes(html_page(time_in_text=True))
    doc = read_document(path)
    assert PARAGRAPHS[2] in doc.body
    [_, later] = _items(doc.body, doc.published_on)
    assert later["due_end"] == "2024-12-31"


def test_html_without_date_markup_takes_the_dateline_or_date_option(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(html_page(published=None))
    doc = read_document(path)
    assert (doc.published_on, doc.date_found_by) == (dt.date(2024, 3, 5), "text: dateline")
    assert read_document(path, date=dt.date(2024, 3, 7)).published_on == dt.date(2024, 3, 7)
    # the page's own markup beats --date, as front matter does in a text file
    marked = tmp_path / "m.html"
    marked.write_bytes(html_page())
    assert read_document(marked, date=dt.date(2024, 3, 7)).published_on == dt.date(2024, 3, 5)


def test_html_without_any_date_is_refused_unless_date_given(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(html_page(published=None, dateline=False))
    with pytest.raises(DocumentError, match="no date found.*--date"):
        read_document(path)
    assert read_document(path, date=dt.date(2024, 3, 6)).date_found_by == "--date"


def test_pdf_date_from_text_else_creation_date(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(make_pdf(pdf_lines(), created="D:20250101000000Z"))
    doc = read_document(path)  # the dateline states the day; the file was made later
    assert (doc.published_on, doc.date_found_by) == (dt.date(2024, 3, 5), "text: dateline")
    path.write_bytes(make_pdf(pdf_lines(dateline=False)))
    doc = read_document(path)
    assert (doc.published_on, doc.date_found_by) == (dt.date(2024, 3, 5), "pdf: /CreationDate")
    path.write_bytes(make_pdf(pdf_lines(dateline=False), created=None, title=None))
    with pytest.raises(DocumentError, match="no date found in the PDF"):
        read_document(path)
    doc = read_document(path, date=dt.date(2024, 3, 8))
    assert doc.published_on == dt.date(2024, 3, 8)
    assert doc.title == TITLE  # no /Title: the first line of the text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "broken PDF"),
        ("fake.pdf", b"this is plain text with a pdf suffix", "not a PDF file"),
        ("blank.pdf", make_pdf([]), "no text found in the PDF"),
        ("plain.html", b"Just words, no markup at all, saved as .html.", "not an HTML page"),
        ("bin.html", b"<html>\x00\x01\x02", "binary file"),
        ("empty.htm", b"<html><head><title>x</title></head><body></body></html>",
         "no text found in the HTML page"),
    ],
)
def test_refusals_are_one_line(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason) as info:
        read_document(path, date=dt.date(2024, 1, 1))
    assert "\n" not in str(info.value)


def _encrypted(user_password: str, algorithm: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(pdf_lines()))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_encrypted_pdf_is_refused_unless_the_password_is_empty(tmp_path: Path,
                                                               algorithm: str) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted("secret", algorithm))
    with pytest.raises(DocumentError, match="encrypted PDF: it needs a password"):
        read_document(path)
    # locked against editing only: anyone may read it
    path.write_bytes(_encrypted("", algorithm))
    doc = read_document(path)
    assert PARAGRAPHS[1] in doc.body and doc.published_on == dt.date(2024, 3, 5)


def test_unwrap_joins_wrapped_lines_only() -> None:
    page = ("The two sides agreed to convene the working group on flood forecasting in\n"
            "the coming months and to publish a joint plan with the help of the U.S.\n"
            "Weather Service before the next co-\n"
            "operation meeting.\n"
            "Short heading\n"
            "Another paragraph that is long enough to look like a wrapped line of text:\n"
            "a list follows.\n"
            "\n"
            "A long headline set apart from its article by a gap on the printed page\n"
            "\n"
            "The article's first sentence.")
    assert unwrap_lines(page).split("\n\n") == [
        ("The two sides agreed to convene the working group on flood forecasting in the coming "
        "months and to publish a joint plan with the help of the U.S. Weather Service before "
        "the next co-operation meeting."),
        "Short heading",
        "Another paragraph that is long enough to look like a wrapped line of text:",
        "a list follows.",
        "A long headline set apart from its article by a gap on the printed page",
        "The article's first sentence.",
    ]


def test_a_paragraph_runs_over_a_page_break(tmp_path: Path) -> None:
    lines = [TITLE, ""]
    for p in PARAGRAPHS:
        lines += [*textwrap.wrap(p, 80), ""]
    # the second paragraph's first line is the last of page 1
    page_one = lines[: lines.index(textwrap.wrap(PARAGRAPHS[1], 80)[1])]
    two_pages = roundtrip.text_pdf(lines, title=TITLE, created="D:20240305",
                                   lines_per_page=len(page_one))
    path = tmp_path / "two.pdf"
    path.write_bytes(two_pages)
    doc = read_document(path)
    assert PARAGRAPHS[1] in doc.body


def test_cli_ingests_a_folder_of_mixed_formats(three_files: dict[str, Path],
                                               tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    url = f"sqlite:///{tmp_path / 't.db'}"
    r = CliRunner().invoke(cli, ["--db", url, "ingest", str(tmp_path), "--no-link"])
    assert r.exit_code == 1
    assert "broken.pdf: refused: broken PDF" in r.stderr
    assert "Traceback" not in r.stderr
    assert "statement.html: stored as source" in r.stdout and "(html metadata)" in r.stdout
    # the PDF's text, unwrapped, is the page's text and the text file's: the
    # same content, stored once
    assert "statement.pdf: already stored as source 1" in r.stdout
    assert "statement.txt: already stored as source 1" in r.stdout
    assert r.stdout.count("2 new commitments") == 1

    r = CliRunner().invoke(cli, ["extract", str(three_files["html"]), str(three_files["pdf"]),
                                 "--format", "json"])
    assert r.exit_code == 0, r.stderr
    import json

    items = json.loads(r.stdout)
    assert [i["source"] for i in items] == ["statement.html"] * 2 + ["statement.pdf"] * 2


def test_devcorpus_round_trip() -> None:
    """Every development document, written as a page and as PDFs, gives the
    items its text gives (benchmarks/formats_roundtrip.py; figures in
    docs/formats.md)."""
    corpus = roundtrip.default_corpus()
    if not corpus.is_dir():
        pytest.skip(f"development corpus not found at {corpus}")
    stats = roundtrip.run(corpus, verbose=False)
    for family, per in stats.items():
        for fmt, c in per.items():
            assert c["refused"] == 0, (family, fmt)
            assert c["same date"] == c["same title"] == c["documents"], (family, fmt)
            if fmt != "pdf-tight":  # a long headline with no gap runs into the text
                assert c["same items"] == c["documents"], (family, fmt)


_UNDATED = html_page(published=None, dateline=False).decode()


@pytest.mark.parametrize(
    "page",
    [
        _UNDATED.replace("</head>", '<meta name="date" content="2024-03-05"></head>'),
        _UNDATED.replace("<h1>", '<p class="byline">Posted <time datetime="2024-03-05T10:00">'
                                 "March 5, 2024</time></p><h1>"),
        _UNDATED.replace("</head>", '<script type="application/ld+json">{"@context": '
                                    '"https://schema.org", "@type": "NewsArticle", '
                                    '"datePublished": "2024-03-05T08:00:00Z"}</script></head>'),
        _UNDATED.replace("</head>", '<meta name="DC.date.issued" content="2024-03-05"></head>'),
    ],
    ids=["meta-date", "time-element", "json-ld", "dublin-core"],
)
def test_html_date_markup_kinds(tmp_path: Path, page: str) -> None:
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert (doc.published_on, doc.date_found_by) == (dt.date(2024, 3, 5), "html metadata")


def test_html_in_a_legacy_encoding(tmp_path: Path) -> None:
    page = html_page().decode().replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("Canada will host", "Canada \u201cwill\u201d host")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    assert "Canada \u201cwill\u201d host the third" in read_document(path).body


@pytest.mark.parametrize("row", formats.PRINTED_BY_BROWSER, ids=lambda r: r[0])
def test_every_browser_row_matches_its_example(row) -> None:
    name, _, example = row
    assert formats.printed_by_browser(example) == name


@pytest.mark.parametrize("producer", ["Microsoft® Word for Microsoft 365", "LibreOffice 7.4",
                                      "Adobe PDF Library 17.0", "GPL Ghostscript 10.0"])
def test_document_producers_are_not_browsers(producer: str) -> None:
    assert formats.printed_by_browser(producer) is None


@pytest.mark.parametrize("row", formats.RUNNING_LINES, ids=lambda r: r[0])
def test_every_running_line_row_matches_its_example(row) -> None:
    _, pattern, example = row
    assert pattern.search(example)
    lines = [example, "Body text that stays.", example]
    assert formats.drop_running_lines(lines) == ["Body text that stays."]


def test_running_lines_are_dropped_only_at_page_edges() -> None:
    lines = ["", "12/2/26, 6:53 PM Statement | News", "The talks began in 2024.",
             "Page 2 of 7", "The sides will meet again.", "https://example.org/s 1/1", ""]
    assert formats.drop_running_lines(lines) == [
        "", "The talks began in 2024.", "Page 2 of 7", "The sides will meet again.", ""]


def test_pdf_printed_by_a_browser(tmp_path: Path) -> None:
    """The page printed with the browser's header and footer on each page,
    and the print day as /CreationDate: the header and footer are dropped,
    the print day is not taken as the statement's."""
    header = f"12/2/26, 6:53 PM {TITLE} | News"
    lines = [header, TITLE, ""]
    for p in PARAGRAPHS:
        lines += [*textwrap.wrap(p, 80), ""]
    lines += ["file:///home/analyst/statement.html 1/1"]
    raw = roundtrip.text_pdf(lines, title=f"{TITLE} | News", created="D:20261202185310Z")
    raw = raw.replace(b"/CreationDate", b"/Creator (HeadlessChrome/156.0.0.0) /CreationDate")
    path = tmp_path / "printed.pdf"
    path.write_bytes(raw)
    with pytest.raises(DocumentError, match=r"printed from Chrome.*day it was printed.*--date"):
        read_document(path)
    doc = read_document(path, date=dt.date(2024, 3, 5))
    assert "6:53 PM" not in doc.body and "file:" not in doc.body
    items = _items(doc.body, doc.published_on)
    txt = (tmp_path / "s.txt")
    txt.write_text(plain_text(dateline=False), encoding="utf-8")
    base = read_document(txt, date=dt.date(2024, 3, 5))
    assert items == _items(base.body, base.published_on)
    # with a dateline in the text, the text's date is taken
    lines.insert(2, DATELINE)
    lines.insert(3, "")
    raw = roundtrip.text_pdf(lines, created="D:20261202185310Z")
    path.write_bytes(raw.replace(b"/CreationDate", b"/Producer (Skia/PDF m156) /CreationDate"))
    assert read_document(path).published_on == dt.date(2024, 3, 5)


def test_unwrap_ignores_a_few_overlong_lines_and_joins_lower_case_continuations() -> None:
    full = ("The two sides agreed to convene the working group on flood forecasting",
            "in the coming months and to publish a joint plan before the next summit",
            "of the leaders, as the ministers said in their statement on Tuesday.")
    page = "\n".join([
        "Ministers agree to hold talks on",
        "fisheries next year",
        "",
        *full,
        "",
        ("See https://example.org/a/very/long/address/that/runs/far/past/the/width/of/the/text/"
        "column/of/this/page/and/would/otherwise/count/as/a/full/line"),
    ])
    assert unwrap_lines(page).split("\n\n")[:2] == [
        "Ministers agree to hold talks on fisheries next year", " ".join(full)]
