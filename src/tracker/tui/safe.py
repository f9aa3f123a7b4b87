"""Document text is data, never markup: everything shown from a source goes
through here. Control characters and terminal escape sequences are removed
by ``tracker.domain.textsafe.clean`` (the one sanitiser every face shares), and text
is wrapped in ``rich.text.Text`` so "[bold]" shows literally; toasts go
through ``notify`` with markup off."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from tracker.domain.textsafe import clean, one_line

__all__ = ["cell", "clean", "notify", "one_line", "text"]


def text(value: object, style: str = "", *, keep_newlines: bool = True) -> Text:
    """Plain text, never parsed as markup."""
    return Text(clean(value, keep_newlines=keep_newlines), style=style)


def cell(value: object, width: int | None = None, style: str = "") -> Text:
    """A one-line table cell (DataTable parses plain str as markup: use Text)."""
    return Text(one_line(value, width), style=style, no_wrap=True, overflow="ellipsis")


def notify(target: Any, message: object, *, title: str = "", **kwargs: Any) -> None:
    """A toast whose message and title are plain text: ``[@click=app.quit]x[/]``
    or ``[bold`` from a document shows as written and runs nothing."""
    target.notify(clean(message), title=one_line(title), markup=False, **kwargs)
