"""The command palette: global commands, plus the commands of the screen the
palette was opened from (each screen's ``palette_commands()``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider


class TrackerCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        app: Any = self.app
        own = getattr(self.screen, "palette_commands", None)
        cmds: list[tuple[str, str, Callable[[], Any]]] = list(own() if own else [])
        cmds += [
            ("Go to: commitments", "the main list (1)", partial(app.switch_mode, "commitments")),
            ("Go to: review queue", "suggestions and low-confidence items (2)",
             partial(app.switch_mode, "review")),
            ("Go to: sources", "documents, ingest (3)", partial(app.switch_mode, "sources")),
            ("Go to: overdue", "as of a date, export (4)", partial(app.switch_mode, "overdue")),
            ("Go to: timeline", "due windows against today (5)",
             partial(app.switch_mode, "timeline")),
            ("Ingest a file or folder", "read documents into the database", app.action_ingest),
            ("Help: keys", "F1", app.action_help),
        ]
        return cmds

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
