"""Readers for sources that are not plain text: saved web pages (``.html``,
``.htm``) and PDF files (``.pdf``).

Each reader turns the file's bytes into the main text and what the file says
about itself (title, date, address); ``read_formatted`` makes a ``Document``
of it. The stored body is the extracted text, so commitment spans point into
it. Refusals are ``DocumentError`` with a one-line reason, as for text files.

Which date a document gets, strongest first (the same order as for text
files, where front matter beats ``--date`` and ``--date`` beats the text):

- HTML: the page's publication markup (``article:published_time``, a
  ``<meta name="date">``, JSON-LD, ``<time datetime>``: trafilatura's
  metadata through htmldate, without its guesses from the body text), then
  ``--date``, then a labelled date or dateline in the extracted text;
- PDF: ``--date``, then a labelled date or dateline in the text, then the
  file's ``/CreationDate`` (when the file was made, which for a page printed
  to PDF can be long after the statement: the weakest of the three, and
  never taken when a web browser made the file, see ``PRINTED_BY_BROWSER``).

Libraries: trafilatura (main text and metadata of web pages) and pypdf.
They are imported only when such a file is read.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.ingest.documents import Document, DocumentError, _guess_title, find_document_date


@dataclass(frozen=True)
class Extracted:
    """What a reader found in one file."""

    text: str
    title: str | None = None
    date: dt.date | None = None  # the date the file's metadata states
    date_found_by: str | None = None
    url: str | None = None
    publisher: str | None = None
    why_no_date: str | None = None  # why the metadata's date is not taken


# --- HTML ---------------------------------------------------------------------

_HTML_MARKS = (b"<html", b"<head", b"<body", b"<!doctype html")


def read_html(raw: bytes) -> Extracted:
    """Main text and metadata of a saved web page."""
    if b"\x00" in raw[:8192]:
        raise DocumentError("binary file, not an HTML page")
    if not any(mark in raw[:16384].lower() for mark in _HTML_MARKS):
        raise DocumentError("not an HTML page (no <html>, <head> or <body> at the start)")
    import copy
    import logging

    import trafilatura
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
    from trafilatura.metadata import extract_metadata

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        # their warnings about odd pages would reach the terminal: the
        # outcome is reported in one line anyway
        logging.getLogger(name).setLevel(logging.ERROR)
    tree = trafilatura.load_html(raw)
    if tree is None:
        raise DocumentError("not an HTML page (cannot be parsed)")
    # Metadata first, on a copy: htmldate reads <time datetime> and meta tags.
    # extensive=False: no date guessed from the words of the body.
    meta = extract_metadata(copy.deepcopy(tree), extensive=False)
    # trafilatura drops <time> elements with their words ("by <time>June
    # 2025</time>" would lose its time phrase): keep their text.
    etree.strip_tags(tree, "time")
    try:
        doc = trafilatura.bare_extraction(
            tree, with_metadata=False, include_comments=False, include_tables=True,
            include_links=False, include_images=False, favor_recall=True,
        )
    except Exception as exc:  # noqa: BLE001 - a page trafilatura cannot take apart
        raise DocumentError(f"HTML page cannot be read: {type(exc).__name__}") from None
    # a Document, or a dict when asked for one (as_dict=True, not here)
    body = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    text = blocks_as_paragraphs(body or "")
    date = None
    if meta.date:
        try:
            date = dt.date.fromisoformat(str(meta.date)[:10])
        except ValueError:
            date = None
    return Extracted(
        text=text,
        title=_clean(meta.title),
        date=date,
        date_found_by="html metadata" if date else None,
        url=_clean(meta.url),
        publisher=_clean(meta.sitename),
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


# --- PDF ----------------------------------------------------------------------


def read_pdf(raw: bytes) -> Extracted:
    """The text of every page, with wrapped lines joined, and the file's
    /Title and /CreationDate."""
    if not raw.lstrip()[:5] == b"%PDF-":
        raise DocumentError("not a PDF file (no %PDF- header)")
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about sloppy files
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            # Files locked against editing only open with the empty password.
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - an unsupported cipher
                raise DocumentError(f"encrypted PDF that cannot be opened: {exc}") from None
            if not ok:
                raise DocumentError("encrypted PDF: it needs a password")
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf meets every kind of damage
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DocumentError(f"broken PDF: {first[:120]}") from None
    # Pages are joined line to line: a paragraph that runs over a page break
    # is one paragraph (the line-joining rule below decides).
    text = unwrap_lines("\n".join(pages))
    title = date = why = None
    if info is not None:
        title = _clean(_safe(lambda: info.title))
        created = _safe(lambda: info.creation_date)
        browser = printed_by_browser(f"{_safe(lambda: info.creator) or ''} "
                                     f"{_safe(lambda: info.producer) or ''}")
        if browser is not None:
            why = (f"printed from {browser}: its /CreationDate is the day it was printed, "
                   "not the statement's")
        elif isinstance(created, dt.datetime):
            date = created.date()
    return Extracted(text=text, title=title, date=date,
                     date_found_by="pdf: /CreationDate" if date else None, why_no_date=why)


# PDFs that a web browser printed: their /CreationDate is the day the page
# was printed, often long after the statement, so it is never taken as the
# document's date. One row per browser: (name, pattern on /Creator and
# /Producer, an example of what it writes there; a test runs every example).
PRINTED_BY_BROWSER: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), example)
    for name, pattern, example in (
        ("Chrome, Chromium or Edge", r"\bskia/pdf\b|\b(?:headless)?chrom(?:e|ium)\b",
         "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.0.0 Skia/PDF m156"),
        ("Firefox", r"\bfirefox\b", "Mozilla Firefox 128.0 cairo 1.18.0"),
        ("Safari", r"\bsafari\b", "Safari macOS Version 14.4 Quartz PDFContext"),
        ("Microsoft Print to PDF", r"\bmicrosoft:? print to pdf\b", "Microsoft: Print To PDF"),
        ("wkhtmltopdf", r"\bwkhtmltopdf\b", "wkhtmltopdf 0.12.6 Qt 4.8.7"),
    )
)


def printed_by_browser(creator_and_producer: str) -> str | None:
    """The browser that printed a PDF, from its /Creator and /Producer."""
    for name, pattern, _ in PRINTED_BY_BROWSER:
        if pattern.search(creator_and_producer):
            return name
    return None


def _page_text(page: Any) -> str:
    """A page's text in pypdf's layout mode, which keeps the vertical gaps
    between paragraphs as blank lines; plain mode where layout mode fails."""
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001 - layout mode is stricter about odd fonts
        text = page.extract_text() or ""
    # layout mode pads with spaces to keep columns: one space between words
    lines = [re.sub(r"[ \t]{2,}", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(drop_running_lines(lines))


# Lines a printer puts at the top or bottom of every page, not part of the
# text: (name, pattern, example; a test runs every example). Only a page's
# first and last lines are looked at.
RUNNING_LINES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), example)
    for name, pattern, example in (
        ("browser header: print date, time, page title",
         r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: |$)",
         "12/2/26, 6:53 PM Joint Statement on the Coastal Resilience Dialogue | News"),
        ("browser footer: address, page number",
         r"^(?:\ufb01le|file|https?)://\S+(?: \d+ ?(?:/|of) ?\d+)?$",
         "https://example.org/news/coastal-dialogue 1/2"),
        ("page number", r"^(?:page )?\d+(?: ?(?:/|of) ?\d+)?$", "Page 3 of 7"),
    )
)


def drop_running_lines(lines: list[str]) -> list[str]:
    """A page's lines without its running header and footer lines."""
    idx = [i for i, ln in enumerate(lines) if ln]
    edges = set(idx[:1] + idx[-1:])
    return [ln for i, ln in enumerate(lines)
            if i not in edges or not any(p.search(ln) for _, p, _ in RUNNING_LINES)]


def _safe(get: Callable[[], object]) -> object:
    """A metadata field, or None when the file's value is malformed."""
    try:
        return get()
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on bad metadata
        return None


# A long line that ends with a colon opens a list: the next line is its own.
_OPENS_LIST = re.compile(r":[\"'”’)\]]*$")
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'”’)\]]*$")


def unwrap_lines(page: str) -> str:
    """Join the lines a PDF wrapped inside a paragraph (over page breaks too).

    PDF text comes one printed line at a time. A blank line (a vertical gap
    on the page) ends a paragraph. Inside a block of lines, a line break is
    a wrap, and becomes a space, when:

    - the line before is long (at least 85 % of a full line, see
      ``text_width``) and does not end with a colon; a long line ending
      with a full stop is still joined, as it may end with "U.S." or
      "Ltd.", and two paragraphs run together cost the sentence splitter
      nothing, while a sentence cut in two loses its commitment;
    - or the next line starts in lower case and the line before does not end
      a sentence (a headline in a large font, wrapped in two);
    - or the line before ends with a hyphen and the next starts in lower
      case ("co-" + "operation": joined without a space, the hyphen kept, as
      it may be real).

    Other short lines (headings, datelines, a paragraph's last line) end a
    paragraph.
    """
    lines = [ln.rstrip() for ln in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    width = text_width(lines)
    out: list[str] = []
    wrap = False
    for ln in lines:
        s = ln.strip()
        if not s:
            out.append("")
            wrap = False
            continue
        hyphenated = bool(out) and out[-1].endswith("-") and s[:1].islower()
        goes_on = bool(out) and s[:1].islower() and not _ENDS_SENTENCE.search(out[-1])
        if (wrap or hyphenated or goes_on) and out[-1]:
            out[-1] = out[-1] + s if hyphenated else f"{out[-1]} {s}"
        else:
            out.append(s)
        wrap = len(s) >= 0.85 * width and not _OPENS_LIST.search(s) and width >= 40
    return blocks_as_paragraphs("\n".join(out))


def text_width(lines: list[str]) -> int:
    """The length of a full line: the longest that a tenth of the lines (at
    least three) reach, so that a few long running headers or footers (a
    browser's "date, time, title" line, a file address) do not count."""
    lengths = sorted((len(ln.strip()) for ln in lines if ln.strip()), reverse=True)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, max(2, len(lengths) // 10))]


def blocks_as_paragraphs(text: str) -> str:
    """One block (paragraph, heading, list item, unwrapped PDF paragraph) per
    line becomes one paragraph per blank-line-separated block, as in a text
    file: a headline without a full stop is then not read as the start of the
    sentence below it."""
    blocks = [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n")]
    return "\n\n".join(b for b in blocks if b)


# --- the one dispatch -----------------------------------------------------------

READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}

KINDS = {".html": "HTML page", ".htm": "HTML page", ".pdf": "PDF"}


def read_formatted(raw: bytes, path: Path, *, date: dt.date | None = None) -> Document:
    """A ``Document`` from an HTML or PDF file's bytes (see the module's date order)."""
    suffix = path.suffix.lower()
    found = READERS[suffix](raw)
    body = found.text
    if not body.strip():
        raise DocumentError(f"no text found in the {KINDS[suffix]}"
                            + (" (a scanned image?)" if suffix == ".pdf" else ""))
    published: dt.date | None = None
    how = ""
    metadata_first = suffix != ".pdf"
    if metadata_first and found.date is not None:
        published, how = found.date, found.date_found_by or "metadata"
    elif date is not None:
        published, how = date, "--date"
    elif (in_text := find_document_date(body)) is not None:
        published, how = in_text
    elif found.date is not None:
        published, how = found.date, found.date_found_by or "metadata"
    if published is None:
        where = "page's" if suffix != ".pdf" else "PDF's"
        why = f" ({found.why_no_date})" if found.why_no_date else ""
        raise DocumentError(f"no date found in the {where} metadata or text{why}: pass --date")
    return Document(
        path=path,
        file_name=path.name,
        body=body,
        published_on=published,
        date_found_by=how,
        title=found.title or _guess_title(body),
        publisher=found.publisher,
        url=found.url,
    )
