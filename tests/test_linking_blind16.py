"""Readings of the linker added at the sixteenth blind check (docs/accuracy.md): a numbered
edition reported held in a span (a year) that began before it was promised is still the edition
promised; a thing brought into force is launched, not signed; the standing kinds of defence and
legal agreement named in lower case; a dateline with its date first. Sentences written for these
tests (Kenya and Ghana as the parties; no text of a blind set)."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, promise, report
from tracker.extract.sentences import lead_start
from tracker.linking import load_registry, suggest
from tracker.linking.match import action_class

PROMISE = """title: Kenya-Ghana council to meet
date: 2031-11-20

The sixth meeting of the Kenya-Ghana Supreme Strategic Committee will be held on Thursday in Nairobi, officials said.
"""
HELD_IN_THE_YEAR = """title: Kenya and Ghana deepen ties
date: 2032-05-02

The sixth meeting of the Kenya-Ghana Supreme Strategic Committee was held in 2031 in Nairobi.
"""
SEVENTH_IN_THE_YEAR = """title: Kenya and Ghana deepen ties
date: 2032-05-02

The seventh meeting of the Kenya-Ghana Supreme Strategic Committee was held in 2031 in Nairobi.
"""


def test_the_edition_promised_reported_held_that_year(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": HELD_IN_THE_YEAR})
    assert [(f, src, kind) for f, _subject, src, kind in kept] == [("a.txt", "b.txt", "fulfils")]


def test_another_edition_that_year_keeps_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": SEVENTH_IN_THE_YEAR})
    assert not [k for k in kept if k[3] == "fulfils"]


def test_an_unnumbered_meeting_that_year_is_no_edition() -> None:
    c = promise(1, dt.date(2031, 11, 20), "Kenya-Ghana Supreme Strategic Committee meeting",
                (dt.date(2031, 11, 27), dt.date(2031, 11, 27)), ordinal=None)
    r = report(2, dt.date(2032, 5, 2), "The Kenya-Ghana Supreme Strategic Committee was held in 2031 in Nairobi.")
    assert [s for s in suggest([c], [r], load_registry()) if s.kind == "fulfils"] == []


@pytest.mark.parametrize("action", ["bring into effect", "enter into force", "take effect", "activate"])
def test_brought_into_force_is_launched(action: str) -> None:
    assert action_class(action, None, "the agreement") == "launch"


@pytest.mark.parametrize(("action", "cls"), [("enter into", "sign"), ("sign", "sign"), ("reopen", "launch")])
def test_other_classes_stay(action: str, cls: str) -> None:
    assert action_class(action, None, "the agreement") == cls


def test_entry_into_force_kept_by_the_activation(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {
        "a.txt": "title: Kenya, Ghana set date\ndate: 2031-08-12\n\nThe Reciprocal Access Agreement (RAA) "
                 "between Kenya and Ghana is scheduled to take effect on Sept. 11 this year.\n",
        "b.txt": "title: Kenya, Ghana activate pact\ndate: 2031-09-11\n\nKenya and Ghana formally activated "
                 "the Reciprocal Access Agreement (RAA) on Thursday, the defence ministry said.\n"})
    assert ("a.txt", "b.txt", "fulfils") in [(f, src, kind) for f, _s, src, kind in kept]


def test_a_lower_case_reciprocal_access_agreement_is_the_named_one(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {
        "a.txt": "title: Kenya targets pact\ndate: 2031-04-20\n\nKenya is targeting to sign a Reciprocal Access "
                 "Agreement (RAA) with Ghana before the end of the year. \"Our country's target is to sign the "
                 "arrangement with Ghana, the RAA, before the end of the year,\" the minister told reporters.\n",
        "b.txt": "title: Kenya, Ghana ink reciprocal access agreement\ndate: 2031-07-08\n\nNairobi, July 8 "
                 "(KNA)--Kenya and Ghana signed on Monday a reciprocal access agreement to facilitate visits "
                 "by their forces.\n"})
    assert ("a.txt", "b.txt", "fulfils") in [(f, src, kind) for f, _s, src, kind in kept]


@pytest.mark.parametrize("dateline", ["July 6, 2031 (NAIROBI) - ", "6 July 2031 (Nairobi): "])
def test_a_dateline_with_its_date_first(dateline: str) -> None:
    body = dateline + "Kenya and Ghana agreed to open two consulates."
    assert lead_start(body) == len(dateline)


def test_a_sentence_opening_with_a_date_is_no_dateline() -> None:
    assert lead_start("July 6, 2031 will see Kenya and Ghana open two consulates.") == 0


@pytest.mark.parametrize(("sentence", "period"), [
    (("Kenyan and Ghanaian trade ministers will meet again in Accra this week, after failing to conclude "
     "negotiations on the Kenya-Ghana Trade Agreement last month in Nairobi."),
     (dt.date(2031, 11, 1), dt.date(2031, 11, 30))),
    (("The negotiations on the Kenya-Ghana Trade Agreement were originally planned to conclude in November "
     "2031, but the countries had failed to reach an agreement on a number of issues."),
     (dt.date(2031, 11, 1), dt.date(2031, 11, 30))),
    ("Kenya and Ghana have failed to conclude the Kenya-Ghana Trade Agreement.", (None, dt.date(2031, 12, 12))),
])
def test_a_failure_reported_is_not_done_by_then(sentence: str, period: tuple[dt.date | None, dt.date]) -> None:
    from tracker.linking import find_events

    (ev,) = find_events(sentence, dt.date(2031, 12, 12))
    assert (ev.polarity, ev.negative, ev.action) == ("negative", "not_by", "conclude")
    assert (ev.period_start, ev.period_end) == period


def test_a_failure_misses_a_promise_due_before_it() -> None:
    c = promise(1, dt.date(2030, 3, 16), "Kenya-Ghana Trade Agreement", (dt.date(2030, 3, 16), dt.date(2031, 9, 16)),
                action="conclude")
    r = report(2, dt.date(2031, 12, 12), "The negotiations on the Kenya-Ghana Trade Agreement were originally "
               "planned to conclude in November 2031, but the countries had failed to reach an agreement.")
    assert [s.kind for s in suggest([c], [r], load_registry())] == ["missed"]


def test_a_failure_foreseen_is_none() -> None:
    from tracker.linking import find_events

    assert not find_events("If Kenya and Ghana fail to conclude the Kenya-Ghana Trade Agreement, the talks end.",
                           dt.date(2031, 12, 12))


def test_new_agreements_promised_for_the_meeting_kept_by_the_signing_there(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {
        "a.txt": "title: Kenya-Ghana council meets on Tuesday\ndate: 2031-12-05\n\nThe ambassador said the 7th "
                 "meeting of the Kenya-Ghana Supreme Strategic Committee will be held in Nairobi on Tuesday. "
                 "\"Views on regional developments will be exchanged during the meeting, in addition to signing "
                 "new agreements that will strengthen relations,\" he said.\n",
        "b.txt": "title: Kenya and Ghana sign 15 agreements\ndate: 2031-12-09\n\nThe 7th meeting of the Kenya-Ghana "
                 "Supreme Strategic Committee was held in Nairobi on Tuesday. Kenya and Ghana on Tuesday signed "
                 "15 agreements to enhance cooperation between the two countries.\n"})
    got = {(subject, src, kind) for _f, subject, src, kind in kept}
    assert ("new agreements", "b.txt", "fulfils") in got


def test_a_leaders_summit_keeps_no_promise_of_agreements() -> None:
    c = promise(1, dt.date(2031, 12, 5), "new agreements", (dt.date(2031, 12, 7), dt.date(2031, 12, 7)),
                action="sign", quote="Kenya and Ghana will sign new agreements on Tuesday.")
    r = report(2, dt.date(2031, 12, 9), "The presidents of Kenya and Ghana held a summit in Nairobi on Tuesday.")
    assert [s for s in suggest([c], [r], load_registry()) if s.kind == "fulfils"] == []


def test_a_standing_kind_of_agreement_is_each_pairs_own() -> None:
    from tracker.linking.bodies import is_generic

    reg = load_registry()
    assert is_generic("agreement comprehensive economic partnership", reg)
    c = promise(1, dt.date(2031, 2, 21), "Kenya-Ghana Comprehensive Economic Partnership Agreement",
                (dt.date(2031, 2, 21), dt.date(2031, 12, 31)), action="conclude",
                quote="Kenya and Ghana will conclude the Kenya-Ghana Comprehensive Economic Partnership Agreement this year.")
    r = report(2, dt.date(2031, 3, 4), "Ghana and Togo inked the Ghana-Togo Comprehensive Economic Partnership "
               "Agreement on Monday.")
    assert [s for s in suggest([c], [r], reg) if s.kind == "fulfils"] == []


def test_officials_met_to_convene_the_body_report_its_meeting() -> None:
    from tracker.linking import find_events

    text = ("On September 12, senior officials from Kenya and Ghana met in Accra to convene the Kenya-Ghana "
            "High-Level Economic Dialogue. The foreign ministers chaired the meeting for the two sides.")
    evs = [e for e in find_events(text, dt.date(2032, 9, 15)) if e.polarity == "positive" and e.key]
    assert evs and all(e.date_start == dt.date(2032, 9, 12) for e in evs)
    assert evs[0].verb == "met" and "economic" in evs[0].key


@pytest.mark.parametrize("verb", ["starts", "begins", "opens"])
def test_a_summit_starting_on_the_day_of_the_report(verb: str) -> None:
    from tracker.linking import find_events

    text = f"MOMBASA - The 17th Kenya-Ghana summit {verb} in the seaside resort of Mombasa on Sunday."
    (ev,) = find_events(text, dt.date(2032, 7, 4))  # a Sunday
    assert (ev.polarity, ev.ordinal, ev.date_start) == ("positive", 17, dt.date(2032, 7, 4))
    assert not find_events(text, dt.date(2032, 7, 1))  # a preview: that Sunday has not come


def test_a_country_alone_names_no_body_of_the_quote() -> None:
    from tracker.linking.bodies import resolve_subject

    q = ("Ruto confirmed Thursday he would visit Ghana later this year after a meeting with Mahama on the "
         "sidelines of a West Africa summit in Nigeria.")
    assert resolve_subject("Ghana", q, load_registry()) is None
    assert resolve_subject("Brisbane", "The minister will visit Brisbane for the AUSMIN talks.",
                           load_registry()) is not None


def test_a_visit_promised_at_a_summit_in_a_third_country() -> None:
    quote = ("Kenyan President William Ruto confirmed Thursday he would visit Ghana later this year after a "
             "meeting with Ghana's President Mahama on the sidelines of a summit in Nigeria.")
    c = promise(1, dt.date(2031, 9, 7), "Ghana", (dt.date(2031, 9, 7), dt.date(2031, 12, 31)), action="visit",
                quote=quote, actors=("Kenya", "Ghana", "Nigeria"))
    assert c.host == "ghana" and c.key is None
    r = report(2, dt.date(2031, 11, 4), "Kenyan President William Ruto has arrived in Ghana on a mission to "
               "stabilise the relationship with Kenya's trading partner.")
    assert [s.kind for s in suggest([c], [r], load_registry())] == ["fulfils"]


def test_names_written_with_their_diacritics() -> None:
    from tracker.domain.parties import plain_letters
    from tracker.extract.actors import countries_in as extract_countries
    from tracker.linking.bodies import countries_in

    assert plain_letters("Hà Nội, Việt Nam") == "Ha Noi, Viet Nam"
    assert countries_in("arrived in Hà Nội, Việt Nam") == frozenset({"vietnam"})
    assert extract_countries("a state visit to Việt Nam") == ["Vietnam"]
    assert countries_in("Türkiye") == frozenset({"turkey"})  # (a spelling with its own accent still reads)


def test_the_announcer_before_a_visit_is_no_body_of_it() -> None:
    from tracker.linking.bodies import resolve_subject

    q = "The Department of Foreign Affairs (DFA) announced on Wednesday that President Ruto will visit Ghana in January."
    assert resolve_subject("Ghana", q, load_registry()) is None


def test_keys_fold_accents_by_the_same_letters_as_scanned_text() -> None:
    from tracker.domain.parties import fold, plain_letters

    for name in ("Łódź", "Hà Nội", "Côte d’Ivoire", "Đà Nẵng"):
        assert fold(name) == plain_letters(name).replace("’", "'").casefold()
    assert fold("Vie\u0302\u0323t  Nam") == "viet nam"  # accents written as separate marks; spaces
