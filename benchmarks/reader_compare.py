"""Does the document reader read real documents as an earlier revision did?

    .venv/bin/python benchmarks/reader_compare.py REV PATH...

Loads ``src/tracker/ingest/documents.py`` as it was at git revision REV beside the
current one, reads every .txt/.md file under the PATHs with both, and prints
each file whose outcome differs (refusal reason, or date, title, publisher,
url, body length, content hash), then the totals. Exit status 1 if any
differ. Used to check that hardening the reader changed nothing for
well-formed documents (see docs/reliability.md).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _old_module(rev: str) -> Any:
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/tracker/ingest/documents.py"],
                            capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "documents_then.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("documents_then", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["documents_then"] = module
    spec.loader.exec_module(module)
    return module


def _outcome(module: Any, path: Path) -> tuple[object, ...]:
    try:
        d = module.read_document(path)
    except module.DocumentError as exc:
        return ("refused", str(exc))
    return ("read", d.published_on, d.title, d.publisher, d.url, len(d.body), d.content_hash)


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    from tracker.ingest import documents as now

    then = _old_module(argv[1])
    files = sorted(p for root in argv[2:] for p in Path(root).rglob("*")
                   if p.is_file() and p.suffix.lower() in now.SUFFIXES
                   and p.name.lower() != "readme.md")
    differ = 0
    for p in files:
        a, b = _outcome(then, p), _outcome(now, p)
        if a != b:
            differ += 1
            print(f"{p}: then {a[:2]}, now {b[:2]}")
    print(f"{len(files)} files, {differ} read differently")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
