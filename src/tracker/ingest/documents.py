"""Reading source documents: files and folders, YAML front matter, and the
date a document carries in its text when it has no front matter.

Nothing here touches the database; ``read_document`` either returns a
complete ``Document`` or raises ``DocumentError`` with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from tracker.domain.lexicon import MONTH_NUMBER

# Saved web pages and PDFs are read by tracker.ingest.formats (its READERS table).
FORMATTED_SUFFIXES = (".html", ".htm", ".pdf")
SUFFIXES = (".txt", ".md", ".markdown", *FORMATTED_SUFFIXES)


class DocumentError(Exception):
    """A document was refused; the message is one line for the user."""


@dataclass(frozen=True)
class Document:
    path: Path
    file_name: str
    body: str
    published_on: dt.date
    date_found_by: str  # "front matter", "text: <pattern>", "--date"
    title: str | None = None
    publisher: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.body)


def content_hash(body: str) -> str:
    """Same content, same hash: line endings and outer white space do not count."""
    normal = body.replace("\r\n", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Files named, and the documents inside folders named (recursively, sorted).

    A path that does not exist is yielded as is, so the caller reports it;
    so are, inside folders, document names that are broken or looping links
    and sub-folders that cannot be listed. Links to folders are not followed
    (no loops)."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    unlisted: list[Path] = []

    def on_error(exc: OSError) -> None:
        if exc.filename:
            unlisted.append(Path(exc.filename))

    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        found.extend(
            Path(root, f) for f in files
            if Path(f).suffix.lower() in SUFFIXES and not f.startswith(".")
        )
    yield from sorted(found + unlisted)


# --- dates in text ----------------------------------------------------------

_MONTHS = MONTH_NUMBER
_MONTH = r"(?P<month{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year{n}>(?:19|20)\d\d)"
_ISO = r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
_DATE = (
    rf"(?:{_ISO}|{_MONTH.format(n=1)}\s+{_DAY.format(n=1)},?\s+{_YEAR.format(n=1)}"
    rf"|{_DAY.format(n=2)}\s+{_MONTH.format(n=2)},?\s+{_YEAR.format(n=2)})"
)

# Labelled dates, strongest first: the one table of where a date is found, each row with the
# parts of the text it is looked for in: "head" (the first 3,000 characters), "tail" (the last
# 600: "Published …" closing a page), "top" (the first ``HEAD_LINES`` lines).
_DATE_LABELS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE | re.MULTILINE), where)
    for name, pattern, where in (
        ("published", rf"\b(?:published|posted|released|issued)(?:\s+on)?\s*:?\s*{_DATE}", ("head", "tail")),
        ("date label", rf"(?:^|\n|\s)(?:date[d]?|release date)\s*:?\s*(?:on\s+)?{_DATE}", ("head",)),
        ("updated", rf"\b(?:updated|last updated)(?:\s+on)?\s*:?\s*{_DATE}", ("head", "tail")),
        ("dateline", rf"^[ \t]*[A-Z][A-Za-z .'-]{{1,40}},?\s+{_DATE}\s*(?:\([^)]{{1,40}}\)\s*)?[-–—:]",
         ("head",)),
        ("first line", rf"\A\s*(?:[A-Za-z]+day,?\s+)?{_DATE}\s*$", ("head",)),
        # a line of its own near the top: "Nairobi, 12 March 2024", "Accra\nMay 3, 2024",
        # "Tuesday, March 5, 2024" under a title (further down, a date alone on a line is some
        # event's, not the document's)
        ("date line", (rf"^[ \t]*(?:[A-Z][A-Za-z .'-]{{1,40}}(?:,[ \t]*|[ \t]*\n[ \t]*))?"
                       rf"(?:[A-Za-z]+day,?[ \t]+)?{_DATE}[ \t]*$"), ("top",)),
    )
)
HEAD_LINES = 12


def _match_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("iso"):
            return dt.date.fromisoformat(g["iso"])
        n = "1" if g.get("year1") else "2"
        month = _MONTHS[g[f"month{n}"].lower().rstrip(".")]
        return dt.date(int(g[f"year{n}"]), month, int(g[f"day{n}"]))
    except (ValueError, KeyError, TypeError):
        return None


def find_document_date(text: str) -> tuple[dt.date, str] | None:
    """The publication date a document states about itself, and how it was found.

    Only labelled places count ("Published …", "date 2022-01-12", "Updated …",
    a dateline): a date merely mentioned in the body is not the document's.
    """
    head = text[:3000]
    parts = {"head": head, "tail": text[-600:],
             "top": "\n".join(head.lstrip().split("\n", HEAD_LINES)[:HEAD_LINES])}
    for name, pattern, where in _DATE_LABELS:
        for chunk in (parts[w] for w in where):
            m = pattern.search(chunk)
            if m and (d := _match_date(m)):
                return d, f"text: {name}"
    return None


# --- front matter -----------------------------------------------------------

MAX_DOCUMENT_BYTES = 10_000_000
"""Largest file ``read_document`` accepts (10 MB); larger ones are refused unread."""
MAX_FRONT_MATTER_CHARS = 65_536
MAX_FRONT_MATTER_DEPTH = 16
DATE_YEARS = (1900, 2100)

# Front-matter fields stored as text: field -> longest value accepted (the
# column widths of ``Source``, so SQLite and PostgreSQL store the same).
TEXT_FIELDS: dict[str, int] = {"title": 1000, "publisher": 500, "source": 500, "url": 2000}

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?:(.*?)\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def _front_matter_loader() -> type:
    """A YAML loader that builds only strings, numbers, booleans, null, lists
    and maps: no timestamps (a date stays the text written, and is checked
    here), no sets or binary, no aliases or anchors, nesting bounded."""
    import yaml
    from yaml.events import AliasEvent

    plain = {
        f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float", "str", "seq", "map")
    }

    class FrontMatterLoader(yaml.SafeLoader):
        # PyYAML reads both tables from the class; its stub declares the first an instance
        # attribute, so a ClassVar would not type-check
        yaml_implicit_resolvers: dict[Any, Any] = {  # noqa: RUF012
            first: [(tag, rx) for tag, rx in rules if tag != "tag:yaml.org,2002:timestamp"]
            for first, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
        yaml_constructors: ClassVar[dict[str | None, Any]] = {
            tag: fn for tag, fn in yaml.SafeLoader.yaml_constructors.items()
            if tag is None or tag in plain
        }
        _depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(AliasEvent):
                raise DocumentError("malformed front matter: aliases (*name) are not allowed")
            # types-PyYAML leaves Parser.peek_event unannotated
            event = self.peek_event()  # type: ignore[no-untyped-call]
            if getattr(event, "anchor", None) is not None:
                raise DocumentError("malformed front matter: anchors (&name) are not allowed")
            self._depth += 1
            if self._depth > MAX_FRONT_MATTER_DEPTH:
                raise DocumentError(
                    f"malformed front matter: nested deeper than {MAX_FRONT_MATTER_DEPTH} levels")
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    return FrontMatterLoader


_LOADER: type | None = None


#: "title: ...", "date: ..." lines opening a document, ended by a blank line, without the
#: '---' lines of YAML front matter (how saved pages are often headed)
HEADER_KEYS = ("title", "date", "publisher", "source", "url")
_HEADER_BLOCK = re.compile(
    r"\A\ufeff?((?:(?:" + "|".join(HEADER_KEYS) + r")[ \t]*:[^\n]*\n){2,8})[ \t]*\n", re.IGNORECASE)


def _header_block(text: str) -> tuple[dict[str, object], str]:
    """(metadata, body) of a text opening with plain header lines ("title: X", "date:
    2024-03-12", ... then a blank line; at least two of them, one a title or a date); the
    values are read as written (no YAML: a title may hold a colon)."""
    m = _HEADER_BLOCK.match(text)
    if m is None:
        return {}, text
    meta: dict[str, object] = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in meta:
            return {}, text  # a repeated key: not a header
        meta[key] = value.strip() or None
    if not {"title", "date"} & meta.keys():
        return {}, text
    return meta, text[m.end():]


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """(metadata, body). Raises DocumentError on malformed front matter."""
    global _LOADER
    text = normalise_newlines(text)
    if not text.lstrip("\ufeff").startswith("---"):
        return _header_block(text)
    m = _FRONT.match(text)
    if not m:
        raise DocumentError("front matter is not closed by a '---' line")
    yaml_text = m.group(1) or ""
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        raise DocumentError(
            f"front matter too long ({len(yaml_text)} characters, at most "
            f"{MAX_FRONT_MATTER_CHARS})")
    import yaml

    if _LOADER is None:
        _LOADER = _front_matter_loader()
    try:
        meta = yaml.load(yaml_text, Loader=_LOADER) or {}  # plain types only (the loader above)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DocumentError(f"malformed front matter{where}: {_say(problem, 80)}") from None
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:
        # e.g. an integer longer than Python converts
        raise DocumentError(f"malformed front matter: {_say(exc, 80)}") from None
    if not isinstance(meta, dict):
        raise DocumentError("malformed front matter: expected 'key: value' lines")
    return {str(k).lower(): v for k, v in meta.items()}, text[m.end():]


def _say(value: object, width: int = 60) -> str:
    """A value quoted in a one-line reason: terminal-safe and clipped."""
    from tracker.domain.textsafe import one_line

    return one_line(value, width)


_TYPE_NAMES = {list: "a list", dict: "a map", bool: "true/false"}


_TIME = re.compile(r"(\d\d?):(\d\d)(?::(\d\d)(?:\.\d+)?)?"
                   r"\s*(?:Z|[+-](\d\d?)(?::?(\d\d))?)?", re.IGNORECASE)


def _valid_time(text: str) -> bool:
    """A time of day after a front-matter date (`10:30`, `10:30:00.5Z`,
    `10:30:00 +02:00`): hours 0–23, minutes 0–59, seconds 0–60 (a leap
    second), a zone offset of at most 23:59."""
    m = _TIME.fullmatch(text.strip())
    if m is None:
        return False
    hour, minute, second, zh, zm = (int(g) if g else 0 for g in m.groups())
    return hour < 24 and minute < 60 and second <= 60 and zh < 24 and zm < 60


def _meta_date(value: object) -> dt.date:
    if isinstance(value, str):
        s = value.strip()
        d: dt.date | None = None
        iso = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:[Tt ]\s*(.*))?", s)
        if iso:
            try:
                d = dt.date.fromisoformat(iso.group(1))
            except ValueError:
                d = None
            if d is not None and iso.group(2) is not None and not _valid_time(iso.group(2)):
                raise DocumentError(f"date: {_say(s, 40)} has an impossible or malformed time of day"
                                    " (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")
        elif (m := re.fullmatch(_DATE, s, re.IGNORECASE)) is not None:
            d = _match_date(m)
        if d is not None:
            if not DATE_YEARS[0] <= d.year <= DATE_YEARS[1]:
                raise DocumentError(
                    f"date: {_say(s, 40)} is out of range ({DATE_YEARS[0]}–{DATE_YEARS[1]})")
            return d
    raise DocumentError(f"date: {_say(value, 40)} is not a date (use YYYY-MM-DD)")


def _meta_str(meta: dict[str, object], key: str) -> str | None:
    """A front-matter text field, validated: plain text, no NUL, not too long."""
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        what = _TYPE_NAMES.get(type(value), type(value).__name__)
        raise DocumentError(f"{key}: must be text, not {what}")
    s = " ".join(str(value).split())
    if "\x00" in s:
        raise DocumentError(f"{key}: contains a NUL character")
    limit = TEXT_FIELDS[key]
    if len(s) > limit:
        raise DocumentError(f"{key}: too long ({len(s)} characters, at most {limit})")
    return s or None


def _meta_url(meta: dict[str, object]) -> str | None:
    from urllib.parse import urlsplit

    url = _meta_str(meta, "url")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc \
            or any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise DocumentError(f"url: {_say(url)} is not an http(s) URL")
    return url


def normalise_newlines(text: str) -> str:
    """CRLF and CR-only line endings become LF (the body is stored so)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), or UTF-16/UTF-32 with a BOM."""
    import codecs

    encoding = None
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    if encoding is not None:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"not {encoding.upper()} text despite its byte-order mark "
                f"(bad data at offset {exc.start})") from None
    else:
        if b"\x00" in raw[:8192]:
            raise DocumentError(
                "binary file (or UTF-16 without a byte-order mark), not a text document")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    return text


def parse_document(
    text: str, path: Path, *, date: dt.date | None = None
) -> Document:
    if "\x00" in text:
        raise DocumentError(
            f"NUL character at offset {text.index(chr(0))}: not a text document")
    meta, body = split_front_matter(normalise_newlines(text))
    if not body.strip():
        raise DocumentError("empty document")
    title = _meta_str(meta, "title")
    publisher = _meta_str(meta, "publisher") or _meta_str(meta, "source")
    url = _meta_url(meta)
    if "date" in meta and meta["date"] is not None:
        published, how = _meta_date(meta["date"]), "front matter"
    elif date is not None:
        published, how = date, "--date"
    else:
        found = find_document_date(body)
        if found is None:
            raise DocumentError("no date found: add 'date:' front matter or pass --date")
        published, how = found
    if title is None:
        title = _guess_title(body)
    return Document(
        path=path,
        file_name=path.name,
        body=body,
        published_on=published,
        date_found_by=how,
        title=title,
        publisher=publisher,
        url=url,
    )


def _guess_title(body: str) -> str | None:
    """The first short line that is not a date line, as a title for lists."""
    lines = [ln.strip().lstrip("#").strip() for ln in body.splitlines()]
    for s in [ln for ln in lines if ln][:3]:
        if 8 <= len(s) <= 200 and not find_document_date(s) and not s.endswith("."):
            return s
    return None


_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder"
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
    return f"not a regular file: {kind}"


def _too_large(size: int) -> str:
    return (f"too large ({size:,} bytes; at most {MAX_DOCUMENT_BYTES:,} bytes, "
            "see docs/reliability.md)")


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most MAX_DOCUMENT_BYTES; DocumentError otherwise.

    The file's type is checked before it is opened (a FIFO or a device is
    never opened, so nothing hangs) and again on the open descriptor."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:  # e.g. a NUL in the name
        raise DocumentError(f"cannot read: {exc}") from None
    if stat.S_ISDIR(st.st_mode):
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            raise DocumentError(f"cannot read folder: {exc.strerror or exc}") from None
    if (why := _not_regular(st.st_mode)) is not None:
        raise DocumentError(why)
    if st.st_size > MAX_DOCUMENT_BYTES:
        raise DocumentError(_too_large(st.st_size))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from None
    try:
        if (why := _not_regular(os.fstat(fd).st_mode)) is not None:  # swapped meanwhile
            raise DocumentError(why)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_DOCUMENT_BYTES and (chunk := os.read(fd, 1 << 20)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(_too_large(size))
    return b"".join(chunks)


def read_document(path: Path, *, date: dt.date | None = None) -> Document:
    """Read and parse one file; DocumentError with a one-line reason on refusal."""
    raw = read_bytes(path)
    if not raw.strip():
        raise DocumentError("empty document")
    if path.suffix.lower() in FORMATTED_SUFFIXES:
        from tracker.ingest.formats import read_formatted

        return read_formatted(raw, path, date=date)
    return parse_document(decode(raw), path, date=date)
