"""The ``tracker`` command line.

Only Click is imported at start-up: the ORM, Alembic and Textual load inside
the commands that need them, so ``tracker --help`` and reports start fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tracker.domain.statuses import EVIDENCE_KINDS, KINDS, STATUSES

if TYPE_CHECKING:
    from tracker.app import Tracker
    from tracker.domain.clock import Clock


# --- plumbing -----------------------------------------------------------------

# Ids are INTEGER columns (32-bit on PostgreSQL); limits and versions fit 64 bits.
ID = click.IntRange(1, 2**31 - 1)
COUNT = click.IntRange(1, 2**63 - 1)
VERSION = click.IntRange(0, 2**63 - 1)


def _echo(line: object, err: bool = False) -> None:
    """Print a line that may hold text from a document or a user: escape
    sequences and control characters removed, on one line (textsafe)."""
    from tracker.domain.textsafe import echo_line

    click.echo(echo_line(line), err=err)



#: An ingest of this many documents or more shows a progress bar on a terminal.
PROGRESS_BAR_FROM = 2


def _progress_console() -> Any:
    """A Rich console for the ingest progress bar when both output streams are
    a terminal; None when either is piped (then only the plain lines)."""
    if not (sys.stdout.isatty() and sys.stderr.isatty()):
        return None
    from rich.console import Console

    return Console(stderr=True)


def _progress_bar(console: Any) -> Any:
    """documents done / total, elapsed time and the current file; the
    per-document lines print above it (Rich redirects the output while it
    runs) and it disappears when the ingest ends."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.description}"),
                    console=console, transient=True)


class Date(click.ParamType):  # type: ignore[type-arg]  # generic only in typeshed's view
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date (use YYYY-MM-DD)", param, ctx)


DATE = Date()
ON_HELP = ("The day it took effect (default: the evidence's event date, else its source's "
           "date, else today).")


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
            _echo(f"error: {message}", err=True)
            sys.exit(1)


def _user_message(exc: Exception) -> str | None:
    from tracker.app.messages import user_message

    return user_message(exc)


class State:
    """What every command shares: the front door (``tracker.app.Tracker``) on
    the chosen database, with the clock (the one place the CLI reads it)."""

    def __init__(self, url: str | None) -> None:
        self._url = url
        self.clock = _clock()
        self._app: Tracker | None = None

    @property
    def today(self) -> dt.date:
        return self.clock.today()

    @property
    def url(self) -> str:
        from tracker.domain.config import resolve_url

        return resolve_url(self._url)

    @property
    def app(self) -> Tracker:
        if self._app is None:
            from tracker.app import Tracker

            self._app = Tracker(self.url, self.clock,
                                notify=lambda line: click.echo(line, err=True))
        return self._app


TODAY_ENV = "TRACKER_TODAY"


def _clock() -> Clock:
    """The machine's clock, or the day ``TRACKER_TODAY`` pins (YYYY-MM-DD) for
    reproducible runs: every "today" below the CLI comes from here."""
    import os

    from tracker.domain.clock import FixedClock, system

    pinned = os.environ.get(TODAY_ENV, "").strip()
    if not pinned:
        return system()
    try:
        return FixedClock(dt.date.fromisoformat(pinned))
    except ValueError:
        raise click.UsageError(f"{TODAY_ENV}={pinned!r} is not a date (use YYYY-MM-DD)") from None


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


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def main() -> None:
    cli(prog_name="tracker")


# --- ingest and extract -------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", "date", type=DATE, help="Date for documents that carry none.")
@click.option("--no-extract", is_flag=True, help="Store the documents only.")
@click.option("--no-link", is_flag=True,
              help="Do not look for evidence links now (then: tracker link).")
@click.option("--batch", type=click.IntRange(min=1), default=50, show_default=True,
              help="Documents stored per transaction, then linked together "
                   "(a kill loses at most the batch under way).")
@pass_state
def ingest(state: State, paths: tuple[Path, ...], date: dt.date | None, no_extract: bool,
           no_link: bool, batch: int) -> None:
    """Store documents (files or folders of .txt/.md, saved .html/.htm pages, .pdf)
    and what they promise.

    Documents are read first, then stored in batches of --batch per
    transaction, then each batch is linked (a second short transaction); a
    document is reported once its batch is linked. A refused one leaves
    nothing behind and the others go on. The same content is stored once.

    \b
    Example:  tracker ingest seeds/ reports/2024-03-mea.md --date 2024-03-05
    """
    from tracker.app import DocumentOutcome

    console = _progress_console()
    bar: Any = None
    task: Any = None

    def progress(done: int, total: int, o: DocumentOutcome) -> None:
        nonlocal bar, task
        if console is not None and bar is None and total >= PROGRESS_BAR_FROM:
            bar = _progress_bar(console)
            bar.start()
            task = bar.add_task("", total=total)
        if bar is not None:
            bar.update(task, completed=done, description=o.path.name, refresh=True)

        def say(line: str, err: bool = False) -> None:
            # While the bar is drawn, a line goes through its console, which
            # prints it above the bar: click.echo writes to the terminal
            # behind Rich's back, and the line ran on from the bar's
            # ("… 12/50 0:00:00 note-11.md/tmp/note-11.md: stored …").
            if bar is not None:
                from tracker.domain.textsafe import echo_line

                bar.console.out(echo_line(line), highlight=False)
            else:
                _echo(line, err=err)

        if o.refused is not None:
            say(f"{o.path}: refused: {o.refused}", err=True)
            return
        what = "stored" if o.stored else "already stored"
        say(
            f"{o.path}: {what} as source {o.source_id}, dated {o.published_on} "
            f"({o.date_found_by}); {o.commitments} new commitments, {o.asks} asks, "
            f"{o.suggestions} new suggestions"
            + (f"; reads as {o.language}: commitments are read in English only" if o.language else "")
        )

    try:
        summary = state.app.ingest(paths, date=date, extract=not no_extract,
                                   link=not no_link, progress=progress, batch=batch)
    finally:
        if bar is not None:
            bar.stop()
    if not no_link and (note := state.app.stale_note()):
        _echo(f"note: {note}", err=True)
    failures = len(summary.refused)
    if failures:
        _echo(f"{failures} document{'s' if failures > 1 else ''} refused", err=True)
        sys.exit(1)


@cli.command(name="link")
@click.option("--rebuild", is_flag=True,
              help="Read every source again and link them all (after editing bodies.yaml).")
@pass_state
def link_command(state: State, rebuild: bool) -> None:
    """Suggest evidence links for the sources stored without them (ingest
    --no-link), in order of publication; what is linked already is kept.

    \b
    A store indexed by another version of tracker's readers is read again
    whole, as with --rebuild.

    \b
    Example:  tracker ingest --no-link archive/ && tracker link
    """
    from tracker.app import read_by_another_version

    def rereading(stale: int) -> None:
        _echo(read_by_another_version(stale) + ": reading every source again", err=True)

    n = state.app.link(rebuild=rebuild, rereading=rereading)
    _echo(f"{n} new suggestion{'s' if n != 1 else ''}")


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

    from tracker.app import extract_files

    failures = 0

    def refused(path: Path, why: str) -> None:
        nonlocal failures
        failures += 1
        _echo(f"{path}: refused: {why}", err=True)

    out: list[dict[str, Any]] = extract_files(paths, date=date, refused=refused)
    if fmt == "json":
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        for o in out:
            window = f"{o['due_start'] or '…'}…{o['due_end'] or '…'}"
            _echo(f"{o['source']}  {o['kind']:<10}  {o['made_on']}  {window:<22}  "
                  f"{o['action'] or '':<10}  {o['subject']}")
            _echo(f"    actors: {', '.join(o['actors'])}; due: {o['due_expression']}"
                  f" [{o['due_rule']}]; confidence {o['confidence']:.2f}")
        _echo(f"{len(out)} items")
    if failures:
        sys.exit(1)


# --- commitments ----------------------------------------------------------------


@cli.command()
@click.option("--quote", required=True, help="The words of the commitment, verbatim.")
@click.option("--subject", required=True, help="What is promised, e.g. '16th CT JWG'.")
@click.option("--actor", "actors", multiple=True, help="Who promised (repeatable).")
@click.option("--action", help="The verb: hold, sign, convene, …")
@click.option("--kind", type=click.Choice(KINDS), default="commitment",
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
    row = state.app.add(
        source_ref=source_ref, quote=quote, subject=subject, actors=actors, action=action,
        kind=kind, made_on=made_on, due_start=due_start, due_end=due_end, due_phrase=due_phrase,
        by=by,
    )
    _echo(f"added commitment {row.id}: {row.subject} (window {row.window.replace(' ', '')})")


@cli.command(name="list")
@click.option("--status", "status", multiple=True,
              type=click.Choice(STATUSES),
              help="Only these statuses (repeatable).")
@click.option("--overdue", is_flag=True, help="Only active ones whose window has closed.")
@click.option("--pending", is_flag=True, help="Only ones with suggestions to review.")
@click.option("--actor", metavar="PARTY",
              help="Only where this party is an actor, in any spelling: US, U.S., "
                   "American and Washington are the United States (a name the registry "
                   "does not know matches a whole actor, any case).")
@click.option("--topic", metavar="TOPIC", help="Only commitments with this topic (whole topic, "
                                               "any case, e.g. cyber).")
@click.option("--text", "text_", metavar="TEXT", help="Words that must all appear.")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--as-of", type=DATE, help="Reference date (default: today).")
@click.option("--sort", type=click.Choice(["due_end", "due_start", "made_on", "subject",
                                           "status", "id"]), default="due_end",
              show_default=True)
@click.option("--limit", type=COUNT, help="At most this many.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@pass_state
def list_(state: State, status: tuple[str, ...], overdue: bool, pending: bool,
          actor: str | None, topic: str | None, text_: str | None, kind: str | None, as_of: dt.date | None,
          sort: str, limit: int | None, fmt: str) -> None:
    """List commitments, filtered.

    \b
    Example:  tracker list --overdue --actor India --format csv
              tracker list --actor U.S. --topic counter-terrorism
    """
    import json

    from tracker.app.formats import csv_line

    f = state.app.filters(text=text_, status=status, actor=actor, topic=topic, kind=kind,
                          overdue=overdue, pending=pending, as_of=as_of, sort=sort)
    import itertools

    stream = (r.to_json() for r in state.app.iter_rows(f, limit=limit))
    first = next(stream, None)  # errors (a bad filter, the database) before any output
    rows = itertools.chain([first] if first is not None else [], stream)
    count = 0
    if fmt == "json":  # streamed: one object per line inside the array
        out = sys.stdout
        for r in rows:
            out.write(("[\n  " if count == 0 else ",\n  ") + json.dumps(r, ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "[]\n")
        return
    if fmt == "csv":
        for r in rows:
            if count == 0:
                sys.stdout.write(csv_line(list(r)) + "\n")
            sys.stdout.write(csv_line("; ".join(v) if isinstance(v, list) else v
                                      for v in r.values()) + "\n")
            count += 1
        if count == 0:
            sys.stdout.write(csv_line(["id"]) + "\n")
        return
    _echo(f"{'ID':>5}  {'STATUS':<12} {'WHEN':<10} {'DUE END':<10}  SUBJECT")
    for r in rows:
        count += 1
        subj = r["subject"] if len(r["subject"]) <= 44 else r["subject"][:43] + "…"
        _echo(f"{r['id']:>5}  {r['status']:<12} {r['timeliness']:<10} "
              f"{r['due_end'] or '—':<10}  {subj}")
    _echo(f"{count} commitment{'s' if count != 1 else ''}")


@cli.command()
@click.argument("commitment_id", type=ID)
@click.option("--as-of", type=DATE, help="Show the status and window of this date "
                                         "(default: today).")
@pass_state
def show(state: State, commitment_id: int, as_of: dt.date | None) -> None:
    """Everything about one commitment: fields, evidence, history.

    \b
    Example:  tracker show 7
    """
    from tracker.app.formats import score_text

    ref = as_of or state.today
    d = state.app.detail(commitment_id, ref)
    c = d.commitment
    then = d.then
    _echo(f"Commitment {c.id} ({c.kind}, {c.origin}, confidence {c.confidence:.2f})")
    rows = [
        ("subject", c.subject), ("actors", ", ".join(c.actor_list) or "—"),
        ("action", c.action or "—"), ("made on", c.made_on.isoformat()),
        ("source", f"{d.source.file_name} (id {d.source.id}, {d.source.published_on})"
         if d.source else "— (added by hand)"),
        ("due phrase", c.due_expression or "—"),
        ("window", f"{then.due_start or '…'} … {then.due_end or '…'}"
         if then.due_end or then.due_start else "open-ended"),
        ("rule", c.due_rule or "—"),
        ("status", f"{then.status} ({d.outcome}, as of {ref})"),
        ("topics", ", ".join(c.topic_list) or "—"),
        ("verdicts", ", ".join(f"{p} {score_text(v)}" for p, v in sorted(d.verdicts_then.items()))
         + f" (as of {ref})" if d.verdicts_then else "—"),
        ("version", str(c.version)),
    ]
    if c.parent_id:
        rows.append(("split from", f"commitment {c.parent_id}"))
    if d.merged_into is not None:
        rows.append(("retired", f"same as commitment {d.merged_into} (counted there)"))
    if d.merged:
        rows.append(("same as", ", ".join(f"commitment {i}" for i in d.merged)
                     + " (merged into this one)"))
    for k, v in rows:
        _echo(f"  {k:<11} {v}")
    _echo(f"  quote       “{d.shown_quote}”")
    if len(d.mentions) > 1:
        click.echo("Mentions (most primary first):")
        for m in d.mentions:
            where = f"{m.source or 'hand'}" + (f" @{m.span_start}" if m.span_start is not None
                                               else "")
            _echo(f"  {m.kind:<10} {where}{' (same as)' if m.merged else ''}: “{m.quote}”")
    click.echo("Evidence:" if d.evidence else "Evidence: none")
    for e in d.evidence:
        src = d.evidence_sources.get(e.source_id) if e.source_id else None
        _echo(f"  [{e.id}] {e.kind} {e.event_date or '(no date)'} — {e.review}"
              f" ({e.origin}, {e.confidence:.2f}) from {src.file_name if src else 'hand'}")
        if e.reason:
            _echo(f"      why: {e.reason}")
        if e.quote:
            _echo(f"      “{e.quote}”")
    click.echo("History:")
    lines = []
    for h in d.history:
        change = (f"{h.from_status or '—'} → {h.to_status}" if h.event == "status"
                  else h.event)
        ev = f" [evidence {h.evidence_id}]" if h.evidence_id else ""
        lines.append((h.recorded_at, h.effective_on, h.by, change + ev, h.note))
    lines += [(v.recorded_at, v.effective_on, v.by, v.change, v.note) for v in d.verdicts]
    for recorded, effective, by, change, why in sorted(lines, key=lambda x: x[0]):
        _echo(f"  {effective}  {by}: {change}"
              + (f" — {why}" if why else "")
              + f"  (recorded {recorded.strftime('%Y-%m-%d %H:%M')}Z)")


@cli.command()
@click.argument("commitment_id", type=ID)
@click.argument("new_status", metavar="STATUS",
                type=click.Choice(STATUSES))
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@click.option("--evidence", "evidence_id", type=ID, help="Evidence id that backs it.")
@click.option("--expect-version", type=VERSION, help="Refuse if the commitment changed since "
                                                 "this version (optimistic lock).")
@click.option("--on", "on", type=DATE, help=ON_HELP)
@pass_state
def status(state: State, commitment_id: int, new_status: str, note: str | None,
           by: str | None, evidence_id: int | None, expect_version: int | None,
           on: dt.date | None) -> None:
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
    click.echo(_change_status(state, commitment_id, new_status, by=by, note=note, on=on,
                              evidence_id=evidence_id, expected_version=expect_version))


def _change_status(state: State, cid: int, to: str, *, by: str | None, note: str | None,
                   on: dt.date | None, evidence_id: int | None,
                   expected_version: int | None = None) -> str:
    ch = state.app.change_status(cid, to, on=on, by=by, note=note, evidence_id=evidence_id,
                                 expected_version=expected_version)
    return f"commitment {cid}: {ch.from_status} → {ch.to_status} (on {ch.effective_on})"


@cli.command()
@click.argument("commitment_id", type=ID)
@click.option("--note", help="Why it counts as fulfilled.")
@click.option("--evidence", "evidence_id", type=ID, help="Evidence id that shows it done.")
@click.option("--by", help="Who (default: your login name).")
@click.option("--on", "on", type=DATE, help="The day it was done (default: the evidence's "
                                            "event date, else today).")
@pass_state
def resolve(state: State, commitment_id: int, note: str | None, evidence_id: int | None,
            by: str | None, on: dt.date | None) -> None:
    """Mark a commitment fulfilled.

    \b
    Example:  tracker resolve 7 --note "held 5 March" --evidence 12
    """
    click.echo(_change_status(state, commitment_id, "fulfilled", by=by, note=note, on=on,
                              evidence_id=evidence_id))


@cli.command()
@click.argument("commitment_id", type=ID)
@click.option("--start", "due_start", type=DATE, help="New window start.")
@click.option("--end", "due_end", type=DATE, help="New window end.")
@click.option("--due", "phrase", help="Or a due phrase, read against the statement date.")
@click.option("--open-ended", is_flag=True, help="Remove the window.")
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@click.option("--on", "on", type=DATE, help="The day the new window took effect (default: today).")
@pass_state
def window(state: State, commitment_id: int, due_start: dt.date | None, due_end: dt.date | None,
           phrase: str | None, open_ended: bool, note: str | None, by: str | None,
           on: dt.date | None) -> None:
    """Override a commitment's due window (recorded in history).

    \b
    Example:  tracker window 7 --end 2024-06-30 --note "MEA gave a new date"
    """
    if not (due_start or due_end or phrase or open_ended):
        raise click.UsageError("give --start/--end, --due PHRASE or --open-ended")
    text = state.app.set_window(commitment_id, due_start=due_start, due_end=due_end,
                                expression=phrase, on=on, by=by, note=note)
    _echo(f"commitment {commitment_id}: {text}")


@cli.command()
@click.argument("commitment_id", type=ID)
@click.argument("text")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def note(state: State, commitment_id: int, text: str, by: str | None) -> None:
    """Add a note to a commitment's history.

    \b
    Example:  tracker note 7 "Embassy says dates are being discussed"
    """
    state.app.add_note(commitment_id, text, by=by)
    _echo(f"commitment {commitment_id}: note added")


VERDICT_CHOICES = {"-1": -1, "0": 0, "+1": 1, "1": 1}


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("commitment_id", type=ID)
@click.argument("party")
@click.argument("score", required=False, metavar="[-1|0|+1]",
                type=click.Choice(list(VERDICT_CHOICES)))
@click.option("--withdraw", is_flag=True, help="Withdraw the party's verdict instead.")
@click.option("--note", help="Why.")
@click.option("--on", "on", type=DATE, help="The day it takes effect (default: today).")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def verdict(state: State, commitment_id: int, party: str, score: str | None, withdraw: bool,
            note: str | None, on: dt.date | None, by: str | None) -> None:
    """Record one party's verdict on a commitment, on the G7 Research Group's
    scale: +1 kept, 0 partly kept or under way, -1 not kept. It replaces the
    party's verdict from its day on; the party scorecard uses it.

    \b
    Examples:  tracker verdict 7 India +1 --note "held in New Delhi" --on 2024-03-05
               tracker verdict 7 India -1
               tracker verdict 7 India --withdraw --note "recorded by mistake"
    """
    if withdraw:
        if score is not None:
            raise click.UsageError("give a score or --withdraw, not both")
        change = state.app.withdraw_verdict(commitment_id, party, note=note, on=on, by=by)
    else:
        if score is None:
            raise click.UsageError("give a score (-1, 0 or +1) or --withdraw")
        change = state.app.record_verdict(commitment_id, party, VERDICT_CHOICES[score],
                                          note=note, on=on, by=by)
    _echo(change.line())


@cli.command(name="same-as")
@click.argument("kept", type=ID, required=False)
@click.argument("retired", type=ID, required=False)
@click.option("--note", help="Why they are the same (or, with --undo, why not).")
@click.option("--by", help="Who (default: your login name).")
@click.option("--on", type=DATE, help="The day it took effect (default: today).")
@click.option("--undo", is_flag=True, help="Undo an earlier same-as of these two.")
@click.option("--suggest", is_flag=True,
              help="List likely pairs instead: the same sentence in two sources published "
                   "at most --days apart.")
@click.option("--days", type=click.IntRange(0, 3650), default=7, show_default=True,
              help="With --suggest: how many days apart the two sources may be.")
@pass_state
def same_as(state: State, kept: int | None, retired: int | None, note: str | None,
            by: str | None, on: dt.date | None, undo: bool, suggest: bool, days: int) -> None:
    """Say commitment RETIRED is the same as KEPT (e.g. the joint statement
    both governments posted). KEPT keeps one identity with both sources as
    provenance, takes RETIRED's mentions and evidence, and lists and reports
    count it once. Recorded in both histories; --undo reverses it.

    \b
    Example:  tracker same-as 12 31 --note "same joint statement, MEA and State"
              tracker same-as 12 31 --undo --note "different meetings"
              tracker same-as --suggest --days 3
    """
    if suggest:
        found = state.app.same_as_candidates(days=days)
        if not found:
            click.echo("no likely same-as pairs")
        for c in found:
            _echo(f"tracker same-as {c.kept} {c.retired}   # {c.kept_source} / "
                  f"{c.retired_source}, {c.days_apart} day(s) apart: “{c.quote}”")
        return
    if kept is None or retired is None:
        raise click.UsageError("give KEPT and RETIRED (or --suggest)")
    if undo:
        r = state.app.undo_same_as(kept, retired, note=note, by=by)
        _echo(f"commitment {retired} is no longer the same as {kept}: "
              f"{r.mentions} mention(s), {r.evidence} evidence moved back")
    else:
        r = state.app.same_as(kept, retired, note=note, by=by, on=on)
        _echo(f"commitment {retired} is the same as {kept}: "
              f"{r.mentions} mention(s), {r.evidence} evidence moved to {kept}")


# --- evidence and review --------------------------------------------------------


@cli.group()
def evidence() -> None:
    """Add, confirm and reject evidence."""


@evidence.command(name="add")
@click.argument("commitment_id", type=ID)
@click.option("--source", "source_ref", help="Source id or file name.")
@click.option("--quote", required=True, help="The passage, verbatim.")
@click.option("--kind", required=True,
              type=click.Choice(EVIDENCE_KINDS))
@click.option("--date", "event_date", type=DATE, help="When it happened.")
@click.option("--note", help="Why it bears on the commitment.")
@click.option("--by", help="Who (default: your login name).")
@click.option("--on", "on", type=DATE, help=ON_HELP)
@pass_state
def evidence_add(state: State, commitment_id: int, source_ref: str | None, quote: str,
                 kind: str, event_date: dt.date | None, note: str | None,
                 by: str | None, on: dt.date | None) -> None:
    """Record evidence by hand (confirmed as it is made).

    Like confirming a suggestion, fulfils / partially_fulfils / progress /
    missed evidence moves the commitment's status, taking effect on its date.

    \b
    Example:  tracker evidence add 7 --source 3 --kind fulfils --date 2024-03-05 \\
                --quote "The 20th JWG met in New Delhi on March 5."
    """
    eid, now = state.app.add_evidence(commitment_id, kind=kind, quote=quote,
                                      source_ref=source_ref, event_date=event_date, on=on,
                                      by=by, note=note)
    _echo(f"evidence {eid} added to commitment {commitment_id} ({kind}); it is {now}")


@evidence.command(name="confirm")
@click.argument("evidence_id", type=ID)
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@click.option("--on", "on", type=DATE, help=ON_HELP)
@pass_state
def evidence_confirm(state: State, evidence_id: int, note: str | None, by: str | None,
                     on: dt.date | None) -> None:
    """Confirm a suggestion; fulfils/missed/… set the commitment's status.

    \b
    Example:  tracker evidence confirm 12 --note "checked the MEA readout"
    """
    cid, now = state.app.confirm(evidence_id, on=on, by=by, note=note)
    _echo(f"evidence {evidence_id} confirmed; commitment {cid} is {now}")


@evidence.command(name="reject")
@click.argument("evidence_id", type=ID)
@click.option("--note", help="Why.")
@click.option("--by", help="Who (default: your login name).")
@pass_state
def evidence_reject(state: State, evidence_id: int, note: str | None, by: str | None) -> None:
    """Reject a suggestion (kept, never suggested again).

    \b
    Example:  tracker evidence reject 13 --note "a different working group"
    """
    state.app.reject(evidence_id, by=by, note=note)
    _echo(f"evidence {evidence_id} rejected")


@cli.command()
@click.option("--limit", type=COUNT, help="At most this many.")
@pass_state
def review(state: State, limit: int | None) -> None:
    """List pending suggestions, most confident first.

    \b
    Example:  tracker review --limit 20
    """
    n = 0
    for e in state.app.iter_pending(limit):
        _echo(f"[{e.id}] {e.kind:<17} {e.confidence:.2f}  commitment {e.commitment_id}: "
              f"{e.subject}")
        _echo(f"      from {e.file_name or 'hand'}"
              f" ({e.event_date or 'no date'}): {e.reason or ''}")
        n += 1
    _echo(f"{n} pending suggestion{'s' if n != 1 else ''}"
          + ("; confirm with: tracker evidence confirm ID" if n else ""))


# --- reports ------------------------------------------------------------------


@cli.group()
def report() -> None:
    """Reports: overdue, follow-up per body, the agenda, scorecards, the briefing."""


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
    _write_out(output, lambda out: state.app.overdue_report(as_of, fmt, out))


@report.command(name="follow-up")
@click.option("--as-of", type=DATE, help="Reference date (default: today).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--details", is_flag=True, help="List each commitment under its body.")
@pass_state
def follow_up(state: State, as_of: dt.date | None, fmt: str, details: bool) -> None:
    """Per body or dialogue: made, and what came of it as of a date.

    Each commitment counts in one column (on time, late, done on an unknown
    day, partly, missed, overdue, open, superseded/withdrawn), so the columns
    add up to MADE.

    \b
    Example:  tracker report follow-up --as-of 2024-12-31 --details
    """
    from tracker.app.formats import write_follow_up_json as write_json

    ref = as_of or state.today
    with state.app.follow_up_stream(ref, details=details or fmt == "json") as fu:
        if fmt == "json":
            write_json(fu, sys.stdout)
            return
        # (heading, key): every commitment counts in exactly one column after MADE
        cols = (("ON TIME", "fulfilled_on_time"), ("LATE", "fulfilled_late"),
                ("DONE?", "fulfilled_undated"), ("PARTLY", "partially_fulfilled"),
                ("MISSED", "missed"), ("OVERDUE", "overdue"), ("OPEN", "open"),
                ("OTHER", "other"))
        _echo(f"Follow-up as of {ref.isoformat()}")
        _echo(f"{'BODY':<34} {'MADE':>4} " + " ".join(f"{h:>{len(h)}}" for h, _ in cols))
        for i, b in enumerate(fu.groups):
            name = b["body"] or "(no known body)"
            name = name if len(name) <= 34 else name[:33] + "…"
            _echo(f"{name:<34} {b['made']:>4} "
                  + " ".join(f"{b[k]:>{len(h)}}" for h, k in cols))
            for c in fu.commitments(i):  # none without --details
                sugg = c.get("suggestion")
                hint = f"  [suggested {sugg['kind']}]" if sugg else ""
                _echo(f"    {c['id']:>5}  {c['outcome']:<18} {c['subject'][:40]}{hint}")
        totals = fu.total
        _echo(f"{'TOTAL':<34} {totals['made']:>4} "
              + " ".join(f"{totals[k]:>{len(h)}}" for h, k in cols))


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
    from tracker.app.formats import write_agenda

    result = state.app.agenda(as_of, days)
    _write_out(output, lambda out: write_agenda(result, fmt, out))


SCORECARD_GROUPINGS = ("party", "relationship", "series", "topic", "period")


@report.command(name="scorecard")
@click.option("--by", "by", type=click.Choice(SCORECARD_GROUPINGS), default="party",
              show_default=True,
              help="One row per party (a joint commitment counts for each), relationship "
                   "(the parties together), dialogue series, topic, or period (year made).")
@click.option("--as-of", type=DATE, help="Reference date (default: today).")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "csv", "json", "html"]),
              default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@pass_state
def scorecard_report(state: State, by: str, as_of: dt.date | None, fmt: str,
                     output: Path | None) -> None:
    """Made, and what came of it, per party, relationship, dialogue, topic or
    year, with a compliance score from -1 to +1.

    Each commitment counts in one column (on time, late, done on an unknown
    day, partly, missed, overdue, open, superseded/withdrawn), so the columns
    add up to MADE. Score: the mean of +1 fulfilled, 0 partly, -1 missed or
    overdue; open, superseded and withdrawn ones are not scored.

    \b
    Example:  tracker report scorecard --by relationship --as-of 2024-12-31
    """
    _write_out(output, lambda out: state.app.write_scorecard(by, as_of, fmt, out))


@report.command(name="briefing")
@click.option("--as-of", type=DATE, help="Reference date (default: today).")
@click.option("--group-by", type=click.Choice(["relationship", "series"]),
              default="relationship", show_default=True,
              help="Group the commitments by relationship or by dialogue series.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@pass_state
def briefing_report(state: State, as_of: dt.date | None, group_by: str,
                    output: Path | None) -> None:
    """A self-contained HTML briefing: summary, oldest overdue, scores per
    relationship, a chart of fulfilment by party, and the commitments grouped
    with their quotes and sources. No scripts, nothing loaded from the network.

    \b
    Example:  tracker report briefing --as-of 2024-12-31 -o briefing.html
    """
    _write_out(output, lambda out: state.app.briefing(out, as_of, group_by))


def _write_out(output: Path | None, write: Any) -> None:
    if output is None:
        write(sys.stdout)
        return
    from tracker.app.files import write_atomically

    write_atomically(output, write)
    _echo(f"wrote {output}", err=True)


@cli.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["json", "ics"]), default="json",
              show_default=True,
              help="json: the whole database; ics: each due window as an all-day "
                   "calendar event.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@click.option("--as-of", type=DATE, help="json: the database as it stood on this date (a view, "
                                         "not a backup): what was known then, with the "
                                         "status and window of then.")
@pass_state
def export(state: State, fmt: str, output: Path | None, as_of: dt.date | None) -> None:
    """The whole database as one JSON object, or the due windows as a calendar.

    \b
    Examples: tracker export > tracker.json
              tracker export --as-of 2024-12-31 > end-of-2024.json
              tracker export --format ics -o commitments.ics
    """
    if fmt == "ics":
        if as_of is not None:
            raise click.UsageError("--as-of is for the json export")
        _export_ics(state, output)
        return
    _write_out(output, lambda out: state.app.export(out, as_of))


def _export_ics(state: State, output: Path | None) -> None:
    """``export --format ics`` (DTSTAMP from the front door's clock)."""
    results = []
    _write_out(output, lambda out: results.append(state.app.write_ics(out)))
    r = results[0]
    click.echo(f"{r.events} event{'s' if r.events != 1 else ''}; {r.open_ended} open-ended "
               f"commitment{'s' if r.open_ended != 1 else ''} left out (no window)", err=True)


@cli.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--by", help="Who imports a spreadsheet (history 'by'; default: you).")
@pass_state
def import_file(state: State, file: Path, by: str | None) -> None:
    """Import FILE: a backup (.json, from `tracker export`) into an empty
    database, or a spreadsheet of commitments (.csv; columns in
    docs/outputs.md). All or nothing: a bad file stores nothing.

    \b
    Examples: tracker --db sqlite:///new.db import tracker.json
              tracker import commitments.csv --by "A. Analyst"
    """
    from tracker.app.backup import ImportRefused

    kind = file.suffix.lower()
    if kind not in (".json", ".csv"):
        raise click.UsageError(f"{file}: give a .json backup or a .csv spreadsheet")
    try:
        if kind == ".json":
            r = state.app.import_backup(file)
            _echo(f"imported {r.sources} sources, {r.commitments} commitments, "
                  f"{r.evidence} evidence, {r.history} history entries, {r.verdicts} verdicts "
                  f"from {file}")
            return
        c = state.app.import_csv(file, by=by)
    except ImportRefused as exc:
        for where, reason in exc.problems[:50]:
            _echo(f"{file}: {where}: {reason}", err=True)
        if len(exc.problems) > 50:
            _echo(f"... and {len(exc.problems) - 50} more", err=True)
        _echo(f"error: {exc}", err=True)
        sys.exit(1)
    counts = ", ".join(f"{n} {st}" for st, n in sorted(c.statuses.items()))
    _echo(f"imported {c.commitments} commitments ({counts}) from {file}")


# --- database and UI ----------------------------------------------------------


@cli.group(name="db")
def db_group() -> None:
    """The database: where it is, and its schema."""


@db_group.command(name="info")
@pass_state
def db_info(state: State) -> None:
    """Print the database URL and its schema revision."""
    url, current, head = state.app.schema()
    _echo(f"url:      {url}")
    _echo(f"revision: {current} (head {head})")
    if current != head:
        _echo("behind: back it up, then run `tracker db upgrade`")


@db_group.command(name="upgrade")
@pass_state
def db_upgrade(state: State) -> None:
    """Bring the database to the newest schema.

    The embedded default database is upgraded on every use; any other one
    (PostgreSQL, or a URL you give) is refused while it is behind, until you
    back it up and run this."""
    before, after = state.app.upgrade_schema()
    _echo(f"at revision {after}" if before == after
               else f"upgraded from {before or 'an empty database'} to {after}")


@cli.command()
@pass_state
def tui(state: State) -> None:
    """Open the terminal UI (the same as running tracker with no command)."""
    from tracker.tui.app import run

    run(state.url, clock=state.clock)
