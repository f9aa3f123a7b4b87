"""Trigger patterns (data) and their compiled forms.

Each table is a list of rows; the extractor never hard-codes a phrase outside
this module and ``tables.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.domain.lexicon import (
    MONTH_FULL,
    MONTH_NAMES,
    MONTH_WORD,
    PLANS_TO,
    QUARTER_ORDINALS,
    SAYING_VERBS,
    SCHEDULE_WORDS,
    WEEKDAY_NAMES,
    alternation,
    calling_off,
    words,
)
from tracker.extract.tables import (
    ASPIRATION_VERBS,
    DEADLINE_ACTIONS,
    DEADLINE_NOUNS,
    DELIVERABLE_VERBS,
    DIRECTED_ADDRESSEES,
    DIRECTED_ORGANS,
    DIRECTIVE_VERBS,
    EVENT_NOUNS,
    HEDGING_MODALS,
    IRREGULAR_FORMS,
    NOMINAL_DELIVERABLES,
    SENTENCE_ADVERBS,
)

_Trie = dict[str, "_Trie"]  # character -> subtrie; "" marks the end of a word


def trie_alternation(words: Iterable[str], after_first: str = "", *, any_space: bool = False) -> str:
    """A regex alternation of literal ``words`` as a character trie.

    Matches exactly what ``"|".join(sorted(words, key=len, reverse=True))``
    matches, with the same preference (the longest word that lets the rest of
    the pattern match), but without trying every word at every position: at
    a given offset the text selects one path through the trie, and the greedy
    optional groups try the longer words on it first. ``after_first`` is put
    after the first character of every word (a lookbehind there replaces a
    lookaround before the alternation, which would keep the regex engine from
    skipping quickly to the possible first characters). With ``any_space``, a
    space in a word stands for any run of white space (``\\s+``, as
    ``lexicon.alternation``): the alternation of ``w.replace(" ", r"\\s+")``.
    """
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        return r"\s+" if any_space and ch == " " else re.escape(ch)

    def emit(node: _Trie) -> str:
        end = "" in node
        alts = [char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    alts = [char(ch) + after_first + emit(child) for ch, child in sorted(trie.items()) if ch]
    return "(?:" + "|".join(alts) + ")"


_ADV = (r"(?:(?:" + trie_alternation(SENTENCE_ADVERBS) + r"|also|soon|later|afterwards|jointly|together|then|now|again|each|both|further|first|formally|shortly|subsequently|"
        r"officially|swiftly|promptly|immediately|separately|quickly|finally|eventually|once\s+again|in\s+turn|in\s+principle|"
        r"themselves|(?!(?:likely|probably|possibly|hopefully|reportedly|only|early|supposedly|"
        # verbs ending in -ly: "will fly to Accra", "will supply vaccines"
        r"fly|apply|supply|reply|rely|comply|multiply|rally|ally)\b)[a-z]+ly)\s+)*")
#: a passive's "be", maybe with a manner adverb before the participle: "will be jointly
#: inaugurated", "is expected to be fully completed in July" (twenty-seventh blind check)
_BE = (r"(?P<be>be\s+(?:(?:jointly|formally|officially|duly|together|also|then|finally)\s+"
       # (a degree adverb before a participle only: "will be fully operational" is a state)
       r"|(?:fully|completely)\s+(?=[a-z]+(?:ed|en)\b)(?!open\b))?)?")
#: the schedule participles of the trigger rows (``lexicon.SCHEDULE_WORDS``): "are set to",
#: "with both sides due to", "is slated for"
_SCHEDULE_TO = words(SCHEDULE_WORDS, "expected_to")
#: the firm schedule words read with no auxiliary after a comma (``SCHEDULE_WORDS`` "open", not the
#: hedge "expected"): "the bridge, set to open in 2033, ..."
SCHEDULE_APPOSITIVE = tuple(w for w in _SCHEDULE_TO if w in words(SCHEDULE_WORDS, "open"))
_SCHEDULE_WITH_TO = words(SCHEDULE_WORDS, "with_to")
_SCHEDULE_FOR = words(SCHEDULE_WORDS, "for")
#: the adverbs a trigger's verb may follow (public for the listed-infinitive reading of core)
ADV_RE = _ADV
_DATEISH = r"(?:\s+(?:on|at|in|during|last|this)\s+(?:[A-Z][a-z]+|the\s+\w+)(?:\s+\d{1,2})?)?(?:,)?"

#: verbs of deciding together, every form the ``decided_to`` trigger reads ("the ministers
#: agreed to ...", "concurred with X to ..."), with whether it is a past form: a past form
#: can be an agreement already made, which an earlier occasion dates
#: (``core._past_occasion``). The trigger's pattern, its keyword gate and that check are
#: built from this one table.
AGREEMENT_VERBS: tuple[tuple[str, bool], ...] = (
    ("decided", True), ("agreed", True), ("resolved", True), ("committed", True),
    ("pledged", True), ("undertook", True), ("vowed", True), ("promised", True),
    ("concurred", True),
    ("agree", False), ("agrees", False), ("agreeing", False), ("decide", False),
    ("decides", False), ("deciding", False), ("commit", False), ("commits", False),
    ("committing", False), ("pledge", False), ("pledges", False), ("pledging", False),
    ("resolve", False), ("resolves", False), ("undertake", False), ("undertakes", False),
    ("concur", False), ("concurs", False),
    # a headline's present: "Kenya promises to hold elections by March" (twenty-fourth blind check)
    ("promise", False), ("promises", False), ("vow", False), ("vows", False),
)
AGREEMENT_WORDS = frozenset(w for w, _past in AGREEMENT_VERBS)
#: an agreement's qualifier ("agreed in principle", "on principle" in a Chinese agency's English)
_IN_PRINCIPLE = r"(?:in|on)\s+principle"
#: a possessor's name before what it owns: "Mahama's inauguration" (read here and by core)
POSSESSOR = r"(?-i:[A-Z])[\w.-]*['’]s\s"
PAST_AGREEMENT_WORDS = frozenset(w for w, past in AGREEMENT_VERBS if past)
_AGREEMENT_ALT = trie_alternation(AGREEMENT_WORDS)

#: the nouns of an occasion named by its date ("the July 21 meeting") or as where a matter is
#: settled ("decided at a high-level meeting"): read here and by core
_OCCASION_WORDS = ("meeting", "summit", "talks", "session", "round", "conference")
OCCASION_NOUNS = "(?:" + "|".join(_OCCASION_WORDS) + ")"
#: the occasions an "upcoming" noun phrase can name (row ``upcoming_event``): the meetings and the
#: journeys, singular or plural
UPCOMING_OCCASION_NOUNS = "(?:" + "|".join(
    w if w.endswith("s") else w + "s?" for w in (*_OCCASION_WORDS, "visit", "trip", "tour")) + ")"

#: commitment triggers: (name, pattern, base confidence). Named groups:
#: ``verb`` = the action word; ``be`` = passive auxiliary when present.
#: a deadline of a thing (``tables.DEADLINE_ACTIONS``): "the completion deadline for | the Lamu
#: pipeline", "the start date for | the railway project", "the deadline for completing | the works"
_DEADLINE_STAGES = "|".join(k for k in DEADLINE_ACTIONS if k)
def _deadline_of(links: str) -> str:
    """``DEADLINE_OF`` with the words ``links`` (regex alternatives) between the noun and the thing."""
    return (r"(?:the|a|an|its|their|his|her)\s+(?:(?:new|original|initial|expected|agreed|final|official)\s+)?"
            r"(?:(?P<what>" + _DEADLINE_STAGES + r")\s+)?(?P<noun>" + "|".join(n.replace(" ", r"\s+") for n in DEADLINE_NOUNS)
            + r")\s+(?:" + links + r")\s+(?:(?P<ger>" + _DEADLINE_STAGES + r")\s+)?")


DEADLINE_OF = _deadline_of("for|of")
#: the words of a deadline given up to a day: "until", "till", "up to", "up until" (the ``has_until`` row,
#: and ``core`` where its date stands between "have" and "to")
UNTIL_WORD = r"(?:until|till|up\s+(?:to|until))"
#: what comes between a verb of moving a date and the new date: the old date, a shift ("pushed back
#: two years to 2031", "extended by 180 days to September", "moved from May to June")
_TO_NEW_DATE = (r"(?:\s+from\s+[^,;]{1,40}?)?(?:\s+(?:by\s+)?(?:[\w-]+\s+){1,2}?(?:days|weeks|months|years))?"
                r"\s+(?:to|until|till)")

#: a verb of moving a deadline, with its auxiliary or none: "has extended", "would push back", "to
#: postpone", "Kenya extended"
_MOVE_DEADLINE = (r"(?:(?:(?:has|have|had)\s+(?:\w+ly\s+)?|(?<=[\w.]\s))(?:extended|pushed\s+back|moved|postponed|deferred)"
                  r"|(?:to|will|would|shall)\s+(?:extend|push\s+back|move|postpone|defer))")
#: the verbs of putting an occasion off to a later date (``lexicon.CALLING_OFF``'s "postponed" rows,
#: every base form and participle) and of moving it: the ``moved_event`` row
_PUT_OFF_FORMS: tuple[str, ...] = tuple(sorted({*calling_off("postponed")[0], *calling_off("postponed")[1],
                                               "move", "moved"}, key=len, reverse=True))

#: the modals of what only may happen (``tables.HEDGES``' modal rows): "a meeting could be scheduled
#: before the middle of next week" is no plan; read before a "be" that a trigger opens on
_NOT_HEDGED = "".join(rf"(?<!\b{w}\s)" for w in HEDGING_MODALS)

#: a sum of money, or a count in millions, right where it starts: "$500 million", "US$333 million",
#: "$US100 million", "USD820 million", "about $1.2 billion", "SDR 528 million", '"up to" $60 million',
#: "100 million doses" (read by the ``pledged_sum`` row and by ``core._MONEY_RE``)
MONEY = (r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|[\"“]up\s+to[\"”])\s+)?"
         r"(?:(?:US\$|\$US|A\$|C\$|\$|€|£|USD|EUR|SDR|GBP)\s?\d|\d[\d.,]*\s*(?:million|billion|bn|m)\b)")
#: the verbs of a party pledging what it will pay or give ("Germany pledged $100 million to the
#: fund"): the pledge itself, told in any tense, is its undertaking (``pledged_sum``). The forms of
#: ``AGREEMENT_VERBS``' pledging, committing and promising verbs, but their bare base (after a modal,
#: the modal row's)
PLEDGE_FORMS = tuple(w for w, _past in AGREEMENT_VERBS
                     if w.startswith(("pledg", "commit", "promis")) and w not in ("pledge", "commit", "promise"))

COMMITMENT_TRIGGERS: list[tuple[str, str, float]] = [
    ("decided_to",
     r"\b(?P<trig>(?:" + _AGREEMENT_ALT + r")"
     # (an agreement in principle, between commas: "agreed, on principle, to resume ...")
     r"(?:\s*,\s*" + _IN_PRINCIPLE + r"\s*,)?"
     # "concurred with President Ruto to open talks": the agreement verb of Japanese readouts (Japan-Philippines)
     r"(?:\s+(?:themselves|itself|ourselves)|\s+with\s+(?:[\w.'’-]+\s+){0,4}?[A-Z][\w.'’-]*(?=\s+to\s)"
     # "agreed with PM Dung's proposal to hold ...": agreeing to what was proposed (sixteenth check)
     r"|\s+with\s+(?:[\w.'’-]+\s+){0,4}?(?:proposal|suggestion|idea|offer)(?=\s+to\s))?" + _DATEISH + r"\s+" + _ADV
     # "agreed on a prisoner exchange": agreeing on a deliverable named by its noun (core reads it)
     + r"(?:to|(?:on|upon)(?=\s+(?:a|an|the)\s)))\s+"
     # a quoted decision: 'decided to "establish a new dialogue ..."' (the words of who decided)
     r"[\"“‘]?" + _ADV +
     r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)", 0.9),
    # a person due somewhere, with a day to come: "President Ruto is due in Accra next Wednesday",
    # "is expected in Nairobi on 3 May", "will be in Accra on Monday" (a visit; core asks for a
    # party's place and a date; thirty-third blind check)
    ("due_in",
     _NOT_HEDGED + r"\b(?P<trig>(?:is|are)\s+(?:now\s+|also\s+)?(?:due|expected)|will\s+(?:also\s+)?be)\s+(?P<verb>)"
     r"(?=(?:back\s+)?in\s+(?-i:[A-Z]))", 0.75),
    # an event announced as to be: "there will also be ministerial level economic meetings", "there
    # will be a high-level meeting in September" (core: an event noun in the object; sixteenth check)
    ("there_will_be",
     r"\b(?P<trig>[Tt]here\s+(?:will|would|shall)\s+(?:also\s+|now\s+)?be)\s+(?P<verb>)(?=\S)", 0.75),
    # a deadline given to a party: "The bondholders have until August 24 to formalise their
    # adherence", "The World Bank has until mid-June to confirm ..." (thirty-eighth blind check);
    # "have till February 9, 2031 to ...", "have up to December to ..." (thirty-ninth: registration deadlines)
    ("has_until",
     r"\b(?P<trig>(?:has|have)\s+" + UNTIL_WORD + r"\s+(?:[^,;.]|,(?=\s*\d{4}\b)){2,40}?\s+to)\s+" + _ADV + r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)", 0.75),
    # a party's pledge of a sum: "Germany pledged $100 million to the fund", "Kenya is pledging
    # US$50 million" (core: a party, no earlier date; thirty-eighth blind check: climate finance)
    ("pledged_sum",
     r"\b(?P<trig>" + trie_alternation(PLEDGE_FORMS) + r")\s+(?P<verb>)(?=" + MONEY + ")", 0.75),
    # an impersonal plan: "Following the meetings, it is planned to adopt a package of agreements",
    # "it was decided to hold the next session in May" (a deliverable verb only; sixteenth check)
    ("impersonal_plan",
     # (and "it is also planned to hold in Budapest a meeting of ..."; forty-second blind check)
     r"\b(?P<trig>(?:[Ii]t\s+(?:is|was|has\s+been)\s+(?:also\s+|further\s+)?(?:planned|envisaged|intended|decided|agreed)"
     # "The decision was adopted to set up another new institute"
     r"|[Tt]he\s+decision\s+(?:was|has\s+been)\s+(?:adopted|taken|made))\s+to)\s+" + _ADV
     + r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)", 0.8),
    ("directed_to",
     # (any tense: "would instruct officials to commence work", a joint statement's plan)
     r"\b(?P<trig>(?:(?:direct|instruct|task|mandate)(?:ed|s)?|charged)\s+(?:the\s+|their\s+|our\s+|its\s+)?"
     r"(?:respective\s+|relevant\s+)?(?i:" +
     trie_alternation(DIRECTED_ADDRESSEES) +
     r")\s+(?:with\s+|to\s+)?to)\s+[\"“‘]?" + _ADV + r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)", 0.85),
    # the same directive in the passive, its subject the one to do it: "negotiators were charged to
    # finalise the process by 14 August", "were tasked with finalising" (twenty-eighth blind check)
    ("tasked_to",
     r"\b(?P<trig>(?:was|were|is|are|(?:has|have)\s+been)\s+(?:\w+ly\s+)?(?:tasked|charged|mandated|instructed"
     r"|directed)\s+(?:with|to))\s+" + _ADV + r"(?P<verb>[a-z][\w-]*)", 0.8),
    ("modal",
     r"\b(?P<trig>will|shall|would|\bwill\s+now|['’]ll)\s+" + _ADV
     # an obligation: "will have to repay the loan by June", "would have to certify by July 12"
     # (thirty-eighth blind check)
     + r"(?:have\s+to\s+)?"
     # "will be jointly inaugurated": a manner adverb between "be" and the participle; a quotation
     # opening on the verb: 'Kenya will "begin the release of the detainees," he said'
     + _BE + r"[\"“]?(?P<verb>[a-z][\w-]*)",
     0.85),
    ("look_forward",
     # (a party named before the gerund: "looked forward to the Kingdom hosting the second meeting",
     # "to Ghana hosting the summit"; twenty-sixth blind check)
     (r"\b(?P<trig>look(?:s|ed|ing)?\s+forward\s+to)\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
      r"(?=[a-z]+ing\b))?(?P<verb>[a-z][\w-]*)"), 0.8),
    ("expected_to",
     # "are all set to hold their next edition of the 2+2 on September 8" (India-Japan 2+2, 2022)
     # "is now / still expected to": a time adverb before the participle
     # (and with no auxiliary after a comma, a relative clause cut short: "the Accra bridge, set to open
     # in 2033, will ..."; ``core._appositive_np``; thirty-fourth blind check)
     _NOT_HEDGED + r"\b(?P<trig>(?:(?:is|are|was|were|be|been)\s+(?:\w+ly\s+|all\s+|also\s+|now\s+|still\s+|further\s+)?"
     + trie_alternation(_SCHEDULE_TO) + r"|(?<=,\s)" + trie_alternation(SCHEDULE_APPOSITIVE) + r")\s+to)\s+"
     + _ADV + _BE + r"(?P<verb>[a-z][\w-]*)", 0.75),
    ("scheduled_for",
     # (and "is scheduled on October 29": "on" before a date, a day or a weekday; twenty-third blind check)
     # (and a deadline: "is scheduled before the end of the year", "planned by March"; twenty-fourth)
     (_NOT_HEDGED + r"\b(?P<trig>(?:is|are|was|were|been|be)\s+(?:\w+ly\s+|also\s+)?(?:" + trie_alternation(_SCHEDULE_FOR)
      + r"\s+for|scheduled\s+on(?=\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|" + MONTH_FULL + r"|" + "|".join(WEEKDAY_NAMES) + r")\b)"
      + r"|(?:scheduled|planned|slated)(?=\s+(?:before|by)\s+(?:the\s+(?:end|middle|start|beginning)\b|mid|early|late"
      + r"|next\b|this\b|\d|" + MONTH_FULL + r"\b))"
      # (and "planned in October 2025", "scheduled in the second half of 2026"; twenty-eighth)
      + r"|(?:scheduled|planned|slated)(?=\s+in\s+(?:(?:early|mid|late)[\s-]+)?(?:the\s+(?:first|second|third|fourth"
      + r"|last)\s+(?:half|quarter)\b|(?:next|this)\s+(?:year|month|week|quarter|spring|summer|autumn|fall|winter)\b"
      + r"|\d{4}\b|" + MONTH_FULL + r"\b))))"
      r"(?P<verb>)\s"), 0.8),
    # opening the sentence, before the event it dates: "Scheduled for June 2 in Accra, the forum ..."
    ("scheduled_for_fronted",
     r"^[\"“]?(?P<trig>" + trie_alternation(w.capitalize() for w in _SCHEDULE_FOR) + r"\s+for)(?P<verb>)\s", 0.75),
    # without an auxiliary, after the event it dates: "the forum, scheduled for June 2, ..."
    ("scheduled_for_bare",
     (r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bwere\s)(?<!\bbeen\s)"
      r"\b(?P<trig>" + trie_alternation(_SCHEDULE_FOR) + r"\s+for)(?P<verb>)\s"), 0.75),
    # "is to be signed", "the president is to visit Accra"
    ("be_to",
     r"\b(?P<trig>(?:is|are|was|were)\s+(?:also\s+|now\s+)?to)\s+(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)", 0.8),
    # "with both teams set to start a fourth round": set/scheduled/due to
    # without an auxiliary, after "with" + the undertaking party
    ("with_set_to",
     # (opening the sentence too: "With both navies set to hold an exercise in May, the leaders ...")
     (r"\b[Ww]ith\s+(?:[\w'’.-]+\s+){1,6}?(?P<trig>(?:\w+ly\s+)?" + trie_alternation(_SCHEDULE_WITH_TO) + r"\s+to)\s+"
      + _ADV +
     r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)"), 0.75),
    # a stated readiness or an offer: "is ready to host", "stands ready to host", "will be happy to
    # host", "has offered to host"
    ("ready_to",
     # (and "was ready to" backshifted in reported speech: "said that Kenya was ready to build ...",
     # ``core._PAST_AUX_ROWS``)
     (r"\b(?P<trig>(?:(?:is|are|am|be|was|were|'s|'re|'m|remains?|stands?)\s+(?:\w+ly\s+|more\s+than\s+|also\s+)?(?:ready|prepared)"
     r"|(?:will|would|'ll|'d|shall)\s+be\s+(?:\w+ly\s+|more\s+than\s+)?(?:happy|glad|pleased|delighted)"
     r"|offered|offers|offering)\s+to)\s+"
     + _ADV + r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)"), 0.8),
    # "accepted President X's invitation to attend", "accepted an invitation to visit"
    ("accepted_invitation",
     (r"\b(?P<trig>(?:accepted|accepts|accept|accepting)\s+(?:an?\s+|the\s+|(?:[A-Z][\w.'’-]*\s+){1,6}?)"
     # (or a possessor's occasion: "accepted an invitation to Mahama's inauguration", the verb empty)
     r"(?:\w+\s+)?invitations?\s+(?:\w+\s+){0,4}?to)\s+" + _ADV + r"(?P<verb>[a-z][\w-]*|(?=" + POSSESSOR + r"))"), 0.85),
    # "set a target for finishing the talks", "fixed a deadline to sign"
    ("set_target",
     (r"\b(?P<trig>(?:set|sets|setting|fixed|fix|fixes|agreed|agreed\s+on|agreed\s+upon)\s+(?:(?:a|an|the|their|new)\s+)?"
     r"(?:\w+\s+)?(?:target|deadline|timeline|timetable)\s+(?:for|of|to))\s+(?P<verb>[a-z][\w-]*)"), 0.85),
    # nominal: "ended with an agreement to launch a ferry line", "agreed on steps to reopen ..."
    # (and in the passive: "an agreement was also reached to hold", "a decision was taken to
    # convene"; twenty-fifth blind check)
    ("agreement_to",
     (r"\b(?P<trig>(?:(?:an|the|a)\s+(?:\w+\s+)?(?:agreement|decision)(?:\s+(?:was|has\s+been|had\s+been)"
      r"\s+(?:also\s+|\w+ly\s+)?(?:reached|taken|made))?|(?:announced|unveiled|outlined)\s+(?:\w+\s+)?plans?"
     r"|(?:agreed|decided)\s+(?:on|upon)\s+"
     r"(?:\w+\s+)?(?:efforts|steps|measures|plans?|work))\s+to)\s+" + _ADV +
     r"(?P<be>be\s+)?[\"“]?(?P<verb>[a-z][\w-]*)"), 0.8),
    # "reached a consensus on resuming port visits"
    # (also without an article, "reached consensus on holding the next round in May"; and the
    # parties agreeing on a gerund, "the two sides agreed on holding the next round in May")
    ("reached_consensus",
     (r"\b(?P<trig>(?:(?:reached|reach|reaches|reaching)\s+(?:(?:a|an)\s+(?:\w+\s+)?)?(?:consensus|agreement|understanding)"
     r"|(?:agreed|agree|agrees|concurred)(?:\s+together)?)"
     r"\s+(?:on|upon|to))\s+[\"“]?(?P<verb>[a-z]+ing)\b"), 0.8),
    # an event put off to a new date: "the summit was postponed to March" (the new window)
    ("postponed_to",
     # (an adverb also before "been": "the deadline has now been moved from 30 June to 29 August")
     (r"\b(?P<trig>(?:is|are|was|were|(?:has|have|had)\s+(?:now\s+|again\s+|also\s+|since\s+)?been|been|be)\s+(?:\w+ly\s+)?(?:postponed|rescheduled|moved|pushed\s+back|"
      r"deferred|put\s+off|delayed|extended)" + _TO_NEW_DATE + r")(?P<verb>)\s"), 0.75),
    # a deadline moved, in the active: "have extended the completion deadline for the Lamu pipeline
    # from December 2030 to December 2031" (the thing promised for the new date; the passive,
    # "the deadline for ... was extended to", is the row above's)
    ("moved_deadline",
     # (and the infinitive: "is constrained to push back the commissioning date of the line to
     # December 2030"; and the modal: "said it would extend the deadline for the talks to 2 June")
     # (and the deadline to do a thing: "extended the deadline to negotiate with its creditors to June 12")
     (r"\b(?P<trig>" + _MOVE_DEADLINE + r"\s+" + _deadline_of(r"for|of|to(?=\s+[a-z])") + r")(?P<verb>)(?P<thing>[^,;]{2,80}?)"
      + _TO_NEW_DATE + r"\s"), 0.75),
    # the same with the new date first: "would extend a deadline to June 2 for talks with creditors
    # to restructure its debt" (thirty-eighth blind check: debt exchanges)
    ("moved_deadline_first",
     (r"\b(?P<trig>" + _MOVE_DEADLINE + r"\s+(?:the|a|an|its|their)\s+(?:(?:new|original|initial|agreed|final)\s+)?"
      r"(?:(?P<what>" + _DEADLINE_STAGES + r")\s+)?(?P<noun>deadline)\s+(?:to|until|till))\s(?P<verb>)(?P<ger>)"
      r"(?=[^,;]{2,30}?\s+for\s+(?P<thing>[^,;]{2,80}?)(?:[,;]|\.?$|\.\s))"), 0.7),
    # an occasion put off, in the active: "Kenya has postponed the summit to September", "he would
    # postpone the G7 Summit until September" (twenty-sixth blind check): the occasion promised
    # for the new date, read right after "to" / "until" (an occasion noun in the object)
    ("moved_event",
     (r"\b(?P<trig>(?:has|have|had|will|would|shall|to)\s+(?:\w+ly\s+)?(?:" + alternation(_PUT_OFF_FORMS)
      + r"))\s+(?P<verb>)"
      # (or plans put off: "would delay plans to begin operations at its Accra plant until 2031")
      r"(?P<thing>(?:(?:the|its|their|this|his|her|next)\s+|" + PLANS_TO + r")[^,;]{2,80}?)"
      r"\s+(?=(?:to|until|till)\s)"), 0.75),
    # a date set for a thing (thirty-second blind check): "the official commencement date for the
    # entry system has been confirmed as 10 November", "the date of the referendum was fixed for 14
    # June": the thing promised for that date (a deadline: by it), read right after "as" / "for"
    ("date_set",
     (r"\b(?P<trig>(?i:" + DEADLINE_OF + r"))(?P<verb>)(?P<thing>[^,;]{2,80}?)\s+(?:(?:has|have|had)\s+been|is|are|was|were)"
      r"\s+(?:\w+ly\s+)?(?:set|fixed|confirmed|scheduled)\s+(?:as|for)\s"), 0.75),
    # an event noun with an infinitive passive: "a forum to be held in Accra in late October"; or
    # with "to take place" ("we expect the next round to take place in Accra next year")
    ("to_be_held",
     (r"\b(?P<trig>to\s+be|to(?=\s+take\s+place\b))\s+(?P<be>)"
     r"(?P<verb>held|hosted|convened|signed|launched|organi[sz]ed|inaugurated|take(?=\s+place\b))\b"), 0.7),
    # a directive to one's own officials: "we have told our negotiators: get it done by ..."; a
    # body's to its own organ: "the Summit directed the mission leadership to commence a drawdown by
    # 15 December", "requested the Secretary-General to convene the session on 19 June" (thirty-sixth
    # blind check: regional and UN decisions)
    ("tell_officials",
     (r"\b(?P<trig>(?:" + "|".join(DIRECTIVE_VERBS) + r")\s+(?:(?:our|their|its|his|her|the)\s+)?(?:own\s+)?"
     r"(?:[\w-]+\s+){0,2}?(?i:" + "|".join(o.replace("-", "[\\s-]") for o in DIRECTED_ORGANS)
     + r")\s*(?:to\s+|[–—:-]\s*))(?P<verb>[a-z][\w-]*)"), 0.8),
    # "ready for signing by Christmas": the next step of a deliverable
    ("ready_for",
     r"\b(?P<trig>(?:be|is|are|and)\s+(?:\w+ly\s+)?ready\s+for)\s+(?P<be>)(?P<verb>[a-z]+ing)\b", 0.75),
    # a host named: "named Ghana as the host of the 2026 summit"
    ("named_host",
     (r"\b(?P<trig>(?:confirmed|named|chose|chosen|selected|picked|designated)\s+"
     r"(?P<host>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+as\s+(?:the\s+)?(?:next\s+)?"
     r"(?:host|venue)\s+(?:country\s+|city\s+)?(?:of|for))(?P<verb>)\s"), 0.85),
    # preparations for a dated deliverable: "are making arrangements for a forum",
    # "are coordinating a timetable for the visit"
    ("arrangements_for",
     (r"\b(?P<trig>(?:making|make|made|finali[sz]ing|coordinating|arranging|working\s+out|begun\s+making|"
     r"started\s+making)\s+(?:the\s+|final\s+|a\s+|concrete\s+)?(?:arrangements|preparations|timetable|"
     r"schedule|dates?)\s+(?:for|of)"
     # the event itself as the object, or the people meeting: "are arranging their first
     # two-plus-two meeting ... for late January", "have begun coordinating for their foreign and
     # defense ministers to meet in Tokyo on Nov. 8" (Japan-UK 2+2, 2014 and 2023)
     r"|(?:arranging|coordinating)\s+for|arranging(?=\s+(?:the|their|its|a|an)\s))(?P<verb>)\s"), 0.75),
    # the parties calling for their own next meeting: "called for another Joint Commission next year"
    ("call_for_event",
     (r"\b(?P<trig>(?:called|call|calls|calling)\s+for)\s+(?=(?:another|the\s+next|a\s+further|an\s+early|a\s+second|a\s+third)\s"
     # a convener setting the date: "called for Monday, March 16, a summit on ..." (the date first)
     r"|(?P<dated>(?:(?:" + "|".join(WEEKDAY_NAMES) + r"),?\s+)?(?:" + MONTH_FULL + r"\s+\d{1,2}|\d{1,2}\s+" + MONTH_FULL
     + r"))(?:,?\s+\d{4})?,?\s+(?:a|an|the)\s)"
     r"(?P<verb>)"), 0.75),
    # what the parties settled should be done: "agreed that the next meeting should be held in Accra
    # in 2021", "directed that the other borders should be opened by 31 December" (a "should" or
    # "must" of a decision or a directive, not of an opinion; twenty-seventh blind check)
    ("agreed_should",
     r"\b(?:agreed|decided|resolved|directed|ordered|instructed)\b[^.;:]{0,60}?\bthat\s+[^.;:]{1,160}?"
     r"\b(?P<trig>should|must)\s+" + _ADV + _BE + r"(?P<verb>[a-z][\w-]*)", 0.75),
    # an occasion announced by its noun and a coming time: "the delegation announced a visit of the
    # council to Ghana in July", "announced a symposium in Accra in October" (core: an event noun
    # in the object and a future time in it; twenty-seventh blind check)
    ("announced_event",
     r"\b(?P<trig>announced|unveiled)\s+(?P<verb>)(?=(?:a|an)\s)", 0.7),
    # the parties setting a meeting's date: "Kenya and Ghana scheduled the next meeting of the Joint
    # Commission for September 9" (the active voice of "is scheduled for"; sixteenth blind check), any
    # occasion's (``tables.EVENT_NOUNS``: "the regulator has scheduled the country's auction of spectrum
    # for Nov. 4"; thirty-ninth blind check)
    ("set_date_for",
     (r"\b(?P<trig>(?:have\s+|has\s+)?(?:scheduled|rescheduled|fixed))\s+(?=(?:the|their|a|an)\s+"
      r"(?:[\w'’+-]+\s+){0,10}?(?:" + trie_alternation(EVENT_NOUNS) + r")\b[^.;]{0,80}?\s+for\s+)(?P<verb>)"), 0.8),
    # a thing taking effect at a date: "a ceasefire effective from August 3", "guidelines, which will
    # come into effect on August 3", "the treaty will enter into force on 1 May" (core: a future date
    # right after it, the thing named before it)
    ("takes_effect",
     (r"\b(?P<trig>(?:effective|(?:come|comes|coming)\s+into\s+(?:effect|force)|(?:enter|enters|entering)\s+into\s+force"
      r"|(?:take|takes|taking)\s+effect)\s+(?:from|as\s+of|on|starting))(?P<verb>)\s"),
     0.75),
    # an occasion or a thing's opening that something is done ahead of, with its coming date: "ahead
    # of the commissioning of the port later this year", "in the run-up to the summit next month"
    # (thirtieth blind check; ``core`` asks a time to come inside the phrase)
    ("ahead_of",
     (r"\b(?P<trig>(?i:ahead\s+of|in\s+the\s+run-?up\s+to|in\s+the\s+lead-?up\s+to|in\s+preparation\s+for))"
     r"\s+(?P<verb>)(?=(?i:the|this|next|a|an|his|her|their|its)\s)"),
     0.7),
    # an event named by its coming date: "a good preparation for the July 21 meeting in Accra"
    # (a future date only: core reads the date; "the 12 July meeting" of the past is a report)
    ("dated_event",
     (r"\b(?P<trig>(?i:the)\s+(?:(?P<mon>" + MONTH_FULL + r")\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<mon2>"
      + MONTH_FULL + r")))(?P<verb>)\s+(?=(?:[\w-]+\s+){0,2}?" + OCCASION_NOUNS + r"\b)"),
     0.7),
    # an occasion called upcoming, its coming date right after its noun phrase: "President Ruto's
    # upcoming state visit to Ghana from September 21 aims to ..." (forty-second blind check; core
    # asks the date, so "the upcoming summit will be the fourth" is no promise)
    ("upcoming_event",
     (r"\b(?P<trig>(?i:upcoming|forthcoming))(?P<verb>)\s+(?=(?:[\w'’-]+\s+){0,3}?" + UPCOMING_OCCASION_NOUNS
      + r"\b)"),
     0.7),
    # a visit's programme told as a list of occasions: "His itinerary includes bilateral talks with the
    # Thai Prime Minister, participation in the Sixth Summit ..." (forty-second blind check; core keeps
    # the items an occasion's noun heads; "This will include ..." for the visit was tried and left
    # out: a set never read gained a wrong link)
    ("itinerary",
     # (and "His engagements will include bilateral discussions with his host, participation in a
     # Business Forum, and the signing of agreements": forty-third blind check)
     (r"\b(?P<trig>(?:(?i:itinerary|programme|program|schedule|engagements))"
      r"\s+(?:also\s+)?(?:includes|will\s+(?:also\s+)?include|is\s+to\s+include))(?P<verb>)\s"),
     0.7),
    ("plans_to",
     r"\b(?P<trig>(?:plans|plan|planned|intends|intend|intended|(?:is|are)\s+planning|"
     # a party's own expectation of what it does: "we expect to break through the tunnel in the
     # second quarter", "Kenya expects to sign the deal by June" (twenty-seventh blind check)
     # (not an outlook: "we expect to see more investment", "expects to remain")
     r"(?:expects|(?<=\b[Ww]e\s)expect)(?=\s+to\s+(?!(?:see|be|have|get|receive|hear|remain|continue|reach)\b))|"
     # "will aim to hold the first talks promptly", "aim to conclude the talks by March": the
     # intended deliverable (a deliverable verb: "aims to boost trade" stays an aspiration)
     r"aims|aim|(?:is|are)\s+aiming|"
     r"(?:is|are)\s+preparing|(?:is|are)\s+going"
     # the parties arranging the event itself: "Kenya and Ghana are arranging to hold a summit in
     # March", "are making preparations to hold talks in June" (the shapes of China-Japan-South
     # Korea reports, 2019 and 2024, and of a Japan-Australia 2+2 report, 2022), as "arranging
     # their first 2+2" above
     r"|(?:is|are)\s+(?:currently\s+|now\s+)?(?:arranging|making\s+(?:the\s+)?(?:arrangements|preparations))"
     # the preparations done: "have completed preliminary work to sign more than 20 agreements
     # during the visit on Monday", "have finalised preparations to hold the summit"
     r"|(?:has|have)\s+(?:completed|finali[sz]ed)\s+(?:the\s+)?(?:preliminary\s+|final\s+)?(?:work|preparations))"
     r"\s+to)\s+" + _ADV +
     r"(?P<be>be\s+)?(?P<verb>[a-z][\w-]*)", 0.7),
]

#: one example per commitment row (written for the tests, which run every one of them):
#: row name -> (a sentence, the action extracted from it). The parties named are Kenya and
#: Ghana, introduced by a preceding sentence in the test.
COMMITMENT_EXAMPLES: dict[str, tuple[str, str]] = {
    "decided_to": ("Kenya and Ghana decided to sign a visa waiver agreement by the end of June.", "sign"),
    "directed_to": ("The leaders directed their officials to conclude the negotiations by December.", "conclude"),
    "tasked_to": ("Kenyan and Ghanaian negotiators were tasked with finalising the trade agreement by 14 August.",
                  "finalise"),
    "modal": ("The two sides will convene the next round of talks in Accra in 2025.", "convene"),
    "look_forward": ("The Ministers look forward to holding the third Joint Commission in Accra.", "hold"),
    "expected_to": ("Kenya and Ghana are expected to launch a joint trade council later this year.", "launch"),
    "scheduled_for": ("The next Joint Commission is scheduled for early next month in Accra.", "hold"),
    "scheduled_for_bare": ("Officials met before the Joint Commission, scheduled for March 20 in Accra.", "hold"),
    "scheduled_for_fronted": ("Scheduled for March 20 in Accra, the Joint Commission will review trade.", "hold"),
    "be_to": ("Kenya's president is to visit Ghana in the second half of the year.", "visit"),
    "with_set_to": ("Ports were on the agenda, with both delegations due to sign a customs protocol on May 2.", "sign"),
    "ready_to": ("Ghana is prepared to host a donors' conference in 2025.", "host"),
    "accepted_invitation": ("Kenya's president accepted an invitation to visit Ghana later this year.", "visit"),
    "set_target": ("Both governments fixed a deadline to complete the border survey by the end of September.", "complete"),
    "agreement_to": ("The talks ended with an agreement to launch a joint shipping line next year.", "launch"),
    "to_be_held": ("Invitations went out for an investment forum to be held in Accra in late October.", "hold"),
    "tell_officials": ("Kenya's president said he has told his negotiators to get the deal done by Christmas.", "complete"),
    "ready_for": ("Officials said the trade agreement would be ready for signing by November 30.", "sign"),
    "named_host": ("The declaration named Ghana as the venue for the 2026 summit.", "host"),
    "plans_to": ("Kenya and Ghana plan to open joint visa centres next year.", "open"),
    "arrangements_for": ("Kenya and Ghana are coordinating a timetable for a state visit in early May.", "hold"),
    "reached_consensus": ("Kenya and Ghana reached a consensus on resuming direct flights.", "resume"),
    "call_for_event": ("The two ministers called for another Joint Commission next spring.", "hold"),
    "impersonal_plan": ("Following the talks, it is planned to sign a package of agreements in May.", "sign"),
    "there_will_be": ("There will also be ministerial economic meetings between Kenya and Ghana in May.", "hold"),
    "due_in": ("President Ruto is due in Accra next Wednesday for talks with President Mahama.", "visit"),
    "pledged_sum": ("Ghana pledged $50 million to the Kenya-Ghana climate fund over three years.", "pledge"),
    "has_until": ("The Kenyan bondholders have until August 24 to formalise their adherence to the deal.",
                  "formalise"),
    "announced_event": ("The Kenyan delegation announced a visit of the trade council to Ghana in July.", "visit"),
    "agreed_should": (("The two sides agreed that the next meeting of the Joint Commission should be held in Accra "
                      "in 2025."), "hold"),
    "set_date_for": ("Kenya and Ghana scheduled the next meeting of the Joint Commission for September 9.", "hold"),
    "postponed_to": ("The Kenya-Ghana summit was postponed to March.", "hold"),
    "moved_deadline": ("Kenya and Ghana have extended the deadline for the Lamu pipeline to June 2031.", "complete"),
    "moved_deadline_first": ("Kenya said it would extend the deadline to June 2 for the talks with its creditors.",
                             "complete"),
    "moved_event": ("Kenya has postponed the Kenya-Ghana summit to September.", "hold"),
    "date_set": ("The official launch date for the Kenya-Ghana entry system has been confirmed as 10 November.",
                 "launch"),
    "takes_effect": ("Kenya and Ghana signed in Accra a 90-day truce effective from November 3.", "bring into effect"),
    "ahead_of": ("Ahead of the commissioning of the Lamu port later this year, the authority held a briefing.",
                 "commission"),
    "dated_event": ("The talks in Nairobi were a good preparation for the November 20 meeting in Accra.", "hold"),
    "upcoming_event": ("President Ruto's upcoming state visit to Ghana from September 21 aims to deepen ties.",
                       "visit"),
    "itinerary": ("His itinerary includes bilateral talks with the Ghanaian President and a state banquet.", "hold"),
}

#: the modals of a future clause, as an alternation (the open reading, and the time phrases put
#: between a modal and its verb: ``core._interposed_times``)
MODAL_WORDS = "will|shall|would"

#: the verbs of an occasion whose present progressive with a day to come is a plan (``OPEN_FUTURE_RE``)
PROGRESSIVE_PLANS: tuple[str, ...] = ("meeting", "visiting", "travelling", "traveling", "hosting", "holding",
                                     "signing", "convening", "attending")

#: the present of an occasion's own schedule, with a day to come: "The meeting convenes 6-8 July in
#: Accra", "the Kenya-Ghana summit opens on 5 May", "the talks take place next week" (an occasion or a
#: body its subject, no cadence in the sentence: ``core._open_future``; twenty-fifth blind check);
#: and of a facility's opening: "the port begins operations this Friday" (thirtieth blind check)
PRESENT_SCHEDULES: tuple[str, ...] = ("convene", "open", "take place", "meet", "begin", "start")


def present_forms(verb: str) -> tuple[str, str]:
    """The present tense of a verb: its base form and its third person singular ("meet",
    "meets"; "reach", "reaches"; "carry", "carries")."""
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb, verb[:-1] + "ies"
    if verb.endswith(("sh", "ch", "ss", "x", "o")):
        return verb, verb + "es"
    return verb, verb + "s"


def _present_phrase(phrase: str) -> tuple[str, str]:
    """``present_forms`` of a verb and its particle: "take place", "takes place"."""
    first, _, rest = phrase.partition(" ")
    base, third = present_forms(first)
    tail = " " + rest if rest else ""
    return base + tail, third + tail


#: the words before a verb that make it no present of its own ("to begin", "will open", "does not meet")
_NOT_PRESENT = "".join(rf"(?<!\b{w}\s)" for w in (
    "to", "not", "will", "would", "shall", *HEDGING_MODALS, "must", "should", "do", "does",
    "did")) + r"(?<!n't\s)(?<!n’t\s)"

#: the last reading of a sentence that no row above read (``core._open_future``): a future clause
#: ("will", "shall", a reported "would", "is scheduled to": ``lexicon.SCHEDULE_WORDS`` use ``open``; not the bare "is
#: to" of "the aim is to") whose verb no frame's table names (``tables.FRAMED_VERBS``: "will kick
#: off", "are scheduled to lay a wreath"). It is a promise only with a dated window of its own, so
#: its verb needs no table. Groups: ``be`` (a passive),
#: ``verb`` (never an adverb in -ly: "will likely" is a hedge), ``particle`` ("kick off"), ``prog``
#: (a progressive of ``PROGRESSIVE_PLANS``, with a day to come), ``pres`` (``PRESENT_SCHEDULES``).
OPEN_FUTURE_RE = re.compile(
    # (a modal contracted after its subject too: "It'll kick off on Tuesday")
    r"\b(?:(?:" + MODAL_WORDS + r"|(?<=\w)['’]ll|(?:is|are)\s+(?:" + alternation(words(SCHEDULE_WORDS, "open")) + r")\s+to)\s+" + _ADV
    + r"(?P<be>be\s+)?(?P<verb>(?![a-z]+ly\b)[a-z][a-z-]+)(?:\s+(?P<particle>off|up|out|down|over|back)\b)?"
    # the present progressive of a plan, with a day to come: "West African leaders are meeting this
    # Sunday, July 3 in Accra", "President Ruto is visiting Accra next week" (twenty-fourth blind check)
    # (and a coming to a named place: "Prime Minister X is coming to Accra on an official visit on
    # Friday, May 17", forty-first blind check; "the election is coming on Friday" names none)
    + r"|(?:is|are)\s+(?P<prog>" + alternation(PROGRESSIVE_PLANS) + r"|coming(?=\s+to\s+[A-Z]))\b"
    + r"|" + _NOT_PRESENT + r"(?P<pres>" + alternation([f for v in PRESENT_SCHEDULES for f in _present_phrase(v)])
    + r")\b)")

#: (a sentence, the action read from it) for ``OPEN_FUTURE_RE``; run in tests/test_extract_open_future.py
OPEN_FUTURE_EXAMPLE: tuple[str, str] = ("The Kenya-Ghana trade fair will kick off in Nairobi on Friday.", "kick off")

#: commitment triggers read only in the document's title line (``core._headline``): the news
#: form of "is to" ("Ruto to visit Accra next week"); examples run in tests/test_extract_frames11.py
HEADLINE_TRIGGERS: list[tuple[str, str, float]] = [
    ("headline_to",
     r"^[\"“]?(?:[A-Z][\w.'’-]*\s+){1,4}?(?P<trig>to)\s+(?P<verb>[a-z][\w-]*)", 0.75),
]
HEADLINE_EXAMPLES: dict[str, tuple[str, str]] = {
    "headline_to": ("Ruto to visit Accra next week", "visit"),
}

#: ask triggers: (lemma, pattern, needs_addressee). ``rest`` starts after the verb.
ASK_TRIGGERS: list[tuple[str, str, bool]] = [
    ("urge", r"\b(?:urged|urges|urge|urging)\b", True),
    ("call on", r"\b(?:called|calls|call|calling)\s+(?:on|upon)\b", True),
    ("call for", r"\b(?:called|calls|call|calling)\s+for\b(?=\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+to\s+[a-z])", True),
    ("ask", r"\b(?:asked|asks|ask|asking)\b(?!\s+(?:about|whether|if|for\s+comment))", True),
    ("press", r"\b(?:pressed|presses|pressing|pushed|pushes|pushing|press|push)\b(?!\s+(?:for|ahead|on\s+with|forward))", True),
    ("push for", r"\b(?:pushing|pushed|pushes|push|pressing|pressed|presses|press)\s+(?:hard\s+)?for\b", False),
    ("request", r"\b(?:requested|requests|requesting|request)\b(?=\s+(?:that\s+)?(?:the\s+)?[A-Z])|\b(?:requested|requests|requesting)\b", False),
    ("demand", r"\b(?:demanded|demands|demanding|demand|insisted|insists|insisting|insist)\b(?:\s+on\b)?", False),
    ("seek", r"\b(?:seeking|sought|seeks)\b(?!\s+to\b)", False),
]

#: "facilitate the issuance of" - an aspiration verb with a nominalised deliverable
NOMINAL_OBJECT_RE = re.compile(
    r"\s+(?:the\s+)?(?:early\s+|timely\s+|swift\s+|speedy\s+|expeditious\s+)?"
    r"(?:(?:first|second|third|fourth|final|last|next|initial|remaining)\s+)?(?:" +
    trie_alternation(NOMINAL_DELIVERABLES) + r")\s+(?:of|into)\b",
    re.IGNORECASE,
)
#: light verbs whose complement carries the action: "make every effort to conclude",
#: "work together to launch", "take steps to open"
LIGHT_VERB_RE = re.compile(
    r"(?:make|makes|making|made|step\s+up|redouble|intensify)\s+(?:\w+\s+){0,2}?efforts?\s+(?:to|towards)"
    r"|(?:work|works|working)\s+(?:\w+ly\s+|together\s+)?(?:to|towards)"
    r"|(?:take|takes|taking)\s+(?:\w+\s+)?steps\s+to",
    re.IGNORECASE,
)
#: a second coordinated action: "re-establish relations and reopen embassies"; in sequence: "meet
#: the president in Accra and then attend the trade fair" (an Australia-China report, 2023)
CONJ_VERB_RE = re.compile(
    r",?\s+and\s+(?:to\s+)?(?:also\s+|then\s+|later\s+|afterwards\s+)?(?P<verb>[a-z][\w-]*)\s+(?=\S)")

#: an agreement reported at an earlier occasion: "agreed to open a trade council at their
#: meeting in Accra last month", "agreed to open consulates when the president visited Ghana last month". The
#: occasion is a meeting or visit named after the promise (or a "when X met / visited" clause);
#: ``when`` is the time phrase that dates it (read by ``core._past_occasion``: it must lie before
#: the document's date). A fronted "In April, ..." dates the occasion too (``FRONTED_MONTH_RE``).
PAST_OCCASION_RE = re.compile(
    # (also without a determiner: "during bilateral talks in Jakarta on Tuesday")
    r"\b(?:(?:during|at|in|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:(?:the|their|a|an|its|his|her|our)\s+"
    r"|[A-Z][\w.'’-]*['’]s\s+)?(?:[\w.'’-]+\s+){0,4}?(?:summit|meeting|talks|visit|call|session|conference)s?\b"
    r"|when\s+(?:[\w.'’-]+\s+){1,4}?(?:met|visited|spoke|talked))"
    r"(?P<tail>[^.;:]{0,80})")
PAST_OCCASION_TIME_RE = re.compile(
    r"\b(?:(?P<rel>last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))"
    r"|(?:in|on)\s+(?P<month>" + MONTH_WORD + r")\b\.?(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<year>\d{4}))?)")
FRONTED_MONTH_RE = re.compile(r"^\s*In\s+(?P<month>" + MONTH_WORD + r")\b\.?(?:\s+(?P<year>\d{4}))?,")
#: sentences of our own the rule drops (the test runs each; published on 7 June 2023)
PAST_OCCASION_EXAMPLES: tuple[str, ...] = (
    "Kenya and Ghana agreed to open a trade council at their meeting in Accra last month.",
    "In March, the two presidents agreed to build a rail link at their talks in Nairobi.",
    "Kenya and Ghana agreed to open consulates when their ministers met in February.",
    "Ghana agreed to send a trade mission during Ruto's state visit to Accra last month.",
    "In March 2022, the two presidents agreed to relaunch the Kenya-Ghana Trade Council.",
    "Kenya and Ghana agreed to resume negotiations during bilateral talks in Nairobi last month.",
)

#: cheap gate per trigger row: the regex only runs when one of these words occurs
TRIGGER_KEYWORDS: dict[str, frozenset[str]] = {
    "decided_to": AGREEMENT_WORDS,
    "directed_to": frozenset(["directed", "instructed", "tasked", "mandated", "charged", "direct", "instruct",
                              "task", "mandate", "directs", "instructs", "tasks", "mandates"]),
    "tasked_to": frozenset(["tasked", "charged", "mandated", "instructed", "directed"]),
    # (a contraction is one token: "it'll", "we'll"; with a curly apostrophe "ll" is one)
    "modal": frozenset(["will", "shall", "would", "will'll", "ll", "it'll", "we'll", "they'll", "he'll", "she'll",
                        "i'll", "that'll", "there'll", "you'll"]),
    "look_forward": frozenset(["forward"]),
    "due_in": frozenset(["due", "expected", "will"]),
    "pledged_sum": frozenset(PLEDGE_FORMS),
    "has_until": frozenset(["until", "till", "up"]),
    "expected_to": frozenset(_SCHEDULE_TO),
    "with_set_to": frozenset(_SCHEDULE_WITH_TO),
    "ready_to": frozenset(["ready", "prepared", "happy", "glad", "pleased", "delighted", "offered", "offers",
                           "offering"]),
    "accepted_invitation": frozenset(["invitation"]),
    "set_target": frozenset(["target", "deadline", "timeline", "timetable"]),
    "agreement_to": frozenset(["agreement", "decision", "agreed", "decided", "announced", "unveiled", "outlined"]),
    "reached_consensus": frozenset(["consensus", "understanding", "agreement", "agreed", "agree", "agrees",
                                    "concurred"]),
    "postponed_to": frozenset(["postponed", "rescheduled", "moved", "pushed", "deferred", "put", "delayed", "extended"]),
    "moved_deadline": frozenset(["deadline", "date", "timeline"]),
    "moved_deadline_first": frozenset(["deadline"]),
    "moved_event": frozenset(form.split()[0] for form in _PUT_OFF_FORMS),
    "date_set": frozenset(["set", "fixed", "confirmed", "scheduled"]),
    "takes_effect": frozenset(["effective", "effect", "force"]),
    "ahead_of": frozenset(["ahead", "run", "lead", "preparation"]),
    "dated_event": frozenset(m.lower() for m in MONTH_NAMES),
    "upcoming_event": frozenset(["upcoming", "forthcoming"]),
    "itinerary": frozenset(["itinerary", "programme", "program", "schedule", "engagements"]),
    "headline_to": frozenset(["to"]),
    "scheduled_for_bare": frozenset(_SCHEDULE_FOR),
    "scheduled_for_fronted": frozenset(_SCHEDULE_FOR),
    "be_to": frozenset(["is", "are", "was", "were"]),
    "tell_officials": frozenset(DIRECTIVE_VERBS),
    "ready_for": frozenset(["ready"]),
    "named_host": frozenset(["host", "venue"]),
    "call_for_event": frozenset(["called", "call", "calls", "calling"]),
    "impersonal_plan": frozenset(["planned", "envisaged", "intended", "decided", "agreed", "decision"]),
    "there_will_be": frozenset(["there"]),
    "announced_event": frozenset(["announced", "unveiled"]),
    "agreed_should": frozenset(["should", "must"]),
    "set_date_for": frozenset(["scheduled", "rescheduled", "fixed"]),
    "arrangements_for": frozenset(["arrangements", "preparations", "timetable", "schedule", "date", "dates", "arranging", "coordinating"]),
    "to_be_held": frozenset(["held", "hosted", "convened", "signed", "launched", "organised", "organized", "inaugurated",
                             "place"]),
    "scheduled_for": frozenset(_SCHEDULE_FOR),
    "plans_to": frozenset(["plans", "plan", "planned", "intends", "intend", "intended", "planning", "preparing", "going",
                           "aims", "aim", "aiming", "expects", "expect",
                           "arranging", "arrangements", "preparations", "completed", "finalised", "finalized"]),
    "urge": frozenset(["urged", "urges", "urge", "urging"]),
    "call on": frozenset(["called", "calls", "call", "calling"]),
    "call for": frozenset(["called", "calls", "call", "calling"]),
    "ask": frozenset(["asked", "asks", "ask", "asking"]),
    "press": frozenset(["pressed", "presses", "pressing", "pushed", "pushes", "pushing", "press", "push"]),
    "push for": frozenset(["pressed", "presses", "pressing", "pushed", "pushes", "pushing", "press", "push"]),
    "request": frozenset(["requested", "requests", "requesting", "request"]),
    "demand": frozenset(["demanded", "demands", "demanding", "demand", "insisted", "insists", "insisting", "insist"]),
    "seek": frozenset(["seeking", "sought", "seeks"]),
}
#: the words of the rows read in the title line only (``HEADLINE_TRIGGERS``: "to"), and those of
#: the rows read in every sentence: a sentence of the text is gated by the second ones alone
HEADLINE_WORDS: frozenset[str] = frozenset().union(*(TRIGGER_KEYWORDS[n] for n, _, _ in HEADLINE_TRIGGERS))
TEXT_TRIGGER_WORDS: frozenset[str] = frozenset().union(
    *(TRIGGER_KEYWORDS[n] for n, _, _ in [*COMMITMENT_TRIGGERS, *ASK_TRIGGERS]),
    # (and the open reading's present of a schedule, "the port begins operations this Friday": its
    # verb is the sentence's only word of a plan)
    (f.split()[0] for v in PRESENT_SCHEDULES for f in _present_phrase(v)))
_TOKEN_RE = re.compile(r"[a-z']+")


def words_of(text: str) -> frozenset[str]:
    return frozenset(_TOKEN_RE.findall(text.lower()))


#: the trigger words of the text's sentences as whole ``[a-z']+`` tokens of lower-cased text: a
#: match at a position is exactly a token of ``words_of`` that is one of ``TEXT_TRIGGER_WORDS``
TRIGGER_WORD_RE = re.compile(r"(?<![a-z'])" + trie_alternation(TEXT_TRIGGER_WORDS) + r"(?![a-z'])")


#: how a verb of moving a deadline can begin (``_MOVE_DEADLINE``: its auxiliary, or the verb itself)
_MOVE_DEADLINE_PREFIXES = ("has", "hav", "had", "to ", "wil", "wou", "sha", "ext", "pus", "mov", "pos", "def")
#: how a match of each trigger row can begin; compiled as a leading lookahead
#: (implied by the pattern, so the matches are the same) it lets the regex
#: engine pass over other positions without trying the \b and the alternation
TRIGGER_PREFIXES: dict[str, tuple[str, ...]] = {
    "decided_to": ("de", "ag", "re", "co", "pl", "un", "vo", "pr"),
    "directed_to": ("di", "in", "ta", "ma", "ch"),
    "tasked_to": ("wa", "we", "is", "ar", "ha"),
    "modal": ("wil", "sha", "wou", "'ll", "’ll"),
    "look_forward": ("look",),
    "expected_to": ("is", "ar", "wa", "we", "be", *sorted({w[:2] for w in SCHEDULE_APPOSITIVE})),
    "scheduled_for": ("is", "ar", "wa", "we", "be"),
    "plans_to": ("pl", "in", "is", "ar", "ai", "ha", "ex"),
    "with_set_to": ("wit", "Wit"),
    "ready_to": ("is", "ar", "am", "be", "wa", "we", "'", "re", "wi", "wo", "sh", "st", "of"),
    "accepted_invitation": ("acc",),
    "set_target": ("se", "fi", "ag"),
    "agreement_to": ("an", "th", "a ", "ag", "de", "un", "ou"),
    "reached_consensus": ("rea", "agr", "con"),
    "postponed_to": ("is", "ar", "wa", "we", "be", "ha"),
    "moved_deadline": _MOVE_DEADLINE_PREFIXES,
    "moved_deadline_first": _MOVE_DEADLINE_PREFIXES,
    "moved_event": ("has", "hav", "had", "wil", "wou", "sha", "to "),
    "date_set": ("th", "Th", "TH", "a", "A", "it", "It", "hi", "Hi", "he", "He"),
    "ahead_of": ("ahead", "Ahead", "in ", "In "),
    "dated_event": ("the", "The"),
    "upcoming_event": ("up", "Up", "fo", "Fo"),
    "itinerary": ("iti", "Iti", "pro", "Pro", "sch", "Sch", "eng", "Eng"),
    "takes_effect": ("eff", "com", "ent", "tak"),
    "headline_to": ('"', "“", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    # (from the table, so a new schedule word is read everywhere its uses say)
    "scheduled_for_bare": tuple(sorted({w[:2] for w in _SCHEDULE_FOR})),
    "scheduled_for_fronted": (*sorted({w[:2].capitalize() for w in _SCHEDULE_FOR}), '"', "“"),
    "be_to": ("is", "ar", "wa", "we"),
    "to_be_held": ("to ",),
    "tell_officials": tuple(sorted({v[:3] for v in DIRECTIVE_VERBS})),
    "ready_for": ("be", "is", "ar", "an"),
    "named_host": ("con", "nam", "cho", "sel", "pic", "des"),
    "arrangements_for": ("mak", "mad", "fin", "coo", "arr", "wor", "beg", "sta"),
    "call_for_event": ("cal",),
    "impersonal_plan": ("it", "It", "the", "The"),
    "there_will_be": ("the", "The"),
    "due_in": ("is", "ar", "wi"),
    "pledged_sum": tuple(sorted({w[:2] for w in PLEDGE_FORMS})),
    "has_until": ("has", "hav"),
    "announced_event": ("ann", "unv"),
    "agreed_should": ("agr", "dec", "res", "dir", "ord", "ins"),
    "set_date_for": ("sch", "res", "fix", "hav", "has"),
    "urge": ("urg",), "call on": ("cal",), "call for": ("cal",), "ask": ("ask",),
    "press": ("pre", "pus"), "push for": ("pus", "pre"), "request": ("req",),
    "demand": ("dem", "ins"), "seek": ("see", "sou"),
}


def _compile_trigger(name: str, pattern: str) -> re.Pattern[str]:
    ahead = "|".join(re.escape(p) for p in TRIGGER_PREFIXES[name])
    return re.compile("(?=" + ahead + ")(?:" + pattern + ")")


COMMITMENT_RES = [(n, _compile_trigger(n, p), c, TRIGGER_KEYWORDS[n]) for n, p, c in COMMITMENT_TRIGGERS]
#: (the headline rows run on the title line only: ``core._title_span``)
HEADLINE_RES = [(n, _compile_trigger(n, p), c, TRIGGER_KEYWORDS[n]) for n, p, c in HEADLINE_TRIGGERS]
ASK_RES = [(n, _compile_trigger(n, p), a, TRIGGER_KEYWORDS[n]) for n, p, a in ASK_TRIGGERS]


COMMIT_WORDS = frozenset().union(*(TRIGGER_KEYWORDS[n] for n, _, _ in [*COMMITMENT_TRIGGERS, *HEADLINE_TRIGGERS]))
ASK_WORDS = frozenset().union(*(TRIGGER_KEYWORDS[n] for n, _, _ in ASK_TRIGGERS))

#: the clause boundary searched backwards from a trigger to find its subject.
_BOUNDARY_WORDS = ["that", *words(SAYING_VERBS, "boundary"), "where", "which", "who", "whom", "whereby", "when", "while", "whereas", "if", "unless", "whether", "how", "although", "though", "because", "as", "once", "until", "after", "before", "so"]
#: (the words as a trie alternation: the same matches, tried faster)
BOUNDARY_RE = re.compile(
    r"(?:^|[;:(]|[“\"‘]|\s[—–]\s|,\s+(?:and|but|while|whereas)\b|"
    r"\b(?:" + trie_alternation(_BOUNDARY_WORDS) + r"|told\s+\w+)\b)",
    re.IGNORECASE,
)
RELATIVE_WORDS = frozenset(
    ["where", "which", "who", "whom", "whereby", "when", "while", "whereas", "if", "unless", "whether", "how", "although", "though", "because", "as", "once", "until", "after", "before", "so"]
)
#: when a statement was made, between its verb and "that": "announced on 9 June that", "said
#: on June 9, 2025, that", "confirmed late on Tuesday that", "said yesterday that" (the date of
#: the saying, not of what is promised; "on Monday" alone is read by the name after the verb)
_SAID_WHEN = (
    r"\s+(?:(?:late\s+|early\s+)?on\s+(?:[A-Z][a-z]+day\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?|"
    r"(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+(?:morning|afternoon|evening|night)|"
    # a weekday with or without "on" ("announced Saturday that", news agencies' style)
    r"(?:on\s+)?(?:" + "|".join(WEEKDAY_NAMES) + r")|"
    r"yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening|week)|"
    r"earlier(?:\s+(?:today|this\s+week))?)"
)
#: the meeting an agreement was reached at, between the verb and "that": "agreed at their summit
#: meeting in January that", "decided during their talks on Monday that", "agreed in a phone call that"
_AGREED_AT = (r"\s+(?:at|during|in|on|after)\s+(?:their|the|its|a|an|his|her|our)\s+(?:[\w'’+-]+\s+){0,4}?"
              # (an event of the table, or a call: "in a phone call that")
              r"(?:" + trie_alternation(EVENT_NOUNS | {"call", "conversation"}) + r")\b"
              r"(?:\s+(?:in|on|last)\s+[\w.]+(?:\s+\d{1,2})?)?")
AGREE_THAT_VERBS = re.compile(
    # the verbs of deciding together (``AGREEMENT_VERBS``: "promised that he would visit"), and
    # the nouns and verbs of a settled point
    # (and a directive: "directed that the borders will be opened"; twenty-seventh blind check)
    r"\b(?:" + trie_alternation(AGREEMENT_WORDS | {"confirmed", "affirmed", "agreement", "decision", "consensus",
                                                  "understanding", "directed", "ordered", "instructed"}) + r")"
    # a name ("agreed in Accra that", case-sensitive: "the agreement states that" is the content of
    # an instrument, not an agreement that; the one promised: "promised President Ruto that"), an
    # adverb ("agreed unanimously that") or a date
    # (or "in principle" between commas: "agreed, on principle, that", forty-first blind check)
    r"(?:\s+(?:(?:on|at|in)\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}|\s+\w+ly|" + _SAID_WHEN + r"|"
    + _AGREED_AT + r"|\s*,\s*" + _IN_PRINCIPLE + r")?\s*,?\s*$",
    re.IGNORECASE,
)
SAY_THAT_VERBS = re.compile(
    r"\b(?:" + alternation(words(SAYING_VERBS, "that")) + r"|"
    # the hearer between the verb and "that": "told the Ghanaian president that"
    r"(?:" + alternation(words(SAYING_VERBS, "tell")) + r")\s+(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+|"
    r"announcement|statement|communiqu[eé]|declaration|"
    # (a promise given by its noun: "gave an undertaking that he would visit Ghana", forty-first
    # blind check)
    r"confirmation|news|assurances?|undertaking|pledge|guarantee)(?:\s+(?:on|at|in)\s+[A-Z]\w+|" + _SAID_WHEN + r")?"
    # an adverb of manner ("jointly announced formally that")
    r"(?:\s+\w+ly)?\s*,?\s*$",
    re.IGNORECASE,
)

#: where an object/subject phrase ends (besides time expressions). The leading
#: lookahead is implied by every alternative (it lets the engine skip letters
#: cheaply; the matches are the same).
CLAUSE_END_RE = re.compile(
    r"(?=[,\s;(.!?”\"’'])"
    r"(?:,\s*(?:where|which|who|whom|whose|while|whereas|as|including(?![^,;.]{1,80},)|so\s+that|but|and\s+said|"
    r"according|in\s+order|thereby|with\s+a\s+view)\b"
    r"|,[”\"’]?\s*(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’.-]+\s+){0,6}?(?:"
    + alternation(words(SAYING_VERBS, "after_comma")) + r")\b"
    r"|,\s+with\s+(?=[A-Z])"
    # a participle's clause after the object: ", bringing together investors, companies and ...",
    # ", marking the 50th anniversary" (not a list: "including" keeps its own reading above)
    # (and a saying's: ", adding that three consulates will open")
    # (but not a time the clause's own thing starts at: ", starting on September 20")
    r"|,\s+(?!including\b)(?!(?:starting|beginning|commencing)\s+(?:on|from|in)\b)[a-z]+ing\s+"
    r"(?=(?:together|on|to|the|a|an|its|their|his|her|that)\b)"
    r"|(?<=\w)[”\"],\s|(?<=\w),[”\"]\s"
    r"|\s+(?:" + alternation(words(SAYING_VERBS, "before_day")) + r")\s+(?:on\s+)?[A-Z]\w+day\b"
    r"|;|\s[—–]\s|\(|[.!?]+[”\"’']*\s*$|[”\"’']\s*$|[”\"]?,\s*[”\"]?$"
    r"|\s+(?:in\s+order\s+)?to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|our\b|this\b|these\b|those\b|all\b|both\b|be\b)(?=[“\"]?[a-z]+\b)"
    r"|\s+(?:and|while)\s+(?:to\s+)?(?:deliberate|explore|discuss|review|strengthen|deepen|enhance|continue|further|promote|advance|work)\b"
    r"|\s+that\s+(?=(?:[A-Z][\w.'’-]*\s+){1,3}(?:had\s+|has\s+|have\s+)?[a-z]+ed\b)"
    r"|,?\s+(?:through|via)\s+"
    # a second clause with its own subject and verb: "will lift its sanctions on Ghana, and Togo has
    # agreed to ..." (thirty-eighth blind check: the parties of the second read as the first's object)
    r"|,\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:has|have|had|will|would|shall|is|are|was|were)\s)"
    # a condition after the object: "will revoke the sanctions if the government ..."
    r"|\s+(?:if|unless)\s+"
    # a clause of circumstance: "is set to meet his counterpart at a summit as Kenya hopes to sign
    # an accord by the end of the year" (an EU-Australia report, 2023): its object and its date are
    # not the promise's
    r"|(?<!such)(?<!well)\s+as\s+(?=(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:hopes|aims|seeks|wants|tries|"
    r"prepares|looks|plans|faces|struggles|pushes)\b))",
)

#: time phrases that end a subject even when the temporal grammar is unavailable.
TIME_CUT_RE = re.compile(
    r"(?i)\s+(?:at\s+a\s+mutually\s+(?:convenient|agreed|acceptable)\s+(?:date|time)|"
    r"at\s+an\s+early\s+date|at\s+the\s+earliest|as\s+soon\s+as\s+possible|"
    r"in\s+the\s+(?:coming|next\s+few|next)\s+(?:days|weeks|months|years)|"
    r"(?:later|earlier)\s+this\s+(?:year|month|week)|(?:early|later?|mid|mid-)\s*next\s+year|"
    r"next\s+(?:year|month|week)|this\s+(?:year|month|week|spring|summer|autumn|fall|winter)|"
    r"(?:by|before|until)\s+(?:the\s+end\s+of|end-|year-end|the\s+end|early|mid|late|[A-Z][a-z]+|\d{4})|"
    r"within\s+(?:\w+\s+)?(?:days|weeks|months|years|a\s+year|a\s+month)|"
    r"in\s+(?:early|mid|late|the\s+(?:" + "|".join(QUARTER_ORDINALS) + r")\s+(?:half|quarter)\s+of)?\s*\d{4}|"
    r"in\s+" + MONTH_FULL + r"\b|"
    r"(?:soon|shortly)\b)"
)

_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "all", "both", "new", "further", "additional", "more", "two", "three", "several", "some", "any"]
)
DETERMINERS = _DETERMINERS

#: ties raised to what they become, before its name: "(elevate) | their relationship to a |
#: strategic partnership", "(upgraded) | bilateral relations to the level of a | ..." (read by the
#: extraction's idioms, ``core.LIGHT_VERB_IDIOMS``, and by the reports, ``linking.events._RAISED_TO``)
TIES_RAISED_TO = (r"(?:(?:their|the|its|our|bilateral|two-way|diplomatic)\s+){0,2}(?:relations(?:hip)?|ties)\s+to\s+"
                  r"(?:the\s+level\s+of\s+)?")


def _forms(verb: str) -> list[str]:
    v = verb.replace("-", " ") if verb == "set-up" else verb
    out = [v + "s", v + "ed", v + "ing"]
    if v.endswith("e"):
        out += [v + "d", v[:-1] + "ing"]
    if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        out += [v[:-1] + "ies", v[:-1] + "ied"]
    if len(v) >= 3 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and v[-3] not in "aeiou":
        out += [v + v[-1] + "ed", v + v[-1] + "ing"]
    if v.endswith(("sh", "ch", "ss", "x")):
        out += [v + "es"]
    return out


def _lemma_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for verb in sorted(DELIVERABLE_VERBS | ASPIRATION_VERBS):
        table.setdefault(verb, verb)
        for f in _forms(verb):
            table.setdefault(f, verb)
    table.update(IRREGULAR_FORMS)
    return table


LEMMAS = _lemma_table()


def lemma(word: str) -> str:
    w = word.lower()
    if w in LEMMAS:
        return LEMMAS[w]
    for suf, rep in (("ing", ""), ("ied", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: len(w) - len(suf)] + rep
            if base in LEMMAS:
                return LEMMAS[base]
            if base + "e" in LEMMAS:
                return LEMMAS[base + "e"]
    return w


#: stems of a regular past participle that take back an "e" ("relocat-ed", "schedul-ed", "stag-ed")
_E_STEM_RE = re.compile(r"(?:at|ut|ul|iz|is|[cgvu])$")


def base_form(word: str) -> str:
    """The base form of a verb form, also of a verb no table knows ("reached" -> "reach",
    "co-chaired" -> "co-chair", "relocated" -> "relocate", "planned" -> "plan"): ``lemma``
    where it knows the verb, else the regular rules of English inflection."""
    w = word.lower()
    lem = lemma(w)
    if lem != w or not w.endswith("ed") or len(w) < 5:
        return lem
    if w.endswith("ied"):
        return w[:-3] + "y"
    stem = w[:-2]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "planned", "stopped"
    return stem + "e" if _E_STEM_RE.search(stem) else stem


def verb_class(word: str) -> str:
    """'deliverable', 'aspiration' or 'unknown' for a verb form."""
    lem = lemma(word)
    if lem in DELIVERABLE_VERBS:
        return "deliverable"
    if lem in ASPIRATION_VERBS:
        return "aspiration"
    return "unknown"


#: nouns whose singular is their plural ("a series of events" is not "a sery")
_SAME_SINGULAR = frozenset(["series", "species", "means", "headquarters"])


def singular(word: str) -> str:
    """A noun's singular by its ending ("bodies" -> "body", "talks" -> "talk"; "press", "series"
    kept): the one rule for extraction's heads and restatements' words."""
    low = word.lower()
    if low in _SAME_SINGULAR:
        return word
    if low.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if low.endswith("s") and not low.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
