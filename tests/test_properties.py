"""Hypothesis properties: the document reader refuses with DocumentError and
nothing else, whatever the bytes; the sanitiser and the report writers'
escaping hold for any text.

Example counts are small in CI (the "ci" settings profile: 60 per property);
``TRACKER_HYPOTHESIS_PROFILE=thorough`` runs 2,000, and
``TRACKER_HYPOTHESIS_EXAMPLES=N`` sets any count, e.g.
``TRACKER_HYPOTHESIS_EXAMPLES=5000 pytest tests/test_properties.py``."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tracker.domain.textsafe import clean, is_clean, one_line
from tracker.ingest.documents import DocumentError, decode, find_document_date, parse_document
from tracker.reports.writers import csv_line, csv_safe, md_escape, write_rows

settings.register_profile("ci", max_examples=60, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", settings.get_profile("ci"), max_examples=2000)
PROFILE = settings(settings.get_profile(os.environ.get("TRACKER_HYPOTHESIS_PROFILE", "ci")))
if os.environ.get("TRACKER_HYPOTHESIS_EXAMPLES"):
    PROFILE = settings(PROFILE, max_examples=int(os.environ["TRACKER_HYPOTHESIS_EXAMPLES"]))

# Text that hits the parsers' special characters often.
SPECIAL = "-:[]{}&*!|>'\"%@`#,?\n\r\t\x00\x1b\u202e\ufeff 0123456789TZ.,"
texts = st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=300)
YAML_PIECES = st.sampled_from([
    "date: ", "title: ", "url: ", "publisher: ", "2024-02-30", "2024-01-01", "March 5, 2024",
    "&a ", "*a", "!!binary ", "!!timestamp ", "!!python/object:os.system ", "[", "]", "{", "}",
    "- ", "? ", "|\n  ", ">\n  ", "'", '"', "\\0", "\n", "  ", "99999999999999999999", "1e999",
    "null", "true", "https://x.invalid/", "javascript:", "<<: ", "---", "...",
])
front_matter = st.lists(st.one_of(YAML_PIECES, texts), max_size=30).map("".join)


def _only_document_errors(text: str) -> None:
    try:
        doc = parse_document(text, Path("p.md"))
    except DocumentError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(doc.published_on, dt.date)
    assert "\x00" not in doc.body and "\r" not in doc.body
    for value in (doc.title, doc.publisher, doc.url):
        assert value is None or (isinstance(value, str) and "\x00" not in value)


@PROFILE
@given(front_matter, texts)
def test_front_matter_parser_raises_only_document_errors(meta: str, body: str) -> None:
    _only_document_errors(f"---\n{meta}\n---\n{body}")


@PROFILE
@given(texts)
def test_any_text_parses_or_is_refused(text: str) -> None:
    _only_document_errors(text)


@PROFILE
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused(raw: bytes) -> None:
    try:
        text = decode(raw)
    except DocumentError:
        return
    _only_document_errors(text)


@PROFILE
@given(texts)
def test_document_date_finder_never_raises(text: str) -> None:
    found = find_document_date(text)
    assert found is None or (isinstance(found[0], dt.date) and found[1].startswith("text: "))


@PROFILE
@given(texts)
def test_clean_is_safe_and_idempotent(text: str) -> None:
    s = clean(text)
    assert is_clean(s) and clean(s) == s
    line = one_line(text, 40)
    assert "\n" not in line and len(line) <= 40 and is_clean(line)


def _cell_html(value: str) -> str:
    md = f"| h |\n|---|\n| {md_escape(value)} |\n"
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)


@PROFILE
@given(texts)
def test_markdown_cell_shows_any_text_as_written(text: str) -> None:
    rendered = _cell_html(text)
    tags = set(re.findall(r"</?([a-z0-9]+)", rendered))
    assert tags <= {"table", "thead", "tbody", "tr", "th", "td"}, (text, rendered)
    cell = re.search(r"<tbody>\n<tr>\n<td>(.*)</td>\n</tr>", rendered, re.DOTALL)
    expected = one_line(text)
    if expected:
        assert cell is not None and html.unescape(cell.group(1)) == expected


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.add((tag, ",".join(sorted(k for k, _ in attrs))))


_PAGE_TAGS: set[tuple[str, str]] | None = None


@PROFILE
@given(texts, texts, texts)
def test_html_report_structure_never_depends_on_the_text(subject: str, quote: str,
                                                         source: str) -> None:
    global _PAGE_TAGS
    out = io.StringIO()
    row = (1, subject, quote, source, "2024-01-01", "2024-02-01", 5, "open", "A", "commitment",
           "progress", source, None)
    write_rows(lambda shape: iter([row]), dt.date(2024, 3, 1), "html", out)
    parser = _Tags()
    parser.feed(out.getvalue())
    if _PAGE_TAGS is None:
        _PAGE_TAGS = parser.seen
    assert parser.seen == _PAGE_TAGS


@PROFILE
@given(st.lists(st.one_of(texts, st.integers(), st.none()), min_size=1, max_size=6))
def test_csv_line_round_trips(values: list[object]) -> None:
    (row,) = csv.reader(io.StringIO(csv_line(values) + "\n", newline=""))
    assert row == ["" if v is None else str(csv_safe(v)) for v in values]
