"""Reports the linker reads since the eleventh blind check: visits and meetings called off, "2 + 2"
and "another 2+2", the same edition promised again too late, a system that started working, a
summit named only by its place, people who met, clauses about another occasion, and weekdays that
are no names. Every table row's example is run here, and each reading is checked through the
whole pipeline (``ingest_texts``). Sentences written for these tests; Kenya and Ghana are the
invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, promise, report
from tracker.linking import find_bodies, find_events, load_registry, match, suggest
from tracker.linking.bodies import SPELLINGS
from tracker.linking.events import (
    CALLED_OFF_MEETINGS,
    CALLED_OFF_VISITS,
    OTHER_OCCASION_CLAUSES,
    PEOPLE_MET,
    STARTED_WORKING,
    TOOK_EFFECT,
    TOOK_PART,
    UNNAMED_OCCASIONS,
    own_clauses,
)
from tracker.linking.match import LOOSE_TIMES

D = dt.date
DAY = D(2031, 9, 12)


def _doc(title: str, date: str, body: str) -> str:
    return f"title: {title}\ndate: {date}\n\n{body}\n"


def _linked(db, tmp_path, *docs: str) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    return ingest_texts(db, tmp_path, {f"{i}.txt": d for i, d in enumerate(docs)})


# --- the tables' examples ----------------------------------------------------------------------


@pytest.mark.parametrize("row", CALLED_OFF_VISITS, ids=lambda r: r.example[:40])
def test_called_off_visit_rows(row) -> None:  # type: ignore[no-untyped-def]
    (ev,) = find_events(row.example, DAY)
    assert (ev.polarity, ev.negative, ev.object_text) == ("negative", row.kind, "visit to Ghana")
    assert ev.verb == row.kind + " visit" and row.kind in match._VISIT_OFF


@pytest.mark.parametrize("row", CALLED_OFF_MEETINGS, ids=lambda r: r.example[:40])
def test_called_off_meeting_rows(row) -> None:  # type: ignore[no-untyped-def]
    (ev,) = find_events(row.example, DAY)
    assert (ev.polarity, ev.negative, ev.key) == ("negative", "cancelled", "summit")


@pytest.mark.parametrize("row", STARTED_WORKING, ids=lambda r: r.example[:40])
def test_started_working_rows(row) -> None:  # type: ignore[no-untyped-def]
    (ev,) = find_events(row.example, DAY)
    assert ev.action == "launch" and ev.polarity == "positive" and ev.date_start is not None
    assert any(w in ev.object_text for w in ("system", "portal", "train", "ferry"))


@pytest.mark.parametrize("row", TOOK_PART, ids=lambda r: r.example[:40])
def test_took_part_rows(row) -> None:  # type: ignore[no-untyped-def]
    (ev,) = find_events(row.example, DAY)
    assert (ev.action, ev.key, ev.ordinal) == ("meet", "joint-commission", 3)


@pytest.mark.parametrize("row", UNNAMED_OCCASIONS, ids=lambda r: r.example[:40])
def test_unnamed_occasion_rows(row) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in find_events(row.example, DAY) if e.verb == row.kind]
    assert len(evs) == 1 and evs[0].body_by == "participants" and evs[0].countries == {"kenya", "ghana"}
    assert evs[0].object_text == "historic summit in Nairobi" and evs[0].date_start == D(2031, 6, 11)


def test_an_occasion_ahead_is_no_report() -> None:
    assert not [e for e in find_events("At a summit in Nairobi next month, the leaders of Kenya and Ghana will "
                                       "sign a trade pact.", DAY) if e.verb == "at a summit"]


@pytest.mark.parametrize("row", PEOPLE_MET, ids=lambda r: r.example[:40])
def test_people_met_rows(row) -> None:  # type: ignore[no-untyped-def]
    evs = find_events(row.example, DAY)
    assert {"meeting ruto", "meeting mahama"} <= {e.key for e in evs}
    (both,) = [e for e in evs if e.body is None and e.body_by == "participants"]
    assert both.countries == {"kenya", "ghana"} and both.date_start == D(2031, 6, 11)


@pytest.mark.parametrize("row", OTHER_OCCASION_CLAUSES, ids=lambda r: r.kind)
def test_other_occasion_clauses(row) -> None:  # type: ignore[no-untyped-def]
    assert "Addis Ababa" in row.example and "Addis Ababa" not in own_clauses(row.example)
    assert len(own_clauses(row.example)) == len(row.example)
    (ev,) = [e for e in find_events(row.example, DAY) if e.body_by == "participants"]
    assert ev.body is None and ev.countries == {"kenya", "ghana"}


@pytest.mark.parametrize("rx, name, example", SPELLINGS)
def test_spellings(rx, name, example) -> None:  # type: ignore[no-untyped-def]
    reg = load_registry()
    (m,) = find_bodies(example, reg)
    assert m.key == find_bodies(f"the {name}", reg)[0].key and m.text.startswith(name)


def test_another_edition_is_the_next_one_named() -> None:
    ms = find_bodies("Kenya and Ghana held the first 2+2 in Nairobi in 2031 and another 2 + 2 in Accra "
                     "in 2032.", load_registry())
    assert [(m.key, m.ordinal) for m in ms] == [("two-plus-two", 1), ("two-plus-two", 2)]


@pytest.mark.parametrize("rx, example", LOOSE_TIMES)
def test_loose_times(rx, example) -> None:  # type: ignore[no-untyped-def]
    assert rx.search(example)


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister on Monday met with Ghana's foreign minister in Accra.",
    "The two foreign ministers in May met with business leaders in Accra.",
    "Kenya's trade minister on Tuesday met Ghana's trade minister.",
])
def test_a_weekday_or_month_is_no_name(text: str) -> None:
    keys = {e.key for e in find_events(text, DAY)}
    assert not {k for k in keys if k and any(w in k for w in ("monday", "may", "tuesday"))}


# --- through the pipeline ----------------------------------------------------------------------

VISIT = _doc("Kenya and Ghana joint statement", "2031-01-10",
             "President Ruto will visit Ghana in March 2031 to discuss trade with President Mahama.")


@pytest.mark.parametrize("text", [
    "President Ruto's visit to Ghana was called off because of floods in Nairobi.",
    "Kenyan President Ruto cancelled his trip to Ghana, citing floods at home.",
    "President Ruto was to travel to Ghana this month. The visit was called off on Monday.",
    "President Ruto canceled his planned three-day trip (4-6 March) to Ghana, his office said.",
    # put off, or said not to happen in its time (twenty-second blind check)
    "President Ruto's visit to Ghana was postponed because of floods in Nairobi.",
    "President Ruto is postponing his trip to Ghana because of floods at home.",
    "A visit by President Ruto to Ghana before the end of March is unlikely, officials said.",
    "President Ruto is not expected to visit Ghana this month, his office said.",
])
def test_a_visit_called_off_is_missed(db, tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path, VISIT, _doc("Ruto trip off", "2031-03-05", text))
    assert got == [("0.txt", "Ghana", "1.txt", "missed")]


def test_a_trip_to_two_countries_called_off_is_a_visit_called_off_to_each(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    off = "President Ruto canceled his planned three-day trip (4-6 March) to Ghana and Togo, his office said."
    evs = [e for e in find_events(off, DAY) if e.polarity == "negative"]
    assert sorted(e.object_text for e in evs) == ["visit to Ghana", "visit to Togo"]
    assert _linked(db, tmp_path, VISIT, _doc("Ruto trip off", "2031-03-05", off)) == [
        ("0.txt", "Ghana", "1.txt", "missed")]


def test_another_leaders_trip_there_called_off_is_no_miss(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    off = "Nigerian President Tinubu cancelled his trip to Ghana, Togo and Benin, his office said."
    assert _linked(db, tmp_path, VISIT, _doc("Tinubu trip off", "2031-03-05", off)) == []


def test_a_trip_to_a_list_of_countries_is_called_off_to_each() -> None:
    off = "President Ruto cancelled his trip to Ghana, Togo and Benin, his office said."
    evs = [e for e in find_events(off, DAY) if e.polarity == "negative"]
    assert sorted((e.object_text, "kenya" in e.countries, len(e.countries)) for e in evs) == [
        ("visit to Benin", True, 2), ("visit to Ghana", True, 2), ("visit to Togo", True, 2)]


def test_a_visit_elsewhere_called_off_is_no_miss(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path, VISIT, _doc("Ruto trip off", "2031-03-05",
                                            "President Ruto cancelled his trip to Nigeria, citing floods at home."))
    assert got == []


def test_a_called_off_visit_matches_the_promised_one() -> None:
    c = promise(1, D(2031, 1, 10), "Ghana", (D(2031, 3, 1), D(2031, 3, 31)), action="visit",
                actors=("Kenya",), quote="President Ruto will visit Ghana in March 2031.")
    (sg,) = suggest([c], [report(2, D(2031, 3, 5), "President Ruto's visit to Ghana was called off.")])  # type: ignore[list-item]
    assert sg.kind == "missed" and "called off" in sg.reason and "visit to Ghana" in sg.reason
    late = report(3, D(2031, 6, 5), "President Ruto's visit to Ghana was called off.")
    assert suggest([c], [late]) == []  # type: ignore[list-item]  # (months after the window: no news of it)


def test_a_summit_postponed_indefinitely_is_missed(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya and Ghana joint statement", "2031-01-10",
                       "Kenya and Ghana will hold the Kenya-Ghana Summit in Accra in June 2031."),
                  _doc("Summit off", "2031-05-20",
                       "The Kenya-Ghana Summit has been postponed indefinitely, officials in Accra said."))
    assert got == [("0.txt", "Kenya-Ghana Summit in Accra", "1.txt", "missed")]


def test_another_spaced_2_plus_2_fulfils_the_second(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya-Ghana 2+2 held", "2031-01-10",
                       "The foreign and defence ministers of Kenya and Ghana held the first Kenya-Ghana 2+2 "
                       "dialogue in Nairobi on 9 January 2031. They agreed to hold the second 2+2 in Accra in 2032."),
                  _doc("Another 2 + 2", "2032-06-05",
                       "Kenya and Ghana held another 2 + 2 dialogue in Accra on 4 June 2032, with the foreign "
                       "and defence ministers of both countries."))
    assert got == [("0.txt", "second 2+2 in Accra", "1.txt", "fulfils")]


def test_the_same_edition_promised_again_too_late_is_missed(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya Ghana statement", "2031-01-10",
                       "Kenya and Ghana will hold the third Kenya-Ghana Joint Commission in Accra by June 2031."),
                  _doc("Kenya Ghana statement 2", "2031-11-10",
                       "Kenya and Ghana will hold the third Kenya-Ghana Joint Commission in Accra in early 2032."))
    assert got == [("0.txt", "third Kenya-Ghana Joint Commission in Accra", "1.txt", "missed")]


def test_promised_again_reason_and_limits() -> None:
    first = promise(1, D(2031, 1, 10), "third Kenya-Ghana Joint Commission", (D(2031, 1, 10), D(2031, 6, 30)),
                    action="hold", actors=("Kenya", "Ghana"),
                    quote="Kenya and Ghana will hold the third Kenya-Ghana Joint Commission by June 2031.")
    again = promise(2, D(2031, 11, 10), "third Kenya-Ghana Joint Commission", (D(2032, 1, 1), D(2032, 4, 30)),
                    action="hold", actors=("Kenya", "Ghana"),
                    quote="Kenya and Ghana will hold the third Kenya-Ghana Joint Commission in early 2032.")
    (sg,) = [s for s in suggest([first, again], []) if s.commitment_id == 1]
    assert sg.kind == "missed" and "promised again on 2031-11-10" in sg.reason and "not held in it" in sg.reason
    fourth = promise(3, D(2031, 11, 10), "fourth Kenya-Ghana Joint Commission", (D(2032, 1, 1), D(2032, 4, 30)),
                     action="hold", actors=("Kenya", "Ghana"),
                     quote="Kenya and Ghana will hold the fourth Kenya-Ghana Joint Commission in early 2032.")
    assert not [s for s in suggest([first, fourth], []) if s.commitment_id == 1]  # another edition
    loose = promise(4, D(2031, 1, 10), "third Kenya-Ghana Joint Commission", (D(2031, 1, 10), D(2031, 4, 10)),
                    action="hold", actors=("Kenya", "Ghana"),
                    quote="Kenya and Ghana will promptly hold the third Kenya-Ghana Joint Commission.")
    assert not [s for s in suggest([loose, again], []) if s.commitment_id == 4 and s.kind == "missed"]


@pytest.mark.parametrize("text", [row.example for row in STARTED_WORKING if "system" in row.example])
def test_a_system_started_working_fulfils_its_set_up(db, tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya Ghana statement", "2031-01-10",
                       "Kenya and Ghana will set up a joint flood early-warning system by the end of 2031."),
                  _doc("Early warning", "2031-09-12", text))
    assert got == [("0.txt", "joint flood early-warning system", "1.txt", "fulfils")]


def test_a_historic_summit_in_the_capital_is_the_summit_held(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya Ghana statement", "2031-01-10",
                       "Kenya and Ghana will hold a Kenya-Ghana Summit in Nairobi in 2031."),
                  _doc("Summit", "2031-06-12", UNNAMED_OCCASIONS[0].example))
    assert got == [("0.txt", "Kenya-Ghana Summit in Nairobi", "1.txt", "fulfils")]


@pytest.mark.parametrize("text", [OTHER_OCCASION_CLAUSES[0].example, OTHER_OCCASION_CLAUSES[1].example])
def test_a_multilateral_hosts_place_is_not_the_bilateral_host(db, tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya Ghana statement", "2031-01-10",
                       "Kenya and Ghana will hold a bilateral summit in Nairobi in 2031."),
                  _doc("Summit", "2031-06-12", text))
    assert got == [("0.txt", "bilateral summit in Nairobi", "1.txt", "fulfils")]


@pytest.mark.parametrize("text", [
    "President Ruto met President Mahama on 11 June to review the pact.",
    "Ruto held talks with Mahama on 11 June on the trade pact.",
    "President Ruto and his Ghanaian counterpart Mahama met on 11 June to review the pact.",
])
def test_leaders_named_by_person_met(db, tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya Ghana statement", "2031-01-10",
                       "President Ruto and President Mahama will meet in 2031 to review the trade pact."),
                  _doc("Meeting", "2031-06-12", text))
    assert [g[2:] for g in got] == [("1.txt", "fulfils")]


def test_a_leader_is_resolved_through_the_document() -> None:
    text = ("Ghanaian President Kofi Asante arrived in Nairobi on Sunday. "
            "President Ruto met President Asante on 11 June to review the pact.")
    (both,) = [e for e in find_events(text, DAY) if e.body is None and e.body_by == "participants"]
    assert both.countries == {"kenya", "ghana"}


def test_taking_part_in_an_edition_fulfils_it(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya Ghana statement", "2031-01-10",
                       "Kenya and Ghana will hold the 3rd Kenya-Ghana Joint Commission in Accra in 2031."),
                  _doc("JC", "2031-06-12", TOOK_PART[0].example))
    assert got == [("0.txt", "3rd Kenya-Ghana Joint Commission in Accra", "1.txt", "fulfils")]


# ------------------------------------------------ an instrument that took effect (TOOK_EFFECT, seventeenth check)

@pytest.mark.parametrize("row", TOOK_EFFECT, ids=lambda r: r.verb)
def test_took_effect_rows(row) -> None:  # type: ignore[no-untyped-def]
    (ev,) = find_events(row.example, DAY)
    assert (ev.action, ev.polarity, ev.date_start) == ("launch", "positive", D(2031, 9, 9))


def test_a_plan_that_it_will_take_effect_is_no_report() -> None:
    assert find_events("Kenya and Ghana said the trade agreement will come into force on 9 September.", DAY) == []


def test_an_agreement_that_entered_into_force_keeps_the_promise_it_would(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    got = _linked(db, tmp_path,
                  _doc("Kenya Ghana statement", "2031-05-10",
                       "Kenya and Ghana announced that the Kenya-Ghana trade agreement will enter into force in September."),
                  _doc("In force", "2031-09-12", TOOK_EFFECT[0].example))
    assert [(a, b, d) for a, b, _c, d in got] == [("0.txt", "Kenya-Ghana trade agreement", "fulfils")]
