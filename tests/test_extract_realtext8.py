"""Rules added after the eighth blind check (docs/extraction.md, "Eighth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties, names invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from extracted import commitments

D = dt.date(2024, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (("President Kamau will welcome Ghanaian leaders to Mombasa for the 9th Kenya-Ghana Summit, "
          "which will run from Nov. 23-24."), dt.date(2024, 11, 23), dt.date(2024, 11, 24)),
        ("Kenya will host Ghana's ministers for the Joint Commission, which will take place on 5 June.",
         dt.date(2024, 6, 5), dt.date(2024, 6, 5)),
        ("Kenya will host the trade forum, which is scheduled to be held in Sept. 2024.",
         dt.date(2024, 9, 1), dt.date(2024, 9, 30)),
    ],
)
def test_a_relative_clause_dating_the_promised_event_gives_the_window(sentence, start, end):
    # ", which will run from DATE" on the event the clause promises dates that event; the
    # relative clause's own reading ("which will take place on 5 June": hold it) is that one promise
    (it,) = commitments(sentence, D)
    assert (it.due_start, it.due_end) == (start, end)


def test_a_relative_clause_on_another_noun_gives_no_window():
    # the date of what the relative clause is about (a road, not the event) is not the window
    (it,) = commitments("Kenya will host the Joint Commission on the road, which will open on 5 June.", D)
    assert it.due_start is None
