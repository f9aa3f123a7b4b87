"""The labelled dev set stays well-formed and the extractor keeps its measured quality."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"


def _eval_module():
    spec = importlib.util.spec_from_file_location("extract_eval", ROOT / "benchmarks" / "extract_eval.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("labels_file", ["labels.yaml", "labels_holdout.yaml"])
def test_labels_are_well_formed(labels_file: str) -> None:
    labels = yaml.safe_load((DEVSET / labels_file).read_text(encoding="utf-8"))
    for name, items in labels.items():
        text = (DEVSET / "docs" / name).read_text(encoding="utf-8")
        assert text.startswith("---\n"), name
        for it in items:
            assert it["kind"] in ("commitment", "ask")
            assert it["quote"] in text, (name, it["quote"])
            assert it["subject"] and it["actors"]


def test_devset_size() -> None:
    labels = yaml.safe_load((DEVSET / "labels.yaml").read_text(encoding="utf-8"))
    assert len(labels) >= 15


@pytest.mark.parametrize("labels_file", ["labels.yaml", "labels_holdout.yaml"])
def test_devset_quality(labels_file: str) -> None:
    res = _eval_module().evaluate(DEVSET, labels_file=labels_file)
    assert res["precision"] >= 0.9
    assert res["recall"] >= 0.85
    assert res["window_accuracy"] >= 0.9
    assert res["made_on_accuracy"] >= 0.9
