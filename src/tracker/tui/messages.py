"""Messages the workers post back to the UI thread: plain data only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.message import Message


class DataChanged(Message):
    """An action went through the services and was committed."""

    def __init__(self, commitment_ids: Sequence[int], summary: str) -> None:
        super().__init__()
        self.commitment_ids = tuple(commitment_ids)
        self.summary = summary


class ActionFailed(Message):
    """An action was refused; ``conflict`` when someone else changed the record."""

    def __init__(self, title: str, error: str, *, conflict: bool = False,
                 commitment_ids: Sequence[int] = ()) -> None:
        super().__init__()
        self.title = title
        self.error = error
        self.conflict = conflict
        self.commitment_ids = tuple(commitment_ids)


class Loaded(Message):
    """A read finished: ``key`` names what, ``data`` is plain data."""

    def __init__(self, key: str, data: Any, generation: int = 0) -> None:
        super().__init__()
        self.key = key
        self.data = data
        self.generation = generation


class ReadDone(Message):
    """A read's answer on its way to the screen that asked (``TrackerScreen.read``): delivered
    as ``loaded`` only when no later read of the same exclusive ``group`` was started since."""

    def __init__(self, group: str, seq: int, exclusive: bool, loaded: Loaded) -> None:
        super().__init__()
        self.group = group
        self.seq = seq
        self.exclusive = exclusive
        self.loaded = loaded


class LoadFailed(Message):
    def __init__(self, key: str, error: str) -> None:
        super().__init__()
        self.key = key
        self.error = error
