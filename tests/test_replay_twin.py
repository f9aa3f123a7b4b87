"""The replay has one rule (``statuses.replay``, used by ``services.states_on``
for the list, show and the UI) and one SQL twin (``store/history_sql.py``, used
by the overdue report, filters and counts). For any history, recorded in any
order, with changes taking effect on the same day or before earlier ones, the
two give the same status and window on every date (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pinned import CLOCK
from tracker.domain import statuses
from tracker.lifecycle import services
from tracker.store import history_sql
from tracker.store.db import Database
from tracker.store.models import Commitment, HistoryEntry

MADE = dt.date(2024, 1, 1)
DAYS = st.integers(min_value=0, max_value=10).map(lambda n: MADE + dt.timedelta(days=n * 30))
WINDOW = st.one_of(
    st.just((None, None)),
    st.tuples(st.one_of(st.none(), DAYS), DAYS).map(
        lambda w: (w[0], w[1]) if w[0] is None or w[0] <= w[1] else (w[1], w[0]))
)
CHANGE = st.one_of(
    st.tuples(st.just("status"), DAYS, st.sampled_from(statuses.STATUSES)),
    st.tuples(st.just("window"), DAYS, WINDOW),
    st.tuples(st.just("note"), DAYS, st.none()),
)


def _dates(changes: list[tuple[str, dt.date, object]]) -> list[dt.date]:
    """The days where the answer can turn: each change's day and the day before,
    the day before the promise, and after the last change."""
    days = {MADE - dt.timedelta(days=1), MADE + dt.timedelta(days=30 * 10 + 30)}
    for _, on, _ in changes:
        days |= {on - dt.timedelta(days=1), on}
    return sorted(days)


def _store(db: Database, start: dt.date | None, end: dt.date | None,
           changes: list[tuple[str, dt.date, object]]) -> int:
    """A commitment and its history rows as given (ids in the order given);
    the row's status and window are the last ones that took effect, as the
    services leave them."""
    with db.session() as s:
        c = services.add_commitment(s, quote="They will meet.", subject="meeting", made_on=MADE,
                                    due_start=start, due_end=end, clock=CLOCK)
        status, window = "open", (start, end)
        for event, on, what in changes:
            fields: dict[str, object] = {}
            if event == "status":
                fields = {"from_status": status, "to_status": what}
            elif event == "window":
                assert isinstance(what, tuple)
                fields = {"from_due_start": window[0], "from_due_end": window[1],
                          "to_due_start": what[0], "to_due_end": what[1]}
            s.add(HistoryEntry(commitment_id=c.id, event=event, by="t", recorded_at=CLOCK.now(),
                               effective_on=on, **fields))
            s.flush()
        by_day = sorted(enumerate(changes), key=lambda ic: (ic[1][1], ic[0]))
        for _, (event, _on, what) in by_day:
            if event == "status":
                status = str(what)
            elif event == "window":
                assert isinstance(what, tuple)
                window = what
        c.status, (c.due_start, c.due_end) = status, window
        return c.id


def _sql_states(db: Database, cid: int, days: list[dt.date]) -> dict[dt.date, tuple[object, ...]]:
    """Status, window start and end on each day, by the SQL twin."""
    with db.session() as s:
        return {day: tuple(s.execute(
            select(history_sql.status_then(day), history_sql.window_then(day, "due_start"),
                   history_sql.window_then(day, "due_end"))
            .where(Commitment.id == cid)).one()) for day in days}


@settings(max_examples=30, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(window=WINDOW, changes=st.lists(CHANGE, max_size=6))
def test_sql_replay_agrees_with_the_rule(db: Database, window: tuple[dt.date | None, dt.date | None],
                                         changes: list[tuple[str, dt.date, object]]) -> None:
    cid = _store(db, window[0], window[1], changes)
    days = _dates(changes)
    sql = _sql_states(db, cid, days)
    with db.session() as s:
        for day in days:
            then = services.states_on(s, [cid], day)[cid]
            assert (then.status, then.due_start, then.due_end) == sql[day], (day, changes)
