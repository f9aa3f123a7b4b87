"""Linking later reports to earlier commitments as evidence.

- ``find_events(body, published_on)``: event mentions (held, met, signed,
  launched …; and negative ones: last held, postponed, not this year);
- ``find_bodies`` / ``normalise_name`` / ``load_registry``: body names and
  the registry of aliases (``data/bodies.yaml`` + the user's ``bodies.yaml``);
- ``suggest``: the pure matcher.

The package is pure: plain values in, suggestions out; storing them is the
application's (``tracker.lifecycle.suggestions``, run on ingest).

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

__all__ = [
    "BodyMention", "CommitmentView", "EventMention", "Registry", "SourceEvents", "Suggestion",
    "find_bodies", "find_events",
    "load_registry", "normalise_name", "prepare", "reload_registry",
    "resolve_subject", "suggest",
]
