"""A file picker for ingest: a folder tree showing only folders and the
documents tracker reads (``ingest.documents.SUFFIXES``), hidden entries left
out. Enter on a document chooses it; ctrl+s chooses the highlighted entry (a
whole folder, too); backspace goes up to the parent folder. File names are
``Text``, never markup."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Label, Static

from tracker.app.formats import DOCUMENT_SUFFIXES as SUFFIXES
from tracker.tui.widgets import TrackerFooter


def readable(path: Path) -> bool:
    """Whether the picker lists ``path``: a folder, or a document tracker
    reads; never a hidden one."""
    if path.name.startswith("."):
        return False
    try:
        return path.is_dir() or path.suffix.lower() in SUFFIXES
    except OSError:  # a broken link, a folder we may not read
        return False


class DocumentTree(DirectoryTree):
    """A directory tree of folders and readable documents only."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if readable(p)]


def start_folder(typed: str, fallback: Path) -> Path:
    """Where the picker opens: the folder typed (or the folder of the file
    typed, a bare name's being the working folder) if it exists, else
    ``fallback``."""
    if typed:
        p = Path(typed).expanduser()
        if p.is_dir():
            return p.resolve()
        if p.parent.is_dir():
            return p.parent.resolve()
    return fallback.resolve()


def shown(path: Path) -> str:
    """A folder as the picker shows it: relative to the working folder when
    inside it, else with the home folder as ``~``."""
    for base, prefix in ((Path.cwd(), ""), (Path.home(), "~/")):
        try:
            rel = path.resolve().relative_to(base.resolve())
        except ValueError:
            continue
        return prefix + (str(rel) if str(rel) != "." else "") or "."
    return str(path)


class PathPicker(ModalScreen[Path | None]):
    """Choose a document or a folder to ingest; returns its path or None."""

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "choose", "Choose"),
        Binding("backspace", "up", "Up a folder"),
    ]

    def __init__(self, start: Path) -> None:
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog"):
            yield Label(Text("Choose a document or a folder to ingest"),
                        classes="dialog-title")
            yield Static(self.where(self.start), id="picker-root")
            yield DocumentTree(self.start, id="picker-tree")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Choose", variant="primary", id="choose", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield TrackerFooter()

    def on_mount(self) -> None:
        self.query_one(DocumentTree).focus()

    @staticmethod
    def where(folder: Path) -> Text:
        t = Text(shown(folder), style="bold")
        t.append(f"   (enter a document, ctrl+s the highlighted one; shows "
                 f"{' '.join(SUFFIXES)})", style="dim")
        return t

    @property
    def folder_tree(self) -> DocumentTree:
        return self.query_one(DocumentTree)

    def highlighted(self) -> Path:
        """The highlighted entry's path; the root folder if none."""
        node = self.folder_tree.cursor_node
        if node is not None and node.data is not None:
            return Path(node.data.path)
        return Path(self.folder_tree.path)

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self.dismiss(Path(event.path))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "choose":
            self.action_choose()
        else:
            self.action_cancel()

    def action_choose(self) -> None:
        self.dismiss(self.highlighted())

    def action_up(self) -> None:
        parent = Path(self.folder_tree.path).resolve().parent
        self.folder_tree.path = parent
        self.query_one("#picker-root", Static).update(self.where(parent))

    def action_cancel(self) -> None:
        self.dismiss(None)
