"""One commitment per promise: news copy states the same promise two or three
times (the lead, a paraphrase, a direct quote of the statement). Restatements
are found after extraction and only the most primary one is kept.

Two commitments of one document restate each other when they come from
different sentences and

* their actions belong to the same family (``ACTION_FAMILIES``: "host the
  summit" and "the summit will take place" are one kind of deliverable);
* one of the two sentences reports what was said (quotation marks, "said",
  "announced", "according to" …) or opens the document: two plain sentences of a
  joint statement are two promises;
* their actors overlap (or one has none);
* their windows overlap, or one of them has none;
* different numbers in the two subjects ("the 2024 summit", "the 2025
  summit") are different instances;
* their subjects name the same class of event (``EVENT_CLASSES``: a summit
  and a meeting are one class, a visit another; a subject naming none never
  restates one naming an event), at no different level (``MEETING_LEVELS``: a
  summit of leaders is not a meeting of foreign ministers), and share most of their content words
  (overlap coefficient >= 0.5) or the later one is anaphoric ("the event"), or one
  names only whom the parties meet ("their US counterparts": `EVENT_CLASSES` makes
  counterparts a meeting).

A commitment joins a group of restatements only if it restates every member
(no chains). The one kept: the narrowest window (an explicit date beats "next
week"), then a sentence attributed to a written official text (joint
statement, communiqué, declaration, readout), then the earliest in the
document. The others are not lost: each sentence of the group stays as a
mention of the kept one (``ExtractedItem.mentions``, its kind from
``mention_kind``). The item's ``quote`` stays the sentence its parts were read
from (its window, its subject); the quote a reader is shown is the most
primary mention (``ExtractedItem.primary``, by ``tracker.domain.statuses.primacy``:
the direct quote or the official sentence before a lead or a paraphrase).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from tracker.domain.lexicon import meeting_levels
from tracker.extract import windows
from tracker.extract.actors import countries_in
from tracker.extract.model import ExtractedItem, Mention
from tracker.extract.patterns import singular
from tracker.extract.tables import (
    ACTION_FAMILIES,
    AGENDA_TALK_EVENT_NOUNS,
    AGENDA_TALK_NOUNS,
    AGENDA_TALK_OBJECT_VERBS,
    AGENDA_TALK_VERBS,
    ANAPHORIC_SUBJECTS,
    COUNTRIES,
    EVENT_CLASSES,
    OFFICIAL_SOURCE_PATTERNS,
    SUBJECT_STOPWORDS,
)

_TOKEN_RE = re.compile(r"[a-z0-9]+")
#: a subject made only of these names whom the parties meet ("their US counterparts")
_PEOPLE_TOKENS = frozenset(["counterpart", "counterparts",
                            # the offices meeting: "Kenya's and Ghana's foreign and defense ministers
                            # will meet next week" is the meeting the next sentence dates (the
                            # shape of a Japan-Australia 2+2 announcement, 2024)
                            "minister", "ministers", "leaders", "foreign", "defense", "defence"]) | frozenset(
    t for aliases in COUNTRIES.values() for a in aliases for t in _TOKEN_RE.findall(a.lower()))
#: actions that hold a meeting again when their object is one ("resume talks")
_RESUMING = frozenset(["resume", "restart", "reconvene", "restore"])
#: an intransitive meeting: "meet in Accra", "meet on the sidelines" (the subject the extractor gives it)
_MEET_ONLY_RE = re.compile(r"meet(?:\s+(?:in|at|on|during)\b.*)?$", re.IGNORECASE)
#: "(JTC)", "(2+2)": a short name in brackets right after a subject
_BRACKET_AFTER_RE = re.compile(r"\s*\(([^()]{1,20})\)")
_OFFICIAL_RE = re.compile("|".join(OFFICIAL_SOURCE_PATTERNS), re.IGNORECASE)
#: a sentence that reports (attributes or quotes) what was said: news copy, where one
#: promise is restated; two plain statement sentences are two promises
_REPORTED_RE = re.compile(
    r"[\"“”]|\b(?:said|says|told|announced|stated|added|noted|according\s+to|confirmed|reported|read)\b",
    re.IGNORECASE)


#: how a sentence ends; a line without it is a heading (a crosshead sums up the news below it,
#: like reported copy: "The next meeting of the Council will be held at the end of 2024")
_HEADING_END_RE = re.compile(r"[.!?;:…][\"'”’)\]]*\s*$")
#: a list item (a bullet or a number opening the line) is no heading: the items of a statement's
#: list are its promises, each its own
_LIST_ITEM_RE = re.compile(r"\s*(?:[-•*–—·▪]|\(?\d{1,2}[.)]|\(?[a-z]\))\s")


#: a sentence opening with a quotation mark, or a quoted passage of at least
#: four words: the promise in the words of who made it
_QUOTED_RE = re.compile(r"^\W{0,3}[\"“]|[\"“](?:[^\"“”\s]+\s+){3,}[^\"“”]*[\"”]")


def mention_kind(quote: str, span_start: int) -> str:
    """How the sentence ``quote`` (starting at ``span_start`` of its body)
    states a promise: one of ``statuses.MENTION_KINDS``."""
    if _QUOTED_RE.search(quote):
        return "quote"
    if _OFFICIAL_RE.search(quote):
        return "official"
    if span_start == 0:
        return "lead"
    return "paraphrase" if _REPORTED_RE.search(quote) else "stated"


def _mention(it: ExtractedItem) -> Mention:
    return Mention(it.quote, it.span, mention_kind(it.quote, it.span[0]))


#: the prepositions a talk's topic follows ("discussions on trade", "views about ...")
_TOPIC_PREP_RE = re.compile(r"\s(?:on|of|about|regarding|concerning|over|with|to|in|for)\s", re.IGNORECASE)


def is_talk(action: str, subject: str, *, event_nouns: bool = True) -> bool:
    """Whether the deliverable ``action`` + ``subject`` is talk ("discuss", "hold comprehensive
    discussions on X", "exchange views on Y"; tables.AGENDA_TALK_*); ``event_nouns=False`` leaves
    out the talk nouns that also name a meeting ("hold talks on a trade deal")."""
    if action in AGENDA_TALK_VERBS:
        return True
    if action not in AGENDA_TALK_OBJECT_VERBS:
        return False
    nouns = AGENDA_TALK_NOUNS if event_nouns else AGENDA_TALK_NOUNS - AGENDA_TALK_EVENT_NOUNS
    head = _TOPIC_PREP_RE.split(" " + subject + " ", maxsplit=1)[0]
    return any(w.lower() in nouns for w in head.split())


def _agenda(it: ExtractedItem) -> bool:
    """An undated talk about topics ("the two leaders will hold comprehensive discussions on the
    whole relationship"): after a promised meeting of the document, that meeting's agenda."""
    return it.due_start is None and it.due_end is None and is_talk(it.action, it.subject, event_nouns=False) \
        and _TOPIC_PREP_RE.search(" " + it.subject + " ") is not None


def _family(action: str) -> str:
    return ACTION_FAMILIES.get(action, action)


#: an event noun's plural read as its singular ("the next negotiations" names what "the next round
#: of negotiation" does; twenty-third blind check): the nouns of ``EVENT_CLASSES`` with both forms
_SINGULAR = {w: w[:-1] for w in EVENT_CLASSES if w.endswith("s") and w[:-1] in EVENT_CLASSES}


@dataclass(frozen=True)
class _Key:
    """What restatement tests read of an item (computed once per item)."""

    item: ExtractedItem
    family: str
    content: frozenset[str]
    numbers: frozenset[str]
    classes: frozenset[str]
    anaphoric: bool

    reported: bool

    levels: frozenset[str] = frozenset()

    people: bool = False  # "their US counterparts": whom the parties meet, not what

    place: bool = False  # "will visit Ghana": where a visit goes (names no one met)

    parties: frozenset[str] = frozenset()  # the countries the subject names ("EU-Japan summit")

    agenda: bool = False  # an undated talk about topics: a meeting's agenda (``_agenda``)

    indefinite: bool = False  # "a meeting will be held": introduced as new (``_indefinite``)

    @classmethod
    def of(cls, it: ExtractedItem, lead: int = 0) -> _Key:
        content = frozenset(_SINGULAR.get(t, t) for t in _TOKEN_RE.findall(_named(it).lower())
                            if t not in SUBJECT_STOPWORDS)
        indefinite = _indefinite(it)
        # "their Ghanaian counterparts, A and B": whom the parties meet, named after a comma
        people = frozenset(t for t in _TOKEN_RE.findall(it.subject.split(",")[0].lower())
                           if t not in SUBJECT_STOPWORDS)
        # (or no one but the parties themselves: "the two leaders will meet in Queenstown on
        # Saturday", the meeting a visit "for the annual leaders' meeting" is made for)
        named_people = (bool(people) and people <= _PEOPLE_TOKENS) or (
            it.action == "meet" and _MEET_ONLY_RE.match(it.subject) is not None)
        # a visit is of the visit class whatever it names: "will visit Ghana" is no meeting with
        # Ghana's leaders ("will meet President A and Premier B in Accra", "will coincide with
        # the 2+2 meeting": other promises, an Australia-China and an India-Russia report)
        visit = it.action == "visit"
        classes = frozenset(EVENT_CLASSES[t] for t in content if t in EVENT_CLASSES) | (
            {"visit"} if visit else set())
        family = _family(it.action)
        agenda = _agenda(it)
        if agenda:
            family = _family("hold")  # what the meeting holds: of the meeting family, no class
        if it.action in _RESUMING and "meeting" in classes:
            # "will resume high-level talks next week" is the talks held: it restates "the High
            # Level Dialogue will be held on Thursday" (an Australia-China report, 2023)
            family = _family("hold")
        return cls(it, family, content,
                   frozenset(t for t in content if any(ch.isdigit() for ch in t)),
                   classes,
                   bool(content) and content <= ANAPHORIC_SUBJECTS and not indefinite,
                   it.span[0] in (0, lead) or _REPORTED_RE.search(it.quote) is not None
                   or (_HEADING_END_RE.search(it.quote) is None and _LIST_ITEM_RE.match(it.quote) is None),
                   meeting_levels(" ".join(t for t in _TOKEN_RE.findall(_named(it).lower())
                                           if t not in SUBJECT_STOPWORDS or t == "prime")),
                   named_people and not visit, named_people and visit, frozenset(countries_in(it.subject)),
                   agenda, indefinite)


_INDEFINITE_BEFORE_RE = re.compile(r"(?i)\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$")


def _indefinite(it: ExtractedItem) -> bool:
    """A subject the quote introduces as new ("a meeting will be held on 16 May in Kisumu",
    "another meeting"): no anaphora of a deliverable named before, whatever its words."""
    at = it.quote.find(it.subject) if it.subject else -1
    return at > 0 and _INDEFINITE_BEFORE_RE.search(it.quote, 0, at) is not None


def _named(it: ExtractedItem) -> str:
    """The subject with the short name the quote gives it in brackets right after it: "the Joint
    Trade Council (JTC)" restates "a JTC meeting" (the shape of a Japan-Philippines announcement);
    the subject itself ends at the bracket."""
    at = it.quote.find(it.subject) if it.subject else -1
    if at < 0:
        return it.subject
    m = _BRACKET_AFTER_RE.match(it.quote, at + len(it.subject))
    return it.subject + " " + m.group(1) if m else it.subject


_ATTENDING = frozenset(["attend", "participate"])
_ALSO_RE = re.compile(r"(?i)\b(?:will|would|shall|to|is\s+to|are\s+to)\s+also\s+(?:attend|participate|join)\b")


def _same_words(ka: _Key, kb: _Key) -> bool:
    """Do two subjects name one thing by the same words: three content words or more in common,
    four fifths of the shorter's ("the contract for the completion of the Lamu railway line" and
    "a long-awaited contract with Ghana for the completion of the Lamu railway line")? Then
    actors read differently (one sentence names the other party, "with Ghana") do not part them."""
    shared = ka.content & kb.content
    return len(shared) >= 3 and len(shared) >= 0.8 * min(len(ka.content), len(kb.content))


def _same(ka: _Key, kb: _Key) -> bool:
    a, b = ka.item, kb.item
    if a.kind != "commitment" or b.kind != "commitment" or a.span == b.span or ka.family != kb.family:
        return False
    if a.actors and b.actors and not set(a.actors) & set(b.actors) and not _same_words(ka, kb):
        return False  # (but a thing named alike in both is one, whoever each sentence names)
    if (a.due_start is not None and b.due_start is not None and a.due_end is not None
            and b.due_end is not None and (a.due_end < b.due_start or b.due_end < a.due_start)):
        return False
    if not ka.content or not kb.content or not (ka.reported or kb.reported):
        return False
    later, earlier = (kb, ka) if b.span[0] > a.span[0] else (ka, kb)
    if later.indefinite and not earlier.indefinite:
        # "the subcommittee will hold its first meeting in Kisumu ... a meeting will be held on 16
        # May in Nakuru": a deliverable introduced as new after one named is another (a lead
        # and its quote, "will hold a summit" twice, still restate each other)
        return False
    if later.item.action in _ATTENDING and _ALSO_RE.search(later.item.quote):
        # "Trudeau will host the summit ... Minister Carr will also attend the summit": another
        # participant's own promise, not the summit (or another's attendance) restated
        # (sixteenth blind check)
        return False
    if later.agenda or earlier.agenda:
        # "... will hold a virtual summit on 17 December. ... the two leaders will hold
        # comprehensive discussions on the whole relationship": the talk is the summit's agenda
        return later.agenda and not earlier.agenda and "meeting" in earlier.classes
    if len(ka.parties) >= 2 and len(kb.parties) >= 2 and ka.parties != kb.parties:
        return False  # "an EU-Japan summit" is not "the EU-China summit" (an EU-China report, 2025)
    if ka.numbers and kb.numbers and ka.numbers != kb.numbers:
        return False  # "the 2024 summit" / "the 2025 summit", "20th" / "21st": other instances
    if (ka.classes or kb.classes) and not ka.classes & kb.classes and not (ka.people or kb.people):
        return False  # "the summit" is not "the foreign ministers", a visit is not a meeting
        # (but people meeting name no class: "Leaders of A, B and C will meet next week" and "the
        # three-way meeting of their leaders is on Monday", the shape of a 2024 announcement)
    if ka.levels and kb.levels and not ka.levels & kb.levels:
        return False  # "the foreign ministers' meeting" is not "the summit" (MEETING_LEVELS)
    if ka.people or kb.people:
        return True  # "will meet their US counterparts next week" / "will host them on July 30 for …"
    if ka.place and kb.place:
        return True  # "will visit Accra next week" / "will visit Ghana on Monday"
    if later.anaphoric:
        return True  # "the event" refers back to the deliverable named before
    shared = ka.content & kb.content
    if shared and all(w in EVENT_CLASSES for w in shared) and ka.content - shared and kb.content - shared \
            and a.due_start is not None and b.due_start is not None:
        # only the generic head in common, each named by words of its own and dated: "the next round
        # of talks will take place in Accra in the coming days" and "technical talks at the expert
        # level will be held starting Wednesday" are two deliverables (the shape of a report of
        # mediated talks; an undated mention may be a loose paraphrase: the share decides)
        return False
    return len(shared) / min(len(ka.content), len(kb.content)) >= 0.5


def same_promise(a: ExtractedItem, b: ExtractedItem) -> bool:
    """Whether ``a`` and ``b`` (of one document) state the same promise."""
    return _same(_Key.of(a), _Key.of(b))


def _dates_the_one_before(a: ExtractedItem, b: ExtractedItem, body: str) -> bool:
    """``b`` is the sentence right after ``a``'s, refers back to ``a``'s deliverable ("This
    meeting is scheduled for 20 May", "The forum will take place at the end of the month")
    and gives it the date ``a`` lacks: one promise, read across the two."""
    if a.kind != "commitment" or b.kind != "commitment" or a.group is not None:
        return False
    if b.span[0] < a.span[1] or body[a.span[1]:b.span[0]].strip():
        return False
    if a.due_start is not None or a.due_end is not None or b.due_start is None or b.due_end is None:
        return False  # (a dated promise restated more narrowly is ``keep_primary``'s)
    ka, kb = _Key.of(a), _Key.of(b)
    if _first_meeting_of(ka, kb):
        return not (b.actors and a.actors and not set(b.actors) & set(a.actors))
    if ka.family != kb.family or ka.anaphoric or not ka.content or not kb.content:
        return False
    # "this meeting", "the event", or the name's own head ("The forum" after "the Energy Forum")
    if not (kb.anaphoric or (len(kb.content) <= 2 and kb.content <= ka.content | ANAPHORIC_SUBJECTS)):
        return False
    # "the summit ... This visit": not the same deliverable (a body that meets holds meetings,
    # a leader who visits makes a visit)
    if kb.classes and not kb.classes & (ka.classes or {EVENT_CLASSES.get(a.action, "meeting")}):
        return False
    return not (b.actors and a.actors and not set(b.actors) & set(a.actors))


_FIRST_RE = re.compile(r"(?i)(?:the\s+|its\s+|their\s+)?first\b")


def _first_meeting_of(ka: _Key, kb: _Key) -> bool:
    """``b`` names the first meeting of the body ``a`` sets up ("agreed to set up
    intergovernmental consultations. The first consultation is envisaged for next year";
    "will establish a joint commission. Its first session will be held in May"): the body's
    first meeting is when the promise to set it up is kept."""
    if ka.family != _family("establish") or kb.family != _family("hold") or not ka.content:
        return False
    if _FIRST_RE.match(kb.item.subject) is None:
        return False
    mine = {singular(t) for t in ka.content} | {"session", "meeting", "round"}
    return bool(kb.content) and {singular(t) for t in kb.content} <= mine


#: a pronoun that only dates the deliverable named before: "It will take place at the end of
#: the month.", "It'll be held on Tuesday." (no item of its own: a pronoun names no deliverable)
_IT_TAKES_PLACE_RE = re.compile(
    r"[ \t]*\n?[ \t]*(?:It|This|That)(?:\s+(?:will|would|is\s+(?:to|due\s+to|scheduled\s+to|expected\s+to|set\s+to))"
    r"|['’]ll)\s+(?:take\s+place|be\s+held|be\s+convened|be\s+hosted)\b[^.!?\n]{0,200}[.!?]?")


def _dated_by_pronoun(a: ExtractedItem, body: str) -> ExtractedItem | None:
    """``a`` (undated, of the meeting family) with the window of the pronoun sentence right
    after it, if there is one."""
    if a.kind != "commitment" or a.group is not None or a.due_start is not None \
            or _family(a.action) != "meet" or not _Key.of(a).content:
        return None
    m = _IT_TAKES_PLACE_RE.match(body, a.span[1])
    if m is None:
        return None
    found = [t for t in windows.find_all(m.group(0), a.made_on, "future")
             if t.due_start is not None and t.due_end is not None]
    if not found:
        return None
    t = found[0]
    end = m.end()
    return replace(a, quote=body[a.span[0]:end], span=(a.span[0], end), due_expression=t.text,
                   due_start=t.due_start, due_end=t.due_end, due_rule=t.rule)


def join_dating(items: list[ExtractedItem], body: str) -> list[ExtractedItem]:
    """``items`` (in document order) with each promise dated by the next sentence read as one:
    its quote and span cover both sentences, its subject and actors are the first's (the name
    a report will use), its window the second's. The next sentence is an item of its own
    ("The meeting is scheduled for 20 May") or a pronoun's ("It will take place in June")."""
    out: list[ExtractedItem] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and _dates_the_one_before(prev, it, body):
            out[-1] = replace(
                prev, quote=body[prev.span[0]:it.span[1]], span=(prev.span[0], it.span[1]),
                actors=prev.actors or it.actors, due_expression=it.due_expression,
                due_start=it.due_start, due_end=it.due_end, due_rule=it.due_rule,
                confidence=max(prev.confidence, it.confidence))
        else:
            out.append(it)
    return [_dated_by_pronoun(it, body) or it for it in out]


def _rank(it: ExtractedItem) -> tuple[int, int, int, int]:
    width = (it.due_end - it.due_start).days if it.due_start and it.due_end else 10**6
    official = 0 if _OFFICIAL_RE.search(it.quote) else 1
    # a sentence pointing back to its subject ("This summit will take place on 25 November", a
    # standfirst) is less primary than one naming it (twenty-fourth blind check)
    pointing = 1 if _POINTING_RE.match(it.quote) else 0
    return width, official, pointing, it.span[0]


#: a sentence opening on a demonstrative before its noun: "This summit will ..."
_POINTING_RE = re.compile(r"(?i)[\"“]?\s*(?:this|that|these|those)\s+[a-z]")


def _signature(k: _Key) -> tuple[object, ...]:
    """All ``_same`` reads of an earlier item besides its span: members of a
    cluster with one signature answer alike for any later item."""
    it = k.item
    return (it.kind, k.family, frozenset(it.actors), bool(it.actors), it.due_start, it.due_end,
            k.content, k.numbers, k.classes, k.reported, k.people, k.place, k.parties)


@dataclass
class _Cluster:
    members: list[int]
    spans: set[tuple[int, int]]
    last_start: int
    kinds: dict[tuple[object, ...], _Key]  # one member per signature
    unreported: int = 0  # members not reported speech (_same needs one of a pair to be)

    def accepts(self, k: _Key, keys: dict[int, _Key]) -> bool:
        """Complete linkage: ``k`` restates every member (no chains)."""
        if k.item.span[0] < self.last_start:  # (not in document order: ask every member)
            return all(_same(keys[j], k) for j in self.members)
        # every member starts before k, so k is the later one of each pair and
        # a member's answer depends only on its signature and on sharing k's span
        return k.item.span not in self.spans and all(_same(r, k) for r in self.kinds.values())

    @property
    def all_reported(self) -> bool:
        return self.unreported == 0

    def add(self, i: int, k: _Key) -> None:
        self.unreported += not k.reported
        self.members.append(i)
        self.spans.add(k.item.span)
        self.last_start = max(self.last_start, k.item.span[0])
        self.kinds.setdefault(_signature(k), k)


def keep_primary(items: list[ExtractedItem],
                 check: Callable[[], None] | None = None, lead: int = 0) -> list[ExtractedItem]:
    """``items`` without the restatements of a promise kept elsewhere, in document order;
    ``lead``: where the text's first sentence starts (after a dateline).

    ``check`` is called once per item (the extractor's deadline: grouping grows
    with the number of items times the clusters of their action family)."""
    keys: dict[int, _Key] = {}
    found: list[_Cluster] = []
    by_family: dict[str, list[_Cluster]] = {}  # only the same family can restate
    # per family, in the same order, the clusters whose members are all reported
    # speech: the only ones an unreported item can join (a pair of unreported
    # items is never the same promise), so a long unreported run is not quadratic
    reported: dict[str, list[_Cluster]] = {}
    for i, it in enumerate(items):
        if it.kind != "commitment":
            continue
        if check is not None:
            check()
        k = keys[i] = _Key.of(it, lead)
        bucket = by_family.setdefault(k.family, [])
        open_to = reported.setdefault(k.family, [])
        for cl in (bucket if k.reported else open_to):
            if cl.accepts(k, keys):
                cl.add(i, k)
                if not k.reported:
                    open_to.remove(cl)  # (it was all reported; now it is not)
                break
        else:
            new = _Cluster([], set(), it.span[0], {})
            new.add(i, k)
            bucket.append(new)
            found.append(new)
            if k.reported:
                open_to.append(new)
    clusters = [cl.members for cl in found]
    drop: set[int] = set()
    for it in items:
        it.mentions = [_mention(it)]
    for members in clusters:
        if len(members) > 1:
            best = min(members, key=lambda j: _rank(items[j]))
            # the sentences of the others go; items split from the kept sentence stay
            gone = [j for j in members if items[j].span != items[best].span]
            drop.update(gone)
            _gather(items[best], [items[j] for j in gone])
    return [it for i, it in enumerate(items) if i not in drop]


def _gather(kept: ExtractedItem, restatements: list[ExtractedItem]) -> None:
    """``kept`` takes the sentences of its ``restatements`` as mentions (one per
    sentence, in document order)."""
    by_span = {m.span: m for m in kept.mentions}
    for r in restatements:
        by_span.setdefault(r.span, _mention(r))
    kept.mentions = sorted(by_span.values(), key=lambda m: m.span)
