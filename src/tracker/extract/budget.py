"""The extractor's time budget per document.

Extraction is linear in the length of a document (sentences are capped, see
``sentences.MAX_SENTENCE_CHARS``), but a document packed with promises still
costs more than ordinary prose, and grouping restatements grows with the
number of items. So that no input hangs an ingest, ``extract`` runs against a
deadline: past it, the document is refused with :class:`ExtractionTooSlow`
(a ``DocumentError``: one line, that document only, nothing of it stored).

The budget measures elapsed time with ``time.monotonic`` (a stopwatch, not
the calendar: it never decides a date).
"""

from __future__ import annotations

import time

from tracker.ingest.documents import DocumentError

#: seconds one document may take to extract. Ordinary prose reads at about
#: 1-3 MB/s (docs/extraction.md), so the largest document accepted (10 MB) fits;
#: read + extract + store stay under 30 s for any input (docs/reliability.md).
EXTRACT_BUDGET_S = 20.0


class ExtractionTooSlow(DocumentError):
    """A document took longer than the budget to read."""


class Deadline:
    """A stopwatch started at construction; ``check()`` raises once it has run
    longer than ``seconds``."""

    __slots__ = ("_end", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise ExtractionTooSlow(
                f"took longer than {self.seconds:g} s to read (a document this dense or "
                "this long is refused; split it into smaller documents)")
