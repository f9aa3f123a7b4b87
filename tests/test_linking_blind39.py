"""Linking found wanting by the twenty-fourth blind check (sets 39, docs/accuracy.md). Text
written for these tests; Kenya, Ghana, Togo and Benin are the invented parties."""

from __future__ import annotations

from datetime import date

from tracker.linking import load_registry, suggest
from tracker.linking.keys import source_events
from tracker.linking.match import CommitmentView, SourceEvents, prepare


def test_the_next_quadrilateral_meeting_is_kept_by_the_next_one_held() -> None:
    reg = load_registry()
    quote = "It was agreed that the next quadrilateral meeting will be held in December in Accra."
    body = "The fifth quadrilateral meeting of Kenya, Ghana, Togo and Benin was held in Lome. " + quote
    made = date(2018, 11, 8)
    c = prepare(CommitmentView(id=1, source_id=1, made_on=made, subject="next quadrilateral meeting",
                               quote=quote, action="hold", actors=("Kenya", "Ghana", "Togo", "Benin"),
                               due_start=date(2018, 12, 1), due_end=date(2018, 12, 31),
                               span=(body.index(quote), len(body))), reg)
    report = "The leaders of Kenya, Ghana, Togo and Benin met in Accra on Saturday for their sixth quadrilateral meeting."
    on = date(2018, 12, 23)
    s = SourceEvents(2, on, source_events(report, on, "", reg), "002.txt")
    (sg,) = [x for x in suggest([c], [s], reg) if x.kind == "fulfils"]
    assert sg.event_date == date(2018, 12, 22)
