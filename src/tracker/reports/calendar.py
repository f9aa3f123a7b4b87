"""Due windows as a calendar: one all-day iCalendar (RFC 5545) event per
commitment or ask that has a window, built with icalendar.

- DTSTART is ``due_start``, DTEND ``due_end`` + 1 day (an all-day DTEND is
  exclusive in RFC 5545); a window with only an end starts on the day the
  commitment was made.
- SUMMARY is the subject; DESCRIPTION the quote, the source file, the actors
  and the status; CATEGORIES the kind.
- UID is stable: for an extracted item a hash of what identifies it in any
  database (its source's content hash, kind, span start and subject: the same
  key ``services.store_extracted`` uses), so importing a new export into a
  calendar updates the events instead of duplicating them, even from a
  database rebuilt from the same documents; for one added by hand, its id and
  creation time.
- DTSTAMP is the ``now`` the caller passes (the command passes the clock;
  tests pin it).

Open-ended commitments (no window) have no place on a calendar and are left
out; ``write_ics`` returns how many.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.reports.writers import QUOTE_MARKS
from tracker.store import history_sql
from tracker.store.models import Commitment, Source, split_list

PRODID = "-//tracker//commitments and due windows//EN"
UID_DOMAIN = "tracker"


@dataclass(frozen=True)
class CalendarResult:
    events: int
    open_ended: int


def commitment_uid(c: Commitment, source_hash: str | None) -> str:
    """The event's UID: the same for the same commitment in every export."""
    if source_hash is not None and c.span_start is not None and c.origin == "extracted":
        key = f"extracted|{source_hash}|{c.kind}|{c.span_start}|{c.subject}"
    else:
        key = f"manual|{c.id}|{c.created_at.isoformat() if c.created_at else ''}"
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def _description(c: Commitment, file_name: str | None) -> str:
    lines = [
        f"“{c.quote.strip(QUOTE_MARKS)}”",
        f"Source: {file_name or '(added by hand)'}",
        f"Actors: {', '.join(split_list(c.actors)) or '(none named)'}",
        f"Status: {c.status}",
    ]
    if c.due_expression:
        lines.append(f"Due: {c.due_expression} ({c.due_rule or 'rule unknown'})")
    lines.append(f"tracker id: {c.id}")
    return "\n".join(lines)


def _header() -> bytes:
    """The calendar's own lines, up to its first event."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "tracker: due windows")
    text: bytes = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert text.endswith(end)
    return text[: -len(end)]


def iter_ics(session: Session, result: list[CalendarResult], *,
             now: dt.datetime) -> Iterator[bytes]:
    """The calendar as RFC 5545 bytes, one event at a time (memory stays
    flat however many there are); appends the counts to ``result`` at the
    end."""
    from icalendar import Event

    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    stamp = now.astimezone(dt.UTC)
    yield _header()
    q = (
        select(Commitment, Source.file_name, Source.content_hash)
        .outerjoin(Source, Source.id == Commitment.source_id)
        .where(~history_sql.is_retired(Commitment.id))  # a same-as duplicate counts once
        .order_by(Commitment.due_end.is_(None), Commitment.due_end, Commitment.id)
        .execution_options(yield_per=1000)
    )
    events = open_ended = 0
    for c, file_name, source_hash in session.execute(q):
        if c.due_end is None:
            open_ended += 1
            continue
        start = c.due_start or min(c.made_on, c.due_end)
        ev = Event()
        ev.add("uid", commitment_uid(c, source_hash))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", start)
        ev.add("dtend", c.due_end + dt.timedelta(days=1))
        ev.add("summary", c.subject)
        ev.add("description", _description(c, file_name))
        ev.add("categories", [c.kind])
        ev.add("transp", "TRANSPARENT")  # a window is not a busy day
        yield ev.to_ical()
        events += 1
    yield b"END:VCALENDAR\r\n"
    result.append(CalendarResult(events, open_ended))


def write_ics(session: Session, out: TextIO, *, now: dt.datetime) -> CalendarResult:
    """Write the calendar to a text stream; returns how many events and how
    many open-ended items were left out."""
    result: list[CalendarResult] = []
    out.writelines(chunk.decode("utf-8") for chunk in iter_ics(session, result, now=now))
    return result[0]
