"""The dev-corpus linking figures in docs/accuracy.md hold (within 0.03).

Reads ../shared/devcorpus in place (next to the checkout, next to its parent, or
$TRACKER_SHARED_DIR); skips with a message where it is absent."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.03


def _bench():
    spec = importlib.util.spec_from_file_location("link_accuracy", ROOT / "benchmarks" / "link_accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _documented(name: str) -> float:
    text = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    m = re.search(rf"^{re.escape(name)}: ([0-9.]+)$", text, re.MULTILINE)
    assert m, f"docs/accuracy.md has no '{name}: X' line"
    return float(m.group(1))


@pytest.fixture(scope="module")
def devcorpus() -> Path:
    sd = _bench().shared_dir()
    if sd is None:
        pytest.skip("../shared/devcorpus not found: the dev-corpus linking check needs it")
    return sd / "devcorpus"


def test_oracle_link_f1_holds(devcorpus):
    bench = _bench()
    gold = bench.Gold(devcorpus)
    tally = bench.Tally()
    bench.oracle(gold, devcorpus, tally)
    f1 = tally.figures("oracle", tuple(bench.FAMILIES))["f1"]
    want = _documented("link-f1-oracle")
    assert f1 >= want - TOLERANCE, f"oracle link F1 {f1:.3f} < documented {want} - {TOLERANCE}"


def test_end_to_end_link_f1_holds(devcorpus):
    tracker = Path(sys.executable).parent / "tracker"
    if not tracker.exists():
        pytest.skip(f"no tracker console script next to {sys.executable}")
    p = subprocess.run([sys.executable, str(devcorpus / "score.py"), str(tracker), "--part", "link"],
                       capture_output=True, text=True, timeout=600, check=False)
    m = re.search(r"link F1 ([0-9.]+) \| miss F1", p.stdout)
    assert m, p.stdout[-500:] + p.stderr[-500:]
    f1 = float(m.group(1))
    want = _documented("link-f1-e2e")
    assert f1 >= want - TOLERANCE, f"score.py link F1 {f1:.2f} < documented {want} - {TOLERANCE}"
