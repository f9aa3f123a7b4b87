"""Rules added after the fourth blind check (docs/accuracy.md, "Fourth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.patterns import PAST_OCCASION_EXAMPLES

D = dt.date(2023, 6, 7)


def _commitments(text: str, on: dt.date = D):
    return [it for it in extract(text, on) if it.kind == "commitment"]


@pytest.mark.parametrize("sentence", PAST_OCCASION_EXAMPLES)
def test_an_agreement_dated_to_an_earlier_occasion_is_no_new_promise(sentence):
    # "agreed to create the NCG during their summit in Washington last month" (South Korea-U.S.
    # 2023), "agreed to commence negotiations ... during Kishida's official visit ... last month"
    # (Japan-Philippines 2023), "agreed to resume their shuttle diplomacy when Yoon visited Japan
    # last month" (dev corpus, Japan-Korea), "agreed to set up the framework when they met in
    # May" (third blind check, Japan-UK)
    assert _commitments(sentence) == []


def test_an_agreement_made_now_or_dated_ahead_stays_a_promise():
    (it,) = _commitments("Kenya and Ghana agreed on Friday to hold a summit in Accra in July.")
    assert (it.due_start, it.due_end) == (dt.date(2023, 7, 1), dt.date(2023, 7, 31))
    # a meeting at a later occasion: the month is ahead of the document
    (it,) = _commitments("Kenya and Ghana agreed to sign the accord during their summit in September.")
    assert it.action == "sign"
    # the occasion is the document's own news: "at their summit on Tuesday"
    assert len(_commitments("Kenya and Ghana agreed to open consulates at their summit on Tuesday.")) == 1


def test_between_a_and_b_is_one_phrase():
    # "The inaugural meeting of the new ... Group between South Korea and the U.S. will be held
    # in Seoul on July 18" (South Korea-U.S. 2023): not a second deliverable "U.S"
    (it,) = _commitments("The first meeting of the joint council between Kenya and the Republic of "
                         "Ghana will be held in Accra on July 18.")
    assert it.subject.endswith("between Kenya and the Republic of Ghana")
    # two deliverables coordinated with "and the" are still two
    assert len(_commitments("Kenya and Ghana will sign the visa accord and the trade pact in May.")) == 2


def test_concurred_is_agreed():
    # "we concurred with President Marcos to commence formal negotiations on a ... reciprocal
    # access agreement" (Japan-Philippines 2023)
    (it,) = _commitments("We concurred with President Ruto to commence formal negotiations on a "
                         "Kenya-Ghana visa accord, the president said.")
    assert it.action == "commence"
    assert "visa accord" in it.subject
    (it,) = _commitments("Kenya and Ghana concurred to open consulates in 2024.")
    assert it.action == "open"
    # "concurred to continue coordination": an aspiration, as after "agreed"
    assert _commitments("The two leaders concurred to continue coordination on the accord.") == []


def test_a_time_phrase_between_the_verb_and_its_object():
    # "are set to sign on Monday the Philippines-Japan Reciprocal Access Agreement" (2024)
    (it,) = _commitments("Kenya and Ghana are set to sign on Monday the Kenya-Ghana visa accord in Accra.",
                         dt.date(2024, 7, 8))
    assert it.subject.startswith("Kenya-Ghana visa accord")
    assert it.due_start == it.due_end == dt.date(2024, 7, 8)
    # a meeting with no object keeps no stray preposition for a subject
    (it,) = _commitments("The ministers of Kenya and Ghana will meet on Monday in Accra.", dt.date(2024, 7, 8))
    assert it.subject.split()[-1] != "on"


def test_a_body_known_by_its_acronym_is_held():
    # "The NCG will be held every quarter" (South Korea-U.S. 2023)
    text = "Kenya and Ghana set up a Joint Security Council (JSC). The JSC will be held every quarter."
    (it,) = _commitments(text)
    assert it.subject == "JSC"
    assert it.due_start is None
    # an acronym undertaking an outcome is not read so ("the FTA ... is expected to create jobs")
    assert _commitments("Officials said the FTA is expected to create jobs and double trade by 2030.") == []


def test_restatements_across_clause_shapes():
    # "will meet with their Philippine counterparts, A and B" after "will hold a 2+2 ... on July 8"
    text = ("Kenya and Ghana will hold a 2+2 foreign and defence ministerial meeting in Accra on July 8, "
            "the foreign ministry said. Kenya's foreign and defence ministers will meet with their Ghanaian "
            "counterparts, Amina Otieno and Kofi Mensah, the ministry said in a statement.")
    (it,) = _commitments(text, dt.date(2024, 6, 28))
    assert len(it.mentions) == 2
    # a short name in brackets after the subject: "the Foreign Affairs and Defense Meeting (2+2)"
    text = ("Kenya and Ghana will convene a '2+2' ministerial meeting this year, officials said. The "
            "ministry said Accra will host the Foreign Affairs and Defense Meeting (2+2) this year.")
    (it,) = _commitments(text, dt.date(2024, 4, 12))
    assert len(it.mentions) == 2


def test_witnessing_the_signing_is_a_description():
    # "Marcos will witness the signing of the ... RAA" (Japan-Philippines 2024)
    text = ("Kenya and Ghana are set to sign on Monday the Kenya-Ghana visa accord in Nairobi. "
            "President Ruto will witness the signing of the accord after the courtesy call.")
    (it,) = _commitments(text, dt.date(2024, 7, 8))
    assert it.action == "sign"


# --- linking rules of the fourth blind check ---------------------------------------------------

def _events(text: str, pub: dt.date = dt.date(2025, 8, 12)):
    from tracker.linking import find_events
    return [(e.verb, e.key, e.ordinal, e.date_start) for e in find_events(text, pub)
            if e.polarity == "positive"]


def test_a_participle_inside_a_noun_phrase_reports_nothing():
    # "are likely to hold the inaugural session of the newly established NCG" (South Korea-U.S.)
    assert _events("Kenya and Ghana are likely to hold the first session of the newly established "
                   "Joint Commission in Accra later this month.", dt.date(2023, 7, 5)) == []


def test_its_numbered_meetings_after_a_description_of_the_body():
    # "ISMR is a unique mechanism ... Its inaugural meeting was held in New Delhi in September 2022,
    # and the 2nd meeting was held in Singapore in August 2024" (India-Singapore, 2025): "a unique
    # mechanism" is no body, "its" is the roundtable's, each clause has its number
    text = ("The Kenya-Ghana Joint Commission (KGJC) will meet in Accra on 13 August. KGJC is a unique "
            "mechanism for setting a new agenda. Its inaugural meeting was held in Nairobi in September "
            "2022, and the 2nd meeting was held in Accra in August 2024.")
    evs = _events(text)
    assert ("held", "joint-commission", 1, dt.date(2022, 9, 1)) in evs
    assert ("held", "joint-commission", 2, dt.date(2024, 8, 1)) in evs


def test_convened_for_its_third_meeting():
    # "convened the Nuclear Consultative Group (NCG) for its third meeting in Seoul on Monday" (2024)
    evs = _events("Kenya and Ghana convened the Joint Commission for its third meeting in Accra on Monday.",
                  dt.date(2024, 6, 10))
    assert [(v, o) for v, _k, o, _d in evs] == [("convened", 3)]


def test_a_subject_resolved_to_the_body_named_before_keeps_its_own_number():
    # "The inaugural meeting of the new ... Group ... will be held in Seoul on July 18" must not take
    # the third meeting, a year later
    from tracker.linking.bodies import find_bodies, resolve_subject
    ctx = find_bodies("Kenya and Ghana set up the Kenya-Ghana Joint Commission in April.")
    m = resolve_subject("inaugural meeting", "The inaugural meeting will be held in Accra on July 18.",
                        context=ctx)
    assert m is not None and m.ordinal == 1
