"""Readings of the forty-second blind check (docs/accuracy.md): an office-holder's title heading a
subject, a delegation led on a tour, a visit's short post-modifier before "scheduled for", an
occasion called upcoming with its coming date; on invented Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published

MADE = dt.date(2030, 9, 10)
D = dt.date

promises = commitments_published(MADE)


# --- an office-holder's title heads a subject (lexicon.OFFICE_TITLES, use "subject") ------------

@pytest.mark.parametrize(("text", "actor"), [
    ("The deputy speaker of Ghana's parliament will visit Kenya in mid-October.", "Ghana"),
    ("The Ghanaian deputy speaker will visit Kenya in October.", "Ghana"),
    ("His Ghanaian counterpart will visit Nairobi in October.", "Ghana"),
    ("The Chairman of Kenya's National Assembly will visit Ghana in October.", "Kenya"),
])
def test_an_office_holder_who_will_visit_promises_it(text: str, actor: str) -> None:
    (c,) = promises(text)
    assert c.action == "visit" and actor in c.actors and c.due_start is not None


def test_a_title_that_is_no_office_makes_no_party() -> None:
    # "His" and "Vice" are titles only before a name: alone they head no subject
    assert not promises("The vice of the city will visit Kenya in October.")


# --- a delegation led on a tour (core.LIGHT_VERB_IDIOMS, "lead") ------------------------------

@pytest.mark.parametrize("text", [
    "This week, he will lead a delegation of Treasury officials on a tour of Kenya, Togo and Ghana.",
    "He will lead a delegation of Treasury officials to Kenya next week.",
    ("This week, he will lead a delegation of State and Defence officials, Treasury staff, and envoys on a tour of "
     "Kenya and Togo."),
])
def test_a_delegation_led_on_a_tour_is_a_visit(text: str) -> None:
    (c,) = promises(text)
    assert c.action == "visit" and "Kenya" in c.subject and c.due_start is not None


def test_leading_a_delegation_to_talks_is_no_visit() -> None:
    assert not promises("He will lead the delegation of Kenya to the talks next week.")


# --- a visit's short post-modifier before "scheduled for" (core._POSTMODIFIER_PREPS) ----------

@pytest.mark.parametrize(("text", "subject", "start"), [
    ("President Ruto's visit to Ghana, scheduled for October, will focus on trade.", "visit to Ghana",
     D(2030, 10, 1)),
    ("The deal is a good preparation for an official visit to Ghana slated for November by President Ruto.",
     "official visit to Ghana", D(2030, 11, 1)),
    ("Officials met before the summit in Accra, scheduled for October 20.", "summit in Accra", D(2030, 10, 20)),
])
def test_an_event_with_its_post_modifier_is_scheduled(text: str, subject: str, start: dt.date) -> None:
    (c,) = promises(text)
    assert subject in c.subject and c.due_start == start


# --- an occasion called upcoming, with its coming date (row upcoming_event) -------------------

@pytest.mark.parametrize(("text", "action", "start"), [
    ("President Ruto's upcoming state visit to Ghana from September 21 aims to deepen ties.", "visit",
     D(2030, 9, 21)),
    ("The upcoming visit of President Ruto to Ghana on September 21 will open a new chapter.", "visit",
     D(2030, 9, 21)),
    ("Ruto's forthcoming trip to Accra next week is expected to boost trade.", "visit", D(2030, 9, 16)),
    ("The forthcoming Kenya-Ghana summit in Accra on October 3 will focus on trade.", "hold", D(2030, 10, 3)),
])
def test_an_upcoming_occasion_with_its_date_is_promised(text: str, action: str, start: dt.date) -> None:
    (c,) = promises(text)
    assert c.action == action and c.due_start == start


@pytest.mark.parametrize("text", [
    "The upcoming summit in Accra will be the fourth between the two countries.",  # no date: a description
    "The upcoming summit on trade was cancelled on Friday.",
    "Officials discussed the upcoming visit, which the minister described in 2029 as overdue.",
])
def test_an_upcoming_occasion_without_a_coming_date_is_no_promise(text: str) -> None:
    assert not promises(text)


# --- reports: a departure for the capital, a meeting in "the Ghanaian capital Accra", a meeting had --

def _visits(text: str, on: dt.date) -> list[str]:
    from tracker.linking.events import find_events, is_visit

    return [e.verb for e in find_events(text, on) if is_visit(e) and e.polarity == "positive"]


@pytest.mark.parametrize("text", [
    "President Ruto left Nairobi for Accra on Tuesday, State House said.",
    "President Ruto set off for Ghana on Tuesday.",
    "President Ruto departed for Accra on Tuesday.",
])
def test_a_departure_for_the_capital_reports_the_visit(text: str) -> None:
    assert "left for" in _visits(text, D(2030, 9, 11))


@pytest.mark.parametrize("text", [
    "President Ruto will leave for Ghana on Tuesday.",  # a promise, not a report
    "President Ruto left for the summit on Tuesday.",  # no country or capital
])
def test_no_departure_for_a_capital_reports_no_visit(text: str) -> None:
    assert "left for" not in _visits(text, D(2030, 9, 11))


@pytest.mark.parametrize("text", [
    "Prime Minister Ruto met with his Ghanaian counterpart Kofi Mensah in the Ghanaian capital Accra on Monday.",
    "President Ruto met President Mahama in the capital, Accra, on Monday.",
])
def test_a_meeting_in_the_named_capital_is_a_visit_there(text: str) -> None:
    assert "met there" in _visits(text, D(2030, 9, 11))


def test_a_promised_visit_is_kept_by_the_meeting_with_the_counterpart_in_the_capital() -> None:
    from linked import promise, report
    from tracker.linking import load_registry, suggest

    kept = promise(1, D(2030, 9, 1), "Ghana", (D(2030, 9, 8), D(2030, 9, 10)), action="visit",
                   actors=("Kenya", "Ghana"),
                   quote="Kenyan Prime Minister Ruto will pay an official visit to Ghana from September 8 to 10.")
    met = report(2, D(2030, 9, 9), "Prime Minister Ruto met with his Ghanaian counterpart Kofi Mensah in the "
                                   "Ghanaian capital Accra on Monday.")
    assert [(s.commitment_id, s.kind) for s in suggest([kept], [met], load_registry())] == [(1, "fulfils")]


def test_a_meeting_had_with_the_counterpart_is_an_occasion_held() -> None:
    from tracker.linking import load_registry
    from tracker.linking.unframed import find_occasions

    body = ("Kenyan Foreign Minister Otieno was in Ghana for the Joint Commission. "
            "He also had a meeting with his Ghanaian counterpart Kofi Mensah.")
    occ = find_occasions(body, D(2030, 9, 11), load_registry())
    assert any("had a meeting" in o.quote for o in occ)
    assert not find_occasions("Kenya and Ghana had hoped to hold a meeting of the two foreign ministers.",
                              D(2030, 9, 11), load_registry())


# --- one minister's meeting with the visitor is not kept by another's (match.other_people) -----

def test_titled_people_are_read_whatever_the_order_and_accents() -> None:
    from tracker.linking.match import titled_people

    assert titled_people("Prime Minister Kofi Mensah met Minister Otieno.") == (
        frozenset({"kofi", "mensah"}), frozenset({"otieno"}))
    assert titled_people("The Honourable Amara Njoroge will meet PM Owusu Kwame.") == (
        frozenset({"amara", "njoroge"}), frozenset({"owusu", "kwame"}))
    assert titled_people("President Ruto of Kenya met his counterpart Nana Adjéi.")[-1] == frozenset({"nana", "adjei"})


def test_a_meeting_with_another_minister_keeps_no_promise_of_this_one() -> None:
    from linked import promise, report
    from tracker.linking import load_registry, suggest

    quote = ("The Honourable Amara Njoroge, Kenya's Minister of Trade, will also meet with Ghana's Foreign "
             "Minister Mensah on September 3.")
    mine = promise(1, D(2030, 9, 1), "meet with Ghana's Foreign Minister Mensah", (D(2030, 9, 3), D(2030, 9, 3)),
                   action="meet", actors=("Kenya", "Ghana"), quote=quote)
    other = report(2, D(2030, 9, 4), "Kenyan Foreign Minister Otieno held talks with Ghanaian Foreign Minister "
                                     "Mensah on Tuesday, the two governments said.")
    same = report(3, D(2030, 9, 4), "Kenyan Trade Minister Njoroge held talks with Ghanaian Foreign Minister "
                                    "Mensah on Tuesday, the two governments said.")
    reg = load_registry()
    assert not [s for s in suggest([mine], [other], reg) if s.kind == "fulfils"]
    assert [s.source_id for s in suggest([mine], [same], reg) if s.kind == "fulfils"] == [3]


# --- "later in the day", one promise for "attend the forum, to be held ..." ---------------------

@pytest.mark.parametrize(("phrase", "reference"), [
    ("later in the day", "future"), ("later today", "future"), ("earlier today", "past"),
    ("later this afternoon", "future"),
])
def test_the_same_day_told_as_later_or_earlier(phrase: str, reference: str) -> None:
    from tracker.temporal import find_all

    (t,) = [x for x in find_all(f"The forum opens {phrase}.", MADE) if x.due_start is not None]
    assert t.text == phrase and (t.due_start, t.due_end) == (MADE, MADE) and t.reference == reference


def test_attending_a_forum_to_be_held_is_one_promise() -> None:
    (c,) = promises("Both presidents will then attend the Kenya-Ghana Business Forum, to be held at the Hilton "
                    "Hotel, later in the day.")
    assert c.action == "attend" and c.subject == "Kenya-Ghana Business Forum" and c.due_start == MADE


def test_a_plan_told_impersonally_with_also_and_a_fronted_place() -> None:
    (c,) = promises("It is also planned to hold in Nairobi a meeting of the Kenya-Ghana Joint Commission.")
    assert c.action == "hold" and c.subject == "a meeting of the Kenya-Ghana Joint Commission"


@pytest.mark.parametrize("text", [
    "Kenyan and Ghanaian universities will sign six memorandums of understanding.",
    ("Agreements on trade will be signed by the two governments, while Kenyan and Ghanaian companies will sign "
     "six more memorandums of understanding."),
])
def test_the_parties_institutions_that_sign_promise_it(text: str) -> None:
    got = [c for c in promises(text) if "six" in c.subject]
    assert len(got) == 1 and got[0].action == "sign" and set(got[0].actors) == {"Kenya", "Ghana"}


# --- a visit's programme told as a list of occasions (row itinerary) ---------------------------

def test_a_programme_list_promises_each_occasion() -> None:
    got = promises("His itinerary includes bilateral talks with the Ghanaian President, participation in the "
                   "Sixth Summit of the Kenya-Ghana Council on October 4 and a state banquet.", D(2030, 9, 20))
    assert [(c.action, c.subject) for c in got] == [
        ("hold", "bilateral talks with the Ghanaian President"),
        ("attend", "the Sixth Summit of the Kenya-Ghana Council")]
    assert got[1].due_start == D(2030, 10, 4)


@pytest.mark.parametrize("text", [
    "The programme includes trade, security and climate cooperation.",  # topics, no occasion
    "This will include official discussions and a joint press conference.",  # not read (see the row)
])
def test_a_programme_of_topics_promises_nothing(text: str) -> None:
    assert not promises(text)
