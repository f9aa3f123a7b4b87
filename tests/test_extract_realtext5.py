"""Rules added after the fifth blind check (docs/accuracy.md, "Fifth blind check"): each is
tested on sentences written for this file (Kenya and Ghana are the parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.domain.parties import package_registry
from tracker.linking.bodies import load_registry, normalise_name

COMBINING_FORMS = package_registry().combining_forms()  # the `combining` rows of parties.yaml


@pytest.mark.parametrize("form", sorted(COMBINING_FORMS))
def test_a_combining_form_before_a_country_names_the_country(form):
    # "Franco-British Summit" is the UK-France summit (UK-France reports, 2023 and 2025)
    reg = load_registry()
    key, countries = normalise_name(f"{form.title()}-Kenyan Joint Commission", reg)
    plain_key, plain = normalise_name(f"{COMBINING_FORMS[form].title()}-Kenya Joint Commission", reg)
    assert (key, countries) == (plain_key, plain)
    assert len(countries) == 2
    assert form.title() not in package_registry().extractor_table()[COMBINING_FORMS[form]]


def test_a_combining_form_before_another_word_stays_a_word():
    key, countries = normalise_name("Indo-Pacific Joint Commission", load_registry())
    assert "indo" in key.split() and not countries


def test_an_inner_and_stays_in_a_name():
    # "Trade and Technology Council" (EU-U.S. reports, 2021-2024) is one name, not "Technology
    # Council"
    from tracker.linking.bodies import find_bodies
    (m,) = find_bodies("Last month the Kenya-Ghana Trade and Energy Council met in Accra.")
    assert m.key == normalise_name("Trade and Energy Council")[0] == "council energy trade"
    assert m.countries == normalise_name("Kenya-Ghana Council")[1]


# --- linking -----------------------------------------------------------------------------------





def test_an_event_known_to_a_range_that_reaches_the_window_fulfils_it():
    # the shape of EU-U.S. and U.S.-Mexico reports (2021): "met for the first time at the end of
    # September", for a meeting promised for September 29
    from tracker.linking import suggest
    d = dt.date
    c = promise(1, d(2021, 9, 9), "first meeting of the Kenya-Ghana Trade Council", (d(2021, 9, 29), d(2021, 9, 29)),
           action="hold")
    s = report(7, d(2021, 10, 4), "The Kenya-Ghana Trade Council met for the first time at the end of September.")
    (sg,) = suggest([c], [s])
    assert (sg.source_id, sg.kind) == (7, "fulfils")
    # a range that ends before the window is still another edition
    c = promise(2, d(2021, 8, 20), "first meeting of the Kenya-Ghana Trade Council", (d(2021, 9, 29), d(2021, 9, 29)),
           action="hold")
    early = report(8, d(2021, 10, 4), "The Kenya-Ghana Trade Council met in early September.")
    assert suggest([c], [early]) == []
    assert [sg.source_id for sg in suggest([c], [early, s])] == [7]


def test_will_participate_in_is_a_meeting_promise():
    # the event table reads "participated in" as a meeting (India-France); the promise reads the
    # same verb (a U.S.-Mexico announcement, 2021)
    from tracker.extract import extract
    (it,) = [i for i in extract("On September 9, the Kenyan foreign minister will participate in the "
                                "Kenya-Ghana Trade Council in Accra.", dt.date(2023, 9, 1))
             if i.kind == "commitment"]
    assert (it.action, it.due_start, it.due_end) == ("participate", dt.date(2023, 9, 9), dt.date(2023, 9, 9))
    assert "Kenya-Ghana Trade Council" in it.subject
    from tracker.extract.tables import ACTION_FAMILIES
    assert ACTION_FAMILIES["participate"] == ACTION_FAMILIES["attend"] == "meet"


def test_the_formal_convening_refers_back_to_the_body():
    # "The formal convening took place on September 9th" (a U.S.-Mexico report, 2021)
    from tracker.linking import find_events
    evs = find_events("Officials met to restart the Kenya-Ghana Trade Council. The formal convening took "
                      "place on September 9th in Accra.", dt.date(2023, 9, 20))
    assert [(e.verb, e.key, e.date_start) for e in evs if e.polarity == "positive"] == [
        ("took place", normalise_name("Trade Council")[0], dt.date(2023, 9, 9))]


@pytest.mark.parametrize("dateline", [
    "NAIROBI, May 23 - ",
    "NAIROBI (Kenya News Agency - 23rd May, 2023) ",
    "NAIROBI: ",
    "Nairobi, 23 May 2023 (KNA): ",
    "Nairobi, (KNA - Kenya News - 23rd May, 2023) ",  # (twenty-third blind check)
    "Nairobi, KENYA, May 23 - ",  # (a press wire's copy of an agency's report, thirty-third blind check)
])
def test_a_dateline_is_no_part_of_the_first_sentence(dateline):
    # EU-U.S., U.S.-Mexico and UK-France reports open so; the dateline's date was read as an
    # earlier occasion and the promise dropped as a restatement
    from tracker.extract import extract
    from tracker.extract.sentences import lead_start
    text = (dateline + "On 30-31 May, Kenya will host a meeting of the Kenya-Ghana Trade Council. "
            "The meeting will be held in Mombasa.")
    assert lead_start(text) == len(dateline)
    (it,) = [i for i in extract(text, dt.date(2023, 5, 23)) if i.kind == "commitment"]
    assert (it.due_start, it.due_end) == (dt.date(2023, 5, 30), dt.date(2023, 5, 31))
    assert it.quote.startswith("On 30-31 May") and len(it.mentions) == 2


def test_no_dateline_in_a_plain_opening():
    from tracker.extract.sentences import lead_start
    assert lead_start("Kenya and Ghana will meet in May.") == 0
    assert lead_start("US and Kenya officials will meet in May.") == 0
    assert lead_start("Nairobi, (the capital) will host the meeting in May.") == 0  # no agency's date


def test_a_document_kind_in_a_title_is_no_part_of_the_name():
    # "Joint Statement EU-US Trade and Technology Council of 31 May 2023" (2023)
    from tracker.linking.bodies import find_bodies
    (m,) = find_bodies("Joint Statement Kenya-Ghana Trade and Energy Council of 3 May 2023")
    assert (m.text, m.key) == ("Kenya-Ghana Trade and Energy Council", "council energy trade")


def test_looking_forward_to_welcoming_the_president():
    # "looked forward to welcoming the President to the UK next week" (a UK-France readout, 2025),
    # as the existing row reads "welcoming President X"
    from tracker.extract import extract
    (it,) = [i for i in extract("The President looked forward to welcoming the Prime Minister to Kenya "
                                "next week.", dt.date(2025, 7, 5)) if i.kind == "commitment"]
    assert (it.action, it.due_start, it.due_end) == ("host", dt.date(2025, 7, 7), dt.date(2025, 7, 13))
    assert [i for i in extract("We look forward to welcoming the outcome of the talks.", dt.date(2025, 7, 5))
            if i.kind == "commitment"] == []


def test_a_fronted_month_of_this_year_or_ahead_keeps_the_promise():
    # the fronted past month and year drop a restated agreement (PAST_OCCASION_EXAMPLES); a month
    # ahead of the document does not
    from tracker.extract import extract
    items = extract("In March 2024, the two presidents agreed to relaunch the Kenya-Ghana Trade Council.",
                    dt.date(2023, 6, 7))
    assert [i.kind for i in items] == ["commitment"]


def test_a_clause_of_circumstance_is_not_the_promise():
    # "is set to meet his counterpart at a summit as Australia hopes to net a trade deal by the end
    # of the year" (an EU-Australia report, 2023): the hope's object and date are not the meeting's
    from tracker.extract import extract
    (it,) = [i for i in extract("Minister Ruto is set to meet his Ghanaian counterpart at a summit as Kenya "
                                "hopes to sign a trade accord by the end of the year.", dt.date(2023, 10, 20))
             if i.kind == "commitment"]
    assert "accord" not in it.subject and (it.due_start, it.due_end) == (None, None)
    # "such as" and "as well as" are no such clause
    (it,) = [i for i in extract("Kenya will buy goods such as Ghana Cocoa in May.", dt.date(2023, 10, 20))
             if i.kind == "commitment"]
    assert "Cocoa" in it.subject


def test_a_meeting_between_two_persons_reports_both_persons_meetings():
    # "set to meet" (as "expected to meet") promises the person's meeting; "at a meeting between
    # Commissioner A and Minister B" on a past day reports it (an EU-Australia pair, 2023)
    from tracker.linking import suggest
    d = dt.date
    c = promise(1, d(2023, 10, 20), "meet his Ghanaian counterpart at a summit", (None, None), action="meet",
           quote="Trade Minister Samuel Ruto is set to meet his Ghanaian counterpart at a summit.")
    assert c.key == "meeting ruto"
    s = report(5, d(2023, 10, 30), "Talks ended on Sunday at a meeting between Ghanaian Trade Minister Kofi "
             "Mensah and Kenyan Trade Minister Samuel Ruto.")
    assert {e.key for e in s.events} == {"meeting mensah", "meeting ruto"}
    (sg,) = suggest([c], [s])
    assert (sg.source_id, sg.kind, sg.event_date) == (5, "fulfils", d(2023, 10, 29))
    # a planned meeting between them reports nothing
    assert report(6, d(2023, 10, 30), "Kenya will host a meeting between Minister Mensah and Minister "
                "Ruto on Sunday.").events == ()


def test_a_relative_clause_after_a_preposition_has_its_own_subject():
    # "a three-day visit during which Macron is to hold talks with ... at the 37th summit on
    # Thursday" (a UK-France report, 2025)
    from tracker.extract import extract
    text = ("Ghana has invited the Kenyan president on a three-day visit during which Ruto is to hold talks "
            "with Mahama at the Kenya-Ghana Summit on Thursday.")
    (it,) = [i for i in extract(text, dt.date(2025, 7, 6)) if i.kind == "commitment"]
    assert (it.action, it.due_start) == ("hold", dt.date(2025, 7, 10))
    # a past agreement inside such a clause stays unread
    assert [i for i in extract("The summit, at which the leaders agreed to open consulates, ended on "
                               "Friday.", dt.date(2025, 7, 6)) if i.kind == "commitment"] == []
    # nor is the planned summit a report of one held last Thursday
    from tracker.linking import find_events
    assert [e for e in find_events(text, dt.date(2025, 7, 6)) if e.polarity == "positive"] == []


def test_a_fronted_date_inside_an_opening_quotation_mark():
    # '"On September 9, the administration will convene the first ... Dialogue," the White House
    # said' (a U.S.-Mexico report, 2021)
    from tracker.extract import extract
    (it,) = [i for i in extract('"On September 9, Kenya will convene the Kenya-Ghana Trade Council," the '
                                'ministry said.', dt.date(2021, 9, 3)) if i.kind == "commitment"]
    assert (it.due_start, it.due_end) == (dt.date(2021, 9, 9), dt.date(2021, 9, 9))


def test_a_press_release_is_an_official_text():
    # of a lead paraphrase and the press release's words that restate it, both dated alike, the
    # release is kept (it names the series: "the first ... High-Level Economic Dialogue"; a
    # U.S.-Mexico report, 2021), as a statement or a readout is
    from tracker.extract import extract
    text = ("The first since 2016 high-level economic meeting between Kenya and Ghana is set to take place on "
            "September 9, the State House said on Friday.\n\n\"On September 9, Kenya will convene the first "
            "Kenya-Ghana High-Level Economic Dialogue since 2016,\" the State House said in a press release.")
    (it,) = [i for i in extract(text, dt.date(2021, 9, 3)) if i.kind == "commitment"]
    assert it.quote.startswith('"On September 9') and len(it.mentions) == 2
