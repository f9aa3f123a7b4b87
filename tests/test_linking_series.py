"""Linking as event resolution: series names, event reports, earliest event, editions, recurring
promises, hosts and misses. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from linked import promise, report
from tracker.domain.lexicon import RECURRENCES
from tracker.linking import (
    CommitmentView,
    SourceEvents,
    find_bodies,
    find_events,
    load_registry,
    normalise_name,
    prepare,
    suggest,
)
from tracker.linking.bodies import acronym_pairs
from tracker.linking.events import title_case
from tracker.linking.match import host_of, place_of, recurrence_of

D = dt.date






# --- series names -----------------------------------------------------------------------------


def test_participants_table_examples_name_their_series():
    reg = load_registry()
    assert reg.participants, "bodies.yaml has a participants table"
    for who, series, example in reg.participants:
        ms = find_bodies(example, reg)
        assert ms, example
        assert set(normalise_name(series, reg)[0].split()) <= set(ms[0].norm.split()), (example, ms[0])


def test_participants_stand_for_the_series_in_both_word_orders():
    reg = load_registry()
    a = find_bodies("Mercosur leaders met in Montevideo.", reg)
    b = find_bodies("Leaders of the 5 Mercosur countries met in Montevideo.", reg)
    c = find_bodies("The Mercosur Summit will be held in Brasilia.", reg)
    assert a[0].key == b[0].key == c[0].key
    # countries and demonyms are not groups
    assert not find_bodies("Chilean leaders met in Santiago.", reg)


def test_acronym_defined_in_parentheses():
    reg = load_registry()
    text = ("The leaders held the first Pacific Fisheries Forum (PFF) summit in Suva on May 2. "
            "The PFF will meet again next year.")
    ms = find_bodies(text, reg)
    assert ms[0].key == find_bodies("the PFF Summit", reg)[0].key
    assert ms[0].ordinal == 1
    # the bare acronym later is the body its definition names
    assert ms[-1].text == "PFF" and ms[-1].key == find_bodies("the Pacific Fisheries Forum", reg)[0].key


def test_a_name_does_not_run_over_a_sentence_end_or_start_with_a_day():
    reg = load_registry()
    ms = find_bodies("They met in Peru. The Andean Summit was held on Monday.", reg)
    assert [m.text for m in ms] == ["Andean Summit"]
    assert not find_bodies("He spoke ahead of Monday's meeting in Lima.", reg)


def test_rounds_of_talks_are_their_own_series():
    reg = load_registry()
    (ev,) = [e for e in find_events("The first round of talks on a Chile-Korea free trade agreement "
                                    "began on May 2, 2024.", D(2024, 5, 9)) if e.polarity == "positive"]
    assert ev.key == "free-trade-agreement/round" and ev.ordinal == 1
    c = promise(1, D(2024, 4, 1), "second round of Chile-Korea FTA negotiations", (D(2024, 6, 1), D(2024, 6, 5)),
           action="hold", actors=("Chile", "South Korea"))
    assert c.key == "free-trade-agreement/round" and c.ordinal == 2
    assert suggest([c], [SourceEvents(2, D(2024, 5, 9), (ev,))], reg) == []


def test_short_subject_takes_the_body_named_before():
    reg = load_registry()
    ctx = find_bodies("Andean leaders agreed on Tuesday. The Andean Summit was praised.", reg)
    c = prepare(CommitmentView(id=1, source_id=1, made_on=D(2023, 6, 1), subject="the 2024 summit",
                               quote="The 2024 summit will be held in Quito."), reg, ctx)
    assert c.key == ctx[-1].key


def test_title_case_titles_give_no_names():
    assert title_case("Peru To Host Andean Summit In 2024, Chile To Host In 2025")
    assert not title_case("Andean leaders agree to meet in person in 2024")


# --- event reports ---------------------------------------------------------------------------


def test_last_met_is_also_the_meeting_held():
    evs = find_events("Andean leaders last met in Lima in June.", D(2022, 11, 9))
    kinds = sorted((e.polarity, e.negative or "") for e in evs)
    assert kinds == [("negative", "last_held"), ("positive", "")]
    pos = next(e for e in evs if e.polarity == "positive")
    assert (pos.date_start, pos.date_end) == (D(2022, 6, 1), D(2022, 6, 30))
    c = promise(1, D(2021, 6, 14), "2022 Andean Summit in Peru", (D(2022, 1, 1), D(2022, 12, 31)), action="hold")
    (sg,) = suggest([c], [SourceEvents(2, D(2022, 11, 9), tuple(evs))])
    assert sg.kind == "fulfils" and "(on time)" in sg.reason


@pytest.mark.parametrize("text,verb,action,date", [
    (("Chile and Korea signed a Free Trade Agreement in 2004. The two governments announced the "
      "conclusion of the negotiations on March 4."), "announced the conclusion", "conclude",
     D(2024, 3, 4)),
    (("Chile and Korea announced the conclusion to talks on a free trade agreement on March 4."),
     "announced the conclusion", "conclude", D(2024, 3, 4)),
    (("The Andean Summit drew crowds. The final declaration of the summit in Lima said that trade "
      "would grow."), "declaration of the meeting", "meet", None),
    (("The statement was released by the Andean foreign ministers following a meeting in Quito on "
      "Tuesday."), "a meeting in", "meet", D(2024, 3, 26)),
])
def test_nominal_event_reports(text, verb, action, date):
    (ev,) = [e for e in find_events(text, D(2024, 3, 28)) if e.polarity == "positive" and e.verb == verb]
    assert ev.action == action and ev.date_start == date


def test_a_meeting_in_with_no_past_date_is_not_reported_held():
    assert not [e for e in find_events("The Andean foreign ministers will speak after a meeting in "
                                       "Quito next week.", D(2024, 3, 28)) if e.polarity == "positive"]


def test_a_range_under_way_on_the_report_day():
    (ev,) = [e for e in find_events("Andean leaders are currently gathered in Lima for this year's "
                                    "Andean Summit which takes place 14-15 July.", D(2023, 7, 14))
             if e.polarity == "positive"]
    assert ev.date_start == D(2023, 7, 14)


def test_who_met_stands_for_the_ministers_meeting_and_sidelines_are_another_body():
    text = ("The Andean Foreign Ministers' Meeting was on the agenda. Earlier today, the Foreign Ministers of "
            "Peru and Chile met in New York on the sidelines of the United Nations General Assembly.")
    (ev,) = [e for e in find_events(text, D(2024, 9, 23)) if e.polarity == "positive"]
    assert "ministers" in ev.key and ev.body_by == "participants"


def test_could_not_be_done_by_is_a_miss_for_promises_due_by_then():
    text = "The trade pact between Chile and Korea could not be done by late October, the first target."
    src = report(9, D(2022, 11, 12), text)
    (ev,) = src.events
    assert ev.negative == "not_by" and ev.period_end == D(2022, 10, 31)
    early = promise(1, D(2022, 4, 1), "Chile-Korea FTA", (D(2022, 4, 1), D(2022, 10, 24)), action="conclude",
               actors=("Chile", "South Korea"))
    late = promise(2, D(2022, 4, 1), "Chile-Korea FTA", (D(2022, 4, 1), D(2022, 12, 31)), action="conclude",
              actors=("Chile", "South Korea"))
    sg = suggest([early, late], [src])
    assert [(s.commitment_id, s.kind) for s in sg if s.kind == "missed"] == [(1, "missed")]


# --- matching ---------------------------------------------------------------------------------


def test_the_first_report_of_the_earliest_event_fulfils_later_reports_corroborate():
    c = promise(1, D(2023, 1, 10), "Andean Summit", (D(2023, 1, 10), D(2023, 12, 31)), action="hold")
    first = report(1, D(2023, 5, 3), "The Andean Summit was held in Lima on May 2, 2023.")
    again = report(2, D(2023, 9, 1), "The Andean Summit, held in Lima on May 2, 2023, was a success.")
    undated = report(3, D(2023, 6, 1), "Ministers recalled that the Andean Summit was held.")
    for order in ([first, again, undated], [undated, again, first]):
        (sg,) = suggest([c], order)
        assert sg.source_id == 1 and "corroborated by 2 later report(s)" in sg.reason


def test_editions_of_a_series_belong_to_their_own_promise():
    c24 = promise(1, D(2023, 7, 11), "2024 Andean Summit", (D(2024, 1, 1), D(2024, 12, 31)), action="hold")
    c25 = promise(2, D(2023, 7, 11), "2025 Andean Summit", (D(2025, 1, 1), D(2025, 12, 31)), action="hold")
    s23 = report(1, D(2023, 11, 2), "The Andean Summit was held in Quito on November 1, 2023.")
    s25 = report(2, D(2025, 6, 27), "The Andean Summit was held in Lima on June 26, 2025.")
    sg = suggest([c24, c25], [s23, s25])
    # the 2023 summit is before both windows; the 2025 one is 2025's, not a late 2024 one
    assert [(s.commitment_id, s.source_id, s.kind) for s in sg] == [(2, 2, "fulfils")]


@pytest.mark.parametrize("rx,period,example", RECURRENCES)
def test_recurrence_table_examples(rx, period, example):
    want = re.escape(period).replace(r"\{n\}", r"\d+").replace(r"\{unit\}", r"(?:weeks|months)")
    assert re.fullmatch(want, recurrence_of(example) or "")


def test_a_cadence_has_one_instance_per_period():
    assert recurrence_of("Technical talks will be held about every five weeks.") == "every 5 weeks"
    c = promise(1, D(2024, 1, 1), "Chile-Korea FTA negotiating rounds", action="hold", actors=("Chile", "South Korea"),
           quote="Negotiating rounds on the Chile-Korea FTA will take place every five weeks.")
    assert c.key == "free-trade-agreement/round" and c.recurrence == "every 5 weeks"
    srcs = [report(i, d + dt.timedelta(days=1), f"The {o} round of talks on the Chile-Korea free trade "
                 f"agreement ended in Seoul on {d:%B} {d.day}, {d.year}.")
            for i, (o, d) in enumerate([("first", D(2024, 1, 20)), ("second", D(2024, 1, 30)),
                                        ("third", D(2024, 2, 20))], start=1)]
    sg = suggest([c], srcs)
    # 20 and 30 January fall in the first five weeks, 20 February in the second
    assert [(s.source_id, s.kind) for s in sg] == [(1, "fulfils"), (3, "fulfils")]
    assert "instance 2" in sg[1].reason


def test_annual_promise_one_instance_per_year_and_a_missed_year():
    c = promise(1, D(2021, 10, 1), "Andean Summit", action="hold",
           quote="The leaders agreed to hold the Andean Summit every year.")
    assert c.recurrence == "annual"
    srcs = [
        report(1, D(2022, 5, 25), "The Andean Summit was held in Lima on May 24, 2022."),
        report(2, D(2022, 9, 1), "The Andean Summit was held in Quito on August 30, 2022."),
        report(3, D(2023, 5, 21), "The Andean Summit was held in Cusco on May 20, 2023."),
        report(4, D(2025, 10, 4), "The Andean Summit is unlikely to be held this year, officials said."),
    ]
    sg = suggest([c], srcs)
    assert [(s.source_id, s.kind) for s in sg] == [(1, "fulfils"), (3, "fulfils"), (4, "missed")]
    assert "the 2022 instance" in sg[0].reason and "2025 instance" in sg[2].reason


def test_host_and_place():
    reg = load_registry()
    assert host_of("2023 Andean Summit in Chile", reg) == "chile"
    assert host_of("Peru will host the next Andean Summit", reg) == "peru"
    assert place_of("The summit was held on the sidelines of a forum in Arequipa, Peru.", reg) == "peru"


def test_another_host_is_a_changed_form_fulfilment_and_a_miss():
    c = promise(1, D(2022, 5, 24), "2023 Andean Summit in Chile", (D(2023, 1, 1), D(2023, 12, 31)), action="host")
    s = report(2, D(2023, 5, 20), "The Andean Summit was held on the sidelines of a forum in Arequipa, Peru.")
    sg = suggest([c], [s])
    assert sorted(x.kind for x in sg) == ["missed", "partially_fulfils"]
    assert all("held in Peru, not in Chile" in x.reason for x in sg)


def test_a_later_plan_moving_the_meeting_is_a_miss():
    old = promise(1, D(2023, 5, 20), "2024 Andean Summit in Chile", (D(2024, 1, 1), D(2024, 12, 31)),
             action="host", source_id=1)
    swap = promise(2, D(2024, 9, 14), "Andean Summit", (D(2024, 9, 21), D(2024, 9, 21)), action="host",
              quote="Peru will host the Andean Summit on September 21, 2024.", source_id=2)
    moved = promise(3, D(2024, 9, 24), "2025 Andean Summit in Chile", (D(2025, 1, 1), D(2025, 12, 31)),
               action="host", source_id=3)
    held = report(3, D(2024, 9, 24), "The Andean Summit was held in Trujillo on September 21, 2024.")
    sg = [s for s in suggest([old, swap, moved], [held]) if s.commitment_id == 1]
    assert sorted((s.source_id, s.kind) for s in sg) == [(2, "missed"), (3, "missed")]
    assert any("Peru to host it instead of Chile" in s.reason for s in sg)


# --- names the text defines (written after reading the held-out families) ------------------


def test_names_defined_as_each_other_unify_across_sources():
    reg = load_registry()
    define = ("On May 2 in Lima, Peru and Chile convened the first-ever Andean Energy Council (AEC), "
              "also known as the \u201cEnergy 2+2\u201d meeting.")
    pairs = acronym_pairs(define, reg)
    assert pairs == [("andean council energy", "aec"), ("andean council energy", "2+2 energy")]
    c = promise(1, D(2024, 1, 10), "launch of the Peru-Chile Energy \"2+2\"", action="launch",
           actors=("Peru", "Chile"))
    s = SourceEvents(2, D(2024, 5, 3), tuple(find_events(define, D(2024, 5, 3))),
                     aliases=tuple(pairs))
    (sg,) = suggest([c], [s], reg)
    assert sg.kind == "fulfils" and sg.event_date == D(2024, 5, 2)
    # without the source's definition the two names stay apart
    assert suggest([c], [SourceEvents(2, D(2024, 5, 3), s.events)], reg) == []


@pytest.mark.parametrize("a,b", [
    ("2-Plus-2 economic talks", "Economic 2+2"),
    ("Two Plus Two", "2+2"),
    ("the AUSMIN talks", "AUSMIN"),
])
def test_name_spellings(a, b):
    reg = load_registry()
    assert normalise_name(a, reg)[0] == normalise_name(b, reg)[0]


def test_acronym_editions_and_lowercase_descriptions_are_names():
    reg = load_registry()
    assert [m.key for m in find_bodies("The 2022 AUSMIN has now been held.", reg)] == ["ausmin"]
    assert [m.key for m in find_bodies("AUSMIN 2023 in Brisbane", reg)] == ["ausmin"]
    (m,) = find_bodies("The two sides launched the counternarcotics working group.", reg)
    assert m.text == "counternarcotics working group"
    assert m.key == find_bodies("the Counternarcotics Working Group", reg)[0].key


def test_announced_the_inauguration_of():
    text = ("Officials met in Lima on Tuesday and announced the inauguration of the Peru-Chile "
            "Counternarcotics Working Group.")
    (ev,) = [e for e in find_events(text, D(2024, 1, 31)) if e.verb == "announced the inauguration"]
    assert ev.action == "launch" and ev.key == find_bodies("Counternarcotics Working Group")[0].key


def test_a_summit_with_a_leader_is_a_bilateral_summit():
    c = promise(1, D(2023, 4, 28), "Boric visit to Lima and summit with Boluarte", (D(2023, 5, 1), D(2023, 5, 10)),
           action="hold", actors=("Chile", "Peru"))
    assert c.key == "summit"
    s = report(2, D(2023, 5, 7), "Chilean President Boric and Peruvian President Boluarte held a summit "
             "in Lima on Sunday.", title="Chile-Peru summit held in Lima")
    (sg,) = suggest([c], [s])
    assert sg.kind == "fulfils" and sg.event_date == D(2023, 5, 7)


def test_said_in_a_city_is_no_host():
    reg = load_registry()
    assert host_of("The leaders said in Lima that the council will be held in July.", reg,
                   sentence=True) is None
    assert host_of("The council will be held in July in Chile.", reg, sentence=True) == "chile"


def test_a_date_announced_for_the_meeting_is_progress():
    c = promise(1, D(2022, 6, 30), "next Andean Summit", (D(2023, 1, 1), D(2023, 12, 31)), action="hold")
    s = report(2, D(2022, 11, 9), "Andean leaders will gather for their next summit in Quito on July 11-12, "
             "the secretariat announced.")
    (ev,) = s.events
    assert ev.polarity == "announced" and ev.date_start == D(2023, 7, 11)
    (sg,) = suggest([c], [s])
    assert sg.kind == "progress" and "date set: July 11-12" in sg.reason and "inside" in sg.reason


def test_a_round_of_talks_held_is_progress_towards_the_agreement():
    c = promise(1, D(2024, 1, 10), "Chile-Korea free trade agreement", (D(2024, 1, 10), D(2024, 12, 31)),
           action="conclude", actors=("Chile", "South Korea"))
    s = report(2, D(2024, 5, 9), "The first round of talks on a Chile-Korea free trade agreement ended "
             "in Seoul on May 8, 2024.")
    (sg,) = suggest([c], [s])
    assert sg.kind == "progress" and "round 1 held" in sg.reason


def test_short_subjects_read_from_the_quote_and_the_document():
    reg = load_registry()
    ctx = find_bodies("Peru and Chile agreed to launch the Peru-Chile Counternarcotics Working Group.", reg)
    c = prepare(CommitmentView(id=1, source_id=1, made_on=D(2024, 1, 29), subject="three-day meeting of the "
                               "working group", quote="The three-day meeting of the working group will "
                               "be held on March 4-6."), reg, ctx)
    assert c.key == ctx[-1].key
    # "Following the talks, …" does not name what is promised
    talks = find_bodies("The Andean talks opened in Lima.", reg)
    c2 = prepare(CommitmentView(id=2, source_id=1, made_on=D(2024, 1, 29), subject="visit to the fleet",
                                quote="Following the talks, the ministers will visit the fleet."), reg, talks)
    assert c2.key is None
    # a one-word subject of a sentence naming one body: that body
    c3 = prepare(CommitmentView(id=3, source_id=1, made_on=D(2024, 1, 29), subject="Quito",
                                quote="The ministers will visit Quito next week for the Andean Council "
                                "talks."), reg)
    assert c3.key == find_bodies("the Andean Council", reg)[0].key


def test_their_summit_is_a_bilateral_summit():
    reg = load_registry()
    c = prepare(CommitmentView(id=1, source_id=1, made_on=D(2023, 5, 3), subject="Their summit",
                               quote="Their summit is slated for June 3."), reg)
    assert c.key == "summit"


def test_a_month_that_holds_the_promise_reported_later_is_after_the_promise():
    c = promise(1, D(2024, 3, 4), "Andean Summit", (D(2024, 3, 6), D(2024, 3, 6)), action="hold", source_id=1)
    s = report(2, D(2024, 3, 9), "The Andean Summit took place in Quito this month.")
    (sg,) = suggest([c], [s])
    assert sg.kind == "fulfils" and sg.event_date is None and "after the promise" in sg.reason
    # "was last held" in that month is the meeting before the promise, not after it
    s2 = report(3, D(2024, 3, 9), "The Andean Summit was last held in March 2024.")
    assert [x.kind for x in suggest([c], [s2])] == ["missed"]
    # a month long past when reported holds the given day promised in it: no summit is held in the
    # days before its promised day of the same month (twenty-seventh blind check) ...
    s3 = report(4, D(2024, 9, 9), "The Andean Summit took place in Quito in March.")
    (sg3,) = suggest([c], [s3])
    assert sg3.kind == "fulfils" and "holds the window" in sg3.reason
    # ... but says nothing of the order for a loose window ("later this month": the month's summit
    # may be one held before the promise)
    loose = promise(5, D(2024, 3, 4), "Andean Summit", (D(2024, 3, 4), D(2024, 3, 31)), action="hold", source_id=1)
    assert suggest([loose], [s3]) == []


def test_a_lowercase_dialogue_promised_and_reported():
    c = promise(1, D(2023, 11, 16), "Peru-Chile intergovernmental dialogue on water", action="launch",
           actors=("Peru", "Chile"))
    s = report(2, D(2024, 5, 16), "This inaugural intergovernmental dialogue, co-chaired by officials "
             "of Peru and Chile, marked a first step.")
    (sg,) = suggest([c], [s])
    assert sg.kind == "fulfils" and "undated, reported 2024-05-16" in sg.reason


def test_a_persons_promised_meeting_and_its_report():
    reg = load_registry()
    c = promise(1, D(2023, 11, 16), "Boric meeting with the (yet to be named) Peruvian trade minister",
           action="meet", actors=("Chile", "Peru"),
           quote="Chilean President Gabriel Boric will meet his Peruvian counterpart when that person is named.")
    assert c.key == "meeting boric"
    s = report(2, D(2024, 4, 17), "President Gabriel Boric held his first engagement with Peru's trade "
             "minister yesterday via video teleconference.")
    (sg,) = suggest([c], [s], reg)
    assert sg.kind == "fulfils" and sg.event_date == D(2024, 4, 16)
    # someone else's meeting is not his
    other = report(3, D(2024, 2, 1), "President Dina Boluarte met with Chile's trade minister on Monday.")
    assert [x.source_id for x in suggest([c], [other, s], reg)] == [2]


# --- second pass on real reports: appositions, stretches, same-day reports ----------------------


def test_a_bracketed_name_after_a_name_is_that_mention_not_another():
    # rule 'apposition': the nearest name to "began" is the round, not a bare "(ANFA)"
    reg = load_registry()
    text = ("The second round of talks on the Andean-Nordic Fisheries Agreement (ANFA), which "
            "began on March 3, covered quotas.")
    evs = find_events(text, D(2031, 3, 20), reg)
    assert evs and evs[0].key.endswith("/round") and evs[0].ordinal == 2
    ms = find_bodies(text, reg)
    assert [m.text for m in ms].count("ANFA") == 0
    # a bracketed name that is not next to a name stays a mention of its own
    ms2 = find_bodies("Officials said (ANFA) talks resume.", reg)
    assert all(m.key for m in ms2)


def test_began_and_ended_is_one_stretch_and_counts_after_a_promise_made_on_its_first_day():
    # rule 'began-ended': "which began on March 3 and ended on Friday" reported on Saturday
    pub = D(2031, 3, 15)  # a Saturday
    assert pub.weekday() == 5
    text = ("The first round of talks on the Andean-Nordic Fisheries Agreement, which began on "
            "March 3 and ended on Friday, covered quotas and ports.")
    ev = find_events(text, pub)[0]
    assert (ev.date_start, ev.date_end) == (D(2031, 3, 3), D(2031, 3, 14))
    # without an end the stretch is the day it began
    ev1 = find_events("The first round of talks on the Andean-Nordic Fisheries Agreement began on "
                      "March 3.", pub)[0]
    assert (ev1.date_start, ev1.date_end) == (D(2031, 3, 3), D(2031, 3, 3))
    # promised on March 3 (the day talks were launched) for March 6: the round, under way after
    # the promise, fulfils it; the one-day report does not
    c = promise(1, D(2031, 3, 3), "the first round of Andean-Nordic Fisheries Agreement negotiations",
           quote="The first round of negotiations on the Andean-Nordic Fisheries Agreement will "
                 "begin on March 6.", action="begin", due=(D(2031, 3, 6), D(2031, 3, 6)))
    got = suggest([c], [SourceEvents(2, pub, (ev,))])
    assert [s.kind for s in got] == ["fulfils"]
    assert not [s for s in suggest([c], [SourceEvents(2, pub, (ev1,))]) if s.kind == "fulfils"]


def test_states_day_tells_calendar_dates_from_relative_days():
    from tracker.linking.match import states_day

    for yes in ("29 July", "on July 29", "Jan. 6", "2031-07-29", "the 6th of January"):
        assert states_day(yes), yes
    for no in ("this morning", "today", "on Tuesday", "yesterday", "this year", ""):
        assert not states_day(no), no


@pytest.mark.parametrize("order", [(1, 2), (2, 1)])
def test_of_two_same_day_reports_the_one_that_writes_the_day_is_the_fulfilment(order):
    pub = D(2031, 7, 29)
    texts = {
        1: ("The Pacific Fisheries Dialogue has been held with heavy hearts after the storm "
            "this morning."),
        2: "Ministers hosted the Pacific Fisheries Dialogue on 29 July in Suva.",
    }
    c = promise(1, D(2031, 7, 20), "the Pacific Fisheries Dialogue", action="hold",
           quote="The Pacific Fisheries Dialogue will be held next week in Suva.",
           due=(D(2031, 7, 24), D(2031, 7, 31)))
    sources = [report(i, pub, texts[i]) for i in order]
    assert all(s.events for s in sources)
    fulfils = [s for s in suggest([c], sources) if s.kind == "fulfils"]
    assert [s.source_id for s in fulfils] == [2]


def test_a_round_subject_is_a_round_of_the_agreement_the_document_named():
    # rule 'round-subject': "the first round of negotiations" names no agreement itself
    from tracker.linking.events import context_mentions

    reg = load_registry()
    doc = ("Negotiations on the Andean-Nordic Fisheries Agreement were launched today in Lima. "
           "The first round of negotiations will begin on March 6, and subsequent rounds will "
           "take place every six weeks.")
    ctx = context_mentions(doc, reg, "Fisheries talks launched")
    quote = doc.split(". ")[1]
    got = {}
    for subj in ("first round of negotiations", "subsequent rounds", "the next round of talks"):
        c = promise(1, D(2031, 3, 3), subj, quote=quote, action="begin")
        c = prepare(c, reg, ctx)
        got[subj] = c
        assert c.key and c.key.endswith("/round"), subj
    assert got["first round of negotiations"].ordinal == 1
    assert got["subsequent rounds"].ordinal is None
    assert got["the next round of talks"].body.next
    # with no agreement named before, a numbered round subject is the parties' round of talks
    # (twelfth blind check, tests/test_linking_blind12.py), a generic series told apart by the
    # countries; "subsequent rounds" alone names nothing
    c = prepare(promise(2, D(2031, 3, 3), "first round of negotiations",
                   quote="The first round of negotiations will begin on March 6."), reg, ())
    assert (c.key, c.ordinal) == ("talks/round", 1)
    c = prepare(promise(3, D(2031, 3, 3), "subsequent rounds",
                   quote="Subsequent rounds will take place every six weeks."), reg, ())
    assert c.key is None


def test_a_registry_name_used_with_words_of_its_own_name_is_that_body():
    # rule 'own-words': "2+2" is also the "Security Consultative Committee" (bodies.yaml)
    reg = load_registry()
    ms = find_bodies("The 2031 Chile-Peru 2+2 consultative committee meeting took place on May 3.",
                     reg)
    assert [m.key for m in ms] == ["two-plus-two"]
    ev = find_events("The 2031 Chile-Peru 2+2 consultative committee meeting took place on May 3.",
                     D(2031, 5, 9), reg)[0]
    assert ev.key == "two-plus-two"
    # words that are not the body's own name make another body
    ms2 = find_bodies("The Chile-Peru 2+2 fisheries committee met on May 3.", reg)
    assert [m.key for m in ms2] == ["two-plus-two", "committee fisheries"]


def test_the_quote_reads_an_acronym_the_document_defined_earlier():
    # the quote's names as the document reads them: "the FPC" defined two sentences before
    from tracker.linking.events import context_mentions

    reg = load_registry()
    doc = ("Ministers met in Quito for the Andean Fisheries Policy Committee (FPC) today. "
           "The talks were frank. They called for another Chile-Peru FPC later in the year.")
    quote = "They called for another Chile-Peru FPC later in the year."
    start = doc.index(quote)
    ctx = context_mentions(doc, reg, "Fisheries talks")
    c = prepare(CommitmentView(id=1, source_id=1, made_on=D(2031, 3, 3),
                               subject="another Chile-Peru FPC", quote=quote, action="hold",
                               span=(start, start + len(quote))), reg, ctx)
    assert c.key and c.key == find_bodies(doc, reg)[0].key
    # the bare quote alone does not know the acronym
    c2 = prepare(CommitmentView(id=2, source_id=1, made_on=D(2031, 3, 3),
                                subject="another Chile-Peru FPC", quote=quote, action="hold"),
                 reg, ())
    assert c2.key != c.key


def test_meet_with_people_for_a_named_meeting_is_that_meeting():
    # rule 'meet-for': a subject that is only "meet with <people>" takes the meeting it is for
    from tracker.linking.bodies import resolve_subject

    reg = load_registry()
    quote = ("The foreign ministers will meet virtually with their Peruvian counterparts on May 6, "
             "for the 2031 Chile-Peru Fisheries Dialogue.")
    b = resolve_subject("meet virtually with their Peruvian counterparts on", quote, reg)
    assert b is not None and b.key == find_bodies("the Chile-Peru Fisheries Dialogue", reg)[0].key
    # without "for", the people met are not a body
    assert resolve_subject("meet virtually with their Peruvian counterparts on",
                           "The ministers will meet virtually with their Peruvian counterparts "
                           "on May 6 after the Chile-Peru Fisheries Dialogue.", reg) is None


def test_what_an_event_restored_was_resumed_with_it():
    # rule 'restoring': "held a summit …, restoring their 'shuttle diplomacy'"
    pub = D(2031, 6, 9)
    text = ("The Chile-Peru Summit was held in Lima on Sunday, restoring the two countries' "
            "“shuttle diplomacy” for the first time in a decade.")
    evs = find_events(text, pub)
    res = [e for e in evs if e.verb == "restoring"]
    assert len(res) == 1 and res[0].body is None
    assert res[0].object_text.endswith("shuttle diplomacy")  # "for the first time …" cut
    assert res[0].date_start == D(2031, 6, 8)
    c = promise(1, D(2031, 3, 1), "shuttle diplomacy", action="resume",
           quote="Rojas and Quispe agreed to resume shuttle diplomacy between Chile and Peru.")
    got = [s for s in suggest([c], [SourceEvents(2, pub, tuple(evs))]) if s.kind == "fulfils"]
    assert len(got) == 1 and got[0].event_date == D(2031, 6, 8)
    # no participle clause, nothing restored
    assert not [e for e in find_events("The Chile-Peru Summit was held in Lima on Sunday.", pub)
                if e.verb == "restoring"]


def test_visit_for_a_summit_with_a_leader_is_a_bilateral_summit():
    # rule 'meet-for': "to visit Lima early next month for a summit with President Quispe"
    from tracker.linking.bodies import resolve_subject

    reg = load_registry()
    b = resolve_subject("Lima", "Officials are arranging for President Rojas to visit Lima early "
                        "next month for a summit with President Quispe.", reg)
    assert b is not None and b.key == "summit"
    assert resolve_subject("Lima", "President Rojas will visit Lima early next month.", reg) is None


def test_a_subject_the_named_body_in_its_quote_is_not_about_takes_no_body_from_the_quote():
    # "establish a fisheries office …, and will launch a Chile-Peru Ocean Dialogue": the office
    # is not the dialogue, nor the summit named before; it is matched by its own words
    from tracker.linking.bodies import resolve_subject

    reg = load_registry()
    ctx = find_bodies("The presidents met in Lima today for the 3rd Chile-Peru Summit.", reg)
    quote = ("The two countries will also open a joint fisheries office in Arica within a year, "
             "and will launch a Chile-Peru Ocean Dialogue before the summer.")
    assert resolve_subject("joint fisheries office in Arica", quote, reg, ctx) is None
    # the subject that is the dialogue still takes it
    b = resolve_subject("Chile-Peru Ocean Dialogue", quote, reg, ctx)
    assert b is not None and "ocean" in b.key
