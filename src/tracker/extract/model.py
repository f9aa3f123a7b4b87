"""The extracted item (the CONTRACT.md ``tracker extract`` object)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker.domain import statuses


@dataclass(frozen=True)
class Mention:
    """One sentence of the document that states the item (its provenance);
    ``kind`` is one of ``tracker.domain.statuses.MENTION_KINDS``."""

    quote: str
    span: tuple[int, int]
    kind: str

    def to_json(self) -> dict[str, Any]:
        return {"quote": self.quote, "span": [self.span[0], self.span[1]], "kind": self.kind}


@dataclass
class ExtractedItem:
    kind: str                 # "commitment" | "ask"
    made_on: date             # statement date anchoring the window
    quote: str                # the sentence verbatim == body[span[0]:span[1]]
    span: tuple[int, int]     # offsets into the body passed to extract()
    actors: list[str]
    action: str               # lemma: "convene", "hold", "meet", "sign", "demand", ...
    subject: str
    topics: list[str] = field(default_factory=list)
    due_expression: str | None = None
    due_start: date | None = None
    due_end: date | None = None
    due_rule: str | None = None
    confidence: float = 0.5
    group: int | None = None  # items split from one sentence share a group number
    #: every sentence stating this promise, in document order (set by
    #: ``restatements.keep_primary``; empty: the item's own sentence only)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def primary(self) -> Mention:
        """The mention whose quote a reader is shown (``statuses.primacy``)."""
        if not self.mentions:
            return Mention(self.quote, self.span, "stated")
        return self.mentions[statuses.most_primary(
            [statuses.MentionRef(m.kind, m.span[0]) for m in self.mentions])]

    def to_json(self, source: str) -> dict[str, Any]:
        primary = self.primary
        return {
            "source": source,
            "kind": self.kind,
            "made_on": self.made_on.isoformat(),
            "quote": self.quote,
            "span": [self.span[0], self.span[1]],
            "actors": list(self.actors),
            "action": self.action,
            "subject": self.subject,
            "due_expression": self.due_expression,
            "due_start": self.due_start.isoformat() if self.due_start else None,
            "due_end": self.due_end.isoformat() if self.due_end else None,
            "due_rule": self.due_rule,
            "confidence": round(float(self.confidence), 3),
            "topics": list(self.topics),
            "group": self.group,
            "mentions": [dict(m.to_json(), primary=m == primary) for m in self.mentions],
        }
