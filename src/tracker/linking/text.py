"""Small text helpers for linking: sentences with offsets, and the statement
date that anchors each sentence (a report quoting an older statement)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Lt|Col|Capt|Prof|Rep|Sen|Gov|Amb|No|Nos|Vol|vs|etc|Inc|Ltd|Co"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$"
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    anchor: dt.date  # the statement date relative dates in it refer to
    quoted: bool = False  # inside a quoted older statement


def split_sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; paragraph breaks always split."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", body):
        p0 = para.start()
        text = para.group(0)
        start = 0
        for m in re.finditer(r"[.!?]['\"”’)]*(?=\s+[\"“'‘(]?[A-Z0-9])", text):
            end = m.end()
            if _ABBREV.search(text[start:m.start() + 1]) and not re.search(r"\b(?:U\.S|U\.K)\.$", text[start:m.start() + 1]):
                continue
            if re.search(r"\b(?:U\.S|U\.K|E\.U)\.$", text[start:m.start() + 1]):
                nxt = text[end:].lstrip()[:1]
                # "the U.S. The next" ends a sentence only before a capital that starts one
                if not re.match(r"\s+(?:The|It|This|They|He|She|We|In|On|Both|A|An)\b", text[end:]):
                    continue
            seg = text[start:end]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                spans.append((p0 + start + lead, p0 + end))
            start = end
        seg = text[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((p0 + start + lead, p0 + len(text.rstrip())))
    return spans


_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
           r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)"
)
_STATEMENT_WORD = re.compile(
    r"(?i)\b(?:statement|readout|communiqu[eé]|declaration|release|press note|said|stated|noted"
    r"|announced|read|according to|vision|fact sheet|joint)\b"
)
_OPEN_Q = "\"“"
_CLOSE_FOR = {"\"": "\"", "“": "”"}


def parse_full_date(text: str) -> dt.date | None:
    from tracker.documents import _DATE, _match_date  # noqa: PLC0415 - shared date grammar

    m = re.search(_DATE, text, re.IGNORECASE)
    return _match_date(m) if m else None


def quoted_statements(body: str, published_on: dt.date) -> list[tuple[int, int, dt.date]]:
    """Quoted passages introduced as an older dated statement: (start, end, date).

    "A joint statement issued ... on November 10, 2023 ... said: "…"" — the
    quote's sentences are anchored to 2023-11-10.
    """
    out: list[tuple[int, int, dt.date]] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch in _OPEN_Q:
            close = _CLOSE_FOR[ch]
            j = body.find(close, i + 1)
            if j < 0:
                # an unclosed quote runs to the end of its paragraph
                j = body.find("\n", i + 1)
                j = len(body) if j < 0 else j
            if j - i > 60:
                intro_start = max(body.rfind("\n", 0, i) + 1, i - 400)
                intro = body[intro_start:i]
                dates = list(_FULL_DATE.finditer(intro))
                if dates and _STATEMENT_WORD.search(intro):
                    d = parse_full_date(dates[-1].group(0))
                    if d is not None and d < published_on:
                        out.append((i, j + 1, d))
            i = j + 1
            continue
        i += 1
    return out


def sentences(body: str, published_on: dt.date) -> list[Sentence]:
    """Sentences with their anchoring statement date."""
    quotes = quoted_statements(body, published_on)
    try:  # the extractor's notion of statement dates, if it exposes one
        from tracker.extract import statement_anchors  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        statement_anchors = None
    out: list[Sentence] = []
    for s, e in split_sentences(body):
        anchor, quoted = published_on, False
        for qs, qe, d in quotes:
            if qs <= s < qe or (s < qs < e and qe - qs > (e - s) / 2):
                anchor, quoted = d, True
                break
        if statement_anchors is not None and not quoted:
            pass
        out.append(Sentence(body[s:e], s, e, anchor, quoted))
    return out
