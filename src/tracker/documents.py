"""Reading source documents: files and folders, YAML front matter, and the
date a document carries in its text when it has no front matter.

Nothing here touches the database; ``read_document`` either returns a
complete ``Document`` or raises ``DocumentError`` with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Saved web pages and PDFs are read by tracker.formats (its READERS table).
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

    A path that does not exist is yielded as is, so the caller reports it.
    """
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."):
                    yield p
        else:
            yield path


# --- dates in text ----------------------------------------------------------

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year{n}>(?:19|20)\d\d)"
_ISO = r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
_DATE = (
    rf"(?:{_ISO}|{_MONTH.format(n=1)}\s+{_DAY.format(n=1)},?\s+{_YEAR.format(n=1)}"
    rf"|{_DAY.format(n=2)}\s+{_MONTH.format(n=2)},?\s+{_YEAR.format(n=2)})"
)

# Labelled dates, strongest first: the one table of where a date is found.
_DATE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE | re.MULTILINE))
    for name, pattern in (
        ("published", rf"\b(?:published|posted|released|issued)(?:\s+on)?\s*:?\s*{_DATE}"),
        ("date label", rf"(?:^|\n|\s)(?:date[d]?|release date)\s*:?\s*(?:on\s+)?{_DATE}"),
        ("updated", rf"\b(?:updated|last updated)(?:\s+on)?\s*:?\s*{_DATE}"),
        ("dateline", rf"^[ \t]*[A-Z][A-Za-z .'-]{{1,40}},?\s+{_DATE}\s*(?:\([^)]{{1,40}}\)\s*)?[-–—:]"),
        ("first line", rf"\A\s*(?:[A-Za-z]+day,?\s+)?{_DATE}\s*$"),
    )
)


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
    tail = text[-600:]
    for name, pattern in _DATE_LABELS:
        for chunk in (head, tail) if name in ("published", "updated") else (head,):
            m = pattern.search(chunk)
            if m and (d := _match_date(m)):
                return d, f"text: {name}"
    return None


# --- front matter -----------------------------------------------------------

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """(metadata, body). Raises DocumentError on malformed front matter."""
    if not text.lstrip("\ufeff").startswith("---"):
        return {}, text
    m = _FRONT.match(text)
    if not m:
        raise DocumentError("front matter is not closed by a '---' line")
    import yaml

    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DocumentError(f"malformed front matter{where}: {problem}") from None
    if not isinstance(meta, dict):
        raise DocumentError("malformed front matter: expected 'key: value' lines")
    return {str(k).lower(): v for k, v in meta.items()}, text[m.end():]


def _meta_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return dt.date.fromisoformat(s[:10])
        except ValueError:
            m = re.fullmatch(_DATE, s, re.IGNORECASE)
            if m and (d := _match_date(m)):
                return d
    raise DocumentError(f"front matter date {value!r} is not a date (use YYYY-MM-DD)")


def _meta_str(meta: dict[str, object], key: str) -> str | None:
    value = meta.get(key)
    return None if value is None else str(value).strip() or None


def decode(raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise DocumentError("binary file, not a text document")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not UTF-8 text (bad byte at offset {exc.start})") from None


def parse_document(
    text: str, path: Path, *, date: dt.date | None = None
) -> Document:
    meta, body = split_front_matter(text)
    if not body.strip():
        raise DocumentError("empty document")
    title = _meta_str(meta, "title")
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
        publisher=_meta_str(meta, "publisher") or _meta_str(meta, "source"),
        url=_meta_str(meta, "url"),
    )


def _guess_title(body: str) -> str | None:
    """The first short line that is not a date line, as a title for lists."""
    lines = [ln.strip().lstrip("#").strip() for ln in body.splitlines()]
    for s in [ln for ln in lines if ln][:3]:
        if 8 <= len(s) <= 200 and not find_document_date(s) and not s.endswith("."):
            return s
    return None


def read_document(path: Path, *, date: dt.date | None = None) -> Document:
    """Read and parse one file; DocumentError with a one-line reason on refusal."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except IsADirectoryError:
        raise DocumentError("is a folder") from None
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise DocumentError("empty document")
    if path.suffix.lower() in FORMATTED_SUFFIXES:
        from tracker.formats import read_formatted

        return read_formatted(raw, path, date=date)
    return parse_document(decode(raw), path, date=date)
