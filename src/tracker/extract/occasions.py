"""A promise dated by the event it is tied to: "President Ruto will visit Accra on May 3. Several
agreements are expected to be signed during the visit." The second promise has no time phrase of its
own; "during the visit" refers to the visit promised before, so it takes that visit's window
(``tables.EVENT_REFERENCES``: the reference words and the event nouns they name)."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.model import ExtractedItem
from tracker.extract.tables import EVENT_REFERENCES

_NOUN_KEY = {noun: key for key, (nouns, _example) in EVENT_REFERENCES.items() for noun in nouns}
#: a definite reference to an event: "during the visit", "at the summit", "on the occasion (of ...)"
_REFERENCE_RE = re.compile(
    r"\b(?:(?:during|at|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of|on\s+the\s+occasion\s+of)"
    r"\s+(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted(_NOUN_KEY, key=len, reverse=True)) + r")\b"
    r"|\bon\s+th(?:e|is|at)\s+(?P<occasion>occasion)\b(?!\s+of))", re.IGNORECASE)
#: the actions of a promised event (the dated mention referred to)
_EVENT_ACTIONS = frozenset(["visit", "hold", "meet", "host", "convene", "attend", "reconvene"])


def _names_event(item: ExtractedItem, key: str) -> bool:
    if item.kind != "commitment" or item.due_start is None or item.action not in _EVENT_ACTIONS:
        return False
    if key == "occasion":
        return True
    subject = item.subject.lower()
    if key == "visit" and item.action == "visit":
        return True
    if key == "meeting" and item.action == "meet":
        return True
    nouns = EVENT_REFERENCES[key][0]
    return any(re.search(r"\b" + re.escape(n) + r"s?\b", subject) for n in nouns)


def event_reference_windows(items: list[ExtractedItem]) -> list[ExtractedItem]:
    """Items (document order) with an open-ended commitment that refers to an event ("during the
    visit") given the window of the nearest earlier dated item promising that event."""
    out: list[ExtractedItem] = []
    for it in items:
        if it.kind == "commitment" and it.due_start is None and it.due_expression is None:
            m = _REFERENCE_RE.search(it.quote)
            if m is not None:
                key = "occasion" if m.group("occasion") else _NOUN_KEY[m.group("noun").lower()]
                dated = [o for o in out if o.span[0] < it.span[0] and _names_event(o, key)]
                if dated:
                    src = dated[-1]
                    # (the reference is no part of the subject: "a trade accord | at the summit")
                    subject = _REFERENCE_RE.split(it.subject, maxsplit=1)[0].rstrip(" ,") or it.subject
                    it = replace(it, subject=subject, due_expression=src.due_expression,
                                 due_start=src.due_start, due_end=src.due_end, due_rule="event_reference")
        out.append(it)
    return out
