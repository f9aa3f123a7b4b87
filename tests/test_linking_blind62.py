"""Readings of the thirtieth blind check (docs/accuracy.md): goods delivered, on invented
Kenya/Ghana text."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, promise, report
from tracker.domain.lexicon import GOODS_KINDS, goods_kinds
from tracker.linking import load_registry, suggest
from tracker.linking.events import GOODS_ARRIVED_EXAMPLE, find_events
from tracker.linking.match import DELIVER, action_class

ON = dt.date(2031, 4, 10)


@pytest.mark.parametrize(("kind", "example"), [(k, ex) for k, _rx, ex in GOODS_KINDS])
def test_each_kind_of_goods_is_read_in_its_example(kind: str, example: str) -> None:
    assert kind in goods_kinds(example)


def test_words_that_only_look_like_goods_are_none() -> None:
    assert goods_kinds("the think tanks of Nairobi and the jetty at Lamu") == frozenset()


@pytest.mark.parametrize("text", [
    "The first Kenyan corvette was delivered to the Ghanaian Navy on Tuesday, April 8.",
    "Kenya handed over the first six jets to Ghana on Tuesday, April 8.",
    "Kenya delivered the first six jets to Ghana on Tuesday, April 8.",
])
def test_goods_delivered_or_handed_over_are_a_delivery(text: str) -> None:
    (ev,) = find_events(text, ON, load_registry())
    assert (ev.action, ev.polarity, ev.date_start) == (DELIVER, "positive", dt.date(2031, 4, 8))


def test_goods_that_arrived_are_delivered_not_a_visit() -> None:
    (ev,) = find_events(GOODS_ARRIVED_EXAMPLE, ON, load_registry())
    assert (ev.action, ev.object_text, ev.date_start) == (DELIVER, "The first Kenyan corvette", dt.date(2031, 4, 8))
    # (a person who arrived made a visit)
    (visit,) = find_events("Kenyan President Ruto arrived in Accra on Tuesday, April 8.", ON, load_registry())
    assert visit.action == "meet"


def test_a_delivery_shares_the_future_of_the_passive_it_is_coordinated_with() -> None:
    text = "The second corvette is expected to be launched in December and delivered to the Ghanaian Navy by 2032."
    assert find_events(text, ON, load_registry()) == []


@pytest.mark.parametrize("action", ["deliver", "hand over", "transfer", "supply", "ship", "send", "donate"])
def test_the_verbs_of_handing_goods_over_are_one_class(action: str) -> None:
    assert action_class(action, None, "two corvettes") == DELIVER


def test_a_delivery_keeps_a_promise_to_deliver_and_a_meeting_does_not() -> None:
    made = dt.date(2030, 1, 10)
    c = promise(1, made, "first Kenyan corvette", (made, dt.date(2031, 12, 31)), action="deliver",
                actors=("Kenya", "Ghana"))
    delivered = report(2, ON, "The first Kenyan corvette was delivered to the Ghanaian Navy on Tuesday, April 8.")
    met = report(3, ON, "The Kenya-Ghana Joint Commission on the first Kenyan corvette met in Accra on Tuesday, April 8.")
    kept = [(s.source_id, s.kind) for s in suggest([c], [delivered, met], load_registry()) if s.kind == "fulfils"]
    assert kept == [(2, "fulfils")]


PROMISED = """title: Kenyan corvette for Ghana
date: 2030-01-10

The first Kenyan corvette is scheduled to be delivered to Ghana by 2031, the Kenyan defence ministry said.
"""
ARRIVED = """title: Ghana receives Kenyan corvette
date: 2031-04-09

The first Kenyan corvette arrived in Accra on Tuesday, April 8, Ghana's navy said.
"""


def test_a_promise_of_goods_is_kept_by_their_arrival_end_to_end(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISED, "b.txt": ARRIVED})
    assert [(subject, src, kind) for _f, subject, src, kind in kept] == [("first Kenyan corvette", "b.txt", "fulfils")]


def test_a_facility_commissioned_is_launched_and_keeps_a_promise_to_commission_it() -> None:
    (ev,) = find_events("President Ruto has commissioned the $1.5bn Lamu Deep Sea Port project in Lamu County.",
                        ON, load_registry())
    assert (ev.action, ev.verb) == ("launch", "commissioned")
    assert action_class("commission", None, "Lamu Deep Sea Port") == "launch"
    made = dt.date(2030, 1, 25)
    c = promise(1, made, "Lamu Deep Sea Port", (made, dt.date(2031, 12, 31)), action="commission", actors=("Kenya",))
    kept = [s.source_id for s in suggest([c], [report(2, ON, ev.quote)], load_registry()) if s.kind == "fulfils"]
    assert kept == [2]



@pytest.mark.parametrize("text", [
    "Kenya will invest more than 250 US dollars million in the port.",
    "Kenya will invest 500 million U.S. dollars in the port.",
    "Kenya will invest US$250 million in the port.",
    "Kenya will invest 3 billion Ghanaian cedis in the port.",
])
def test_a_currency_named_by_a_country_names_no_party(text: str) -> None:
    from tracker.extract.actors import countries_in as actors_countries
    from tracker.linking.bodies import countries_in

    assert countries_in(text, load_registry()) == frozenset({"kenya"})
    assert actors_countries(text) == ["Kenya"]
    # (the country itself still is one)
    assert "ghana" in countries_in(text.replace("in the port", "in Ghana's port"), load_registry())
