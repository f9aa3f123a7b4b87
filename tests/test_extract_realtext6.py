"""Rules added after the sixth blind check (docs/accuracy.md, "Sixth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments
from linked import promise, report


@pytest.mark.parametrize("frame", [
    "are arranging to hold",
    "are currently arranging to hold",
    "are making preparations to hold",
    "are making arrangements to hold",
])
def test_arranging_to_hold_a_meeting_is_a_promise(frame):
    # China-Japan-South Korea summits (2019, 2024) and the Japan-Australia 2+2 (2022): the parties
    # arranging the event itself, as "arranging their first 2+2 for late January" already reads
    (it,) = commitments(f"Kenya and Ghana {frame} a meeting of their foreign ministers early next month, "
                         "officials said.", dt.date(2024, 8, 1))
    assert (it.action, it.due_start, it.due_end) == ("hold", dt.date(2024, 9, 1), dt.date(2024, 9, 10))
    assert "meeting of their foreign ministers" in it.subject


def test_arranging_something_else_is_no_promise():
    assert commitments("Kenya is arranging the chairs in the hall.", dt.date(2024, 8, 1)) == []


def test_a_bracketed_country_dateline_is_no_part_of_the_first_sentence():
    # a place, its country in brackets, a day and an agency (an India-Germany announcement, 2022)
    from tracker.extract.sentences import lead_start
    dateline = "Nairobi [Kenya], May 20 (KNA): "
    text = dateline + "Kenya will host the 3rd Kenya-Ghana Joint Commission on June 3 in Nairobi."
    assert lead_start(text) == len(dateline)
    assert lead_start("Nairobi [Kenya] Kenya will host it.") == 0


def test_looking_forward_to_welcome_a_leader_is_a_visit_hosted():
    # the bare infinitive after "looking forward to" (an agency's copy of an India-Germany
    # announcement, 2022), as "looking forward to welcoming President X" reads
    (it,) = commitments("Nairobi [Kenya], May 20 (KNA): President Ruto is looking forward to welcome the "
                         "Ghanaian President and three ministers for the 3rd Kenya-Ghana Joint Commission on June 3 "
                         "in Nairobi, a spokesman said.", dt.date(2022, 5, 20))
    assert (it.action, it.due_start, it.due_end) == ("host", dt.date(2022, 6, 3), dt.date(2022, 6, 3))
    assert "Kenya-Ghana Joint Commission" in it.subject


@pytest.mark.parametrize("clause", [
    "which are scheduled to be held in Accra in October",
    "which are set to be held in Accra in October",
    "which will be held in Accra in October",
])
def test_a_relative_clause_scheduling_the_named_meeting_is_a_promise(clause):
    # the shape of an India-Germany report (2024), as "which will take place" already reads
    # (Quad, India-Japan)
    (it,) = commitments(f"Both sides took stock of ties ahead of the 4th Kenya-Ghana trade consultations, "
                         f"{clause}.", dt.date(2024, 7, 15))
    assert (it.action, it.due_start, it.due_end) == ("hold", dt.date(2024, 10, 1), dt.date(2024, 10, 31))
    assert "Kenya-Ghana trade consultations" in it.subject


def test_a_body_held_in_a_relative_clause_is_its_meeting():
    (it,) = commitments("Both sides took stock of ties ahead of the 4th Kenya-Ghana Joint Commission, which "
                         "is scheduled to be held in Accra in October.", dt.date(2024, 7, 15))
    assert "Joint Commission" in it.subject and it.due_start == dt.date(2024, 10, 1)
    assert commitments("The Kenya-Ghana Joint Commission, which was set up in 2019, is due to be wound up.",
                        dt.date(2024, 7, 15)) == []


# --- bodies and events (linking) ---------------------------------------------------------------





@pytest.mark.parametrize("name", ["trilateral summit", "three-way summit", "trilateral summit meeting",
                                  "Trilateral Summit",
                                  # (a meeting so named too: twenty-fourth blind check)
                                  "sixth quadrilateral meeting", "Trilateral Meeting"])
def test_a_summit_named_by_its_number_of_parties_is_the_parties_summit(name):
    # a summit named by its number of parties (China-Japan-South Korea reports, 2015-2024): the
    # generic key "summit", told apart by the countries
    from tracker.linking import find_bodies
    (m,) = find_bodies(f"Kenya, Ghana and Togo held the {name} in Accra.")
    assert m.key == "summit"
    assert find_bodies("Kenya and Ghana held a summit in Accra.") == []


def test_a_name_of_parties_and_head_alone_is_a_body():
    # a name of the parties and its head alone (Indonesia-Australia reports, 2022 and 2025)
    from tracker.linking import find_bodies
    # (a leaders' meeting is the pair's summit: twenty-fourth blind check)
    (m,) = find_bodies("The President will visit Accra for the Kenya-Ghana Annual Leaders’ Meeting.")
    assert (m.key, sorted(m.countries)) == ("summit", ["ghana", "kenya"])
    (m,) = find_bodies("It was agreed during an Annual Leaders' Meeting in Mombasa.")
    assert m.key == "summit"
    assert find_bodies("The Meeting was useful.") == []


def test_leaders_of_a_two_word_country_are_no_series():
    # a two-word country after "Leaders of" was read as a body (a 2024 report)
    from tracker.linking import find_bodies
    assert find_bodies("Leaders of South Africa, Kenya and Ghana will meet next week in Nairobi.") == []
    assert [m.key for m in find_bodies("NATO leaders will meet in July.")] == ["nato summit"]


def test_a_generic_meeting_promised_by_one_party_takes_the_quotes_countries():
    # one party travelling for a meeting with a generic name (an Indonesia-Australia announcement,
    # 2022): the meeting is of both countries, so a report naming only the host still matches
    from tracker.linking import suggest
    d = dt.date
    c = promise(1, d(2022, 6, 3), "Annual Leaders' Meeting", (d(2022, 6, 5), d(2022, 6, 7)), action="travel",
           actors=("Kenya",), quote="Kenya's President will travel to Ghana for the Annual Leaders' Meeting.")
    assert c.countries == frozenset({"kenya", "ghana"})
    s = report(7, d(2022, 6, 6), "Kenya's President told reporters about it during an Annual Leaders' "
                               "Meeting in Accra on Monday, June 6, 2022.")
    (sg,) = suggest([c], [s])
    assert (sg.source_id, sg.kind) == (7, "fulfils")


def test_postponed_until_next_year_with_the_object_after_the_date():
    # the new time between "postponed" and its object (China-Japan-South Korea, 2016): a miss of the
    # promise for this year
    from tracker.linking import suggest
    d = dt.date
    c = promise(1, d(2015, 11, 2), "trilateral summit", (d(2016, 1, 1), d(2016, 12, 31)), action="host",
           actors=("Kenya",), quote="Next year, Kenya will host the trilateral summit.")
    s = report(7, d(2016, 12, 13), "Kenya, Ghana and Togo postponed until next year a trilateral summit "
                                 "planned in Nairobi for this month, the minister said.")
    (ev,) = s.events
    assert (ev.negative, ev.period_start, ev.period_end) == ("postponed", d(2017, 1, 1), d(2017, 12, 31))
    (sg,) = suggest([c], [s])
    assert (sg.source_id, sg.kind) == (7, "missed")


def test_a_name_made_of_a_registry_bodys_own_names_is_that_body():
    # two registry names of the 2+2 joined in one name (a Japanese ministry report, 2022)
    from tracker.linking import find_bodies
    (m,) = find_bodies("Kenya and Ghana held the tenth Kenya-Ghana 2+2 Foreign and Defence Ministerial Meeting.")
    assert (m.key, m.ordinal) == ("two-plus-two", 10)
    (m,) = find_bodies("the Kenya-Ghana Economic 2+2 Ministers Meeting")
    assert m.key == "economic-two-plus-two"
    (m,) = find_bodies("the Kenya-Ghana 2+2 Cultural Forum")
    assert m.key != "two-plus-two"


@pytest.mark.parametrize("tail,ordinal", [
    ("talks since October 2018", None),
    ("talks in more than four years", None),
    ("talks in Accra since its launch", None),
    ("talks were held in Accra", 1),
])
def test_first_since_a_time_is_no_edition_number(tail, ordinal):
    # "first" measured against a gap (Japan-Australia 2022 and 2024, China-Japan-South Korea 2024):
    # no edition number, so a report of the tenth meeting can fulfil the promise
    from tracker.linking import find_bodies
    (m,) = find_bodies(f"Their first Kenya-Ghana 2+2 {tail}.")
    assert m.ordinal == ordinal


def test_a_prime_minister_is_a_leader_not_a_minister():
    # a meeting of a president, a premier and a prime minister is a leaders' meeting (the shape of a
    # China-Japan-South Korea announcement, 2024)
    from tracker.linking.match import _levels
    assert _levels("meeting between President Ruto and Prime Minister Mensah") == frozenset({"leaders"})
    assert _levels("trilateral summit") == _levels("leaders and prime ministers") == frozenset({"leaders"})
    assert _levels("Foreign Minister Mensah") == frozenset({"ministers"})


def test_such_meetings_refer_back_to_the_series_not_its_edition():
    # "such" meetings with a cadence after a numbered one (the shape of an India-Germany
    # announcement, 2022): the series, not its 4th edition
    from tracker.linking import find_events
    evs = find_events("Kenya will host the 4th Kenya-Ghana Joint Commission on May 2. The envoy said that the "
                      "last such biennial meetings took place in Accra in November 2019.", dt.date(2022, 4, 28))
    (ev,) = [e for e in evs if e.polarity == "positive"]
    assert (ev.key, ev.ordinal, ev.body_by) == ("joint-commission", None, "anaphora")
    assert (ev.date_start, ev.date_end) == (dt.date(2019, 11, 1), dt.date(2019, 11, 30))


@pytest.mark.parametrize("text,reported", [
    (("The Kenyan Foreign Minister welcomed Ghana’s Foreign Minister Ama Mensah and Defence Minister Kofi "
      "Boateng for the 11th Kenya-Ghana Joint Commission."), True),
    ("In March 2022 the Kenyan President visited Accra as part of the 6th Kenya-Ghana Joint Commission.", True),
    ("The ministers welcomed the proposal for the Kenya-Ghana Joint Commission.", False),
    ("The President will visit Accra for the Kenya-Ghana Joint Commission in May.", False),
])
def test_a_guest_welcomed_or_a_visit_made_for_the_meeting_reports_it(text, reported):
    # a guest welcomed, a visit made for a named meeting (Japan-Australia and India-Germany reports,
    # 2024): the _NOMINAL row
    from tracker.linking import find_events
    evs = [e for e in find_events(text, dt.date(2024, 9, 5)) if e.polarity == "positive"]
    assert [(e.action, e.key) for e in evs] == ([("meet", "joint-commission")] if reported else [])


def test_a_month_starts_no_name_defined_by_an_acronym():
    # a month before an acronym-defined name (an India-Germany report, 2024) made the month a word
    # of the key
    from tracker.linking import find_bodies
    (m,) = find_bodies("The President will visit Kenya by the end of October for Trade and Energy Consultations (TEC).")
    assert (m.text, m.key) == ("Trade and Energy Consultations", "consultations energy trade")


@pytest.mark.parametrize("spelling,key", [("2-plus-2 meeting", "two-plus-two"), ("two-plus-two talks", "two-plus-two"),
                                          ("economic 2-plus-2 talks", "economic-two-plus-two")])
def test_2_plus_2_spelt_with_hyphens_is_the_registry_body(spelling, key):
    # "2-plus-2" with hyphens (a Japan-Australia report, 2022): the registry alias "2 Plus 2"
    from tracker.linking import find_bodies
    (m,) = find_bodies(f"Kenya and Ghana are arranging to hold a {spelling} in Accra.")
    assert m.key == key


@pytest.mark.parametrize("lead", ["Kenya's and Ghana's foreign and defense ministers will meet next week.",
                                  "The foreign ministers of Kenya and Ghana will meet next week."])
def test_the_people_meeting_with_only_a_time_are_a_meeting_promise(lead):
    # offices and a time only (the shape of a Japan-Australia announcement, 2024): no place
    # and no object; and its restatement naming the persons is the same promise
    items = commitments(lead + " Mensah and Boateng will be hosted by their Ghanaian counterparts Ama and Kofi.",
                         dt.date(2024, 8, 30))
    (it,) = items
    assert (it.action, it.due_start, it.due_end) == ("meet", dt.date(2024, 9, 2), dt.date(2024, 9, 8))
    assert it.quote.startswith(lead[:20])


def test_leaders_meeting_next_week_restated_as_the_meeting_on_monday():
    # the leaders meeting "next week" and "the trilateral meeting between" three named leaders "on
    # Monday" (the shape of a 2024 announcement)
    (it,) = commitments("Leaders of Kenya, Ghana and Togo will meet next week in Accra for their first "
                         "trilateral talks in years. The trilateral meeting between Kenyan President Ruto, Ghanaian "
                         "President Mensah and Togolese Prime Minister Doe will take place in Accra on Monday.",
                         dt.date(2024, 5, 23))
    assert it.due_start == dt.date(2024, 5, 27)


def test_meeting_levels_read_a_prime_minister_as_a_leader():
    from tracker.domain.lexicon import meeting_levels
    assert meeting_levels("Prime Minister Doe") == frozenset({"leaders"})
    assert meeting_levels("the foreign ministers' meeting") == frozenset({"ministers"})


def test_a_name_ending_a_sentence_is_not_hidden_by_a_match_over_the_sentence_end():
    # "... for the 11th <name>. The talks focused on ..." (a Japan-Australia report, 2024): a
    # generic name read across the full stop pushed the series out of the first sentence
    from tracker.linking import find_bodies
    first = "The minister welcomed the delegation for the 11th Kenya-Ghana 2+2 Ministerial Consultation."
    alone = [(m.key, m.ordinal) for m in find_bodies(first)]
    for after in (" The talks focused on trade.", " The meeting focused on trade."):
        assert [(m.key, m.ordinal) for m in find_bodies(first + after)][:1] == alone


@pytest.mark.parametrize("text", [
    "The Kenya-Ghana Summit got under way in Accra on Wednesday.",
    "The Kenya-Ghana Summit closed in Accra on Wednesday.",
    "The Kenya-Ghana Summit wound up in Accra on Wednesday.",
    "President Ruto returned from the Kenya-Ghana Summit in Accra on Wednesday.",
])
def test_more_verbs_report_a_meeting_held(text):
    # "wrapped up" was read; its siblings were not (a G20 report, sixth blind check)
    from tracker.linking import find_events
    (ev,) = find_events(text, dt.date(2032, 11, 18))
    assert (ev.polarity, ev.action, ev.date_start) == ("positive", "meet", dt.date(2032, 11, 17))


def test_a_future_return_reports_nothing():
    from tracker.linking import find_events
    assert find_events("President Ruto will return from the Kenya-Ghana Summit on Wednesday.",
                       dt.date(2032, 11, 18)) == []


@pytest.mark.parametrize("text", [
    "During the Kenya-Ghana Strategic Dialogue in Nairobi on 12 February, the two sides signed a visa accord.",
    "At the Kenya-Ghana Strategic Dialogue in Nairobi on 12 February, the two sides signed a visa accord.",
])
def test_a_meeting_where_something_else_was_done_was_held(text):
    # the verb's object is the accord; the dialogue is where it happened, so it was held
    from tracker.linking import find_events
    evs = [(e.action, e.key, e.date_start) for e in find_events(text, dt.date(2025, 2, 14))]
    assert ("meet", "strategic-dialogue", dt.date(2025, 2, 12)) in evs
    assert not any(a == "sign" and k == "strategic-dialogue" for a, k, _d in evs)


def test_a_launch_at_a_summit_reports_both():
    from tracker.linking import find_events
    evs = {(e.action, e.key) for e in find_events(
        "At the Kenya-Ghana Summit on 12 February, the leaders launched the Kenya-Ghana Energy "
        "Partnership.", dt.date(2025, 2, 14))}
    assert ("meet", "summit") in evs and any(a == "launch" for a, _k in evs)
