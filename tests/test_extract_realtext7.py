"""Rules added after the seventh blind check (docs/accuracy.md, "Seventh blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments

D = dt.date(2023, 12, 20)


@pytest.mark.parametrize(
    "who", ["their ministers of trade and energy", "both governments", "its ministers"]
)
def test_an_agreement_with_a_bare_complement_opening_with_a_possessive(who):
    # "agreed their ministers would hold ..." without "that" (an Australia-New Zealand report,
    # 2023), as "agreed that their ministers would hold" and "agreed Ghana would open" are read
    (it,) = commitments(
        f"Kenya and Ghana agreed {who} would hold a joint meeting early next year.", D
    )
    assert (it.action, it.due_start, it.due_end) == (
        "hold",
        dt.date(2024, 1, 1),
        dt.date(2024, 4, 30),
    )
    assert it.subject == "joint meeting" and it.actors == ["Kenya", "Ghana"]


def test_an_agreement_with_a_possessive_object_is_no_complement_without_a_modal():
    assert commitments("Kenya and Ghana agreed their positions on trade at the talks.", D) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The president's visit will coincide with the Kenya-Ghana 2+2 meeting of foreign and defence ministers.",
        "It will be followed by the first Kenya-Ghana 2+2 meeting of foreign and defence ministers.",
        "It'll be followed by the first Kenya-Ghana 2+2 meeting of foreign and defence ministers.",
        "It’ll be preceded by the first Kenya-Ghana 2+2 meeting of foreign and defence ministers.",
    ],
)
def test_the_event_another_coincides_with_or_is_followed_by_is_promised(sentence):
    # shapes of India-Russia announcements (2021): the meeting after "coincide with" / "be
    # followed by" is held, whatever the clause's own subject ("the visit", "it")
    (it,) = commitments(sentence, D)
    assert it.action == "hold"
    assert it.subject.endswith("2+2 meeting of foreign and defence ministers")


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit will coincide with the 60th anniversary of Kenya-Ghana ties.",
        "The talks will be followed by lunch.",
        "The Kenya-Ghana talks were followed by a press conference.",
    ],
)
def test_no_event_or_no_future_is_no_promise(sentence):
    assert commitments(sentence, D) == []


def test_a_contracted_modal_is_read():
    (it,) = commitments("Kenya’s president said: “We’ll host the Kenya-Ghana summit in May.”", D)
    assert (it.action, it.due_start) == ("host", dt.date(2024, 5, 1))


def test_who_will_attend_a_meeting_is_a_description_and_the_meeting_is_promised_once():
    # "the meeting will be attended by X and Y" names who takes part, like "will lead the
    # delegation" (an India-Russia announcement, 2021); the meeting is promised by the other sentence
    (it,) = commitments(
        "Kenya's president will visit Ghana on May 6. The visit will coincide with the Kenya-Ghana 2+2 "
        "meeting of foreign and defence ministers. The ministry said the 2+2 meeting will be attended by "
        "Foreign Minister Mensah and Defence Minister Boateng.",
        D,
    )[1:]
    assert it.action == "hold" and "coincide" in it.quote


def test_a_visit_is_no_meeting_with_the_hosts_leaders_named_elsewhere():
    # a visit and a meeting with named persons during it are two promises (an Australia-China
    # report, 2023); a visit and "the two leaders will meet in P" stay one (Australia-New Zealand, 2025)
    items = commitments(
        "Kenya's president will visit Ghana in early November, his office said. "
        "He will meet President Mensah and Vice-President Boateng in Accra.",
        D,
    )
    assert [it.action for it in items] == ["visit", "meet"]
    (it,) = commitments(
        "Kenya's president will visit Ghana this weekend, his office said. "
        "The two leaders will meet in Kumasi on Saturday.",
        D,
    )
    assert len(it.mentions) == 2
    (it,) = commitments(
        "Kenya's president will visit Accra next week, his office said. He will visit Ghana on Monday.",
        D,
    )
    assert len(it.mentions) == 2


def test_two_actions_in_sequence_are_two_promises_and_neither_restates_the_visit():
    # "meet A and B in P and then attend the Expo in Q" (an Australia-China report, 2023): two
    # deliverables; neither is the visit promised in another sentence
    items = commitments(
        "Kenya's president will visit Ghana in early November, his office said. "
        "He will meet President Mensah and Vice-President Boateng in Accra and then attend the "
        "Ghana International Trade Fair in Kumasi.",
        D,
    )
    assert [(it.action, it.subject) for it in items] == [
        ("visit", "Ghana"),
        ("meet", "President Mensah and Vice-President Boateng in Accra"),
        ("attend", "Ghana International Trade Fair in Kumasi"),
    ]
    assert items[1].group == items[2].group is not None


@pytest.mark.parametrize(
    "sentence, window",
    [
        (
            "Kenya's President Ruto will arrive here on January 6 for the 21st Kenya-Ghana annual summit.",
            (dt.date(2024, 1, 6), dt.date(2024, 1, 6)),
        ),
        (
            "Kenya's president will travel to Accra at the end of January for a Kenya-Ghana summit.",
            (dt.date(2024, 1, 21), dt.date(2024, 1, 31)),
        ),
        (
            "Kenya's president is expected to arrive in Accra on Monday for the Kenya-Ghana summit.",
            (dt.date(2023, 12, 25), dt.date(2023, 12, 25)),
        ),
    ],
)
def test_going_somewhere_for_an_event_is_attending_it(sentence, window):
    # India-Russia (2021, 2025) and EU-China (2025) announcements: the deliverable is the event
    # after "for", not the place
    (it,) = commitments(sentence, D)
    assert (it.action, (it.due_start, it.due_end)) == ("attend", window)
    assert it.subject.endswith("Kenya-Ghana summit") or it.subject.endswith("annual summit")


def test_arriving_without_an_event_or_across_a_clause_is_not_attending():
    # (an arrival in a party's capital is a visit to it: the tenth blind check's reading,
    # tests/test_extract_frames11.py; it was read as nothing before)
    (it,) = commitments("Kenya's president will arrive in Accra on Monday.", D)
    assert (it.action, it.subject) == ("visit", "Accra")
    (it,) = commitments(
        "Kenya's president will travel to Accra on Monday, and officials said preparations for the "
        "summit were complete.",
        D,
    )
    assert (it.action, it.subject) == ("travel", "to Accra")


@pytest.mark.parametrize(
    "sentence, subject",
    [
        (
            "Kenya and Ghana agreed to an in-person meeting in Accra in the near future.",
            "in-person meeting in Accra",
        ),
        (
            "Kenya agreed to a meeting of the Joint Commission in May.",
            "meeting of the Joint Commission",
        ),
    ],
)
def test_an_agreement_to_a_meeting_is_to_hold_it(sentence, subject):
    # "agreed to an in-person meeting ... in the near future" (an Australia-China report, 2023)
    (it,) = commitments(sentence, dt.date(2023, 2, 7))
    assert (it.action, it.subject) == ("hold", subject) and it.due_start is not None


def test_a_backshifted_pluperfect_with_a_time_to_come_is_reported_speech():
    # "X said (he) had agreed to ... in the near future": the reported "I have agreed"
    (it,) = commitments(
        "Kenya's trade minister said he had agreed to an in-person meeting with his Ghanaian "
        "counterpart in Accra in the near future.",
        dt.date(2023, 2, 7),
    )
    assert (it.action, it.due_start, it.due_end) == (
        "hold",
        dt.date(2023, 2, 7),
        dt.date(2023, 5, 7),
    )
    # without a time to come, or without a verb of saying, a pluperfect reports an earlier decision
    assert commitments("Kenya's minister said he had agreed to hold talks with Ghana.", D) == []
    assert commitments("Kenya had agreed to a meeting with Ghana in May.", D) == []
    assert commitments("Kenya agreed to the proposal of Ghana.", D) == []


def test_a_summit_of_other_parties_is_no_restatement():
    # "Before the summit in July, the EU will also host an EU-Japan summit" beside "the EU-China
    # summit" (an EU-China report, 2025): the party sets named differ, so two promises
    items = commitments(
        "The next Kenya-Ghana summit will take place in the second half of July, a spokesman said. "
        "Before the summit in July, Kenya will also host a Kenya-Togo summit.",
        dt.date(2025, 4, 11),
    )
    assert [it.subject for it in items] == ["next Kenya-Ghana summit", "Kenya-Togo summit"]
    (it,) = commitments(
        "The next Kenya-Ghana summit will take place in July, a spokesman said. "
        "Kenya will host the Kenya-Ghana summit in Nairobi.",
        dt.date(2025, 4, 11),
    )
    assert len(it.mentions) == 2


@pytest.mark.parametrize("when", ["weeks ago", "two weeks ago", "last month", "earlier"])
def test_an_acceptance_dated_to_the_past_is_no_new_promise(when):
    # "accepted an invitation weeks ago to visit China this year" (an Australia-China report, 2023)
    assert (
        commitments(f"Kenya's president accepted an invitation {when} to visit Ghana this year.", D)
        == []
    )
    (it,) = commitments(
        "Kenya's president accepted an invitation to visit Ghana later this year.", D
    )
    assert it.action == "visit"


def test_looking_forward_to_the_meeting_named_before_is_no_new_promise():
    # "X said he was looking forward to the meeting." (an Australia-New Zealand report, 2025)
    on = dt.date(2025, 8, 7)
    (it,) = commitments(
        "The two presidents will meet in Kumasi on Saturday. Mensah said he was looking forward to the meeting.",
        on,
    )
    assert it.due_start == dt.date(2025, 8, 9) and "Kumasi" in it.quote
    # with a time, a qualifier or a name it is a promise of its own
    assert (
        len(commitments("Mensah said he was looking forward to the meeting on Saturday.", on)) == 1
    )
    assert len(commitments("Mensah said he was looking forward to the next meeting.", on)) == 1
    assert (
        len(commitments("The ministers look forward to the meeting of the Joint Commission.", on))
        == 1
    )


def test_resuming_talks_next_week_restates_the_dialogue_held_on_a_day_of_it():
    # "will resume high-level talks next week" and "the High Level Dialogue will be held on
    # Thursday" (an Australia-China report, 2023): one meeting, the narrower window kept
    on = dt.date(2023, 9, 2)  # a Saturday
    (it,) = commitments(
        "Kenya and Ghana will resume high-level government talks next week after a three-year pause. "
        "The Kenya-Ghana High Level Dialogue will be held in Accra on Thursday, the minister said.",
        on,
    )
    assert (it.action, it.due_start, len(it.mentions)) == ("hold", dt.date(2023, 9, 7), 2)
    # resuming something that is no meeting stays its own promise
    items = commitments(
        "Kenya and Ghana will resume direct flights next week. "
        "The Kenya-Ghana High Level Dialogue will be held in Accra on Thursday, the minister said.",
        on,
    )
    assert [it.action for it in items] == ["resume", "hold"]


def test_a_quote_continuing_with_that_and_accepting_an_invitation_promises_the_visit():
    # '"I ... confirmed the invitation from President X. That I would accept an invitation and will
    # visit China later this year"' (an Australia-China quote, 2023): a sentence opening with "That"
    # is a content clause, and accepting an invitation is no deliverable: the visit is
    on = dt.date(2023, 9, 7)
    (it,) = commitments(
        '"I confirmed the invitation from President Mensah. That I would accept an invitation and will '
        'visit Ghana later this year at a mutually agreeable time," Ruto said.',
        on,
    )
    assert (it.action, it.subject, it.due_end) == ("visit", "Ghana", dt.date(2023, 12, 31))
    (it,) = commitments("Kenya's president will accept the invitation to visit Ghana in May.", on)
    assert (it.action, it.subject) == ("visit", "Ghana")
    assert commitments("Kenya's president said he would accept Ghana's invitation.", on) == []


@pytest.mark.parametrize(
    "sentence, subject",
    [
        (
            "Kenya's office said Ghana agreed to review the crippling tariffs it placed on Kenyan tea.",
            "crippling tariffs it placed on Kenyan tea",
        ),
        ("Ghana will review its ban on Kenyan beef.", "its ban on Kenyan beef"),
    ],
)
def test_reviewing_a_measure_imposed_is_a_deliverable(sentence, subject):
    # "China agreed to review the tariffs on Australian wine" (an Australia-China report, 2023)
    (it,) = commitments(sentence, D)
    assert (it.action, it.subject) == ("review", subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and Ghana agreed to review progress on the trade deal.",
        "The leaders will review the state of relations.",
    ],
)
def test_reviewing_progress_or_relations_stays_an_aspiration(sentence):
    assert commitments(sentence, D) == []


def test_a_visit_whose_visitor_is_unnamed_takes_the_document_s_other_party() -> None:
    """A quotation opening the text ("I ... will visit Ghana later this year") names no visitor;
    the context gives only the country visited: the document's leading other party visits."""
    text = ('"That I would accept an invitation and will visit Ghana later this year at a mutually '
            'agreeable time"\n\nRuto met Ghana\'s vice-president in Jakarta earlier. He welcomed '
            "progress in relations with Ghana, whose exports to Asia have grown. Ghana's cocoa and "
            "Ghana's gold were discussed, as was Accra's port.")
    (it,) = commitments(text, dt.date(2031, 9, 7))
    assert set(it.actors) == {"Kenya", "Ghana"}
    # a document with no other party keeps the one it has
    (alone,) = commitments("Okafor will visit Ghana later this year.", dt.date(2031, 9, 7))
    assert alone.actors == ["Ghana"]


@pytest.mark.parametrize("sentence,action", [
    (("The Kenyan and Ghanaian governments will aim to hold promptly the first talks under the new "
     "framework."), "hold"),
    ("Kenya and Ghana aim to conclude the trade talks by March.", "conclude"),
    ("Kenya and Ghana are aiming to sign the visa accord in June.", "sign"),
])
def test_aiming_at_a_deliverable_is_a_promise(sentence: str, action: str) -> None:
    """"aim to" with a deliverable verb is an intended deliverable, as "intend to" is."""
    (it,) = commitments(sentence, dt.date(2031, 1, 22))
    assert it.action == action


@pytest.mark.parametrize("sentence", [
    "The group aims to be an alternative to Ghana.",
    "Kenya and Ghana launched talks for a trade agreement, which aims to boost bilateral trade.",
    "A trade agreement between Kenya and Ghana that aims to double trade by 2040 could not be done.",
])
def test_aiming_at_an_outcome_or_by_an_instrument_is_none(sentence: str) -> None:
    assert commitments(sentence, dt.date(2031, 1, 22)) == []
