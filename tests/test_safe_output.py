"""Every output is safe for its reader: Markdown renders document text as
text, HTML stays escaped under a strict Content-Security-Policy, CSV quotes a
bare CR and defuses formulas, and terminal lines carry no escape sequences,
control characters or bidirectional overrides (issue 13)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from pinned import CLOCK
from tracker.cli import cli
from tracker.domain.textsafe import clean, is_clean, one_line
from tracker.lifecycle.services import add_commitment, add_evidence
from tracker.reports.writers import csv_line, md_escape, write_rows
from tracker.store.db import Database
from tracker.store.models import Evidence

AS_OF = dt.date(2025, 1, 31)
HOSTILE = (
    "[click me](javascript:alert(1)) ![pixel](https://tracker.invalid/p.png) "
    "<script>alert(2)</script> <img src=x onerror=alert(3)> **bold** _em_ `code` ~~gone~~ "
    "a | b &lt; <https://auto.invalid> \\*escaped\\*"
)
TERMINAL_HOSTILE = ("red \x1b[31mALERT\x1b[0m \x1b]0;owned\x07 \x1b]8;;https://x.invalid\x07"
                    "link\x1b]8;;\x07 rtl\u202eevil\u202c bell\x07 nul\x00 cr\rend \x9b2J")


def _row(subject: str, quote: str, source: str | None = "doc.md") -> tuple[object, ...]:
    return (7, subject, quote, source, "2024-01-01", "2024-06-30", 215, "open",
            "India; United States", "commitment", "progress", source, "2024-05-01")


def _render(fmt: str, *rows: tuple[object, ...]) -> str:
    out = io.StringIO()
    write_rows(lambda shape: iter(rows), AS_OF, fmt, out)
    return out.getvalue()


def test_markdown_renders_document_text_as_text() -> None:
    md = _render("markdown", _row(HOSTILE, HOSTILE, source="[f](http://x.invalid).md"))
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    for tag in ("<a ", "<img", "<script", "<em>", "<strong>", "<code>", "<s>", "<del>"):
        assert tag not in html, tag
    assert html.count("<tr>") == 2  # the header and one row: no '|' split a cell
    assert "[click me](javascript:alert(1))" in html  # shown as written
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "**bold** _em_ `code` ~~gone~~" in html
    assert "&amp;lt;" in html  # an entity is shown as written, not decoded


@pytest.mark.parametrize("text", ["plain words", "U.S.-India (2024) #1 + 2 = 3!", HOSTILE])
def test_md_escape_keeps_every_character_visible(text: str) -> None:
    html = MarkdownIt("commonmark").render(md_escape(text))
    unescaped = re.sub(r"</?p>\n?", "", html)
    import html as html_mod

    assert html_mod.unescape(unescaped) == text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_escaped_and_forbids_scripts_and_remote_loads() -> None:
    page = _render("html", _row(HOSTILE, HOSTILE + ' "quoted" \'single\'',
                                source="javascript:alert(4)"))
    parser = _Tags()
    parser.feed(page)
    names = {t for t, _ in parser.tags}
    assert names <= {"html", "head", "meta", "title", "style", "body", "h1", "table", "thead",
                     "tbody", "tr", "th", "td", "blockquote", "p"}, names
    assert not any(k.startswith("on") or k in ("href", "src") for _, a in parser.tags for k in a)
    (csp,) = [a["content"] for t, a in parser.tags
              if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp is not None
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["img-src"] == "'none'"
    assert "script-src" not in directives  # falls back to default-src 'none'
    assert directives["style-src"] == "'unsafe-inline'"
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page


def test_csv_line_quotes_a_bare_cr_and_defuses_formulas() -> None:
    values = [1, "line\rbreak", "=HYPERLINK(\"http://x.invalid\")", "+1", "a,b", "plain",
              None, " padded "]
    line = csv_line(values)
    assert list(csv.reader(io.StringIO(line, newline=""))) == [[
        "1", "line\rbreak", "'=HYPERLINK(\"http://x.invalid\")", "'+1", "a,b", "plain", "",
        " padded "]]


def test_clean_removes_escapes_controls_and_bidi_overrides() -> None:
    s = clean(TERMINAL_HOSTILE)
    assert is_clean(s)
    assert s == "red ALERT  link rtlevil bell nul cr\nend "
    assert one_line("a\nb\r\nc\u2028d", 5) == "a b …"


def _cli(url: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _assert_terminal_safe(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\r" not in text and "\x00" not in text and "\x9b" not in text


def test_cli_faces_print_hostile_text_safely(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        c = add_commitment(s, quote="We will meet. " + TERMINAL_HOSTILE,
                           subject="talks " + TERMINAL_HOSTILE, actors=["A\x1b[2J"],
                           made_on=dt.date(2024, 1, 1), due_start=dt.date(2024, 1, 1),
                           due_end=dt.date(2024, 6, 30), by="x\x1b[31m", clock=CLOCK)
        add_evidence(s, c.id, kind="progress", quote="met " + TERMINAL_HOSTILE,
                     by="y", note="n\x1b]0;t\x07", clock=CLOCK)
        s.add(Evidence(commitment_id=c.id, kind="fulfils", quote="done " + TERMINAL_HOSTILE,
                       reason="why " + TERMINAL_HOSTILE, confidence=0.7,
                       created_at=CLOCK.now()))
        cid = c.id
    for args in (["list", "--as-of", "2025-01-31"], ["show", str(cid)], ["review"],
                 ["report", "overdue", "--as-of", "2025-01-31"],
                 ["report", "follow-up", "--as-of", "2025-01-31", "--details"]):
        code, out, err = _cli(db.url, *args)
        assert code == 0, (args, err)
        assert "talks red ALERT" in out, (args, out)
        _assert_terminal_safe(out + err)
    code, out, _ = _cli(db.url, "list", "--as-of", "2025-01-31", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 2 and "cr\rend" in rows[1][2]  # the CR is inside a quoted field


def test_ingest_lines_name_hostile_files_safely(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["new\nline.md", "rtl\u202etxt.md", "esc\x1b[31m.md", "[bold]mark[-].md"]
    for name in names:
        (folder / name).write_text("---\ndate: 2024-01-05\ntitle: '[@click=app.quit]x[/]'\n"
                                   f"---\nThe sides will meet for {name!r} again.\n")
    (folder / "bad\nname.md").write_text("no date here\n")
    code, out, err = _cli(db.url, "ingest", str(folder), "--no-link")
    assert code == 1
    _assert_terminal_safe(out + err)
    assert len(out.strip().splitlines()) == len(names)  # one line per stored document
    assert "[bold]mark[-].md: stored" in out
    assert err.strip().splitlines()[0].endswith("bad name.md: refused: no date found: add "
                                                "'date:' front matter or pass --date")


def test_one_line_fast_path_agrees_with_clean() -> None:
    """``one_line`` skips ``clean`` for plain text: the same result either way."""
    from tracker.domain.textsafe import clean, one_line

    samples = ["plain words", " lead", "trail ", "two  spaces", "tab\there", "nl\nx",
               "bidi\u202eevil", "esc\x1b[31mred", "nbsp\u00a0x", "curly “quotes”", "",
               "c1\x85x", "line\u2028sep", "zero\u200bwidth", "é accent"]
    for s in samples:
        assert one_line(s) == clean(s, keep_newlines=False), s
        assert one_line(s, 5) == one_line(clean(s, keep_newlines=False), 5), s


def test_json_rows_are_written_as_the_json_encoder_writes_them() -> None:
    """The JSON writer builds each item's text itself (``_json_text``): the
    very bytes ``JSONEncoder(ensure_ascii=False)`` writes for the item's
    object (``_json_object``), escapes, non-ASCII and odd actor lists
    included; a value of another type than a column holds (SQLite stores
    what it is given) sends its batch the long way, with the same result."""
    import json

    from tracker.reports.writers import _json_object, _json_text

    encode = json.JSONEncoder(ensure_ascii=False).encode
    awkward = 'q "quoted", back\\slash\n\r\t\x07\x1b[2J\x7f\u2028 ü 北 “x” \ud7ff'
    rows = [
        _row(HOSTILE, TERMINAL_HOSTILE),
        _row(awkward, "", source=None),
        (1, "s", "q", None, None, "2024-01-01", 3, "open", None, "commitment", None, None, None),
        (2, "s", "q", "a.md", "2023-01-01", "2024-01-01", 0, "in_progress", " ; A;;b ; ",
         "aim", "missed", None, None),
        (2**31 - 1, awkward, awkward, awkward, None, "2024-01-01", -1, "open", awkward,
         "commitment", "progress", awkward, "2024-05-01"),
    ]
    for r in rows:
        assert _json_text(r) == encode(_json_object(r)), r
    odd = (3, 42, "q", None, None, "2024-01-01", 7, "open", "A", "commitment", None, None, None)
    out = _render("json", rows[0], odd)
    items = json.loads(out)["items"]
    assert items[1]["subject"] == 42 and items[0] == _json_object(rows[0])
    assert out == _render("json", rows[0]).replace("\n]}", ",\n  " + encode(_json_object(odd))
                                                    + "\n]}")


def test_clip_all_is_clip_over_a_list() -> None:
    from tracker.domain.textsafe import clip, clip_all

    values = ["", "x", "abcd", "abcde", "abcdef", "é" * 9, "…" * 5]
    for width in (0, 1, 4, 5, 6):
        assert clip_all(values, width) == [clip(v, width) for v in values]


def test_all_plain_only_when_one_line_leaves_every_value_as_it_is() -> None:
    """``all_plain`` (the table's batch check: one joined text, an ASCII fast
    path) is never true for a batch holding a value ``one_line`` would change:
    every ASCII control and DEL, spaces at either edge or doubled, empty values,
    and the same with text beyond ASCII (where ``str.isprintable`` decides)."""
    from itertools import product

    from tracker.domain.textsafe import all_plain, one_line

    awkward = [chr(c) for c in (*range(0x20), 0x7F, 0x85, 0xA0, 0x200E, 0x2028, 0x202E)]
    bases = ["plain", "a b", "“quoted”", "é", "x | y"]
    values = [*bases, "", " ", "  ", " lead", "trail ", "two  spaces"]
    values += [f"{b}{ch}" for b in ("ok", "é") for ch in awkward]
    values += [f"{ch}{b}" for b in ("ok", "é") for ch in awkward]
    for batch in product(values, repeat=2):
        changed = any(one_line(v) != v for v in batch)
        if changed:
            assert not all_plain(batch), batch
    for batch in product(bases, repeat=3):
        assert all_plain(batch), batch
    assert all_plain([]) and all_plain(["ascii only"]) and not all_plain(["bell\x07"])
