"""Rule tables for the extractor: data only, one table per concern.

Nothing here is keyed to a particular document: the tables describe how
diplomatic and news prose is written (who the actors are, which verbs make a
trackable deliverable, which nouns name an instrument rather than an agent).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from tracker.domain.lexicon import (
    CULTURAL_OCCASIONS,
    INSTRUMENT_ONSETS,
    NEGATORS,
    NOMINAL_ACTIONS,
    OFFICE_TITLES,
    SAYING_VERBS,
    WORKS_NOUNS,
    alternation,
    calling_off,
    words,
)
from tracker.domain.parties import package_registry

# --------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------

#: canonical country / party name -> aliases (names, demonym adjectives, capitals
#: used as metonyms, abbreviations). Matched case-sensitively on word boundaries.
#: Derived from the party registry (src/tracker/data/parties.yaml, docs/parties.md):
#: every country, and the EU (linking/bodies.py reads this table too, and would
#: strip other organisations' names, "Quad", from body names).
COUNTRIES: dict[str, tuple[str, ...]] = package_registry().extractor_table(
    organisations=("EU",))

#: phrases that contain a country alias but do not refer to the country (blanked out before actor
#: matching): the party registry's ``not_parties`` (one list for extraction and linking)
NOT_COUNTRY: tuple[str, ...] = package_registry().not_parties

#: heads of state / government commonly named in dialogue reporting -> country.
#: (Ministries and officials are mostly reached via demonyms: "US Secretary",
#: "Philippine Foreign Secretary".)
LEADERS: dict[str, str] = {
    "Biden": "United States", "Trump": "United States", "Obama": "United States",
    "Harris": "United States",
    "Xi Jinping": "China", "Xi": "China", "Li Qiang": "China", "Wang Yi": "China",
    "Modi": "India", "Jaishankar": "India",
    "Putin": "Russia", "Lavrov": "Russia",
    "Lula": "Brazil", "Macron": "France", "Scholz": "Germany", "Merz": "Germany",
    "Sunak": "United Kingdom", "Starmer": "United Kingdom",
    "Kishida": "Japan", "Ishiba": "Japan", "Albanese": "Australia",
    "Meloni": "Italy", "Trudeau": "Canada", "Carney": "Canada",
    "Zelensky": "Ukraine", "Zelenskyy": "Ukraine", "Erdogan": "Turkey", "Erdoğan": "Turkey",
    "Yoon Suk Yeol": "South Korea", "Marcos": "Philippines", "Widodo": "Indonesia",
    "Jokowi": "Indonesia", "Prabowo": "Indonesia", "Anwar Ibrahim": "Malaysia",
    "Ramaphosa": "South Africa", "Ruto": "Kenya", "Abiy Ahmed": "Ethiopia",
    "Sheinbaum": "Mexico", "Lopez Obrador": "Mexico", "López Obrador": "Mexico",
    "Milei": "Argentina", "Tusk": "Poland", "Netanyahu": "Israel",
    "Shehbaz Sharif": "Pakistan", "Sheikh Hasina": "Bangladesh",
    "Mahama": "Ghana", "Akufo-Addo": "Ghana",
    # full names with particles (``NAME_PARTICLES``) read as one person
    "Mohammed bin Rashid": "United Arab Emirates", "Mohamed bin Zayed": "United Arab Emirates",
    "Mohammed bin Salman": "Saudi Arabia", "Tamim bin Hamad": "Qatar",
}

#: collective references to "the parties of the document"; value = how many
#: parties they denote (0 = all main parties).
COLLECTIVES: dict[str, int] = {
    "both sides": 2, "the two sides": 2, "both countries": 2, "the two countries": 2,
    "both governments": 2, "the two governments": 2, "both leaders": 2, "the two leaders": 2,
    "both ministers": 2, "the two ministers": 2, "both parties": 2, "the two parties": 2,
    "both nations": 2, "the two nations": 2, "the two delegations": 2, "both delegations": 2,
    "the two prime ministers": 2, "the two presidents": 2, "the two heads of state": 2,
    "the three countries": 3, "the three sides": 3, "the three leaders": 3,
    "the three governments": 3, "the three ministers": 3,
    "the ministers": 0, "the leaders": 0, "the delegations": 0, "the sides": 0,
    "the parties": 0, "the participants": 0, "the co-chairs": 0, "the officials": 0,
    "leaders": 0, "ministers": 0, "we": 0, "they": 0, "the partners": 0,
    "the prime ministers": 0, "the presidents": 0, "the heads of delegation": 0,
    # the leaders by office (communiqués of summits and bi-national commissions)
    "the heads of state": 0, "the heads of government": 0, "the heads of state and government": 0,
    "both heads of state": 2, "the two heads of government": 2, "both heads of government": 2,
}

#: verbs of receiving visitors that make the receiver the host when the visit is for a named
#: meeting: "X and Y will welcome A and B to Washington on April 11 for the fourth 2+2
#: Ministerial Dialogue" (India-U.S., Philippines-U.S. announcements); the subject is the meeting
HOST_FOR_VERBS: frozenset[str] = frozenset(["welcome", "host", "receive"])

#: verbs of going somewhere that make the traveller an attendant of the event named after "for":
#: "X will arrive in Accra on May 6 for the Kenya-Ghana summit" (the subject is the summit)
TRAVEL_FOR_VERBS: frozenset[str] = frozenset(["arrive", "travel", "come", "fly", "head", "go"])


#: measures one government imposed on another's goods or people: reviewing (reconsidering) one of
#: them is a deliverable ("China agreed to review the tariffs on Australian wine", an
#: Australia-China report, 2023), while reviewing progress or relations is an aspiration
REVIEWED_MEASURES: frozenset[str] = frozenset([
    "tariff", "tariffs", "duty", "duties", "ban", "bans", "sanctions", "restrictions", "curbs", "quotas",
    "levies", "embargo", "embargoes", "suspension", "anti-dumping"])
REVIEW_VERBS: frozenset[str] = frozenset(["review", "reconsider", "re-examine", "reexamine"])

#: the verbs of funds received by the promise's party ("Ghana is set to receive $500 million this week",
#: thirty-second blind check: loan tranches): a deliverable when a sum of money follows
#: (``core._MONEY_RE``). lemma -> an example a test runs
RECEIVING: dict[str, str] = {
    "receive": "Ghana is set to receive $500 million this week.",
    "get": "Ghana will get US$500 million in April.",
    "obtain": "Ghana will obtain about $500 million in April.",
    "draw": "Ghana will draw USD500 million in April.",
}
RECEIVING_VERBS: frozenset[str] = frozenset(RECEIVING)
#: the verbs of funds given by the promise's party that are aims with any other object ("contribute to
#: peace", "give priority to"): a deliverable when a sum of money follows, as ``RECEIVING``'s are
#: (thirty-eighth blind check: climate finance pledges). lemma -> an example a test runs
GIVING: dict[str, str] = {
    "contribute": "Kenya will contribute $300 million to the climate fund by 2031.",
    "give": "Ghana will give US$50 million to the relief fund this year.",
}
#: the verbs read as a deliverable when a sum of money follows (``core._MONEY_RE``)
MONEY_VERBS: frozenset[str] = RECEIVING_VERBS | frozenset(GIVING)

#: the head words of an institution's proper name after "the" ("the World Bank", "the African Union"):
#: a party that undertakes (``core._ORGANISATION_RE``; a name with its acronym defined, "the
#: International Monetary Fund (IMF)", is one whatever its head). head -> an example a test runs
ORGANISATION_HEADS: dict[str, str] = {
    "Bank": "The World Bank will hold a meeting in Nairobi in May.",
    "Union": "The African Union will hold a summit in Nairobi in May.",
    "Organisation": "The World Health Organisation will send a mission to Accra in May.",
    "Organization": "The World Trade Organization will hold a ministerial meeting in Nairobi in May.",
    "Fund": "The International Monetary Fund will send a mission to Accra in May.",
    "Agency": "The International Energy Agency will open an office in Nairobi in May.",
    "Programme": "The World Food Programme will deliver the aid to Kenya in May.",
    "Institute": "The Pasteur Institute will open a plant in Dakar in May.",
    "Authority": "The East African Power Authority will sign the agreement in May.",
}

#: a country's armed services, named by the last words of a subject: a party that undertakes, not a
#: body of ``BODY_NOUNS`` that sits ("The Kenyan Air Force will take delivery of the jets in 2031";
#: thirty-sixth blind check: jets and air defences). words -> an example a test runs
ARMED_SERVICES: dict[str, str] = {
    "air force": "The Kenyan Air Force will take delivery of the first six jets in 2031.",
    "armed forces": "The Ghanaian Armed Forces will receive two patrol boats in June 2031.",
    "defence forces": "The Kenya Defence Forces will take delivery of the howitzers in May 2031.",
    "defense forces": "The Kenya Defense Forces will take delivery of the howitzers in May 2031.",
    "defence force": "The Kenya Defence Force will take delivery of the howitzers in May 2031.",
    "defense force": "The Kenya Defense Force will take delivery of the howitzers in May 2031.",
}

#: A directive to one's own people, read as the directing party's decision (the ``tell_officials``
#: frame of ``patterns``): the verbs (every form the frame reads) and the organs directed, each organ
#: with an example a test runs. A request to another party ("requested Ghana to withdraw") names no
#: organ and is none; nor is asking experts to study something (no organ here).
DIRECTIVE_VERBS: tuple[str, ...] = (
    "telling", "told", "tell", "tells", "asking", "asked", "ask", "asks", "directed", "directs", "instructed",
    "instructs", "tasked", "tasks", "mandated", "mandates", "requested", "requests")
DIRECTED_ORGANS: dict[str, str] = {
    "negotiators": "Kenya's president said he has told his negotiators to get the deal done by Christmas.",
    "officials": "The ministers tasked their officials to hold the first meeting of the commission by 15 December 2031.",
    "teams": "The leaders instructed their teams to conclude the trade talks by June 2031.",
    "ministers": "The presidents directed their ministers to sign the visa accord in May 2031.",
    "ministries": "The summit directed the ministries to open the border post by March 2031.",
    "agencies": "The two governments told their agencies to launch the joint patrols in May 2031.",
    "sherpas": "The leaders asked their sherpas to convene a preparatory meeting in May 2031.",
    "leadership": "The Summit directed the mission leadership to commence a phased drawdown by 15 December 2031.",
    "secretariat": "The ministers requested the secretariat to convene the next session in May 2031.",
    "Secretary-General": ("The summit requested the Secretary-General to convene a resumed session of the "
                          "Kenya-Ghana conference on 19 and 20 June 2031."),
}

#: a body's business that is a sitting of it when set for a calendar day: "the Executive Board is
#: scheduled to consider Kenya's request on 13 March", "the Senate will debate the bill on Tuesday"
#: (thirty-second blind check); the subject a body (``BODY_NOUNS``), the time after the verb.
#: lemma -> an example a test runs
BODY_SITTING: dict[str, str] = {
    "consider": "The Executive Board of the Fund is scheduled to consider Kenya's request on 13 March 2031.",
    "debate": "The Kenyan Senate will debate the bill on Tuesday.",
    "discuss": "The joint committee is expected to discuss the report on 20 March.",
    "review": "The council will review the measures at its session on 18 March.",
    "vote": "The national assembly is set to vote on the treaty on 25 March.",
    "approve": "The board is expected to approve the loan by mid-July.",
    "examine": "The committee will examine the draft on 19 March.",
}
BODY_SITTING_VERBS: frozenset[str] = frozenset(BODY_SITTING)
#: verbs of knowing and perceiving: "the result is to be expected in 2031" plans nothing, while
#: the formal "is to be" of any other verb on a calendar date does ("the regulation is to be
#: confirmed in early 2031": ``core``, the "be_to" row in the passive)
PERCEPTION_VERBS: frozenset[str] = frozenset(["expect", "see", "know", "note", "hope", "believe", "feel",
                                              "find", "hear", "understand", "anticipate", "foresee"])

#: talk: what a meeting is for. In a clause opened by "During the <event>," (the event promised in
#: its own sentence) a talk is the event's agenda, not a promise of its own ("During the summit,
#: the leaders will hold wide-ranging discussions on trade"; "..., the two sides plan to exchange
#: views on ..."). Verbs that are talk by themselves; verbs that are talk with a talk noun as
#: their object ("hold / have talks", "exchange views"; "exchange notes" is a formal deliverable)
AGENDA_TALK_VERBS: frozenset[str] = frozenset(["discuss", "deliberate", "confer", "consult", "converse"])
AGENDA_TALK_OBJECT_VERBS: frozenset[str] = frozenset(["hold", "have", "conduct", "exchange", "engage", "share"])
AGENDA_TALK_NOUNS: frozenset[str] = frozenset([
    "discussion", "discussions", "talks", "consultation", "consultations", "deliberations", "views",
    "ideas", "opinions", "perspectives", "exchanges", "conversation", "conversations"])
#: talk nouns that name what is said, never an occasion: exchanging or sharing them is no promise
#: of its own, with or without an event around it ("Both sides are also expected to exchange views on
#: regional issues"; forty-third blind check; "exchange notes" is a formal deliverable)
OPINION_NOUNS: frozenset[str] = frozenset(["views", "view", "ideas", "idea", "opinions", "opinion",
                                           "perspectives", "perspective", "thoughts"])
#: talk nouns that also name a meeting of their own ("will hold talks on a trade deal in May"): not
#: an agenda when no "During the <event>" says whose (``restatements``: an undated talk about
#: topics after a promised meeting is that meeting's agenda)
AGENDA_TALK_EVENT_NOUNS: frozenset[str] = frozenset(["talks", "consultation", "consultations"])

#: verbs that describe who takes part in an event, not a deliverable: "Minister X will lead
#: the delegation", "the delegation will comprise officials of ..."; "the prime minister will witness
#: the exchange of the accord" (seen in Japan-Philippines): a role at the deliverable
DESCRIPTION_VERBS: frozenset[str] = frozenset(["lead", "head", "comprise", "represent", "accompany", "witness"])

#: words that make a subject an agent (a government actor) when no country
#: name is present.
#: a mediator or facilitator named by title alone is an agent like an envoy: "The High
#: Representative will hold separate meetings with ..." (title word -> example)
MEDIATOR_TITLES: dict[str, str] = {
    "representative": "The High Representative will hold separate meetings with Ruto and Mahama.",
    "secretary-general": "The Secretary-General will hold separate meetings with Ruto and Mahama on Friday.",
    "mediator": "The mediator will hold separate meetings with the two delegations on Friday.",
    "facilitator": "The facilitator will hold a joint meeting of the two delegations in Lome.",
    "commissioner": "The Commissioner will hold a meeting with both delegations next week.",
}

AGENT_WORDS: frozenset[str] = frozenset([*MEDIATOR_TITLES, "we", "they", "he", "she", "i", "government", "governments", "ministry", "ministries", "minister", "ministers", "president", "presidents", "premier", "pm", "pms", "chancellor", "secretary", "secretaries", "leader", "leaders", "side", "sides", "delegation", "delegations", "official", "officials", "spokesperson", "spokesman", "spokeswoman", "administration", "cabinet", "ambassador", "ambassadors", "envoy", "envoys", "representatives", "negotiator", "negotiators", "delegate", "delegates", "emissary", "emissaries", "diplomat", "diplomats", "sherpa", "sherpas", "department", "office", "agency", "authorities", "countries", "country", "nations", "nation", "parties", "party", "co-chairs", "chair", "king", "crown", "prince", "republic", "kingdom", "federation", "emirates", "sultanate", "principality",
    # a state's armed services do what it promised ("with both navies scheduled to hold a joint exercise")
    "navy", "navies", "troops", "coastguard", "coastguards",
    # a state's regulator does what the state promised ("the telecoms regulator will hold the auction
    # in June"; thirty-ninth blind check)
    "regulator", "regulators",
    # "the heads of state / government / delegation will ..." (the head word is read before "of")
    "heads",
    # the parties' institutions and firms that sign beside them ("Kenyan and Ghanaian universities
    # will sign six more memorandums of understanding"; forty-second blind check)
    "universities", "companies", "firms", "businesses", "sectors", "institutions",
    # an office-holder's title ("the deputy speaker of Ghana's parliament will visit Kenya"; the
    # titles' table, ``lexicon.OFFICE_TITLES``, use ``subject``)
    *(title.split()[-1].lower() for title in words(OFFICE_TITLES, "subject"))])

#: generic addressees: a "call on" these is a call on third parties, not an ask.
GENERIC_ADDRESSEES: tuple[str, ...] = (
    "all countries", "all states", "all nations", "all parties", "all sides",
    "all member states", "the international community", "all governments",
    "both countries", "both sides", "both parties", "the two sides", "the two countries",
    "the parties", "member states", "the world", "everyone", "all stakeholders",
    "all actors", "the region", "countries", "states", "all",
)

# --------------------------------------------------------------------------
# Verbs
# --------------------------------------------------------------------------

#: verbs naming a trackable deliverable (something that either happens or not).
DELIVERABLE_VERBS: frozenset[str] = frozenset(["hold", "convene", "meet", "gather", "attend", "participate", "relocate", "redesignate", "station", "rotate", "reorganise", "reorganize", "transition", "convert", "travel", "increase", "sign", "launch", "establish", "re-establish", "set-up", "create", "open", "reopen", "host", "co-host", "conduct", "provide", "deliver", "conclude", "complete", "finish", "finalise", "finalize", "begin", "start", "commence", "resume", "exchange", "ratify", "submit", "close", "deploy", "build", "construct", "release", "transfer", "visit", "organise", "organize", "undertake", "implement", "adopt", "issue", "publish", "introduce", "allocate", "fund", "send", "dispatch", "supply", "renew", "negotiate", "initiate", "designate", "appoint", "return", "lift", "remove", "double", "extend", "grant", "donate", "procure", "purchase", "buy", "acquire", "install", "commission", "energise", "energize", "pay", "disburse", "invest", "table", "present", "inaugurate", "unveil", "fast-track", "expedite", "operationalise", "operationalize", "activate", "stage", "restore", "extradite", "repatriate", "withdraw", "hand", "draft", "form", "constitute", "reconvene", "off", "set", "formalise", "formalize", "ink", "announce", "restart", "roll", "accede"])

#: verbs whose particle is part of the deliverable's verb: "set up a council", "hand over the
#: border post", "roll out the visa regime" (verb -> (particle, example)); the action read is both
PHRASAL_DELIVERABLES: dict[str, tuple[str, str]] = {
    "set": ("up", "Kenya and Ghana will set up a joint council in May."),
    "hand": ("over", "Kenya will hand over the border post to Ghana in May."),
    "roll": ("out", "Kenya will roll out the new visa regime in May."),
}

#: verbs of keeping something from happening: "agreed to prevent the closure of the border",
#: "will send envoys to avoid the collapse of the talks" promise no deliverable (and a purpose
#: clause opened by one is no part of the object)
PREVENTION_VERBS: dict[str, str] = {
    "prevent": "Kenya and Ghana agreed to prevent the closure of the border.",
    "avoid": "Kenya and Ghana agreed to avoid the suspension of flights in May.",
    "avert": "Kenya and Ghana agreed to avert the suspension of flights in May.",
    "forestall": "Kenya and Ghana agreed to forestall the closure of the border.",
    "preclude": "Kenya and Ghana agreed to preclude the closure of the border.",
}


#: what hedges a clause: a word of hoping, hinting, opinion, hope or doubt, or a modal of what only
#: may happen, makes what follows no promise (the devcorpus conventions: hedged items are ambiguous).
#: One table for every face of extraction; ``reading`` says where the word is read, and each row has
#: an example a test runs (the example is no commitment).
class Hedge(NamedTuple):
    word: str
    reading: Literal["hoping", "hint", "opinion", "hope", "doubt", "modal"]
    example: str


HEDGES: tuple[Hedge, ...] = (
    # hoping: before the infinitive of a date moved (the ``moved_deadline`` and ``moved_event`` rows,
    # ``core._moved_to``): a thing one hopes, wants or seeks to move is no promise of it
    Hedge("hope", "hoping", "Kenya hopes to postpone the summit to June."),
    Hedge("want", "hoping", "Kenya wants to push back the completion deadline for the Lamu pipeline to December 2031."),
    Hedge("wish", "hoping", "Ghana wishes to postpone the summit until September."),
    Hedge("seek", "hoping", "Kenya is seeking to postpone the summit to June."),
    Hedge("aim", "hoping", "Ghana aims to push back the completion deadline for the Tema pipeline to September 2031."),
    Hedge("try", "hoping", "Kenya tried to push back the summit to June."),
    # hint: a verb of hinting before the subject of its "would" (``core._HINTED_RE``; twenty-second
    # blind check: "his team strongly suggested he would visit the continent by the end of the year")
    Hedge("suggested", "hint", "His aides suggested that President Ruto would visit Ghana by the end of the year."),
    Hedge("hinted", "hint", "President Ruto hinted he would visit Ghana by the end of the year."),
    Hedge("signalled", "hint", "Kenya signalled it would sign the accord by the end of the year."),
    Hedge("signaled", "hint", "Kenya signaled it would sign the accord by the end of the year."),
    Hedge("speculated", "hint", "Officials speculated that the summit would be held in Accra in May."),
    # opinion: after a pronoun, before the future clause (``core._HOPED_THAT_RE``; twenty-ninth blind
    # check: "We think the port will be handed over within one month")
    Hedge("think", "opinion", '"We think the Volta port will be handed over to Ghana within one month," he said.'),
    Hedge("thinks", "opinion", "She thinks the Kenya-Ghana agreement will be signed next month."),
    Hedge("believe", "opinion", '"I believe the Kenya-Ghana agreement will be signed next month," the minister said.'),
    Hedge("believes", "opinion", "He believes the Kenya-Ghana summit will be held in May."),
    Hedge("reckon", "opinion", '"We reckon the Volta bridge will open in May," the minister said.'),
    # hope: before "that" and the clause hoped for, up to its modal (``core._HOPED_THAT_RE``:
    # "expressed hope that the agreement would be signed", "is hopeful that the talks will resume")
    Hedge("hope", "hope", "Kenya expressed the hope that the Kenya-Ghana agreement would be signed next month."),
    Hedge("hopes", "hope", "Ghana hopes that the Kenya-Ghana summit will be held in Accra next month."),
    Hedge("hoped", "hope", "The minister hoped that the Kenya-Ghana agreement would be signed next month."),
    Hedge("hoping", "hope", "Kenya is hoping that the Kenya-Ghana summit will be held in Accra next month."),
    Hedge("hopeful", "hope", "Ghana is hopeful that the Kenya-Ghana talks will resume next month."),
    Hedge("optimistic", "hope", "Kenya is optimistic that the Kenya-Ghana agreement will be signed next month."),
    Hedge("optimism", "hope", "Ghana expressed optimism that the Kenya-Ghana agreement will be signed next month."),
    # doubt: before "for <a thing> to be <done>" (``core._DOUBTED_FOR_RE``; twenty-ninth blind check:
    # "considered it very difficult for the agreement to be signed on 5 December")
    Hedge("difficult", "doubt", "Kenyan negotiators considered it very difficult for the agreement to be signed on 5 December."),
    Hedge("unlikely", "doubt", "It is unlikely for the Kenya-Ghana agreement to be signed on 5 December."),
    Hedge("impossible", "doubt", "Officials said it was impossible for the Kenya-Ghana agreement to be signed on 5 December."),
    Hedge("hard", "doubt", "It will be hard for the Kenya-Ghana agreement to be signed on 5 December."),
    # modal: what only could / may / might / can be scheduled or expected is no plan, read before a
    # "be" that a trigger opens on (``patterns._NOT_HEDGED``; the devcorpus conventions: hedged)
    Hedge("could", "modal", "A Kenyan official said a meeting could be scheduled for next week."),
    Hedge("may", "modal", "A Kenyan official said a meeting may be scheduled for next week."),
    Hedge("might", "modal", "A Kenyan official said a meeting might be scheduled for next week."),
    Hedge("can", "modal", "A Kenyan official said a meeting can be scheduled for next week."),
)


def hedges(reading: str) -> dict[str, str]:
    """The hedging words read in one place (``HEDGES``): word -> its example."""
    return {h.word: h.example for h in HEDGES if h.reading == reading}


HOPING_VERBS = hedges("hoping")
HINT_VERBS = hedges("hint")
OPINION_VERBS = hedges("opinion")
HOPE_WORDS = hedges("hope")
DOUBT_WORDS = hedges("doubt")
HEDGING_MODALS: tuple[str, ...] = tuple(hedges("modal"))

#: verbs of what a project or an agreement brings about, told of a party: "Ghana will receive
#: 1,000 megawatts of the line's power", "the line will reduce the deficit" promise no
#: deliverable (what an agreement "will" do; twenty-second blind check, a power line's reports)
OUTCOME_VERBS: dict[str, str] = {
    "consume": "Kenya will consume 300 megawatts of the exported power.",
    "receive": "Ghana will receive 1,000 megawatts of the exported power.",
    "reduce": "Kenya will reduce its energy deficit by 2032.",
    "generate": "Kenya will generate 500 megawatts from the dam by 2033.",
    "earn": "Ghana will earn 40 million dollars a year in transit fees.",
    "save": "Kenya will save 30 million dollars a year on fuel imports.",
    "export": "Kenya will export 1,300 megawatts of electricity to Ghana from 2033.",
    "import": "Ghana will import 1,300 megawatts of electricity from Kenya from 2033.",
    "gain": "Ghana will gain access to 1,300 megawatts of power by 2033.",
    "benefit": "Ghana will benefit from 1,300 megawatts of power by 2033.",
}

#: verbs of aspiration, process or attitude: "agreed to deepen cooperation" is
#: not a trackable commitment.
ASPIRATION_VERBS: frozenset[str] = frozenset(["continue", "deepen", "strengthen", "enhance", "expand", "broaden", "further", "intensify", "advance", "promote", "explore", "work", "remain", "support", "cooperate", "collaborate", "consider", "seek", "strive", "endeavour", "endeavor", "maintain", "keep", "foster", "encourage", "facilitate", "pursue", "discuss", "speak", "talk", "review", "consult", "coordinate", "stand", "uphold", "safeguard", "respect", "contribute", "help", "look", "engage", "step", "boost", "bolster", "reinforce", "enable", "ensure", "reaffirm", "reiterate", "welcome", "condemn", "oppose", "address", "tackle", "combat", "counter", "fight", "improve", "elevate", "nurture", "deliberate", "examine", "assess", "study", "share", "exchange-views", "remain", "stay", "be", "have", "make", "take", "give", "aim", "hope", "wish", "desire", "intend", "try", "build-on", "develop", "leverage", "harness", "prioritise", "prioritize", "value", "recognise", "recognize", "note", "emphasise", "emphasize", "underline", "underscore", "stress", "become", "get", "seem", "appear", "go", "come", "need", "want", "like", "mean", "cost", "lose", "fall", "rise", "grow", "happen", "face", "hurt", "affect", "depend", "require", "allow", "let", "cause", "fail", "suffer", "remain", "result", "prove", "change", "repeat", *PREVENTION_VERBS, *OUTCOME_VERBS]) - DELIVERABLE_VERBS

#: irregular inflections -> lemma (regular ones are derived automatically).
IRREGULAR_FORMS: dict[str, str] = {
    "held": "hold", "holding": "hold", "met": "meet", "meeting": "meet", "begun": "begin",
    "began": "begin", "beginning": "begin", "undertaken": "undertake", "undertook": "undertake",
    "built": "build", "sent": "send", "set": "set", "setting": "set", "paid": "pay",
    "given": "give", "taken": "take", "done": "do", "made": "make", "put": "put",
    "sought": "seek", "seeking": "seek", "understood": "understand", "brought": "bring",
    "laid": "lay", "led": "lead", "shut": "shut", "cut": "cut", "run": "run",
    "withdrawn": "withdraw", "withdrew": "withdraw", "drawn": "draw", "drew": "draw",
}

#: nominalised deliverables: an aspiration verb whose object is one of these
#: ("undertook to facilitate the issuance of visas") still names a deliverable.
NOMINAL_DELIVERABLES: frozenset[str] = frozenset(["issuance", "establishment", "signing", "signature", "conclusion", "completion", "launch", "opening", "reopening", "release", "return", "transfer", "construction", "holding", "convening", "reconvening", "resumption", "ratification", "finalisation", "finalization", "delivery", "deployment", "exchange", "adoption", "entry",
    # a part of a sum paid ("will receive the second tranche of the payments within weeks"; twenty-eighth
    # blind check)
    "tranche", "instalment", "installment", "disbursement"])


#: a deliverable agreed by its noun: "agreed to / on a 500-for-500 exchange of detainees" is a
#: promise to exchange them (noun -> an example a test runs; its action: ``NOMINAL_ACTIONS``)
AGREED_NOMINALS: dict[str, str] = {
    "exchange": "Kenya and Ghana agreed on a 500-for-500 exchange of detainees.",
    "swap": "The two sides agreed to a prisoner swap next week.",
    "extension": "Kenya and Ghana agreed on a five-day extension of the truce.",
    "resumption": "Kenya and Ghana agreed to the resumption of direct flights in May.",
    "release": "The parties agreed on the release of all detainees by June.",
    "reopening": "Kenya and Ghana agreed to the reopening of the border crossing next month.",
    "withdrawal": "The two sides agreed on the withdrawal of troops from the border zone by May.",
    "holding": "Both leaders agreed to the holding of the 7th Joint Council in Accra in September.",
    "convening": "The ministers agreed on the convening of a joint commission meeting in May.",
    "signing": "Kenya and Ghana agreed on the signing of a visa waiver agreement in June.",
    # the nouns of setting a thing up (seventeenth blind check: "the meeting agreed on the setting up of
    # two working groups"; every noun of ``NOMINAL_DELIVERABLES`` that sets something up)
    "establishment": "The two ministers agreed on the establishment of a joint trade council.",
    "setting up": "The meeting agreed on the setting up of two working groups on trade.",
    "setting-up": "Kenya and Ghana agreed to the setting-up of a border committee in May.",
    "creation": "Kenya and Ghana agreed on the creation of a joint investment fund.",
    "formation": "The leaders agreed on the formation of a joint business council.",
    "launch": "The two sides agreed on the launch of a direct ferry service in June.",
    "opening": "Kenya and Ghana agreed on the opening of consulates in Kumasi and Mombasa.",
}

#: who a directive is addressed to: "the leaders directed their officials to ..."
DIRECTED_ADDRESSEES: tuple[str, ...] = (
    "officials", "senior officials", "ministers", "ministries", "teams", "negotiators",
    "agencies", "authorities", "working groups", "working group", "sherpas", "delegations",
    "foreign ministers", "experts", "governments", "relevant ministries", "trade ministers",
    "defence ministers", "defense ministers", "national security advisers",
    # one party's own government told to act ("the order directed the government to produce an annual
    # report": thirty-eighth blind check)
    "government", "ministry", "agency", "administration",
)

#: event nouns: "the summit will take place", "the next round will be held".
EVENT_NOUNS: frozenset[str] = frozenset(["event", "events", "gathering", "relocation", "redesignation", "deployment", "deployments", "rotation", "rotations", "withdrawal", "handover", "launch", "opening", "reopening", "inauguration", "construction", "meeting", "meetings", "summit", "summits", "dialogue", "dialogues", "talks", "round", "rounds", "conference", "conferences", "retreat", "retreats", "session", "sessions", "consultations", "consultation", "visit", "visits", "forum", "forums", "edition", "exercise", "exercises", "negotiations", "visit", "trip", "ceremony", "signing", "signature", "discussions", "election", "elections", "referendum", "referendums", "polls", "symposium", "symposiums", "symposia",
    # occasions a government or a regulator holds on days (thirty-ninth blind check: "the auction will
    # take place from 10 March", "a public hearing on Dec. 5"; "census" was tried and dropped: a set
    # never read moved the wrong way)
    "auction", "auctions", "hearing", "hearings",
    # cultural occasions held on days (``lexicon.CULTURAL_OCCASIONS``; thirty-seventh blind check)
    *(n + p for n in CULTURAL_OCCASIONS if " " not in n for p in ("", "s")), "celebrations"])

#: body nouns: "the Joint Commission will meet", "the working group will submit".
BODY_NOUNS: frozenset[str] = frozenset(["mission", "missions", "regiment", "regiments", "battalion", "brigade", "division", "squadron", "corps", "unit", "units", "commission", "commissions", "committee", "committees", "group", "groups", "sub-group", "sub-groups", "subgroup", "subgroups", "subcommittee", "subcommittees", "sub-committee", "sub-committees", "council", "councils", "panel", "panels", "taskforce", "task-force", "force", "secretariat", "board", "boards", "mechanism", "mechanisms", "working-group", "working-groups", "team", "teams"])

#: instrument / thing nouns: "the agreement will enable ..." describes what a
#: thing does, not what a party undertakes.
INSTRUMENT_NOUNS: frozenset[str] = frozenset([
    # measures that take effect on a day (thirty-eighth blind check: "the visa exemption will take
    # effect on 10 November", "the carbon tax will take effect in April", "the ban comes into force")
    "tariff", "ban", "bans", "tax", "taxes", "exemption", "waiver", "truce", "quota", "quotas",
    "duty", "duties", "decree", "decrees",
    # and a rate a government sets (thirty-ninth blind check: "the new minimum wage will take effect from
    # January 1", "the rise will take effect in two stages"; "price" was tried and dropped: a set never
    # read moved the wrong way)
    "wage", "wages", "levy", "levies", "fee", "fees", "surcharge", "surcharges",
    "increase", "increases", "hike", "hikes", "rise",
    "agreement", "agreements", "deal", "deals", "contract", "contracts", "licence", "licences", "license", "licenses", "accord", "accords", "pact", "pacts", "protocol", "protocols", "charter", "treaty", "treaties", "memorandum", "memoranda", "memorandums", "memo", "memos", "mou", "mous", "moU", "initiative", "initiatives", "corridor", "corridors", "pipeline", "pipelines", "project", "projects", "programme", "programmes", "program", "programs", "plan", "plans", "framework", "frameworks", "partnership", "partnerships", "centre", "center", "centres", "centers", "facility", "facilities", "fund", "funds", "link", "links", "line", "lines", "road", "roads", "railway", "railways", "highway", "highways", "bridge", "bridges", "port", "ports", "system", "systems", "arrangement", "arrangements", "declaration", "declarations", "statement", "statements", "roadmap", "strategy", "strategies", "package", "packages", "investment", "investments", "cooperation", "relationship", "relations", "ties", "move", "step", "steps", "decision", "decisions", "measure", "measures", "law", "laws", "bill", "bills", "rule", "rules", "policy", "policies", "currency", "economy", "economies", "trade", "sanctions", "tariffs", "visa", "visas", "scheme", "schemes", "platform", "platforms", "network", "networks", "it", "this", "that", "which", "these", "those"])

#: verbs that make an event/body subject a commitment ("will meet", "will be held").
MEETING_VERBS: frozenset[str] = frozenset(
    ["meet", "convene", "reconvene", "gather", "hold", "take", "begin", "start", "open", "commence", "resume", "restart"]
)

#: gerunds / nouns after "look forward to" that name a concrete deliverable.
LOOK_FORWARD_OBJECTS: frozenset[str] = frozenset(["next", "edition", "meeting", "summit", "visit", "round", "session", "dialogue", "early", "conference", "talks"])

#: modifiers dropped from the head of a coordinated subject
#: ("the existing sub-groups on A, B and C" -> "sub-group on A").
HEAD_MODIFIERS_DROPPED: frozenset[str] = frozenset(["the", "a", "an", "its", "their", "our", "these", "those", "existing", "bilateral", "relevant", "respective", "various", "current", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "other", "remaining", "four"])

# --------------------------------------------------------------------------
# Topics
# --------------------------------------------------------------------------

#: topic -> lowercase keywords looked up in the quote.
TOPICS: dict[str, tuple[str, ...]] = {
    "counter-terrorism": ("terror", "counterterror", "counter-terror", "designations",
                          "extremis", "radicalis", "radicaliz"),
    "homeland security": ("homeland security", "border security", "customs"),
    "law enforcement": ("law enforcement", "investigat", "extradit", "police", "fugitive",
                        "accountability", "narcotic", "fentanyl", "drug"),
    "cyber": ("cyber", "digital", "data protection", "artificial intelligence",
              "technology"),
    "defence": ("defence", "defense", "military", "armed forces", "air defence",
                "missile", "security assistance", "exercise", "patrol"),
    "maritime": ("maritime", "coast guard", "naval", "sea", "shipping", "port", "boat"),
    "aviation": ("aviation", "airport", "airline"),
    "trade": ("trade", "tariff", "export", "import", "customs", "supply chain",
              "free trade", "currency", "swap", "financing", "investment"),
    "energy": ("energy", "hydrogen", "oil", "gas", "offshore wind", "nuclear", "carbon",
               "solar", "pipeline", "raw materials"),
    "migration": ("migration", "migrant", "asylum", "refugee", "work permit", "visa",
                  "crossings", "border"),
    "infrastructure": ("infrastructure", "corridor", "railway", "rail", "highway",
                       "transit", "bridge"),
    "diplomacy": ("summit", "dialogue", "consultations", "talks", "meeting", "visit",
                  "retreat", "joint commission", "working group", "sub-group"),
    "capacity building": ("capacity building", "training"),
}

# --------------------------------------------------------------------------
# Restatements (one promise stated two or three times in one document)
# --------------------------------------------------------------------------

#: actions that name the same kind of deliverable when comparing restatements
#: ("will host the summit" / "the summit will take place" / "leaders will meet").
ACTION_FAMILIES: dict[str, str] = {
    "hold": "meet", "meet": "meet", "convene": "meet", "reconvene": "meet", "host": "meet",
    "co-host": "meet", "gather": "meet", "attend": "meet", "participate": "meet", "visit": "meet",
    "conclude": "conclude", "complete": "conclude", "finish": "conclude", "finalise": "conclude",
    "finalize": "conclude", "close": "conclude",
    "sign": "sign", "ink": "sign",
    "launch": "launch", "establish": "launch", "set up": "launch", "create": "launch", "form": "launch",
    "begin": "begin", "start": "begin", "commence": "begin", "resume": "begin", "restore": "begin",
}

#: words of a subject that say nothing about which deliverable it is
SUBJECT_STOPWORDS: frozenset[str] = frozenset([
    "the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "with", "by", "from", "into",
    "its", "their", "his", "her", "our", "this", "that", "these", "those", "next", "first", "new",
    "upcoming", "forthcoming", "meet", "hold", "host", "again"])

#: a subject made only of these words refers back to the deliverable named before
#: ("the event will take place in May 2027")
#: ("the dialogue will be held around Jan. 21" after "their first two-plus-two meeting", Japan-UK
#: 2+2 2014; "The dialogue" after the Senior Officials' Homeland Security Dialogue, India-U.S. 2024)
#: ("the signing is to take place in Accra on Monday" after "Kenya and Ghana will sign a pact")
ANAPHORIC_SUBJECTS: frozenset[str] = frozenset(["event", "meeting", "summit", "talks", "it", "gathering", "visit", "dialogue",
                                                "signing"])

#: a restatement attributed to a written official text is the primary one
#: (regex alternatives, case-insensitive, searched in the sentence)
_OFFICIAL_VERBS = alternation(words(SAYING_VERBS, "official"))
OFFICIAL_SOURCE_PATTERNS: tuple[str, ...] = (
    r"joint[\s-]+statement", r"\b(?:in|the)\s+statement\b", r"communiqu[eé]", r"\bdeclaration\b", r"\breadout\b",
    r"\bpress\s+release\b",  # "the White House said in a press release" (a U.S.-Mexico report, 2021)
    r"\bgovernments\s+(?:" + _OFFICIAL_VERBS + ")", r"\bministry\s+(?:" + _OFFICIAL_VERBS + ")",
)

#: verbs of saying: "pleased to announce that X will ..." is not itself an undertaking
SPEECH_VERBS: frozenset[str] = frozenset(words(SAYING_VERBS, "lemma"))

#: small words allowed inside a list item that names parties or people
NAME_LIST_WORDS: frozenset[str] = frozenset(["and", "or", "the", "of", "as", "well", "in", "attendance"])

#: event nouns of one class name the same kind of gathering when comparing restatements
#: ("an in-person meeting" / "an in-person summit"); a subject naming an event of one
#: class never restates a subject naming none or another class.
EVENT_CLASSES: dict[str, str] = {
    **{w: "meeting" for w in ("meeting", "meetings", "summit", "summits", "talks", "dialogue", "dialogues",
                              "conference", "session", "sessions", "gathering", "consultations", "forum",
                              "ministerial", "event")},
    **{w: "visit" for w in ("visit", "visits", "trip", "tour")},
    # "will meet their US counterparts next week": meeting one's counterparts is a meeting
    **{w: "meeting" for w in ("counterpart", "counterparts")},
    **{w: "negotiation" for w in ("round", "rounds", "negotiations", "negotiation")},
    **{w: "exercise" for w in ("exercise", "exercises", "drill", "drills")},
}

#: verbs that change a quantity, and the quantities that are outcomes rather than
#: deliverables: "agreed to triple two-way trade by 2035" is a target
#: for the economy, not an action either government can be seen to take or miss.
QUANTITY_VERBS: frozenset[str] = frozenset(["double", "triple", "increase", "boost", "raise", "halve", "cut", "reduce"])
#: (abstract objects are no deliverable either: "increase cooperation")
OUTCOME_NOUNS: frozenset[str] = frozenset(
    ["volume", "trade", "investment", "investments", "exports", "imports", "growth", "turnover", "gdp",
     "emissions", "revenue", "revenues", "output", "value", "cooperation", "engagement", "coordination",
     "collaboration", "efforts", "support", "communication", "exchanges", "understanding", "trust", "ties",
     "relations", "interaction", "interactions", "dialogue", "contacts", "awareness", "capacity", "capabilities",
     "pressure", "role", "progress", "pace"])

# --------------------------------------------------------------------------
# Clause rules (each exercised by tests/test_extract_frames.py)
# --------------------------------------------------------------------------

#: words just before a trigger that negate it: "has no plans to", "did not agree to",
#: "has yet to accept", "refused to sign"
NEGATORS_BEFORE_TRIGGER: frozenset[str] = frozenset(words(NEGATORS, "before_trigger"))

#: an event dated by a trigger and then reported called off is no promise: the participles of
#: ``lexicon.CALLING_OFF`` (the table linking reads such reports by) and an occasion said not to
#: happen
CANCELLATION_WORDS: frozenset[str] = frozenset(
    [*calling_off()[1], "not take place", "not be held", "not go ahead"])

#: verbs that put off or call off what they take (``lexicon.CALLING_OFF``'s base forms): deciding
#: to do so to an event ("they decided to defer the Joint Commission") reports a miss, not a new
#: undertaking (a measure put off, "postpone the tariff increase until 2025", stays one); before an
#: event "scheduled for" a date, in any form, the same ("would delay a presidential election
#: scheduled for February"; twenty-fourth blind check)
CANCELLING_VERBS: frozenset[str] = frozenset(calling_off()[0])

#: nouns of a stated goal: "the goal / aim / objective / purpose of the visit is to V" says what
#: is hoped for, not what a party undertakes ("is to" after any other subject is the be_to row's)
GOAL_NOUNS: frozenset[str] = frozenset([
    "goal", "goals", "aim", "aims", "objective", "objectives", "purpose", "intention", "ambition",
    "hope", "vision", "idea", "mission", "target"])
#: of those, the goals that set a deadline: "our target is to sign the accord before the end of
#: the year" names a deliverable and its date, a promise (with a deliverable verb and a date
#: after it only; "the target is to double trade" is an outcome; noun -> example)
TARGET_NOUNS: dict[str, str] = {
    "target": "Our country's target is to sign the accord with Kenya before the end of the year.",
    "targets": "Their targets are to sign the accord and open the consulate by June 2027.",
}

#: verbs of pace: speeding up an abstract outcome ("agreed to expedite progress in ongoing
#: projects", "accelerate the pace of cooperation") is a vague pledge, like a quantity target
#: (an ``OUTCOME_NOUNS`` object); speeding up a named deliverable ("expedite the construction of
#: the rail link") stays one
PACE_VERBS: frozenset[str] = frozenset(["expedite", "accelerate", "fast-track", "hasten", "speed"])

#: objects that make a deliverable verb a figure of speech: "open a new chapter in relations",
#: "open the door to closer ties", "open new avenues" characterise, they deliver nothing; nor
#: does a meeting that "will provide an opportunity to continue the dialogue" (twenty-third blind
#: check)
FIGURATIVE_OBJECTS: frozenset[str] = frozenset([
    "chapter", "page", "era", "door", "doors", "avenue", "avenues", "horizon", "horizons",
    "opportunity", "opportunities",
    # a news outlet's own sign-off: "we will continue to monitor this development and provide further
    # details when available" (thirty-second blind check): information given, no deliverable
    "details", "updates", "information"])
#: goods a promise brings about: as the object of a verb of bringing about
#: (``GOOD_BRINGING_VERBS``) they are a figure too, "deliver lasting benefits / results / dividends
#: to farmers" (a promised good, no act to see); the object of another verb they are a thing
#: handed over, "publish the results of the survey in June" (a deliverable)
PROMISED_GOODS: frozenset[str] = frozenset(["benefits", "results", "dividends"])
GOOD_BRINGING_VERBS: frozenset[str] = frozenset(
    ["deliver", "bring", "yield", "produce", "generate", "reap", "pay"])

#: heads of a named thing that is delivered (built, opened, launched): a capitalised name ending in
#: one, coordinated after another object, is a second deliverable ("launch a stamp on Kamau and
#: Kamau-Mensah Digital Museum": the stamp and the museum; a stamp "on Kamau and Mensah" is one)
NAMED_DELIVERABLE_HEADS: frozenset[str] = frozenset([
    "museum", "centre", "center", "institute", "library", "park", "bridge", "corridor", "fund",
    "university", "hospital", "college", "academy", "exhibition", "gallery", "memorial", "monument",
    "port", "terminal", "airport", "hub", "archive", "portal", "platform", "scholarship", "programme",
    "program", "railway", "highway", "pipeline", "plant"])

#: adjectives that make a trigger word a noun ("their common resolve to")
NOUN_TRIGGER_MODIFIERS: frozenset[str] = frozenset(
    ["shared", "joint", "firm", "strong", "common", "mutual", "steadfast", "unwavering"])

#: prepositions before a gerund trigger that make it a circumstance ("thanks for agreeing to host")
GERUND_PREPS: frozenset[str] = frozenset(["for", "after", "by", "since", "before", "without", "upon", "on"])

#: how a fronted adverbial begins ("After the dinner, Mr A and Mr B will ..."): up to its
#: comma it is not the subject
FRONTED_ADVERBIAL_STARTS: frozenset[str] = frozenset(
    ["following", "through", "during", "after", "before", "in", "on", "at", "with", "under", "for", "by",
     "from", "as part of", "according to", "in addition to", "besides", "meanwhile", "separately", "earlier",
     "later", "prior to", "ahead of", "upon",
     # a fronted connective: "However, the bridge will open in May" (twenty-first blind check)
     "however", "now however", "nevertheless", "nonetheless", "moreover", "furthermore", "in turn",
     # a fronted verbless clause: "Keen to deepen ties with Ghana, Kenya will host ..." (adjective + complement)
     "keen to", "eager to", "determined to", "anxious to", "mindful of", "conscious of", "aware of"])

#: the words that open a condition or a time clause: a plan inside one is no promise ("once
#: ratified, the deal will take effect"; "when the Dialogue reconvenes in 2030, ...")
CONDITION_WORDS: frozenset[str] = frozenset(
    ["if", "unless", "when", "once", "until", "before", "after", "whether", "provided"])

#: plural nouns that name one deliverable: "talks on A, B, and C" are one set of talks
#: (a list under a countable plural is split: "the sub-groups on A, B, and C")
PLURAL_ONLY_NOUNS: frozenset[str] = frozenset(
    ["talks", "consultations", "negotiations", "discussions", "relations", "ties", "affairs", "arrangements"])

# --------------------------------------------------------------------------
# Shapes read after the eleventh blind check (tests/test_extract_shapes11.py runs every example)
# --------------------------------------------------------------------------

#: words of contrast joining two clauses: "While Kenya welcomed the progress, Ghana will host the
#: next session in March." A promise in either half is read (a "while" followed by its own subject
#: and "will" is a contrast, not a time clause: time clauses take the present). "While visiting
#: Accra" (while + -ing) stays a time clause: see ``FRONTED_TIME_CLAUSES``.
CONTRAST_WORDS: dict[str, str] = {
    "while": "Ghana will host the next session in March, while Kenya will convene the working group in June.",
    "whereas": "Ghana will host the next session in March, whereas Kenya will convene the working group in June.",
}

#: a fronted clause naming the occasion of the main clause's promise: its time phrase is the
#: promise's window ("While visiting Accra next week, the minister will sign ..." happens during the
#: visit). (name, pattern (case-insensitive, from the sentence start, up to its comma), example)
FRONTED_TIME_CLAUSES: tuple[tuple[str, str, str], ...] = (
    ("while_ing", r"(?:while|when|whilst)\s+[a-z]+ing\b",
     "While visiting Accra next week, the Kenyan minister will sign a trade agreement."),
    ("talks_with", (r"(?:in|during|at)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+)?"
     r"(?:talks|meeting|meetings|discussions|consultations)\s+with\b"),
     "In his talks with President Mahama next week, President Ruto will sign a visa accord."),
    ("during_event", (r"(?:during|at|on|in\s+the\s+course\s+of)\s+(?:(?:his|her|their|the|a|an|its)\s+)?"
                      r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|meeting|summit|talks|session|forum|conference)\b"),
     "During his state visit to Accra next week, President Ruto will sign a visa accord."),
    ("while_in", r"(?:while|when|whilst)\s+(?:in|at)\s",
     "While in Accra next week, President Ruto will sign a visa accord."),
)

#: quantity nouns before the deliverable: "a number of agreements" is agreements (the head after
#: "of" decides the kind of subject: "A number of agreements will be signed" is an instrument
#: signed). (phrase, example)
QUANTITY_NOUNS: dict[str, str] = {
    "a number of": "A number of agreements will be signed during the visit to Accra in May.",
    "a series of": "A series of talks will be held in Accra in May.",
    "a range of": "A range of agreements will be signed in Accra in May.",
    "a host of": "A host of agreements will be signed in Accra in May.",
    "a raft of": "A raft of agreements will be signed in Accra in May.",
    "a set of": "A set of agreements will be signed in Accra in May.",
    "a couple of": "A couple of agreements will be signed in Accra in May.",
    "a handful of": "A handful of agreements will be signed in Accra in May.",
    "a dozen": "A dozen agreements will be signed in Accra in May.",
    "several": "Several memoranda are also expected to be signed in Accra in May.",
    "various": "Various agreements will be signed in Accra in May.",
    "numerous": "Numerous agreements will be signed in Accra in May.",
    "multiple": "Multiple agreements will be signed in Accra in May.",
}

#: event verbs of a "when" clause that dates the promise by an event: "The agreement will be
#: signed when President Ruto visits Accra next month" (the window is the clause's, the clause is
#: not part of the subject). The clause reads their present tense (``patterns.present_forms``:
#: "meet", "meets"). (verb, example)
WHEN_EVENT_VERBS: dict[str, str] = {
    "visit": "Ghana will open a consulate in Mombasa when President Mahama visits Kenya next year.",
    "meet": "The accord will be signed when the two presidents meet in Accra on May 3.",
    "host": "Kenya will sign the accord when Ghana hosts the summit in June.",
    "travel": "The accord will be signed when President Ruto travels to Accra in June.",
    "convene": "Kenya will present its proposal when the Joint Commission convenes in June.",
    "arrive": "The accord will be signed when President Mahama arrives in Nairobi on June 3.",
    "hold": "Kenya will present its proposal when the council holds its session in June.",
}

#: a definite reference to an event already named, which dates a promise with no time phrase of its
#: own by the nearest earlier dated mention of that event in the document: "President Ruto will visit
#: Accra on May 3. Several agreements are expected to be signed during the visit." (reference word
#: -> the event nouns it names; example)
EVENT_REFERENCES: dict[str, tuple[frozenset[str], str]] = {
    "visit": (frozenset(["visit", "trip", "tour", "stay"]),
              ("President Ruto will visit Accra on May 3. Several agreements are expected to be signed "
              "during the visit.")),
    "summit": (frozenset(["summit"]),
               ("Ghana will host the Kenya-Ghana summit in June. The two leaders will sign a trade accord "
               "at the summit.")),
    "meeting": (frozenset(["meeting", "talks", "session", "commission", "dialogue", "forum", "conference"]),
                ("The Joint Commission will meet in Accra on June 3. A visa accord will be signed at the "
                "meeting.")),
    "occasion": (frozenset(["occasion"]),
                 ("President Ruto will visit Accra on May 3. On the occasion, the two sides will sign a "
                 "visa accord.")),
}

#: the events a reference can name besides its own (``EVENT_REFERENCES``): a summit is a meeting,
#: so "during the meeting" is dated by a summit promised before it. (reference key: (the keys of
#: the events it can refer to, an example whose second promise takes the first's window))
EVENT_REFERENCE_ANTECEDENTS: dict[str, tuple[tuple[str, ...], str]] = {
    "meeting": (("meeting", "summit"),
                ("Kenya and Ghana will hold a summit in Accra on June 3. A visa accord will be signed "
                 "during the meeting.")),
}

#: particles inside a person's name: "Mohammed bin Rashid Al Maktoum", "Abdullah al-Thani" and
#: "Ursula von der Leyen" are one person (a proper-name subject), not a name broken by a small
#: word. (particle, example)
NAME_PARTICLES: dict[str, str] = {
    "bin": "Hamdan bin Rashid will visit Accra in May.",
    "bint": "Latifa bint Ahmed will visit Accra in May.",
    "ibn": "Saud ibn Saqr will visit Accra in May.",
    "al": "Abdullah al-Thani will visit Nairobi in May.",
    "abu": "Ahmed abu Bakr will visit Nairobi in May.",
    "van": "Pieter van Dijk will visit Nairobi in May.",
    "von": "Ursula von Berg will visit Nairobi in May.",
    "der": "Ursula von der Leyen will visit Nairobi in May.",
    "de": "Luis de Souza will visit Accra in May.",
    "da": "Rosa da Costa will visit Accra in May.",
    "dos": "José dos Santos will visit Accra in May.",
}

# --------------------------------------------------------------------------
# Readings added after the tenth blind check (each row's example runs in
# tests/test_extract_frames11.py)
# --------------------------------------------------------------------------

#: verbs by which an occasion holds the signing of an instrument: "the Kenya-Ghana summit will witness
#: the signing of agreements on trade" (sixteenth blind check), "the meeting will allow the signing of
#: two agreements" (an Angolan agency's report, thirty-third blind check); the subject must be an
#: occasion ("President Ruto will witness the signing" is a role at it) -> an example a test reads
SIGNING_AT_OCCASION: dict[str, str] = {
    "witness": "The Kenya-Ghana summit will witness the signing of agreements on trade and energy.",
    "allow": "The Kenya-Ghana summit will allow the signing of two agreements on trade in May.",
    "see": "The Kenya-Ghana summit will see the signing of a trade agreement in May.",
    "feature": "The Kenya-Ghana summit will feature the signing of a trade agreement in May.",
    "include": "The Kenya-Ghana summit will include the signing of a trade agreement in May.",
}

#: sentence adverbs that stand between a subject and its modal or after the modal and say nothing
#: about who undertakes what: "Kenya nevertheless will host ...", "Ghana will therefore host ...",
#: "Kenya, however, will host ...", "the talks will still go ahead"
SENTENCE_ADVERBS: dict[str, str] = {
    "nevertheless": "Kenya nevertheless will host the summit in May.",
    "nonetheless": "Kenya will nonetheless host the summit in May.",
    "therefore": "Ghana will therefore host the summit in May.",
    "however": "Kenya, however, will host the summit in May.",
    "thus": "Ghana will thus host the summit in May.",
    "hence": "Ghana will hence host the summit in May.",
    "still": "The talks will still go ahead in May.",
    "accordingly": "Ghana accordingly will host the summit in May.",
    "consequently": "Ghana consequently will host the summit in May.",
    "meanwhile": "Kenya meanwhile will host the summit in May.",
    "likewise": "Ghana likewise will host the summit in May.",
    "instead": "Kenya will instead host the summit in May.",
    "indeed": "Kenya indeed will host the summit in May.",
    "too": "Ghana too will host a summit in May.",
}

#: verb + particle that say an event happens: "the talks will go ahead in May" is "the talks will
#: take place in May" (the event is held). -> (an example a test runs, whether the subject must be
#: an occasion's noun)
EVENT_HAPPENS: dict[tuple[str, str], tuple[str, bool]] = {
    ("take", "place"): ("The summit will take place in Accra in May.", False),
    ("go", "ahead"): ("The talks will still go ahead in May.", False),
    # an occasion set on a day: "the election would now fall on 14 September" (thirtieth blind
    # check); only of an occasion's noun ("prices will fall on Monday" is no event)
    ("fall", "on"): ("The Kenya-Ghana summit will fall on 1 May.", True),
}

#: a deadline or a date of a thing moved to a new one: "have extended the completion deadline for
#: the Lamu pipeline from December 2030 to December 2031", "the start date for the railway project
#: has been pushed back two years to 2031": the thing promised for the new date (twenty-third
#: blind check). The word before "deadline" / "date", or the gerund after "for", says what is to
#: be done by then -> an example a test runs (the action: ``NOMINAL_ACTIONS``); none of them
#: (the key ""): a completion deadline.
DEADLINE_ACTIONS: dict[str, str] = {
    "": "Ghana has extended the deadline for the Tema pipeline by 180 days to September 2031.",
    "completion": ("Kenya and Ghana have extended the completion deadline for the Lamu pipeline "
                   "from December 2030 to December 2031."),
    "completing": "The deadline for completing the Lamu pipeline was extended to June 2031.",
    "start": "The start date for the Lamu railway project has been pushed back two years to 2031.",
    "starting": "Kenya has moved the date for starting the Lamu railway works to March 2031.",
    # the date a line or plant enters service (twenty-seventh blind check: an interconnector's)
    "commissioning": "The commissioning date of the Lamu power line has been pushed back to December 2031.",
    # the date a thing is launched, opened or begun (thirty-second blind check: a border system's
    # "official commencement date")
    "launch": "The launch date for the Lamu border system has been pushed back to March 2031.",
    "opening": "The opening date of the Lamu terminal has been pushed back to June 2031.",
    "commencement": "The commencement date for the Lamu entry system has been moved to 10 November 2031.",
}
#: what a thing is scheduled for, by its noun: "the bridge is scheduled for completion in 2027" is
#: the bridge completed then, not an occasion held (twenty-seventh blind check). noun -> an example
#: a test runs (the action promised: ``NOMINAL_ACTIONS``)
SCHEDULED_FOR_NOUNS: dict[str, str] = {
    "completion": "The Kenyan section of the railway is scheduled for completion in 2027.",
    "commissioning": "The Lamu power plant is scheduled for commissioning in June.",
    "opening": "The new Kenya-Ghana border post is slated for opening in March.",
    "signing": "The Kenya-Ghana visa agreement is scheduled for signing in May.",
    "signature": "The Kenya-Ghana trade agreement is planned for signature in October.",
}


def nominal_action(noun: str) -> str:
    """The action a nominal names (``NOMINAL_ACTIONS``); no noun before a deadline: completed."""
    return NOMINAL_ACTIONS[noun.lower() or "completion"]


#: the nouns of a deadline moved (what ``HOPING_VERBS`` guard) -> whether the new date is one to be
#: done by ("extended the deadline to December 2031": by then) or the date itself ("the start date
#: ... to 2031": in 2031)
DEADLINE_NOUNS: dict[str, bool] = {"deadline": True, "timeline": True, "target date": False, "date": False}

#: a thing that begins on a date: an instrument that enters into force, a facility that opens
#: ("the agreement will enter into force on 1 January", "two consulates will open in Ghanaian
#: cities next month"). The verb and what follows it -> (the subject kinds it begins for, the
#: action promised, an example a test runs). Read only with a date after it and no condition
#: ("once ratified, the deal will take effect" is no promise; ``extract.core._thing_onset``).
THING_ONSETS: dict[str, tuple[frozenset[str], str, str]] = {
    # an instrument beginning to apply (``lexicon.INSTRUMENT_ONSETS``, read by reports too)
    **{o.phrase: (frozenset(["instrument"]), "bring into effect", o.promised) for o in INSTRUMENT_ONSETS},
    "open": (frozenset(["facility"]), "open",
             "Two Kenyan consulates will open in Ghanaian cities next month."),
    "reopen": (frozenset(["facility"]), "reopen",
               "The border crossing will reopen in June."),
    "become operational": (frozenset(["facility", "body"]), "open",
                           "The joint border post will become operational in May."),
    "begin operations": (frozenset(["facility"]), "open",
                         "The new ferry route will begin operations next week."),
    # (twenty-seventh blind check: a rail line "will commence operations in Jan 2027")
    "commence operations": (frozenset(["facility"]), "open", "The Kenya-Ghana rail line will commence operations in June."),
    # a state it will be in, after "be" (twenty-first blind check)
    "operational": (frozenset(["facility", "body"]), "open",
                    "The Kenya-Ghana pipeline will be operational by October 2033."),
    # (and an infrastructure project as a whole, read as works: "the Lamu project will be fully
    # operational by 2027"; twenty-fourth blind check)
    "fully operational": (frozenset(["facility", "body", "activity"]), "open",
                          "The new ferry terminal is expected to be fully operational in June."),
    "ready": (frozenset(["facility"]), "open", "The Volta bridge is expected to be ready in July."),
    # an instrument's state from a day, after "be": "the revocation will be effective October 12"
    # (thirty-eighth blind check; a calendar date is asked of an instrument: ``core._thing_onset``)
    "effective": (frozenset(["instrument"]), "bring into effect",
                  "The Kenya-Ghana tariff agreement will be effective from 1 July."),
    "start operations": (frozenset(["facility"]), "open",
                         "The rail link is expected to start operations in 2027."),
    # a line's first service (twenty-third blind check)
    "start running": (frozenset(["facility"]), "open", "Kenya's first high-speed train will start running in 2031."),
    "begin running": (frozenset(["facility"]), "open", "Trains on the Lamu line will begin running next May."),
    # a utility's first service: "commercial operation" (gas, power and rail links)
    "begin commercial operation": (frozenset(["facility"]), "open",
                                   "The Kenya-Ghana power line will begin commercial operation in May."),
    "begin commercial operations": (frozenset(["facility"]), "open",
                                    "The new ferry terminal will begin commercial operations next month."),
    "start commercial operation": (frozenset(["facility"]), "open",
                                   "The gas interconnector will, from July, start commercial operation."),
    "start commercial operations": (frozenset(["facility"]), "open",
                                    "The railway is set to start commercial operations in 2027."),
    # a plant's first output (twenty-fourth blind check: a hydropower project "will start generation
    # by next year")
    "start generation": (frozenset(["facility", "activity"]), "open",
                         "The Turkwel hydropower project will start generation by next year."),
    "begin generation": (frozenset(["facility", "activity"]), "open", "The Lamu power plant will begin generation in May."),
    "start production": (frozenset(["facility"]), "open", "The Kenya-Ghana fertiliser plant will start production in 2028."),
    "begin production": (frozenset(["facility"]), "open", "The joint fertiliser plant will begin production in 2029."),
    # a plant or a terminal put into service (thirtieth blind check: LNG terminals, refineries)
    "start operating": (frozenset(["facility"]), "open", "The Tema LNG terminal is expected to start operating by the end of 2031."),
    "begin operating": (frozenset(["facility"]), "open", "The Lamu refinery will begin operating in May."),
    "start producing": (frozenset(["facility"]), "open", "The Port Harcourt refinery will start producing fuel this year."),
    "begin producing": (frozenset(["facility"]), "open", "The Lamu refinery will begin producing diesel in May."),
    "come on stream": (frozenset(["facility"]), "open", "The Tema gas plant will come on stream before the end of this year."),
    "come online": (frozenset(["facility"]), "open", "The Lamu power station will come online in June."),
    # a facility put into service, in the words of many officials' English (thirty-ninth blind check:
    # airports that "would come into operation from early 2021", aircraft that "enter service")
    "come into operation": (frozenset(["facility"]), "open", "The Kisumu airport will come into operation from early 2027."),
    "go into operation": (frozenset(["facility"]), "open", "The Lamu power line will go into operation in June."),
    "enter into operation": (frozenset(["facility"]), "open", "The Kenya-Ghana cable will enter into operation in 2028."),
    "come into service": (frozenset(["facility"]), "open", "The new Kisumu terminal will come into service in May."),
    "go into service": (frozenset(["facility"]), "open", "The Lamu ferry will go into service next month."),
    "enter service": (frozenset(["facility"]), "open", "The new Mombasa ferry will enter service in 2029."),
    # a rate a government sets, moved to a new level on a day (thirty-ninth blind check: minimum
    # wages; a calendar date is asked of an instrument: ``core._thing_onset``)
    "rise to": (frozenset(["instrument"]), "raise", "The Kenyan minimum wage will rise to 120 shillings an hour on 1 July."),
    "increase to": (frozenset(["instrument"]), "increase", "The Kenyan fuel levy will increase to 20 shillings on 1 July."),
    "go up to": (frozenset(["instrument"]), "raise", "The Kenyan minimum wage will go up to 130 shillings in January 2031."),
    "raised to": (frozenset(["instrument"]), "raise", "The Kenyan minimum wage will be raised to 120 shillings on 1 July."),
    "increased to": (frozenset(["instrument"]), "increase", "The Ghanaian port levy will be increased to 2% from 1 March."),
    # (and put there, after "be": "is going to be officially brought into operation from January 1")
    "brought into operation": (frozenset(["facility"]), "open",
                               "The Kisumu airport will be officially brought into operation on 1 January 2031."),
    "put into operation": (frozenset(["facility"]), "open", "The Lamu power line will be put into operation in June."),
    "brought into service": (frozenset(["facility"]), "open", "The new Mombasa ferry will be brought into service in May."),
    "put into service": (frozenset(["facility"]), "open", "The Kisumu terminal will be put into service in March."),
    "go online": (frozenset(["facility"]), "open", "The Volta power line will go online in June."),
    # an activity that begins: "work on the project would begin next year" (sixteenth blind check);
    # an instrument or a programme on a calendar date: "the deal is set to begin in 2025" (thirty-seventh);
    # and a service: "domestic flights will begin in February", "direct flights will start in June"
    # (thirtieth blind check: an airport's flights; tests/test_extract_blind62.py)
    "begin": (frozenset(["activity", "facility", "instrument"]), "begin", "The minister said that work on the bridge would begin next year."),
    "start": (frozenset(["activity", "facility", "instrument"]), "start", "Construction of the Kenya-Ghana pipeline will start in 2027."),
    "commence": (frozenset(["activity", "facility", "instrument"]), "commence", "Production at the joint gas field will commence in May."),
    # works begun on the ground (nineteenth blind check)
    "break ground": (frozenset(["facility", "activity"]), "break ground",
                     "The Lamu canal project is scheduled to break ground on 5 August."),
}

#: works and operations a government starts ("work on the project will begin next year"): the head
#: noun of a subject that ``THING_ONSETS`` reads as an activity (a facility's noun, "flights", is
#: read as a facility first: not listed here)
ACTIVITY_NOUNS: frozenset[str] = frozenset([
    "work", "works", "construction", "production", "operations", "exports", "imports",
    "shipments", "deliveries", "drilling", "exploration", "dredging", "demarcation", "repatriation",
    # troops leaving (thirtieth blind check: "the drawdown of the troops will begin before May 1")
    "drawdown", "pullout",
    # (thirty-first blind check: "the withdrawal will begin in May", "the liquidation shall begin on 1
    # January")
    "withdrawal", "disengagement", "liquidation",
    "project", "projects",
    # a stage of works and the steps of bringing them into service: "the second phase of the works
    # is expected to be completed in June", "testing and commissioning will begin in June"
    # (twenty-seventh blind check)
    "phase", "phases", "stage", "stages", "testing", "commissioning", "installation",
    # the first works of a plant: "first concrete pouring is scheduled for early 2026" (twenty-eighth
    # blind check)
    "pouring", "laying",
])

#: places and services a government opens ("the embassy will open in May"): the head noun of a
#: subject that ``THING_ONSETS`` reads as a facility
FACILITY_NOUNS: frozenset[str] = frozenset([
    "embassy", "embassies", "consulate", "consulates", "consulate-general", "office", "offices",
    "crossing", "crossings", "border", "borders", "checkpoint", "checkpoints", "post", "port",
    "ports", "seaport", "seaports", "airport", "airports", "route", "routes", "flight", "flights", "link", "line", "railway",
    "bridge", "centre", "center", "centres", "centers", "plant", "corridor", "terminal", "terminals",
    "refinery", "refineries",
    "branch", "mission", "pipeline", "zone", "interconnector", "interconnection",
    # a part of a line and what runs on it: "the first section will open by 2027", "the
    # high-speed train will start running in 2031" (twenty-third blind check)
    "section", "sections", "stretch", "train", "trains",
    # works built (``lexicon.WORKS_NOUNS``: their head noun, singular and plural)
    *(h + end for w, _ex in WORKS_NOUNS for h in (w.split()[-1],) for end in ("", "s")),
])

#: what is done to a facility (``FACILITY_NOUNS``) or to works (``ACTIVITY_NOUNS``) in a promise
#: told in the passive: "the border crossing will be reopened on 31 January", "the works will be
#: completed by 2034" (twenty-first blind check). lemma -> (the kinds of subject, example)
THING_PASSIVES: dict[str, tuple[frozenset[str], str]] = {
    "open": (frozenset(["facility"]), "The Kenya-Ghana border crossing will be opened in June."),
    "reopen": (frozenset(["facility"]), "The border will be reopened on 31 January."),
    "inaugurate": (frozenset(["facility"]), "The Kenya-Ghana railway will be inaugurated in March."),
    "commission": (frozenset(["facility"]), "The new ferry terminal will be commissioned in June."),
    "complete": (frozenset(["facility", "activity"]), "The works will begin in 2032 and will be completed by 2034."),
    "finish": (frozenset(["facility", "activity"]), "Construction of the bridge is expected to be finished by 2034."),
    # a power line or plant put under power (twenty-seventh blind check)
    "energise": (frozenset(["facility"]), "The Kenya-Ghana transmission line is expected to be energised by November."),
    "energize": (frozenset(["facility"]), "The Kenya-Ghana power line is expected to be energized before November."),
}

#: the subjects of a passive that are no thing handed over or done (``core``: a thing a deliverable
#: verb or a verb of ``lexicon.HANDING_OVER`` is done to, with a date, is a promise; thirtieth blind
#: check): an outcome (``PROMISED_GOODS``: "benefits will be delivered"), a thing said ("the
#: judgment will be delivered on 5 May")
GOODS_NOT_HANDED: frozenset[str] = PROMISED_GOODS | frozenset([
    "benefit", "result", "dividend", "outcome", "outcomes",
    "speech", "speeches", "address", "message", "messages", "remarks", "lecture", "statement",
    "verdict", "judgment", "judgement", "ruling", "opinion", "justice", "services"])

#: an event noun going on or happening at a later time: "the talks will continue next week" is
#: the talks held again then, "our next meeting will happen in the near future" the meeting held
#: (an event subject only, and a time or place right after the verb: "the exercise will continue
#: until Friday" goes on, it is not held again; verb -> example)
EVENT_GOES_ON: dict[str, str] = {
    "continue": "The talks are set to continue next week in Accra.",
    "happen": "Our next meeting will happen in the near future.",
    "occur": "The next round of talks will occur in Accra next month.",
}
#: the words after such a verb that begin its new time or place
EVENT_GOES_ON_NEXT: frozenset[str] = frozenset(["next", "on", "in", "tomorrow", "later", "after", "this", "at"])

#: going somewhere without a named event: the arrival or departure of a traveller at a
#: place is a visit to that place (verb -> the preposition before the place); "for the
#: summit" after it makes it attending the summit (``TRAVEL_FOR_VERBS``)
TRAVEL_VISIT_VERBS: dict[str, tuple[str, str]] = {
    "depart": ("for", "President Ruto will depart for Accra on Monday."),
    "leave": ("for", "President Ruto will leave for Accra on Monday."),
    "arrive": ("in", "President Mahama is scheduled to arrive in Nairobi on 3 May."),
    "fly": ("to", "President Ruto will fly to Accra on Monday."),
    "come": ("to", "President Ruto will come to Accra next week."),
    # (twenty-seventh blind check: "the president will head to Tashkent for a three-day visit")
    "head": ("to", "President Ruto will head to Accra on Monday."),
    # (fortieth blind check: "the President will go to Russia next month")
    "go": ("to", "President Ruto will go to Accra next month."),
}

# --------------------------------------------------------------------------
# Readings after the eleventh blind check's failures (examples run in
# tests/test_extract_blind11.py)
# --------------------------------------------------------------------------

#: verbs placing an event before or after another: the event that is the subject is held
#: ("a business forum will follow the opening ceremony"; the object must be an event too)
SEQUENCE_VERBS: dict[str, str] = {
    "follow": "A business forum will follow the opening ceremony in Kumasi.",
    "precede": "A meeting of trade ministers will precede the summit on 19 July.",
}

# --------------------------------------------------------------------------
# Readings after the twelfth blind check's failures (examples run in
# tests/test_extract_blind12.py)
# --------------------------------------------------------------------------

#: verbs of asking as the action of a modal ("the AU will demand both sides to honour the deal"):
#: a demand announced is an ask of others, not a deliverable of the speaker
ASK_AS_ACTION_VERBS: dict[str, str] = {
    "demand": "Ghana will now firmly demand both sides to honour the deal if they want its support.",
}

#: words marking a report of speech as made earlier than the document ("earlier it was reported
#: that the meeting would be held on 25 March"): the future-in-the-past it reports is a plan
#: restated, not announced (word -> example)
EARLIER_REPORT_MARKERS: dict[str, str] = {
    "earlier": "Earlier it was reported that the Ruto-Mahama meeting would be held on 25 March.",
    "previously": "It was previously reported that the summit would be held in Accra in May.",
}

#: the record of an earlier meeting that a party undertakes to implement: "committed to
#: implementing the outcomes of the Lome meeting" with no time of its own is a pledge to abide by
#: what was agreed (a reaffirmation), not a new deliverable (noun -> example)
IMPLEMENTED_RECORDS: dict[str, str] = {
    "outcomes": ("Both sides committed to implementing the outcomes of the Special Meeting between Foreign "
                 "Minister Mensah, Ghana's envoy, and Paul Otieno, Kenya's envoy, held in Lome on 2 March 2026, "
                 "hosted by Togo."),
    "decisions": "Kenya and Ghana will implement the decisions of the Lome summit.",
    "understandings": "The two sides agreed to implement the understandings reached in Accra.",
    "conclusions": "Kenya and Ghana will implement the conclusions of the last Joint Commission.",
}

#: a deliverable verb followed by a particle that makes it an aspiration: "build on the momentum"
#: ((verb, particle) -> example)
ASPIRATION_PHRASALS: dict[tuple[str, str], str] = {
    ("build", "on"): "The two delegation leaders agreed to build on the positive momentum.",
    ("build", "upon"): "Kenya and Ghana will build upon the progress made in Accra.",
}

#: documents handed over or published: like instruments, they are delivered in the passive
#: ("the results of the meeting will be submitted to the observer team") (noun -> example)
DOCUMENT_NOUNS: dict[str, str] = {
    "results": "The results of the meeting will be submitted to the AU observer team.",
    "report": "A report on the truce will be submitted to both governments in April.",
    "findings": "The findings of the joint survey will be published in June.",
    "recommendations": "The recommendations of the panel will be presented to the ministers in May.",
}

#: participles and prepositions-like words that open a post-modifier of the subject's head: the
#: head is the noun before them ("a temporary observer mission consisting of defence attachés will
#: be stationed ...": mission; "two agreements related to energy will be signed": agreements)
#: (word -> example)
POSTMODIFIER_WORDS: dict[str, str] = {
    "consisting": "A small observer mission consisting of officers from Togo will be stationed in Kenya.",
    "comprising": "An observer mission comprising officers from Togo will be stationed in Ghana.",
    "related": "At least two agreements related to energy trade will be signed.",
    "relating": "Two agreements relating to energy trade will be signed in Accra.",
    "regarding": "Two agreements regarding hydropower will be signed in Accra.",
    "led": "An observer mission led by Togo will be deployed along the border.",
    "headed": "An observer mission headed by a Togolese general will be deployed along the border.",
    # works between two places: the places are no party to the promise (twenty-first blind check)
    "linking": "The bridge linking Kenya's Mombasa and Ghana's Tema will open in a test mode by September 1.",
    "connecting": "The railway connecting Kenya and Ghana will be opened by the end of this year.",
}

#: states a party keeps up until a date: "maintain the ceasefire until May 6" is a promise for that
#: period (keeping verbs: maintain, keep, observe, uphold, extend), with no end date an aspiration
#: ("maintain the ceasefire") (noun -> example)
HELD_STATES: dict[str, str] = {
    "ceasefire": "Kenya and Ghana agreed to maintain the ceasefire until May 6.",
    "truce": "Both sides agreed to keep the truce until the talks in June.",
    "moratorium": "Ghana will keep the moratorium on fishing until 30 June.",
    "freeze": "Kenya will maintain the freeze on new levies until the end of April.",
}


#: every verb a frame judges through a table of its own (the aspirations, the travel, hosting,
#: reviewing, sequence and onset rows, the quantities, the cancellations): a frame's judgment of a
#: clause with one of these verbs stands, and the open reading (``core._open_future``) reads only
#: the others (a deliverable verb among them: the frames refuse it for its subject's kind, which
#: the open reading weighs by asking a dated window instead)
FRAMED_VERBS: frozenset[str] = frozenset().union(
    ASPIRATION_VERBS, TRAVEL_FOR_VERBS, TRAVEL_VISIT_VERBS, HOST_FOR_VERBS,
    REVIEW_VERBS, AGENDA_TALK_VERBS, AGENDA_TALK_OBJECT_VERBS, DESCRIPTION_VERBS, QUANTITY_VERBS,
    CANCELLING_VERBS, PACE_VERBS, GOOD_BRINGING_VERBS, SEQUENCE_VERBS, WHEN_EVENT_VERBS, EVENT_GOES_ON,
    ASK_AS_ACTION_VERBS, (phrase.split()[0] for phrase in THING_ONSETS),
    (verb for verb, _noun in EVENT_HAPPENS))
