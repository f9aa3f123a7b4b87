"""Sentence-level commitment and ask extraction."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.domain.lexicon import (
    ATTENDING_PURPOSES,
    CADENCE,
    CALLING_OFF_ANY,
    CULTURAL_OCCASION,
    DONE_SYNONYMS,
    GOODS_PHRASE,
    HANDING_OVER,
    MONTH_FULL,
    MONTH_NUMBER,
    NEGATORS,
    NOMINAL_ACTIONS,
    OFFICE_TITLES,
    ORDINAL_RE,
    PLANS_TO,
    SAYING_VERBS,
    SCHEDULE_WORDS,
    TAKE_DELIVERY,
    TAKING_DELIVERY,
    WORKS_HEADS,
    alternation,
    occasion_noun,
    words,
)
from tracker.extract import budget, windows
from tracker.extract.actors import COLLECTIVE_RE, ActorIndex, countries_in
from tracker.extract.model import ExtractedItem
from tracker.extract.occasions import event_reference_windows
from tracker.extract.patterns import (
    ADV_RE,
    AGREE_THAT_VERBS,
    ASK_RES,
    ASK_WORDS,
    BOUNDARY_RE,
    CLAUSE_END_RE,
    COMMIT_WORDS,
    COMMITMENT_RES,
    CONJ_VERB_RE,
    DEADLINE_OF,
    DETERMINERS,
    FRONTED_MONTH_RE,
    HEADLINE_RES,
    HEADLINE_WORDS,
    LIGHT_VERB_RE,
    MODAL_WORDS,
    MONEY,
    NOMINAL_OBJECT_RE,
    OCCASION_NOUNS,
    OPEN_FUTURE_RE,
    PAST_AGREEMENT_WORDS,
    PAST_OCCASION_RE,
    PAST_OCCASION_TIME_RE,
    POSSESSOR,
    RELATIVE_WORDS,
    SAY_THAT_VERBS,
    TEXT_TRIGGER_WORDS,
    TIES_RAISED_TO,
    TIME_CUT_RE,
    TRIGGER_WORD_RE,
    UNTIL_WORD,
    UPCOMING_OCCASION_NOUNS,
    base_form,
    lemma,
    present_forms,
    singular,
    trie_alternation,
    verb_class,
    words_of,
)
from tracker.extract.restatements import is_talk, join_dating, keep_primary
from tracker.extract.sentences import Paragraphs, cap_spans, lead_start, split_sentences
from tracker.extract.statements import StatementRegion, statement_regions
from tracker.extract.tables import (
    ACTION_FAMILIES,
    ACTIVITY_NOUNS,
    AGENDA_TALK_OBJECT_VERBS,
    AGENT_WORDS,
    AGREED_NOMINALS,
    ANAPHORIC_SUBJECTS,
    ARMED_SERVICES,
    ASK_AS_ACTION_VERBS,
    ASPIRATION_PHRASALS,
    ASPIRATION_VERBS,
    BODY_NOUNS,
    BODY_SITTING_VERBS,
    CANCELLATION_WORDS,
    CANCELLING_VERBS,
    CONDITION_WORDS,
    CONTRAST_WORDS,
    DEADLINE_NOUNS,
    DESCRIPTION_VERBS,
    DOCUMENT_NOUNS,
    DOUBT_WORDS,
    EARLIER_REPORT_MARKERS,
    EVENT_CLASSES,
    EVENT_GOES_ON,
    EVENT_GOES_ON_NEXT,
    EVENT_HAPPENS,
    EVENT_NOUNS,
    FACILITY_NOUNS,
    FIGURATIVE_OBJECTS,
    FRAMED_VERBS,
    FRONTED_ADVERBIAL_STARTS,
    FRONTED_TIME_CLAUSES,
    GENERIC_ADDRESSEES,
    GERUND_PREPS,
    GOAL_NOUNS,
    GOOD_BRINGING_VERBS,
    GOODS_NOT_HANDED,
    HEAD_MODIFIERS_DROPPED,
    HELD_STATES,
    HINT_VERBS,
    HOPE_WORDS,
    HOPING_VERBS,
    HOST_FOR_VERBS,
    IMPLEMENTED_RECORDS,
    INSTRUMENT_NOUNS,
    IRREGULAR_FORMS,
    LEADERS,
    LOOK_FORWARD_OBJECTS,
    MEETING_VERBS,
    MONEY_VERBS,
    NAME_LIST_WORDS,
    NAME_PARTICLES,
    NAMED_DELIVERABLE_HEADS,
    NEGATORS_BEFORE_TRIGGER,
    NOMINAL_DELIVERABLES,
    NOUN_TRIGGER_MODIFIERS,
    OPINION_NOUNS,
    OPINION_VERBS,
    ORGANISATION_HEADS,
    OUTCOME_NOUNS,
    PACE_VERBS,
    PERCEPTION_VERBS,
    PHRASAL_DELIVERABLES,
    PLURAL_ONLY_NOUNS,
    POSTMODIFIER_WORDS,
    PREVENTION_VERBS,
    PROMISED_GOODS,
    QUANTITY_NOUNS,
    QUANTITY_VERBS,
    REVIEW_VERBS,
    REVIEWED_MEASURES,
    SCHEDULED_FOR_NOUNS,
    SENTENCE_ADVERBS,
    SEQUENCE_VERBS,
    SIGNING_AT_OCCASION,
    SPEECH_VERBS,
    TARGET_NOUNS,
    THING_ONSETS,
    THING_PASSIVES,
    TOPICS,
    TRAVEL_FOR_VERBS,
    TRAVEL_VISIT_VERBS,
    WHEN_EVENT_VERBS,
    nominal_action,
)
from tracker.extract.windows import TimeExpr

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

_ExprsFn = Callable[[bool], list[TimeExpr]]  # the sentence's time expressions (plain: no idioms)

#: an aside between dashes: "Kenya — the largest partner — will host ..." (blanked like a parenthesis)
_DASH_ASIDE_RE = re.compile(r"\s[—–-]\s[^—–;:]{1,120}?\s[—–-]\s"
                            # (and hyphens set close to the aside: "the Summit of the Pacific Alliance
                            # -bloc made up of A, B and C-, will take place", a translated release;
                            # twenty-fourth blind check)
                            r"|\s-(?=[a-z])[^—–;:\-]{1,120}?(?<=\w)-(?=[,\s])")
#: an aside of order after a list: "Kenya, Ghana and Togo, in that order, will host the next three
#: summits" (blanked like a parenthesis; twenty-first blind check)
_ORDER_ASIDE_RE = re.compile(r",\s*(?:in\s+(?:that|this)\s+order|respectively)\b\s*,?", re.IGNORECASE)
#: a relative clause or a bracket set off in the sentence (blanked: not its own clause); the comma
#: of a date ("May 1, 2025") or of a number ("1,000") does not close the relative clause:
#: ", which will take place on May 1, 2025." runs to the sentence's end; nor does the comma that
#: closes a quotation ('"... our next meeting, which will happen soon," she said')
_PARENTHETICAL_RE = re.compile(r",\s*(?:which|who|whose)\b(?:[^,;]|,(?=\s*\d{4}\b)|,(?=\d{3}\b)){0,200},(?!\s*\d{4}\b|\d{3}\b|[\"”’])"
                               r"|\([^()]{0,120}\)|\[[^\[\]]{0,200}\]")
#: an appositive between a subject and its verb: "the accord, | an agreement years in the making, |
#: would be signed by November" (an indefinite or definite noun phrase closed by a comma that a
#: verb follows; a list item is followed by another item, not by a verb), or a participle phrase
#: in its place: "the bridge, | linking the two river ports, | is scheduled to open in May"
_APPOSITIVE_RE = re.compile(r",\s+(?:an?|the|[a-z]+ing)\s+[^,;:()\"“”]{1,80}?,(?=\s+(?:will|would|shall|is|are|was|"
                            r"were|has|have|had)\s)", re.IGNORECASE)
_COMMA_AND_RE = re.compile(r",\s+and\b")
_NEXT_WORD_RE = re.compile(r"\s*[\"“‘]?([\w$'’-]+)")
_AGREE_VERB_RE = re.compile(AGREE_THAT_VERBS.pattern.replace(r"\s*,?\s*$", ""), re.IGNORECASE)
_PREPS = frozenset(["of", "between", "on", "under", "for", "with", "from", "in", "at", "to", "among", "by", "within", "across"])
_WORD_RE = re.compile(r"[\w'’.&+/-]+")
_PUNCT_STRIP = " \t\n,;:.\"“”'‘’"
_ATTRIB_ANYWHERE = re.compile(r"\b(?:" + alternation(words(SAYING_VERBS, "anywhere")) + r")\b")
#: the boundary words of saying (and "told"), read as "said"
_SAID_WORDS = frozenset([*words(SAYING_VERBS, "boundary"), "told"])
#: negators in a trigger's verb slot
_VERB_NEGATORS = words(NEGATORS, "verb")


def _titles(use: str) -> str:
    """The office titles one place reads (``lexicon.OFFICE_TITLES``), as one alternation."""
    return trie_alternation(words(OFFICE_TITLES, use), any_space=True)


def _schedule(use: str) -> str:
    """The schedule participles one place reads (``lexicon.SCHEDULE_WORDS``), as one alternation."""
    return trie_alternation(words(SCHEDULE_WORDS, use))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


#: the asides a sentence's clauses are read without, blanked in this order (a relative clause or
#: bracket first, so an aside inside it is gone before the dashes and appositives are looked for)
_ASIDES: tuple[re.Pattern[str], ...] = (_PARENTHETICAL_RE, _DASH_ASIDE_RE, _APPOSITIVE_RE, _ORDER_ASIDE_RE)


#: a fronted prepositional phrase or adverbial, up to its comma; or a fronted participle phrase
#: ("Costing 2.5 billion dollars, the bridge will open in October": twenty-first blind check)
_FRONTED_PP_RE = re.compile(
    r"[\s,]*(?:" + trie_alternation(FRONTED_ADVERBIAL_STARTS, any_space=True) + r"|(?-i:[A-Z])[a-z]+ing"
    # (a participle and its agent: "Funded by the World Bank, the line will be completed in 2024")
    # (a date's own comma before its year is no end of it: "On October 31, 2030, the line ...")
    r"|(?-i:[A-Z])[a-z]+ed\s+by)\b(?:[^,;:]|,(?=\s*\d{4}\b)){0,120},\s*",
    re.IGNORECASE)
#: a fronted day's apposition, after the day: "On Saturday, | the last day of the visit, | President
#: Ruto will meet ..." (forty-third blind check)
_DAY_APPOSITIVE_RE = re.compile(
    r"[\s,]*(?:the\s+)?(?:first|second|third|last|final|closing|opening|next|following)\s+day\s+of\s+[^,;:]{1,60},\s*",
    re.IGNORECASE)
#: a fronted participle whose agent is a list: "Funded by the World Bank, the African Development
#: Bank and Ghana, the works of the line will be completed in 2024" (twenty-ninth blind check)
_FRONTED_BY_LIST_RE = re.compile(
    r"[\s,]*(?-i:[A-Z])[a-z]+ed\s+by\s+(?:[^,;:]{1,80},\s*){1,6}?[^,;:]{1,80}?\band\s+[^,;:]{1,80},\s*")


#: a doubt about what follows it: "considered it very difficult for | the agreement to be signed on
#: 5 December" (``tables.DOUBT_WORDS``; twenty-ninth blind check)
_DOUBTED_FOR_RE = re.compile(r"(?i)\b(?:" + alternation(tuple(DOUBT_WORDS)) + r")[\"”’]?\s+for\s+$")


#: the intensifiers of a fronted "soon" ("Very soon it will be signed": ``_FRONTED_SOON_RE``,
#: ``_FRONT_LEAD_RE``)
_SOON_INTENSIFIERS = "very|quite|fairly|rather"
#: a fronted adverb of soon time, with or without its comma: "Very soon it will be signed"
_FRONTED_SOON_RE = re.compile(r"\s*[\"“]?(?:(?:" + _SOON_INTENSIFIERS + r")\s+)?(?:soon|shortly)\b,?\s+(?=\w)",
                              re.IGNORECASE)


_FUTURE_AT_RE = re.compile(r"\s*(?:will|shall|(?:is|are)\s+(?:" + _schedule("future_at") + r"\s+)?to)\b",
                           re.IGNORECASE)
_PREP_BEFORE_RE = re.compile(r"\b(?:during|at|in|on|under|through|after|before|with|by)\s*$", re.IGNORECASE)


#: a date put before a clause's subject without a comma ("on 31 January 2032 | the border will be
#: opened", "by June 2033 | the plant will be complete"): a preposition, a day or month and year
#: or a year, then the subject's determiner or capital (twenty-first blind check)
#: a day of saying: a weekday (capitalised), today or yesterday ("said on Tuesday", "said today";
#: ``_FRONT_DATE_RE``, and any case in ``_SAYING_DAY_RE``)
_SAYING_DAY = r"(?:(?i:on)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:today|yesterday)"
_FRONT_DATE_RE = re.compile(
    r"\s*(?:(?i:on|in|by|before|from|until)\s+(?:(?i:the\s+end\s+of)\s+)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTH_FULL + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4})"
    # the day it was said, between the saying and its subject: "Kenya said (on) Tuesday it would ..."
    r"|" + _SAYING_DAY +
    # the way it was said, there too: "the two sides said in a joint statement they would meet ..."
    r"|(?i:in\s+(?:a|an|the|their|its|his|her)\s+(?:joint\s+|separate\s+|written\s+)?(?:statement|communiqu[ée]"
    r"|press\s+release|interview|letter|speech|post)))"
    r",?\s+(?=(?i:the|a|an|its|their|it|they|he|she|we)\s|[A-Z])")


#: a finite verb of a relative clause before its closing comma ("that was held in Accra, ...")
_CLAUSE_VERB_RE = re.compile(r"(?i)\b(?:was|were|is|are|has|have|had|been)\b")


#: a relative clause opening on "is / are" and a noun or a participle: "that is part of", "that is funded by"
_REL_BE_START_RE = re.compile(r"\s*(?:is|are)\s+(?:part|one|a|an|the|located|based|known|owned|run|funded|financed)\b")
#: a relative clause with a future predicate of its own, no comma, before the sentence's own
#: future: "construction of the bridge which will link Kenya and Ghana | will commence soon" (the
#: relative clause is inside the subject; twenty-sixth blind check)
_REL_FUTURE_START_RE = re.compile(r"\s*(?:" + MODAL_WORDS + r")\s+(?:not\s+)?[a-z]+\b(?![^,;]*,)")


#: a preposition opening the sentence before "that": the demonstrative of a fronted phrase ("In that
#: vein, ...", "At that meeting, ...")
_DEMONSTRATIVE_THAT_RE = re.compile(r"(?:^|[,;]\s*(?:and\s+|but\s+|so\s+)?)\s*[“\"]?(?:in|at|by|for|with|on|under|from|after"
                                    r"|before|during|to)\s+$", re.IGNORECASE)


def _clause_subject(masked: str, pos: int) -> tuple[str, str, int]:
    """The subject chunk before ``pos``, the boundary word and the chunk start."""
    found = list(BOUNDARY_RE.finditer(masked, 0, pos))  # (endpos: all end by pos)
    last = found[-1] if found else None
    # ", and" closing a list ("A, B, and C would meet") is not a clause boundary
    while last is not None and _COMMA_AND_RE.match(last.group(0)):
        i = found.index(last)
        prev_end = found[i - 1].end() if i else 0
        if "," not in masked[prev_end:last.start()]:
            break
        found.pop(i)
        last = found[i - 1] if i else None
    if last is None:
        return masked[:pos].strip(_PUNCT_STRIP), "^", 0
    word = last.group(0).strip(_PUNCT_STRIP + "—–(").lower()
    word = word.split()[0] if word else "^"
    chunk = masked[last.end():pos]
    start = last.end()
    for _ in range(3):  # ("On 21-22 December, at the invitation of X, President Y will ...": two)
        fm = _FRONTED_BY_LIST_RE.match(chunk) or _FRONTED_PP_RE.match(chunk) or _FRONTED_SOON_RE.match(chunk) \
            or (_DAY_APPOSITIVE_RE.match(chunk) if start > last.end() else None)
        if fm is None:
            break
        # "After the dinner, Mr A and Mr B will ...": the fronted adverbial is not the subject
        # (nor "Very soon it will be signed": a fronted time adverb, with or without its comma)
        start += fm.end()
        chunk = chunk[fm.end():]
    if (fd := _FRONT_DATE_RE.match(chunk)) is not None:
        # "Ghana says on 31 January 2032 the border will be opened", "By June 2033 the plant will be
        # complete": a date put before the subject without a comma is no part of it
        start += fd.end()
        chunk = chunk[fd.end():]
    if word in ("which", "whom") and _PREP_BEFORE_RE.search(masked, 0, last.start()) and chunk.strip() \
            and _FUTURE_AT_RE.match(masked, pos):
        # "a visit during which Macron is to hold talks": the relative clause has its own subject
        # (a UK-France report, 2025; "a summit at which the leaders will sign")
        word = "^"
    if word in ("which", "that") and "," not in chunk and _REL_FUTURE_START_RE.match(chunk) \
            and (ante := _clause_subject(masked, last.start()))[0]:
        # "the bridge which will link Kenya and Ghana | will open in 2025": the relative clause
        # with its own future is inside the subject, whose head is before "which"
        return ante
    if word in RELATIVE_WORDS and "," in chunk:
        cut = chunk.rfind(",")
        start = last.end() + cut + 1
        chunk = chunk[cut + 1:]
        word = "^"
    if word == "that" and _DEMONSTRATIVE_THAT_RE.search(masked, 0, last.start()) and (cut := chunk.find(",")) > 0:
        # "In that vein, the two presidents agreed to ...", "At that meeting, Kenya will ...": "that" a
        # demonstrative in a fronted phrase, the subject after its comma (thirty-third blind check)
        start = last.end() + cut + 1
        chunk = chunk[cut + 1:]
        word = "^"
    if word == "that":
        before = masked[:last.start()]
        if not before.strip(_PUNCT_STRIP):
            # a sentence opening with "That": a content clause (a relative clause needs a noun
            # before it), as in a quote continuing "I confirmed the invitation. That I would
            # accept it and will visit China later this year" (an Australia-China quote, 2023)
            word = "said"
        elif AGREE_THAT_VERBS.search(before):
            word = "agreed"
        elif SAY_THAT_VERBS.search(before):
            word = "said"
        else:
            word = "relative"
            if (cut := chunk.rfind(",")) > 0 and _CLAUSE_VERB_RE.search(chunk, 0, cut) \
                    and chunk[cut + 1:].strip(_PUNCT_STRIP):
                # "Following the meeting that was held in Accra in March, the Secretary-General will
                # convene ...": a relative clause closed by its comma, the subject after it
                # (twenty-third blind check; a list, "that Kenya, Ghana and Togo will host", has no verb)
                start += cut + 1
                chunk = chunk[cut + 1:]
                word = "^"
            elif "," not in chunk and _REL_BE_START_RE.match(chunk) and (
                    ante := _clause_subject(masked, last.start()))[0]:
                # "A new port in Lamu that is part of the transit project | will be opened soon": a
                # restrictive relative clause inside the subject, whose head is before "that"
                # (twenty-fourth blind check)
                return ante
    if word in _SAID_WORDS:
        word = "said"
    # a complement without "that": "the two presidents agreed Ghana would open ..."
    if word not in RELATIVE_WORDS and word != "relative":
        cm = None
        for cm in _BARE_COMPLEMENT_RE.finditer(chunk):
            pass
        if cm is not None and chunk[cm.end():].strip(_PUNCT_STRIP):
            word = "agreed" if cm.group(1).lower().startswith(("agree", "decide")) else "said"
            start += cm.end()
            chunk = chunk[cm.end():]
    return _drop_sentence_adverbs(chunk.strip(_PUNCT_STRIP)), word, start


_TRAILING_ADVERB_RE = re.compile(
    r"(?:[\s,]+" + trie_alternation(SENTENCE_ADVERBS) + r")+[\s,]*$", re.IGNORECASE)


def _drop_sentence_adverbs(chunk: str) -> str:
    """"Kenya nevertheless | will host", "Kenya, however, | will host": a sentence adverb
    (``tables.SENTENCE_ADVERBS``) after the subject is no part of it."""
    return _TRAILING_ADVERB_RE.sub("", chunk) if " " in chunk or "," in chunk else chunk


#: a verb of agreeing or saying followed directly by its complement's subject: a name, or a
#: possessive / "both" before a common noun ("the leaders agreed their ministers would hold a
#: joint meeting", the shape of an Australia-New Zealand report, 2023; "agreed that their
#: ministers would" was read already)
_BARE_COMPLEMENT_RE = re.compile(
    r"\b(agreed|decided|" + alternation(words(SAYING_VERBS, "bare")) + r")\s+"
    r"(?=(?:the\s+)?[A-Z]|(?:their|its|our|both|the\s+two|the\s+three)\s+[a-z])")


#: a body or meeting known by its acronym, maybe numbered: "the JSC", "the fourth JSC", "the next JSC"
_THE_ACRONYM_RE = re.compile(
    r"[Tt]he\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|inaugural|"
    r"\d{1,2}(?:st|nd|rd|th))\s+)?[A-Z][A-Z0-9&]{1,7}(?:-[A-Z][A-Z0-9&]{1,7})?")


#: the same with its edition: "the next JCC", "the fourth JSC" (an occasion, not a party; thirty-third
#: blind check: "The next SDCP between the two countries is scheduled to take place in February")
_NUMBERED_ACRONYM_RE = re.compile(
    r"[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|inaugural|"
    r"\d{1,2}(?:st|nd|rd|th))\s+[A-Z][A-Z0-9&]{1,7}(?:-[A-Z][A-Z0-9&]{1,7})?(?:\s+between\s+[^,;:]{3,60})?")


#: the nouns a subject's kind is read from (a participle after one of them is a post-modifier)
_HEAD_NOUNS = INSTRUMENT_NOUNS | frozenset(DOCUMENT_NOUNS) | BODY_NOUNS | EVENT_NOUNS


#: a dotted abbreviation, kept whole as a word of a subject with its final dot ("U.S.", "E.U.": the
#: parties' names), also where stripping the subject's punctuation cut it ("the U.S" of "the U.S. will")
_DOTTED_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")


def _head_words(chunk: str, stops: frozenset[str] = frozenset()) -> list[str]:
    """The words of a subject up to its head noun: up to the first preposition (or a word of
    ``stops``) after the first word, a post-modifier ("a mission | consisting of ...", "agreements |
    related to ...") or a participle after its noun ("the agreement | signed by both sides"). "A
    number of agreements" reads "agreements" (``QUANTITY_NOUNS``), also after "and" ("A Joint
    Declaration and a number of agreements"). The one reader of a subject's head: its kind
    (``_subject_kind``), its head noun (``_head_noun``)."""
    chunk = _QUANTITY_RE.sub(r"\1", chunk)
    head_words: list[str] = []
    for m in _WORD_RE.finditer(chunk):
        w = m.group(0).rstrip(".") + "." if _DOTTED_RE.fullmatch(m.group(0)) else m.group(0).strip(".'’,")
        if not w:
            continue
        low = w.lower()
        if head_words and (low in _PREPS or low in POSTMODIFIER_WORDS or low in stops):
            break
        if head_words and w.islower() and w.endswith("ed") and head_words[-1].lower() in _HEAD_NOUNS:
            break
        if head_words and w.islower() and w.endswith("ing") and head_words[-1].lower() in AGENT_WORDS:
            break  # "delegates | negotiating a new treaty": a participle after an agent opens its modifier
        head_words.append(w)
    return head_words


#: an organisation by its proper name after "the", with its acronym defined or with a head that is
#: an institution's ("the International Monetary Fund (IMF)", "the World Bank", "the African
#: Union"): a party that undertakes, not the thing its head noun would otherwise name ("fund")
_ORGANISATION_RE = re.compile(
    r"(?i:the)\s+(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}[A-Z][\w'’.-]*)"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z]{1,9})\)|" + "|".join(f"(?<={h})" for h in ORGANISATION_HEADS) + ")")


#: a cultural occasion's name (``lexicon.CULTURAL_OCCASIONS``): "the Kenya-Ghana Year of Culture"
_CULTURAL_OCCASION_RE = re.compile(r"(?i)\b" + CULTURAL_OCCASION + r"\b")


def _subject_kind(chunk: str) -> str:
    head_words = _head_words(chunk)
    if not head_words:
        return "none"
    if (org := _ORGANISATION_RE.fullmatch(chunk.strip(_PUNCT_STRIP))) is not None \
            and not countries_in(org.group("name")):
        return "name"  # "the African Development Bank (AfDB)", "the World Bank": an organisation
    if _NUMBERED_ACRONYM_RE.fullmatch(chunk.strip(_PUNCT_STRIP)):
        return "event"  # "the next JCC", "the fourth JSC": an edition of an occasion known by its acronym
    head = head_words[-1].lower() if head_words else ""
    head = head.rstrip("'’s") if head.endswith(("'", "’")) else head
    if head in INSTRUMENT_NOUNS or head in DOCUMENT_NOUNS:
        return "instrument"
    if " ".join(head_words[-2:]).lower() in ARMED_SERVICES:
        return "agent"  # "the Kenyan Air Force": a party, not a task force that sits
    if head in BODY_NOUNS or (len(head_words) >= 2 and head_words[-2].lower() == "working"):
        return "body"
    if head in EVENT_NOUNS or _CULTURAL_OCCASION_RE.search(chunk):
        return "event"  # (also "the Kenya-Ghana Year of Culture": named, not a party)
    last = head_words[-1] if head_words else ""
    if last[:1].isupper() and countries_in(" ".join(head_words[-4:])) and head.removesuffix("s") not in WORKS_HEADS:
        return "agent"  # "India", "the United States", "Lula and President X" (not "Nairobi Eastlands
        # Airport": works named after a capital, thirty-third blind check)
    if COLLECTIVE_RE.search(" ".join(head_words)):
        return "agent"
    if any(w.lower() in AGENT_WORDS for w in head_words):
        return "agent"
    if any(w.lower() in BODY_NOUNS for w in head_words):
        return "body"
    if any(w.lower() in EVENT_NOUNS for w in head_words):
        return "event"
    if 1 <= len(head_words) <= 6 and all(w[:1].isupper() or w == "and" or _name_particle(w) for w in head_words) and \
            head_words[0].lower() not in DETERMINERS and not any(w.lower() in INSTRUMENT_NOUNS for w in head_words):
        return "name"  # "Albania", "Yoon", "NATO": a named party or person
    return "none"


def _strip_article(np: str) -> str:
    np = np.strip(_PUNCT_STRIP)
    low = np.lower()
    for art in ("the ", "a ", "an "):
        if low.startswith(art):
            return np[len(art):].strip(_PUNCT_STRIP)
    return np


def _list_head(first_segment: str) -> tuple[str, str] | None:
    """Split "the existing sub-groups under X on law enforcement" into
    ("sub-group on ", "law enforcement")."""
    words = first_segment.split()
    last_prep = None
    for i, w in enumerate(words):
        if i >= 1 and w.lower() in ("on", "of", "for", "in", "regarding", "covering", "about"):
            last_prep = i
    if last_prep is None:
        return None
    # (the list's own preposition when it is the only one: "consultations about A, B and C")
    first_prep = next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _PREPS), last_prep)
    head = [w for w in words[:first_prep] if w.lower() not in HEAD_MODIFIERS_DROPPED]
    if not head:
        return None
    head[-1] = singular(head[-1])
    return " ".join(head) + " " + words[last_prep] + " ", " ".join(words[last_prep + 1:])


#: a comma segment that continues a phrase instead of listing a new item
_NOT_LIST_ITEM_RE = re.compile(
    r"(?:also\s+|as\s+well\s+as\s+)?(?:including|includes|included|such\s+as|in|at|on|with|from|to|for|by|"
    r"which|who|where|when|during|after|before|under|through)\b", re.IGNORECASE)


def _plural_head(segment: str) -> bool:
    """Whether the head noun before the first preposition is a countable plural
    ("the sub-groups on A, …": one deliverable per item) rather than a singular or a
    plural-only noun ("a dialogue on A, …", "talks on A, …": one deliverable)."""
    words = segment.split()
    first_prep = next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _PREPS), len(words))
    head = [w for w in words[:first_prep] if w.lower() not in HEAD_MODIFIERS_DROPPED]
    if not head:
        return False
    h = head[-1].lower().strip(",.")
    return h.endswith("s") and not h.endswith("ss") and h not in PLURAL_ONLY_NOUNS


def _is_name(item: str) -> bool:
    """A list item that names a party or a person ("Ghana", "the United States",
    "Ghana's President John Mensah"), not a deliverable."""
    words = [w for w in re.findall(r"[\w'’.-]+", item) if w.lower() not in NAME_LIST_WORDS]
    if not words:
        return False
    if countries_in(item) and not any(w.lower() in EVENT_NOUNS | BODY_NOUNS for w in words):
        return all(w[:1].isupper() or w.lower() in ("the", "of", "and") for w in words)
    return all(w[:1].isupper() for w in words)


#: "between A" left open before "and the B": the pair is one phrase, not two deliverables
_BETWEEN_OPEN_RE = re.compile(r"\b(?:between|among|amongst)\s+(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+$", re.IGNORECASE)
_AND_THE_RE = re.compile(r"\s+(?:and|as\s+well\s+as)\s+(?=(?:the|a|an)\s)")
#: "a stamp on A | and | (the) Kamau-Mensah Digital 3D Museum": the second object a capitalised
#: name whose head is a thing delivered (``NAMED_DELIVERABLE_HEADS``), to the end of the phrase
_AND_NAMED_THING_RE = re.compile(
    r"\s+and\s+(?=(?:(?:the|a|an)\s+)?(?:[A-Z0-9][\w'’-]*\s+){1,6}"
    + trie_alternation(h.capitalize() for h in NAMED_DELIVERABLE_HEADS) + r"\s*$)")


#: a comma that separates items: not one inside a number ("a 1,000-for-1,000 exchange")
_LIST_COMMA_RE = re.compile(r",(?!\d{3}\b)")


#: a participle after the head whose objects the list names: "passenger trains linking Mombasa,
#: Kisumu and Accra", "a road connecting A, B and C" (one deliverable, not one per place)
_PARTICIPLE_OBJECT_RE = re.compile(
    r"\s(?:linking|connecting|joining|serving|spanning|covering|running\s+(?:through|between|from)"
    r"|stretching\s+(?:from|between|across)|passing\s+through"
    # what one thing is made of: "installation works involving the construction of A, B and C
    # systems" (twenty-seventh blind check)
    r"|involving|comprising|consisting\s+of)\s", re.IGNORECASE)


#: the last two items of a list without the serial comma: "a state banquet | and | a concert"
_LAST_AND_RE = re.compile(r"(.+?)\s+and\s+((?:the|a|an)\s.+)$", re.IGNORECASE)


def _bare_events(np: str) -> bool:
    """Does a phrase with no article name occasions by a plural event noun ("bilateral talks in a
    narrow format", "consultations")? Then "and the seventh meeting of X" after it is a second
    deliverable, as after "a summit" (one naming an occasion or a body: "talks on trade and the
    reopening of the border" are talks on two topics)."""
    head = _head_words(np)
    return bool(head) and head[-1].lower() in EVENT_NOUNS and head[-1].lower().endswith("s") \
        and head[0].lower() not in DETERMINERS


#: a segment opening on a country's name: the country of a place named before its comma
_COUNTRY_OPENING_RE = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3})")


def _places_joined(segments: list[str]) -> list[str]:
    """Comma segments with "City, Country" kept as one place: "travel to Accra, Ghana where he
    will attend the summit" is one trip (a city or the country's capital before the comma; a
    list of countries stays a list)."""
    out: list[str] = []
    for seg in segments:
        if out and (m := _COUNTRY_OPENING_RE.match(seg)) is not None and (country := countries_in(m.group("name"))) \
                and (last := out[-1].split()[-1:] if out[-1] else []) and last[0][:1].isupper() \
                and countries_in(last[0]) in ([], country):  # (a capital names its country: "Accra, Ghana")
            out[-1] = out[-1] + ", " + seg
        else:
            out.append(seg)
    return out


#: a segment of a noun phrase that is only a determiner and a position in a series: "the next, | the
#: 11th, | summit" is one summit with its number in apposition (twenty-fifth blind check)
_POSITION_ONLY_RE = re.compile(r"(?i)^(?:the\s+)?(?:next|upcoming|following|last|" + ORDINAL_RE + r")$")


#: an adjective by its ending ("regional", "economic", "multilateral", "Ghanaian" is a name's)
_ADJECTIVE_RE = re.compile(r"(?-i:[a-z])[a-z-]{2,}(?:al|ic|ive|ary|ian|ern|ous)")


def _adjectives_of_one_noun(items: list[str]) -> bool:
    """Are a list's items the adjectives of one noun named after the last ("... at the regional |
    continental | and multilateral fora"): the first item ends on an adjective, every middle item is
    one, and the last is an adjective and its noun?"""
    first, last = items[0].split(), items[-1].split()
    return len(last) >= 2 and bool(first) and _ADJECTIVE_RE.fullmatch(first[-1]) is not None \
        and _ADJECTIVE_RE.fullmatch(last[0]) is not None \
        and all(len(it.split()) == 1 and _ADJECTIVE_RE.fullmatch(it) for it in items[1:-1])


def _split_coordination(np: str) -> list[str]:
    np = np.strip(_PUNCT_STRIP)
    if not np:
        return []
    segments = _places_joined([s.strip() for s in _LIST_COMMA_RE.split(np)])  # ("1,000 prisoners": a number)
    if len(segments) >= 2 and all(_POSITION_ONLY_RE.match(x) for x in segments[:-1]):
        return [_strip_article(np)]  # "the next, the 11th, summit": one summit
    last = _LAST_AND_RE.match(segments[-1]) if len(segments) == 2 else None
    if last is not None:  # "A, B and C" without the serial comma: three items
        segments[-1:] = [last.group(1), "and " + last.group(2)]
    is_list = len(segments) >= 3 or (len(segments) == 2 and re.match(r"(?:and|or)\s", segments[1]))
    if is_list and all(segments) and len(segments) <= 12:
        items = [re.sub(r"^(?:and|or|as\s+well\s+as)\s+", "", s) for s in segments]
        if all(_is_name(it) for it in items[1:]):
            return [_strip_article(np)]  # "the leaders of A, B and C": parties, not deliverables
        if any(_NOT_LIST_ITEM_RE.match(it) for it in segments[1:]):
            return [_strip_article(np)]  # "a summit of the coastal states, also including A and B, in Accra": an apposition
        if _PARTICIPLE_OBJECT_RE.search(items[0]):
            return [_strip_article(np)]  # "trains linking A, the capital of B, and C": the places one thing links
        if _adjectives_of_one_noun(items):
            return [_strip_article(np)]  # "at the regional, continental and multilateral fora": one noun's
            # adjectives (forty-first blind check: three items, "continental" one of them)
        head = _list_head(items[0])
        if head is not None:
            if not _plural_head(items[0]):
                return [_strip_article(np)]  # "a dialogue on A, B, and C": topics of one deliverable
            prefix, first = head
            return [prefix + first] + [prefix + it for it in items[1:]]
        return [_strip_article(it) for it in items]
    named = _AND_NAMED_THING_RE.split(np)
    if len(named) == 2 and re.match(r"(?:the|a|an)\s+\S+\s", named[0], re.IGNORECASE) \
            and not _BETWEEN_OPEN_RE.search(named[0]):
        return [_strip_article(p) for p in named]  # "a stamp on A and Kamau-Mensah Digital Museum"
    parts = _AND_THE_RE.split(np)
    if any(_BETWEEN_OPEN_RE.search(p) for p in parts[:-1]):
        return [_strip_article(np)]  # "the first meeting between Kenya and the Republic of Ghana": one pair
    bare = len(parts) >= 2 and _bare_events(parts[0]) and all(
        any(w in EVENT_NOUNS | BODY_NOUNS for w in _head_words(p.lower())) for p in parts[1:])
    if len(parts) >= 2 and (bare or re.match(r"(?:the|a|an)\s", np, re.IGNORECASE)):
        ok = all(not countries_in(_strip_article(p).split(" of ")[0]) or
                 any(w in EVENT_NOUNS | BODY_NOUNS for w in p.lower().split()) for p in parts)
        if ok and all(len(p.split()) >= 2 for p in parts[0 if not bare else 1:]):
            return [_strip_article(p) for p in parts]
    return [_strip_article(np)]


_TOPIC_OF = {kw: topic for topic, kws in TOPICS.items() for kw in kws}
_TOPIC_RE = re.compile(trie_alternation(_TOPIC_OF))
_TOPIC_ORDER = {t: i for i, t in enumerate(TOPICS)}


def topics(text: str) -> list[str]:
    """The subject matters (``tables.TOPICS``) a text names, in the table's order."""
    found = {_TOPIC_OF[w] for w in _TOPIC_RE.findall(text.lower())}  # no groups: whole matches
    return sorted(found, key=_TOPIC_ORDER.__getitem__)


# --------------------------------------------------------------------------
# the extractor
# --------------------------------------------------------------------------


@dataclass
class _Candidate:
    kind: str
    pos: int            # sentence-relative position of the action word
    trig_start: int
    obj_start: int
    action: str
    subjects: list[tuple[str, str]]
    actors: list[str]
    confidence: float
    clause_end: int
    #: a span of the sentence this candidate reads (an absolute clause dating its event), whose
    #: own candidates are this one's
    absorbs: tuple[int, int] | None = None
    #: the span of a trip this candidate happens on ("will travel to Accra next week, | where he
    #: will meet ..."): its window when the candidate has none of its own
    trip: tuple[int, int] | None = None
    #: the window the reading chose itself (``_open_future``): the times loop keeps it
    time: TimeExpr | None = None


class _Doc:
    def __init__(self, body: str, published_on: date) -> None:
        self.body = body
        self.published_on = published_on
        self.actors = ActorIndex(body)
        self.regions = statement_regions(body, published_on)
        self._starts = [r.start for r in self.regions]
        self.group = 0
        self.paragraphs = Paragraphs(body)
        #: the thing the last sentence read promised (its end, the subject): what an "It" opening the
        #: next sentence may stand for (``_open_future``)
        self.antecedent: tuple[int, str] | None = None

    def region_for(self, pos: int) -> StatementRegion | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.regions[i].start <= pos < self.regions[i].end:
            return self.regions[i]
        return None

    def made_on(self, pos: int) -> date:
        """The statement date of the text at ``pos``: a quoted statement's, else the document's."""
        region = self.region_for(pos)
        return region.anchor if region is not None and region.anchor else self.published_on


#: a pledge made before the report: "had pledged", "previously committed" (the ``pledged_sum`` row)
_EARLIER_PLEDGE_RE = re.compile(r"(?i)\b(?:had|previously|originally|earlier|once|already)\s+(?:\w+\s+)?$")
#: what a pledge of a sum pledges: the sum and its recipient, to the next comma ("$100 million to
#: the fund"; the ``pledged_sum`` row)
_PLEDGED_WHAT_RE = re.compile(r"\s*" + MONEY + r"(?:[^,;.]|\.(?=\d))*")
#: how long before a statement its own news may lie: "pledged $10 million on Friday" is this week's
#: pledge, "pledged $3 billion last year" an earlier one
_RECENT = timedelta(days=14)
#: the aim of the ``plans_to`` row ("aims to", "is aiming to"): a plan only with a time after it
_AIM_RE = re.compile(r"(?i)aims?\b|(?:is|are)\s+aiming\b")


def _word_before(text: str, pos: int) -> str:
    """The word that ends right before ``pos`` (spaces between), else ""."""
    m = _WORD_BEFORE_RE.search(text, 0, pos)
    return m.group(1) if m else ""


_WORD_BEFORE_RE = re.compile(r"([\w'’-]+)\s+$")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else ""


#: whom one looks forward to welcoming: a name or a title ("President X", "the President")
_WELCOMED_RE = re.compile(r"\s+(?:the\s+)?[A-Z]")
_PURPOSE_RE = re.compile(r"\s+(?:in\s+order\s+)?to\s")
#: a manner phrase ends the subject but not the search for the window: "will hold their
#: summit through video link on 15 July"
_MANNER_RE = re.compile(r",?\s+(?:through|via)\s")
#: "continue meetings in this format on an annual basis": continuing a series at a stated
#: cadence (India-U.S. 2+2, 2018); without a cadence ("continue to meet regularly") it stays open
_CONTINUE_CADENCE_RE = re.compile(
    r"\s+(?P<obj>(?:the\s+|their\s+|these\s+|such\s+)?(?:meetings|summits|talks|consultations|dialogues?)"
    r"\b[^.;,]{0,60}?)(?=,?\s+(?:at\s+least\s+)?(?:on\s+an\s+annual\s+basis|annually|every\s+year|"
    r"once\s+a\s+year|each\s+year|every\s+two\s+years|biennially)\b)", re.IGNORECASE)
#: "looking forward to the meeting." with nothing after: the meeting named before, no new promise
#: (an Australia-New Zealand report, 2025)
_LOOK_ANAPHORIC_RE = re.compile(
    r"the\s+" + trie_alternation(ANAPHORIC_SUBJECTS - {"it"}) + r"s?[\s.,;!?”\"’']*$")
#: "look forward to the reconvening of X": a nominal deliverable after "the"
_LOOK_NOMINAL_RE = re.compile(
    r"\s+(?P<nom>" + trie_alternation(NOMINAL_DELIVERABLES) + r")\s+of\s+", re.IGNORECASE)
#: the meeting a welcome or hosting is for: "... to Washington, D.C. for the fourth 2+2 Ministerial Dialogue"
#: (one sentence: its full stops are abbreviations)
#: an event or a body named by a noun phrase, up to its head: "the closing ceremony", "the Kenya-Ghana summit"
_EVENT_NP = (r"(?P<ev>(?:the|an?|this|that|their)\s+[^;]{0,120}?\b" + trie_alternation(EVENT_NOUNS | BODY_NOUNS)
             + r"\b)")


def _for_event_re(gap: str) -> re.Pattern[str]:
    """"<``gap``> for the <event or body>": the event named after "for"."""
    return re.compile(gap + r"\s+for\s+" + _EVENT_NP, re.IGNORECASE)


_HOST_FOR_RE = _for_event_re(r"[^;]{1,200}?")
#: a measure as the object of "review" (``REVIEWED_MEASURES``): "review the crippling tariffs on X"
_REVIEWED_MEASURE_RE = re.compile(
    r"\s+(?:the|its|their|his|her|these|those|all|a|an)\s+(?:[\w-]+\s+){0,3}?" +
    trie_alternation(REVIEWED_MEASURES) + r"\b", re.IGNORECASE)


def _reviewed_measure(verb: str, masked: str, vend: int) -> bool:
    """ "agreed to review the tariffs": reviewing a measure imposed is a deliverable."""
    return lemma(verb) in REVIEW_VERBS and _REVIEWED_MEASURE_RE.match(masked, vend) is not None


#: the event one travels to, in the same clause (no comma between): "... to Accra on May 6 for the summit"
_TRAVEL_FOR_RE = _for_event_re(r"[^;,]{1,120}?")
_TRAVEL_FOR_ROWS = frozenset(["modal", "expected_to", "be_to", "plans_to", "decided_to"])
#: going somewhere to attend an event (``ATTENDING_PURPOSES``), the place and day between in the
#: sentence: "... on Monday in Accra, the capital of Ghana, to participate as a guest in the summit"
_TRAVEL_TO_ATTEND_RE = re.compile(
    r"[^;]{1,160}?\s+to\s+(?:" + alternation(tuple(ATTENDING_PURPOSES)) + r")(?:\s+as\s+[^;,.]{1,40}?)?(?:\s+in)?"
    r"\s+" + _EVENT_NP, re.IGNORECASE)
#: the place of a trip: a capitalised name of up to four words (``_TRAVEL_PLACE_RE``, ``_DUE_IN_PLACE_RE``)
_TRIP_PLACE = r"(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
#: the place a person is due in (the ``due_in`` row): "is due | in Accra next Wednesday"
_DUE_IN_PLACE_RE = re.compile(r"(?:back\s+)?in\s+" + _TRIP_PLACE)
#: the place after a verb of going (``TRAVEL_VISIT_VERBS``): a capitalised name
_TRAVEL_PLACE_RE = re.compile(r"\s+(?P<prep>for|in|at|to)\s+" + _TRIP_PLACE)


#: the place a withdrawal leaves, right after the verb of a passive or an intransitive one
_FROM_PLACE_RE = re.compile(r"[^.;:]{0,12}?\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}")
#: the deed of leaving (``lexicon.DONE_SYNONYMS``' group of "withdraw")
_WITHDRAWING = next(g for g in DONE_SYNONYMS if "withdraw" in g)


def _left_from(act: str, subj: str, masked: str, c: _Candidate) -> str:
    """A withdrawal's subject with the place it leaves, when that place follows the verb and not the
    subject ("the force will be withdrawn | from South Kivu by April": "force from South Kivu"):
    the place is what the linker matches the report of it by (thirty-first blind check)."""
    said = act.lower().split()
    if not said or not {" ".join(said[:2]), lemma(said[0])} & _WITHDRAWING:
        return subj  # ("pull out" is two words; "withdraw" one)
    if re.search(r"(?i)\bfrom\b", subj) or (m := _FROM_PLACE_RE.match(masked, c.pos)) is None:
        return subj
    place = m.group(0)[m.group(0).lower().rindex("from"):]
    return f"{subj} {place}"


def _travel_visit(verb: str, masked: str, vend: int) -> int | None:
    """Where the place visited starts after "depart for / arrive in / leave for / fly to" a place
    that names a party (a capital, a country), else None."""
    row = TRAVEL_VISIT_VERBS.get(lemma(verb))
    if row is None:
        return None
    m = _TRAVEL_PLACE_RE.match(masked, vend)
    if m is None or not countries_in(m.group("place")):
        return None
    prep = m.group("prep").lower()
    if prep != row[0] and not (row[0] == "in" and prep == "at"):
        return None
    return m.start("place")


#: the event another event coincides with or is followed / preceded by: "The visit will coincide
#: with the Kenya-Ghana 2+2 meeting", "It will be followed by the first meeting of the Joint
#: Commission" (shapes of India-Russia announcements, 2021): that event is promised (held); the
#: clause's own subject only dates it. (verb form, passive) -> the preposition before the event
EVENT_RELATION_VERBS: dict[tuple[str, bool], str] = {
    ("coincide", False): "with", ("coincides", False): "with",
    ("followed", True): "by", ("preceded", True): "by",
}
_EVENT_RELATION_RE = re.compile(
    r"\s+(?P<prep>with|by)\s+(?P<ev>(?:the|an?|its|their)\s+[^;:]{0,120}?\b" +
    trie_alternation(EVENT_NOUNS | BODY_NOUNS) + r"\b)", re.IGNORECASE)


def _related_event(name: str, verb: str, passive: bool, masked: str, vend: int) -> re.Match[str] | None:
    """The event named after "will coincide with" / "will be followed by" (``EVENT_RELATION_VERBS``)."""
    prep = EVENT_RELATION_VERBS.get((verb.lower(), passive)) if name in ("modal", "expected_to") else None
    m = _EVENT_RELATION_RE.match(masked, vend) if prep else None
    return m if m is not None and m.group("prep").lower() == prep else None


#: the occasion a matter is settled at: "will be examined and decided | at a high-level meeting in
#: Mombasa on May 6"
_AT_OCCASION_RE = re.compile(
    r"(?:,?\s+and\s+[a-z]+)?\s+(?:at|during)\s+(?P<ev>(?:a|an|the|their|its|next)\s+(?:[\w-]+\s+){0,3}?"
    + OCCASION_NOUNS + r"\b)[^.;:]{0,60}", re.IGNORECASE)


def _dated_occasion(masked: str, vend: int, exprs: list[TimeExpr], anchor: date) -> re.Match[str] | None:
    """"The details will be decided at a high-level meeting in Mombasa on May 6": whatever the
    subject, the dated meeting it is settled at is promised (held)."""
    m = _AT_OCCASION_RE.match(masked, vend)
    if m is None or not any(m.start("ev") < t.start < m.end() and t.due_start is not None
                            and t.due_start >= anchor and t.reference != "past" for t in exprs):
        return None
    return m


def _object_ends(masked: str, obj_start: int) -> tuple[int, int]:
    """Ends of the phrase after the action: (without, with) a purpose clause.

    The first stops at "to + known verb" ("… to deliberate on …"); the second
    keeps such "to + verb" inside. One scan of CLAUSE_END_RE gives both.
    """
    rest = masked[obj_start:]
    m = CLAUSE_END_RE.search(rest, 1)
    first = None
    while m and (_PURPOSE_RE.match(m.group(0)) or _MANNER_RE.match(m.group(0))):
        if first is None and (_MANNER_RE.match(m.group(0)) or rest[m.end():m.end() + 1] in ("“", '"')
                              or verb_class(_next_word(rest, m.end())) != "unknown"):
            first = m.start()
        m = CLAUSE_END_RE.search(rest, m.end())
    end = m.start() if m else len(rest)
    return obj_start + (end if first is None else first), obj_start + end


_FIRST_IN_RE = re.compile(r"\bfirst\b[^.;,]{0,60}$|\bfor\s+the\s+first\s+time\s*$", re.IGNORECASE)
_DURATION_IDIOM_RE = re.compile(r"^in\s+(?:\w+\s+)?(?:years?|months?|decades?|weeks?)$", re.IGNORECASE)


#: a century named as an era, not a deadline: "a port built for the 21st century", "ties
#: for the 21st century" ("by the end of the century" stays a date)
_CENTURY_ERA_RE = re.compile(r"\b(?:for|of|in|into|across|throughout)\s+$", re.IGNORECASE)


#: the signing of an instrument as a subject: "the (formal) signing (ceremony)"
_SIGNING_RE = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?signing(?:\s+ceremony)?", re.IGNORECASE)


def _event_object(masked: str, vend: int) -> bool:
    """Whether the object after ``vend`` is an event: "the signing", "the summit", "a meeting"."""
    ws = [x.strip(_PUNCT_STRIP).lower() for x in masked[vend:vend + 80].split()[:5]]
    if not ws or ws[0] not in DETERMINERS:
        return False
    return any(x in EVENT_NOUNS or x in ("signing", "ceremony", "opening") for x in ws[1:4])


_AND_PRONOUN_RE = re.compile(
    r"(?P<first>.+?)\s+(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:\w+\s+){0,2}?\w+\s+and\s+(?:it|they)",
    re.IGNORECASE | re.DOTALL)
_THING_KINDS = frozenset(["instrument", "event", "body"])
_OF_NP_RE = re.compile(r"\bof\s+(?P<np>(?:the|this|that|these|its|their)\s+[^,;]+)$", re.IGNORECASE)


def _coordinated_pronoun(chunk: str) -> str | None:
    """The antecedent of "it" / "they" opening a second clause: "the wording of the pact is
    settled and it will be signed in May" -> "the pact" (what the first clause is about; its
    head, or the noun after "of" when the head is a part of it: "the wording of")."""
    m = _AND_PRONOUN_RE.fullmatch(chunk.strip())
    if m is None:
        return None
    first = m.group("first").strip(_PUNCT_STRIP)
    if _subject_kind(first) not in _THING_KINDS:  # ("Kenya has agreed and it will be signed": not Kenya)
        of = _OF_NP_RE.search(first)
        if of is None or _subject_kind(of.group("np")) not in _THING_KINDS:
            return None
        first = of.group("np")
    return first


def _standing_commitment(masked: str, c: _Candidate, t: TimeExpr | None) -> bool:
    return (c.kind == "commitment" and (t is None or t.due_start is None)
            and masked.startswith("committed", c.trig_start)
            and _STANDING_COMMITMENT_RE.search(masked, 0, c.trig_start) is not None)


#: "earlier it was reported that", "it was previously announced that" (``EARLIER_REPORT_MARKERS``)
_EARLIER_REPORT_RE = re.compile(
    r"\b(?:" + alternation(list(EARLIER_REPORT_MARKERS)) + r")\b[^.;:]{0,30}?\b(?:reported|announced|said|stated)\s+"
    r"(?:that\s+)?[^.;:]*$|\b(?:reported|announced|said|stated)\s+(?:" + alternation(list(EARLIER_REPORT_MARKERS))
    + r")\s+that\b[^.;:]*$", re.IGNORECASE)


_RECORD_WORDS = frozenset([*IMPLEMENTED_RECORDS, *(w.removesuffix("s") for w in IMPLEMENTED_RECORDS)])


def _implements_record(c: _Candidate, t: TimeExpr | None) -> bool:
    """'committed to implementing the outcomes of the Lome meeting' (no time of its own): a pledge to
    abide by what was agreed, not a new deliverable (``IMPLEMENTED_RECORDS``)."""
    if c.kind != "commitment" or c.action != "implement" or (t is not None and t.due_start is not None):
        return False
    return all(_ARTICLE_RE.sub("", x).split(" ", 1)[0].lower() in _RECORD_WORDS
               for _, x in c.subjects)


#: a further infinitive of a list under one agreement: "agreed to keep contact, | to convene a
#: committee meeting within two weeks, and | to schedule the next meeting within a month"
_LISTED_INFINITIVE_RE = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<trig>to)\s+" + ADV_RE + r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)")


def _with_listed_infinitives(name: str, rx: re.Pattern[str], masked: str,
                             listed: dict[int, tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The trigger row's matches; after an agreement ("decided_to"), each further infinitive of
    its list as a match of its own (``listed`` maps its "to" to the agreement's trigger)."""
    for m in rx.finditer(masked):
        items: list[re.Match[str]] = []
        if name == "decided_to":
            stop = masked.find(";", m.end())
            for lm in _LISTED_INFINITIVE_RE.finditer(masked, m.end(), len(masked) if stop < 0 else stop):
                if lm.start("trig") not in listed:
                    listed[lm.start("trig")] = (m.start("trig"), lm.start())
                    items.append(lm)
        yield m  # (its list known first: its object ends at the next item)
        yield from items


def _is_idiom(sent: str, t: TimeExpr) -> bool:
    """'the first dialogue in seven years' is a span of the past, not a window; 'for the
    21st century' is an era."""
    if t.rule == "century" and _CENTURY_ERA_RE.search(sent, max(0, t.start - 20), t.start):
        return True
    return bool(_DURATION_IDIOM_RE.match(t.text.strip())) and bool(
        _FIRST_IN_RE.search(sent[max(0, t.start - 80):t.start]))


#: a standing commitment restated: "Kenya remains committed to securing a deal"
#: (with no time of its own it is a reaffirmation, not a promise; "remain committed to
#: finishing the road by June" keeps its date and stays one)
_STANDING_COMMITMENT_RE = re.compile(
    r"\b(?:remains?|remained|remaining|stays?|stayed)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


#: a sentence adverb of order or addition before a fronted date: "First, on April 1, it will end ..."
#: (thirty-eighth blind check)
_DISCOURSE_LEAD = r"(?:first|second|third|finally|also|separately|additionally|meanwhile|then)\s*,\s*"
#: what may stand before a fronted date: an opening quotation mark and a preposition ('"On
#: September 9, the administration will convene ..."', a White House quote, 2021), or an
#: intensifier of a fronted "soon" ("Very soon it will be signed")
_FRONT_LEAD_RE = re.compile(r"[\W_]{0,3}(?:" + _DISCOURSE_LEAD + r")?(?:on|in|by|at|from|" + _SOON_INTENSIFIERS
                            + r")?\s*", re.IGNORECASE)
#: the prepositions of a time phrase put between a modal and its verb (``_interposed_times``)
_INTERPOSED_PREPS = "on|from|in|at|by|during|within"
#: what leads such a phrase: "will, on Monday, begin", "will from 16 October begin", "would in
#: March sign"
_INTERPOSED_LEAD = r"(?P<modal>" + MODAL_WORDS + r")\s*,?\s*(?:(?:" + _INTERPOSED_PREPS + r")\s+)?"
_INTERPOSED_LEAD_RE = re.compile(_INTERPOSED_LEAD, re.IGNORECASE)
#: a deadline given to a party, before its date: "have | until August 24 to ..." (the ``has_until`` row)
_HAS_UNTIL_LEAD_RE = re.compile(r"(?i)ha(?:s|ve)\s+(?:" + UNTIL_WORD + r"\s+|up\s+)?")  # ("have up | until ...")
#: the same, ending where the time phrase starts
_INTERPOSED_BEFORE_RE = re.compile(r"\b" + _INTERPOSED_LEAD + "$", re.IGNORECASE)
#: a modal followed by a comma, a preposition of those, a time word or a capital or a digit:
#: where a time phrase may stand between it and its verb (a cheap test before the time reader;
#: "President Ruto will tomorrow leave for Accra")
_MODAL_GAP_RE = re.compile(r"\b(?i:" + MODAL_WORDS + r")(?:\s*,|\s+(?:" + _INTERPOSED_PREPS
                           + r"|next|this|later|early|tomorrow|today|tonight|[A-Z0-9]))")
#: what may follow it, up to the verb: a comma, then a word in lower case
_INTERPOSED_TAIL_RE = re.compile(r"\s*,?\s+(?=[a-z])")
#: a time phrase between "is / are" and a schedule participle: "Prince X is on Wednesday scheduled
#: to attend the summit" (twenty-seventh blind check); the participle must follow
_BE_INTERPOSED_BEFORE_RE = re.compile(r"\b(?P<modal>is|are)\s+(?:(?:" + _INTERPOSED_PREPS + r")\s+)?$", re.IGNORECASE)
_BE_INTERPOSED_TAIL_RE = re.compile(r"\s*,?\s+(?=(?:" + _schedule("expected_to") + r")\s+to\b)", re.IGNORECASE)
_BE_GAP_RE = re.compile(r"\b(?i:is|are)\s+(?:(?:" + _INTERPOSED_PREPS + r")\s+)?(?:[A-Z0-9]|next|this|tomorrow|today)"
                        r"[^.;]{0,30}?\s(?:" + _schedule("expected_to") + r")\s+to\b")
_COMMA_RE = re.compile(r"\s*,")
#: the rest of a clause after a fronted phrase and a time phrase: its comma and subject, up to
#: the trigger ("Before the departure, on Tuesday, | the two countries | will sign")
_FRONTED_SUBJECT_RE = re.compile(r"\s*,\s*[^,;:]{1,80}")
_AFTER_REF_RE = re.compile(r"\b(?:after|following|since)\s+(?:the|a|this|that|its|their)\s+(?:\w+\s+){0,3}?"
                           r"(?:summit|meeting|one|talks|conference|visit|session|round)\b", re.IGNORECASE)


def _choose_time(exprs: list[TimeExpr], vend: int, trig_start: int, clause_end: int, idioms: set[int],
                 sent: str = "") -> TimeExpr | None:
    """The window of a candidate; ``idioms``: ids of the expressions that are idioms."""
    best = None
    for t in exprs:
        if t.reference == "past" or id(t) in idioms:
            continue
        # after the verb, or between the trigger and the verb: a lower-case phrase ("will next week
        # sign") or any after a modal's lead ("will, on 5 May, sign": ``_interposed_times``)
        inside = vend <= t.start < clause_end or trig_start <= t.start < vend and (
            (t.text[:1].islower() and not any(ch.isdigit() for ch in t.text))
            or bool(sent and (_INTERPOSED_LEAD_RE.fullmatch(sent, trig_start, t.start)
                              or _BE_INTERPOSED_BEFORE_RE.fullmatch(sent, trig_start, t.start)
                              or _HAS_UNTIL_LEAD_RE.fullmatch(sent, trig_start, t.start))))
        fronted = t.end <= trig_start and (t.start <= 3 or bool(sent and _FRONT_LEAD_RE.fullmatch(sent, 0, t.start))
                                           or _after_fronted_phrase(sent, t, trig_start)
                                           or _reported_front(sent, t, trig_start)
                                           or bool(sent and _ON_THAT_OCCASION_RE.fullmatch(sent, t.end, trig_start))
                                           # "Ruto on Thursday would arrive": right before the modal
                                           or bool(sent and not sent[t.end:trig_start].strip()))
        if not (inside or fronted):
            continue
        if not inside and sent and _agreement_day(sent, t, trig_start):
            continue
        key = (0 if t.due_start is not None else 1, 0 if inside else 1, t.start)
        if best is not None and key >= best[0]:
            continue
        # (searched only for an expression that would win, so a long sentence is not
        # scanned once per expression)
        if sent and vend <= t.start and _AFTER_REF_RE.search(sent, vend, t.start):
            continue  # "host the next summit after the one in Kenya in 2025": dates the reference
        best = (key, t)
    return _narrowed(best[1], exprs, sent) if best else None


#: a clause of what is done on an occasion, after the occasion's time: "will visit Ghana from August
#: 19 to 20 | during which both sides are expected to | sign several pacts", "will travel to Accra next
#: week, | where he will | meet ..." (the occasion's time is the clause's; fortieth blind check)
_ON_THAT_OCCASION_RE = re.compile(r"[^;:.]{0,60}?(?:,\s*where|,?\s*(?:during|at|in\s+the\s+course\s+of)\s+which)\s+"
                                  r"[^;:.,]{0,60}", re.IGNORECASE)
#: a trigger in the past tense: "agreed to", "decided to", "pledged to" (the agreement's own time
#: is not the deliverable's)
_PAST_TRIGGER_RE = re.compile(r"(?:[a-z]+ed|undertook|made|took)\b", re.IGNORECASE)
#: what makes a fronted day a deadline all the same: "By 5 May, the ministers agreed to ..."
_DEADLINE_WORDS = r"(?:by|before|until|till|no\s+later\s+than)"
_DEADLINE_LEAD_RE = re.compile(r"\b" + _DEADLINE_WORDS + r"\s*$", re.IGNORECASE)
_DEADLINE_START_RE = re.compile(_DEADLINE_WORDS + r"\b", re.IGNORECASE)


def _agreement_day(sent: str, t: TimeExpr, trig_start: int) -> bool:
    """A day fronted before a trigger in the past tense is when the parties agreed, not when
    the deliverable is due: "Today we agreed to set up consultations", "On Monday, the ministers
    decided to form a working group" (a deadline, "By 5 May, ...", dates the deliverable)."""
    return (t.end <= trig_start and t.granularity == "day" and _PAST_TRIGGER_RE.match(sent, trig_start) is not None
            and _DEADLINE_LEAD_RE.search(sent, max(0, t.start - 20), t.start) is None
            and _DEADLINE_START_RE.match(t.text) is None)


def _after_fronted_phrase(sent: str, t: TimeExpr, trig_start: int) -> bool:
    """``t`` is the second of two fronted phrases, each with its comma, before the clause's
    subject: "Prior to the President's departure, on Tuesday, the two countries will sign ..."."""
    if not sent:
        return False
    m = _FRONTED_PP_RE.match(sent)
    return bool(m and m.end() <= t.start and _FRONT_LEAD_RE.fullmatch(sent, m.end(), t.start)
                and _FRONTED_SUBJECT_RE.fullmatch(sent, t.end, trig_start))


#: an adverb between a subject and its modal, blanked for the trigger as a time between a modal and
#: its verb is ("Ruto also will address parliament", "Kenya now is set to sign"): the modal's
#: subject is read across it
_PRE_MODAL_ADVERB_RE = re.compile(
    r"(?<=\s)(?:also|now|further|additionally|likewise|similarly|jointly|separately)\s+"
    r"(?=(?:" + MODAL_WORDS + r"|(?:is|are)\s+(?:(?:" + _schedule("adverb") + r")\s+to|to))\b)",
    re.IGNORECASE)


#: a name in quotation marks inside a noun phrase ('the "Kenya-Ghana" railway', 'the “Lake Victoria”
#: project'): a scare-quoted name, no quotation, so its marks are no clause boundary and the noun
#: phrase reads across them (a determiner or preposition before it, a lower-case word after it;
#: twenty-seventh blind check)
_QUOTED_NAME_RE = re.compile(
    r"(?P<pre>\b(?:the|a|an|its|their|of|for)\s)[\"“‘](?P<name>(?-i:[A-Z])[^\"“”‘’\n.,;:!?]{0,60}?)[\"”’](?=\s+(?-i:[a-z]))",
    re.IGNORECASE)


def _unquote_name(m: re.Match[str]) -> str:
    return m.group("pre") + " " + m.group("name") + " "


def _interposed_times(sent: str, masked: str, exprs_fn: _ExprsFn) -> str:
    """``masked`` with each time phrase put between a modal and its verb blanked, with its
    preposition and commas, so the trigger reads the verb behind it ("Kenya will, on Monday, |
    begin a visit"; "will from 16 October begin"; "would in March sign"). The phrase stays the
    promise's window (``_choose_time``)."""
    if not _MODAL_GAP_RE.search(masked) and not _BE_GAP_RE.search(masked):
        return masked
    out = masked
    for t in exprs_fn(False):
        lead = _INTERPOSED_BEFORE_RE.search(sent, max(0, t.start - 24), t.start)
        if lead is None or _INTERPOSED_TAIL_RE.match(sent, t.end) is None:
            # (or between "is" and its schedule participle: "is on Wednesday scheduled to attend")
            lead = _BE_INTERPOSED_BEFORE_RE.search(sent, max(0, t.start - 24), t.start)
            if lead is None or _BE_INTERPOSED_TAIL_RE.match(sent, t.end) is None:
                continue
        comma = _COMMA_RE.match(sent, t.end)
        start, stop = lead.end("modal"), comma.end() if comma else t.end
        out = out[:start] + " " * (stop - start) + out[stop:]
    return out


def _interposed(masked: str, t: TimeExpr, vstart: int) -> bool:
    """``t`` stands between a modal and the verb at ``vstart``, blanked by ``_interposed_times``
    ("the pipeline will, from July, | start operations")."""
    if t.end > vstart:
        return False
    if not masked[t.start:vstart].strip():
        return _MODAL_END_RE.search(masked, max(0, t.start - 40), t.start) is not None
    # ("is on Wednesday scheduled to attend": between "is" and the schedule participle)
    return (_SCHEDULE_TO_RE.fullmatch(masked[t.start:vstart].strip()) is not None
            and _BE_END_RE.search(masked, max(0, t.start - 40), t.start) is not None)


#: a modal ending the text before a blanked time phrase (``_interposed``)
_MODAL_END_RE = re.compile(r"\b(?:" + MODAL_WORDS + r")\s*$", re.IGNORECASE)
#: the same for "is / are" before a schedule participle, and the participle with its "to"
_BE_END_RE = re.compile(r"\b(?:is|are)\s*$", re.IGNORECASE)
_SCHEDULE_TO_RE = re.compile(r"(?:" + _schedule("expected_to") + r")\s+to", re.IGNORECASE)


#: what joins two time phrases of one date: "this year in September", "in September this year",
#: "next year, in March"
_TIME_JOIN_RE = re.compile(r"[\s,]*(?:in|on|by|during|of)?\s*", re.IGNORECASE)


def _narrowed(t: TimeExpr, exprs: list[TimeExpr], sent: str) -> TimeExpr:
    """``t``, or the phrase right beside it that narrows it ("this year in September": September
    of this year, not the whole year): a window inside ``t``'s, shorter, joined to it by at most a
    preposition or a comma."""
    if not sent or t.due_start is None or t.due_end is None:
        return t
    for o in exprs:
        if o is t or o.due_start is None or o.due_end is None or o.reference == "past":
            continue
        if not (t.due_start <= o.due_start <= o.due_end <= t.due_end) or (o.due_start, o.due_end) == (t.due_start, t.due_end):
            continue
        if (t.end <= o.start and _TIME_JOIN_RE.fullmatch(sent, t.end, o.start)) or (
                o.end <= t.start and _TIME_JOIN_RE.fullmatch(sent, o.end, t.start)):
            return o
    return t


#: a participle of an occasion done, after its noun: "announced a summit held in Accra in March"
_HELD_AFTER_NOUN_RE = re.compile(r"\b(?:held|hosted|convened|organi[sz]ed|staged|made|paid|concluded)\b", re.IGNORECASE)


#: a relative clause dating its antecedent: ", which will run from Nov. 23-24", ", which is
#: scheduled to be held in June" (see ``_relative_clause_time``)
_DATING_RELATIVE_RE = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:(?:will|is\s+(?:" + _schedule("relative") + r"\s+)?to)\s+"
    r"(?:take\s+place|be\s+held|be\s+convened|be\s+hosted|run|open|begin|start|convene|meet)\b"
    # the present of a coming event: "the Joint Commission, which gets underway today in Accra",
    # "the summit, which opens on Monday" (twenty-seventh blind check)
    r"|(?:takes\s+place|opens|begins|starts|runs|convenes|gets\s+under\s*way|kicks\s+off)\b)",
    re.IGNORECASE)


_STARTS_RELATIVE_RE = re.compile(r"\b(?:begin|start|run)$", re.IGNORECASE)


def _relative_clause_time(sent: str, masked: str, clause_end: int, exprs: list[TimeExpr],
                          idioms: set[int]) -> tuple[TimeExpr, int] | None:
    """The window of an event promised in a clause with no time of its own, read from a relative
    clause right after it that dates it ("will welcome them for the summit, | which will run from
    Nov. 23-24"): only when the clause ends on an event or body noun (the antecedent). Gives the
    expression and where the relative clause's verb ends."""
    m = _DATING_RELATIVE_RE.match(sent, clause_end)
    if m is None:
        return None
    words = masked[max(0, clause_end - 60):clause_end].split()
    head = _POSSESSIVE_RE.sub("", words[-1].lower().strip(",.")) if words else ""
    if len(words) >= 3 and words[-2].lower() in ("for", "on", "of") and words[-1][:1].isupper():
        # a name's head before its complement: "the Joint Commission for Cooperation"
        head = _POSSESSIVE_RE.sub("", words[-3].lower().strip(",."))
    if head not in EVENT_NOUNS | BODY_NOUNS and not (
            head in INSTRUMENT_NOUNS and _STARTS_RELATIVE_RE.search(m.group(0))):
        return None  # (a plan or a programme is dated by when it begins: "a plan, which will begin next year")
    end = _object_ends(sent, m.end())[1]
    for t in exprs:
        if m.end() <= t.start < end and t.due_start is not None and id(t) not in idioms \
                and t.reference != "past":
            return t, m.end()
    return None


def _own_time(subject: str, exprs: list[TimeExpr], default: TimeExpr | None) -> TimeExpr | None:
    """A split subject that names its own year ("the 2025 ministerial
    meeting") takes that window instead of the one chosen for the clause."""
    low = subject.lower()
    for t in exprs:
        if t.rule in NOUN_PHRASE_RULES and t.due_start is not None:
            phrase = re.sub(r"^the\s+", "", t.text.lower())
            if (phrase in low or low in phrase) and (
                    default is None or default.due_start is None
                    or default.due_end is None or t.due_end is None  # (a window has both ends or neither)
                    or not t.due_start <= default.due_start <= default.due_end <= t.due_end):
                return t  # (a narrower window inside that year stays: "from 3 to 5 June 2025")
    return default


def _time_right_after(sent: str, subject: str, start: int, exprs: list[TimeExpr],
                      default: TimeExpr | None) -> TimeExpr | None:
    """A split subject followed by a time of its own takes that window: "setting a target of
    completing it by early December and signing a pact by March 2026" (each deliverable of the
    list its own deadline; the clause's window stays for a subject with none right after it)."""
    end = _whole_word_end(sent, subject, start)
    if end is None:
        return default
    for t in exprs:
        if end <= t.start <= end + 4 and t.due_start is not None and t.reference != "past" \
                and _LEADING_PREP_RE.fullmatch(sent, end, t.start):
            return t
    return default


def _whole_word_end(text: str, phrase: str, start: int) -> int | None:
    """Where the first whole-word ``phrase`` in ``text`` from ``start`` ends (no word character or
    hyphen on either side), or None."""
    i = text.find(phrase, start) if phrase else -1
    while i >= 0:
        j = i + len(phrase)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "_-")) \
                and not (j < len(text) and (text[j].isalnum() or text[j] in "_-")):
            return j
        i = text.find(phrase, i + 1)
    return None


def _cut_subject(masked: str, obj_start: int, clause_end: int, exprs: list[TimeExpr]) -> str:
    end = clause_end
    for t in sorted(exprs, key=lambda x: x.start):
        # a time phrase between the verb and its object: "will sign on Friday | the visa accord"
        # (the shape of a Japan-Philippines report): the object follows it
        if obj_start <= t.start < end and t.rule not in NOUN_PHRASE_RULES \
                and _LEADING_PREP_RE.fullmatch(masked, obj_start, t.start) \
                and ((after := _OBJECT_AFTER_TIME_RE.match(masked, t.end))
                     # "agreed to launch immediately talks on the border": an adverb, then the object
                     or (_LY_ADVERB_RE.fullmatch(t.text) and _OBJECT_AFTER_ADVERB_RE.match(masked, t.end))):
            obj_start = after.start("obj") if after is not None else t.end
    for m in TIME_CUT_RE.finditer(masked, obj_start, end):
        if masked[obj_start:m.start()].strip(_PUNCT_STRIP + " ") or not _POSSESSIVE_RE.match(masked, m.end()):
            end = m.start()
            break
    for t in exprs:
        if obj_start < t.start < end and t.reference != "past":
            leading = not masked[obj_start:t.start].strip(_PUNCT_STRIP + " ")
            if (leading and _POSSESSIVE_RE.match(masked, t.end)) or t.rule in NOUN_PHRASE_RULES:
                continue  # "next year's Joint Commission", "the 2024 summit": the phrase qualifies the subject
            if masked[obj_start:t.start].strip().lower() in ("the", "their", "its") \
                    and _DATED_EVENT_NOUN_RE.match(masked, t.end):
                continue  # "host the April 20 meeting": a date premodifying the event
            end = t.start
    # the preposition that introduced the time phrase is not part of the subject: "their annual
    # strategic dialogue on | Thursday" (India-France), "their first 2+2 meeting ... for | late
    # January" (Japan-UK)
    out = _DANGLING_PREP_RE.sub("", masked[obj_start:end].strip(_PUNCT_STRIP)).strip(_PUNCT_STRIP)
    return "" if _LEADING_PREP_RE.fullmatch(out) else out  # "meet on | Monday": no object


_YEAR_RE = re.compile(r"\d{4}")
#: the speaker alone as the subject: "I am ready to sign" (a stance, not a party's promise)
_FIRST_PERSON_RE = re.compile(r"I(?:\s+am|['’]m)?")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_DATED_EVENT_NOUN_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + OCCASION_NOUNS + r"\b",
                                  re.IGNORECASE)
_LY_ADVERB_RE = re.compile(r"[a-z]+ly", re.IGNORECASE)
_OBJECT_AFTER_ADVERB_RE = re.compile(
    r"[\s,]+(?!(?:to|on|in|at|for|by|with|and|or|after|before|following|upon|as|if|when|once)\b)[A-Za-z]")
_LEADING_PREP_RE = re.compile(r"\s*(?:(?:on|in|at|by|during)\s*)?")
#: (and after a place set off by commas: "will convene on 16 and 17 July, here at the AU headquarters,
#: the two leaders": the object after both; twenty-third blind check)
_OBJECT_AFTER_TIME_RE = re.compile(r",?\s+(?:(?:here\s+|there\s+)?(?:at|in)\s+[^,;]{1,60},\s+)?"
                                   r"(?P<obj>(?:the|a|an|their|its|his|her|our)\s)")
_DANGLING_PREP_RE = re.compile(r"(?:\s+(?:on|in|at|for|by|during|from|until|before|after|around|"
                               # (a start point's words: "as of 1 May", "starting in June", "effective 1 May")
                               r"through|within|over|since|as\s+of|starting|beginning|effective))+$", re.IGNORECASE)


#: an acceptance dated to the past, between "accepted ... invitation" and its "to": "accepted an
#: invitation weeks ago to visit China this year" (an Australia-China report, 2023), "last month"
_PAST_ACCEPTANCE_RE = re.compile(
    r"\baccepted\s.*\binvitations?\s+(?:.*\s)?(?:ago|last\s+(?:week|month|year)|earlier)\s")
_PAST_AUX_ROWS = frozenset(["expected_to", "scheduled_for", "be_to", "ready_to"])
#: rows that date an event; reporting it called off after the trigger makes it no promise
#: ("the forum scheduled for May was postponed"; "postponed from May, it is scheduled for
#: July" stays a promise)
_DATED_EVENT_ROWS = frozenset(["scheduled_for", "scheduled_for_bare", "scheduled_for_fronted", "to_be_held",
                               "be_to"])
_CANCELLED_RE = re.compile(
    r"\b" + trie_alternation(CANCELLATION_WORDS, any_space=True) + r"\b", re.IGNORECASE)
#: negation just before a trigger: "has no plans to", "did not agree to", "is not expected to"
_NEG_BEFORE_RE = re.compile(
    r"(?:\b|(?=n't))" + trie_alternation(NEGATORS_BEFORE_TRIGGER, any_space=True)
    + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
#: time expressions that are noun phrases naming the deliverable ("the 2026 summit"): they
#: belong to the subject, and give the window of the subject that contains them
NOUN_PHRASE_RULES = frozenset(["year_event", "early_deliverable", "annual_series"])
#: rows whose trigger is naturally reported in a temporal clause ("when X accepted the invitation to")
_WHEN_CLAUSE_ROWS = frozenset(["accepted_invitation"])
#: the openers of a clause of reason or concession (not of condition or time: "If Kenya hosts
#: the summit", "When the talks resume" state no plan)
_REASON_OPENERS = frozenset(["as", "because", "although", "though"])
SAY_BEFORE_RE = re.compile(
    r"\b(?:" + alternation(words(SAYING_VERBS, "before")) + r")\b", re.IGNORECASE)
_EVENT_HEADS = EVENT_NOUNS | BODY_NOUNS | INSTRUMENT_NOUNS
#: words of a verb group: a post-modifier has none ("the meeting of X was going | to be held")
_AUX_WORDS = frozenset(["is", "are", "was", "were", "will", "would", "has", "have", "had", "been", "being",
                        "going", "be"])
#: prepositions of a short post-modifier after an event head ("meeting between A and B"; "a visit
#: to Ghana | slated for April", "a visit by President Ruto", "the summit in Accra"; forty-second
#: blind check)
_POSTMODIFIER_PREPS = frozenset(["between", "of", "with", "among", "to", "by", "in"])


#: a meeting or visit (noun) as the object of an agreement: "agreed to an (early) in-person meeting"
#: an agreement to a deliverable named by its noun (``tables.AGREED_NOMINALS``)
_AGREED_NOMINAL_RE = re.compile(
    r"(?:a|an|the)\s+(?:(?!of\b|for\b|on\b|in\b)[\w'’+-]+(?:,\d{3})*(?:-[\w'’+-]+(?:,\d{3})*)*\s+){0,3}?(?P<nom>" + trie_alternation(AGREED_NOMINALS)
    + r")\b(?!\s+of\s+(?:views|ideas|opinions|information)\b)", re.IGNORECASE)

_AGREED_EVENT_RE = re.compile(
    r"(?:a|an|the)\s+(?:[\w'’+-]+\s+){0,4}?" +
    trie_alternation(w for w, c in EVENT_CLASSES.items() if c in ("meeting", "visit", "negotiation")
                     and w not in ("counterpart", "counterparts")) + r"\b",
    re.IGNORECASE)


#: a condition in the sentence: its "would" is conditional, whatever date it names
_CONDITION_RE = re.compile(r"(?i)\b(?:if|unless|provided|otherwise|in\s+case)\b")
#: a verb of hinting and the subject of its "would" (``tables.HINT_VERBS``)
_HINTED_RE = re.compile(r"(?i)\b(?:" + alternation(sorted(HINT_VERBS)) + r")\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,6}$")


#: a clause of what is hoped for (``tables.HEDGES``' hope rows), up to the modal: "expressed hope that the agreement | would be
#: signed", "is hopeful that the talks | will resume" (the devcorpus conventions: hedged)
_HOPED_THAT_RE = re.compile(r"(?i)\b(?:(?:" + alternation(tuple(HOPE_WORDS)) + r")\s+that"
                            # (and an opinion: "We think the port will be handed over within one
                            # month", "I believe the deal will be signed"; twenty-ninth blind check)
                            r"|(?:I|we|they|he|she)\s+(?:" + alternation(tuple(OPINION_VERBS)) + r")(?:\s+that)?)\s+"
                            r"(?:[\w'’,“”-]+\s+){1,10}$")


def _dated_after(exprs: list[TimeExpr], at: int) -> bool:
    """Does a time expression after ``at`` name a calendar day, month or year ("would be held not
    later than April 2031", "would be signed on 3 May")? News copy goes on in reported speech
    with a bare "would" after the sentence that says who said it; a conditional "would" names
    no date ("would benefit both countries")."""
    return any(t.start >= at and _calendar(t) for t in exprs)


def _calendar_to_come(exprs: list[TimeExpr], at: int = 0) -> bool:
    """Does a calendar time (``_calendar``) not of the past lie at or after ``at``: the date that
    makes a plan of a body's sitting, a thing's onset or a regime's start?"""
    return any(t.start >= at and _calendar(t) and t.reference != "past" for t in exprs)


def _calendar(t: TimeExpr) -> bool:
    """A time phrase that names a calendar day, month or year (not "soon"): it dates a plan."""
    return t.due_end is not None and t.confidence >= 0.7


def _calendar_in(c: _Candidate, exprs: list[TimeExpr]) -> bool:
    """Does a calendar time (``_calendar``) lie in the candidate's clause, after its verb?"""
    return any(c.trig_start <= t.start < c.clause_end and _calendar(t) and t.reference != "past" for t in exprs)


def _dated_right_before(exprs: list[TimeExpr], at: int, masked: str) -> bool:
    """A day right before the modal, between its subject and it: "President Ruto on Thursday would
    arrive in Accra" (a reported plan, dated as ``_dated_after`` dates one after it); or one
    opening the sentence, set off by its comma: "On October 29 this year, the summit would
    commence" (twenty-third blind check)."""
    return any(t.end <= at and _calendar(t) and t.reference != "past"
               and (not masked[t.end:at].strip() or _fronted_date(t, masked, at))
               for t in exprs)


def _fronted_date(t: TimeExpr, masked: str, at: int) -> bool:
    """Does ``t`` open the sentence's fronted adverbial (``_FRONTED_PP_RE``, closed by its comma
    before ``at``)?"""
    fm = _FRONTED_PP_RE.match(masked)
    return fm is not None and t.end < fm.end() <= at \
        and _FRONTED_DATE_OPENING_RE.fullmatch(masked, 0, t.start) is not None


#: what may open a sentence before a fronted date ("On | October 29", "In | May 2031")
_FRONTED_DATE_OPENING_RE = re.compile(r"\W*(?:(?:on|in|by|from|during|at)\s+)?", re.IGNORECASE)


def _backshifted(masked: str, trig_start: int, exprs_fn: _ExprsFn, published_on: date) -> bool:
    """A pluperfect in reported speech with a time to come: "X said he had agreed to a meeting in
    the near future" (the backshifted "I have agreed"), not a report of an earlier decision."""
    if not SAY_BEFORE_RE.search(masked, 0, trig_start):
        return False
    return any(t.start > trig_start and t.reference != "past"
               and t.due_start is not None and t.due_start >= published_on for t in exprs_fn(True))


def _look_through(masked: str, vstart: int, vend: int) -> tuple[int, int] | None:
    """The deliverable verb behind a light verb or in a coordinated verb phrase.

    "make every effort to conclude the treaty" -> "conclude"; "make ready its
    conference centre and host the next summit" -> "host". None when there is none.
    """
    m = LIGHT_VERB_RE.match(masked, vstart)
    if m is not None:
        nm = _VERB_AT_RE.match(masked, m.end())
        if nm is not None and verb_class(nm.group(1)) == "deliverable":
            return nm.start(1), nm.end(1)
    # (not into a purpose clause: "bolster cooperation to reinforce X, ... implement Y and protect
    # Z" lists what the cooperation is for, not deliverables)
    limit = _object_ends(masked, vend)[0]
    for cm in _VP_CONJ_RE.finditer(masked, vend, limit + 1):
        if verb_class(cm.group("verb")) == "deliverable":
            nxt = _next_word(masked, cm.end("verb")).lower()
            if nxt and (nxt in DETERMINERS or nxt in _PREPS or nxt.endswith("ly") or nxt[:1].isdigit()
                        or nxt in ("again", "together") or cm.group(0).lstrip().startswith(",")):
                return cm.start("verb"), cm.end("verb")
    return None


#: the next verb of a coordinated verb phrase: ", restore ...", "and host ..."
_VP_CONJ_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:to\s+)?(?:also\s+)?(?P<verb>[a-z][\w-]*)(?=\s+\S)")


#: A light verb whose object names the deliverable, or an aspiration whose clause includes one:
#: (verbs, the object or clause, the action, where the subject starts: at the match or after
#: it). One row each, with an example a test runs.
LIGHT_VERB_IDIOMS: tuple[tuple[frozenset[str], re.Pattern[str], str, str, str], ...] = (
    # "pay an official visit to", "make a state visit to", "have / embark on an official visit to":
    # the visit is the deliverable (with more words before it, its destination: "make his first
    # official visit to Ghana"; "make a working-level overnight visit like ..." names none)
    (frozenset({"make", "pay", "have", "embark"}),
     re.compile(r"\s+(?:on\s+)?(?:(?:a|an|his|her|their|its)\s+(?:(?:\w+\s+)?(?:visits?|trip|tour)\s+(?:to\s+)?"
                r"|(?:[\w-]+\s+){2,3}?(?:visits?|trip|tour)\s+to\s+)"
                # "the" with a destination: "will make the March 5-8 visit to Ghana" (thirty-fourth blind check)
                r"|the\s+(?:[\w-]+\s+){0,3}?(?:visits?|trip|tour)\s+to\s+)", re.IGNORECASE),
     "visit", "after", "The President will make his first official visit to Ghana in May."),
    # a courtesy call on an office-holder: "the minister will also call on President Ruto" is a
    # meeting with him ("call on Ghana to release ..." is an ask of a party)
    (frozenset({"call"}),
     re.compile(r"\s+on\s+(?=(?:the\s+)?" + _titles("call_on") + r"\b)"),
     "meet", "after", "The Ghanaian minister will also call on President Ruto on Friday."),
    # receiving an office-holder: "President Ruto will receive President Mahama in Nairobi" is a meeting
    # with him ("will receive A and B for the summit" is hosting it, ``HOST_FOR_VERBS``)
    (frozenset({"receive"}),
     re.compile(r"\s+(?=(?:the\s+)?(?:visiting\s+)?" + _titles("receive") + r"\b)"),
     "meet", "after", "President Ruto will receive President Mahama in Nairobi on 3 May."),
    # welcoming an office-holder to a place: "I will welcome the Ghanaian president to Mombasa on
    # May 9" is receiving him there (twenty-second blind check; "welcome the president's
    # decision" names no place)
    (frozenset({"welcome"}),
     re.compile(r"\s+(?=(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?i:" + _titles("receive")
                + r")\b(?!['’]s)[^.;,]{0,40}?\bto\s+[A-Z])"),
     "meet", "after", "President Ruto will welcome the Ghanaian president to Mombasa on 9 May."),
    # ties raised to a named partnership: "will elevate their relationship to a strategic partnership
    # by 2025" is establishing it (forty-third blind check; "elevate cooperation" stays an aspiration)
    (frozenset({"elevate", "upgrade"}),
     re.compile(r"\s+" + TIES_RAISED_TO + r"(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?partnership\b)", re.IGNORECASE),
     "establish", "after", "Kenya and Ghana will elevate their relationship to a strategic partnership by 2025."),
    # (and worked towards: "agreed to work towards upgrading ties to a strategic partnership next year")
    (frozenset({"work"}),
     re.compile(r"\s+towards?\s+(?:elevating|upgrading)\s+" + TIES_RAISED_TO
                + r"(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?partnership\b)", re.IGNORECASE),
     "establish", "after", "Kenya and Ghana agreed to work towards upgrading ties to a strategic partnership next year."),
    # "will have a series of meetings in October", "will have talks with", "will have an extensive
    # dialogue with the foreign minister": meetings held
    (frozenset({"have"}),
     re.compile(r"\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:(?:series|round|number)\s+of\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:meetings?|talks|discussions|consultations|summit|dialogue"
                # "will have lunch at an Adelaide winery": a meal together is a meeting (16D)
                r"|lunch|dinner|breakfast)\b",
                re.IGNORECASE),
     "hold", "at", "The ministers will have a series of meetings in Nairobi in October."),
    # "will take part in the meeting / summit / talks": attending it (the same deliverable as
    # "attend"); "take part in efforts / the fight against" names no event and stays out
    (frozenset({"take"}),
     re.compile(r"\s+part\s+in\s+(?=(?:the|a|an|this|that|these|their|its|his|her)\s+(?:[\w+-]+\s+){0,5}?"
                r"(?:meeting|summit|talks|session|conference|forum|ceremony|round|dialogue|consultations|"
                # (and a social occasion of a visit: "will take part in a gala hosted by his Ghanaian
                # counterpart", forty-third blind check)
                r"exercise|signing|visit|celebrations?|commemorations?|gala|banquet|dinner|luncheon|lunch|reception)\b)",
                re.IGNORECASE),
     "attend", "after", "The President of Ghana will also take part in the summit in Accra in May."),
    # an aspiration made concrete by a deliverable it includes: "agreed to reinforce cooperation
    # on maritime security, including through an early meeting of the working group"
    (ASPIRATION_VERBS,
     re.compile(r"[^.;:]{0,160}?,?\s+including\s+(?:through|by|via|with)\s+"
                r"(?=(?:an?|the|its|their)\s+(?:early\s+|next\s+|first\s+|second\s+|third\s+|"
                r"\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:meeting|summit|session|round|"
                r"visit|convening)\b)"),
     "hold", "after", ("Kenya and Ghana agreed to reinforce cooperation on maritime security, "
     "including through an early meeting of the Joint Working Group in June.")),
    # an aspiration whose purpose is a meeting: "agreed to pursue implementation of the mechanisms with
    # a view to having meetings of the joint commission within six months" (thirty-third blind check)
    (ASPIRATION_VERBS,
     re.compile(r"[^.;:]{0,160}?\s+with\s+(?:a|the)\s+view\s+to\s+(?:(?:having|holding|convening)\s+)?"
                r"(?=(?:an?|the|its|their)?\s*(?:early\s+|next\s+|first\s+|regular\s+|\d+(?:st|nd|rd|th)\s+)?"
                r"(?:[\w-]+\s+){0,4}?(?:meetings?|summit|session|round|consultations)\b)", re.IGNORECASE),
     "hold", "after", ("Kenya and Ghana agreed to pursue implementation of the mechanisms with a view to having "
     "meetings of the Joint Commission within six months.")),
    # "put in place a monitoring mechanism": setting it up
    (frozenset({"put"}), re.compile(r"\s+in\s+place\s+(?=(?:an?|the|their|its|new|joint)\b)", re.IGNORECASE),
     "establish", "after", "Kenya and Ghana agreed to put in place a joint monitoring mechanism."),
    # "will lead a high-level delegation to Accra": travelling there (a place named after "to"; "will
    # lead the delegation" alone says who represents whom, ``DESCRIPTION_VERBS``); "a team back to
    # Accra" (twenty-sixth blind check); "will lead a trade mission to Ghana and Nigeria" (forty-first);
    # "a delegation of Treasury officials on a tour of Kenya, Ghana and Togo" (forty-second)
    (frozenset({"lead", "head"}),
     re.compile(r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)\s+"
                r"(?:of\s+[^.;:]{1,100}?\s+)?(?:(?:back\s+)?to|on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:tour|visit|trip)\s+(?:of|to))\s+(?=[A-Z])"),
     "visit", "after", "The deputy minister will lead a high-level delegation to Accra next week."),
    # addressing an event is taking part in it: "will address the Kenya-Ghana Business Forum", "will
    # address a joint press conference" ("address the challenges" names no event)
    (frozenset({"address"}),
     re.compile(r"\s+(?=(?:the|a|an|this)\s+(?:[\w+-]+\s+){0,5}?(?:forum|conference|session|summit|stakeout|"
                r"assembly|parliament|gathering|rally)\b)", re.IGNORECASE),
     "attend", "after", "President Ruto will address the Kenya-Ghana Business Forum in Accra on Friday."),
    # speaking at an event is taking part in it: "will speak on October 3 at the plenary session of
    # the Valdai forum" (fortieth blind check; "will speak to reporters" names no event)
    (frozenset({"speak"}),
     re.compile(r"\s+(?:on\s+[^,.;]{1,30}?\s+)?at\s+(?=(?:the|a|an|this)\s+(?:[\w+-]+\s+){0,5}?(?:forum|conference|"
                r"session|summit|assembly|gathering|ceremony|meeting|dialogue|parliament)\b)", re.IGNORECASE),
     "attend", "after", "President Ruto will speak on October 3 at the plenary session of the Accra Forum."),
    # representing someone at an event is taking part in it: "will represent President Ruto at the
    # 20th Kenya-Ghana Summit" ("will represent Kenya" alone says who represents whom; twenty-fourth
    # blind check)
    (frozenset({"represent"}),
     re.compile(r"\s+(?:[\w.'’-]+\s+){1,5}?at\s+(?=(?:the|a|an|this)\s+(?:[\w+-]+\s+){0,6}?(?:summit|meeting|forum|"
                r"conference|session|talks|ceremony|assembly|dialogue)\b)", re.IGNORECASE),
     "attend", "after", "Foreign Minister Mensah will represent President Ruto at the Kenya-Ghana Summit in May."),
    # "will preside over the joint meeting of the two governments": chairing it is holding it
    # ("preside over a decline" names no event)
    (frozenset({"preside"}),
     re.compile(r"\s+over\s+(?=(?:the|a|an|this|its|their)\s+(?:[\w+-]+\s+){0,5}?(?:meeting|summit|session|"
                r"conference|forum|commission|council|committee|dialogue|consultations|talks|ceremony)\b)",
                re.IGNORECASE),
     "hold", "after", "Prime Minister Odinga will preside over the joint meeting of the two governments on Friday."),
    # "will be on a two-day visit to Kenya": the copula with a visit is visiting
    (frozenset({"be"}),
     re.compile(r"\s+on\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+to\s+",
                re.IGNORECASE),
     "visit", "after", "Foreign Minister Mensah will be on a two-day visit to Kenya from March 14."),
    # "repeat / reconvene the meeting in this format": holding it again ("repeat its call" is none)
    (frozenset({"repeat"}),
     re.compile(r"\s+(?=(?:the|this|that|their|its|such\s+a|a)\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|talks|session|"
                r"round|dialogue|conference|forum|exercise|consultations)\b)", re.IGNORECASE),
     "hold", "after", "Ghana said the two sides plan to repeat the meeting in this format in Lome."),
    # a rotating office taken over: "Kenya will take over the rotating chairmanship of the bloc next
    # year", "will assume the presidency in January" (multilateral series, sixteenth blind check)
    (frozenset({"take", "assume"}),
     re.compile(r"\s+(?:over\s+)?(?=(?:the|its)\s+(?:[\w\[\]-]+\s+){0,3}?(?:presidency|chairmanship|chair)\b)",
                re.IGNORECASE),
     "assume", "after", "Kenya will take over the rotating chairmanship of the bloc next year."),
    # goods taken in by their recipient: "Kenya will receive the first six jets by mid-2031", "is slated to
    # take delivery of the corvette in 2031" (``lexicon.TAKING_DELIVERY``: goods of ``GOODS_KINDS`` as the
    # object, a few words before their noun; thirty-sixth blind check)
    (frozenset(base for base in TAKING_DELIVERY if " " not in base),
     re.compile(r"\s+(?=" + GOODS_PHRASE + ")", re.IGNORECASE),
     TAKE_DELIVERY, "after", TAKING_DELIVERY["receive"][1]),
    # (whatever is taken delivery of: "take delivery of the Arrow 3 system by 2031")
    (frozenset(["take"]), re.compile(r"\s+delivery\s+of\s+", re.IGNORECASE),
     TAKE_DELIVERY, "after", TAKING_DELIVERY["take delivery of"][1]),
    # a decision made or taken: "will make / take / reach a final investment decision on the pipeline"
    # (the decision is the deliverable, as "the decision would be taken in December" says;
    # "make efforts" names none; nineteenth blind check)
    (frozenset({"make", "take", "reach"}),
     re.compile(r"\s+(?=(?:a|the|its|their)\s+(?:(?:final|formal|firm|joint)\s+)?(?:investment\s+)?decision\b)",
                re.IGNORECASE),
     "take", "after", "The Kenya Pipeline Company will make a final investment decision on the project by 2033."),
    # works begun by their builder: "will break ground on the Accra factory next week" (the thing
    # after "on" / "for" is what is built; the thing as subject, "the project will break ground",
    # is ``THING_ONSETS``'s; thirty-seventh blind check)
    (frozenset({"break"}), re.compile(r"\s+ground\s+(?:on|for)\s+", re.IGNORECASE),
     "break ground", "after", "Kenya Motors will break ground on its Accra factory next week."),
    # an occasion that "will witness the signing of" agreements holds the signing: "the meeting will
    # witness the signing of deals on trade" (sixteenth blind check); so do the parties' leaders
    # who will witness it, "the two presidents will witness the signing ceremony of two memoranda"
    # (forty-first blind check: the labels of two dialogues read it as the signing promised)
    # (``tables.SIGNING_AT_OCCASION``: "will allow / see the signing of")
    (frozenset(SIGNING_AT_OCCASION),
     re.compile(r"\s+the\s+(?:formal\s+|official\s+)?signing\s+(?:ceremony\s+)?of\s+", re.IGNORECASE),
     "sign", "after", SIGNING_AT_OCCASION["witness"]),
)


_POSSESSOR_RE = re.compile(POSSESSOR)
#: a new date that names none, after "postponed to": "a later date", "a later, unspecified date", "a
#: date to be announced"
_NO_NEW_DATE_RE = re.compile(r"(?i)\s+(?:an?|some)\s+(?:(?:later|future|new|subsequent|further|unspecified|undetermined|"
                             r"unannounced|indefinite)\s*,?\s+){0,3}(?:date|time|day)\b")
#: a subject that stands for both parties: their leaders together ("the two presidents", "both
#: sides", "the prime ministers", "Presidents A and B"); one person witnessing a signing is a role
_BOTH_SIDES_SUBJECT = re.compile(r"(?i)\b(?:both|two|sides|leaders|presidents|prime\s+ministers|heads\s+of"
                                 r"\s+(?:state|government))\b")


def _noun_ahead(masked: str, at: int, nouns: frozenset[str], chars: int, words: int) -> bool:
    """Is one of ``nouns`` among the first ``words`` words of the ``chars`` characters after ``at``
    ("looking forward to the | next meeting", "accepted an invitation to | the 50th Anniversary
    Celebrations")?"""
    return any(x.strip(",.") in nouns for x in masked[at:at + chars].lower().split()[:words])


def _light_idiom(verb: str, text: str, at: int) -> tuple[str, int] | None:
    """(action, subject start) when ``verb`` at ``at`` is a light verb whose object names
    the deliverable, or an aspiration whose clause includes one (``LIGHT_VERB_IDIOMS``)."""
    lem = lemma(verb)
    for verbs, rx, action, where, _example in LIGHT_VERB_IDIOMS:
        if lem in verbs and (m := rx.match(text, at)):
            return action, (m.end() if where == "after" else at)
    return None

_SAY_VERB_RE = re.compile(
    r"\b(?:" + alternation(words(SAYING_VERBS, "verb")) + r"|agreed|decided)\b")
#: "will be attended by X": who takes part, not a deliverable
_BY_AGENT_RE = re.compile(r"\s+by\s")
#: an invitation as the object ("accept an / the / X's invitation"): accepting it is no deliverable;
#: what it invites to is ("accepted an invitation to visit", or "... and will visit")
_INVITATION_RE = re.compile(r"\s+(?:an?|the|this|that|his|her|their|its|our|[A-Z][\w.'’-]*['’]s)\s+"
                            r"(?:[\w-]+\s+){0,2}?invitations?\b")
#: attending for a side or on behalf of a government says who represents whom, like "will lead
#: the delegation" (``DESCRIPTION_VERBS``)
_FOR_SIDE_RE = re.compile(r"\s+(?:in\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                          r"(?:side|delegation|government)\b", re.IGNORECASE)
#: the event people meet for, after the place and date: "to meet in Tokyo on Nov. 8 for their
#: two-plus-two meeting"
_MEET_FOR_EVENT_RE = re.compile(r"[^;:]{0,60}?\bfor\s+(?P<event>(?:the|their|its|a|an)\s+[^,.;:]{2,60}?)"
                                r"(?=\s*(?:[,.;:]|$|\s(?:in|on|at|with|to|according)\b))")
_FOR_TO_VERB_RE = re.compile(r"\s*(?P<who>(?:[\w'’.-]+\s+){1,8}?)to\s+(?P<verb>[a-z][\w-]*)\b")
#: the subject at the start of a sentence: the words before its first verb
_SENT_SUBJECT_RE = re.compile(
    r"\W*((?:[\w'’.-]+\s+){1,10}?)(?=(?:will|would|shall|has|have|had|is|are|was|were|[a-z]{3,}ed|"
    + trie_alternation(w for w in IRREGULAR_FORMS if not w.endswith("ing")) + r")\b)")
_AUX_CUT_RE = re.compile(r"\s+(?:will|shall|would|is|are|was|were|has|have|had|been)\b")
#: "get it done", "get experts together", "bring the two teams together"
_IDIOM_RE = re.compile(r"\s+(?:(?P<done>(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+done)\b|(?:[\w'’-]+\s+){1,4}?together\b)")


def _outcome_object(masked: str, vend: int, nouns: frozenset[str] = OUTCOME_NOUNS) -> bool:
    """The object is an economic quantity ("two-way trade", "the value of exports"), or with
    ``nouns`` another kind of non-deliverable (``FIGURATIVE_OBJECTS``: "a new chapter";
    ``PROMISED_GOODS``: "lasting benefits")."""
    words = [w.strip(",.;").lower() for w in masked[vend:vend + 80].split()[:5]]
    for w in words:
        if w in _PREPS:  # the head noun phrase ends here
            break
        if w in nouns:
            return True
    return False


def _figurative(action: str, masked: str, vend: int) -> bool:
    """A deliverable verb made a figure of speech by its object: "open a new chapter in relations",
    "will provide an opportunity to ..." (``FIGURATIVE_OBJECTS``), "deliver results" (a verb of
    bringing about and ``PROMISED_GOODS``); the frames and the open reading both ask it."""
    return _outcome_object(masked, vend, FIGURATIVE_OBJECTS) or (
        action in GOOD_BRINGING_VERBS and _outcome_object(masked, vend, PROMISED_GOODS))


_SPACES_RE = re.compile(r"\s{2,}")
_VERB_AT_RE = re.compile(r"\s*([a-z][\w-]*)")


_RELATIVE_EVENT_PASSIVES = frozenset(["held", "hosted", "convened", "organised", "organized"])
_RELATIVE_WORD_END_RE = re.compile(r"[\s,]*\b(?:that|which)\s*$", re.IGNORECASE)
_NP_TAIL_CUT_RE = re.compile(r"\s+(?:involving|among)\b.*$", re.IGNORECASE)


_KEEPING_VERBS = frozenset(["maintain", "keep", "observe", "uphold", "extend"])
_HELD_UNTIL_RE = re.compile(r"\s+(?:(?:the|a|an|its|their|this|current)\s+)?(?:[\w-]+\s+){0,2}?(?P<state>"
                            + "|".join(HELD_STATES) + r")\b[^.;:]{0,60}?\buntil\b", re.IGNORECASE)


def _held_until(verb: str, masked: str, vend: int) -> bool:
    """"maintain the ceasefire until May 6": a state kept for a stated period (``HELD_STATES``)."""
    return lemma(verb.lower()) in _KEEPING_VERBS and _HELD_UNTIL_RE.match(masked, vend) is not None


@dataclass
class _UntilThen:
    """"until then": from the statement to the date named before it in the sentence."""
    text: str
    start: int
    end: int
    due_start: date | None
    due_end: date | None
    rule: str = "until_then"
    confidence: float = 0.7
    reference: str = "future"
    granularity: str = "range"


_UNTIL_THEN_RE = re.compile(r"\buntil\s+then\b", re.IGNORECASE)


def _until_then(masked: str, c: _Candidate, exprs: list[TimeExpr], made_on: date) -> TimeExpr | None:
    """The window of "maintain the truce until then" after "resume talks on May 6": made_on .. May 6."""
    m = _UNTIL_THEN_RE.search(masked, c.obj_start)
    if m is None or m.start() > c.clause_end + 1:
        return None
    before = [t for t in exprs if t.end <= m.start() and t.due_end is not None and t.reference != "past"]
    if not before:
        return None
    return _UntilThen(m.group(0), m.start(), m.end(), made_on, before[-1].due_end)


#: what may stand between a thing and its taking effect: "which will", ", that is to", "will"
#: what stands between a thing and its taking effect: "the treaty, which will | enter into force", "the
#: accord is set to | come into force", "signed the agreement, set to | come into force on 1 May" (a
#: schedule word with or without its verb: ``lexicon.SCHEDULE_WORDS``)
_TAKES_EFFECT_LEAD_RE = re.compile(r"[\s,]*(?:(?:which|that)\s+)?(?:(?:will|shall|would|(?:is|are)\s+to"
                                   r"|(?:(?:is|are)\s+)?(?:" + _schedule("expected_to") + r")\s+to)\s+"
                                   # (adverbs after the modal: "would also now come into effect")
                                   r"(?:(?:\w+ly|also|now|then|only|still|instead)\s+){0,3})?$",
                                   re.IGNORECASE)
#: a participle set off by commas right before the lead: "the ceasefire, announced last month, | would
#: come into effect on 16 October" (the thing is the noun before it)
_APPOSITIVE_PARTICIPLE_RE = re.compile(r",\s*(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;:]{0,60},?\s*$")
_NP_STOP_WORDS = frozenset(["to", "is", "are", "was", "were", "will", "be", "been", "has", "have", "had", "that",
                            "which", "and", "said"])


def _thing_before(masked: str, pos: int) -> str | None:
    """The noun phrase before "effective from / will come into effect" at ``pos``: back over at most
    16 words to a verb, from its first determiner ("signed in Accra | a 90-day truce"; "to approve
    | the ten rules for the truce, which will ...")."""
    lead = _TAKES_EFFECT_LEAD_RE.search(masked, 0, pos)
    end = lead.start() if lead is not None else pos
    if (aside := _APPOSITIVE_PARTICIPLE_RE.search(masked, 0, end)) is not None:
        end = aside.start()
    words = masked[max(0, end - 240):end].split()[-16:]
    start = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower().strip(",.\"“”")
        if w in _NP_STOP_WORDS and not (w == "and" and start is None) or w.endswith(("ed", ";", ":")) \
                or (w.endswith("ing") and i < len(words) - 1):
            if w == "and":
                continue
            break
        if w in DETERMINERS:
            start = i
    if start is None:
        return None
    np_ = " ".join(words[start:]).strip(_PUNCT_STRIP)
    np_ = _ARTICLE_RE.sub("", np_)
    return np_ if len(np_.split()) >= 1 and np_.lower() not in ("it", "this", "that") else None


#: the parties' decision in a relative clause: "Kenya and Ghana, who agreed to meet again on 2-3
#: March, ..." (``_inner_relatives``)
_AGREED_TO = r"(?:agreed|decided|resolved|pledged|promised)\s+to"
#: a relative clause set off inside the sentence with a future in it: ", who will visit Nairobi
#: in June," (``_inner_relatives``)
_INNER_RELATIVE_RE = re.compile(r",\s*(?:which|who)\s+(?:" + MODAL_WORDS + r"|(?:is|are)\s+(?:" + _schedule("inner")
                                + r")\s+to|" + _AGREED_TO + r")\b", re.IGNORECASE)


def _inner_relatives(doc: _Doc, sent: str, masked: str, s: int, exprs_fn: _ExprsFn,
                     words: frozenset[str], found: list[_Candidate]) -> list[_Candidate]:
    """The promises of relative clauses set off inside the sentence, which the sentence's own
    reading blanks as asides ("President Mensah, | who will visit Nairobi in June, | spoke to
    reporters"): each read with the rest of the sentence after it blanked, its antecedent as its
    subject (``_antecedent``)."""
    out: list[_Candidate] = []
    for m in _PARENTHETICAL_RE.finditer(sent):
        if not _INNER_RELATIVE_RE.match(sent, m.start()) or masked[m.start():m.end()].strip():
            continue  # (not blanked: the sentence's own reading read it)
        if any(m.start() <= c.trig_start < m.end() or c.obj_start <= m.start() <= c.clause_end for c in found):
            continue  # (read already, or dating a promise's object: "attend the summit, which will ...")
        inner = masked[:m.start()] + sent[m.start():m.end()] + " " * (len(sent) - m.end())
        inner = _interposed_times(sent, inner, exprs_fn)
        out += [c for c in _commitments(doc, sent, inner, s, exprs_fn, words)
                if m.start() <= c.trig_start < m.end()]
    return out


_COMMA_WHICH_RE = re.compile(r",\s*which\s*$", re.IGNORECASE)
_COMMA_WHO_RE = re.compile(r"(?P<np>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s*,\s*who\s*$")
_COMMA_WHO_PARTIES_RE = re.compile(r"(?P<np>\b(?:(?:the|both)\s+(?:two\s+|three\s+)?[a-z]+"
                                   r"|(?-i:[A-Z][\w.'’-]*)\s+and\s+(?-i:[A-Z][\w.'’-]*)))\s*,\s*who\s*$",
                                   re.IGNORECASE)


def _antecedent(masked: str, pos: int, word: str) -> str | None:
    """The antecedent of a non-restrictive relative clause whose relative pronoun is its subject
    (the trigger at ``pos``): an event, body or facility before ", which" ("the Joint Commission,
    which will meet ..."), an office-holder or a name before ", who" ("President Mensah, who will
    visit ...")."""
    before = masked[max(0, pos - 200):pos]
    if word == "which":
        if _COMMA_WHICH_RE.search(before) is None:
            return None
        return _relative_event_np(masked, pos, EVENT_NOUNS | BODY_NOUNS | FACILITY_NOUNS)
    # (parties named by a determiner or joined by "and": "the two sides, who", "Kenya and Ghana, who")
    c = _COMMA_WHO_PARTIES_RE.search(before)
    if c is not None and _subject_kind(c.group("np")) == "agent":
        return c.group("np")
    m = _COMMA_WHO_RE.search(before)
    return m.group("np") if m is not None and _subject_kind(m.group("np")) in ("agent", "name") else None


#: an auxiliary opening a trigger ("is set to"): not a relative clause cut short
_AUX_START_RE = re.compile(r"(?:is|are|was|were|be|been)\s", re.IGNORECASE)


def _appositive_np(masked: str, pos: int) -> str | None:
    """The noun a relative clause cut short after a comma is about ("the Accra-Kumasi bridge, |
    set to open in 2033,"): read as ", which is set to" is (``_relative_event_np``), an event's,
    a body's or a facility's noun."""
    head = masked[:pos].rstrip()[:-1] + ", which "
    return _relative_event_np(head, len(head), EVENT_NOUNS | BODY_NOUNS | FACILITY_NOUNS)


#: how many words back a relative clause's event noun phrase is looked for, its determiner too: "the
#: State visit of the President of Ghana John Dramani Mahama to Kenya, | scheduled to start on
#: Friday" (forty-third blind check: fourteen words missed a head of state's full name)
_RELATIVE_REACH = 18


def _relative_event_np(masked: str, pos: int, heads: frozenset[str] | None = None) -> str | None:
    """The event a relative clause is about: "Ahead of the annual summit between A and B | that
    will take place ...": "the annual summit" (its head an event noun, at most ``_RELATIVE_REACH``
    words back);
    with ``heads``, the thing of one of those heads ("the agreements | which would be signed today")."""
    before = masked[max(0, pos - 200):pos]
    rm = _RELATIVE_WORD_END_RE.search(before)
    if rm is None:
        return None
    words = before[:rm.start()].split()[-_RELATIVE_REACH:]
    for i in range(len(words) - 1, -1, -1):
        w = _POSSESSIVE_RE.sub("", words[i].lower().strip(",.")).strip(",.")
        if (w in heads) if heads is not None else (w in EVENT_NOUNS or w in BODY_NOUNS):
            # (a body held is its meeting: "the Commission")
            for j in range(i, max(-1, i - 6), -1):
                if words[j].lower() in DETERMINERS:
                    np_ = " ".join(words[j:])
                    return _NP_TAIL_CUT_RE.sub("", np_).strip(_PUNCT_STRIP) or None
            return None
        if words[i].endswith((";", ":")):
            return None
    return None


#: a participle or adjective between an event noun and "to be held / signed" without a verb:
#: "an agreement due to be signed", "a summit set to be held", "a forum scheduled to take place"
_BARE_SCHEDULE_WORDS = frozenset(words(SCHEDULE_WORDS, "bare"))


#: a verb of calling off right before an occasion's noun phrase, in any form (``lexicon.CALLING_OFF_ANY``,
#: ``tables.CANCELLATION_WORDS``): "would delay a presidential election | scheduled for February"
_CALLED_OFF_BEFORE_RE = re.compile(
    r"(?i)\b(?:" + CALLING_OFF_ANY + r"|"
    + trie_alternation(CANCELLATION_WORDS, any_space=True) + r")\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?$")


def _event_np_before(masked: str, pos: int) -> str | None:
    """The noun phrase right before an infinitive ("a summit | to be held"): only when its
    head (the word before "to") names an event, a body or an instrument."""
    before = masked[max(0, pos - 120):pos].rstrip()
    words = before.split()
    if len(words) >= 2 and words[-1].lower() in _BARE_SCHEDULE_WORDS and words[-2].lower() not in _AUX_WORDS:
        words = words[:-1]  # "the fisheries pact due | to be signed in July" (no verb between)
    if not words:
        return None
    head = len(words) - 1
    if words[head].lower().strip(",.") not in _EVENT_HEADS:
        # "the Joint Commission meeting between Kenya and Ghana, | scheduled for": the head before
        # a short post-modifier (between / of / with + names, no comma inside)
        head = next((i for i in range(len(words) - 2, max(-1, len(words) - 13), -1)
                     if words[i].lower() in _EVENT_HEADS and words[i + 1].lower() in _POSTMODIFIER_PREPS
                     and not any(w.endswith((",", ";", ":")) for w in words[i:-1])), -1)
        if head < 0:
            return None
    tail = words[head + 1:]
    if len(tail) >= 2 and [w.lower() for w in tail[-2:]] in (["is", "going"], ["are", "going"]):
        tail = tail[:-2]  # "the sixth meeting of the Joint Commission is going | to be held"
    if any(w.lower().strip(",.") in _AUX_WORDS for w in tail):
        return None  # "... was going | to be held": a verb between, no noun phrase
    out: list[str] = list(reversed(tail))
    at = head
    for k, w in enumerate(reversed(words[max(0, head - 7):head + 1])):
        if k and w.endswith((",", ";", ":")):
            break  # (the head's own comma, "Commission, | scheduled", ends no phrase)
        out.append(w)
        at = head - k
        if w.lower() in DETERMINERS:
            break
    of = _OCCASION_OF_RE.search(" ".join(words[max(0, at - 5):at]) + " ")
    if of is not None:
        # "the 43rd meeting of | the Joint Commission slated for December": the body's meeting,
        # with its edition
        out.extend(reversed(of.group(0).split()))
    return " ".join(reversed(out)).strip(_PUNCT_STRIP)


#: an occasion of a body named right before it: "the 43rd meeting of | the Joint Commission"
_OCCASION_OF_RE = re.compile(r"(?i)\b(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|round|edition|sitting)"
                             r"\s+of\s+$")


#: the items of a programme's list: at its commas, and at an "and" before a determiner or a noun of
#: taking part ("..., a signing ceremony for an MoU | and | a joint press conference")
_ITINERARY_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|the|his|her|their|participation|attendance)\s)")
#: taking part named by its noun, before the occasion: "participation in | the Sixth Summit"
_PARTICIPATION_RE = re.compile(r"(?i)(?:participation|attendance|taking\s+part)\s+(?:in|at)\s+")
#: the noun phrase of an upcoming occasion up to its date (``_upcoming_occasion``): up to three
#: words, the head, a short post-modifier (``_POSTMODIFIER_PREPS`` and a place's "at"), and the
#: date's own preposition
_UPCOMING_NP_RE = re.compile(
    r"\s*(?P<np>(?:[\w'’-]+\s+){0,3}?(?P<head>" + UPCOMING_OCCASION_NOUNS + r")"
    r"(?:\s+(?:" + alternation(sorted(_POSTMODIFIER_PREPS | {"at"})) + r")\s+[^,.;:]{1,60}?)?)"
    r"\s+(?:(?:from|on|in|at|during|starting|between)\s+)?$",
    re.IGNORECASE)


def _upcoming_occasion(masked: str, at: int, exprs: list[TimeExpr]) -> tuple[str, str, TimeExpr] | None:
    """The occasion an "upcoming" opens, when a calendar date to come follows its noun phrase:
    "upcoming | state visit to Ghana from September 21" -> ("state visit to Ghana", "visit", the
    date); none when a verb comes first ("the upcoming summit will be held ..." is the modal's)."""
    for t in sorted(exprs, key=lambda x: x.start):
        if t.start <= at or t.start - at > 120:
            continue
        if not _calendar(t) or t.reference == "past":
            return None
        m = _UPCOMING_NP_RE.fullmatch(masked, at, t.start)
        if m is None or any(w.lower() in _AUX_WORDS for w in m.group("np").split()):
            return None
        return m.group("np"), m.group("head").lower(), t
    return None


def _time_next(masked: str, at: int, exprs: list[TimeExpr]) -> bool:
    """Does a dated time phrase start at the next word after ``at`` ("begin | this year"; not
    "hold | annual meetings", a cadence of the object)?"""
    nxt = at + len(masked[at:]) - len(masked[at:].lstrip())
    return any(t.start == nxt and t.due_start is not None and t.granularity in _OPEN_GRAINS for t in exprs)


#: adverbs (not objects) after "will meet / convene": "the commission will meet next"
_ADVERBS_AFTER_MEET = frozenset(["again", "separately", "together", "next", "soon", "later", "shortly",
                                 "once", "twice", "today", "tomorrow", "tonight", "thereafter"])


_WORD_AT = re.compile(r"\S+")
_NAME_OF = re.compile(r"\s*of\s+(?:the\s+)?(?:[A-Z0-9][\w.'’+-]*\s*)+")


def _event_np_after_fronted(masked: str, trig_start: int, trig_end: int) -> str | None:
    """"Scheduled for 20 May in Accra, this meeting is expected to ...": a participle opening
    the sentence dates the noun phrase after its comma (when that names an event or a body)."""
    if masked[:trig_start].strip(_PUNCT_STRIP + " \"“"):
        return None
    comma = masked.find(",", trig_end, trig_end + 120)
    if comma < 0:
        return None
    words = list(itertools.islice(_WORD_AT.finditer(masked, comma + 1), 8))
    if not words or words[0].group(0).lower() not in DETERMINERS:
        return None
    out: list[str] = [words[0].group(0)]
    for wm in words[1:]:
        w = wm.group(0)
        out.append(w.strip(",.;:"))
        if w.lower().strip(",.;:") in _EVENT_HEADS - INSTRUMENT_NOUNS:
            # its name may follow: "this meeting of the Kenya-Ghana Joint Commission"
            of = _NAME_OF.match(masked, wm.end())
            return " ".join(out) + (of.group(0).rstrip() if of else "")
        if w.endswith((",", ";", ":", ".")):
            break
    return None


#: past-tense agreement triggers (an agreement reported as made at an earlier occasion)


def _before(month: str, day: str | None, year: str | None, anchor: date) -> bool:
    mon = MONTH_NUMBER.get(month.lower().rstrip("."))
    if mon is None:
        return False
    y = int(year) if year else anchor.year
    if day:
        try:
            return date(y, mon, int(day)) < anchor
        except ValueError:
            return False
    return (y, mon) < (anchor.year, anchor.month)


def _past_occasion(masked: str, after: int, anchor: date) -> bool:
    """Whether the agreement is dated to an occasion before the document: "agreed to create the
    council during their summit in Accra last month" (an earlier agreement restated, not a
    promise this document makes; its month is no window)."""
    fronted = FRONTED_MONTH_RE.match(masked)
    if fronted is not None and fronted.group("year") \
            and _before(fronted.group("month"), None, fronted.group("year"), anchor):
        return True  # "In March 2021, the presidents agreed to relaunch X" (a U.S.-Mexico note, 2021)
    for m in PAST_OCCASION_RE.finditer(masked, after):
        if fronted is not None and _before(fronted.group("month"), None, fronted.group("year"), anchor):
            return True
        t = PAST_OCCASION_TIME_RE.search(m.group("tail"))
        if t is None:
            continue
        if t.group("rel") or _before(t.group("month"), t.group("day"), t.group("year"), anchor):
            return True
    return False


def _commitments(doc: _Doc, sent: str, masked: str, s: int, exprs_fn: _ExprsFn,
                 words: frozenset[str], title: bool = False) -> list[_Candidate]:
    """The commitments of a sentence; ``title``: it is the document's title line, where the
    headline rows are read too ("Ruto to visit Accra" is news form only there)."""
    out: dict[int, _Candidate] = {}
    contrast: set[int] = set()  # candidates read in a contrast clause ("..., while Kenya will ...")
    dated: set[int] = set()  # events named by their coming date ("the July 21 meeting"), row dated_event
    para = doc.paragraphs.bounds(s)
    for name, rx, base, keys in [*COMMITMENT_RES, *HEADLINE_RES] if title else COMMITMENT_RES:
        if words.isdisjoint(keys):
            continue
        listed: dict[int, tuple[int, int]] = {}  # a listed infinitive's "to" -> (agreement's trigger, its start)
        for m in _with_listed_infinitives(name, rx, masked, listed):
            verb = m.group("verb")
            trig_start = m.start("trig")
            if name == "modal" and _HOPED_THAT_RE.search(masked, 0, trig_start):
                continue  # "expressed hope that the agreement would be signed", "hopes that the summit will
                # be held in May": hoped for, no promise (twenty-eighth blind check)
            vstart, vend = m.start("verb"), m.end("verb")
            passive = bool(m.groupdict().get("be"))
            read_off = 0.0  # confidence a reading of another clause's words costs (a relative clause's antecedent)
            deadline_time: TimeExpr | None = None  # the new date of a deadline moved (``_new_deadline``)
            if passive and verb.lower() == "on" and name == "modal":
                # "will be on a two-day visit to ...": the copula, read by LIGHT_VERB_IDIOMS
                vstart, vend, passive = m.start("be"), m.start("be") + 2, False
                verb = masked[vstart:vend]
            if name == "modal" and any(rx.match(masked, trig_start) for rx in _MOVED_DEADLINE_RES):
                continue  # "would extend the deadline for the talks to 2 June": the talks promised for the
                # new date (the ``moved_deadline`` rows), not the deadline extended
            if name == "modal" and m.group("trig") == "would" and _EARLIER_REPORT_RE.search(masked, 0, trig_start):
                continue  # "earlier it was reported that the meeting would be held on ...": a plan restated
            if masked[max(0, trig_start - 4):trig_start].lower() == "had " \
                    and not _backshifted(masked, trig_start, exprs_fn, doc.published_on):
                continue  # pluperfect: a report of an earlier decision
            if (name in ("decided_to", "agreement_to") and m.group("trig").split()[0].lower() in PAST_AGREEMENT_WORDS
                    and _past_occasion(masked, vend, doc.published_on)):
                continue  # "agreed to create X during their summit last month": an earlier agreement
            if name == "agreement_to" and passive and m.group("trig").split()[0].lower() in ("a", "an", "the"):
                continue  # "the agreement to be finalised in Accra": the document itself (the to_be_held row reads it)
            if name == "accepted_invitation" and _PAST_ACCEPTANCE_RE.search(masked, trig_start, m.end("trig")):
                continue  # "accepted an invitation weeks ago to visit ...": an acceptance of the past restated
            if _NEG_BEFORE_RE.search(masked[max(0, trig_start - 20):trig_start]):
                continue  # "has no plans to visit", "is not expected to"
            if name == "plans_to" and _CALLED_OFF_BEFORE_RE.search(masked, max(0, trig_start - 40), trig_start):
                continue  # "has cancelled plans to hold the summit in June": a plan called off
            if (name in _PAST_AUX_ROWS and m.group("trig").split()[0].lower() in ("was", "were")
                    and not SAY_BEFORE_RE.search(masked, 0, trig_start)):
                continue  # "Kenya was originally due to host ...": a past plan, unless reported speech
            if name == "decided_to":
                prev = masked[:trig_start].split()[-1:]
                if prev and (prev[0].lower() in DETERMINERS or prev[0].lower() in NOUN_TRIGGER_MODIFIERS):
                    continue  # "their common resolve to", "its pledge to": a noun, not a decision
            if name in ("decided_to", "agreement_to") and m.group("trig").split()[0].lower().endswith("ing"):
                before = masked[:trig_start].split()
                if before and before[-1].lower() in GERUND_PREPS:
                    continue  # "thanks X for agreeing to host": a reason, not an undertaking
            if name == "takes_effect":
                # "signed a 90-day truce effective from November 3": the thing takes effect then
                when = next((t for t in exprs_fn(True) if m.end("trig") <= t.start <= m.end("trig") + 2
                             and t.due_start is not None and t.due_start >= doc.published_on
                             and t.reference != "past"), None)
                if when is not None and when.due_start is not None and when.due_start.year > doc.published_on.year \
                        and not _YEAR_RE.search(when.text):
                    when = None  # ("effective from 1 January" said in March: this year's, a date of the past)
                thing = _thing_before(masked, trig_start) if when is not None else None
                if when is None or thing is None or _NEG_BEFORE_RE.search(masked[max(0, trig_start - 20):trig_start]):
                    continue
                out[trig_start] = _Candidate("commitment", trig_start, trig_start, trig_start, "bring into effect",
                                             [("bring into effect", thing)], _context_actors(doc, para), base, when.end)
                continue
            if name in _MOVED_DEADLINE_ROWS:
                # "Kenya and Ghana have extended the completion deadline for the Lamu pipeline from
                # December 2030 to December 2031": the thing promised for the new date, right after "to"
                when = _new_deadline(doc, s, m, m.end(), exprs_fn(True))
                if when is None:
                    continue
                moved = _moved_to(doc, masked, m, para, base, _deadline_action(m), when)
                if moved is not None:
                    out[trig_start] = moved
                continue
            if name == "date_set":
                # "the official commencement date for the entry system has been confirmed as 10 November",
                # "the date of the referendum was fixed for 14 June": the thing promised for that date,
                # right after "as" / "for" (the active, "has set 12 October as the launch date for ...",
                # was tried and dropped: a false positive on a set never read, no gain on another)
                when = _new_deadline(doc, s, m, m.end(), exprs_fn(True))
                if when is None:
                    continue
                occasion = not (m.group("what") or m.group("ger")) and any(
                    w.lower().strip(".,") in EVENT_NOUNS for w in m.group("thing").split())
                # (the date of an occasion: it is held then; of any other thing: done by then)
                moved = _moved_to(doc, masked, m, para, base, "hold" if occasion else _deadline_action(m), when)
                if moved is not None:
                    out[trig_start] = moved
                continue
            if name == "moved_event":
                # "Kenya has postponed the summit to September": the occasion promised for the new date,
                # right after "to" / "until" (read as the date itself, not as a deadline)
                thing = m.group("thing")
                when = next((t for t in exprs_fn(True) if t.start in (m.end(), m.end() + len(_next_word(masked, m.end())) + 1)
                             and t.due_start is not None and t.reference != "past"), None)
                deed = _MOVED_DEED_RE.match(thing)  # ("the opening of its Accra factory": opened then)
                plan = _MOVED_PLAN_RE.match(thing)  # ("plans to begin operations at its plant": begun then)
                if plan is not None and verb_class(plan.group("verb")) != "deliverable":
                    continue
                if when is None or not (plan or deed or any(w.lower().strip(".,") in EVENT_NOUNS for w in thing.split())):
                    continue
                action = lemma(plan.group("verb")) if plan else nominal_action(deed.group("nom")) if deed else "hold"
                moved = _moved_to(doc, masked, m, para, base, action, windows.new_date(when, sent, doc.made_on(s)),
                                  thing[plan.start("what"):] if plan else None)
                if moved is not None:
                    out[trig_start] = moved
                continue
            if name == "ahead_of":
                # "ahead of the commissioning of the port later this year": what the phrase names,
                # an occasion held or a thing done, with a time to come inside it
                clause_end, time_end = _object_ends(masked, vend)
                coming = [t for t in exprs_fn(True) if vend <= t.start < clause_end and t.due_start is not None
                        and t.reference == "future" and t.due_end is not None and t.due_end >= doc.made_on(s)]
                obj = _cut_subject(masked, vend, clause_end, exprs_fn(True))
                nominal, noun = _AHEAD_NOMINAL_RE.match(obj), _head_noun(obj)
                if not coming or not obj or (nominal is None and noun not in EVENT_NOUNS) \
                        or _AHEAD_RELATIVE_RE.search(masked, vend, clause_end):
                    continue  # (a relative clause's own future, "that will take place in May", is read by it)
                action = nominal_action(nominal.group("nom")) if nominal is not None else (
                    "visit" if noun in ("visit", "trip") else "hold")
                thing = obj[nominal.end():] if nominal is not None else (
                    _VISIT_TO_RE.sub("", obj) if action == "visit" else obj)  # ("his visit to | Ghana")
                local = doc.actors.in_range(*para)
                out[trig_start] = _Candidate("commitment", trig_start, trig_start, vend, action,
                                             [(action, _ARTICLE_RE.sub("", thing))],
                                             local or doc.actors.main_parties(), base, time_end)
                continue
            if name == "dated_event":
                # "a good preparation for the July 21 meeting in Accra": an event named by its coming date
                day, mon = m.group("day") or m.group("day2"), m.group("mon") or m.group("mon2")
                if _before(mon, day, None, doc.published_on) or _CANCELLED_RE.search(masked, m.end()):
                    continue  # ("welcomed the 12 July meeting": a report; "... was called off": a miss)
                clause_end, time_end = _object_ends(masked, vend)
                obj = _cut_subject(masked, vend, clause_end, exprs_fn(True))
                if not obj:
                    continue
                out[trig_start] = _Candidate("commitment", trig_start, trig_start, trig_start, "hold", [("hold", obj)],
                                             _context_actors(doc, para), base, time_end)
                dated.add(trig_start)
                continue
            if name == "itinerary":
                # each occasion of the programme's list ("bilateral talks with ..., participation in
                # the Sixth Summit ..."): taking part in one is attending it
                clause_end, time_end = _object_ends(masked, vend)
                obj = _cut_subject(masked, vend, clause_end, exprs_fn(True))
                items = [(("attend", x[len(pm.group(0)):]) if (pm := _PARTICIPATION_RE.match(x)) else ("hold", x))
                         for x in _ITINERARY_SPLIT_RE.split(obj) if x.strip()] if obj else []
                items = [(a, x) for a, x in items if _head_noun(x).lower() in EVENT_NOUNS]
                if not items:
                    continue
                out[vstart] = _Candidate("commitment", vstart, trig_start, vend, items[0][0], items,
                                         _context_actors(doc, para), base, time_end)
                continue
            if name == "upcoming_event":
                up = _upcoming_occasion(masked, vend, exprs_fn(True))
                if up is None or _CANCELLED_RE.search(masked, vend):
                    continue  # (no coming date right after the noun phrase: a description)
                up_np, up_head, up_time = up
                up_action = "visit" if singular(up_head) in ("visit", "trip", "tour") else "hold"
                out[trig_start] = _Candidate("commitment", trig_start, trig_start, vend, up_action, [(up_action, up_np)],
                                             _context_actors(doc, para), base, up_time.end)
                dated.add(trig_start)
                continue
            related = _related_event(name, verb, passive, masked, vend)
            if related is None and passive and name == "modal":
                related = _dated_occasion(masked, vend, exprs_fn(True), doc.published_on)
            # "agreed to an in-person meeting in Beijing in the near future" (an Australia-China
            # report, 2023): an agreement to a meeting (noun) is to hold it
            agreed_event = (name == "decided_to" and not passive and verb.lower() in ("a", "an", "the")
                            and _AGREED_EVENT_RE.match(masked, vstart) is not None)
            agreed_nominal = (_AGREED_NOMINAL_RE.match(masked, vstart)
                              if name == "decided_to" and not passive and not agreed_event
                              and verb.lower() in ("a", "an", "the") else None)
            if name == "decided_to" and re.match(r"(?i)(?:on|upon)\b", m.group("trig").split()[-1]) \
                    and not (agreed_event or agreed_nominal):
                continue  # "agreed on the need for ...": only a deliverable agreed on by its noun
            if name not in ("scheduled_for", "look_forward", "to_be_held", "postponed_to") and not passive \
                    and verb_class(verb) != "deliverable" and related is None and not agreed_event \
                    and agreed_nominal is None:
                nv = _look_through(masked, vstart, vend)
                if nv is not None:
                    vstart, vend = nv
                    verb = masked[vstart:vend]
            w0 = verb.lower()
            host_for = (_HOST_FOR_RE.match(masked, vend)
                        if name == "modal" and lemma(w0) in HOST_FOR_VERBS else None)
            if host_for is None and name in _TRAVEL_FOR_ROWS and lemma(w0) in TRAVEL_FOR_VERBS:
                # "will arrive here on December 6 for the annual summit", "will travel to Accra at the
                # end of July for a Kenya-Ghana summit" (India-Russia 2021, 2025; EU-China 2025):
                # going somewhere for an event is attending it, and the event is the subject
                host_for = _TRAVEL_FOR_RE.match(masked, vend) or _TRAVEL_TO_ATTEND_RE.match(masked, vend)
            cadence = _CONTINUE_CADENCE_RE.match(masked, vend) if lemma(w0) == "continue" else None
            if cadence is not None:
                host_for = None
            trip = (_travel_visit(w0, masked, vend)
                    if host_for is None and name in _TRAVEL_FOR_ROWS and not passive else None)
            if name != "directed_to" and _DIRECTED_RE.match(masked, vstart):
                continue  # "will instruct their officials to conclude it": the directive row reads it
            if lemma(w0) in PREVENTION_VERBS:
                continue  # "agreed to prevent the closure of the border": keeping a thing from happening
            if lemma(w0) in DESCRIPTION_VERBS and name != "look_forward" and _light_idiom(w0, masked, vend) is None \
                    and trip is None:  # ("will head to Accra": going there, ``TRAVEL_VISIT_VERBS``)
                continue  # "X will lead the delegation": who takes part, not a deliverable (a delegation
                # led to a place is a visit: LIGHT_VERB_IDIOMS)
            if lemma(w0) in ("attend", "participate") and _FOR_SIDE_RE.match(masked, vend):
                continue  # "X and Y will attend for the Japanese side" (Japan-UK 2+2): who represents whom
            if name != "accepted_invitation" and lemma(w0) == "accept" and _INVITATION_RE.match(masked, vend):
                continue  # "would accept an invitation and will visit X": the visit is the deliverable
            if passive and lemma(w0) == "attend" and _BY_AGENT_RE.match(masked, vend):
                continue  # "the meeting will be attended by the foreign ministers" (India-Russia, 2021): who takes part
            if host_for is None and cadence is None and name not in ("scheduled_for", "look_forward", "postponed_to") and (
                    w0 in _VERB_NEGATORS or (
                        not passive and verb_class(w0) == "aspiration"
                        and not NOMINAL_OBJECT_RE.match(masked, vend)
                        and not _reviewed_measure(w0, masked, vend)
                        and not (w0 in ("get", "bring") and _IDIOM_RE.match(masked, vend))
                        and _light_idiom(w0, masked, vend) is None
                        and trip is None
                        and not _held_until(w0, masked, vend)
                        and not _event_happens(w0, masked, vend, None)
                        and not _goes_on(w0, masked, vend)
                        and lemma(w0) not in BODY_SITTING_VERBS
                        and not (lemma(w0) in MONEY_VERBS and _MONEY_RE.match(masked, vend))
                        and not _ONSET_RE.match(masked, vstart))):
                continue  # cheap rejection before the clause analysis
            if name == "named_host":
                # "named Ghana as the host of the 2026 summit": the host undertakes it
                host = countries_in(m.group("host"))
                if not host:
                    continue
                clause_end, time_end = _object_ends(masked, vend)
                obj = _cut_subject(masked, vend, clause_end, exprs_fn(True))
                if not obj:
                    continue
                out[vstart] = _Candidate("commitment", vstart, trig_start, vend, "host",
                                         [("host", x) for x in _split_coordination(obj)],
                                         doc.actors.order(host), base, time_end)
                continue
            if name == "ready_for":
                # "(negotiations will be concluded by ... and) ready for signing by ...": cut the
                # chunk at its own verb
                chunk, bword, _ = _clause_subject(masked, trig_start)
                chunk = _AUX_CUT_RE.split(chunk)[0].strip(_PUNCT_STRIP)
                # "talks on the transit agreement ... ready for signing": the agreement is signed
                tail = re.split(r"\s(?:for|on|of)\s", chunk)
                if len(tail) > 1 and any(x.lower().strip(".,") in INSTRUMENT_NOUNS for x in tail[-1].split()):
                    chunk = tail[-1]
            elif name in ("arrangements_for", "pledged_sum"):
                chunk, bword, _ = _clause_subject(masked, trig_start)
                chunk = _AUX_CUT_RE.split(" " + chunk)[0].strip(_PUNCT_STRIP)  # "X are | coordinating", "X is | pledging"
            elif name == "with_set_to":
                chunk, bword = masked[m.start() + 4:trig_start].strip(_PUNCT_STRIP), "^"
            elif name in ("to_be_held", "scheduled_for_bare", "scheduled_for_fronted"):
                np_ = (_event_np_after_fronted(masked, trig_start, m.end("trig"))
                       if name == "scheduled_for_fronted" else _event_np_before(masked, trig_start))
                np_at = max(0, masked.rfind(np_, 0, trig_start)) if np_ is not None else 0
                if np_ is None or (name != "scheduled_for_fronted" and _CALLED_OFF_BEFORE_RE.search(masked, 0, np_at)):
                    continue  # ("would delay a presidential election scheduled for February": put off)
                if name == "to_be_held" and _DOUBTED_FOR_RE.search(masked, 0, np_at):
                    continue  # "considered it very difficult for the agreement to be signed on 5 December"
                chunk, bword = np_, "^"
            else:
                chunk, bword, cstart = _clause_subject(masked, listed.get(trig_start, (trig_start, 0))[0])
                if chunk.endswith(" and") and (sm := _SENT_SUBJECT_RE.match(chunk)) is not None \
                        and sm.end() < len(chunk) - 4:
                    # "Kenya and Ghana are working to settle it and | plan to hold ...": the subject of
                    # the first predicate is the second's
                    chunk = sm.group(1).strip(_PUNCT_STRIP)
                if bword in CONTRAST_WORDS and chunk and not _ING_START_RE.match(chunk):
                    if "," not in masked[masked.lower().rfind(bword, 0, cstart):cstart]:
                        contrast.add(vstart)  # "..., while Kenya will convene ...": a contrast clause
                    # (else a fronted time clause closed before the subject: "While in Accra next week,")
                    bword = "^"
                if name in _WHEN_CLAUSE_ROWS and bword in ("when", "after", "as", "once"):
                    bword = "^"
                if bword in _REASON_OPENERS and chunk and masked[:cstart].strip(_PUNCT_STRIP).lower() == bword:
                    # a clause of reason or concession opening the sentence states its plan as a
                    # fact: "As Kenya has announced plans to deploy a frigate this summer, the
                    # meeting will ...", "Although Ghana will host the summit in May, ..."
                    bword = "^"
                if name == "expected_to" and masked[:trig_start].endswith(", ") \
                        and not _AUX_START_RE.match(masked, trig_start):
                    # "the Accra bridge, set to open in 2033, will ...": the clause is the noun's before
                    # the comma, an event's or a facility's, or none (``_appositive_np``)
                    np_ = _appositive_np(masked, trig_start)
                    if np_ is None:
                        continue
                    chunk, bword = np_, "^"
                if name == "expected_to" and bword == "as" and chunk:
                    # "a busy agenda awaits the minister as he is scheduled to arrive on Thursday": a
                    # clause of circumstance stating the plan, not a relative clause
                    bword = "^"
                if name in ("accepted_invitation", "ready_to", "set_target"):
                    # "Ruto will | accept ...", "Kenya has | offered to host ...", "Kenya and Ghana have |
                    # set a target of concluding ..."
                    chunk = _AUX_CUT_RE.split(" " + chunk)[0].strip(_PUNCT_STRIP)
                if name == "ready_to" and _FIRST_PERSON_RE.fullmatch(chunk.strip(_PUNCT_STRIP)):
                    continue  # "I am ready to sign": a speaker's stance (first person singular)
                if name in ("modal", "expected_to") and bword in ("which", "relative") \
                        and not chunk.strip(_PUNCT_STRIP) and (
                        (not passive and (_event_happens(verb, masked, vend, "event") or _goes_on(verb, masked, vend)))
                        or (passive and verb.lower() in _RELATIVE_EVENT_PASSIVES)):
                    # "the annual summit ... that will take place in India in mid-December" (India-Japan
                    # 2019), "the QUAD Summit, which will take place in New Delhi later this year" (Quad);
                    # "before the 4th Kenya-Ghana talks, which are set to be held in Accra in May" (the
                    # shape of an India-Germany report, 2024): the same clause with "is scheduled / set to";
                    # any verb of an event happening ("our next meeting, which will happen in the near
                    # future", "which will go ahead in May": ``_event_happens``, ``_goes_on``)
                    np_ = _relative_event_np(masked, trig_start)
                    if np_ is not None:
                        chunk, bword = np_, "^"
                elif name == "modal" and bword in ("which", "relative") and not chunk.strip(_PUNCT_STRIP) \
                        and (passive and verb_class(verb) == "deliverable" or _ONSET_RE.match(masked, vstart)) \
                        and _dated_after(exprs_fn(True), vend):
                    # "the agreements and memorandums which would be signed today would ...", "a deal
                    # which will enter into force by the end of 2020": the instruments the dated
                    # clause is about are promised (sixteenth blind check)
                    np_ = _relative_event_np(masked, trig_start, INSTRUMENT_NOUNS)
                    if np_ is not None:
                        chunk, bword = np_, "^"
                if (name in ("modal", "expected_to") and bword in ("which", "who")
                        or name == "decided_to" and bword == "who") \
                        and not chunk.strip(_PUNCT_STRIP) and _dated_after(exprs_fn(True), vend):
                    # a non-restrictive relative clause says what its antecedent will do, read
                    # as the antecedent's own clause: "the Joint Commission, which will meet in
                    # Nairobi in June", "President Mensah, who will visit Nairobi in June, ..."
                    np_ = _antecedent(masked, trig_start, bword)
                    if np_ is not None:
                        chunk, bword, read_off = np_, "^", 0.1
            where_trip = _where_on_trip(masked, trig_start, chunk)
            if where_trip is not None:
                # "will travel to Accra, where he will meet President Mahama": the traveller meets
                sm = _SENT_SUBJECT_RE.match(masked)
                if sm is not None:
                    chunk, bword = sm.group(1).strip(_PUNCT_STRIP), "^"
            if bword in RELATIVE_WORDS or bword == "relative":
                continue
            if name == "be_to" and _goal_subject(chunk) and not (
                    _goal_head(chunk) in TARGET_NOUNS and verb_class(verb) == "deliverable"
                    and _dated_after(exprs_fn(True), vend)):
                continue  # "the goal is to restore calm": a stated goal, not an undertaking (but a
                # target with a deliverable and its date is: "our target is to sign it by June")
            if (not chunk and bword == "and") or (
                    name == "set_target" and m.group("trig")[:1].islower()
                    and m.group("trig").split()[0].endswith("ing") and masked[:trig_start].rstrip().endswith(",")):
                # a second predicate: "The ministers met ..., and called for ..."; a participle's
                # clause: "Kenya and Ghana began talks on Thursday, setting a target of concluding
                # them by December" (the subject of the sentence sets it)
                sm = _SENT_SUBJECT_RE.match(masked)
                if sm is not None:
                    chunk, bword = sm.group(1).strip(_PUNCT_STRIP), "^"
            kind = _subject_kind(chunk)
            if chunk.lower() in ("it", "they") and bword in ("said", "agreed"):
                # "The Navy announced that it will ...": "it" is the announcer
                say = None
                for say in _SAY_VERB_RE.finditer(masked, 0, trig_start):
                    pass
                if say is not None:
                    sayer = _clause_subject(masked, say.start())[0]
                    if sayer:
                        kind = _subject_kind(sayer)
            if passive and (ante := _coordinated_pronoun(chunk)) is not None:
                chunk, kind = ante, _subject_kind(ante)
            conf = base - read_off
            action = ""
            obj_start = vend
            intransitive = False
            idiom_subject = ""
            thing_starts = False  # (``_thing_onset``)
            if name in _DATED_EVENT_ROWS and _CANCELLED_RE.search(masked, vend):
                continue  # "the forum scheduled for May was postponed": evidence of a miss, not a promise
            if name == "call_for_event":
                # the parties calling for their own next meeting ("called for another Joint Commission");
                # one party calling for a meeting of others is a call on third parties
                # (a convener naming the date first, "called for Monday, March 16, a summit", sets it)
                if kind not in ("agent", "name") or not (COLLECTIVE_RE.search(chunk) or len(countries_in(chunk)) >= 2
                                                         or m.group("dated") is not None):
                    continue
                obj_end = _object_ends(masked, vend)[1]
                obj = _cut_subject(masked, vend, obj_end, exprs_fn(True))
                head = [x.strip(",.") for x in obj.split()[1:5]]
                if not any(x.lower() in EVENT_NOUNS | BODY_NOUNS or (x[:1].isupper() and x.isupper()) for x in head):
                    continue
                action, obj_start, intransitive = "hold", vend, False
            elif name == "announced_event":
                # an occasion announced by its noun, dated ahead: the party announcing it holds it
                obj_end = _object_ends(masked, vend)[1]
                obj = _cut_subject(masked, vend, obj_end, exprs_fn(True))
                nouns = [_POSSESSIVE_RE.sub("", x.lower().strip(",.")) for x in obj.split()[:4]]
                event = next((x for x in nouns if x in EVENT_NOUNS), None)
                if event is None or _HELD_AFTER_NOUN_RE.search(obj) or not any(
                        vend <= t.start < obj_end and t.due_start is not None and t.reference != "past"
                        for t in exprs_fn(True)):
                    continue  # ("announced a new fund": no occasion; "a visit last week", "a summit held in
                    # Accra in March": done)
                action = "visit" if event in ("visit", "visits", "trip") else "hold"
                obj_start, intransitive = vend, False
            elif name == "there_will_be":
                obj_end = _object_ends(masked, vend)[1]
                obj = _cut_subject(masked, vend, obj_end, exprs_fn(True))
                if not any(_POSSESSIVE_RE.sub("", x.lower().strip(",.")) in EVENT_NOUNS for x in obj.split()[:6]) \
                        or obj.split()[0].lower() in ("no", "not", "neither"):
                    continue  # ("there will be challenges": no event; "there will be no meeting": a miss)
                action, obj_start, intransitive = "hold", vend, False
            elif name == "pledged_sum":
                # "Germany pledged $100 million to the fund": a party's pledge of a sum is its
                # undertaking to pay it (not one made earlier: "In 2014, Kenya pledged ...", "had
                # pledged", "pledged $3 billion last year")
                if kind not in ("agent", "name") or _EARLIER_PLEDGE_RE.search(masked, 0, trig_start) \
                        or any(t.reference == "past" and t.due_start is not None
                               and t.due_start < doc.made_on(s) - _RECENT for t in exprs_fn(True)):
                    continue
                if _PLEDGED_SUM_ROW.search(masked, 0, trig_start) is not None:
                    continue  # "Germany committed $100 million, the EU pledged $246 million, ...": one
                    # list of pledges, read once (its first party's)
                action, obj_start = "pledge", vend
                what = _PLEDGED_WHAT_RE.match(masked, vend)
                idiom_subject = _cut_subject(masked, vend, what.end() if what else vend, exprs_fn(True))
            elif name == "due_in":
                # "President Ruto is due in Accra next Wednesday": a visit to a party's place, on a
                # day to come (the person's, not a thing's: "the ruling is due in June" has no place)
                place = _DUE_IN_PLACE_RE.match(masked, vend)
                # (an agent: "President Ruto", "the delegation"; a bare name may be any thing: "Rain is
                # expected in Nairobi next week")
                if kind != "agent" or place is None or not countries_in(place.group("place")) \
                        or not _calendar_to_come(exprs_fn(True), vend):
                    continue
                action, obj_start = "visit", place.start("place")
            elif name == "impersonal_plan":
                if verb_class(verb) != "deliverable" or passive:
                    continue  # ("it is planned to further strengthen ties": an aim)
                action, obj_start = lemma(verb.lower()), vend
                action, obj_start = _phrasal(action, _next_word(masked, vend).lower(), masked, vend, obj_start)
            elif name == "set_date_for":
                # the parties (not an event: "the summit fixed the date for ...") set the meeting's date
                if kind not in ("agent", "name"):
                    continue
                action, obj_start, intransitive = "hold", vend, False
            elif name == "arrangements_for":
                if kind not in ("agent", "name", "body") and bword != "agreed":
                    continue
                obj_end = _object_ends(masked, vend)[1]
                obj = _cut_subject(masked, vend, obj_end, exprs_fn(True))
                tv = _FOR_TO_VERB_RE.match(masked, vend)
                if tv is not None and verb_class(tv.group("verb")) == "deliverable":
                    # "a timetable for President X to visit Accra": X visits
                    action, obj_start, intransitive = lemma(tv.group("verb")), tv.end(), False
                    named = countries_in(tv.group("who"))
                    if named:
                        chunk, kind = tv.group("who"), "agent"
                    fm = _MEET_FOR_EVENT_RE.match(masked, tv.end()) if action == "meet" else None
                    if fm is not None and any(_POSSESSIVE_RE.sub("", x.lower().strip(",.")) in EVENT_NOUNS
                                              for x in fm.group("event").split()[-2:]):
                        # "for their ministers to meet in Tokyo on Nov. 8 for their two-plus-two
                        # meeting" (Japan-UK 2+2): the meeting is the subject
                        idiom_subject = fm.group("event")
                elif not any(_POSSESSIVE_RE.sub("", x.lower().strip(",.")) in EVENT_NOUNS for x in obj.split()):
                    continue  # preparations for an event, not for "the talks' outcome"
                else:
                    action, obj_start, intransitive = "hold", vend, False
            elif name in ("scheduled_for", "scheduled_for_bare", "scheduled_for_fronted", "postponed_to"):
                deadline = None
                if name == "postponed_to":
                    if _NO_NEW_DATE_RE.match(masked, m.end("trig")) and not any(
                            m.end("trig") <= t.start <= m.end("trig") + 60 for t in exprs_fn(True)):
                        continue  # "the launch would be moved to a later, unspecified date": put off
                        # with no new day, a miss and no new promise (forty-first blind check)
                    # "The summit, first set for February, was postponed to March": the old date is a detail
                    chunk = _OLD_DATE_RE.split(chunk)[0].strip(_PUNCT_STRIP)
                    deadline = _DEADLINE_SUBJECT_RE.fullmatch(chunk)
                    if deadline is not None:
                        # "the start date for the railway project has been pushed back to 2031": the
                        # thing is promised for the new date
                        chunk = deadline.group("thing")
                        deadline_time = _new_deadline(doc, s, deadline, m.end(), exprs_fn(True))
                        if deadline_time is None:
                            continue
                    elif _EXTENDED_RE.search(m.group("trig")):
                        continue  # ("the talks were extended until Friday": they went on)
                    kind = _subject_kind(chunk)
                nominal = _SCHEDULED_NOUN_RE.match(masked, m.end("trig")) if name != "postponed_to" else None
                if nominal is not None and deadline is None:
                    # "is scheduled for completion in 2027": the thing completed then (``SCHEDULED_FOR_NOUNS``)
                    thing_head = _goal_head(chunk)
                    if kind not in ("event", "body", "instrument") and thing_head not in FACILITY_NOUNS | ACTIVITY_NOUNS:
                        continue
                    action = nominal_action(nominal.group(1))
                    intransitive, vstart = True, nominal.end()
                    vend = vstart
                elif deadline is None and _thing_kind(chunk) == "activity" and any(
                        m.end("trig") <= t.start <= m.end("trig") + 4 for t in exprs_fn(True)):
                    # "drilling at the field is scheduled for next year", "construction of the bridge
                    # is planned for 2031": the activity begun then, a time right after (twenty-eighth
                    # blind check; "the project is scheduled for completion of its first phase" is not)
                    action = "begin"
                    intransitive, vstart = True, m.end("trig")
                    vend = vstart
                else:
                    if deadline is None and kind not in ("event", "body", "instrument"):
                        continue
                    action = _deadline_action(deadline) if deadline is not None else "hold"
                    intransitive, vstart = True, m.end("trig")
                    vend = vstart
            elif name == "accepted_invitation" and (verb.lower() in ("the", "a", "an", "his", "her", "their")
                                                    or _POSSESSOR_RE.match(masked, vstart)):
                # "has accepted an invitation to the 50th Anniversary Celebrations", "... to Mahama's
                # inauguration scheduled for October" (forty-first blind check): attending the occasion
                if not _noun_ahead(masked, vstart, EVENT_NOUNS, 80, 8):
                    continue
                action, obj_start = "attend", vstart
            elif name == "look_forward":
                w = verb.lower()
                if w in ("welcoming", "welcome") and _WELCOMED_RE.match(masked, vend):
                    # "look forward to welcoming President X to Accra", "... the President to the
                    # UK next week" (a UK-France readout, 2025): a visit hosted; "is looking forward
                    # to welcome President X for the Joint Commission on 3 June" (the bare infinitive,
                    # in an agency's copy of an India-Germany announcement, 2022)
                    action = "host"
                elif w.endswith("ing"):
                    if verb_class(w) != "deliverable":
                        continue
                    action = lemma(w)
                elif w == "the" and (nm := _LOOK_NOMINAL_RE.match(masked, vend)) is not None:
                    # "looking forward to the reconvening of the Trade Policy Forum later this year"
                    action, obj_start = lemma(nm.group("nom").lower()), nm.end()
                    if action == nm.group("nom").lower():
                        action = "hold"
                elif w in ("the", "an", "a") or w in LOOK_FORWARD_OBJECTS:
                    if _LOOK_ANAPHORIC_RE.match(masked, vstart) and not any(
                            t.start >= vstart and t.due_start is not None for t in exprs_fn(True)):
                        continue  # "said he was looking forward to the meeting": the one named before
                    if not _noun_ahead(masked, vstart, LOOK_FORWARD_OBJECTS | EVENT_NOUNS, 60, 5):
                        continue
                    action, obj_start = "hold", vstart
                else:
                    continue
            else:
                w = verb.lower()
                if w in _VERB_NEGATORS or NEGATION_WORDS.match(w):
                    continue
                if related is not None:
                    action, obj_start = "hold", related.start("ev")
                elif agreed_event:
                    action, obj_start = "hold", vstart
                elif agreed_nominal is not None:
                    action, obj_start = nominal_action(agreed_nominal["nom"]), vstart
                elif passive:
                    vc = verb_class(w)
                    lem = lemma(w)
                    if vc == "deliverable" or lem in MEETING_VERBS:
                        # ("the jets will be handed over in June": the verb with its particle)
                        action, intransitive = _phrasal(lem, _next_word(masked, vend).lower(), masked, vend, vend)[0], True
                        conf -= 0.05
                    elif name in ("modal", "expected_to", "be_to") and (
                            onset := _thing_onset(masked, vstart, chunk, kind, exprs_fn(True))) is not None:
                        # "the pipeline will be operational by October": the facility opens by
                        # then (``THING_ONSETS``, its rows of a state after "be")
                        action, vend = onset
                        obj_start, intransitive, thing_starts = vend, True, True
                    elif w == "able" and (am := _ABLE_TO_RE.match(masked, vend)) is not None \
                            and verb_class(am.group("verb")) == "deliverable" \
                            and _calendar_to_come(exprs_fn(True), am.end()):
                        # "Ghanaian citizens will be able to travel to Kenya without a visa from 1
                        # January": what a regime lets its people do from a calendar date
                        action = lemma(am.group("verb").lower())
                        obj_start = vend = am.end()
                        thing_starts = True  # (the regime begins then, whoever its people are)
                    elif name == "be_to" and kind not in ("agent", "name") and base_form(w) not in PERCEPTION_VERBS \
                            and _calendar_to_come(exprs_fn(True), vend):
                        # "the regulation is to be confirmed in early 2031 by the two parliaments": the
                        # formal "is to be" done on a calendar date is a plan, whatever the verb (the
                        # agent after it, if any, undertakes it)
                        action, intransitive = base_form(w), True
                        conf -= 0.1
                    else:
                        continue
                elif lemma(w) in SEQUENCE_VERBS and kind == "event" and name in ("modal", "expected_to") \
                        and _event_object(masked, vend):
                    # "a business forum will follow the opening ceremony", "a ministers' meeting will
                    # precede the summit": an event placed before or after another is held
                    action, intransitive = "hold", True
                    obj_start = vend
                elif kind == "event" and _goes_on(w, masked, vend):
                    # "the talks are set to continue next week": held again then
                    action, intransitive, obj_start = "hold", True, vend
                elif name in ("modal", "expected_to", "be_to", "with_set_to") and (
                        onset := _thing_onset(masked, vstart, chunk, kind, exprs_fn(True))) is not None:
                    # "the agreement will enter into force on 1 January", "three consulates will
                    # open in Ghanaian cities soon": the thing begins then (``THING_ONSETS``); also
                    # "..., with passenger flights scheduled to begin in early 2031"
                    action, vend = onset
                    obj_start, intransitive, thing_starts = vend, True, True
                elif kind == "body" and lemma(w) in BODY_SITTING_VERBS and name in ("modal", "expected_to", "be_to") \
                        and _calendar_to_come(exprs_fn(True), vend):
                    # "the Executive Board is scheduled to consider Kenya's request on 13 March": a
                    # body's business on a calendar day is a sitting of it (``BODY_SITTING_VERBS``)
                    action, intransitive, obj_start = "hold", True, vend
                elif _event_happens(w, masked, vend, kind):
                    # ("the signing will take place on Monday": the instrument is signed)
                    action, intransitive = ("sign" if _SIGNING_RE.fullmatch(chunk.strip(_PUNCT_STRIP)) else "hold"), True
                    particle = _next_word(masked, vend)
                    obj_start = vend = masked.index(particle, vend) + len(particle)
                elif cadence is not None:
                    # "resolved to continue meetings in this format on an annual basis": a stated
                    # cadence makes continuing a series a recurring promise to hold it
                    action, obj_start = "hold", cadence.start("obj")
                    idiom_subject = cadence.group("obj").strip()
                elif trip is not None:
                    # "will depart for Accra on Monday", "is scheduled to arrive in Nairobi on 3 May": a visit
                    action, obj_start = "visit", trip
                elif host_for is not None:
                    # "will welcome A and B ... for the fourth 2+2 Ministerial Dialogue": hosting it
                    action = "host" if lemma(w) in HOST_FOR_VERBS else "attend"
                    obj_start = host_for.start("ev")
                    idiom_subject = re.sub(r"^(?:the|an?)\s+", "", host_for.group("ev"), flags=re.IGNORECASE)
                else:
                    vc = verb_class(w)
                    if lemma(w) in MONEY_VERBS and _MONEY_RE.match(masked, vend) is not None:
                        vc = "deliverable"  # "Ghana is set to receive $500 million this week": funds received;
                        # "Kenya will contribute $300 million to the fund": funds given
                    light = _light_idiom(w, masked, vend)
                    if vc == "aspiration" and not (w in ("get", "bring") and _IDIOM_RE.match(masked, vend)) \
                            and light is None and not _held_until(w, masked, vend):
                        if not NOMINAL_OBJECT_RE.match(masked, vend) and not _reviewed_measure(w, masked, vend):
                            continue
                        vc = "deliverable"
                        conf -= 0.1
                    action = lemma(w)
                    nxt = _next_word(masked, vend).lower()
                    if light is not None:
                        action, obj_start = light
                        vc = "deliverable"
                    im = _IDIOM_RE.match(masked, vend) if action in ("get", "bring") else None
                    if im is not None:
                        # "get it done" = complete; "get the experts together" = convene
                        action, vc = ("complete" if im.group("done") else "convene"), "deliverable"
                        if im.group("done"):
                            idiom_subject = re.sub(r"\s+done$", "", im.group("done"))
                            obj_start = vend = im.end()
                    if action in QUANTITY_VERBS | PACE_VERBS and _outcome_object(masked, vend):
                        continue  # "agreed to triple two-way trade": an outcome target; "expedite progress"
                    if _figurative(action, masked, vend):
                        continue  # "open a new chapter in relations", "deliver results": a figure of speech
                    if action in ASK_AS_ACTION_VERBS or (action, nxt) in ASPIRATION_PHRASALS:
                        continue  # "will demand both sides to ...": an ask; "build on the momentum"
                    action, after = _phrasal(action, nxt, masked, vend, obj_start)
                    if after != obj_start:  # ("set up": the object after the particle)
                        obj_start = vend = after
                    if vc == "unknown":
                        if nxt not in DETERMINERS and not nxt[:1].isdigit() and not nxt.startswith("$"):
                            continue
                        conf -= 0.3
                    if action in MEETING_VERBS and (not nxt or nxt in _PREPS or nxt.endswith("ly")
                                                    or nxt in _ADVERBS_AFTER_MEET
                                                    # "begin this year", "meet this summer": a time, no object
                                                    or _time_next(masked, vend, exprs_fn(True))):
                        intransitive = True
                # who may undertake this?
                if name == "to_be_held":
                    if kind not in ("event", "body", "instrument"):
                        continue
                    action, intransitive = lemma(w), True
                    if action in MEETING_VERBS or w == "take":  # (".. to take place")
                        action = "hold"
                elif name == "ready_for":
                    if kind not in ("event", "body", "instrument", "agent") or verb_class(w) != "deliverable":
                        continue
                    action, intransitive = lemma(w), kind != "agent"
                elif name in ("ready_to", "accepted_invitation", "set_target", "with_set_to", "tell_officials"):
                    if kind not in ("agent", "name", "body") and bword != "agreed" and not thing_starts \
                            and not (name == "tell_officials" and kind == "event"):
                        continue  # (but "the Summit directed the mission to ...": a meeting's decision)
                    if lemma(w) in SPEECH_VERBS:
                        continue  # "pleased to announce that ...": the announced clause is read on its own
                    if name == "with_set_to" and not chunk:
                        continue
                elif name == "modal" or name == "expected_to":
                    if related is not None or thing_starts:
                        pass  # the event related to is promised, whatever the clause's subject
                    elif bword == "agreed":
                        conf = max(conf, 0.9)
                    elif kind in ("agent", "name"):
                        if passive and not chunk:
                            continue
                        if lemma(w) in SIGNING_AT_OCCASION and not _BOTH_SIDES_SUBJECT.search(chunk) \
                                and len(_TITLED_PERSON_RE.findall(chunk)) < 2:
                            continue  # "President Ruto will witness the signing": a role at it (but
                            # "the two presidents will witness the signing of ...": both parties'
                            # leaders, the signing promised; forty-first blind check; and two
                            # office-holders named, "Prime Minister A and President B", forty-third)
                    elif kind in ("body",):
                        if not (intransitive or verb_class(w) == "deliverable"):
                            continue
                    elif kind == "event":
                        if not intransitive and lemma(w) not in SIGNING_AT_OCCASION and verb_class(w) != "deliverable":
                            continue  # (but "the meeting will witness the signing of ...": ``LIGHT_VERB_IDIOMS``;
                            # "the summit will adopt a joint declaration": what its parties deliver at it)
                    elif kind == "instrument":
                        if not passive:
                            continue
                        if lemma(w) in QUANTITY_VERBS | PACE_VERBS and _outcome_object(chunk, 0):
                            continue  # "cooperation in the energy sector will be increased": an outcome
                    elif passive and lemma(w) in THING_PASSIVES and _thing_kind(chunk) in THING_PASSIVES[lemma(w)][0]:
                        pass  # "the border crossing will be reopened on 31 January": a place opened
                    elif passive and (lemma(w) in HANDING_OVER or verb_class(w) == "deliverable"
                                      and lemma(w) not in QUANTITY_VERBS | PACE_VERBS) \
                            and _head_noun(chunk) not in GOODS_NOT_HANDED and _dated_after(exprs_fn(True), trig_start):
                        pass  # "the first corvette is scheduled to be delivered by 2031": a good handed over;
                        # "is expected to be launched in December": any thing a deliverable is done to,
                        # with a date (not a quantity raised, nor an outcome or a thing said)
                    elif not (passive and (action in MEETING_VERBS or verb_class(w) == "deliverable")
                              and _THE_ACRONYM_RE.fullmatch(chunk.strip())):
                        continue  # (but "The JSC will be held every quarter": a body known by its acronym;
                        # "the IA-CEPA would be signed by November": an agreement known by its acronym)
                    if name == "modal" and m.group("trig") == "would":
                        if (bword not in ("said", "agreed") and not _ATTRIB_ANYWHERE.search(masked)
                                and not ((_dated_after(exprs_fn(True), trig_start)
                                          or _dated_right_before(exprs_fn(True), trig_start, masked))
                                         and not _CONDITION_RE.search(masked))):
                            continue  # a bare "would" is conditional (unless a date says when: reported speech)
                        if _HINTED_RE.search(masked, 0, trig_start):
                            continue  # "his team suggested he would visit ... by the end of 2023": a hint
                elif name == "plans_to":
                    if kind not in ("agent", "name"):
                        continue
                    if _AIM_RE.match(m.group("trig")) and not any(
                            t.start > trig_start and t.due_start is not None for t in exprs_fn(True)):
                        continue  # an aim with no time is an aspiration: "the 14 countries aim to set common
                        # rules in four areas" (twenty-eighth blind check); "aim to conclude the talks by March" is read
                elif name in ("decided_to", "directed_to") and kind == "instrument":
                    continue
            # the clause extent, the time expressions and the subject
            clause_end, time_end = _object_ends(masked, obj_start)
            nxt_item = None
            if listed:
                # a list of infinitives under one agreement: each item ends where the next begins
                parent = listed.get(trig_start, (trig_start, 0))[0]
                nxt_item = min((at for p, at in listed.values() if p == parent and at > obj_start), default=None)
                if nxt_item is not None:
                    clause_end, time_end = min(clause_end, nxt_item), min(time_end, nxt_item)
            exprs = exprs_fn(True)
            # actors
            if bword == "agreed":
                that_pos = masked.rfind("that", 0, trig_start)
                agree_chunk, _, _ = _clause_subject(masked, max(0, that_pos))
                agree_chunk = _AGREE_VERB_RE.sub("", agree_chunk)
                actors = doc.actors.resolve(agree_chunk, para)
            else:
                actors = _own_actors(doc, chunk, kind, para)
            from_context = not actors
            if not actors:
                actors = _context_actors(doc, para)
            # subjects: (action, subject) pairs
            pairs: list[tuple[str, str]] = []
            obj = "" if intransitive else (idiom_subject or _cut_subject(masked, obj_start, clause_end, exprs))
            if not intransitive and not obj and action in MEETING_VERBS and kind != "agent":
                intransitive = True  # "the working groups would meet next year"
            if not obj and kind == "agent" and chunk and action in MEETING_VERBS and exprs and (
                    not intransitive or _next_word(masked, vend).lower() in _ADVERBS_AFTER_MEET):
                # "Kenya's and Ghana's foreign and defense ministers will meet next week": no place
                # and no object, the people meeting name the meeting (the shape of a Japan-Australia
                # 2+2 announcement, 2024)
                pairs = [(action, chunk)]
            elif intransitive and kind != "agent" and chunk:
                pairs = [(action, x) for x in _split_coordination(chunk)]
            else:
                obj = obj or _cut_subject(masked, obj_start, clause_end, exprs)
                if intransitive:
                    pairs = [(action, (action + " " + obj).strip())]
                elif obj:
                    # (the first "and" of a deliverable verb: "hold discussions with the labour
                    # minister and home minister | and sign | an MoU"; fortieth blind check)
                    cm = next((m for m in CONJ_VERB_RE.finditer(obj) if verb_class(m.group("verb")) == "deliverable"),
                              None)
                    if cm and cm.start() > 0:
                        first, second = obj[:cm.start()], obj[cm.end():]
                        pairs = [(action, x) for x in _split_coordination(first)]
                        pairs += [(lemma(cm.group("verb")), x) for x in _split_coordination(second)]
                    else:
                        pairs = [(action, x) for x in _split_coordination(obj)]
            participle: tuple[int, int, str] | None = None
            second_dated = _object_after_time(masked, obj_start, time_end, exprs) \
                if pairs and nxt_item is None and not intransitive else None
            with_part = _with_participle_after_time(masked, obj_start, time_end, exprs) \
                if pairs and nxt_item is None and second_dated is None else None
            if pairs and nxt_item is None:  # (a listed infinitive is read as its own item)
                participle = _participle_after_time(masked, obj_start, time_end, exprs, chunk) \
                    if passive and intransitive and kind != "agent" else None
                if participle is None:
                    pairs += _verb_after_time(masked, obj_start, time_end, exprs)
                pairs += [p for p in _in_addition(masked, vend, exprs) if p not in pairs]
            pairs = [(a, _WHEN_EVENT_RE.sub("", x)) for a, x in pairs]
            absorbs = None
            am = _ABSOLUTE_EVENT_RE.search(masked, obj_start, time_end + 1) if not intransitive else None
            if am is not None and len(pairs) == 1:
                # "set up a new dialogue, | with the first meeting to take place in mid-June"
                set_up = _cut_subject(masked, obj_start, am.start(), exprs)
                abs_end = _object_ends(masked, am.end())[1]
                absorbs = (am.start(), abs_end)
                if any(am.end() <= t.start < abs_end and t.due_start is not None for t in exprs):
                    pairs = [("hold", f"{am['np'].strip()} of the {_ARTICLE_RE.sub('', set_up)}")]
                    time_end = abs_end
                elif set_up:  # (undated: setting it up is the promise, the clause its detail)
                    pairs = [(pairs[0][0], _ARTICLE_RE.sub("", set_up))]
            subjects = [(a, _SPACES_RE.sub(" ", y)) for a, x in pairs
                        if x.strip() and not _QUESTION_OBJECT_RE.match(x)
                        and not _agenda_talk(masked, trig_start, a, x) and not _opinions_only(a, x)
                        and not _event_put_off(a, x) for z in _per_level(x) for y in _per_person(a, z, chunk)]
            if not subjects:
                continue
            if from_context and all(a == "visit" for a, _ in subjects):
                actors = _with_visitor(doc, actors, subjects)
            cand = _Candidate("commitment", vstart, trig_start, obj_start, action, subjects,
                              actors, conf, time_end, absorbs, where_trip, deadline_time)
            kept = out.get(vstart)
            if kept is None or kept.confidence < conf:
                out[vstart] = cand
            if second_dated is not None:  # (a promise of its own, dated by its own time phrase)
                at, np_text = second_dated
                out.setdefault(at, _Candidate("commitment", at, trig_start, at, action,
                                              [(action, x) for x in _split_coordination(np_text)],
                                              actors, conf, time_end))
            if with_part is not None:  # (a promise of its own, dated by its own time phrase)
                at, verb_end, done, np_text = with_part
                out.setdefault(at, _Candidate("commitment", at, trig_start, verb_end, done, [(done, np_text)],
                                              actors, conf, time_end))
            if participle is not None:  # (a promise of its own, dated by its own time phrase)
                at, verb_end, second = participle
                out.setdefault(at, _Candidate("commitment", at, trig_start, verb_end, second,
                                              [(second, x) for x in _split_coordination(chunk)],
                                              actors, conf, time_end))
    for k in dated:
        if any(o is not out[k] and o.obj_start <= k < o.clause_end for o in out.values()):
            del out[k]  # ("will host the July 21 meeting": the host's promise names it)
    if contrast and all(v in contrast and not _calendar_in(out[v], exprs_fn(True)) for v in out):
        # a contrast clause is read as a parallel promise ("Ghana will host X, while Kenya will
        # convene Y"), not beside a description ("the regiment will add to the force, while the HQ
        # will provide command capabilities"), unless it has a date of its own ("the cranes will be
        # ready in June while commercial operations will begin in September": a schedule)
        return []
    return _one_per_subject(list(out.values()), masked)


#: an indirect question as the object: "will soon finalise | if the talks will be at ministerial
#: level" decides a question, it delivers nothing
_QUESTION_OBJECT_RE = re.compile(r"\s*(?:if|whether|how|when|where|what|which|who)\b", re.IGNORECASE)


#: an absolute clause dating the first meeting of what the object sets up: "set up a new dialogue,
#: with the first meeting to take place in mid-June" / "..., with its first round to be held in May"
_ABSOLUTE_EVENT_RE = re.compile(
    r",\s*with\s+(?:the|its|their)\s+(?P<np>(?:first|inaugural|opening|initial|maiden)\s+(?:[\w-]+\s+)?"
    r"(?:meeting|round|session|summit|dialogue|talks|edition|conference|forum))\s+"
    r"(?:to\s+(?:take\s+place|be\s+held|be\s+convened|be\s+hosted|open)|" + _schedule("absolute") + r"\s+"
    r"(?:to\s+(?:take\s+place|be\s+held|be\s+convened)|for))\b", re.IGNORECASE)


_ARTICLE_RE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


#: a sentence opened by "During the <event>," (a definite occasion: the event the document promises)
_DURING_THE_RE = re.compile(r"[\s\"“‘'(]*(?:and\s+|but\s+)?during\s+(?:the|this|that|these|their|his|her|its|our)\s+"
                            r"(?P<np>[^,;:]{1,80}),", re.IGNORECASE)


#: "during the <event>" after the verb ("views will be exchanged during the meeting")
_DURING_AFTER_RE = re.compile(r"\bduring\s+(?:the|this|that|their|its)\s+(?P<np>[^,;.]{1,60})", re.IGNORECASE)


def _agenda_talk(masked: str, trig_start: int, action: str, subject: str) -> bool:
    """A talk deliverable in a clause opened by "During the <event>," or with "during the <event>"
    after its verb: that event's agenda ("During the summit, the leaders will hold discussions on
    trade"; tables.AGENDA_TALK_*)."""
    m = _DURING_THE_RE.match(masked)
    if m is None or m.end() > trig_start:
        # (or after the verb: "Views on regional issues will be exchanged during the meeting")
        m = _DURING_AFTER_RE.search(masked, trig_start)
        if m is None:
            return False
    if not any(_POSSESSIVE_RE.sub("", w.lower()).strip(".") in EVENT_NOUNS | BODY_NOUNS for w in m["np"].split()):
        return False
    return is_talk(action, subject)


def _opinions_only(action: str, subject: str) -> bool:
    """Views exchanged or shared ("exchange views on regional issues"): talk that names no
    occasion (``tables.OPINION_NOUNS``), never a deliverable of its own."""
    if action not in AGENDA_TALK_OBJECT_VERBS:
        return False
    words = subject.lower().split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return bool(words) and words[0] in OPINION_NOUNS


def _event_put_off(action: str, subject: str) -> bool:
    """Postponing / cancelling an event ("decided to defer the Joint Commission"): a miss
    reported, not an undertaking (tables.CANCELLING_VERBS)."""
    return action in CANCELLING_VERBS and any(
        _POSSESSIVE_RE.sub("", w.lower()).strip(",.") in EVENT_NOUNS | BODY_NOUNS for w in subject.split())


#: the words after a goal's head noun besides the prepositions ("the idea | behind the visit", "the
#: aim | here", "the goal | now")
_GOAL_STOPS = frozenset(["behind", "here", "now"])


#: the noun of what a thing is scheduled for, right after "scheduled for" (``SCHEDULED_FOR_NOUNS``)
_SCHEDULED_NOUN_RE = re.compile(r"\s*(" + "|".join(SCHEDULED_FOR_NOUNS) + r")\b(?!\s+of\b)", re.IGNORECASE)


def _goal_head(chunk: str) -> str:
    """The head noun of the subject of "is to V" ("the purpose | of the visit"), lower case."""
    return _head_noun(chunk, _GOAL_STOPS)


def _goal_subject(chunk: str) -> bool:
    """The subject of "is to V" is a goal ("the goal", "the purpose of the visit"): tables.GOAL_NOUNS."""
    return _goal_head(chunk) in GOAL_NOUNS


def _with_visitor(doc: _Doc, actors: list[str], subjects: list[tuple[str, str]]) -> list[str]:
    """A visit whose visitor the clause does not name ("I will visit Ghana later this year" in
    a quotation opening the text): when the parties taken from the context are only the places
    visited, the document's leading other party is the visitor."""
    visited = {c for _, x in subjects for c in countries_in(x)}
    if not actors or not set(actors) <= visited:
        return actors
    others = [c for c in doc.actors.ranked if c not in visited]
    return doc.actors.order([others[0], *actors]) if others else actors


NEGATION_WORDS = re.compile(r"^(?:" + alternation(_VERB_NEGATORS) + r")$")
_GENERIC_PREFIXES = tuple(g + sep for g in GENERIC_ADDRESSEES for sep in (" ", ","))
_ADDR_RE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.'’&-]*)(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.'’&-]*)*"
    r"(?:\s+(?:side|government|authorities|administration|counterparts?))?"
)


def _asks(doc: _Doc, sent: str, masked: str, s: int, words: frozenset[str]) -> list[_Candidate]:
    out: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    para = doc.paragraphs.bounds(s)
    for action, rx, needs_addr, keys in ASK_RES:
        if words.isdisjoint(keys):
            continue
        for m in rx.finditer(masked):
            if any(a <= m.start() < b for a, b in taken):
                continue
            before = masked[max(0, m.start() - 12):m.start()].split()
            if before and before[-1].lower() in DETERMINERS:
                continue  # "a demand", "the request": nouns, not verbs
            chunk, bword, _ = _clause_subject(masked, m.start())
            if bword in RELATIVE_WORDS or bword == "relative":
                continue
            asker_named = countries_in(chunk)
            asker = doc.actors.resolve(chunk, para)
            if not asker:
                continue
            if _subject_kind(chunk) in ("instrument",):
                continue
            rest_start = m.end()
            while rest_start < len(masked) and masked[rest_start] == " ":
                rest_start += 1
            if masked.startswith("that ", rest_start):
                rest_start += 5
            rest = masked[rest_start:]
            low = rest.lower()
            if low.startswith(_GENERIC_PREFIXES):
                continue
            addressee: list[str] = []
            am = _ADDR_RE.match(rest)
            obj_start = rest_start
            if am and am.group(0).strip():
                addressee = countries_in(am.group(0))
                if addressee:
                    obj_start = rest_start + am.end()
                    after = masked[obj_start:]
                    tm = re.match(r"\s+(?:to\s+)?", after)
                    if tm:
                        obj_start += tm.end()
            if addressee:
                if not all(doc.actors.is_party(c) for c in addressee):
                    continue
                asker = [c for c in asker if c not in addressee]
                if not asker:
                    continue
            elif needs_addr:
                continue
            else:
                if not asker_named:
                    continue
                nxt = _next_word(masked, rest_start).lower()
                if not nxt or nxt == "to" or nxt in ("that", "if", "whether", "about"):
                    continue
            end = _object_ends(masked, obj_start)[1]
            subject = masked[obj_start:end].strip(_PUNCT_STRIP)
            if not subject:
                continue
            conf = 0.8 if addressee else 0.7
            out.append(_Candidate("ask", m.start(), m.start(), obj_start, action, [(action, subject)],
                                  doc.actors.order(asker), conf, end))
            taken.append((m.start(), m.end()))
    return out


def _items_for_sentence(doc: _Doc, s: int, e: int, words: frozenset[str],
                        title: bool = False) -> list[ExtractedItem]:
    body = doc.body
    sent = body[s:e]
    if sent.rstrip("”\"’' ").endswith("?"):
        return []
    region = doc.region_for(s)
    if region is not None and region.past:
        return []
    made_on = doc.made_on(s)
    masked = _QUOTED_NAME_RE.sub(_unquote_name, sent)
    for aside in _ASIDES:
        masked = aside.sub(_blank, masked)
    cache: list[list[TimeExpr]] = []

    def exprs_fn(plain: bool = False) -> list[TimeExpr]:
        """The sentence's time expressions (one temporal.find_all per sentence);
        ``plain``: without "in seven years"-style idioms."""
        if not cache:
            exprs = windows.find_all(sent, made_on, "future")
            cache.append(exprs)
            cache.append([t for t in exprs if not _is_idiom(sent, t)])
        return cache[1] if plain else cache[0]

    masked = _interposed_times(sent, masked, exprs_fn)
    masked = _PRE_MODAL_ADVERB_RE.sub(_blank, masked)
    cands: list[_Candidate] = []
    if not words.isdisjoint(COMMIT_WORDS):
        cands = _commitments(doc, sent, masked, s, exprs_fn, words, title)
        if not title:
            cands += _inner_relatives(doc, sent, masked, s, exprs_fn, words, cands)
    if not words.isdisjoint(ASK_WORDS):
        cands += _asks(doc, sent, masked, s, words)
    talks = _talks_with_meeting(doc, masked, s, exprs_fn)
    if talks is not None and not any(c.kind == "commitment" and c.action == "meet" for c in cands):
        # what is said in the talks is their agenda ("will raise the border question"); a deliverable
        # ("will sign a visa accord") stays a promise of its own
        cands = [c for c in cands if c.kind != "commitment" or (
            verb_class(c.action) == "deliverable" and not any(is_talk(a, x) for a, x in c.subjects))]
        cands.append(talks)
    onset = _fronted_onset(doc, masked, s, exprs_fn, made_on) if not title else None
    if onset is not None:
        # (what the thing will do, said after it, describes it: "..., the festival will feature
        # concerts"; its start is the promise)
        cands = [c for c in cands if c.kind != "commitment" or c.trig_start < onset.obj_start]
        cands.append(onset)
    if not title and not any(c.kind == "commitment" for c in cands):
        opened = _open_future(doc, sent, masked, s, exprs_fn, made_on)
        if opened is not None:
            cands.append(opened)
    cands.sort(key=lambda c: c.pos)
    items: list[ExtractedItem] = []
    topics_cache: list[list[str]] = []

    def sent_topics() -> list[str]:
        if not topics_cache:
            topics_cache.append(topics(sent))
        return list(topics_cache[0])

    if cands:
        plain = {id(t) for t in exprs_fn(True)}
        idioms = {id(t) for t in exprs_fn() if id(t) not in plain}
    for c in list(cands):
        if c.absorbs is None:
            continue
        lo, hi = c.absorbs  # (its absolute clause's own "to be held" reading is this promise)
        cands = [o for o in cands if o is c or not lo <= o.trig_start < hi]
    times: dict[int, TimeExpr | None] = {}
    for c in cands:
        if c.time is not None:
            times[id(c)] = c.time
            continue
        exprs = exprs_fn() if c.kind == "commitment" else [
            x for x in exprs_fn() if x.due_start is not None and x.start >= c.obj_start]
        t = _choose_time(exprs, c.pos if c.kind == "commitment" else c.obj_start, c.trig_start,
                         c.clause_end, idioms, sent)
        if c.kind == "commitment" and (t is None or t.due_start is None):
            t = _until_then(masked, c, exprs_fn(True), made_on) or t
        if c.kind == "commitment" and (t is None or t.due_start is None):
            t = _fronted_clause_time(sent, exprs, idioms, c.trig_start) or _second_predicate_time(
                masked, c, cands, times) or t
        if c.kind == "commitment" and (t is None or t.due_start is None):
            rel = _relative_clause_time(sent, masked, c.clause_end, exprs, idioms)
            if rel is not None:
                t = rel[0]
                # the relative clause's own reading of its antecedent ("..., which will take
                # place on 5 June" as a promise to hold it) is this promise: one item
                cands = [o for o in cands if o is c or not (
                    o.kind == "commitment" and c.clause_end <= o.trig_start < rel[1]
                    and {x.lower() for _, x in o.subjects} <= {x.lower() for _, x in c.subjects})]
        if c.trip is not None and (t is None or t.due_start is None):
            t = next((x for x in exprs if c.trip[0] <= x.start < c.trip[1] and x.due_start is not None
                      and id(x) not in idioms and x.reference != "past"), t)
        times[id(c)] = t
    cands = [c for c in cands if not _standing_commitment(masked, c, times[id(c)])
             and not _implements_record(c, times[id(c)])]
    for c in cands:
        exprs = exprs_fn() if c.kind == "commitment" else [
            x for x in exprs_fn() if x.due_start is not None and x.start >= c.obj_start]
        t = times[id(c)]
        conf = c.confidence
        if t is not None and t.due_start is not None:
            conf *= 0.75 + 0.25 * t.confidence
        group = None
        if len(c.subjects) > 1:
            doc.group += 1
            group = doc.group
        for act, subj in c.subjects:
            subj = _left_from(act, subj, masked, c).rstrip(",;: ")  # ("the forum, | to be held ...")
            subj = _FRONTED_PLACE_RE.sub("", subj)  # ("to hold | in Budapest | a meeting of ...")
            if subj.lower() == "it":  # ("It will enter into force in June": the thing promised before)
                subj = _it_stands_for(doc, s, sent) or subj
            t = _own_time(subj, exprs, t)
            if group is not None:
                t = _time_right_after(sent, subj, c.obj_start, exprs, t)
            items.append(ExtractedItem(
                kind=c.kind, made_on=made_on, quote=sent, span=(s, e), actors=list(c.actors),
                action=act, subject=subj, topics=topics(subj) or sent_topics(),
                due_expression=t.text if t is not None else None,
                due_start=t.due_start if t is not None else None,
                due_end=t.due_end if t is not None else None,
                due_rule=t.rule if t is not None else None,
                confidence=round(max(0.05, min(1.0, conf)), 3), group=group,
            ))
    things = [it.subject for it in items if it.kind == "commitment" and _subject_kind(it.subject) in _THINGS_IT_NAMES]
    doc.antecedent = (e, things[0]) if things else None
    return items


#: the kinds of a promised thing an "It" opening the next sentence may stand for ("... will host a Year
#: of Culture in 2030. It will kick off in Nairobi on Tuesday": thirty-seventh blind check)
_THINGS_IT_NAMES = frozenset(["event", "instrument"])


#: "It" opening a sentence (after an opening quote mark)
_IT_OPENS_RE = re.compile(r"[\s“\"']*It\b")


def _it_stands_for(doc: _Doc, s: int, sent: str) -> str | None:
    """The thing the "It" opening ``sent`` (at ``s``) stands for: the one the sentence right before
    promised (``_Doc.antecedent``); None when the sentence opens otherwise or nothing was promised
    right before it. The caller asks only for an "it" subject."""
    if doc.antecedent is None or _IT_OPENS_RE.match(sent) is None:
        return None
    end, thing = doc.antecedent
    return thing if not doc.body[end:s].strip() else None


# --------------------------------------------------------------------------
# shapes read after the eleventh blind check (tables: CONTRAST_WORDS, FRONTED_TIME_CLAUSES,
# QUANTITY_NOUNS, WHEN_EVENT_VERBS, NAME_PARTICLES; tests/test_extract_shapes11.py)
# --------------------------------------------------------------------------

#: a clause opening with a participle: "while visiting Accra" is a time clause, not a contrast
_ING_START_RE = re.compile(r"[a-z]+ing\b")
_QUANTITY_RE = re.compile(
    r"(^\s*|\band\s+|,\s*)(?:the\s+)?" + trie_alternation(QUANTITY_NOUNS, any_space=True) + r"\s+", re.IGNORECASE)
_PARTICLE_RE = re.compile(
    trie_alternation(NAME_PARTICLES) + r"(?:-[A-Z][\w'’-]*)?", re.IGNORECASE)


def _name_particle(word: str) -> bool:
    """A particle inside a person's name ("bin", "al-Thani", "von"): ``NAME_PARTICLES``."""
    return _PARTICLE_RE.fullmatch(word) is not None


#: a "when" clause dating the promise by an event: "... signed | when President Ruto visits Accra
#: next month" (the window is read from it; it is no part of the subject)
_WHEN_EVENT_RE = re.compile(
    r"\s+(?:when|once|as\s+soon\s+as)\s+(?:[\w.'’-]+\s+){1,6}?"
    + trie_alternation(f for verb in WHEN_EVENT_VERBS for f in present_forms(verb)) + r"\b.*$",
    re.IGNORECASE | re.DOTALL)

_FRONTED_TIME_RE = re.compile(
    r"[\"“‘'(]*(?:" + "|".join(rx for _, rx, _ in FRONTED_TIME_CLAUSES) + r")[^,;:]{0,120}?,", re.IGNORECASE)


def _fronted_clause_time(sent: str, exprs: list[TimeExpr], idioms: set[int], trig_start: int) -> TimeExpr | None:
    """The window of a fronted clause naming the promise's occasion ("While visiting Accra next
    week, the minister will sign ...", "In his talks with President Mahama next week, ...")."""
    m = _FRONTED_TIME_RE.match(sent)
    if m is None or m.end() > trig_start:
        return None
    for t in exprs:
        if t.end < m.end() and t.due_start is not None and id(t) not in idioms \
                and t.reference != "past":
            return t
    return None


#: who is a person of standing: a title or "counterpart" (or a name of ``LEADERS``)
_PERSON_WORD_RE = re.compile(r"\b" + _titles("person") + r"\b")
_TALKS_WITH_RE = re.compile(
    r"[\"“‘'(]*(?:" + {n: rx for n, rx, _ in FRONTED_TIME_CLAUSES}["talks_with"] + r")\s+(?P<who>[^,;:]{2,120}?),\s*(?P<subj>[^,;:]{1,80}?)\s+"
    r"(?P<trig>will|shall|(?:is|are)\s+(?:" + _schedule("talks_with") + r"\s+)?to|plans?\s+to)\s", re.IGNORECASE)


def _own_actors(doc: _Doc, chunk: str, kind: str, para: tuple[int, int]) -> list[str]:
    """The parties a clause's subject names: an agent through the document's names ("the two
    leaders", "Ruto"), anything else by the countries in it ("the Kenya-Ghana forum")."""
    if kind == "agent":
        return doc.actors.resolve(chunk, para)
    named = countries_in(chunk)
    return doc.actors.order(named) if named else []


def _context_actors(doc: _Doc, para: tuple[int, int]) -> list[str]:
    """The parties of a promise whose subject names none: the paragraph's, when it names two or
    more, else the document's main parties."""
    local = doc.actors.in_range(*para)
    return local if len(local) >= 2 else doc.actors.main_parties()


#: the granularities of a window the open reading takes (``_open_future``): a day, a week, a month,
#: a season, a quarter, a half or a year, not "soon" nor "in the coming years"
_OPEN_GRAINS = frozenset(["day", "week", "month", "range", "quarter", "half", "season", "year"])
#: a bare year is a window only after its preposition ("in 2030"; not "Force Design 2030")
_YEAR_PREP_RE = re.compile(r"\b(?:in|by|during|until|before)\s+(?:the\s+year\s+)?$", re.IGNORECASE)
#: a time phrase after "after" or "since" starts a state, it dates no event ("After November, the unit
#: will be called ..."); one after "from" is when the thing begins ("services will connect with the
#: line from autumn this year"; thirty-fourth blind check)
_STARTS_AFTER_RE = re.compile(r"\b(?:after|since)\s+$", re.IGNORECASE)
#: the boundary words of a condition or a time clause: "when the Dialogue reconvenes in 2030"
_OPEN_CONDITIONS = CONDITION_WORDS | {"as", "while", "so"}  # (and clauses of circumstance)
#: subjects the open reading does not resolve: a pronoun's promise is read by the frames or not at all
_OPEN_PRONOUNS = frozenset(["it", "this", "that", "these", "those", "they", "there"])
#: how many words may stand before a time phrase fronted to the sentence's subject ("On Friday,",
#: "NAIROBI: On Friday,")
_FRONTED_WORDS = 3


#: an occasion's noun right before a time, after the verb: the time is that occasion's ("for the
#: elections | on 21 November")
_OTHER_OCCASION_DAY_RE = re.compile(r"(?i)\b(?:" + trie_alternation(EVENT_NOUNS) + r")\s+(?:on|in|of|from|,)?\s*$")


def _open_future(doc: _Doc, sent: str, masked: str, s: int, exprs_fn: _ExprsFn,
                 made_on: date) -> _Candidate | None:
    """The last reading of a sentence no frame read (``patterns.OPEN_FUTURE_RE``): "the trade fair
    will kick off in Nairobi on Tuesday", "the bridge is scheduled to open in December". A future
    clause whose subject is a noun phrase (not a pronoun, not a condition's, not an agreement doing
    something), whose verb no frame judges by a table of its own (``tables.FRAMED_VERBS``) and that
    has a dated window of its own (in the clause, or fronted before the sentence's subject): a promise of low
    confidence."""
    if OPEN_FUTURE_RE.search(masked) is None:
        return None
    exprs = [t for t in exprs_fn(True)
             if t.due_start is not None and t.due_end is not None and t.due_end >= made_on
             and t.reference == "future" and t.granularity in _OPEN_GRAINS
             and (t.granularity != "year" or t.text[:1].islower() or _YEAR_PREP_RE.search(sent, 0, t.start))
             and not _STARTS_AFTER_RE.search(sent, 0, t.start)]
    if not exprs:
        return None
    for m in OPEN_FUTURE_RE.finditer(masked):
        if _HOPED_THAT_RE.search(masked, 0, m.start()):
            continue  # (hoped for: the frames' guard, ``_HOPED_THAT_RE``)
        verb = m.group("verb") or m.group("prog") or m.group("pres")
        if m.group("be") and not (verb.endswith(("ed", "en")) or verb in IRREGULAR_FORMS):
            continue  # "will be able to", "will be ready": no event
        planned = m.group("prog") or m.group("pres")  # (a present: a plan only for a day to come)
        first, _, rest = verb.partition(" ")
        base = " ".join([lemma(first), *rest.split()]) if planned else base_form(verb)
        if (base in FRAMED_VERBS and not planned) or verb.lower() in _VERB_NEGATORS \
                or _QUESTION_OBJECT_RE.match(masked, m.end()):
            continue  # a frame's verb keeps the frame's judgment; "will not"; "will decide | whether"
        if _figurative(base, masked, m.end()):
            continue  # "the meeting will provide an opportunity to ...": a figure of speech
        chunk, word, cstart = _clause_subject(masked, m.start())
        if chunk.lower() == "it":
            chunk = _it_stands_for(doc, s, sent) or chunk
        if word in _OPEN_CONDITIONS or not chunk or chunk.lower() in _OPEN_PRONOUNS:
            continue
        # (a facility that opens or begins operations on a day to come: "the Volta bridge opens to
        # traffic on Friday", "the port begins operations this Friday"; thirtieth blind check)
        starts = bool(m.group("pres")) and lemma(first) in _FACILITY_OPENS
        opens = starts and _thing_kind(chunk) == "facility"
        if m.group("pres") and (_subject_kind(chunk) not in ("event", "body") and not opens
                                or _CADENCE_RE.search(masked)):
            continue  # (the present of an occasion's own schedule; "the council meets every July" is a habit)
        clause_end = _object_ends(masked, m.end())[1]
        t = next((x for x in exprs if m.end() <= x.start < clause_end
                  or m.start() < x.start and _interposed(masked, x, m.start("verb"))), None) or next(
            (x for x in exprs if x.end <= cstart and len(masked[:x.start].split()) <= _FRONTED_WORDS), None)
        if m.group("pres") and t is not None and t.start >= m.end() \
                and _OTHER_OCCASION_DAY_RE.search(masked, m.end(), t.start) is not None:
            continue  # the day of another occasion the clause names ("the new talks take place amid a
            # campaign for the elections on 21 November"): not the subject's (thirty-second blind check)
        if t is None or (planned and (t.due_start is None or t.due_start < made_on
                                              or (t.rule == "relative_day" and t.due_start == made_on))):
            continue  # (a progressive is a plan for a day to come, or one named for the day itself: "are
            # meeting this Sunday, July 3"; "are convening today", "this morning" (the time reader's
            # day of writing) reports what is under way. A weekday or a date that is the day of
            # writing stays a plan: read so, it cost a never-read set of the thirty-fifth blind check
            # a promise)
        kind = _subject_kind(chunk)
        if kind == "instrument" and not m.group("be") and not opens:
            continue  # what an agreement or a plan will do is no one's promise
        obj = _cut_subject(masked, m.end(), clause_end, exprs)
        if m.group("be") or not obj or obj.split()[0].lower() in _PREPS or opens:
            obj = _strip_article(chunk)  # "the fair will kick off in Nairobi": the fair is the promise
        para = doc.paragraphs.bounds(s)
        # ("the summit opens / begins on 5 May": it is held then)
        action = "open" if opens else "hold" if starts else base + (" " + m.group("particle") if m.group("particle") else "")
        return _Candidate("commitment", m.start("verb"), m.start(), m.end(), action,
                          [(action, _SPACES_RE.sub(" ", x)) for x in _split_coordination(obj)],
                          _own_actors(doc, chunk, kind, para) or _context_actors(doc, para),
                          _OPEN_CONFIDENCE, clause_end, time=t)
    return None


#: a cadence (``lexicon.CADENCE``): "the council meets every year in July" states a habit
_CADENCE_RE = re.compile(CADENCE, re.IGNORECASE)

#: the verbs whose present tells a facility opening on a day to come (``_open_future``)
_FACILITY_OPENS = frozenset(["open", "begin", "start"])

#: the confidence of the open reading: below every frame's
_OPEN_CONFIDENCE = 0.45


#: a fronted participle of a thing's start, with its own date, before the thing as the subject:
#: "Set to kick off in Nairobi on Tuesday, the Kenya-Ghana Year of Culture will feature ...",
#: "Launching in both countries in September, the festival will ..." (thirty-seventh blind check)
_FRONTED_ONSET_RE = re.compile(
    r"\s*[“\"]?(?:(?:Set|Scheduled|Slated|Due|Expected)\s+to\s+(?P<to>kick\s+off|open|begin|start|launch|commence)"
    r"|(?P<ing>Launching|Starting|Opening|Kicking\s+off|Beginning|Commencing))\b(?P<rest>[^,;:]{0,120}?),\s+"
    r"(?P<subj>[^,;:]{2,80}?)\s+(?=(?:will|would|is|are|shall)\b)")
#: the action of each such participle (its base form)
_FRONTED_ONSET_ACTIONS = {"kicking off": "kick off", "launching": "launch", "starting": "start", "opening": "open",
                          "beginning": "begin", "commencing": "commence"}


def _fronted_onset(doc: _Doc, masked: str, s: int, exprs_fn: _ExprsFn, made_on: date) -> _Candidate | None:
    """A reading of its own, before the open one: the thing a fronted participle of starting dates (``_FRONTED_ONSET_RE``),
    an occasion, an instrument or a body named as the subject (not a party, not a pronoun), on a
    calendar date inside the participle phrase: it starts then (low confidence)."""
    m = _FRONTED_ONSET_RE.match(masked)
    if m is None:
        return None
    subj = m.group("subj").strip(_PUNCT_STRIP)
    kind = _subject_kind(subj)
    if _strip_article(subj).lower() in _OPEN_PRONOUNS or not (kind in ("event", "instrument", "body")
                                                               or _thing_kind(subj) == "facility"):
        return None
    lo, hi = m.start("rest"), m.end("rest")
    t = next((x for x in exprs_fn(True) if lo <= x.start < hi and _calendar(x) and x.due_end is not None
              and x.due_end >= made_on and x.reference != "past"), None)
    if t is None:
        return None
    verb = " ".join((m.group("to") or m.group("ing")).lower().split())
    action = _FRONTED_ONSET_ACTIONS.get(verb, verb)
    para = doc.paragraphs.bounds(s)
    start = m.start("to") if m.group("to") else m.start("ing")
    return _Candidate("commitment", start, start, m.start("subj"), action, [(action, _strip_article(subj))],
                      _own_actors(doc, subj, kind, para) or _context_actors(doc, para), _OPEN_CONFIDENCE,
                      m.end("subj"), time=t)


def _talks_with_meeting(doc: _Doc, masked: str, s: int, exprs_fn: _ExprsFn) -> _Candidate | None:
    """"In his talks with President Mahama next week, Ruto will raise ...": a promised meeting with
    that person (a named person of another country), the window the fronted phrase's."""
    m = _TALKS_WITH_RE.match(masked)
    if m is None:
        return None
    who = m.group("who")
    for t in exprs_fn(True):
        if m.start("who") <= t.start < m.end("who"):
            who = masked[m.start("who"):t.start]
            break
    who = _DANGLING_PREP_RE.sub("", who.strip(_PUNCT_STRIP)).strip(_PUNCT_STRIP)
    named = countries_in(who)  # "President Mahama", "his Ghanaian counterpart"
    if not named or not (_PERSON_WORD_RE.search(who) or any(n in who for n in LEADERS)):
        return None  # (talks with "Ghanaian traders" are no meeting of the parties)
    subj = m.group("subj").strip(_PUNCT_STRIP)
    if _subject_kind(subj) not in ("agent", "name"):
        return None
    para = doc.paragraphs.bounds(s)
    own = doc.actors.resolve(subj, para) if countries_in(subj) else []
    actors = doc.actors.order(list(dict.fromkeys([*own, *named])))
    return _Candidate("commitment", m.start("who"), m.start("trig"), m.start("who"), "meet",
                      [("meet", who)], actors, 0.7, m.end("who"))


_AND_BEFORE_RE = re.compile(r",?\s+and\s+(?:(?:also|then|later)\s+)?$")


def _second_predicate_time(masked: str, c: _Candidate, cands: list[_Candidate],
                           times: dict[int, TimeExpr | None]) -> TimeExpr | None:
    """A second predicate with no time of its own shares the first one's: "Ruto will visit Accra
    next month, and will meet President Mahama" (the previous commitment of the sentence)."""
    if not _AND_BEFORE_RE.search(masked, 0, c.trig_start):
        return None
    before = [o for o in cands if o.kind == "commitment" and o.trig_start < c.trig_start and id(o) in times]
    return times[id(before[-1])] if before else None


#: a relative clause with its own future inside an "ahead of" phrase (``_inner_relatives`` reads it)
_AHEAD_RELATIVE_RE = re.compile(r"(?i)\b(?:that|which|who)\s+(?:will|would|shall|is\s+to|are\s+to)\b")
#: the words of a visit before where it goes: "his state visit to | Ghana"
_VISIT_TO_RE = re.compile(r"(?i)^(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+")
#: a deliverable named by its noun after "ahead of": "the commissioning of | the port" (``NOMINAL_ACTIONS``)
_AHEAD_NOMINAL_RE = re.compile(r"(?i)^(?:the\s+)?(?:(?:official|formal|planned)\s+)?(?P<nom>"
                               + alternation(tuple(NOMINAL_ACTIONS)) + r")\s+of\s+")


def _conj_after_time(masked: str, obj_start: int, clause_end: int, exprs: list[TimeExpr]) -> re.Match[str] | None:
    """A deliverable verb coordinated right after the clause's first time phrase ("will visit Accra
    next month | and meet President Mahama"), else None."""
    for t in sorted(exprs, key=lambda x: x.start):
        if not obj_start < t.start < clause_end or t.rule in NOUN_PHRASE_RULES \
                or t.reference == "past":
            continue
        cm = CONJ_VERB_RE.match(masked, t.end)
        return cm if cm is not None and verb_class(cm.group("verb")) == "deliverable" else None
    return None


#: a second object of the verb after the first one's time phrase, with a time phrase of its own:
#: "will hold the sixth ministerial meeting in 2026 | and the sixth summit | in 2028"
_CLAUSE_WORD_RE = re.compile(r"(?i)\b(?:will|shall|would|to|is|are|was|were|has|have|had|be)\b|['’]ll\b")
_AND_OBJECT_RE = re.compile(r",?\s+and\s+(?P<np>(?:the|a|an)\s+[^,;:()]{3,120}?)\s+$", re.IGNORECASE)


def _two_times(exprs: list[TimeExpr], obj_start: int, clause_end: int) -> tuple[TimeExpr, TimeExpr] | None:
    """The first two times after a verb's object in its clause (no noun phrase's, none past), the second
    with a window: the first promise's time and the time of a second deliverable after it
    (``_object_after_time``, ``_with_participle_after_time``); None when the clause has not two."""
    times = sorted((x for x in exprs if obj_start < x.start < clause_end and x.rule not in NOUN_PHRASE_RULES
                    and x.reference != "past"), key=lambda x: x.start)
    if len(times) < 2 or times[1].due_start is None:
        return None
    return times[0], times[1]


def _object_after_time(masked: str, obj_start: int, clause_end: int,
                       exprs: list[TimeExpr]) -> tuple[int, str] | None:
    """The verb's second object, coordinated after the first one's time phrase and dated by a
    time phrase of its own: "agreed to hold the sixth ministerial meeting in 2026 and the sixth
    summit in 2028" (thirty-fifth blind check: a declaration's two meetings of one series, each
    with its year): (its start, its text), else None. An occasion or a body only (``EVENT_NOUNS``,
    ``BODY_NOUNS``): "sign the accord in May and the protocol in June" stays one reading."""
    times = _two_times(exprs, obj_start, clause_end)
    if times is None:
        return None
    m = _AND_OBJECT_RE.match(masked[:times[1].start], times[0].end)
    if m is None or _CLAUSE_WORD_RE.search(m.group("np")) \
            or not any(w in EVENT_NOUNS | BODY_NOUNS for w in _head_words(m.group("np").lower())):
        return None  # (a clause of its own is read as one: "and the Netherlands will host a summit in 2025")
    np = _cut_subject(masked, m.start("np"), times[1].end, exprs)
    return (m.start("np"), np) if np else None


#: an absolute clause after a promise's time, with a participle of its own and a time of its own:
#: ", with another four delivered by the end of that year", ", with the rest to be delivered by 2031"
_WITH_PARTICIPLE_RE = re.compile(
    r"\s*,?\s*with\s+(?P<np>(?:the|its|their|another|a|an|all|some)\b[^,;:()]{0,60}?)\s+"
    r"(?:(?:(?:are|is)\s+)?(?:to|due\s+to|set\s+to|expected\s+to)\s+be\s+)?(?P<verb>[a-z]+)\s+"
    r"(?P<gap>(?:(?:to|by|in|on|at|for|from|until|before|during|within|next|this|early|late|later)\b[^,;:]{0,40}?)?)$",
    re.IGNORECASE)


def _with_participle_after_time(masked: str, obj_start: int, clause_end: int,
                                exprs: list[TimeExpr]) -> tuple[int, int, str, str] | None:
    """After the first promise's time, an absolute clause with a deliverable's participle and a time of
    its own: "Kenya will receive the first jet by mid-2031, | with another four delivered by the end of
    that year" (another four delivered by then; thirty-sixth blind check: delivery schedules): (its
    noun phrase's start, the participle's end, its lemma, the noun phrase), else None."""
    times = _two_times(exprs, obj_start, clause_end)
    if times is None:
        return None
    m = _WITH_PARTICIPLE_RE.match(masked[:times[1].start], times[0].end)
    if m is None or not (m.group("verb").endswith(("ed", "en")) or m.group("verb") in IRREGULAR_FORMS):
        return None  # (a participle: "delivered", "held")
    verb = lemma(m.group("verb").lower())
    if verb_class(verb) != "deliverable" and verb not in HANDING_OVER:
        return None
    return m.start("np"), m.end("verb"), verb, _ARTICLE_RE.sub("", m.group("np").strip())


def _verb_after_time(masked: str, obj_start: int, clause_end: int, exprs: list[TimeExpr]) -> list[tuple[str, str]]:
    """A second deliverable verb coordinated after the first one's time phrase: "will visit Accra
    next month | and meet President Mahama" (both share the window)."""
    cm = _conj_after_time(masked, obj_start, clause_end, exprs)
    if cm is None:
        return []
    start = cm.end("verb")
    obj = _cut_subject(masked, start, _object_ends(masked, start)[0], exprs)
    return [(lemma(cm.group("verb")), x) for x in _split_coordination(obj)] if obj else []


def _participle_after_time(masked: str, obj_start: int, clause_end: int, exprs: list[TimeExpr],
                           subject: str) -> tuple[int, int, str] | None:
    """After a passive, a second participle coordinated after the first one's time phrase tells the
    same subject, with a time phrase of its own: "the corvette is expected to be launched in December |
    and delivered to the navy by 2031" (the corvette delivered by 2031; thirtieth blind check):
    (its start, its end, its lemma), else None."""
    cm = _conj_after_time(masked, obj_start, clause_end, exprs)
    if cm is None or not subject:
        return None
    verb = cm.group("verb")
    if not (verb.endswith(("ed", "en")) or verb in IRREGULAR_FORMS):
        return None
    return cm.start("verb"), cm.end("verb"), lemma(verb)


#: a second deliverable added to a clause by a gerund: "views will be exchanged during the meeting,
#: | in addition to signing new agreements" (sixteenth blind check)
_IN_ADDITION_RE = re.compile(r",?\s+(?:in\s+addition\s+to|as\s+well\s+as|besides)\s+(?P<verb>[a-z]+ing)\s+(?=\S)",
                             re.IGNORECASE)


def _in_addition(masked: str, vend: int, exprs: list[TimeExpr]) -> list[tuple[str, str]]:
    """The deliverable a gerund adds after the clause's verb (``_IN_ADDITION_RE``): a deliverable
    verb's (action, object) pairs, else none ("in addition to boosting trade" is an aim)."""
    m = _IN_ADDITION_RE.search(masked, vend)
    if m is None or verb_class(m.group("verb")) != "deliverable" or ";" in masked[vend:m.start()]:
        return []
    obj = _cut_subject(masked, m.end(), _object_ends(masked, m.end())[0], exprs)
    return [(lemma(m.group("verb")), x) for x in _split_coordination(obj)] if obj else []


def extract(body: str, published_on: date, *,
            budget_s: float | None = None) -> list[ExtractedItem]:
    """Commitments and asks of ``body`` in document order (one per promise: see
    :mod:`tracker.extract.restatements`).

    Raises :class:`tracker.extract.budget.ExtractionTooSlow` (a ``DocumentError``)
    when it takes longer than ``budget_s`` seconds (default
    ``budget.EXTRACT_BUDGET_S``)."""
    deadline = budget.Deadline(budget.EXTRACT_BUDGET_S if budget_s is None else budget_s)
    return keep_primary(join_dating(event_reference_windows(_extract_all(body, published_on, deadline), body,
                                                            check=deadline.check), body),
                        check=deadline.check, lead=lead_start(body))


def _extract_all(body: str, published_on: date, deadline: budget.Deadline) -> list[ExtractedItem]:
    doc = _Doc(body, published_on)
    deadline.check()
    items: list[ExtractedItem] = []
    spans = cap_spans(body, split_sentences(body))
    title = _title_span(body, spans)
    # the title line also reads the headline rows, gated by their own words
    title_words = words_of(body[title[0]:title[1]]) & HEADLINE_WORDS if title is not None else frozenset()
    low = body.lower()
    if len(low) != len(body):  # a character whose lower case is longer: per sentence
        for s, e in spans:
            deadline.check()
            words = words_of(body[s:e]) & TEXT_TRIGGER_WORDS
            if (s, e) == title:
                words |= title_words
            if words:
                items.extend(_items_for_sentence(doc, s, e, words, (s, e) == title))
        return items
    # cheap pre-filter: the trigger words of the whole body in one scan (a
    # sentence is flanked by whitespace, so no token straddles two sentences);
    # a sentence without any is skipped, the others get their set of trigger
    # words (all the per-row gates ask of a sentence's words)
    hits = [(m.start(), m.group(0)) for m in TRIGGER_WORD_RE.finditer(low)]
    k, n = 0, len(hits)
    for s, e in spans:
        while k < n and hits[k][0] < s:
            k += 1
        j = k
        while j < n and hits[j][0] < e:
            j += 1
        words = frozenset(w for _, w in hits[k:j])
        if (s, e) == title:
            words |= title_words
        if words:
            deadline.check()
            items.extend(_items_for_sentence(doc, s, e, words, (s, e) == title))
        k = j
    return items


def _goes_on(verb: str, masked: str, vend: int) -> bool:
    """"will continue next week": an event subject's verb of going on at a later time
    (``tables.EVENT_GOES_ON``; the caller checks the subject is an event)."""
    return lemma(verb) in EVENT_GOES_ON and _next_word(masked, vend).lower() in EVENT_GOES_ON_NEXT


def _event_happens(verb: str, masked: str, vend: int, kind: str | None) -> bool:
    """"will take place", "will go ahead": the event is held (``tables.EVENT_HAPPENS``). A row
    that asks for an event subject ("falls on") holds only where ``kind`` is "event"; ``kind`` None
    is a pre-check that knows no subject yet, and every row may still hold there."""
    row = EVENT_HAPPENS.get((verb.lower(), _next_word(masked, vend).lower()))
    return row is not None and (not row[1] or kind in (None, "event"))


#: a directive to officials, read by its own row (``patterns.COMMITMENT_RES``, directed_to)
_DIRECTED_RE = next(rx for n, rx, *_ in COMMITMENT_RES if n == "directed_to")
#: the row of a pledge of a sum, read for an earlier pledge in the same list
_PLEDGED_SUM_ROW = next(rx for n, rx, *_ in COMMITMENT_RES if n == "pledged_sum")
#: the rows of a deadline moved, read where a modal's own reading would take the deadline for the thing
_MOVED_DEADLINE_ROWS = frozenset(["moved_deadline", "moved_deadline_first"])
_MOVED_DEADLINE_RES = tuple(rx for n, rx, *_ in COMMITMENT_RES if n in _MOVED_DEADLINE_ROWS)
_ONSET_RE = re.compile(r"(?:" + alternation(sorted(THING_ONSETS, key=len, reverse=True)).replace(" ", r"\s+")
                       + r")\b", re.IGNORECASE)


def _head_noun(chunk: str, stops: frozenset[str] = frozenset()) -> str:
    """The head noun of a subject, lower case (``_head_words``: "the border crossing | between ...",
    "work | on the project")."""
    head = _head_words(chunk, stops)
    return head[-1].lower() if head else ""


def _thing_kind(chunk: str) -> str:
    """facility | activity | "": what kind of thing a subject's head noun names
    (``FACILITY_NOUNS``, ``ACTIVITY_NOUNS``)."""
    head = _head_noun(chunk)
    return "facility" if head in FACILITY_NOUNS else "activity" if head in ACTIVITY_NOUNS else ""


#: the onsets an instrument takes besides its own (``lexicon.INSTRUMENT_ONSETS``): it begins on a date
_BEGINS = frozenset(["begin", "start", "commence"])
#: a relative pronoun and the verb group before a verb: "a plan | that will | begin next year"
_RELATIVE_BEFORE_RE = re.compile(r"(?i)\b(?:that|which)\s+(?:(?:will|would|shall|is|are|be|to|set|scheduled|"
                                 r"expected|due|slated)\s+)+$")


def _thing_onset(masked: str, vstart: int, chunk: str, kind: str, exprs: list[TimeExpr]) -> tuple[str, int] | None:
    """"the agreement will enter into force on 1 January", "two consulates will open next month":
    a thing of the kind the phrase begins for (``THING_ONSETS``), dated after the verb and with no
    condition in the clause ("once ratified, the deal will take effect"; "soon" dates it too);
    (action, end of the phrase), else None."""
    m = _ONSET_RE.match(masked, vstart)
    if m is None or _ONSET_OBJECT_RE.match(masked, m.end()):
        return None
    phrase = " ".join(m.group(0).lower().split())
    kinds, action, _example = THING_ONSETS[phrase]
    own = _thing_kind(chunk) or kind
    if own == "instrument" and phrase in _BEGINS and (_next_word(masked, m.end()).lower() in DETERMINERS
                                                      or _RELATIVE_BEFORE_RE.search(masked, 0, vstart) is not None):
        return None  # "the agreement will begin a new era": what it does, not when it begins; "a
        # plan that will begin next year": the relative clause dates the plan its own clause promises
    # (an activity or an instrument needs a calendar date: "work will begin soon on improving ties" is an aim)
    # (a time after the phrase, or put between the modal and the verb: ``_interposed``)
    # (or fronted, before the subject: "In March 2026, the new terminal will open": ``_fronted``)
    clause_end = _object_ends(masked, m.end())[1]  # (not the day it was said: ", the minister said on 28 March")
    placed = [t for t in exprs if m.end() <= t.start < clause_end or _interposed(masked, t, vstart)
              or _fronted(masked, t, vstart)]
    dated = any(_calendar(t) if own in ("activity", "instrument") else t.due_end is not None and t.reference != "past"
                for t in placed)
    if own not in kinds and not _any_thing_begins(own, phrase, kinds, masked, m.end(), vstart, chunk, placed):
        return None
    if not dated or _ONSET_CONDITION_RE.search(masked, 0, vstart):
        return None
    return action, m.end()


#: what may stand before a fronted time phrase at the sentence's start (``_fronted``): an opening
#: quote mark, a preposition of time
_FRONTED_BEFORE_RE = re.compile(r"(?i)\s*[“\"‘']?\s*(?:(?:in|on|by|from|starting(?:\s+from)?|as\s+of|beginning)\s+)?")
#: between a fronted time phrase and the verb: its comma, then the subject with no other break
_FRONTED_AFTER_RE = re.compile(r"\s*,\s*[^,;:()“”\"]+")


def _fronted(masked: str, t: TimeExpr, vstart: int) -> bool:
    """Is ``t`` a time phrase fronted before the subject of the verb at ``vstart``, opening the
    sentence and closed by a comma ("In March 2026, the new terminal will open"; "On 1 July 2026,
    the crossing will open, officials said")?"""
    return (t.end < vstart and _FRONTED_BEFORE_RE.fullmatch(masked, 0, t.start) is not None
            and _FRONTED_AFTER_RE.fullmatch(masked, t.end, vstart) is not None)


def _any_thing_begins(own: str, phrase: str, kinds: frozenset[str], masked: str, end: int, vstart: int,
                      chunk: str, placed: list[TimeExpr]) -> bool:
    """Does a subject of no listed kind (``_ANY_THING``; an instrument's noun for an onset in operation)
    take a facility's onset ``phrase`` ending at ``end``: not a loose one (``_ANY_THING_NOT``), with
    nothing done to an object after it, not the object of a preposition, and on a calendar date?"""
    return ((own in _ANY_THING or own == "instrument" and _IN_OPERATION_RE.search(phrase) is not None)
            and "facility" in kinds and phrase not in _ANY_THING_NOT
            and _ANY_THING_AFTER_RE.match(masked, end) is not None
            and not _object_of_preposition(masked, vstart, chunk)
            and _calendar_to_come(placed))


#: the verb after "be able": "will be able | to travel" (``_commitments``, a regime's people)
_ABLE_TO_RE = re.compile(r"\s+to\s+(?P<verb>[a-z][\w-]*)")
#: a sum of money right after a verb (``tables.MONEY_VERBS``): "$500 million", "US$333 million", "USD820
#: million", "about $1.2 billion", "SDR 528 million"
_MONEY_RE = re.compile(r"\s+" + MONEY)
#: a preposition right before a subject read for a verb (``_object_of_preposition``)
_PREPOSITION_BEFORE_RE = re.compile(r"(?i)\b(?:with|of|for|from|between|against|by|about|among|to)\s*$")


def _object_of_preposition(masked: str, vstart: int, chunk: str) -> bool:
    """Is the subject read for a verb the object of a preposition before it, so the verb's own
    subject is a noun further back ("a round of negotiations with the political opposition | set to
    begin on Sunday": the round begins, not the opposition)?"""
    at = masked.rfind(chunk.strip(), 0, vstart) if chunk.strip() else -1
    return at > 0 and _PREPOSITION_BEFORE_RE.search(masked, 0, at) is not None


#: the subject kinds (``_subject_kind``) a facility's onset (``THING_ONSETS``) is read for beside its
#: listed nouns, on a calendar date and with nothing done to an object after it: "the visa-free regime
#: will start on 1 January", "the new border regime will be operational on 6 October" (no list of
#: nouns holds them all); never an agent, a name or an event, and an instrument only for the onsets
#: of a thing in operation (``_IN_OPERATION_RE``: "the report will be ready in June" opens nothing)
_ANY_THING = frozenset(["none"])
#: the onsets of a thing in operation, read for an instrument's noun too ("the new border system will
#: be operational on 6 October": a system, a platform, a mechanism runs; an agreement's own onsets are
#: its rows of entry into force)
_IN_OPERATION_RE = re.compile(r"operational|operations|operating")
#: the onsets too loose for a thing of no listed kind: "the markets will open on Monday", "the cranes
#: will be ready in June"
_ANY_THING_NOT = frozenset(["open", "reopen", "ready"])
#: what follows an onset with no object: a preposition, a time or the clause's end ("will start on 1
#: January", not "will start a new chapter in March")
_ANY_THING_AFTER_RE = re.compile(r"(?i)\s*(?:[,.;:]|$|(?:on|in|at|from|by|as|before|after|within|during|no|not|"
                                 r"next|this|early|late|later|mid|soon|across|throughout|nationwide)\b)")


#: an event after the phrase: the verb is transitive, the subject does not begin ("the trade
#: section will open talks next week": no facility opens)
_ONSET_OBJECT_RE = re.compile(r"(?i)\s+(?:" + trie_alternation(EVENT_NOUNS) + r")\b")
#: a condition before a thing's start: "once ratified", "if approved", "before it can take effect"
_ONSET_CONDITION_RE = re.compile(r"(?i)\b(?:" + alternation(sorted(CONDITION_WORDS)) + r")\b")


#: a deadline of a thing as a subject: "the start date for | the railway project" (``DEADLINE_OF``)
_DEADLINE_SUBJECT_RE = re.compile(r"(?i)" + DEADLINE_OF + r"(?P<thing>\S.{1,120})")
_EXTENDED_RE = re.compile(r"(?i)\bextended\b")


#: a deed named by its noun as the thing put off, of a thing that is no occasion: "has delayed the
#: opening of its Accra factory until 2028", "the start of production at the plant" (``NOMINAL_ACTIONS``;
#: thirty-seventh blind check); "the opening of the summit" is the summit held
_MOVED_DEED_RE = re.compile(r"(?i)(?:the|its|their|this|his|her)\s+(?P<nom>" + trie_alternation(NOMINAL_ACTIONS)
                            + r")\s+of\s+(?!(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + occasion_noun() + ")")


#: plans put off, as the thing moved: "plans to | begin | operations at its Accra plant" (the verb done then)
_MOVED_PLAN_RE = re.compile(r"(?i)" + PLANS_TO + r"(?P<verb>[a-z-]+)\s+(?P<what>\S)")


def _moved_to(doc: _Doc, masked: str, m: re.Match[str], para: tuple[int, int], base: float, action: str,
              when: TimeExpr, thing: str | None = None) -> _Candidate | None:
    """The promise of a thing moved to a new date (the ``moved_deadline`` and ``moved_event`` rows):
    ``action`` on ``thing`` (the row's ``thing`` unless given: what planned things put off name) by
    ``when``, by the clause's subject, else the thing's own parties, else the paragraph's. None for a move only hoped for ("hopes / seeks to postpone the
    summit to June": ``HOPING_VERBS``)."""
    trig_start, thing = m.start("trig"), m.group("thing") if thing is None else thing
    if masked.startswith("to", trig_start) and base_form(_word_before(masked, trig_start)) in HOPING_VERBS:
        return None
    chunk, _bword, _ = _clause_subject(masked, trig_start)
    actors = (doc.actors.resolve(chunk.strip(_PUNCT_STRIP), para) or _own_actors(doc, thing, "", para)
              or _context_actors(doc, para))
    return _Candidate("commitment", m.start("thing"), trig_start, m.start("thing"), action,
                      [(action, _ARTICLE_RE.sub("", thing))], actors, base, when.end, time=when)


def _new_deadline(doc: _Doc, s: int, m: re.Match[str], at: int, exprs: list[TimeExpr]) -> TimeExpr | None:
    """The new date of a deadline moved, right after "to" (at ``at``): by then for a deadline, the
    date itself for a date (``DEADLINE_NOUNS``); None when none is read or it is past."""
    when = next((t for t in exprs if t.start == at and t.due_start is not None and t.reference != "past"), None)
    if when is None:
        when = _moved_to_in_range(doc, s, at, exprs)
    if when is None or not DEADLINE_NOUNS[" ".join(m.group("noun").lower().split())]:
        return when
    return windows.as_deadline(when, doc.made_on(s))


def _moved_to_in_range(doc: _Doc, s: int, at: int, exprs: list[TimeExpr]) -> TimeExpr | None:
    """The new date of a date moved "from 30 June to 29 August 2031", which the time reader takes for
    one range (thirty-ninth blind check): the words after "to" (at ``at``) read again on their own."""
    span = next((t for t in exprs if t.start < at < t.end), None)
    if span is None:
        return None
    return next((t for t in windows.tail_of(span, at, doc.made_on(s))
                 if t.start == at and t.due_start is not None and t.reference != "past"), None)


def _phrasal(action: str, nxt: str, masked: str, vend: int, obj_start: int) -> tuple[str, int]:
    """A deliverable's verb with its particle ("set up", "hand over": ``PHRASAL_DELIVERABLES``)
    and where its object then starts; else ``action`` and ``obj_start`` as they were."""
    particle = PHRASAL_DELIVERABLES.get(action, ("", ""))[0]
    if not particle or nxt != particle:
        return action, obj_start
    return f"{action} {particle}", masked.index(particle, vend) + len(particle)


def _deadline_action(m: re.Match[str]) -> str:
    """What a deadline moved promises done by its new date (``DEADLINE_ACTIONS``, ``nominal_action``)."""
    return nominal_action(m.group("ger") or m.group("what") or "")


#: the old date of an event put off, after its name: "the summit, (first) set for February, ..."
_OLD_DATE_RE = re.compile(r",\s+(?:\w+ly\s+|first\s+)?" + _schedule("old_date") + r"\b")


def _title_span(body: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the document's title line: the sentence first in the text (only white space
    before it), a line of its own, without a final full stop ("Ruto to visit Accra next week")."""
    lead = len(body) - len(body.lstrip())
    for s, e in spans:
        if s > lead:
            break
        if (e >= len(body) or body[e] == "\n") and not body[s:e].rstrip().endswith("."):
            return (s, e)
    return None


#: a time phrase opening a reported clause: "said that | next month the two countries would sign",
#: or right after a verb of saying ("Ghana says | on 31 January 2032 the border will be opened": ``_SAID_WORDS``)
_REPORTED_FRONT_RE = re.compile(r"\b(?:that|" + alternation(sorted(_SAID_WORDS)).replace(" ", r"\s+")
                                + r")\s+(?:on\s+|in\s+|by\s+|at\s+)?$", re.IGNORECASE)


_SAYING_DAY_RE = re.compile(_SAYING_DAY, re.IGNORECASE)


def _reported_front(sent: str, t: TimeExpr, trig_start: int) -> bool:
    """The time phrase stands first in the clause introduced by "that", before the clause's own
    subject and trigger (no other clause between: no comma, no second "that")."""
    if not sent or not (m := _REPORTED_FRONT_RE.search(sent, max(0, t.start - 12), t.start)):
        return False
    if not m.group(0).lower().startswith("that") and _SAYING_DAY_RE.fullmatch(t.text):
        return False  # "Kenya said on Tuesday it would ...": the day it was said
    between = sent[t.end:trig_start]
    return len(between) < 80 and ";" not in between and " that " not in between


#: a trip before ", where": "will travel to Accra next week, | where ..." (the last one before it)
_TRIP_BEFORE_WHERE_RE = re.compile(
    r"\b(?:will|shall|would|(?:is|are)\s+(?:" + _schedule("trip") + r"\s+)?to)\s+(?:\w+ly\s+|also\s+)?"
    r"(?:travel|go|fly|head|visit|arrive|depart|leave|make|pay|embark|be\s+in)\b[^;:]*?,\s*$"
    # or made, the clause after it still to come: "on Monday travelled to Ghana ..., where he is
    # expected to hold talks with his counterpart" (a Namibian report, thirty-third blind check)
    r"|\b(?:travell?ed|arrived|flew|departed|left\s+for|headed)\b[^;:]*?,\s*$", re.IGNORECASE)
#: what opens a clause on the trip: "where", or "during which" ("will be in Abuja on June 20-21 for
#: a working visit, during which he will attend the tripartite meeting"; twenty-fourth blind check)
#: (right before the clause's subject, the traveller again: ``_WHERE_PRONOUNS``)
_TRIP_CLAUSE_RE = re.compile(r"(?i),\s*(?:where|during\s+which)\s+(?=(?:the\s+)?\w+\s+$)")
#: who meets in a "where" clause: the traveller again
_WHERE_PRONOUNS = frozenset(["he", "she", "they", "the president", "the minister", "the leaders"])


def _where_on_trip(masked: str, trig_start: int, chunk: str) -> tuple[int, int] | None:
    """The span of the trip whose place a "where" (or "during which") clause opens on ("will travel
    to Accra next week, where he will meet President Mahama": from the trip's verb to the clause),
    when the clause's subject is the traveller again (a pronoun); else None."""
    if chunk.lower() not in _WHERE_PRONOUNS:
        return None
    opener = _TRIP_CLAUSE_RE.search(masked, 0, trig_start)
    if opener is None:
        return None
    m = None
    for m in _TRIP_BEFORE_WHERE_RE.finditer(masked, 0, opener.start() + 1):
        pass
    return (m.start(), opener.start()) if m is not None else None


#: meetings at two levels: "annual meetings at the level of leaders and (at the level) of ministers"
_LEVELS_RE = re.compile(
    r"^(?P<head>.+?)\s+at\s+(?:the\s+)?levels?\s+of\s+(?P<a>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s*,?\s+and\s+"
    r"(?:(?:at\s+)?(?:the\s+)?(?:level\s+)?of\s+)?(?P<b>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)$", re.IGNORECASE)


#: a relative clause after the object says when or how it runs, not what it is: "launch a plan |
#: that will begin next year" (its window is read by the clause)
#: (an infinitive one too: "arrangements for a summit | to be held in New York", which the to_be_held
#: row reads as the same promise)
_RELATIVE_TAIL_RE = re.compile(r"\s+(?:(?:that|which)\s+(?:will|would|(?:is|are)\s+(?:\w+\s+)?to)|to\s+be\s+"
                               r"(?:held|hosted|convened|organi[sz]ed))\b.*$", re.IGNORECASE)


def _per_level(subject: str) -> list[str]:
    """The subject without a relative clause after it; one deliverable per level: "annual meetings at the level of leaders and of ministers" ->
    "annual meetings of leaders", "annual meetings of ministers"."""
    subject = _RELATIVE_TAIL_RE.sub("", subject) or subject
    m = _LEVELS_RE.match(subject.strip())
    if m is None:
        return [subject]
    return [f"{m['head']} of {m['a']}", f"{m['head']} of {m['b']}"]


#: what a promise to meet people opens with, before the first person: "meet (with)", "talks with"
_MEET_LEAD_RE = re.compile(
    r"(?i)^(?:meet(?:\s+with)?|call\s+on|(?:(?:bilateral|separate)\s+)?(?:talks|meetings?|discussions|consultations)\s+with)\s+")
#: an office-holder (a title a courtesy call is paid on: ``lexicon.OFFICE_TITLES`` use ``call_on``)
#: after a list's comma, "and" or "as well as", with a party's adjective or possessive before the
#: title: "... | as well as Prime Minister Kofi Mensah | and Ghana's Foreign Minister Samuel Ablakwa"
_TITLE_OF_PERSON = r"(?:(?:[A-Z][\w'’-]+\s+){0,2}?(?:" + _titles("call_on") + r")\s+[A-Z])"
_MET_PERSON_SPLIT_RE = re.compile(
    r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?(?=" + _TITLE_OF_PERSON + r")"
    r"|\s+(?:and|as\s+well\s+as)\s+(?=" + _TITLE_OF_PERSON + r")")
_TITLED_PERSON_RE = re.compile(r"\b" + _TITLE_OF_PERSON)


def _per_person(action: str, subject: str, meeters: str) -> list[str]:
    """One meeting per office-holder a promise names: "will meet President Mahama during her visit
    as well as Prime Minister Mensah and Foreign Minister Ablakwa" -> three meetings, the later
    ones with the first one's lead ("talks with"). Only a list whose every item names a titled
    person ("President Mahama and his delegation" is one meeting), and only when one meets them
    (``meeters``, the clause's subject): "the Secretaries of State and Defense will meet the Foreign
    and Defence Ministers" is one meeting of two sides."""
    lead = _MEET_LEAD_RE.match(subject)
    if (action != "meet" and lead is None) or re.search(r"\band\b|&", meeters):
        return [subject]
    parts = _MET_PERSON_SPLIT_RE.split(subject)
    if len(parts) < 2 or not all(_TITLED_PERSON_RE.search(p) for p in parts):
        return [subject]
    prefix = lead.group(0) if lead is not None else ""
    return [parts[0]] + [prefix + p.strip() for p in parts[1:]]


_NP_BREAK_RE = re.compile(r"[,;:]|\b(?:and|or|will|would|shall)\b")


#: a place put before the object ("it is planned to hold | in Budapest | a meeting of the commission")
_FRONTED_PLACE_RE = re.compile(r"^(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?=(?:a|an|the)\s)")


def _one_per_subject(cands: list[_Candidate], masked: str) -> list[_Candidate]:
    """Two readings of one sentence, one's trigger inside the other's object noun phrase, that
    promise the same (action, subject) are one promise ("are making arrangements for a summit |
    to be held in New York": the arrangements row and the to_be_held row): the more confident
    one is kept. The actions are compared by their family (``tables.ACTION_FAMILIES``: "will attend
    the forum, to be held at the Hilton" is one promise, not an attending and a holding; forty-second
    blind check)."""
    def key(c: _Candidate) -> tuple[tuple[str, str], ...]:
        return tuple((ACTION_FAMILIES.get(a, a), x.lower().strip(_PUNCT_STRIP)) for a, x in c.subjects)

    drop: set[int] = set()
    for c, o in itertools.permutations(cands, 2):
        if key(c) != key(o) or not c.obj_start < o.trig_start <= c.clause_end:
            continue
        # (the comma of an appositive right before the inner reading is no break: "the forum, | to be held")
        inner = len(masked[:o.trig_start].rstrip().removesuffix(","))
        if _NP_BREAK_RE.search(masked, c.obj_start, inner) is None:
            drop.add(id(o) if c.confidence >= o.confidence else id(c))
    return [c for c in cands if id(c) not in drop]
