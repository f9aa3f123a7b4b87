"""Occasions reported without a frame: the last fallback of the matcher.

The framed reader (``events``) knows how reports name a meeting, a visit or a signing: a body
and a verb in a shape it has a row for. A new dialogue's reports often use a shape it has no
row for ("Envoy Otieno and her Ghanaian counterpart sat down in Geneva on 24 February"; "the
council's third sitting took place at the lakeside lodge"), so a promise of that dialogue is never kept. Held-out
sets measured it (docs/accuracy.md, thirteenth blind check): on dialogues nobody had read, the
framed matcher kept 2 of 17 and 2 of 19 promises given the right commitments.

This module reads such reports by what any report of an occasion has, whatever its shape:

* at ingest, ``find_occasions`` keeps every sentence of a report that says an occasion of a
  class took place (``OCCASION_WORDS``), is not about the future or hedged (``NOT_YET``) and
  not negated (``NOT_HELD``), with the day it gives (a day or a month, read as past) and the
  countries its whole document names;
* a promise no framed event keeps, fulfils nothing and misses nothing (``suggest``: the last
  fallback) is matched by ``kept_by_occasion`` to the first such sentence of a later report
  that names the promise's two or more countries (in its document), the promise's class of
  occasion (``promised_class``: from the matcher's action class and visit kind), a day from a week before its window to ``LATE`` after it, the same ordinal and the
  same kind of participants where both name one, and at least ``SHARED`` proper names or
  numbers of the promise's own (countries' names aside, months in any spelling).

The suggestion is ``fulfils`` at ``CONFIDENCE`` (the lowest band), its reason naming the
shared words. Pure: no database; the link index stores the occasions with the events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from tracker.domain import lexicon, statuses
from tracker.domain.lexicon import MONTH_NAMES, ORDINAL_RE, month_number
from tracker.domain.parties import find_parties
from tracker.linking.bodies import (
    GENERIC_HEADS,
    Registry,
    countries_in,
    document_parties,
    ordinal_value,
)
from tracker.linking.events import EventMention, event_day, is_rule
from tracker.linking.text import sentences

#: how an occasion sentence is marked (``EventMention.body_by``)
BY = "occasion"
#: the words every reason of this fallback starts with; the link index reads them (a promise
#: kept only by an occasion is not settled: a framed report, later read, takes it over)
REASON = "an occasion reported without a name the linker knows"
#: the word-index entry of an occasion sentence and of a promise one can keep ("@" words are
#: no content words: ``keys.words``)
OCCASION_WORD = "@occasion"
#: the most countries a report's document may name for its occasions to be read: the link
#: index files an occasion under every set of two or more of them (a promise's parties are
#: fetched by equality); a document naming more is a multilateral one
MOST_COUNTRIES = 5
#: the confidence of a suggestion from an occasion sentence (the lowest band)
CONFIDENCE = 0.2
#: proper names and numbers a sentence must share with the promise
SHARED = 2
#: how long after its window a promise can still be kept (late) by an occasion
LATE = dt.timedelta(days=120)
#: how early before its window
EARLY = dt.timedelta(days=7)
#: the longest window an occasion can keep ("by 2030" is too loose for this evidence)
LONGEST = dt.timedelta(days=400)
#: a promise with no window: kept by an occasion until this long after it was made
HORIZON = dt.timedelta(days=366)

#: the classes of occasion a sentence can report (one row each: the class, its words, an
#: example a test reads); a promise's class comes from the matcher's action class
#: (``promised_class``)
OCCASION_WORDS: tuple[tuple[str, str, str], ...] = (
    ("meet", (r"met|meetings?|talks|summit|round|session|consultations?|negotiations?|dialogue"
             r"|conference|convened|held|hosted|co-?chaired|took\s+place|concluded|wrapped\s+up"),
     "The special envoys of Kenya and Ghana met in Vienna on 24 February."),
    ("visit", r"visit(?:ed)?|arrived|landed|trip|tour|welcomed|received",
     "President Ruto arrived in Accra on Monday, welcomed by President Mahama of Ghana."),
    ("sign", r"signed|signing|inked|concluded|finali[sz]ed",
     "Kenya and Ghana inked the fisheries accord in Mombasa on 3 May."),
    ("launch", (r"launched|launch|inaugurated|opened|established|set\s+up|started|began|resumed|"
               # an instrument that began to apply (``lexicon.INSTRUMENT_ONSETS``)
               + "|".join(r"\s+".join(done.split()) for o in lexicon.INSTRUMENT_ONSETS for done, _ex in o.done)),
     "Flights between Nairobi and Accra resumed on 2 February, Kenya and Ghana said."),
)
#: occasions of their own kind, not a meeting's other name (one row each: the noun, an example
#: a test reads): a promise of one is kept only by a sentence naming it, and a sentence naming
#: one keeps only a promise of it (a reception is not the summit of the same day). Not
#: "ceremony": a welcome ceremony is a visit's report, a signing ceremony a signing
OWN_KIND: tuple[tuple[str, str], ...] = (
    ("reception", "Kenya and Ghana hosted a reception for the envoys in Vienna on 24 February."),
    ("dinner", "Kenya and Ghana held a state dinner in Nairobi on 24 February."),
    ("lunch(?:eon)?", "The Kenyan and Ghanaian leaders met over lunch in Accra on 24 February."),
    ("breakfast", "Kenya and Ghana held a working breakfast in Accra on 24 February."),
    ("banquet", "Kenya and Ghana held a banquet in Nairobi on 24 February."),
    ("celebrations?", "Kenya and Ghana held celebrations in Accra on 24 February."),
    ("exhibition", "Kenya and Ghana opened an exhibition in Accra on 24 February."),
    ("concert", "Kenya and Ghana hosted a concert in Accra on 24 February."),
    ("parade", "Kenya and Ghana held a parade in Accra on 24 February."),
    (r"press\s+(?:conference|stakeout|briefing)", "Kenya and Ghana held a joint press conference in Accra on 24 February."),
    (r"business(?:\s+and\s+investment)?\s+forum", "Kenya and Ghana opened a business forum in Accra on 24 February."),
)
_OWN_KIND_RES = tuple((rx, re.compile(r"(?i)\b(?:" + rx + r")\b")) for rx, _ex in OWN_KIND)


@lru_cache(maxsize=65536)
def own_kinds(text: str) -> frozenset[str]:
    """The occasions of their own kind (``OWN_KIND``) a text names."""
    return frozenset(rx for rx, r in _OWN_KIND_RES if r.search(text))


_CLASS_RES = tuple((cls, re.compile(r"(?i)\b(?:" + rx + r")\b")) for cls, rx, _ex in OCCASION_WORDS)

#: words that make a sentence about what is still to come or only hoped for (one row each:
#: the words, an example a test reads): no report of an occasion held. With them, the
#: lexicon's schedule words before "to" or "for" (``lexicon.SCHEDULE_WORDS``: "is set to",
#: "scheduled for", "due to")
NOT_YET: tuple[tuple[str, str], ...] = (
    (r"will|shall|would|'ll|is\s+to|are\s+to", "Kenya and Ghana will hold talks in Accra on 3 May."),
    (r"to\s+be\s+(?:held|signed|hosted)", "The talks between Kenya and Ghana are to be held in Accra in May."),
    (r"plans?\s+to|planning\s+to|aims?\s+to|hopes?|hoped",
     "Kenya and Ghana plan to sign the accord at the May summit."),
    (r"upcoming|forthcoming|proposed|next", "The next round of Kenya-Ghana talks opens in Accra in May."),
    # (not "at / on the invitation of": how a communiqué opens on a visit made)
    (r"(?<!at\sthe\s)(?<!on\sthe\s)invit\w+|look(?:s|ing|ed)?\s+forward", "Kenya invited Ghana to the summit in Nairobi in May."),
    # a signing to be hastened is still to come: "pledged to expedite the signing of an MoU"
    ((r"(?:expedit\w*|speed\w*\s+up|fast-?track\w*|hasten\w*|accelerat\w*)\s+(?:the\s+)?"
      r"(?:signing|conclusion|finali[sz]ation)"),
     "Kenya and Ghana pledged in Accra on 3 May to expedite the signing of the fisheries accord."),
    # an occasion named as one still awaited: "is looking forward to President Ruto's expected
    # visit to Accra this year" (not "held as planned": the adjective before the occasion's noun)
    ((r"(?:expected|planned|anticipated|prospective|possible|potential|likely|mooted)\s+(?:[\w-]+\s+){0,2}?"
      r"(?:visit|trip|meeting|summit|talks|round|session|signing)"),
     "Kenya and Ghana discussed President Ruto's expected visit to Accra on 3 May."),
)
#: words that make a sentence about an occasion not held (one row each, with an example): with
#: them, the lexicon's negators of an event (``lexicon.NEGATORS``, "before_event": "not",
#: "never", "n't", "yet to")
NOT_HELD: tuple[tuple[str, str], ...] = (
    (r"no|without", "Kenya and Ghana ended the day with no meeting in Accra on 3 May."),
    # (any form of a verb of calling off: ``lexicon.CALLING_OFF``, the table extraction and the
    # framed events read too)
    (lexicon.CALLING_OFF_ANY, "The Kenya-Ghana talks in Accra were postponed on 3 May."),
)
_NOT_RE = re.compile(
    r"(?i)\b(?:" + "|".join(rx for rx, _ex in NOT_YET + NOT_HELD)
    + "|(?:" + lexicon.alternation(lexicon.words(lexicon.SCHEDULE_WORDS, "expected_to")) + r")\s+(?:to|for)"
    + "|" + lexicon.alternation([w for w in lexicon.words(lexicon.NEGATORS, "before_event")
                                 if w != lexicon.CONTRACTED_NOT]) + r")\b"
    + "|" + lexicon.CONTRACTED_NOT)

#: a proper name or a number, the words matched on
_TOKEN = re.compile(r"[A-Z][\w'’-]+|\d+(?:st|nd|rd|th)?")
#: words of a name that say nothing of which occasion it was
_PLAIN = frozenset(
    ["the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "by", "at", "from", "as", "is", "are", "was", "were", "be", "been", "this", "that", "their", "its", "his", "her", "they", "it", "both", "two", "sides", "said", "also", "would", "will", "shall", "minister", "ministers", "president", "prime", "foreign", "statement", "joint", "meeting", "meet", "held", "talks", "mr", "ms", "dr", "he", "she", "we", "our", "new"])
_ORDINAL = re.compile(r"(?i)\b" + ORDINAL_RE + r"\b")
_MONTH_PREFIXES = frozenset(m[:3].lower() for m in MONTH_NAMES)


#: a verb in the past: a sentence reports something done ("was held", "met", "sat down", "took
#: place", "have hosted", "had a meeting with his counterpart": forty-second blind check)
_DONE_VERB = re.compile(r"(?i)\b(?:\w{2,}ed|met|had|held|took|began|begun|sat|led|spoke|went|came|made|gave|"
                        r"saw|wrote|won|brought|sought|struck|drew|flew|left|sent|found|told|said|paid|undertook|broke|shook)\b")


def is_occasion(ev: EventMention) -> bool:
    """Is an event an occasion sentence of this module (not a framed event)?"""
    return ev.body_by == BY


def _not_done(text: str) -> bool:
    return _NOT_RE.search(text) is not None


def _classes(text: str) -> list[tuple[str, str]]:
    """(class, the word that gave it) of each class a sentence names."""
    out = []
    for cls, rx in _CLASS_RES:
        m = rx.search(text)
        if m is not None:
            out.append((cls, m.group(0)))
    return out


def _day(text: str, anchor: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """The first day or month (as past) a sentence gives, if any."""
    from tracker.temporal import find_all  # (the time reader: loaded with linking, not before)

    for te in find_all(text, anchor, "past"):
        if te.due_start and te.due_end and (te.due_end - te.due_start).days <= 31:
            return te.due_start, te.due_end, te.text
    return None


def find_occasions(body: str, published_on: dt.date, reg: Registry, title: str = "",
                   parties: frozenset[str] | None = None) -> list[EventMention]:
    """The occasion sentences of a report: one mention per sentence and class, with the
    countries of the whole document (title included) and the day the sentence gives."""
    doc = parties if parties is not None else document_parties(body, title, reg)
    if not 2 <= len(doc) <= MOST_COUNTRIES:
        return []  # (a promise this could keep names two countries, all named by the report)
    out: list[EventMention] = []
    for sent in sentences(body, published_on):
        if sent.quoted or _not_done(sent.text) or is_rule(sent.text):
            continue  # (nor how a series is held: ``events.is_rule``)
        classes = _classes(sent.text)
        if not classes or not _DONE_VERB.search(sent.text):
            continue  # (a heading or a verbless line names an occasion, it reports none)
        d = _day(sent.text, sent.anchor)
        for cls, word in classes:
            out.append(EventMention(
                sent.text, (sent.start, sent.end), word, cls, "positive", None, None, BY, "",
                d[0] if d else None, d[1] if d else None, d[2] if d else "", None, None,
                sent.anchor, sent.quoted, doc, CONFIDENCE))
    return out


#: the occasion class of a promise's action class (``match.action_class``); a promised visit
#: (``match.promises_visit``) is a visit whatever its verb
OCCASION_OF_ACTION: dict[str, str] = {"meet": "meet", "launch": "launch", "conclude": "sign", "sign": "sign"}


def promised_class(action_cls: str, visit: bool) -> str:
    """The class of occasion (``OCCASION_WORDS``) a promise makes."""
    return "visit" if visit else OCCASION_OF_ACTION.get(action_cls, "meet")


@lru_cache(maxsize=65536)
def _names(text: str) -> frozenset[str]:
    """The proper names and numbers of a text that can tell occasions apart: not a country's
    or a party's words, not a plain word; a month in any spelling as one word."""
    party_words = {w.lower() for m in find_parties(text) for w in re.split(r"[\s-]+", text[m.start:m.end])}
    out = set()
    for w in _TOKEN.findall(text):
        lw = w.lower()
        if lw in _PLAIN or lw in party_words or lw in GENERIC_HEADS or lw.rstrip("s") in GENERIC_HEADS:
            continue  # (a party's word, a plain word, a body's generic head: "Dialogue")
        if "-" in lw and all(p in party_words or countries_in(p.capitalize()) for p in lw.split("-")):
            continue  # "India-Japan": the parties again
        if lw[:3] in _MONTH_PREFIXES and lw.isalpha():
            try:
                lw = f"month {month_number(lw)}"
            except (KeyError, ValueError):
                pass
        out.add(lw)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _ordinals(text: str) -> frozenset[int]:
    """The editions a text numbers (``bodies.ordinal_value``)."""
    return frozenset(n for m in _ORDINAL.finditer(text) if (n := ordinal_value(m.group(0))) is not None)


def promise_window(due_start: dt.date | None, due_end: dt.date | None, made_on: dt.date
            ) -> tuple[dt.date, dt.date] | None:
    """The days a promise's occasion can be on: its window (or a year after it was made, with
    none), unless the window is longer than ``LONGEST``."""
    if due_end is None:
        return made_on, made_on + HORIZON
    start = due_start or made_on
    return None if due_end - start > LONGEST else (start, due_end)


def shown(names: frozenset[str], sentence: str) -> list[str]:
    """Shared names as the sentence writes them, a month by its name ("February 24")."""
    out = []
    for w in sorted(names):
        if w.startswith("month "):
            out.append(MONTH_NAMES[int(w.split()[1]) - 1])
            continue
        m = re.search(r"(?i)(?<![\w'’-])" + re.escape(w) + r"(?![\w'’-])", sentence)
        out.append(m.group(0) if m else w)
    return out


def promise_refusal(countries: frozenset[str], recurrence: str | None, due_start: dt.date | None,
                    due_end: dt.date | None, made_on: dt.date, quote: str, subject: str) -> str | None:
    """Why no occasion can keep a promise (the first condition it fails, in words), or None when
    one can: two or more named parties, not recurring, a window of at most ``LONGEST`` (or none),
    and ``SHARED`` names of its own to share with a sentence (``shared_names``: "a meeting of
    experts on fisheries before the end of 2032" names one, so no occasion keeps it, and the link
    index files it under none). ``benchmarks/link_probe.py`` counts the reasons."""
    if len(countries) < 2:
        return "promise names fewer than two countries"
    if recurrence:
        return "promise recurs"
    if promise_window(due_start, due_end, made_on) is None:
        return "promise's window too long"
    if len(_names(quote + " ; " + subject)) < SHARED:
        return "promise has too few names of its own"
    return None


def occasion_ok(countries: frozenset[str], recurrence: str | None, due_start: dt.date | None,
                due_end: dt.date | None, made_on: dt.date, quote: str, subject: str) -> bool:
    """Can an occasion keep a promise (``promise_refusal`` gives no reason against)?"""
    return promise_refusal(countries, recurrence, due_start, due_end, made_on, quote, subject) is None


def occasion_days(due_start: dt.date | None, due_end: dt.date | None, made_on: dt.date
                  ) -> tuple[dt.date, dt.date]:
    """The first and last day an occasion that keeps a promise can be on (``occasion_ok``
    promises): the link index fetches candidates by them."""
    win = promise_window(due_start, due_end, made_on)
    assert win is not None
    return made_on, win[1] + LATE


def shared_names(quote: str, subject: str, sentence: str) -> frozenset[str]:
    """The proper names and numbers a promise (its quote and subject) and a sentence share."""
    return _names(quote + " ; " + subject) & _names(sentence)


def refusal(ev: EventMention, published_on: dt.date, *, made_on: dt.date, window: tuple[dt.date, dt.date],
            cls: str, subject: str, quote: str, countries: frozenset[str], kinds: frozenset[str],
            kinds_of: Callable[[str], frozenset[str]]) -> str | None:
    """Why an occasion sentence does not keep a promise (the first condition it fails, in
    words), or None when it does: ``kept_by_occasion`` keeps the first with none, and
    ``benchmarks/link_probe.py`` counts the reasons on a held-out set."""
    if ev.action != cls:
        return "another class of occasion"
    if not countries <= ev.countries:
        return "not the promise's countries"
    if published_on <= made_on:
        return "not a later report"
    day = event_day(ev, published_on)
    if day < made_on or day < window[0] - EARLY or day > window[1] + LATE:
        return "not on a day the promise allows"
    mine, theirs = _ordinals(quote), _ordinals(ev.quote)
    if mine and theirs and not mine & theirs:
        return "another edition"
    if own_kinds(subject) != own_kinds(ev.quote):
        return "an occasion of its own kind"  # a reception is not the summit of the same day
    other = kinds_of(ev.quote)
    if kinds and other and not kinds & other:
        return "other participants"  # the ministers' meeting is not the leaders' summit
    if len(shared_names(quote, subject, ev.quote)) < SHARED:
        return "too few names shared"
    return None


def kept_by_occasion(
    *, made_on: dt.date, due_start: dt.date | None, due_end: dt.date | None, cls: str,
    subject: str, quote: str, countries: frozenset[str], kinds: frozenset[str],
    candidates: Iterable[tuple[dt.date, int, EventMention]], kinds_of: Callable[[str], frozenset[str]],
) -> tuple[int, EventMention, dt.date, str, frozenset[str]] | None:
    """The first occasion of ``candidates`` ((report's date, its source id, occasion) in order of
    publication) that keeps a promise (``refusal`` gives none), with its source, the day it was
    on, its timeliness and the names shared; or None.
    ``kinds``: the kinds of participants the promise names; ``kinds_of``: the same reader for a
    sentence (``match.deliverable_kinds``)."""
    if len(countries) < 2:
        return None
    win = promise_window(due_start, due_end, made_on)
    if win is None:
        return None
    for published_on, source_id, ev in candidates:
        if refusal(ev, published_on, made_on=made_on, window=win, cls=cls, subject=subject, quote=quote,
                   countries=countries, kinds=kinds, kinds_of=kinds_of) is not None:
            continue
        day = event_day(ev, published_on)
        done = statuses.outcome("fulfilled", due_start, due_end, day, day) if due_end else None
        return source_id, ev, day, done or "", shared_names(quote, subject, ev.quote)
    return None
