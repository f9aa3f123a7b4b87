"""The front door: the use cases the CLI and the terminal UI call.

``Tracker(url, clock)`` owns the database (opened and checked on first use)
and the clock the face gave it; nothing below reads the wall clock. Each use
case is one unit of work (one session, one commit) and returns plain values.
Where the database allows it, the hottest ones take the lean path (the driver
without SQLAlchemy: the overdue report on SQLite and PostgreSQL, a plain
status change on SQLite), chosen here and not by the faces.
"""

from tracker.app.ingest import DocumentOutcome, IngestSummary, extract_files
from tracker.app.tracker import Tracker, VerdictChange, read_by_another_version

__all__ = ["DocumentOutcome", "IngestSummary", "Tracker", "VerdictChange", "extract_files", "read_by_another_version"]
