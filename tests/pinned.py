"""The date the tests live on: every test that needs "today" takes it from
here (the code under test never reads the wall clock itself)."""

import datetime as dt

from tracker.domain.clock import FixedClock

TODAY = dt.date(2026, 11, 22)
CLOCK = FixedClock(TODAY)
