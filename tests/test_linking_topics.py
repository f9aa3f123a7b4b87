"""The structural fallback's subject-matter tie-break: a promise of the parties' meeting on one
matter, when the window holds reports of two or more of their series, is fulfilled by the one
report about that matter (``match._structural``, ``match.subject_matters``). Sentences written
for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

from linked import promise, report
from tracker.linking import suggest
from tracker.linking.match import subject_matters

D = dt.date
MADE = D(2031, 11, 15)

NARCOTICS = ("The Kenya-Ghana Counternarcotics Working Group was inaugurated in Accra on 30 January, "
             "with officials of Kenya and Ghana pledging to curb drug trafficking.")
DEFENCE = ("The Kenya-Ghana Defence Staff Talks were held in Nairobi on 16 April, Kenya and Ghana "
           "reviewing military exercises.")
AI_TALKS = ("The inaugural Kenya-Ghana intergovernmental dialogue, co-chaired by officials of Kenya "
            "and Ghana, was held in Geneva on 14 May, addressing artificial intelligence risks.")


def _ai_promise(subject: str = "dialogue about artificial intelligence", quote: str | None = None) -> object:
    return promise(
        1, MADE, subject, action="hold", actors=("Kenya", "Ghana"),
        quote=quote or ("Kenya and Ghana agreed to hold a dialogue about artificial intelligence "
                        "at their summit."))


def _fulfilled_by(sugs: list) -> list[int]:  # type: ignore[type-arg]
    return sorted(s.source_id for s in sugs if s.commitment_id == 1 and s.kind == "fulfils")


def test_matters_name_no_meeting_word() -> None:
    assert subject_matters("a dialogue about artificial intelligence") == {"cyber"}
    assert subject_matters("the annual summit") == frozenset()  # diplomacy is every meeting's


def test_reports_of_several_series_the_one_on_the_promised_matter_fulfils() -> None:
    sources = [report(2, D(2032, 1, 31), NARCOTICS), report(3, D(2032, 4, 17), DEFENCE),
               report(4, D(2032, 5, 16), AI_TALKS)]
    got = [s for s in suggest([_ai_promise()], sources) if s.kind == "fulfils"]  # type: ignore[list-item]
    assert [s.source_id for s in got] == [4]
    assert "the only one about cyber" in got[0].reason


def test_a_subject_without_matter_takes_the_quotes() -> None:
    """ "get experts together" names no matter; its sentence does ("the risks of AI")."""
    c = _ai_promise("experts together", "The two leaders agreed to get experts together to "
                                        "discuss the risks of artificial intelligence.")
    sources = [report(2, D(2032, 1, 31), NARCOTICS), report(4, D(2032, 5, 16), AI_TALKS)]
    assert _fulfilled_by(suggest([c], sources)) == [4]  # type: ignore[list-item]


def test_two_series_on_the_matter_stay_ambiguous() -> None:
    other_ai = ("The Kenya-Ghana Technology Council met in Nairobi on 2 March, Kenya and Ghana "
                "discussing artificial intelligence standards.")
    sources = [report(3, D(2032, 3, 3), other_ai), report(4, D(2032, 5, 16), AI_TALKS)]
    assert _fulfilled_by(suggest([_ai_promise()], sources)) == []  # type: ignore[list-item]


def test_no_matter_promised_stays_ambiguous() -> None:
    c = promise(1, MADE, "a meeting of officials", action="hold", actors=("Kenya", "Ghana"),
                quote="Kenyan and Ghanaian officials will hold a meeting.")
    sources = [report(2, D(2032, 1, 31), NARCOTICS), report(4, D(2032, 5, 16), AI_TALKS)]
    assert _fulfilled_by(suggest([c], sources)) == []  # type: ignore[list-item]


# --- a military channel restored is kept by the armed forces' first contact ---------------------

DEFENCE_CALL = ("Kenya's Defence Secretary Amina Odhiambo held her first engagement with Gen. Kofi Mensah, "
                "chief of defence staff of Ghana, yesterday via video teleconference.")


def _channel_promise(action: str, subject: str) -> object:
    return promise(1, MADE, subject, action=action, actors=("Kenya", "Ghana"),
                   quote=f"President Ruto and President Mahama agreed to {action} {subject}.")


def test_a_restored_military_channel_is_kept_by_the_defence_chiefs_first_contact() -> None:
    sources = [report(2, D(2032, 1, 31), NARCOTICS), report(3, D(2032, 4, 17), DEFENCE_CALL),
               report(4, D(2032, 5, 16), AI_TALKS)]
    for action, subject in (("restore", "high-level military communications"),
                            ("resume", "military-to-military contacts")):
        assert _fulfilled_by(suggest([_channel_promise(action, subject)], sources)) == [3], subject  # type: ignore[list-item]


def test_the_leaders_who_agreed_are_not_who_meet_in_a_summit_on_defence() -> None:
    """A summit promised on defence is the leaders' meeting: the defence chiefs' call keeps it not."""
    c = promise(1, MADE, "a summit on defence", action="hold", actors=("Kenya", "Ghana"),
                quote="Kenya and Ghana will hold a summit on defence.")
    assert _fulfilled_by(suggest([c], [report(3, D(2032, 4, 17), DEFENCE_CALL)])) == []  # type: ignore[list-item]
