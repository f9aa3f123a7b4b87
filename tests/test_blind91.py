"""Readings of the thirty-sixth blind check (docs/accuracy.md): goods taken in by their recipient or
arriving, a party filed under each of its parties alone, a participle after an agent, a time the
clause's thing starts at; on invented Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from linked import ingest_texts, promise, report
from tracker.domain.lexicon import (
    GOODS_ARRIVING,
    OCCASION_NOUNS,
    POLLS_HELD,
    POLLS_RE,
    SAME_WORDS,
    TAKE_DELIVERY,
    TAKING_DELIVERY,
    occasion_noun,
    other_polls,
)
from tracker.extract.tables import ARMED_SERVICES, DIRECTED_ORGANS
from tracker.linking import load_registry, suggest
from tracker.linking.events import GOODS_RECEIVED_EXAMPLES, find_events
from tracker.linking.keys import SHARED_ROLE, shared_party_keys
from tracker.linking.match import DELIVER, action_class, deliverable_overlap

MADE = dt.date(2030, 3, 2)
ON = dt.date(2031, 4, 10)


promises = commitments_published(MADE)


# --- goods taken in by their recipient (lexicon.TAKING_DELIVERY) -------------------------------

@pytest.mark.parametrize("base", sorted(TAKING_DELIVERY))
def test_each_way_of_taking_goods_in_is_a_promise_of_their_delivery(base: str) -> None:
    (c,) = promises(TAKING_DELIVERY[base][1])
    assert c.action == TAKE_DELIVERY
    assert c.due_start is not None


@pytest.mark.parametrize("text", [
    "President Ruto will receive President Mahama in Nairobi on 3 May.",  # a meeting
    "Ghana is set to receive $500 million this week.",  # funds
])
def test_receiving_a_person_or_funds_is_no_delivery(text: str) -> None:
    (c,) = promises(text)
    assert c.action != TAKE_DELIVERY


def test_receiving_what_is_no_goods_promises_nothing() -> None:
    assert promises("Kenya will receive training on the new jets in May.") == []


@pytest.mark.parametrize("base", sorted(GOODS_ARRIVING))
def test_goods_that_arrived_in_each_way_were_delivered(base: str) -> None:
    past = GOODS_ARRIVING[base][0]
    (ev,) = find_events(f"The first two Ghanaian jets {past} in Kenya on Tuesday, April 8.", ON, load_registry())
    assert (ev.action, ev.verb, ev.date_start) == (DELIVER, past, dt.date(2031, 4, 8))


def test_goods_to_arrive_are_no_promise_of_their_delivery_yet() -> None:
    # (tried and dropped: docs/accuracy.md, thirty-sixth blind check)
    assert promises(GOODS_ARRIVING["arrive"][1]) == []


def test_goods_taken_in_are_of_the_delivery_class() -> None:
    assert action_class(TAKE_DELIVERY, None, "the first six jets") == DELIVER


@pytest.mark.parametrize("base", sorted(GOODS_ARRIVING))
def test_goods_arriving_are_of_the_delivery_class_and_people_are_not(base: str) -> None:
    assert action_class(base, None, "the first two jets") == DELIVER
    assert action_class(base, None, "President Mahama") != DELIVER


@pytest.mark.parametrize("words", sorted(ARMED_SERVICES))
def test_an_armed_service_undertakes_its_promise(words: str) -> None:
    (c,) = promises(ARMED_SERVICES[words])
    assert c.actors
    assert c.action == TAKE_DELIVERY


# --- reports of goods taken in (linking.events.GOODS_RECEIVED) ---------------------------------


@pytest.mark.parametrize("text", GOODS_RECEIVED_EXAMPLES)
def test_goods_taken_in_are_reported_delivered_not_a_visit(text: str) -> None:
    (ev,) = find_events(text, ON, load_registry())
    assert ev.action == DELIVER
    assert "jet" in ev.object_text or "corvette" in ev.object_text


def test_the_goods_reported_are_their_whole_noun_phrase() -> None:
    (ev,) = find_events("Kenya received on Tuesday the first of six new K-8 training jets from Ghana.",
                        ON, load_registry())
    assert (ev.object_text, ev.date_start) == ("the first of six new K-8 training jets", dt.date(2031, 4, 8))


def test_goods_to_be_received_are_no_report() -> None:
    assert find_events("Kenya will receive the first six jets from Ghana in May.", ON, load_registry()) == []


def test_fighter_jets_are_aircraft_to_the_word_overlap() -> None:
    assert SAME_WORDS["fighter"] == SAME_WORDS["jets"] == "aircraft"
    assert deliverable_overlap("first fighter", "the first K-8 aircraft") > 0.6
    assert deliverable_overlap("first helicopters", "the first jets") == 0.0


def test_a_promise_to_take_in_goods_is_kept_by_their_arrival() -> None:
    c = promise(1, MADE, "first six jets", (MADE, dt.date(2031, 6, 30)), action=TAKE_DELIVERY,
                actors=("Kenya",))
    r = report(2, ON, "Kenya received on Tuesday the first six jets from Ghana.")
    (s,) = suggest([c], [r], load_registry())
    assert (s.kind, s.event_date) == ("fulfils", dt.date(2031, 4, 8))


# --- a promise and a report sharing a party, through the store --------------------------------

def test_an_item_of_two_parties_is_also_filed_under_each_alone() -> None:
    assert shared_party_keys(frozenset({"kenya", "ghana"})) == ["|ghana|", "|kenya|"]
    assert shared_party_keys(frozenset({"kenya"})) == []
    assert set(SHARED_ROLE) == {"c", "e"} and len(set(SHARED_ROLE.values()) | set(SHARED_ROLE)) == 4


PROMISED = """title: Kenyan jets
date: 2031-03-28

On April 12, Kenya will officially welcome its first K-8 training jet, the defence ministry said.
"""
RECEIVED = """title: Kenya receives first jet
date: 2031-04-02

Kenya received on Wednesday the first of six new K-8 training jets from Ghana.
"""


def test_a_promise_of_one_party_is_kept_by_a_report_of_two_end_to_end(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISED, "b.txt": RECEIVED})
    assert [(src, kind) for _f, _subject, src, kind in kept] == [("b.txt", "fulfils")]


# --- extraction: a participle after an agent; a time the clause's thing starts at ---------------

def test_a_participle_after_an_agent_is_no_part_of_the_subjects_head() -> None:
    (c,) = promises("Delegates negotiating a new fisheries treaty agreed to reconvene in early 2031.")
    assert (c.due_start, c.due_end) == (dt.date(2031, 1, 1), dt.date(2031, 4, 30))


def test_a_trailing_starting_on_dates_the_clause() -> None:
    (c,) = promises("The Kenya-Ghana agreement will be open for signature for two years, starting on 20 September.")
    assert c.due_start == dt.date(2030, 9, 20)


# --- a poll held, told by its voting (lexicon.POLLS_HELD, match._polls_held) --------------------

@pytest.mark.parametrize("example", [ex for _rx, ex in POLLS_HELD])
def test_each_shape_of_a_poll_held_is_read_as_held(example: str) -> None:
    (ev,) = find_events(example, ON, load_registry())
    assert (ev.action, ev.polarity, ev.body) == ("meet", "positive", None)
    assert POLLS_RE.search(ev.object_text)
    assert ev.date_start is not None and ev.date_start <= ON


def test_a_poll_to_be_held_is_no_report_of_it_held() -> None:
    evs = find_events("Kenya will hold a referendum on a new constitution in May.", ON, load_registry())
    assert [e.polarity for e in evs] == ["announced"]


def _poll_promise(subject: str, due: tuple[dt.date, dt.date]):  # type: ignore[no-untyped-def]
    return promise(1, dt.date(2029, 1, 10), subject, due, action="hold", actors=("Kenya",))


def test_a_promised_poll_is_kept_late_by_the_first_poll_of_its_country_held() -> None:
    c = _poll_promise("elections", (dt.date(2030, 1, 1), dt.date(2030, 12, 31)))
    held = report(2, ON, "Polls opened on Sunday for Kenya's first vote since the coup, a contest between two camps.")
    (s,) = [s for s in suggest([c], [held], load_registry()) if s.kind == "fulfils"]
    assert (s.event_date, s.timeliness) == (dt.date(2031, 4, 6), "late")
    assert s.reason.startswith("a poll of Kenya held")


def test_a_poll_of_another_level_or_before_the_window_keeps_nothing() -> None:
    c = _poll_promise("legislative elections", (dt.date(2031, 6, 1), dt.date(2031, 6, 30)))
    other = report(2, ON, "President Otieno of Kenya won Saturday's presidential vote with 60 percent.")
    early = report(3, ON, "Kenyans went to the polls on Tuesday in the legislative elections of Kenya.")
    assert [s for s in suggest([c], [other, early], load_registry()) if s.kind == "fulfils"] == []


# --- a move decided for the future, to a new time (events._move_decided) -----------------------

@pytest.mark.parametrize(("text", "start"), [
    ("A Kenyan general election planned for next year will be delayed until 2032, a deputy prime minister said.",
     dt.date(2032, 1, 1)),
    ("The Kenya-Ghana summit planned for May will be postponed to September, the ministry said.", dt.date(2031, 9, 1)),
])
def test_a_move_decided_to_a_new_time_is_a_put_off(text: str, start: dt.date) -> None:
    (ev,) = find_events(text, dt.date(2030, 11, 27), load_registry())
    assert (ev.polarity, ev.negative, ev.period_start) == ("negative", "postponed", start)


def test_a_move_with_no_new_time_is_none() -> None:
    assert find_events("The Kenya-Ghana summit will be postponed if the crisis continues.", dt.date(2030, 11, 27),
                       load_registry()) == []


# --- a body's directive to its own organ (patterns "tell_officials") ---------------------------

@pytest.mark.parametrize("text", [
    "The Summit directed the mission leadership to commence a phased drawdown by 15 December 2031.",
    ("The summit requested the Secretary-General to convene a resumed session of the Kenya-Ghana conference on "
    "19 and 20 June 2031."),
    "The ministers tasked their officials to hold the first meeting of the joint commission by 15 December 2031.",
])
def test_a_directive_to_ones_own_organ_is_a_decision(text: str) -> None:
    (c,) = promises(text)
    assert c.due_end is not None and c.due_end.year == 2031


def test_a_request_to_another_party_is_no_directive() -> None:
    assert promises("The summit requested Ghana to withdraw its troops by May 2031.") == []


# --- one table of occasion nouns (lexicon.OCCASION_NOUNS), read by events and match -------------

@pytest.mark.parametrize("noun", sorted(OCCASION_NOUNS))
def test_each_occasion_noun_is_read_in_its_example_and_its_plural(noun: str) -> None:
    import re

    assert noun in OCCASION_NOUNS[noun]
    assert re.search(occasion_noun(), OCCASION_NOUNS[noun], re.IGNORECASE)
    assert re.fullmatch(occasion_noun(), noun + "s")


def test_a_thing_for_an_occasion_is_the_occasions_and_a_thing_for_a_body_is_not() -> None:
    from tracker.linking.events import _FOR_OTHER_THING

    assert _FOR_OTHER_THING.search("The first train for the ") is not None
    assert _FOR_OTHER_THING.search("The third round of talks for the ") is None


# --- a poll set for a later time while the promise was open: a slip (match._poll_set_later) -----

def test_a_poll_set_for_a_date_to_come_is_a_date_set() -> None:
    (ev,) = find_events("Kenya will hold a general election in November 2033, the president said on Tuesday.",
                        dt.date(2032, 5, 10), load_registry())
    assert (ev.polarity, ev.object_text, ev.date_start) == ("announced", "general election", dt.date(2033, 11, 1))


def _set_later(promised: str, text: str) -> list[str]:
    c = promise(1, dt.date(2031, 1, 10), promised, (dt.date(2032, 1, 1), dt.date(2032, 12, 31)), action="hold",
                actors=("Kenya",), quote=f"Kenya will hold {promised} in 2032.")
    r = report(2, dt.date(2032, 5, 10), text)
    return [s.kind for s in suggest([c], [r], load_registry())]


def test_a_poll_set_for_after_the_window_while_it_was_open_is_a_miss() -> None:
    assert "missed" in _set_later("a parliamentary election",
                                  "Kenya will hold a general election in November 2033, the president said.")


@pytest.mark.parametrize(("promised", "text"), [
    ("a referendum", "Kenya will hold a general election in November 2033, the president said."),
    ("a general election", "Kenya will hold the second phase of its general election in January 2033."),
    ("local elections", "Kenya will hold a general election in November 2033, the president said."),
])
def test_another_poll_or_a_part_of_one_set_later_is_no_miss(promised: str, text: str) -> None:
    assert "missed" not in _set_later(promised, text)


def test_a_general_election_is_of_any_national_level_and_no_local_one() -> None:
    assert not other_polls("the general election", "the parliamentary elections")
    assert not other_polls("the general election", "the presidential vote")
    assert other_polls("the general election", "the local elections")


@pytest.mark.parametrize(("promised", "reported", "other"), [
    ("Kenya will hold the second phase of the election on 11 January.",
     "Voting began on Sunday in the first of three rounds of Kenya's election.", True),
    ("Kenya will hold the second phase of the election on 11 January.",
     "Voting began on Sunday in the second phase of Kenya's election.", False),
    ("The subsequent phases of the election will be held in January.",
     "Kenya voted on Sunday in the second round of its election.", False),
    ("The subsequent phases of the election will be held in January.",
     "Voting began on Sunday in the first of three rounds of Kenya's election.", True),
    ("Kenya will hold a general election in 2032.", "Voting began in the first round of Kenya's election.", False),
])
def test_a_part_of_a_poll_promised_is_kept_only_by_that_part(promised: str, reported: str, other: bool) -> None:
    from tracker.linking.match import _other_poll_part

    assert _other_poll_part(promised, reported) is other


# --- "that year": the year of the expression before it (temporal._that_year) ------------------

def test_that_year_is_the_year_the_sentence_dated_last() -> None:
    from tracker.temporal import THAT_YEAR_EXAMPLE, find_all

    *_, last = find_all(THAT_YEAR_EXAMPLE, dt.date(2030, 11, 15))
    assert (last.text, last.due_start, last.due_end) == ("by the end of that year", dt.date(2030, 11, 15),
                                                         dt.date(2031, 12, 31))
    assert last.rule.startswith("that_year+")


def test_that_year_after_no_single_year_is_none() -> None:
    from tracker.temporal import find_all

    got = find_all("In the coming years, and by the end of that year, we will meet.", dt.date(2030, 11, 15))
    assert [x.text for x in got] == ["In the coming years"]


# --- an absolute clause with a participle and a time of its own (core._with_participle_after_time)

@pytest.mark.parametrize(("text", "second", "end"), [
    ("Kenya will hold the first round in May 2031, with the second round held in June 2031.",
     ("hold", "second round"), dt.date(2031, 6, 30)),
    ("Kenya is supposed to receive the first jet by mid-2031, with another four delivered by the end of that year.",
     ("deliver", "another four"), dt.date(2031, 12, 31)),
])
def test_an_absolute_clause_with_its_own_time_is_a_promise_of_its_own(text: str, second: tuple[str, str],
                                                                      end: dt.date) -> None:
    first, other = promises(text)
    assert (other.action, other.subject, other.due_end) == (*second, end)
    assert first.due_end is not None and first.due_end < end


def test_an_absolute_clause_with_no_deliverable_is_no_promise() -> None:
    assert len(promises("Kenya will host the summit in May 2031, with talks focused on trade in June 2031.")) == 1


@pytest.mark.parametrize("organ", sorted(DIRECTED_ORGANS))
def test_each_organ_a_body_directs_is_read_in_its_example(organ: str) -> None:
    (c,) = promises(DIRECTED_ORGANS[organ], dt.date(2030, 11, 1))
    assert c.due_end is not None
