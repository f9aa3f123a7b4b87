"""Rules added after the eighth blind check (docs/extraction.md, "Eighth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties, names invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments

D = dt.date(2024, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (("President Kamau will welcome Ghanaian leaders to Mombasa for the 9th Kenya-Ghana Summit, "
          "which will run from Nov. 23-24."), dt.date(2024, 11, 23), dt.date(2024, 11, 24)),
        ("Kenya will host Ghana's ministers for the Joint Commission, which will take place on 5 June.",
         dt.date(2024, 6, 5), dt.date(2024, 6, 5)),
        ("Kenya will host the trade forum, which is scheduled to be held in Sept. 2024.",
         dt.date(2024, 9, 1), dt.date(2024, 9, 30)),
    ],
)
def test_a_relative_clause_dating_the_promised_event_gives_the_window(sentence, start, end):
    # ", which will run from DATE" on the event the clause promises dates that event; the
    # relative clause's own reading ("which will take place on 5 June": hold it) is that one promise
    (it,) = commitments(sentence, D)
    assert (it.due_start, it.due_end) == (start, end)


def test_a_relative_clause_on_another_noun_gives_no_window():
    # the date of what the relative clause is about (a road, not the event) is not the window
    (it,) = commitments("Kenya will host the Joint Commission on the road, which will open on 5 June.", D)
    assert it.due_start is None


@pytest.mark.parametrize(
    "sentence",
    [
        "During the summit, the two leaders will hold comprehensive discussions on the whole relationship.",
        "During the talks, Kenya and Ghana will hold wide-ranging discussions on trade, health and security.",
        "During the meeting, the two countries plan to exchange views on issues of mutual interest, the ministry said.",
        "During the meeting, “the two countries plan to exchange views on regional issues,” the ministry said.",
        "During this week's Joint Commission in Accra, the ministers will have talks on the rail corridor.",
    ],
)
def test_talks_during_the_event_are_its_agenda(sentence):
    # the event is the promise (read from its own sentence); what its members will talk about in
    # it ("During the summit, ... will hold discussions on X") is its agenda, no promise of its own
    assert commitments(f"The Kenya-Ghana summit will be held in Accra on 17 December. {sentence}", D) == [
        it for it in commitments("The Kenya-Ghana summit will be held in Accra on 17 December.", D)]


@pytest.mark.parametrize(
    "sentence",
    [
        "During the visit, the leaders will sign a visa accord.",
        "During a visit to Accra next week, the Kenyan president will hold talks with President Mensah.",
        "The two leaders will hold comprehensive discussions on trade in Accra on 17 December.",
    ],
)
def test_a_deliverable_during_the_event_or_talks_not_during_one_stay_promises(sentence):
    # not talk (signing), an indefinite occasion ("during a visit", itself promised), or no
    # "During the <event>" opener: still a promise
    assert len(commitments(sentence, D)) == 1


def test_undated_discussions_on_topics_after_a_promised_meeting_are_its_agenda():
    # the sentence after the summit's says what it will talk about: one promise, the summit
    items = commitments(
        "President Kamau and President Mensah will hold a virtual summit on 17 December, the ministry said. "
        "According to a statement, the two leaders will hold comprehensive discussions on the whole "
        "relationship, including trade.", D)
    assert [(it.action, it.subject, it.due_start) for it in items] == [
        ("hold", "virtual summit", dt.date(2024, 12, 17))]
    assert len(items[0].mentions) == 2


@pytest.mark.parametrize(
    "second",
    [
        "The two sides will also hold talks on a free trade agreement, officials said.",
        "The two leaders will hold discussions on trade in Nairobi in March 2025, officials said.",
    ],
)
def test_talks_that_name_a_meeting_or_have_their_own_date_stay_promises(second):
    # "talks on X" name a meeting of their own; a dated discussion is another occasion
    items = commitments(f"Kenya will host the Joint Commission on 17 December, the ministry said. {second}", D)
    assert len(items) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, they decided to postpone the Joint Commission, the ministry said.",
        "Kenya and Ghana decided to defer the summit.",
        "The two sides agreed to cancel the meeting of the trade committee.",
        "Kenya and Ghana agreed to call off the talks.",
    ],
)
def test_a_decision_to_postpone_or_cancel_an_event_is_no_promise(sentence):
    # the event put off is a miss (the linker's), not a new undertaking
    assert commitments(sentence, D) == []


def test_postponing_a_measure_is_still_a_promise():
    # putting off a measure (not an event) is an undertaking with a date
    (it,) = commitments("Kenya agreed to postpone the tariff increase on Ghanaian cocoa until 2025.", D)
    assert it.action == "postpone"


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the goal is to restore calm and improve relations through agreements.",
        "The aim is to conclude the trade deal by June.",
        "Their objective is to sign the treaty by June, Kenyan officials said.",
        "The purpose of the visit is to open a new chapter in Kenya-Ghana ties.",
    ],
)
def test_a_stated_goal_is_no_promise(sentence):
    assert commitments(sentence, D) == []


def test_the_plan_is_to_and_is_to_stay_promises():
    assert len(commitments("Kenya's president is to visit Ghana in June.", D)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "They also agreed to speed up progress on ongoing projects.",
        "Kenya and Ghana agreed to expedite progress in ongoing projects.",
        "Kenya and Ghana agreed to accelerate the pace of cooperation.",
    ],
)
def test_a_vague_pledge_to_speed_up_progress_is_no_promise(sentence):
    assert commitments(sentence, D) == []


def test_speeding_up_a_named_deliverable_stays_a_promise():
    (it,) = commitments("Kenya and Ghana agreed to expedite the construction of the Kisumu rail link.", D)
    assert it.action == "expedite"


@pytest.mark.parametrize(
    ("sentence", "subject", "day"),
    [
        (("The Kenya-Ghana Joint Commission, scheduled for 9 March in Accra, is expected to open a new "
          "chapter in relations."), "Kenya-Ghana Joint Commission", dt.date(2025, 3, 9)),
        (("The Joint Commission meeting between Kenya and Ghana, scheduled for December 7 in Nairobi, is "
          "anticipated to mark a significant step in ties, sources said."),
         "Joint Commission meeting between Kenya and Ghana", dt.date(2024, 12, 7)),
    ],
)
def test_an_event_dated_by_an_appositive_participle_is_promised(sentence, subject, day):
    # "X, scheduled for DATE, is expected to <characterise>": the dated event is the promise; the
    # characterisation ("open a new chapter", "mark a step") is none
    (it,) = commitments(sentence, D)
    assert (it.action, it.subject, it.due_start) == ("hold", subject, day)


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit is expected to open a new chapter in Kenya-Ghana relations.",
        "The accord will open the door to closer Kenya-Ghana ties.",
        "Kenya and Ghana will open a new page in their relations.",
    ],
)
def test_a_figurative_opening_is_no_promise(sentence):
    assert commitments(sentence, D) == []


def test_an_event_going_to_be_held_is_one_promise_with_its_restatement():
    # "X is going to be held" is "will be held"; its short name in brackets ties the restatement
    items = commitments(
        "The fourth meeting of the Kenya-Ghana Joint Trade Commission (JTC) is going to be held by the end "
        "of this month.\n\n“They agreed to hold the JTC meeting virtually by the end of this month,” the "
        "ministry said.", D)
    assert [(it.action, it.due_end, len(it.mentions)) for it in items] == [("hold", dt.date(2024, 3, 31), 2)]
    (it,) = commitments("The fourth meeting of the Kenya-Ghana Joint Trade Commission (JTC) is going to be held "
                        "by the end of this month.", D)
    assert it.subject == "fourth meeting of the Kenya-Ghana Joint Trade Commission"
    assert commitments("The fourth meeting of the Joint Trade Commission was going to be held in May.", D) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and Ghana agreed to set up a new energy dialogue, with the first meeting to take place in mid-June.",
        "Kenya and Ghana agreed to set up a new energy dialogue, with the first meeting to be held in mid-June.",
        ("Officials said the two sides decided to “set up a new energy dialogue, with the first meeting to take "
         "place mid-June” and to “widen trade in services,” a senior official told reporters."),
    ],
)
def test_a_dated_first_meeting_in_an_absolute_clause_is_the_promise(sentence):
    # "set up X, with the first meeting to take place in mid-June": the dated first meeting of X
    # is what is promised and what a report will show held (one item: setting X up is done by it)
    (it,) = commitments(sentence, D)
    assert (it.action, it.subject, it.due_start, it.due_end) == (
        "hold", "first meeting of the new energy dialogue", dt.date(2024, 6, 11), dt.date(2024, 6, 20))


def test_an_undated_absolute_clause_ends_the_subject():
    (it,) = commitments("Kenya and Ghana agreed to set up a new energy dialogue, with the first meeting to be "
                        "hosted by Ghana.", D)
    assert (it.action, it.subject, it.due_start) == ("set up", "new energy dialogue", None)


@pytest.mark.parametrize(
    "second",
    ["the Kamau-Mensah Digital Museum", "Kamau-Mensah Digital 3D Museum", "a Kenya-Ghana Innovation Centre"],
)
def test_two_deliverables_under_one_verb_the_second_a_named_one_are_two(second):
    # "launch a stamp on A and <Named Museum>": two things launched, the second named
    items = commitments(f"President Kamau and President Mensah will launch a commemorative postal stamp on Kamau "
                        f"and {second} on 17 December.", D)
    assert [it.subject for it in items] == ["commemorative postal stamp on Kamau", second.removeprefix("the ")
                                            .removeprefix("a ")]
    assert {it.due_start for it in items} == {dt.date(2024, 12, 17)}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Kenya and Ghana will issue a commemorative stamp on Kamau and Mensah in June.",
         "commemorative stamp on Kamau and Mensah"),
        ("Kenya and Ghana will launch a dialogue on trade and Digital Economy in June.",
         "dialogue on trade and Digital Economy"),
    ],
)
def test_a_name_or_topic_list_in_one_deliverable_stays_one(sentence, subject):
    (it,) = commitments(sentence, D)
    assert it.subject == subject


def test_a_crosshead_restating_the_promise_of_its_paragraph_is_one_promise():
    # a heading line (no full stop) sums up the news below it: it restates, as reported copy does
    body = ("President Kamau and President Mensah met in Nairobi on Monday and reviewed trade.\n\n"
            "The next meeting of the Kenya-Ghana Joint Commission will be held at the end of 2024\n\n"
            "Meanwhile, the two leaders agreed that the next meeting of the Joint Commission between Kenya "
            "and Ghana will take place in Accra at the end of the year.\n")
    items = commitments(body, D)
    assert len(items) == 1 and len(items[0].mentions) == 2


def test_two_plain_statement_sentences_stay_two_promises():
    body = ("President Kamau and President Mensah met in Nairobi on Monday and reviewed trade.\n\n"
            "Kenya and Ghana will hold the Joint Commission in Accra at the end of 2024.\n\n"
            "The two leaders agreed that the Joint Commission will take place in Accra at the end of the year.\n")
    assert len(commitments(body, D)) == 2


def test_list_items_without_full_stops_are_no_headings():
    # the bullets of a statement are its promises, each its own (not a crosshead restating another)
    body = ("Kenya and Ghana issued a joint statement on Monday.\n\nThe two sides agreed:\n\n"
            "- The Joint Commission will meet in Accra in 2025\n"
            "- The trade committee of the Joint Commission will meet in Accra in 2025\n")
    assert len(commitments(body, D)) == 2
