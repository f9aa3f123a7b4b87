"""Readings added after the eleventh blind check's failures were read (docs/linking.md, "read
after the eleventh blind check"): postponements to a bare month, signings reported by their noun,
rounds reported after the agreement was named, observers who are not the meeting, meetings about
an agreement, lower-case agreement kinds, gerund clauses and communiques that are no report of the
treaty. Sentences written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, promise, report
from tracker.linking import load_registry, suggest
from tracker.linking.bodies import LOWER_AGREEMENT_KINDS, find_bodies, head_class
from tracker.linking.events import _SIGNINGS
from tracker.linking.match import _SUBJECT_ACTS, action_class

PROMISE = """title: Kenya and Ghana to sign trade agreement in Accra
date: 2031-11-23

Kenya's trade ministry said the Kenya-Ghana trade agreement is to be signed in Accra on December 20.
"""


# --- postponements: one row each (sentence, its new period or None for no event) ----------------
POSTPONED_ROWS = [
    # a bare month after "until": the month it moved to
    ("Officials said the signing of the Kenya-Ghana trade agreement had been postponed until January.",
     (dt.date(2032, 1, 1), dt.date(2032, 1, 31))),
    # an adverb before the participle
    (("The Kenya-Ghana trade agreement signing, Ghana's trade minister said, has been provisionally "
     "delayed until February."), (dt.date(2032, 2, 1), dt.date(2032, 2, 29))),
    # a hyphened participle describes the agreement: no postponement is reported
    ("Ghana says the long-delayed Kenya-Ghana trade agreement is to be signed in Accra next month.", None),
]


@pytest.mark.parametrize(("sentence", "period"), POSTPONED_ROWS)
def test_postponement_rows(sentence: str, period: tuple[dt.date, dt.date] | None) -> None:
    got = [(e.period_start, e.period_end) for e in report(1, dt.date(2031, 12, 18), sentence).events
           if e.negative == "postponed"]
    assert got == ([period] if period else [])


def test_a_signing_delayed_until_a_later_month_is_a_miss(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    later = """title: Kenya-Ghana trade agreement signing postponed
date: 2031-12-18

Officials said the signing of the Kenya-Ghana trade agreement had been postponed until January.
"""
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": later})
    assert [(k[2], k[3]) for k in kept] == [("b.txt", "missed")]


# --- a signing reported by its noun (events._SIGNINGS), one test per row --------------------------

@pytest.mark.parametrize("row", _SIGNINGS, ids=lambda r: r.shown)
def test_signing_rows_read_their_example(row) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in report(1, dt.date(2031, 10, 6), row.example).events if e.verb == row.shown]
    assert len(evs) == 1 and evs[0].action == "sign" and evs[0].key
    if row.today:
        assert evs[0].date_start == dt.date(2031, 10, 6)


def test_a_signing_takes_its_own_date_not_a_later_clauses() -> None:
    text = ("The Kenya-Ghana Trade Agreement was agreed last year. The signing took place in the old "
            "parliament building in Accra, where the Treaty of Nairobi was also signed in 1994.")
    ev = next(e for e in report(1, dt.date(2032, 1, 17), text).events if e.verb == "signing took place")
    assert ev.key == "free-trade-agreement" and ev.date_start is None


@pytest.mark.parametrize("text", [
    "The signing of the Kenya-Ghana Defence Treaty will take place on Monday.",  # announced
    "Today, we look forward to the signing of the Kenya-Ghana Defence Treaty.",  # no row
])
def test_a_signing_ahead_is_no_report(text: str) -> None:
    assert not [e for e in report(1, dt.date(2031, 10, 6), text).events if e.action == "sign"]


def test_the_signing_promised_is_kept_by_the_signing_reported(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    promised = """title: Kenya and Ghana to sign defence treaty
date: 2031-10-04

Presidents Ruto and Mahama will sign the Kenya-Ghana Defence Treaty in Nairobi.
The signing will take place at State House on Monday.
"""
    later = """title: Remarks at the signing of the Kenya-Ghana Defence Treaty
date: 2031-10-06

Last month we marked our national day together. Today, with the signing of the Kenya-Ghana Defence Treaty, our two nations become allies.
"""
    kept = ingest_texts(db, tmp_path, {"a.txt": promised, "b.txt": later})
    assert ("b.txt", "fulfils") in {(k[2], k[3]) for k in kept}


def test_a_subject_that_is_only_the_signing_takes_the_agreement_named_before() -> None:
    from tracker.linking import CommitmentView, prepare
    text = "Presidents Ruto and Mahama will sign the Kenya-Ghana Defence Treaty in Nairobi. "
    quote = "The signing will take place at State House on Monday."
    reg = load_registry()
    c = prepare(CommitmentView(id=1, source_id=1, made_on=dt.date(2031, 10, 4), subject="signing", quote=quote,
                               action="take place", span=(len(text), len(text) + len(quote))),
                reg, find_bodies(text + quote, reg))
    assert (c.key, c.action_cls) == ("defense treaty", "sign")


# --- a subject that is the act itself (match._SUBJECT_ACTS) -----------------------------------------

@pytest.mark.parametrize("row", _SUBJECT_ACTS, ids=lambda r: r[2])
def test_subject_act_rows(row) -> None:  # type: ignore[no-untyped-def]
    cls, _rx, example = row
    assert action_class("hold", None, example) == cls
    assert action_class("take place", None, "the " + example) == cls
    assert action_class("hold", None, "the signing of a trade deal") == "sign"
    assert action_class("hold", None, "the Kenya-Ghana Joint Commission") == "meet"


# --- who came is not what met (events._ASIDE_BEFORE, _MEETING_OF) -----------------------------------

@pytest.mark.parametrize(("sentence", "ordinal"), [
    (("Delegates of Kenya and Ghana, with observers from the Lake Victoria Basin Commission, convened "
     "the third meeting of the Joint Border Verification Mechanism in Nairobi on December 1-2."), 3),
    (("Kenyan and Ghanaian officers, along with experts from Togo, Benin and the Lake Victoria Basin "
     "Commission, gathered in Mombasa on December 1-2 for the fourth meeting of the Joint Border "
     "Verification Mechanism."), 4),
])
def test_an_observer_in_an_aside_is_not_the_meeting(sentence: str, ordinal: int) -> None:
    evs = report(1, dt.date(2031, 12, 3), sentence).events
    assert [(e.key, e.ordinal, e.date_start) for e in evs] == [
        ("border mechanism verification", ordinal, dt.date(2031, 12, 1))]


def test_an_observer_listed_last_before_the_verb_is_not_the_meeting() -> None:
    text = ("On December 1 and 2 delegates from Kenya and Ghana and observers from Togo and the Lake Victoria "
            "Basin Commission held the first meeting of the Joint Border Verification Mechanism.")
    assert {e.key for e in report(1, dt.date(2031, 12, 3), text).events} == {"border mechanism verification"}


def test_a_reduced_relative_keeps_its_body() -> None:
    evs = report(1, dt.date(2031, 12, 3), "The Kenya-Ghana Joint Commission, held in Accra on December 1, "
                                          "agreed on a new plan.").events
    assert [e.key for e in evs] == ["joint-commission"]


# --- another edition's host is no replacement (match._replaced) -------------------------------------

def test_a_later_editions_host_does_not_replace_an_earlier_edition() -> None:
    third = promise(1, dt.date(2031, 12, 20), "third round of Kenya-Ghana free trade agreement negotiations",
                    (dt.date(2032, 1, 1), dt.date(2032, 12, 31)), action="hold", actors=("Kenya", "Ghana"),
                    quote="Both sides expect the third round of negotiations to be held in Accra next year.")
    fifth = promise(2, dt.date(2032, 8, 3), "fifth round of Kenya-Ghana free trade agreement negotiations",
                    (dt.date(2032, 8, 3), dt.date(2032, 12, 31)), action="host", actors=("Kenya", "Ghana"),
                    quote="Togo will host the fifth round later this year.")
    assert third.ordinal == 3 and fifth.ordinal == 5 and third.host and fifth.host and third.host != fifth.host
    assert not [s for s in suggest([third, fifth], []) if s.commitment_id == 1 and s.kind == "missed"]


# --- a meeting about an agreement is two bodies; a short agreement name is not a mechanism's -------

def test_a_meeting_on_an_agreement_names_two_bodies() -> None:
    reg = load_registry()
    got = [(m.text, m.key) for m in find_bodies(
        "Readout of the First Joint Border Verification Mechanism Meeting on Ceasefire Agreement "
        "between Kenya and Ghana", reg)]
    assert got == [("First Joint Border Verification Mechanism Meeting", "border mechanism verification"),
                   ("Ceasefire Agreement", "agreement ceasefire")]
    # a standing body keeps its tail, and its head is the one before it
    [committee] = find_bodies("the Joint Committee on the Kenya-Ghana Free Trade Agreement", reg)
    assert committee.text.endswith("Free Trade Agreement") and committee.head == "Committee"


def test_the_agreement_is_no_short_name_of_the_mechanism_for_it() -> None:
    text = ("Readout of the Second Session of the Joint Border Verification Mechanism for the Ceasefire "
            "Agreement between Kenya and Ghana. Delegates reviewed the Ceasefire Agreement signed on March 3, 2031.")
    evs = [e for e in report(1, dt.date(2031, 10, 22), text).events if e.action == "sign"]
    assert [(e.key, e.date_start) for e in evs] == [("agreement ceasefire", dt.date(2031, 3, 3))]


@pytest.mark.parametrize(("kind", "example"), LOWER_AGREEMENT_KINDS)
def test_lower_case_agreement_kinds(kind: str, example: str) -> None:
    ms = find_bodies(example, load_registry())
    assert len(ms) == 1 and head_class(ms[0].head) == "agreement" and len(ms[0].key.split()) >= 2


def test_an_evaluation_names_no_agreement() -> None:
    assert not find_bodies("Kenya and Ghana will sign a landmark agreement.", load_registry())


# --- no report: a gerund clause; a communique is not the treaty it announces ------------------------

def test_a_gerund_clause_is_no_report() -> None:
    text = "Expectations of the Kenya-Ghana Defence Treaty being signed this week ran high in Accra."
    assert not report(1, dt.date(2031, 9, 17), text).events


def test_a_communique_about_a_treaty_does_not_keep_the_treaty_promise() -> None:
    c = promise(1, dt.date(2031, 9, 16), "Kenya-Ghana mutual defence treaty",
                (dt.date(2031, 9, 15), dt.date(2031, 9, 21)), action="sign", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana will sign a mutual defence treaty this week.")
    r = report(2, dt.date(2031, 9, 17), "The presidents of Kenya and Ghana signed a joint communique outlining "
                                        "their plan to conclude the treaty next year.")
    assert [e.action for e in r.events] == ["sign"]
    assert not [s for s in suggest([c], [r]) if s.kind == "fulfils"]


# --- a numbered round after the agreement was named (events._ROUND_SUBJECT) -------------------------

@pytest.mark.parametrize(("text", "ordinal", "start"), [
    (("Kenya and Ghana want a free-trade agreement (FTA) by 2033, officials said. The fourth round "
     "took place in Mombasa from 3 to 14 November."), 4, dt.date(2031, 11, 3)),
    (("Kenya and Ghana closed several chapters of their free trade agreement during the seventh round of "
     "negotiations held in Accra from November 3 to November 14."), 7, dt.date(2031, 11, 3)),
])
def test_a_numbered_round_is_a_round_of_the_agreement_named(text: str, ordinal: int, start: dt.date) -> None:
    evs = report(1, dt.date(2031, 11, 20), text).events
    assert [(e.key, e.ordinal, e.date_start) for e in evs] == [("free-trade-agreement/round", ordinal, start)]


def test_the_agreement_itself_is_still_no_meeting() -> None:
    text = "Kenya and Ghana signed the Kenya-Ghana Trade Agreement in 2029. The agreement was held up by the courts."
    assert [e.action for e in report(1, dt.date(2031, 11, 20), text).events] == ["sign"]


def test_a_signing_by_its_noun_has_the_documents_parties_not_a_later_clauses(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    promised = """title: Kenya and Ghana to sign trade agreement in January
date: 2031-12-19

Kenya's trade ministry said the Kenya-Ghana trade agreement is to be signed in January.
"""
    later = """title: Kenya and Ghana sign trade agreement
date: 2032-01-17

Kenya and Ghana finalised their trade agreement on Saturday. The signing took place in the old parliament building in Accra, where the 1994 treaty between Togo, Benin and Niger was also signed.
"""
    kept = ingest_texts(db, tmp_path, {"a.txt": promised, "b.txt": later})
    assert ("b.txt", "fulfils") in {(k[2], k[3]) for k in kept}


def test_a_kind_word_inside_a_longer_name_is_no_agreement_of_its_own() -> None:
    ms = find_bodies("Ruto and Mahama will sign the Lake mutual defence treaty next week.", load_registry())
    assert all(m.key != "defense treaty" for m in ms)
