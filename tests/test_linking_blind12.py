"""Readings added after the twelfth blind check (peace talks and mediated leaders' meetings). Each is
a general reading of English, tested on sentences written for these tests: Kenya and Ghana are the
invented parties, the "Kenya Freedom Front" an invented armed group; nothing of the blind set's
texts is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import find_events, load_registry, suggest
from tracker.linking.bodies import PARTY_NAME_HEADS, find_bodies

D = dt.date
MADE = D(2031, 12, 12)
PUB = D(2032, 2, 13)  # a Friday


def _keys(text: str) -> list[str]:
    return [m.full_key for m in find_bodies(text, load_registry())]


def _fulfils(sugs: list, cid: int = 1) -> list:  # type: ignore[type-arg]
    return [s for s in sugs if s.commitment_id == cid and s.kind in ("fulfils", "partially_fulfils")]


def _positive(text: str, pub: dt.date = PUB) -> list[tuple[str | None, int | None, dt.date | None]]:
    return [(e.key, e.ordinal, e.date_start) for e in find_events(text, pub) if e.polarity == "positive"]


# --- a party's name is no body ---------------------------------------------------------------


@pytest.mark.parametrize(("word", "text"), PARTY_NAME_HEADS)
def test_a_party_defined_by_its_acronym_is_no_body(word: str, text: str) -> None:
    assert word in text and _keys(text) == []


def test_a_forum_defined_by_its_acronym_is_still_a_body() -> None:
    assert _keys("The Kenya-Ghana Joint Trade Commission (JTC) met in Accra.") != []


@pytest.mark.parametrize("text", ["These talks have been under way since last year.",
                                  "Those talks ended without an agreement."])
def test_a_demonstrative_and_a_common_noun_is_no_name(text: str) -> None:
    assert _keys(text) == []


# --- a round of the parties' talks that names no series --------------------------------------


@pytest.mark.parametrize(
    ("text", "ordinal", "nxt"),
    [
        ("Ghana will host the next round of talks between Kenya and the rebels in January.", None, True),
        ("It was agreed that a subsequent round of negotiations would be held in Accra.", None, True),
        ("The delegations will hold the fourth cycle of dialogue in Nairobi.", 4, False),
        ("The second round of peace negotiations began in Accra.", 2, False),
    ],
)
def test_a_round_of_talks_naming_no_series_is_the_parties_round(text: str, ordinal: int | None,
                                                                 nxt: bool) -> None:
    (m,) = find_bodies(text, load_registry())
    assert (m.full_key, m.ordinal, m.next) == ("talks/round", ordinal, nxt)


def test_a_round_of_talks_after_an_agreement_is_its_round() -> None:
    text = ("Kenya and Ghana launched talks on the Kenya-Ghana Free Trade Agreement in May. "
            "The second round of negotiations is due in June.")
    assert [k for k in _keys(text) if k.endswith("/round")] == ["free-trade-agreement/round"]


def _round_promise() -> object:
    return promise(1, MADE, "the next round of talks", (D(2032, 1, 1), D(2032, 1, 31)), action="hold",
                   actors=("Ghana", "Kenya"),
                   quote="Ghana will host the next round of talks between Kenya and the rebels in January.")


ROUND_BEGAN = ("The Kenyan government and the rebels of the Kenya Freedom Front (KFF) began this Monday in "
               "Accra, Ghana, the second round of peace negotiations.")


def test_the_round_that_began_keeps_the_promised_next_round() -> None:
    got = _fulfils(suggest([_round_promise()], [report(2, D(2032, 2, 9), ROUND_BEGAN)]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].event_date == D(2032, 2, 9)


def test_a_round_of_other_parties_keeps_no_promise() -> None:
    text = "The Togolese government and the rebels began this Monday in Lome, Togo, the second round of peace negotiations."
    assert _fulfils(suggest([_round_promise()], [report(2, D(2032, 2, 9), text)])) == []  # type: ignore[list-item]


def test_a_round_named_later_in_the_text_is_not_the_series_named_after_it() -> None:
    # "the second round of ..." names itself: it is not the conference whose hall it met in
    text = ("The parties began this Monday in Accra the second round of peace negotiations. The talks opened in "
            "the hall of the West African Conference on Social Security.")
    evs = [e for e in find_events(text, D(2032, 2, 9)) if e.polarity == "positive"]
    assert evs and evs[0].key == "talks/round"


# --- "is beginning": an occasion starting on the report's day ---------------------------------


def test_an_occasion_that_is_beginning_was_held_on_the_report_day() -> None:
    text = "The fourth cycle of peace talks between Kenya and Ghana is beginning in Nairobi."
    assert _positive(text) == [("talks/round", 4, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "The fourth cycle of peace talks between Kenya and Ghana is beginning in Nairobi on 3 March.",
        "Kenya is beginning to prepare its delegation.",
    ],
)
def test_a_later_start_or_no_occasion_is_no_report(text: str) -> None:
    assert _positive(text) == []


# --- "ahead of" the event: before it, no report of it ------------------------------------------


def test_talks_ahead_of_a_meeting_report_no_meeting() -> None:
    text = ("Kenya and Ghana held secretariat-level discussions in Mombasa today, ahead of the "
            "Extraordinary Joint Border Committee (JBC) meeting.")
    assert [e.key for e in find_events(text, PUB) if e.polarity == "positive" and e.key == "jbc"] == []


# --- a body that "began its meeting" held it ---------------------------------------------------


def test_a_body_that_began_its_meeting_held_it() -> None:
    text = "The Kenya-Ghana Joint Border Committee began its meeting in Mombasa on Sunday."
    assert [(e.action, e.date_start) for e in find_events(text, D(2031, 9, 8))] == [("meet", D(2031, 9, 7))]


def test_a_body_that_began_its_work_was_launched() -> None:
    text = "The Kenya-Ghana Joint Border Committee began its work in 2019."
    assert [e.action for e in find_events(text, D(2031, 9, 8))] == ["launch"]


# --- a courtesy call or a dinner during a visit is no meeting of the document's series -----------


VISIT_DOC = ("Kenya's foreign minister will visit Ghana on 4 January to co-chair the 7th Kenya-Ghana Joint "
             "Commission. During his visit, the minister will pay a courtesy call on President Mensah. "
             "Ghana's foreign minister will host a dinner for the Kenyan delegation.")


@pytest.mark.parametrize(
    ("subject", "action", "quote"),
    [
        ("President Mensah", "call on",
         "During his visit, the minister will pay a courtesy call on President Mensah."),
        ("dinner for the Kenyan delegation", "host",
         "Ghana's foreign minister will host a dinner for the Kenyan delegation."),
    ],
)
def test_a_call_or_a_dinner_is_not_the_series_the_document_names(subject: str, action: str,
                                                                  quote: str) -> None:
    from tracker.linking import prepare
    from tracker.linking.events import context_mentions

    reg = load_registry()
    doc = context_mentions(VISIT_DOC, reg)
    c = prepare(promise(1, D(2032, 1, 3), subject, action=action, actors=("Kenya", "Ghana"), quote=quote),
                reg, (), document=doc)
    assert c.key is None
    if action == "call on":  # (a dinner the host's minister gives may still be a ministers' meeting
        # to the structural fallback, by its parties)
        jc = "The 7th Kenya-Ghana Joint Commission was co-chaired by the two ministers in Accra on 4 January."
        assert _fulfils(suggest([c], [report(2, D(2032, 1, 5), jc)])) == []  # type: ignore[list-item]


def test_a_meeting_promised_with_no_name_still_takes_the_document_series() -> None:
    from tracker.linking import prepare
    from tracker.linking.events import context_mentions

    reg = load_registry()
    doc = context_mentions(VISIT_DOC, reg)
    c = prepare(promise(1, D(2032, 1, 3), "his Ghanaian counterpart", action="meet", actors=("Kenya", "Ghana"),
                        quote="The minister will meet his Ghanaian counterpart."), reg, (), document=doc)
    assert c.key == "joint-commission"


# --- a meeting noun with its own future verb; a passive with "no" as its subject -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials also announced that another meeting between Ruto and Mahama will take place on June 1 in Accra.",
        "The talks between Ruto and Mahama in Accra on June 1 are scheduled to last two days.",
    ],
)
def test_a_meeting_noun_with_a_future_verb_is_no_report(text: str) -> None:
    assert _positive(text, D(2031, 5, 14)) == []


def test_a_past_meeting_noun_still_reports() -> None:
    text = "The meeting between Ruto and Mahama on June 1 in Accra lasted three hours."
    assert {d for _k, _o, d in _positive(text, D(2031, 9, 8))} == {D(2031, 6, 1)}


@pytest.mark.parametrize("text", ["After the Kenya-Ghana Trade Agreement talks, no document was signed.",
                                  "At the Kenya-Ghana Summit nothing was signed."])
def test_no_thing_signed_is_no_signing(text: str) -> None:
    assert [e for e in find_events(text, PUB) if e.action == "sign" and e.polarity == "positive"] == []


# --- "peace talks" are the parties' talks ------------------------------------------------------


def test_peace_talks_promised_are_kept_by_the_parties_talks() -> None:
    c = promise(1, D(2031, 10, 30), "Kenya-Ghana peace talks", (D(2031, 11, 6), D(2031, 11, 6)),
                action="resume", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana have agreed to resume peace talks in Mombasa on November 6.")
    assert c.key == "talks"  # type: ignore[attr-defined]
    text = "The third round of Kenya-Ghana talks began on Thursday in Mombasa."
    got = _fulfils(suggest([c], [report(2, D(2031, 11, 8), text)]))  # type: ignore[list-item]
    assert [s.event_date for s in got] == [D(2031, 11, 6)] and got[0].reason.startswith("same body")


def test_peace_talks_of_other_parties_are_not_kept() -> None:
    c = promise(1, D(2031, 10, 30), "Kenya-Ghana peace talks", (D(2031, 11, 6), D(2031, 11, 6)),
                action="resume", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana have agreed to resume peace talks on November 6.")
    text = "The third round of Togo-Benin talks began on Thursday in Lome."
    assert _fulfils(suggest([c], [report(2, D(2031, 11, 8), text)])) == []  # type: ignore[list-item]


# --- a decision to be taken at a meeting is not the meeting -------------------------------------


def test_a_decision_at_a_meeting_is_not_the_meeting() -> None:
    from tracker.linking import prepare
    from tracker.linking.events import context_mentions

    reg = load_registry()
    doc_text = ("Kenya and Ghana agreed to resume peace talks in Mombasa on November 6. The modalities of the "
                "ceasefire will be decided at a high-level meeting in Mombasa on November 6.")
    ctx = context_mentions(doc_text, reg)
    c = prepare(promise(2, D(2031, 10, 30), "modalities of the ceasefire, at a high-level meeting in Mombasa",
                        (D(2031, 11, 6), D(2031, 11, 6)), action="decide", actors=("Kenya", "Ghana"),
                        quote=doc_text.split(". ")[1]), reg, ctx, document=ctx)
    assert c.key is None
    text = "The third round of Kenya-Ghana talks began on Thursday in Mombasa."
    assert _fulfils(suggest([c], [report(3, D(2031, 11, 8), text)]), 2) == []  # type: ignore[list-item]


def test_a_visit_promised_takes_the_document_series() -> None:
    from tracker.linking import prepare
    from tracker.linking.events import context_mentions

    reg = load_registry()
    doc = context_mentions(VISIT_DOC, reg)
    c = prepare(promise(1, D(2032, 1, 3), "two-day visit to Ghana", action="visit", actors=("Kenya", "Ghana"),
                        quote="Kenya's foreign minister will be on a two-day visit to Ghana from 4 January."),
                reg, (), document=doc)
    assert c.key == "joint-commission"


# --- one numbered edition, one event: the first report of it is the first published -------------


def test_the_undated_first_report_of_an_edition_comes_before_a_dated_later_one() -> None:
    c = promise(1, D(2031, 5, 26), "the 25th Round of Kenya-Ghana Boundary Talks", (D(2031, 5, 26), D(2031, 8, 26)),
                action="hold", actors=("Kenya", "Ghana"),
                quote="The 25th Round of Kenya-Ghana Boundary Talks will be held in Nairobi.")
    first = report(2, D(2031, 10, 25), "Kenya and Ghana held the 25th Round of Kenya-Ghana Boundary Talks in Nairobi.")
    later = report(3, D(2031, 10, 27),
                   "The 25th Round of Kenya-Ghana Boundary Talks was held in Nairobi on 23rd and 24th October 2031.")
    got = _fulfils(suggest([c], [first, later]))  # type: ignore[list-item]
    assert [s.source_id for s in got] == [2]


# --- who met, named with their titles; a meeting noun naming who met ----------------------------


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (("Kenyan President William Ruto and Ghanaian Prime Minister Kofi Mensah met on the sidelines of the "
         "summit in Brussels on December 14."), True),
        (("A regular meeting of President of Kenya William Ruto and Prime Minister of Ghana Kofi Mensah took "
         "place in Accra within the framework of the summit."), False),
        (("The joint meeting of Kenyan President William Ruto with the Prime Minister of Ghana, Kofi Mensah, "
         "began in Brussels."), False),
    ],
)
def test_a_meeting_reported_by_who_met(text: str, dated: bool) -> None:
    evs = [e for e in find_events(text, D(2031, 12, 15)) if e.polarity == "positive"]
    assert [(e.action, e.body_by, e.date_start is not None) for e in evs] == [("meet", "participants", dated)]
    assert {"kenya", "ghana"} <= evs[0].countries


@pytest.mark.parametrize(
    "text",
    [
        "The meeting of the committee took place in Accra on Monday.",
        "A meeting of Kenyan and Ghanaian officials will take place in Accra.",
    ],
)
def test_no_people_named_or_no_past_is_no_meeting_by_who_met(text: str) -> None:
    assert [e for e in find_events(text, D(2031, 12, 15)) if e.body_by == "participants"] == []


def test_a_meeting_named_by_the_people_is_kept_when_they_meet() -> None:
    c = promise(1, D(2031, 11, 19), "Ruto-Mensah meeting in Brussels", action="meet",
                actors=("Kenya", "Ghana"),
                quote="President Ruto and Prime Minister Mensah have agreed to meet in Brussels.")
    text = ("Kenyan President William Ruto and Ghanaian Prime Minister Kofi Mensah met on the sidelines of the "
            "summit in Brussels on December 14.")
    got = _fulfils(suggest([c], [report(2, D(2031, 12, 15), text)]))  # type: ignore[list-item]
    assert [s.event_date for s in got] == [D(2031, 12, 14)]


def test_a_meeting_named_by_other_people_is_not_kept() -> None:
    c = promise(1, D(2031, 11, 19), "Ruto-Mensah meeting in Brussels", action="meet",
                actors=("Kenya", "Ghana"),
                quote="President Ruto and Prime Minister Mensah have agreed to meet in Brussels.")
    text = ("Kenyan Foreign Minister Amina Otieno and Ghanaian Foreign Minister Kwame Boateng met in Brussels "
            "on December 14.")
    assert _fulfils(suggest([c], [report(2, D(2031, 12, 15), text)])) == []  # type: ignore[list-item]


def test_a_round_of_talks_promised_by_no_country_is_kept_by_no_report() -> None:
    c = promise(1, MADE, "the next round of talks", (D(2032, 1, 1), D(2032, 1, 31)), action="hold",
                quote="The next round of talks will be held in January.")
    text = "The government and the rebels began this Monday in Accra, Ghana, the second round of peace negotiations."
    assert _fulfils(suggest([c], [report(2, D(2032, 1, 12), text)])) == []  # type: ignore[list-item]


def test_a_titled_persons_party_acronym_makes_no_body_of_them() -> None:
    """"Prime Minister Kofi Mensah (GPP)": the acronym is the party's; what he launched is reported."""
    from tracker.linking.bodies import TITLED_NAME_EXAMPLE

    (ev,) = [e for e in find_events(TITLED_NAME_EXAMPLE, dt.date(2030, 5, 8)) if e.polarity == "positive"]
    assert ev.key is None and ev.action == "launch" and "construction of a bridge" in ev.object_text
