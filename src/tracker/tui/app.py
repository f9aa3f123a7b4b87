"""The Textual application: one factory (``create_app``) for the CLI and the tests.

Database work never runs on the UI thread. Reads run in screen workers
(``TrackerScreen.read``: a thread worker, one session) and come back as
``Loaded`` messages of plain data; every change goes through
``TrackerApp.perform``, which runs a use case of the front door
(``tracker.app.Tracker``: one unit of work) in a worker and answers with
``DataChanged`` or ``ActionFailed``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App
from textual.binding import Binding

from tracker.app import Tracker
from tracker.domain.clock import Clock, FixedClock, system
from tracker.tui import safe
from tracker.tui.commands import TrackerCommands
from tracker.tui.messages import ActionFailed, DataChanged
from tracker.tui.screens.commitments import CommitmentsScreen
from tracker.tui.screens.help import HelpScreen
from tracker.tui.screens.ingest import IngestModal
from tracker.tui.screens.modals import ErrorModal, Field, FormModal
from tracker.tui.screens.overdue import OverdueScreen
from tracker.tui.screens.review import ReviewScreen
from tracker.tui.screens.sources import SourcesScreen
from tracker.tui.screens.timeline import TimelineScreen
from tracker.tui.widgets import MODES as MODE_KEYS
from tracker.tui.widgets import NARROW

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.orm import Session

    from tracker.app.queries import ListQuery

MODE_TITLES = {
    "commitments": "Commitments",
    "review": "Review queue",
    "sources": "Sources",
    "overdue": "Overdue",
    "timeline": "Timeline",
}


async def _until_quiet(step: float = 0.02, longest: float = 0.5) -> None:
    """Return once this process spends a step without work (the UI has handled what was
    posted and painted it), or after ``longest`` seconds."""
    waited = 0.0
    while waited < longest:
        busy = time.process_time()
        await asyncio.sleep(step)
        waited += step
        if time.process_time() - busy < step / 20:
            return


class TrackerApp(App[None]):
    """Commitments, their due windows, evidence and history."""

    CSS_PATH = "tracker.tcss"
    TITLE = "tracker"
    COMMANDS = App.COMMANDS | {TrackerCommands}
    MODES: ClassVar = {
        "commitments": CommitmentsScreen,
        "review": ReviewScreen,
        "sources": SourcesScreen,
        "overdue": OverdueScreen,
        "timeline": TimelineScreen,
    }
    DEFAULT_MODE = "commitments"
    # Below NARROW columns the list's filter bar takes two rows (tracker.tcss: -narrow).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]  # noqa: RUF012 - Textual's own attribute
    BINDINGS: ClassVar = [
        # F1: Textual's keys panel, generated from the bindings; ?: the guide
        Binding("f1", "toggle_keys", "Help"),
        Binding("question_mark", "help", "Guide", show=False),
        # 1-5 are shown in the mode bar (tracker.tui.widgets.MODES)
        *(Binding(key, f"mode('{mode}')", label, show=False) for key, mode, label in MODE_KEYS),
        Binding("f2", "change_theme", "Theme", show=False),
        # ctrl+q works (and is shown) even while typing in a box; q elsewhere
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, url: str, *, clock: Clock | None = None, today: dt.date | None = None,
                 debounce: float = 0.0, settings_path: Path | None = None) -> None:
        super().__init__()
        self.url = url
        # The UI's clock: given by the face that starts it (tests pin it).
        self.clock: Clock = clock or (FixedClock(today) if today else system())
        self.today = self.clock.today()
        # Keystrokes typed while a page query runs collapse into one follow-up
        # query; ``debounce`` adds a quiet period on top (seconds, 0 = none).
        self.debounce = debounce
        self.list_query: ListQuery | None = None
        # when the last key arrived (the event's own monotonic time): a filter's latency is
        # measured from it to the frame that shows the new page (CommitmentsScreen)
        self.last_key_at: float | None = None
        # Keys typed before the first screen is ready (a terminal delivers what was typed
        # while the program started): held, then replayed in order one at a time once it
        # is (keys that arrive meanwhile queue behind them); None once all are replayed.
        self._early_keys: list[events.Key] | None = None
        self._replayed: events.Key | None = None
        self.hold_keys()
        self._db_lock = threading.Lock()
        self._heap_frozen = False
        # The front door the screens' changes go through (same database, same clock).
        self.front = Tracker(url, self.clock)
        # The theme the user chose last time (tracker.domain.config.config_dir()).
        self.settings_path = settings_path if settings_path is not None else _settings_path()
        saved = load_settings(self.settings_path).get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._save_theme)

    def collect_garbage(self) -> None:
        """Called once a page of the list has been drawn. The first time, the
        objects that live as long as the app (Textual's, SQLAlchemy's compiled
        statements, the screens) are collected once and then moved into the
        collector's permanent generation (``gc.freeze``): a full collection
        walked all of them, 100-390 ms measured at 1M while typing (the slowest
        keystrokes). Every time, the cycles the page left are collected now,
        after it is drawn (a keystroke's worth: a few ms), so that the
        interpreter's own full collection, of the garbage of a dozen keystrokes
        at once (20,000-40,000 objects, 90-190 ms), does not fall inside a
        later keystroke. Unfrozen when the list closes (``thaw_heap``)."""
        gc.collect()
        if not self._heap_frozen:
            self._heap_frozen = True
            gc.freeze()

    def thaw_heap(self) -> None:
        """Undo ``collect_garbage``'s freeze (the list is closing, with the app):
        what the app leaves behind is collected as before."""
        if self._heap_frozen:
            self._heap_frozen = False
            gc.unfreeze()

    def _save_theme(self, theme: Any) -> None:
        self.save_setting("theme", theme.name)

    def setting(self, key: str) -> Any:
        """One saved preference (theme, columns, sort), None if never saved."""
        return load_settings(self.settings_path).get(key)

    def save_setting(self, key: str, value: Any) -> None:
        settings = load_settings(self.settings_path)
        settings[key] = value
        save_settings(self.settings_path, settings)

    # --- the database (workers only) ------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work of the front door (``Tracker.session``); the database is opened
        (and migrated) on first use, in a worker thread."""
        if threading.current_thread() is threading.main_thread() and not self.front.is_open:
            raise RuntimeError("the database is opened in workers, not on the UI thread")
        with self._db_lock:
            self.front.database  # noqa: B018 - open (and check) it under the lock
        with self.front.session() as s:
            yield s

    def perform(self, title: str, fn: Callable[[Tracker], str],
                commitment_ids: Sequence[int] = ()) -> None:
        """Run one change through the front door in a worker (one unit of
        work); answer with ``DataChanged`` or ``ActionFailed``."""
        self._perform(title, fn, tuple(commitment_ids))

    @work(thread=True, group="actions")
    def _perform(self, title: str, fn: Callable[[Tracker], str],
                 commitment_ids: tuple[int, ...]) -> None:
        from tracker.domain.errors import ConflictError

        try:
            with self._db_lock:
                self.front.database  # noqa: B018 - open (and check) it once, here
            summary = fn(self.front)
        except ConflictError as exc:
            self.post_message(ActionFailed(title, str(exc), conflict=True,
                                           commitment_ids=commitment_ids))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message
            self.post_message(ActionFailed(title, user_message(exc),
                                           commitment_ids=commitment_ids))
        else:
            self.post_message(DataChanged(commitment_ids, summary))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._early_keys is not None and event is not self._replayed:
                self._early_keys.append(event)
                return
            self.last_key_at = event.time
        await super().on_event(event)

    def hold_keys(self) -> None:
        """Hold the keys typed from now on until ``release_keys`` (the first screen is not
        ready to take them)."""
        if self._early_keys is None:
            self._early_keys = []

    def release_keys(self) -> None:
        """Replay the keys held, in order, then take keys as they come."""
        self.run_worker(self._replay_early_keys(), group="early-keys")

    def on_ready(self) -> None:
        self.release_keys()
        self._tell_stale()

    @work(thread=True, group="stale")
    def _tell_stale(self) -> None:
        """A toast when stored sources were read by another version of tracker's readers: their
        suggestions may be out of date until ``tracker link`` reads them again (``Tracker.stale_note``)."""
        try:
            with self._db_lock:
                note = self.front.stale_note()
        except Exception:  # noqa: BLE001 - the list screen reports a store it cannot open
            return
        if note:
            self.call_from_thread(safe.notify, self, note, title="Suggestions out of date",
                                  severity="warning", timeout=12)

    async def _replay_early_keys(self) -> None:
        """The keys held (typed before the screen was ready) as if typed now, each once the
        one before has been handled: a key that moves the focus ("/") goes up to the screen's
        bindings through several widgets' queues before the letters after it may follow."""
        while self._early_keys:
            key = self._early_keys.pop(0)
            self._replayed = events.Key(key.key, key.character)
            self.post_message(self._replayed)
            await _until_quiet()
        self._early_keys = self._replayed = None

    def on_data_changed(self, message: DataChanged) -> None:
        if message.summary:
            safe.notify(self, message.summary, title="Saved")
        self._tell_screens(message.commitment_ids)

    def on_action_failed(self, message: ActionFailed) -> None:
        if message.conflict:
            self.push_screen(ErrorModal(
                "Changed by someone else",
                f"{message.error}\n\nThe screen has been reloaded with the current data.",
            ))
            self._tell_screens(message.commitment_ids)
        else:
            safe.notify(self, message.error, title=f"{message.title}: not saved",
                        severity="error", timeout=8)

    def _tell_screens(self, ids: tuple[int, ...]) -> None:
        for screen in self.screen_stack:
            handler = getattr(screen, "data_changed", None)
            if handler is not None:
                handler(ids)

    def on_unmount(self) -> None:
        self.front.close()

    @work(thread=True, group="ingest")
    def ingest(self, path_text: str, date: dt.date | None = None,
               modal: IngestModal | None = None) -> None:
        """Ingest a file or folder through the front door (one transaction per
        document), moving ``modal``'s progress bar after each document; its
        Cancel stops between documents (those stored stay). Ends with every
        document's outcome in the modal and a toast."""
        from pathlib import Path

        from tracker.app.ingest import collect
        from tracker.tui.screens.ingest import outcome_row

        def ui(fn: Callable[..., None] | None, *args: Any) -> None:
            if modal is not None and fn is not None:
                self.call_from_thread(fn, *args)

        path = Path(path_text.strip()).expanduser()
        if not path.exists():
            message = f"no such file or folder: {path}"
            ui(getattr(modal, "failed", None), message)
            self.post_message(ActionFailed("Ingest", message))
            return
        try:
            files = collect([path])
            ui(getattr(modal, "started", None), files)
            with self._db_lock:
                self.front.database  # noqa: B018 - open (and check) the database first

            def progress(done: int, total: int, outcome: Any) -> None:
                ui(getattr(modal, "advanced", None), done, total, outcome_row(outcome),
                   files[done].name if done < len(files) else None)

            cancel = modal.cancel_requested.is_set if modal is not None else None
            summary = self.front.ingest(files, date=date, progress=progress, cancel=cancel)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message
            ui(getattr(modal, "failed", None), user_message(exc))
            self.post_message(ActionFailed("Ingest", user_message(exc)))
            return
        ui(getattr(modal, "done", None), summary.line(), summary.cancelled)
        if modal is not None:  # the dialog lists every document: no toast over it
            self.post_message(DataChanged((), ""))
            return
        text = summary.line()
        if summary.refused:
            text += "; refused: " + "; ".join(f"{o.path.name}: {o.refused}"
                                              for o in summary.refused[:3])
        self.post_message(DataChanged((), text))

    # --- actions ----------------------------------------------------------------

    def action_mode(self, mode: str) -> None:
        self.switch_mode(mode)

    def action_toggle_keys(self) -> None:
        """Show or hide Textual's keys panel (every binding of the focused
        widget, the screen and the app)."""
        from textual.widgets import HelpPanel

        if self.screen.query(HelpPanel):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_ingest(self) -> None:
        def done(values: dict[str, Any] | None) -> None:
            if values:
                date = dt.date.fromisoformat(values["date"]) if values["date"] else None
                path = values["path"]
                def start(modal: IngestModal) -> None:
                    self.ingest(path, date, modal)

                self.push_screen(IngestModal(path, start))

        def check(values: dict[str, Any]) -> str | None:
            if values["date"]:
                try:
                    dt.date.fromisoformat(values["date"])
                except ValueError:
                    return f"{values['date']!r} is not a date (use YYYY-MM-DD)"
            return None

        self.push_screen(FormModal("Ingest a file or folder", [
            Field("path", "Path (a file, or a folder of .txt/.md/.html/.pdf; ctrl+o to browse)",
                  placeholder="seeds/", required=True, browse=True),
            Field("date", "Date for documents that state none (YYYY-MM-DD, optional)",
                  placeholder="YYYY-MM-DD"),
        ], validate=check, submit_label="Ingest"), done)


def user_message(exc: BaseException) -> str:
    """One line for the user (``tracker.app.messages``, as the CLI says it);
    an unexpected error still names its kind."""
    from tracker.app.messages import user_message as known

    message = known(exc)
    if message is not None:
        return message
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"


def create_app(url: str, *, clock: Clock | None = None, today: dt.date | None = None,
               debounce: float = 0.0, settings_path: Path | None = None) -> TrackerApp:
    """The one app factory, shared by ``tracker`` and the tests (which pin
    ``today`` or give a clock)."""
    return TrackerApp(url, clock=clock, today=today, debounce=debounce,
                      settings_path=settings_path)


# --- the UI's settings (theme, visible columns, sort) ---------------------------------------------------


def _settings_path() -> Path:
    from tracker.domain.config import config_dir

    return config_dir() / "tui.json"


def load_settings(path: Path) -> dict[str, Any]:
    """The saved settings; a missing or unreadable file is no settings."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(path: Path, settings: dict[str, Any]) -> None:
    """Write the settings atomically; a failure to save is not an error."""
    import json

    from tracker.app.files import write_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda out: out.write(json.dumps(settings, indent=2) + "\n"))
    except OSError:
        pass


def run(url: str, *, clock: Clock) -> None:
    create_app(url, clock=clock).run()
