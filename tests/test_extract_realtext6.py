"""Rules added after the sixth blind check (docs/accuracy.md, "Sixth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract


def _commitments(text: str, on: dt.date) -> list:
    return [i for i in extract(text, on) if i.kind == "commitment"]


@pytest.mark.parametrize("frame", [
    "are arranging to hold",
    "are currently arranging to hold",
    "are making preparations to hold",
    "are making arrangements to hold",
])
def test_arranging_to_hold_a_meeting_is_a_promise(frame):
    # China-Japan-South Korea summits (2019, 2024) and the Japan-Australia 2+2 (2022): the parties
    # arranging the event itself, as "arranging their first 2+2 for late January" already reads
    (it,) = _commitments(f"Kenya and Ghana {frame} a meeting of their foreign ministers early next month, "
                         "officials said.", dt.date(2024, 8, 1))
    assert (it.action, it.due_start, it.due_end) == ("hold", dt.date(2024, 9, 1), dt.date(2024, 9, 10))
    assert "meeting of their foreign ministers" in it.subject


def test_arranging_something_else_is_no_promise():
    assert _commitments("Kenya is arranging the chairs in the hall.", dt.date(2024, 8, 1)) == []


def test_a_bracketed_country_dateline_is_no_part_of_the_first_sentence():
    # "New Delhi [India], April 28 (ANI):" (an agency's copy of an India-Germany announcement, 2022)
    from tracker.extract.sentences import lead_start
    dateline = "Nairobi [Kenya], April 28 (KNA): "
    text = dateline + "Kenya will host the 3rd Kenya-Ghana Joint Commission on May 2 in Nairobi."
    assert lead_start(text) == len(dateline)
    assert lead_start("Nairobi [Kenya] Kenya will host it.") == 0


def test_looking_forward_to_welcome_a_leader_is_a_visit_hosted():
    # "is looking forward to welcome Prime Minister X and his Cabinet for the 6th ... Consultations
    # on May 2" (India-Germany, 2022), as "looking forward to welcoming President X" reads
    (it,) = _commitments("Nairobi [Kenya], April 28 (KNA): President Ruto is looking forward to welcome the "
                         "Ghanaian President and his Cabinet for the 3rd Kenya-Ghana Joint Commission on May 2 "
                         "in Nairobi, the envoy said on Thursday.", dt.date(2022, 4, 28))
    assert (it.action, it.due_start, it.due_end) == ("host", dt.date(2022, 5, 2), dt.date(2022, 5, 2))
    assert "Kenya-Ghana Joint Commission" in it.subject


@pytest.mark.parametrize("clause", [
    "which are scheduled to be held in Accra in October",
    "which are set to be held in Accra in October",
    "which will be held in Accra in October",
])
def test_a_relative_clause_scheduling_the_named_meeting_is_a_promise(clause):
    # "ahead of the 7th ... consultations, which are scheduled to be held in New Delhi in October"
    # (India-Germany, 2024), as "which will take place" already reads (Quad, India-Japan)
    (it,) = _commitments(f"Both sides took stock of ties ahead of the 4th Kenya-Ghana trade consultations, "
                         f"{clause}.", dt.date(2024, 7, 15))
    assert (it.action, it.due_start, it.due_end) == ("hold", dt.date(2024, 10, 1), dt.date(2024, 10, 31))
    assert "Kenya-Ghana trade consultations" in it.subject


def test_a_body_held_in_a_relative_clause_is_its_meeting():
    (it,) = _commitments("Both sides took stock of ties ahead of the 4th Kenya-Ghana Joint Commission, which "
                         "is scheduled to be held in Accra in October.", dt.date(2024, 7, 15))
    assert "Joint Commission" in it.subject and it.due_start == dt.date(2024, 10, 1)
    assert _commitments("The Kenya-Ghana Joint Commission, which was set up in 2019, is due to be wound up.",
                        dt.date(2024, 7, 15)) == []
