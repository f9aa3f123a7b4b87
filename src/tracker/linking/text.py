"""Sentences of a source for linking, each with the statement date it was made on.

The segmentation is the extractor's (``tracker.extract.sentence_spans`` and
``tracker.extract.statement_regions``), so a report is read in the same
sentences, and a quoted older statement ("A joint statement issued … on
November 10, 2023 … said: "…"") with the same date, by both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.extract import sentence_spans, statement_date_at, statement_regions


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    anchor: dt.date  # the statement date relative dates in it refer to
    quoted: bool = False  # inside a quoted older statement


def sentences(body: str, published_on: dt.date) -> list[Sentence]:
    """Sentences with their anchoring statement date."""
    regions = [r for r in statement_regions(body, published_on) if r.anchor is not None]
    out: list[Sentence] = []
    for s, e in sentence_spans(body):
        region = statement_date_at(regions, s)
        if region is not None and region.anchor is not None:
            out.append(Sentence(body[s:e], s, e, region.anchor, True))
        else:
            out.append(Sentence(body[s:e], s, e, published_on, False))
    return out
