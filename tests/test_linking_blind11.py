"""Readings added after the eleventh blind check's failures were read (docs/linking.md,
"Eleventh blind check"): a postponement to a bare month ("delayed until January") is a miss of a
promise due before it; a hyphened "long-delayed" is an adjective, no report of a move. Sentences
written for these tests; Kenya and Ghana are the invented parties."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import ingest_texts, report

PROMISE = """title: Kenya and Ghana to sign trade agreement in Accra
date: 2031-11-23

President Ruto announced on Sunday that the trade agreement between Kenya and Ghana will be signed on December 20 in Accra.
"""


# --- postponements: one row each (sentence, its new period or None for no event) ----------------
POSTPONED_ROWS = [
    # a bare month after "until": the month it moved to
    ("The signing of the trade agreement between Kenya and Ghana has been postponed until January, "
     "officials said.", (dt.date(2032, 1, 1), dt.date(2032, 1, 31))),
    # an adverb before the participle
    ("President Ruto said on Saturday that the signing of the trade agreement between Kenya and Ghana "
     "has been tentatively delayed until January.", (dt.date(2032, 1, 1), dt.date(2032, 1, 31))),
    # a hyphened participle describes the agreement: no postponement is reported
    ("Ghana's minister said on Friday that the long-delayed trade agreement between Kenya and Ghana "
     "will be signed on January 17 in Accra.", None),
]


@pytest.mark.parametrize("sentence, period", POSTPONED_ROWS)
def test_postponement_rows(sentence: str, period: tuple[dt.date, dt.date] | None) -> None:
    got = [(e.period_start, e.period_end) for e in report(1, dt.date(2031, 12, 18), sentence).events
           if e.negative == "postponed"]
    assert got == ([period] if period else [])


def test_a_signing_delayed_until_a_later_month_is_a_miss(db, tmp_path) -> None:
    later = """title: Kenya-Ghana trade agreement signing postponed
date: 2031-12-18

The signing of the trade agreement between Kenya and Ghana has been postponed until January, officials said.
"""
    kept = ingest_texts(db, tmp_path, {"a.txt": PROMISE, "b.txt": later})
    assert [(k[2], k[3]) for k in kept] == [("b.txt", "missed")]
