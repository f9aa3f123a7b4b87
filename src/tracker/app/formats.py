"""What the faces print, offered by the front door: the formatters and writers of the
rooms below (reports, lifecycle, ingest) that the CLI and the terminal UI use to show
what a use case returned. One address each stays where the rule lives; the faces import
them from here, never from below the front door (import-linter: "The faces call the
front door")."""

from tracker.ingest.documents import SUFFIXES as DOCUMENT_SUFFIXES
from tracker.lifecycle.services import VerdictEntry, score_text
from tracker.reports.agenda_writers import write_agenda
from tracker.reports.follow_up import write_json as write_follow_up_json
from tracker.reports.writers import csv_line

__all__ = ["DOCUMENT_SUFFIXES", "VerdictEntry", "csv_line", "score_text", "write_agenda",
           "write_follow_up_json"]
