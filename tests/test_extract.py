"""Unit tests of the extractor on short invented passages."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ExtractedItem, extract
from tracker.extract.actors import ActorIndex, countries_in
from tracker.extract.patterns import lemma, verb_class
from tracker.extract.sentences import find_quote_regions, split_sentences

D = date.fromisoformat
PUB = D("2024-03-05")


def _kinds(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(i.kind, i.subject) for i in extract(text, published)]


# ---------------------------------------------------------------- sentences

def test_sentence_spans_are_verbatim_and_skip_abbreviations() -> None:
    body = "The U.S. Department of State said Mr. Lee met Dr. Park. They will meet again.\n\nNext."
    spans = split_sentences(body)
    sents = [body[s:e] for s, e in spans]
    assert sents[0] == "The U.S. Department of State said Mr. Lee met Dr. Park."
    assert sents[1] == "They will meet again."


def test_quote_intro_is_its_own_sentence_and_curly_quotes() -> None:
    body = 'The ministry added, “The two sides will hold talks next month.” Nothing else.'
    sents = [body[s:e] for s, e in split_sentences(body)]
    assert sents[1].startswith("“The two sides will hold talks")
    regions = find_quote_regions(body)
    assert len(regions) == 1 and body[regions[0].start] == "“"


# ---------------------------------------------------------------- commitments

@pytest.mark.parametrize("sentence,action", [
    ("Kenya and Ghana decided to sign a visa waiver agreement by the end of June.", "sign"),
    ("The two sides will convene the next round of talks in Accra in 2025.", "convene"),
    ("Kenya and Ghana are expected to launch a joint trade council later this year.", "launch"),
    ("Kenya and Ghana plan to open joint visa centres next year.", "open"),
    ("The Ministers look forward to holding the third Joint Commission in Accra.", "hold"),
    ("The next Joint Commission will be held in Accra in 2025.", "hold"),
    ("The leaders directed their officials to conclude the negotiations by December.", "conclude"),
])
def test_commitment_patterns(sentence: str, action: str) -> None:
    text = "Kenya and Ghana held talks in Nairobi. " + sentence
    items = [i for i in extract(text, PUB) if i.kind == "commitment"]
    assert len(items) == 1, items
    assert items[0].action == action
    assert items[0].actors == ["Kenya", "Ghana"]
    assert text[items[0].span[0]:items[0].span[1]] == items[0].quote == sentence


@pytest.mark.parametrize("sentence", [
    "The Ministers reaffirmed their commitment to a rules-based order.",
    "The Ministers reiterated that both countries will always stand together.",
    "The leaders condemned the attack on the border post.",
    "The leaders welcomed the signing of the trade agreement in January.",
    "They called on all countries to respect international law.",
    "The agreement will enable the two navies to train together.",
    "The corridor will boost regional trade.",
    "The two sides discussed energy security and reviewed progress.",
    "Both sides agreed to deepen cooperation in all areas of mutual interest.",
    "Both sides agreed to further strengthen people-to-people ties.",
    "The two leaders last met in Accra in 2022.",
    "Analysts said the deal would do little to reduce prices.",
    "Kenya will not send troops to the region.",
    "Will the two countries sign the agreement this year?",
    "Kenya had agreed to open a consulate in Kumasi.",
])
def test_distractors(sentence: str) -> None:
    text = "Kenya and Ghana held talks in Nairobi. " + sentence
    assert [i for i in extract(text, PUB) if sentence in i.quote] == []


def test_relative_clause_is_part_of_the_meeting_commitment() -> None:
    text = ("Kenya and Ghana met today. Both sides look forward to the next summit in 2025, "
            "where leaders will advance cooperation on trade.")
    items = extract(text, PUB)
    assert [(i.action, i.subject) for i in items] == [("hold", "next summit")]
    assert (items[0].due_start, items[0].due_end) == (D("2025-01-01"), D("2025-12-31"))


def test_coordinated_list_splits_into_grouped_items() -> None:
    text = ("Kenya and Ghana met today. The ministers agreed that the working groups on "
            "agriculture, digital trade, and health would convene in the coming months.")
    items = extract(text, PUB)
    assert [i.subject for i in items] == ["working group on agriculture",
                                          "working group on digital trade",
                                          "working group on health"]
    assert len({i.group for i in items}) == 1 and items[0].group is not None
    assert all(i.due_end == D("2024-09-05") for i in items)


def test_two_objects_joined_by_and_the() -> None:
    text = ("Kenya and Ghana met today. The ministers decided to convene the 3rd Meeting of the "
            "Joint Trade Committee and the 2nd Energy Dialogue at a mutually convenient date "
            "early next year.")
    items = extract(text, PUB)
    assert [i.subject for i in items] == ["3rd Meeting of the Joint Trade Committee",
                                          "2nd Energy Dialogue"]
    assert all((i.due_start, i.due_end) == (D("2025-01-01"), D("2025-04-30")) for i in items)


def test_coordinated_verbs_split() -> None:
    text = "Kenya and Ghana agreed on Friday to restore flights and reopen consulates within two months."
    items = extract(text, PUB)
    assert [(i.action, i.subject) for i in items] == [("restore", "flights"),
                                                     ("reopen", "consulates")]
    assert all(i.due_end == D("2024-05-05") for i in items)


def test_open_ended_without_time_phrase() -> None:
    items = extract("Kenya and Ghana will establish a joint business council.", PUB)
    assert len(items) == 1
    assert (items[0].due_start, items[0].due_end, items[0].due_expression) == (None, None, None)


def test_past_time_phrase_is_not_a_window() -> None:
    items = extract("Kenya, which hosted the summit in July 2023, will host the next summit.", PUB)
    assert len(items) == 1 and items[0].due_start is None


# ---------------------------------------------------------------- quotations

def test_quoted_earlier_statement_is_anchored_to_its_date() -> None:
    text = ('Kenya and Ghana have not yet met. A joint communique issued in Accra on 14 June 2023 '
            'said: "The two countries will hold the next Joint Commission in Nairobi early next '
            'year. Both sides will sign a new air services agreement."')
    items = extract(text, PUB)
    assert len(items) == 2
    assert all(i.made_on == D("2023-06-14") for i in items)
    assert (items[0].due_start, items[0].due_end) == (D("2024-01-01"), D("2024-04-30"))


def test_pluperfect_quotation_is_a_past_report() -> None:
    text = ('Kenya and Ghana met today. The readout of an earlier call had said, "The two '
            'leaders agreed to establish a trade council."')
    assert extract(text, PUB) == []


# ---------------------------------------------------------------- asks

@pytest.mark.parametrize("sentence,asker,phrase", [
    ("Accra has urged Nairobi to extradite the suspects.", ["Ghana"], "extradite the suspects"),
    ("Kenya is seeking compensation for the damaged cargo.", ["Kenya"], "compensation"),
    ("Ghana has been demanding accountability for the incident.", ["Ghana"], "accountability"),
    ("Kenya requested Ghana to release the detained fishermen.", ["Kenya"], "release"),
    ("Ghana is pushing for the return of the artefacts.", ["Ghana"], "return of the artefacts"),
])
def test_asks(sentence: str, asker: list[str], phrase: str) -> None:
    text = "Kenya and Ghana held talks on Monday. Kenya and Ghana agreed little. " + sentence
    asks = [i for i in extract(text, PUB) if i.kind == "ask"]
    assert len(asks) == 1
    assert asks[0].actors == asker
    assert phrase in asks[0].subject


@pytest.mark.parametrize("sentence", [
    "Ghana called on the international community to support the plan.",
    "Ghana urged the World Bank to speed up disbursements.",
    "Farmers are demanding higher prices for cocoa.",
    "The European Commission called on both countries to find a solution.",
    "Kenya rejected a demand from Ghana.",
])
def test_calls_on_third_parties_are_not_asks(sentence: str) -> None:
    text = "Kenya and Ghana held talks on Monday. Kenya and Ghana agreed little. " + sentence
    assert [i for i in extract(text, PUB) if i.kind == "ask"] == []


# ---------------------------------------------------------------- actors & helpers

def test_actor_tables() -> None:
    assert countries_in("New Delhi and Washington") == ["India", "United States"]
    assert countries_in("patrols in the South China Sea") == []
    idx = ActorIndex("India-US talks. India and the US met. The US said.")
    assert idx.main_parties() == ["India", "United States"]
    assert idx.resolve("Both sides") == ["India", "United States"]


def test_lemmas_and_verb_classes() -> None:
    assert lemma("holding") == "hold" and lemma("convening") == "convene"
    assert lemma("signed") == "sign" and lemma("held") == "hold"
    assert verb_class("deepen") == "aspiration"
    assert verb_class("convene") == "deliverable"


def test_item_json_and_confidence() -> None:
    items = extract("Kenya and Ghana decided to sign a visa agreement by the end of June.", PUB)
    assert isinstance(items[0], ExtractedItem)
    j = items[0].to_json("x.md")
    assert j["due_start"] == "2024-03-05" and j["due_end"] == "2024-06-30"
    assert 0.5 < j["confidence"] <= 1.0
    vague = extract("Kenya will table a new proposal.", PUB)
    assert vague and vague[0].confidence < j["confidence"]
