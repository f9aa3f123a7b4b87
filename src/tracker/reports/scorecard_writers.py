"""Writers for the scorecard: table, Markdown, CSV and JSON (HTML is the
briefing's template, ``tracker.reports.briefing``). Pure: they read a ``Scorecard``."""

from __future__ import annotations

import json
from typing import TextIO

from tracker.domain.textsafe import one_line
from tracker.reports.follow_up import COLUMNS
from tracker.reports.scorecard import MIN_SCORED, TOO_FEW, Row, Scorecard
from tracker.reports.writers import csv_line, md_escape

FORMATS = ("table", "markdown", "csv", "json", "html")

# (heading, column) in the order every writer shows them, after MADE.
HEADINGS: tuple[tuple[str, str], ...] = (
    ("ON TIME", "fulfilled_on_time"), ("LATE", "fulfilled_late"),
    ("DONE?", "fulfilled_undated"), ("PARTLY", "partially_fulfilled"),
    ("MISSED", "missed"), ("OVERDUE", "overdue"), ("OPEN", "open"), ("OTHER", "other"),
)
assert tuple(c for _, c in HEADINGS) == COLUMNS

GROUP_HEADING = {"party": "PARTY", "relationship": "RELATIONSHIP", "series": "DIALOGUE",
                 "topic": "TOPIC", "period": "YEAR"}


def score_text(score: float | None) -> str:
    return "–" if score is None else f"{score:+.2f}"


def write_scorecard(card: Scorecard, fmt: str, out: TextIO) -> int:
    """Write the scorecard in ``fmt`` (not html); returns the number of rows."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(_WRITERS)}")
    writer(card, out)
    return len(card.rows)


def _write_json(card: Scorecard, out: TextIO) -> None:
    out.write(json.dumps(card.to_json(), indent=2, ensure_ascii=False) + "\n")


def _write_csv(card: Scorecard, out: TextIO) -> None:
    out.write(csv_line(["group", "made", *COLUMNS, "scored", "judged", "score", "verdict"])
              + "\n")
    out.writelines(
        csv_line([r.group, r.made, *(r.counts[c] for c in COLUMNS), r.scored, r.judged,
                  # a number, not text: a negative score is not a formula to defuse
                  None if r.score is None else round(r.score, 4), r.verdict]) + "\n"
        for r in [*card.rows, card.total])


def _table_line(name: str, r: Row, width: int) -> str:
    return (f"{one_line(name, width):<{width}} {r.made:>4} "
            + " ".join(f"{r.counts[c]:>{len(h)}}" for h, c in HEADINGS)
            + f" {r.judged:>6} {score_text(r.score):>5}")


def _write_table(card: Scorecard, out: TextIO) -> None:
    width = 30
    out.write(f"Scorecard by {card.by} as of {card.as_of.isoformat()} "
              "(score: +1 fulfilled, 0 partly, −1 missed or overdue)\n")
    out.write(f"{GROUP_HEADING[card.by]:<{width}} {'MADE':>4} "
              + " ".join(h for h, _ in HEADINGS) + f" {'JUDGED':>6} {'SCORE':>5}\n")
    out.writelines(_table_line(r.group, r, width) + "\n" for r in card.rows)
    out.write(_table_line("ALL COMMITMENTS", card.total, width) + "\n")
    if card.by in ("party", "topic"):
        out.write(f"(a commitment counts once for each {card.by} it has; "
                  "ALL counts it once)\n")
    if card.by == "party":
        out.write("(JUDGED: scores that are an analyst's verdict for the party; "
                  "in ALL, commitments with any verdict)\n")


def _write_markdown(card: Scorecard, out: TextIO) -> None:
    out.write(f"# Scorecard by {card.by} as of {card.as_of.isoformat()}\n\n")
    heads = [GROUP_HEADING[card.by].capitalize(), "Made", *(h.capitalize() for h, _ in HEADINGS),
             "Judged", "Score", "Verdict"]
    out.write("| " + " | ".join(heads) + " |\n")
    out.write("|---|" + "---:|" * (len(heads) - 2) + "---|\n")
    for r in [*card.rows, card.total]:
        name = "**All commitments**" if r is card.total else md_escape(r.group)
        out.write(f"| {name} | {r.made} | "
                  + " | ".join(str(r.counts[c]) for _, c in HEADINGS)
                  + f" | {r.judged} | {score_text(r.score)} | {r.verdict} |\n")
    out.write("\nScore: mean over scored commitments of +1 (fulfilled), 0 (partly), "
              "−1 (missed or overdue); open, superseded and withdrawn ones are not scored. "
              "Judged: scores that are an analyst's verdict for the party (by party; "
              "in the last row, commitments with any verdict), which replaces the "
              "status-derived score. "
              f"Verdict: mostly kept from +0.5, mixed from −0.5, else mostly not kept; "
              f"{TOO_FEW} below {MIN_SCORED} scored.\n")


_WRITERS = {
    "table": _write_table,
    "markdown": _write_markdown,
    "csv": _write_csv,
    "json": _write_json,
}
