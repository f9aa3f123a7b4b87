"""Readings of the forty-first blind check (docs/accuracy.md): a stay or a journey made to attend a
meeting, "the first in 20 years" as no window, a visit told by what followed it, leaders who witness
a signing, a trade mission led to a country, a coming to a capital, a launch put off told by its
noun, one occasion told by two reports a day apart; on invented
Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from extracted import commitments_published
from linked import promise, report
from pinned import CLOCK
from tracker.app import Tracker
from tracker.linking import load_registry, suggest
from tracker.linking.events import THING_PUT_OFF_EXAMPLE, find_events, is_thing_put_off, is_visit
from tracker.linking.unframed import find_occasions
from tracker.store.models import Commitment, Evidence, Source
from tracker.temporal import find_all

MADE = dt.date(2030, 8, 14)
D = dt.date

promises = commitments_published(MADE)


# --- a stay or a journey in the past made to attend the meeting (events._NOMINAL) ---------------

@pytest.mark.parametrize("text", [
    ("Kenyan Foreign Minister Otieno was in Ghana to attend the 9th Kenya-Ghana Joint Commission as the "
    "two countries marked sixty years of ties."),
    "Kenyan Foreign Minister Otieno travelled to Accra to co-chair the 9th Kenya-Ghana Joint Commission.",
])
def test_a_stay_made_to_attend_the_meeting_reports_it(text: str) -> None:
    evs = [e for e in find_events(text, D(2030, 9, 2)) if e.verb == "arrived for the meeting"]
    assert len(evs) == 1 and evs[0].ordinal == 9 and evs[0].polarity == "positive"


def test_a_journey_to_come_reports_no_meeting() -> None:
    text = "Kenyan Foreign Minister Otieno will travel to Accra to attend the 9th Kenya-Ghana Joint Commission."
    assert not [e for e in find_events(text, D(2030, 9, 2)) if e.verb == "arrived for the meeting"]


def test_delegates_to_a_session_who_agreed_report_it_held() -> None:
    text = ("Minister Otieno said yesterday that delegates to the 9th Session of the Kenya-Ghana Joint Commission "
            "had agreed to upgrade ties.")
    evs = [e for e in find_events(text, D(2030, 7, 25)) if e.verb == "delegates to the meeting"]
    assert len(evs) == 1 and evs[0].ordinal == 9 and evs[0].date_start == D(2030, 7, 24)
    assert not [e for e in find_events("Delegates to the 9th Session of the Kenya-Ghana Joint Commission are "
                                       "expected to adopt a plan.", D(2030, 7, 25))
                if e.verb == "delegates to the meeting"]


def test_a_review_of_a_session_is_not_that_session() -> None:
    text = ("The ministers will adopt decisions made at the Mid-Term Review of the 9th Session of the Kenya-Ghana "
            "Joint Commission that took place on 14 April 2031.")
    held = [e for e in find_events(text, D(2031, 5, 14)) if e.polarity == "positive" and e.body is not None]
    assert held and all(e.body is not None and e.body.sub for e in held)


# --- "the first in 20 years": the time since the last one, no window (temporal.r_within_n) -------

def test_the_first_in_twenty_years_is_no_window() -> None:
    assert find_all("the first meeting of the Kenya-Ghana trade committee in 20 years", MADE, "past") == []
    assert find_all("The talks resumed for the first time in three years.", MADE) == []
    (t,) = find_all("They will hold the first round in two weeks.", MADE)
    assert (t.due_start, t.due_end) == (MADE, D(2030, 8, 28))


def test_a_meeting_previewed_as_the_first_in_years_is_not_reported_held() -> None:
    text = ("Market access is high on the agenda at the first Kenya-Ghana Joint Trade Committee meeting in "
            "20 years.")
    assert not [e for e in find_events(text, D(2031, 4, 19)) if e.polarity == "positive" and e.date_start]


# --- a visit told by what followed it (events._VISITS row "following a visit") -------------------

def test_a_press_conference_after_a_visit_reports_the_visit() -> None:
    text = ("President Ruto and President Mahama held a joint press conference following Mahama's five-hour "
            "visit to Kenya.")
    evs = [e for e in find_events(text, D(2030, 8, 21)) if is_visit(e)]
    assert [e.object_text for e in evs] == ["visit to Kenya"]


def test_a_visit_told_beside_a_press_conference_keeps_the_visit_promised() -> None:
    reg = load_registry()
    p = promise(1, D(2030, 7, 16), "Kenya", (D(2030, 7, 16), D(2030, 10, 16)), action="visit",
                actors=("Ghana",), quote="Ghanaian President Mahama gave an undertaking that he would visit Kenya "
                                          "at the very earliest.")
    r = report(2, D(2030, 8, 21), "Kenyan President Ruto and Ghanaian President Mahama held a joint press "
                                  "conference following Mahama's five-hour visit to Kenya.")
    assert [s.source_id for s in suggest([p], [r], reg) if s.kind == "fulfils"] == [2]


@pytest.mark.parametrize("text", [
    "President Ruto will hold a press conference after Mahama's visit to Kenya.",
    "The statement came after the planned visit to Kenya.",
    "The talks will resume after his visit to Ghana next month.",
])
def test_a_visit_still_to_come_is_no_visit_made(text: str) -> None:
    assert not [e for e in find_events(text, D(2030, 8, 21)) if is_visit(e) and e.polarity == "positive"]


# --- leaders who witness a signing promise it; a mission led; a coming to a capital --------------

@pytest.mark.parametrize(("text", "subject"), [
    ("The two presidents will also witness the signing of the upgraded Kenya-Ghana Trade Agreement.",
     "upgraded Kenya-Ghana Trade Agreement"),
    ("Both sides will witness the signing ceremony of two memoranda of understanding between Kenya and Ghana.",
     "two memoranda of understanding between Kenya and Ghana"),
])
def test_leaders_who_will_witness_a_signing_promise_it(text: str, subject: str) -> None:
    (c,) = promises(text)
    assert (c.action, c.subject) == ("sign", subject)


@pytest.mark.parametrize("text", [
    "President Ruto will witness the signing of the accord after the courtesy call.",
    "President Ruto will see the signing of a trade agreement in May.",
])
def test_one_person_witnessing_a_signing_has_a_role_at_it(text: str) -> None:
    assert [c for c in promises(text) if c.action == "sign"] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("Ruto has accepted an invitation to the 50th Anniversary Celebrations of Ghana.",
     "50th Anniversary Celebrations of Ghana"),
    ("Ruto has accepted an invitation to Mahama's inauguration scheduled for October this year.",
     "Mahama's inauguration scheduled"),
])
def test_an_invitation_accepted_to_an_occasion_is_attending_it(text: str, subject: str) -> None:
    (c,) = promises(text)
    assert (c.action, c.subject) == ("attend", subject)
    assert promises("Ruto has accepted an invitation to Mahama's proposal on trade.") == []


def test_an_undertaking_given_is_a_promise() -> None:
    (c,) = promises("President Mahama gave an undertaking that he would visit Kenya at the very earliest.")
    assert (c.action, c.subject, c.due_end) == ("visit", "Kenya", D(2030, 11, 14))


def test_the_adjectives_of_one_noun_are_no_list_of_deliverables() -> None:
    (c,) = promises("Kenya and Ghana will sign agreements at the regional, continental, and multilateral fora in "
                    "October.")
    assert c.subject == "agreements at the regional, continental, and multilateral fora"
    assert len(promises("Kenya and Ghana will open an embassy, a consulate and a trade office by 2031.")) == 3


@pytest.mark.parametrize("text", [
    "Kenya and Ghana agreed, on principle, to resume maritime liaisons between their defence agencies.",
    "The two sides also agreed, in principle, that the next round of talks will be held in October.",
])
def test_an_agreement_in_principle_between_commas_is_one(text: str) -> None:
    assert len(promises(text)) == 1


def test_two_periods_offered_as_alternatives_are_one_window() -> None:
    from tracker.temporal import EITHER_EXAMPLE

    text, anchor, start, end = EITHER_EXAMPLE
    (t,) = find_all(text, anchor)
    assert (t.due_start, t.due_end, t.rule) == (start, end, "either")
    assert len(find_all("They met in 2019 or 2020.", D(2024, 1, 1), "past")) == 2  # (the past: two years)


def test_further_expected_to_sign_is_a_promise() -> None:
    (c,) = promises("The two countries are further expected to sign the Kenya-Ghana Agreement next week.")
    assert (c.action, c.due_start) == ("sign", D(2030, 8, 19))


def test_a_trade_mission_led_to_a_country_is_a_visit() -> None:
    (c,) = promises("Kenyan President Ruto will lead a trade mission to Ghana and Nigeria later this month.")
    assert (c.action, c.due_end) == ("visit", D(2030, 8, 31))


def test_coming_to_a_capital_on_a_day_to_come_is_a_plan() -> None:
    (c,) = promises("Kenyan President Ruto is coming to Accra on an official visit on Friday, August 16.")
    assert c.due_start == c.due_end == D(2030, 8, 16)
    assert promises("The rainy season is coming on Friday.") == []


# --- a launch put off, told by its noun (events._THING_PUT_OFF, match._things_put_off) -----------

def test_the_example_reads_as_a_launch_put_off() -> None:
    (ev,) = [e for e in find_events(THING_PUT_OFF_EXAMPLE, D(2031, 4, 10)) if is_thing_put_off(e)]
    assert (ev.action, ev.negative, ev.object_text) == ("launch", "postponed", "joint coastal patrols by Kenya and Ghana")


def test_a_body_named_as_the_agent_of_another_noun_is_not_what_was_put_off() -> None:
    text = ("The planned Tuesday launch of joint coastal patrols to curb kidnappings by the Lamu Pirates Group in "
            "the gulf has been delayed, Kenyan and Ghanaian officials said.")
    (ev,) = [e for e in find_events(text, D(2031, 4, 10)) if e.polarity == "negative"]
    assert ev.body is None and is_thing_put_off(ev) and ev.object_text == "joint coastal patrols"


def _patrols() -> object:
    return promise(1, D(2031, 3, 13), "joint coastal patrols in the Gulf of Guinea", (D(2031, 4, 1), D(2031, 4, 30)),
                   action="launch", actors=("Kenya", "Ghana"),
                   quote="Kenya and Ghana will launch joint coastal patrols in the Gulf of Guinea next month.")


def test_a_launch_put_off_misses_the_launch_promised_and_a_late_report_still_keeps_it() -> None:
    reg = load_registry()
    delayed = report(2, D(2031, 4, 10), "The planned Tuesday launch of joint coastal patrols to curb piracy has "
                                        "been delayed, Kenyan and Ghanaian officials said.")
    body = "Kenya and Ghana launched joint coastal patrols in the Gulf of Guinea on 19 June."
    late = report(3, D(2031, 6, 20), body)
    late = type(late)(3, late.published_on, late.events + tuple(find_occasions(body, late.published_on, reg)))
    got = {(s.source_id, s.kind) for s in suggest([_patrols()], [delayed, late], reg)}  # type: ignore[list-item]
    assert (2, "missed") in got and (3, "fulfils") in got


def test_a_launch_of_something_else_put_off_misses_nothing() -> None:
    reg = load_registry()
    other = report(2, D(2031, 4, 10), "The planned launch of the Kenya-Ghana trade portal has been delayed, "
                                      "Kenyan and Ghanaian officials said.")
    assert not [s for s in suggest([_patrols()], [other], reg) if s.kind == "missed"]  # type: ignore[list-item]


def _write(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _ingested_evidence(db_url: str, tmp_path: Path, docs: dict[str, str]) -> set[tuple[str, str, str]]:
    """{(promise's file, evidence's file, kind)} after ingesting ``docs`` into a new store."""
    app = Tracker(db_url, CLOCK)
    app.ingest([_write(tmp_path / "docs", docs)])
    with app.session() as s:
        files = dict(s.execute(select(Source.id, Source.file_name)).all())
        return {(files[c.source_id], files[e.source_id], e.kind)
                for e, c in s.execute(select(Evidence, Commitment)
                                      .join(Commitment, Commitment.id == Evidence.commitment_id))}


def test_a_launch_put_off_is_found_through_the_link_index(db_url: str, tmp_path: Path) -> None:
    docs = {
        "a.md": "---\ndate: 2031-03-13\n---\nKenya and Ghana will launch joint coastal patrols in the Gulf of "
                "Guinea next month, officials of the two countries said.\n",
        "b.md": "---\ndate: 2031-04-10\n---\nThe planned Tuesday launch of joint coastal patrols to curb piracy "
                "has been delayed, Kenyan and Ghanaian officials said.\n",
    }
    assert ("a.md", "b.md", "missed") in _ingested_evidence(db_url, tmp_path, docs)


# --- meeting today for a named occasion (events._HOSTING_NOW) -----------------------------------

def test_leaders_meeting_today_for_a_named_occasion_report_it() -> None:
    evs = [e for e in find_events("Presidents Ruto and Mahama are meeting today for the 10th Kenya-Ghana "
                                  "Bi-National Commission.", D(2030, 6, 25)) if e.verb == "are meeting"]
    assert len(evs) == 1 and evs[0].ordinal == 10 and evs[0].date_start == D(2030, 6, 25)


@pytest.mark.parametrize("text", [
    "Presidents Ruto and Mahama are meeting for the 10th Kenya-Ghana Bi-National Commission next week.",
    "Presidents Ruto and Mahama are meeting for the 10th Kenya-Ghana Bi-National Commission.",
])
def test_leaders_meeting_on_no_named_day_report_nothing(text: str) -> None:
    assert not [e for e in find_events(text, D(2030, 6, 25)) if e.verb == "are meeting"]


# --- a press conference promised with no day is one of that visit (match._fulfil) ---------------

def test_a_press_conference_promised_with_no_day_is_not_kept_years_later() -> None:
    reg = load_registry()
    p = promise(1, D(2030, 5, 17), "joint press conference", quote="The two presidents will also hold a joint "
                "press conference.", actors=("Kenya", "Ghana"))
    soon = report(2, D(2030, 5, 21), "Following the talks, the Kenyan and Ghanaian presidents held a Joint Press Conference "
                                     "in Nairobi on Monday.")
    later = report(3, D(2036, 10, 14), "Following the talks, the Kenyan and Ghanaian presidents held a Joint Press Conference "
                                       "in Nairobi on Monday.")
    assert [s.source_id for s in suggest([p], [soon], reg) if s.kind == "fulfils"] == [2]
    assert not [s for s in suggest([p], [later], reg) if s.kind == "fulfils"]


def test_a_launch_put_off_sharing_only_its_head_noun_is_found_through_the_structural_key(
        db_url: str, tmp_path: Path) -> None:
    # (the thing put off shares one word with the promise: not fetched by the word index)
    docs = {
        "a.md": "---\ndate: 2031-03-13\n---\nKenya, Ghana and Togo will launch trilateral patrols in the gulf as "
                "soon as next month to keep ships' crews safe from piracy, officials of the three countries said.\n",
        "b.md": "---\ndate: 2031-04-10\n---\nThe planned Tuesday launch of joint maritime patrols to curb piracy "
                "has been delayed, Kenyan, Ghanaian and Togolese officials said.\n",
    }
    assert ("a.md", "b.md", "missed") in _ingested_evidence(db_url, tmp_path, docs)


@pytest.mark.parametrize("text", [
    "Kenyan Defence Minister Otieno said the launch would be moved to a later, unspecified date.",
    "Otieno said the Kenya-Ghana summit would be postponed to a later date.",
])
def test_put_off_to_no_new_date_is_no_new_promise(text: str) -> None:
    assert promises(text) == []


def test_put_off_to_a_later_date_in_a_month_is_one() -> None:
    (c,) = promises("Otieno said the Kenya-Ghana summit was postponed to a later date in October.")
    assert (c.action, c.due_start) == ("hold", D(2030, 10, 1))


# --- one occasion told by two reports a day apart: the first published (match._select) ---------

def test_one_visit_told_by_two_reports_is_kept_by_the_first_published() -> None:
    reg = load_registry()
    p = promise(1, D(2030, 7, 19), "President Ruto's state visit to Ghana", (D(2030, 7, 25), D(2030, 7, 25)),
                quote="Kenyan President Ruto is scheduled to arrive in Ghana next week on Thursday for a three-day "
                      "state visit.", action="visit", actors=("Kenya",))
    first = report(2, D(2030, 7, 25), "President Ruto is in Ghana on a three-day state visit, which will coincide "
                                      "with the signing of seven agreements.")
    second = report(3, D(2030, 7, 26), "President Ruto, who arrived in Ghana on Wednesday for a three-day state "
                                       "visit, signed seven agreements.")
    got = [s for s in suggest([p], [first, second], reg) if s.kind == "fulfils"]
    assert [s.source_id for s in got] == [2]


# --- a party's own name that holds a phrase naming no party (parties.blank_not_parties) ----------

def test_papua_new_guinea_is_a_party_and_new_guinea_alone_is_not() -> None:
    from tracker.linking.bodies import countries_in

    assert countries_in("Papua New Guinea") == frozenset({"papua new guinea"})
    assert countries_in("the island of New Guinea") == frozenset()


def test_every_countrys_name_aliases_and_capitals_are_read_as_that_country() -> None:
    # (a registry audit: "St. Lucia" was read as an acronym, "Papua New Guinea" blanked as "New Guinea";
    # a spelling in lower case first, "eSwatini", is the one left: the reader wants a capital first)
    from tracker.domain.parties import package_registry
    from tracker.linking.bodies import countries_in

    unread = [(e.party.name, sp) for e in package_registry().entries.values() if e.party.kind == "country"
              for sp in (e.party.name, *e.aliases, *e.capitals)
              if sp[:1].isupper() and e.party.name.lower() not in countries_in(sp)]
    assert unread == []
