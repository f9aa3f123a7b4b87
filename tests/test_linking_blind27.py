"""Readings of the linker written for the twenty-seventh blind check (docs/accuracy.md), each a
shape of English, not a dialogue's wording. Sentences written for these tests; Kenya and Ghana are
the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.domain.parties import STATE_FORMS, find_parties
from tracker.linking import load_registry
from tracker.linking.bodies import normalise_name
from tracker.linking.keys import source_events
from tracker.linking.unframed import is_occasion

ON = dt.date(2031, 3, 5)
DAY = dt.date(2031, 3, 3)


def _framed(text: str) -> list[tuple[str | None, int | None, dt.date | None, str]]:
    return [(e.key, e.ordinal, e.date_start, e.verb) for e in source_events(text, ON, "News", load_registry())
            if not is_occasion(e) and e.polarity == "positive"]


def _occasions(text: str) -> list[str]:
    return [e.action for e in source_events(text, ON, "Kenya and Ghana", load_registry()) if is_occasion(e)]


@pytest.mark.parametrize(("form", "name"), STATE_FORMS)
def test_every_state_form_row_names_a_country(form: str, name: str) -> None:
    assert form in name and find_parties(name), name


@pytest.mark.parametrize("place", ["the Republic of Kenya", "the United Republic of Kenya"])
def test_a_visit_to_a_state_by_its_formal_name_is_a_visit_made(place: str) -> None:
    got = _framed(f"President Mahama of Ghana visited {place} on 3 March 2031.")
    assert (None, None, DAY, "visited") in got
    got = _framed(f"President Mahama of Ghana paid a state visit to {place} on 3 March 2031.")
    assert (None, None, DAY, "paid a visit") in got


def test_a_thing_seen_with_the_is_no_place_visited() -> None:
    assert _framed("President Mahama of Ghana visited the Great Rift Valley on 3 March 2031.") == []


def test_a_visit_on_the_occasion_of_a_session_reports_the_session() -> None:
    got = _framed("President Mahama of Ghana visited the Republic of Kenya on the 3rd of March 2031 on the "
                  "occasion of the Second Session of the Joint Commission between the two countries.")
    assert ("joint-commission", 2, DAY, "welcomed for the meeting") in got


@pytest.mark.parametrize("opening", ["At the invitation of", "On the invitation of"])
def test_a_visit_made_at_an_invitation_is_an_occasion_held(opening: str) -> None:
    assert "visit" in _occasions(f"{opening} President Ruto, President Mahama visited Nairobi on 3 March 2031.")


def test_an_invitation_extended_is_still_no_occasion_held() -> None:
    assert _occasions("Kenya invited Ghana to the summit held in Nairobi on 3 March 2031.") == []


def test_a_visit_paid_for_a_session_reports_the_session() -> None:
    got = _framed("President Mahama paid an Official Visit to Kenya from 1 - 3 March 2031, for the Third "
                  "Session of the Joint Commission (JC) between the two countries.")
    assert ("joint-commission", 3, dt.date(2031, 3, 1), "welcomed for the meeting") in got


def test_a_visit_paid_is_an_occasion_held() -> None:
    assert "visit" in _occasions("His Excellency President Mahama paid an Official Visit to Kenya from 1 - 3 "
                                 "March 2031.")


@pytest.mark.parametrize(("long", "short"), [
    (("the Joint Intergovernmental Commission on Cooperation between the Republic of Kenya and the "
     "Republic of Ghana"), "the Kenya-Ghana Intergovernmental Commission"),
    ("the Kenya-Ghana Permanent Commission for Economic Cooperation", "the Kenya-Ghana Permanent Economic Commission"),
])
def test_cooperation_after_a_body_s_name_is_no_word_of_its_series(long: str, short: str) -> None:
    assert normalise_name(long)[0] == normalise_name(short)[0]


def test_a_cooperation_council_keeps_its_word() -> None:
    assert "cooperation" in normalise_name("the Kenya-Ghana High Level Cooperation Council")[0].split()


@pytest.mark.parametrize("verb", ["spoke at", "addressed"])
def test_speaking_at_a_numbered_meeting_reports_it_held(verb: str) -> None:
    got = _framed(f"Kenyan President Ruto {verb} the 5th meeting of the Kenya-Ghana Supreme Interstate Council "
                  "in Nairobi on 27 February 2031.")
    assert ("council interstate supreme", 5, dt.date(2031, 2, 27), verb) in got


def test_speaking_ahead_or_about_a_thing_is_no_meeting() -> None:
    assert _framed("President Ruto will speak at the 5th meeting of the Kenya-Ghana Supreme Council in Nairobi.") == []
    assert _framed("President Ruto addressed concerns about the Kenya-Ghana Trade Agreement in Nairobi.") == []


@pytest.mark.parametrize(("text", "want"), [
    (("This came at the conclusion of the second meeting of the Kenyan-Ghanaian Follow-up Committee at the "
     "secretariat in Nairobi."), ("committee follow up", 2, None)),
    ("It came during the third session of the Kenya-Ghana Joint Commission in Accra on 3 March 2031.",
     ("joint-commission", 3, DAY)),
])
def test_what_came_at_a_meeting_reports_the_meeting_held(text: str, want: tuple[str, int, dt.date | None]) -> None:
    assert (*want, "came at the meeting") in _framed(text)


def test_what_came_as_a_meeting_is_planned_reports_none_held() -> None:
    assert all(v != "came at the meeting" for *_x, v in _framed(
        "This came as the Kenya-Ghana Joint Commission will meet next month."))


def _negative(text: str) -> list[tuple[str | None, str]]:
    return [(e.key, e.verb) for e in source_events(text, ON, "News", load_registry())
            if not is_occasion(e) and e.polarity == "negative"]


@pytest.mark.parametrize(("text", "key", "verb"), [
    # a meeting that did not take place
    ("The meeting of the Kenya-Ghana Border Commission planned in Accra did not take place.", "border commission",
     "take place"),
    ("The Kenya-Ghana Border Commission did not meet because of the floods.", "border commission", "meet"),
    ("The Kenya-Ghana Border Commission's session in Accra did not go ahead.", "border commission", "go ahead"),
    # an agreement not signed
    ("The Kenya-Ghana Security Agreement remains unsigned, after President Ruto held talks in Accra.",
     "agreement security", "unsigned"),
    ("The Kenya-Ghana Security Agreement is still unratified.", "agreement security", "unratified"),
    ("The Kenya-Ghana Security Agreement is yet to be inked.", "agreement security", "inked"),
])
def test_a_thing_not_done_is_reported_so(text: str, key: str, verb: str) -> None:
    assert (key, verb) in _negative(text)


def test_a_base_form_without_a_negation_reports_nothing() -> None:
    assert _framed("The Kenya-Ghana Border Commission meets every year in Accra.") == []
    assert _negative("The Kenya-Ghana Border Commission meets every year in Accra.") == []


def test_another_meeting_is_one_more_of_the_series_named_before() -> None:
    text = ("The Kenya-Ghana Border Commission met in Nairobi in 2029. Another meeting was planned in Accra "
            "but did not take place.")
    assert ("border commission", "take place") in _negative(text)
    assert normalise_name("Another meeting")[0] == ""


@pytest.mark.parametrize("name", ["Senior Officials' Meeting", "Ministerial Meeting", "Senior Officials Meeting"])
def test_a_level_s_meeting_is_no_series_of_its_own(name: str) -> None:
    assert normalise_name(name)[0] == ""


def test_a_level_s_meeting_is_the_level_of_the_body_named_before() -> None:
    text = ("The third session of the Kenya-Ghana Joint Commission was held in Accra on 3 March 2031. It was "
            "preceded by a Senior Officials' Meeting which took place on 1 March 2031.")
    assert ("joint-commission", 3, dt.date(2031, 3, 1), "took place") in _framed(text)  # (the third session's)


def test_a_named_dialogue_of_a_level_keeps_its_name() -> None:
    assert normalise_name("the Kenya-Ghana Senior Officials Dialogue")[0] == "dialogue officials senior"


def test_two_countries_level_meeting_is_their_series() -> None:
    assert normalise_name("the Kenya-Ghana Ministerial Meeting")[0] == "ministerial"


def _kept(quote: str, subject: str, report: str, day: dt.date) -> list[tuple[str, str | None]]:
    from tracker.linking import CommitmentView, SourceEvents, prepare, suggest
    c = prepare(CommitmentView(id=1, source_id=50, made_on=dt.date(2031, 11, 1), subject=subject, quote=quote,
                               action="hold", actors=("Kenya", "Ghana"), due_start=dt.date(2031, 11, 14),
                               due_end=dt.date(2031, 11, 15)))
    return [(s.kind, s.timeliness) for s in suggest([c], [SourceEvents(2, day, tuple(
        source_events(report, day, "Kenya and Ghana", load_registry())))]) if s.kind == "fulfils"]


PROMISED = "The 4th Session of the Kenya-Ghana Joint Commission will be held on 14-15 November 2031."


@pytest.mark.parametrize(("report", "day", "want"), [
    # the commission's session years later, no number: another session of the series
    ("The Kenya-Ghana Joint Commission held its session in Accra on 22 April 2036.", dt.date(2036, 4, 23), []),
    # the same edition by its number, years late: that meeting held late
    ("The 4th Session of the Kenya-Ghana Joint Commission was held in Accra on 22 April 2036.",
     dt.date(2036, 4, 23), [("fulfils", "late")]),
    # months late, no number: still taken for it
    ("The Kenya-Ghana Joint Commission held its session in Accra on 22 April 2032.", dt.date(2032, 4, 23),
     [("fulfils", "late")]),
])
def test_a_meeting_for_given_days_is_not_kept_by_its_series_years_on(report: str, day: dt.date,
                                                                    want: list[tuple[str, str]]) -> None:
    assert _kept(PROMISED, "4th Session of the Kenya-Ghana Joint Commission", report, day) == want


def test_a_titled_person_is_known_by_the_last_word_of_the_name() -> None:
    from tracker.linking.events import people_countries
    text = "President William Ruto held talks with President John Mahama in Nairobi."
    # (the leaders table knows "Ruto" and "Mahama", not "William" nor "John")
    assert people_countries(text, text, load_registry()) == {"kenya", "ghana"}
