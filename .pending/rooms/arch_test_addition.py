

ROOMS = {"app", "cli", "data", "domain", "extract", "ingest", "lifecycle", "linking",
         "reports", "store", "temporal", "tui"}


def test_every_module_lives_in_a_room() -> None:
    """A newcomer finds each concern by folder name (docs/architecture.md):
    nothing but the package's own entry files sits at the top of src/tracker."""
    pkg = Path(__file__).resolve().parents[1] / "src" / "tracker"
    loose = sorted(p.name for p in pkg.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    assert loose == [], f"put these in a room: {loose}"
    folders = {p.name for p in pkg.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))}
    assert folders == ROOMS, f"rooms changed: {sorted(folders ^ ROOMS)} (update docs/architecture.md)"
