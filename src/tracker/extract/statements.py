"""Quotations of earlier statements: the date a quoted passage was made on.

"A joint statement issued … on November 10, 2023 … said: "…"" — the
sentences inside the quotation were made on 2023-11-10, not on the date of
the report quoting them. A quotation introduced with a pluperfect ("The
readout … had said, "…"") reports the past.

Public through :mod:`tracker.extract` (``statement_regions``,
``statement_date_at``); the linker uses the same regions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from tracker.domain.lexicon import MONTH_NUMBER, MONTH_WORD, SAYING_VERBS, alternation, words
from tracker.extract.sentences import find_quote_regions

_MONTHS = MONTH_NUMBER
_MON = MONTH_WORD
_DATE_RE = re.compile(
    r"\b(?:(?P<m1>" + _MON + r")\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + _MON + r")\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b"
)
_ATTRIBUTION_RE = re.compile(
    r"\b(?:" + alternation(words(SAYING_VERBS, "intro")) + r")\b|:\s*$",
    re.IGNORECASE,
)
_PLUPERFECT_RE = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:" + alternation(words(SAYING_VERBS, "pluperfect"))
    + r"|agreed|decided)\b",
    re.IGNORECASE,
)


def _parse_date(m: re.Match[str]) -> date | None:
    try:
        if m.group("iso"):
            y, mo, d = (int(x) for x in m.group("iso").split("-"))
            return date(y, mo, d)
        if m.group("m1"):
            return date(int(m.group("y1")), _MONTHS[m.group("m1").lower()[:4].rstrip(".")
                                                   if m.group("m1").lower() == "sept" else
                                                   m.group("m1").lower()[:3]], int(m.group("d1")))
        return date(int(m.group("y2")), _MONTHS[m.group("m2").lower()[:3]], int(m.group("d2")))
    except (ValueError, KeyError):
        return None


@dataclass(frozen=True)
class StatementRegion:
    """A quotation whose introduction dates it or marks it as a past report."""

    start: int              # offset of the opening quote mark
    end: int                # just after the closing quote mark (or the paragraph end)
    anchor: date | None     # the quoted statement's date (earlier than the document's)
    past: bool              # introduced with a pluperfect ("had said"): a report of the past


def statement_regions(body: str, published_on: date) -> list[StatementRegion]:
    """Dated or past-report quotations of ``body``, in order, not overlapping.

    A quotation is dated when its introduction (back to the previous sentence
    end or the paragraph start) has a verb of saying and a full date earlier
    than ``published_on``: the last such date.
    """
    out: list[StatementRegion] = []
    for r in find_quote_regions(body):
        intro = body[r.intro_start:r.start]
        if not intro.strip():
            continue
        past = bool(_PLUPERFECT_RE.search(intro))
        anchor = None
        if _ATTRIBUTION_RE.search(intro):
            dates = [d for d in (_parse_date(m) for m in _DATE_RE.finditer(intro)) if d]
            dates = [d for d in dates if d < published_on]
            if dates:
                anchor = dates[-1]
                past = False
        if anchor or past:
            out.append(StatementRegion(r.start, r.end, anchor, past))
    return out


def statement_date_at(regions: list[StatementRegion], pos: int) -> StatementRegion | None:
    """The region of ``regions`` (from :func:`statement_regions`) containing ``pos``."""
    i = bisect.bisect_right([r.start for r in regions], pos) - 1
    if i >= 0 and regions[i].start <= pos < regions[i].end:
        return regions[i]
    return None
