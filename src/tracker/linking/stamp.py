"""Which readers built a link index: a digest of the code and data that decide what indexing a
source stores (the events read, body names, parties and dates: ``tracker.linking``,
``tracker.extract``, ``tracker.temporal``, ``tracker.domain`` and the package's ``data`` tables).

Each indexed source keeps the digest of the readers that read it (``link_sources.reader``); a
store indexed by another version of tracker is re-read by ``tracker link`` (docs/linking.md)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

#: the folders of the package whose files decide what a source's index holds
READER_FOLDERS = ("linking", "extract", "temporal", "domain", "data")


@lru_cache(maxsize=1)
def reader_stamp() -> str:
    """Sixteen hex digits of the SHA-1 of the readers' files (names and bytes, in name order):
    the same for one installed version of tracker, another after any change to a reader."""
    digest = hashlib.sha1(usedforsecurity=False)
    root = resources.files("tracker")
    for folder in READER_FOLDERS:
        files = sorted((f for f in root.joinpath(folder).iterdir() if f.name.endswith((".py", ".yaml"))),
                       key=lambda f: f.name)
        for f in files:
            digest.update(f"{folder}/{f.name}\n".encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]
