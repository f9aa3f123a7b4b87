"""Readings of the fortieth blind check (docs/accuracy.md): a meeting told by what was done at it,
the number of a meeting read once and its dated mention, a visit cut short, a signing still to come
told in a clause of time, a draft that is no instrument signed, an occasion still awaited, a clause
of what is done on an occasion dated by it, "within September", a wire's wrapped lead; on invented
Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from linked import promise, report
from tracker.linking import load_registry, suggest
from tracker.linking.bodies import countries_in, find_bodies
from tracker.linking.events import find_events
from tracker.linking.unframed import find_occasions

MADE = dt.date(2030, 8, 14)

promises = commitments_published(MADE)


def events(text: str, pub: dt.date = dt.date(2030, 11, 27)) -> list[tuple[str, str, int | None]]:
    """(action, polarity, ordinal) of the framed events a report reads."""
    return [(e.action, e.polarity, e.ordinal) for e in find_events(text, pub, title="Kenya-Ghana")]


# --- a meeting told by what was done at it (events._NOMINAL, row "done at the meeting") ----------

@pytest.mark.parametrize("text", [
    "The agreements were finalised during the 9th session of the Kenya-Ghana Joint Commission in Nairobi.",
    "Three accords were signed at the 9th session of the Kenya-Ghana Joint Commission, the ministry said.",
])
def test_what_was_done_at_a_meeting_reports_the_meeting(text: str) -> None:
    assert ("meet", "positive", 9) in events(text)
    # (the commission is not what was signed or finalised)
    assert not [e for e in events(text) if e[0] in ("sign", "progress") and e[2] == 9]


def test_what_will_be_done_at_a_meeting_reports_nothing() -> None:
    assert events("The accords will be signed at the 9th session of the Kenya-Ghana Joint Commission.") == []


# --- the number of a meeting, read once, given to its dated mention ------------------------------

def test_a_dated_mention_takes_the_number_the_report_gave_its_meeting() -> None:
    text = ("At the conclusion of the three-day 10th Kenya-Ghana Joint Commission, the two sides signed "
            "three memoranda of understanding. The Nov 25-27 Joint Commission was co-chaired by the two "
            "trade ministers.")
    assert {o for a, p, o in events(text) if a == "meet"} == {10}


def test_an_old_dated_mention_keeps_no_number() -> None:
    text = ("At the conclusion of the three-day 10th Kenya-Ghana Joint Commission, the two sides signed "
            "three memoranda of understanding. The Joint Commission was last held on 3 March 2027 in Accra.")
    assert None in {o for a, p, o in events(text) if a == "meet"}


# --- a visit cut short is a visit made (events._VISITS) -----------------------------------------

def test_a_visit_cut_short_was_made() -> None:
    evs = find_events("President Ruto has cut short an official visit to Ghana after floods in Kisumu on "
                      "Tuesday.", dt.date(2030, 5, 23), title="Kenya-Ghana")
    assert any(e.action == "meet" and "Ghana" in e.object_text for e in evs)


# --- a signing still to come, told in a clause of time (events._CONDITIONAL) --------------------

def test_a_signing_in_a_clause_of_time_in_the_present_is_to_come() -> None:
    assert not [e for e in events("Kenyan workers will be admitted immediately after the Kenya-Ghana "
                                  "MoU is signed, the ministry said.") if e[0] == "sign"]
    assert [e for e in events("Kenyan workers were admitted after the Kenya-Ghana MoU was signed on "
                              "3 May, the ministry said.") if e[0] == "sign"]


# --- a draft is no instrument signed (events._DRAFT_BEFORE, _DRAFT_AFTER) ------------------------

@pytest.mark.parametrize("text", [
    "The draft memorandum of understanding has been exchanged four times between Kenya and Ghana.",
    "Kenya and Ghana exchanged the draft agreement on labour on Monday.",
])
def test_a_draft_exchanged_is_nothing_signed(text: str) -> None:
    assert not [e for e in events(text) if e[0] == "sign"]


def test_an_accord_exchanged_is_signed() -> None:
    assert [e for e in events("Kenya and Ghana exchanged the labour agreement on Monday.") if e[0] == "sign"]


def test_an_instrument_named_by_its_participle_in_a_plan_is_not_signed() -> None:
    text = ("The two governments will sign a labour pact, under which agencies will hire workers by "
            "fulfilling the mandates of the MoU signed between the two nations.")
    assert not [e for e in events(text) if e[0] == "sign"]
    assert [e for e in events("The MoU signed between Kenya and Ghana on 3 May came into force.")
            if e[0] == "sign"]


# --- an occasion still awaited (unframed.NOT_YET) -----------------------------------------------

def occasions(text: str) -> list[str]:
    return [e.action for e in find_occasions(text, dt.date(2030, 7, 26), load_registry(), "Kenya-Ghana")]


@pytest.mark.parametrize("text", [
    ("President Mahama is looking forward to President Ruto's visit to Accra this year, the envoy said "
     "in a meeting on Wednesday."),
    "Kenya and Ghana discussed President Ruto's planned trip to Accra in a meeting on Wednesday.",
    "Kenya and Ghana pledged in Accra on Wednesday to speed up the signing of the fisheries accord.",
])
def test_an_occasion_still_awaited_is_no_occasion(text: str) -> None:
    assert occasions(text) == []


def test_an_occasion_held_as_planned_is_one() -> None:
    assert "meet" in occasions("The Kenya-Ghana talks took place in Accra on Wednesday as planned.")


# --- extraction --------------------------------------------------------------------------------

def test_what_is_done_during_a_visit_is_due_in_its_days() -> None:
    # (a clause of what is done on the occasion: core._ON_THAT_OCCASION_RE)
    visit, sign = promises("Ghanaian President Mahama will visit Kenya from August 19 to 20 during which both "
                           "sides are expected to sign several agreements on trade.")
    assert (visit.action, sign.action) == ("visit", "sign")
    assert (sign.due_start, sign.due_end) == (dt.date(2030, 8, 19), dt.date(2030, 8, 20))


def test_within_a_month_is_that_month() -> None:
    (c,) = promises("The Kenyan government will sign a labour pact with Ghana within September.")
    assert (c.due_start, c.due_end) == (dt.date(2030, 9, 1), dt.date(2030, 9, 30))


def test_going_to_a_country_is_a_visit() -> None:
    (c,) = promises("The President will go to Ghana next month, his spokesman said.")
    assert (c.action, c.subject, c.due_start) == ("visit", "Ghana", dt.date(2030, 9, 1))
    assert promises("Kenya will go to court next month.") == []


def test_a_wires_wrapped_lead_is_one_sentence() -> None:
    # (a short line going on in lower case is no heading: sentences.split_sentences)
    text = ("Ghanaian President John Mahama\nwill visit Kenya next month, his first trip to an African\n"
            "capital this year, a diplomatic source said on Wednesday.")
    (c,) = promises(text)
    assert (c.action, c.due_start) == ("visit", dt.date(2030, 9, 1))


def test_a_meeting_scheduled_on_a_day_of_two_digits() -> None:
    # ("scheduled on" read only a day of one digit: the look-ahead's "\d\b")
    (c,) = promises("A plenary meeting of the Kenya-Ghana Joint Commission is scheduled on 24 Aug 2030.")
    assert (c.action, c.due_start, c.due_end) == ("hold", dt.date(2030, 8, 24), dt.date(2030, 8, 24))


# --- a meeting put off: whose, and which edition (events._OWN_TRIP_AFTER, _OLD_DATE_BEFORE;
# match.PUT_OFF_LATE) --------------------------------------------------------------------------

def test_someones_trip_put_off_is_not_the_meeting_the_text_is_about() -> None:
    text = ("The Kenya-Ghana Joint Commission met in Accra on Monday. It was reported on 4 September that "
            "Togo has rescheduled Mensah's September 9 visit for talks on the border.")
    evs = find_events(text, dt.date(2030, 9, 7), title="Kenya-Ghana")
    assert not [e for e in evs if e.polarity == "negative" and e.key]


def test_the_day_a_meeting_was_scheduled_for_is_not_the_day_it_moved_to() -> None:
    (ev,) = [e for e in find_events("The Kenya-Ghana Joint Commission has been postponed, which was previously "
                                    "scheduled to be held on Friday, sources said Thursday.",
                                    dt.date(2030, 2, 18), title="Kenya-Ghana") if e.polarity == "negative"]
    assert ev.negative == "postponed" and ev.period_start is None


def test_a_meeting_put_off_years_after_the_window_misses_nothing() -> None:
    reg = load_registry()
    p = promise(1, dt.date(2025, 6, 1), "the next meeting of the Kenya-Ghana Joint Commission",
                (dt.date(2025, 11, 1), dt.date(2025, 11, 30)))
    text = "The Kenya-Ghana Joint Commission has been postponed, sources said on Thursday."
    late = suggest([p], [report(2, dt.date(2030, 2, 18), text)], reg)
    soon = suggest([p], [report(3, dt.date(2025, 11, 20), text)], reg)
    assert not [s for s in late if s.kind == "missed"]
    assert [s for s in soon if s.kind == "missed"]


def test_a_meeting_of_the_ministers_of_foreign_affairs_is_their_foreign_ministers_meeting() -> None:
    reg = load_registry()
    (a,) = find_bodies("The Trilateral Meeting of the Ministers of Foreign Affairs of Kenya, Ghana and Togo was "
                       "held in Accra.", reg)
    (b,) = find_bodies("The Trilateral Meeting of Foreign Ministers of Togo, Kenya and Ghana will be held in "
                       "Accra.", reg)
    assert a.key == b.key == "foreign ministers"


def test_the_second_verb_of_a_coordination_after_a_list_in_the_object() -> None:
    # (the first "and" of a deliverable verb, not the first "and": core, CONJ_VERB_RE)
    talks, mou = promises("The Kenyan delegation will hold discussions with the Ghanaian labour minister and home "
                          "minister and sign an MoU on August 28.")
    assert (talks.action, mou.action, mou.subject) == ("hold", "sign", "MoU")
    assert talks.subject == "discussions with the Ghanaian labour minister and home minister"


def test_a_visitor_arriving_the_evening_before_is_on_the_visit_promised() -> None:
    reg = load_registry()
    p = promise(1, dt.date(2030, 8, 14), "President Mahama's visit to Kenya",
                (dt.date(2030, 8, 19), dt.date(2030, 8, 20)),
                quote="Ghanaian President Mahama will visit Kenya from August 19 to 20.", action="visit")
    arrived = report(2, dt.date(2030, 8, 18), "Ghanaian President Mahama arrived in Kenya on his first visit "
                                              "as president on Sunday.", title="Mahama arrives in Kenya")
    early = report(3, dt.date(2030, 8, 16), "Ghanaian President Mahama arrived in Kenya on a private visit "
                                            "on Friday.", title="Mahama in Kenya")  # (three days before)
    got = suggest([p], [arrived], reg)
    assert [(s.source_id, s.kind) for s in got if s.kind == "fulfils"] == [(2, "fulfils")]
    assert not [s for s in suggest([p], [early], reg) if s.kind == "fulfils"]


def test_speaking_at_an_occasion_is_attending_it() -> None:
    (c,) = promises("President Ruto will speak on August 23 at the plenary session of the Accra Forum, a "
                    "think tank.")
    assert (c.action, c.due_start) == ("attend", dt.date(2030, 8, 23))
    assert c.subject.startswith("plenary session of the Accra Forum")
    assert promises("President Ruto will speak to reporters on August 23.") == []


def test_an_instrument_promised_again_after_its_window_was_missed_in_it() -> None:
    # (match._signed_again: a one-off thing promised again once its window ended)
    reg = load_registry()
    first = promise(1, dt.date(2030, 8, 28), "Kenya-Ghana labour agreement",
                    (dt.date(2030, 9, 1), dt.date(2030, 9, 30)), action="sign",
                    quote="Kenya will sign the Kenya-Ghana Labour Agreement within September.")
    again = promise(2, dt.date(2030, 10, 15), "Kenya-Ghana labour agreement",
                    (dt.date(2030, 10, 15), dt.date(2030, 11, 5)), action="sign",
                    quote="The Kenya-Ghana Labour Agreement will be signed before 5 November.")
    early = promise(3, dt.date(2030, 9, 10), "Kenya-Ghana labour agreement",
                    (dt.date(2030, 9, 10), dt.date(2030, 10, 31)), action="sign",
                    quote="The Kenya-Ghana Labour Agreement will be signed by October.")
    missed = [(s.commitment_id, s.source_id) for s in suggest([first, again], [], reg) if s.kind == "missed"]
    assert missed == [(1, again.source_id)]
    # (made again while the first window was open: a restatement, not a miss)
    assert not [s for s in suggest([first, early], [], reg) if s.kind == "missed"]


def test_a_meeting_with_a_person_is_not_kept_by_a_report_that_names_no_such_person() -> None:
    # (match._person_met: the structural fallback, a report of the same parties and kind)
    reg = load_registry()
    p = promise(1, dt.date(2030, 9, 8), "meetings with Ghanaian Prime Minister Kwame Owusu",
                (dt.date(2030, 9, 8), dt.date(2030, 9, 12)), action="meet", actors=("Kenya", "Ghana"),
                quote="The head of the Kenyan delegation will have met with Ghanaian Prime Minister Kwame Owusu "
                      "by Thursday.")
    session = "Kenya and Ghana held the 37th session of their Joint Commission in Accra on 12 September."
    met = "Kenya and Ghana held talks in Accra on 12 September, where Prime Minister Owusu received the delegation."
    assert not [s for s in suggest([p], [report(2, dt.date(2030, 9, 12), session)], reg) if s.kind == "fulfils"]
    assert [s for s in suggest([p], [report(3, dt.date(2030, 9, 12), met)], reg) if s.kind == "fulfils"]


def test_meeting_the_counterparts_of_two_countries_is_a_meeting_of_counterparts() -> None:
    evs = find_events("Kenyan President Ruto met his Ghanaian and Togolese counterparts John Mahama and Faure "
                      "Gnassingbe in Nairobi on Tuesday.", dt.date(2030, 7, 19), title="Kenya-Ghana-Togo")
    (ev,) = [e for e in evs if e.body_by == "participants"]
    assert ev.object_text == "meeting of counterparts" and {"kenya", "ghana", "togo"} <= ev.countries


@pytest.mark.parametrize("text", [
    "a summit of the guarantors of the Nairobi Process on the Great Lakes",
    "the Accra-format talks on the border",
    "the Nairobi agreements on the ceasefire",
])
def test_a_capital_naming_a_process_names_no_party(text: str) -> None:
    # (parties.PROCESS_WORDS, read by every reader of countries through blank_not_parties)
    assert countries_in(text) == frozenset()
    assert countries_in("the talks in Nairobi on the border") == frozenset({"kenya"})
