"""A thing reported not done by the base form of its verb after a negation ("have yet to sign",
"did not hold", "failed to ratify"), and an event dated by the day right before its verb ("on
Monday signed"). Text written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import find_events, load_registry, suggest
from tracker.linking.events import NOT_YET_BASE

PUB = dt.date(2031, 5, 2)


@pytest.mark.parametrize(("text", "action"), [
    ("Kenya and Ghana have yet to sign the Kenya-Ghana Double Taxation Agreement.", "sign"),
    ("Kenya and Ghana have still yet to hold the third session of the Kenya-Ghana Joint Commission.", "meet"),
    ("The two parliaments failed to ratify the Kenya-Ghana Double Taxation Agreement.", "sign"),
])
def test_a_base_form_after_a_negation_reports_it_not_done(text: str, action: str) -> None:
    (ev,) = find_events(text, PUB)
    assert (ev.polarity, ev.negative, ev.action) == ("negative", "not_held", action)
    assert ev.body is not None and ev.countries == {"kenya", "ghana"}


@pytest.mark.parametrize("text", [
    "Kenya and Ghana will sign the Kenya-Ghana Double Taxation Agreement in June.",
    "Kenya and Ghana agreed to hold the third session of the Kenya-Ghana Joint Commission in June.",
    "Kenya and Ghana sign the Kenya-Ghana Double Taxation Agreement every year.",
    # (history, not a report of the promise: "not" before a base form is no negator of it)
    "Kenya and Ghana did not sign a Kenya-Ghana Peace Treaty after the war.",
])
def test_a_base_form_without_a_negation_is_no_report(text: str) -> None:
    assert find_events(text, PUB) == []


@pytest.mark.parametrize("base", sorted(NOT_YET_BASE))
def test_every_base_form_after_yet_to_is_a_report_of_it_not_done(base: str) -> None:
    (ev,) = find_events(f"Kenya and Ghana have yet to {base} the Kenya-Ghana Joint Commission.", PUB)
    assert ev.polarity == "negative" and ev.action == NOT_YET_BASE[base]


def test_a_treaty_not_yet_signed_after_its_deadline_was_missed() -> None:
    c = promise(1, dt.date(2031, 1, 10), "Kenya-Ghana Double Taxation Agreement",
                (dt.date(2031, 1, 10), dt.date(2031, 3, 31)), action="sign", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana agreed to sign the Kenya-Ghana Double Taxation Agreement by the end of March.")
    late = report(2, PUB, "Kenya and Ghana have yet to sign the Kenya-Ghana Double Taxation Agreement, officials said.")
    (sg,) = suggest([c], [late], load_registry())
    assert sg.kind == "missed" and "not signed as of 2031-05-02" in sg.reason
    # (while the window is open, the same words are no miss)
    early = report(3, dt.date(2031, 2, 2), "Kenya and Ghana have yet to sign the Kenya-Ghana Double Taxation Agreement.")
    assert suggest([c], [early], load_registry()) == []


def test_a_day_right_before_the_verb_dates_the_event() -> None:
    monday = dt.date(2031, 10, 20)
    text = ("Kenya and Ghana on Monday signed the Kenya-Ghana Double Taxation Agreement in Accra, months "
            "after the date set in January.")
    (ev,) = find_events(text, monday)
    assert (ev.date_start, ev.date_end) == (monday, monday)
    # (without the day before it, the date after the verb is still read)
    (ev,) = find_events("Kenya and Ghana signed the Kenya-Ghana Double Taxation Agreement in Accra in "
                        "January.", monday)
    assert ev.date_start == dt.date(2031, 1, 1)
