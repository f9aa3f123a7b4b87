"""Readings of the thirty-eighth blind check (docs/accuracy.md): funds given promised by their sum
("will contribute $300 million"), an instrument's long name read as what took effect, China's special
administrative regions as parties of their own, a poll's kind in one place; on invented Kenya/Ghana
text."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from linked import promise, report
from tracker.domain.lexicon import poll_kind
from tracker.extract.tables import GIVING
from tracker.linking import load_registry, suggest
from tracker.linking.bodies import countries_in
from tracker.linking.events import find_events

MADE = dt.date(2030, 1, 10)

promises = commitments_published(MADE)


# --- funds given, promised by their sum (tables.GIVING) ----------------------------------------

@pytest.mark.parametrize(("verb", "example"), sorted(GIVING.items()))
def test_funds_given_by_the_party_are_a_promise(verb: str, example: str) -> None:
    (c,) = promises(example)
    assert c.action == verb and c.due_end is not None and "million" in c.subject


def test_a_first_person_pledge_of_a_sum_is_a_promise_without_a_date() -> None:
    (c,) = promises('"We will contribute $3 billion to the climate fund," the Kenyan president said.')
    assert (c.action, c.due_start, c.due_end) == ("contribute", None, None)


@pytest.mark.parametrize("text", [
    "Kenya will contribute to peace in the region by 2031.",  # an aim: no sum of money
    "Ghana will give priority to the relief fund this year.",
])
def test_giving_verbs_without_a_sum_promise_nothing(text: str) -> None:
    assert promises(text) == []


# --- an instrument's long name (linking.events._object_text) -----------------------------------

def test_a_long_instrument_name_is_read_without_its_parties() -> None:
    (ev, *_) = find_events("The Agreement on mutual exemption from visa requirements between the Government of "
                           "the Republic of Kenya and the Government of the Republic of Ghana officially came "
                           "into force on 10 November.", dt.date(2030, 11, 10))
    assert ev.action == "launch" and ev.object_text == "The Agreement on mutual exemption from visa requirements"
    assert ev.countries == {"kenya", "ghana"}


def test_a_visa_agreement_promised_is_kept_when_its_long_name_came_into_force() -> None:
    c = promise(1, MADE, "Kenya-Ghana mutual visa exemption agreement", (dt.date(2030, 11, 10),) * 2,
                action="enter into force", actors=("Kenya", "Ghana"),
                quote="The Kenya-Ghana mutual visa exemption agreement will enter into force on 10 November.")
    r = report(2, dt.date(2030, 11, 10), "The Agreement on mutual exemption from visa requirements between the "
               "Government of the Republic of Kenya and the Government of the Republic of Ghana officially came "
               "into force on 10 November.")
    (s,) = [s for s in suggest([c], [r], load_registry()) if s.kind == "fulfils"]
    assert s.event_date == dt.date(2030, 11, 10)


# --- China's special administrative regions ------------------------------------------------------

@pytest.mark.parametrize(("text", "party"), [
    ("Kenya and Hong Kong signed a visa waiver.", "hong kong"),
    ("Kenya and the Hong Kong SAR signed a visa waiver.", "hong kong"),
    ("Ghana and Macao signed an air services agreement.", "macau"),
    ("Ghana and Macau signed an air services agreement.", "macau"),
])
def test_a_special_administrative_region_is_a_party_of_its_own(text: str, party: str) -> None:
    found = countries_in(text)
    assert party in found and "china" not in found


# --- a poll's kind (lexicon.poll_kind) -----------------------------------------------------------

@pytest.mark.parametrize(("name", "kind"), [
    ("the constitutional referendum", "referendum"),
    ("the Referendum on the new charter", "referendum"),
    ("the general election", "election"),
    ("the local polls", "election"),
])
def test_a_poll_is_a_referendum_or_an_election(name: str, kind: str) -> None:
    assert poll_kind(name) == kind


# --- a party's pledge of a sum (the pledged_sum row) ---------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("Ghana pledged $50 million to the climate fund on Friday.", "$50 million to the climate fund"),
    ("Kenya is pledging US$100 million to the fund.", "US$100 million to the fund"),
    ("Meanwhile, Ghana committed $US10.5 million.", "$US10.5 million"),
    ("Kenya pledged 20 million doses to the vaccine pool by the end of the year.",
     "20 million doses to the vaccine pool"),
])
def test_a_party_pledging_a_sum_promises_it(text: str, subject: str) -> None:
    (c,) = promises(text)
    assert (c.action, c.subject) == ("pledge", subject)


def test_a_list_of_pledges_is_read_once() -> None:
    (c,) = promises("Kenya committed $100 million, Ghana pledged $246 million, and Togo pledged "
                    '"up to" $60 million.')
    assert c.subject == "$100 million" and c.actors[0] == "Kenya"


@pytest.mark.parametrize("text", [
    "In 2014, Kenya pledged $3 billion to the fund.",  # an earlier pledge restated
    "Kenya pledged $3 billion to the fund last year.",
    "Kenya had pledged $3 billion to the fund but paid only $1 billion.",
    "The fund said pledges had brought in $9 billion.",  # no party pledging
    "Kenya pledged support to the fund.",  # no sum
])
def test_earlier_pledges_and_pledges_of_no_sum_promise_nothing(text: str) -> None:
    assert [c for c in promises(text) if c.action == "pledge"] == []


# --- a deadline moved by a later promise (match._deadline_moved) ----------------------------------

def _exchange(id: int, made: dt.date, end: dt.date, quote: str) -> object:
    return promise(id, made, "restructuring of Kenya's $5 billion bonds", (made, end), action="conclude",
                   actors=("Kenya",), quote=quote)


def test_a_later_promise_that_extends_the_deadline_is_evidence_of_a_miss() -> None:
    first = _exchange(1, dt.date(2030, 5, 11), dt.date(2030, 5, 22),
                      "Kenya said it would conclude the restructuring of its $5 billion bonds by 22 May.")
    later = _exchange(2, dt.date(2030, 5, 21), dt.date(2030, 6, 2),
                      "Kenya said it would extend the deadline for the restructuring of its $5 billion bonds "
                      "to 2 June.")
    (s,) = [s for s in suggest([first, later], [], load_registry()) if s.commitment_id == 1]
    assert (s.kind, s.source_id) == ("missed", later.source_id) and "moved later" in s.reason


def test_a_later_promise_that_does_not_say_it_moves_the_date_only_restates() -> None:
    first = _exchange(1, dt.date(2030, 5, 11), dt.date(2030, 5, 22),
                      "Kenya said it would conclude the restructuring of its $5 billion bonds by 22 May.")
    later = _exchange(2, dt.date(2030, 5, 21), dt.date(2030, 6, 2),
                      "Kenya said it would conclude the restructuring of its $5 billion bonds by 2 June.")
    assert [s.kind for s in suggest([first, later], [], load_registry()) if s.commitment_id == 1] == ["restates"]


# --- dotted abbreviations as subjects (core._DOTTED_RE in core._head_words) ------------------------

@pytest.mark.parametrize(("text", "party"), [
    ("The U.S. will hold a summit with Kenya in May.", "United States"),
    ("He said that by 2031, the U.K. will double its aid to Ghana.", "United Kingdom"),
])
def test_a_dotted_abbreviation_before_the_modal_is_the_party(text: str, party: str) -> None:
    (c,) = promises(text)
    assert party in c.actors


# --- a deal announced done by its noun (events._NOMINAL_DONE) -------------------------------------

@pytest.mark.parametrize(("text", "obj"), [
    ("Kenya has announced the successful completion of the debt restructuring operation.",
     "the debt restructuring operation"),
    ("Ghana is pleased to announce today the completion of the exchange of its Eurobonds.",
     "the exchange of its Eurobonds"),
])
def test_a_completion_announced_reports_the_deal_concluded(text: str, obj: str) -> None:
    (ev,) = [e for e in find_events(text, dt.date(2030, 6, 12)) if e.action == "conclude"]
    assert ev.body is None and ev.object_text == obj and ev.polarity == "positive"


def test_a_completion_to_be_announced_reports_nothing() -> None:
    assert [e for e in find_events("Kenya will announce the completion of the debt exchange next week.",
                                   dt.date(2030, 6, 12)) if e.action == "conclude"] == []


def test_a_promised_exchange_is_kept_by_its_completion_announced() -> None:
    c = promise(1, dt.date(2030, 5, 20), "exchange of Kenya's Eurobonds", (dt.date(2030, 5, 20), dt.date(2030, 6, 30)),
                action="complete", actors=("Kenya",),
                quote="Kenya said the exchange of its Eurobonds would be completed by the end of June.")
    r = report(2, dt.date(2030, 6, 12), "Kenya is pleased to announce today the successful completion of the "
               "exchange of its Eurobonds.")
    (s,) = [s for s in suggest([c], [r], load_registry()) if s.kind == "fulfils"]
    assert s.source_id == 2


def test_a_sum_in_dollars_of_the_us_names_no_party() -> None:
    assert countries_in("the exchange of its U.S.$3 billion bonds and $US100 million notes") == frozenset()


# --- a deadline given to a party (the has_until row) -----------------------------------------------

def test_a_party_that_has_until_a_date_to_act_is_promised_for_that_date() -> None:
    (c,) = promises("The Kenyan bondholders have until August 24 to formalise their adherence to the deal.")
    assert (c.action, c.due_start, c.due_end) == ("formalise", MADE, dt.date(2030, 8, 24))


def test_a_deadline_that_was_given_promises_nothing() -> None:
    assert promises("The Kenyan bondholders had until August 24 to formalise their adherence.") == []


# --- one thing done by the promise's own verb (match._one_thing_done) ------------------------------

def _euro(quote: str) -> object:
    made = dt.date(2030, 7, 8)
    return promise(1, made, "euro", (dt.date(2031, 1, 1),) * 2, action="adopt", actors=("Ghana",), quote=quote)


def test_a_thing_of_one_word_is_kept_when_the_same_verb_reports_it_done() -> None:
    c = _euro("Ghana will adopt the euro on 1 January 2031.")
    r = report(2, dt.date(2031, 1, 2), "Ghana adopted the euro on 1 January, becoming the 21st member of the euro area.")
    (s,) = suggest([c], [r], load_registry())
    assert (s.kind, s.event_date) == ("fulfils", dt.date(2031, 1, 1))


@pytest.mark.parametrize("text", [
    "Ghana adopted a new budget rule on 1 January.",  # another thing
    "Ghana introduced the euro coins on 1 January.",  # another verb
])
def test_one_word_kept_only_by_the_same_verb_and_thing(text: str) -> None:
    c = _euro("Ghana will adopt the euro on 1 January 2031.")
    assert [s for s in suggest([c], [report(2, dt.date(2031, 1, 2), text)], load_registry())
            if s.kind == "fulfils"] == []


# --- a deadline moved, in more shapes (the moved_deadline rows) ------------------------------------

@pytest.mark.parametrize(("text", "subject", "end"), [
    ("Kenya said it would extend the deadline to 2 June for the talks with its creditors.",
     "talks with its creditors", dt.date(2030, 6, 2)),
    ("Kenya would extend the deadline for the debt talks to 12 June.", "debt talks", dt.date(2030, 6, 12)),
    ("Kenya extended the deadline to negotiate with its creditors to 12 June and may improve its offer.",
     "negotiate with its creditors", dt.date(2030, 6, 12)),
])
def test_a_deadline_moved_promises_the_thing_by_its_new_date(text: str, subject: str, end: dt.date) -> None:
    (c,) = promises(text, dt.date(2030, 5, 21))
    assert (c.subject, c.due_start, c.due_end) == (subject, dt.date(2030, 5, 21), end)


# --- measures that take effect (tables.INSTRUMENT_NOUNS, "become effective", "be effective") -------

@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya's carbon tax will take effect on 1 April.", "Kenya's carbon tax"),
    ("The visa exemption for Ghanaians will come into force on 10 November.", "visa exemption for Ghanaians"),
    ("The Kenya-Ghana trade agreement will become effective on 1 July.", "Kenya-Ghana trade agreement"),
    ("The Kenya-Ghana tariff agreement will be effective from 1 July.", "Kenya-Ghana tariff agreement"),
])
def test_a_measure_that_takes_effect_on_a_date_is_promised(text: str, subject: str) -> None:
    (c,) = promises(text)
    assert (c.action, c.subject) == ("bring into effect", subject) and c.due_start is not None


def test_a_measure_that_is_effective_at_something_is_no_promise() -> None:
    assert promises("The new Kenyan measures will be effective in curbing inflation.") == []


# --- where an object ends (patterns.CLAUSE_END_RE) -------------------------------------------------

def test_a_second_clause_with_its_own_subject_ends_the_object() -> None:
    lift, reopen = promises("Kenya will lift its sanctions on Ghana, and Togo has agreed to reopen its border.")
    assert (lift.subject, lift.actors) == ("its sanctions on Ghana", ["Kenya"])
    assert (reopen.action, reopen.actors) == ("reopen", ["Togo"])


def test_a_condition_is_no_part_of_the_object() -> None:
    (c,) = promises('"Kenya will revoke the sanctions if the government keeps its promises," the ministry said.')
    assert (c.action, c.subject) == ("revoke", "sanctions")


# --- obligations and directives (the modal row's "have to", tables.DIRECTED_ADDRESSEES) ------------

def test_a_party_that_will_have_to_act_by_a_date_is_promised() -> None:
    (c,) = promises("Kenya will have to repay the loan to Ghana by June.")
    assert (c.action, c.subject, c.due_end) == ("repay", "loan to Ghana", dt.date(2030, 6, 30))


def test_an_order_directing_the_government_to_act_is_a_promise() -> None:
    (c,) = promises("Kenya's order also directed the government to produce an annual report on Ghana.")
    assert (c.action, c.subject) == ("produce", "annual report on Ghana")


def test_a_date_fronted_after_a_sentence_adverb_dates_the_promise() -> None:
    (c,) = promises("First, on April 1, Kenya will end its suspension of tariffs on Ghanaian steel.")
    assert (c.action, c.due_start, c.due_end) == ("end", dt.date(2030, 4, 1), dt.date(2030, 4, 1))
