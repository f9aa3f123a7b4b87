"""One-off restructure of src/tracker into rooms (issue 9 item 3).

Run from the repository root on a clean tree: python3 /work/rooms.py
It git-mv's modules into packages and rewrites every reference (absolute,
relative, `from tracker import x`, dotted strings, file paths) in src/, tests/,
benchmarks/, scripts/, docs/, alembic/, pyproject.toml, alembic.ini, README.md.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path.cwd()
SRC = ROOT / "src" / "tracker"

# old module (under tracker.) -> new module (under tracker.)
MOVES: dict[str, str] = {
    "db": "store.db",
    "models": "store.models",
    "lean": "store.lean",
    "_overdue_sql": "store._overdue_sql",
    "history_sql": "store.history_sql",
    "types": "store.types",
    "migrations": "store.migrations",
    "clock": "domain.clock",
    "statuses": "domain.statuses",
    "errors": "domain.errors",
    "config": "domain.config",
    "parties": "domain.parties",
    "lexicon": "domain.lexicon",
    "textsafe": "domain.textsafe",
    "documents": "ingest.documents",
    "formats": "ingest.formats",
    "services": "lifecycle.services",
    "suggestions": "lifecycle.suggestions",
    "backup": "app.backup",
    "reports": "reports.overdue",
    "report_writers": "reports.writers",
    "follow_up": "reports.follow_up",
    "agenda": "reports.agenda",
    "agenda_writers": "reports.agenda_writers",
    "calendar_export": "reports.calendar",
    "scorecard": "reports.scorecard",
    "scorecard_writers": "reports.scorecard_writers",
    "briefing": "reports.briefing",
    "templates": "reports.templates",  # a data folder
    # single-file rooms become packages with the same import path
    "temporal": "temporal",
    "cli": "cli",
}
PACKAGE_DOCS = {
    "store": "Storage: the database, its models, migrations and the lean sqlite3 path. Knows no use case.",
    "domain": "The vocabulary every room shares: clock, statuses, errors, config, parties, lexicon, safe text.",
    "ingest": "Documents in: reading files and formats (txt, md, html, pdf) into dated source text.",
    "lifecycle": "The rules of a commitment's life: storing what ingest extracted, status changes, evidence and the review of linking suggestions.",
    "reports": "Reports out: overdue, follow-up, agenda, calendar, scorecard and briefing, with their writers.",
}


def git(*args: str) -> None:
    subprocess.run(["git", *args], check=True)


def move_files() -> None:
    for pkg, doc in PACKAGE_DOCS.items():
        (SRC / pkg).mkdir(exist_ok=True)
        init = SRC / pkg / "__init__.py"
        if not init.exists():
            init.write_text(f'"""{doc}"""\n')
            git("add", str(init))
    for old, new in MOVES.items():
        if old in ("temporal", "cli"):
            (SRC / old).mkdir(exist_ok=True)
            git("mv", str(SRC / f"{old}.py"), str(SRC / old / "__init__.py"))
            continue
        src_file = SRC / f"{old}.py"
        src_dir = SRC / old
        dest = SRC / Path(*new.split("."))
        if src_file.exists():
            git("mv", str(src_file), str(dest.with_suffix(".py")))
        elif src_dir.is_dir():
            git("mv", str(src_dir), str(dest))
        else:
            sys.exit(f"missing {old}")


def module_of(path: Path) -> tuple[str, bool]:
    """Dotted module name of a file under src/ (old layout) and whether it is a package init."""
    rel = path.relative_to(ROOT / "src").with_suffix("")
    parts = list(rel.parts)
    is_pkg = parts[-1] == "__init__"
    if is_pkg:
        parts = parts[:-1]
    return ".".join(parts), is_pkg


REL_RE = re.compile(r"^(\s*)from (\.+)([\w.]*) import ", re.M)


def absolutise(text: str, module: str, is_pkg: bool) -> str:
    package = module.split(".") if is_pkg else module.split(".")[:-1]

    def sub(m: re.Match[str]) -> str:
        dots = len(m.group(2))
        base = package[: len(package) - (dots - 1)]
        target = ".".join(base + ([m.group(3)] if m.group(3) else []))
        return f"{m.group(1)}from {target} import "

    return REL_RE.sub(sub, text)


NAMES = "|".join(sorted((re.escape(k) for k in MOVES if MOVES[k] != k), key=len, reverse=True))
DOTTED_RE = re.compile(rf"(?<![\w.])tracker\.({NAMES})\b(?![-\w])(?!\.(?:overdue|writers|follow_up|agenda|agenda_writers|calendar|scorecard|scorecard_writers|briefing|templates)\b)")
PATH_RE = re.compile(rf"(?<![\w.])tracker/({NAMES})(?!/(?:overdue|writers|follow_up|agenda|agenda_writers|calendar|scorecard|scorecard_writers|briefing|templates)\b)(\.py|/|\b)")
FROM_TRACKER_RE = re.compile(r"^(\s*)from tracker import (\([^)]*\)|[^\n]+)$", re.M)


def split_from_tracker(m: re.Match[str]) -> str:
    indent, names = m.group(1), m.group(2)
    comment = ""
    if "#" in names and not names.startswith("("):
        names, comment = names.split("#", 1)
        comment = "  #" + comment
    items = [n.strip() for n in names.strip("()").replace("\n", " ").split(",") if n.strip()]
    groups: dict[str, list[str]] = {}
    for item in items:
        name = item.split(" as ")[0].strip()
        new = MOVES.get(name)
        if new and new != name:
            pkg, leaf = new.rsplit(".", 1)
            groups.setdefault(f"tracker.{pkg}", []).append(item.replace(name, leaf, 1) + (f" as {name}" if leaf != name and " as " not in item else ""))
        else:
            groups.setdefault("tracker", []).append(item)
    lines = [f"{indent}from {mod} import {', '.join(its)}" for mod, its in groups.items()]
    return "\n".join(lines) + comment


def rewrite(text: str) -> str:
    text = FROM_TRACKER_RE.sub(split_from_tracker, text)
    text = DOTTED_RE.sub(lambda m: f"tracker.{MOVES[m.group(1)]}", text)
    text = PATH_RE.sub(lambda m: "tracker/" + MOVES[m.group(1)].replace(".", "/") + m.group(2), text)
    return text


def main() -> None:
    # 1. relative -> absolute, computed in the OLD layout
    for path in SRC.rglob("*.py"):
        module, is_pkg = module_of(path)
        text = path.read_text()
        new = absolutise(text, module, is_pkg)
        if new != text:
            path.write_text(new)
    move_files()
    files: list[Path] = []
    for d in ("src", "tests", "benchmarks", "scripts", "docs", "alembic"):
        files += [p for p in (ROOT / d).rglob("*") if p.is_file() and p.suffix in (".py", ".md", ".toml", ".ini", ".cfg", ".txt", ".mako", ".j2")]
    files += [ROOT / "pyproject.toml", ROOT / "alembic.ini", ROOT / "README.md"]
    for path in files:
        if ".venv" in path.parts or "__snapshots__" in path.parts:
            continue
        text = path.read_text()
        new = rewrite(text)
        if new != text:
            path.write_text(new)
    # data files and package data
    parties = SRC / "domain" / "parties.py"
    parties.write_text(parties.read_text().replace('Path(__file__).with_name("data")', 'Path(__file__).parents[1] / "data"'))
    fixes = {
        ROOT / "tests" / "test_clock.py": ('SRC / "clock.py"', 'SRC / "domain" / "clock.py"'),
        ROOT / "scripts" / "generate_lean_sql.py": ('"tracker" / "_overdue_sql.py"', '"tracker" / "store" / "_overdue_sql.py"'),
    }
    for path, (old, new) in fixes.items():
        path.write_text(path.read_text().replace(old, new))
    arch = ROOT / "tests" / "test_architecture.py"
    arch.write_text(arch.read_text() + Path(".pending/rooms/arch_test_addition.py").read_text())
    (ROOT / "docs" / "architecture.md").write_text(Path(".pending/rooms/architecture.md").read_text())
    br = SRC / "reports" / "briefing.py"
    br.write_text(br.read_text().replace('PackageLoader("tracker", "templates")', 'PackageLoader("tracker.reports", "templates")'))
    pp = ROOT / "pyproject.toml"
    t = pp.read_text()
    t = t.replace('"migrations/*.py", "migrations/*.mako", "migrations/versions/*.py"',
                  '"store/migrations/*.py", "store/migrations/*.mako", "store/migrations/versions/*.py"')
    t = t.replace('"templates/*.j2"', '"reports/templates/*.j2"')
    head, sep, _ = t.partition("[tool.importlinter]")
    assert sep, "no import-linter section"
    t = head + Path(".pending/rooms/contracts.toml").read_text()
    pp.write_text(t)
    subprocess.run([".venv/bin/ruff", "check", "-q", "--fix", "--select", "I", "src", "tests", "benchmarks", "scripts"], check=False)


if __name__ == "__main__":
    main()
