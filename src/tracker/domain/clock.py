"""The one place that reads the wall clock.

The faces (the CLI and the terminal UI) build a clock and hand it down;
everything below them takes ``today`` (a calendar date) and ``now`` (an
aware UTC timestamp, for "when was this recorded") from it, so tests pin
both and an "as of" question never depends on when it is asked. A test
checks that no other module of the package reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The machine's clock: today in local time, now in UTC."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class FixedClock:
    """A clock stopped at ``day`` (and ``moment``, default noon UTC that day)."""

    day: dt.date
    moment: dt.datetime | None = None

    def today(self) -> dt.date:
        return self.day

    def now(self) -> dt.datetime:
        if self.moment is not None:
            return self.moment
        return dt.datetime.combine(self.day, dt.time(12), tzinfo=dt.UTC)


def system() -> Clock:
    return SystemClock()
