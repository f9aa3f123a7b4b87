"""Rules added after the second blind check (docs/accuracy.md, "Second blind check"):
each is tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

from tracker.extract import extract
from tracker.extract.restatements import same_promise

D = dt.date(2021, 4, 20)


def _commitments(text: str, on: dt.date = D):
    return [it for it in extract(text, on) if it.kind == "commitment"]


def test_manner_phrase_does_not_hide_the_date():
    # a "through/via" phrase ends the subject, not the search for the window
    (it,) = _commitments("Kenya and Ghana will hold their summit through video link on 15 July.")
    assert it.subject == "their summit"
    assert (it.due_start, it.due_end) == (dt.date(2021, 7, 15), dt.date(2021, 7, 15))


def test_look_forward_to_a_nominal_deliverable():
    (it,) = _commitments("Kenya and Ghana are looking forward to the reconvening of the Joint Trade "
                         "Committee later this year.")
    assert it.action == "reconvene"
    assert it.subject == "Joint Trade Committee"
    assert (it.due_start, it.due_end) == (D, dt.date(2021, 12, 31))


def test_welcome_visitors_for_a_named_meeting_is_hosting_it():
    (it,) = _commitments("On May 4, the foreign and defence ministers of Kenya will welcome their Ghanaian "
                         "counterparts to Nairobi, Kenya for the second Kenya-Ghana 2+2 Ministerial Dialogue.")
    assert it.action == "host"
    assert it.subject == "second Kenya-Ghana 2+2 Ministerial Dialogue"
    assert it.due_start == dt.date(2021, 5, 4)
    (it,) = _commitments("Kenyan ministers will host the Ghanaian foreign minister on June 3 for the third "
                         "Joint Commission.")
    assert (it.action, it.subject) == ("host", "third Joint Commission")
    assert not _commitments("Ghana will welcome the decision of the Joint Commission.")


def test_leading_a_delegation_is_no_deliverable():
    assert not _commitments("From the Kenyan side, the foreign minister will lead the delegation, which "
                            "will comprise officials of two ministries.")


def test_meetings_at_different_levels_are_different_promises():
    text = ("Kenya's foreign minister will host the Kenya-Ghana Foreign Ministers Meeting on July 1, "
            "officials said. Ghana's president has accepted an invitation to attend the Kenya-Ghana "
            "Summit later this year, officials said.")
    a, b = _commitments(text)
    assert not same_promise(a, b)
