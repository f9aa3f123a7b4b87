#!/usr/bin/env python
"""Do saved web pages and PDFs give what the plain text gives?

Each document of a corpus (default: ../shared/devcorpus/corpus or
$TRACKER_SHARED_DIR/devcorpus/corpus; header lines
then the body) is written three ways into a temporary folder: as .txt (header
as front matter), as a saved web page (the paragraphs as <p> inside an
<article>, with navigation, a sidebar and a footer around it, the date as
``article:published_time``) and as a PDF (paragraphs wrapped to the width of a
Helvetica line, 10 pt on a US letter page, /Title and /CreationDate set).
Each is read with ``tracker.ingest.documents.read_document`` and run through the
extractor; an item is compared by (kind, quote, subject, actors, window).

Figures per family of dialogues (001-025: US-Japan, Quad, AUSMIN, on which
the PDF line-joining rules were tuned; 026-050: UK-India, US-China,
Japan-Korea, NATO, to check them), per format: documents whose items equal
the text's, the text's items found, items that are not in the text's, dates
and titles that agree, documents that needed --date (read again with it).
With --chromium, each page is also printed to PDF by a headless Chromium
(a real producer: proportional fonts, the browser's header and footer, the
page's navigation and sidebar printed too).

    .venv/bin/python benchmarks/formats_roundtrip.py [--corpus DIR] [--verbose]

Nothing of the corpus is kept: the files are written to a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tracker.extract import extract
from tracker.ingest.documents import DocumentError, read_document


def default_corpus() -> Path:
    """../shared/devcorpus/corpus beside the repository, or under $TRACKER_SHARED_DIR."""
    shared = [ROOT.parent / "shared"]
    if os.environ.get("TRACKER_SHARED_DIR"):
        shared.insert(0, Path(os.environ["TRACKER_SHARED_DIR"]))
    for s in shared:
        if (s / "devcorpus" / "corpus").is_dir():
            return s / "devcorpus" / "corpus"
    return shared[-1] / "devcorpus" / "corpus"

# --- a PDF writer small enough to read ----------------------------------------

# Helvetica advance widths (1/1000 em) for the characters that differ most
# from the average; the rest count as 556 (digits, most lower case).
_NARROW = dict.fromkeys("ijl'|", 222) | dict.fromkeys(" ,.:;!/()[]f-t", 278)
_WIDE = dict.fromkeys("mwMW", 833) | dict.fromkeys("ABCDEGHKNOQRSUVXY&", 722)


def text_width(s: str, size: float = 10) -> float:
    """Approximate printed width in points of ``s`` in Helvetica."""
    return sum(_NARROW.get(ch, _WIDE.get(ch, 611 if ch.isupper() else 556)) for ch in s) \
        * size / 1000


def wrap(paragraph: str, width: float = 500, size: float = 10) -> list[str]:
    """Greedy line breaking of one paragraph to ``width`` points."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        cand = f"{line} {word}" if line else word
        if line and text_width(cand, size) > width:
            lines.append(line)
            line = word
        else:
            line = cand
    if line:
        lines.append(line)
    return lines


def _pdf_string(s: str) -> bytes:
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(lines: list[str], *, title: str | None = None, created: str | None = None,
             lines_per_page: int = 56) -> bytes:
    """A PDF written by hand: one Helvetica text line per item of ``lines``
    (an empty item is a blank line), ``lines_per_page`` a page, with an /Info
    dictionary of /Title and /CreationDate (a PDF date, "D:YYYYMMDD...").
    Text must be encodable in Windows-1252 (WinAnsiEncoding)."""
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    n_pages = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    info = b""
    if title is not None:  # a text string: UTF-16 with its byte order mark, in hex
        info += b"/Title <" + ("\ufeff" + title).encode("utf-16-be").hex().upper().encode() + b"> "
    if created is not None:
        info += b"/CreationDate (" + created.encode("ascii") + b")"
    objects.append(b"<< " + info + b" >>")
    for i, page in enumerate(pages):
        ops = [b"BT", b"/F1 10 Tf", b"12 TL", b"56 740 Td"]
        ops += [b"(" + _pdf_string(ln) + b") Tj T*" if ln else b"T*" for ln in page]
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       f"<< /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_date(d: dt.date) -> str:
    return f"D:{d:%Y%m%d}120000Z"


# --- a saved web page ---------------------------------------------------------


def html_page(title: str, paragraphs: list[str], *, published: dt.date | None) -> bytes:
    e = html.escape
    meta = (f'<meta property="article:published_time" content="{published.isoformat()}">'
            if published else "")
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(title)} | News</title>
<meta property="og:title" content="{e(title)}">
{meta}
<script>var tracking = {{"page": 1}};</script>
</head><body>
<header><a href="/">Home</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav>
<main><article>
<h1>{e(title)}</h1>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Weather warning for the weekend</a></li></ul></aside></main>
<footer><p>Copyright. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>
</body></html>
""".encode()


# --- the comparison -------------------------------------------------------------


def read_source(path: Path) -> tuple[dict[str, str], str]:
    """Header lines (key: value, up to the first blank line) and the body."""
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip()
    return meta, body


def key(item) -> tuple:  # type: ignore[no-untyped-def]
    return (item.kind, item.quote, item.subject, tuple(item.actors), item.due_start,
            item.due_end)


# pdf: paragraphs apart (a blank line's gap); pdf-tight: no gap between them,
# so only the line-width rule tells a wrap from a paragraph's end.
FORMATS = ("html", "pdf", "pdf-tight")


def print_to_pdf(chromium: str, page: Path, out: Path) -> None:
    """A saved page printed to PDF by a headless Chromium, with the browser's
    own header and footer (print date, title, address, page numbers)."""
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-extensions", f"--print-to-pdf={out}", page.as_uri()],
        check=True, capture_output=True, timeout=120)


def run(corpus: Path, verbose: bool, chromium: str | None = None
        ) -> dict[str, dict[str, Counter[str]]]:
    stats: dict[str, dict[str, Counter[str]]] = {}
    formats = (*FORMATS, "pdf-chromium") if chromium else FORMATS
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for fmt in formats:
            (work / fmt).mkdir()
        for path in sorted(corpus.glob("*.txt")):
            family = "001-025" if path.name[:3] <= "025" else "026-050"
            meta, body = read_source(path)
            date = dt.date.fromisoformat(meta["date"])
            title = meta.get("title") or path.stem
            paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
            txt = work / f"{path.stem}.txt"
            # The headline opens the body, as it does on the page and in the PDF.
            txt.write_text(f"---\ntitle: {title!r}\ndate: {date}\n---\n"
                           + "\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8")
            (work / "html" / f"{path.stem}.html").write_bytes(html_page(title, paragraphs,
                                                               published=date))
            fam = stats.setdefault(family, {f: Counter() for f in formats})
            if chromium:
                print_to_pdf(chromium, work / "html" / f"{path.stem}.html",
                             work / "pdf-chromium" / f"{path.stem}.pdf")
            for fmt, gap in (("pdf", [""]), ("pdf-tight", [])):
                lines: list[str] = [title, *gap]
                for p in paragraphs:
                    lines += [*wrap(p), *gap]
                try:
                    (work / fmt / f"{path.stem}.pdf").write_bytes(
                        text_pdf(lines, title=title, created=pdf_date(date)))
                except UnicodeEncodeError:
                    fam[fmt]["not Windows-1252 (skipped)"] += 1
            base = read_document(txt)
            want = [key(i) for i in extract(base.body, base.published_on)]
            for fmt in formats:
                f = work / fmt / f"{path.stem}.{fmt.split('-')[0]}"
                if not f.exists():
                    continue
                c = fam[fmt]
                c["documents"] += 1
                c["text items"] += len(want)
                try:
                    doc = read_document(f)
                except DocumentError as exc:
                    if not str(exc).startswith("no date found"):
                        c["refused"] += 1
                        if verbose:
                            print(f"{f.name}: refused: {exc}")
                        continue
                    # as a user would: again with --date (no credit for the date)
                    c["needed --date"] += 1
                    doc = read_document(f, date=date)
                    c["same date"] -= 1
                got = [key(i) for i in extract(doc.body, doc.published_on)]
                c["same items"] += got == want
                c["text items found"] += sum((Counter(want) & Counter(got)).values())
                c["items not in text"] += sum((Counter(got) - Counter(want)).values())
                c["same date"] += doc.published_on == date
                c["same title"] += doc.title == title
                if verbose and got != want:
                    print(f"{f.name}: {len(want)} text items, {len(got)} here")
                    for k in set(want) - set(got):
                        print(f"   missing: {k[1][:100]}")
                    for k in set(got) - set(want):
                        print(f"   extra:   {k[1][:100]}")
                if verbose and doc.published_on != date:
                    print(f"{f.name}: dated {doc.published_on} ({doc.date_found_by}), "
                          f"header {date}")
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--chromium", action="store_true",
                    help="also print each page to PDF with a headless Chromium (found on PATH)")
    args = ap.parse_args()
    corpus = args.corpus or default_corpus()
    if not corpus.is_dir():
        raise SystemExit(f"no corpus at {corpus} (set TRACKER_SHARED_DIR or pass --corpus)")
    chromium = None
    if args.chromium:
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            raise SystemExit("--chromium: no chromium on PATH")
    stats = run(corpus, args.verbose, chromium)
    print(f"{'family':<9} {'format':<9} {'docs':>4} {'same items':>10} {'items found':>13} "
          f"{'extra':>5} {'date ok':>7} {'title ok':>8} {'refused':>7} {'skipped':>7} "
          f"{'--date':>6}")
    for family, per in sorted(stats.items()):
        for fmt, c in per.items():
            print(f"{family:<9} {fmt:<9} {c['documents']:>4} {c['same items']:>10} "
                  f"{c['text items found']:>6}/{c['text items']:<6} {c['items not in text']:>5} "
                  f"{c['same date']:>7} {c['same title']:>8} {c['refused']:>7} "
                  f"{c['not Windows-1252 (skipped)']:>7} {c['needed --date']:>6}")


if __name__ == "__main__":
    main()
