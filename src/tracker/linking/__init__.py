"""Linking later reports to earlier commitments as evidence.

- ``find_events(body, published_on)``: event mentions (held, met, signed,
  launched …; and negative ones: last held, postponed, not this year);
- ``find_bodies`` / ``normalise_name`` / ``load_registry``: body names and
  the registry of aliases (``data/bodies.yaml`` + the user's ``bodies.yaml``);
- ``suggest``: the pure matcher; ``link_source``: run on ingest;

See docs/linking.md.
"""

from tracker.linking.bodies import (
    BodyMention,
    Registry,
    find_bodies,
    load_registry,
    normalise_name,
    reload_registry,
    resolve_subject,
)
from tracker.linking.events import EventMention, find_events
from tracker.linking.match import CommitmentView, SourceEvents, Suggestion, prepare, suggest
from tracker.linking.service import (
    desired_suggestions,
    link_source,
    relink_all,
)

__all__ = [
    "BodyMention", "CommitmentView", "EventMention", "Registry", "SourceEvents", "Suggestion",
    "desired_suggestions", "find_bodies", "find_events", "link_source",
    "load_registry", "normalise_name", "prepare", "relink_all", "reload_registry",
    "resolve_subject", "suggest",
]
