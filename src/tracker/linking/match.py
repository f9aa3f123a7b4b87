"""Matching events to commitments, and commitments to earlier commitments.

Pure functions on plain dataclasses (no database): ``suggest`` takes every
commitment and every source's events that share a body key and returns the
suggestions that follow from all of them together, so the result does not
depend on the order sources arrived in.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from tracker.domain import lexicon, parties, statuses
from tracker.domain.lexicon import MONTH_FULL, MONTH_PREFIX, ORDINAL_RE, meeting_levels
from tracker.domain.parties import ORGANISATION, find_parties
from tracker.extract import topics
from tracker.extract.patterns import MODAL_WORDS
from tracker.linking.bodies import (
    GENERIC_HEADS,
    OWN_BUSINESS,
    OWN_EDITION,
    BodyMention,
    Registry,
    anchor_keys,
    countries_in,
    described,
    find_bodies,
    head_class,
    is_anchor,
    is_generic,
    is_persons_meetings,
    load_registry,
    ordinal_value,
    resolve_subject,
)
from tracker.linking.events import (
    EXERCISE_WORDS,
    EventMention,
    ended_without_outcome,
    event_day,
    is_called_off_visit,
    is_meeting_visit,
    is_people_meeting_off,
    is_thing_put_off,
    is_visit,
    own_clauses,
    venue_countries,
)
from tracker.linking.unframed import REASON as OCCASION_REASON
from tracker.linking.unframed import (
    is_occasion,
    kept_by_occasion,
    occasion_ok,
    own_kinds,
    promised_class,
    shown,
)
from tracker.temporal import find_all

#: the action class of goods handed over: kept only by a report that they were delivered (not by
#: a meeting, the class a promise's action falls to when it names none; ``lexicon.DELIVERED``)
DELIVER = lexicon.DELIVERED

_ACTION_CLASS = [
    ("meet", (r"hold|held|convene|meet|met|host|organi[sz]e|resume|restore|re-establish|conduct|chair|co-chair|attend"
             r"|look(?:ing)? forward|visit|participate|hold talks|take place")),
    # a thing brought into force is launched, not signed ("enter into" alone is signing one:
    # "enter into an agreement"); kept by a report that it took effect or was activated
    ("launch", r"(?:bring|brought|enter|come|put)\s+into\s+(?:force|effect)|take effect|activat"),
    ("conclude", r"conclud|finali[sz]e|close|complete|wrap up|clinch|strike"),
    ("sign", r"sign|ink|ratif|exchange|enter into|adopt|agree on|seal"),
    ("launch", (r"launch|inaugurat|establish|set up|create|(?:re-?)?open|start|begin|commence|roll out"
               r"|operationali[sz]e|form|institute|unveil|transition|redesignat|convert|transform|break\s+ground"
               r"|commission")),
    # goods handed over (``lexicon.HANDING_OVER``, base forms and participles; thirtieth blind check)
    (DELIVER, "(?:" + lexicon.alternation(tuple(f for base, (part, _ex) in lexicon.HANDING_OVER.items()
                                                for f in (base, part))).replace(" ", r"\s+") + r")\b"),
    # goods taken in (``lexicon.TAKE_DELIVERY``; thirty-sixth blind check): the same class
    (DELIVER, lexicon.alternation((lexicon.TAKE_DELIVERY,)) + r"\b"),
]
_ACTION_CLASS_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (cls, re.compile(rf"\b(?:{rx})")) for cls, rx in _ACTION_CLASS)


def _said_classes(action: str) -> list[str]:
    """The classes whose words a promise's action (lower case) uses, in ``_ACTION_CLASS``'s order."""
    return [cls for cls, rx in _ACTION_CLASS_RES if rx.search(action)]


#: a subject that is the act itself, whatever the verb that promises it: "the formal signing is due
#: next month", "the signing ceremony will be held in Accra" promise a signing (eleventh
#: blind check; one row each, with the subject a test reads in tests/test_linking_blind11.py)
_SUBJECT_ACTS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("sign", re.compile(r"(?i)^(?:the\s+|a\s+|its\s+)?(?:formal\s+|official\s+)?(?:signing|signature|ratification)"
                        r"(?:\s+ceremony)?(?:\s+(?:of|on)\b|\s*$)"), "formal signing"),
)


def action_class(action: str | None, body: BodyMention | None, subject: str = "") -> str:
    a = (action or "").lower()
    if a in lexicon.GOODS_ARRIVING and lexicon.goods_kinds(subject):
        return DELIVER  # "the first two jets will land in June": goods delivered (a person landing visits)
    for act, subject_rx, _example in _SUBJECT_ACTS:
        if subject_rx.search(subject.strip()) and (not a or _ACTION_CLASS_RES[0][1].search(a)):
            return act
    if said := _said_classes(a):
        return said[0]
    if body is not None:
        hc = head_class(body.head or body.key)
        return {"agreement": "sign", "initiative": "launch"}.get(hc, "meet")
    hc = head_class(subject)
    return {"agreement": "sign", "initiative": "launch"}.get(hc, "meet")


def same_done_verb(c: CommitmentView, ev: EventMention) -> bool:
    """Does a report of a thing done (``lexicon.DONE_VERBS``: "released", "lifted") report the
    promise's own verb ("will release", "will lift")?"""
    said = (c.action or "").lower().split()
    return any(" ".join(said[:len(base.split())]) == base
               for base in lexicon.done_bases(ev.verb, ev.object_text))


def compatible_actions(event_action: str, commitment_action: str, event: EventMention) -> bool:
    if event_action == commitment_action or event_action == "progress":
        return True
    if (event_action, commitment_action) == ("sign", "conclude"):
        return True  # a signed agreement was concluded
    pair = {event_action, commitment_action}
    if pair == {"meet", "launch"}:
        # launch ≈ inaugural meeting
        return bool(event.ordinal == 1 or re.search(r"(?i)inaugura|first", event.quote))
    return False


@dataclass
class CommitmentView:
    id: int
    source_id: int | None
    made_on: dt.date
    subject: str
    quote: str = ""
    action: str | None = None
    actors: tuple[str, ...] = ()
    due_start: dt.date | None = None
    due_end: dt.date | None = None
    status: str = "open"
    kind: str = "commitment"
    span: tuple[int | None, int | None] = (None, None)
    parent_id: int | None = None
    recurrence: str | None = None  # "annual" for "every year"; derived from the quote when None
    host: str | None = None  # the country promised to host it ("in India", "Australia to host")
    # derived
    body: BodyMention | None = None
    key: str | None = None
    action_cls: str = "meet"
    countries: frozenset[str] = frozenset()
    ordinal: int | None = None  # resolved ("the next meeting" after the 15th = 16)
    anchors: frozenset[str] = frozenset()  # bodies its quote sets its time by ("before the JC")

    @property
    def active(self) -> bool:
        return self.status in ("open", "in_progress")

    @cached_property
    def units(self) -> frozenset[int]:
        """The numbers of the units its subject and quote name (``unit_numbers``): read once
        per commitment, not for every event it is tried against (``same_unit_numbers``)."""
        return unit_numbers(self.subject + " ; " + self.quote)


def prepare(c: CommitmentView, reg: Registry | None = None,
            context: tuple[BodyMention, ...] | list[BodyMention] = (),
            document: tuple[BodyMention, ...] | list[BodyMention] = (),
            doc_parties: frozenset[str] = frozenset()) -> CommitmentView:
    """Fill in the body key, action class, countries and ordinal of a commitment.

    ``context``: body mentions before the commitment in its document; mentions inside the
    commitment's span (when given) are its quote's names as the document reads them.
    ``document``: every body mention of the document (its title and later sentences
    included): a meeting promised with no series of its own ("officials will meet their
    counterparts") takes the one series the whole document names (``document_series``).
    ``doc_parties``: the countries the document names (``bodies.document_parties``): a promise
    naming one of a bilateral document's two, or none, is the pair's (``document_pair``).
    """
    reg = reg if reg is not None else load_registry()
    made = {"conclude": "agreement", "sign": "agreement", "launch": "initiative", "meet": "meeting"}
    start, end = c.span if c.span else (None, None)
    before = tuple(m for m in context if start is None or m.start < start)
    inside = tuple(m for m in context if start is not None and end is not None
                   and start <= m.start and m.end <= end)
    c.body = resolve_subject(c.subject, c.quote, reg, before,
                             made.get(action_class(c.action, None, c.subject)), inside)
    c.anchors = frozenset(anchor_keys(c.quote, inside or find_bodies(c.quote, reg), before, reg))
    if c.body is None and document:
        c.body = document_series(c, document, reg)
    elif c.body is not None and document and c.body.key not in reg.bodies \
            and all(m.key != c.body.key for m in document):
        # a lower-case description read as a name of its own ("the cooperation council
        # meeting") that the document names in full, also after it ("the High-Level Cooperation
        # Council"): that body
        full = described(c.subject, [m for m in document if not m.sub and not m.part], reg)
        if full is not None:
            c.body = replace(full, start=0, end=len(c.subject), text=c.subject, label=full.label or full.text,
                             ordinal=c.body.ordinal, next=c.body.next)
    c.key = c.body.full_key if c.body else None
    c.action_cls = action_class(c.action, c.body, c.subject)
    cs = set(c.body.countries if c.body else ())
    if len(cs) < 2:
        # (a name that lists its parties, "a Kenya-Togo summit", says whose it is; an actor
        # read from around it, "Ghana" hosting it, is not one more party)
        cs |= countries_in(" ; ".join(a for a in c.actors), reg)
    if c.body is None:
        # a promise naming no body: the countries its subject names are parties too
        # ("welcoming Ghanaian President Mahama to Kenya"), its structural key's party set
        cs |= countries_in(c.subject, reg)
    if not cs or (len(cs) == 1 and c.action_cls == "meet" and c.body is not None
                  and (c.body.key in reg.bodies and reg.bodies[c.body.key].group is None
                       or c.body.key not in reg.bodies and is_generic(c.body.key, reg))):
        # a registry format held by pairs of countries needs two: "Both the Indian ministers
        # resolved to continue meetings in this format, said a joint Indo-U.S. statement" is
        # an India-U.S. series (a multilateral series keeps its one named host); so does a
        # generic name: "Kenya's President will travel to Ghana for the Annual Leaders' Meeting"
        # is a Kenya-Ghana meeting (the shape of an Indonesia-Australia announcement, 2022)
        cs |= countries_in(c.quote, reg)
    pair = document_pair(doc_parties)
    if pair and len(cs) < 2 and cs <= pair and not of_organisation(c.quote + " ; " + c.subject):
        # "Kenya will host the next round in May", in a Kenya-Ghana joint statement: the
        # pair's round (a document naming a third country says no pair; nor is a summit of an
        # organisation, "Kenya will host the next AU summit", a pair's)
        cs = set(pair)
    c.countries = frozenset(cs)
    c.ordinal = c.body.ordinal if c.body else None
    if c.recurrence is None:
        c.recurrence = recurrence_of(c.quote, c.subject)
    if c.host is None and c.action_cls == "meet":
        # (a promised visit of no series is hosted where it goes, not where a clause says it was
        # promised: "would visit China later this year after a meeting at a summit in Indonesia";
        # one for a series' meeting keeps the meeting's host, "will visit Japan for the summit")
        c.host = host_of(c.subject, reg) \
            or (visit_destination(c, reg) if c.body is None and promises_visit(c) else None) \
            or host_of(c.quote, reg, sentence=True)
    return c


def of_organisation(text: str) -> bool:
    """Does a text name an organisation of states (the party table's ``organisations``: the
    AU, NATO, the Quad)?"""
    return any(m.party.kind == ORGANISATION for m in find_parties(text))


def document_pair(doc_parties: frozenset[str]) -> frozenset[str]:
    """The two parties of a bilateral document: the countries it names when they are two
    (title included), else none."""
    return doc_parties if len(doc_parties) == 2 else frozenset()


#: a promise of a meeting says so, by its verb or its noun: "will meet their counterparts", "hold
#: talks", "the next session", "the event will take place", a visit for it (a courtesy call or a dinner during a visit is no meeting of the
#: series the document names, twelfth blind check)
_A_MEETING = re.compile(r"(?i)\b(?:meet|meets|meeting|met|talks|summit|session|dialogue|consultations|round"
                        r"|convene|gather|confer|negotiat\w*|event|take\s+place|visit|visits|trip"
                        # ("hold" or "held" only with an occasion held: "will hold law enforcement
                        # training" names none; thirty-ninth blind check)
                        r"|(?:hold|held)(?=\s*;\s*(?:the\s+|a\s+|an\s+)?(?:next\s+|first\s+|\w+\s+){0,3}?"
                        r"(?:(?:forum|retreat|gathering|exchange)s?\b|" + lexicon.occasion_noun() + r")))\b")


#: a meeting named as where something else is done: "the modalities, to be decided at a high-level
#: meeting in Nairobi" promise a decision there, not the meeting
_AT_MEETING = re.compile(r"(?i)\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|their|its)\s+[^,;]*")


def document_series(c: CommitmentView, document: tuple[BodyMention, ...] | list[BodyMention],
                    reg: Registry) -> BodyMention | None:
    """The series of a meeting promised with no name of its own, from its whole document:
    "Kenyan officials will meet their Ghanaian counterparts in Accra on 8 October. The
    Kenya-Ghana Security Dialogue will review ..." promises the Security Dialogue. Only a
    meeting (its action and its subject), only when the document (title, sentences before
    and after) names exactly one meeting series, of parties compatible with the promise's;
    a document naming two (or none) gives nothing (the structural fallback of ``suggest``
    may still link it)."""
    if action_class(c.action, None, c.subject) != "meet" or head_class(c.subject) != "meeting" \
            or not _A_MEETING.search(_AT_MEETING.sub(" ", f"{c.action or ''} ; {c.subject}")):
        return None  # ("will pay a courtesy call on the President", "will host a dinner": no meeting)
    if OWN_BUSINESS.search(c.subject or "") or OWN_EDITION.search(c.subject or ""):
        return None  # "a meeting of experts on fisheries", "an informal summit": its own, not the series' next
    series = {m.key: m for m in document
              if not m.sub and not m.part and head_class(m.head or m.key) == "meeting"
              and not is_persons_meetings(m)}
    if len(series) != 1:
        # two series named: the one a description names ("the cooperation council meeting")
        m1 = described(c.subject, tuple(series.values()), reg)
        if m1 is None:
            return None
        series = {m1.key: m1}
    m = next(iter(series.values()))
    if is_anchor(m.key, set(c.anchors)):
        return None  # "a meeting of the border guards before the Joint Commission": not the Commission
    mine = countries_in(" ; ".join(c.actors) + " ; " + c.quote, reg)
    if not parties_compatible(frozenset(mine), m.countries):
        return None
    return replace(m, start=0, end=len(c.subject), text=c.subject, label=m.label or m.text,
                   ordinal=None, next=False)


_PLACE = r"(?:the\s+)?(?!" + MONTH_FULL + r"\b)(?P<place>[A-Z][\w.'’-]*(?:(?:\s+|,\s*)(?:the\s+)?[A-Z][\w.'’-]*){0,3})"
_HOST_RE = (
    re.compile(r"\bconfirmed\s+" + _PLACE + r"\s+as\s+(?:the\s+)?host\b"),
    re.compile(r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:will|would|is\s+to|is\s+set\s+to"
               r"|to|has\s+offered\s+to|agreed\s+to)\s+host\b"),
    re.compile(r"\bhosted\s+by\s+" + _PLACE),
    re.compile(r"(?<!after the )(?<!following the )\b(?:held|take\s+place|convened?|meet|summit|visit)"
               r"\s+(?:[\w,]+\s+){0,3}?in\s+" + _PLACE),
    # subjects only: "2024 Quad Leaders' Summit in India", "Quad Leaders in Australia"
    re.compile(r"\b(?:summit|meeting|dialogue|talks|consultations|conference|visit|leaders|ministers)"
               r"['’]?\s+in\s+" + _PLACE),
    re.compile(r"(?:^|[\s,])in\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*$"),
)


def _one_country(text: str, reg: Registry) -> str | None:
    cs = countries_in(text, reg)
    return next(iter(cs)) if len(cs) == 1 else None


def host_of(text: str, reg: Registry | None = None, *, sentence: bool = False) -> str | None:
    """The one country a meeting is promised in: "2024 Quad Leaders' Summit in India",
    "Chile to host", "hosted by Peru", "will be held in the Chilean capital Santiago".
    In a whole sentence (``sentence``) a bare "in X" is not enough ("said in Tokyo")."""
    reg = reg if reg is not None else load_registry()
    for rx in (_HOST_RE[:-2] if sentence else _HOST_RE):
        for m in rx.finditer(text or ""):
            c = _one_country(m.group("place"), reg)
            if c:
                return c
    return None


_VISIT_TO = re.compile(r"\b(?i:visit(?:s|ing)?(?:\s+to)?|(?:travel|travels|travelling|traveling|fly|flies|go|goes|"
                       r"trip|return|returns)\s+to|arrive\s+in|be\s+in)\s+" + _PLACE)


def visit_destination(c: CommitmentView, reg: Registry) -> str | None:
    """The one country a promised visit goes to: its subject when that is a place ("Ghana",
    "to Accra"), else the first "visit / travel to / arrive in <Place>" of its quote."""
    subj = re.sub(r"(?i)^\s*(?:to|in)\s+", "", c.subject or "")
    if re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}", subj.strip()) \
            and (one := _one_country(subj, reg)) is not None:
        return one
    for m in _VISIT_TO.finditer(c.quote or ""):
        if (one := _one_country(m.group("place"), reg)) is not None:
            return one
    return None


def place_of(quote: str, reg: Registry) -> str | None:
    """The country an event is reported in: "held ... in Cusco, Peru" (first "in/at <Place>"
    naming one country)."""
    for m in re.finditer(r"\b(?:in|at)\s+" + _PLACE, quote or ""):
        c = _one_country(m.group("place"), reg)
        if c:
            return c
    return None


def event_place(ev: EventMention, reg: Registry, *, sidelines: bool = True) -> str | None:
    """The country a meeting is reported held in, read in the clause that names it (the
    meeting's host, clause by clause: another clause's "met in Accra" is another event's
    place), less the clauses about another occasion (``events.own_clauses``, the sidelines
    clause with ``sidelines``); with no clause break (or no body named in the sentence) the
    sentence's (``place_of``). A clause naming the meeting but no place gives none."""
    at = ev.body.start - ev.span[0] if ev.body is not None and ev.span[0] <= ev.body.start < ev.span[1] \
        else None
    return place_of(own_clauses(ev.quote, sidelines=sidelines, at=at), reg)


@dataclass(frozen=True)
class SourceEvents:
    source_id: int
    published_on: dt.date
    events: tuple[EventMention, ...]
    file_name: str = ""
    # (long-name key, acronym key) pairs the source defines: "Security Consultative Committee
    # (2+2)" tells every source that the two names are one body (bodies.acronym_pairs)
    aliases: tuple[tuple[str, str], ...] = ()


def alias_roots(pairs: Iterable[tuple[str, str]], reg: Registry) -> dict[str, str]:
    """One key per body: for each key in ``pairs`` (names some source defines as each
    other's acronym, "Australia-US Ministerial Consultations (AUSMIN)"), the key of its
    class: the registry's, else the longer name's. Keys in no pair are their own (absent
    here). The result does not depend on the order of ``pairs``."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    def better(a: str, b: str) -> str:
        return max(a, b, key=lambda k: (k in reg.bodies, len(k.split()), k))

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep = better(ra, rb)
            parent[ra if keep == rb else rb] = keep
    return {k: find(k) for k in parent}


#: the occasions a body's name may end with, read apart from the name when an acronym joins two
#: names: "the EPC summit" is the summit of the European Political Community once a text defines
#: "(EPC)" (twenty-first blind check; "meeting" is no word of a key), and "the RCEP agreement" the
#: agreement of the Regional Comprehensive Economic Partnership (twenty-second)
ALIAS_HEADS = frozenset(["summit", "conference", "agreement"])


def alias_core(key: str) -> tuple[str, tuple[str, ...]]:
    """A key's name without its occasion (``ALIAS_HEADS``) and the occasion's words: ("epc",
    ("summit",)) for "epc summit"; the key itself and () when it has none or is only one."""
    ws = key.split()
    heads = tuple(w for w in ws if w in ALIAS_HEADS)
    if not heads or len(heads) == len(ws):
        return key, ()
    return " ".join(w for w in ws if w not in ALIAS_HEADS), heads


def with_heads(core: str, heads: tuple[str, ...]) -> str:
    """The key of name ``core`` with the occasion ``heads`` (a key's words are sorted, each
    once: a name that has the occasion already keeps it once)."""
    return " ".join(sorted(set(core.split()) | set(heads)))


def unified(key: str, roots: dict[str, str]) -> str | None:
    """The key of ``key``'s class (``alias_roots``): its own root, else its name's with its
    occasion (``alias_core``); None when no acronym joins it to another name."""
    if key in roots:
        return roots[key]
    core, heads = alias_core(key)
    return with_heads(roots[core], heads) if heads and core in roots else None


def unify_key(body: BodyMention | None, roots: dict[str, str]) -> BodyMention | None:
    """``body`` under its class's key (``alias_roots``, ``unified``)."""
    if body is None or (key := unified(body.key, roots)) is None:
        return body
    return replace(body, key=key)


def unify_keys(commitments: list[CommitmentView], sources: list[SourceEvents],
               reg: Registry) -> tuple[list[CommitmentView], list[SourceEvents]]:
    """One key per body across the corpus (``alias_roots``), in the events and in the
    (prepared) commitments. Returns new lists; the arguments are not changed."""
    roots = alias_roots((p for s in sources for p in s.aliases), reg)
    if not roots:
        return list(commitments), sources
    out = []
    for s in sources:
        evs = tuple(replace(ev, body=unify_key(ev.body, roots))
                    if ev.body is not None and unified(ev.body.key, roots) is not None else ev
                    for ev in s.events)
        out.append(replace(s, events=evs))
    cs = []
    for c in commitments:
        if c.body is not None and unified(c.body.key, roots) is not None:
            body = unify_key(c.body, roots)
            c = replace(c, body=body, key=body.full_key if body else None)
        cs.append(c)
    return cs, out


#: what a stored suggestion is unique by: (commitment id, source id, kind, span start)
SuggestionKey = tuple[int, int | None, str, int | None]


@dataclass(frozen=True)
class Suggestion:
    commitment_id: int
    source_id: int | None
    kind: str  # fulfils | partially_fulfils | progress | missed | restates
    confidence: float
    event_date: dt.date | None
    quote: str
    span_start: int | None
    span_end: int | None
    reason: str
    timeliness: str | None = None  # on_time | late | early | None
    #: why ``_fulfil`` took it, still to write (the matcher decides every pair first and writes
    #: the reasons of those it keeps, ``_rendered``): ``reason`` holds what follows it
    why: FulfilReason | None = field(default=None, compare=False, repr=False)

    @property
    def unique(self) -> SuggestionKey:
        return (self.commitment_id, self.source_id, self.kind, self.span_start)


# --- helpers --------------------------------------------------------------------------


def _fmt(d: dt.date | None) -> str:
    return d.isoformat() if d else "…"


def _window(c: CommitmentView) -> str:
    return _window_text(c.due_start, c.due_end)


@lru_cache(maxsize=65536)
def _window_text(start: dt.date | None, end: dt.date | None) -> str:
    """(cached: the matcher writes a window into the reason of every pair it tries)"""
    if start is None and end is None:
        return "no window"
    return f"{_fmt(start)}…{_fmt(end)}"


#: the parties' talks and their rounds (``bodies._TALKS_ROUND``, ``_TALKS_KINDS``): a name that says
#: nothing of whose talks they are, so a report must share a country with the promise
_PARTIES_TALKS = frozenset(["talks", "talks/round"])


def parties_compatible(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Can a candidate with ``theirs`` be of the same series as an item with ``mine``? The
    same parties, or one list inside the other (a report naming a third country present),
    or no party list (one country or none) on either side. India–Japan and India–Australia
    dialogues of one name are two series: a plan of one never moves the other's promise
    (``_replaced``), and the link index never fetches one as the other's candidate."""
    return len(mine) <= 1 or len(theirs) <= 1 or mine <= theirs or theirs <= mine


def _countries_ok(c: CommitmentView, ev: EventMention, reg: Registry | None = None) -> bool:
    if c.key in _PARTIES_TALKS and not (c.countries & ev.countries):
        return False  # "the next round of talks": whose, only the countries tell (none: no one's)
    if not c.countries or not ev.countries:
        return True
    if c.host and c.countries <= {c.host}:
        return True  # the promise names only where it is to be held: no party list to compare
    if c.key and not is_generic(c.key.split("/")[0], reg):
        # a named series: a host city in the promise or one country in the report is no party list
        return bool(c.countries & ev.countries) or len(ev.countries) <= 1 or len(c.countries) <= 1
    return same_pair(c.countries, ev.countries)


def same_pair(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Do two party sets name the same generic meeting's parties? Two shared, or every party of
    the smaller set ("a Kenya-Togo summit" is not "the Kenya-Ghana summit")."""
    return len(mine & theirs) >= min(2, len(mine), len(theirs))


def _party_names(countries: Iterable[str]) -> str:
    """The parties as a reason names them: "Ghana, Kenya"."""
    return ", ".join(sorted(x.title() for x in countries))


def _unkept(keyed_miss: bool, chosen: list[Suggestion]) -> bool:
    """No report of the promise's own series says it was missed, and none chosen keeps it: the
    fallbacks may try."""
    return not keyed_miss and not any(sg.kind in ("fulfils", "partially_fulfils") for sg in chosen)


def _within_parties(c: CommitmentView, ev: EventMention) -> bool:
    """Does a report name two or more of the promise's parties and no other?"""
    return len(ev.countries & c.countries) >= 2 and ev.countries <= c.countries


_STOPWORDS = {"a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "by", "at", "from", "its", "their", "this", "that", "these", "those", "new", "joint", "bilateral", "further", "next", "between", "both", "two", "sides", "all"}


def _singular(word: str) -> str:
    """A word as the overlap compares it: a plural's "s" dropped from a word of five letters or more."""
    return word.rstrip("s") if len(word) > 4 else word


def _content(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9+]+", text.lower().replace("u.s.", "us"))
    return {lexicon.SAME_WORDS.get(w) or _singular(w) for w in words if w not in _STOPWORDS and len(w) > 1}


@lru_cache(maxsize=65536)
def _thing_words(text: str) -> frozenset[str]:
    """The content words of a deliverable less those of its parties' names ("Kenya-Ghana passenger
    train" -> passenger, train): what it is, not whose."""
    return frozenset(w for w in _content(text) if not countries_in(w.capitalize()))


def business_words(text: str) -> frozenset[str]:
    """The content words of a deliverable's business of its own (``bodies.OWN_BUSINESS``: "a
    meeting of experts on grid storage" -> grid, storage); empty when it names none."""
    m = OWN_BUSINESS.search(text or "")
    return frozenset(_content(m["topic"])) if m is not None else frozenset()


@lru_cache(maxsize=65536)
def deliverable_overlap(a: str, b: str) -> float:
    """The share of content words two deliverables share (0 for fewer than two, or when each
    names business of its own and the two share none of it, or each a poll of another level);
    cached: a plan compares each new promise with every one of its context."""
    x, y = _content(a), _content(b)
    if len(x) < 2 or len(y) < 2:
        return 0.0
    common = x & y
    if len(common) < 2:
        return 0.0
    ta, tb = business_words(a), business_words(b)
    if ta and tb and not ta & tb:
        return 0.0  # "a meeting of experts on health" is not one "on agriculture"
    if lexicon.other_polls(a, b):
        return 0.0  # the upper house's elections are not the lower house's (``lexicon.POLL_LEVELS``)
    if other_proper_names(a, b):
        return 0.0  # "the Gotthard Base Tunnel" is not "the Ceneri Base Tunnel"
    if _accessory_apart(a, b):
        return 0.0  # "train tickets" are not "the passenger train" (``lexicon.ACCESSORY_NOUNS``)
    return len(common) / min(len(x), len(y))


def _one_thing_done(promised: str, done: str) -> float:
    """1.0 when a deed reported by the promise's own verb (``same_done_verb``) names the one thing
    the promise names ("will adopt the euro", then "adopted the euro"; "will ban plastic bags", then
    "banned plastic bags"): one content word each side, or the promise's one word the report's head;
    else 0.0 (``deliverable_overlap`` wants two words in common)."""
    x, y = _thing_words(promised), _thing_words(done)
    if len(x) == 1 and x <= y and (len(y) == 1 or _head_noun(done) in x):
        return 1.0
    return 0.0


def _head_noun(text: str) -> str:
    """A deliverable's head: its last word before a "for" / "of" / "to" phrase, singular."""
    words = re.findall(r"[a-z0-9+]+", re.split(r"(?i)\s(?:for|of|to|between|in|at|on)\s", text)[0].lower())
    return _singular(words[-1]) if words else ""


def serves_another(subject: str) -> bool:
    """Is a deliverable a thing that serves another (``lexicon.ACCESSORY_NOUNS``: "train tickets",
    "the tender for the bridge")? It is not the works nor the occasion it serves."""
    return _head_noun(subject) in lexicon.ACCESSORY_NOUNS


def _accessory_apart(a: str, b: str) -> bool:
    """Is one deliverable a thing that serves the other (``serves_another``) and the other not the
    same kind of thing?"""
    return _head_noun(a) != _head_noun(b) and (serves_another(a) or serves_another(b))


#: a proper name: a run of capitalised words ("Ceneri Base Tunnel", "Nord Stream 2")
_PROPER_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+))*")


#: the person a promise of meeting names: "meetings | with | Vietnamese Prime Minister Nguyen Xuan Phuc"
_WITH_PERSON = re.compile(r"\bwith\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,6})")


_OFFICE_TITLE_RE = re.compile(r"(?:" + lexicon.OFFICE_TITLE + r")\b")
#: the words of the office titles (``lexicon.OFFICE_TITLES``): no part of a person's name
_TITLE_WORDS = frozenset(w.lower() for t in lexicon.words(lexicon.OFFICE_TITLES, "people") for w in t.split())


@lru_cache(maxsize=4096)
def _person_met(subject: str) -> tuple[str, ...]:
    """The words of the personal name after "with <office> ..." in a promise's subject (a title,
    "Minister", "Prime" ... and a country's adjective are not the name), else ()."""
    m = _WITH_PERSON.search(subject or "")
    if m is None or not _OFFICE_TITLE_RE.search(m.group("name")):
        return ()
    return tuple(w for w in m.group("name").split()
                 if w.lower() not in _TITLE_WORDS and not find_parties(w) and w.lower() not in _STOPWORDS)


#: a person named after a title of office or "the Honourable": "Minister Mahuta", "The Honourable
#: Marc Miller", "Prime Minister Viktor Orbán" (the name is its words up to four, capitalised)
_TITLED_PERSON = re.compile(r"(?:\b(?:" + lexicon.alternation([r.word for r in lexicon.OFFICE_TITLES])
                            + r"|PM|Honourable|Hon\.))\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


@lru_cache(maxsize=65536)
def titled_people(text: str) -> tuple[frozenset[str], ...]:
    """The people ``text`` names with a title (``_TITLED_PERSON``), each as the words of the name
    that are no title's word and no party's name, lower case (a set: "Orbán Viktor" and "Viktor
    Orbán" are one person)."""
    out = []
    for m in _TITLED_PERSON.finditer(text or ""):
        words = frozenset(parties.plain_letters(w.lower().removesuffix("'s").removesuffix("’s").strip("'’-"))
                          for w in m.group("name").split()
                          if w.lower() not in _TITLE_WORDS and not find_parties(w))
        if words:
            out.append(words)
    return tuple(out)


#: the modal or schedule word after a promise's subject ("The Honourable Marc Miller, Minister of
#: ..., | will also meet with Minister Mahuta"): extraction's modals and its "is expected to"
#: participles (``lexicon.SCHEDULE_WORDS`` use ``expected_to``)
_SUBJECT_END = re.compile(r"\b(?:" + MODAL_WORDS + r"|is\s+(?:" + lexicon.alternation(
    lexicon.words(lexicon.SCHEDULE_WORDS, "expected_to")) + r")\s+to)\b")


def other_people(c: CommitmentView, ev: EventMention) -> bool:
    """Does a promise to meet name who meets with a title before its modal ("The Honourable Marc
    Miller, Minister of ..., will also meet with Minister Mahuta"), and the report name others who
    met, not that one ("Minister Joly met Minister Mahuta")? One visit's meetings with several
    ministers are kept each by its own report (forty-second blind check). With no one named before
    the modal, the people of the whole promise ("He will meet President Mahama"): kept by a report
    naming any of them. A person is the same when a word of the name is shared; a report naming no
    one says nothing."""
    if c.action != "meet":
        return False
    end = _SUBJECT_END.search(c.quote)
    mine = (end is not None and titled_people(c.quote[:end.start()])) or titled_people(c.quote)
    theirs = titled_people(own_clauses(ev.quote))
    return bool(mine) and bool(theirs) and not any(p & q for p in mine for q in theirs)


@lru_cache(maxsize=65536)
def _proper_names(text: str) -> tuple[tuple[str, ...], ...]:
    """The proper names of ``text`` of two words or more, lower-cased, less the words of a party's
    name (``parties.find_parties``: "the Kenya-Ghana Joint Commission" is named "joint commission")."""
    blank = list(text)
    for p in find_parties(text):
        blank[p.start:p.end] = " " * (p.end - p.start)
    plain = "".join(blank)
    out = []
    for m in _PROPER_NAME.finditer(plain):
        ws = [w.strip("'’-").lower() for w in m.group(0).split()]
        ws = [w for w in ws if w and w not in _STOPWORDS]
        if len(ws) >= 2:
            out.append(tuple(ws))
    return tuple(out)


def other_proper_names(a: str, b: str) -> bool:
    """Do two deliverables bear two names of one head, each with a word the other lacks ("the
    Gotthard Base Tunnel" and "the Ceneri Base Tunnel"; thirty-fourth blind check, two base tunnels
    of one railway)? A name inside the other ("the New Gwadar International Airport", "Gwadar
    Airport") is the same one."""
    for na in _proper_names(a):
        for nb in _proper_names(b):
            if na[-1] == nb[-1] and set(na) - set(nb) and set(nb) - set(na):
                return True
    return False


#: a place a thing is in or at, after "in" / "at" (``_PLACE``, the hosts' place): "the consulate in
#: Dakhla", "opened at Changi" (no month: "in March")
_IN_PLACE = re.compile(r"\b(?:in|at)\s+" + _PLACE)


def _places(text: str) -> frozenset[str]:
    return frozenset(m.group("place").lower() for m in _IN_PLACE.finditer(text))


def _other_place(subject: str, ev: EventMention) -> bool:
    """Does a promised thing's place ("the US consulate in Ahmedabad") differ from every place its
    report names for what was done (the thing's name, else the report's own clause: "the new US
    Consulate opened in Bengaluru")? A place named on one side only says nothing. (The promise's
    place read from its whole sentence when its name gives none was tried and dropped: it moved the
    development corpus's links and nothing on the sets.)"""
    mine = _places(subject)
    if not mine:
        return False
    theirs = _places(ev.object_text) or _places(own_clauses(ev.quote))
    return bool(theirs) and not any(a in b or b in a for a in mine for b in theirs)


@lru_cache(maxsize=65536)
def _levels(name: str) -> frozenset[str]:
    """The levels a meeting's name gives (``tracker.domain.lexicon.MEETING_LEVELS``);
    cached: the matcher asks it twice for every commitment-event pair it tries."""
    return meeting_levels(name)


# --- the structural fallback: no series name shared ----------------------------------------

#: confidence of a structural link: the event's, less this, at most STRUCTURAL_CAP
STRUCTURAL_PENALTY = 0.3
STRUCTURAL_CAP = 0.5
#: a promise with a longer window ("by 2030") is too loose to be matched by parties alone
STRUCTURAL_WINDOW = dt.timedelta(days=400)
#: a promise with no window is matched by parties only to a report of this long after it
STRUCTURAL_HORIZON = dt.timedelta(days=366)
#: the event actions a promise's action class is tried against (``compatible_actions`` decides)
STRUCTURAL_ACTIONS: dict[str, tuple[str, ...]] = {
    "meet": ("meet", "launch"), "launch": ("launch", "meet"), "conclude": ("conclude", "sign"),
    "sign": ("sign",)}

#: the kind of deliverable a promise or a report names (one row each: pattern, kind, an
#: example a test reads). The structural fallback links a promise and a report of the same
#: parties only when their kinds, where both name one, share one: a leaders' summit or visit
#: is not the ministers' or the officials' meeting of the same two countries.
DELIVERABLE_KINDS: tuple[tuple[str, str, str], ...] = (
    ((r"\b(?:summits?|leaders?|state\s+visits?|presidents?|prime\s+ministers?"
      r"|heads?\s+of\s+(?:state|government)|kings?|chancellors?)\b"),
     "leaders", "President Ruto will visit Accra for talks with President Mahama."),
    # a visit is its own kind: whose it is comes from the other rows ("the foreign minister
    # will visit" is no summit; "President Ruto will visit" is a leaders' visit)
    (r"\b(?:visits?|visiting|trip)\b", "visit", "The Kenyan foreign minister will visit Accra in May."),
    (r"\b(?:ministers?|ministerial|secretar(?:y|ies)|2\+2|two-plus-two)\b",
     "ministers", "The Kenyan and Ghanaian trade ministers will meet in Nairobi."),
    (r"\b(?:officials|officers|working\s+groups?|experts?|technical)\b",
     "officials", "Kenyan officials will meet their Ghanaian counterparts in Accra."),
    # the armed forces' own channel: "restore military communications" is kept by the defence
    # chiefs' call, not by the leaders who agreed to it
    ((r"\b(?:military(?:-to-military)?\s+(?:communications?|contacts?|channels?|talks|dialogue|hotline"
     r"|counterparts?|leaders|chiefs)|(?:defen[cs]e|armed\s+forces)\s+(?:ministers?|chiefs?|secretar(?:y|ies)"
     r"|officials)|secretar(?:y|ies)\s+of\s+defen[cs]e|chiefs?\s+of\s+(?:the\s+)?(?:defen[cs]e\s+)?staff"
     r"|generals?|admirals?)\b"),
     "military", "The Kenyan and Ghanaian defence chiefs will meet in Mombasa."),
    (r"\b(?:" + EXERCISE_WORDS + r")\b",
     "exercise", "Kenya and Ghana will hold a joint naval exercise in June."),
    # a cultural occasion (``lexicon.CULTURAL_OCCASIONS``): kept by a report of one, not by a meeting
    (r"\b" + lexicon.CULTURAL_OCCASION + r"\b",
     "cultural", "Kenya and Ghana will hold a cultural festival in Nairobi in May."),
    # instruments signed: "will sign new agreements during the meeting" is kept by a report that
    # the parties "signed 15 agreements" then (sixteenth blind check), not by their summit's report
    (r"\b(?:agreements?|accords?|deals?|memorand(?:a|ums?)|mous?|protocols?|treat(?:y|ies))\b",
     "instruments", "Kenya and Ghana will sign new agreements during the visit."),
    # works built: a promise to begin or open one is kept by a report of that kind of works, not
    # by a meeting or a signing of the same parties (nineteenth blind check)
    (r"\b" + lexicon.WORKS_NOUN + r"\b",
     "works", "Kenya and Ghana will begin construction of the Mombasa-Accra railway in August."),
)
_KIND_RES = tuple((re.compile(rx, re.IGNORECASE), kind) for rx, kind, _ex in DELIVERABLE_KINDS)
#: the kinds of ``DELIVERABLE_KINDS`` that name a thing done, not who meets: kept by the structural
#: fallback only from a report of the same kind
_THING_KINDS = frozenset(["exercise", "cultural", "instruments", "works"])
#: a text that names an occasion (``lexicon.occasion_noun``): a promise's subject the structural
#: fallback's meetings keep, a meeting a decision is promised at (``_decided_at_meeting``)
_OCCASION_NAMED = re.compile(r"(?i)" + lexicon.occasion_noun())


@lru_cache(maxsize=65536)
def deliverable_kinds(text: str) -> frozenset[str]:
    """The kinds (``DELIVERABLE_KINDS``) a promise's subject or a report's name gives."""
    return frozenset(kind for rx, kind in _KIND_RES if rx.search(text or ""))


def _kind_text(c: CommitmentView) -> str:
    """A promise's words for its kind: the action ("visit"), the subject and its body's name,
    or with no body its quote (who visits: "President Ruto will visit Accra")."""
    return (f"{c.action or ''} ; {c.subject} ; "
            + ((c.body.label or c.body.text) if c.body is not None else c.quote))


def _event_kind_text(ev: EventMention) -> str:
    if ev.body is not None and not is_persons_meetings(ev.body):
        return ev.body.text + " ; " + ev.body.label
    if ev.body is not None:  # a person's meetings: who met whom, as the sentence says
        return ev.quote
    if is_meeting_visit(ev):
        return ev.object_text + " ; " + ev.quote  # the visitor met the hosts: who met whom
    return ev.object_text or ev.quote


def _promised_class(c: CommitmentView) -> str:
    """meeting | agreement | initiative (``bodies.head_class``) of what a promise makes."""
    return head_class(c.body.head or c.body.key) if c.body is not None else head_class(c.subject)


def _reported_class(ev: EventMention) -> str:
    """The same of what a report says was done: its body's, else what was signed or
    launched, else what the action makes (a meeting held, an agreement signed)."""
    if ev.body is not None and not (ev.action == "sign" and head_class(ev.body.head or ev.body.key) == "meeting"):
        return head_class(ev.body.head or ev.body.key)
    # (a meeting's body on a signing is where it was signed: "signed 15 agreements" at the
    # council's meeting reports agreements signed, sixteenth blind check)
    if ev.object_text:
        # the object's own noun phrase, not a clause after it: "a joint communique outlining their
        # plan to conclude the treaty" is a communique (eleventh blind check)
        return head_class(_OBJECT_CLAUSE.split(ev.object_text, maxsplit=1)[0])
    return {"sign": "agreement", "conclude": "agreement"}.get(ev.action, "meeting")


_OBJECT_CLAUSE = re.compile(r"(?i)\s(?:\w{3,}ing\s+(?:their|its|the|a|an|his|her|our|to|that|on|for)|that|which"
                            r"|who|whereby)\b")


_FIRST = re.compile(r"(?i)\b(?:first|inaugura\w*)\b")


def specific_series(key: str | None, reg: Registry) -> bool:
    """A series named by a name of its own: a registry body (the Cyber Dialogue and the
    Strategic Dialogue of one pair are two series, whatever their countries) or a name of more
    than a generic head ("Kenya-Ghana Energy Dialogue"); not a generic name ("summit",
    "dialogue", ``bodies.GENERIC_HEADS``) nor a person's meetings. Two different specific
    names are two series: the structural fallback never links one to the other."""
    if not key:
        return False
    base = key.split("/")[0]
    if is_persons_meetings(base):
        return False
    return base in reg.bodies or not (base in GENERIC_HEADS or len(base.split()) <= 1)


def named_by_who_met(c: CommitmentView, ev: EventMention, reg: Registry) -> bool:
    """Is the promised meeting named by the people a report says met? "the Ruto-Mensah meeting"
    (a name of two or more words, none a country or a capital) is kept by "President William Ruto
    and Prime Minister Kofi Mensah met" (twelfth blind check)."""
    if c.body is None or c.key is None:
        return False
    words = c.key.split("/")[0].split()
    if len(words) < 2 or countries_in(c.body.text, reg) or any(w in GENERIC_HEADS for w in words):
        return False
    said = set(re.findall(r"(?-i:[A-Z])[\w'’-]+", ev.quote))
    return all(w.capitalize() in said or w.title() in said for w in words)


def structural_ok(c: CommitmentView) -> bool:
    """Can a promise be linked by the structural fallback? One of two or more named parties,
    not recurring, with a window of at most ``STRUCTURAL_WINDOW`` (a promise "by 2030" is too
    loose), of a body itself (not a sub-group or a round)."""
    if c.recurrence or len(c.countries) < 2 or c.action_cls not in STRUCTURAL_ACTIONS:
        return False
    if c.body is None and not _said_classes((c.action or "").lower()):
        return False  # "implement the vision": a meeting only by default, no deliverable
    if c.body is None and not deliverable_kinds(_kind_text(c)):
        return False  # a promise naming no body says who meets (leaders, officials ...) or no
        # report of the parties can be told to be its ("a workshop on grid storage")
    if c.body is not None and (c.body.sub or c.body.part):
        return False
    return c.due_end is None or c.due_end - (c.due_start or c.made_on) <= STRUCTURAL_WINDOW


#: how early a visitor may arrive and still be on the visit promised for given days (the evening
#: before: "will visit India from August 19 to 20", then "arrived in India on Sunday", the 18th;
#: fortieth blind check)
VISIT_EARLY = dt.timedelta(days=2)
#: how late a visit made to the country it was promised to still keeps the promise, by the
#: same-visit fallback (``_same_visit``): a state visit slips by a season, not by years
VISIT_LATE = dt.timedelta(days=183)


#: the keys of an instrument named by its kind alone ("an MoU", "the agreement": the generic heads of
#: the agreement class, ``bodies.GENERIC_HEADS``): one of the pair's many; promised with no window, it
#: is kept only within ``STRUCTURAL_HORIZON`` of the promise (thirty-third blind check: "will sign an
#: MoU on energy" in 2018 was not the pair's MoU of 2022)
GENERIC_INSTRUMENTS = frozenset(k for k in GENERIC_HEADS if head_class(k) == "agreement")


#: a promise for given days (a window of at most ``DAYS_WINDOW``) is kept by a report of its
#: series at most ``DAYS_REACH`` after the window, unless the report names its edition: "a Senior
#: Officials meeting on 14-15 November" is not the commission's session five years on
DAYS_WINDOW = dt.timedelta(days=31)
#: a window of given days ("between 3 and 4 February"): a month reported later that holds it, the
#: promise made in that month, is the promised meeting (``_fulfil``'s "holds")
GIVEN_DAYS = dt.timedelta(days=7)
DAYS_REACH = dt.timedelta(days=366)


def structural_until(c: CommitmentView) -> dt.date:
    """The last day a report can fulfil a promise by the structural fallback: its window's
    end, else ``STRUCTURAL_HORIZON`` after it was made."""
    return c.due_end if c.due_end is not None else c.made_on + STRUCTURAL_HORIZON


def structural_event(ev: EventMention) -> bool:
    """Can an event be a structural candidate? A positive report of a thing done (not
    progress), between two or more named parties, of a body itself (not a sub-group or round).
    An undated one ("welcomed the ministers for the 11th 2+2") is dated by its report: it
    fulfils only a window its source's date lies in (``_fulfil``: on time or nothing)."""
    return (ev.polarity == "positive" and ev.action != "progress" and ev.body_by != "host"
            and not is_occasion(ev) and len(ev.countries) >= 2
            and not (ev.body is not None and (ev.body.sub or ev.body.part)))


class _ByParties:
    """Events by (party set, action): the key the structural fallback fetches by."""

    def __init__(self, sources: list[SourceEvents]) -> None:
        self._by: dict[tuple[frozenset[str], str], list[tuple[SourceEvents, EventMention, dt.date]]] \
            = defaultdict(list)
        for s in sources:
            for ev in s.events:
                if structural_event(ev):
                    self._by[ev.countries, ev.action].append((s, ev, _latest(s, ev)))

    def candidates(self, c: CommitmentView) -> list[tuple[SourceEvents, EventMention]]:
        return [(s, ev) for action in STRUCTURAL_ACTIONS.get(c.action_cls, ())
                for s, ev, last in self._by.get((c.countries, action), ())
                if last > c.made_on and s.source_id != c.source_id]


def _structural(c: CommitmentView, by_parties: _ByParties, reg: Registry,
                series: _Series) -> list[Suggestion]:
    """The structural fallback for a promise that no report of its own series (or words)
    fulfils: a report of the same party set and kind of deliverable, done inside the window,
    whose series is not another specific name than the promise's. Reports of two different
    named series in the window make it ambiguous: none is taken."""
    found: list[tuple[Suggestion, dt.date, dt.date | None]] = []
    stated: set[SuggestionKey] = set()
    named: dict[str, list[int]] = defaultdict(list)  # series name -> its entries in found
    matters: list[frozenset[str]] = []  # each entry's report's subject matters
    promised = subject_matters(c.subject) or subject_matters(c.quote)
    for s, ev in by_parties.candidates(c):
        if c.key and ev.key == c.key:
            continue  # tried by key already
        if len(named) > 1:
            # already ambiguous: only a report about what was promised can still count (below),
            # so the others are not tried (a pair's many dialogues, each a report in the window)
            if not promised:
                return []
            if not subject_matters(ev.quote) & promised:
                continue
        if ev.key and is_anchor(ev.key, set(c.anchors)):
            continue  # the body the promise is set before ("talks prior to the JC meeting")
        if specific_series(c.key, reg) and specific_series(ev.key, reg):
            continue
        if ev.body is None and ev.body_by == "participants" and specific_series(c.key, reg) \
                and not named_by_who_met(c, ev, reg):
            continue  # "the two ministers met" (on the sidelines of anything) is not their 2+2
        if ev.body is None and ev.body_by == "anaphora" and ev.object_text and specific_series(c.key, reg) \
                and not _thing_words(ev.object_text) & _thing_words(c.subject):
            continue  # "the Accra-Nairobi train resumed operations" names its own thing: not the
            # promised "joint transport committee" (thirty-fifth blind check)
        sg = _fulfil(c, s, ev, reg, series, fallback="structural")
        if sg is None:
            continue
        if ev.key:
            # (the meetings of the people who met one another are one report: events.PEOPLE_MET)
            named[ev.key if not is_persons_meetings(ev.key) else f"people met: {ev.quote}"].append(len(found))
        found.append((sg, s.published_on, ev.date_end))
        matters.append(subject_matters(ev.quote))
        if states_day(ev.date_text):
            stated.add(sg.unique)
    if len(named) > 1:
        # reports of two series in the window: the one whose report is about what was
        # promised, when only one is ("a dialogue on artificial intelligence" against a
        # working group on narcotics and the defence ministers' call of the same parties)
        on_topic = {k for k, ix in named.items() if any(matters[i] & promised for i in ix)}
        if len(on_topic) != 1:
            return []
        found = [f for i, f in enumerate(found) if matters[i] & promised]
        found = [(replace(sg, reason=sg.reason + f"; the only one about {', '.join(sorted(promised))}"), pub, end)
                 for sg, pub, end in found]
    return [sg for sg in _select(c, found, stated) if sg.kind == "fulfils"]


# --- numbered units: "the 5th Infantry Battalion" is not "the 7th Infantry Battalion" -------------

#: the military units whose number names them (one row each: the noun, an example a test reads):
#: a promise about one numbered unit is never kept by a report about another number's
#: (``same_unit_numbers``), whatever words they share
UNIT_NOUNS: tuple[tuple[str, str], ...] = (
    (r"battalions?", "Kenya will relocate the 5th Infantry Battalion to Nakuru."),
    (r"regiments?", "The 3rd Littoral Regiment will be stood up in Mombasa."),
    (r"brigades?", "Ghana will deploy the 2nd Mechanised Brigade to the north."),
    (r"divisions?", "The 1st Armoured Division will move to Tamale."),
    (r"squadrons?", "The 4th Fighter Squadron will be based at Laikipia."),
    (r"fleets?", "The 7th Fleet will call at Mombasa."),
    (r"corps", "The 3rd Marine Corps will train in Ghana."),
    (r"(?:air\s+)?wings?", "The 82nd Air Wing will rotate to Accra."),
    (r"flotillas?", "The 2nd Patrol Flotilla will be commissioned in Tema."),
)
_UNIT_RE = re.compile(
    r"(?i)\b(?P<n>" + ORDINAL_RE + r")\s+(?:(?!(?:of|the|a|an|and|for|to|with|in|at|meeting|session|round)\b)[\w-]+\s+){0,3}?(?:"
    + "|".join(rx for rx, _ex in UNIT_NOUNS) + r")\b")


@lru_cache(maxsize=65536)
def unit_numbers(text: str) -> frozenset[int]:
    """The numbers of the units a text names ("the 5th Infantry Battalion": 5)."""
    return frozenset(n for m in _UNIT_RE.finditer(text or "")
                     if m.group("n").lower() != "inaugural" and (n := ordinal_value(m.group("n"))) is not None)


def same_unit_numbers(c: CommitmentView, ev: EventMention) -> bool:
    """Can a report be about the unit a promise names? Not when both number their units and
    no number is shared ("the 5th Infantry Battalion will relocate" against a report on "the
    7th Infantry Battalion")."""
    mine = c.units
    if not mine:
        return True
    theirs = unit_numbers(ev.object_text + " ; " + ev.quote)
    return not theirs or bool(mine & theirs)


# --- the same visit: a promised visit and a report of the visitor's side in the country ---------


def visit_went(ev: EventMention, reg: Registry) -> str | None:
    """The one country a visit made (``events.is_visit``) went to: its place ("visit to Nairobi"
    is a visit to Kenya), else None."""
    if not is_visit(ev) or ev.polarity != "positive" or is_occasion(ev):
        return None
    return _visit_country(ev, reg)


def _visit_country(ev: EventMention, reg: Registry) -> str | None:
    """The one country a visit event's "visit to <Place>" names (made or called off)."""
    return _one_country(ev.object_text.removeprefix("visit to ").rstrip(". "), reg)


def promises_visit(c: CommitmentView) -> bool:
    """Is a promise one of a visit (its kind is a visit, ``DELIVERABLE_KINDS``)? Not a promise to
    sign, conclude or launch something: "sign more than 20 agreements during the President's
    visit" names the visit as its occasion (a report that he arrived signs nothing)."""
    return c.action_cls == "meet" and "visit" in deliverable_kinds(_kind_text(c))


#: verbs of sending people somewhere (one row each: the verb, a promise a test reads): a promise
#: to deploy or send them to a country is kept by a report that they arrived there (a visit
#: made to it, ``events._VISITS``, naming the sending side), as a promised visit is
#: (``promised_visit_to``; twenty-seventh blind check: police to a mission abroad, a mission
#: to a capital, in two sets)
DEPLOYMENT_VERBS: tuple[tuple[str, str], ...] = (
    ("deploy", "Kenya will deploy 400 police officers to Ghana by June."),
    ("send", "Kenya will send a trade mission to Accra next month."),
    ("dispatch", "Kenya will dispatch a medical team to Ghana in May."),
    # people sent who arrive, or are stationed, where they go (twenty-eighth blind check: "troops
    # will start arriving in Lithuania next year", kept by "the first officers arrived this spring")
    ("arriv", "Kenyan troops will start arriving in Ghana next year."),
    ("station", "Kenya will station a battalion in Ghana from 2031."),
)
_DEPLOY_WORD = r"(?:" + "|".join(v for v, _ex in DEPLOYMENT_VERBS) + r")\w*\b"
_DEPLOY_VERB = re.compile(r"(?i)(?:(?:begin|start)\s+)?" + _DEPLOY_WORD)
_DEPLOY_TO = re.compile(r"(?i)\b" + _DEPLOY_WORD + r"[^.;]{0,80}?\b(?:to|in)\s+(?-i:" + _PLACE + ")")


def deployment_to(c: CommitmentView, reg: Registry) -> str | None:
    """The one country a promise to deploy or send people goes to (``DEPLOYMENT_VERBS``): the
    first "<verb> ... to <Place>" of its quote naming one."""
    if c.recurrence or c.body is not None or not _DEPLOY_VERB.match(f"{c.action or ''} {c.subject}"):
        return None  # (the action and its subject: "start" what is "arriving in Ghana")
    for m in _DEPLOY_TO.finditer(c.quote or ""):
        if (one := _one_country(m.group("place"), reg)) is not None:
            return one
    return None


def promised_visit_to(c: CommitmentView, reg: Registry) -> str | None:
    """The one country a promise of a visit (``promises_visit``) goes to
    (``visit_destination``), or people are promised to be sent to (``deployment_to``), when it
    names who goes: a party other than the destination."""
    if c.recurrence or c.body is not None:
        return None
    to = visit_destination(c, reg) if promises_visit(c) else deployment_to(c, reg)
    return to if to is not None and c.countries - {to} else None


def same_visit(c: CommitmentView, ev: EventMention, reg: Registry) -> bool:
    """Is a visit made the visit promised? A promised visit to country C by party P ("President
    Ruto will visit Ghana") and a report of a visit to C (a place there: "landed in Accra")
    whose parties include P (and C): P's leader or minister in C. A third country the report
    names too does not matter (the party set need not be the promise's, as the structural
    fallback needs); the window and the kind (``_fulfil``, structurally) decide the rest."""
    to = promised_visit_to(c, reg)
    return to is not None and visit_went(ev, reg) == to and _visited_by(c, to, ev)


def _visited_by(c: CommitmentView, to: str, ev: EventMention) -> bool:
    """Does a visit made to ``to`` name the promising side and ``to`` among its parties? (A
    promise's other country may be only where it was made: "would visit China later this year,
    after a meeting on the sidelines of a summit in Indonesia"; one visiting side named in the
    report is enough, sixteenth blind check.)"""
    return to in ev.countries and bool((c.countries - {to}) & ev.countries)


class _ByVisit:
    """Visits made by the country they went to: the key the same-visit fallback fetches by
    (``@visit:<country>`` in the link index, ``keys.visit_word``)."""

    def __init__(self, sources: list[SourceEvents], reg: Registry) -> None:
        self._by: dict[str, list[tuple[SourceEvents, EventMention, dt.date]]] = defaultdict(list)
        for s in sources:
            for ev in s.events:
                if (went := visit_went(ev, reg)) is not None:
                    self._by[went].append((s, ev, _latest(s, ev)))

    def candidates(self, c: CommitmentView, to: str) -> list[tuple[SourceEvents, EventMention]]:
        return [(s, ev) for s, ev, last in self._by.get(to, ())
                if last > c.made_on and s.source_id != c.source_id]


def _same_visit(c: CommitmentView, by_visit: _ByVisit, reg: Registry,
                series: _Series) -> list[Suggestion]:
    """The fallback for a promised visit no report of its parties fulfils: a visit made to
    the promised country by the promising side (``same_visit``), inside the window."""
    to = promised_visit_to(c, reg)
    if to is None:
        return []
    found: list[tuple[Suggestion, dt.date, dt.date | None]] = []
    stated: set[SuggestionKey] = set()
    for s, ev in by_visit.candidates(c, to):
        if not _visited_by(c, to, ev):
            continue  # (``same_visit``: the candidates are the visits made to ``to``)
        sg = _fulfil(c, s, ev, reg, series, fallback="visit")
        if sg is None:
            continue
        found.append((sg, s.published_on, ev.date_end))
        if states_day(ev.date_text):
            stated.add(sg.unique)
    return [sg for sg in _select(c, found, stated) if sg.kind == "fulfils"]


# --- the works fallback: a thing built, kept by the report that it opened ---------------------

#: how late works may open and still keep the promise of them: building slips by years (a bridge
#: promised for 2019 opened in 2022; twenty-first blind check)
WORKS_LATE = dt.timedelta(days=4 * 366)
#: the works fallback's confidence: the lowest band, the reason says why
WORKS_CONFIDENCE = 0.3
#: the actions of a report that works opened or were begun ("opened", "commissioned", "began")
WORKS_ACTIONS = frozenset(["launch", "conclude"])
#: the reason's basis of a works link (``_same_works``)
WORKS_REASON = "same works"


#: what a promise of works promises done to them, when its action class does not say it (a
#: meeting by default): "make operational", "connect", "build"
_WORKS_ACTION = re.compile(r"(?i)\b(?:operational|operate|connect|build|construct|commission|ready|finish"
                           r"|complete|inaugurat|open)")
#: the verbs of a report that works were begun, when the sentence says their building began
#: ("Panama and Costa Rica began work on the construction of the new bridge")
_BEGAN_VERBS = frozenset(["began", "started", "commenced"])
_BUILDING = re.compile(r"(?i)\b(?:construction|building|works?)\b")


def works_until(c: CommitmentView) -> dt.date:
    """The last day a report of works can keep a promise of them: ``WORKS_LATE`` after the end
    of its window (``structural_until``); the link index fetches candidates up to it too."""
    return structural_until(c) + WORKS_LATE


def promised_works(c: CommitmentView) -> frozenset[str]:
    """The kinds of works a promise is of (``lexicon.works_kinds`` of its action and subject,
    else of its quote): one that promises them opened, done or begun (its action's words: of
    ``_WORKS_ACTION`` or of a launch or a conclusion); none for a recurring promise or one that names fewer than two parties
    (works between them: "a gas pipeline" of one country's is any of its pipelines)."""
    if len(c.countries) < 2:
        return frozenset()
    return works_named(c)


def works_named(c: CommitmentView) -> frozenset[str]:
    """The kinds of works a promise is of, whoever its parties (``promised_works`` wants two)."""
    if c.recurrence:
        return frozenset()
    said = (c.action or "").lower()
    if not (_WORKS_ACTION.search(said) or set(_said_classes(said)) & WORKS_ACTIONS
            or not said and c.action_cls in WORKS_ACTIONS):
        return frozenset()  # ("discuss the bridge": a launch only by its subject's head)
    if serves_another(c.subject):
        return frozenset()  # ("the tickets for the train", "the tender for the bridge": no works)
    return lexicon.works_kinds(f"{c.action or ''} {c.subject}") or lexicon.works_kinds(c.quote)


#: the words of a name of works that name no particular works: their kinds' nouns ("Airport"),
#: and the words of any new or big thing ("New", "International")
_NOT_WORKS_NAMES = frozenset(["the", "new", "international", "national", "phase", "project", "first", "second",
                              "city", "state", "federal", "central", "greater", "terminal", "line", "station"])
_CAPITALISED = re.compile(r"(?-i:[A-Z][\w-]{2,})(?:['’]s)?")


@lru_cache(maxsize=65536)
def works_names(text: str) -> frozenset[str]:
    """The words that name works in ``text`` (lower case): capitalised words, less a possessive's
    "'s", the nouns of works' kinds (``lexicon.WORKS_HEADS``), ``_NOT_WORKS_NAMES`` and the names of
    countries: "Berlin Brandenburg Airport (BER)" -> {berlin, brandenburg, ber}; "Berlin’s new
    airport" -> {berlin}; "Kenya's new airport" -> none."""
    nouns = lexicon.WORKS_HEADS
    out = set()
    for m in _CAPITALISED.finditer(text):
        word = re.sub(r"['’]s$", "", m.group(0))
        low = word.lower()
        if low in _NOT_WORKS_NAMES or low.rstrip("s") in nouns or low in nouns:
            continue
        party = parties.resolve(word)
        if party is not None and word not in parties.load_registry().entries[party.code].capitals:
            continue  # (a country or its people; its capital names works: "Berlin’s new airport")
        out.add(low)
    return frozenset(out)


def one_party_works(c: CommitmentView) -> frozenset[str]:
    """The kinds of works a promise of one party's works is of, when it names them ("Berlin
    Brandenburg Airport will open on 31 October 2020": ``works_names``); none otherwise (a promise
    between two or more parties is ``promised_works``')."""
    if len(c.countries) != 1 or not works_names(c.subject):
        return frozenset()
    return works_named(c)


def works_key_kinds(c: CommitmentView) -> frozenset[str]:
    """The kinds of works a promise is filed and fetched under in the link index's works key: those of
    a report put off (``put_off_promise_kinds``) and of one party's named works (``one_party_works``)."""
    return put_off_promise_kinds(c) | one_party_works(c)


def _works_text(c: CommitmentView) -> str:
    """What a promise of works says of its stage: its action and subject, else its quote."""
    own = f"{c.action or ''} {c.subject}"
    return own if lexicon.works_kinds(own) else f"{own} ; {c.quote}"


def reported_works(ev: EventMention) -> frozenset[str]:
    """The kinds of works a report says opened or were begun (none for any other report)."""
    if ev.polarity != "positive" or ev.action not in WORKS_ACTIONS:
        return frozenset()
    return lexicon.works_kinds(ev.object_text)


def put_off_promise_kinds(c: CommitmentView) -> frozenset[str]:
    """The kinds of works a promise is filed and fetched under (the works key): its works
    (``promised_works``, what the works fallback fetches by) and ``lexicon.PROJECT_WORKS`` (what a
    report of works put off fetches by: every promise of works is under it, and a project promised
    done between two or more parties, "the North Core line project will be completed in 2023", is
    under it alone; ``_works_put_off``)."""
    kinds = promised_works(c)
    if kinds:
        return kinds | {lexicon.PROJECT_WORKS}
    said = (c.action or "").lower()
    if len(c.countries) >= 2 and not c.recurrence and _WORKS_ACTION.search(said) \
            and lexicon.PROJECT_WORKS in lexicon.put_off_kinds(c.subject):
        return frozenset([lexicon.PROJECT_WORKS])
    return frozenset()


def put_off_works(ev: EventMention) -> frozenset[str]:
    """The kinds of works a report says were put off to a later date (``events._WORKS_PUT_OFF``:
    "delays in the completion of the line until 2031"), ``PROJECT_WORKS`` for a project named
    by no kind of works; none for any other report."""
    if ev.polarity != "negative" or ev.negative != "postponed" or ev.body is not None or ev.period_start is None:
        return frozenset()
    return lexicon.put_off_kinds(ev.object_text)


def event_works_kinds(ev: EventMention) -> frozenset[str]:
    """The kinds of works a report is filed and fetched under (the works key): works opened or
    begun (``reported_works``) or put off (``put_off_works``)."""
    return reported_works(ev) | put_off_works(ev)


def _reported_begun(ev: EventMention) -> bool:
    """Does a report of works say their building began, not that they opened?"""
    return lexicon.works_begun(f"{ev.verb} {ev.object_text}") or (
        ev.verb.lower() in _BEGAN_VERBS and _BUILDING.search(ev.quote) is not None)


def _same_stage(c: CommitmentView, ev: EventMention) -> bool:
    """Do a report of works and a promise of them tell the same stage: both begun, or both
    opened or finished (``lexicon.works_begun``)?"""
    return _reported_begun(ev) == lexicon.works_begun(_works_text(c))


class _ByWorks:
    """Reports of works opened or begun, by the kinds of works (``reported_works``): what the
    works fallback fetches by."""

    def __init__(self, sources: list[SourceEvents]) -> None:
        self._by: dict[str, list[tuple[SourceEvents, EventMention]]] = defaultdict(list)
        self._off: dict[str, list[tuple[SourceEvents, EventMention]]] = defaultdict(list)  # put off
        for s in sources:
            for ev in s.events:
                for kind in reported_works(ev):
                    self._by[kind].append((s, ev))
                for kind in put_off_works(ev):
                    self._off[kind].append((s, ev))

    def candidates(self, c: CommitmentView, kinds: frozenset[str], *,
                   put_off: bool = False) -> list[tuple[SourceEvents, EventMention]]:
        """Reports of works of these kinds after the promise (``put_off``: of works put off)."""
        seen: set[int] = set()
        out = []
        by = self._off if put_off else self._by
        for kind in sorted(kinds):
            for s, ev in by.get(kind, ()):
                if id(ev) not in seen and s.source_id != c.source_id and s.published_on > c.made_on:
                    seen.add(id(ev))
                    out.append((s, ev))
        return out


def works_parties_ok(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Can a report of works between ``theirs`` keep a promise of ``mine``'s? Every party of the
    promise named, or two of them (twenty-eighth blind check: a bridge between two countries
    whose promise also named its funder, the EU)."""
    return mine <= theirs or len(mine & theirs) >= 2


#: a report a fallback found: (its day, its source's date, its source's id, the event, the source)
_Found = tuple[dt.date, dt.date, int, EventMention, SourceEvents]


def _same_works(c: CommitmentView, by_works: _ByWorks) -> list[Suggestion]:
    """The fallback for a promise of works (a bridge, a railway, a pipeline) that no report of
    its name keeps: the first report that works of the same kinds (one kind's set inside the
    other's: "the bridge" is the "road bridge") opened between its parties, or were begun when
    their building was promised (``lexicon.works_begun``), up to ``WORKS_LATE`` after its window."""
    kinds, named = promised_works(c), frozenset[str]()
    if not kinds:
        # one party's works, by their name: a report that names them so ("Berlin’s new airport
        # opened") and no other works (thirty-third blind check: airports opened years late)
        kinds, named = one_party_works(c), works_names(c.subject)
    if not kinds:
        return []
    begun = lexicon.works_begun(_works_text(c))  # (the reason says it)
    last = works_until(c)
    found: list[_Found] = []
    for s, ev in by_works.candidates(c, kinds):
        theirs = reported_works(ev)
        if not (kinds <= theirs or theirs <= kinds) or not works_parties_ok(c.countries, ev.countries):
            continue
        if named and not named & works_names(ev.object_text):
            continue  # (one party's works: by a word of their name)
        if not _same_stage(c, ev):
            continue
        day = event_day(ev, s.published_on)
        if day < c.made_on or day > last:
            continue
        found.append((day, s.published_on, s.source_id, ev, s))
    return _earliest_keeps(c, found, WORKS_CONFIDENCE, lambda ev: (
        f"{WORKS_REASON}: {'/'.join(sorted(kinds))} {'begun' if begun else 'opened'} between "
        f"{_party_names(ev.countries)} ({ev.verb}: \"{ev.object_text}\")"))


def _earliest_keeps(c: CommitmentView, found: list[_Found], confidence: float,
                    said: Callable[[EventMention], str]) -> list[Suggestion]:
    """The earliest of ``found`` as the fulfilment of ``c`` (none when nothing was found), by the last
    day it can have been: "construction started in October 2017" told years later is the same start as
    the day's own report of 17 October, which comes first. Its reason is ``said`` of the event, then
    when, and on time or late against the window (the works and the polls fallbacks)."""
    if not found:
        return []
    day, _pub, sid, ev, s = min(found, key=lambda f: (f[3].date_end or f[0], f[1], f[2], text_order(*f[3].span)))
    end = ev.date_end or day
    timing = statuses.outcome("fulfilled", c.due_start, c.due_end, end, end) if c.due_end else None
    dated = ev.date_start is not None
    when = f"on {_fmt(day)}" if dated else f"undated, reported {_fmt(s.published_on)}"
    where = "" if timing is None else f", {'inside' if timing == statuses.ON_TIME else 'after'} {_window(c)}"
    return [Suggestion(
        c.id, sid, "fulfils", confidence, ev.date_start, ev.quote, ev.span[0], ev.span[1],
        f"{said(ev)}, {when}{where}" + (f" ({timing.replace('_', ' ')})" if timing and dated else ""),
        timing if dated else None)]


def _works_put_off(c: CommitmentView, by_works: _ByWorks) -> list[Suggestion]:
    """A promise of works (``promised_works``) that a later report says were put off past its
    window ("delays in the completion of the line until 2031" of a line promised for 2030): missed.
    The same kinds, stage (begun or finished) and parties as ``_same_works`` asks; the report made
    after the promise and before ``WORKS_LATE`` after the window; the first such report."""
    kinds = put_off_promise_kinds(c)
    if not kinds or c.due_end is None:
        return []
    for s, ev in sorted(by_works.candidates(c, kinds, put_off=True),
                        key=lambda x: (x[0].published_on, x[0].source_id)):
        theirs, own = put_off_works(ev), kinds - {lexicon.PROJECT_WORKS}
        if lexicon.PROJECT_WORKS in theirs or not own:
            if deliverable_overlap(c.subject, ev.object_text) < 0.6:
                continue  # (a project named by no kind of works, on either side: the same by its name)
        elif not (own <= theirs or theirs <= own):
            continue  # (a bridge put off is not the railway promised)
        if not works_parties_ok(c.countries, ev.countries):
            continue
        if not _same_stage(c, ev):
            continue
        if ev.period_start is None or ev.period_start <= c.due_end or s.published_on > c.due_end + WORKS_LATE:
            continue
        return [_missed_by(c, s, ev, f"{WORKS_REASON}: {'/'.join(sorted(kinds))} put off to {ev.date_text} "
                           f"({ev.period_start}…{ev.period_end}, reported {_fmt(s.published_on)}), after the "
                           f"window {_window(c)} promised {c.made_on}")]
    return []


#: topics that say no subject matter: every meeting is diplomacy
_NO_MATTER = frozenset(["diplomacy"])


@lru_cache(maxsize=65536)
def subject_matters(text: str) -> frozenset[str]:
    """What a promise or a report is about (``extract.topics`` less diplomacy, which every
    meeting is): "a dialogue on artificial intelligence" -> {"cyber"}."""
    return frozenset(topics(text or "")) - _NO_MATTER


def _name(c: CommitmentView, reg: Registry) -> str:
    if c.body is None:
        return c.subject
    base = reg.name_of(c.body.key) if c.body.key in reg.bodies else (c.body.label or c.body.text)
    return base + (" (sub-group)" if c.body.sub else "")


# --- ordinals of "the next meeting" -----------------------------------------------------


def resolve_next_ordinals(
    commitments: list[CommitmentView], sources: list[SourceEvents]
) -> None:
    """'the next meeting' promised after the 15th was held is the 16th."""
    held: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    for s in sources:
        for ev in s.events:
            if ev.polarity == "positive" and ev.key and ev.ordinal is not None \
                    and ev.action != "progress":
                held[ev.key].append((event_day(ev, s.published_on), ev.ordinal))
    for c in commitments:
        if c.body is None or not c.body.next or c.body.ordinal is not None or not c.key:
            continue
        before = [o for d, o in held.get(c.key, []) if d <= c.made_on]
        if before:
            c.ordinal = max(before) + 1


# --- the matcher ----------------------------------------------------------------------------


def _period_holds_window(ev: EventMention, c: CommitmentView) -> bool:
    """Does the period an event is known to (a month, a season) hold the whole of the promise's
    window, and that window begin after the promise was made?"""
    return (ev.date_start is not None and ev.date_end is not None and c.due_start is not None
            and c.due_end is not None and c.due_start > c.made_on
            and ev.date_start <= c.due_start and c.due_end <= ev.date_end)


def _fulfil(
    c: CommitmentView, s: SourceEvents, ev: EventMention, reg: Registry, series: _Series,
    *, fallback: str | None = None,
) -> Suggestion | None:
    """``fallback``: "structural" for the fallback of ``suggest`` (``_structural``), "visit"
    for the same-visit one (``_same_visit``): no shared series name or words; the same parties
    and kind of deliverable, and the event inside the window (on time) are required instead;
    the fallback is the reason's basis. The decision's reason is data (``FulfilReason``,
    ``Suggestion.why``), written only for the suggestions kept."""
    structural = fallback is not None
    # (people sent somewhere, kept by their arrival: the same-visit fallback, ``deployment_to``)
    deployed = fallback == "visit" and not promises_visit(c)
    if not _countries_ok(c, ev, reg):
        return None
    if ev.action == lexicon.DONE:
        if structural or not same_done_verb(c, ev):
            return None  # a thing done keeps only a promise of the same verb, by its words
    elif not compatible_actions(ev.action, c.action_cls, ev) and not deployed:
        return None
    if not same_unit_numbers(c, ev):
        return None  # another numbered unit (``UNIT_NOUNS``)
    if is_visit(ev) and (not promises_visit(c) and not deployed
                         and not (is_meeting_visit(ev) and c.body is None and c.action == "meet")
                         or (ev.date_start is not None and ev.date_start <= c.made_on
                             and not _period_holds_window(ev, c))):
        # a visit made is no committee's meeting (but the visitor meeting the hosts there is the
        # promise to meet them: "will meet President A in Accra"); and one known only to a period
        # that began before the promise ("visited Japan last month") may be the visit it was made on,
        # unless the period holds the promise's later window ("will fly to Accra on Tuesday",
        # then "made his first visit to Accra in September")
        return None
    if is_visit(ev) and (to := visit_destination(c, reg)) is not None \
            and (went := _visit_country(ev, reg)) is not None and went != to:
        return None  # a visit to Ghana is not the visit to Kenya promised (the reciprocal one)
    if ev.body is not None:
        # (the level the report's name gives, else its own clause's: "The commission's session
        # at the level of heads of state took place" is no ministerial meeting of the commission)
        mine = _levels(c.subject)
        theirs = _levels(ev.body.text + " " + ev.body.label) or (
            _levels(own_clauses(ev.quote)) if mine and not is_persons_meetings(ev.body) else frozenset())
        # (a person's meetings: who met is the level, "ministers met at the summit")
        if mine and theirs and not mine & theirs:
            return None  # a senior officials' dialogue does not hold the ministerial one
    conf = ev.confidence
    overlap = 1.0
    if deployed:
        conf = min(conf - STRUCTURAL_PENALTY, STRUCTURAL_CAP)
        basis = "visit"
    elif fallback is not None:
        if _promised_class(c) != _reported_class(ev):
            return None  # a centre set up is not a dialogue launched (meeting/agreement/initiative)
        if own_kinds(c.subject) != own_kinds(ev.quote) and not (is_visit(ev) and not own_kinds(c.subject)):
            return None  # a reception is not the summit of the same day (``unframed.OWN_KIND``); a visit
            # told beside one is still the visit ("a press conference following his visit to Kenya")
        mine_k, theirs_k = deliverable_kinds(_kind_text(c)), deliverable_kinds(_event_kind_text(ev))
        if mine_k and theirs_k and not mine_k & theirs_k:
            return None  # a summit is not a ministers' meeting of the same two countries
        if "visit" in mine_k and not theirs_k and not is_visit(ev):
            return None  # a promised visit is not kept by an event that says no one came ("the
            # High Commission hosted a reception for President Ruto")
        if mine_k & _THING_KINDS and not mine_k & theirs_k:
            return None  # an exercise, a festival, works or instruments promised are kept by a report
            # of that kind, not by a meeting of the parties that names none (thirty-ninth blind check)
        if c.body is None and not mine_k and c.action_cls == "meet" and not _OCCASION_NAMED.search(c.subject):
            return None  # a promise naming no occasion and no kind ("reciprocal law enforcement
            # training", read as a meeting by default) is kept by no meeting of the same parties
        if other_people(c, ev):
            return None  # one minister's meeting with the visitor is not kept by another's (the
            # same check on the occasion sentences, the last fallback, lost right links on a set
            # never read: not applied there)
        if not promises_visit(c) and (person := _person_met(c.subject)) and not any(w in ev.quote for w in person):
            return None  # meetings "with Prime Minister Nguyen Xuan Phuc" during a session are not
            # kept by the report of the session that names no such person (fortieth blind check)
        if not is_visit(ev) and ev.body_by != "host" and "visit" in mine_k \
                and (to := visit_destination(c, reg)) is not None \
                and place_of(own_clauses(ev.quote), reg) != to:
            return None  # (a meeting of the people, not in the country a visit was promised to)
        conf = min(conf - STRUCTURAL_PENALTY, STRUCTURAL_CAP)
        basis = fallback
    elif c.key and ev.key == c.key:
        basis = "body"
    else:
        overlap = deliverable_overlap(c.subject, ev.object_text)
        if overlap < 0.6 and ev.action == lexicon.DONE:
            overlap = _one_thing_done(c.subject, ev.object_text)
        if overlap < 0.6:
            return None
        if _other_place(c.subject, ev):
            return None  # "the consulate in Seattle" is not "the new consulate in Brisbane" (thirty-ninth
            # blind check: consulates opened in several cities by the same pair)
        if reported_works(ev) and not _same_stage(c, ev):
            return None  # works begun do not keep a promise of them finished, nor the other way
            # (twenty-eighth blind check: a plant's first concrete and its reactors finished by 2031)
        conf -= 0.15
        basis = "deliverable"
    if c.ordinal is not None and ev.ordinal is not None:
        if c.ordinal != ev.ordinal:
            return None
        conf += 0.1
    elif c.ordinal is not None:
        conf -= 0.05
    # dates: the event must come after the promise
    start, end = ev.date_start, ev.date_end
    reported = ev.anchor or s.published_on
    if start is None:
        if reported <= c.made_on:
            return None
        dates = "undated"
        event_date = None
    elif start <= c.made_on and end is not None and end > c.made_on and (end - start).days <= 31 \
            and c.made_on < reported <= end + dt.timedelta(days=31) \
            and "last" not in ev.verb \
            and s.source_id != c.source_id and ev.polarity == "positive":
        # "took place this month", reported after a promise made earlier that month: the
        # event lies between the promise and the report, its day unknown
        dates = "between"
        conf -= 0.15
        start, event_date = None, None
    elif start <= c.made_on and end is not None and end > c.made_on and (end - start).days <= 31 \
            and c.due_end is not None and start <= (c.due_start or c.made_on) and c.due_end <= end \
            and c.made_on < reported and "last" not in ev.verb \
            and s.source_id != c.source_id and ev.polarity == "positive" \
            and (c.ordinal in (None, 1) and (ev.ordinal == 1 or _FIRST.search(ev.quote))
                 or c.due_start is not None and c.due_start.month == c.made_on.month
                 and c.due_end - c.due_start <= GIVEN_DAYS):
        # "the first X was held last October", reported later, for a meeting promised for a
        # day of that month: the reported month holds the whole window, and a first meeting
        # was not held before the promise of it (U.S.-Mexico security dialogue, fifth blind
        # check); its day is unknown. (Any other month reported long after says nothing of
        # the order: the meeting may be one before the promise. But for given days promised within
        # the month the promise was made in, "the last Binational Commission held in February
        # 2020" is that meeting: no series meets twice in the days before its promised session;
        # twenty-seventh blind check)
        dates = "holds"
        conf -= 0.15
        start, event_date = None, None
    elif start <= c.made_on and c.ordinal is not None and ev.ordinal == c.ordinal and end is not None \
            and end > c.made_on \
            and c.made_on < reported and "last" not in ev.verb \
            and s.source_id != c.source_id and ev.polarity == "positive":
        # "the sixth meeting was held in 2020", reported after the sixth was promised for a day
        # of 2020: an edition is held once, so the one reported is the one promised, whatever
        # part of the year it names (sixteenth blind check); its day is unknown
        dates = "edition"
        conf -= 0.15
        start, event_date = None, None
    else:
        if start <= c.made_on:
            return None
        dates = "dated"
        event_date = start
    if ev.polarity == "announced" and s.source_id == c.source_id:
        return None  # the promise's own sentence setting its date
    # (a month that holds the window dates the event, not its report years later)
    ref = start or (ev.date_start if dates == "holds" else None) or reported
    if series.other_edition(c, ev, ref):
        return None
    if c.due_start is not None and c.due_end is not None and c.due_end - c.due_start <= DAYS_WINDOW \
            and ref > c.due_end + DAYS_REACH and not (c.ordinal is not None and ev.ordinal == c.ordinal):
        return None  # a meeting set for given days, reported years later: another of the series
        # (the same edition, by its number, is that meeting held late)
    if c.due_end is None and (c.key in GENERIC_INSTRUMENTS or own_kinds(c.subject)) \
            and ref > c.made_on + STRUCTURAL_HORIZON:
        return None  # "will sign an MoU" with no date: an MoU of the pair signed years on is another;
        # so a press conference or a dinner of a visit (``unframed.OWN_KIND``; forty-first blind check)
    place: str | None = None
    if ev.action == "progress":
        kind, timing = "progress", None
        outcome = "date set" if ev.verb == "announced for" else (
            "negotiations" if ev.verb.startswith("round") else "under way")
        conf = min(conf, 0.6)
    else:
        kind = "fulfils"
        # (the clause naming the meeting; not the place of a clause about another occasion:
        # "despite ..."; and for a meeting of people named by who met, "on the sidelines of the AU
        # summit in Addis Ababa": that summit's host is not the host of the bilateral meeting)
        held = event_place(ev, reg, sidelines=ev.body is None or ev.body_by != "name") if c.host else None
        if c.host and series.moved_to_another_host(c, ref):
            return None  # a later plan gave this meeting to another host (see _replaced)
        if held and c.host and held != c.host:  # (a place is read only for a host)
            if series.promised_there(c, held, ref):
                return None  # that promise's event, not this one's
            kind, place = "partially_fulfils", held
            conf -= 0.1
        # on time or late: the one rule (tracker.domain.statuses.outcome), done on the
        # event's last day
        done = statuses.outcome("fulfilled", c.due_start, c.due_end, end or ref, end or ref)
        if dates == "holds":
            timing, outcome = statuses.ON_TIME, "holds the window"
        elif dates == "edition":
            timing, outcome = None, "in or after the window"
        elif c.due_end is None:
            timing, outcome = done, "no window"
        elif done == statuses.ON_TIME:
            timing, outcome = done, "on time"
        elif start is not None and start > c.due_end:
            timing, outcome = "late", "late"
            conf -= 0.05
            # (a newer promise made after this one lapsed does not take the event over: the
            # lapsed promise is fulfilled late, the newer one on time; the conventions of the
            # development corpus and of the second blind check label both)
        else:
            timing, outcome = None, "in or after the window"
            conf -= 0.1
    late_visit = fallback == "visit" and timing == "late" and c.due_end is not None \
        and (end or ref) <= c.due_end + VISIT_LATE
    # (a month that holds the window, "holds": the event lies in the window, its day unknown)
    in_window = timing == statuses.ON_TIME and (
        dates == "holds" and is_visit(ev) and promises_visit(c) or (end or ref) <= structural_until(c))
    if structural and not (kind == "fulfils" and (in_window or late_visit)):
        return None  # the fallback takes only a report of the thing done inside the window
        # (or the visit promised, made to the country it was promised to, up to ``VISIT_LATE`` late)
    return Suggestion(
        c.id, s.source_id, kind, round(max(0.05, min(conf, 0.99)), 2), event_date, ev.quote,
        ev.span[0], ev.span[1], "", timing,
        FulfilReason(c, ev, basis, overlap, dates, start, reported, outcome, place),
    )


@dataclass(frozen=True)
class FulfilReason:
    """Why ``_fulfil`` took a pair, as data: what it read at each step, in the order of the
    reason it writes (``text``) for the suggestions kept (``_rendered``)."""

    c: CommitmentView
    ev: EventMention
    #: what ties the report to the promise: "body" (its series), "deliverable" (its words,
    #: ``overlap``), "structural" (its parties and kind, ``_structural``), "visit" (the
    #: promising side's visit to the promised country, ``_same_visit``)
    basis: str
    overlap: float
    #: how the event is dated: "undated" (by its report, ``reported``), "between" (the promise
    #: and the report), "holds" (a month that holds the window), "edition" (the numbered edition
    #: promised, dated only by a longer span), "dated" (its own day or days)
    dates: str
    start: dt.date | None  # the event's first day as decided (None when its day is unknown)
    reported: dt.date  # the day of the report (its anchor, else the source's)
    #: progress: "date set" | "negotiations" | "under way"; done: "holds the window" | "no window"
    #: | "on time" | "late" | "in or after the window"
    outcome: str
    place: str | None  # held there, not in the promised host (partially fulfils)

    def text(self, reg: Registry) -> str:
        c, ev = self.c, self.ev
        parts = [self._basis(reg)]
        if c.ordinal is not None and ev.ordinal is not None:
            parts.append(f"ordinal {c.ordinal} = {ev.ordinal}")
        start, end = ev.date_start, ev.date_end
        if self.dates == "undated":
            date_note = f"undated, reported {self.reported.isoformat()}"
        elif self.dates == "between":
            date_note = f"{ev.verb} {ev.date_text.strip()} ({c.made_on}…{end}, after the promise)"
        elif self.dates == "holds":
            date_note = f"{ev.verb} {ev.date_text.strip()} ({start}…{end}, which holds the window {_window(c)})"
        elif self.dates == "edition":
            date_note = (f"{ev.verb} {ev.date_text.strip()} ({start}…{end}: the edition promised, held once; "
                         "its day not given)")
        else:
            assert start is not None
            date_note = ev.verb + " " + (start.isoformat() if start == end else f"{start}…{end}")
        ref = self.start or self.reported
        if self.outcome == "date set":
            # an announced event always has its date (events.py reads it from a dated phrase)
            last = end or self.start
            where = "inside" if c.due_end is None or (last is not None and last <= c.due_end) \
                else "after"
            parts.append(f"date set: {ev.date_text.strip()} ({self.start}…{end}), {where} {_window(c)}")
        elif self.outcome == "negotiations":
            parts.append(f"{date_note}: negotiations under way ({ev.verb})")
        elif self.outcome == "under way":
            parts.append(f"{date_note}: under way")
        else:
            if self.place is not None and c.host is not None:
                parts.append(f"held in {self.place.title()}, not in {c.host.title()} as promised (changed form)")
            if self.outcome == "holds the window":
                parts.append(f"{date_note} (on time as far as the month tells)")
            elif self.outcome == "no window":
                parts.append(f"{date_note}, after the promise of {c.made_on} (no window)"
                             + (f", within {STRUCTURAL_HORIZON.days} days of it"
                                if self.basis in ("structural", "visit") else ""))
            elif self.outcome == "on time":
                where = "inside" if c.due_start is None or ref >= c.due_start else "before"
                parts.append(f"{date_note}, {where} {_window(c)} (on time)")
            elif self.outcome == "late":
                parts.append(f"{date_note}, after {_window(c)} (late)")
            else:
                parts.append(f"{date_note}, window {_window(c)}")
        return "; ".join(parts)

    def _basis(self, reg: Registry) -> str:
        c, ev = self.c, self.ev
        if self.basis == "structural":
            mine_k, theirs_k = deliverable_kinds(_kind_text(c)), deliverable_kinds(_event_kind_text(ev))
            kinds = "/".join(sorted(mine_k & theirs_k)) or c.action_cls
            reported = ev.body.label or ev.body.text if ev.body is not None else (
                ev.object_text or ev.verb)
            return (f"no shared series name (promised: \"{c.subject}\"; reported: \"{reported}\"): "
                    f"same parties ({_party_names(c.countries)}), same kind "
                    f"({kinds}), no report of its own series fulfils it")
        if self.basis == "visit":  # (a visit's parties are the visitor and the host)
            to = promised_visit_to(c, reg)
            assert to is not None
            visitors = _party_names(c.countries - {to})
            return f"same visit: {visitors} in {to.title()} ({ev.verb}: \"{ev.object_text}\")"
        if self.basis == "body":
            return f"same body: {_name(c, reg)}" + (
                f" (\"{_anaphor(ev.quote)}\" refers back to it)" if ev.body_by == "anaphora" else "")
        return f"same deliverable: \"{ev.object_text}\" ~ \"{c.subject}\" ({self.overlap:.0%} of words)"


def _rendered(sg: Suggestion, reg: Registry) -> Suggestion:
    """A suggestion kept, its reason written: what the matcher added to ``reason`` after
    deciding (``_select``, ``_structural``) follows the reason of the decision."""
    if sg.why is None:
        return sg
    return replace(sg, reason=sg.why.text(reg) + sg.reason, why=None)


class _Series:
    """The promises of one body key (``same`` in ``suggest``), indexed for the questions the
    matcher asks of every commitment-event pair it tries: by due start (another edition's
    window) and, for those with a host, by the day they were made. Answers are those of a
    walk over the whole list; only the rows that cannot answer are skipped."""

    def __init__(self, same: list[CommitmentView]) -> None:
        self.same = same
        windowed = sorted((c2 for c2 in same if c2.due_start and c2.due_end),
                          key=lambda c2: c2.due_start or dt.date.min)
        self._starts: list[dt.date] = [c2.due_start or dt.date.min for c2 in windowed]
        self._windowed = windowed
        hosted = sorted((c2 for c2 in same if c2.host), key=lambda c2: c2.made_on)
        self._made = [c2.made_on for c2 in hosted]
        self._hosted = hosted

    def other_edition(self, c: CommitmentView, ev: EventMention, when: dt.date) -> bool:
        """A meeting of a recurring series held before the window, or inside the window of
        another promise of the same series that this one's window does not share, is another
        edition."""
        if c.action_cls != "meet" or c.recurrence or ev.ordinal is not None and c.ordinal == ev.ordinal:
            return False
        # an event known only to a range ("at the end of September", "last October") that
        # reaches into the window is not before it (EU-U.S. and U.S.-Mexico reports, 2021)
        last = ev.date_end if ev.date_end is not None and ev.date_start == when else when
        if c.due_start is not None and last < c.due_start and c.due_end is not None \
                and (c.due_end - c.due_start).days <= 366 \
                and not (is_visit(ev) and promises_visit(c) and last >= c.due_start - VISIT_EARLY):
            return True  # (but a visitor lands the evening before the days of the visit)
        if c.due_end is not None and when > c.due_end:
            # promises whose window starts after this one's ends and by ``when``
            lo = bisect.bisect_right(self._starts, c.due_end)
            hi = bisect.bisect_right(self._starts, when)
            for c2 in self._windowed[lo:hi]:
                if c2.id == c.id or c2.action_cls != c.action_cls:
                    continue
                if c.ordinal is not None and c2.ordinal == c.ordinal:
                    continue  # "the first meeting" promised twice is one edition
                if _moved_while_open(c, c2):
                    continue  # the same meeting given a new date
                if c.key is None and deliverable_overlap(c.subject, c2.subject) < 0.6:
                    continue  # promises naming no body are one series only when they name one thing
                if c2.due_end is not None and when <= c2.due_end and c2.made_on < when:
                    return True
        return False

    def moved_to_another_host(self, c: CommitmentView, ref: dt.date) -> bool:
        """A plan made after ``c`` and before ``ref`` gives the meeting at ``ref`` to another
        host."""
        lo = bisect.bisect_right(self._made, c.made_on)
        hi = bisect.bisect_left(self._made, ref)
        return any(c2.id != c.id and c2.host != c.host and c2.due_start and c2.due_end
                   and c2.due_start <= ref <= c2.due_end for c2 in self._hosted[lo:hi])

    def promised_there(self, c: CommitmentView, place: str, ref: dt.date) -> bool:
        """A promise made before ``ref`` to hold it in ``place``, open at ``ref``."""
        hi = bisect.bisect_left(self._made, ref)
        return any(c2.id != c.id and c2.host == place
                   and (c2.due_end is None or (c2.due_start or c2.made_on) <= ref <= c2.due_end)
                   for c2 in self._hosted[:hi])


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


#: a plan made this soon after a promise's window closed sets the meeting that slipped, not the next
#: edition ("another 2+2 later in the year", then on 4 January "the 2+2 on January 6": the
#: development corpus's U.S.-Japan 2+2 of 2021-22); a plan made later is of another edition
SLIPPED = dt.timedelta(days=31)


def _moved_while_open(c: CommitmentView, c2: CommitmentView) -> bool:
    """Is ``c2`` the meeting ``c`` promised, given a new date later while ``c`` was open ("in the
    autumn" in July, "on 7 December" in November) or just after it closed (``SLIPPED``), rather
    than another edition? Not when it names another host, another number or another year, nor
    when both were promised at once (the 2024 and the 2025 summits of one statement)."""
    if c.due_end is None or not c.made_on < c2.made_on <= c.due_end + SLIPPED:
        return False
    if c.host is not None and c2.host is not None and c2.host != c.host:
        return False
    if c.ordinal is not None and c2.ordinal is not None and c2.ordinal != c.ordinal:
        return False
    years, years2 = set(_YEAR.findall(c.subject)), set(_YEAR.findall(c2.subject))
    return not (years and years2 and years != years2)


def _latest(s: SourceEvents, ev: EventMention) -> dt.date:
    """The last day an event can be on: no promise made on or after it can be fulfilled,
    moved on or missed by it (``_fulfil`` and ``_missed`` want the event, or for an undated
    or negative one its report, after the promise), so the matcher does not try it."""
    if ev.polarity != "negative" and ev.date_start is not None:
        return max(ev.date_start, ev.date_end or ev.date_start)
    return ev.anchor or s.published_on


def _event_when(sg: Suggestion, published: dt.date, end: dt.date | None = None) -> dt.date:
    """When an event happened at the latest: a day, the end of a vaguer range ("last year"),
    else the report's date."""
    return end or sg.event_date or published


_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}


def recurrence_of(quote: str, subject: str = "") -> str | None:
    """'annual' for "every year", "at least once a year", "annually"; 'every 5 weeks' for
    "about every six weeks" (one table, ``lexicon.RECURRENCES``)."""
    for rx, period, _example in lexicon.RECURRENCES:
        for text in (quote or "", subject or ""):
            m = re.search(rx, text, re.IGNORECASE)
            if m:
                if "{n}" in period:
                    n = m.group("n").lower()
                    return period.format(n=_NUMBER.get(n, n), unit=m.group("unit").lower())
                return period
    return None


def _instance(recurrence: str, made_on: dt.date, when: dt.date) -> tuple[int, str]:
    """Which period of a recurring promise a date falls in: (index, words)."""
    m = re.fullmatch(r"every (\d+) (weeks|months)", recurrence)
    if m is None:
        return when.year, f"the {when.year} instance"
    n = int(m.group(1))
    if m.group(2) == "weeks":
        i = max(0, (when - made_on).days) // (7 * n)
    else:
        i = max(0, (when.year - made_on.year) * 12 + when.month - made_on.month) // n
    return i, f"instance {i + 1} (period {i + 1} of {recurrence} from {made_on})"


_CALENDAR_DAY = re.compile(
    r"(?i)\b" + MONTH_PREFIX + r"[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_PREFIX + r"[a-z]*\b"
    r"|\b\d{4}-\d\d-\d\d\b")


def states_day(date_text: str) -> bool:
    """The report writes the event's day as a calendar date ("on 29 July", "July 29"), not only
    as a day relative to the report ("this morning", "today", "on Tuesday")."""
    return bool(_CALENDAR_DAY.search(date_text or ""))


def _one_edition_one_time(found: list[tuple[Suggestion, dt.date, dt.date | None]],
                          editions: dict[int, tuple[str | None, int]]
                          ) -> list[tuple[Suggestion, dt.date, dt.date | None]]:
    """Reports of one numbered edition ("the 25th round", in an undated report and in a dated one
    two days later) report one event: each is placed at the earliest time any of them gives, so the
    first published is the first report (twelfth blind check)."""
    when: dict[tuple[str | None, int], dt.date] = {}
    for i, ed in editions.items():
        t = _event_when(*found[i])
        when[ed] = min(when.get(ed, t), t)
    if len(when) == len(editions):
        return found  # (no edition reported twice)
    return [(sg, pub, when[editions[i]]) if i in editions else (sg, pub, end)
            for i, (sg, pub, end) in enumerate(found)]


def text_order(start: int | None, end: int | None) -> tuple[bool, int]:
    """Where a report stands in its source, to order reports of one day: text order, the headline's
    (``lexicon.at_no_offset``) after the body's, which may date it."""
    return (lexicon.at_no_offset(start, end), start or 0)


#: how far apart two reports' days of an occasion may be and still tell one occasion (``_select``)
SAME_OCCASION_DAYS = dt.timedelta(days=2)


def _select(c: CommitmentView, cands: list[tuple[Suggestion, dt.date, dt.date | None]],
            stated: set[SuggestionKey] | None = None) -> list[Suggestion]:
    """The FIRST report of the EARLIEST event that satisfies the promise (one per year for a
    recurring one); later reports of it corroborate and are not suggested again. Events are
    ordered by when they happened at the latest, so "set up last year" does not come before
    "launched on March 17" of that year. Of two reports of the same day published the same
    day, the one that writes the day as a calendar date (``stated``: their ``unique`` keys)
    comes first, then the source ingested first (sources of one day are ingested in their files'
    order), then text order."""
    stated = stated or set()
    fulfils = [(sg, pub, end) for sg, pub, end in cands if sg.kind in ("fulfils", "partially_fulfils")]
    progress = [(sg, pub, end) for sg, pub, end in cands if sg.kind == "progress"]
    order = sorted(fulfils, key=lambda x: (_event_when(*x), x[1], x[0].unique not in stated,
                                           x[0].source_id or 0, text_order(x[0].span_start, x[0].span_end)))
    out: list[Suggestion] = []
    if c.recurrence:
        seen: set[int] = set()
        for sg, pub, end in order:
            i, words = _instance(c.recurrence, c.made_on, sg.event_date or pub)
            if i in seen:
                continue
            seen.add(i)
            out.append(replace(sg, reason=sg.reason + f"; {words} of a {c.recurrence} promise",
                               timeliness="on_time"))
    elif order:
        # one occasion told a day or two apart ("is in Namibia on a state visit" on the 25th, "arrived
        # on Wednesday" the 24th in a report of the 26th): its first report is the first published
        # (forty-first blind check; the labels' first report)
        t0 = _event_when(*order[0])
        sg, pub, _end = min((x for x in order if _event_when(*x) <= t0 + SAME_OCCASION_DAYS),
                            key=lambda x: (x[1], _event_when(*x)))
        rest = [p for s2, p, _e in order if s2.source_id != sg.source_id]
        if rest:
            sg = replace(sg, reason=sg.reason + f"; corroborated by {len(rest)} later report(s)")
        out.append(sg)
    if progress:
        first_done = _event_when(*order[0]) if order and not c.recurrence else None
        for sg, pub, _end in sorted(progress, key=lambda x: (x[1], x[0].span_start or 0)):
            if first_done is None or pub <= first_done:
                out.append(sg)
                break
    return out


def _replaced(c: CommitmentView, same: list[CommitmentView], reg: Registry) -> list[Suggestion]:
    """A later promise that moves this one while it is still open: the same host for a later
    period ("India to host in 2025" after "India to host in 2024"), or another host for the same
    period ("the US will host the Quad Summit on September 21, 2024")."""
    if not c.host or c.due_end is None or c.recurrence or c.action_cls != "meet":
        return []
    out = []
    for c2 in same:
        if c2.id == c.id or c2.source_id is None or not c2.host or c2.action_cls != c.action_cls:
            continue
        if c.ordinal is not None and c2.ordinal is not None and c.ordinal != c2.ordinal:
            continue  # "the third round in Accra", then "Togo will host the fifth round": two editions
        if not (c.made_on < c2.made_on <= c.due_end) or c2.due_start is None or c2.due_end is None:
            continue
        if c2.host == c.host and c2.due_start > c.due_end:
            why = f"moved to {_window(c2)}, same host {c.host.title()}"
        elif c2.host != c.host and c2.due_start <= c.due_end and c2.due_end >= (c.due_start or c.made_on):
            why = f"{c2.host.title()} to host it instead of {c.host.title()} ({_window(c2)})"
        else:
            continue
        out.append(Suggestion(
            c.id, c2.source_id, "missed", 0.6, None, c2.quote, c2.span[0], c2.span[1],
            f"same body: {_name(c, reg)}; replaced by a later plan of {c2.made_on}: {why}; "
            f"promised {c.made_on} for {_window(c)}", None,
        ))
    return out


def _relative_restated(c: CommitmentView, c2: CommitmentView) -> bool:
    """Are two windows the same relative phrase counted from two days ("soon", "within six months":
    each from its own statement, of one length within three days)? A later one then moves nothing
    (twenty-fourth blind check: "will be opened soon", said on 23 and 28 December)."""
    a, b, a2, b2 = c.due_start, c.due_end, c2.due_start, c2.due_end
    if a is None or b is None or a2 is None or b2 is None:
        return False
    return a == c.made_on and a2 == c2.made_on and abs((b - a).days - (b2 - a2).days) <= 3


#: the confidence of a works promise moved by a later one (``_works_moved``)
WORKS_MOVED_CONFIDENCE = 0.5


def _works_moved(c: CommitmentView, c2: CommitmentView, kinds: frozenset[str]) -> Suggestion | None:
    """A later promise of the same works for a later period, made while this one is still open:
    the works slipped ("the pipeline will be completed by December 2030", then "the completion
    deadline was extended to December 2031"), evidence this one will be missed. The same kinds
    of works and stage (begun or finished), parties in common and the same deliverable by its
    words; a promise of works only (a meeting moved is ``_replaced``'s, with its host). ``kinds``:
    ``works_named(c)``, read once for all its later promises."""
    if c.due_end is None or c2.due_end is None or c2.due_end <= c.due_end:
        return None  # (a deadline moved: "by December 2031" after "by December 2030")
    if _relative_restated(c, c2):
        return None  # ("will open soon" said again five days later: the same window, counted anew)
    if not kinds & works_named(c2) or (c.countries and c2.countries and not c.countries & c2.countries):
        return None
    if lexicon.works_begun(_works_text(c)) != lexicon.works_begun(_works_text(c2)):
        return None
    ov = 1.0 if c.key and c.key == c2.key else deliverable_overlap(c.subject, c2.subject)
    if ov < 0.6:
        return None
    return _moved_later(c, c2, "works", ov, WORKS_MOVED_CONFIDENCE)


#: the confidence of a deliverable whose deadline a later promise moved (``_deadline_moved``)
DEADLINE_MOVED_CONFIDENCE = 0.5
#: a later promise that tells it moves a date: "would extend a deadline to 2 June", "the launch was
#: pushed back to July", "postponed the entry into force until 2031"
_MOVES_DATE = re.compile(r"(?i)\b(?:" + lexicon.calling_off_any("postponed") + r"|extend(?:s|ed|ing)?)\b")


def _deadline_moved(c: CommitmentView, c2: CommitmentView, ov: float) -> Suggestion | None:
    """A later promise of the same deliverable (``_restated``: ``ov`` its share of words, 1.0 for
    the same body) that says it moves the date ("extend the deadline", "postponed", "delayed":
    ``_MOVES_DATE``) to a period ending later, made while this one is still open: evidence this
    one will be missed ("will extend the talks until 22 May", then "would extend a deadline to 2
    June"). Not a meeting (``_replaced`` moves one by its host), not a recurring promise; works are
    ``_works_moved``'s (thirty-eighth blind check: a debt exchange's deadlines)."""
    if c.action_cls == "meet" or c.recurrence or c2.recurrence or c.due_end is None or c2.due_end is None \
            or c2.due_end <= c.due_end or not _MOVES_DATE.search(c2.quote):
        return None
    return _moved_later(c, c2, "deliverable", ov, DEADLINE_MOVED_CONFIDENCE)


def _moved_later(c: CommitmentView, c2: CommitmentView, what: str, ov: float, confidence: float) -> Suggestion:
    """The ``missed`` suggestion of a promise moved later by ``c2`` (``_works_moved``, ``_deadline_moved``)."""
    return Suggestion(
        c.id, c2.source_id, "missed", confidence, None, c2.quote, c2.span[0], c2.span[1],
        f"same {what}: \"{c2.subject}\" ~ \"{c.subject}\" ({ov:.0%} of words); promised again {c2.made_on}"
        f" for {_window(c2)}, after the window {_window(c)} promised {c.made_on}: moved later", None)


@lru_cache(maxsize=4096)
def _anaphor(quote: str) -> str:
    m = re.search(r"(?i)\b(?:the|this|that)\s+\w+(?:\s+\w+)?|\bit\b", quote)
    return m.group(0) if m else "it"


#: how a reason says a thing of each event action was not done ("not signed as of 2031-05-02")
_NOT_DONE_AS = {"meet": "held", "sign": "signed", "launch": "launched", "conclude": "concluded"}


#: how long after a promise's window a meeting put off or called off can still be the one promised
#: (a trilateral meeting put off in 2021 is not the one promised for November 2015)
PUT_OFF_LATE = dt.timedelta(days=183)


def _missed(c: CommitmentView, s: SourceEvents, ev: EventMention, reg: Registry) -> Suggestion | None:
    if not _countries_ok(c, ev, reg):
        return None
    anchor = ev.anchor or s.published_on
    if c.recurrence and ev.negative == "not_in_period" and ev.period_start and ev.period_end \
            and anchor > c.made_on and ev.period_start > c.made_on:
        return Suggestion(
            c.id, s.source_id, "missed", round(max(0.05, min(ev.confidence, 0.95)), 2), None,
            ev.quote, ev.span[0], ev.span[1],
            f"same body: {_name(c, reg)}; \"{ev.verb} … {ev.date_text}\" ({anchor}): the "
            f"{ev.period_start.year} instance of a {c.recurrence} promise is not expected", None)
    if anchor <= c.made_on or c.due_end is None:
        return None
    if c.ordinal is not None and ev.ordinal is not None and c.ordinal != ev.ordinal:
        return None
    name = _name(c, reg)
    conf = ev.confidence
    if ev.negative == "last_held":
        assert ev.date_start is not None
        if ev.date_start > c.made_on:
            return None  # the last one was after the promise: not evidence of a miss
        if ev.date_end is not None and ev.date_end >= c.due_end \
                and ev.date_start <= (c.due_start or c.made_on) and (ev.date_end - ev.date_start).days > 31:
            return None  # "last met in 2021" of a meeting promised for October 2021: the last
            # one may be the one promised (a month holding it is the one before: "was last held
            # in March 2024" of one promised on 4 March for the 6th, read on the 9th)
        if c.due_end >= anchor:
            return None
        if ev.date_end and ev.date_end > c.made_on:
            conf -= 0.1  # "January 2022" includes the day of the promise
        reason = (f"same body: {name}; \"{ev.verb} {ev.date_text}\" (as of {anchor}): none between "
                  f"the promise of {c.made_on} and {anchor}, window {_window(c)} ended")
    elif ev.negative == "not_held":
        if c.due_end >= anchor:
            return None
        reason = f"same body: {name}; not {_NOT_DONE_AS.get(ev.action, 'done')} as of {anchor}, window {_window(c)} ended"
    elif ev.negative in ("postponed", "cancelled"):
        if anchor > c.due_end + PUT_OFF_LATE:
            return None  # put off years after the window: another edition's (fortieth blind check)
        if ev.period_start is not None:
            if ev.period_start <= c.due_end:
                return None
            reason = (f"same body: {name}; {ev.negative} to {ev.date_text} "
                      f"({ev.period_start}…{ev.period_end}), after {_window(c)}")
        else:
            if ev.negative == "postponed" and c.due_end > anchor + dt.timedelta(days=31):
                return None
            conf -= 0.1 if ev.negative == "postponed" else 0
            reason = f"same body: {name}; {ev.negative} ({anchor}), window {_window(c)}"
    elif ev.negative == "not_by":
        # "could not be finished by the end of March": every promise due by then was missed
        if ev.period_end is None or c.due_end > ev.period_end or ev.period_end > anchor:
            return None
        if not compatible_actions(ev.action, c.action_cls, ev) and c.action_cls not in ("conclude", "sign"):
            return None
        reason = (f"same body: {name}; \"{ev.verb} {ev.date_text}\" ({anchor}): not done by "
                  f"{ev.period_end}, and the window {_window(c)} ends on or before it")
    elif ev.negative == "not_in_period":
        ps, pe = ev.period_start, ev.period_end
        if ps is None or pe is None or not (ps <= c.due_end <= pe):
            return None
        reason = (f"same body: {name}; \"{ev.verb} … {ev.date_text}\" ({anchor}): not in "
                  f"{ps}…{pe}, where the window {_window(c)} ends")
    else:
        return None
    return Suggestion(
        c.id, s.source_id, "missed", round(max(0.05, min(conf, 0.95)), 2), None, ev.quote,
        ev.span[0], ev.span[1], reason, None,
    )


#: how long after a poll's window a report that it was put off (with no new date) still tells of it
POLL_LATE = dt.timedelta(days=31)


def promises_poll(c: CommitmentView) -> bool:
    """Is a promise one to hold a poll (``lexicon.POLLS``: "will hold the local elections on 9
    March"; not one to announce its date)?"""
    return c.action_cls == "meet" and lexicon.POLLS_RE.search(c.subject) is not None \
        and not re.search(r"(?i)\bdate\b", c.subject)


def promised_polls(c: CommitmentView) -> frozenset[str]:
    """The countries a promise to hold a poll is filed and fetched under (the poll key), none for
    any other promise."""
    return c.countries if promises_poll(c) else frozenset()


def is_poll_put_off(ev: EventMention) -> bool:
    """Is a report one of a poll put off or called off (``events._poll_put_off``: no series)?"""
    return ev.polarity == "negative" and ev.body is None and lexicon.POLLS_RE.search(ev.object_text) is not None


def polls_reported_in(ev: EventMention) -> frozenset[str]:
    """The countries a report of a poll put off, or held ("the upper house elections were held in
    May": ``events``, a poll names itself), is filed and fetched under (the poll key)."""
    held = ev.polarity == "positive" and ev.body is None and ev.action == "meet" \
        and lexicon.POLLS_RE.search(ev.object_text) is not None
    return ev.countries if held or is_poll_put_off(ev) or is_poll_set(ev) else frozenset()


def is_poll_set(ev: EventMention) -> bool:
    """Is a report one of a poll set for a date to come (``events._poll_announced``: "Kenya will hold
    a general election in November 2032")?"""
    return ev.polarity == "announced" and ev.body is None and lexicon.POLLS_RE.search(ev.object_text) is not None


#: a poll's phase or round: a promise or report naming one is of one part of a poll in parts, not
#: the whole ("the second phase of the election on 11 January")
_POLL_PART = re.compile(r"(?i)\b(?:phase|round|stage|leg)s?\b")
#: the part of a poll named with its ordinal ("the second phase", "its 2nd round")
_POLL_PART_NUMBER = re.compile(r"(?i)\b(?P<n>" + ORDINAL_RE + r"|final|last|subsequent|later|remaining)\s+"
                               r"(?:phases?|rounds?|stages?|legs?)\b")
#: parts named as those after the first ("the subsequent phases")
_LATER_PARTS = frozenset(["subsequent", "later", "remaining"])


def _poll_part(text: str) -> str | None:
    """The ordinal of the part of a poll a text names ("second", "2nd", "final", "subsequent"), lower case."""
    m = _POLL_PART_NUMBER.search(text)
    return m["n"].lower() if m else None


def _other_poll_part(promised: str, reported: str) -> bool:
    """Is the part of a poll reported not the one promised ("the second phase" promised, "the first of
    three rounds started" reported)? A promise of no part or of the first takes any report."""
    part, theirs = _poll_part(promised), _poll_part(reported)
    if part in (None, "first", "1st"):
        return False
    if part in _LATER_PARTS:
        return theirs in (None, "first", "1st")
    return theirs != part


_SCHEDULED_FOR = re.compile(r"(?i)\b(?:scheduled|slated|set|planned|due)\s+(?:for|on)\s+")


def _scheduled_for(ev: EventMention) -> tuple[tuple[dt.date, dt.date], ...]:
    """The windows of the date a report says the thing put off was scheduled for ("the election
    scheduled for April 25 has been postponed"), read both ways from the report's anchor (the
    last such day and the next: a date with no year may be either)."""
    return _scheduled_windows(ev.quote, ev.anchor) if ev.anchor is not None else ()


@lru_cache(maxsize=4096)
def _scheduled_windows(quote: str, anchor: dt.date) -> tuple[tuple[dt.date, dt.date], ...]:
    """``_scheduled_for`` of a quote, read once (each promise of a poll asks it of the same report)."""
    m = _SCHEDULED_FOR.search(quote)
    if m is None:
        return ()
    out = []
    for tense in ("past", "future"):
        t = next((t for t in find_all(quote[m.end():m.end() + 40], anchor, tense) if t.start == 0), None)
        if t is not None and t.due_start is not None and t.due_end is not None:
            out.append((t.due_start, t.due_end))
    return tuple(out)


def _polls_put_off(c: CommitmentView, pairs: list[tuple[SourceEvents, EventMention]],
                   reg: Registry) -> list[Suggestion]:
    """Of ``pairs`` (reports naming no series), a poll of the promise's country put off or called
    off after the promise (``events._poll_put_off``), of no other level (``lexicon.poll_levels``:
    "presidential" is not "local"), dated as ``_missed`` dates a body's: the promised poll was
    missed."""
    out = []
    for s, ev in pairs:
        if is_poll_set(ev):
            if (sg := _poll_set_later(c, s, ev)) is not None:
                out.append(sg)
            continue
        if not is_poll_put_off(ev) or not _same_poll(c, ev):
            continue
        if c.due_start is not None and c.due_end is not None and (old := _scheduled_for(ev)) \
                and not any(a <= c.due_end and b >= c.due_start for a, b in old):
            continue  # "the election scheduled for April 25 was put off again": another date's poll
        if ev.period_start is None and c.due_end is not None \
                and (ev.anchor or s.published_on) > c.due_end + POLL_LATE:
            continue  # "with polls delayed by more than a year", long after: no report of this one
        sg = _missed(c, s, ev, reg)
        if sg is not None:
            out.append(replace(sg, reason=f"the poll put off: \"{ev.object_text}\";" + sg.reason.partition(";")[2]))
    return out


#: how long after its window a poll promised can still be kept (late) by one held (thirty-sixth blind
#: check: elections put off for years by transitional governments, then held)
POLL_HELD_LATE = dt.timedelta(days=4 * 366)
#: how early before its window a poll held can be the one promised ("in the first quarter", held on
#: the last days of December is another)
POLL_HELD_EARLY = dt.timedelta(days=7)
#: the confidence of a poll held that keeps a promise of it (no series name ties them)
POLL_HELD_CONFIDENCE = 0.45


def _polls_held(c: CommitmentView, pairs: list[tuple[SourceEvents, EventMention]]) -> list[Suggestion]:
    """The fallback for a promise to hold a poll that no report of its series keeps: the first
    report of a poll of its country held (``polls_reported_in``, ``events._poll_held``: "Polls
    opened on Sunday for Kenya's first general election"), of no other level (``lexicon.poll_levels``),
    not before the promise's window, up to ``POLL_HELD_LATE`` after it."""
    found: list[_Found] = []
    for s, ev in pairs:
        if ev.polarity != "positive" or not polls_reported_in(ev) or not _same_poll(c, ev):
            continue
        if _other_poll_part(c.quote, ev.quote):
            continue  # the second phase promised is not kept by the first one held
        day = event_day(ev, s.published_on)
        if day <= c.made_on or (c.due_start is not None and day < c.due_start - POLL_HELD_EARLY):
            continue  # (a poll before the one promised)
        if c.due_end is not None and day > c.due_end + POLL_HELD_LATE:
            continue
        found.append((day, s.published_on, s.source_id, ev, s))
    return _earliest_keeps(c, found, POLL_HELD_CONFIDENCE,
                           lambda ev: f"a poll of {_party_names(ev.countries)} held ({ev.verb}: \"{ev.object_text}\")")


def _poll_set_later(c: CommitmentView, s: SourceEvents, ev: EventMention) -> Suggestion | None:
    """A poll of the promise's country set, while its window was open (or in the month after it), for a
    time after it ("in 2032" promised, then "will hold a general election in November 2033"): the
    promised poll slipped (a poll of a country is one at a time; not a part of one, nor a referendum for
    an election)."""
    anchor = ev.anchor or s.published_on
    if c.due_end is None or ev.date_start is None or not (c.made_on < anchor <= c.due_end + POLL_LATE):
        return None  # (set in the month after the window, it still tells the poll was not held in it)
    if ev.date_start <= c.due_end or not _same_poll(c, ev) or lexicon.poll_kind(c.subject) != lexicon.poll_kind(ev.object_text):
        return None
    if _POLL_PART.search(c.quote) or _POLL_PART.search(ev.quote):
        return None
    return _missed_by(c, s, ev, f"the poll set for a later time: \"{ev.object_text}\" {ev.date_text} "
                                f"({ev.date_start}…{ev.date_end}), after {_window(c)}", less=0.1)


def _same_poll(c: CommitmentView, ev: EventMention) -> bool:
    """May a report of a poll be of the poll a promise names: of its countries (``same_pair``; each
    names some), and of no other level (``lexicon.other_polls``: the presidential vote is not the
    legislative elections)? Read by the polls put off, held and set later."""
    return bool(c.countries and ev.countries) and same_pair(c.countries, ev.countries) \
        and not lexicon.other_polls(c.subject, ev.object_text)


#: how a reason tells each kind of visit not made (``events.CALLED_OFF_VISITS``)
_VISIT_OFF = {"cancelled": "was called off", "postponed": "was put off", "unlikely": "was said to be unlikely"}


def _called_off_visits(c: CommitmentView, pairs: list[tuple[SourceEvents, EventMention]],
                       reg: Registry) -> list[Suggestion]:
    """Of ``pairs``, the visits to the promised place called off after the promise, reported
    at most a month after its window (``events.CALLED_OFF_VISITS``): the promised visit was
    missed. None for a promise of no visit (``promises_visit``) or with no window or place."""
    if not promises_visit(c) or c.due_end is None or (to := visit_destination(c, reg)) is None:
        return []
    out = []
    for s, ev in pairs:
        if not is_called_off_visit(ev):
            continue
        anchor = ev.anchor or s.published_on
        if anchor <= c.made_on or anchor > c.due_end + dt.timedelta(days=31):
            continue
        if _visit_country(ev, reg) != to or not _countries_ok(c, ev, reg):
            continue
        out.append(_missed_by(c, s, ev, f"the {ev.object_text} {_VISIT_OFF[ev.negative or '']} (\"{ev.verb}\", "
                              f"{anchor}): the visit promised {c.made_on} for {_window(c)} did not take place"))
    return out


def _missed_by(c: CommitmentView, s: SourceEvents, ev: EventMention, reason: str, *,
               less: float = 0.0) -> Suggestion:
    """A report that a promise was missed: the event's confidence (at most 0.95, less ``less``),
    its sentence, no event date."""
    return Suggestion(c.id, s.source_id, "missed", round(min(ev.confidence, 0.95) - less, 2), None,
                      ev.quote, ev.span[0], ev.span[1], reason, None)


def _meetings_called_off(c: CommitmentView, pairs: list[tuple[SourceEvents, EventMention]],
                         reg: Registry) -> list[Suggestion]:
    """Of ``pairs``, meetings of people called off after the promise (``events.PEOPLE_MEETING_OFF``:
    "the meeting between A and B will not take place"): a promised meeting of the same parties was
    missed. The report's parties are two or more of the promise's and none other; it comes at most a
    month after the window, or, for a promise with no window, names the promised host as the venue.
    A venue named that is not the promised host is another meeting."""
    if c.action_cls != "meet" or promises_visit(c) or len(c.countries) < 2 or c.recurrence:
        return []
    out = []
    for s, ev in pairs:
        if not is_people_meeting_off(ev):
            continue
        anchor = ev.anchor or s.published_on
        if anchor <= c.made_on or not _within_parties(c, ev):
            continue
        venue = venue_countries(ev.quote, reg) - c.countries
        if c.host is not None and venue and c.host not in venue:
            continue
        if c.due_end is None and (c.host is None or c.host not in venue):
            continue
        if c.due_end is not None and anchor > c.due_end + dt.timedelta(days=31):
            continue
        out.append(_missed_by(c, s, ev, f"same parties ({_party_names(ev.countries)}): their meeting "
                              f"was called off ({anchor}); the meeting promised {c.made_on} for "
                              f"{_window(c)} did not take place"))
    return out


#: the promise classes a start or a signing put off (``events.is_thing_put_off``) is a miss of
_PUT_OFF_CLASSES: dict[str, tuple[str, ...]] = {"launch": ("launch",), "sign": ("sign", "conclude")}


def _put_off_thing(c: CommitmentView, ev: EventMention) -> bool:
    """Is the thing a report says was put off the promise's: most content words shared
    (``deliverable_overlap``: the word index fetches it so), or, for a promise the structural
    key files (``structural_ok``), its head noun one of the promise's ("joint maritime patrols" put
    off, "trilateral joint patrols in the Sulu Sea" promised)?"""
    if deliverable_overlap(c.subject, ev.object_text) >= 0.5:
        return True
    if not structural_ok(c):
        return False
    head = _head_noun(ev.object_text)
    return bool(head) and head in _thing_words(c.subject)


def _things_put_off(c: CommitmentView, pairs: list[tuple[SourceEvents, EventMention]]) -> list[Suggestion]:
    """Of ``pairs``, the first report that the start or the signing promised was put off
    (``events.is_thing_put_off``: "the planned launch of joint maritime patrols has been
    delayed"): missed. The same party set and class of action (``_PUT_OFF_CLASSES``), the same
    thing (``_put_off_thing``), reported after the promise and by the end of its window (the
    structural key of the link index fetches it so, ``structural_ok`` promises, their window not
    closed; or the word index, by the words of the thing). Put off with no new day a month or more
    before the window ends is no miss yet."""
    if c.due_end is None or c.recurrence or len(c.countries) < 2:
        return []
    for s, ev in pairs:
        if not is_thing_put_off(ev) or c.action_cls not in _PUT_OFF_CLASSES.get(ev.action, ()):
            continue
        anchor = ev.anchor or s.published_on
        if anchor <= c.made_on or anchor > c.due_end or ev.countries != c.countries:
            continue
        if ev.negative == "postponed" and c.due_end > anchor + dt.timedelta(days=31):
            continue
        if not _put_off_thing(c, ev):
            continue
        return [_missed_by(c, s, ev, f"same parties ({_party_names(ev.countries)}): \"{ev.verb}\" of "
                           f"{ev.object_text} ({anchor}); the {c.action_cls} promised {c.made_on} for "
                           f"{_window(c)}")]
    return []


#: a decision promised at a meeting: "the modalities will be decided at a high-level meeting in
#: Accra on 6 May" (its action, and a meeting named as where it is made, ``_AT_MEETING``)
_DECIDE = re.compile(r"(?i)\b(?:decid|agree|adopt|approv|settl|finali[sz]|resolv|determin)")
#: the promise's sentence says so, whatever its action was read as: "… will be examined and
#: decided at a high-level meeting"
_DECIDED_AT = re.compile(r"(?i)\b(?:will|would|to|shall)\s+be\s+(?:\w+\s+and\s+)?(?:decided|agreed|adopted|approved|"
                         r"settled|finali[sz]ed|resolved|determined)\s+(?:upon\s+|on\s+)?(?:at|during)\s+(?:a|an|the)\b")


def _decided_at_meeting(c: CommitmentView, sources: list[SourceEvents], reg: Registry) -> list[Suggestion]:
    """A decision promised at a meeting (``_DECIDE``, ``_AT_MEETING``) is missed by a report that
    a meeting of the same parties, held in the window or within a week after it, ended without
    agreement (``events.ENDED_WITHOUT``)."""
    if c.due_start is None or c.due_end is None or len(c.countries) < 2 or c.recurrence \
            or not (_DECIDE.search(c.action or "") or _DECIDED_AT.search(c.quote)):
        return []
    at = [m.group(0) for m in _AT_MEETING.finditer(f"{c.subject} ; {c.quote}")]
    if not any(_OCCASION_NAMED.search(a) for a in at):
        return []
    for s in sources:
        for ev in s.events:
            if not ended_without_outcome(ev) or ev.date_start is None:
                continue
            anchor = ev.anchor or s.published_on
            if anchor <= c.made_on or not _within_parties(c, ev):
                continue
            if not c.due_start <= ev.date_start <= c.due_end + dt.timedelta(days=7):
                continue
            return [_missed_by(c, s, ev, f"same parties ({_party_names(ev.countries)}): the meeting at "
                               f"which it was to be decided ended without agreement ({ev.date_start}); "
                               f"promised {c.made_on} for {_window(c)}", less=0.1)]
    return []


#: a time a promise gives only loosely: its window is read by convention ("promptly" = within three
#: months), so a later promise of the same edition restates it rather than tells it was missed
#: (``_promised_again``); (pattern, example)
LOOSE_TIMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b(?:promptly|soon|shortly|at\s+an\s+early\s+date|as\s+soon\s+as\s+(?:possible|practicable)"
                r"|at\s+the\s+earliest|in\s+the\s+near\s+future|at\s+an\s+early\s+opportunity)\b"),
     "Kenya and Ghana will promptly hold the first Kenya-Ghana Joint Commission."),
)


def _made_again_after_window(c1: CommitmentView, c2: CommitmentView) -> bool:
    """Is c2 the same thing promised again after c1's window ended, by compatible parties, c1's
    window a firm one (not ``LOOSE_TIMES``: a loose window restated is not missed)? What
    ``_promised_again`` and ``_signed_again`` both ask before their own questions."""
    return c1.due_end is not None and c2.made_on > c1.due_end \
        and not any(rx.search(c1.quote) for rx, _example in LOOSE_TIMES) \
        and not (c1.countries and c2.countries and not parties_compatible(c1.countries, c2.countries))


def _promised_again(c1: CommitmentView, c2: CommitmentView, reg: Registry) -> Suggestion | None:
    """c2 promises the same numbered edition of c1's series again after c1's window ended: c1
    was missed ("the third Joint Commission by June", then in November "the third Joint
    Commission in early 2032")."""
    if c1.due_end is None or c1.ordinal is None or c2.ordinal != c1.ordinal or c1.recurrence \
            or c2.source_id is None or c1.action_cls != "meet" or c2.action_cls != "meet":
        return None
    if not c1.key or c2.key != c1.key or not _made_again_after_window(c1, c2):
        return None
    return Suggestion(
        c1.id, c2.source_id, "missed", 0.6, None, c2.quote, c2.span[0], c2.span[1],
        f"same body: {_name(c1, reg)}; the same edition (number {c1.ordinal}) promised again on "
        f"{c2.made_on} (window {_window(c2)}), after the window {_window(c1)} of the promise of "
        f"{c1.made_on} ended: it was not held in it", None)


#: the confidence of a one-off promise made again after its window (``_signed_again``)
SIGNED_AGAIN_CONFIDENCE = 0.5


def _one_off(c: CommitmentView) -> bool:
    """Is a promise one of a thing done once, an instrument signed or a visit made (not a
    meeting of a series, not recurring)?"""
    return not c.recurrence and (c.action_cls in ("sign", "conclude") or promises_visit(c) and c.key is None)


def _signed_again(c1: CommitmentView, c2: CommitmentView, reg: Registry) -> Suggestion | None:
    """c2 promises again, after c1's window ended, the one-off thing c1 promised (``_one_off``: an
    instrument signed, a visit made; its body, or at least two words of its deliverable named the
    same): c1's window passed without it ("will ink a labour pact with Ghana within September", then
    in October "the agreement will be formally signed before the festival"; fortieth blind check).
    Not from a loose time ("soon", ``LOOSE_TIMES``), nor an instrument named by its kind alone."""
    if c1.due_end is None or c2.id == c1.id or c2.source_id is None or c2.recurrence \
            or c2.action_cls != c1.action_cls or not _made_again_after_window(c1, c2):
        return None
    if c2.due_end is not None and c2.due_end <= c1.due_end:
        return None
    if c2.made_on > c1.due_end + PUT_OFF_LATE:
        return None  # (years on: another instrument, another visit)
    if c1.key:
        if c2.key != c1.key or c1.key in GENERIC_INSTRUMENTS:
            return None
        ov = 1.0
    else:
        if c2.key is not None or len(_thing_words(c1.subject) & _thing_words(c2.subject)) < 2:
            return None
        ov = deliverable_overlap(c1.subject, c2.subject)
        if ov < 0.6:
            return None
    return Suggestion(
        c1.id, c2.source_id, "missed", SIGNED_AGAIN_CONFIDENCE, None, c2.quote, c2.span[0], c2.span[1],
        f"same deliverable: \"{c2.subject}\" ~ \"{c1.subject}\" ({ov:.0%} of words); promised again "
        f"{c2.made_on} for {_window(c2)}, after the window {_window(c1)} of the promise of {c1.made_on} "
        "ended: not done in it", None)


def _restated(c1: CommitmentView, c2: CommitmentView, reg: Registry) -> float | None:
    """Does c2, made later, restate c1? None if not; else the share of words their
    deliverables share (1.0 for the same body), which ``_restatement`` writes."""
    if c2.made_on <= c1.made_on or c1.kind != c2.kind:
        return None
    if c1.due_end is not None and c2.made_on > c1.due_end:
        return None  # a new promise after the old one lapsed: a new deliverable
    if c1.action_cls != c2.action_cls:
        return None
    if c1.due_end is not None and c2.due_start is not None and c2.due_start > c1.due_end:
        return None  # promised for a later period: moved (see _replaced), not restated
    if c1.ordinal is not None and c2.ordinal is not None and c1.ordinal != c2.ordinal:
        return None
    if c1.ordinal is not None and c2.ordinal is None and c1.due_end is None \
            and c2.made_on > c1.made_on + STRUCTURAL_HORIZON:
        # "the 21st Kenya-Ghana Summit will be held in the afternoon" (no window) is not restated by
        # "will visit Ghana in 2034 for the annual summit" three years on: another edition (the
        # shape of India-Russia announcements, 2021 and 2024)
        return None
    if c1.countries and c2.countries and not (c1.countries & c2.countries):
        return None
    if c1.key and c1.key == c2.key:
        if is_generic(c1.key.split("/")[0], reg) and not (
                c1.countries & c2.countries and same_pair(c1.countries, c2.countries)):
            return None
        return 1.0
    ov = deliverable_overlap(c1.subject, c2.subject)
    return None if ov < 0.6 else ov


def _restatement(c1: CommitmentView, c2: CommitmentView, reg: Registry, ov: float) -> Suggestion:
    """The suggestion that c2 restates c1 (``_restated`` decided it)."""
    if c1.key and c1.key == c2.key:
        why = f"same body: {_name(c1, reg)}"
    else:
        why = f"same deliverable: \"{c2.subject}\" ~ \"{c1.subject}\" ({ov:.0%} of words)"
    if c1.ordinal is not None and c1.ordinal == c2.ordinal:
        why += f"; ordinal {c1.ordinal} = {c2.ordinal}"
    reason = (f"{why}; restated {c2.made_on} (window {_window(c2)}), "
              f"first promised {c1.made_on} (window {_window(c1)})")
    return Suggestion(
        c1.id, c2.source_id, "restates", 0.7, c2.made_on, c2.quote, c2.span[0], c2.span[1],
        reason, None,
    )


def suggest(
    commitments: list[CommitmentView],
    sources: list[SourceEvents],
    reg: Registry | None = None,
    *,
    only: set[int] | None = None,
) -> list[Suggestion]:
    """All suggestions for the (active) commitments, ``only`` these ids if given.

    ``commitments`` must be prepared (``prepare``); ``sources`` carry their
    events. One suggestion per commitment, source and kind: the strongest.
    """
    reg = reg if reg is not None else load_registry()
    # occasion sentences (``unframed``) are read only by the last fallback
    occasions = sorted(((s.published_on, s.source_id, ev) for s in sources for ev in s.events
                        if is_occasion(ev)), key=lambda x: (x[0], x[1], text_order(*x[2].span), x[2].action))
    if occasions:
        sources = [replace(s, events=tuple(ev for ev in s.events if not is_occasion(ev)))
                   for s in sources]
    commitments, sources = unify_keys(commitments, sources, reg)
    resolve_next_ordinals(commitments, sources)
    by_key: dict[str | None, list[tuple[SourceEvents, EventMention]]] = defaultdict(list)
    for s in sources:
        for ev in s.events:
            by_key[ev.key].append((s, ev))
    latest = {k: [_latest(s, ev) for s, ev in pairs] for k, pairs in by_key.items()}
    ckey: dict[str | None, list[CommitmentView]] = defaultdict(list)
    for c in commitments:
        ckey[c.key].append(c)
    series = {k: _Series(cs) for k, cs in ckey.items()}
    by_parties = _ByParties(sources)
    by_visit = _ByVisit(sources, reg)
    by_works = _ByWorks(sources)
    best: dict[tuple[int, int | None, str], Suggestion] = {}  # one per commitment, source, kind
    # restatements decided, as (promise, later promise, share of words), the first per
    # commitment and source: written only for those kept past the cap (``_restates_kept``)
    restated: dict[tuple[int, int], tuple[CommitmentView, CommitmentView, float]] = {}

    missed_ids: set[int] = set()  # promises a report says were missed (no occasion keeps them)

    def keep(sg: Suggestion | None) -> None:
        if sg is None:
            return
        if sg.kind == "missed":
            missed_ids.add(sg.commitment_id)
        k = (sg.commitment_id, sg.source_id, sg.kind)
        if k not in best or sg.confidence > best[k].confidence:
            best[k] = sg

    for c in commitments:
        if not c.active or (only is not None and c.id not in only):
            continue
        # events on or before the promise's day cannot settle it (``_latest``): not tried
        candidates = _after(by_key, latest, c.key or None, c.made_on)
        if c.key and c.action_cls in ("conclude", "sign") and not c.key.endswith("/round"):
            # a round of talks held on an agreement is progress towards concluding it
            candidates = candidates + [
                (s, replace(ev, action="progress", verb=f"round {ev.ordinal or ''} held".replace("  ", " "),
                            body=replace(ev.body, part="")))
                for s, ev in _after(by_key, latest, c.key + "/round", c.made_on)
                if ev.polarity == "positive" and ev.body is not None]
        same = ckey.get(c.key, [])
        found: list[tuple[Suggestion, dt.date, dt.date | None]] = []
        stated: set[SuggestionKey] = set()
        keyed_miss = False  # a report of its own series says it was missed: no fallback
        editions: dict[int, tuple[str | None, int]] = {}  # found's index -> the edition it reports
        for s, ev in candidates:
            if ev.polarity in ("positive", "announced"):
                sg = _fulfil(c, s, ev, reg, series[c.key])
                if sg is not None:
                    if ev.polarity == "positive" and ev.ordinal is not None:
                        editions[len(found)] = (ev.key, ev.ordinal)
                    found.append((sg, s.published_on, ev.date_end))
                    if states_day(ev.date_text):
                        stated.add(sg.unique)
            elif c.key:
                miss = _missed(c, s, ev, reg)
                keyed_miss = keyed_miss or miss is not None
                keep(miss)
        found = _one_edition_one_time(found, editions)
        if promises_visit(c):  # (only a promised visit is missed by a visit called off)
            # (a visit called off has no series: CALLED_OFF_VISITS)
            called_off = _after(by_key, latest, None, c.made_on) if c.key is not None else candidates
            for sg in _called_off_visits(c, called_off, reg):
                keep(sg)
        chosen = _select(c, found, stated)
        if structural_ok(c) and _unkept(keyed_miss, chosen):
            # no report of its own series or words: one of the same parties and kind, in
            # the window (lower confidence, the reason says so)
            chosen += _structural(c, by_parties, reg, series[c.key])
        if _unkept(keyed_miss, chosen):
            chosen += _same_visit(c, by_visit, reg, series[c.key])  # (the visitor's side in the country)
        if _unkept(keyed_miss, chosen):
            chosen += _same_works(c, by_works)  # (a thing built: the report that it opened)
        chosen += _works_put_off(c, by_works)  # (works said put off past the window: missed)
        if not keyed_miss and promises_poll(c):
            # (a poll put off is reported by its own name, not its series: ``_polls_put_off``)
            chosen += _polls_put_off(c, _after(by_key, latest, None, c.made_on), reg)
        if _unkept(keyed_miss, chosen) and promises_poll(c):
            chosen += _polls_held(c, _after(by_key, latest, None, c.made_on))  # (held, by its name)
        if _unkept(keyed_miss, chosen):
            # (a meeting of people called off names no series: PEOPLE_MEETING_OFF)
            chosen += _meetings_called_off(c, _after(by_key, latest, None, c.made_on), reg)
        # (a start or a signing put off, told by its noun: events._THING_PUT_OFF; put off, it may
        # still have been done late, so the last fallback is tried before it is added)
        put_off = [] if keyed_miss else _things_put_off(c, _after(by_key, latest, None, c.made_on))
        if no_deal := _decided_at_meeting(c, sources, reg):
            # (the meeting it was to be decided at ended without agreement: that report keeps no
            # such promise, whatever else of the meeting it tells)
            chosen = [sg for sg in chosen if sg.source_id not in {n.source_id for n in no_deal}] + no_deal
        if occasions and _unkept(keyed_miss, chosen) and not any(
                sg.kind == "missed" for sg in chosen) and c.id not in missed_ids:
            # nothing framed keeps or misses it: an occasion sentence may (``unframed``)
            chosen += _by_occasion(c, occasions)
        chosen += put_off
        for sg in chosen:
            keep(sg)
            if sg.kind == "partially_fulfils":
                keep(replace(sg, kind="missed", event_date=None, timeliness=None,
                             reason=sg.reason + ": the promised host was not met"))
        # a later plan of the same series moves it: of compatible parties only
        if c.key and c.host:  # (``_replaced`` moves only a promise with a host)
            later = [c2 for c2 in same if parties_compatible(c.countries, c2.countries)]
            for sg in _replaced(c, later, reg):
                keep(sg)
        works = works_named(c) if c.due_end is not None else frozenset[str]()  # (``_works_moved``)
        for c2 in (same if c.key else commitments):
            # (``_restated`` wants c2 made after c, and while c is open)
            if c2.made_on <= c.made_on or c.due_end is not None and c2.made_on > c.due_end:
                continue
            if c2.id == c.id or c2.source_id is None:
                continue
            if c2.source_id == c.source_id and c2.made_on == c.made_on:
                continue
            if c.key is None and c2.key is not None:
                continue
            if (c.id, c2.source_id) not in restated and (how := _restated(c, c2, reg)) is not None:
                restated[c.id, c2.source_id] = (c, c2, how)
                if not works:  # (a later promise of the same deliverable that moves its date)
                    keep(_deadline_moved(c, c2, how))
            if works:  # (a later promise of the same works for a later period)
                keep(_works_moved(c, c2, works))
        for c2 in same if c.key and c.ordinal is not None and c.due_end is not None else ():
            keep(_promised_again(c, c2, reg))  # (the same edition promised again, too late)
        if c.due_end is not None and _one_off(c):
            for c2 in (same if c.key else commitments):
                keep(_signed_again(c, c2, reg))  # (the same instrument or visit promised again, too late)
    # a source that reports the thing done (even late) is not also evidence it was missed
    for k in [k for k in best if k[2] == "missed"]:
        if (k[0], k[1], "fulfils") in best:
            del best[k]
    best.update(_restates_kept(restated, best, reg))
    for k in _after_kept(best, commitments, sources):
        del best[k]
    return sorted((_rendered(sg, reg) for sg in best.values()),
                  key=lambda s: (s.commitment_id, s.source_id or 0, s.kind))


def _by_occasion(c: CommitmentView, occasions: list[tuple[dt.date, int, EventMention]]
                 ) -> list[Suggestion]:
    """The last fallback: the first occasion sentence of a later report that keeps the
    promise (``unframed.kept_by_occasion``), as a ``fulfils`` of the lowest band."""
    if not occasion_ok(c.countries, c.recurrence, c.due_start, c.due_end, c.made_on, c.quote, c.subject) \
            or serves_another(c.subject):
        return []  # (the tickets for a train are not kept by any occasion of the train's)
    found = kept_by_occasion(
        made_on=c.made_on, due_start=c.due_start, due_end=c.due_end,
        cls=promised_class(c.action_cls, promises_visit(c)),
        subject=c.subject, quote=c.quote, countries=c.countries,
        kinds=deliverable_kinds(c.quote), kinds_of=deliverable_kinds,
        candidates=(o for o in occasions if o[1] != c.source_id))
    if found is None:
        return []
    sid, ev, day, timing, shared = found
    return [Suggestion(
        c.id, sid, "fulfils", ev.confidence, ev.date_start, ev.quote, ev.span[0], ev.span[1],
        f"{OCCASION_REASON}: the report names the promise's parties ({_party_names(c.countries)})"
        f" and {', '.join(shown(shared, ev.quote))}, on {_fmt(day)}"
        + (f" ({timing.replace('_', ' ')})" if timing else ""),
        timing or None)]


def _restates_kept(restated: dict[tuple[int, int], tuple[CommitmentView, CommitmentView, float]],
                   best: dict[tuple[int, int | None, str], Suggestion], reg: Registry
                   ) -> dict[tuple[int, int | None, str], Suggestion]:
    """The restatements kept: not of a source that reports the thing done or missed, and
    within the cap (``_restates_capped``), written."""
    per: dict[int, list[tuple[CommitmentView, CommitmentView, float]]] = defaultdict(list)
    for (cid, sid), pair in restated.items():
        if (cid, sid, "fulfils") not in best and (cid, sid, "missed") not in best:
            per[cid].append(pair)
    out: dict[tuple[int, int | None, str], Suggestion] = {}
    for pairs in per.values():
        for c1, c2, how in _restates_capped(pairs):
            out[c1.id, c2.source_id, "restates"] = _restatement(c1, c2, reg, how)
    return out


#: restatements kept as evidence per commitment: the first RESTATES_FIRST and the
#: latest one. A promise repeated in every readout of a series would otherwise gather
#: one suggestion per readout (300 near-identical statements: ~130,000), which says
#: no more to the analyst than "restated from … to …" and costs a write per row.
RESTATES_FIRST = 2


def _restates_capped(pairs: list[tuple[CommitmentView, CommitmentView, float]]
                     ) -> list[tuple[CommitmentView, CommitmentView, float]]:
    """The cap on the restatements of one commitment, as (promise, later promise, share of
    words): the first ``RESTATES_FIRST`` and the latest, by the day the later promise was
    made, then its source; all of them when there are no more than that."""
    if len(pairs) <= RESTATES_FIRST + 1:
        return pairs
    pairs = sorted(pairs, key=lambda p: (p[1].made_on, p[1].source_id or 0))
    return pairs[:RESTATES_FIRST] + pairs[-1:]


def _after_kept(best: dict[tuple[int, int | None, str], Suggestion], commitments: list[CommitmentView],
                sources: list[SourceEvents]) -> list[tuple[int, int | None, str]]:
    """Misses and restatements of a promise (not a recurring one) already kept, reported on or
    after the day it was kept: a report that a later edition was put off ("the seventh meeting
    has been deferred", two years after the promised meeting was held), or a promise of the
    next one, is about that edition. A miss reported before the promise was kept late stays
    (the deadline passed, then it was done)."""
    recurring = {c.id for c in commitments if c.recurrence}
    # (a restatement's source is a promise's, which need not be among the event sources)
    published = {c.source_id: c.made_on for c in commitments if c.source_id is not None}
    published.update((s.source_id, s.published_on) for s in sources)
    kept: dict[int, dt.date] = {}
    for sg in best.values():
        day = sg.event_date or published.get(sg.source_id or -1)
        if sg.kind == "fulfils" and day is not None and sg.commitment_id not in recurring:
            kept[sg.commitment_id] = min(day, kept.get(sg.commitment_id, day))
    return [k for k, sg in best.items() if sg.kind in ("missed", "restates") and sg.commitment_id in kept
            and (pub := published.get(sg.source_id or -1)) is not None and pub >= kept[sg.commitment_id]]


def _after(by_key: dict[str | None, list[tuple[SourceEvents, EventMention]]],
           latest: dict[str | None, list[dt.date]], key: str | None,
           day: dt.date) -> list[tuple[SourceEvents, EventMention]]:
    """The events of ``key`` that can lie after ``day`` (``_latest``), in their order."""
    return [pair for pair, last in zip(by_key.get(key, []), latest.get(key, []), strict=True)
            if last > day]
