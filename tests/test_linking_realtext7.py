"""Report shapes read after the seventh blind check (four dialogues of 2021-2025). Each rule is a
general reading of English, tested here on sentences written for these tests (Kenya and Ghana
are the invented parties); nothing of the blind set's texts is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from linked import promise, report
from tracker.linking import (
    CommitmentView,
    SourceEvents,
    find_events,
    load_registry,
    prepare,
    suggest,
)
from tracker.linking.bodies import acronym_pairs, find_bodies, person_meeting
from tracker.linking.events import context_mentions, doc_mentions


def _body_keys(text: str) -> list[str]:
    """The keys of the bodies ``find_bodies`` names in ``text``."""
    return [m.key for m in find_bodies(text, load_registry())]

D = dt.date
PUB = D(2031, 7, 21)  # a Monday
LATE_JULY = (D(2031, 7, 21), D(2031, 7, 31))
MADE = D(2031, 4, 11)


def _summit_promise(id: int = 1) -> object:
    return promise(
        id,
        MADE,
        "the 25th Kenya-Ghana Summit",
        LATE_JULY,
        action="hold",
        actors=("Kenya", "Ghana"),
        quote="The 25th Kenya-Ghana Summit will be held in Accra in the latter part of July.",
    )


def _fulfils(sugs: list, cid: int = 1) -> list:  # type: ignore[type-arg]
    return [
        s for s in sugs if s.commitment_id == cid and s.kind in ("fulfils", "partially_fulfils")
    ]


# --- a participle with its agent between commas describes the body ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 25th Kenya-Ghana summit, co-chaired by Premier Kofi Mensah, comes amid rising trade frictions.",
        "The Kenya-Ghana Summit, hosted by Ghana, is expected to focus on trade.",
    ],
)
def test_a_participle_between_commas_is_no_report(text: str) -> None:
    assert [
        e for e in find_events(text, PUB) if e.polarity == "positive" and e.action != "progress"
    ] == []


def test_a_preview_with_a_descriptive_participle_fulfils_nothing() -> None:
    text = (
        "Ghana confirmed Monday that President Mahama will meet President Ruto in Accra on Thursday, "
        "as part of a high-level summit. The 25th Kenya-Ghana summit, co-chaired by Premier Kofi "
        "Mensah, comes amid rising trade frictions."
    )
    assert _fulfils(suggest([_summit_promise()], [report(2, PUB, text)])) == []  # type: ignore[list-item]


@pytest.mark.parametrize(
    "text",
    [
        "The 25th Kenya-Ghana Summit, co-chaired by Premier Kofi Mensah on Thursday, produced a communique.",
        "The 25th Kenya-Ghana Summit, hosted by Ghana, took place in Accra on Thursday.",
        "The 25th Kenya-Ghana Summit, co-chaired by Premier Kofi Mensah, marked a first step on Thursday.",
    ],
)
def test_a_participle_with_a_past_day_or_a_main_verb_still_reports(text: str) -> None:
    evs = [e for e in find_events(text, D(2031, 7, 25)) if e.polarity == "positive"]
    assert [(e.key, e.ordinal, e.date_start) for e in evs] == [("summit", 25, D(2031, 7, 24))]


# --- "as the 25th Summit opened": an occasion that opened was held ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "President Ruto met with President Mahama in Accra on Thursday, as the 25th Kenya-Ghana Summit "
            "opened with the aim of strengthening relations."
        ),
        "The 25th Kenya-Ghana Summit opened in Accra on Thursday.",
        "The third session of the Kenya-Ghana Joint Commission began in Accra on Thursday.",
    ],
)
def test_an_occasion_that_opened_was_held(text: str) -> None:
    evs = [e for e in find_events(text, D(2031, 7, 25)) if e.polarity == "positive" and e.ordinal]
    assert [(e.action, e.date_start) for e in evs] == [("meet", D(2031, 7, 24))]


def test_an_institution_that_began_is_still_launched() -> None:
    evs = find_events("The Kenya-Ghana Strategic Dialogue began in 2014.", PUB)
    assert [e.action for e in evs] == ["launch"]


def test_the_summit_that_opened_fulfils_the_promised_summit() -> None:
    text = (
        "President Ruto met with President Mahama in Accra on Thursday, as the 25th Kenya-Ghana "
        "Summit opened with the aim of strengthening relations."
    )
    got = _fulfils(suggest([_summit_promise()], [report(2, D(2031, 7, 25), text)]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].event_date == D(2031, 7, 24) and got[0].timeliness == "on_time"


# --- "restarted" / "reconvened", and "the talks" before the document names them ----------------

DIALOGUE_MADE = D(2031, 9, 2)


def _dialogue_promise() -> object:
    return promise(
        1,
        DIALOGUE_MADE,
        "The Kenya-Ghana High Level Dialogue",
        (D(2031, 9, 4), D(2031, 9, 4)),
        action="hold",
        actors=("Kenya", "Ghana"),
        quote="The Kenya-Ghana High Level Dialogue will be held in Nairobi on Thursday.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kenya-Ghana High-Level Dialogue restarted in Nairobi on Thursday.",
        "The Kenya-Ghana High-Level Dialogue reconvened in Nairobi on Thursday after three years.",
        (
            "Kenya and Ghana should weigh what they learned from the pause, a former minister said on Thursday, "
            "as the talks restarted in Nairobi. The so-called Kenya-Ghana High-Level Dialogue had been held "
            "annually since 2014."
        ),
    ],
)
def test_talks_restarted_fulfil_the_promised_dialogue(text: str) -> None:
    got = _fulfils(suggest([_dialogue_promise()], [report(2, D(2031, 9, 5), text)]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].event_date == D(2031, 9, 4) and got[0].timeliness == "on_time"


def test_the_talks_before_two_series_are_named_refer_to_neither() -> None:
    text = (
        "A former minister said on Thursday, as the talks restarted in Nairobi. The Kenya-Ghana "
        "High-Level Dialogue and the Kenya-Ghana Joint Trade Committee were both paused in 2020."
    )
    evs = [e for e in find_events(text, D(2031, 9, 5)) if e.verb == "restarted"]
    assert evs == []


# --- "arrived in <place> (on <day>) for the <Series>" ------------------------------------------

ARRIVAL = (
    "Kenyan President William Ruto arrived in Accra, Ghana, on August 9, 2031, for the annual "
    "Kenya–Ghana Leaders’ Meeting with Ghanaian President John Mahama."
)


def test_an_arrival_for_a_named_meeting_reports_it() -> None:
    evs = [e for e in find_events(ARRIVAL, D(2031, 8, 10)) if e.body is not None]
    assert [(e.action, e.polarity, e.date_start) for e in evs] == [
        ("meet", "positive", D(2031, 8, 9))
    ]


def test_an_arrival_for_the_meeting_fulfils_the_leaders_meeting_promised() -> None:
    c = promise(
        1,
        D(2031, 8, 7),
        "the annual Kenya-Ghana Leaders' Meeting",
        (D(2031, 8, 9), D(2031, 8, 10)),
        action="meet",
        actors=("Kenya", "Ghana"),
        quote="The two leaders will meet in Accra on Saturday and Sunday for the annual Kenya-Ghana "
        "Leaders' Meeting.",
    )
    got = _fulfils(suggest([c], [report(2, D(2031, 8, 10), ARRIVAL)]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].event_date == D(2031, 8, 9) and got[0].timeliness == "on_time"


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto will arrive in Accra on Saturday for the annual Kenya-Ghana Leaders' Meeting.",
        "President Ruto arrived in Accra on Saturday for talks.",
    ],
)
def test_what_is_no_arrival_for_a_named_meeting(text: str) -> None:
    evs = [e for e in find_events(text, D(2031, 8, 10)) if e.verb == "arrived for the meeting"]
    assert evs == []


# --- "has arrived in <country or its capital>": a visit made -----------------------------------


def _visit_promise() -> object:
    return promise(
        1,
        D(2031, 10, 22),
        "Ghana",
        (D(2031, 11, 1), D(2031, 11, 10)),
        action="visit",
        actors=("Kenya",),
        quote="Kenyan President William Ruto will visit Ghana in early November, his office said.",
    )


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "President Ruto has arrived in Ghana on a mission to mend ties with Kenya's largest trading partner.",
            None,
        ),
        (
            "President Ruto has arrived in Accra on a mission to mend ties.",
            "Ghana rolls out red carpet for Kenyan leader",
        ),
    ],
)
def test_an_arrival_in_the_country_fulfils_the_promised_visit(text: str, title: str | None) -> None:
    got = _fulfils(suggest([_visit_promise()], [report(2, D(2031, 11, 4), text, title)]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].timeliness == "on_time"


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto arrived in the city late on Monday after a long flight from Kenya to Ghana.",
        "President Ruto will arrive in Accra on Monday, Kenya and Ghana said.",
        "President Ruto has not arrived in Accra yet, Kenya and Ghana said.",
    ],
)
def test_what_is_no_arrival_in_a_country(text: str) -> None:
    got = _fulfils(suggest([_visit_promise()], [report(2, D(2031, 11, 4), text)]))  # type: ignore[list-item]
    assert got == []


# --- a country's last word is no person ------------------------------------------------------


@pytest.mark.parametrize(
    "quote,name",
    [
        (
            (
                "President Ruto will visit Ghana, his office said hours before he flew to the United States "
                "to meet President Joe Biden."
            ),
            None,
        ),
        ("The minister flew to New Zealand to meet officials.", None),
        ("Kenyan President Ruto will meet his Ghanaian counterpart.", "Ruto"),
    ],
)
def test_a_countrys_last_word_is_no_persons_meetings(quote: str, name: str | None) -> None:
    pm = person_meeting(quote, quote)
    assert (pm.text if pm else None) == name


# --- participants: an organisation cut from a longer capitalised name is none ------------------


@pytest.mark.parametrize(
    "text,keys",
    [
        ("He will then attend the Pan-African Economic Cooperation leaders’ forum in Lima.", []),
        ("On Monday NATO leaders met in Lisbon.", ["nato summit"]),
        ("The NATO leaders met in Lisbon.", ["nato summit"]),
    ],
)
def test_participants_of_a_longer_name_are_no_series(text: str, keys: list[str]) -> None:
    assert _body_keys(text) == keys


def test_a_visit_in_a_document_naming_another_forum_keeps_no_series() -> None:
    doc = (
        "Kenyan President William Ruto will visit Ghana in early November, his office said Sunday. "
        "He will return to Kenya after his Ghana trip to attend the Pan-African Economic Cooperation "
        "leaders’ forum in Lima from Nov. 15-17."
    )
    quote = doc.split(". ")[0] + "."
    reg = load_registry()
    ctx = tuple(context_mentions(doc, reg))
    c = prepare(
        CommitmentView(
            id=1,
            source_id=50,
            made_on=D(2031, 10, 22),
            subject="Ghana",
            quote=quote,
            action="visit",
            actors=("Kenya",),
            due_start=D(2031, 11, 1),
            due_end=D(2031, 11, 10),
            span=(0, len(quote)),
        ),
        reg,
        context=ctx,
        document=ctx,
    )
    assert c.key is None
    arrival = report(2, D(2031, 11, 4), "President Ruto has arrived in Ghana, Kenya said.")
    assert len(_fulfils(suggest([c], [arrival]))) == 1  # type: ignore[list-item]


# --- "for the next annual summit (with <leader>)": the parties' own summit ----------------------


@pytest.mark.parametrize(
    "quote",
    [
        (
            "Ghanaian President John Mahama has confirmed that he will travel to Kenya in early December for the "
            "next annual summit with President William Ruto."
        ),
        "Ghanaian President John Mahama will travel to Kenya in early December for the next annual summit.",
    ],
)
def test_a_visit_for_the_next_annual_summit_is_fulfilled_by_the_summit_held(quote: str) -> None:
    c = promise(
        1,
        D(2031, 10, 3),
        "to Kenya",
        (D(2031, 12, 1), D(2031, 12, 10)),
        action="travel",
        actors=("Ghana", "Kenya"),
        quote=quote,
    )
    assert c.key == "summit"
    held = report(
        2,
        D(2031, 12, 5),
        "Ruto and Mahama held talks in Nairobi today during the 23rd Kenya-Ghana Annual Summit.",
    )
    got = _fulfils(suggest([c], [held]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].event_date == D(2031, 12, 5) and got[0].timeliness == "on_time"


def test_an_annual_summit_of_a_named_group_is_not_the_parties_own() -> None:
    c = promise(
        1,
        D(2031, 10, 3),
        "to Lima",
        (D(2031, 12, 1), D(2031, 12, 10)),
        action="travel",
        actors=("Ghana",),
        quote="President Mahama will travel to Lima for the annual summit of the Pacific Alliance.",
    )
    assert c.key != "summit"


# --- an office-holder's title is no body -------------------------------------------------------


@pytest.mark.parametrize(
    "text,keys",
    [
        (
            (
                "Kenyan Foreign Minister Ama Owusu and African Council President Kofi Mensah will travel to "
                "Accra at the end of July for a Kenya-Ghana summit."
            ),
            ["summit"],
        ),
        ("President Ruto and Regional Council Chair Kofi Mensah will come.", []),
        ("The Kenya-Ghana Joint Commission met on Monday.", ["joint-commission"]),
    ],
)
def test_a_title_after_a_name_makes_no_body(text: str, keys: list[str]) -> None:
    assert _body_keys(text) == keys


def test_a_trip_for_a_summit_named_beside_office_holders_takes_the_summit() -> None:
    quote = (
        "Kenyan Foreign Minister Ama Owusu and African Council President Kofi Mensah will travel to Accra "
        "at the end of July for a Kenya-Ghana summit that will mark 50 years of relations."
    )
    c = promise(
        1, D(2031, 4, 28), "to Accra", LATE_JULY, action="travel", actors=("Kenya",), quote=quote
    )
    assert c.key == "summit"
    text = (
        "President Mahama met with Foreign Minister Owusu in Accra on Thursday, as the 25th Kenya-Ghana "
        "Summit opened."
    )
    got = _fulfils(suggest([c], [report(2, D(2031, 7, 25), text)]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].event_date == D(2031, 7, 24)


# --- a name with its own parties is no short name of another group's body -------------------------


def test_a_bilateral_summit_is_not_the_group_summit_named_before_it() -> None:
    text = (
        "This will be their first meeting since the BRICS summit in Lima in 2029. The 21st Kenya-Ghana "
        "Annual Summit will be held in the afternoon. The Kenya-Ghana Joint Working Group on Critical "
        "Minerals met on Monday. The Joint Working Group will meet again."
    )
    got = {m.text: m.key for m in doc_mentions(text, load_registry())}
    assert got["21st Kenya-Ghana Annual Summit"] == "summit"
    assert got["Joint Working Group"] == got["Kenya-Ghana Joint Working Group on Critical Minerals"]


def test_a_group_summit_does_not_fulfil_a_bilateral_summit_named_after_it() -> None:
    doc = (
        "This will be their first meeting since the BRICS summit in Lima in 2029. The 21st Kenya-Ghana "
        "Annual Summit will be held in Accra in the afternoon."
    )
    quote = doc.split(". ")[1]
    reg = load_registry()
    ctx = tuple(context_mentions(doc, reg))
    start = doc.index(quote)
    c = prepare(
        CommitmentView(
            id=1,
            source_id=50,
            made_on=D(2031, 12, 2),
            subject="21st Kenya-Ghana Annual Summit",
            quote=quote,
            action="hold",
            actors=("Kenya", "Ghana"),
            due_start=D(2031, 12, 6),
            due_end=D(2031, 12, 6),
            span=(start, start + len(quote)),
        ),
        reg,
        context=ctx,
        document=ctx,
    )
    assert c.key == "summit"
    brics = report(
        2,
        D(2031, 12, 7),
        "The 21st BRICS summit took place in Lima on December 6.",
    )
    assert _fulfils(suggest([c], [brics])) == []  # type: ignore[list-item]


# --- a visit made goes where the promised visit goes --------------------------------------------


@pytest.mark.parametrize(
    "text,linked",
    [
        ("Ghanaian President Mahama visited Kenya on 4 March.", True),
        ("Ghanaian President Mahama has arrived in Nairobi, Kenya said.", True),
        ("Kenyan President Ruto visited Ghana on 4 March.", False),
        ("Kenyan President Ruto has arrived in Accra, Ghana said.", False),
    ],
)
def test_a_visit_to_the_other_country_is_not_the_promised_visit(text: str, linked: bool) -> None:
    for subject in ("Kenya", "to Kenya"):
        c = promise(
            1,
            D(2031, 1, 10),
            subject,
            (D(2031, 3, 1), D(2031, 3, 31)),
            action="visit",
            actors=("Ghana",),
            quote="Ghanaian President Mahama will visit Kenya in March.",
        )
        got = _fulfils(suggest([c], [report(2, D(2031, 3, 5), text)]))  # type: ignore[list-item]
        assert bool(got) == linked


# --- a meeting with a named person in a country or its capital is a visit there ------------------


@pytest.mark.parametrize(
    "text,title",
    [
        (
            (
                "Kenyan President Ruto has met with President Mahama at the Jubilee House in Accra, with the "
                "Ghanaian leader heartened by the progress."
            ),
            None,
        ),
        ("President Ruto met President Mahama in Accra on 3 November.", "Kenyan leader in Ghana"),
    ],
)
def test_a_meeting_in_the_hosts_capital_fulfils_the_promised_visit(
    text: str, title: str | None
) -> None:
    got = _fulfils(suggest([_visit_promise()], [report(2, D(2031, 11, 6), text, title)]))  # type: ignore[list-item]
    assert len(got) == 1 and got[0].timeliness == "on_time"


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan and Ghanaian ministers met in Accra on 3 November.",
        "President Ruto will meet President Mahama in Accra on 8 November, Kenya said.",
        "President Ruto met President Mahama in Nairobi on 3 November, Ghana said.",
    ],
)
def test_what_is_no_meeting_in_the_hosts_capital(text: str) -> None:
    got = _fulfils(suggest([_visit_promise()], [report(2, D(2031, 11, 6), text)]))  # type: ignore[list-item]
    assert got == []


# --- a numbered edition promised with no window is not restated years later ------------------------


def test_a_numbered_edition_is_not_restated_by_an_unnumbered_promise_years_later() -> None:
    old = promise(
        1,
        D(2031, 12, 2),
        "21st Kenya-Ghana Annual Summit",
        action="hold",
        actors=("Kenya", "Ghana"),
        quote="The 21st Kenya-Ghana Annual Summit will be held in the afternoon.",
    )
    soon = promise(
        2,
        D(2031, 12, 4),
        "21st Kenya-Ghana Annual Summit",
        (D(2031, 12, 6), D(2031, 12, 6)),
        action="hold",
        actors=("Kenya", "Ghana"),
        quote="The Kenya-Ghana Annual Summit will be held in Accra on 6 December.",
    )
    later = promise(
        3,
        D(2034, 12, 2),
        "annual Kenya-Ghana Summit",
        (D(2035, 1, 1), D(2035, 12, 31)),
        action="hold",
        actors=("Kenya", "Ghana"),
        quote="President Ruto will visit Ghana in 2035 for the annual Kenya-Ghana Summit.",
    )
    assert old.key == later.key == soon.key
    got = {(s.source_id, s.kind) for s in suggest([old, soon, later], []) if s.commitment_id == 1}
    assert (102, "restates") in got and (103, "restates") not in got


# --- "(KGMIN 2+2)": an acronym with a format after it is the acronym alone -------------------------

HELD = (
    "Kenyan and Ghanaian ministers agreed to closer ties at the inaugural Kenya–Ghana Foreign and Defence "
    "Ministers Consultations (KGMIN 2+2) on 1 February in Nairobi."
)
NEXT = (
    "Ministers will host the second Kenya and Ghana Foreign and Defence Ministers’ Meeting (KGMIN) in Accra "
    "tomorrow. The inaugural meeting was held in Nairobi in February."
)


def test_an_acronym_with_a_format_tag_is_the_acronym_alone() -> None:
    reg = load_registry()
    held = {a for _b, a in acronym_pairs(HELD, reg)}
    nxt = {a for _b, a in acronym_pairs(NEXT, reg)}
    assert held & nxt == {"kgmin"}


def test_two_reports_of_one_meeting_named_two_ways_fulfil_an_unnamed_promise() -> None:
    reg = load_registry()
    c = promise(
        1,
        D(2031, 12, 15),
        "joint meeting",
        (D(2032, 1, 1), D(2032, 4, 30)),
        action="hold",
        actors=("Kenya", "Ghana"),
        quote="The leaders agreed their ministers of foreign affairs and defence would hold a joint "
        "meeting early next year.",
    )
    srcs = [
        SourceEvents(
            sid, pub, tuple(find_events(text, pub)), aliases=tuple(acronym_pairs(text, reg))
        )
        for sid, pub, text in ((2, D(2032, 2, 4), HELD), (3, D(2032, 12, 4), NEXT))
    ]
    got = _fulfils(suggest([c], srcs))  # type: ignore[list-item]
    assert [(s.source_id, s.event_date) for s in got] == [(2, D(2032, 2, 1))]


@pytest.mark.parametrize("sentence", [
    ("Their insistence that the Kenya-Ghana summit be held alternately in Accra and Nairobi met with "
    "intransigence from the Kenyan leader."),
    "The proposal for a Kenya-Ghana summit met with stiff resistance in Accra on Monday.",
    "Kenya insisted that the Kenya-Ghana summit be held in Nairobi.",
])
def test_a_proposal_received_or_asked_for_is_no_report(sentence: str) -> None:
    """"X met with resistance" is how a proposal was received and "that the summit be held"
    (a bare "be": a subjunctive) what is asked for: neither reports a meeting."""
    evs = find_events(sentence, dt.date(2031, 4, 28))
    assert not [e for e in evs if e.polarity == "positive" and e.action == "meet"], evs


def test_the_ministers_met_with_their_counterparts_still_reports() -> None:
    evs = [e for e in find_events("The Kenya-Ghana Joint Commission met with officials in Accra on "
                                  "Monday.", dt.date(2031, 4, 28)) if e.polarity == "positive"]
    assert evs and all(e.key and e.event_date == dt.date(2031, 4, 28) for e in evs)


def test_a_summit_of_other_parties_is_no_restatement() -> None:
    """"Kenya will also host a Kenya-Togo summit" and, later, "will travel to Accra for a
    Kenya-Ghana summit": both generic summits with Kenya, but two pairs of parties."""
    made, later = dt.date(2031, 4, 11), dt.date(2031, 4, 28)
    togo = promise(1, made, "Kenya-Togo summit", (made, dt.date(2031, 7, 31)), action="host",
                   actors=("Kenya",), source_id=1,
                   quote="Before the Ghana summit in July, Kenya will also host a Kenya-Togo summit.")
    ghana = promise(2, later, "Kenya-Ghana summit", (dt.date(2031, 7, 21), dt.date(2031, 7, 31)),
                    action="attend", actors=("Kenya",), source_id=2,
                    quote="Kenyan President Ruto will travel to Accra at the end of July for a "
                          "Kenya-Ghana summit.")
    assert togo.key == ghana.key == "summit"
    assert [s for s in suggest([togo, ghana], []) if s.kind == "restates"] == []
    again = promise(3, later, "Kenya-Togo summit", (dt.date(2031, 7, 1), dt.date(2031, 7, 31)),
                    action="host", actors=("Kenya",), source_id=3,
                    quote="Kenya will host the Kenya-Togo summit in July.")
    assert [s.commitment_id for s in suggest([togo, again], []) if s.kind == "restates"] == [1]


def test_a_name_that_lists_its_parties_says_whose_meeting_it_is() -> None:
    """An actor read from around the sentence ("Ghana" of the paragraph) is not one more party of
    "a Kenya-Togo summit": the name lists them."""
    made = dt.date(2031, 4, 11)
    c = promise(1, made, "Kenya-Togo summit", (made, dt.date(2031, 7, 31)), action="host",
                actors=("Kenya", "Ghana"))
    assert c.countries == {"kenya", "togo"}
    plain = promise(2, made, "summit", (made, dt.date(2031, 7, 31)), action="host",
                    actors=("Kenya", "Ghana"))
    assert plain.countries == {"kenya", "ghana"}


def test_meeting_the_hosts_on_a_visit_fulfils_the_promise_to_meet_them() -> None:
    """"will meet President Mahama and Vice-President Opoku in Accra" is kept by "Ruto has met with
    President Mahama at the Jubilee House in Accra" (a visit in which the visitor met the hosts),
    but attending a trade fair promised in the same sentence is not."""
    made, later = dt.date(2031, 10, 22), dt.date(2031, 11, 6)
    quote = ("He will meet President Mahama and Vice-President Opoku in Accra and then attend the "
             "trade fair in Kumasi.")
    meet = promise(1, made, "President Mahama and Vice-President Opoku in Accra", action="meet",
                   actors=("Kenya", "Ghana"), quote=quote)
    fair = promise(2, made, "trade fair in Kumasi", action="attend", actors=("Kenya",), quote=quote)
    met = report(2, later, "Kenyan President Ruto has met with President Mahama at the Jubilee House "
                           "in Accra.")
    got = [(s.commitment_id, s.kind) for s in suggest([meet, fair], [met])]
    assert got == [(1, "fulfils")]
