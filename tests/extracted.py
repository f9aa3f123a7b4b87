"""How the extraction tests read what a text of theirs promises: one helper for every
test file, each file giving its own publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tracker.extract import extract
from tracker.extract.model import ExtractedItem


def commitments(text: str, on: dt.date) -> list[ExtractedItem]:
    """The commitments ``extract`` finds in ``text`` published ``on`` (asks left out)."""
    return [it for it in extract(text, on) if it.kind == "commitment"]


def commitments_published(default: dt.date) -> Callable[..., list[ExtractedItem]]:
    """``commitments`` with a test file's usual publication date as the default."""

    def read(text: str, on: dt.date = default) -> list[ExtractedItem]:
        return commitments(text, on)

    return read
