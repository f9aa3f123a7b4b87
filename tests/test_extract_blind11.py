"""Readings added after the eleventh blind check's failures were read (docs/extraction.md,
"Readings after the eleventh blind check"). Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import commitments_published
from tracker.extract.actors import countries_in
from tracker.extract.tables import SEQUENCE_VERBS

PUB = date(2025, 6, 18)  # a Wednesday
INTRO = "Kenya and Ghana held talks in Nairobi. "

_commitments = commitments_published(PUB)


def _one(sentence: str) -> tuple[str, str, date | None, date | None]:
    (it,) = _commitments(INTRO + sentence)
    return it.action, it.subject, it.due_start, it.due_end


# ------------------------------------------------ "take part in" an event (LIGHT_VERB_IDIOMS row)

def test_take_part_in_an_event_is_attending_it() -> None:
    assert _one("Ghana's President will also take part in the summit.")[:2] == ("attend", "summit")


def test_take_part_in_efforts_is_no_deliverable() -> None:
    assert _commitments(INTRO + "Ghana will take part in efforts to end the conflict.") == []


# ------------------------------------------------ "the same week" and "on DATE for an N-day visit"

def test_the_same_week_is_the_whole_week_of_the_document() -> None:
    assert _one("Ghana will host the West Africa Trade Fair in Accra the same week.")[2:] == (
        date(2025, 6, 16), date(2025, 6, 22))


@pytest.mark.parametrize("sentence, end", [
    ("President Ruto will travel to Accra on July 7 for a three-day working visit.", date(2025, 7, 9)),
    ("President Ruto will travel to Accra on 7 July for a two-day state visit.", date(2025, 7, 8)),
])
def test_a_stay_of_n_days_spans_them(sentence: str, end: date) -> None:
    assert _one(sentence)[2:] == (date(2025, 7, 7), end)


# ------------------------------------------------ a dated saying before "that" (SAY_THAT / AGREE_THAT)

@pytest.mark.parametrize("sentence", [
    "Ghana's foreign ministry announced on June 16 that the ferry agreement will be signed in Kumasi on June 30.",
    "Kenya's trade minister announced on 16 June 2025 that the transit agreement will be signed on June 30.",
    "Ghana's foreign ministry said yesterday that the transit agreement will be signed on June 30.",
    "Ghana confirmed on June 16, 2025, that the transit agreement will be signed on June 30.",
])
def test_the_date_of_the_saying_is_not_the_due_date(sentence: str) -> None:
    assert _one(sentence)[0] == "sign"
    assert _one(sentence)[2:] == (date(2025, 6, 30), date(2025, 6, 30))


def test_a_dated_saying_with_no_due_date_gives_no_window() -> None:
    sentence = "Kenya announced on June 16 that the transit agreement will be signed."
    assert _one(sentence)[2:] == (None, None)


# ------------------------------------------------ "The Republic of X" as a party (AGENT_WORDS)

@pytest.mark.parametrize("sentence", [
    "The Republic of Ghana and Kenya will sign a transit agreement on 27 June.",
    "The Republic of Ghana (ROG) and Kenya will sign an EU-funded fisheries accord on 12 July,so as to share patrols.",
])
def test_a_republic_is_a_party(sentence: str) -> None:
    assert _one(sentence)[0] == "sign"


# ------------------------------------------------ "is now / still expected to" (expected_to row)

@pytest.mark.parametrize("sentence, action", [
    ("The two ministers are now expected to sign the transit agreement in July.", "sign"),
    ("The Kenya-Ghana summit is still scheduled to take place in July.", "hold"),
])
def test_a_time_adverb_before_expected(sentence: str, action: str) -> None:
    assert _one(sentence)[0] == action
    assert _one(sentence)[2:] == (date(2025, 7, 1), date(2025, 7, 31))


# ------------------------------------------------ what an instrument provides is its content

@pytest.mark.parametrize("sentence", [
    "Under the minister's reading, the accord provides that Ghana will cut levies on Kenyan tea.",
    "The agreement states that Kenya will open a consulate in Kumasi.",
])
def test_the_content_of_an_agreement_is_no_promise(sentence: str) -> None:
    assert _commitments(INTRO + sentence) == []


@pytest.mark.parametrize("sentence", [
    "Kenya and Ghana agreed unanimously that the summit will be held in July.",
    "Kenya and Ghana agreed in Accra that the summit will be held in July.",
])
def test_an_agreement_that_stays_a_promise(sentence: str) -> None:
    assert _one(sentence)[0] == "hold"


# ------------------------------------------------ an event noun "to take place" (to_be_held row)

def test_expect_an_event_to_take_place() -> None:
    assert _one("We expect a second round of consultations to take place in Mombasa next year.") == (
        "hold", "second round of consultations", date(2026, 1, 1), date(2026, 12, 31))


def test_expected_to_take_place_stays_one_promise() -> None:
    assert _one("The summit is expected to take place in July.")[:2] == ("hold", "summit")


# ------------------------------------------------ a numbered meeting known by its acronym

@pytest.mark.parametrize("sentence, subject", [
    ("Officials said the fifth JPC would be held on 21-22 July.", "fifth JPC"),
    ("Kenya reviewed the agenda and confirmed the 3rd JPC would be held on 21-22 July.", "3rd JPC"),
])
def test_a_numbered_acronym_meeting_is_held(sentence: str, subject: str) -> None:
    assert _one(sentence) == ("hold", subject, date(2025, 7, 21), date(2025, 7, 22))


# ------------------------------------------------ a standing commitment restated; a century as an era

def test_remaining_committed_with_no_date_is_a_reaffirmation() -> None:
    assert _commitments(INTRO + "Kenya and Ghana remain committed to securing a transit deal.") == []
    assert _commitments(INTRO + "Kenya remains firmly committed to opening a consulate in Kumasi.") == []


def test_remaining_committed_with_a_date_stays_a_promise() -> None:
    assert _one("Kenya and Ghana remain committed to concluding the transit deal by July.")[0] == "conclude"
    assert _one("Kenya committed to opening a consulate in Kumasi.")[0] == "open"


def test_a_century_named_as_an_era_is_no_window() -> None:
    assert _one("Kenya will build a modern port for the 21st century.")[2:] == (None, None)


# ------------------------------------------------ "X has been agreed and it will be signed"

@pytest.mark.parametrize("sentence, subject", [
    ("The wording of the fisheries pact is settled and it will be signed in Accra in July.", "fisheries pact"),
    ("The summit was postponed and it will be held in Accra in July.", "summit"),
])
def test_it_in_a_second_clause_is_the_first_clauses_thing(sentence: str, subject: str) -> None:
    assert _one(sentence)[1] == subject


# ------------------------------------------------ an event placed before or after another (SEQUENCE_VERBS)

@pytest.mark.parametrize("verb", sorted(SEQUENCE_VERBS))
def test_sequence_verb_rows(verb: str) -> None:
    assert _one(SEQUENCE_VERBS[verb])[0] == "hold"


def test_following_a_format_is_no_event() -> None:
    assert _commitments(INTRO + "The summit will follow a similar format.") == []


# ------------------------------------------------ an event noun "due / set to be signed" with no verb between

@pytest.mark.parametrize("sentence, action, subject", [
    ("The ministers discussed the fisheries pact due to be signed in Accra in July.", "sign", "fisheries pact"),
    ("The summit, set to take place in July, will focus on trade.", "hold", "summit"),
])
def test_a_bare_schedule_word_before_to_be(sentence: str, action: str, subject: str) -> None:
    assert _one(sentence)[:2] == (action, subject)


# ------------------------------------------------ "the agreement to be finalised" is the document itself

def test_an_agreement_to_be_done_is_the_document() -> None:
    text = INTRO + "The agreement to be finalised in Accra covers fisheries, the minister said."
    assert _commitments(text) == []
    assert _one("The agreement to be signed in July covers transit.")[:2] == ("sign", "agreement")
    assert _one("The talks ended with an agreement to launch a shipping line next year.")[0] == "launch"


# ------------------------------------------------ a promised good is no deliverable (FIGURATIVE_OBJECTS)

def test_delivering_benefits_is_no_deliverable() -> None:
    text = INTRO + "Ghana intends to deliver lasting benefits to its farmers, the minister said."
    assert _commitments(text) == []


@pytest.mark.parametrize("sentence", [
    "The partnership will deliver results for farmers in both countries next year.",
    "The new port will bring benefits to traders in Kenya and Ghana from 2032.",
    "Kenya's investment will pay dividends for Ghana from 2032.",
])
def test_bringing_about_a_good_is_no_deliverable(sentence: str) -> None:
    assert _commitments(INTRO + sentence) == []


@pytest.mark.parametrize(("sentence", "action"), [
    ("Kenya and Ghana will publish the results of the joint border survey in June.", "publish"),
    ("The two ministries will present the results of the trade study in Nairobi next month.", "present"),
    ("Kenya will release the results of the census audit by the end of May.", "release"),
])
def test_results_handed_over_are_a_deliverable(sentence: str, action: str) -> None:
    (it,) = _commitments(INTRO + sentence)
    assert it.action == action and it.subject.startswith("results of the")


# ------------------------------------------------ "the signing will take place ..." dates the treaty named before

def test_the_signing_is_signing_and_dates_the_lead() -> None:
    text = ("Kenya and Ghana will sign a fisheries pact that sets catch limits on their shared waters. "
            "The pact would also split the cost of patrol boats. "
            "The signing is to take place in Accra on Monday afternoon.")
    (it,) = _commitments(text)
    assert (it.action, it.due_start, it.due_end) == ("sign", date(2025, 6, 23), date(2025, 6, 23))
    assert len(it.mentions) == 2


# ------------------------------------------------ a region's adjective is no party (NOT_COUNTRY)

@pytest.mark.parametrize("text", [
    "envoys of the South American states",
    "Latin American and North American envoys",
    "the Central American states",
])
def test_a_regional_adjective_is_not_the_united_states(text: str) -> None:
    assert countries_in(text) == []


def test_american_alone_is_still_the_united_states() -> None:
    assert countries_in("American and Kenyan officials") == ["United States", "Kenya"]


# ------------------------------------------------ "postponed until July" is July (the "by" prefix's _PUT_OFF)

def test_put_off_until_a_month_is_that_month() -> None:
    assert _one("The signing of the transit accord has been postponed until July, officials said.")[2:] == (
        date(2025, 7, 1), date(2025, 7, 31))


def test_until_after_other_verbs_stays_a_deadline() -> None:
    from tracker.temporal import find_all

    (t,) = find_all("The ban stays until July.", PUB, "future")
    assert (t.due_start, t.due_end) == (PUB, date(2025, 7, 31))


# ------------------------------------------------ a protocol or a charter is an instrument (INSTRUMENT_NOUNS)

@pytest.mark.parametrize("sentence, action", [
    ("The ferry protocol will be signed in Kumasi on June 30.", "sign"),
    ("The youth charter will be adopted in Accra on June 30.", "adopt"),
])
def test_a_protocol_is_an_instrument(sentence: str, action: str) -> None:
    assert _one(sentence)[0] == action


def test_protocol_as_etiquette_is_no_promise() -> None:
    assert _commitments(INTRO + "Diplomatic protocol will be observed at the summit.") == []
