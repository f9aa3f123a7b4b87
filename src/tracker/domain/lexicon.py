"""The lexicon: words that the date finder, the date grammar, extraction and
linking all read, defined once: month and day names, verbs of saying,
negators and ordinals.

Every fragment here is data (a table or a regular expression built from one);
``tests/test_lexicon.py`` runs an example for each. The word tables say, row
by row, which places read a word (``uses``): the places read different
subsets on purpose (a verb that ends a subject clause need not introduce a
quoted statement), and the table makes the differences visible in one place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: The months, in order (January is month 1).
MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)

#: Every spelling of a month, lower-case, to its number: full names, the
#: three-letter abbreviations, and "sept".
MONTH_NUMBER: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)},
    **{name.lower()[:3]: i for i, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}

#: Regular-expression fragments (no groups that capture).
#: A full month name: "January".
MONTH_FULL = "(?:" + "|".join(MONTH_NAMES) + ")"
#: A month name or abbreviation: "January", "Jan.", "Sept". An abbreviation
#: takes its full stop; a full name ends at its word end (the full stop after
#: "on 20 May." ends the sentence, not the month).
MONTH_ANY = ("(?:(?:" + "|".join(MONTH_NAMES) + ")\\b"
             + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b))")
#: A month name or abbreviation, without the end condition (for patterns that
#: say themselves what follows): "Sept" in "Sept 5".
MONTH_WORD = ("(?:" + "|".join(MONTH_NAMES)
              + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
#: The lower-case start of any month word, to be followed by ``[a-z]*``.
MONTH_PREFIX = "(?:" + "|".join(n.lower()[:3] for n in MONTH_NAMES) + "|sept)"
#: Every month word, lower-case, space-separated (keyword lists of the grammar).
MONTH_WORDS = " ".join(
    [n.lower() for n in MONTH_NAMES]
    + [n.lower()[:3] for n in MONTH_NAMES if n != "May"] + ["sept"])


def month_number(word: str) -> int:
    """The number of a month word ("Sept." -> 9); KeyError when it is none."""
    w = word.strip(". ").lower()
    return MONTH_NUMBER[w] if w in MONTH_NUMBER else MONTH_NUMBER[w[:3]]


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """The words as regex alternatives, in the order given, a space standing
    for any white space: ("according to", "said") -> r"according\\s+to|said"."""
    return "|".join(w.replace(" ", r"\s+") for w in words)


#: The days of the week, in order (Monday is day 0, as ``date.weekday()``).
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
#: The three-letter start of a day's name, lower-case, to its number.
WEEKDAY_NUMBER: dict[str, int] = {name.lower()[:3]: i for i, name in enumerate(WEEKDAY_NAMES)}
#: A full day name: "Monday".
WEEKDAY_FULL = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
#: A full day or month name: "Monday", "June" (a date word, not a name).
DAY_OR_MONTH_FULL = "(?:" + "|".join(WEEKDAY_NAMES + MONTH_NAMES) + ")"


class Word(NamedTuple):
    """A row of a word table: the word (lower case; a space stands for any
    white space), the places that read it (``uses``), and a sentence it
    occurs in, which ``tests/test_lexicon.py`` runs through each of them."""

    word: str
    uses: frozenset[str]
    example: str


def _row(word: str, uses: str, example: str) -> Word:
    return Word(word, frozenset(uses.split()), example)


def words(table: tuple[Word, ...], use: str) -> tuple[str, ...]:
    """The words of ``table`` one place reads, in table order."""
    found = tuple(r.word for r in table if use in r.uses)
    if not found:
        raise KeyError(f"no word of the table has the use {use!r}")
    return found


#: Verbs (and a few phrases) of saying, and where each is read. The uses:
#:
#: ``boundary``   a clause boundary looking back from a trigger to its subject
#:                (``extract.patterns.BOUNDARY_RE``; ``extract.core`` then calls
#:                the subject's clause reported speech)
#: ``that``       before "that", the clause is reported speech
#:                (``extract.patterns.SAY_THAT_VERBS``)
#: ``after_comma`` after a comma and a few words, it ends an object phrase
#:                ("…, the minister said"; ``extract.patterns.CLAUSE_END_RE``)
#: ``before_day`` before a day name it ends an object phrase ("… said Tuesday")
#: ``anywhere``   an attribution anywhere in a masked clause (``extract.core``)
#: ``bare``       directly before its complement's subject, no "that"
#:                ("said the talks would …"; ``extract.core``)
#: ``before``     a saying before the trigger (``extract.core.SAY_BEFORE_RE``)
#: ``verb``       the clause's own verb is one of saying (``extract.core``)
#: ``intro``      a sentence that introduces a quoted statement
#:                (``extract.statements``)
#: ``pluperfect`` after "had": a report of the past (``extract.statements``)
#: ``official``   after "governments"/"ministry": an official restatement
#:                (``extract.tables.OFFICIAL_SOURCE_PATTERNS``)
#: ``lemma``      the base form after "pleased to": not itself an undertaking
#:                (``extract.tables.SPEECH_VERBS``)
#: ``tell``       with its hearer between it and "that", the clause is reported
#:                speech ("told the minister that", ``extract.patterns.SAY_THAT_VERBS``)
SAYING_VERBS: tuple[Word, ...] = (
    _row("said", "boundary that after_comma before_day anywhere bare before verb intro "
         "pluperfect official", "The minister said that the sides will meet."),
    _row("says", "boundary that after_comma before_day anywhere bare before verb intro",
         "The ministry says that the treaty will be signed."),
    _row("say", "boundary that lemma", "Officials say that the plant will open in May."),
    _row("told", "after_comma before_day anywhere before tell",
         "The envoy told reporters on Monday that the sides will meet."),
    _row("assured", "tell", "The president assured his Ghanaian counterpart that the road will open."),
    _row("reminded", "tell", "The minister reminded the delegates that the talks will resume."),
    _row("briefed", "tell", "Officials briefed the press that the summit will be held in May."),
    _row("notified", "tell", "Kenya notified the commission that it will host the session."),
    _row("announced", "boundary that after_comma anywhere bare before before_day verb intro pluperfect "
         "official", "The two leaders announced that a summit will be held."),
    _row("added", "boundary that after_comma anywhere bare before verb intro pluperfect",
         "She added that the work will continue."),
    _row("stated", "boundary that after_comma anywhere bare before verb intro pluperfect "
         "official", "The communiqué stated that both sides will cooperate."),
    _row("states", "intro", "The declaration states: the parties will meet yearly."),
    _row("noted", "boundary that after_comma before verb intro pluperfect",
         "The report noted that the office will open."),
    _row("notes", "intro", "The statement notes: both sides will cooperate."),
    _row("confirmed", "boundary bare before verb",
         "The ministry confirmed the talks will resume."),
    # its hearer after "to": "confirmed to the news agency that ..." (twenty-fourth blind check)
    _row("confirmed to", "tell", "The ministry confirmed to reporters that the talks will resume."),
    _row("declared", "boundary that intro pluperfect",
         "The president declared that the border will reopen."),
    _row("stressed", "boundary", "He stressed that the deal will be signed."),
    _row("underlined", "boundary", "The ministers underlined that aid will continue."),
    _row("reported", "boundary that before before_day",
         "The agency reported that the plant will reopen."),
    _row("indicated", "that", "Officials indicated that the talks will resume."),
    _row("informed", "that after_comma tell", "The embassy informed that the visa rules will change."),
    _row("explained", "that", "The spokesman explained that the review will end soon."),
    _row("revealed", "that", "The minister revealed that a new port will be built."),
    _row("disclosed", "that", "The company disclosed that it will close the mine."),
    _row("pointed out", "boundary that", "He pointed out that two accords would be signed."),
    # the participles of a saying added to a clause: "..., adding that three consulates will open"
    _row("adding", "that", "He praised the talks, adding that three consulates will open in May."),
    _row("saying", "that", "She hailed the visit, saying that the road will reopen in May."),
    _row("noting", "that", "He welcomed the deal, noting that it will be signed in May."),
    _row("stressing", "that", "She hailed the talks, stressing that the treaty will be signed in May."),
    _row("pointing out", "that", "He praised the visit, pointing out that a forum will be held in May."),
    _row("mentioned", "boundary that", "The envoy mentioned that the office will open in May."),
    _row("emphasised", "boundary", "The minister emphasised that the road will open in May."),
    _row("emphasized", "boundary", "The minister emphasized that the road will open in May."),
    _row("highlighted", "boundary", "She highlighted that the fund will be launched in June."),
    _row("clarified", "that", "The ministry clarified that the talks will resume in May."),
    _row("affirmed", "intro", "The leaders affirmed: the partnership will grow."),
    _row("read", "intro pluperfect", "The joint statement read: the sides will meet."),
    _row("reads", "intro", "The text reads: both will invest in ports."),
    _row("according to", "anywhere before",
         "According to the ministry, the talks will resume in June."),
    _row("announce", "that lemma", "We are pleased to announce that the office will open."),
    _row("confirm", "that lemma", "I can confirm that the visit will take place."),
    _row("note", "lemma", "We are pleased to note that the fund will grow."),
    _row("inform", "lemma", "I am pleased to inform you that the talks will resume."),
    _row("report", "lemma", "We are happy to report that the road will open."),
    _row("state", "lemma", "I am pleased to state that aid will continue."),
    _row("add", "lemma", "I am glad to add that the second phase will start."),
    _row("declare", "lemma", "I am proud to declare that the fair will open."),
    _row("welcome", "lemma", "We are pleased to welcome that the port will reopen."),
    _row("share", "lemma", "We are pleased to share that the centre will open."),
)

#: Negators, and where each is read. The uses:
#:
#: ``verb``           in the verb slot of a trigger (``extract.core``)
#: ``before_trigger`` just before a trigger it negates it ("has no plans to";
#:                    ``extract.tables.NEGATORS_BEFORE_TRIGGER``)
#: ``before_event``   just before an event verb in a report it makes it negative
#:                    evidence ("has not yet been held"; ``linking.events``)
#: ``before_base``    just before the base form of a verb of a thing done ("have yet to sign
#:                    the treaty": not signed; ``linking.events.NOT_YET_BASE``). Not "not":
#:                    "did not sign a peace treaty after the war" is history, no report
#: "n't" is a contraction: its row is matched without a word start before it.
#: The contraction of "not" ("haven't"): no word start before it.
CONTRACTED_NOT = "n't"
NEGATORS: tuple[Word, ...] = (
    _row("not", "verb before_trigger before_event",
         "The ministers will not meet this year."),
    _row("never", "verb before_trigger before_event",
         "The sides have never met."),
    _row("no", "verb before_trigger", "The government has no plans to sign."),
    _row("n't", "before_trigger before_event", "The talks haven't been held."),
    _row("yet to", "before_trigger before_event before_base", "The committee has yet to meet."),
    _row("failed to", "before_trigger before_event before_base", "The parties failed to agree on a text."),
    _row("refused to", "before_trigger", "The minister refused to sign the accord."),
    _row("declined to", "before_trigger", "The envoy declined to attend the summit."),
)


#: Participles (and an adjective) that put an event on the calendar: "is set to meet", "the
#: summit, scheduled for May", "an accord due to be signed", and where each is read. The example
#: is a sentence of the word in a promise; the tests put the word in each place's sentence. The uses:
#:
#: ``expected_to`` after "is / are": the ``expected_to`` trigger ("are set to hold";
#:                 ``extract.patterns.COMMITMENT_TRIGGERS``, and its keyword gate)
#: ``with_to``    without an auxiliary after "with": the ``with_set_to`` trigger ("with both
#:                 sides due to sign")
#: ``for``        before "for": the ``scheduled_for`` triggers ("is scheduled for May", "Scheduled
#:                 for May, the forum ...", "the forum, slated for May, ...")
#: ``future_at``  a future clause right after a time phrase ("... next week is set to", the
#:                 phrase belongs to the clause's subject: ``extract.core._FUTURE_AT_RE``)
#: ``relative``   a relative clause dating its antecedent (", which is scheduled to be held in
#:                 June": ``extract.core._DATING_RELATIVE_RE``)
#: ``bare``       between an event noun and "to be held / signed" without a verb ("an agreement
#:                 due to be signed": ``extract.core._BARE_SCHEDULE_WORDS``)
#: ``absolute``   an absolute clause dating a first meeting (", with the first round set for May":
#:                 ``extract.core._ABSOLUTE_EVENT_RE``)
#: ``old_date``   the old date of an event put off ("the summit, first set for February, ...":
#:                 ``extract.core._OLD_DATE_RE``)
#: ``talks_with`` the promise after a fronted "In his talks with X" ("..., Ruto is expected to ...":
#:                 ``extract.core._TALKS_WITH_RE``)
#: ``trip``       a trip before ", where" ("is due to travel to Accra, where ...":
#:                 ``extract.core._TRIP_BEFORE_WHERE_RE``)
#: ``inner``      a relative clause set off inside a sentence ("President Mensah, who is due to
#:                 visit Nairobi in June, ...": ``extract.core._INNER_RELATIVE_RE``)
#: ``adverb``     after an adverb put between a subject and its verb ("Kenya now is expected to
#:                 sign": ``extract.core._PRE_MODAL_ADVERB_RE``)
#: ``open``       a firm schedule before "to" in the last reading of a sentence no frame read ("the
#:                 bridge is scheduled to open in December": ``extract.patterns.OPEN_FUTURE_RE``;
#:                 not "expected", a hedge there)
#: (``linking.events`` reads these words in lists of its own)
SCHEDULE_WORDS: tuple[Word, ...] = (
    _row("set", "expected_to with_to for future_at relative bare absolute old_date talks_with trip inner adverb open",
         "Kenya and Ghana are set to sign a trade accord in May."),
    _row("scheduled", "expected_to with_to for future_at relative bare absolute old_date talks_with trip inner adverb "
         "open",
         "The Joint Commission is scheduled for early May in Accra."),
    _row("due", "expected_to with_to future_at relative bare absolute old_date talks_with trip inner adverb open",
         "The two ministers are due to sign a visa accord on May 2."),
    _row("expected", "expected_to future_at relative bare absolute old_date talks_with trip adverb",
         "Kenya and Ghana are expected to launch a trade council in June."),
    _row("slated", "expected_to with_to for relative bare absolute old_date adverb open",
         "The Kenya-Ghana forum is slated for June in Nairobi."),
    _row("planned", "expected_to for old_date open", "The Kenya-Ghana summit is planned for March in Accra."),
    # the register of official translations: "the first consultations are envisaged for next year"
    _row("envisaged", "for old_date open", "The first Kenya-Ghana consultations are envisaged for next year."),
    _row("foreseen", "for old_date open", "The next session of the Joint Commission is foreseen for May."),
    _row("poised", "expected_to with_to open", "Kenya and Ghana are poised to sign a ports accord in July."),
    # a works project's progress report stating its date: "The rail link is on track to begin
    # passenger service in January 2027" (thirty-fifth blind check)
    _row("on track", "expected_to adverb", "The Kenya-Ghana rail link is on track to open in January."),
    # a plan's schedule: "according to the delivery schedule, Kenya is supposed to receive the first jet
    # by mid-2031" (thirty-sixth blind check)
    _row("supposed", "expected_to", "Kenya is supposed to receive the first six jets from Ghana in June."),
    # a thing's future told as a plan: "the airport is going to be officially brought into operation
    # from January 1" (thirty-ninth blind check; a party's "is going to" is ``plans_to``'s)
    _row("going", "expected_to", "The Kisumu airport is going to open on 1 January."),
    # a trip begun in the present: "Kenya's foreign minister is off to visit Ghana and Togo this week"
    # (forty-third blind check)
    _row("off", "expected_to", "Kenya's foreign minister is off to visit Ghana and Togo this week."),
)


class Onset(NamedTuple):
    """A phrase of an instrument beginning to apply: the promise's form with an example, and the
    report's forms, each with an example."""

    phrase: str  # "enter into force": what a promise says the instrument will do
    promised: str
    done: tuple[tuple[str, str], ...]  # ("entered into force", example): what a report says it did


#: An instrument beginning to apply, one fact read on both sides: a promise that "the agreement will
#: enter into force on 1 January" (``extract.tables.THING_ONSETS``) and a report that it "entered
#: into force" (``linking.events.TOOK_EFFECT``), which keeps it.
INSTRUMENT_ONSETS: tuple[Onset, ...] = (
    Onset("enter into force", "The agreement will enter into force on 1 January 2027.", (
        ("entered into force", "The Kenya-Ghana trade agreement entered into force on 9 September."),)),
    Onset("come into force", "The new visa rules will come into force in March.", (
        ("came into force", "The Kenya-Ghana trade agreement came into force on 9 September."),
        ("come into force", "The Kenya-Ghana trade agreement has come into force on 9 September."))),
    Onset("take effect", "The trade pact is set to take effect on 1 July.", (
        ("took effect", "The Kenya-Ghana trade agreement took effect on 9 September."),
        ("taken effect", "The Kenya-Ghana trade agreement has taken effect on 9 September."))),
    Onset("come into effect", "The treaty will come into effect next month.", (
        ("came into effect", "The Kenya-Ghana trade agreement came into effect on 9 September."),)),
    Onset("enter into effect", "The accord would enter into effect in January, the minister said.", (
        ("entered into effect", "The Kenya-Ghana trade agreement entered into effect on 9 September."),)),
    # the legal register's "become effective" (thirty-eighth blind check: sanctions revoked, tariffs)
    Onset("become effective", "The Kenya-Ghana trade agreement will become effective on 1 July.", (
        ("became effective", "The Kenya-Ghana trade agreement became effective on 9 September."),)),
)


class Ordinal(NamedTuple):
    """An ordinal word, its number, and a phrase it occurs in."""

    word: str
    number: int
    example: str


#: Ordinal words: "the fifth round", "the twentieth meeting". Digits with a
#: suffix ("20th") and compounds ("twenty-first") are read by rule
#: (``linking.bodies.ordinal_value``); the first four also name halves and
#: quarters of a year (``temporal``).
ORDINALS: tuple[Ordinal, ...] = (
    Ordinal("first", 1, "the first meeting of the working group"),
    Ordinal("second", 2, "the second round of talks"),
    Ordinal("third", 3, "the third quarter of 2025"),
    Ordinal("fourth", 4, "the fourth summit"),
    Ordinal("fifth", 5, "the fifth strategic dialogue"),
    Ordinal("sixth", 6, "the sixth joint commission"),
    Ordinal("seventh", 7, "the seventh session"),
    Ordinal("eighth", 8, "the eighth ministerial meeting"),
    Ordinal("ninth", 9, "the ninth round"),
    Ordinal("tenth", 10, "the tenth meeting"),
    Ordinal("eleventh", 11, "the eleventh session"),
    Ordinal("twelfth", 12, "the twelfth joint working group"),
    Ordinal("thirteenth", 13, "the thirteenth dialogue"),
    Ordinal("fourteenth", 14, "the fourteenth meeting"),
    Ordinal("fifteenth", 15, "the fifteenth round"),
    Ordinal("sixteenth", 16, "the sixteenth session"),
    Ordinal("seventeenth", 17, "the seventeenth meeting"),
    Ordinal("eighteenth", 18, "the eighteenth round"),
    Ordinal("nineteenth", 19, "the nineteenth session"),
    Ordinal("twentieth", 20, "the twentieth meeting"),
    Ordinal("thirtieth", 30, "the thirtieth anniversary summit"),
    Ordinal("fortieth", 40, "the fortieth session"),
    Ordinal("fiftieth", 50, "the fiftieth meeting"),
)
#: Every ordinal word to its number.
ORDINAL_NUMBER: dict[str, int] = {o.word: o.number for o in ORDINALS}
#: An ordinal as a regex alternation: "11th", "twenty-first", "third", "inaugural" (no groups).
ORDINAL_RE: str = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty)[-\s](?:"
    + "|".join(o.word for o in ORDINALS if o.number < 10) + r")|"
    + "|".join(sorted(ORDINAL_NUMBER, key=len, reverse=True))
    + r"|inaugural)"
)
#: The ordinals that name a half or a quarter of a year ("the first quarter").
QUARTER_ORDINALS: tuple[str, ...] = tuple(o.word for o in ORDINALS if o.number <= 4)


#: Titles of office-holders, as written before a name (capitalised: the places read them case
#: by case, "President Mahama", not "the president"), and a few words of standing, and where each
#: is read. The example is the phrase the title opens; the tests put the word in each place's
#: sentence. The uses:
#:
#: ``people``   before the names of people meeting or received ("President Ruto met President
#:              Mahama", ``linking.events.PEOPLE_MET``) and of people whose country a sentence
#:              names (``linking.events.people_countries``): ``OFFICE_TITLE``
#: ``call_on``  after "call on": a courtesy call on an office-holder is a meeting with them
#:              ("will call on President Mahama"; ``extract.core.LIGHT_VERB_IDIOMS``)
#: ``receive``  after "receive": receiving an office-holder is a meeting with them ("will receive
#:              President Mahama in Nairobi"; ``extract.core.LIGHT_VERB_IDIOMS``)
#: ``person``   who "talks with ..." names is a person of standing ("In his talks with President
#:              Mahama next week, ..."; ``extract.core._PERSON_WORD_RE``)
#: ``subject``  the title's last word, lower case, heads a clause's subject that is a party's
#:              office-holder ("The deputy speaker of Ghana's parliament will visit Kenya in May";
#:              ``extract.tables.AGENT_WORDS``)
OFFICE_TITLES: tuple[Word, ...] = (
    _row("President", "people call_on receive person subject", "President Mahama"),
    _row("Prime Minister", "people call_on receive person subject", "Prime Minister Owusu"),
    _row("Premier", "people call_on receive person subject", "Premier Owusu"),
    _row("Chancellor", "people call_on receive person subject", "Chancellor Berg"),
    _row("King", "people call_on receive person subject", "King Osei"),
    _row("Foreign Minister", "people receive person subject", "Foreign Minister Ablakwa"),
    _row("Minister", "people call_on receive person subject", "Minister Ablakwa"),
    _row("Secretary", "people call_on receive person subject", "Secretary Mensah"),
    _row("Vice President", "call_on receive person subject", "Vice President Asante"),
    _row("Vice", "person", "Vice Chair Asante"),
    _row("Queen", "call_on receive person subject", "Queen Ama"),
    _row("Crown Prince", "call_on receive person subject", "Crown Prince Kofi"),
    _row("Prince", "call_on receive person subject", "Prince Kofi"),
    _row("Emir", "call_on receive person subject", "Emir Hamdan"),
    _row("Sultan", "call_on receive person subject", "Sultan Saqr"),
    _row("Speaker", "call_on receive subject", "Speaker Bagbin"),
    _row("Governor", "call_on subject", "Governor Mensah"),
    _row("Chairman", "subject", "Chairman Nguyen"),
    _row("Chairwoman", "subject", "Chairwoman Nguyen"),
    _row("Chairperson", "subject", "Chairperson Nguyen"),
    _row("Chief", "call_on", "Chief Nana Mensah"),
    _row("His", "call_on receive", "His Majesty the King"),
    _row("Her", "call_on receive", "Her Majesty the Queen"),
    _row("Sheikh", "person", "Sheikh Hamdan"),
    _row("Excellency", "person", "Her Excellency Ama Asante"),
    _row("counterpart", "person subject", "his Ghanaian counterpart"),
    _row("counterparts", "person subject", "their Ghanaian counterparts"),
    _row("leader", "person subject", "the Ghanaian leader"),
    _row("leaders", "person subject", "Ghana's leaders"),
)
#: Any title of ``OFFICE_TITLES`` that ``people`` reads (a fragment, no group that captures; case as written).
OFFICE_TITLE = "(?:" + alternation(words(OFFICE_TITLES, "people")) + ")"


class Works(NamedTuple):
    """A kind of works: its family's words (a pattern), an example, and the plain nouns a works
    deliverable is named by (each with an example)."""

    kind: str
    pattern: str
    example: str
    nouns: tuple[tuple[str, str], ...] = ()


#: Works built, one row per kind: a thing opened or begun, never held. A promise of one is kept by a
#: report of the same kinds (``works_kinds``; the linker's works fallback): the families ("railway"
#: and "rail line" are rail, "motorway" and "highway" road). Their plain nouns (``WORKS_NOUNS``)
#: are a kind of deliverable (``match.DELIVERABLE_KINDS``, "works") and a thing made as an initiative
#: is (``bodies.head_class``).
WORKS: tuple[Works, ...] = (
    Works("bridge", r"bridges?", "Ghana will open the Volta bridge in March.",
          (("bridge", "Ghana will open the Volta bridge in March."),)),
    Works("rail", r"railways?|railroads?|rail\s+(?:lines?|links?|bridges?|tracks?)|trains?",
          "The Mombasa-Accra railway will open to traffic in December.",
          (("railway", "The Mombasa-Accra railway will open to traffic in December."),
           ("rail line", "Kenya and Ghana will open the coastal rail line in June."))),
    Works("road", r"highways?|motorways?|expressways?|(?:road|automobile)\s+bridges?|roads?",
          "Construction of the Nairobi-Accra highway will start next year.",
          (("highway", "Construction of the Nairobi-Accra highway will start next year."),)),
    Works("pipeline", r"pipelines?|pipes?|interconnectors?|interconnections?|gas\s+(?:links?|connections?)",
          "The Kenya-Ghana gas interconnector will be operational by the end of 2033.",
          (("pipeline", "Work on the Kenya-Ghana gas pipeline will begin in 2032."),)),
    Works("power", (r"power\s+(?:plants?|stations?|lines?|cables?)|hydro(?:electric|power)\s+(?:plants?|projects?|stations?)"
                    r"|(?:power|subsea|undersea|submarine|electricity)\s+(?:cables?|links?|interconnectors?)"
                    # the grid's parts (twenty-seventh blind check: a four-country interconnector)
                    r"|sub-?stations?|transmission\s+lines?"),
          "The Volta hydropower plant will start operating in 2034.",
          (("power plant", "The Tema power plant will enter service in 2033."),
           ("power station", "Kenya will commission the Olkaria power station in June."),
           ("hydropower plant", "The Volta hydropower plant will start operating in 2034."),
           ("substation", "The Nairobi substation of the Kenya-Ghana line will be completed next month."),
           ("transmission line", "The Kenya-Ghana transmission line will be energised in November."))),
    Works("canal", r"canals?", "Kenya will begin construction of the Lamu canal in August.",
          (("canal", "Kenya will begin construction of the Lamu canal in August."),)),
    Works("dam", r"dams?", "The two countries will break ground on the Tana dam in May.",
          (("dam", "The two countries will break ground on the Tana dam in May."),)),
    Works("tunnel", r"tunnels?", "Boring of the Nairobi tunnel will begin in April.",
          (("tunnel", "Boring of the Nairobi tunnel will begin in April."),)),
    Works("airport", r"airports?", "The new Kisumu airport will open in July.",
          (("airport", "The new Kisumu airport will open in July."),)),
    Works("port", r"(?:sea)?ports?|(?:ferry|container|lng|gas)\s+terminals?", "The Lamu container terminal will open in June."),
    # a plant that makes goods (thirty-seventh blind check: car and battery factories, refineries):
    # opened late, its opening put off by years
    Works("plant", r"factor(?:y|ies)|refiner(?:y|ies)|plants?|(?:manufacturing|assembly|production|processing)\s+"
                   r"(?:facilit(?:y|ies)|sites?)",
          "Kenya Motors will open its Accra factory in July 2031.",
          (("factory", "Kenya Motors will open its Accra factory in July 2031."),
           ("refinery", "The Lamu refinery will begin operating in May."))),
)
#: The plain nouns of works (``WORKS``), singular, lower case; a plural "s" is read with each. (word, example)
WORKS_NOUNS: tuple[tuple[str, str], ...] = tuple(n for w in WORKS for n in w.nouns)
#: The one-word nouns of ``WORKS_NOUNS``: a name ending in one names works, not a party ("Nairobi
#: Eastlands Airport": ``extract.core._subject_kind``), and no word of a name of works is one
#: ("Airport": ``linking.match.works_names``).
WORKS_HEADS: frozenset[str] = frozenset(w for w, _ex in WORKS_NOUNS if " " not in w)
#: Any noun of ``WORKS_NOUNS``, singular or plural (a fragment, no group that captures).
WORKS_NOUN = "(?:(?:" + alternation(tuple(w for w, _ex in WORKS_NOUNS)) + ")s?)"
#: The kinds of works and their families' patterns (``WORKS``). (kind, pattern, example)
WORKS_KINDS: tuple[tuple[str, str, str], ...] = tuple((w.kind, w.pattern, w.example) for w in WORKS)
_WORKS_KIND_RES = tuple((kind, re.compile(r"(?i)\b(?:" + rx + r")\b")) for kind, rx, _ex in WORKS_KINDS)


def works_kinds(text: str) -> frozenset[str]:
    """The kinds of works a text names (``WORKS_KINDS``)."""
    return frozenset(kind for kind, rx in _WORKS_KIND_RES if rx.search(text))


#: the span of a report read in the document's title (``linking.events.HEADLINE_PRESENT``): at no
#: offset of the body
HEADLINE_SPAN = (0, 0)


def at_no_offset(start: int | None, end: int | None) -> bool:
    """Does a report stand at no offset of its body: read in the title (``HEADLINE_SPAN``), or given
    no span? (A body sentence has characters.) Such a report comes after the body's of its source and
    is shown in its title (``linking.match.text_order``, ``app.queries.review_context``; here, where
    both read it without loading the linker)."""
    return not end


#: the action a nominal names: "the signing of" is to sign, "the completion deadline" is one to
#: complete by. One table, shared: each reading of extraction (agreed by its noun, a deadline moved,
#: scheduled for: ``extract.tables``) chooses the nouns it reads, each with its own example a test runs;
#: the linker reads "completed the withdrawal" as withdrawn (``linking.events``, ``DONE``).
NOMINAL_ACTIONS: dict[str, str] = {
    "exchange": "exchange", "swap": "exchange", "extension": "extend", "resumption": "resume",
    "release": "release", "reopening": "reopen", "withdrawal": "withdraw", "holding": "hold",
    "convening": "convene", "signing": "sign", "signature": "sign", "establishment": "establish",
    "setting up": "set up", "setting-up": "set up", "creation": "create", "formation": "form",
    "launch": "launch", "opening": "open", "completion": "complete", "completing": "complete",
    "start": "start", "starting": "start", "commissioning": "commission", "commencement": "commence",
}


#: the action of a report of a thing done by a verb of no other class ("Ghana released 200 Kenyan
#: fishermen on Monday", "the ban was lifted on 1 June"): it keeps only a promise of the same verb
#: (``DONE_VERBS``' base form, the promise's action), by the same words (``linking.match._fulfil``)
DONE = "done"
#: the verbs of such reports: the form reported -> (the promise's base form, an example). Thirty-first
#: blind check: releases, bans lifted, ambassadors appointed, withdrawals, deadlines of peace deals.
DONE_VERBS: dict[str, tuple[str, str]] = {
    "released": ("release", "Ghana released 200 Kenyan fishermen on Monday, 3 June."),
    "freed": ("free", "Ghana freed 200 Kenyan fishermen on Monday, 3 June."),
    "lifted": ("lift", "Kenya lifted the ban on Ghanaian poultry imports on Monday, 3 June."),
    "removed": ("remove", "Kenya removed Ghana from its list of high-risk countries on 3 June."),
    "appointed": ("appoint", "Kenya appointed its first ambassador to Ghana on Monday, 3 June."),
    "repatriated": ("repatriate", "Ghana repatriated 40 Kenyan nationals on Monday, 3 June."),
    "withdrew": ("withdraw", "Kenya withdrew its remaining troops from Ghana on Monday, 3 June."),
    "withdrawn": ("withdraw", "The remaining Kenyan troops were withdrawn from Ghana on Monday, 3 June."),
    "pulled out": ("pull out", "Kenya pulled out its remaining troops from Ghana on Monday, 3 June."),
    "completed": ("complete", "Kenya completed its troop withdrawal from Ghana on Monday, 3 June."),
    "deployed": ("deploy", "Kenya deployed 400 police officers to Ghana on Monday, 3 June."),
    "issued": ("issue", "Kenya issued the first e-visas to Ghanaian traders on Monday, 3 June."),
    "submitted": ("submit", "The joint committee submitted its final report to the ministers on 3 June."),
    "disbursed": ("disburse", "Kenya disbursed the second loan tranche to Ghana on Monday, 3 June."),
    "restored": ("restore", "Kenya restored diplomatic relations with Ghana on Monday, 3 June."),
    "granted": ("grant", "Kenya granted visa-free entry to Ghanaian citizens on Monday, 3 June."),
    "extradited": ("extradite", "Ghana extradited the two Kenyan suspects on Monday, 3 June."),
    # a place left for good: "the last Kenyan soldiers left the country on Friday" (the subject is
    # read with the place: ``linking.events``)
    "left": ("leave", "The remaining Kenyan soldiers left Ghana on Monday, 3 June."),
    "departed": ("depart", "The remaining Kenyan soldiers departed Ghana on Monday, 3 June."),
    # measures and memberships (thirty-eighth blind check: accessions, carbon taxes, currencies, bans,
    # funds paid; the promise's own verb, by its words)
    "introduced": ("introduce", "Kenya introduced its carbon tax on Monday, 3 June."),
    "implemented": ("implement", "Kenya implemented the visa waiver for Ghanaians on Monday, 3 June."),
    "imposed": ("impose", "Kenya imposed the new tariffs on Ghanaian steel on Monday, 3 June."),
    "adopted": ("adopt", "Ghana adopted the single currency on Monday, 3 June."),
    "approved": ("approve", "The fund's board approved Kenya as its host on Monday, 3 June."),
    "joined": ("join", "Ghana joined the customs union on Monday, 3 June."),
    "acceded": ("accede", "Ghana acceded to the customs union on Monday, 3 June."),
    "paid": ("pay", "Kenya paid the $100 million compensation to Ghanaian farmers on Monday, 3 June."),
    "donated": ("donate", "Kenya donated 2 million vaccine doses to Ghana on Monday, 3 June."),
    "abolished": ("abolish", "Kenya abolished visas for Ghanaian citizens on Monday, 3 June."),
    "banned": ("ban", "Kenya banned plastic carrier bags on Monday, 3 June."),
    "revoked": ("revoke", "Kenya revoked the sanctions on Ghanaian officials on Monday, 3 June."),
    "rescinded": ("rescind", "Kenya rescinded the travel ban on Ghanaian officials on Monday, 3 June."),
}
#: verbs of a thing done that keep each other's promises: the base forms of one deed
DONE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset(["withdraw", "pull out", "leave", "depart", "exit"]),
    frozenset(["join", "accede"]),
    # a measure ended: "will revoke the sanctions", then "lifted the sanctions"
    frozenset(["lift", "revoke", "rescind", "remove"]),
    frozenset(["pay", "contribute", "disburse"]),
)
#: words for the same people in a report and a promise: "the last French soldiers left" keeps "will
#: withdraw its troops" (word -> the word both are read as, by the linker's word overlap)
SAME_WORDS: dict[str, str] = {
    "soldier": "troop", "soldiers": "troop", "troops": "troop", "servicemen": "troop",
    "peacekeepers": "troop", "peacekeeper": "troop",
    # fighter jets are aircraft: "the first fighter" is "the first F-16 aircraft" (thirty-sixth blind
    # check; helicopters and drones stay their own)
    "fighter": "aircraft", "fighters": "aircraft", "jet": "aircraft", "jets": "aircraft",
    "warplane": "aircraft", "warplanes": "aircraft",
}
#: things that serve another thing and are not it: a promise of the tickets for a train is not kept
#: by the train running, nor one of the train by the tickets sold (the linker's word overlap is nil
#: when one deliverable's head is one of these and the other's is not the same; thirty-fifth blind
#: check: "Van-Tehran train tickets" against "the Van-Tehran passenger train"). noun -> example
ACCESSORY_NOUNS: dict[str, str] = {
    "ticket": "Tickets for the Accra-Nairobi train will go on sale on 20 February.",
    "tender": "The tender for the Accra-Kumasi bridge will be issued in May.",
    "contract": "The contract for the Accra-Kumasi bridge will be awarded in May.",
    "loan": "The loan for the Accra-Kumasi bridge will be signed in May.",
    "study": "A feasibility study of the Accra-Kumasi bridge will be completed in May.",
    "design": "The design of the Accra-Kumasi bridge will be finished in May.",
    "test": "Tests of the Accra-Nairobi train will begin in May.",
}
#: the verbs of a deed finished whose object names the deed by its noun ("completed the withdrawal
#: of its troops": withdrawn, ``NOMINAL_ACTIONS``)
COMPLETING_VERBS: frozenset[str] = frozenset(["completed", "finished"])


#: a deed's noun right after a verb of finishing ("completed | its troop withdrawal")
_NOMINAL_OBJECT = re.compile(r"(?i)\s*(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?("
                             + "|".join(sorted(NOMINAL_ACTIONS, key=len, reverse=True)) + r")\b")


def done_bases(verb: str, obj: str) -> frozenset[str]:
    """The base forms a report of a thing done (``DONE_VERBS``) keeps a promise of: its own, the
    deed's its object names after a verb of finishing ("completed its withdrawal from Ghana":
    withdraw), and their synonyms (``DONE_SYNONYMS``)."""
    row = DONE_VERBS.get(verb.lower())
    bases = {row[0]} if row else set()
    if verb.lower() in COMPLETING_VERBS and (m := _NOMINAL_OBJECT.match(obj)) is not None:
        bases.add(NOMINAL_ACTIONS[m.group(1).lower()])
    return frozenset(bases).union(*(g for g in DONE_SYNONYMS if g & bases))


#: The nouns of an occasion: a sitting of people held on a day or days (not a body that sits, not an
#: instrument signed). One row each: noun -> an example a test runs. Read where a noun decides
#: whether a phrase names an occasion (``occasion_noun``): ``linking.events`` (a thing "for" an
#: occasion is the occasion's, an occasion begun, the meeting of others a relative clause is about)
#: and ``linking.match`` (a promise to be decided at a meeting).
OCCASION_NOUNS: dict[str, str] = {
    "meeting": "The Kenya-Ghana Joint Commission will hold its third meeting in May.",
    "session": "The third session of the Kenya-Ghana Joint Commission opened in Accra on Monday.",
    "sitting": "The Kenya-Ghana Joint Commission will hold a sitting in Accra in May.",
    "summit": "The Kenya-Ghana summit will be held in Mombasa in May.",
    "talks": "The third round of Kenya-Ghana talks began in Accra on Monday.",
    "round": "The fourth round of the Kenya-Ghana trade negotiations opened in Nairobi.",
    "consultations": "Kenya and Ghana held consultations in Accra on Monday.",
    "negotiations": "The negotiations for the Kenya-Ghana trade agreement resumed in Accra.",
    "dialogue": "The Kenya-Ghana strategic dialogue will meet in Nairobi in May.",
    "conference": "The Kenya-Ghana investment conference opened in Accra on Monday.",
    "edition": "The fifth edition of the Kenya-Ghana forum was held in Accra.",
    "deliberations": "The committee began its deliberations in Accra on Monday.",
}


#: The nouns of a cultural occasion a government promises: a show or a festival held or opened on
#: days, not a meeting of anyone (thirty-seventh blind check: years of culture between two countries).
#: noun -> an example a test runs. Read by extraction (``extract.tables.EVENT_NOUNS``: "the festival
#: will take place in May"), by reports ("the Kenya-Ghana cultural festival kicked off on Monday":
#: ``linking.events``, an occasion named by its noun) and by the matcher (their own kind of
#: deliverable, ``linking.match.DELIVERABLE_KINDS``: a meeting does not keep a festival).
CULTURAL_OCCASIONS: dict[str, str] = {
    "festival": "Kenya and Ghana will hold a cultural festival in Nairobi in May.",
    "exhibition": "A Kenyan art exhibition will be held in Accra in May.",
    "concert": "A joint concert of Kenyan and Ghanaian musicians will take place in Accra on 5 May.",
    "expo": "The Kenya-Ghana trade expo will take place in Nairobi in June.",
    # a year two countries give to their culture, tourism or friendship: launched and closed like a festival
    "year of culture": "The Kenya-Ghana Year of Culture will kick off in Nairobi on Tuesday.",
    "year of tourism": "The Kenya-Ghana Year of Tourism will open in Accra in January.",
    "year of friendship": "The Kenya-Ghana Year of Friendship will be launched in Nairobi in March.",
    # (the same year named with its noun last: "the Kenyan tourism year will be launched in Ghana")
    "tourism year": "The Kenyan tourism year will be launched in Ghana in January.",
    "culture year": "The Kenya-Ghana culture year will open in Accra in March.",
    "cultural year": "The Kenya-Ghana Cultural Year will kick off in Nairobi in February.",
    "friendship year": "The Kenya-Ghana Friendship Year will be launched in Accra in April.",
}
#: Any name of ``CULTURAL_OCCASIONS``, singular or plural (a fragment, no group that captures).
CULTURAL_OCCASION = "(?:(?:" + alternation(tuple(CULTURAL_OCCASIONS)) + ")s?)"


def occasion_noun() -> str:
    """Any noun of ``OCCASION_NOUNS``, singular or plural, as a regex (no groups; whole words)."""
    return r"\b(?:" + "|".join(sorted(OCCASION_NOUNS)) + r")s?\b"


#: plans put off, before the verb of what was planned (a fragment, no group that captures): "would delay
#: | plans to | begin operations at its plant until 2031", read by extraction (a promise for the new date,
#: ``extract.patterns`` ``moved_event``) and by reports (works put off, ``linking.events``); thirty-seventh
#: blind check
PLANS_TO = r"(?:its\s+|their\s+)?plans?\s+to\s+"


#: the action of a report of goods handed over, and the class of a promise of it (``linking.events``
#: reads the report, ``linking.match.DELIVER`` is the class)
DELIVERED = "deliver"
#: The verbs of handing goods over: base form -> (its participle, an example). A promise of one is
#: of its own action class (``linking.match.DELIVER``), kept only by a report that the goods were
#: delivered; extraction reads the one-word ones in the passive of a thing with a date
#: (``extract.core``, with ``extract.tables.GOODS_NOT_HANDED``); the linker reads "delivered" and
#: "handed over" as reports (``linking.events``). Thirtieth blind check: warships, jets and vaccines.
HANDING_OVER: dict[str, tuple[str, str]] = {
    "deliver": ("delivered", "The first Kenyan corvette is scheduled to be delivered to Ghana by 2031."),
    "hand over": ("handed over", "The first six jets will be handed over to Ghana in June."),
    "send": ("sent", "A first shipment of 800,000 doses will be sent to Ghana this weekend."),
    "ship": ("shipped", "The two patrol boats will be shipped to Ghana in June."),
    "supply": ("supplied", "Ten locomotives will be supplied to the Ghana Railway Company by May 2031."),
    "transfer": ("transferred", "The six jets are expected to be transferred to Ghana in the second quarter of 2031."),
    "donate": ("donated", "A further 500,000 doses will be donated to Ghana in July."),
    "dispatch": ("dispatched", "The relief cargo will be dispatched to Accra on Monday."),
}


#: Goods handed over, one row per kind: what a subject of "arrived" or "docked" names when the
#: arrival is a delivery, not a visit ("the first six jets arrived in Kenya"; ``goods_kinds``, read
#: by ``linking.events.GOODS_ARRIVED``; thirtieth blind check: warships, fighter jets and vaccines,
#: in three dialogues). A fallback that kept a promise of goods by any later delivery of the same
#: kind between its parties was tried and dropped: batches of the same goods are many. (kind,
#: pattern, example)
GOODS_KINDS: tuple[tuple[str, str, str], ...] = (
    ("vessel", (r"(?:war)?ships?|vessels?|corvettes?|frigates?|submarines?|destroyers?|cutters?"
               r"|(?:patrol|naval|coast\s+guard)\s+(?:boats?|craft)"),
     "The first corvette will be delivered to the Kenyan Navy by 2031."),
    ("aircraft", r"aircraft|(?:fighter\s+)?jets?|fighters?|warplanes?|helicopters?|drones?|F-\d+s?",
     "Ghana will deliver the first six jets to Kenya in June."),
    ("vaccine", r"vaccines?|(?:vaccine\s+)?doses",
     "A first shipment of 800,000 doses will be sent to Ghana this weekend."),
    ("artillery", r"howitzers?|artillery|battle\s+tanks|(?:armou?red|combat)\s+vehicles?|missile\s+systems?|launchers?",
     "The first twelve howitzers will be delivered to Kenya in 2031."),
    ("rolling stock", r"locomotives?|wagons|coaches|buses",
     "Ten locomotives will be supplied to the Ghana Railway Company by May 2031."),
)
_GOODS_KIND_RES = tuple((kind, re.compile(r"(?i)(?<![\w-])(?:" + rx + r")(?![\w-])")) for kind, rx, _ex in GOODS_KINDS)


def goods_kinds(text: str) -> frozenset[str]:
    """The kinds of goods a text names (``GOODS_KINDS``)."""
    return frozenset(kind for kind, rx in _GOODS_KIND_RES if rx.search(text))


#: any goods noun of ``GOODS_KINDS``, as a regex (no groups; whole words)
_GOODS_NOUN = r"(?<![\w-])(?:" + "|".join(rx for _kind, rx, _ex in GOODS_KINDS) + r")(?![\w-])"
_NOT_IN_GOODS = r"(?!(?:on|for|with|about|in|to|from|at|by|and|that|which|as)\b)"
#: a noun phrase naming goods, as a regex (no groups): up to eight words before a noun of
#: ``GOODS_KINDS`` and three after it, none a preposition or conjunction ("the first of 16 new
#: F-16 military jets", "the first F-16 Block 70 aircraft"; not "training on the jets")
GOODS_PHRASE = (r"(?:" + _NOT_IN_GOODS + r"[\w'’-]+\s+){0,8}?" + _GOODS_NOUN
                + r"(?:\s+" + _NOT_IN_GOODS + r"[\w'’-]+(?=[\s,.;:]|$)){0,3}")

#: the action of a promise of goods taken in by their recipient (of the delivery class with
#: ``DELIVERED``'s: ``linking.match.DELIVER``)
TAKE_DELIVERY = "take delivery"

#: Goods taken in by their recipient, one fact read on both sides (thirty-sixth blind check: jets,
#: air-defence systems): a promise that "Kenya will receive the first six jets in June" or "take
#: delivery of" them (``extract.core.LIGHT_VERB_IDIOMS``, action ``TAKE_DELIVERY``), and a report
#: that it "received" them (``linking.events.GOODS_RECEIVED``), a delivery. Only with goods of
#: ``GOODS_KINDS`` as the object ("will receive President Mahama" is a meeting, "receive $500
#: million" funds). base form -> (its past, an example of the promise).
TAKING_DELIVERY: dict[str, tuple[str, str]] = {
    "receive": ("received", "Kenya will receive the first six jets from Ghana by mid-2031."),
    "take delivery of": ("took delivery of", "The Kenyan Air Force is slated to take delivery of the corvette in 2031."),
    "welcome": ("welcomed", "On April 12, Kenya will officially welcome its first jet."),
}

#: Goods arriving, said of the goods (thirtieth and thirty-sixth blind checks): a report that they
#: "arrived", "landed" (``linking.events.GOODS_ARRIVED``) is one of their delivery. (A promise that
#: "the first six jets are expected to arrive in June" read as one of their delivery was tried and
#: dropped: it cost a never-read set a false promise, docs/accuracy.md.) base form -> (its past, an
#: example of the goods arriving).
GOODS_ARRIVING: dict[str, tuple[str, str]] = {
    "arrive": ("arrived", "The first six jets are expected to arrive in Kenya in June 2031."),
    "dock": ("docked", "The two patrol boats will dock in Mombasa on 12 April 2031."),
    "land": ("landed", "The first two jets will land in Kenya on 12 April 2031."),
    "touch down": ("touched down", "The first jets are expected to touch down in Kenya in the first quarter of 2031."),
}


#: Polls, one row per word (its pattern, an example): a promise to hold one is kept or missed by
#: reports of the polls themselves, not of the body that runs them ("the Election Commission said
#: the local elections, scheduled for March 9, stand postponed": the elections were put off, not the
#: commission; ``linking.events`` reads the report, ``linking.match._polls_put_off`` the miss).
#: Thirty-first blind check: elections promised and put off.
#: the poll that puts a question to the voters rather than choosing officers: a referendum is not the
#: election of the same country (``poll_kind``)
REFERENDUM = r"referendum"
POLLS: tuple[tuple[str, str], ...] = (
    (r"(?:by-)?elections?", "Kenya will hold the county elections on 9 March."),
    (r"polls", "The local polls in Ghana have been postponed to April."),
    (REFERENDUM, "The constitutional referendum will take place in June."),
    # a vote named by its level is a poll ("a vote in parliament" is none; thirty-sixth blind check)
    (r"(?:presidential|parliamentary|legislative|general|local)\s+votes?",
     "Kenya's presidential vote will take place in August."),
)
#: any poll of ``POLLS``, as a regex fragment (whole words, no groups, no flags): what every reader
#: of a poll's name builds on (``POLLS_RE``, ``POLLS_HELD``, ``linking.events``' poll readings)
POLL_WORD = r"\b(?:" + "|".join(rx for rx, _ex in POLLS) + r")\b"
POLLS_RE = re.compile(r"(?i)" + POLL_WORD)

#: A poll held, told by what the voting did rather than by "the election was held" (which the
#: linker's framed reading gives): one row per shape, its pattern (group ``v``: the verb; the
#: poll is the one the sentence names, ``POLLS``) and an example (``linking.events.polls_held``,
#: ``linking.match._polls_held``; thirty-sixth blind check: transitions' elections and referendums).
POLLS_HELD: tuple[tuple[str, str], ...] = (
    ((r"(?i)\b(?:the\s+)?(?:polls|polling(?:\s+stations?)?|voting|balloting)\s+(?:have\s+|has\s+)?"
     r"(?P<v>opened|began|started|got\s+under\s+way|opens|begins|starts|closed)\b"),
     "Polls opened on Sunday for Kenya's first general election since 2014."),
    (r"(?i)\b(?P<v>held|conducted|organi[sz]ed|staged)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?"
     r"(?=" + POLL_WORD + r")",
     "On Saturday, Kenya held a referendum on a new constitution."),
    ((r"\b(?:[Vv]oters|[Cc]itizens|[A-Z][a-z]+(?:ans|ians|ese|is))\s+(?P<v>voted|went\s+to\s+the\s+polls"
     r"|cast\s+(?:their\s+)?ballots)\b"),
     "Kenyans went to the polls on Tuesday in a general election."),
    # a country that votes: "Kenya votes in the second round of its presidential election"
    (r"\b[A-Z][a-z]+\s+(?P<v>votes|voted)\s+(?:on\s+\w+\s+)?in\b", "Kenya voted on Tuesday in a general election."),
    (r"(?i)\b(?P<v>won|wins|swept)\s+(?:the\s+|[\w’']+\s+){0,3}?(?=" + POLL_WORD + r")",
     "President Otieno won Saturday's presidential vote with 60 percent."),
)
#: the words that tell one poll from another ("local", "presidential", "senate"): two polls that
#: each name some and share none are two polls
POLL_LEVELS = frozenset(["local", "municipal", "county", "council", "provincial", "regional", "state",
                         "presidential", "parliamentary", "legislative", "general", "senate", "senatorial",
                         "upper", "lower", "constitutional"])


def poll_levels(text: str) -> frozenset[str]:
    """The level words (``POLL_LEVELS``) a poll's name gives."""
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if w in POLL_LEVELS)


#: the levels a "general" election is of: a country's national polls ("the general election" is the
#: parliamentary one of a parliamentary system, the presidential and legislative ones of others;
#: thirty-sixth blind check), not a local or an upper-house one
NATIONAL_POLL_LEVELS = frozenset(["general", "parliamentary", "legislative", "presidential", "lower"])


def poll_kind(text: str) -> str:
    """"referendum" or "election": what a poll's name says it decides (``REFERENDUM``)."""
    return "referendum" if re.search(r"(?i)\b" + REFERENDUM, text) else "election"


def other_polls(a: str, b: str) -> bool:
    """Do two texts name polls of different levels ("the upper house elections", "the lower house
    elections"): each names a poll and a level, and they share no level? "general" is any national
    level (``NATIONAL_POLL_LEVELS``)."""
    pa, pb = poll_levels(a), poll_levels(b)
    if "general" in pa | pb and pa <= NATIONAL_POLL_LEVELS and pb <= NATIONAL_POLL_LEVELS:
        return False
    return bool(pa and pb and not pa & pb and POLLS_RE.search(a) and POLLS_RE.search(b))


#: the kind of works put off when the report names them only as a project ("delays in the
#: completion of the North Core Project until 2031"; ``put_off_kinds``, ``linking.match._works_put_off``)
PROJECT_WORKS = "project"
_PROJECT_RE = re.compile(r"(?i)\bproject\b")


def put_off_kinds(text: str) -> frozenset[str]:
    """The kinds of works a text names (``works_kinds``), else ``PROJECT_WORKS`` for a project."""
    kinds = works_kinds(text)
    return kinds or (frozenset([PROJECT_WORKS]) if _PROJECT_RE.search(text) else frozenset())


#: The first concrete of a plant or works (a fragment, no group that captures): "the first (safety-related)
#: concrete", read as works begun by ``WORKS_BEGUN_WORDS`` and by the linker's report of it
FIRST_CONCRETE = r"(?:first|initial)\s+(?:safety[\s-]related\s+)?concrete"
#: Works begun, not finished: the start of building is a deliverable of its own, not the opening
#: of what is built ("construction will begin in 2032" is not kept by "the pipeline opened in
#: 2034"). (pattern, example); ``works_begun`` reads them.
WORKS_BEGUN_WORDS: tuple[tuple[str, str], ...] = (
    ((r"(?:begin|began|begun|beginning|start|started|starting|commence|commenced|commencing|launch|launched)"
     r"\s+(?:the\s+)?(?:of\s+)?(?:the\s+)?(?:construction|building|works?)\b"),
     "Kenya and Ghana will begin construction of the Lamu canal in August."),
    (r"(?:start|beginning|commencement|launch)\s+of\s+(?:the\s+)?(?:construction|building|works?)\b",
     "The start of construction of the Volta bridge is set for May."),
    ((r"(?:construction|building|works?)\b[^.;,]{0,60}?\b(?:start|begin|began|begun|commence)(?:s|ed)?\b"
     r"(?!\s+(?:operat|commercial|service|flow|pumping|supply|supplies|transmission))"),
     "Construction of the Nairobi-Accra highway will start next year."),
    (r"ground-?breaking|br(?:eak|oke|oken)\s+ground|foundation\s+stone",
     "The two countries will break ground on the Tana dam in May."),
    # the first concrete of a plant, where its building is counted from (twenty-eighth blind check)
    (FIRST_CONCRETE + r"|(?:laying|pouring)\s+of\s+(?:the\s+)?(?:first\s+)?concrete",
     "The first concrete of the Volta power plant will be poured in May."),
)
_WORKS_BEGUN_RE = re.compile("(?i)\\b(?:" + "|".join(rx for rx, _ex in WORKS_BEGUN_WORDS) + ")")


def works_begun(text: str) -> bool:
    """Does the text promise or report works begun (``WORKS_BEGUN_WORDS``), not finished?"""
    return _WORKS_BEGUN_RE.search(text) is not None


#: the level a meeting is held at, read from words of its name: two meetings named at
#: different levels are different promises (extract/restatements.py) and a report of one
#: does not fulfil a promise of the other (linking/match.py): ("will host the Quad Foreign Ministers Meeting
#: on July 1" / "accepted the invitation to attend the Quad Summit later this year"; "the
#: Ministerial-level Homeland Security Dialogue" / "the Senior Officials' dialogue")
MEETING_LEVELS: dict[str, str] = {
    **{w: "leaders" for w in ("summit", "summits", "leaders", "presidential")},
    **{w: "ministers" for w in ("minister", "ministers", "ministerial", "secretaries")},
    **{w: "officials" for w in ("officials", "officers")},
}


def meeting_levels(text: str) -> frozenset[str]:
    """The levels (``MEETING_LEVELS``) the words of a text give; a prime minister is a leader:
    a meeting of Kenya's President, Ghana's Premier and Togo's Prime Minister is a leaders'
    meeting, not a ministers' one (the shape of a China-Japan-South Korea announcement, 2024);
    so is a meeting "at the level of heads of state" or a "presidential" session."""
    words = re.findall(r"[a-z]+", re.sub(r"(?i)prime\s+minister|heads?\s+of\s+(?:state|government)",
                                         "leaders", text).lower())
    return frozenset(MEETING_LEVELS[w] for w in words if w in MEETING_LEVELS)


#: Cadences of a recurring promise or a series, one row each: (pattern, period, example). The
#: linker reads a promise's recurrence by them (``match.recurrence_of``; "every N weeks/months"
#: keeps N in the period: "every 5 weeks") and a sentence stating how a series is held
#: (``events.is_rule``).
RECURRENCES: tuple[tuple[str, str, str], ...] = (
    (r"\b(?:every|each)\s+year\b|\bannually\b|\bonce\s+a\s+year\b|\byearly\b|\bannual\s+basis\b",
     "annual", "The trade ministers will meet at least once a year."),
    (r"\bevery\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>weeks|months)\b",
     "every {n} {unit}", "Technical talks will be held about every six weeks."),
    (r"\b(?:every|each)\s+month\b|\bmonthly\b", "every 1 months", "The officials will meet every month."),
    # South Korea-U.S. Nuclear Consultative Group (a quarterly cadence); the
    # "every three months" of the row above, named by the quarter
    (r"\b(?:every|each)\s+quarter\b|\bquarterly\b|\b(?:four|4)\s+times\s+a\s+year\b", "every 3 months",
     "The joint commission will meet every quarter."),
    # India-Australia ("at least every two years"); a biennial dialogue
    (r"\bevery\s+(?:two|2)\s+years\b|\bbiennial(?:ly)?\b", "every 24 months",
     "The foreign and defence ministers will meet at least every two years."),
)
#: any cadence of ``RECURRENCES``, as one regex alternation (extraction's habit of a series,
#: linking's rule of a series: ``events.is_rule``)
CADENCE: str = "|".join(f"(?:{rx})" for rx, _period, _ex in RECURRENCES)


#: what one goes somewhere to do that makes the traveller an attendant of the event named after it,
#: with the place and day between, commas and all: "X will arrive on Monday in Accra, the capital of
#: Ghana, to take part in the Kenya-Ghana summit" (the subject is the summit; twenty-sixth blind
#: check: a president arriving for a regional summit's closing, an envoy travelling to a conference)
ATTENDING_PURPOSES: dict[str, str] = {
    "attend": "President Mahama will travel on Monday to Nairobi, the Kenyan capital, to attend the Kenya-Ghana summit.",
    "participate": "President Mahama will arrive on Monday in Nairobi to participate as a guest in the opening of "
                   "the Kenya-Ghana summit.",
    "take part": "President Mahama will fly to Nairobi on Monday, June 3, to take part in the Kenya-Ghana trade "
                 "conference.",
}
#: the purposes as the linker reads them before an event's name ("to take part in the")
ATTENDING_PURPOSE = r"(?:" + alternation(tuple(ATTENDING_PURPOSES)) + r")(?:\s+in)?"


#: Verbs of moving an occasion later or calling it off, one row each: base form -> (its
#: participles, what it does to the occasion, an example of it reported). Extraction reads them
#: as no promise (an event dated and then reported called off, "decided to defer the Joint
#: Commission": ``extract.tables.CANCELLING_VERBS``, ``CANCELLATION_WORDS``); linking as a
#: report of the move, a miss with the new date if one is given (``linking.events``).
CALLING_OFF: dict[str, tuple[tuple[str, ...], str, str]] = {
    "postpone": (("postponed",), "postponed", "The Kenya-Ghana summit planned for May was postponed."),
    "defer": (("deferred",), "postponed", "The Kenya-Ghana summit planned for May was deferred."),
    "put off": (("put off",), "postponed", "The Kenya-Ghana summit planned for May was put off."),
    "push back": (("pushed back",), "postponed",
                  "The Kenya-Ghana summit planned for May was pushed back."),
    "delay": (("delayed",), "postponed", "The Kenya-Ghana summit planned for May was delayed."),
    "reschedule": (("rescheduled",), "postponed",
                   "The Kenya-Ghana summit planned for May was rescheduled."),
    "suspend": (("suspended",), "postponed", "The Kenya-Ghana summit planned for May was suspended."),
    "cancel": (("cancelled", "canceled"), "cancelled",
               "The Kenya-Ghana summit planned for May was cancelled."),
    "call off": (("called off",), "cancelled", "The Kenya-Ghana summit planned for May was called off."),
    "scrap": (("scrapped",), "cancelled", "The Kenya-Ghana summit planned for May was scrapped."),
    "shelve": (("shelved",), "cancelled", "The Kenya-Ghana summit planned for May was shelved."),
    "abandon": (("abandoned",), "cancelled", "The Kenya-Ghana summit planned for May was abandoned."),
}


def calling_off(kind: str | None = None) -> tuple[list[str], list[str]]:
    """The base forms and the participles of ``CALLING_OFF`` (of one kind, "postponed" or
    "cancelled", when given)."""
    rows = [(base, parts) for base, (parts, k, _ex) in CALLING_OFF.items() if kind in (None, k)]
    return [base for base, _ in rows], [p for _, parts in rows for p in parts]


def _any_form(base: str) -> str:
    first, _, rest = base.partition(" ")
    stem = first.removesuffix("e")
    return stem + r"\w*" + (r"\s+" + rest.replace(" ", r"\s+") if rest else "")


#: any form of a verb of ``CALLING_OFF``, as regex alternatives: its base without a final "e" and
#: any ending ("postpon\w*": postpones, postponing, postponement), a particle after it ("put\w*\s+off")
CALLING_OFF_ANY: str = "|".join(_any_form(base) for base in CALLING_OFF)


def calling_off_any(kind: str) -> str:
    """``CALLING_OFF_ANY`` of one kind ("postponed" or "cancelled"): any form of its verbs."""
    return "|".join(_any_form(base) for base in calling_off(kind)[0])


#: adverbs that stand between a thing and the verb that reports it, and are no part of the thing:
#: "the new Mombasa airport finally opened on Saturday", "the transaction has been successfully
#: completed" (thirty-third blind check: the thing reported was read with its adverb, and matched a
#: promise's words less) -> an example whose reported thing a test reads without it
REPORT_ADVERBS: dict[str, str] = {
    "finally": "The new Mombasa airport finally opened on Saturday.",
    "successfully": "The sale of Kenya Airways has been successfully completed on 27 January.",
    "officially": "The new Tema port was officially opened on Monday.",
    "formally": "A memorandum on fisheries was formally signed on Monday.",
    "eventually": "The Lamu bridge eventually opened on 3 May.",
    "already": "The new Accra terminal has already opened to passengers.",
    "also": "A memorandum on tourism was also signed on Monday.",
    "now": "The Nairobi expressway has now opened to traffic.",
    "jointly": "The Kenya-Ghana hospital was jointly inaugurated on Friday.",
}
#: ``REPORT_ADVERBS`` and auxiliaries at the end of a reported thing's words, one or more
REPORT_ADVERBS_TAIL = re.compile(
    r"(?i)(?:\s+(?:" + "|".join(REPORT_ADVERBS) + r"|was|were|has|have|had|been|is|are))+\s*$")
