"""A promise dated by the event it is tied to: "President Ruto will visit Accra on May 3. Several
agreements are expected to be signed during the visit." The second promise has no time phrase of its
own; "during the visit" refers to the visit promised before, so it takes that visit's window
(``tables.EVENT_REFERENCES``: the reference words and the event nouns they name)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from tracker.extract import windows
from tracker.extract.model import ExtractedItem
from tracker.extract.patterns import trie_alternation
from tracker.extract.sentences import split_sentences
from tracker.extract.tables import EVENT_REFERENCE_ANTECEDENTS, EVENT_REFERENCES

_NOUN_KEY = {noun: key for key, (nouns, _example) in EVENT_REFERENCES.items() for noun in nouns}


def _event_np(determiners: str) -> str:
    """A definite event noun phrase of ``EVENT_REFERENCES``: a determiner, up to two words, the
    noun (group ``noun``)."""
    return (r"\s+(?:" + determiners + r")\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + trie_alternation(_NOUN_KEY)
            + r")\b")


#: a definite reference to an event: "during the visit", "at the summit", "on the occasion (of ...)"
_REFERENCE_RE = re.compile(
    r"\b(?:(?:during|at|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of|on\s+the\s+occasion\s+of)"
    + _event_np("the|this|that|his|her|their|its")
    + r"|\bon\s+th(?:e|is|at)\s+(?P<occasion>occasion)\b(?!\s+of))", re.IGNORECASE)
#: a time set by an event to come: "before the summit (begins)" is due by that event's day
_BEFORE_RE = re.compile(
    r"\bbefore" + _event_np("the|this|that|their|its")
    + r"(?:\s+(?:begins|starts|opens|takes\s+place|is\s+held))?", re.IGNORECASE)


def _antecedents(key: str) -> tuple[str, ...]:
    """The event keys a reference of ``key`` can be dated by (``EVENT_REFERENCE_ANTECEDENTS``)."""
    return EVENT_REFERENCE_ANTECEDENTS[key][0] if key in EVENT_REFERENCE_ANTECEDENTS else (key,)


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


#: a sentence announcing something to come (the dated mention of an event that is no promise of its
#: own: "President Ruto arrives in Accra on Monday for a three-day state visit"), not a past report
_TO_COME_RE = re.compile(r"\b(?:will|shall|is|are|arrives?|begins?|starts?|opens?|travels?|heads?|lands?|"
                         r"embarks?|kicks?\s+off|gets?\s+under\s*way)\b", re.IGNORECASE)
_PAST_RE = re.compile(r"\b(?:was|were|had|has|have|last|ago|earlier|yesterday|[a-z]+ed\s+(?:on|in|at|last))\b",
                      re.IGNORECASE)


#: the nouns of each event reference (``EVENT_REFERENCES``), singular or plural
_MENTION_RES = {key: re.compile(r"\b" + trie_alternation(nouns) + r"s?\b", re.IGNORECASE)
                for key, (nouns, _example) in EVENT_REFERENCES.items() if key != "occasion"}


class _Mentions:
    """The sentences of a document that name an event and announce it as to come, read once per
    document (split once; each key's sentences found once; a sentence's time phrases read once
    per anchor), for the references of all its items."""

    def __init__(self, body: str, check: Callable[[], None]) -> None:
        self.body = body
        self.check = check
        self._spans: list[tuple[int, int]] | None = None
        self._ends: list[int] = []
        self._named: dict[str, list[tuple[int, re.Match[str]]]] = {}
        self._times: dict[tuple[int, date], list[windows.TimeExpr]] = {}

    def _sentences(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = split_sentences(self.body)
            self._ends = [e for _s, e in self._spans]
        return self._spans

    def _naming(self, key: str) -> list[tuple[int, re.Match[str]]]:
        """(index, the noun's match) of every sentence that names ``key``'s event as to come."""
        if key not in self._named:
            found = []
            for i, (s, e) in enumerate(self._sentences()):
                sent = self.body[s:e]
                nm = _MENTION_RES[key].search(sent)
                if nm is not None and _TO_COME_RE.search(sent) and not _PAST_RE.search(sent):
                    found.append((i, nm))
            self._named[key] = found
        return self._named[key]

    def dated(self, before: int, key: str, anchor: date) -> windows.TimeExpr | None:
        """The time of the nearest sentence ending by ``before`` that names the event (``key``'s
        nouns) and dates it, a time to come within its clause ("arrives in Accra on Monday for a
        state visit")."""
        if key == "occasion":
            return None
        named = self._naming(key)
        last = bisect.bisect_right(self._ends, before)  # (the sentences are in document order)
        for i, nm in reversed([(i, nm) for i, nm in named if i < last]):
            self.check()
            s, e = self._sentences()[i]
            sent = self.body[s:e]
            if (i, anchor) not in self._times:
                self._times[(i, anchor)] = windows.find_all(sent, anchor, "future")
            near = [t for t in self._times[(i, anchor)]
                    if t.due_start is not None and t.reference != "past"
                    and abs(t.start - nm.start()) <= 80 and not re.search(r"[;:]", sent[min(t.end, nm.end()):
                                                                                     max(t.start, nm.start())])]
            if near:
                return min(near, key=lambda t: abs(t.start - nm.start()))
        return None


def event_reference_windows(items: list[ExtractedItem], body: str = "",
                            check: Callable[[], None] = lambda: None) -> list[ExtractedItem]:
    """Items (document order) with an open-ended commitment that refers to an event ("during the
    visit") given the window of the nearest earlier dated item promising that event, or else of the
    nearest earlier sentence dating it. ``check`` is called as the sentences are read (the
    extractor's deadline)."""
    out: list[ExtractedItem] = []
    mentions = _Mentions(body, check)
    for it in items:
        if it.kind == "commitment" and it.due_start is None and it.due_expression is None:
            m = _REFERENCE_RE.search(it.quote)
            before = _BEFORE_RE.search(it.quote) if m is None else None
            found = m or before
            if found is not None:
                key = "occasion" if m is not None and m.group("occasion") \
                    else _NOUN_KEY[found.group("noun").lower()]
                dated = [o for o in out if o.span[0] < it.span[0]
                         and any(_names_event(o, k) for k in _antecedents(key))]
                when = (dated[-1].due_expression, dated[-1].due_start, dated[-1].due_end) if dated else None
                if when is None and body:
                    t = next((t for k in _antecedents(key)
                              if (t := mentions.dated(it.span[0], k, it.made_on)) is not None), None)
                    when = (t.text, t.due_start, t.due_end) if t is not None else None
                if when is not None and before is not None:
                    # due by the event: from the promise to the event's last day
                    when = (before.group(0), it.made_on, when[2]) if when[2] is not None else None
                if when is not None:
                    # (the reference is no part of the subject: "a trade accord | at the summit")
                    subject = _REFERENCE_RE.split(it.subject, maxsplit=1)[0].rstrip(" ,") or it.subject
                    it = replace(it, subject=subject, due_expression=when[0],
                                 due_start=when[1], due_end=when[2], due_rule="event_reference")
        out.append(it)
    return out
