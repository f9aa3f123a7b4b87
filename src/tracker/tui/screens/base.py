"""What every tracker screen shares: the app (``tracker``), reads in a worker
(``read``), and the default answer to a failed read.

The UI rules live here: database work only in thread workers, one session per
unit of work, and only plain data comes back to the UI thread (``Loaded``) —
or one line for the user when the read failed (``LoadFailed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual.screen import Screen
from textual.widgets import DataTable

from tracker.tui import safe
from tracker.tui.messages import Loaded, LoadFailed, ReadDone

if TYPE_CHECKING:
    from sqlalchemy.orm import Session
    from textual.worker import Worker

    from tracker.tui.app import TrackerApp


class TrackerScreen(Screen[None]):
    """A screen of the tracker app that reads the database in workers."""

    LOAD_FAILED_TITLE: ClassVar[str] = "Could not load"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reads = 0  # reads started (``read``)
        self._latest_reads: dict[str, int] = {}  # an exclusive group -> its latest read

    @property
    def tracker(self) -> TrackerApp:
        return self.app  # type: ignore[return-value]

    def read(self, key: str, query: Callable[[Session], Any], *, group: str,
             generation: int = 0, exclusive: bool = True) -> Worker[None]:
        """Run ``query(session)`` in a thread worker, in one session, and post
        ``Loaded(key, result, generation)`` or ``LoadFailed(key, error)``.

        ``query`` runs off the UI thread: it must only touch the session and
        values captured when ``read`` was called, and return plain data.
        An exclusive read cancels the previous one of the same ``group``, and the earlier one's
        answer is never shown: a thread cannot be stopped, and a read started before a change
        (when a form closed) that ends after the one started by the change would draw the old
        rows over the new (``on_read_done``).
        """
        self._reads += 1
        seq = self._reads
        if exclusive:
            self._latest_reads[group] = seq

        def run() -> None:
            try:
                with self.tracker.session() as session:
                    data = query(session)
            except Exception as exc:  # noqa: BLE001 - every failure becomes a message
                from tracker.tui.app import user_message

                self.post_message(LoadFailed(key, user_message(exc)))
                return
            self.post_message(ReadDone(group, seq, exclusive, Loaded(key, data, generation)))

        return self.run_worker(run, name=f"read {key}", group=group, exclusive=exclusive,
                               thread=True)

    def on_read_done(self, message: ReadDone) -> None:
        """Show a read's answer (``Loaded``) unless a later read of its exclusive group was
        started: the answers of one group reach the screen in the order they were asked for."""
        message.stop()
        if message.exclusive and self._latest_reads.get(message.group) != message.seq:
            return
        self.post_message(message.loaded)

    def on_load_failed(self, message: LoadFailed) -> None:
        # Textual calls ``on_load_failed`` of every class in the MRO: a screen
        # that needs more adds its own handler, without calling super().
        message.stop()
        safe.notify(self, message.error, title=self.LOAD_FAILED_TITLE, severity="error")

    def cursor_id(self, table: DataTable[Any]) -> int | None:
        """The id the table's rows are keyed by, at the cursor (None if empty)."""
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key else None

    def open_commitment(self, commitment_id: int | None) -> None:
        if commitment_id is not None:
            from tracker.tui.screens.detail import DetailScreen

            self.app.push_screen(DetailScreen(commitment_id))
