"""Every commitment frame (trigger row) and the rules around them, on sentences written
for these tests (no corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract import extract
from tracker.extract.patterns import AGREEMENT_VERBS, COMMITMENT_EXAMPLES, COMMITMENT_TRIGGERS
from tracker.extract.restatements import keep_primary, same_promise

PUB = date(2024, 3, 5)
INTRO = "Kenya and Ghana held talks in Nairobi. "


_commitments = commitments_published(PUB)


def test_every_commitment_row_has_an_example() -> None:
    assert {n for n, _, _ in COMMITMENT_TRIGGERS} == set(COMMITMENT_EXAMPLES)


@pytest.mark.parametrize("row", sorted(COMMITMENT_EXAMPLES))
def test_row_example(row: str) -> None:
    sentence, action = COMMITMENT_EXAMPLES[row]
    items = _commitments(INTRO + sentence)
    assert [i.action for i in items] == [action], items
    assert items[0].quote == sentence


# ---------------------------------------------------------------- windows of the new frames

def test_windows_follow_the_frame() -> None:
    (it,) = _commitments(INTRO + COMMITMENT_EXAMPLES["to_be_held"][0])
    assert (it.due_start, it.due_end, it.due_rule) == (date(2024, 10, 21), date(2024, 10, 31), "part_of_month")
    (it,) = _commitments(INTRO + COMMITMENT_EXAMPLES["tell_officials"][0])
    assert (it.due_start, it.due_end, it.due_rule) == (PUB, date(2024, 12, 25), "by+festival")
    (it,) = _commitments(INTRO + COMMITMENT_EXAMPLES["named_host"][0])
    assert (it.due_start, it.due_end, it.due_rule) == (date(2026, 1, 1), date(2026, 12, 31), "year_event")


def test_coordinated_year_named_subjects_keep_their_own_years() -> None:
    text = INTRO + "Ghana will host the 2026 summit and the 2025 ministerial meeting."
    items = _commitments(text)
    got = [(i.subject, i.due_start.year if i.due_start else None) for i in items]
    assert got == [("2026 summit", 2026), ("2025 ministerial meeting", 2025)]


def test_narrower_window_inside_the_named_year_wins() -> None:
    (it,) = _commitments(INTRO + "The 2025 Joint Commission will be held in Accra from 3 to 5 June 2025.")
    assert (it.due_start, it.due_end) == (date(2025, 6, 3), date(2025, 6, 5))


def test_recurring_has_no_window() -> None:
    (it,) = _commitments(INTRO + "The two foreign ministers will meet at least once a year.")
    assert (it.due_start, it.due_end, it.due_rule) == (None, None, "recurring")


def test_ready_for_splits_from_the_first_predicate() -> None:
    items = _commitments(INTRO + COMMITMENT_EXAMPLES["ready_for"][0])
    assert [(i.action, i.due_end) for i in items] == [("sign", date(2024, 11, 30))]
    text = INTRO + "Negotiations for the trade agreement will be concluded by June 30 and ready for signing by August 31."
    got = [(i.action, i.due_end) for i in _commitments(text)]
    assert got == [("conclude", date(2024, 6, 30)), ("sign", date(2024, 8, 31))]


# ---------------------------------------------------------------- what is looked through

@pytest.mark.parametrize("sentence,action", [
    ("Kenya and Ghana decided to make every effort to conclude the trade agreement by June.", "conclude"),
    ("Ghana is ready to make available its conference centre and host the next summit in 2025.", "host"),
    ("Kenya and Ghana agreed to bring their experts together to discuss port security.", "convene"),
    ("Kenya and Ghana agreed Ghana would open a consulate in Mombasa next year.", "open"),
    ("Kenya said Ghana would sign the transit protocol in May.", "sign"),
    ("The summit ended with the announcement that Ghana will host the 2027 summit.", "host"),
])
def test_looked_through(sentence: str, action: str) -> None:
    assert [i.action for i in _commitments(INTRO + sentence)] == [action]


def test_coordinated_verb_list_gives_one_item_per_deliverable() -> None:
    text = INTRO + ("Kenya and Ghana agreed on joint steps to fight smuggling, restore direct flights "
                    "and hold a dialogue on fisheries.")
    assert [(i.action, i.subject) for i in _commitments(text)] == [
        ("restore", "direct flights"), ("hold", "dialogue on fisheries")]


# ---------------------------------------------------------------- what is not a commitment

@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana are likely to hold another round of talks in May.",      # hedge
    "Kenya will likely sign the agreement in May.",                            # hedge
    "Earlier, Kenya was due to host the 2023 forum in Mombasa.",                # a past plan
    "Ghana has no plans to open a consulate in Mombasa.",                      # negated
    "Ghana didn't agree to host the fisheries forum.",                         # negated
    "Kenya thanked Ghana for agreeing to host the fisheries forum.",           # a reason, not an undertaking
    "Kenya and Ghana agreed to triple two-way trade by 2035.",                  # an outcome target
    "Ghana is pleased to announce the results of the census.",               # speech verb
])
def test_not_commitments(sentence: str) -> None:
    assert _commitments(INTRO + sentence) == []


def test_list_of_parties_is_not_split() -> None:
    text = INTRO + "The summit of the leaders of Kenya, Ghana, Nigeria and Senegal will take place in Accra in 2025."
    items = _commitments(text)
    assert len(items) == 1 and items[0].group is None


def test_rescheduled_event_is_a_promise() -> None:
    text = INTRO + "The investment forum, postponed from May, is scheduled for July 8 in Accra."
    (it,) = _commitments(text)
    assert (it.due_start, it.due_end) == (date(2024, 7, 8), date(2024, 7, 8))


def test_reported_past_plan_is_kept_in_reported_speech() -> None:
    text = INTRO + "Officials said the new round was scheduled to begin on May 2."
    assert [i.action for i in _commitments(text)] == ["begin"]


# ---------------------------------------------------------------- restatements

def test_restatements_keep_one_the_narrowest_window() -> None:
    text = (INTRO + "Kenya and Ghana agreed that the next Joint Commission will be held in Accra later this year. "
            "Officials said the Joint Commission will be held in Accra on September 9.")
    items = _commitments(text)
    assert len(items) == 1
    assert (items[0].due_start, items[0].due_end) == (date(2024, 9, 9), date(2024, 9, 9))


def test_restatements_prefer_the_official_text_then_the_first() -> None:
    text = (INTRO + "Kenya and Ghana will hold a summit on trade by the end of 2024. "
            '"We will hold a summit on trade by the end of 2024," the joint statement said.')
    (it,) = _commitments(text)
    assert "joint statement" in it.quote
    text = (INTRO + "Kenya and Ghana will hold a summit on trade by the end of 2024. "
            '"We will hold a summit on trade by the end of 2024," the minister said.')
    (it,) = _commitments(text)
    assert it.quote.startswith("Kenya and Ghana will hold")


def test_anaphoric_event_restates_the_one_before() -> None:
    text = (INTRO + "Ghana announced that the next summit will take place in Accra. "
            "The president said that the event will take place in July 2026.")
    (it,) = _commitments(text)
    assert (it.due_start, it.due_end) == (date(2026, 7, 1), date(2026, 7, 31))


@pytest.mark.parametrize("second", [
    "Ghana will host the 2025 summit in Accra.",            # another year
    "Nigeria will host the next summit in 2024.",          # another party
    "Kenya's president will visit Accra in 2024.",         # a visit is not a summit
])
def test_distinct_promises_are_kept(second: str) -> None:
    text = INTRO + "Kenya will host the 2024 summit in Mombasa. " + second
    items = _commitments(text)
    assert len(items) == 2, [(i.action, i.subject) for i in items]
    assert not same_promise(items[0], items[1])
    assert keep_primary(items) == items


# ---------------------------------------------------------------- clause analysis

@pytest.mark.parametrize("sentence,action", [
    ("After the dinner, Mr Mensah and Mr Otieno will travel to Kumasi to open a trade fair.", "travel"),
    ("In Accra, the two ministers will ultimately sign the transit protocol in June.", "sign"),
    ("The Ghana Navy said that it will establish a second fleet base at Takoradi on May 1.", "establish"),
    ("Under the plan, the coastal artillery battalion will transition to a drone unit by fiscal year 2026.", "transition"),
    ("The two ministers met on Monday, and called for another Joint Commission in the second half of the year.",
     "hold"),
    ("Kenya and Ghana decided Tuesday that a joint port authority will be launched in Mombasa.", "launch"),
    ("Officials in Nairobi and Accra are finalising the dates for the Kenyan president to visit Kumasi in June.", "visit"),
    ("Ghana will increase the number of coast guard patrols off Takoradi.", "increase"),
])
def test_clause_analysis(sentence: str, action: str) -> None:
    assert [i.action for i in _commitments(INTRO + sentence)] == [action]


@pytest.mark.parametrize("sentence", [
    "With this visit by the president, a new era for the two peoples will truly begin.",
    "Kenya and Ghana stated their common resolve to build a fair trading order.",
    "Ghana's foreign minister has yet to accept Kenya's invitation to attend the port forum.",
    '"We are pleased to host our Ghanaian friends in Nairobi today," the president said.',
    "Kenya and Ghana will increase defence cooperation and exchanges.",
    "The investment forum scheduled for May 12 was postponed because of the floods.",
    "The summit that is to be held in Accra has been called off.",
    "Nigeria called for another meeting of the regional security council.",  # a call on others
])
def test_more_non_commitments(sentence: str) -> None:
    assert _commitments(INTRO + sentence) == []


def test_apposition_is_not_a_list() -> None:
    text = INTRO + ("The two leaders agreed to hold a fisheries conference of the coastal states, including Togo and Benin, "
                    "in Ghana in the first half of this year.")
    items = _commitments(text)
    assert len(items) == 1 and items[0].group is None
    assert (items[0].due_start, items[0].due_end) == (date(2024, 1, 1), date(2024, 6, 30))


def test_a_year_after_a_reference_event_dates_the_reference() -> None:
    text = INTRO + "Ghana will host the forum after the summit in Kenya in 2025."
    (it,) = _commitments(text)
    assert (it.action, it.due_start) == ("host", None)


def test_quoted_object_ends_at_its_closing_quote() -> None:
    text = INTRO + 'Kenya and Ghana reached an understanding on reopening the "Lake Route," a ferry service closed in 2019.'
    (it,) = _commitments(text)
    assert it.subject == "Lake Route"


def test_glued_full_stop_splits_sentences() -> None:
    from tracker.extract import sentence_spans
    body = "Kenya and Ghana will meet in Accra next month.In a statement, Ghana said so."
    assert [body[s:e] for s, e in sentence_spans(body)] == [
        "Kenya and Ghana will meet in Accra next month.", "In a statement, Ghana said so."]


def test_plain_statement_sentences_are_not_restatements() -> None:
    text = ("Joint statement of Kenya and Ghana. The two sides will hold the 5th Strategic Dialogue in 2025. "
            "The two sides will hold a Strategic Dialogue on cyber issues.")
    assert [i.subject for i in _commitments(text)] == [
        "5th Strategic Dialogue", "Strategic Dialogue on cyber issues"]


@pytest.mark.parametrize("sentence,subjects", [
    ("The two sides will hold a dialogue on trade, energy, and climate next year.",
     ["dialogue on trade, energy, and climate"]),
    ("The two sides will hold talks on trade, energy, and climate next year.",
     ["talks on trade, energy, and climate"]),
    ("The two sides agreed that the working groups on trade, energy, and climate would meet next year.",
     ["working group on trade", "working group on energy", "working group on climate"]),
])
def test_topics_of_one_deliverable_are_not_split(sentence: str, subjects: list[str]) -> None:
    assert [i.subject for i in _commitments(INTRO + sentence)] == subjects


@pytest.mark.parametrize("form,past", AGREEMENT_VERBS)
def test_every_agreement_verb_is_read_as_a_decision(form: str, past: bool) -> None:
    """Each row of the agreement-verb table: its trigger reads the form, the keyword gate lets
    it through, and a past form is one an earlier occasion can date (written sentences)."""
    from tracker.extract.patterns import COMMITMENT_RES, PAST_AGREEMENT_WORDS, TRIGGER_KEYWORDS

    [(_name, regex, _conf, gate)] = [r for r in COMMITMENT_RES if r[0] == "decided_to"]
    m = regex.search(f"Kenya and Ghana {form} to convene the Joint Commission in Accra.")
    assert m is not None and m.group("verb") == "convene" and form in gate
    assert form in TRIGGER_KEYWORDS["decided_to"]
    assert (form in PAST_AGREEMENT_WORDS) is past
    if past:  # the reported form, as statements write it: one commitment
        items = extract(f"Kenya and Ghana {form} to convene the Joint Commission in Accra "
                        "in May.", date(2025, 3, 1))
        assert [i.action for i in items if i.kind == "commitment"] == ["convene"]
