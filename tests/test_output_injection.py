"""Output injection, end to end (issue 13): a document whose sentence carries
Markdown links, images, HTML and a beacon URL is ingested, and the overdue
report is read the way its reader reads it: the Markdown through a Markdown
renderer (markdown-it), the HTML in headless Chromium (when installed). No link
or image gets a target from the document, no script runs, no request leaves."""

from __future__ import annotations

import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from markdown_it.token import Token

from chromium import need_chromium
from tracker.cli import cli

AS_OF = "2025-03-31"


class _Beacon(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def beacon() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server on 127.0.0.1 that counts every request."""
    hits: list[str] = []
    handler = type("Beacon", (_Beacon,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def _payload(base: str) -> str:
    return (f"[click me](javascript:alert(1)) ![px](http://example.org/b.png) "
            f"![beacon]({base}/md-image.png) <{base}/autolink> "
            f"<img src=\"{base}/img.png\"> <script>document.title='RAN';"
            f"fetch('{base}/script')</script> <link rel=stylesheet href=\"{base}/css\"> "
            f"<iframe src=\"{base}/frame\"></iframe> "
            f"<style>body{{background:url({base}/bg.png)}}</style>")


def _report(tmp_path: Path, base: str, fmt: str) -> str:
    """Ingest a document promising something by June 2024 whose sentence carries
    the payload, and write the overdue report as of 2025-03-31."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "doc.md").write_text(
        "---\ndate: 2024-01-10\n---\nThe ministry will publish the water review by June 2024 "
        + _payload(base) + " in the capital.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'tracker.db'}"
    r = CliRunner().invoke(cli, ["--db", db, "ingest", str(folder), "--no-link"],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    out = tmp_path / f"overdue.{fmt}"
    r = CliRunner().invoke(cli, ["--db", db, "report", "overdue", "--as-of", AS_OF,
                                 "--format", fmt, "-o", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert "water review" in text  # the commitment is in the report
    return text


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for t in tokens:
        yield t
        if t.children:
            yield from _walk(t.children)


def test_markdown_report_has_no_link_or_image_from_a_document(tmp_path: Path) -> None:
    base = "http://127.0.0.1:9"
    md = _report(tmp_path, base, "markdown")
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = list(_walk(parser.parse(md)))
    kinds = {t.type for t in tokens}
    assert not kinds & {"link_open", "image", "html_inline", "html_block", "autolink"}, kinds
    assert not [t for t in tokens if t.attrs and ({"href", "src"} & set(t.attrs))]
    html = parser.render(md)
    for needle in ("<a ", "<img", "<script", "<iframe", "<link", "<style"):
        assert needle not in html, needle
    # shown as written, as text
    assert "[click me](javascript:alert(1))" in html
    assert "![px](http://example.org/b.png)" in html
    # the same renderer does make links of the raw payload: the check can fail
    raw = list(_walk(parser.parse(_payload(base))))
    assert {"link_open", "image", "html_inline"} <= {t.type for t in raw}


def _dump_dom(page: Path) -> str:
    p = subprocess.run([need_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", "--disable-extensions", "--virtual-time-budget=3000",
                        "--dump-dom", page.as_uri()],
                       capture_output=True, text=True, timeout=120, check=False)
    assert p.returncode == 0, p.stderr[-500:]
    return p.stdout


def test_html_report_in_chromium_runs_no_script_and_makes_no_request(
        tmp_path: Path, beacon: tuple[str, list[str]]) -> None:
    need_chromium()
    base, hits = beacon
    page = tmp_path / "overdue.html"
    page.write_text(_report(tmp_path, base, "html"), encoding="utf-8")
    dom = _dump_dom(page)
    assert "water review" in dom
    assert "<title>RAN</title>" not in dom
    assert "<script" not in dom.lower() and "<iframe" not in dom.lower()
    assert hits == []
    # the harness can see both: the raw payload in a bare page runs and calls out
    control = tmp_path / "control.html"
    control.write_text("<html><head><title>t</title></head><body>" + _payload(base)
                       + "</body></html>", encoding="utf-8")
    dom = _dump_dom(control)
    assert "<title>RAN</title>" in dom
    assert hits  # img / script / css / frame requests reached the beacon
