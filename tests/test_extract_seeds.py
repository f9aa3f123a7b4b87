"""Acceptance: extract() on the two seed documents (DOMAIN.md "Worked example")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
D = date.fromisoformat


def _items(name: str, published: date):
    body = (SEEDS / name).read_text(encoding="utf-8")
    return body, extract(body, published)


def test_seed_004_exact() -> None:
    body, items = _items("004_7d8c0b969ec7bbbf.txt", D("2022-01-12"))
    assert [(i.kind, i.action, i.subject) for i in items] == [
        ("commitment", "meet", "sub-group on law enforcement engagement"),
        ("commitment", "meet", "sub-group on securing global supply chains"),
        ("commitment", "meet", "sub-group on aviation security"),
        ("commitment", "meet", "sub-group on investigative cooperation"),
        ("commitment", "meet", "sub-group on capacity building and training"),
        ("commitment", "hold", "Ministerial-level Homeland Security Dialogue"),
    ]
    subgroups, dialogue = items[:5], items[5]
    for it in subgroups:
        assert (it.due_start, it.due_end) == (D("2022-01-12"), D("2022-07-12"))
        assert it.made_on == D("2022-01-12")
        assert it.due_expression == "in the coming months"
    # one sentence, five items: shared quote, span and group
    assert len({(i.span, i.quote, i.group) for i in subgroups}) == 1
    assert subgroups[0].group is not None
    assert "would meet separately in the coming months" in subgroups[0].quote
    assert (dialogue.due_start, dialogue.due_end) == (D("2022-01-12"), D("2022-12-31"))
    assert dialogue.made_on == D("2022-01-12")
    assert dialogue.group is None
    for it in items:
        assert body[it.span[0]:it.span[1]] == it.quote
        assert it.actors == ["India", "United States"]
        assert 0.0 < it.confidence <= 1.0


def test_seed_004_distractors_not_extracted() -> None:
    _, items = _items("004_7d8c0b969ec7bbbf.txt", D("2022-01-12"))
    quotes = " ".join(i.quote for i in items)
    assert "agreeing to deepen" not in quotes   # aspiration
    assert "re-establish" not in quotes          # past readout (March 2021)


def test_seed_000_exact() -> None:
    body, items = _items("000_c598d15b02d51544.txt", D("2024-02-28"))
    commitments = [i for i in items if i.kind == "commitment"]
    asks = [i for i in items if i.kind == "ask"]
    assert [(i.action, i.subject) for i in commitments] == [
        ("convene", "20th Meeting of the India-U.S. Joint Working Group on Counter Terrorism"),
        ("convene", "5th Designations Dialogue"),
        ("hold", "next edition of the Homeland Security Dialogue"),
    ]
    jwg, dd, hsd = commitments
    for it in (jwg, dd):
        assert (it.due_start, it.due_end) == (D("2024-01-01"), D("2024-04-30"))
        assert it.group is not None
    assert jwg.group == dd.group and jwg.span == dd.span
    assert (hsd.due_start, hsd.due_end) == (D("2024-01-01"), D("2024-12-31"))
    for it in commitments:
        assert it.made_on == D("2023-11-10")   # the quoted joint statement's date
        assert it.actors == ["India", "United States"]
    assert "where leaders will advance" in hsd.quote  # part of the meeting commitment
    assert len(asks) == 3
    assert asks[0].actors == ["United States"] and "accountability" in asks[0].subject
    assert asks[1].actors == ["India"] and "pro-Khalistan elements" in asks[1].subject
    assert asks[2].actors == ["India"] and "extradition" in asks[2].subject
    for it in asks:
        assert it.made_on == D("2024-02-28")
        assert (it.due_start, it.due_end) == (None, None)
    for it in items:
        assert body[it.span[0]:it.span[1]] == it.quote
    # document order
    assert [i.span[0] for i in items] == sorted(i.span[0] for i in items)


@pytest.mark.parametrize("phrase", [
    "has identified over 50 pro-Khalistan activists",
    "had dismissed Rana's appeal",
    "figured in the meeting",
])
def test_seed_000_distractors_not_extracted(phrase: str) -> None:
    _, items = _items("000_c598d15b02d51544.txt", D("2024-02-28"))
    assert not [i for i in items if phrase in i.quote]


def test_to_json_contract_shape() -> None:
    _, items = _items("000_c598d15b02d51544.txt", D("2024-02-28"))
    obj = items[3].to_json("000_c598d15b02d51544.txt")
    assert set(obj) >= {"source", "kind", "made_on", "quote", "span", "actors", "action", "subject",
                        "due_expression", "due_start", "due_end", "due_rule", "confidence",
                        "topics", "group"}
    assert obj["made_on"] == "2023-11-10"
    assert obj["due_start"] == "2024-01-01" and obj["due_end"] == "2024-04-30"
    assert isinstance(obj["span"], list) and len(obj["span"]) == 2
    assert obj["due_rule"]
    assert obj["source"] == "000_c598d15b02d51544.txt"
