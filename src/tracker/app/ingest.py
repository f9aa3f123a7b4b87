"""Ingesting paths: one loop for every face.

Documents are read and extracted (and read for the linker) in batches before any
transaction, then each batch is stored with what it promises in one short
transaction (one document by default; ``tracker ingest --batch N``, 50 unless
told): a refused document leaves nothing behind and the others go on (the batch
is then stored one document at a time). Linking follows in two steps, a read of
the link index with no write lock and a second short transaction that writes the
suggestions (``Tracker._link_batch``), so SQLite's write lock is never held while
anything is computed.
Progress is reported per document to a callback (the CLI prints lines or a
bar, the UI moves its progress bar); a ``cancel`` callable is checked between
documents, so cancelling keeps what is stored and half-stores nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from tracker.ingest.documents import Document


@dataclass(frozen=True)
class DocumentOutcome:
    """What became of one document."""

    path: Path
    stored: bool = False  # newly stored
    known: bool = False  # the same content was stored before
    refused: str | None = None  # why it was refused (one line)
    source_id: int | None = None
    published_on: dt.date | None = None
    date_found_by: str | None = None
    commitments: int = 0
    asks: int = 0
    suggestions: int = 0
    language: str | None = None  # the language other than English it reads as (no extraction)


@dataclass
class IngestSummary:
    outcomes: list[DocumentOutcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def stored(self) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.stored]

    @property
    def known(self) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.known]

    @property
    def refused(self) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.refused is not None]

    @property
    def items(self) -> int:
        return sum(o.commitments + o.asks for o in self.outcomes)

    def line(self) -> str:
        text = (f"{len(self.stored)} document(s) stored, {len(self.known)} already known, "
                f"{self.items} item(s) found, {len(self.refused)} refused")
        return text + (" (cancelled)" if self.cancelled else "")


class _Read(NamedTuple):
    """A document read and extracted before the write transaction."""

    path: Path
    doc: Document | None
    items: Sequence[object] | None  # what the extractor found (None: not extracted)
    refused: str | None
    linker: object | None = None  # what the linker reads of it (linking.keys.read_source)


Progress = Callable[[int, int, DocumentOutcome], None]  # done, total, the latest outcome


def collect(paths: Iterable[Path]) -> list[Path]:
    """The documents the paths name (folders recursively), in order."""
    from tracker.ingest.documents import iter_paths

    return list(iter_paths([Path(p).expanduser() for p in paths]))


def extract_files(
    paths: Iterable[Path], *, date: dt.date | None = None,
    refused: Callable[[Path, str], None] | None = None,
) -> list[dict[str, object]]:
    """What the extractor finds in documents, as CONTRACT.md's JSON objects,
    in document order; no database. A refused document is reported to
    ``refused`` (path, reason) and skipped."""
    from tracker.extract import extract
    from tracker.ingest.documents import DocumentError, read_document

    out: list[dict[str, object]] = []
    for path in collect(paths):
        try:  # (extract too: a document over the time budget is refused, see extract.budget)
            doc = read_document(path, date=date)
            items = extract(doc.body, doc.published_on)
        except DocumentError as exc:
            if refused is not None:
                refused(path, str(exc))
            continue
        out.extend(item.to_json(doc.file_name) for item in items)
    return out
