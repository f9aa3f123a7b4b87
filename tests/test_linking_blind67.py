"""Readings of the thirty-first blind check (docs/accuracy.md): polls put off, on invented
Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, promise, report
from tracker.domain.lexicon import DONE, DONE_VERBS, POLLS, POLLS_RE, done_bases, poll_levels
from tracker.linking import load_registry, suggest
from tracker.linking.events import find_events

MADE = dt.date(2031, 1, 21)
DUE = (dt.date(2031, 3, 9), dt.date(2031, 3, 9))


@pytest.mark.parametrize(("rx", "example"), POLLS)
def test_each_poll_word_is_read_in_its_example(rx: str, example: str) -> None:
    assert POLLS_RE.search(example) is not None


def _county_polls() -> object:
    return promise(1, MADE, "county elections", DUE, action="hold", actors=("Kenya",),
                   quote="Kenya's electoral commission has decided to hold the county elections on 9 March.")


def _missed(text: str, on: dt.date = dt.date(2031, 2, 24)) -> list[tuple[int, str]]:
    return [(s.source_id, s.reason) for s in suggest([_county_polls()], [report(2, on, text)], load_registry())
            if s.kind == "missed"]


def test_a_poll_put_off_is_the_poll_not_the_body_that_runs_it() -> None:
    text = ("Kenya's Electoral Commission on Friday said the county elections, scheduled for March 9, "
            "stand postponed due to a lack of funds.")
    (ev,) = find_events(text, dt.date(2031, 2, 24), load_registry())
    assert (ev.polarity, ev.negative, ev.body, ev.object_text) == ("negative", "postponed", None, "county elections")
    (miss,) = _missed(text)
    assert miss[0] == 2 and miss[1].startswith('the poll put off: "county elections"')


def test_a_poll_put_off_as_the_object_is_read_too() -> None:
    (miss,) = _missed("Kenya has once again postponed its county elections, the commission said.")
    assert miss[0] == 2


@pytest.mark.parametrize("text", [
    # another country's polls
    "Ghana's Electoral Commission said the county elections, scheduled for March 9, stand postponed.",
    # another level of polls
    "Kenya's Electoral Commission said the presidential election has been postponed.",
    # the poll of another date: put off again after the promised one was moved
    "Kenya's county elections scheduled for April 25 have been postponed again, the commission said.",
])
def test_another_poll_put_off_is_no_miss(text: str) -> None:
    assert _missed(text) == []


def test_polls_said_to_be_delayed_long_after_the_day_are_no_report_of_it() -> None:
    assert _missed("Kenya has struggled to hold elections, with polls delayed by more than a year.",
                   on=dt.date(2032, 2, 24)) == []


def test_the_levels_of_a_poll() -> None:
    assert poll_levels("the Upper House (Senate) elections") == {"upper", "senate"}
    assert poll_levels("the island-wide polls") == frozenset()


PROMISED = """title: Kenya sets date for county elections
date: 2031-01-21

Kenya's electoral commission has decided to hold the county elections on March 9.
"""
PUT_OFF = """title: Kenya's county elections postponed
date: 2031-02-24

Kenya's Electoral Commission on Friday said the county elections, scheduled for March 9, stand postponed due to a lack of funds.
"""


@pytest.mark.parametrize("order", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_a_poll_put_off_is_a_miss_end_to_end(db, tmp_path, order) -> None:  # type: ignore[no-untyped-def]
    # (whichever document comes first: the poll key files both)
    texts = {"a.txt": PROMISED, "b.txt": PUT_OFF}
    rows = ingest_texts(db, tmp_path, {name: texts[name] for name in order})
    assert [(src, kind) for _f, _subject, src, kind in rows] == [("b.txt", "missed")]


# --- a thing done by a verb of no class of its own (``lexicon.DONE_VERBS``) ----------------------


ON = dt.date(2031, 6, 5)


@pytest.mark.parametrize("form", sorted(DONE_VERBS))
def test_each_verb_of_a_thing_done_is_read_in_its_example(form: str) -> None:
    base, example = DONE_VERBS[form]
    text = example.replace("3 June", "3 June 2031")
    evs = [ev for ev in find_events(text, ON, load_registry()) if ev.action == DONE]
    assert [(ev.verb, ev.date_start) for ev in evs] == [(form, dt.date(2031, 6, 3))]
    # ... and keeps a promise of its base form, of the same thing
    made = dt.date(2031, 1, 10)
    c = promise(1, made, evs[0].object_text, (made, dt.date(2031, 6, 30)), action=base, actors=("Kenya", "Ghana"))
    assert [s.kind for s in suggest([c], [report(2, ON, text)], load_registry())] == ["fulfils"]


def test_a_thing_done_keeps_a_promise_of_the_same_verb_only() -> None:
    made = dt.date(2031, 1, 10)
    window = (made, dt.date(2031, 6, 30))
    released = report(2, ON, "Ghana released 200 Kenyan fishermen on Monday, 3 June.")
    release = promise(1, made, "200 Kenyan fishermen", window, action="release", actors=("Ghana", "Kenya"))
    deport = promise(3, made, "200 Kenyan fishermen", window, action="deport", actors=("Ghana", "Kenya"))
    kept = [(s.commitment_id, s.source_id) for s in suggest([release, deport], [released], load_registry())
            if s.kind == "fulfils"]
    assert kept == [(1, 2)]


def test_a_thing_done_with_no_day_is_no_report() -> None:
    assert [ev for ev in find_events("Ghana released 200 Kenyan fishermen, the ministry said.", ON,
                                     load_registry()) if ev.action == DONE] == []


def test_a_deed_finished_is_the_deed_its_noun_names() -> None:
    (ev,) = [ev for ev in find_events("Kenya said it had finished the withdrawal of its force from Ghana on 3 June 2031.",
                                      ON, load_registry()) if ev.action == DONE]
    assert ev.verb == "finished" and "withdraw" in done_bases(ev.verb, ev.object_text)
    # (a meeting that finished is still a meeting held)
    assert [ev.action for ev in find_events("The Kenya-Ghana Joint Commission finished its session on 3 June 2031.",
                                            ON, load_registry())] == ["meet"]


def test_leaving_keeps_a_promise_to_withdraw_and_soldiers_are_troops() -> None:
    made = dt.date(2031, 1, 10)
    c = promise(1, made, "Kenyan troops from Ghana", (made, dt.date(2031, 12, 31)), action="withdraw",
                actors=("Kenya", "Ghana"))
    left = report(2, ON, "The remaining Kenyan soldiers left Ghana on Friday, 30 May 2031.")
    assert [s.kind for s in suggest([c], [left], load_registry())] == ["fulfils"]


def test_a_participle_in_a_plan_is_no_report() -> None:
    text = "In May, Ruto said Kenya would withdraw its troops deployed in Ghana by the end of 2031."
    assert [ev for ev in find_events(text, ON, load_registry()) if ev.action == DONE] == []


def test_a_poll_held_names_itself_and_keeps_the_promise_of_its_level_only() -> None:
    made = dt.date(2031, 1, 10)
    upper = promise(1, made, "upper house elections", (dt.date(2031, 7, 25), dt.date(2031, 7, 25)),
                    action="hold", actors=("Kenya",))
    lower = promise(2, made, "lower house elections", (dt.date(2031, 8, 10), dt.date(2031, 9, 10)),
                    action="hold", actors=("Kenya",))
    held = report(3, dt.date(2032, 1, 5), "Kenya's upper house elections were held on 1 September 2031.")
    (ev,) = held.events
    assert (ev.action, ev.body, ev.object_text) == ("meet", None, "Kenya's upper house elections")
    # the upper house's poll, late; not the lower house's, though it fell in that one's window
    kept = [(s.commitment_id, s.timeliness) for s in suggest([upper, lower], [held], load_registry())
            if s.kind == "fulfils"]
    assert kept == [(1, "late")]
