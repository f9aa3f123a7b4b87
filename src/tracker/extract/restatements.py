"""One commitment per promise: news copy states the same promise two or three
times (the lead, a paraphrase, a direct quote of the statement). Restatements
are found after extraction and only the most primary one is kept.

Two commitments of one document restate each other when they come from
different sentences and

* their actions belong to the same family (``ACTION_FAMILIES``: "host the
  summit" and "the summit will take place" are one kind of deliverable);
* their subjects name the same class of event (``EVENT_CLASSES``: a summit
  and a meeting are one class, a visit another; a subject naming none never
  restates one naming an event), and share most of their content words
  (overlap coefficient >= 0.5) or the later one is anaphoric ("the event");
* different numbers in the two subjects ("the 2024 summit", "the 2025
  summit") are different instances;
* their actors overlap (or one has none);
* their windows overlap, or one of them has none.

The one kept: the narrowest window (an explicit date beats "next week"), then
a sentence attributed to a written official text (joint statement,
communiqué, declaration, readout), then the earliest in the document.
"""

from __future__ import annotations

import re

from .model import ExtractedItem
from .tables import ACTION_FAMILIES, ANAPHORIC_SUBJECTS, EVENT_CLASSES, OFFICIAL_SOURCE_PATTERNS, SUBJECT_STOPWORDS

_TOKEN_RE = re.compile(r"[a-z0-9]+")
_OFFICIAL_RE = re.compile("|".join(OFFICIAL_SOURCE_PATTERNS), re.IGNORECASE)


def _content(subject: str) -> frozenset[str]:
    return frozenset(t for t in _TOKEN_RE.findall(subject.lower()) if t not in SUBJECT_STOPWORDS)


def _family(action: str) -> str:
    return ACTION_FAMILIES.get(action, action)


def same_promise(a: ExtractedItem, b: ExtractedItem) -> bool:
    if a.kind != "commitment" or b.kind != "commitment" or a.span == b.span:
        return False
    if _family(a.action) != _family(b.action):
        return False
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    if a.due_start is not None and b.due_start is not None:
        assert a.due_end is not None and b.due_end is not None
        if a.due_end < b.due_start or b.due_end < a.due_start:
            return False
    ta, tb = _content(a.subject), _content(b.subject)
    if not ta or not tb:
        return False
    if {t for t in ta if t.isdigit()} ^ {t for t in tb if t.isdigit()} and \
            {t for t in ta if t.isdigit()} and {t for t in tb if t.isdigit()}:
        return False  # "the 2024 summit" / "the 2025 summit", "20th" / "21st": other instances
    ca, cb = {EVENT_CLASSES[t] for t in ta if t in EVENT_CLASSES}, {EVENT_CLASSES[t] for t in tb if t in EVENT_CLASSES}
    if (ca or cb) and not ca & cb:
        return False  # "the Quad Summit" is not "the foreign ministers", a visit is not a meeting
    if b.span[0] > a.span[0] and tb <= ANAPHORIC_SUBJECTS:
        return True  # "the event" refers back to the deliverable named before
    if a.span[0] > b.span[0] and ta <= ANAPHORIC_SUBJECTS:
        return True
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.5


def _rank(it: ExtractedItem) -> tuple[int, int, int]:
    width = (it.due_end - it.due_start).days if it.due_start and it.due_end else 10**6
    official = 0 if _OFFICIAL_RE.search(it.quote) else 1
    return width, official, it.span[0]


def keep_primary(items: list[ExtractedItem]) -> list[ExtractedItem]:
    """``items`` without the restatements of a promise kept elsewhere, in document order."""
    clusters: list[list[int]] = []
    for i, it in enumerate(items):
        if it.kind != "commitment":
            continue
        for cl in clusters:
            if all(same_promise(items[j], it) for j in cl):  # complete linkage: no chains
                cl.append(i)
                break
        else:
            clusters.append([i])
    drop: set[int] = set()
    for cl in clusters:
        if len(cl) > 1:
            best = min(cl, key=lambda j: _rank(items[j]))
            # the sentences of the others go; items split from the kept sentence stay
            drop.update(j for j in cl if items[j].span != items[best].span)
    return [it for i, it in enumerate(items) if i not in drop]
