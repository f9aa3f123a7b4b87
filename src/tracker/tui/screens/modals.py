"""Modal dialogs: one generic form (status change, resolve, window, note,
evidence, ingest, export) and an error box. Labels and messages may carry
document text, so they are always ``Text``, never markup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, SelectionList, Static

from tracker.tui import safe
from tracker.tui.widgets import TrackerFooter


@dataclass
class Field:
    key: str
    label: str
    value: str = ""
    placeholder: str = ""
    options: Sequence[tuple[str, str]] | None = None  # (label, value): a Select
    required: bool = False
    allow_blank: bool = True
    browse: bool = False  # a path: a Browse button (ctrl+o) opens the file picker


@dataclass
class _State:
    errors: list[str] = field(default_factory=list)


class FormModal(ModalScreen[dict[str, Any] | None]):
    """A small form; returns the values (Select blank → None) or None if cancelled."""

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "submit", "Save"),
        Binding("ctrl+o", "browse", "Browse"),
    ]

    def __init__(self, title: str, fields: Sequence[Field], *, intro: str | Text = "",
                 validate: Callable[[dict[str, Any]], str | None] | None = None,
                 submit_label: str = "Save") -> None:
        super().__init__()
        self.form_title = title
        self.fields = list(fields)
        self.intro = intro
        self.validate = validate
        self.submit_label = submit_label

    def compose(self) -> ComposeResult:
        with Vertical(id="form", classes="dialog"):
            yield Label(Text(self.form_title), classes="dialog-title")
            if self.intro:
                intro = self.intro if isinstance(self.intro, Text) else safe.text(self.intro)
                yield Static(intro, classes="dialog-intro")
            with VerticalScroll(classes="dialog-fields"):
                for f in self.fields:
                    yield Label(Text(f.label), classes="field-label")
                    if f.options is not None:
                        opts = [(Text(safe.one_line(lbl)), val) for lbl, val in f.options]
                        value = f.value if f.value and any(v == f.value for _, v in f.options) \
                            else Select.NULL
                        yield Select(opts, value=value, allow_blank=f.allow_blank,
                                     id=f"f-{f.key}", prompt="(none)")
                    elif f.browse:
                        with Horizontal(classes="path-row"):
                            yield Input(value=f.value, placeholder=f.placeholder,
                                        id=f"f-{f.key}")
                            yield Button("Browse…", id=f"browse-{f.key}")
                    else:
                        yield Input(value=f.value, placeholder=f.placeholder, id=f"f-{f.key}")
            yield Static("", id="form-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.submit_label, variant="primary", id="submit")
                yield Button("Cancel", id="cancel")
        yield TrackerFooter()  # this dialog's keys, not the screen's behind it

    def on_mount(self) -> None:
        if self.fields:
            self.query_one(f"#f-{self.fields[0].key}").focus()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            w = self.query_one(f"#f-{f.key}")
            if isinstance(w, Select):
                out[f.key] = None if w.value in (Select.NULL, Select.BLANK) else w.value
            else:
                assert isinstance(w, Input)
                out[f.key] = w.value.strip()
        return out

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "submit":
            self.action_submit()
        elif event.button.id and event.button.id.startswith("browse-"):
            self.browse(event.button.id.removeprefix("browse-"))
        else:
            self.action_cancel()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "browse":  # only a form with a path field has it
            return any(f.browse for f in self.fields)
        return True

    def action_browse(self) -> None:
        key = next((f.key for f in self.fields if f.browse), None)
        if key is not None:
            self.browse(key)

    def browse(self, key: str) -> None:
        """Open the file picker where the field's path points; a chosen
        path fills the field."""
        from tracker.tui.screens.picker import PathPicker, start_folder

        box = self.query_one(f"#f-{key}", Input)

        def chosen(path: Path | None) -> None:
            if path is not None:
                box.value = str(path)
                box.focus()

        self.app.push_screen(PathPicker(start_folder(box.value.strip(), Path.cwd())), chosen)

    def action_submit(self) -> None:
        values = self.values()
        missing = [f.label for f in self.fields if f.required and not values.get(f.key)]
        error = f"required: {', '.join(missing)}" if missing else None
        if error is None and self.validate is not None:
            error = self.validate(values)
        if error:
            self.query_one("#form-error", Static).update(Text(error))
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ColumnsModal(ModalScreen[list[str] | None]):
    """A checklist (label, value, checked); returns the checked values in
    the list's order, or None if cancelled."""

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "submit", "Save"),
    ]

    def __init__(self, title: str, choices: Sequence[tuple[str, str, bool]], *,
                 intro: str = "") -> None:
        super().__init__()
        self.form_title = title
        self.choices = list(choices)
        self.intro = intro

    def compose(self) -> ComposeResult:
        with Vertical(id="form", classes="dialog"):
            yield Label(Text(self.form_title), classes="dialog-title")
            if self.intro:
                yield Static(safe.text(self.intro), classes="dialog-intro")
            yield SelectionList[str](*((Text(label), value, on)
                                       for label, value, on in self.choices), id="choices")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="submit")
                yield Button("Cancel", id="cancel")
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.query_one("#choices").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "submit":
            self.action_submit()
        else:
            self.action_cancel()

    def action_submit(self) -> None:
        chosen = set(self.query_one("#choices", SelectionList).selected)
        self.dismiss([value for _, value, _ in self.choices if value in chosen])

    def action_cancel(self) -> None:
        self.dismiss(None)


class ErrorModal(ModalScreen[None]):
    BINDINGS: ClassVar = [Binding("escape,enter", "close", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Static(safe.text(self.message), classes="dialog-intro")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
        yield TrackerFooter()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
