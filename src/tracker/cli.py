"""The ``tracker`` command line.

Only Click is imported at start-up: the ORM, Alembic and Textual load inside
the commands that need them, so ``tracker --help`` and reports start fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session

    from tracker.db import Database


# --- plumbing -----------------------------------------------------------------


class Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date (use YYYY-MM-DD)", param, ctx)


DATE = Date()


class TrackerGroup(click.Group):
    """Turns the errors a user can cause into one line and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader went away (`tracker report overdue | head`): stop quietly.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except Exception as exc:
            message = _user_message(exc)
            if message is None:
                raise
            click.echo(f"error: {message}", err=True)
            sys.exit(1)


def _user_message(exc: Exception) -> str | None:
    import sqlite3

    from tracker.documents import DocumentError
    from tracker.errors import ServiceError

    if isinstance(exc, ServiceError | DocumentError):
        return str(exc)
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import SQLAlchemyError

        from tracker.db import DatabaseError

        if isinstance(exc, DatabaseError):
            return str(exc)
    else:
        SQLAlchemyError = ()  # type: ignore[assignment,misc]
    if isinstance(exc, sqlite3.Error):
        return f"database: {exc}"
    if isinstance(exc, SQLAlchemyError):
        text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return f"database: {text[0] if text else type(exc).__name__}"
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    return None


class State:
    def __init__(self, url: str | None) -> None:
        self._url = url
        self._db: Database | None = None

    @property
    def url(self) -> str:
        from tracker.config import resolve_url

        return resolve_url(self._url)

    @property
    def db(self) -> Database:
        if self._db is None:
            from tracker.db import Database

            self._db = Database(self.url, notify=lambda line: click.echo(line, err=True))
        return self._db

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.db.session() as s:
            yield s

    def lean(self) -> sqlite3.Connection | None:
        """A plain sqlite3 connection when the database allows the lean path."""
        if self._db is not None:
            return None
        from tracker import lean

        return lean.connect(self.url)


pass_state = click.make_pass_decorator(State)


@click.group(cls=TrackerGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_url", metavar="URL", envvar="TRACKER_DATABASE_URL",
              help="Database URL (default: $TRACKER_DATABASE_URL, else an SQLite file "
                   "in your data directory).")
@click.version_option(package_name="tracker")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Track what governments promised, by when, and whether it happened.

    Run without a command to open the terminal UI.
    """
    ctx.obj = State(db_url)
    if ctx.invoked_subcommand is None:
        ctx.invoke(tui)


def main() -> None:
    cli(prog_name="tracker")


# --- ingest and extract -------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", "date", type=DATE, help="Date for documents that carry none.")
@click.option("--no-extract", is_flag=True, help="Store the documents only.")
@click.option("--no-link", is_flag=True, help="Do not look for evidence links.")
@pass_state
def ingest(state: State, paths: tuple[Path, ...], date: dt.date | None, no_extract: bool,
           no_link: bool) -> None:
    """Store documents (files or folders of .txt/.md, saved .html/.htm pages, .pdf)
    and what they promise.

    Each document is stored in its own transaction: a refused one leaves
    nothing behind and the others go on. The same content is stored once.

    \b
    Example:  tracker ingest seeds/ reports/2024-03-mea.md --date 2024-03-05
    """
    from tracker.documents import DocumentError, iter_paths, read_document
    from tracker.services import ingest_document

    failures = 0
    for path in iter_paths(list(paths)):
        try:
            doc = read_document(path, date=date)
            with state.session() as session:
                r = ingest_document(session, doc, extract=not no_extract, link=not no_link)
        except DocumentError as exc:
            click.echo(f"{path}: refused: {exc}", err=True)
            failures += 1
            continue
        what = "stored" if r.created else "already stored"
        click.echo(
            f"{path}: {what} as source {r.source_id}, dated {r.published_on} "
            f"({doc.date_found_by}); {r.commitments} new commitments, {r.asks} asks, "
            f"{r.suggestions} new suggestions"
        )
    if failures:
        click.echo(f"{failures} document{'s' if failures > 1 else ''} refused", err=True)
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True)
@click.option("--date", "date", type=DATE, help="Date for documents that carry none.")
def extract(paths: tuple[Path, ...], fmt: str, date: dt.date | None) -> None:
    """Print the commitments and asks found in documents (.txt/.md/.html/.pdf; no database).

    \b
    Example:  tracker extract seeds/ --format table
    """
    import json

    from tracker.documents import DocumentError, iter_paths, read_document
    from tracker.extract import extract as run_extract

    out: list[dict[str, Any]] = []
    failures = 0
    for path in iter_paths(list(paths)):
        try:
            doc = read_document(path, date=date)
        except DocumentError as exc:
            click.echo(f"{path}: refused: {exc}", err=True)
            failures += 1
            continue
        out.extend(item.to_json(doc.file_name) for item in run_extract(doc.body, doc.published_on))
    if fmt == "json":
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        for o in out:
            window = f"{o['due_start'] or '…'}…{o['due_end'] or '…'}"
            click.echo(f"{o['source']}  {o['kind']:<10}  {o['made_on']}  {window:<22}  "
                       f"{o['action'] or '':<10}  {o['subject']}")
            click.echo(f"    actors: {', '.join(o['actors'])}; due: {o['due_expression']}"
                       f" [{o['due_rule']}]; confidence {o['confidence']:.2f}")
        click.echo(f"{len(out)} items")
    if failures:
        sys.exit(1)


# --- commitments ----------------------------------------------------------------


@cli.command()
@click.option("--quote", required=True, help="The words of the commitment, verbatim.")
@click.option("--subject", required=True, help="What is promised, e.g. '16th CT JWG'.")
@click.option("--actor", "actors", multiple=True, help="Who promised (repeatable).")
@click.option("--action", help="The verb: hold, sign, convene, …")
@click.option("--kind", type=click.Choice(["commitment", "ask"]), default="commitment",
              show_default=True)
@click.option("--source", "source_ref", help="Source id or file name the quote comes from.")
@click.option("--made-on", type=DATE, help="Statement date (default: the source's date, "
                                           "else today).")
@click.option("--due-start", type=DATE, help="Window start (default: the statement date).")
@click.option("--due-end", type=DATE, help="Window end.")
@click.option("--due", "due_phrase", help="A due phrase instead, e.g. 'early next year'.")
@click.option("--by", help="Who adds it (default: your login name).")
@pass_state
def add(state: State, quote: str, subject: str, actors: tuple[str, ...], action: str | None,
        kind: str, source_ref: str | None, made_on: dt.date | None, due_start: dt.date | None,
        due_end: dt.date | None, due_phrase: str | None, by: str | None) -> None:
    """Add a commitment by hand.

    \b
    Example:  tracker add --quote "The sides will sign the MoU by June." \\
                --subject "MoU on cyber security" --actor India --actor "United States" \\
                --made-on 2024-01-10 --due "by June"
    """
    from tracker.services import add_commitment, resolve_source

    with state.session() as session:
        source = resolve_source(session, source_ref) if source_ref else None
        c = add_commitment(
            session, quote=quote, subject=subject, actors=actors, action=action, kind=kind,
            source=source, made_on=made_on, due_start=due_start, due_end=due_end,
            due_phrase=due_phrase, by=by,
        )
        window = f"{c.due_start or '…'}…{c.due_end or '…'}"
        click.echo(f"added commitment {c.id}: {c.subject} (window {window})")


@cli.command(name="list")
@click.option("--status", "status", multiple=True,
              type=click.Choice(["open", "in_progress", "fulfilled", "partially_fulfilled",
                                 "missed", "superseded", "withdrawn"]),
              help="Only these statuses (repeatable).")
@click.option("--overdue", is_flag=True, help="Only active ones whose window has closed.")
@click.option("--pending", is_flag=True, help="Only ones with suggestions to review.")
@click.option("--actor", help="Only where an actor contains this text.")
@click.option("--text", "text_", metavar="TEXT", help="Words that must all appear.")
@click.option("--kind", type=click.Choice(["commitment", "ask"]))
@click.option("--as-of", type=DATE, help="Reference date (default: today).")
@click.option("--sort", type=click.Choice(["due_end", "due_start", "made_on", "subject",
                                           "status", "id"]), default="due_end",
              show_default=True)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@pass_state
def list_(state: State, status: tuple[str, ...], overdue: bool, pending: bool,
          actor: str | None, text_: str | None, kind: str | None, as_of: dt.date | None,
          sort: str, limit: int | None, fmt: str) -> None:
    """List commitments, filtered.

    \b
    Example:  tracker list --overdue --actor India --format csv
    """
    import csv
    import json

    from tracker import statuses
    from tracker.reports import csv_safe
    from tracker.services import Filters, evidence_counts, fulfilled_dates, list_commitments

    ref = as_of or dt.date.today()
    f = Filters(text=text_, status=status, actor=actor, kind=kind, overdue=overdue,
                pending=pending, as_of=as_of, sort=sort)
    with state.session() as session:
        rows = list_commitments(session, f, limit=limit)
        counts = evidence_counts(session, [c.id for c in rows])
        done = fulfilled_dates(session, [c.id for c in rows if c.status == "fulfilled"])
        records = [
            {
                "id": c.id, "kind": c.kind, "subject": c.subject, "actors": c.actor_list,
                "made_on": c.made_on.isoformat(),
                "due_start": c.due_start.isoformat() if c.due_start else None,
                "due_end": c.due_end.isoformat() if c.due_end else None,
                "status": c.status,
                "timeliness": statuses.timeliness(c.status, c.due_start, c.due_end, ref,
                                                  done.get(c.id)),
                "evidence": counts.get(c.id, (0, 0))[0],
                "pending": counts.get(c.id, (0, 0))[1],
                "source_id": c.source_id, "quote": c.quote,
            }
            for c in rows
        ]
    if fmt == "json":
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        keys = list(records[0]) if records else ["id"]
        w.writerow(keys)
        for r in records:
            w.writerow([csv_safe("; ".join(v) if isinstance(v, list) else v) for v in r.values()])
    else:
        click.echo(f"{'ID':>5}  {'STATUS':<12} {'WHEN':<10} {'DUE END':<10}  SUBJECT")
        for r in records:
            subj = r["subject"] if len(r["subject"]) <= 44 else r["subject"][:43] + "…"
            click.echo(f"{r['id']:>5}  {r['status']:<12} {r['timeliness']:<10} "
                       f"{r['due_end'] or '—':<10}  {subj}")
        click.echo(f"{len(records)} commitment{'s' if len(records) != 1 else ''}")


@cli.command()
@click.argument("commitment_id", type=int)
@click.option("--as-of", type=DATE, help="Reference date for the timeliness badge.")
@pass_state
def show(state: State, commitment_id: int, as_of: dt.date | None) -> None:
    """Everything about one commitment: fields, evidence, history.

    \b
    Example:  tracker show 7
    """
    from tracker.services import commitment_detail

    with state.session() as session:
        d = commitment_detail(session, commitment_id)
        c = d.commitment
        click.echo(f"Commitment {c.id} ({c.kind}, {c.origin}, confidence {c.confidence:.2f})")
        rows = [
            ("subject", c.subject), ("actors", ", ".join(c.actor_list) or "—"),
            ("action", c.action or "—"), ("made on", c.made_on.isoformat()),
            ("source", f"{d.source.file_name} (id {d.source.id}, {d.source.published_on})"
             if d.source else "— (added by hand)"),
            ("due phrase", c.due_expression or "—"),
            ("window", f"{c.due_start or '…'} … {c.due_end or '…'}" if c.due_end or c.due_start
             else "open-ended"),
            ("rule", c.due_rule or "—"),
            ("status", f"{c.status} ({d.timeliness(as_of)})"),
            ("topics", ", ".join(c.topic_list) or "—"),
            ("version", str(c.version)),
        ]
        if c.parent_id:
            rows.append(("split from", f"commitment {c.parent_id}"))
        for k, v in rows:
            click.echo(f"  {k:<11} {v}")
        click.echo(f"  quote       “{c.quote}”")
        click.echo("Evidence:" if d.evidence else "Evidence: none")
        for e in d.evidence:
            src = d.evidence_sources.get(e.source_id) if e.source_id else None
            click.echo(f"  [{e.id}] {e.kind} {e.event_date or '(no date)'} — {e.review}"
                       f" ({e.origin}, {e.confidence:.2f}) from {src.file_name if src else 'hand'}")
            if e.reason:
                click.echo(f"      why: {e.reason}")
            if e.quote:
                click.echo(f"      “{e.quote}”")
        click.echo("History:")
        for h in d.history:
            change = (f"{h.from_status or '—'} → {h.to_status}" if h.event == "status"
                      else h.event)
            ev = f" [evidence {h.evidence_id}]" if h.evidence_id else ""
            click.echo(f"  {h.at.strftime('%Y-%m-%d %H:%M')}Z  {h.by}: {change}{ev}"
                       + (f" — {h.note}" if h.note else ""))


@cli.command()
@click.argument("commitment_id", type=int)
@click.argument("new_status", metavar="STATUS",
                type=click.Choice(["open", "in_progress", "fulfilled", "partially_fulfilled",
                                   "missed", "superseded", "withdrawn"]))
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@click.option("--evidence", "evidence_id", type=int, help="Evidence id that backs it.")
@click.option("--expect-version", type=int, help="Refuse if the commitment changed since "
                                                 "this version (optimistic lock).")
@pass_state
def status(state: State, commitment_id: int, new_status: str, note: str | None,
           by: str | None, evidence_id: int | None, expect_version: int | None) -> None:
    """Change a commitment's status (recorded in history).

    \b
    Allowed transitions:
      open, in_progress    → any other status (in_progress ↔ open)
      partially_fulfilled  → open, in_progress, fulfilled, missed
      fulfilled, missed    → open, in_progress, partially_fulfilled, missed/fulfilled
      superseded, withdrawn→ open

    \b
    Example:  tracker status 7 in_progress --note "dates proposed by MEA"
    """
    click.echo(_change_status(state, commitment_id, new_status, by=by, note=note,
                              evidence_id=evidence_id, expected_version=expect_version))


def _change_status(state: State, cid: int, to: str, *, by: str | None, note: str | None,
                   evidence_id: int | None, expected_version: int | None = None) -> str:
    """A status change, on the lean path when it can be (no evidence to confirm)."""
    conn = state.lean() if evidence_id is None else None
    if conn is not None:
        from tracker import lean
        from tracker.config import current_user

        with conn:
            src, dst = lean.change_status(conn, cid, to, by=by or current_user(), note=note,
                                          expected_version=expected_version)
        conn.close()
        return f"commitment {cid}: {src} → {dst}"
    from tracker.services import change_status, resolve

    with state.session() as session:
        if to == "fulfilled" and evidence_id is not None:
            h = resolve(session, cid, note=note, evidence_id=evidence_id, by=by,
                        expected_version=expected_version)
        else:
            h = change_status(session, cid, to, by=by, note=note, evidence_id=evidence_id,
                              expected_version=expected_version)
    return f"commitment {cid}: {h.from_status} → {h.to_status}"


@cli.command()
@click.argument("commitment_id", type=int)
@click.option("--note", help="Why it counts as fulfilled.")
@click.option("--evidence", "evidence_id", type=int, help="Evidence id that shows it done.")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def resolve(state: State, commitment_id: int, note: str | None, evidence_id: int | None,
            by: str | None) -> None:
    """Mark a commitment fulfilled.

    \b
    Example:  tracker resolve 7 --note "held 5 March" --evidence 12
    """
    click.echo(_change_status(state, commitment_id, "fulfilled", by=by, note=note,
                              evidence_id=evidence_id))


@cli.command()
@click.argument("commitment_id", type=int)
@click.option("--start", "due_start", type=DATE, help="New window start.")
@click.option("--end", "due_end", type=DATE, help="New window end.")
@click.option("--due", "phrase", help="Or a due phrase, read against the statement date.")
@click.option("--open-ended", is_flag=True, help="Remove the window.")
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def window(state: State, commitment_id: int, due_start: dt.date | None, due_end: dt.date | None,
           phrase: str | None, open_ended: bool, note: str | None, by: str | None) -> None:
    """Override a commitment's due window (recorded in history).

    \b
    Example:  tracker window 7 --end 2024-06-30 --note "MEA gave a new date"
    """
    from tracker.services import ServiceError, set_window

    if not (due_start or due_end or phrase or open_ended):
        raise ServiceError("give --start/--end, --due PHRASE or --open-ended")
    with state.session() as session:
        h = set_window(session, commitment_id, due_start=due_start, due_end=due_end,
                       expression=phrase, by=by, note=note)
        click.echo(f"commitment {commitment_id}: {h.note}")


@cli.command()
@click.argument("commitment_id", type=int)
@click.argument("text")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def note(state: State, commitment_id: int, text: str, by: str | None) -> None:
    """Add a note to a commitment's history.

    \b
    Example:  tracker note 7 "Embassy says dates are being discussed"
    """
    from tracker.services import add_note

    with state.session() as session:
        add_note(session, commitment_id, text, by=by)
        click.echo(f"commitment {commitment_id}: note added")


# --- evidence and review --------------------------------------------------------


@cli.group()
def evidence() -> None:
    """Add, confirm and reject evidence."""


@evidence.command(name="add")
@click.argument("commitment_id", type=int)
@click.option("--source", "source_ref", help="Source id or file name.")
@click.option("--quote", required=True, help="The passage, verbatim.")
@click.option("--kind", required=True,
              type=click.Choice(["fulfils", "partially_fulfils", "progress", "missed",
                                 "restates"]))
@click.option("--date", "event_date", type=DATE, help="When it happened.")
@click.option("--note", help="Why it bears on the commitment.")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def evidence_add(state: State, commitment_id: int, source_ref: str | None, quote: str,
                 kind: str, event_date: dt.date | None, note: str | None,
                 by: str | None) -> None:
    """Record evidence by hand (confirmed as it is made).

    \b
    Example:  tracker evidence add 7 --source 3 --kind fulfils --date 2024-03-05 \\
                --quote "The 20th JWG met in New Delhi on March 5."
    """
    from tracker.services import add_evidence, resolve_source

    with state.session() as session:
        source = resolve_source(session, source_ref) if source_ref else None
        ev = add_evidence(session, commitment_id, kind=kind, quote=quote, source=source,
                          event_date=event_date, by=by, note=note)
        click.echo(f"evidence {ev.id} added to commitment {commitment_id} ({kind})")


@evidence.command(name="confirm")
@click.argument("evidence_id", type=int)
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def evidence_confirm(state: State, evidence_id: int, note: str | None, by: str | None) -> None:
    """Confirm a suggestion; fulfils/missed/… set the commitment's status.

    \b
    Example:  tracker evidence confirm 12 --note "checked the MEA readout"
    """
    from tracker.services import confirm_evidence, get_commitment

    with state.session() as session:
        ev = confirm_evidence(session, evidence_id, by=by, note=note)
        c = get_commitment(session, ev.commitment_id)
        click.echo(f"evidence {evidence_id} confirmed; commitment {c.id} is {c.status}")


@evidence.command(name="reject")
@click.argument("evidence_id", type=int)
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def evidence_reject(state: State, evidence_id: int, note: str | None, by: str | None) -> None:
    """Reject a suggestion (kept, never suggested again).

    \b
    Example:  tracker evidence reject 13 --note "a different working group"
    """
    from tracker.services import reject_evidence

    with state.session() as session:
        reject_evidence(session, evidence_id, by=by, note=note)
        click.echo(f"evidence {evidence_id} rejected")


@cli.command()
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@pass_state
def review(state: State, limit: int | None) -> None:
    """List pending suggestions, most confident first.

    \b
    Example:  tracker review --limit 20
    """
    from tracker.services import pending_suggestions

    with state.session() as session:
        items = pending_suggestions(session, limit)
        for e in items:
            c = e.commitment
            click.echo(f"[{e.id}] {e.kind:<17} {e.confidence:.2f}  commitment {c.id}: "
                       f"{c.subject}")
            click.echo(f"      from {e.source.file_name if e.source else 'hand'}"
                       f" ({e.event_date or 'no date'}): {e.reason or ''}")
        click.echo(f"{len(items)} pending suggestion{'s' if len(items) != 1 else ''}"
                   + ("; confirm with: tracker evidence confirm ID" if items else ""))


# --- reports ------------------------------------------------------------------


@cli.group()
def report() -> None:
    """Reports: overdue commitments, follow-up per body, the agenda."""


@report.command()
@click.option("--as-of", type=DATE, help="Reference date (default: today). A past date "
                                         "counts only sources published by then.")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "csv", "json", "html"]),
              default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@pass_state
def overdue(state: State, as_of: dt.date | None, fmt: str, output: Path | None) -> None:
    """Active commitments whose window closed before the as-of date.

    \b
    Example:  tracker report overdue --as-of 2024-06-30 --format html -o overdue.html
    """
    ref = as_of or dt.date.today()
    conn = state.lean()
    if conn is not None:
        from tracker import lean
        from tracker.report_writers import write_rows

        def write(out: Any) -> int:
            return write_rows(lambda as_csv: lean.iter_overdue_rows(conn, ref, as_csv=as_csv),
                              ref, fmt, out)

        try:
            _write_out(output, write)
        finally:
            conn.close()
        return
    from tracker.reports import write_report

    with state.session() as session:
        _write_out(output, lambda out: write_report(session, ref, fmt, out))


@report.command(name="follow-up")
@click.option("--as-of", type=DATE, help="Reference date (default: today).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--details", is_flag=True, help="List each commitment under its body.")
@pass_state
def follow_up(state: State, as_of: dt.date | None, fmt: str, details: bool) -> None:
    """Per body or dialogue: made, fulfilled on time, late, missed, open.

    \b
    Example:  tracker report follow-up --as-of 2024-12-31 --details
    """
    import json

    from tracker.linking import follow_up_report

    ref = as_of or dt.date.today()
    with state.session() as session:
        bodies = follow_up_report(session, ref)
    if fmt == "json":
        click.echo(json.dumps({"as_of": ref.isoformat(), "bodies": bodies}, indent=2,
                              ensure_ascii=False, default=str))
        return
    click.echo(f"Follow-up as of {ref.isoformat()}")
    click.echo(f"{'BODY':<36} {'MADE':>4} {'ON TIME':>7} {'LATE':>4} {'MISSED':>6} "
               f"{'OPEN':>4} {'OVERDUE':>7}")
    for b in bodies:
        name = b["body"] or "(no known body)"
        name = name if len(name) <= 36 else name[:35] + "…"
        click.echo(f"{name:<36} {b['made']:>4} {b['fulfilled_on_time']:>7} "
                   f"{b['fulfilled_late']:>4} {b['missed']:>6} {b['open']:>4} {b['overdue']:>7}")
        if details:
            for c in b["commitments"]:
                sugg = c.get("suggestion")
                hint = f"  [suggested {sugg['kind']}]" if sugg else ""
                click.echo(f"    {c['id']:>5}  {c['outcome']:<18} {c['subject'][:40]}{hint}")


@report.command(name="agenda")
@click.option("--days", type=click.IntRange(min=0, max=3660), default=30, show_default=True,
              help="How far ahead (windows closing) and back (windows opened) to look.")
@click.option("--as-of", type=DATE, help="Reference date (default: today).")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "csv", "json"]),
              default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@pass_state
def agenda_report(state: State, days: int, as_of: dt.date | None, fmt: str,
                  output: Path | None) -> None:
    """Active commitments whose window closes in the next N days, soonest first,
    and those whose window opened in the last N days.

    \b
    Example:  tracker report agenda --days 14 --as-of 2024-03-01 --format markdown
    """
    from tracker.agenda import agenda
    from tracker.agenda_writers import write_agenda

    ref = as_of or dt.date.today()
    with state.session() as session:
        result = agenda(session, ref, days)
    _write_out(output, lambda out: write_agenda(result, fmt, out))


def _write_out(output: Path | None, write: Any) -> None:
    if output is None:
        write(sys.stdout)
        return
    _write_atomically(output, write)
    click.echo(f"wrote {output}", err=True)


def _write_atomically(path: Path, write: Any) -> None:
    """Write to a temporary file beside ``path`` and rename: never half a file."""
    import os
    import tempfile

    path = path.expanduser()
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".",
                               prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cli.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["json", "ics"]), default="json",
              show_default=True,
              help="json: the whole database; ics: each due window as an all-day "
                   "calendar event.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@pass_state
def export(state: State, fmt: str, output: Path | None) -> None:
    """The whole database as one JSON object, or the due windows as a calendar.

    \b
    Examples: tracker export > tracker.json
              tracker export --format ics -o commitments.ics
    """
    if fmt == "ics":
        _export_ics(state, output)
        return
    from tracker.reports import write_export

    with state.session() as session:
        if output is None:
            write_export(session, sys.stdout)
        else:
            _write_atomically(output, lambda out: write_export(session, out))
            click.echo(f"wrote {output}", err=True)


def _export_ics(state: State, output: Path | None) -> None:
    """``export --format ics``: the clock is read here, once, for DTSTAMP."""
    from tracker.calendar_export import write_ics

    now = dt.datetime.now(dt.UTC)
    with state.session() as session:
        results = []
        _write_out(output, lambda out: results.append(write_ics(session, out, now=now)))
    r = results[0]
    click.echo(f"{r.events} event{'s' if r.events != 1 else ''}; {r.open_ended} open-ended "
               f"commitment{'s' if r.open_ended != 1 else ''} left out (no window)", err=True)


# --- database and UI ----------------------------------------------------------


@cli.group(name="db")
def db_group() -> None:
    """The database: where it is, and its schema."""


@db_group.command(name="info")
@pass_state
def db_info(state: State) -> None:
    """Print the database URL and its schema revision."""
    from tracker.db import current_revision, head_revision

    db = state.db
    click.echo(f"url:      {db.engine.url.render_as_string()}")
    click.echo(f"revision: {current_revision(db.engine)} (head {head_revision()})")


@db_group.command(name="upgrade")
@pass_state
def db_upgrade(state: State) -> None:
    """Bring the database to the newest schema (done before every use anyway)."""
    from tracker.db import Database, current_revision, ensure_schema

    db = Database(state.url, migrate=False)
    try:
        before = current_revision(db.engine)
        ensure_schema(db.engine, lambda line: click.echo(line, err=True))
        after = current_revision(db.engine)
    finally:
        db.dispose()
    click.echo(f"at revision {after}" if before == after
               else f"upgraded from {before or 'an empty database'} to {after}")


@cli.command()
@pass_state
def tui(state: State) -> None:
    """Open the terminal UI (the same as running tracker with no command)."""
    from tracker.tui.app import run

    run(state.url)
