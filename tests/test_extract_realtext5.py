"""Rules added after the fifth blind check (docs/accuracy.md, "Fifth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import pytest

from tracker.linking.bodies import COMBINING_FORMS, load_registry, normalise_name


@pytest.mark.parametrize("form", sorted(COMBINING_FORMS))
def test_a_combining_form_before_a_country_names_the_country(form):
    # "Franco-British Summit" is the UK-France summit (UK-France reports, 2023 and 2025)
    reg = load_registry()
    key, countries = normalise_name(f"{form.title()}-Kenyan Joint Commission", reg)
    plain_key, plain = normalise_name(f"{COMBINING_FORMS[form].title()}-Kenya Joint Commission", reg)
    assert (key, countries) == (plain_key, plain)
    assert len(countries) == 2


def test_a_combining_form_before_another_word_stays_a_word():
    key, countries = normalise_name("Indo-Pacific Joint Commission", load_registry())
    assert "indo" in key.split() and not countries
