"""Readings added after the eleventh blind check's failures were read (docs/linking.md,
"Eleventh blind check"): a postponement to a bare month ("delayed until January") is a miss of a
promise due before it; a hyphened "long-delayed" is an adjective, no report of a move. Sentences
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, promise, report

PROMISE = """title: Kenya and Ghana to sign trade agreement in Accra
date: 2031-11-23

President Ruto announced on Sunday that the trade agreement between Kenya and Ghana will be signed on December 20 in Accra.
"""


# --- postponements: one row each (sentence, its new period or None for no event) ----------------
POSTPONED_ROWS = [
    # a bare month after "until": the month it moved to
    (("The signing of the trade agreement between Kenya and Ghana has been postponed until January, "
     "officials said."), (dt.date(2032, 1, 1), dt.date(2032, 1, 31))),
    # an adverb before the participle
    (("President Ruto said on Saturday that the signing of the trade agreement between Kenya and Ghana "
     "has been tentatively delayed until January."), (dt.date(2032, 1, 1), dt.date(2032, 1, 31))),
    # a hyphened participle describes the agreement: no postponement is reported
    (("Ghana's minister said on Friday that the long-delayed trade agreement between Kenya and Ghana "
     "will be signed on January 17 in Accra."), None),
]


@pytest.mark.parametrize("sentence, period", POSTPONED_ROWS)
def test_postponement_rows(sentence: str, period: tuple[dt.date, dt.date] | None) -> None:
    got = [(e.period_start, e.period_end) for e in report(1, dt.date(2031, 12, 18), sentence).events
           if e.negative == "postponed"]
    assert got == ([period] if period else [])


def test_a_signing_delayed_until_a_later_month_is_a_miss(db, tmp_path) -> None:
    later = """title: Kenya-Ghana trade agreement signing postponed
date: 2031-12-18

The signing of the trade agreement between Kenya and Ghana has been postponed until January, officials said.
"""
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": later})
    assert [(k[2], k[3]) for k in kept] == [("b.txt", "missed")]


# --- a signing reported by its noun (events._SIGNINGS), one test per row --------------------------

@pytest.mark.parametrize("row", __import__("tracker.linking.events", fromlist=["_SIGNINGS"])._SIGNINGS,
                         ids=lambda r: r.shown)
def test_signing_rows_read_their_example(row) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in report(1, dt.date(2031, 10, 6), row.example).events if e.verb == row.shown]
    assert len(evs) == 1 and evs[0].action == "sign" and evs[0].key
    if row.today:
        assert evs[0].date_start == dt.date(2031, 10, 6)


def test_a_signing_takes_its_own_date_not_a_later_clauses() -> None:
    text = ("The Kenya-Ghana Trade Agreement was agreed last year. The signing took place at State House "
            "in Accra, the same venue where the Treaty of Nairobi was signed in 1991.")
    ev = next(e for e in report(1, dt.date(2032, 1, 17), text).events if e.verb == "signing took place")
    assert ev.key == "free-trade-agreement" and ev.date_start is None


@pytest.mark.parametrize("text", [
    "The signing of the Kenya-Ghana Defence Treaty will take place on Monday.",  # announced
    "Today, we look forward to the signing of the Kenya-Ghana Defence Treaty.",  # no row
])
def test_a_signing_ahead_is_no_report(text: str) -> None:
    assert not [e for e in report(1, dt.date(2031, 10, 6), text).events if e.action == "sign"]


def test_the_signing_promised_is_kept_by_the_signing_reported(db, tmp_path) -> None:
    promise_ = """title: Kenya and Ghana to sign defence treaty
date: 2031-10-04

Presidents Ruto and Mahama will sign the Kenya-Ghana Defence Treaty in Nairobi.
The signing will take place at State House on Monday.
"""
    later = """title: Remarks at the signing of the Kenya-Ghana Defence Treaty
date: 2031-10-06

Last month we marked our national day together. Today, with the signing of the Kenya-Ghana Defence Treaty, we commit ourselves to a shared future.
"""
    kept = ingest_texts(db, tmp_path, {"a.txt": promise_, "b.txt": later})
    assert ("b.txt", "fulfils") in {(k[2], k[3]) for k in kept}
    assert {k[1] for k in kept if k[2] == "b.txt"} >= {"signing"}


# --- a subject that is the act itself (match._SUBJECT_ACTS) -----------------------------------------

@pytest.mark.parametrize("row", __import__("tracker.linking.match", fromlist=["_SUBJECT_ACTS"])._SUBJECT_ACTS,
                         ids=lambda r: r[2])
def test_subject_act_rows(row) -> None:  # type: ignore[no-untyped-def]
    from tracker.linking.match import action_class
    cls, _rx, example = row
    assert action_class("hold", None, example) == cls
    assert action_class("take place", None, "the " + example) == cls
    assert action_class("hold", None, "the signing of a trade deal") == "sign"
    assert action_class("hold", None, "the Kenya-Ghana Joint Commission") == "meet"


# --- who came is not what met (events._ASIDE_BEFORE, _MEETING_OF) -----------------------------------

@pytest.mark.parametrize("sentence, ordinal", [
    (("Representatives of Kenya and Ghana, with observers from the African Union Commission, convened "
     "the third meeting of the Joint Security Coordination Mechanism (JSCM) in Nairobi on December 1-2."), 3),
    (("Officials of Kenya and Ghana, along with officials from Togo, Qatar and the African Union "
     "Commission, gathered in Nairobi on December 1-2 for the fourth meeting of the Joint Security "
     "Coordination Mechanism."), 4),
])
def test_an_observer_in_an_aside_is_not_the_meeting(sentence: str, ordinal: int) -> None:
    evs = report(1, dt.date(2031, 12, 3), sentence).events
    assert [(e.key, e.ordinal, e.date_start) for e in evs] == [
        ("coordination mechanism security", ordinal, dt.date(2031, 12, 1))]


def test_a_reduced_relative_keeps_its_body() -> None:
    evs = report(1, dt.date(2031, 12, 3), "The Kenya-Ghana Joint Commission, held in Accra on December 1, "
                                          "agreed on a new plan.").events
    assert [e.key for e in evs] == ["joint-commission"]


# --- another edition's host is no replacement (match._replaced) -------------------------------------

def test_a_later_editions_host_does_not_replace_an_earlier_edition() -> None:
    from tracker.linking import suggest
    third = promise(1, dt.date(2031, 12, 20), "third round of Kenya-Ghana free trade agreement negotiations",
                    (dt.date(2032, 1, 1), dt.date(2032, 12, 31)), action="hold", actors=("Kenya", "Ghana"),
                    quote="We expect the third round of negotiations to take place in Accra next year.")
    fifth = promise(2, dt.date(2032, 8, 3), "fifth round of Kenya-Ghana free trade agreement negotiations",
                    (dt.date(2032, 8, 3), dt.date(2032, 12, 31)), action="host", actors=("Kenya", "Ghana"),
                    quote="The fifth round is set to be hosted by Togo later this year.")
    assert third.ordinal == 3 and fifth.ordinal == 5 and third.host and fifth.host and third.host != fifth.host
    assert not [s for s in suggest([third, fifth], []) if s.commitment_id == 1 and s.kind == "missed"]


# --- a meeting about an agreement is two bodies; a short agreement name is not a mechanism's -------

def test_a_meeting_on_an_agreement_names_two_bodies() -> None:
    from tracker.linking import load_registry
    from tracker.linking.bodies import find_bodies
    reg = load_registry()
    got = [(m.text, m.key) for m in find_bodies(
        "Statement on the Inaugural Joint Security Coordination Mechanism Meeting on Peace Agreement "
        "between Kenya and Ghana", reg)]
    assert got == [("Inaugural Joint Security Coordination Mechanism Meeting", "coordination mechanism security"),
                   ("Peace Agreement", "agreement peace")]
    # a standing body keeps its tail, and its head is the one before it
    [committee] = find_bodies("the Joint Committee on the Kenya-Ghana Free Trade Agreement", reg)
    assert committee.text.endswith("Free Trade Agreement") and committee.head == "Committee"


def test_the_agreement_is_no_short_name_of_the_mechanism_for_it() -> None:
    text = ("Joint Statement on the Third Meeting of the Joint Security Coordination Mechanism for the Peace "
            "Agreement between Kenya and Ghana. The meeting reviewed the Peace Agreement signed on June 27, 2031.")
    evs = [e for e in report(1, dt.date(2031, 10, 22), text).events if e.action == "sign"]
    assert [(e.key, e.date_start) for e in evs] == [("agreement peace", dt.date(2031, 6, 27))]


@pytest.mark.parametrize("kind, example", __import__("tracker.linking.bodies", fromlist=["x"]).LOWER_AGREEMENT_KINDS)
def test_lower_case_agreement_kinds(kind: str, example: str) -> None:
    from tracker.linking import load_registry
    from tracker.linking.bodies import find_bodies, head_class
    ms = find_bodies(example, load_registry())
    assert len(ms) == 1 and head_class(ms[0].head) == "agreement" and len(ms[0].key.split()) == 2


def test_an_evaluation_names_no_agreement() -> None:
    from tracker.linking import load_registry
    from tracker.linking.bodies import find_bodies
    assert not find_bodies("Kenya and Ghana will sign a landmark agreement.", load_registry())


def test_an_observer_listed_last_before_the_verb_is_not_the_meeting() -> None:
    text = ("Between December 1 and 2, representatives from Kenya and Ghana, along with observers from Togo "
            "and the African Union Commission held the first meeting of the Joint Security Coordination Mechanism.")
    evs = report(1, dt.date(2031, 12, 3), text).events
    assert {e.key for e in evs} == {"coordination mechanism security"}


# --- no report: a gerund clause; a communique is not the treaty it announces ------------------------

def test_a_gerund_clause_is_no_report() -> None:
    text = "Such was the anticipation of the Kenya-Ghana Defence Treaty being signed this week, ministers flew in."
    assert not report(1, dt.date(2031, 9, 17), text).events


def test_a_communique_about_a_treaty_does_not_keep_the_treaty_promise() -> None:
    from tracker.linking import suggest
    c = promise(1, dt.date(2031, 9, 16), "Kenya-Ghana mutual defence treaty",
                (dt.date(2031, 9, 15), dt.date(2031, 9, 21)), action="sign", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana will sign a mutual defence treaty this week.")
    r = report(2, dt.date(2031, 9, 17), "Instead, Kenya and Ghana have this morning signed a communique "
                                        "signalling their intent to advance to the treaty at a later date.")
    assert [e.action for e in r.events] == ["sign"]
    assert not [s for s in suggest([c], [r]) if s.kind == "fulfils"]


# --- a numbered round after the agreement was named (events._ROUND_SUBJECT) -------------------------

@pytest.mark.parametrize("text, ordinal, start", [
    (("The latest round of trade talks between Kenya and Ghana made good progress towards a free-trade "
     "agreement (FTA), the Kenyan government said. The fifth round took place in Nairobi between "
     "5-16 November."), 5, dt.date(2031, 11, 5)),
    (("Negotiations for a free trade agreement (FTA) between Kenya and Ghana have advanced during the "
     "sixth round of talks held between November 3 and November 14."), 6, dt.date(2031, 11, 3)),
])
def test_a_numbered_round_is_a_round_of_the_agreement_named(text: str, ordinal: int, start: dt.date) -> None:
    evs = report(1, dt.date(2031, 11, 20), text).events
    assert [(e.key, e.ordinal, e.date_start) for e in evs] == [("free-trade-agreement/round", ordinal, start)]


def test_the_agreement_itself_is_still_no_meeting() -> None:
    text = "Kenya and Ghana signed the Kenya-Ghana Trade Agreement in 2029. The agreement was held up by the courts."
    assert [e.action for e in report(1, dt.date(2031, 11, 20), text).events] == ["sign"]
