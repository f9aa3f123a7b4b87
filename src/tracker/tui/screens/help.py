"""?: the guide, screen by screen (F1 shows Textual's keys panel)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from tracker.tui.widgets import TrackerFooter

HELP = """\
# tracker — keys

**Anywhere**: `1` commitments · `2` review queue · `3` sources · `4` overdue ·
`5` timeline (the mode bar on top; click it too) · `ctrl+p` command palette
(every action is there) · `F1` keys panel · `?` this guide · `F2` theme (kept
for next time) · `q` or `ctrl+q` quit. Mouse: click rows, column headers
(sort), checkboxes and buttons.

## Commitments
`/` filter box (words must all match subject, quote, actors or due phrase; a
word in capitals such as `JWG` also matches the initials *Joint Working Group*)
· status select · actor · *overdue* · *pending* (has suggestions) · *as of*
date · `o` next sort column, `O` reverse (or click a header) · `PgUp`/`PgDn`
at the top/bottom edge change page, `[` `]` too · `enter` open · `s` change
status · `r` mark resolved · `n` note · `w` due window · `e` add evidence ·
`i` ingest a file or folder.

## Commitment
The quote is highlighted inside its source paragraph; the due phrase, window
and the rule that made it; the evidence timeline; the full history.
`s` status · `r` resolve · `w` window · `n` note · `e` evidence · `c`/`x`
confirm/reject the selected suggestion · `j` judge: one party's verdict
(−1 / 0 / +1, or withdraw it) · `u` open the source · `esc` back.
A change made meanwhile by someone else is refused and the screen reloads.

## Review queue
Suggestions on the left; on the right the selected one in context: what
confirming would change, why, the passage in its paragraph, the source, the
commitment. `c` confirm / `x` reject (with an optional note) · `space` mark
rows for a bulk confirm/reject · `u` undo the last one (a reverting history
row) · `f` pending / rejected / all · `[` `]` page · `enter` open. Below:
extractions with confidence under 0.6.

## Sources
`enter` opens a document with its commitments highlighted; `i` ingests a file
or a folder (a progress bar, `esc` cancels between documents, then every
document's outcome). From a shell: `tracker ingest seeds/`.

## Overdue
`/` as-of date · `x` export the report (table, markdown, csv, json, html),
written atomically.

## Timeline
Bars of due windows on a date axis against today, for the list's filter.

Press `esc` to close.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar = [Binding("escape,f1,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog"):
            yield Markdown(HELP)
        yield TrackerFooter()

    def action_close(self) -> None:
        self.dismiss(None)
