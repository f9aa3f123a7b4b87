"""Document text is data, never markup: everything shown from a source goes
through here. Control characters and terminal escape sequences are removed
(or made visible), and text is wrapped in ``rich.text.Text`` so "[bold]" shows
literally."""

from __future__ import annotations

import re

from rich.text import Text

# CSI / OSC / other ESC sequences, then any remaining C0/C1 control characters
# except newline and tab.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(value: object, *, keep_newlines: bool = True) -> str:
    """A string safe to put on a terminal: no escapes, no control characters."""
    if value is None:
        return ""
    s = _ESCAPES.sub("", str(value))
    s = _CONTROLS.sub("\ufffd", s) if "\x1b" in s else _CONTROLS.sub("", s)
    if not keep_newlines:
        s = " ".join(s.split())
    return s


def one_line(value: object, width: int | None = None) -> str:
    s = clean(value, keep_newlines=False)
    if width is not None and len(s) > width:
        s = s[: max(0, width - 1)] + "…"
    return s


def text(value: object, style: str = "", *, keep_newlines: bool = True) -> Text:
    """Plain text, never parsed as markup."""
    return Text(clean(value, keep_newlines=keep_newlines), style=style)


def cell(value: object, width: int | None = None, style: str = "") -> Text:
    """A one-line table cell (DataTable parses plain str as markup: use Text)."""
    return Text(one_line(value, width), style=style, no_wrap=True, overflow="ellipsis")
