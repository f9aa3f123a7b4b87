"""Writers for the overdue report: table (80 columns), Markdown, CSV, JSON and
self-contained HTML. Pure: they read raw rows from a row source, so the ORM
path (``reports``) and the lean sqlite3 path (``lean``) share them.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import Any, BinaryIO, TextIO

from tracker.domain.statuses import ACTIVE
from tracker.domain.textsafe import all_plain, ascii_plain, clean, clip_all, one_line

# The json module's string encoder (its C one where built), as
# ``JSONEncoder(ensure_ascii=False)`` uses it.
_encode_str: Callable[[str], str] = json.encoder.encode_basestring

FORMATS = ("table", "markdown", "csv", "json", "html")

Rows = Iterator[tuple[Any, ...]]


@dataclass
class OverdueItem:
    id: int
    subject: str
    quote: str
    source: str | None
    due_start: str | None
    due_end: str
    days_overdue: int
    status: str
    actors: str
    kind: str
    suggestion: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        return _json_object((self.id, self.subject, self.quote, self.source, self.due_start,
                             self.due_end, self.days_overdue, self.status, self.actors,
                             self.kind, *_suggestion_fields(self.suggestion)))


def _suggestion_fields(s: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    return (None, None, None) if s is None else (s["kind"], s["source"], s["event_date"])


def _json_object(r: tuple[Any, ...]) -> dict[str, Any]:
    """A raw report row as its JSON object (no dataclass on the way)."""
    (cid, subject, quote, src, ds, de, days, status, actors, kind, s_kind, s_src, s_date) = r
    return {
        "id": cid, "subject": subject, "quote": quote, "source": src, "due_start": ds,
        "due_end": de, "days_overdue": int(days), "status": status,
        "actors": [a.strip() for a in (actors or "").split(";") if a.strip()], "kind": kind,
        "suggestion": None if s_kind is None else
        {"kind": s_kind, "source": s_src, "event_date": s_date},
    }


def to_item(r: tuple[Any, ...]) -> OverdueItem:
    """A raw report row as an item."""
    (cid, subject, quote, src, ds, de, days, status, actors, kind, s_kind, s_src, s_date) = r
    suggestion = (
        {"kind": s_kind, "source": s_src, "event_date": s_date} if s_kind is not None else None
    )
    return OverdueItem(cid, subject, quote, src, ds, de, int(days), status, actors or "", kind,
                       suggestion)


# --- writers ------------------------------------------------------------------


# shape -> rows: "rows" (the raw columns, CSV_HEADER), or one of the shapes the
# database can prepare (``reports.overdue.SHAPES``): "csv" (one CSV line each),
# "json" (``json_parts``), "table" (``table_fields``). A source may answer
# "json" and "table" with raw rows (the writer then prepares them itself), not "csv".
RowSource = Callable[[str], Rows]


def write_rows(rows: RowSource, as_of: dt.date, fmt: str, out: TextIO) -> int:
    """Write the report from a source of raw rows (the ORM's or the lean path's)."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    return writer(rows, as_of, out)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Defuse spreadsheet formula injection: a leading quote makes it text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_line(values: Iterable[Any]) -> str:
    """One RFC 4180 CSV record, formula-safe: a field is quoted when it holds a
    comma, a quote, a line feed or a bare carriage return (the csv module's
    minimal quoting misses a bare CR when lines end in LF), or outer spaces."""
    fields = []
    for value in values:
        s = "" if value is None else str(csv_safe(value))
        if any(ch in s for ch in ',"\r\n') or s != s.strip(" "):
            s = '"' + s.replace('"', '""') + '"'
        fields.append(s)
    return ",".join(fields) if fields != [""] else '""'  # a lone empty field is not a blank line


CSV_HEADER = (
    "id", "subject", "quote", "source", "due_start", "due_end", "days_overdue", "status",
    "actors", "kind", "suggestion_kind", "suggestion_source", "suggestion_event_date",
)


def _write_csv(rows: RowSource, as_of: dt.date, out: TextIO) -> int:
    # The database formats each line (as the sqlite3 shell does): here they
    # are only joined and written, a batch per call.
    out.write(",".join(CSV_HEADER) + "\n")
    n = 0
    for batch in _batched(rows("csv"), 2000):
        out.write("\n".join([r[0] for r in batch]))
        out.write("\n")
        n += len(batch)
    return n


def _batched(rows: Rows, size: int) -> Iterator[list[tuple[Any, ...]]]:
    from itertools import islice

    while batch := list(islice(rows, size)):
        yield batch


def _json_str(v: str | None) -> str:
    return "null" if v is None else _encode_str(v)


def _json_text(r: tuple[Any, ...]) -> str:
    """``_json_object(r)`` as the report's JSON encoder writes it, built
    directly (the same key order, separators and string escapes, through the
    json module's own string encoder): three times cheaper a row. A value of
    another type than the columns hold raises TypeError, and the caller
    encodes that batch the long way; a test holds the two equal."""
    (cid, subject, quote, src, ds, de, days, status, actors, kind, s_kind, s_src, s_date) = r
    names = ", ".join([_encode_str(a.strip()) for a in (actors or "").split(";") if a.strip()])
    suggestion = ("null" if s_kind is None else
                  f'{{"kind": {_encode_str(s_kind)}, "source": {_json_str(s_src)}, '
                  f'"event_date": {_json_str(s_date)}}}')
    return (f'{{"id": {cid.__index__()}, "subject": {_json_str(subject)}, '
            f'"quote": {_json_str(quote)}, "source": {_json_str(src)}, '
            f'"due_start": {_json_str(ds)}, "due_end": {_json_str(de)}, '
            f'"days_overdue": {int(days)}, "status": {_json_str(status)}, '
            f'"actors": [{names}], "kind": {_json_str(kind)}, "suggestion": {suggestion}}}')


def json_parts(r: tuple[Any, ...]) -> tuple[str, str | None, str]:
    """A raw row as the "json" shape: the item's JSON text before its actors
    (ending in ", "), the actors as stored, the text after them (from ", \"kind\"").
    What the database builds for that shape (``overdue.overdue_query``)."""
    text = _json_text(r)
    start = text.index(', "actors": [') + 2
    end = text.index('], "kind": ', start) + 1
    return text[:start], r[8], text[end:]


def _actors_json(actors: str | None) -> str:
    """The item's "actors" member: the stored "A; B" as a JSON list."""
    names = ", ".join([_encode_str(a.strip()) for a in (actors or "").split(";") if a.strip()])
    return f'"actors": [{names}]'


def _write_json(rows: RowSource, as_of: dt.date, out: TextIO) -> int:
    out.write(f'{{"as_of": "{as_of.isoformat()}", "items": [')
    n = 0
    actors: dict[str | None, str] = {}  # the same few parties on row after row
    for batch in _batched(rows("json"), 2000):
        if len(batch[0]) == len(CSV_HEADER):  # raw rows: JSON built here
            try:
                texts = [_json_text(r) for r in batch]
            except (TypeError, AttributeError):  # a value of an unexpected type: the long way
                encode = json.JSONEncoder(ensure_ascii=False).encode
                texts = [encode(_json_object(r)) for r in batch]
        else:  # the database quoted every value; the actors are split here
            for _, a, _ in batch:
                if a not in actors:
                    if len(actors) > 4096:
                        actors.clear()
                    actors[a] = _actors_json(a)
            texts = [f"{head}{actors[a]}{tail}" for head, a, tail in batch]
        out.write(("\n  " if n == 0 else ",\n  ") + ",\n  ".join(texts))
        n += len(batch)
    out.write("\n]}\n" if n else "]}\n")
    return n


QUOTE_MARKS = "\"'“”‘’ "  # stripped from the ends of a quote in the table


def _clip(s: str | None, width: int) -> str:
    return one_line(s, width)


def suggestion_text(s: dict[str, Any] | None) -> str:
    """An item's suggestion in one line: kind, event date, source (or by hand)."""
    if not s:
        return ""
    return _suggestion_line(s["kind"], s.get("source"), s.get("event_date"))


def _suggestion_line(kind: str, source: str | None, event_date: str | None) -> str:
    when = f" {event_date}" if event_date else ""
    return f"{kind}{when} ({source or 'by hand'})"


# An overdue item is active on its as-of date: open or in_progress (ACTIVE).
STATUS_W = max(map(len, ACTIVE))
_SOURCE_W = 80 - (6 + 2 + 5 + 2 + 22 + 2 + STATUS_W + 2)


def table_fields(r: tuple[Any, ...]) -> tuple[Any, ...]:
    """A raw row as the "table" shape: the line of figures up to the source,
    the source (or "(by hand)"), the subject, the quote without its quote
    marks, the suggestion's kind, source and event date. What the database
    builds for that shape (``overdue.overdue_query``)."""
    (cid, subject, quote, src, ds, de, days, status, _, _, s_kind, s_src, s_date) = r
    head = f"{cid:>6}  {int(days):>5}  {(ds or '…') + '…' + de:<22}  {status:<{STATUS_W}}  "
    return (head, src or "(by hand)", subject, (quote or "").strip(QUOTE_MARKS),
            s_kind, s_src, s_date)


def _table_top(as_of: dt.date) -> str:
    return (f"Overdue as of {as_of.isoformat()}, most overdue first\n"
            f"{'ID':>6}  {'DAYS':>5}  {'WINDOW':<22}  {'STATUS':<{STATUS_W}}  SOURCE\n")


def _table_end(n: int) -> str:
    return f"{n} overdue item{'s' if n != 1 else ''}\n"


def _write_table(rows: RowSource, as_of: dt.date, out: TextIO) -> int:
    """A terminal table that fits 80 columns: a line of figures (the window
    and the status the commitment had on the as-of date), then the subject and
    the quote beneath it."""
    out.write(_table_top(as_of))
    n = 0
    for batch in _batched(rows("table"), 2000):
        out.write("".join(_table_lines(batch)))
        n += len(batch)
    out.write(_table_end(n))
    return n


def _table_lines(batch: list[tuple[Any, ...]]) -> list[str]:
    """A batch of rows (raw, or the database's ``table_fields``) as the table's lines."""
    heads: Sequence[str]
    srcs: Sequence[Any]
    subjects: Sequence[Any]
    quotes: Sequence[Any]
    kinds: Sequence[Any]
    if len(batch[0]) == len(CSV_HEADER):  # raw rows: table_fields here, a column at a time
        heads = [f"{r[0]:>6}  {int(r[6]):>5}  {(r[4] or '…') + '…' + r[5]:<22}  "
                 f"{r[7]:<{STATUS_W}}  " for r in batch]
        srcs = [r[3] or "(by hand)" for r in batch]
        subjects = [r[1] for r in batch]
        quotes = [(r[2] or "").strip(QUOTE_MARKS) for r in batch]
        kinds = [r[10] for r in batch]
        at = 10  # where the suggestion's kind, source and event date are
    else:  # the database's table_fields
        heads, srcs, subjects, quotes, kinds = list(zip(*batch))[:5]
        at = 4
    try:
        plain = all_plain(chain(srcs, subjects, quotes))
    except TypeError:  # a value that is not text: one_line value by value
        plain = False
    if not plain:  # something to clean: one_line value by value (rare)
        srcs = [one_line(v) for v in srcs]
        subjects = [one_line(v) for v in subjects]
        quotes = [one_line(v) for v in quotes]
    # A batch at a time: clip only what is too long, then one f-string a row.
    lines = [f"{head}{src}\n        {subject}\n        “{quote}”\n"
             for head, src, subject, quote in zip(
                 heads, clip_all(srcs, _SOURCE_W), clip_all(subjects, 72),
                 clip_all(quotes, 70))]
    if kinds.count(None) != len(kinds):  # a suggestion beneath some items
        for i, r in enumerate(batch):
            if r[at] is not None:
                line = _suggestion_line(r[at], r[at + 1], r[at + 2])
                lines[i] += f"        suggested: {_clip(line, 61)}\n"
    return lines


# --- the same writers in UTF-8 bytes -------------------------------------------
#
# On SQLite the database builds each line's text (the "csv", "json" and "table"
# shapes) and the driver can hand it over as the UTF-8 bytes it stores
# (``text_factory = bytes``): decoding every value to a str and encoding the
# report back to UTF-8 was a tenth of the table's instructions at 100,000
# (docs/benchmarks.md, issue 12 pass 5). These write the same bytes as the
# writers above give encoded; a batch whose text is not all plain ASCII (or a
# value of another type) is decoded and written by the writers above.


def _source(rows: list[tuple[Any, ...]]) -> RowSource:
    """The rows as a row source of any shape (they are in it already)."""
    def source(_shape: str) -> Rows:
        return iter(rows)
    return source


def _decoded(batch: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [tuple(v.decode("utf-8") if isinstance(v, bytes) else v for v in r) for r in batch]


def _write_csv_utf8(rows: RowSource, as_of: dt.date, out: BinaryIO) -> int:
    out.write((",".join(CSV_HEADER) + "\n").encode("utf-8"))
    n = 0
    for batch in _batched(rows("csv"), 2000):
        try:
            out.write(b"\n".join([r[0] for r in batch]))
            out.write(b"\n")
        except TypeError:  # a value that is not text: as the text writer writes it
            out.write(("\n".join([r[0] for r in _decoded(batch)]) + "\n").encode("utf-8"))
        n += len(batch)
    return n


def _write_json_utf8(rows: RowSource, as_of: dt.date, out: BinaryIO) -> int:
    out.write(f'{{"as_of": "{as_of.isoformat()}", "items": ['.encode())
    n = 0
    actors: dict[bytes | None, bytes] = {}  # the same few parties on row after row
    for batch in _batched(rows("json"), 2000):
        texts: list[bytes] | None = None
        if len(batch[0]) == 3:  # the database quoted every value; the actors are split here
            for _, a, _ in batch:
                if a not in actors:
                    if len(actors) > 4096:
                        actors.clear()
                    actors[a] = _actors_json(
                        a.decode("utf-8") if isinstance(a, bytes) else a).encode("utf-8")
            try:
                texts = [head + actors[a] + tail for head, a, tail in batch]
            except TypeError:  # a value that is not text: the text writer's way
                texts = None
        if texts is None:
            text = io.StringIO()
            _write_json(_source(_decoded(batch)), as_of, text)
            items = text.getvalue()
            body = items[items.index('"items": [') + len('"items": ['):items.rindex("\n]}")]
            texts = [body.removeprefix("\n  ").encode("utf-8")]
        out.write(b"\n  " if n == 0 else b",\n  ")  # (not joined to the batch: a copy)
        out.write(b",\n  ".join(texts))
        n += len(batch)
    out.write(b"\n]}\n" if n else b"]}\n")
    return n


_OPEN_QUOTE, _CLOSE_QUOTE = "\n        “".encode(), "”\n".encode()


def _write_table_utf8(rows: RowSource, as_of: dt.date, out: BinaryIO) -> int:
    out.write(_table_top(as_of).encode("utf-8"))
    n = 0
    for batch in _batched(rows("table"), 2000):
        out.write(_table_bytes(batch))
        n += len(batch)
    out.write(_table_end(n).encode("utf-8"))
    return n


def _table_bytes(batch: list[tuple[Any, ...]]) -> bytes:
    """``_table_lines`` in UTF-8, for a batch of the database's ``table_fields`` as bytes:
    plain ASCII text (a character a byte) is clipped and joined as bytes."""
    if len(batch[0]) == len(CSV_HEADER):
        return "".join(_table_lines(_decoded(batch))).encode("utf-8")
    heads, srcs, subjects, quotes, kinds = list(zip(*batch))[:5]
    try:
        plain = ascii_plain(b" ".join(chain(srcs, subjects, quotes)))
        if plain:
            plain = all(isinstance(h, bytes) for h in heads)
    except TypeError:  # a value that is not text
        plain = False
    if not plain:
        return "".join(_table_lines(_decoded(batch))).encode("utf-8")
    # the end of each item: its quote's closing mark, and the suggestion beneath it if any
    ends = [_CLOSE_QUOTE] * len(batch)
    if kinds.count(None) != len(kinds):
        for i, r in enumerate(batch):
            if r[4] is not None:
                kind, src, day = _decoded([r[4:7]])[0]
                line = _suggestion_line(kind, src, day)
                ends[i] = _CLOSE_QUOTE + f"        suggested: {_clip(line, 61)}\n".encode()
    # one join over the batch's pieces (no bytes object a row)
    return b"".join(chain.from_iterable(zip(
        heads, clip_bytes(srcs, _SOURCE_W), repeat(b"\n        "), clip_bytes(subjects, 72),
        repeat(_OPEN_QUOTE), clip_bytes(quotes, 70), ends)))


_ELLIPSIS = "…".encode()


def clip_bytes(values: Iterable[bytes], width: int) -> list[bytes]:
    """``clip_all`` over ASCII bytes (a character a byte)."""
    cut = max(0, width - 1)
    return [v if len(v) <= width else v[:cut] + _ELLIPSIS for v in values]


#: the formats written from UTF-8 bytes (``write_rows_utf8``)
UTF8_FORMATS = ("csv", "json", "table")


def write_rows_utf8(rows: RowSource, as_of: dt.date, fmt: str, out: BinaryIO) -> int:
    """``write_rows`` for a source of rows whose text is UTF-8 bytes, onto a binary
    stream: the same bytes as ``write_rows`` encoded (``UTF8_FORMATS`` only)."""
    return {"csv": _write_csv_utf8, "json": _write_json_utf8,
            "table": _write_table_utf8}[fmt](rows, as_of, out)


# Markdown that text from a document or a user must not make: links and
# images ([..](..), ![..]), emphasis and strike (* _ ~), code (`), table
# cells (|), raw HTML and autolinks (< >), entities (&). Backslash first.
_MD_ESCAPES = (("\\", "\\\\"), ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
               *((ch, "\\" + ch) for ch in "`*_[]|~"))


def md_escape(s: str | None) -> str:
    """One line of text shown as written in Markdown (a table cell included)."""
    s = one_line(s)
    for ch, escaped in _MD_ESCAPES:
        s = s.replace(ch, escaped)
    return s


_md = md_escape


def _write_markdown(rows: RowSource, as_of: dt.date, out: TextIO) -> int:
    out.write(f"# Overdue commitments as of {as_of.isoformat()}\n\n")
    out.write("| ID | Days overdue | Window | Status | Subject | Quote | Source | Suggestion |\n")
    out.write("|---:|---:|---|---|---|---|---|---|\n")
    n = 0
    for it in map(to_item, rows("rows")):
        window = f"{it.due_start or '…'} … {it.due_end}"
        out.write(
            f"| {it.id} | {it.days_overdue} | {window} | {_md(it.status)} | {_md(it.subject)} "
            f"| {_md(it.quote)} "
            f"| {_md(it.source or '(by hand)')} | {_md(suggestion_text(it.suggestion))} |\n"
        )
        n += 1
    out.write(f"\n{n} overdue item{'s' if n != 1 else ''}.\n")
    return n


# The report loads nothing and runs nothing: no scripts, no remote
# resources, no forms, no base URL; only its own inline style.
HTML_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

_HTML_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Overdue commitments as of {as_of}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #1d232a; }}
h1 {{ font-size: 1.4rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #d6dbe0; padding: .45rem .6rem; text-align: left;
          vertical-align: top; }}
th {{ background: #f1f4f7; position: sticky; top: 0; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
blockquote {{ margin: .2rem 0 0; color: #4a5560; font-size: .9rem; }}
.sugg {{ color: #7a4b00; font-size: .85rem; }}
</style></head><body>
<h1>Overdue commitments as of {as_of}</h1>
<table><thead><tr><th>ID</th><th>Days overdue</th><th>Window</th><th>Status</th><th>Commitment</th>
<th>Source</th><th>Suggestion</th></tr></thead><tbody>
"""


def _html(s: str | None) -> str:
    """Text for HTML: control characters out, then escaped (quotes included).
    The report makes no links, so no URL from a document becomes one."""
    return html.escape(clean(s), quote=True)


def _write_html(rows: RowSource, as_of: dt.date, out: TextIO) -> int:
    e = _html
    out.write(_HTML_HEAD.format(as_of=e(as_of.isoformat()), csp=e(HTML_CSP)))
    n = 0
    for it in map(to_item, rows("rows")):
        out.write(
            f"<tr><td class=num>{it.id}</td><td class=num>{it.days_overdue}</td>"
            f"<td>{e(it.due_start or '…')} … {e(it.due_end)}</td><td>{e(it.status)}</td>"
            f"<td>{e(it.subject)}<blockquote>{e(it.quote)}</blockquote></td>"
            f"<td>{e(it.source or '(by hand)')}</td>"
            f"<td class=sugg>{e(suggestion_text(it.suggestion))}</td></tr>\n"
        )
        n += 1
    out.write(f"</tbody></table>\n<p>{n} overdue item{'s' if n != 1 else ''}.</p>\n"
              "</body></html>\n")
    return n


_WRITERS = {
    "table": _write_table,
    "markdown": _write_markdown,
    "csv": _write_csv,
    "json": _write_json,
    "html": _write_html,
}


