"""Event mentions: what a source reports as done, or as not done.

``find_events(body, published_on)`` is a pure function of the text: each
sentence is read against its statement date (a quoted older statement keeps
its own date), past-tense event verbs ("was held", "met", "convened",
"signed", "launched", "took place", "the inaugural … on May 22") are tied to
the nearest body name (or, for "the meeting"/"it", to the body the text was
last about), and the event date is resolved with ``tracker.temporal`` in the
past tense (a weekday is the latest such day on or before the document
date). Negative evidence is reported the same way with ``polarity =
"negative"``: "was last held in January 2022", "has not yet been held",
"postponed", "cancelled", "I don't think it's going to be this year".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, NamedTuple

from tracker.domain import lexicon
from tracker.domain.lexicon import HEADLINE_SPAN, ORDINAL_RE
from tracker.domain.parties import STATE_FORM_THE
from tracker.extract.patterns import TIES_RAISED_TO
from tracker.linking.bodies import (
    ANCHOR_BEFORE,
    NOT_NAMES,
    BodyMention,
    Registry,
    countries_in,
    expand_short_names,
    find_bodies,
    head_class,
    is_persons_meetings,
    load_registry,
    not_a_person,
    ordinal_value,
    persons_meetings,
)
from tracker.linking.text import Sentence, sentences

if TYPE_CHECKING:
    from tracker.temporal import TimeExpression

#: an event date read in a sentence: (start, end, the words that gave it)
_EventDate = tuple[dt.date, dt.date, str]


@dataclass(frozen=True)
class EventMention:
    quote: str  # the sentence, verbatim
    span: tuple[int, int]  # offsets of the sentence in the body
    verb: str
    action: str  # meet | sign | launch | progress
    polarity: str = "positive"  # positive | negative | announced (a date set for it: progress)
    negative: str | None = None  # last_held | not_held | postponed | cancelled | not_in_period
    body: BodyMention | None = None
    body_by: str = "name"  # name | anaphora | participants (who met: "the two leaders met", with or
    # without a body) | host (the meeting on whose sidelines the sentence's took place)
    object_text: str = ""  # what was signed/launched, when no body is named
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_text: str = ""
    period_start: dt.date | None = None  # negative: the period it will not / did not happen in
    period_end: dt.date | None = None
    anchor: dt.date | None = None
    quoted: bool = False
    countries: frozenset[str] = field(default_factory=frozenset)
    confidence: float = 0.7

    @property
    def key(self) -> str | None:
        return self.body.full_key if self.body else None

    @property
    def ordinal(self) -> int | None:
        return self.body.ordinal if self.body else None

    @property
    def event_date(self) -> dt.date | None:
        """A single date when the text gives one day; else the range start."""
        return self.date_start


#: ties raised to a named partnership (verbs of the launch class): the gap before the name,
#: "elevated | their relationship to a | Comprehensive Strategic Partnership", "upgraded | bilateral
#: relations to the level of a | Strategic Partnership" (forty-third blind check)
_RAISING_VERBS = frozenset(["elevated", "upgraded"])
_RAISED_TO = re.compile(r"(?i)\s+" + TIES_RAISED_TO + r"(?:(?:the|a|an)\s+)?")


_VERBS: dict[str, str] = {
    "held": "meet", "met": "meet", "convened": "meet", "took place": "meet", "hosted": "meet",
    "co-chaired": "meet", "cochaired": "meet", "chaired": "meet", "conducted": "meet", "carried out": "meet",
    "wrapped up": "meet", "finished": "meet", "kicked off": "meet", "attended": "meet", "organised": "meet",
    "organized": "meet", "resumed": "meet", "was staged": "meet", "concluded": "meet",
    # "the talks restarted in Accra", "the council reconvened on Monday": held again
    "restarted": "meet", "reconvened": "meet",
    "gathered": "meet", "convened for": "meet", "ended": "meet",
    # "the summit closed / wound up / got under way in <place> on Wednesday"; "the president
    # returned from the summit" (a G20 report, sixth blind check)
    "closed": "meet", "wound up": "meet", "got under way": "meet", "got underway": "meet",
    "returned from": "meet",
    # under way on the day of the report, in the present: "The 19th Kenya-Ghana Summit runs from
    # 23 to 24 November" (a report of 23 November); only with a date that has come
    # (``_UNDER_WAY``)
    "runs from": "meet", "takes place": "meet", "kicks off": "meet", "gets under way": "meet",
    # "The 17th Kenya-Ghana summit starts in Mombasa on Sunday" (a report of that Sunday)
    "starts": "meet", "begins": "meet", "opens": "meet",
    "is under way": "meet",
    # starting in the present on the report's day: "The fourth round of Kenya-Ghana talks is beginning
    # in Nairobi" (an occasion only, no later date in the sentence; ``_STARTING_NOW``)
    "is beginning": "meet", "are beginning": "meet", "is starting": "meet", "are starting": "meet",
    # hosting or holding it today, in the present: "We are hosting today the fourth meeting of the
    # Kenyan and Ghanaian governments" (a host's statement on the day; only with "today" or
    # "this morning" in the sentence and no later date: ``_HOSTING_NOW``)
    "is hosting": "meet", "are hosting": "meet", "is holding": "meet", "are holding": "meet",
    # (and convening on the day the report names as its own: "Kenyan and Ghanaian leaders are
    # convening for the 3rd summit in Accra on Thursday", a report of that Thursday; thirty-fifth
    # blind check)
    "is convening": "meet", "are convening": "meet",
    # (and meeting today for a named occasion: "Presidents Ruto and Mahama are meeting today for the
    # 10th Kenya-Ghana Bi-National Commission", forty-first blind check)
    "is meeting": "meet", "are meeting": "meet",
    # "Doval and Bonne participated in the dialogue in New Delhi on Thursday" (India-France
    # Strategic Dialogue 2021; "participating in the 36th session of ...", 2023)
    "participated in": "meet",
    "signed": "sign", "inked": "sign", "ratified": "sign", "exchanged": "sign",
    "launched": "launch", "inaugurated": "launch", "unveiled": "launch", "established": "launch",
    # ties raised to a named partnership: "Kenya and Ghana elevated their relationship to a Comprehensive
    # Strategic Partnership" (what it became: ``_RAISED_TO``)
    **{verb: "launch" for verb in _RAISING_VERBS},
    "set up": "launch", "rolled out": "launch", "opened": "launch", "commenced": "launch",
    # opened again: "the two embassies reopened", "Kenya reopened the border crossing" (twenty-
    # ninth blind check: embassies reopened after a rift)
    "reopened": "launch",
    # a facility put into service: "President X has commissioned the Lekki port" (thirtieth blind
    # check: a port, and in earlier sets power stations and terminals promised "commissioned")
    "commissioned": "launch",
    # goods handed over (``lexicon.HANDING_OVER``; thirtieth blind check)
    **{lexicon.HANDING_OVER[base][0]: lexicon.DELIVERED for base in ("deliver", "hand over")},
    "operationalised": "launch", "operationalized": "launch", "began": "launch", "started": "launch",
    # a unit or a tie made into what was promised: "the 12th Rifles became the 12th Littoral
    # Regiment", "transitioned to", "was redesignated as" (matched by the words of the promise)
    "became": "launch", "transitioned to": "launch", "redesignated": "launch",
    # an agreement reached on a deal is its negotiation concluded: "Kenya and Ghana have reached an
    # Agreement in Principle on the content of a digital economy agreement" (thirty-seventh blind check)
    "reached an agreement in principle": "conclude", "reached agreement in principle": "conclude",
    "reached an agreement on": "conclude", "reached agreement on": "conclude",
    "initialled": "progress", "initialed": "progress", "finalised": "progress",
    "finalized": "progress",
    # a thing done by a verb of no class of its own: kept only by a promise of that verb
    # (``lexicon.DONE_VERBS``; thirty-first blind check)
    **{form: lexicon.DONE for form in lexicon.DONE_VERBS},
}
#: base forms read only after a negation ("did not meet", "has not taken place" aside): a
#: meeting that "did not take place" / "did not go ahead" was not held (twenty-seventh blind
#: check: "another meeting was planned in Tbilisi but did not take place"); after no negation
#: they are no report ("the two sides meet every year")
NEGATED_ONLY: dict[str, str] = {
    "meet": "meet", "take place": "meet", "convene": "meet", "happen": "meet", "go ahead": "meet",
    "materialise": "meet", "materialize": "meet",
}
_VERBS.update(NEGATED_ONLY)
#: base forms of the verbs of a thing done, read (as their past forms) only right after a
#: negator of a base form (``lexicon.NEGATORS``, "before_base"): "the two sides have yet to sign
#: the tax treaty", "failed to ratify the accord" are reports it was not done; "did not sign a
#: peace treaty after the war" is history
NOT_YET_BASE: dict[str, str] = {
    "hold": _VERBS["held"], "sign": _VERBS["signed"], "ratify": _VERBS["ratified"],
    "conclude": _VERBS["concluded"], "launch": _VERBS["launched"], "establish": _VERBS["established"],
    "inaugurate": _VERBS["inaugurated"],
}
_VERBS.update(NOT_YET_BASE)
#: words that say a thing is not done by themselves: "the agreement remains unsigned", "is still
#: unratified" (the shape of a Pacific security-pact report, twenty-seventh blind check): a
#: negative report, as "has not been signed" is
NOT_DONE_WORDS: dict[str, str] = {"unsigned": "sign", "unratified": "sign", "unfinished": "conclude",
                                  "uncompleted": "conclude"}
_VERBS.update(NOT_DONE_WORDS)
#: a participle after the noun a future "be" names: "this will be the first ever spectrum auction |
#: held on our shores" (thirty-ninth blind check: what is yet to happen, no report)
_FUTURE_NOUN_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|'ll)\s+(?:\w+ly\s+)?be\s+(?:the|a|an|its|their)\s+[^,;.]{0,60}$")
_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:will|would|shall|should|could|may|might|must|can|to|'ll|going\s+to)\s+"
    r"(?:not\s+)?(?:also\s+|now\s+|soon\s+|then\s+)?(?:be\s+|have\s+been\s+|have\s+|get\s+)?"
    r"(?:\w+ly\s+)?$"
    # a bare "be" with no modal is a subjunctive ("insisted that the summit be held in
    # Nairobi"): what is asked for, never a report
    r"|\bbe\s+(?:\w+ly\s+)?$"
    # a participle coordinated after a future passive shares its future: "is expected to be launched
    # in December and delivered to the navy by 2026" (thirtieth blind check)
    r"|\b(?:will|would|shall|to)\s+be\s+\w+(?:ed|en)\b[^.;]{0,80}?\s(?:and|or)\s+(?:then\s+)?$"
)
_NOT_YET_BEFORE = re.compile(
    r"(?i)\b" + lexicon.alternation(lexicon.words(lexicon.NEGATORS, "before_base")) + r"\s+(?:\w+ly\s+)?$")
_NEG_BEFORE = re.compile(
    r"(?i)(?:" + "|".join(w if w == lexicon.CONTRACTED_NOT else r"\b" + lexicon.alternation([w])
                          for w in lexicon.words(lexicon.NEGATORS, "before_event"))
    + r")\s+(?:yet\s+|been\s+|be\s+|so\s+far\s+)*(?:\w+ly\s+)?$"
)

def _reported(text: str, pos: int) -> bool:
    """Is what stands at ``pos`` of ``text`` told as done: no modal or "to" before it (a plan,
    ``_FUTURE_BEFORE``) and no negator (``_NEG_BEFORE``)?"""
    before = text[:pos]
    return not _FUTURE_BEFORE.search(before) and not _NEG_BEFORE.search(before)


#: present progressive passive: "is being held" in an announcement is no report of the event
#: unless a past date says it is under way (India-Australia 2+2 announcement)
#: what is exchanged in talk (CT JWG 2019 and 2020 statements: "exchanged views on threats")
_EXCHANGED_TALK = re.compile(r"(?i)\s+(?:their\s+|the\s+)?(?:views|ideas|assessments|perspectives|"
                             r"notes\s+on|experiences|greetings|information|opinions)\b")
#: a welcome, not a launch: "rolled out the red carpet for"
_RED_CARPET = re.compile(r"(?i)\s+the\s+red[\s-]carpet\b")
#: a participle inside a noun phrase: "the newly created council" (seen in South Korea-U.S.
#: announcements of a first meeting)
_ATTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|this|our)\s+(?:newly|recently|just)[\s-]+$")
#: a participle with its agent between commas after a noun is a reduced relative clause, a
#: description of the body; the clause's own verb after it tells the tense: "The 25th Kenya-Ghana
#: summit, co-chaired by Premier X, comes amid ..." (the shape of an EU-China preview, 2025) is
#: no report, unless a past date stands between the commas; "..., co-chaired by officials of
#: both, marked a first step" is one
_APPOSITIVE_BY = re.compile(r"(?i)\s+by\s+[^,;.]{1,80},\s+(?!(?:was|has|had)\b)(?:will|would|shall|may|might"
                            r"|can|could|should|must|is|are|\w+[^s\W]s)\b")
#: a draft exchanged, agreed or finalised is no instrument signed: "The draft memorandum of
#: understanding has been exchanged four times", "the two sides exchanged the draft agreement"
#: (fortieth blind check)
_DRAFT_BEFORE = re.compile(r"(?i)\bdrafts?\s+(?:[\w-]+\s+){0,6}?(?:has|have|had|was|were|is|are)\s+"
                           r"(?:(?:been|also|now|already)\s+)*(?:\w+ly\s+)?$")
_DRAFT_AFTER = re.compile(r"(?i)\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+)?drafts?\b")
#: "met with resistance / criticism / a cool reception": how something was received, no meeting
_MET_WITH_RECEPTION = re.compile(
    r"(?i)\s+with\s+(?:(?:a|an|the|some|strong|fierce|stiff|little|broad|wide|widespread|cool|mixed|"
    r"warm|general|firm)\s+){0,2}(?:resistance|opposition|criticism|approval|scepticism|skepticism|"
    r"intransigence|hostility|silence|protests?|anger|success|failure|response|reception|derision|"
    r"applause|suspicion|dismay|concern|praise|objections?|refusal|rejection|disapproval|"
    r"indifference)\b")
#: a gerund clause after a preposition: "Expectations of the treaty being signed this week ran
#: high" (eleventh blind check), "talk of the summit being held in Accra": no report
#: (no "is" or "are" before "being": "the 44th meeting of the Commission is being held" is a report)
_GERUND_PASSIVE = re.compile(r"(?i)\b(?:of|for|about|over|to|at|with|despite)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                             r"(?:(?!(?:is|are)\s)[\w’'-]+\s+){0,5}?being\s+(?:\w+ly\s+)?$")
#: a passive whose subject is "no <noun>" or "nothing" (twelfth blind check)
_NO_SUBJECT = re.compile(r"(?i)(?:\bno\s+(?:[\w-]+\s+){1,3}|\bnothing\s+)(?:was|were|has\s+been|have\s+been"
                         r"|had\s+been)\s+(?:\w+ly\s+)?$")
_PROGRESSIVE_BEFORE = re.compile(r"(?i)\b(?:is|are)\s+being\s+$")
#: a present passive ("are held", "is usually convened") with a word of habit in its sentence: a
#: rule of the series, no report (``is_rule``)
_PRESENT_PASSIVE = r"(?i)\b(?:is|are)\s+(?:\w+ly\s+)?"
_PRESENT_PASSIVE_BEFORE = re.compile(_PRESENT_PASSIVE + "$")
_PRESENT_PASSIVE_HELD = re.compile(_PRESENT_PASSIVE + r"(?:held|convened|hosted|organi[sz]ed|staged)\b")
#: (the cadences of ``lexicon.RECURRENCES``, or turns and habit with none: "alternately", "regularly")
_HABITUAL = re.compile(r"(?i)" + lexicon.CADENCE + r"|\balternately\b|\bregularly\b")


def is_rule(text: str) -> bool:
    """Does a sentence state how a series is held, not report an occasion ("the meetings are held
    alternately in Kenya and Ghana before 1st June every year")? (A present passive of holding and
    a word of habit.)"""
    return _PRESENT_PASSIVE_HELD.search(text) is not None and _HABITUAL.search(text) is not None
_CONDITIONAL = re.compile(r"(?i)\b(?:if|unless|once|whether|when)\b[^,]*$"
                          # a clause of time in the present passive speaks of what is still to come:
                          # "will be implemented immediately after the MoU is signed" (fortieth
                          # blind check); "after the MoU was signed" is a report
                          r"|\b(?:after|before|until|till|as\s+soon\s+as)\s+[^,.;]{0,60}?\b(?:is|are)\s+(?:\w+ly\s+)?$")
_PROGRESS_RE = re.compile(
    r"(?i)\b(?:preparations?\s+(?:are|were|is)\s+(?:well\s+)?under\s*way|(?:negotiations|talks)\s+on\b"
    r".{0,80}\b(?:concluded|were\s+completed|have\s+been\s+completed)|text\s+(?:was|has\s+been)\s+finali[sz]ed)"
)
#: (and a decision to: "the two governments agreed to postpone the fifth meeting of the Joint
#: Commission, initially scheduled for December, to 2026"; twenty-fourth blind check)
_DECIDED_TO = r"(?:agreed|decided|resolved|voted)\s+to\s+"


def _calling_off_re(kind: str) -> re.Pattern[str]:
    """A report of an occasion moved or called off (``lexicon.CALLING_OFF`` of that kind): its
    participle, or a decision to ("agreed to postpone")."""
    bases, parts = lexicon.calling_off(kind)
    return re.compile(r"(?i)\b(?:" + lexicon.alternation(parts) + r"|" + _DECIDED_TO
                      + r"(?:" + lexicon.alternation(bases) + r"))\b")


_POSTPONED = _calling_off_re("postponed")
#: the time a postponement moved to: "postponed until next year", "until early 2025", "to
#: March 2026"; and a bare month, "has been delayed until January" (the shape of trade-agreement
#: and treaty-signing reports, eleventh blind check): the month after the promise's, not a deadline
_MONTH_NAME = lexicon.MONTH_FULL + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
_UNTIL_AFTER = re.compile(r"(?i)\s+(?P<to>until|till|to)\s+(?:next\s+\w+|later\s+\w+|(?:early|mid|late)[\s-]+\d{4}"
                          r"|\w+\s+\d{4}|\d{4}|(?-i:" + _MONTH_NAME + r"))\b")
#: a move decided for the future, to a new time: "the election planned for next year will be delayed
#: until 2016" (thirty-sixth blind check; "will be postponed if ..." names no new time, no move)
_WILL_BE_BEFORE = re.compile(r"(?i)\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:\w+ly\s+)?$")


def _move_decided(text: str, m: re.Match[str]) -> bool:
    """Is the put-off verb at ``m`` a move decided for the future, with the time it moves to?"""
    return _WILL_BE_BEFORE.search(text, 0, m.start()) is not None and _UNTIL_AFTER.match(text, m.end()) is not None


#: the old date of an occasion moved, not the new one: "..., initially scheduled for | December
#: 2024, to 2026", "which had been planned for | December" (``lexicon.SCHEDULE_WORDS``' "old_date")
_OLD_DATE_BEFORE = re.compile(
    r"(?i)\b(?:(?:(?:initially|originally|first|earlier|previously)\s+|(?:had|has)\s+been\s+)(?:"
    + "(?:" + lexicon.alternation(lexicon.words(lexicon.SCHEDULE_WORDS, "old_date")) + ")"
    # "which was previously scheduled to be held on Friday" (fortieth blind check)
    + r"(?:\s+to\s+(?:take\s+place|be\s+held|convene|open|meet))?)"
    # "the summit that was to take place on Dec. 14" (twenty-fourth blind check)
    + r"|(?:was|were)\s+(?:due\s+)?to\s+(?:take\s+place|be\s+held|convene|open))\s+(?:for|on|in)?\s*$")
_CANCELLED = _calling_off_re("cancelled")
#: a trip of someone's put off, named after the verb: "India has rescheduled Wang's September 9
#: visit", "postponed his trip to Accra": that trip, not the meeting the text was about (fortieth
#: blind check)
_OWN_TRIP_AFTER = re.compile(r"(?i)\s+(?:(?-i:[A-Z])[\w’'-]*['’]s|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b")
#: who or what "since" is said of: "since they met", "since the two sides last met"
_SINCE_SUBJECT = r"(?:they|we|it|the\s+\w+(?:\s+\w+)?|both\s+\w+)"
_LAST_HELD = re.compile(
    r"(?i)\b(?:was|were|had\s+been)\s+last\s+(?:held|convened|hosted)\b|\blast\s+(?:met|convened"
    r"|took\s+place)\b|\b(?:has|have|had)\s*(?:not|n't)\s+(?:met|been\s+held|been\s+convened|convened)"
    r"\s+since\b"
    # the first one since the last: "the first summit of the three countries since they met in
    # Athens in 2021" (none between)
    r"|\bfirst\b[^.;]{0,80}?\bsince\s+" + _SINCE_SUBJECT + r"\s+(?:last\s+)?"
    r"(?:met|convened|gathered|was\s+held|were\s+held)\b"
)
_NOT_IN_PERIOD = re.compile(
    r"(?i)(?:\b(?:don't|do\s+not|doesn't|does\s+not)\s+(?:think|expect|believe|see)\b.{0,60}"
    r"\b(?:going\s+to|will|would|be)\b|\b(?:won't|will\s+not|would\s+not|unlikely\s+to|not\s+"
    r"(?:going|expected|likely|scheduled|planned)\s+to|no\s+longer)\b)"
)
#: the heads of ``_ANAPHORA`` that name an instrument by its kind: the last body of that head
#: is the one meant ("this renewed partnership")
_INSTRUMENT_ANAPHORS = frozenset(["partnership", "declaration", "framework", "roadmap"])
_ANAPHORA = re.compile(
    # "Its first meeting was held in Nairobi in 2022, and the 3rd meeting was held in Accra in
    # 2024" (the shape of an India-Singapore report, 2025): the body's own meeting, and an ordinal one
    # "The formal convening took place on September 9th" (a U.S.-Mexico report, 2021)
    # "the last such annual meetings took place in Accra in 2019" (the shape of an India-Germany
    # announcement, 2022): the series named before, by "such" and a cadence
    # "Another meeting was planned in Accra but did not take place": one more of the series
    r"(?i)\b(?:the|this|that|its|another|this\s+year's|the\s+latest|the\s+last|(?:the\s+last\s+of\s+)?such)\s+"
    r"(?:virtual\s+|bilateral\s+|bi-?annual\s+|biennial\s+"
    r"|annual\s+|two-day\s+|high-level\s+|ministerial\s+|formal\s+|official\s+|" + ORDINAL_RE
    # an instrument renewed or raised ("this renewed partnership", "the revised agreement")
    + r"\s+|(?:renewed|revised|revitali[sz]ed|elevated|updated|upgraded|new|historic|landmark)\s+"
    r"(?:and\s+(?:renewed|revised|revitali[sz]ed|elevated|updated|upgraded)\s+)?)?(meetings?|convening|talks|dialogue"
    r"|summit|session|round|consultations|discussions|negotiations|conference|retreat|edition|forum"
    r"|agreement|deal|pact|memorandum|treaty|" + "|".join(sorted(_INSTRUMENT_ANAPHORS)) + r")\b"
    r"|^(?:it|they)\b|\bit\s+(?:was|has|had|is)\b|\bit['’]s\b"
)
_NOT_BY = re.compile(
    r"(?i)\b(?:could|did|has|have|had|was|were|is|are)\s*(?:not|n't)\s+(?:yet\s+|still\s+)?"
    r"(?:be(?:en)?\s+)?(?P<v>done|concluded|completed|signed|finali[sz]ed|sealed|held|met|achieved)"
    r"\s+by\s+(?=\w)"
)
#: works put off to a later date: "delays in the completion of the Lamu line until 2031", "threaten
#: to delay the completion of the line until 2031", "the completion of the line was pushed back to
#: 2031" (twenty-ninth blind check; the verbs: ``lexicon.CALLING_OFF``'s "postponed" rows, any form
#: before the thing, a participle after it); read only when what is put off names works
#: (``lexicon.put_off_kinds``): a miss of a promise of them for an earlier window (``match._works_put_off``)
_WORKS_PUT_OFF = re.compile(
    r"(?i)\b(?:" + lexicon.calling_off_any("postponed") + r")"
    r"\s+(?:in\s+|of\s+)?(?P<obj>(?:the|its|their)\s+[^,;.]{3,100}?)\s+(?:until|till|to)\s+(?=\S)"
    # (plans put off: "would delay plans to begin operations at its Accra plant until 2031")
    r"|(?:" + lexicon.calling_off_any("postponed") + r")\s+" + lexicon.PLANS_TO
    + r"(?P<obj3>[^,;.]{3,100}?)\s+(?:until|till)\s+(?=\S)"
    r"|(?P<obj2>(?:the|its|their)\s+[^,;.]{3,100}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:\w+ly\s+)?(?:" + lexicon.alternation(lexicon.calling_off("postponed")[1]) + r")\s+"
    # (put off again: "has been delayed again / further / once more until", thirty-fourth blind check)
    r"(?:(?:again|further|once\s+more|yet\s+again)\s+)?(?:until|till|to)\s+(?=\S)")
#: a failure reported: "after failing to conclude negotiations last month", "the countries had
#: failed to reach an agreement" (the shapes of trade-talks reports, sixteenth blind check): not done
#: by the time the sentence gives (a past one), else by the report's day (``_NOT_BY``'s reading)
_FAILED_TO = re.compile(
    r"(?i)\b(?:failed|failing|has\s+failed|have\s+failed|had\s+failed)\s+to\s+(?:\w+ly\s+)?"
    r"(?P<v>conclude|complete|finali[sz]e|sign|seal|reach\s+(?:an?\s+|the\s+|final\s+)*(?:agreement|deal|accord|consensus)"
    r"|agree|hold|meet|convene)\b"
)
#: a deadline missed, or to be missed: "Kenya and Ghana missed the Diwali deadline for the trade
#: agreement", "the Kenya-Ghana FTA will miss its end-of-year deadline" (issue 8's list of misses;
#: thirty-fifth blind check): with the deadline's date, not done in that period; without one, not
#: done by the day of the report (a deadline already missed only)
_MISSED_DEADLINE = re.compile(
    r"(?i)\b(?P<v>missed|has\s+missed|have\s+missed|had\s+missed|will\s+miss|would\s+miss"
    r"|(?:is|are)\s+(?:set|likely|expected|going)\s+to\s+miss)\s+(?:the|its|their|a|an)\s+"
    r"(?P<when>[^,;.]{0,40}?)\s*(?:deadline|target\s+date|opening\s+date|target)s?\b")
#: the action a thing not done was (``_NOT_BY``'s participles, ``_FAILED_TO``'s base forms)
_NOT_BY_ACTION = {"done": "conclude", "concluded": "conclude", "completed": "conclude",
                  "finalised": "conclude", "finalized": "conclude", "signed": "sign", "sealed": "sign",
                  "held": "meet", "met": "meet", "achieved": "conclude",
                  "conclude": "conclude", "complete": "conclude", "finalise": "conclude", "finalize": "conclude",
                  "sign": "sign", "seal": "sign", "reach": "conclude", "agree": "conclude", "hold": "meet",
                  "meet": "meet", "convene": "meet"}
# Reports of a visit made (no body named: a leader's or a minister's trip), one ``_Visit`` row each
# with an example a test runs. The event is a meeting
# whose object names the visit and its place, so a promised visit ("President Ruto will visit
# Ghana in March") is fulfilled by it through the same words or the structural fallback (the
# same parties, the visit kind, inside the window).
_PLACE = r"(?-i:" + STATE_FORM_THE + r"?[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|of|and)){0,3})"
#: a named building before the place a visitor was received in: a seat of government, a palace,
#: an airport ("at State House in Nairobi", "at the Presidential Palace, Accra", "at Kotoka
#: International Airport in Accra"); the place after it is what the row reads
_SEAT = (r"(?:(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?:(?-i:[A-Z][\w.'’-]*)|of|the)){0,5},?\s+(?:in\s+)?)?")
#: where a visitor was received: at a named seat in the place, or in the place ("at State House in
#: Nairobi", "in Accra"); the place is group ``place``
_AT_SEAT = r"\b(?:in|at)\s+" + _SEAT + r"(?P<place>" + _PLACE + r")"
#: a capital named as one before its name: "in the Ghanaian capital Accra", "in the capital, Accra",
#: "in the Ghanaian capital of Accra" (forty-second blind check; the place after it is what a row reads)
_CAPITAL = r"(?:the\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?capital(?:\s+city)?,?\s+(?:of\s+)?)?"
#: whom a visitor met: a person named, or the visitor's counterpart ("met with his Ghanaian
#: counterpart Kofi Mensah in Accra"; forty-second blind check)
_WHOM = r"(?:(?-i:[A-Z])|(?:his|her|their)\s+(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+)?){0,3}counterparts?\b)"
#: whoever receives a visitor: an office-holder (``lexicon.OFFICE_TITLES``), a counterpart, the host
_RECEIVER = r"(?:" + lexicon.OFFICE_TITLE + r"|counterparts?|hosts?|head\s+of\s+(?:state|government)|vice[\s-]president)"


class _Visit(NamedTuple):
    rx: re.Pattern[str]
    shown: str  # the verb shown in the reason
    dated: bool  # a past date must be read ("during his visit to Ghana" may lie ahead)
    example: str
    country_place: bool = False  # the place must be a country or a capital the registry knows
    meets_hosts: bool = False  # the visitor met the hosts: also a meeting of the two sides


#: no day to come after a visit's place ("is on a visit to Ghana next week", "after the visit to Ghana
#: next month" are plans)
_NO_DAY_TO_COME = r"(?![^.;]{0,40}?\b(?:next|tomorrow|coming|later\s+this)\b)"

_VISITS: tuple[_Visit, ...] = (
    _Visit(re.compile(r"(?i)\b(?P<v>visited|toured)\s+(?P<place>" + _PLACE + r")"), "visited", False,
     "Kenyan President Ruto visited Ghana from 3 to 5 March."),
    _Visit(re.compile(r"(?i)\b(?P<v>paid|made|concluded|completed|wrapped\s+up|began|started|ended"
                r"|embarked\s+on|set\s+(?:off|out)\s+on|cut\s+short|curtailed)\s+"
                r"(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+(?P<place>"
                + _PLACE + r")"), "paid a visit", False,
     "The Kenyan foreign minister paid an official visit to Ghana on 4 March."),
    _Visit(re.compile(r"(?i)\b(?P<v>arrived)\s+in\s+" + _CAPITAL + r"(?P<place>" + _PLACE + r")[^.;]{0,60}?\bfor\s+(?:a|an|his|her|"
                r"their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\b"), "arrived for a visit", False,
     "President Ruto arrived in Accra on Monday for a three-day state visit."),
    # a bare arrival in a country or its capital (``country_place``: no other place): "President
    # Ruto has arrived in Ghana on a mission to mend ties" (the shape of an Australia-China report, 2023)
    _Visit(re.compile(r"(?i)\b(?P<v>arrived)\s+in\s+" + _CAPITAL + r"(?P<place>" + _PLACE + r")"), "arrived", False,
     "President Ruto has arrived in Ghana on a mission to mend ties.", country_place=True),
    # a meeting with a named person in a country or its capital is a visit there: "President Ruto has
    # met with President Mahama at the Jubilee House in Accra" (the shape of an Australia-China
    # report, 2023); with the simple past a past date must be read ("met ... in Accra on Monday")
    _Visit(re.compile(r"(?i)\b(?:has|have)\s+(?P<v>met)\s+(?:with\s+)?" + _WHOM + r"[^.;]{0,80}?\bin\s+" + _CAPITAL + r"(?P<place>"
                + _PLACE + r")"), "met in the capital", False,
     "President Ruto has met with President Mahama at the Jubilee House in Accra.", country_place=True, meets_hosts=True),
    _Visit(re.compile(r"(?i)(?<!has\s)(?<!have\s)\b(?P<v>met)\s+(?:with\s+)?" + _WHOM + r"[^.;]{0,80}?\bin\s+" + _CAPITAL + r"(?P<place>"
                + _PLACE + r")"), "met there", True,
     "President Ruto met President Mahama in Accra on 4 March.", country_place=True, meets_hosts=True),
    _Visit(re.compile(r"(?i)['’]s\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+(?P<place>" + _PLACE + r")\s+"
                r"(?P<v>ended|concluded|wrapped\s+up|began)\b"), "visit ended", False,
     "President Ruto's state visit to Ghana ended on Wednesday."),
    # a past clause placed after the visit: "held a joint press conference following President
    # Mahama's five-hour visit to Kenya" (forty-first blind check); a visit still to come is not
    # one made ("after his planned visit to Ghana", "after the visit to Ghana next month")
    _Visit(re.compile(r"(?i)^(?![^.;]*\b(?:will|would|shall|'ll|(?:is|are|set|due|going|plans?|expects?|expected)\s+to)\s)"
                r"[^.;]*?\b(?P<v>following|after)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?(?:(?-i:[A-Z])[\w.'-]*['’]s|his|her|"
                r"their|the)\s+(?:(?!(?:planned|proposed|upcoming|forthcoming|coming|next|expected|scheduled|"
                r"intended)\b)[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+(?P<place>" + _PLACE + r")"
                + _NO_DAY_TO_COME), "following a visit", False,
     "Kenyan President Ruto held a press conference following President Mahama's visit to Kenya."),
    # (the day may come between: "during his visit yesterday to Ghana", twenty-sixth blind check)
    _Visit(re.compile(r"(?i)\b(?P<v>during|on)\s+(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+"
                r"(?:(?:yesterday|today|last\s+week|this\s+week)\s+)?to\s+(?P<place>" + _PLACE + r")"), "during a visit", True,
     "During his visit to Ghana on 4 March, President Ruto addressed parliament."),
    _Visit(re.compile(r"\b(?P<v>welcomed|received|hosted)\s+(?:[A-Z][\w.'’-]*\s+){1,5}"
                r"(?:of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?(?i:to|in)\s+(?P<place>"
                + _PLACE + r")"), "welcomed a visitor", True,
     "Ghanaian President Mahama welcomed Kenyan President Ruto in Accra on 3 March.", meets_hosts=True),
    # the host country as the subject: "Ghana hosted Kenyan President Ruto for a state visit on
    # Wednesday and Thursday" (the shape of a South Africa-Kenya report; twenty-seventh blind check)
    _Visit(re.compile(r"(?:^|(?<=\s))(?P<place>" + _PLACE + r")\s+(?P<v>hosted|welcomed|received)\s+(?-i:[A-Z])[^.;]{0,80}?"
                r"\b(?i:for|on)\s+(?i:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?i:visit|trip)\b"), "hosted for a visit", False,
     "Ghana hosted Kenyan President Ruto for a state visit on Wednesday and Thursday.",
     country_place=True, meets_hosts=True),
    # the same in the passive: "President Ruto was received by President Mahama at Jubilee House in
    # Accra on Monday"
    _Visit(re.compile(r"\b(?:was|were)\s+(?P<v>received|welcomed|hosted)\s+by\s+(?-i:[A-Z])[^.;]{0,80}?\bin\s+"
                r"(?P<place>" + _PLACE + r")"), "was received", True,
     "President Ruto was received by President Mahama at Jubilee House in Accra on 3 March.",
     country_place=True, meets_hosts=True),
    # a departure for a country or its capital (``country_place``) on a day read as past:
    # "President Ruto left Nairobi for Accra on Tuesday", "set off for Ghana on Tuesday" (the journey
    # begun; forty-second blind check; "will leave for Ghana" is read as a promise, never here)
    _Visit(re.compile(r"(?i)\b(?P<v>departed|left|set\s+(?:off|out)|started\s+off|headed|flew\s+out)\s+"
                r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?for\s+(?P<place>" + _PLACE + r")"), "left for", True,
     "President Ruto left Nairobi for Accra on Tuesday, 4 March.", country_place=True),
    # --- a visit reported as happening or happened (the tenth blind check's shapes) ---
    # a landing in a country or its capital: "President Mahama landed in Nairobi on Monday"
    _Visit(re.compile(r"(?i)\b(?P<v>landed|touched\s+down)\s+in\s+" + _CAPITAL + r"(?:the\s+)?(?P<place>" + _PLACE + r")"),
     "landed", False, "Ghanaian President Mahama landed in Nairobi on Monday.", country_place=True),
    # a stay on a visit, told in the present or the past: "President Mahama is in Nairobi on a
    # state visit", "was in Accra for a two-day working visit", "is in Kenya on Tuesday for the
    # first visit of his presidency" (a day between; twenty-third blind check)
    _Visit(re.compile(r"(?i)\b(?P<v>is|are|was|were)\s+(?:currently\s+|now\s+)?in\s+" + _CAPITAL + r"(?:the\s+)?(?P<place>"
                + _PLACE + r")\s+(?:(?:on\s+)?(?-i:[A-Z][a-z]+day)\s+|today\s+)?(?:on|for)\s+(?:a|an|his|her|their|the)\s+"
                r"(?:[\w-]+\s+){0,4}?(?:visit|trip)\b"),
     "is on a visit", False, "Ghanaian President Mahama is in Nairobi on a three-day state visit.",
     country_place=True),
    # a visit told in the present by what it is, the visitor there on the report's day: "This is
    # her very first official visit to Ghana", "Minister Achieng, who is on an official visit to
    # Ghana, called on President Mahama" (forty-third blind check; none with a day to come after it)
    _Visit(re.compile(r"(?i)\b(?:this|it)\s+(?P<v>is)\s+(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+"
                r"to\s+(?:the\s+)?(?P<place>" + _PLACE + r")" + _NO_DAY_TO_COME),
     "this is a visit", False, "This is her very first official visit to Ghana.", country_place=True),
    _Visit(re.compile(r"(?i)\b(?P<v>is|are)\s+(?:currently\s+|now\s+)?on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,4}?"
                r"(?:visit|trip)\s+to\s+(?:the\s+)?(?P<place>" + _PLACE + r")" + _NO_DAY_TO_COME),
     "is on a visit to", False, "Minister Achieng, who is on an official visit to Ghana, called on President Mahama.",
     country_place=True),
    # a sentence that opens on the visit, its main clause in the past: "On an official visit to
    # Kenya, President Mahama addressed parliament" (no modal after: "During his visit to Ghana,
    # President Ruto will address parliament" is a plan)
    _Visit(re.compile(r"(?i)(?:^|,)\s*(?P<v>on|during)\s+(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:visit|trip)\s+to\s+(?:the\s+)?(?P<place>" + _PLACE + r")\s*,"
                r"(?![^.;]*\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|expects?\s+to|is\s+expected)\b)"
                r"[^.;]{0,80}?\b(?:\w{3,}ed|met|held|said|spoke|made|gave|told|took|saw|laid|paid|led)\b"),
     "on a visit", False, "On an official visit to Kenya, Ghanaian President Mahama addressed parliament."),
    # a welcome ceremony reports the visit (a reception hosted for someone does not): "President
    # Mahama was accorded a ceremonial welcome at State House in Nairobi", or at any named seat
    # (``_SEAT``: "at the Presidential Palace in Accra")
    _Visit(re.compile(r"(?i)\b(?:was|were)\s+(?P<v>accorded|given|granted|offered)\s+(?:a|an|the)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:ceremonial|official|state|red[\s-]carpet|colou?rful|grand)\s+"
                r"(?:[\w-]+\s+)?welcome\b[^.;]{0,60}?" + _AT_SEAT),
     "accorded a welcome", False,
     "Ghanaian President Mahama was accorded a ceremonial welcome at State House in Nairobi on Monday.",
     country_place=True),
    _Visit(re.compile(r"(?i)\b(?:a|an|the)\s+(?:official\s+|state\s+|ceremonial\s+)?(?P<v>welcome\s+ceremony)\s+"
                r"(?:was\s+held\s+|took\s+place\s+)?for\s+[^.;]{0,80}?" + _AT_SEAT),
     "welcome ceremony", False,
     "A welcome ceremony was held for Ghanaian President Mahama at State House, Nairobi, on Monday.",
     country_place=True),
    # military honours: "inspected a guard of honour at Jubilee House in Accra", "was given a
    # 21-gun salute", "was welcomed with full military honours"
    _Visit(re.compile(r"(?i)\b(?P<v>inspected|reviewed|received|(?:was|were)\s+(?:given|accorded|offered|welcomed\s+"
                r"with|greeted\s+with))\s+(?:a|an|the|full)\s+(?:[\w-]+\s+){0,2}?(?:guard\s+of\s+hono(?:u)?r|"
                r"military\s+hono(?:u)?rs|(?:\d+[\s-]*)?gun\s+salute)\b[^.;]{0,60}?" + _AT_SEAT),
     "guard of honour", False,
     "Kenyan President Ruto inspected a guard of honour at Jubilee House in Accra on Monday.",
     country_place=True),
    # the red carpet: "Ghana rolled out the red carpet for President Ruto at Jubilee House, Accra"
    _Visit(re.compile(r"(?i)\b(?P<v>rolled\s+out\s+the\s+red\s+carpet|red\s+carpet\s+was\s+rolled\s+out)\s+for\s+"
                r"[^.;]{0,80}?" + _AT_SEAT),
     "red carpet", False,
     "Ghana rolled out the red carpet for Kenyan President Ruto at Jubilee House, Accra, on Monday.",
     country_place=True),
    # received on arrival: "President Ruto was received on arrival at Kotoka International Airport
    # in Accra by Ghana's foreign minister"
    _Visit(re.compile(r"(?i)\b(?:was|were)\s+(?P<v>received|welcomed|greeted)\s+(?:on|upon)\s+(?:(?:his|her|their)\s+)?"
                r"arrival\s+" + _AT_SEAT),
     "received on arrival", False,
     "Kenyan President Ruto was received on arrival at Kotoka International Airport in Accra on Monday by "
     "Ghana's foreign minister.", country_place=True, meets_hosts=True),
    # received by an office-holder named by the office ("by the Ghanaian president", "by his
    # counterpart"); a past date must be read ("the proposal was welcomed by the president in
    # Accra" is approval, not a visit, and carries no date of its own)
    _Visit(re.compile(r"(?i)\b(?:was|were)\s+(?P<v>received|welcomed|greeted)\s+by\s+(?:the|his|her|their)\s+"
                r"(?:[\w'’-]+\s+){0,2}?" + _RECEIVER + r"\b[^.;]{0,80}?" + _AT_SEAT),
     "received by the host", True,
     "Kenyan President Ruto was received by the Ghanaian president at Jubilee House in Accra on 3 March.",
     country_place=True, meets_hosts=True),
    # --- the host's words on the day (a press conference's transcript; thirty-fourth blind check; a
    # welcome in the present, "delighted to welcome you to Mombasa", reverted: a wrong link on a set never read) ---
    # thanks for the journey: "Thank you for coming to Nairobi", "thank you very much for coming to
    # visit us at the ministry in Nairobi"
    _Visit(re.compile(r"(?i)\bthank(?:s|\s+you)\b[^.;]{0,30}?\bfor\s+(?P<v>coming|travell?ing|visiting)\b"
                r"[^.;]{0,80}?\b(?:to|in)\s+(?P<place>" + _PLACE + r")"),
     "thanked for coming", False, "Minister Mahama, thank you very much for coming to visit us at the ministry in Mombasa.",
     meets_hosts=True),
)

#: verbs whose subject is the event when no object follows: "the exercise concluded off Tema"
_SUBJECT_IS_EVENT = frozenset(["took place", "held", "concluded", "ended", "wrapped up", "kicked off",
                               "began", "opened", "closed", "wound up", "got under way",
                               "got underway", "commenced", "resumed", "restarted",
                               "reconvened", "reopened"])
#: verbs of resuming, often with an object of no article: "Kenya and Ghana resumed direct flights"
#: is about the flights (what resumed), not a meeting of Kenya and Ghana; "the talks resumed on
#: Monday" has none (``_BARE_OBJECT``)
_RESUMING = frozenset(["resumed", "restarted"])
_BARE_OBJECT = re.compile(
    r"\s+(?!(?:on|in|at|after|following|with|without|since|from|for|to|by|under|amid|despite|over|as|"
    r"yesterday|today|tonight|this|last|early|late|later|again|once|soon|shortly|here|there|and|but|or|"
    r"when|while|where|before|until|till|talks|negotiations|dialogue|consultations|meetings|"
    r"discussions)\b)[a-z][\w-]*\s+[a-z]")

#: the words of an exercise (also ``match.DELIVERABLE_KINDS``' exercise row): a meeting verb may
#: hold one without a body named, "held their first joint naval exercise"
EXERCISE_WORDS = r"exercises?|drills?|manoeuvres?|maneuvers?|war[\s-]+games?"
#: the words of a ceremony: a meeting verb holds one without a body named too, "held a
#: groundbreaking ceremony on Wednesday" (matched by its words: twenty-second blind check)
CEREMONY_WORDS = r"ceremon(?:y|ies)"
#: the words of an occasion one government holds on its own (thirty-ninth blind check: "Pakistan
#: carried out an auction of 5G spectrum", "the spectrum auction was held on 8 March")
STATE_OCCASION_WORDS = r"auctions?|census(?:es)?"
#: an occasion named by its noun: an exercise, a ceremony, a state's own occasion or a cultural one
#: (``lexicon.CULTURAL_OCCASION``: "the Kenya-Ghana cultural festival kicked off on Monday")
_NAMED_OCCASION_OBJ = re.compile(r"(?i)\b(?:" + EXERCISE_WORDS + "|" + CEREMONY_WORDS + "|" + STATE_OCCASION_WORDS
                                 + "|" + lexicon.CULTURAL_OCCASION + r")\b")

_VISIT_VERBS = frozenset(row.shown for row in _VISITS)
_MEETING_VISITS = frozenset(row.shown for row in _VISITS if row.meets_hosts)


def event_day(ev: EventMention, published_on: dt.date) -> dt.date:
    """The day an event is filed under: its own date, else its sentence's anchor, else its
    report's day (the link index, the matcher and the occasion fallback read it the same way)."""
    return ev.date_start or ev.anchor or published_on


def is_visit(ev: EventMention) -> bool:
    """A visit made (``_VISITS``): it fulfils only a promised visit, or for the rows where the
    visitor met the hosts (``is_meeting_visit``) also a promise to meet them there."""
    return ev.body is None and ev.verb in _VISIT_VERBS and ev.action == "meet"  # (goods arrived: delivered)


def is_meeting_visit(ev: EventMention) -> bool:
    """A visit made in which the visitor met the hosts ("met President Mahama in Accra")."""
    return is_visit(ev) and ev.verb in _MEETING_VISITS

#: where an occasion was held: a place after "in" / "at" / "hosted in", with the country it is in
#: ("in Addis Ababa", "in Lome, the capital of Togo", "in the Togolese capital of Lome"); a country named
#: only here is the venue, not a party (``venue_only``)
_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>" + _PLACE + r")(?:\s+(?:city|capital|town|port|resort)\s+of\s+"
                    + _PLACE + r")?(?:,\s+(?:the\s+(?:\w+\s+)?capital\s+of\s+)?"
                    r"(?P<country>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?))?")
VENUE_EXAMPLE = ("Kenyan and Ghanaian delegates held talks in Addis Ababa on Monday.", "ethiopia")


def venue_countries(text: str, reg: Registry) -> frozenset[str]:
    """The countries a sentence names as where an occasion is or was held (``_VENUE``)."""
    return frozenset().union(*(countries_in(m.group(0), reg) for m in _VENUE.finditer(text)))


def venue_only(text: str, parties: frozenset[str], named: frozenset[str], reg: Registry) -> frozenset[str]:
    """The countries a sentence names only as the place an occasion was held (``_VENUE``), when
    the same clause names two or more other parties: talks of Kenya and Ghana held in Addis Ababa are not
    Ethiopia's (twelfth blind check: mediated talks in a third country). ``named`` are countries
    the sentence names otherwise (its people, its body's name)."""
    venues = [m for m in _VENUE.finditer(text) if countries_in(m.group(0), reg)]
    if not venues:
        return frozenset()
    if cut := _CLAUSE_AFTER.search(text, venues[0].end()):
        text = text[:cut.start()]  # (a clause after the venue is about something else held there)
        venues = [m for m in venues if m.end() <= cut.start()]
    rest = text
    for m in reversed(venues):
        rest = rest[:m.start()] + " " + rest[m.end():]
    at = frozenset().union(*(countries_in(m.group(0), reg) for m in venues)) & parties
    others = (countries_in(rest, reg) | named) & parties
    drop = at - others
    return drop if len(others) >= 2 else frozenset()


# --- called off, started working, unnamed occasions, people met (tests/test_linking_reports11.py
# runs every row's example through the whole pipeline) -----------------------------------------


class _Row(NamedTuple):
    rx: re.Pattern[str]
    kind: str  # what the row reads (per table: a negative kind, an action, a verb shown)
    example: str


class _Phrase(NamedTuple):
    """A verb phrase read as one of ``_VERBS`` (matched as words, whatever the case)."""

    verb: str
    kind: str  # the action it reports
    example: str


#: a visit or a trip called off: negative evidence on a promise to visit the place it names (in the
#: sentence, else the last "visit/trip to <Place>" before it in the document)
CALLED_OFF_VISITS: tuple[_Row, ...] = (
    _Row(re.compile(r"(?i)\b(?:visit|trip)\s+to\s+(?P<place>" + _PLACE + r")[^.;]{0,60}?\b(?:was|has\s+been|"
                    r"had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<v>called\s+off|cancell?ed|scrapped|shelved|"
                    r"postponed\s+indefinitely)"), "cancelled",
         "President Ruto's visit to Ghana was called off because of floods in Nairobi."),
    _Row(re.compile(r"(?i)\b(?P<v>called\s+off|cancell?ed|scrapped|shelved)\s+(?:his|her|their|its|a|an|the)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+(?:\([^()]{1,40}\)\s+)?to\s+(?P<place>" + _PLACE + r")"),
         "cancelled", "Kenyan President Ruto cancelled his trip to Ghana, citing floods at home."),  # also "his
    # planned three-day trip (4-6 May) to Ghana": the dates in brackets
    _Row(re.compile(r"(?i)\b(?:the|his|her|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+(?:was|has\s+"
                    r"been|had\s+been)\s+(?:\w+ly\s+)?(?P<v>called\s+off|cancell?ed|scrapped|shelved|"
                    r"postponed\s+indefinitely)"), "cancelled",
         "President Ruto was to travel to Ghana in March, but the visit was called off on Monday."),
    # put off: the promised window passes without it (twenty-second blind check: a trip put off for
    # a storm at home, a visit put off by a war, in two dialogues)
    _Row(re.compile(r"(?i)\b(?:visit|trip)\s+to\s+(?P<place>" + _PLACE + r")[^.;]{0,60}?\b(?:was|has\s+been|"
                    r"had\s+been|have\s+been|is\s+being)\s+(?:\w+ly\s+)?(?P<v>postponed|put\s+off|deferred|"
                    r"pushed\s+back)"), "postponed",
         "President Ruto's visit to Ghana was postponed because of floods in Nairobi."),
    _Row(re.compile(r"(?i)\b(?P<v>postpon(?:e|ed|es|ing)|put(?:ting)?\s+off|defer(?:red|ring)?)\s+(?:his|her|their|its|a|an|"
                    r"the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+(?:\([^()]{1,40}\)\s+)?to\s+(?P<place>" + _PLACE
                    + r")"), "postponed",
         "Kenyan President Ruto is postponing his first trip to Ghana because of floods at home."),
    _Row(re.compile(r"(?i)\b(?:the|his|her|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+(?:was|has\s+"
                    r"been|had\s+been)\s+(?:\w+ly\s+)?(?P<v>postponed|put\s+off|deferred)"), "postponed",
         "President Ruto was to travel to Ghana in March, but the visit was postponed on Monday."),
    _Row(re.compile(r"(?i)\b(?P<v>postponing|putting\s+off)\s+the\s+(?:visit|trip)\b"), "postponed",
         "President Ruto was to travel to Ghana in March, but after postponing the visit he went to Accra in May."),
    # said not to happen in its time: "a visit ... to Ghana before the end of the year is unlikely"
    _Row(re.compile(r"(?i)\b(?:visit|trip)\s+(?:by\s+[^.;]{1,80}?\s+)?to\s+(?P<place>" + _PLACE + r")[^.;]{0,60}?"
                    r"\b(?:is|was|looks|seems)\s+(?:now\s+|highly\s+|increasingly\s+)?(?P<v>unlikely)\b"), "unlikely",
         "A visit by President Ruto to Ghana before the end of the year is unlikely, officials said."),
    _Row(re.compile(r"(?i)\b(?P<v>(?:is|are|was|were)\s+not\s+expected\s+to|(?:would|will)\s+fail\s+to|"
                    r"(?:is|are|was|were)\s+unlikely\s+to)\s+(?:visit|travel\s+to|go\s+to)\s+(?P<place>" + _PLACE + r")"),
         "unlikely", "President Ruto is not expected to visit Ghana before the end of the year."),
)
#: a meeting put off with no date is called off: "the summit has been postponed indefinitely"
#: (``kind``: what the "postponed" report of it becomes)
CALLED_OFF_MEETINGS: tuple[_Row, ...] = (
    _Row(re.compile(r"(?i)\b(?:postponed|put\s+off|deferred|delayed|suspended|pushed\s+back)\s+(?:indefinitely|"
                    r"sine\s+die|until\s+further\s+notice)\b"), "cancelled",
         "The Kenya-Ghana Summit has been postponed indefinitely, officials in Accra said."),
)
#: a meeting of people (no series named) called off: "the meeting between A and B will not take
#: place", "the meeting of A and B has been cancelled", "A has cancelled a meeting with B"; the
#: complement names people (capitalised words); evidence a promised meeting of the same parties
#: was missed (``match._meetings_called_off``)
_NAMES = r"(?-i:[A-Z])[a-z]+\s+(?:and\s+)?(?-i:[A-Z])"
_OF_PEOPLE = r"(?:of|between|with)\s+(?=[^.;:]{0,60}?" + _NAMES + r")[^.;:]{3,160}?"
PEOPLE_MEETING_OFF: tuple[_Row, ...] = (
    _Row(re.compile(r"(?i)(?<!\bif\s)\b(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}?meeting\s+" + _OF_PEOPLE
                    + r"\s+(?P<v>(?:will|would)\s+not|won[’']t)\s+(?:take\s+place|be\s+held|go\s+ahead)\b"),
         "cancelled", "The meeting between Kenyan and Ghanaian leaders William Ruto and Kofi Mensah planned "
                      "for the end of May will not take place."),
    _Row(re.compile(r"(?i)\b(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}?meeting\s+" + _OF_PEOPLE
                    + r"\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<v>called\s+off|cancell?ed|scrapped)\b"),
         "cancelled", "The meeting of President Ruto and Prime Minister Mensah has been called off."),
    _Row(re.compile(r"(?i)\b(?P<v>called\s+off|cancell?ed|scrapped)\s+(?:a|an|the|his|her|their)\s+"
                    r"(?:[\w-]+\s+){0,2}?meeting\s+with\s+(?=(?:[\w-]+\s+){0,3}(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))"),
         "cancelled", "Kenyan President William Ruto has cancelled a planned meeting with Ghanaian President "
                      "Kofi Mensah which was due to take place on Thursday."),
)
_PEOPLE_OFF_VERB = "meeting called off"

#: a start or a signing put off, told by its noun, of no series: "The planned Tuesday launch of
#: joint maritime patrols has been delayed" (forty-first blind check), "the signing of the fisheries
#: accord was postponed"; what was put off is the noun's object, up to a purpose clause ("to curb
#: kidnappings by ..."); ``match._things_put_off`` reads it as a miss of the promise of that thing
_THING_PUT_OFF = re.compile(
    r"(?i)(?<!\bif\s)\bthe\s+(?:(?:planned|scheduled|proposed|expected|intended)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<n>launch(?:ing)?|start|signing|opening|inauguration|commissioning|roll-?out)\s+of\s+"
    r"(?P<obj>[^,;.]{3,200}?)\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?"
    # (the participles of ``lexicon.CALLING_OFF``)
    r"(?P<v>" + "|".join(p.replace(" ", r"\s+") for p in lexicon.calling_off()[1]) + r")\b")
#: (the example ``_thing_put_off`` reads; tests/test_blind117.py)
THING_PUT_OFF_EXAMPLE = "The planned launch of joint coastal patrols by Kenya and Ghana has been postponed."
_THING_PUT_OFF_ACTION = {"signing": "sign"}
#: where the object of a noun put off ends: a purpose clause, "in order to", a "which" clause
_PUT_OFF_OBJECT_END = re.compile(r"(?i)\s+(?:to\s+(?-i:[a-z])|in\s+order\b|which\b|that\b|because\b|due\s+to\b)")
THING_PUT_OFF_VERB = "put off"
_CANCELLED_PARTICIPLES = frozenset(lexicon.calling_off("cancelled")[1])


def is_thing_put_off(ev: EventMention) -> bool:
    """A start or a signing put off, told by its noun (``_THING_PUT_OFF``)."""
    return ev.body is None and ev.polarity == "negative" and ev.verb.endswith(" " + THING_PUT_OFF_VERB)


def _thing_put_off(sent: Sentence, found: list[EventMention]) -> EventMention | None:
    if any(ev.polarity == "negative" for ev in found):
        return None
    m = _THING_PUT_OFF.search(sent.text)
    if m is None or _CONDITIONAL.search(sent.text[:m.start()][-40:]):
        return None
    obj = _PUT_OFF_OBJECT_END.split(m.group("obj"), maxsplit=1)[0]
    obj = " ".join(obj.split()[:10])
    if len(obj.split()) < 2:
        return None  # ("the launch of it": nothing named)
    noun = m.group("n").lower()
    v = " ".join(m.group("v").lower().split())
    kind = "cancelled" if v in _CANCELLED_PARTICIPLES else "postponed"
    return EventMention(sent.text, (sent.start, sent.end), f"{noun} {THING_PUT_OFF_VERB}",
                        _THING_PUT_OFF_ACTION.get(noun, "launch"), "negative", kind, None, "name", obj,
                        None, None, "", None, None, sent.anchor, sent.quoted, confidence=0.55)


def is_people_meeting_off(ev: EventMention) -> bool:
    """A meeting of people called off (``PEOPLE_MEETING_OFF``)."""
    return ev.body is None and ev.polarity == "negative" and ev.verb == _PEOPLE_OFF_VERB


def _people_meeting_off(sent: Sentence, local: list[BodyMention], found: list[EventMention]) -> EventMention | None:
    if any(ev.polarity == "negative" for ev in found):
        return None
    text = sent.text
    for rx, kind, _example in PEOPLE_MEETING_OFF:
        m = rx.search(text)
        if m is None or any(m.start() <= b.start - sent.start < m.end() for b in local):
            continue  # (a series named in it: read as that series' own report)
        if "not" not in m.group("v") and "n’t" not in m.group("v") and "n't" not in m.group("v") \
                and not _reported(text, m.start("v")):
            continue
        return EventMention(text, (sent.start, sent.end), _PEOPLE_OFF_VERB, "meet", "negative", kind, None,
                            "participants", "meeting of the people named", None, None, "", None, None,
                            sent.anchor, sent.quoted, confidence=0.55)
    return None


#: a meeting that ended with nothing decided: "the talks ended without any agreement"; the
#: meeting was held, and a decision promised at it was not made (``ended_without_outcome``,
#: ``match._decided_at_meeting``)
ENDED_WITHOUT: tuple[_Row, ...] = (
    _Row(re.compile(r"(?i)\b(?:ended|concluded|closed|wrapped\s+up|broke\s+up|finished)\b[^.;]{0,80}?\bwithout\s+"
                    r"(?:an?\s+|any\s+)?(?:agreement|deal|breakthrough|decision|result|outcome|accord)s?\b"),
         "no_outcome", "The Kenya-Ghana talks ended in Accra on Friday without any agreement."),
)


def ended_without_outcome(ev: EventMention) -> bool:
    """A meeting reported held that ended with nothing agreed (``ENDED_WITHOUT``)."""
    return ev.polarity == "positive" and ev.action == "meet" and any(r.rx.search(ev.quote) for r in ENDED_WITHOUT)


#: a system or a body that started working: it was set up ("the early-warning system was
#: activated"; the verb's subject is what was launched)
STARTED_WORKING: tuple[_Phrase, ...] = (
    _Phrase("activated", "launch",
            "The Kenya-Ghana flood early-warning system was activated on 9 September."),
    _Phrase("became operational", "launch",
            "The joint Kenya-Ghana flood early-warning system became operational on 9 September."),
    _Phrase("became fully operational", "launch",
            "The joint Kenya-Ghana flood early-warning system became fully operational in September."),
    _Phrase("went live", "launch",
            "The Kenya-Ghana trade information portal went live on 9 September."),
    _Phrase("began operating", "launch",
            "The Kenya-Ghana joint flood early-warning system began operating on 9 September."),
    _Phrase("entered into operation", "launch",
            "The Kenya-Ghana joint flood early-warning system entered into operation on 9 September."),
    # a facility put into service (thirty-ninth blind check: airports; the promises' own words are
    # ``extract.tables.THING_ONSETS``)
    _Phrase("came into operation", "launch", "The new Kisumu ferry terminal came into operation on 1 January."),
    _Phrase("went into operation", "launch", "The Lamu flood warning system went into operation on 9 September."),
    _Phrase("came into service", "launch", "The new Mombasa commuter train came into service on 9 September."),
    _Phrase("went into service", "launch", "The Lamu ferry went into service on 9 September."),
    _Phrase("entered service", "launch", "The new Mombasa ferry entered service on 9 September."),
    # a service run again (thirty-fifth blind check: cross-border passenger trains after a pause)
    _Phrase("resumed operations", "launch",
            "The Accra-Nairobi passenger train resumed operations on 9 September after a five-year hiatus."),
    _Phrase("resumed service", "launch", "The Kenya-Ghana ferry resumed service on 9 September."),
)
#: works begun: the construction of what follows the verb was launched ("Kenya broke ground on
#: the Mombasa railway", "broke ground to build a canal"; the object, not the subject, is what
#: was launched)
WORKS_BEGUN: tuple[_Phrase, ...] = (
    _Phrase("broke ground", "launch",
            "Kenya and Ghana broke ground on the Kenya-Ghana railway on 9 September."),
)
class _WorksNoun(NamedTuple):
    """Works begun reported by a noun, not by "broke ground": the groundbreaking held, the
    construction begun (group ``obj``: what is built); read as ``shown`` (a ``WORKS_BEGUN`` verb or
    "began construction", which ``lexicon.works_begun`` reads as begun)."""
    rx: re.Pattern[str]
    shown: str
    example: str  # a sentence the row reads (tests/test_linking_blind48.py)
    lead: str = ""  # what the works' name is told with: "first concrete of " the plant


#: what works were begun on, after the noun: "for the Kenya-Ghana railway" (maybe "for the
#: construction of"), up to the clause's verb; an appositive between them is skipped
_WORKS_NOUN_OBJ = (r"(?:for|of|on)\s+(?:the\s+construction\s+of\s+)?(?P<obj>(?:the\s+)?(?-i:[A-Z0-9])[^,;.]{2,100}?)"
                   r"(?:,[^,;.]{3,120},)?")
#: works begun told by a noun (twenty-seventh blind check: reports of railway works in Central and
#: East Asia): the ceremony held, the construction begun
WORKS_BEGUN_NOUNS: tuple[_WorksNoun, ...] = (
    _WorksNoun(re.compile(r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ground-?breaking|foundation[- ]stone[- ]laying)"
                          r"(?:\s+ceremony)?\s+" + _WORKS_NOUN_OBJ + r"\s+(?:was\s+held|took\s+place|was\s+performed)\b"),
               "broke ground",
               "A groundbreaking ceremony for the Kenya-Ghana railway was held on 9 September in Nairobi."),
    _WorksNoun(re.compile(r"(?i)\b(?:construction|works?)\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:begun|started|commenced)\s+"
                          r"on\s+(?:[\w-]+\s+){0,3}?(?:for\s+)?(?P<obj>(?:the\s+)?(?-i:[A-Z0-9])[^,;.]{2,100}?)(?=[,;.]|\s+(?:in|on|at)\s)"),
               "began construction",
               "Construction has officially begun on the Kenya-Ghana railway, the ministry said."),
    _WorksNoun(re.compile(r"(?i)\bconstruction\s+of\s+(?P<obj>(?:the\s+)?(?-i:[A-Z0-9])[^,;.]{2,100}?)\s+"
                          r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:begun|started|commenced)\b"),
               "began construction",
               "Construction of the Kenya-Ghana railway has begun, the ministry said on Monday."),
    # the first concrete poured (twenty-eighth blind check: "The first concrete was poured for the
    # expansion of the X nuclear power plant")
    _WorksNoun(re.compile(r"(?i)\b(?:the\s+)?" + lexicon.FIRST_CONCRETE + r"\s+"
                          r"(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:poured|laid)\s+(?:for|at|on|in)\s+"
                          r"(?:the\s+(?:construction|expansion|building)\s+of\s+)?(?P<obj>(?:the\s+)?(?-i:[A-Z0-9])[^,;.]{2,100}?)"
                          r"(?=[,;.]|\s+(?:in|on|at)\s)"),
               "broke ground",
               "The first concrete was poured for the Kenya-Ghana railway, the ministry said.", "first concrete of "),
    # the construction begun in a clause after the works were named (twenty-eighth blind check: "signed
    # a memorandum of understanding on the bridge in 2012 and construction started in October 2017")
    _WorksNoun(re.compile(r"(?i)\b(?P<obj>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?" + lexicon.WORKS_NOUN + r")\b"
                          r"[^.;:]{0,80}?\b(?:and|but)\s+(?:the\s+)?(?:construction|building|works?)\s+"
                          r"(?:started|began|commenced)\b"),
               "began construction",
               "Kenya and Ghana signed an agreement on the Kenya-Ghana railway in 2012 and construction started "
               "in October 2017."),
)


#: an occasion reported by a common noun and its place, the text naming no series for it: "At a
#: historic summit in Nairobi, the leaders of Kenya and Ghana signed a trade pact" (a meeting of
#: the parties the document names, as "the two leaders met")
UNNAMED_OCCASIONS: tuple[_Row, ...] = (
    _Row(re.compile(r"(?i)\b(?:at|during|after|following)\s+(?:a|an|their)\s+(?P<what>(?:[\w-]+\s+){0,2}?"
                    r"(?:summit|meeting|talks))\s+(?:in|at)\s+(?P<place>" + _PLACE + r")"), "at a summit",
         "At a historic summit in Nairobi on 11 June, the leaders of Kenya and Ghana signed a trade pact."),
)
#: two people named as meeting: "President Ruto met President Mahama", "Ruto held talks with
#: Mahama"; each person's meetings, and a meeting of their two countries (read through the
#: leaders table, ``tracker.extract.tables.LEADERS``, or a country named right before the name
#: in the document: "Ghanaian President Mahama")
_TITLE = r"(?:" + lexicon.OFFICE_TITLE + r"\s+)?"
_WHO = r"(?-i:[A-Z][a-z]{2,}|[A-Z][a-z](?=\s+[A-Z][a-z]{2,}))"  # ("Xi Jinping": a short name, then another)
#: what two people held together: "held (bilateral) talks with", "held detailed discussions with"
#: (the shape of an Iraq-Kuwait report, twenty-sixth blind check)
_TALKS_NOUN = r"(?:talks|discussions)"
PEOPLE_MET: tuple[_Row, ...] = (
    _Row(re.compile(r"\b" + _TITLE + r"(?P<a>" + _WHO + r")\s+(?P<v>met)\s+(?!with\b)" + _TITLE + r"(?P<b>"
                    + _WHO + r")(?![\w-])"), "met",
         "President Ruto met President Mahama on 11 June to review the trade pact."),
    _Row(re.compile(r"\b" + _TITLE + r"(?P<a>" + _WHO + r")\s+(?P<v>held\s+(?:(?:[\w-]+\s+){0,2})?" + _TALKS_NOUN + r")\s+with\s+"
                    + _TITLE + r"(?P<b>" + _WHO + r")(?![\w-])"), "held talks",
         "Ruto held talks with Mahama on 11 June on the trade pact."),
    _Row(re.compile(r"\b" + _TITLE + r"(?P<a>" + _WHO + r")\s+(?P<v>met)\s+with\s+" + _TITLE + r"(?P<b>" + _WHO
                    + r")(?![\w-])"), "met",
         "President Ruto met with President Mahama in Nairobi on 11 June."),
    # "he met with President Mahama": the person the text named last with a title (``_he_is``;
    # the shape of a Nepal-China report, 2024)
    _Row(re.compile(r"(?<![\w-])(?P<a>(?-i:[Hh]e|[Ss]he))\s+(?:also\s+)?(?P<v>met|held\s+(?:(?:[\w-]+\s+){0,2})?" + _TALKS_NOUN + ")"
                    r"\s+(?:with\s+)?" + _TITLE + r"(?P<b>" + _WHO + r")(?![\w-])"), "met",
         "Kenyan President Ruto flew to Accra. During the visit, he met with President Mahama on 11 June."),
)
#: a person named with a title of office (``lexicon.OFFICE_TITLES``), by the last word of the name
#: ("Foreign Minister Mudavadi", "President William Ruto": "Ruto"): who a "he" is (``_he_is``) and
#: whose country a meeting's people are (``people_countries``)
TITLED_PERSON = re.compile(r"\b" + lexicon.OFFICE_TITLE + r"\s+(?:(?-i:[A-Z][\w.'’-]*)\s+){0,3}?(?P<n>(?-i:[A-Z][a-z]{2,}))"
                            r"(?![\w'’-])(?!\s+(?-i:[A-Z]))")


def _he_is(before: str, other: frozenset[str] = frozenset()) -> str | None:
    """The person a "he" / "she" at the end of ``before`` stands for: the last one named with a
    title of office in the 600 characters before it, not one of the ``other`` names (whom he met)."""
    found = [m.group("n") for m in TITLED_PERSON.finditer(before[-600:]) if m.group("n") not in other]
    return found[-1] if found else None


#: a clause about another occasion than the sentence's own: its place is not where the sentence's
#: meeting was held ("On the sidelines of the AU summit in Addis Ababa, Ruto and Mahama met")
OTHER_OCCASION_CLAUSES: tuple[_Row, ...] = (
    _Row(re.compile(r"(?i)\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+[^,;]*(?:,|$)"), "sidelines",
         "On the sidelines of the African Union summit in Addis Ababa on 11 June, President Ruto and his "
         "Ghanaian counterpart Mahama held a bilateral summit."),
    _Row(re.compile(r"(?i)\bdespite\s+[^,;]*(?:,|$)"), "despite",
         "Despite the unrest around the summit in Addis Ababa, Kenya and Ghana held their bilateral summit "
         "on 11 June."),
)


#: where one clause of a sentence ends and the next begins: "Ministers met in Accra on Monday,
#: while the 6th Joint Commission was held in Nairobi on Tuesday" (``own_clauses`` with ``at``)
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?=(?:while|whereas|but|and|after|before|following|when|where|as|"
                          r"which|who)\b)|\s+(?=(?:while|whereas)\b)")


def own_clauses(text: str, *, sidelines: bool = True, at: int | None = None) -> str:
    """``text`` without its clauses about another occasion (``OTHER_OCCASION_CLAUSES``), blanked
    in place (the offsets stay); the sidelines clause only with ``sidelines`` (a named series
    "held on the sidelines of a G7 meeting in Hiroshima" was held there). With ``at`` (an
    offset): only the clause at ``at`` (``CLAUSE_BREAK``, read after those are blanked), the
    rest blanked too."""
    for rx, kind, _example in OTHER_OCCASION_CLAUSES:
        if sidelines or kind != "sidelines":
            text = rx.sub(lambda m: " " * len(m.group(0)), text)
    if at is None:
        return text
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text)]
    start = max((e for s_, e in breaks if e <= at), default=0)
    end = min((s_ for s_, _e in breaks if s_ >= at), default=len(text))
    return " " * start + text[start:end] + " " * (len(text) - end)


#: taking part in a meeting reports it held: "Kenya's foreign minister took part in the 3rd Kenya-
#: Ghana Joint Commission" (as "participated in"), speaking at it too
TOOK_PART: tuple[_Phrase, ...] = (
    _Phrase("took part in", "meet",
            "Kenya's foreign minister Mudavadi took part in the 3rd Kenya-Ghana Joint Commission in Accra."),
    # speaking at it: "President Ruto spoke at the 5th meeting of the Kenya-Ghana Supreme Council
    # in Nairobi" (the shape of a Central Asian report, twenty-seventh blind check)
    _Phrase("spoke at", "meet",
            "President Ruto spoke at the 3rd Kenya-Ghana Joint Commission in Nairobi."),
    _Phrase("addressed", "meet",
            "President Ruto addressed the 3rd Kenya-Ghana Joint Commission in Nairobi."),
)
#: an instrument that began to apply: "the Kenya-Ghana trade agreement entered into force on 9
#: September" keeps a promise that it would ("will enter into force", the launch class of
#: ``match._ACTION_CLASS``); the verb's subject is what took effect (seventeenth blind check); the
#: phrases are the lexicon's (``lexicon.INSTRUMENT_ONSETS``), as the promise side's
TOOK_EFFECT: tuple[_Phrase, ...] = tuple(
    _Phrase(done, "launch", example) for onset in lexicon.INSTRUMENT_ONSETS for done, example in onset.done)
_STARTED_VERBS = {row.verb: row.kind for row in STARTED_WORKING + TOOK_PART + TOOK_EFFECT}
_VERBS.update(_STARTED_VERBS)  # (the verb pattern is made once, with them)
_VERBS.update({row.verb: row.kind for row in WORKS_BEGUN})
_WORKS_BEGUN_VERBS = frozenset(row.verb for row in WORKS_BEGUN)
_SUBJECT_IS_EVENT = _SUBJECT_IS_EVENT | frozenset(_STARTED_VERBS)
#: after "met": the place and day, then the meeting held ("met in Accra on Monday to convene the
#: Kenya-Ghana Joint Commission")
_PURPOSE_BODY = re.compile(r"[^.;:]{0,80}?\bto\s+(?:convene|hold|co-?chair|launch|relaunch)\s+(?:the\s+)?(?=[A-Z0-9])")
_VERB_RE = re.compile(
    r"(?i)(?<![\w-])(" + "|".join(sorted((re.escape(v) for v in _VERBS), key=len, reverse=True))
    + r")(?![\w-])"
)
_CALLED_OFF_VERBS = frozenset(row.kind + " visit" for row in CALLED_OFF_VISITS)
_LEAD_PLACE = re.compile(r"\b(?:visit|trip|travel|go|fly)\s+to\s+(?P<place>" + _PLACE + r")")


def is_called_off_visit(ev: EventMention) -> bool:
    """A visit called off (``CALLED_OFF_VISITS``): evidence a promised visit there was missed."""
    return ev.body is None and ev.polarity == "negative" and ev.verb in _CALLED_OFF_VERBS


_MORE_PLACES = re.compile(r"(?:\s*(?:,\s*and|,|and)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)+")


def _each_destination(ev: EventMention, reg: Registry) -> list[EventMention]:
    """A trip to more than one country called off is a visit called off to each ("his trip to
    Ghana and Togo was cancelled": the visit to Ghana, with the traveller's country and Ghana as
    its parties, and the visit to Togo), so each promised visit is fetched by its own parties."""
    dests: dict[str, str] = {}
    # (each part of the list, whole: "the Democratic Republic of Congo and South Sudan")
    for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", ev.object_text.removeprefix("visit to ")):
        if len(one := countries_in(part, reg)) == 1:
            dests.setdefault(next(iter(one)), part.removeprefix("the "))
    if len(dests) < 2:
        return [ev]
    trip = frozenset(dests)
    return [replace(ev, object_text=f"visit to {name}", countries=(ev.countries - trip) | {c})
            for c, name in dests.items()]


def _bare_place(place: str) -> str:
    """A place read to the end of its sentence, without the sentence's full stop ("to Nairobi."; an
    abbreviation's stays: "to the U.S.")."""
    return re.sub(r"(?<=[a-z])\.$", "", place)


#: a decision to call a visit off, told as what will be done: "President Ruto will postpone his
#: upcoming trip to Ghana" (thirty-fourth blind check: a papal trip put off for a knee problem)
_WILL_CALL_OFF = re.compile(r"(?i)\b(?:will|'ll|has\s+decided\s+to|have\s+decided\s+to|decided\s+to)\s+$")


def _called_off_visit(sent: Sentence, before: str, reg: Registry) -> EventMention | None:
    text = sent.text
    for rx, kind, _example in CALLED_OFF_VISITS:
        m = rx.search(text)
        if m is None or not (_reported(text, m.start("v")) or _WILL_CALL_OFF.search(text, 0, m.start("v"))):
            continue
        place = m.groupdict().get("place")
        if not place or not countries_in(place, reg):
            leads = [x.group("place") for x in _LEAD_PLACE.finditer(before + " " + text[:m.start()])
                     if countries_in(x.group("place"), reg)]
            place = leads[-1] if leads else None
        if place is None:
            continue
        if m.groupdict().get("place") == place and (more := _MORE_PLACES.match(text, m.end("place"))):
            place += more.group(0)  # "his trip to Ghana, Togo and Benin" (``_each_destination``)
        return EventMention(text, (sent.start, sent.end), kind + " visit", "meet", "negative", kind, None,
                            "name", f"visit to {_bare_place(place)}", None, None, "", None, None, sent.anchor,
                            sent.quoted, confidence=0.65)
    return None


def _called_off_meeting(ev: EventMention) -> EventMention:
    """A meeting "postponed indefinitely" is called off (``CALLED_OFF_MEETINGS``)."""
    if ev.polarity != "negative" or ev.negative != "postponed" or ev.period_start is not None:
        return ev
    for rx, kind, _example in CALLED_OFF_MEETINGS:
        if (m := rx.search(ev.quote)) is not None:
            return replace(ev, negative=kind, verb=m.group(0))
    return ev


def _in_other_clause(m: BodyMention, sent: Sentence, own: str) -> bool:
    """Is ``m`` named inside a clause of ``sent`` about another occasion (``own``: the sentence
    through ``own_clauses``)?"""
    if not sent.start <= m.start < sent.end:
        return False
    return own[m.start - sent.start:m.end - sent.start].isspace()


def _unnamed_occasion(sent: Sentence, local: list[BodyMention], found: list[EventMention]) -> EventMention | None:
    if any(head_class(m.head or m.key) == "meeting" for m in local) or any(ev.action == "meet" and ev.polarity == "positive" for ev in found):
        return None
    text = sent.text
    for rx, verb, _example in UNNAMED_OCCASIONS:
        m = rx.search(text)
        if m is None or _FUTURE_BEFORE.search(text[:m.start()]) or _PLANNED_BEFORE.search(text[:m.start()]) \
                or re.search(r"(?i)\b(?:will|would|shall|to\s+be|is\s+to|are\s+to)\b", text) \
                or re.search(r"(?i)\b(?:next|upcoming|forthcoming|future)\b", m.group("what")):
            continue
        d = _past_date(sent, m.start(), m.end())
        if d is None and not any(ev.polarity == "positive" for ev in found):
            continue  # (a past verb of the same sentence, or a past date, tells it was held)
        return _report(sent, verb, "meet", None, "participants", f"{m.group('what')} in {m.group('place')}",
                       d, 0.6 if d else 0.5)
    return None


def _people_met(sent: Sentence, found: list[EventMention], reg: Registry, before: str = "") -> list[EventMention]:
    """``before``: the document's text before the sentence (who "he" is: ``_he_is``)."""
    text = sent.text
    out: list[EventMention] = []
    have = {ev.key for ev in found}
    for rx, verb, _example in PEOPLE_MET:
        m = rx.search(text)
        if m is None or not _reported(text, m.start("v")):
            continue
        names = [m.group("a"), m.group("b")]
        if names[0].lower() in ("he", "she"):
            other = frozenset(re.findall(r"[A-Z][a-z]+", text[m.start("b"):m.start("b") + 40])[:2])
            who = _he_is(before + " " + text[:m.start("a")], other)
            if who is None:
                continue
            names[0] = who
        if any(not_a_person(text[:m.start(g)], n, reg) for g, n in zip(("a", "b"), names, strict=True)):
            continue
        d = _past_date(sent, m.start("v"), m.end("v"))
        conf = 0.55 if d else 0.45
        for g, name in zip(("a", "b"), names, strict=True):
            pm = persons_meetings(name, sent.start + m.start(g), sent.start + m.end(g))
            if pm.key not in have:
                have.add(pm.key)
                out.append(_report(sent, verb, "meet", pm, "name", "", d, conf))
        if not any(ev.body is None and ev.body_by == "participants" for ev in found):
            out.append(_report(sent, verb, "meet", None, "participants",
                               f"meeting of {names[0]} and {names[1]}", d, conf))
        break
    return out




def people_countries(text: str, doc: str, reg: Registry) -> frozenset[str]:
    """The countries of the people a sentence names as meeting (``PEOPLE_MET``) or as calling off
    a visit: the leaders table, else a country named right before the name in the document."""
    from tracker.extract.tables import LEADERS

    names: set[str] = set()
    for rx, _verb, _example in PEOPLE_MET:
        if m := rx.search(text):
            names |= {m.group("a"), m.group("b")}
    names |= {x.group("n") for x in TITLED_PERSON.finditer(text)}
    out: set[str] = set()
    for n in names - NOT_NAMES:
        if n in LEADERS:
            out |= countries_in(LEADERS[n], reg)
            continue
        for x in re.finditer(r"\b" + re.escape(n) + r"\b", doc):
            if cs := countries_in(doc[max(0, x.start() - 40):x.start()].split(".")[-1], reg):
                out |= cs if len(cs) == 1 else set()
                break
    return frozenset(out)


#: a deal reported done by its noun, with what was done after "of" (no body need be named):
#: "Kenya has announced the successful completion of the debt exchange", "marked the conclusion of
#: the sale of Kenya Airways" (read only when no ``_NOMINAL`` row read a conclusion)
_NOMINAL_DONE = re.compile(r"(?i)\b(?:announced|announces|announce|marked|celebrated|hailed|confirmed)\s+"
                           r"(?:today\s+)?the\s+(?:successful\s+|formal\s+|official\s+)?"
                           r"(?P<n>completion|conclusion|finali[sz]ation|closing)\s+of\s+")
#: an announcement made as it is told: "is pleased to announce today the completion of ..."
_PLEASED_TO = re.compile(r"(?i)\b(?:pleased|proud|happy|delighted|glad)\s+to\s+$")
# Reports of an event by a noun rather than a verb: (pattern, action, verb shown in the reason).
# Each row has a test in tests/test_linking_series.py.
#: at or during a meeting named after it ("at the conclusion of the second meeting of the
#: Follow-up Committee", "during the 9th session of the Joint Commission"): what the ``_NOMINAL``
#: rows "came at the meeting" and "done at the meeting" read after their verb
#: a meeting's noun ahead, within a name of up to eight words ("the 9th Session of the Joint ...")
_MEETING_AHEAD = r"(?=(?:[\w+’'‘()-]+\s+){0,8}?(?:meeting|session|round|summit|talks|dialogue)\b)"
_AT_A_MEETING = (r"(?:at\s+the\s+(?:conclusion|end|close)\s+of|during|at|on\s+the\s+sidelines\s+of)\s+"
                 r"(?:the|their)\s+" + _MEETING_AHEAD)
_NOMINAL = (
    (re.compile(r"(?i)\b(?:announced|marked|welcomed|celebrated|hailed|confirmed)\s+the\s+"
                r"(?:successful\s+|formal\s+)?conclusion\s+(?:of|to)\s+(?:the\s+)?(?:negotiations|talks)\b"),
     "conclude", "announced the conclusion"),
    (re.compile(r"(?i)\b(?:announced|marked|celebrated|hailed|attended)\s+the\s+(?:formal\s+|official\s+)?"
                r"(?:inauguration|launch|launching|opening|establishment)\s+of\b"),
     "launch", "announced the inauguration"),
    (re.compile(r"(?i)\b(?:following|after|at|during)\s+(?:a|the|their)\s+(?:meeting|summit)\s+"
                r"(?:in|at)\s+(?-i:[A-Z])"),
     "meet", "a meeting in"),
    # "applauded the reconvening of the Commercial Dialogue and CEO Forum in March" (India-U.S.
    # leaders' statement), "welcomed the convening of the first Joint Commission in May"
    (re.compile(r"(?i)\b(?:applauded|welcomed|hailed|celebrated|noted|marked)\s+the\s+(?:successful\s+)?"
                r"(?:re-?convening|convening|holding|resumption)\s+of\b"),
     "meet", "welcomed the convening"),
    # a copular report: "This was the 16th meeting of the working group" (CT JWG), "The meeting
    # is designated as the Fourth Annual 2+2 Ministerial Dialogue" (India-U.S. 2+2), "This was our
    # first bilateral Foreign and Defence Ministerial ('2+2') Meeting" (Japan-UK 2+2, 2015)
    (re.compile(r"(?i)\b(?:this|it|that|the\s+meeting|the\s+dialogue)\s+(?:was|is\s+designated\s+as|"
                r"was\s+designated\s+as|marked)\s+(?:the|our|their)\s+(?=(?:(?!time\b)[\w+’'‘()-]+\s+){0,8}?(?:meeting|session|round|edition"
                r"|dialogue|summit)\b)"),
     "meet", "was the meeting"),
    # what a report tells came of a meeting: "This came at the conclusion of the second meeting of
    # the Kenya-Ghana Follow-up Committee in Nairobi", "It came during the third session of the
    # Joint Commission" (the shape of Gulf news agencies' reports, twenty-seventh blind check)
    (re.compile(r"(?i)\b(?:this|it|that|the\s+(?:decision|announcement|agreement|move))\s+came\s+" + _AT_A_MEETING),
     "meet", "came at the meeting"),
    # what was done at a meeting tells it was held: "The agreements were finalised during the 9th
    # session of the Kenya-Ghana Joint Commission", "the accords signed at the third meeting of
    # the council" (fortieth blind check); "will be signed at the next session" is a plan
    (re.compile(r"(?i)(?<!\bbe\s)(?<!\bto\s)\b(?:signed|inked|finali[sz]ed|adopted|approved|agreed|reached|concluded)\s+"
                r"(?:(?:on|in|by)\s+[^,.;]{1,40}?\s+)?" + _AT_A_MEETING),
     "meet", "done at the meeting"),
    # a guest received for the meeting, a visit made for it: "welcomed Ghana's ministers for the 5th
    # Kenya-Ghana 2+2", "visited Accra as part of the 3rd Joint Commission" (the shapes of Japan-
    # Australia and India-Germany reports, 2024), "paid an official visit to Ghana from 1 to 3 March
    # for the Third Session of the Joint Commission"; a capitalised guest or place only
    # ("welcomed the proposal for the council" is no report; tested in test_extract_realtext6.py)
    (re.compile(r"(?i)\b(?:(?:welcomed|received|visited)\s+|(?:paid|made)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                r"visit\s+to\s+)(?-i:" + STATE_FORM_THE + r")?(?-i:[A-Z])[^.;]{0,120}?\s(?:for|as\s+part\s+of"
                r"|on\s+the\s+occasion\s+of)\s+"
                r"(?:the\s+|their\s+)?(?=[^.;]{0,60}?(?-i:[A-Z0-9]))"),
     "meet", "welcomed for the meeting"),
    # an arrival for the meeting: "President Ruto arrived in Accra, Ghana, on March 6 for the annual
    # Kenya-Ghana Leaders' Meeting" (the shape of an Australia-New Zealand report, 2025); a stay or
    # a journey in the past made to attend it: "was in Ghana to attend the 9th Kenya-Ghana Joint
    # Commission", "travelled to Accra to co-chair the Joint Commission" (forty-first blind check)
    (re.compile(r"(?i)\b(?:arrived\s+in|(?:was|were)\s+in|(?:travell?ed|flew|went|came)\s+to)\s+(?-i:[A-Z])"
                r"[^.;]{0,80}?\s(?:for|to\s+(?:attend|(?:co-?)?chair|take\s+part\s+in|participate\s+in))\s+"
                r"(?:the|their)\s+(?=[^.;]{0,60}?(?-i:[A-Z0-9]))"),
     "meet", "arrived for the meeting"),
    # who took part in it and what they did there: "delegates to the 9th Session of the Kenya-Ghana
    # Joint Commission had agreed to upgrade ties" (forty-first blind check); "will agree" is a plan
    (re.compile(r"(?i)\b(?:delegates|delegations|participants)\s+(?:to|at|attending)\s+(?:the|their)\s+"
                + _MEETING_AHEAD + r"(?=[^.;]*?\b(?:had\s+|have\s+)?(?:agreed|adopted|decided|resolved|signed|endorsed|approved"
                r"|reviewed|discussed|deliberated)\b)"),
     "meet", "delegates to the meeting"),
    (re.compile(r"(?i)\b(?:final\s+|joint\s+)?(?:declaration|communiqu[eé]|outcome\s+document)\s+"
                r"(?:of|from|adopted\s+at|issued\s+at|released\s+after)\s+the\s+(?:meeting|summit)\b"),
     "meet", "declaration of the meeting"),
)
class _Signing(NamedTuple):
    """A signing reported by its noun, not by a verb (eleventh blind check): what was signed is the
    agreement after "signing of", else the agreement the text named last."""
    rx: re.Pattern[str]
    shown: str
    today: bool  # "today" in the match dates it on the day of the report
    example: str  # a sentence the row reads (tests/test_linking_blind11.py)


#: what names the agreement inside a ``_Signing`` match (group ``of``): "the signing of the X"
_SIGNING_OF = r"(?:\s+(?:ceremony\s+)?of\s+(?P<of>[^,;.]{3,90}?))?"
#: where a clause of its own begins after a noun report: its dates are that clause's
_CLAUSE_AFTER = re.compile(r"(?i)\s[–—-]\s|,?\s+(?:where|which|when|who)\b")
_SIGNINGS: tuple[_Signing, ...] = (
    # the signing as the subject of a past "took place / was held": "The signing took place at
    # State House in Accra"; "The formal signing of the treaty took place on Monday"
    _Signing(re.compile(r"(?i)\bthe\s+(?:formal\s+|official\s+)?signing(?:\s+ceremony)?" + _SIGNING_OF
                        + r"\s+(?:took\s+place|was\s+held|was\s+completed)\b"), "signing took place", False,
             "The Kenya-Ghana Trade Agreement was agreed last year. The signing took place at State House "
             "in Accra on Saturday."),
    # a speech on the day: "Today, with the signing of the X Treaty, we ..."; "with today's signing of"
    _Signing(re.compile(r"(?i)(?:\btoday\s*,?\s+(?:with|through|by)\s+the|\bwith\s+today['’]s)\s+signing"
                        + r"\s+of\s+(?P<of>[^,;.]{3,90}?)(?=[,;.]|\s+(?:we|our|and)\b)"),
             "signing of", True,
             "Today, with the signing of the Kenya-Ghana Defence Treaty, our two nations become allies."),
)


_SIGNING_SHOWN = frozenset(row.shown for row in _SIGNINGS)
#: a call held: "held a videoconference / a video call / a phone call with ..." (twenty-sixth blind
#: check: leaders' calls in the months their summit was called off)
#: what two sides held that names no occasion by itself: talks, discussions, consultations
_HELD_TALKS = re.compile(r"(?i)\s+(?:" + _TALKS_NOUN + r"|consultations)\b")
#: the nouns of a call (one list: a call held, a person's call with another, "held a call")
_CALL_NOUN = r"(?:videoconference|video\s+conference|teleconference|(?:video|phone|telephone)\s+call|call)"
_CALL_HELD = re.compile(r"(?i)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + _CALL_NOUN + r"\b")
_ANNOUNCED = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are|was|were)\s+(?:set|scheduled|due|slated|expected)\s+to|to)\s+"
    r"(?:be\s+)?(?:held|take\s+place|gather|meet|convene|hosted|begin)\b|\b(?:is|are|was|were)\s+"
    r"(?:scheduled|slated|set)\s+for\b")
_PERSON_MET = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})(?:\s+(?:[A-Z]\.|I{1,3}|IV|Jr\.?))*\s+(?P<verb>met|meets|held\s+(?:(?:his|her|their)"
    r"\s+)?(?:first\s+)?(?:bilateral\s+)?(?:engagement|meeting|talks|" + _CALL_NOUN + r")|spoke|talked)\s+"
    r"(?:virtually\s+|by\s+(?:phone|video)\s+|in\s+person\s+)?with\b")
#: "at a meeting between Commissioner A and Minister B" on a past day: both persons' meetings, as
#: "A met with B" (an EU-Australia report, 2023)
_MEETING_BETWEEN = re.compile(
    r"\b(?:meeting|talks)\s+between\s+(?:[\w.'’-]+\s+){0,5}?(?P<a>[A-Z][a-z]{2,})\s+and\s+"
    r"(?:[\w.'’-]+\s+){0,5}?(?P<b>[A-Z][a-z]{2,})(?![\w-])(?!\s+[A-Z])")
_PLANNED_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|'ll|is\s+to|are\s+to|(?:set|due|expected|plans?|"
                             r"scheduled)\s+to|to\s+hold|planned|upcoming|next)\b")
#: the noun phrase is the subject of a future or planned verb: "another meeting between Ruto and
#: Mahama will take place on June 1", "talks between A and B are scheduled for May" (twelfth blind
#: check: read as a meeting held on last year's June 1)
_FUTURE_AFTER = re.compile(r"(?i)(?:\s+[\w.'’,-]+){0,8}?\s+(?:will|would|shall|(?:is|are|was|were)\s+(?:to|due|set"
                           r"|scheduled|slated|expected|planned)|(?:planned|scheduled|set)\s+(?:for|to))\b")
#: a preposition placing a past clause at an event; up to three modifiers may stand between it and
#: the body's name: "At the first-ever Foreign and Defence Ministerial Dialogue (2+2) in New Delhi,
#: Modi Saturday said" (India-Japan 2+2, 2019), "agreed ... in their first economic two-plus-two
#: ministers' meeting in Tokyo on Friday" (Japan-UK Economic 2+2, 2025); a past date is required
_PREP_EVENT = re.compile(
    # ("ahead of" the event places the clause before it: "talks here today, ahead of the Kenya-Ghana
    # Summit" report no summit, twelfth blind check)
    r"(?i)\b(?:(?:at|during|after|following|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of|"
    r"at\s+the\s+end\s+of)\s+(?:the\s+|a\s+|their\s+|its\s+)?|in\s+(?:the|their|its)\s+)"
    r"(?:(?!(?:of|to|for|and|next|upcoming|future)\b)[a-z][\w’'-]*\s+){0,3}$"
    # a part of the event: "delivered remarks at the opening reception for the Kenya-Ghana Summit
    # Thursday evening" (the shape of a Canada-EU report, 2023)
    r"|\b(?:at|during|after|following)\s+(?:the|a|an)\s+(?:opening|closing|inaugural|official|welcome)\s+"
    r"(?:reception|ceremony|session|dinner|plenary|gala|banquet|segment)\s+(?:of|for)\s+(?:the\s+)?$"
)
#: an indefinite event right before the verb is a new one, not the series the text was about:
#: "The agreement came in a meeting held between Prime Minister X and his British counterpart"
#: (Japan-UK Economic 2+2, 2024: a leaders' meeting, not the 2+2); "at a meeting held in Rome"
_INDEFINITE_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|call|conversation|talks)\s+(?:was\s+)?$")
_NEXT_BEFORE = re.compile(r"(?i)\b(?:next|upcoming|forthcoming|future)\s+(?:\w+\s+){0,2}$")


def _dates(text: str, anchor: dt.date, tense: str | None) -> list[TimeExpression]:
    try:
        from tracker.temporal import find_all
    except Exception:  # noqa: BLE001 - the grammar is optional at import time
        return []
    try:
        return list(find_all(text, anchor, tense=tense))
    except Exception:  # noqa: BLE001 - one bad sentence must not stop linking
        return []


#: a verb in a clause of "since" (its subject between): "the first summit since they met in
#: Athens", "since the two sides last met"
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\s+(?:(?:" + _SINCE_SUBJECT + r"|\w+)\s+)?(?:last\s+|first\s+)?$")
#: (and the date of what it counts from: "held their first meeting since the start of the war more
#: than a decade ago"; twenty-ninth blind check)
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?$"
                           r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|end|onset)\s+of\s+[^,;.:]{1,60}$"
                           # the pause it ends: "resumed train service after a six-year hiatus was
                           # enforced to curb the coronavirus in 2019" (thirty-fifth blind check)
                           r"|\bafter\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:hiatus|pause|break|suspension"
                           r"|halt|gap|freeze)\b[^,;.:]{0,80}$")


#: how far after its verb a date is still the verb's when no other clause comes between: a long
#: title of the counterpart ("with Member of the Standing Committee of the Political Bureau of
#: the ... Central Committee and Vice Premier Zhang in Beijing on 27 February") is one phrase
_ONE_CLAUSE_REACH = 320
#: what starts another clause between a verb and a date: a verb of its own, a relative or
#: reporting word, a semicolon or colon
_CLAUSE_IN_GAP = re.compile(r"[;:]|\b(?:\w{3,}ed|met|held|said|says|will|would|which|who|whom|where|when"
                            r"|while|after|before|since|until)\b|\bas\s+(?:(?-i:[A-Z])\w+|it|they|he|she|we)\s+\w")


def _report(sent: Sentence, verb: str, action: str, body: BodyMention | None, body_by: str, obj: str,
            d: _EventDate | None, confidence: float) -> EventMention:
    """A positive report in ``sent``: ``action`` told by ``verb``, of ``body`` (how it was named:
    ``body_by``) or of the thing ``obj``, on the date ``d`` (``_past_date``'s) or undated."""
    return EventMention(sent.text, (sent.start, sent.end), verb, action, "positive", None, body, body_by, obj,
                        d[0] if d else None, d[1] if d else None, d[2] if d else "", None, None,
                        sent.anchor, sent.quoted, confidence=confidence)


#: goods that arrived or docked are delivered: "One of the navy's missile-guided corvettes arrived
#: on Tuesday, April 8", "the frigate arrived in Philippine waters on Monday" (the subject names
#: goods of ``lexicon.GOODS_KINDS``; thirtieth blind check). Group ``obj``: the subject, in its clause.
GOODS_ARRIVED = re.compile(r"(?i)(?:^|[;:]\s+|\s[—–]\s+|\b(?:and|as|when|after)\s+)(?P<obj>[^;:—–]{3,200}?),?\s+"
                           r"(?:has\s+|have\s+|had\s+|finally\s+)?(?P<v>"
                           + lexicon.alternation(tuple(past for past, _ex in lexicon.GOODS_ARRIVING.values()))
                           + r")\b")
GOODS_ARRIVED_EXAMPLE = "The first Kenyan corvette arrived in Accra on Tuesday, April 8."

#: goods taken in by their recipient are delivered: "Kenya received on Wednesday the first of 16 new
#: jets from Ghana", "the navy took delivery of two patrol boats" (``lexicon.TAKING_DELIVERY``, the
#: object naming goods of ``lexicon.GOODS_KINDS``); and the delivery or arrival of goods told as
#: done: "Ghana announced the delivery of the first jet to Kenya", "hailed the arrival of the first
#: jet" (thirty-sixth blind check). Group ``obj``: the goods.
GOODS_RECEIVED = re.compile(
    r"(?i)\b(?P<v>" + lexicon.alternation(tuple(past for past, _ex in lexicon.TAKING_DELIVERY.values()))
    + r")\s+(?:(?:on|last)\s+\w+\s+)?(?P<obj>" + lexicon.GOODS_PHRASE + r")"
    r"|\b(?P<nv>announced|marked|celebrated|hailed|welcomed|completed|confirmed)\s+(?:the|its|their)\s+"
    r"(?:(?:first|initial|official)\s+)?(?:delivery|arrival|handover|hand-over)\s+of\s+"
    r"(?P<nobj>" + lexicon.GOODS_PHRASE + r")")
GOODS_RECEIVED_EXAMPLES = (
    "Kenya received on Tuesday the first of six new jets from Ghana.",
    "Ghana announced the delivery of the first Kenyan corvette to its navy on Tuesday, April 8.",
)


def _goods_arrived(sent: Sentence) -> EventMention | None:
    """A delivery told by the goods' arrival (``GOODS_ARRIVED``) or their recipient's taking them in
    (``GOODS_RECEIVED``), dated in the past."""
    for m in GOODS_ARRIVED.finditer(sent.text):
        obj = m.group("obj")
        if not lexicon.goods_kinds(obj) or not _reported(sent.text, m.start("v")):
            continue
        d = _past_date(sent, m.start("v"), m.end("v"))
        return _report(sent, m.group("v"), lexicon.DELIVERED, None, "name", obj.strip(), d, 0.6 if d else 0.5)
    for m in GOODS_RECEIVED.finditer(sent.text):
        v = "v" if m.group("v") else "nv"
        if not _reported(sent.text, m.start(v)):
            continue
        d = _past_date(sent, m.start(v), m.end(v))
        obj = m.group("obj") or m.group("nobj")
        return _report(sent, m.group(v), lexicon.DELIVERED, None, "name", obj.strip(), d, 0.6 if d else 0.5)
    return None


_POLLS_HELD_RES = tuple(re.compile(rx) for rx, _ex in lexicon.POLLS_HELD)
#: the poll a sentence names, with up to four words before it ("Kenya's first general election")
_POLL_NAMED = re.compile(r"(?i)(?<![\w’'-])(?:(?!(?:for|in|on|at|of|since|to|from|by|with|and|" + lexicon.DAY_OR_MONTH_FULL
                         + r")\b)[\w’'-]+\s+){0,4}?" + lexicon.POLL_WORD)


def _poll_held(sent: Sentence) -> EventMention | None:
    """A poll held, told by its voting (``lexicon.POLLS_HELD``: "Polls opened on Sunday for Kenya's
    first general election"), in the past or on the day of the report; the poll is the one the
    sentence names after the verb, else before it."""
    text = sent.text
    for rx in _POLLS_HELD_RES:
        m = rx.search(text)
        if m is None or not _reported(text, m.start("v")):
            continue
        named = _named_poll(text, m.end("v"), m.start("v"))
        if named is None:
            continue
        d = _past_date(sent, m.start("v"), m.end("v"))
        return _report(sent, " ".join(m.group("v").split()), "meet", None, "name", named, d, 0.6 if d else 0.5)
    return None


def _named_poll(text: str, after: int | None, before: int) -> str | None:
    """The poll ``text`` names (``_POLL_NAMED``, its name by ``_poll_name``): the first after ``after``
    (None: look after nothing), else the last before ``before``."""
    m = _POLL_NAMED.search(text, after) if after is not None else None
    if m is None:
        m = next(reversed(list(_POLL_NAMED.finditer(text, 0, before))), None)
    return _poll_name(m.group(0)) if m is not None else None


#: a poll as the subject of a verb of putting off, in its clause: "the local government elections,
#: scheduled for March 9, stand postponed" (``lexicon.POLLS``; up to four words before it name it)
_POLL_BEFORE = re.compile(r"(?i)(?P<obj>(?:[\w’'-]+\s+){0,4}?" + lexicon.POLL_WORD
                          + r")(?=[^.;:!?]{0,80}$)")
#: ... or its object: "the commission postponed the local elections", "put off the referendum"
_POLL_AFTER = re.compile(r"(?i)\s+(?:the\s+|its\s+|their\s+)?(?P<obj>(?:(?!(?:after|before|until|till|due|because"
                         r"|amid|following|ahead|in|on|at|for|to|of|since|during|over|with|and|but)\b)[\w’'-]+\s+){0,4}?"
                         + lexicon.POLL_WORD + r")")
#: a passive verb has no object: "The dialogue was called off after the election"
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$")


def _poll_put_off(text: str, vs: int, ve: int, local: list[BodyMention], offset: int) -> str | None:
    """The poll a verb of putting off (at ``vs``..``ve``) is said of, its object or else its
    subject with no body named between them (``lexicon.POLLS``): a report of the poll put off, not
    of the body that runs it ("the Election Commission said the local elections stand postponed")."""
    if not _PASSIVE_BEFORE.search(text, 0, vs) and (m := _POLL_AFTER.match(text, ve)) is not None:
        return _poll_name(m["obj"])
    m = next(reversed(list(_POLL_BEFORE.finditer(text, max(0, vs - 160), vs))), None)
    if m is None:
        return None
    if any(m.end() <= b.start - offset < vs for b in local):
        return None  # "the elections ... the summit was postponed": the body's own
    return _poll_name(m["obj"])


_DETERMINERS = frozenset(["the", "its", "their", "a", "an", "that", "this", "these", "those", "whether"])


def _poll_name(words: str) -> str:
    """A poll's name from the words before it, after the last determiner ("that the local
    council elections" -> "local council elections")."""
    ws = words.split()
    cut = max((i + 1 for i, w in enumerate(ws[:-1]) if w.lower() in _DETERMINERS), default=0)
    return " ".join(ws[cut:])


#: a coordinated clause of its own, with its past verb: "... in 2012 and construction started in ..."
_AND_CLAUSE = re.compile(r"(?i)\b(?:and|but)\s+(?:[\w-]+\s+){0,3}?(?:\w{3,}ed|began|begun|met|held|signed|opened"
                         r"|took\s+place)\b")


def _past_date(sent: Sentence, verb_pos: int, verb_end: int) -> _EventDate | None:
    """(start, end, text) of the event date nearest the verb, in the past (or under way on the
    day of the report: "gathered for this year's summit which takes place 14-15 July", 14 July)."""
    tes: list[tuple[int, int, dt.date, dt.date, str]] = []
    for t in _dates(sent.text, sent.anchor, "past"):
        if t.due_start is None or t.due_end is None:
            continue
        if t.granularity == "present":
            continue
        if _SINCE_BEFORE.search(sent.text, 0, t.start):
            continue  # "met for the first time since 2015": when it last was, not this one
        ds, de = t.due_start, t.due_end  # (a range under way today is the time reader's: this year's)
        if ds > sent.anchor:
            continue
        if t.rule == "this_period" and de > sent.anchor:
            continue
        tes.append((t.start, t.end, ds, de, t.text))
    if not tes:
        return None
    after = [x for x in tes if x[0] >= verb_end and (
        x[0] - verb_end <= 120 or x[0] - verb_end <= _ONE_CLAUSE_REACH
        and not _CLAUSE_IN_GAP.search(sent.text, verb_end, x[0]))]
    best: tuple[int, int, dt.date, dt.date, str] | None
    # a date right before the verb is its own: "Kenya and Ghana on Monday signed the accord, months
    # after the date set in January" (the news agencies' order), whatever comes after
    right_before = [x for x in tes if x[1] <= verb_pos and not sent.text[x[1]:verb_pos].strip()]
    if right_before:
        best = right_before[-1]
    elif after:
        # a day beats "this year's" in the same stretch, not one told in a clause after it: "signed a
        # memorandum in 2012 and construction started in October 2017" (twenty-eighth blind check)
        own = [x for i, x in enumerate(after) if i == 0 or not _AND_CLAUSE.search(sent.text, verb_end, x[0])]
        best = min(own, key=lambda x: ((x[3] - x[2]).days > 31, x[0]))
    else:
        best, d = None, 10**9
        for x in tes:
            dd = x[0] - verb_pos if x[0] >= verb_pos else (verb_pos - x[1]) + 15
            if dd < d:
                best, d = x, dd
        if best is None or d > 160:
            return None
    return best[2], min(best[3], sent.anchor), best[4]


_RESTORING = re.compile(r"(?i),\s+(?P<v>restoring|resuming|reviving|relaunching|reopening"
                        r"|re-?establishing)\s+(?P<obj>[^,.;:]{3,90})")
_QUOTE_MARKS = re.compile(r"[\"“”‘’]|(?<=\w)['’]s\b")

# "which began on March 2 and ended on Thursday": one event over both days (rule 'began-ended')
_START_VERBS = {"began", "started", "opened", "kicked off", "commenced"}
#: present-tense verbs of a meeting under way: a report only with a date that has come, of a
#: meeting body ("The summit takes place on 23 November" a month before is an announcement)
_UNDER_WAY = frozenset(["runs from", "takes place", "kicks off", "gets under way", "is under way", "starts", "begins",
                        "opens"])


_STARTING_NOW = frozenset(["is beginning", "are beginning", "is starting", "are starting"])
_HOSTING_NOW = frozenset(["is hosting", "are hosting", "is holding", "are holding", "is convening", "are convening",
                          "is meeting", "are meeting"])
#: every present verb dated the report's day (``_starting_now``)
_NOW_VERBS = _STARTING_NOW | _HOSTING_NOW
#: the day itself, named: what a present "are hosting" needs to be a report of that day
_TODAY_RE = re.compile(r"(?i)\b(?:today|this\s+(?:morning|afternoon|evening))\b")


def _named_today(sent: Sentence) -> bool:
    """Does the sentence name the day of its report: "today", "this morning", or a date or a
    weekday that is that day ("are convening ... on Thursday" in a report of that Thursday)?"""
    return _TODAY_RE.search(sent.text) is not None or any(
        t.due_start == sent.anchor and t.due_end == sent.anchor for t in _dates(sent.text, sent.anchor, None))


def _starting_now(sent: Sentence) -> _EventDate | None:
    """The report's day for an occasion "is beginning": unless the sentence dates it later
    ("is beginning on 3 May" a week before is an announcement)."""
    for t in _dates(sent.text, sent.anchor, None):
        if t.due_start is not None and t.due_start > sent.anchor:
            return None
    return sent.anchor, sent.anchor, "today"


def _said_ahead(sent: Sentence) -> bool:
    """Does a sentence in the present progressive date something after its report ("Wednesday's
    meeting is being held" on a Tuesday: the weekday read ahead, as the tense says)?"""
    return any(t.due_start is not None and t.due_start > sent.anchor
               for t in _dates(sent.text, sent.anchor, "future"))


def _under_way(sent: Sentence) -> _EventDate | None:
    """The day of the report, when the sentence's date (a day or a stay of at most a month,
    read as the text says it, not as a past) holds it: the meeting is under way."""
    for t in _dates(sent.text, sent.anchor, None):
        if t.due_start is None or t.due_end is None or (t.due_end - t.due_start).days > 31:
            continue
        ds, de = t.due_start, t.due_end
        if not re.search(r"\d{4}", t.text) and ds > sent.anchor:
            # "from November 22 to 24" on the 23rd: this year's, not next year's
            try:
                ds, de = ds.replace(year=ds.year - 1), de.replace(year=de.year - 1)
            except ValueError:  # (29 February)
                continue
        if ds <= sent.anchor <= de:
            return sent.anchor, sent.anchor, t.text
    return None
#: a start verb whose subject is an occasion reports it held, as "got under way" does: "as the 25th
#: Kenya-Ghana Summit opened" (the shape of an EU-China report, 2025), "the third session of the
#: Joint Commission began on Monday"; an institution that "began" / "opened" (a dialogue, a
#: centre) is still launched, unless a numbered later edition of it is what began
_OPENING_VERBS = frozenset(["opened", "began", "started", "commenced"])
_OCCASION_HEAD = re.compile(r"(?i)^(?:summit|meeting|talks|conference|consultations|session|round|retreat"
                            r"|2\+2|ministerial)$")


#: an occasion as the object of a start verb (twelfth blind check): "began its meeting", "opened
#: their third session", "commenced the talks"
_OCCASION_OBJECT = re.compile(r"(?i)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?" + lexicon.occasion_noun())


def _occasion(body: BodyMention) -> bool:
    """A body that is an occasion (a summit, a meeting, a session) or a numbered later edition."""
    return bool(_OCCASION_HEAD.match(body.head or "")) or (body.ordinal or 0) > 1

_ENDED_AFTER = re.compile(
    r"(?i)^[^.;]{0,60}?\band\s+(?:was\s+)?(?:ended|concluded|closed|wrapped\s+up|finished)\b")


def _ended_on(sent: Sentence, verb_end: int, d: _EventDate) -> _EventDate:
    """(start, end, text) of a reported stretch: the start date ``d`` read after a start verb,
    and its end read after "... and ended/concluded on <date>" in the same clause."""
    m = _ENDED_AFTER.search(sent.text[verb_end:])
    if m is None:
        return d
    tail = sent.text[verb_end + m.end():verb_end + m.end() + 40]
    for t in _dates(tail, sent.anchor, "past"):
        if t.start > 12 or t.due_end is None:
            break
        if d[0] <= t.due_end <= sent.anchor and (t.due_end - d[0]).days <= 62:
            return d[0], t.due_end, f"{d[2]} … {t.text}"
        break
    return d


#: the parties' names closing a long subject: "... between the Government of Kenya and ..."
_PARTIES_TAIL = re.compile(r"\s(?:between|among)\s")


def _object_text(text: str, verb_start: int, verb_end: int, passive: bool) -> str:
    if passive:
        parts = re.split(r"[,;:()]|\b(?:that|which|where|while)\b", text[:verb_start])
        left = lexicon.REPORT_ADVERBS_TAIL.sub("", parts[-1])  # ("has been successfully | completed")
        if not left.strip() and len(parts) >= 3 and (_APPOSITIVE_PARTICIPLE.match(parts[-2])
                                                     or _APPOSITIVE_NOUN.match(parts[-2])):
            # "The informal meeting on the border, convened by the president in Accra, has been
            # concluded": the subject before its participle set off by commas; or before a noun
            # phrase that says what it is ("The Kisumu airport, the third international airport in
            # Kenya, was inaugurated"; thirty-ninth blind check)
            left = parts[-3]
        if len(left.split()) > 12 and (cut := _PARTIES_TAIL.split(left, 1)[0]).split():
            # "The Agreement on mutual exemption from visa requirements between the Government of
            # Kenya and the Government of Ghana came into force": its head, not the parties' names
            left = cut
        return " ".join(left.split()[-12:])
    right = text[verb_end:]
    # (a place right after the object stays: "opened its consulate in Mombasa" is what was opened)
    right = _OBJECT_END.split(right)[0]
    return " ".join(right.split()[:12])


#: what works were begun on: after "broke ground" comes "on the railway" or "to build a canal"
_WORKS_LEAD = re.compile(r"(?i)^\s*(?:on|for|at|to\s+(?:build|construct|develop|lay))\s+")


def _works_object(text: str, verb_end: int) -> str:
    """The object of a verb of works begun (``WORKS_BEGUN``): what follows its lead word."""
    right = text[verb_end:]
    lead = _WORKS_LEAD.match(right)
    if lead is None:
        return ""
    right = re.sub(r"^((?:an?|the)\s+[\w-]+),", r"\1", right[lead.end():])  # "a controversial, China-funded canal"
    right = _WORKS_OBJECT_END.split(right)[0]
    return " ".join(right.split()[:12])


#: a participle set off by commas after a subject: ", convened by the president in Accra,"
#: (and an irregular participle: ", built at a military air base,"; thirty-ninth blind check: more
#: prepositions after it, "with", "for", "near", were tried and dropped, a set never read gained a
#: wrong link)
_APPOSITIVE_PARTICIPLE = re.compile(r"(?i)\s*(?:\w+ed|held|led|chaired|co-chaired|built|made|run|set|known|given|taken)"
                                    r"\s+(?:by|in|at|on)\b")
#: a noun phrase set off by commas after a subject: ", the third international airport in Kenya,"
_APPOSITIVE_NOUN = re.compile(r"(?i)\s*(?:the|a|an)\s+(?!(?:two|both|three|four)\b)[\w-]+")
#: an unnamed meeting that names its own business: "the informal meeting on the border", "talks
#: on the water dispute" (matched by its words as a thing signed or launched is; a bare "the
#: meeting" names none)
_MEETING_ON = re.compile(r"(?i)\b(?:meeting|talks|session|consultations?|conference)\s+(?:[\w-]+\s+){0,3}?"
                         r"on\s+(?!the\s+(?:sidelines|margins)\b)(?:the\s+)?\w{3,}")
#: where an object ends: a clause mark, a preposition of time or place (``on`` too, unless an
#: object ends only before a day: ``_DONE_OBJECT_END``), or "in" before a place (not a month)
_OBJECT_END_TAIL = (r"[,;:()]|\s(?:at|during|with|between|by|last|this|after)\s"
                    r"|\sin\s(?!(?!" + lexicon.MONTH_WORD + r"\b)(?-i:[A-Z]))")
_OBJECT_END = re.compile(_OBJECT_END_TAIL + r"|\son\s")


#: a clause of a plan before a verb: "would withdraw its troops | deployed in Ghana"
_FUTURE_CLAUSE = re.compile(r"(?i)\b(?:will|would|shall|to)\s[^,;.]*$")
#: the verbs of a place left (``lexicon.DONE_VERBS``): their subject is what left
_PLACE_LEFT = frozenset(["left", "departed", "withdrew", "pulled out"])
#: the end of the object of a thing done (``lexicon.DONE``): "on" ends it only before a day ("lifted
#: the ban on poultry imports | on Monday"), as it names what the thing is on
_DONE_OBJECT_END = re.compile(_OBJECT_END_TAIL + r"|\son\s(?=(?:the\s+)?(?:\d|(?-i:[A-Z])[a-z]+day\b|"
                              + lexicon.MONTH_WORD + r"\b))")


#: the same for works begun, and their purpose or circumstance: "a canal | to link the capital to
#: the sea | despite concerns"
_WORKS_OBJECT_END = re.compile(_OBJECT_END.pattern + r"|\s(?:to|despite)\s")
_HOST_EVENT = re.compile(r"(?i)\b(?:sidelines|margins)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,3}$")
# Who met, when the sentence names people rather than a body: (cue, words the series key has).
_PARTICIPANT_CUES = (
    (re.compile(r"\b(?:Foreign|Defen[cs]e|Trade|External\s+Affairs)\s+Ministers?\b|\bSecretary\s+of"
                r"\s+(?:State|Defen[cs]e)\b|\bministers\b"), ("ministers", "ministerial")),
    (re.compile(r"\bPrime\s+Minister\b|\bPresident\b|\bChancellor\b|\bleaders\b"), ("summit",)),
)


#: who met, named right before the verb when the text names no series for the meeting: a group
#: ("the two leaders", "the pair", "both sides", "the two foreign ministers") or two people ("Ruto
#: and Mahama", "President Ruto and his Ghanaian counterpart Mahama") (``_met_by_participants``)
_PARTICIPANTS_BEFORE = re.compile(
    r"(?P<who>(?i:\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|heads\s+of\s+"
    r"(?:state|government)|(?:[a-z]+\s+)?ministers|secretaries|sides|delegations|counterparts|men|women|pair)"
    r"|\bthe\s+pair)"
    # "the foreign ministers of Kenya and Ghana"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"|(?:\b[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w'’-]*\s+)?"
    r"counterparts?(?:,?\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+,?)?"
    r"|\b[A-Z][a-z]{2,}\s+and\s+[A-Z][a-z]{2,}"
    # two people each named with a title: "Kenyan President William Ruto and Ghanaian Prime Minister
    # Kofi Mensah met" (twelfth blind check)
    r"|(?<![\w-])(?:[A-Z][\w'’.-]*\s+){2,5}[A-Z][\w'’-]+\s+and\s+(?:[A-Z][\w'’.-]*\s+){2,5}[A-Z][\w'’-]+)"
    r"\s+(?:(?i:also|first|last|then|later|briefly|again|had|have|virtually|finally)\s+)*$")
#: a meeting noun whose complement names who met, as the subject of a verb of taking place: "A
#: regular meeting of President Ruto and Prime Minister Mensah took place in Nairobi", "The joint
#: meeting of Kenyan President Ruto with Ghana's Prime Minister, Kofi Mensah, began in Accra"
#: (twelfth blind check); the sentence names no series for it
_MEETING_OF_PEOPLE = re.compile(
    r"(?:^|[.;:]\s+)(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<what>meeting|talks|summit)\s+(?:of|between)\s+"
    r"(?=[^;:]*?(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))[^;:]{3,160}?,?\s+(?:(?:was|were|has\s+been)\s+)?$", re.IGNORECASE)
_TAKES_PLACE = frozenset(["took place", "began", "opened", "started", "commenced", "held", "convened",
                          "kicked off", "got under way", "is beginning"])
#: the one met is the subject's counterpart: "met (with) her Ghanaian counterpart"
_COUNTERPART_AFTER = re.compile(r"\s+(?:virtually\s+|in\s+person\s+)?(?:with\s+)?(?:his|her|their)\s+"
                                # (two countries' counterparts: "met his Russian and Turkish counterparts";
                                # fortieth blind check)
                                r"(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,3}counterparts?\b")
#: what the participants held: a meeting by its common noun ("held a virtual summit", "held talks")
_HELD_MEETING = re.compile(
    r"(?i)\s+(?:(?:a|an|their|the)\s+)?(?P<what>(?:(?:first|virtual|bilateral|in-person|face-to-face|"
    r"video|online|historic|informal|formal|annual|two-day|one-day|wide-ranging|long"
    # ("held their first official meeting since ...", "held a four-way meeting"; twenty-ninth blind check)
    r"|official|first-ever|trilateral|quadrilateral|three-way|four-way|high-level|ministerial)\s+){0,2}"
    r"(?:summit(?:\s+meeting)?|meeting|talks))\b")


def _met_by_participants(text: str, before: str, verb: str, verb_end: int) -> str | None:
    """"the two leaders met", "after the pair met", "Ruto and his Ghanaian counterpart Mahama
    held a virtual summit": the meeting a sentence reports by who took part, when it names no
    series (the caller has found none); its words ("meeting of the pair", "virtual summit")."""
    who = _PARTICIPANTS_BEFORE.search(before)
    if who is None and verb in _TAKES_PLACE and (mp := _MEETING_OF_PEOPLE.search(before)):
        return mp.group("what").lower() + " of the people named"
    if who is None:
        # whoever met their counterpart: "Kenya's foreign minister met her Ghanaian counterpart"
        return "meeting of counterparts" if verb == "met" and _COUNTERPART_AFTER.match(text, verb_end) else None
    if verb == "met":
        return "meeting of " + who.group("who").strip(" ,")
    held = _HELD_MEETING.match(text, verb_end) if verb == "held" else None
    return held.group("what") if held else None


def _participants_body(text: str, seen: list[BodyMention]) -> BodyMention | None:
    """"Blinken, Wong, Jaishankar and Hayashi met": the ministers' meeting the text is about
    (of the earlier mentions of that level, the one sharing most words with the sentence)."""
    low = set(re.findall(r"[a-z]+", text.lower()))
    for rx, words in _PARTICIPANT_CUES:
        if rx.search(text):
            best, score = None, -1
            for i, m in enumerate(seen):
                ws = set(m.full_key.split()) | set(m.norm.split())
                if any(w in ws for w in words):
                    sc = len(ws & low)
                    if sc >= score:
                        best, score = m, sc
            if best is not None and best.next:
                best = replace(best, next=False)
            return best
    return None


#: a body that is the object of a preposition in an aside is one who came, not what met: "Delegates
#: of Kenya and Ghana, with observers from the Lake Victoria Basin Commission, convened the third
#: meeting of the Joint Border Verification Mechanism" (eleventh blind check)
_ASIDE_BEFORE = re.compile(r"(?i)(?:,\s+(?:along\s+)?with\s+|\b(?:observers?|representatives?|officials?|delegations?"
                           r"|delegates)\s+)[^;:,]{0,40}?\b(?:from|of)\s+[^;:]{0,120}$")


#: a plan between the verb and a body after it: "met and agreed to hold the summit" (not the "to"
#: of a range of days: "met from 4 to 6 May for the summit")
_PLAN_IN_GAP = re.compile(r"(?i)\b(?:agreed|decided|(?<!\d\s)to(?!\s+\d)|will|would|next|shall|that|announced|said)\b")
#: the parties named as a whole before the verb: "During the meeting, the sides signed a roadmap",
#: "both countries launched ...": the document's parties (its title and opening), as a promise
#: of "both sides" is the pair's (twenty-second blind check)
_COLLECTIVE_BEFORE = re.compile(r"(?i)\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:sides|parties|countries|nations"
                                r"|governments)\s+(?:\w+\s+){0,3}$")
#: a sentence telling two parties while naming one or none: "Prime Minister X and his Ghanaian
#: counterpart", "a bridge between their two countries" (twenty-eighth blind check)
_TWO_PARTIES = re.compile(r"\b(?:(?:his|her)\s+(?:(?-i:[A-Z])[\w-]*\s+)?counterpart"
                          r"|(?:their|the)\s+two\s+(?:countries|nations|states))\b", re.IGNORECASE)
TWO_PARTIES_EXAMPLE = ("Kenya's Prime Minister Otieno and his counterpart on Thursday inaugurated a bridge "
                       "between their two countries spanning the Volta.")
#: a verb of saying right before a day: the day it was said ("..., the ministry said Friday"; the
#: ``before_day`` words of ``lexicon.SAYING_VERBS``), not a day the sentence moves anything to
_SAID_ON = re.compile(r"(?i)\b(?:" + lexicon.alternation(lexicon.words(lexicon.SAYING_VERBS, "before_day"))
                      + r")\s+(?:on\s+)?$")
#: the end of the gap between a verb of meeting and the occasion it was for: "met in Accra from
#: 4 to 6 May | for the | Kenya-Ghana Summit" (the body named before the verb may be one who came:
#: "the Chairperson of the Volta Commission met ... for the summit")
_FOR_OCCASION = re.compile(r"(?i)\bfor\s+(?:the\s+|an?\s+|its\s+|their\s+)?$")


#: a common noun with the body after its "for", before the verb: the noun is what the verb tells of,
#: not the body ("The first train for the Accra Light Rail was unveiled on Monday"; thirty-fifth
#: blind check); an occasion's noun is the body's ("the third round of talks for the Kenya-Ghana FTA")
_FOR_OTHER_THING = re.compile(r"\b(?!" + lexicon.occasion_noun() + r")[a-z]{3,}\s+for\s+(?:the\s+)?$"
                              # the agent of another common noun, not a participle's: "The planned
                              # launch of patrols to curb kidnappings by the Abu Sayyaf Group has been
                              # delayed" (forty-first blind check), not "the talks hosted by the council"
                              r"|\b(?!" + lexicon.occasion_noun() + r")(?![a-z]+ed\s)[a-z]{3,}\s+by\s+(?:the\s+)?$")


#: the active "hosted": its subject is the host, what it hosted comes after it
_HOSTS_ACTIVE = re.compile(r"(?i)(?:co-?)?host(?:ed|s)\b")


def _choose_body(mentions: list[BodyMention], sent: Sentence, vs: int, ve: int, own: str) -> BodyMention | None:
    """The body the verb at ``vs:ve`` of ``sent`` reports; ``own``: the sentence without its
    clauses about another occasion (``own_clauses``, read once per sentence)."""
    local = [m for m in mentions if sent.start <= m.start < sent.end]
    if not local:
        return None
    rel = [replace(m, start=m.start - sent.start, end=m.end - sent.start) for m in local]
    # a body right after "met for/at/in" or "held/convened/signed the" or right before the verb
    best, best_d = None, 10**9
    # (the subject of an active "hosted" is the host: "the management of the Kenya-Ghana Rail
    # Corporation hosted a test"; what it hosted comes after the verb)
    subject_hosts = _HOSTS_ACTIVE.match(sent.text, vs) is not None and not _PASSIVE_AUX.search(sent.text, 0, vs)
    for orig, m in zip(local, rel):
        if own[m.start:m.end].isspace() and not own[vs:ve].isspace():
            continue  # (the occasion of a sidelines or "despite" clause is not what the verb reports)
        if vs <= m.start and m.end <= ve:
            continue  # (a name inside the verb's own words: "reached an Agreement in Principle | on ...")
        if m.end <= vs:
            if subject_hosts or _FOR_OTHER_THING.search(sent.text, 0, m.start):
                continue  # ("The first train for the Accra Light Rail was unveiled": the train was)
            gap = sent.text[m.end:vs]
            d = len(gap) + (0 if re.fullmatch(r"\s*(?:,[^,]*,\s*)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:last\s+|first\s+|successfully\s+|jointly\s+)?", gap) else 20)
            if re.search(r"[;:]", gap):
                d += 80
            if _ASIDE_BEFORE.search(sent.text, 0, m.start):
                d += 60  # "…, with observers from the AU Commission, convened the third JSCM": who came
        else:
            gap = sent.text[ve:m.start]
            if _HOST_EVENT.search(gap):
                continue  # "met on the sidelines of the UN General Assembly": not that body
            if ANCHOR_BEFORE.search(gap):
                continue  # "held talks today, ahead of the Joint Committee meeting": before it, not it
            d = len(gap) + (0 if len(gap) < 40 else 10)
            if _PLAN_IN_GAP.search(gap):
                d += 200
            elif _FOR_OCCASION.search(gap) and not re.search(r"[;:]", gap):
                d = 0  # "met in Accra on 4 May for the Kenya-Ghana Summit": what they met for
            if _RAISED_TO.fullmatch(gap) and sent.text[vs:ve].lower() in _RAISING_VERBS:
                d = 0  # "elevated their relationship to a Comprehensive Strategic Partnership": what it became
        if d < best_d:
            best, best_d = orig, d
    if best is None or best_d >= 150:
        return None
    return _qualified_meeting(local, best, sent)


#: what joins a meeting body to the programme or initiative it belongs to, or a name to its
#: acronym: "the Joint Committee (JC) meeting of the Rail Corridor", "the Joint Committee on the
#: Rail Corridor (RC)"
_QUALIFIER_GAP = re.compile(r"(?i)\s*(?:\([^()]{1,15}\)\s*)?(?:(?:meeting|session)\s+)?(?:of|on|for)\s+(?:the\s+)?"
                            r"|\s*\(\s*")


def _qualified_meeting(local: list[BodyMention], best: BodyMention, sent: Sentence) -> BodyMention:
    """The meeting body a programme or initiative named right after it qualifies: "Addressing
    the 4th Joint Committee (JC) meeting of the Rail Corridor (RC) held by video link": the Joint
    Committee met, not the corridor."""
    if head_class(best.head or best.key) == "meeting":
        return best
    chain = sorted((m for m in local if m.end <= best.start), key=lambda m: m.end)
    cur = best
    while chain:
        prev = chain.pop()
        if not _QUALIFIER_GAP.fullmatch(sent.text, prev.end - sent.start, cur.start - sent.start):
            break
        if head_class(prev.head or prev.key) == "meeting":
            return prev
        cur = prev
    return best


def doc_mentions(body: str, reg: Registry, title: str | None = None) -> list[BodyMention]:
    """Body mentions of a document, short names resolved against the title and earlier text."""
    mentions = find_bodies(body, reg)
    if title and not title_case(title):
        ctx = [replace(m, start=-1, end=-1) for m in find_bodies(title, reg)]
        if ctx:
            mentions = expand_short_names(list(mentions), reg, ctx)
    return list(mentions)


def context_mentions(body: str, reg: Registry, title: str | None = None) -> list[BodyMention]:
    """The title's body mentions (at offset -1, before everything) and the body's: what a
    commitment's short subject ("the 2024 summit", "the agreement") can refer back to."""
    head = [replace(m, start=-1, end=-1) for m in find_bodies(title, reg)] \
        if title and not title_case(title) else []
    return head + doc_mentions(body, reg, title)


def title_case(title: str) -> bool:
    """"Chile To Host Andean Summit In 2025": capitalised words there are no names ("Host
    Andean Summit"), so such a title gives no body names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def find_events(
    body: str, published_on: dt.date, reg: Registry | None = None, *, title: str | None = None
) -> list[EventMention]:
    """Event mentions (positive and negative) in a source text, in order."""
    reg = reg if reg is not None else load_registry()
    return list(_find_events_cached(body, published_on, id(reg), reg, title or ""))


#: the gap between two body names joined as one subject or object: "the 17th meeting of the
#: Counter Terrorism Joint Working Group and the third session of the Designations Dialogue
#: was held" (India-U.S. CT JWG), "the reconvening of the Commercial Dialogue and CEO Forum"
#: "convened the third meeting of the <mechanism>": a meeting of it, whatever its head
_MEETING_OF = re.compile(r"(?i)\b(?:meeting|session|plenary)\s+of\s+(?:the\s+)?$")
#: a numbered round as the subject or the object of the verb: "The fourth round took place in
#: Mombasa", "during the seventh round of negotiations held in Accra"; the agreement is the one named before it
_ROUND_SUBJECT = re.compile(r"(?i)\b(?:the|its|their)\s+(?P<ord>" + ORDINAL_RE + r")\s+round(?:\s+of\s+"
                            r"(?:the\s+)?(?:talks|negotiations))?\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?$")
_COORD_GAP = re.compile(r",?\s+and\s+(?:the\s+)?(?:(?:\w+\s+){0,3}?(?:session|meeting|round|edition)\s+of\s+"
                        r"(?:the\s+)?)?|\s*,\s*(?:the\s+)?")


def _next_to(a: BodyMention, b: BodyMention, text: str) -> bool:
    """Are two body names coordinated, side by side ("A and B", "A, B")?"""
    first, second = (a, b) if a.end <= b.start else (b, a)
    return _COORD_GAP.fullmatch(text[first.end:second.start]) is not None


def _coordinated(found: list[EventMention], local: list[BodyMention], text: str) -> list[EventMention]:
    """The same event for a body coordinated with the event's body ("A and B was held"; "the
    18th A, 9th B and 13th C meetings", each next to one already in the list)."""
    extra: list[EventMention] = []
    have = {(ev.verb, ev.key) for ev in found}
    for ev in found:
        if ev.body is None or ev.body_by != "name" or ev.polarity != "positive":
            continue
        chain = [ev.body]
        grown = True
        while grown:  # (in text order, pass after pass, until no body joins the list)
            grown = False
            for m in local:
                if m.key == ev.body.key or any(m.start == c.start for c in chain) \
                        or not any(_next_to(m, c, text) for c in chain):
                    continue
                chain.append(m)
                grown = True
                if (ev.verb, m.full_key) not in have:
                    have.add((ev.verb, m.full_key))
                    extra.append(replace(ev, body=m))
    return extra


def _past_of(m: re.Match[str], past: str) -> str:
    """A headline's present form put in the past (``_headline``), a noun left as it stands."""
    return m.group(0) if _HEADLINE_NOUN_BEFORE.search(m.string, 0, m.start()) else past


class HeadlinePresent(NamedTuple):
    present: str  # the headline's present forms (a regular expression of words)
    past: str  # the past form the sentence reader knows (``_VERBS``, ``_VISITS``)
    example: str  # a headline, published the day after the event, read as its report


#: a news headline tells what has just happened in the present: "Ghanaian President inaugurates
#: Accra-Kumasi bridge" (a report published the day after), "Kenya, Ghana sign visa accord",
#: "Second Kenya-Ghana bridge opens to traffic". Each present form is read as its past, the
#: headline as a sentence of the report (``_headline``): what stands after "to" or a modal stays a
#: plan ("Ruto to visit Accra"), and a headline naming a day to come is an announcement. Thirty-
#: fourth blind check: bridges, canals and railway lines opened, papal visits, agreements signed,
#: each told first in the headline and in the body only by its ceremony ("unveiled the plaque").
HEADLINE_PRESENT: tuple[HeadlinePresent, ...] = (
    HeadlinePresent("inaugurates|inaugurate", "inaugurated", "Ghanaian President inaugurates Accra-Kumasi bridge"),
    HeadlinePresent("opens|open", "opened", "Second Kenya-Ghana bridge opens to traffic"),
    HeadlinePresent("reopens|reopen", "reopened", "Kenya and Ghana reopen border crossing at Elubo"),
    HeadlinePresent("signs|sign", "signed", "Kenya, Ghana sign visa waiver agreement"),
    HeadlinePresent("inks|ink", "inked", "Kenya inks visa waiver agreement with Ghana"),
    HeadlinePresent("ratifies|ratify", "ratified", "Ghana ratifies visa waiver agreement with Kenya"),
    HeadlinePresent("holds|hold", "held", "Kenya, Ghana hold first joint commission in Accra"),
    HeadlinePresent("launches|launch", "launched", "Kenya, Ghana launch joint trade committee"),
    HeadlinePresent("unveils|unveil", "unveiled", "Ghana unveils Kenya-funded solar plant"),
    HeadlinePresent("commissions", "commissioned", "Ruto commissions Kenya-Ghana solar plant"),
    HeadlinePresent("begins|begin", "began", "Construction of Kenya-Ghana rail link begins"),
    HeadlinePresent("starts|start", "started", "Kenya and Ghana start direct ferry service"),
    HeadlinePresent("kicks\\s+off|kick\\s+off", "kicked off", "Kenya-Ghana joint commission kicks off in Accra"),
    HeadlinePresent("concludes|conclude", "concluded", "Kenya-Ghana Joint Commission concludes in Accra"),
    HeadlinePresent("resumes|resume", "resumed", "Kenya-Ghana joint commission resumes after six years"),
    HeadlinePresent("establishes|establish", "established", "Kenya and Ghana establish joint trade committee"),
    HeadlinePresent("visits", "visited", "Kenyan President visits Ghana"),
    HeadlinePresent("arrives\\s+in|arrive\\s+in", "arrived in", "Kenyan President arrives in Ghana for state visit"),
    HeadlinePresent("lands\\s+in|land\\s+in", "landed in", "Kenyan President lands in Accra on first state visit"),
    HeadlinePresent("(?:is|are)\\s+signed", "was signed", "Visa waiver agreement between Kenya and Ghana is signed"),
    HeadlinePresent("(?:is|are)\\s+(?:officially\\s+)?(?:opened|inaugurated)", "was inaugurated",
                    "Kenya-Ghana solar plant is inaugurated"),
)
_HEADLINE_PRESENT_RES = tuple((re.compile(r"(?i)(?<![\w'’-])(?:" + row.present + r")(?![\w'’-])(?!\s+of\b)"), row.past)
                              for row in HEADLINE_PRESENT)
#: a noun, not a verb: "The launch of ...", "Kenya's start in ..." (a determiner or a possessive before)
_HEADLINE_NOUN_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s?)\s+(?:[\w-]+\s+)?$")


def _headline(title: str, published_on: dt.date) -> str | None:
    """The title read as a report (``HEADLINE_PRESENT``): its present forms put in the past (its past
    participles are read as they stand: "Kenya-Ghana bridge inaugurated"); none when it names a day
    to come (a weekday aside: "hold talks on Sunday" in a headline is the Sunday just gone)."""
    text = title
    for rx, past in _HEADLINE_PRESENT_RES:
        text = rx.sub(partial(_past_of, past=past), text)
    if any(t.due_start is not None and t.due_start > published_on and t.rule != "weekday"
           for t in _dates(title, published_on, None)):
        return None
    return text


#: how recent a dated report of a body must be to be the numbered meeting its source reports
#: (``_find_events_cached``: a dated, unnumbered mention takes the one number its source gives)
_RECENT = dt.timedelta(days=14)


@lru_cache(maxsize=4096)
def _find_events_cached(
    body: str, published_on: dt.date, _rid: int, reg: Registry, title: str
) -> tuple[EventMention, ...]:
    mentions = doc_mentions(body, reg, title)
    doc_countries = countries_in((title + "\n" + body[:800]), reg)
    last_body: BodyMention | None = None
    seen: list[BodyMention] = []
    if title:
        tb = find_bodies(title, reg)
        if tb:
            last_body = replace(tb[0], start=-1, end=-1)
            seen = [replace(m, start=-1, end=-1) for m in tb]
    out: list[EventMention] = []
    ahead = _one_series(mentions)
    title_last, title_seen = last_body, list(seen)  # (what the title named: all the headline has before it)
    for sent in sentences(body, published_on):
        local = [m for m in mentions if sent.start <= m.start < sent.end]
        out += _unit_events(sent, local, body, reg, last_body, seen + local,
                            ahead if last_body is None else None, doc_countries, body)
        named = [m for m in local if not m.next]
        if named:
            last_body = named[-1]
        seen.extend(local)
    head = _headline(title, published_on) if title else None
    if head is not None:
        # (the headline, a sentence of its own before the body; its events are shown by the title,
        # at no offset of the body, and come after the body's: a dated report of the same event
        # there comes first)
        local = [] if title_case(title) else find_bodies(head, reg)
        out += [replace(ev, quote=title, span=HEADLINE_SPAN,
                        body=replace(ev.body, start=-1, end=-1) if ev.body else None)
                for ev in _unit_events(Sentence(head, 0, len(head), published_on), local, body, reg,
                                       title_last, title_seen + local, ahead if title_last is None else None,
                                       doc_countries, head)]
    # undated positive mentions of a body take the date of a dated one in the same source
    dated: dict[str, EventMention] = {}
    for ev in out:
        if ev.polarity == "positive" and ev.key and ev.date_start is not None and ev.action != "progress":
            dated.setdefault(ev.key, ev)
    result = []
    for ev in out:
        if ev.polarity == "positive" and ev.key and ev.date_start is None and ev.key in dated \
                and ev.anchor == dated[ev.key].anchor:
            d = dated[ev.key]
            if ev.ordinal is None or ev.ordinal == d.ordinal or ev.body_by == "anaphora":
                # the same meeting: its day, and its number ("The meeting was held in a
                # cordial atmosphere" after "The 5th Council was held on 3 May" and "agreed to
                # hold the 6th": "the meeting" is the one reported, not the 6th named last)
                same = replace(ev.body, ordinal=d.ordinal) if ev.body is not None else None
                ev = replace(ev, date_start=d.date_start, date_end=d.date_end, body=same,
                             date_text=d.date_text + " (same source)", confidence=ev.confidence - 0.1)
        result.append(ev)
    # an undated, unnumbered report of a body takes the number of the one numbered report of it in
    # the same source: "a so-called two-plus-two meeting in Tokyo attended by ..." and "This was
    # the fifth two-plus-two meeting" (Japan-UK 2+2, 2023) are one meeting, not the first one
    # (a dated one too, of the days of the report, when the numbered one gives no other day: "At
    # the conclusion of the three-day 10th Kenya-Ghana Commission, ..." and "The Nov 25-27
    # Commission was co-chaired by ..." in a report of Nov 27, fortieth blind check)
    numbered: dict[str, set[int]] = {}
    numbered_days: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for ev in result:
        if ev.polarity == "positive" and ev.key and ev.ordinal is not None and ev.body is not None \
                and not ev.body.next:
            numbered.setdefault(ev.key, set()).add(ev.ordinal)
            if ev.date_start is not None and ev.date_end is not None:
                numbered_days.setdefault(ev.key, []).append((ev.date_start, ev.date_end))
    for i, ev in enumerate(result):
        nums = numbered.get(ev.key or "", set())
        if ev.polarity != "positive" or ev.body is None or ev.ordinal is not None or len(nums) != 1:
            continue
        if ev.date_start is None or (
                ev.date_end is not None and ev.anchor is not None and ev.anchor - _RECENT <= ev.date_end <= ev.anchor
                and all(a <= ev.date_end and ev.date_start <= b for a, b in numbered_days.get(ev.key or "", []))):
            result[i] = replace(ev, body=replace(ev.body, ordinal=next(iter(nums))))
    return tuple(result)


def _unit_events(
    sent: Sentence, local: list[BodyMention], body: str, reg: Registry, last_body: BodyMention | None,
    seen: list[BodyMention], ahead: BodyMention | None, doc_countries: frozenset[str], offsets_in: str,
) -> list[EventMention]:
    """The events one sentence of a source reports (or its headline, read as one), each with its
    parties. ``last_body``, ``seen``, ``ahead``: what the text named before it (``_sentence_events``);
    ``offsets_in``: the text the offsets of ``local`` count in (the body, or the headline itself)."""
    sent_countries = countries_in(sent.text, reg)
    own = own_clauses(sent.text)  # (once per sentence: every verb's body and its parties)
    found = _sentence_events(sent, own, local, last_body, reg, seen, ahead)
    found = found + _coordinated(found, local, offsets_in)
    # (the rows of CALLED_OFF_*, UNNAMED_OCCASIONS and PEOPLE_MET)
    found = [_called_off_meeting(ev) for ev in found]
    if not any(ev.polarity == "negative" for ev in found) \
            and (off := _called_off_visit(sent, body[:sent.start], reg)) is not None:
        found.append(off)
    if (off_meeting := _people_meeting_off(sent, local, found)) is not None:
        found.append(off_meeting)
    if (off_thing := _thing_put_off(sent, found)) is not None:
        found.append(off_thing)
    if (occ := _unnamed_occasion(sent, local, found)) is not None:
        found.append(occ)
    found += _people_met(sent, found, reg, body[max(0, sent.start - 600):sent.start])
    people = people_countries(sent.text, body, reg) if found else frozenset[str]()
    own_countries = countries_in(own, reg) if own != sent.text else sent_countries
    out: list[EventMention] = []
    for ev in found:
        # (a clause about another occasion names its own parties: "on the sidelines of the AU
        # summit in Addis Ababa" adds no party to the sentence's own meeting)
        # (a series named in the sentence's own part keeps every country: "The Quad meeting was
        # held on the sidelines of a G7 meeting in Hiroshima, Japan" was held in Japan)
        base = sent_countries if ev.body is not None else own_countries
        if ev.verb in _SIGNING_SHOWN and (cut := _CLAUSE_AFTER.search(sent.text)):
            # (the parties of a noun report are its own clause's, not a later clause's: "…
            # took place in Accra, where the 1994 treaty between A, B and C was signed")
            base = countries_in(sent.text[:cut.start()], reg)
        if ev.verb in _SIGNING_SHOWN and ev.body_by == "anaphora":
            base = base | doc_countries  # "The signing took place …": the document's agreement
        cs = ev.countries | base | (ev.body.countries if ev.body else frozenset()) | people
        if (at := sent.text.find(ev.verb)) > 0 and _COLLECTIVE_BEFORE.search(sent.text, 0, at):
            cs = cs | doc_countries  # "the sides signed a roadmap": the document's parties did
        elif len(cs) < 2 and _TWO_PARTIES.search(sent.text):
            cs = cs | doc_countries  # "X and his Ghanaian counterpart opened a bridge between
            # their two countries": the document's parties, one of them unnamed here
        if not cs or ((is_visit(ev) or is_called_off_visit(ev) or (ev.body is None and ev.body_by == "participants")
                       or ev.action == lexicon.DELIVERED  # (goods delivered: the sentence names the recipient)
                       or (ev.body is not None and is_persons_meetings(ev.body))) and len(cs) < 2):
            # (a visit's sentence often names only where it went: "President Ruto arrived in
            # Accra"; whose visit it was, the document tells; so with "Ruto and his Ghanaian
            # counterpart met" and "Ruto held talks with Mahama in Accra")
            cs = cs | doc_countries
        if is_called_off_visit(ev):
            if len(cs) < 2:  # (who was to travel: said just before)
                cs = cs | people_countries(body[max(0, sent.start - 300):sent.end], body, reg)
            out.extend(_each_destination(replace(ev, countries=frozenset(cs)), reg))
            continue
        if not is_visit(ev):
            cs = cs - venue_only(sent.text, frozenset(cs), people | (ev.body.countries if ev.body else frozenset()), reg)
        out.append(replace(ev, countries=frozenset(cs)))
    return out


#: an edition numbered next to the verb, before it in its clause or right after it: "its first
#: meeting was held ..., and the 3rd meeting was held ...", "convened the council for its fourth
#: meeting" (the shapes of India-Singapore and South Korea-U.S. reports, 2024-2025)
_ORDINAL_NEAR = re.compile(r"(?i)\b(?:its|the|their)\s+(?P<ord>[\w-]+)\s+(?:meeting|session|round|edition)\b")


def _one_series(mentions: list[BodyMention]) -> BodyMention | None:
    """The one meeting series a document names (none when it names two): what "the talks" in a
    lead sentence refers to before the name is given ("..., a former minister said on Thursday, as
    the talks restarted in Accra. The so-called Kenya-Ghana High-Level Dialogue ...", the shape
    of an Australia-China report, 2023)."""
    series = {m.full_key: m for m in mentions
              if not m.next and not m.sub and not m.part and head_class(m.head or m.key) == "meeting"
              and not is_persons_meetings(m)}
    return next(iter(series.values())) if len(series) == 1 else None


def _ordinal_near(text: str, vs: int, ve: int) -> int | None:
    before = re.split(r"[,;]", text[:vs])[-1]
    after = re.split(r"[,;.]", text[ve:])[0]
    for m in [*list(_ORDINAL_NEAR.finditer(before))[-1:], *list(_ORDINAL_NEAR.finditer(after))[:1]]:
        n = ordinal_value(m.group("ord"))
        if n is not None:
            return n
    return None


#: a passive's auxiliary right before its participle, maybe with an adverb ("was also signed")
_PASSIVE_AUX = re.compile(r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|last\s+|first\s+|(?:"
                          + "|".join(lexicon.REPORT_ADVERBS) + r")\s+)?$")
#: a verb whose subject is a relative pronoun: "..., which took place in Accra in April"
_RELATIVE_SUBJECT = re.compile(r"(?i)\b(?:which|that)\s+(?:(?:has|have|had|was|were|is|are|been|first|last|also|"
                               r"\w+ly)\s+){0,3}$")
#: the antecedent of a relative pronoun: a meeting qualified by whose it is ("the tenth meeting of
#: the two interior ministries, | which ...")
_MEETING_OF_OTHERS = re.compile(r"(?i)" + lexicon.occasion_noun() + r"\s+"
                                r"(?:of|between|among)\s+[^,;:()]{3,100}?,?\s*$")


def _relative_of_other(before: str) -> bool:
    """Is the verb after ``before`` in a relative clause about a meeting of others, not the one the
    text was about ("The session will follow the tenth meeting of the two ministries, | which took
    place in Accra in April": the ministries' meeting took place, not the session)? A body it names
    is read by its name; an unnamed one is no anaphor of the text's body."""
    rel = _RELATIVE_SUBJECT.search(before)
    return rel is not None and _MEETING_OF_OTHERS.search(before, 0, rel.start()) is not None


def _sentence_events(
    sent: Sentence, own: str, local: list[BodyMention], last_body: BodyMention | None, reg: Registry,
    seen: list[BodyMention] | None = None, ahead: BodyMention | None = None,
) -> list[EventMention]:
    """The events ``sent`` reports; ``own``: its text through ``own_clauses``."""
    text = sent.text
    out: list[EventMention] = []
    span = (sent.start, sent.end)

    def anaphoric_body() -> BodyMention | None:
        # "the meeting" is the series the text was last about; whether it was the "next"
        # one the text announced is for the dates to tell
        if last_body is None and ahead is not None and (am := _ANAPHORA.search(text)) and am.group(1):
            # "..., as the talks restarted in Accra" before the document names them: the one
            # meeting series it names later
            return replace(ahead, next=False, ordinal=None)
        if last_body is not None and (am := _ANAPHORA.search(text)):
            if re.match(r"(?i)(?:the\s+last\s+of\s+)?such\b", am.group(0)):
                return replace(last_body, next=False, ordinal=None)  # the kind, not one edition
            if am.group(1) and am.group(1).lower() in _INSTRUMENT_ANAPHORS:
                # "this renewed partnership": the last body of that head, else no body (a
                # partnership is not the meeting named last)
                same = [m for m in (seen or []) if (m.head or "").lower() == am.group(1).lower()]
                return replace(same[-1], next=False) if same else None
            return replace(last_body, next=False) if last_body.next else last_body
        return None

    # --- negative evidence ------------------------------------------------------
    m = _LAST_HELD.search(text)
    if m:
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        tes = [t for t in _dates(text[m.start():], sent.anchor, "past") if t.due_start]
        # (temporal's windows have both ends or neither: a start means an end)
        if body is not None and tes and (held_end := tes[0].due_end) is not None:
            t = tes[0]
            out.append(EventMention(
                text, span, m.group(0), "meet", "negative", "last_held", body,
                "name" if body in local else "anaphora", "",
                t.due_start, min(held_end, sent.anchor), t.text, t.due_end, sent.anchor,
                sent.anchor, sent.quoted, confidence=0.8,
            ))
            # "last met in Lisbon in March" also reports that meeting held, then
            out.append(EventMention(
                text, span, m.group(0), "meet", "positive", None, body,
                "name" if body in local else "anaphora", "",
                t.due_start, min(held_end, sent.anchor), t.text, None, None,
                sent.anchor, sent.quoted, confidence=0.7,
            ))
        last_span = (m.start(), m.end())
    else:
        last_span = None
    for rx, kind in ((_CANCELLED, "cancelled"), (_POSTPONED, "postponed")):
        # a hyphened participle is an adjective, no report of the move: "the long-delayed trade
        # agreement is to be signed next month" (eleventh blind check)
        m = next((m for m in rx.finditer(text) if not text[:m.start()].endswith("-")), None)
        if m and not out and (_reported(text, m.start()) or kind == "postponed" and _move_decided(text, m)):
            # the new date may stand between the verb and its object: "Kenya and Ghana postponed
            # until next year the summit planned for May" (the shape of a 2016 report of the
            # China-Japan-South Korea summit)
            um = _UNTIL_AFTER.match(text, m.end())
            poll = _poll_put_off(text, m.start(), um.end() if um else m.end(), local, sent.start)
            body = None if poll else (
                _choose_body(local, sent, m.start(), um.end() if um else m.end(), own)
                or (anaphoric_body() if not _OWN_TRIP_AFTER.match(text, um.end() if um else m.end()) else None))
            if poll is None and (body is None or body.next and not local):
                continue
            # (the new date after "until" is the time it moved to, not a deadline up to it)
            new = [t for t in _dates(text[um.end("to"):um.end()], sent.anchor, "future") if t.due_start] \
                if um else []
            after = um.end("to") if um else m.end()
            new = new or [t for t in _dates(text[after:], sent.anchor, "future")
                          if t.due_start and not _SAID_ON.search(text, 0, after + t.start)
                          and not _OLD_DATE_BEFORE.search(text, 0, after + t.start)]
            # (not the day it was said: "has been postponed indefinitely, the Commonwealth said
            # Friday" moved it to no day)
            p_start = p_end = None
            if new:
                p_start, p_end = new[0].due_start, new[0].due_end
            out.append(EventMention(
                text, span, m.group(0), "meet", "negative", kind, body,
                "name" if body is None or body in local else "anaphora", poll or "", None, None,
                new[0].text if new else "", p_start, p_end, sent.anchor, sent.quoted,
                confidence=0.6,
            ))
            return out
    m = _NOT_IN_PERIOD.search(text)
    if m and not out:
        tes = [t for t in _dates(text[m.start():], sent.anchor, None) if t.due_start and t.due_end]
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        if tes and body is not None:
            t = tes[0]
            start, end = t.due_start, t.due_end
            if re.fullmatch(r"(?i)this\s+year", t.text.strip()):
                start, end = dt.date(sent.anchor.year, 1, 1), dt.date(sent.anchor.year, 12, 31)
            out.append(EventMention(
                text, span, m.group(0), "meet", "negative", "not_in_period", body,
                "name" if body in local else "anaphora", "", None, None, t.text, start, end,
                sent.anchor, sent.quoted, confidence=0.6,
            ))
            return out

    m = _NOT_BY.search(text)
    if m and not out:
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        tes = [t for t in _dates(text[m.end() - 3:], sent.anchor, "past") if t.due_start and t.due_end]
        if body is not None and tes:
            t = tes[0]
            return [EventMention(
                text, span, m.group(0).strip(), _NOT_BY_ACTION.get(m.group("v").lower(), "meet"),
                "negative", "not_by", body, "name" if body in local else "anaphora", "", None, None,
                t.text, t.due_start, t.due_end, sent.anchor, sent.quoted, confidence=0.65,
            )]

    m = _WORKS_PUT_OFF.search(text)
    if m and not out and lexicon.put_off_kinds(obj := m.group("obj") or m.group("obj2") or m.group("obj3")):
        tes = [t for t in _dates(text[m.end():], sent.anchor, None) if t.start == 0 and t.due_start and t.due_end]
        if tes and tes[0].due_start is not None and tes[0].due_start > sent.anchor:
            t = tes[0]
            return [EventMention(
                text, span, "put off", "conclude", "negative", "postponed", None, "name",
                " ".join(obj.split()[:14]), None, None, t.text, t.due_start, t.due_end, sent.anchor,
                sent.quoted, confidence=0.55,
            )]

    m = _FAILED_TO.search(text)
    if m and not out and not _CONDITIONAL.search(text[:m.start()][-40:]):
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        # (the time after the failure first: "failing to conclude them last month", then one
        # before it: "planned to conclude in November 2017, but had failed to reach an agreement")
        tes = [t for part in (text[m.end():], text[:m.start()])
               for t in _dates(part, sent.anchor, "past") if t.due_start and t.due_end
               and t.reference != "future" and t.due_end <= sent.anchor]
        if body is not None:
            t_text, start, end = (tes[0].text, tes[0].due_start, tes[0].due_end) if tes \
                else ("", None, sent.anchor)
            return [EventMention(
                text, span, m.group(0).strip(), _NOT_BY_ACTION[m.group("v").split()[0].lower()],
                "negative", "not_by", body, "name" if body in local else "anaphora", "", None, None,
                t_text, start, end, sent.anchor, sent.quoted, confidence=0.6 if tes else 0.5,
            )]

    m = _MISSED_DEADLINE.search(text)
    if m and not out and not _CONDITIONAL.search(text[:m.start()][-40:]):
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        when = next((t for t in _dates(m.group("when"), sent.anchor, None) if t.due_start and t.due_end), None)
        missed_already = not re.search(r"(?i)\b(?:will|would|to)\b", m.group("v"))
        if body is not None and (when is not None or missed_already):
            kind, t_text, start, end, conf = ("not_in_period", when.text, when.due_start, when.due_end, 0.6) \
                if when is not None else ("not_by", "", None, sent.anchor, 0.5)
            return [EventMention(
                text, span, m.group(0).strip(), "conclude", "negative", kind, body,
                "name" if body in local else "anaphora", "", None, None, t_text, start, end,
                sent.anchor, sent.quoted, confidence=conf,
            )]

    # --- a signing reported by its noun (``_SIGNINGS``) -----------------------------------
    for row in _SIGNINGS:
        m = row.rx.search(text)
        if not m or not _reported(text, m.start()):
            continue
        if m.group("of"):
            inside = [b for b in local if sent.start + m.start("of") <= b.start < sent.start + m.end("of")]
            body = inside[0] if inside else None
        else:
            body = last_body if last_body is not None and head_class(last_body.head or last_body.key) \
                == "agreement" else None
        if body is None:
            continue
        # (its own date, not one of a clause after it: "took place in the old parliament, where
        # the 1994 treaty was also signed")
        cut = _CLAUSE_AFTER.search(text, m.end())
        clause = replace(sent, text=text[:cut.start()]) if cut else sent
        d = (sent.anchor, sent.anchor, "today") if row.today else _past_date(clause, m.start(), m.end())
        out.append(_report(sent, row.shown, "sign", replace(body, next=False),
                           "name" if body in local else "anaphora", "", d, 0.7 if d else 0.55))
        break

    # --- works begun reported by a noun (``WORKS_BEGUN_NOUNS``) -----------------------------
    for wrow in WORKS_BEGUN_NOUNS:
        m = wrow.rx.search(text)
        if not m or not _reported(text, m.start()):
            continue
        obj = wrow.lead + " ".join(m.group("obj").split()[:12])
        d = _past_date(sent, m.start(), m.end())
        out.append(_report(sent, wrow.shown, "launch", None, "name", obj, d, 0.6 if d else 0.5))
        break

    # --- nominal reports: "announced the conclusion of the talks on 9 April" ------------
    done_at: set[str] = set()  # the meetings something was done at (row "done at the meeting")
    meeting_ahead = False  # an arrival for a meeting still to come (row "arrived for the meeting")
    for rx, action, verb in _NOMINAL:
        m = rx.search(text)
        if not m or _FUTURE_BEFORE.search(text[:m.start()]):
            continue
        if verb == "arrived for the meeting" and _said_ahead(replace(sent, text=text[m.end():])):
            meeting_ahead = True
            continue  # "arrived in Accra on Sunday to co-chair the 8th Joint Commission on Monday" (a
            # report of that Sunday): the meeting is still ahead, the arrival a visit made (forty-third
            # blind check)
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        if body is None:
            continue
        d = _past_date(sent, m.start(), m.end())
        if d is None and verb == "a meeting in":
            continue  # "after a meeting in Tokyo" with no past date may lie ahead
        if verb == "done at the meeting":
            done_at.add(body.key)
        out.append(_report(sent, verb, action, body, "name" if body in local else "anaphora", "", d, 0.7 if d else 0.6))

    # --- a deal announced done by its noun, of no body: "announced the successful completion of the
    # exchange of its Eurobonds" (``_NOMINAL_DONE``; thirty-eighth blind check: debt exchanges)
    if (m := _NOMINAL_DONE.search(text)) is not None and not any(e.action == "conclude" for e in out) \
            and (_PLEASED_TO.search(text, 0, m.start()) or not _FUTURE_BEFORE.search(text[:m.start()])):
        obj = " ".join(_OBJECT_END.split(text[m.end():])[0].split()[:12]).rstrip(".")
        if len(obj.split()) >= 2:
            d = _past_date(sent, m.start(), m.end())
            out.append(_report(sent, f"announced the {m.group('n').lower()}", "conclude", None, "name", obj, d,
                               0.6 if d else 0.5))

    # "Austin met / held his first engagement with Dong Jun": that person's meetings
    m = _PERSON_MET.search(text)
    if m and not not_a_person(text[:m.start("name")], m.group("name"), reg) \
            and not _FUTURE_BEFORE.search(text[:m.start("verb")]):
        name = m.group("name")
        d = _past_date(sent, m.start("verb"), m.end())
        pm = persons_meetings(name, sent.start + m.start("name"), sent.start + m.end("name"))
        out.append(_report(sent, m.group("verb"), "meet", pm, "name", "", d, 0.55 if d else 0.45))

    m = _MEETING_BETWEEN.search(text)
    if m and not _PLANNED_BEFORE.search(text[:m.start()]) and not _PERSON_MET.search(text) \
            and not _FUTURE_AFTER.match(text, m.end()) \
            and (d := _past_date(sent, m.start(), m.end())) is not None:
        for g in ("a", "b"):
            name = m.group(g)
            if not_a_person(text[:m.start(g)], name, reg):
                continue
            pm = persons_meetings(name, sent.start + m.start(g), sent.start + m.end(g))
            out.append(EventMention(text, span, "meeting between", "meet", "positive", None, pm, "name",
                                    "", d[0], d[1], d[2], None, None, sent.anchor, sent.quoted,
                                    confidence=0.5))

    # --- goods arrived (``GOODS_ARRIVED``): a delivery, not a visit ------------------------
    goods = _goods_arrived(sent)
    if goods is not None:
        out.append(goods)
    # --- a poll held, told by its voting (``lexicon.POLLS_HELD``) --------------------------
    if not any(e.body is None and lexicon.POLLS_RE.search(e.object_text) for e in out) \
            and (held := _poll_held(sent)) is not None:
        out.append(held)
    # --- visits made (``_VISITS``) ------------------------------------------------------
    for rx, shown, dated, _example, country_place, _meets in _VISITS if goods is None else ():
        # (a visit made for a named meeting is that meeting's report: the _NOMINAL rows)
        m = rx.search(text)
        if m is None or not _reported(text, m.start()):
            continue
        if not meeting_ahead and any(b.start - sent.start < m.end()
                                     or not _CLAUSE_IN_GAP.search(text, m.end(), b.start - sent.start) for b in local):
            continue  # a body named in the visit's own clause (one in a later clause, "as Accra
            # kept mum on the trade pact", is not what the visit was for)
        if country_place and not countries_in(m.group("place"), reg):
            continue
        d = _past_date(sent, m.start(), m.end())
        if d is None and dated:
            continue  # "during his visit to Ghana" may lie ahead
        out.append(_report(sent, shown, "meet", None, "name", f"visit to {_bare_place(m.group('place'))}", d,
                           0.6 if d else 0.5))
        break  # one visit per sentence

    # --- positive events ------------------------------------------------------------
    for vm in _VERB_RE.finditer(text):
        verb = vm.group(1).lower()
        if last_span and last_span[0] <= vm.start() < last_span[1]:
            continue
        before = text[:vm.start()]
        if verb in NOT_YET_BASE and not _NOT_YET_BEFORE.search(before):
            continue  # ("did not sign a peace treaty after the war", "will sign": no report)
        negated = bool(_NEG_BEFORE.search(before)) or verb in NOT_DONE_WORDS or verb in NOT_YET_BASE
        if verb in NEGATED_ONLY and not negated:
            continue  # ("the two sides meet every year": no report)
        if not negated and (_FUTURE_BEFORE.search(before) or _FUTURE_NOUN_BEFORE.search(before)):
            continue
        if _PRESENT_PASSIVE_BEFORE.search(before) and is_rule(text):
            continue  # "the meetings are held alternately in A and B before 1st June every year": a
            # rule, no report (twenty-fourth blind check)
        if _CONDITIONAL.search(before[-40:]) and not negated:
            continue
        if _NO_SUBJECT.search(before):
            continue  # "no document was signed", "nothing was agreed": what did not happen, no thing named
        if _SINCE_CLAUSE.search(before):
            continue  # "the first summit since they met in Athens": the last one, a measure of
            # time for another event, not its report (nor dated by that event's day)
        if _GERUND_PASSIVE.search(before):
            continue  # "expectations of the treaty being signed": looked for, not reported
        if _PROGRESSIVE_BEFORE.search(before) and (_past_date(sent, vm.start(), vm.end()) is None
                                                   or _said_ahead(sent)):
            continue  # "the inaugural dialogue is being held pursuant to ...": announced, not
            # reported; "Wednesday's meeting is being held" on a Tuesday is tomorrow's
        if _ATTRIBUTIVE_BEFORE.search(before):
            continue  # "the first session of the newly created council": a description, no report
        if verb == "met" and _MET_WITH_RECEPTION.match(text, vm.end()):
            continue  # "their demand that the summit rotate met with resistance": no meeting
        if (am := _APPOSITIVE_BY.match(text, vm.end())) and re.search(r",\s*$", before) \
                and not [t for t in _dates(am.group(0), sent.anchor, "past") if t.due_start]:
            continue  # "The 25th Kenya-Ghana Summit, co-chaired by X, comes amid ...": a description
        if verb == "rolled out" and _RED_CARPET.match(text, vm.end()):
            continue  # "rolled out the red carpet for President Ruto": a welcome (``_VISITS``), nothing launched
        if _VERBS[verb] == "sign":
            if _DRAFT_BEFORE.search(before) or _DRAFT_AFTER.match(text, vm.end()):
                continue  # "the draft MoU has been exchanged": a text in the making, nothing signed
            last_word = before.split()[-1:]
            if last_word and head_class(last_word[0]) == "agreement" and _FUTURE_CLAUSE.search(before):
                continue  # "will engage in hiring by fulfilling the mandates of the MoU signed between
                # them": the participle of an instrument in a plan (fortieth blind check)
        if verb == "exchanged" and _EXCHANGED_TALK.match(text, vm.end()):
            continue  # "exchanged views on threats": talk, not an exchange of signed instruments
        if verb in ("held", "had") and (_HELD_TALKS.match(text, vm.end()) or _CALL_HELD.match(text, vm.end())):
            body = _choose_body(local, sent, vm.start(), vm.end(), own)
            if body is None and not (verb == "held" and _met_by_participants(text, before, verb, vm.end())):
                continue
            if body is not None and body.head.lower() == "summit" and _CALL_HELD.match(text, vm.end()):
                continue  # "held a videoconference with the other G7 leaders": a call, not their summit
        passive = bool(_PASSIVE_AUX.search(before)) \
            or verb in _SUBJECT_IS_EVENT and not re.match(r"\s+(?:the|a|an|its|their|his|her)\b", text[vm.end():]) \
            and not (verb in _RESUMING and _BARE_OBJECT.match(text, vm.end()))
        # a deed finished, named by its noun: "had finished the withdrawal of its force from Ghana"
        # (``lexicon.done_bases``): a thing done, not a meeting ended
        kind = lexicon.DONE if verb in lexicon.COMPLETING_VERBS and not passive \
            and lexicon.done_bases(verb, text[vm.end():]) else _VERBS[verb]
        if kind == lexicon.DONE and _FUTURE_CLAUSE.search(before):
            continue  # "would withdraw its troops deployed in Ghana": a participle of a plan
        body = _choose_body(local, sent, vm.start(), vm.end(), own) if kind != lexicon.DONE else None
        if body is None and kind == "meet" and (purpose := _PURPOSE_BODY.match(text, vm.end())):
            # "officials met in Mexico City to convene the High-Level Economic Dialogue": the
            # meeting is the one they met to hold (sixteenth blind check)
            body = next((b for b in local if b.start == sent.start + purpose.end()), None)
        by = "name"
        if body is None and not _INDEFINITE_EVENT_BEFORE.search(before) and kind != lexicon.DONE \
                and not _relative_of_other(before):
            body = anaphoric_body()
            by = "anaphora"
        if body is None and kind == "meet" and seen:
            body = _participants_body(text, seen)
            if body is not None and _in_other_clause(body, sent, own):
                body = None  # (the occasion of its sidelines or "despite" clause: not who met)
            by = "participants"
        if body is not None and body.next:
            continue
        if body is not None and (body.ordinal is None or by != "name"):
            # the number next to the verb; a body read back from an earlier sentence keeps
            # that sentence's number only when this one gives none
            n = _ordinal_near(text, vm.start(), vm.end())
            if n is not None:
                body = replace(body, ordinal=n)
        action = kind
        if body is not None and head_class(body.head or body.key) == "agreement" and action == "meet" \
                and body.part != "round" and not body.sub and (rm := _ROUND_SUBJECT.search(before)):
            # "The fourth round took place in Mombasa", "during the seventh round of negotiations held",
            # after the document named the agreement: a round of its talks (eleventh blind check)
            body = replace(body, part="round", ordinal=ordinal_value(rm.group("ord")), next=False)
        if body is not None and head_class(body.head or body.key) == "agreement" and action == "meet" \
                and body.part != "round":
            if verb not in ("concluded",):
                continue  # a meeting is not the agreement
            action = "conclude"
        if action == "launch" and verb in _OPENING_VERBS and body is not None \
                and (_occasion(body) or _OCCASION_OBJECT.match(text, vm.end())):
            # "as the 25th Kenya-Ghana Summit opened": that edition was held; so was the meeting a
            # body "began": "The Joint Border Committee began its meeting in Accra on Sunday"
            action = "meet"
        if body is not None and head_class(body.head or body.key) == "initiative" and action == "meet" \
                and by == "name" and body.start > sent.start + vm.end() \
                and not _MEETING_OF.search(text, 0, body.start - sent.start):
            continue  # "attended the UN General Assembly …, Quad framework": not a meeting of it
        if body is None and action == "launch" and verb in _TAKES_PLACE and _MEETING_OF_PEOPLE.search(before):
            action = "meet"  # "The joint meeting of President A with Prime Minister B began in Accra"
        obj = "" if body is not None else _object_text(text, vm.start(), vm.end(), passive) \
            if verb not in _WORKS_BEGUN_VERBS else _works_object(text, vm.end())
        if action == lexicon.DONE and not passive:
            obj = " ".join(_DONE_OBJECT_END.split(text[vm.end():])[0].split()[:12])
            if verb in _PLACE_LEFT:
                # "the last Kenyan soldiers left the country": who left, and where from
                subject = re.split(r"[,;:()]|\b(?:that|which|who|where|while)\b", before)[-1]
                obj = " ".join(subject.split()[-8:] + obj.split())
        if body is None and (len(obj.split()) < 2 or (action == "meet" and not _NAMED_OCCASION_OBJ.search(obj)
                                                      and verb != "resumed" and not _MEETING_ON.search(obj)
                                                      and not (passive and lexicon.POLLS_RE.search(obj)))):
            # (a meeting needs its body named; an exercise held, or what resumed, names itself;
            # or its participants: "the two leaders met on Friday")
            who = _met_by_participants(text, before, verb, vm.end()) if action == "meet" and not negated \
                else None
            if who is None:
                continue
            obj, by = who, "participants"
        if negated:
            out.append(EventMention(
                text, span, verb, action, "negative", "not_held", body, by, obj,
                None, None, "", None, sent.anchor, sent.anchor, sent.quoted, confidence=0.6,
            ))
            break
        if verb in _HOSTING_NOW and not _named_today(sent):
            continue  # ("Kenya is hosting the summit" in a preview: announced)
        d = _under_way(sent) if verb in _UNDER_WAY else _starting_now(sent) \
            if verb in _NOW_VERBS else _past_date(sent, vm.start(), vm.end())
        if verb in _UNDER_WAY and (d is None or body is None or head_class(body.head or body.key) != "meeting"):
            continue  # (announced, or no meeting named)
        if verb in _NOW_VERBS and (d is None or body is None or not _occasion(body)):
            continue  # (announced, or no occasion named)
        if d is None and action == lexicon.DONE:
            continue  # (a thing done by a verb of no class counts only when the report dates it)
        if d is not None and verb in _START_VERBS:
            d = _ended_on(sent, vm.end(), d)
        conf = {"name": 0.8, "anaphora": 0.65}.get(by, 0.55)
        if d is None:
            conf -= 0.15
        out.append(_report(sent, verb, action, body, by, obj, d, conf))
    if done_at:
        # the meeting is what is reported, not a signing or a step of it: "the agreements were
        # finalised during the 9th session" (the verb read the session as what was finalised)
        out = [ev for ev in out if ev.key not in done_at or ev.action == "meet"]
    # "held a summit in Lima on Sunday, restoring their shuttle diplomacy": what the event
    # restored was resumed with it, on its date (rule 'restoring')
    for ev in list(out):
        if ev.polarity != "positive" or ev.action != "meet":
            continue
        rm = _RESTORING.search(text, text.find(ev.verb) if ev.verb in text else 0)
        if rm is None:
            continue
        obj = _QUOTE_MARKS.sub("", rm.group("obj")).strip()
        obj = re.sub(r"(?i)\s+(?:for\s+the\s+first\s+time|after|since|in)\b.*$", "", obj)
        if len(obj.split()) >= 2 or "diplomacy" in obj.lower():
            out.append(replace(ev, verb=rm.group("v").lower(), body=None, body_by="name",
                               object_text=obj, confidence=round(ev.confidence - 0.1, 2)))
    # "at the inaugural X on May 22", "after the 15th meeting of the JWG": reported as past;
    # also beside another verb's event ("During the Strategic Dialogue on 12 February, the
    # sides signed a visa accord": the dialogue was held, whatever was signed at it)
    met = {ev.key for ev in out if ev.polarity == "positive" and ev.action == "meet"}
    found_verbs = any(ev.action != lexicon.DONE for ev in out)
    for bm in local:
        if found_verbs and (bm.full_key in met or bm.ordinal == 1):
            continue
        rel_s = bm.start - sent.start
        if bm.next or _NEXT_BEFORE.search(text[:rel_s]):
            continue
        if head_class(bm.head or bm.key) == "agreement":
            continue  # "after the Kenya-Ghana MoU was signed": an instrument is signed, not held
        if not _PREP_EVENT.search(text[:rel_s][-40:] if rel_s else "") and not (
                bm.ordinal == 1
                and re.search(r"(?i)inaugural", text[max(0, rel_s - 20):rel_s + len(bm.text)])):
            continue
        if _FUTURE_BEFORE.search(text[:rel_s]) or re.search(r"(?i)\bto\s+be\b", text[:rel_s]) \
                or _PLANNED_BEFORE.search(text[:rel_s]):
            continue  # (and "Macron is to hold talks at the 37th summit on Thursday", UK-France 2025)
        d = _past_date(sent, rel_s, rel_s + len(bm.text))
        if d is None:
            continue
        if found_verbs:
            # the body was where the other verb happened, not what it did ("signed a visa
            # accord" at the dialogue): that verb's mention of it gives way
            out = [ev for ev in out if ev.key != bm.full_key]
        out.append(EventMention(
            text, span, "at", "launch" if bm.ordinal == 1 else "meet", "positive", None, bm,
            # (on its sidelines: the host of the sentence's meeting, whose parties are not its own)
            "host" if _HOST_EVENT.search(text, 0, rel_s) else "name", "", d[0], d[1], d[2], None, None,
            sent.anchor, sent.quoted, confidence=0.6,
        ))
    if found_verbs:
        return _dedupe(out)
    m = _PROGRESS_RE.search(text)
    if m and not out:
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        if body is not None and not body.next:
            out.append(EventMention(
                text, span, m.group(0), "progress", "positive", None, body, "name", "",
                None, None, "", None, None, sent.anchor, sent.quoted, confidence=0.5,
            ))
    # a date announced for the meeting: progress ("will gather for their next summit in Vilnius
    # on July 11-12", "is scheduled to take place on 9 May")
    m = _ANNOUNCED.search(text)
    if m and not out:
        body = _choose_body(local, sent, m.start(), m.end(), own) or anaphoric_body()
        days = [t for t in _dates(text[m.start():], sent.anchor, "future")
                if t.due_start and t.due_end and t.due_start > sent.anchor
                and (t.due_end - t.due_start).days <= 31]
        if body is not None and days:
            t = days[0]
            out.append(EventMention(
                text, span, "announced for", "progress", "announced", None, replace(body, next=False),
                "name" if body in local else "anaphora", "", t.due_start, t.due_end, t.text, None,
                None, sent.anchor, sent.quoted, confidence=0.55,
            ))
    if not out and (poll_set := _poll_announced(sent)) is not None:
        out.append(poll_set)
    return _dedupe(out)


#: a poll to be held on a date: "Kenya will hold a general election in November 2032", "the
#: referendum will be held on 5 May" (group ``v``: the verb; the poll follows an active verb or
#: comes before the passive)
_POLL_TO_BE_HELD = re.compile(
    r"(?i)\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|is\s+set\s+to)\s+(?P<v>hold|conduct|organi[sz]e|stage)\s+"
    r"(?=(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?" + lexicon.POLL_WORD + r")"
    r"|" + lexicon.POLL_WORD + r"\s+(?:will|would|shall|is\s+to|are\s+to)\s+be\s+(?P<pv>held)\b")


def _poll_announced(sent: Sentence) -> EventMention | None:
    """A poll set for a date to come ("Kenya will hold a general election in November 2032"): a date
    set for it (progress, ``announced``), read by the miss of an earlier promise of the poll for an
    earlier time (``match._polls_put_off``: the slip); the poll is the one the sentence names."""
    text = sent.text
    m = _POLL_TO_BE_HELD.search(text)
    if m is None:
        return None
    v = "v" if m.group("v") else "pv"
    # (the poll after an active verb, before the passive)
    named_poll = _named_poll(text, m.end(v), 0) if v == "v" else _named_poll(text, None, m.end())
    days = [t for t in _dates(text[m.end(v):], sent.anchor, "future")
            if t.due_start and t.due_end and t.due_start > sent.anchor]
    if named_poll is None or not days:
        return None
    t = days[0]
    return EventMention(text, (sent.start, sent.end), "announced for", "progress", "announced", None, None, "name",
                        named_poll, t.due_start, t.due_end, t.text, t.due_start, t.due_end,
                        sent.anchor, sent.quoted, confidence=0.5)


def _dedupe(events: list[EventMention]) -> list[EventMention]:
    """One mention per body per sentence: the dated, most confident one."""
    best: dict[object, EventMention] = {}
    order: list[object] = []
    for ev in events:
        k = (ev.key or ev.object_text, ev.polarity, ev.ordinal)
        if k not in best:
            order.append(k)
            best[k] = ev
        else:
            old = best[k]
            if (ev.date_start is not None, ev.confidence) > (old.date_start is not None, old.confidence):
                best[k] = ev
    return [best[k] for k in order]
