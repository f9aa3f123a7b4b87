"""Writers for the agenda (``tracker report agenda``): table (80 columns),
Markdown, CSV and JSON. Pure: they take an ``Agenda`` and a text stream."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import TextIO

from tracker.reports.agenda import Agenda, AgendaItem
from tracker.reports.writers import QUOTE_MARKS, _clip, _md, csv_safe

FORMATS = ("table", "markdown", "csv", "json")

# (section key, heading): the order the sections are written in.
SECTIONS = (
    ("closing", "Closing in the next {days} days (by {until})"),
    ("opened", "Opened in the last {days} days (since {since})"),
)


def _sections(a: Agenda) -> list[tuple[str, str, list[AgendaItem]]]:
    j = a.to_json()
    return [(key, heading.format(days=a.days, until=j["until"], since=j["since"]),
             getattr(a, key)) for key, heading in SECTIONS]


def _window(it: AgendaItem) -> str:
    return f"{it.due_start.isoformat()}…{it.due_end.isoformat()}"


def _days_left(n: int) -> str:
    return "today" if n == 0 else f"{n} day{'s' if n != 1 else ''}"


def _write_table(a: Agenda, out: TextIO) -> int:
    out.write(f"Agenda as of {a.as_of.isoformat()}, {a.days} days either way\n")
    n = 0
    for _, heading, items in _sections(a):
        out.write(f"\n{heading}: {len(items)}\n")
        if items:
            out.write(f"{'ID':>6}  {'LEFT':>9}  {'WINDOW':<21}  SOURCE\n")
        for it in items:
            out.write(f"{it.id:>6}  {_days_left(it.days_left):>9}  {_window(it):<21}  "
                      f"{_clip(it.source or '(by hand)', 37)}\n")
            actors = f" ({', '.join(it.actors)})" if it.actors else ""
            out.write(f"{'':8}{_clip(it.subject + actors, 72)}\n")
            out.write(f"{'':8}“{_clip(it.quote.strip(QUOTE_MARKS), 70)}”\n")
            n += 1
    out.write(f"\n{n} item{'s' if n != 1 else ''}\n")
    return n


def _write_markdown(a: Agenda, out: TextIO) -> int:
    out.write(f"# Agenda as of {a.as_of.isoformat()}\n")
    n = 0
    for _, heading, items in _sections(a):
        out.write(f"\n## {heading}\n\n")
        if not items:
            out.write("Nothing.\n")
            continue
        out.write("| ID | Days left | Window | Subject | Actors | Quote | Source |\n")
        out.write("|---:|---:|---|---|---|---|---|\n")
        for it in items:
            out.write(f"| {it.id} | {it.days_left} | {it.due_start} … {it.due_end} "
                      f"| {_md(it.subject)} | {_md(', '.join(it.actors))} | {_md(it.quote)} "
                      f"| {_md(it.source or '(by hand)')} |\n")
            n += 1
    out.write(f"\n{n} item{'s' if n != 1 else ''}.\n")
    return n


CSV_HEADER = ("section", "id", "kind", "subject", "actors", "due_start", "due_end",
              "days_left", "status", "quote", "source")


def _write_csv(a: Agenda, out: TextIO) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_HEADER)
    n = 0
    for key, _, items in _sections(a):
        for it in items:
            w.writerow([csv_safe(v) for v in (
                key, it.id, it.kind, it.subject, "; ".join(it.actors), it.due_start.isoformat(),
                it.due_end.isoformat(), it.days_left, it.status, it.quote, it.source or "")])
            n += 1
    return n


def _write_json(a: Agenda, out: TextIO) -> int:
    json.dump(a.to_json(), out, indent=2, ensure_ascii=False)
    out.write("\n")
    return len(a.closing) + len(a.opened)


_WRITERS: dict[str, Callable[[Agenda, TextIO], int]] = {
    "table": _write_table,
    "markdown": _write_markdown,
    "csv": _write_csv,
    "json": _write_json,
}


def write_agenda(a: Agenda, fmt: str, out: TextIO) -> int:
    """Write the agenda in ``fmt``; returns the number of items."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    return writer(a, out)
