"""Commitments by hand, status changes, history, and concurrent edits
(SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pinned import CLOCK, TODAY
from tracker.domain import statuses
from tracker.lifecycle import services
from tracker.store.db import Database
from tracker.store.models import Commitment, HistoryEntry


def _add(db: Database, **kw) -> int:  # type: ignore[no-untyped-def]
    args = {"quote": "The sides will sign the MoU by June.",
            "subject": "MoU on cyber security", "actors": ["India", "United States"],
            "made_on": dt.date(2024, 1, 10), "due_start": dt.date(2024, 1, 10),
            "due_end": dt.date(2024, 6, 30), "by": "ana"}
    args.update(kw)
    with db.session() as s:
        return services.add_commitment(s, **args, clock=CLOCK).id


def test_status_changes_build_the_history(db: Database) -> None:
    cid = _add(db)
    with db.session() as s:
        services.change_status(s, cid, "in_progress", by="ana", note="dates proposed", clock=CLOCK)
    with db.session() as s:
        services.resolve(s, cid, by="raj", note="signed in June", clock=CLOCK)
    with db.session() as s:
        d = services.commitment_detail(s, cid, as_of=TODAY)
        assert d.commitment.status == "fulfilled"
        changes = [(h.event, h.from_status, h.to_status, h.by, h.note) for h in d.history]
    assert changes == [
        ("created", None, "open", "ana", "added by hand"),
        ("status", "open", "in_progress", "ana", "dates proposed"),
        ("status", "in_progress", "fulfilled", "raj", "signed in June"),
    ]


def test_invalid_transition_names_the_allowed_ones(db: Database) -> None:
    cid = _add(db)
    with db.session() as s:
        services.change_status(s, cid, "withdrawn", by="ana", clock=CLOCK)
    with (pytest.raises(services.InvalidTransition, match="allowed from withdrawn: open"),
          db.session() as s):
        services.change_status(s, cid, "fulfilled", by="ana", clock=CLOCK)
    with db.session() as s:
        assert services.get_commitment(s, cid).status == "withdrawn"


def test_unknown_status_and_missing_commitment(db: Database) -> None:
    with pytest.raises(services.ServiceError, match="unknown status"), db.session() as s:
        services.change_status(s, 1, "done", clock=CLOCK)
    with pytest.raises(services.NotFound, match="no commitment with id 99"), db.session() as s:
        services.change_status(s, 99, "missed", clock=CLOCK)


def test_two_sessions_changing_the_same_commitment_conflict(db: Database) -> None:
    cid = _add(db)
    first = db.sessionmaker()
    second = db.sessionmaker()
    try:
        # Both analysts read the commitment ...
        seen_by_first = first.get(Commitment, cid)
        seen_by_second = second.get(Commitment, cid)
        assert seen_by_first.status == seen_by_second.status == "open"
        # ... the first saves a change ...
        services.change_status(first, cid, "in_progress", by="ana", note="first", clock=CLOCK)
        first.commit()
        # ... the second's change is refused, not silently written over it.
        with pytest.raises(services.ConflictError, match="changed by someone else"):
            services.change_status(second, cid, "missed", by="raj", note="second", clock=CLOCK)
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.session() as s:
        c = services.get_commitment(s, cid)
        assert c.status == "in_progress"
        notes = [h.note for h in s.scalars(select(HistoryEntry).where(
            HistoryEntry.commitment_id == cid, HistoryEntry.event == "status"))]
    assert notes == ["first"]


def test_expected_version_detects_a_change_made_while_reading(db: Database) -> None:
    cid = _add(db)
    with db.session() as s:
        seen = services.get_commitment(s, cid).version
    with db.session() as s:
        services.add_note(s, cid, "note does not bump", by="x", clock=CLOCK)
        services.change_status(s, cid, "in_progress", by="other", clock=CLOCK)
    with pytest.raises(services.ConflictError, match="reload"), db.session() as s:
        services.change_status(s, cid, "missed", by="me", expected_version=seen, clock=CLOCK)
    with db.session() as s:
        assert services.get_commitment(s, cid).status == "in_progress"


def test_window_override_is_recorded(db: Database) -> None:
    cid = _add(db)
    with db.session() as s:
        services.set_window(s, cid, due_start=dt.date(2024, 1, 10), due_end=dt.date(2024, 9, 30),
                            by="ana", note="new date from MEA", clock=CLOCK)
    with db.session() as s:
        d = services.commitment_detail(s, cid, as_of=TODAY)
        assert d.commitment.due_end == dt.date(2024, 9, 30)
        assert d.commitment.due_rule == "manual override"
        last = d.history[-1]
    assert last.event == "window"
    assert "2024-06-30" in last.note and "2024-09-30" in last.note and "MEA" in last.note


def test_bad_window_is_refused(db: Database) -> None:
    with pytest.raises(services.ServiceError, match="starts after it ends"):
        _add(db, due_start=dt.date(2024, 5, 1), due_end=dt.date(2024, 4, 1))


def test_evidence_confirm_sets_status_with_evidence_in_history(db: Database) -> None:
    from tracker.store.models import Evidence

    cid = _add(db)
    with db.session() as s:
        ev = Evidence(commitment_id=cid, kind="fulfils", quote="The MoU was signed.",
                      confidence=0.7, event_date=dt.date(2024, 6, 2), origin="suggested",
                      review="pending", created_at=CLOCK.now())
        s.add(ev)
        s.flush()
        eid = ev.id
    with db.session() as s:
        services.resolve(s, cid, evidence_id=eid, by="ana", note="signed", clock=CLOCK)
    with db.session() as s:
        d = services.commitment_detail(s, cid, as_of=dt.date(2026, 1, 1))
        assert d.history[-1].evidence_id == eid
        assert d.history[-1].effective_on == dt.date(2024, 6, 2)  # the event's date
        assert d.history[-1].recorded_at == CLOCK.now()
        assert d.outcome == "on_time"


def test_hand_evidence_changes_status_like_a_confirmed_suggestion(db: Database) -> None:
    cid = _add(db)
    with db.session() as s:
        services.add_evidence(s, cid, kind="missed", quote="It was not held.",
                              event_date=dt.date(2025, 1, 5), by="ana", clock=CLOCK)
    with db.session() as s:
        c = services.get_commitment(s, cid)
        assert c.status == "missed"
        [h] = [h for h in services.commitment_detail(s, cid, TODAY).history
               if h.event == "status"]
        assert (h.from_status, h.to_status, h.effective_on) == ("open", "missed",
                                                                dt.date(2025, 1, 5))


def test_changes_cannot_take_effect_in_the_future_or_before_the_last(db: Database) -> None:
    cid = _add(db)
    with db.session() as s:
        services.change_status(s, cid, "in_progress", on=dt.date(2024, 3, 1), clock=CLOCK)
    with db.session() as s, pytest.raises(services.ServiceError, match="in the future"):
        services.change_status(s, cid, "fulfilled", on=TODAY + dt.timedelta(days=1),
                               clock=CLOCK)
    with db.session() as s, pytest.raises(services.ServiceError, match="took effect on 2024-03-01"):
        services.change_status(s, cid, "fulfilled", on=dt.date(2024, 2, 1), clock=CLOCK)


def test_outcome_rule() -> None:
    t = statuses.outcome
    s, e = dt.date(2024, 1, 1), dt.date(2024, 4, 30)
    assert t("open", s, e, dt.date(2023, 12, 31)) == "not_due"
    assert t("open", s, e, dt.date(2024, 4, 30)) == "due"
    assert t("in_progress", s, e, dt.date(2024, 5, 1)) == "overdue"
    assert t("open", None, None, dt.date(2030, 1, 1)) == "open_ended"
    assert t("fulfilled", s, e, dt.date(2030, 1, 1), dt.date(2024, 4, 30)) == "on_time"
    assert t("fulfilled", s, e, dt.date(2030, 1, 1), dt.date(2024, 5, 1)) == "late"
    assert t("fulfilled", None, None, dt.date(2030, 1, 1), dt.date(2024, 5, 1)) == "on_time"
    assert t("fulfilled", s, e, dt.date(2030, 1, 1)) == "fulfilled"
    assert t("missed", s, e, dt.date(2030, 1, 1)) == "missed"


def test_replay_uses_effective_dates_and_windows_of_then() -> None:
    C = statuses.Change
    d = dt.date
    changes = [
        C(1, "created", d(2024, 1, 10), "open"),
        C(2, "window", d(2024, 2, 1), None, (d(2024, 1, 10), d(2024, 6, 30)),
          (d(2024, 1, 10), d(2024, 3, 31))),
        C(3, "status", d(2024, 3, 15), "fulfilled"),  # recorded later, effective earlier
    ]
    cur = {"status": "fulfilled", "window": (d(2024, 1, 10), d(2024, 3, 31))}
    early = statuses.replay(changes, d(2024, 1, 20), **cur)
    assert (early.status, early.due_end) == ("open", d(2024, 6, 30))
    mid = statuses.replay(changes, d(2024, 3, 1), **cur)
    assert (mid.status, mid.due_end, mid.outcome(d(2024, 3, 1))) == ("open", d(2024, 3, 31), "due")
    late = statuses.replay(changes, d(2025, 1, 1), **cur)
    assert (late.status, late.fulfilled_on, late.outcome(d(2025, 1, 1))) == (
        "fulfilled", d(2024, 3, 15), "on_time")


def test_transition_table_is_complete() -> None:
    assert set(statuses.TRANSITIONS) == set(statuses.STATUSES)
    for src, targets in statuses.TRANSITIONS.items():
        assert src not in targets and targets <= set(statuses.STATUSES)


def test_the_vocabulary_drives_the_schema_constraints() -> None:
    """The CHECK constraints are built from the tables in tracker.domain.statuses, and
    they say what the migrations created (the migrations keep their own text)."""
    from tracker.store.models import Commitment, Evidence, HistoryEntry

    def checks(model: type) -> dict[str, str]:
        from sqlalchemy import CheckConstraint

        return {str(c.name).split("_")[-1]: str(c.sqltext)
                for c in model.__table__.constraints if isinstance(c, CheckConstraint)}

    assert checks(Commitment)["status"] == (
        "status IN ('open', 'in_progress', 'fulfilled', 'partially_fulfilled', 'missed', "
        "'superseded', 'withdrawn')")
    assert checks(Evidence)["kind"] == (
        "kind IN ('fulfils', 'partially_fulfils', 'progress', 'missed', 'restates')")
    assert checks(HistoryEntry)["event"] == "event IN ('created', 'status', 'window', 'note')"
