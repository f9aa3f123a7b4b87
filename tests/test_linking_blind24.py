"""Readings of the linker written for the nineteenth blind check (docs/accuracy.md), each a shape
of English, not a dialogue's wording. Sentences written for these tests; Kenya and Ghana are the
invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.domain.lexicon import WORKS_NOUNS
from tracker.linking import load_registry
from tracker.linking.bodies import find_bodies
from tracker.linking.keys import source_events
from tracker.linking.unframed import is_occasion

ON = dt.date(2031, 3, 1)


def _events(text: str) -> list[tuple[str | None, int | None, dt.date | None]]:
    return [(e.key, e.ordinal, e.date_start) for e in source_events(text, ON, "News", load_registry())
            if not is_occasion(e) and e.polarity == "positive"]


@pytest.mark.parametrize(("text", "want"), [
    ("Ruto co-chaired the 3rd JTC and 5th JPC meetings with Mahama.", [("jtc", 3), ("jpc", 5)]),
    ("The ministers chaired the 18th KGTC, 9th KGEC, and 1st KGDC sessions in Accra.",
     [("kgtc", 18), ("kgec", 9), ("kgdc", 1)]),
])
def test_editions_listed_before_one_plural_head_are_each_an_edition(
        text: str, want: list[tuple[str, int]]) -> None:
    assert [(b.key, b.ordinal) for b in find_bodies(text, load_registry())] == want


def test_a_plural_head_after_one_edition_is_no_list() -> None:
    assert [b.key for b in find_bodies("Ruto attended the JTC meetings in Accra.", load_registry())] != ["jtc"]


def test_a_meeting_of_each_body_listed_is_reported() -> None:
    got = _events("Ruto co-chaired the 18th KGTC, 9th KGEC and 13th JCBC meetings with Vice President "
                  "Mahama in Accra on 27 February 2031.")
    day = dt.date(2031, 2, 27)
    assert got == [("kgtc", 18, day), ("kgec", 9, day), ("jcbc", 13, day)]


def test_a_long_title_of_the_counterpart_does_not_cut_the_date_off_its_verb() -> None:
    got = _events("Ruto co-chaired the 13th JCBC meeting with Member of the Standing Committee of the "
                  "Political Bureau of the Ghana National Democratic Congress (NDC) Central Committee and "
                  "Vice President Kwame Mensah Addo Mahama in Accra on 27 February 2031.")
    assert ("jcbc", 13, dt.date(2031, 2, 27)) in got


def test_a_date_past_another_clause_far_from_the_verb_is_not_the_verb_s() -> None:
    got = _events("Ruto co-chaired the 13th JCBC meeting with Vice President Mahama in Accra, which the "
                  "two governments had first proposed many years ago in a long letter to the secretariat "
                  "of the regional economic community of East and West African states on 27 February 2031.")
    assert ("jcbc", 13, dt.date(2031, 2, 27)) not in got


def _visits(text: str) -> list[tuple[str, str, dt.date | None]]:
    return [(e.verb, e.object_text.rstrip("."), e.date_start) for e in source_events(text, ON, "News", load_registry())
            if not is_occasion(e) and e.object_text.startswith("visit to")]


@pytest.mark.parametrize("verb", ["embarked on", "set off on", "set out on"])
def test_a_visit_embarked_on_is_a_visit_made(verb: str) -> None:
    got = _visits(f"Kenyan President Ruto on Monday {verb} a five-day official visit to Ghana.")
    assert got == [("paid a visit", "visit to Ghana", dt.date(2031, 2, 24))]


def test_a_body_named_in_a_later_clause_does_not_hide_the_visit() -> None:
    got = _visits("Kenyan President Ruto on Monday began a state visit to Ghana as Accra kept quiet on "
                  "the Kenya-Ghana Trade Pact.")
    assert got == [("paid a visit", "visit to Ghana", dt.date(2031, 2, 24))]


def test_a_visit_for_a_body_named_in_its_own_clause_is_that_body_s_report() -> None:
    assert _visits("Kenyan President Ruto on Monday began a state visit to Ghana for the Kenya-Ghana "
                   "Trade Council.") == []


# --- the first one since the last; a verb in a clause of "since"; the progressive ahead ----------

TUESDAY = dt.date(2031, 3, 4)


def _all(text: str, on: dt.date = TUESDAY, title: str = "Kenya and Ghana gear up for the summit"
         ) -> list[tuple[str, str | None, dt.date | None]]:
    return [(e.polarity, e.negative, e.date_start) for e in source_events(text, on, title, load_registry())
            if not is_occasion(e)]


def test_the_first_one_since_they_met_is_evidence_none_was_held_between() -> None:
    got = _all("Kenya and Ghana are gearing up for the Kenya-Ghana Summit in Accra on Wednesday. The summit "
               "is the first of its kind since they met in Mombasa in 2027.")
    assert ("negative", "last_held", dt.date(2027, 1, 1)) in got


def test_a_verb_in_a_clause_of_since_reports_nothing_of_today_s_event() -> None:
    got = _all("Kenya and Ghana are gearing up for the Kenya-Ghana Summit in Accra on Wednesday. The two "
               "leaders have spoken often since both sides met, the minister said on Friday.")
    assert not [g for g in got if g[0] == "positive"]


def test_a_meeting_being_held_on_a_weekday_ahead_is_no_report() -> None:
    got = _all("Kenya and Ghana are gearing up for the Kenya-Ghana Summit in Accra. The minister said "
               "Wednesday's summit is being held at a critical time.")
    assert not [g for g in got if g[0] == "positive"]


def test_a_last_edition_whose_period_holds_the_window_is_no_miss() -> None:
    from linked import promise, report
    from tracker.linking import suggest

    c = promise(1, dt.date(2027, 10, 18), "the Kenya-Ghana Summit in Mombasa",
                (dt.date(2027, 10, 19), dt.date(2027, 10, 19)), action="hold", actors=("Kenya", "Ghana"),
                quote="The Kenya-Ghana Summit will take place on Tuesday in Mombasa.")
    later = report(2, TUESDAY, "The Kenya-Ghana Summit is the first of its kind since they met in Mombasa "
                               "in 2027.")
    assert not [s for s in suggest([c], [later]) if s.kind == "missed"]
    c2 = promise(3, dt.date(2027, 3, 1), "the Kenya-Ghana Summit", (dt.date(2027, 3, 1), dt.date(2027, 12, 31)),
                 action="hold", actors=("Kenya", "Ghana"), quote="The Kenya-Ghana Summit will be held in Accra this year.")
    after = report(4, TUESDAY, "The Kenya-Ghana Summit is the first of its kind since they met in Mombasa "
                               "in 2026.")
    assert [s.kind for s in suggest([c2], [after]) if s.kind == "missed"] == ["missed"]


# --- works built: begun ("broke ground"), a kind of deliverable, made as an initiative ---------

@pytest.mark.parametrize(("noun", "example"), WORKS_NOUNS)
def test_every_works_noun_is_the_works_kind_and_an_initiative(noun: str, example: str) -> None:
    from tracker.linking.bodies import head_class
    from tracker.linking.match import deliverable_kinds

    assert "works" in deliverable_kinds(example)
    assert head_class(f"the {noun}") == "initiative"
    assert head_class(f"the {noun}s") == "initiative"


def test_ground_broken_on_works_is_their_launch() -> None:
    (ev,) = [e for e in source_events("Kenya and Ghana broke ground on the Lamu-Tema railway on 9 February.",
                                      ON, "News", load_registry()) if not is_occasion(e)]
    assert (ev.action, ev.object_text, ev.date_start) == ("launch", "the Lamu-Tema railway", dt.date(2031, 2, 9))
    (ev,) = [e for e in source_events("Kenya on Monday broke ground to build a controversial, Ghana-funded "
                                      "canal despite concerns.", ON, "News", load_registry())
             if not is_occasion(e)]
    assert ev.object_text == "a controversial Ghana-funded canal"


def test_construction_begun_keeps_a_promise_to_begin_it() -> None:
    from linked import promise, report
    from tracker.linking import suggest

    c = promise(1, dt.date(2030, 11, 2), "construction of the Lamu canal", (dt.date(2031, 2, 1), dt.date(2031, 2, 28)),
                action="begin", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana will begin construction of the Lamu canal in February.")
    s = report(2, ON, "Kenya and Ghana on Monday broke ground to build the Lamu canal.")
    assert [x.kind for x in suggest([c], [s])] == ["fulfils"]


def test_a_service_started_is_launched() -> None:
    (ev,) = [e for e in source_events("The Lamu-Tema railway started cross-border passenger services on Thursday.",
                                      ON, "News", load_registry()) if not is_occasion(e)]
    assert (ev.verb, ev.action, ev.date_start) == ("started", "launch", dt.date(2031, 2, 27))


def test_a_session_that_started_was_held_as_one_that_began() -> None:
    (ev,) = [e for e in source_events("The third session of the Kenya-Ghana Joint Commission started in Accra "
                                      "on Thursday.", ON, "News", load_registry()) if not is_occasion(e)]
    assert (ev.action, ev.key, ev.ordinal, ev.date_start) == ("meet", "joint-commission", 3, dt.date(2031, 2, 27))


def test_this_renewed_partnership_is_the_partnership_named_before() -> None:
    text = ("Kenya and Ghana have reaffirmed their Tana Partnership at the Joint Commission. This renewed "
            "partnership, which covers a broad range of work, was officially signed earlier today in Nairobi.")
    got = [(e.action, e.key) for e in source_events(text, ON, "News", load_registry())
           if not is_occasion(e) and e.action == "sign"]
    assert got == [("sign", find_bodies("the Tana Partnership", load_registry())[0].key)]


def test_a_partnership_anaphor_with_no_partnership_named_is_not_the_meeting() -> None:
    text = ("The Kenya-Ghana Joint Commission met in Nairobi. The new partnership was signed there earlier "
            "today.")
    got = [e.key for e in source_events(text, ON, "News", load_registry())
           if not is_occasion(e) and e.action == "sign"]
    assert "joint-commission" not in got


def _met(text: str) -> set[str | None]:
    return {e.key for e in source_events(text, dt.date(2031, 6, 12), "News", load_registry())
            if not is_occasion(e) and e.action == "meet" and e.body is not None}


def test_he_who_met_is_the_person_named_last_with_a_title() -> None:
    assert {"meeting ruto", "meeting mahama"} <= _met(
        "Kenyan President William Ruto flew to Accra. During the visit, he met with President Mahama on 11 June.")


def test_he_is_not_the_person_he_met() -> None:
    got = _met("Kenyan President Ruto flew to Accra, where President Kwame Mahama waited. The next day, he "
               "met with President Kwame Mahama.")
    assert "meeting ruto" in got  # (not Mahama, named last but whom he met)


def test_a_short_given_name_before_another_is_a_person() -> None:
    assert "meeting xi" in _met("President Ruto met with President Xi Jinping in Accra on 11 June.")


def test_he_with_no_titled_person_before_meets_no_one() -> None:
    assert _met("He met with President Mahama on 11 June.") == set()
