"""The matching keys of events and commitments: one module for ingest and for matching.

At ingest a source is read once (``read_source``: its event mentions, the body names a
promise can refer back to, the acronyms it defines) and each commitment is prepared once
(``prepare_commitment``); ``event_keys`` / ``commitment_keys`` give what the link index
stores of them: the series (the body's canonical key), the parties (the countries, as one
sorted string), the edition ordinal, the action class, the day or window, and the whole
prepared value as JSON (``payload``), so matching rebuilds it without re-reading a body.

Two countries' dialogues of the same name share a series but not parties: a candidate is
fetched only when its parties can be the same (``parties_compatible``, the index-side
superset of ``match._countries_ok``). Pure: plain values in and out, no database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tracker.linking.bodies import BodyMention, Registry, acronym_pairs, document_parties
from tracker.linking.events import EventMention, context_mentions, event_day, find_events
from tracker.linking.match import (
    STRUCTURAL_ACTIONS,
    CommitmentView,
    _content,
    business_words,
    parties_compatible,
    prepare,
)
from tracker.linking.unframed import find_occasions

__all__ = ["parties_compatible"]  # the matcher's rule, which the index applies too

#: content words of an unnamed deliverable kept in the word index (the cap per item)
WORD_CAP = 12


# --- JSON of the prepared values ---------------------------------------------------------


def _date(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _undate(s: Any) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def body_json(b: BodyMention | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"text": b.text, "start": b.start, "end": b.end, "key": b.key, "ordinal": b.ordinal,
            "next": b.next, "countries": sorted(b.countries), "sub": b.sub, "head": b.head,
            "norm": b.norm, "label": b.label, "part": b.part}


def body_from(d: dict[str, Any] | None) -> BodyMention | None:
    if d is None:
        return None
    return BodyMention(d["text"], d["start"], d["end"], d["key"], d["ordinal"], d["next"],
                       frozenset(d["countries"]), d["sub"], d["head"], d["norm"], d["label"],
                       d["part"])


def event_json(ev: EventMention) -> str:
    return json.dumps({
        "quote": ev.quote, "span": list(ev.span), "verb": ev.verb, "action": ev.action,
        "polarity": ev.polarity, "negative": ev.negative, "body": body_json(ev.body),
        "body_by": ev.body_by, "object_text": ev.object_text,
        "date_start": _date(ev.date_start), "date_end": _date(ev.date_end),
        "date_text": ev.date_text, "period_start": _date(ev.period_start),
        "period_end": _date(ev.period_end), "anchor": _date(ev.anchor), "quoted": ev.quoted,
        "countries": sorted(ev.countries), "confidence": ev.confidence,
    }, separators=(",", ":"))


@lru_cache(maxsize=8192)
def event_from(payload: str) -> EventMention:
    """The event a stored payload holds (an immutable value: read once a process; a linking
    run reads the same events of a series readout after readout, as ``_prepared``)."""
    d = json.loads(payload)
    return EventMention(
        quote=d["quote"], span=(d["span"][0], d["span"][1]), verb=d["verb"], action=d["action"],
        polarity=d["polarity"], negative=d["negative"], body=body_from(d["body"]),
        body_by=d["body_by"], object_text=d["object_text"], date_start=_undate(d["date_start"]),
        date_end=_undate(d["date_end"]), date_text=d["date_text"],
        period_start=_undate(d["period_start"]), period_end=_undate(d["period_end"]),
        anchor=_undate(d["anchor"]), quoted=d["quoted"], countries=frozenset(d["countries"]),
        confidence=d["confidence"],
    )


def mentions_json(ms: tuple[BodyMention, ...] | list[BodyMention]) -> str:
    return json.dumps([body_json(m) for m in ms], separators=(",", ":"))


def mentions_from(payload: str) -> tuple[BodyMention, ...]:
    return tuple(b for b in (body_from(d) for d in json.loads(payload or "[]")) if b is not None)


# --- keys --------------------------------------------------------------------------------


def parties(countries: frozenset[str] | set[str]) -> str:
    """The parties as one indexed string: "|india|united states|" ("" for none)."""
    return "|" + "|".join(sorted(countries)) + "|" if countries else ""


def party_subsets(countries: frozenset[str]) -> list[str]:
    """The indexed party strings of every list of two or more of ``countries`` (a
    candidate whose parties are inside this list), for lists of up to eight countries."""
    cs = sorted(countries)
    if len(cs) > 8:
        return []
    out = []
    for mask in range(1, 1 << len(cs)):
        sub = [c for i, c in enumerate(cs) if mask >> i & 1]
        if len(sub) >= 2:
            out.append(parties(frozenset(sub)))
    return out


#: the word-index role of a row filed under one of an item's parties alone (``shared_party_keys``),
#: by the role of the item's own row: "c" commitment -> "f", "e" event -> "g". A promise and a report
#: sharing a party are fetched through them; a promise's restatements only by its own parties.
SHARED_ROLE: dict[str, str] = {"c": "f", "e": "g"}


def shared_party_keys(countries: frozenset[str]) -> list[str]:
    """The party strings an item of two or more parties is also filed under: each party alone
    (one party or none: no more than its own)."""
    return party_singles(countries) if len(countries) >= 2 else []


def party_singles(countries: frozenset[str]) -> list[str]:
    """The indexed party strings of each one of ``countries`` alone (a report of works filed for a
    promise of one party's works: ``match.one_party_works``)."""
    return [parties(frozenset([c])) for c in sorted(countries)]


def works_parties(countries: frozenset[str]) -> list[str]:
    """The party strings a promise of works is filed and fetched under (``match.works_parties_ok``):
    its parties, and each two of them when it names three or more."""
    cs = sorted(countries)
    pairs = [parties(frozenset(p)) for p in itertools.combinations(cs, 2)] if len(cs) >= 3 else []
    return [parties(countries), *pairs]


def split_series(key: str) -> tuple[str, str]:
    """A full key's base (what acronym definitions unify) and its "/sub" "/round" tail."""
    base, _, tail = key.partition("/")
    return base, ("/" + tail if tail else "")


def words(text: str) -> list[str]:
    """At most ``WORD_CAP`` content words (the longest first): the capped shingles of an
    unnamed deliverable. Two deliverables are "the same" only when they share two or more
    content words (``match.deliverable_overlap``), so a candidate shares two index words."""
    ws = sorted(_content(text), key=lambda w: (-len(w), w))
    return [w[:60] for w in ws[:WORD_CAP]]


def topic_words(text: str) -> list[str]:
    """The index words (``words``) of a deliverable's own business ("a meeting of experts on
    fisheries": "fisherie"): two such deliverables are the same only when they share one
    (``match.deliverable_overlap``), so a candidate of a restatement shares one too. Empty
    when the text names none (or none of its words is indexed): no further condition."""
    topic = business_words(text)
    return [w for w in words(text) if w in topic]


def structural_word(action: str, specific: bool) -> str:
    """The word-index entry of the structural key (``match._structural``): a report of a thing
    done, or a promise, of an action class between a party set (the entry's ``parties``),
    marked "!" when its series has a specific name (``match.specific_series``: two specific
    names are never linked, so such a pair is never fetched). Content words are letters,
    digits and "+" (``words``), so the two never meet."""
    return "@" + action + ("!" if specific else "")


def structural_words(actions: tuple[str, ...], specific: bool) -> list[str]:
    """The entries a candidate of one of ``actions`` can have, for an item whose series is
    ``specific`` or not: a specific one meets only unnamed or generic candidates."""
    return [structural_word(a, sp) for a in actions for sp in ((False,) if specific
                                                                  else (False, True))]


def works_word(kind: str) -> str:
    """The word-index entry of works of ``kind`` (``lexicon.WORKS_KINDS``): a report of works
    opened or begun (``match.reported_works``) and a promise of them (``match.promised_works``)
    carry it, so the works fallback (``match._same_works``) fetches its candidates by key."""
    return "@works:" + kind


def poll_word(country: str) -> str:
    """The word-index entry of a poll of ``country``: a promise to hold one (``match.promised_polls``)
    and a report of one put off (``match.polls_reported_in``) carry it, so a poll's miss
    (``match._polls_put_off``) is fetched by key whichever document comes first."""
    return "@poll:" + country


def visit_word(country: str) -> str:
    """The word-index entry of a visit to ``country``: a visit made there (``match.visit_went``)
    and a promise of one (``match.promised_visit_to``) carry it, so the same-visit fallback
    (``match.same_visit``) fetches its candidates by key; "@visit:" is no content word."""
    return "@visit:" + country


#: the promise classes an event's action can structurally fulfil (``match.STRUCTURAL_ACTIONS``
#: read the other way)
STRUCTURAL_PROMISES: dict[str, tuple[str, ...]] = {
    a: tuple(sorted(c for c, acts in STRUCTURAL_ACTIONS.items() if a in acts))
    for a in {x for acts in STRUCTURAL_ACTIONS.values() for x in acts}}


@dataclass(frozen=True)
class SourceRead:
    """What a source's text gives the linker, read once at ingest."""

    events: tuple[EventMention, ...]
    mentions: tuple[BodyMention, ...]  # body names a promise can refer back to
    aliases: tuple[tuple[str, str], ...]  # (long-name key, acronym key)
    parties: frozenset[str] = frozenset()  # the countries the document names (``bodies.document_parties``)


def source_events(body: str, published_on: dt.date, title: str | None, reg: Registry,
                  parties: frozenset[str] | None = None) -> tuple[EventMention, ...]:
    """A source's events: the framed ones (``events.find_events``), then its occasion
    sentences (``unframed.find_occasions``, read only by the matcher's last fallback).
    ``parties``: the document's (``bodies.document_parties``), when read already."""
    return (tuple(find_events(body, published_on, reg, title=title))
            + tuple(find_occasions(body, published_on, reg, title or "", parties)))


def read_source(body: str, published_on: dt.date, title: str | None, reg: Registry) -> SourceRead:
    parties = document_parties(body, title, reg)  # (read once: the occasions' and the promises')
    return SourceRead(
        source_events(body, published_on, title, reg, parties),
        tuple(context_mentions(body, reg, title)),
        tuple(acronym_pairs((title or "") + "\n" + body, reg)),
        parties,
    )


@dataclass(frozen=True)
class EventKeys:
    series: str | None
    parties: str
    n_parties: int
    ordinal: int | None
    action: str
    polarity: str
    day: dt.date
    payload: str


def event_keys(ev: EventMention, published_on: dt.date) -> EventKeys:
    return EventKeys(ev.key, parties(ev.countries), len(ev.countries), ev.ordinal, ev.action,
                     ev.polarity, event_day(ev, published_on), event_json(ev))


@dataclass(frozen=True)
class CommitmentFields:
    """The stored fields of a commitment the keys are read from."""

    id: int
    source_id: int | None
    made_on: dt.date
    subject: str
    quote: str
    action: str | None
    actors: tuple[str, ...]
    due_start: dt.date | None
    due_end: dt.date | None
    status: str
    kind: str
    span_start: int | None
    span_end: int | None
    parent_id: int | None

    @property
    def signature(self) -> str:
        text = "\x1f".join(str(x) for x in (
            self.source_id, self.made_on, self.subject, self.quote, self.action, self.actors,
            self.due_start, self.due_end, self.kind, self.span_start, self.span_end))
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def view(self) -> CommitmentView:
        return CommitmentView(
            id=self.id, source_id=self.source_id, made_on=self.made_on, subject=self.subject,
            quote=self.quote, action=self.action, actors=self.actors, due_start=self.due_start,
            due_end=self.due_end, status=self.status, kind=self.kind,
            span=(self.span_start, self.span_end), parent_id=self.parent_id)


def prepare_commitment(c: CommitmentFields, mentions: tuple[BodyMention, ...],
                       reg: Registry, doc_parties: frozenset[str] = frozenset()) -> CommitmentView:
    """The commitment with its body key, action class, countries, ordinal, recurrence and
    host (``match.prepare``), read against the body names before it in its document and the
    countries the document names (``bodies.document_parties``)."""
    ctx = mentions
    if c.span_start is not None:
        ctx = tuple(m for m in ctx if m.start < (c.span_end or c.span_start))
    # the whole document too: a meeting promised with no series of its own takes the one
    # series the document names, in its title or later sentences (``match.document_series``)
    return prepare(c.view(), reg, ctx, document=mentions, doc_parties=doc_parties)


@dataclass(frozen=True)
class CommitmentKeys:
    series: str | None
    parties: str
    n_parties: int
    ordinal: int | None
    action: str
    payload: str


def commitment_keys(v: CommitmentView) -> CommitmentKeys:
    payload = json.dumps({
        "body": body_json(v.body), "action_cls": v.action_cls, "countries": sorted(v.countries),
        "recurrence": v.recurrence, "host": v.host, "anchors": sorted(v.anchors),
    }, separators=(",", ":"))
    ordinal = v.body.ordinal if v.body else None
    return CommitmentKeys(v.key, parties(v.countries), len(v.countries), ordinal, v.action_cls,
                          payload)


def commitment_view(c: CommitmentFields, payload: str, ordinal: int | None) -> CommitmentView:
    """The prepared view rebuilt from the stored keys (no text is read again); ``ordinal``
    is the resolved one ("the next meeting" after the 15th held is the 16th)."""
    body, action_cls, countries, recurrence, host, anchors = _prepared(payload)
    v = c.view()
    if body is not None and body.next and body.ordinal is None and ordinal is not None:
        body = replace(body, ordinal=ordinal)  # resolved through the (series, ordinal) index
    v.body = body
    v.key = body.full_key if body else None
    v.action_cls = action_cls
    v.countries = countries
    v.recurrence = recurrence
    v.host = host
    v.anchors = anchors
    v.ordinal = body.ordinal if body else None
    return v


@lru_cache(maxsize=8192)
def _prepared(payload: str) -> tuple[BodyMention | None, Any, frozenset[str], Any, Any, frozenset[str]]:
    """A stored payload's prepared fields (immutable values: read once a process; a
    linking run reads the same promises' payloads readout after readout)."""
    d = json.loads(payload)
    return (body_from(d["body"]), d["action_cls"], frozenset(d["countries"]), d["recurrence"],
            d["host"], frozenset(d.get("anchors", ())))  # (keys stored before anchors were read: none)
