"""Chain Alembic migrations into one line: python3 /work/chain.py REV1 REV2 ... (in order after the current base)."""
import re, sys
from pathlib import Path
root = Path.cwd() / "src" / "tracker"
vers = next(p for p in [root / "store/migrations/versions", root / "migrations/versions"] if p.is_dir())
base = "7f1d2c9a4b60"
prev = base
for rev in sys.argv[1:]:
    f = [p for p in vers.glob("*.py") if re.search(rf'^revision(: str)? = [\'"]{rev}[\'"]', p.read_text(), re.M)]
    assert len(f) == 1, (rev, f)
    t = f[0].read_text()
    t = re.sub(r'^down_revision(: [^=]+)? = .*$', lambda m: f'down_revision{m.group(1) or ""} = "{prev}"', t, count=1, flags=re.M)
    t = re.sub(r'^Revises: .*$', f'Revises: {prev}', t, count=1, flags=re.M)
    f[0].write_text(t)
    print(f[0].name, "<-", prev)
    prev = rev
init = next(p for p in [root / "store/migrations/__init__.py", root / "migrations/__init__.py"] if p.exists())
t = init.read_text()
t = re.sub(r'^SCHEMA_HEAD = ".*"', f'SCHEMA_HEAD = "{prev}"', t, flags=re.M)
init.write_text(t)
print("SCHEMA_HEAD =", prev)
