"""Text from documents and users, made safe to put on a terminal.

The one sanitising function every face calls (the CLI's echo lines, the
report table, the TUI through ``tracker.tui.safe``): terminal escape
sequences (CSI, OSC, DCS/APC/PM strings, single ESC codes), C0/C1 control
characters and bidirectional overrides are removed, so a document cannot
move the cursor, retitle the terminal, hide a hyperlink or reorder what the
user reads. Pure, standard library only (the CLI imports it at start-up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST),
# DCS / SOS / PM / APC strings (ESC P|X|^|_ … ST), then any other ESC + one
# byte; the 8-bit forms of CSI (0x9b) and OSC (0x9d) likewise.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
# C0 controls but tab and newline, DEL, C1 controls; bidirectional embedding,
# override and isolate controls and the directional marks.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def clean(value: object, *, keep_newlines: bool = True) -> str:
    """A string safe for a terminal: no escapes, no control characters.

    Line breaks of every kind become ``\\n`` (or one space, with
    ``keep_newlines=False``, which also folds runs of white space)."""
    if value is None:
        return ""
    s = _LINE_BREAKS.sub("\n", str(value))
    s = _CONTROLS.sub("", _ESCAPES.sub("", s))
    if not keep_newlines:
        s = " ".join(s.split())
    return s


def one_line(value: object, width: int | None = None) -> str:
    """``clean`` on one line, clipped to ``width`` characters with an ellipsis."""
    if (isinstance(value, str) and value.isprintable() and "  " not in value
            and value[:1] != " " and value[-1:] != " "):
        # Nothing to remove or fold (printable excludes every control, escape,
        # line break, bidi control and space but " "): the common case, fast.
        s = value
    else:
        s = clean(value, keep_newlines=False)
    return s if width is None else clip(s, width)


def clip(s: str, width: int) -> str:
    """``s`` cut to ``width`` characters, the last one an ellipsis when cut."""
    return s if len(s) <= width else s[: max(0, width - 1)] + "…"


def clip_all(values: Iterable[str], width: int) -> list[str]:
    """``clip`` over a list, cutting only the values that are too long (inline:
    a call for each would cost more than the cut)."""
    cut = max(0, width - 1)
    return [v if len(v) <= width else v[:cut] + "…" for v in values]


# ASCII's non-printable characters: C0 controls and DEL.
_ASCII_CONTROLS = bytes(range(0x20)) + b"\x7f"
# A byte table marking them with 0 and every other byte with 1: ``translate`` through a
# table alone (no bytes to delete) is a lookup a byte, then ``in`` finds a 0 by memchr
# (a third of the instructions of deleting them and comparing the lengths).
_CONTROL_MARKS = bytes(0 if b in _ASCII_CONTROLS else 1 for b in range(256))


def _ascii_printable(b: bytes) -> bool:
    """True when ASCII ``b`` holds no C0 control and no DEL."""
    return b"\x00" not in b.translate(_CONTROL_MARKS)


def all_plain(values: Iterable[str]) -> bool:
    """True when ``one_line`` leaves every one of ``values`` as it is (its fast
    path): one check over the text joined by single spaces, for a batch of
    rows. A space at a value's edge then shows as a run of two spaces (so does
    an empty value: false, harmlessly, the caller then takes ``one_line``
    value by value). ASCII text (a flag Python keeps on every string) is
    printable when it holds no C0 control and no DEL, which one
    ``bytes.translate`` finds faster than ``str.isprintable`` reads it."""
    t = " ".join(values)
    if "  " in t or t[:1] == " " or t[-1:] == " ":
        return False
    if t.isascii():
        return _ascii_printable(t.encode("ascii"))
    return t.isprintable()


def ascii_plain(t: bytes) -> bool:
    """``all_plain`` of values joined by single spaces as UTF-8 ``t``, when it is
    all ASCII (False otherwise: the caller then decodes and asks ``all_plain``)."""
    return (t.isascii() and b"  " not in t and t[:1] != b" " and t[-1:] != b" "
            and _ascii_printable(t))


def echo_line(value: object) -> str:
    """``clean`` for one terminal line that keeps its own spacing (aligned
    columns): line breaks and tabs become single spaces."""
    return clean(value).replace("\n", " ").replace("\t", " ")


def is_clean(s: str) -> bool:
    """True when ``s`` holds nothing ``clean`` would remove (newlines and tabs allowed)."""
    return not (_CONTROLS.search(s) or "\x1b" in s or "\r" in s)
