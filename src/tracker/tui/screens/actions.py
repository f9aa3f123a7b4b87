"""The commitment actions, shared by the list, the detail and the review
screens: each opens a form and sends the change through the front door with
the version the screen showed (``expected_version``), so a change made by
someone else in between is refused and reported, not overwritten."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tracker.domain import statuses
from tracker.tui.screens.modals import Field, FormModal

if TYPE_CHECKING:
    from tracker.app import Tracker
    from tracker.tui.app import TrackerApp


def label(status: str) -> str:
    return status.replace("_", " ")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _check_dates(values: dict[str, Any], *keys: str) -> str | None:
    for k in keys:
        v = values.get(k)
        if v:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                return f"{v!r} is not a date (use YYYY-MM-DD)"
    return None


ON_FIELD = ("on", "Took effect on (YYYY-MM-DD; default: the evidence's date, else today)")


def _on_field() -> Field:
    return Field(ON_FIELD[0], ON_FIELD[1], placeholder="YYYY-MM-DD")


def change_status(app: TrackerApp, cid: int, status: str, version: int,
                  evidence: Sequence[tuple[str, int]] = ()) -> None:
    allowed = [(label(s), s) for s in statuses.STATUSES if statuses.allowed(status, s)]
    fields = [
        Field("status", "New status", options=allowed, required=True, allow_blank=False,
              value=allowed[0][1] if allowed else ""),
        Field("note", "Note (why)", placeholder="e.g. held on 5 March, MEA readout"),
        _on_field(),
    ]
    if evidence:
        fields.append(Field("evidence", "Backed by evidence (optional)",
                            options=[(lbl, str(eid)) for lbl, eid in evidence]))

    def done(values: dict[str, Any] | None) -> None:
        if not values:
            return

        to = values["status"]
        ev = int(values["evidence"]) if values.get("evidence") else None

        def run(front: Tracker) -> str:
            front.change_status(cid, to, on=_date(values["on"]), note=values["note"] or None,
                                evidence_id=ev, expected_version=version)
            return f"commitment {cid}: {label(status)} → {label(to)}"

        app.perform("Change status", run, [cid])

    app.push_screen(FormModal(f"Change status of commitment {cid} (now {label(status)})",
                              fields, validate=lambda v: _check_dates(v, "on")), done)


def resolve(app: TrackerApp, cid: int, version: int) -> None:
    def done(values: dict[str, Any] | None) -> None:
        if values is None:
            return

        def run(front: Tracker) -> str:
            front.change_status(cid, "fulfilled", on=_date(values["on"]),
                                note=values["note"] or None, expected_version=version)
            return f"commitment {cid} marked fulfilled"

        app.perform("Resolve", run, [cid])

    app.push_screen(FormModal(f"Mark commitment {cid} fulfilled", [
        Field("note", "Note", placeholder="how we know it happened"),
        Field("on", "Done on (YYYY-MM-DD; default: today)", placeholder="YYYY-MM-DD"),
    ], submit_label="Resolve", validate=lambda v: _check_dates(v, "on")), done)


def edit_window(app: TrackerApp, cid: int, version: int, start: dt.date | None,
                end: dt.date | None) -> None:
    def check(values: dict[str, Any]) -> str | None:
        return _check_dates(values, "start", "end", "on")

    def done(values: dict[str, Any] | None) -> None:
        if values is None:
            return

        def run(front: Tracker) -> str:
            phrase = values["phrase"] or None
            ds, de = _date(values["start"]), _date(values["end"])
            front.set_window(cid, due_start=ds, due_end=de, expression=phrase,
                             on=_date(values["on"]), note=values["note"] or None,
                             expected_version=version)
            return f"commitment {cid}: due window changed"

        app.perform("Edit window", run, [cid])

    app.push_screen(FormModal(f"Due window of commitment {cid}", [
        Field("start", "Due start (YYYY-MM-DD)", value=start.isoformat() if start else ""),
        Field("end", "Due end (YYYY-MM-DD)", value=end.isoformat() if end else ""),
        Field("phrase", "…or a due phrase (used when both dates are empty)",
              placeholder="early next year"),
        Field("note", "Note"),
        Field("on", "Took effect on (YYYY-MM-DD; default: today)", placeholder="YYYY-MM-DD"),
    ], validate=check), done)


def add_note(app: TrackerApp, cid: int) -> None:
    def done(values: dict[str, Any] | None) -> None:
        if not values:
            return

        def run(front: Tracker) -> str:
            front.add_note(cid, values["note"])
            return f"note added to commitment {cid}"

        app.perform("Add note", run, [cid])

    app.push_screen(FormModal(f"Note on commitment {cid}", [
        Field("note", "Note", required=True),
    ]), done)


def same_as(app: TrackerApp, cid: int, merged_into: int | None) -> None:
    """"Same as": merge another commitment into ``cid`` (it stays the one
    counted), or, when ``cid`` was itself merged into another, undo that."""
    if merged_into is not None:
        def undo(values: dict[str, Any] | None) -> None:
            if values is None:
                return

            def run(front: Tracker) -> str:
                front.undo_same_as(merged_into, cid, note=values.get("note") or None)
                return f"commitment {cid} is on its own again (not the same as {merged_into})"

            app.perform("Undo same as", run, [cid, merged_into])

        app.push_screen(FormModal(f"Undo: commitment {cid} is the same as {merged_into}", [
            Field("note", "Why they are not the same (optional)"),
        ], submit_label="Undo same as"), undo)
        return

    def done(values: dict[str, Any] | None) -> None:
        if not values:
            return
        other = int(values["other"])

        def run(front: Tracker) -> str:
            r = front.same_as(cid, other, note=values.get("note") or None)
            return (f"commitment {other} is the same as {cid}: {r.mentions} mention(s), "
                    f"{r.evidence} evidence moved here")

        app.perform("Same as", run, [cid, other])

    def check(values: dict[str, Any]) -> str | None:
        v = values.get("other") or ""
        if not v.isdigit() or int(v) < 1:
            return f"{v!r} is not a commitment id"
        return "a commitment cannot be the same as itself" if int(v) == cid else None

    app.push_screen(FormModal(f"Same as commitment {cid}", [
        Field("other", "Commitment that states the same promise (its id; it is retired "
              "into this one)", required=True, placeholder="e.g. 31"),
        Field("note", "Why they are the same (optional)",
              placeholder="e.g. the joint statement as posted by the other government"),
    ], validate=check, submit_label="Same as"), done)


def add_evidence(app: TrackerApp, cid: int) -> None:
    def check(values: dict[str, Any]) -> str | None:
        return _check_dates(values, "event_date", "on")

    def done(values: dict[str, Any] | None) -> None:
        if not values:
            return

        def run(front: Tracker) -> str:
            eid, status = front.add_evidence(
                cid, kind=values["kind"], quote=values["quote"],
                source_ref=values["source"] or None, event_date=_date(values["event_date"]),
                on=_date(values["on"]), note=values["note"] or None)
            return f"evidence {eid} ({values['kind']}) added to commitment {cid}: {status}"

        app.perform("Add evidence", run, [cid])

    app.push_screen(FormModal(f"Add evidence to commitment {cid}", [
        Field("kind", "Kind", options=[(label(k), k) for k in statuses.EVIDENCE_KINDS],
              value="progress", allow_blank=False, required=True),
        Field("quote", "Quote (the passage)", required=True),
        Field("source", "Source (id or file name, optional)"),
        Field("event_date", "Event date (YYYY-MM-DD, optional)"),
        Field("note", "Why it counts"),
        _on_field(),
    ], validate=check), done)


WITHDRAW = "withdraw"
VERDICT_OPTIONS = (("+1  kept (full compliance)", "1"),
                   ("0  partly kept, or work under way", "0"),
                   ("-1  not kept (no compliance)", "-1"),
                   ("withdraw this party's verdict", WITHDRAW))


def judge(app: TrackerApp, cid: int, parties: Sequence[str]) -> None:
    """One party's verdict on the commitment (-1 / 0 / +1), or its withdrawal."""
    def done(values: dict[str, Any] | None) -> None:
        if not values:
            return
        party, score = values["party"], values["score"]

        def run(front: Tracker) -> str:
            on, note = _date(values["on"]), values["note"] or None
            if score == WITHDRAW:
                return front.withdraw_verdict(cid, party, note=note, on=on).line()
            return front.record_verdict(cid, party, int(score), note=note, on=on).line()

        app.perform("Judge", run, [cid])

    if not parties:
        app.notify(f"commitment {cid} names no party to judge", severity="warning")
        return
    app.push_screen(FormModal(f"Verdict on commitment {cid} for one party", [
        Field("party", "Party", options=[(p, p) for p in parties], value=parties[0],
              allow_blank=False, required=True),
        Field("score", "Verdict (G7 Research Group scale)", options=VERDICT_OPTIONS,
              value="1", allow_blank=False, required=True),
        Field("note", "Note (why)", placeholder="e.g. the agreement was signed in part"),
        Field("on", "Takes effect on (YYYY-MM-DD; default: today)", placeholder="YYYY-MM-DD"),
    ], validate=lambda v: _check_dates(v, "on")), done)


def confirm_evidence(app: TrackerApp, evidence_id: int, cid: int) -> None:

    def run(front: Tracker) -> str:
        _cid, status = front.confirm(evidence_id)
        return f"suggestion {evidence_id} confirmed on commitment {cid}: {status}"

    app.perform("Confirm", run, [cid])


def reject_evidence(app: TrackerApp, evidence_id: int, cid: int) -> None:

    def run(front: Tracker) -> str:
        front.reject(evidence_id)
        return f"suggestion {evidence_id} rejected"

    app.perform("Reject", run, [cid])
