"""Rules added after the fourth blind check (docs/accuracy.md, "Fourth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments_published
from tracker.extract.patterns import PAST_OCCASION_EXAMPLES

D = dt.date(2023, 6, 7)


_commitments = commitments_published(D)


@pytest.mark.parametrize("sentence", PAST_OCCASION_EXAMPLES)
def test_an_agreement_dated_to_an_earlier_occasion_is_no_new_promise(sentence):
    # seen in South Korea-U.S. and Japan-Philippines reports (2023), the dev corpus's Japan-Korea
    # family and the third blind check (Japan-UK): an earlier agreement restated as background
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
    # (South Korea-U.S. 2023) the second party of "between A and the B" is no second deliverable
    (it,) = _commitments("The first meeting of the joint council between Kenya and the Republic of "
                         "Ghana will be held in Accra on July 18.")
    assert it.subject.endswith("between Kenya and the Republic of Ghana")
    # two deliverables coordinated with "and the" are still two
    assert len(_commitments("Kenya and Ghana will sign the visa accord and the trade pact in May.")) == 2


def test_concurred_is_agreed():
    # the agreement verb of Japanese readouts (Japan-Philippines 2023)
    (it,) = _commitments("We concurred with President Ruto to begin talks on a "
                         "Kenya-Ghana visa accord, the president said.")
    assert it.action == "begin"
    assert "visa accord" in it.subject
    (it,) = _commitments("Kenya and Ghana concurred to open consulates in 2024.")
    assert it.action == "open"
    # an aspiration after "concurred", as after "agreed"
    assert _commitments("The two leaders concurred to keep working on the accord.") == []


def test_a_time_phrase_between_the_verb_and_its_object():
    # the shape of a Japan-Philippines report (2024)
    (it,) = _commitments("Kenya and Ghana are set to sign on Monday the Kenya-Ghana visa accord in Accra.",
                         dt.date(2024, 7, 8))
    assert it.subject.startswith("Kenya-Ghana visa accord")
    assert it.due_start == it.due_end == dt.date(2024, 7, 8)
    # a meeting with no object keeps no stray preposition for a subject
    (it,) = _commitments("The ministers of Kenya and Ghana will meet on Monday in Accra.", dt.date(2024, 7, 8))
    assert it.subject.split()[-1] != "on"


def test_a_body_known_by_its_acronym_is_held():
    # a body known by its acronym, meeting quarterly (South Korea-U.S. 2023)
    text = "Kenya and Ghana set up a Joint Security Council (JSC). The JSC will be held every quarter."
    (it,) = _commitments(text)
    assert it.subject == "JSC"
    assert it.due_start is None
    # an acronym undertaking anything but a meeting is not read so
    assert _commitments("Officials said the CEPA is expected to create factories in Mombasa by 2031.") == []


def test_restatements_across_clause_shapes():
    # whom the ministers meet, named after a comma, after the dated 2+2 (Japan-Philippines 2024)
    text = ("Kenya and Ghana will hold a 2+2 foreign and defence ministerial meeting in Accra on July 8, "
            "the foreign ministry said. Kenya's foreign and defence ministers will meet with their Ghanaian "
            "counterparts, Amina Otieno and Kofi Mensah, the ministry said in a statement.")
    (it,) = _commitments(text, dt.date(2024, 6, 28))
    assert len(it.mentions) == 2
    # a short name in brackets after the subject (Japan-Philippines 2024)
    text = ("Kenya and Ghana will hold a 2+2 meeting of ministers this year, officials said. The "
            "ministry said Accra will host the Foreign and Defence Ministerial Meeting (2+2) this year.")
    (it,) = _commitments(text, dt.date(2024, 4, 12))
    assert len(it.mentions) == 2


def test_witnessing_the_signing_is_a_description():
    # a leader witnessing the signing (Japan-Philippines 2024)
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
    # a hedged announcement naming a newly created body (South Korea-U.S. 2023)
    assert _events("Kenya expects the first talks of the newly established Joint Commission to take "
                   "place in Accra soon.", dt.date(2023, 7, 5)) == []


def test_its_numbered_meetings_after_a_description_of_the_body():
    # the shape of an India-Singapore report (2025): "a unique mechanism" is no body, "its" is the
    # body's, each clause has its number
    text = ("The Kenya-Ghana Joint Commission (KGJC) will meet in Accra on 13 August. KGJC is a unique "
            "mechanism for trade. Its first meeting was held in Nairobi in March 2021, and the 3rd "
            "meeting was held in Accra in May 2024.")
    evs = _events(text)
    assert ("held", "joint-commission", 1, dt.date(2021, 3, 1)) in evs
    assert ("held", "joint-commission", 3, dt.date(2024, 5, 1)) in evs


def test_convened_for_its_third_meeting():
    # the shape of a South Korea-U.S. report (2024)
    evs = _events("On Monday the Joint Commission was convened in Accra for its fourth meeting.",
                  dt.date(2024, 6, 10))
    assert [(v, o) for v, _k, o, _d in evs] == [("convened", 4)]


def test_a_subject_resolved_to_the_body_named_before_keeps_its_own_number():
    # (South Korea-U.S.) a promised first meeting must not take the third meeting, a year later
    from tracker.linking.bodies import find_bodies, resolve_subject
    ctx = find_bodies("Kenya and Ghana set up the Kenya-Ghana Joint Commission in April.")
    m = resolve_subject("inaugural meeting", "The inaugural meeting will be held in Accra on July 18.",
                        context=ctx)
    assert m is not None and m.ordinal == 1
