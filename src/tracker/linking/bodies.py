"""Bodies (dialogues, working groups, summits, agreements) and their names.

A *body key* is what links a promise to the report of its fulfilment: the
registry (``tracker/data/bodies.yaml`` plus an optional user ``bodies.yaml``
in the configuration folder) maps aliases to one key; names not in the
registry still match through a generic normalisation (case, hyphens,
"U.S."/"US", country prefixes, ordinals, word order are ignored).

Everything here is pure text processing except ``load_registry``, which
reads the YAML files once per process (``reload_registry`` forgets them).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.domain.lexicon import (
    ATTENDING_PURPOSE,
    DAY_OR_MONTH_FULL,
    MONTH_FULL,
    MONTH_NAMES,
    OFFICE_TITLE,
    ORDINAL_NUMBER,
    ORDINAL_RE,
    WEEKDAY_NAMES,
    WORKS_NOUN,
    alternation,
)
from tracker.domain.parties import (
    blank_currencies,
    blank_not_parties,
    package_registry,
    plain_letters,
)

# --- ordinals -----------------------------------------------------------------

_ORD_WORDS = ORDINAL_NUMBER
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def ordinal_value(word: str) -> int | None:
    """'20th' -> 20, 'Fifth' -> 5, 'twenty-first' -> 21, 'inaugural' -> 1, 'first-ever' -> 1."""
    w = re.sub(r"[-\s]ever$", "", word.lower().strip())  # "first-ever": the first edition
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    if w == "inaugural":
        return 1
    if w in _ORD_WORDS:
        return _ORD_WORDS[w]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty)[-\s](\w+)", w)
    if m and m.group(2) in _ORD_WORDS:
        return _TENS[m.group(1)] + _ORD_WORDS[m.group(2)]
    return None


# --- registry -----------------------------------------------------------------


@dataclass(frozen=True)
class BodyEntry:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    group: str | None = None  # the fixed membership it belongs to (Quad): no party list to compare
    #: acronyms that carry the edition's number ("COP28", "MC 13"): the body's numbered edition
    numbered: tuple[str, ...] = ()


@dataclass(eq=False)
class Registry:
    bodies: dict[str, BodyEntry] = field(default_factory=dict)
    by_norm: dict[str, str] = field(default_factory=dict)  # normalised name -> key
    acronyms: dict[str, str] = field(default_factory=dict)  # case-sensitive alias -> key
    countries: dict[str, str] = field(default_factory=dict)  # spelling -> canonical
    # combining form -> canonical country ("franco" -> "france"), read only before a country
    combining: dict[str, str] = field(default_factory=dict)
    alias_re: re.Pattern[str] | None = None
    acronym_re: re.Pattern[str] | None = None
    #: an acronym with its edition's number: "COP28", "COP 28", "MC-12" (``BodyEntry.numbered``)
    numbered_re: re.Pattern[str] | None = None
    numbered: dict[str, str] = field(default_factory=dict)  # numbered acronym (in capitals) -> key
    # "NATO leaders" = the NATO summit: (who pattern, series head, example) rows of bodies.yaml
    participants: list[tuple[str, str, str]] = field(default_factory=list)
    participants_re: re.Pattern[str] | None = None

    def canonical(self, norm: str) -> str:
        return self.by_norm.get(norm, norm)

    def name_of(self, key: str) -> str:
        entry = self.bodies.get(key)
        return entry.name if entry else key


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _package_data() -> dict[str, Any]:
    try:
        text = resources.files("tracker").joinpath("data/bodies.yaml").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}
    import yaml

    return yaml.safe_load(text) or {}


def user_registry_path() -> Path:
    from tracker.domain.config import config_dir

    return config_dir() / "bodies.yaml"


def build_registry(*datas: dict[str, Any]) -> Registry:
    """A registry from one or more parsed YAML documents, later ones merged over earlier."""
    bodies: dict[str, BodyEntry] = {}
    countries: dict[str, str] = {}
    combining: dict[str, str] = {}
    for data in datas:
        for canon, spellings in (data.get("countries") or {}).items():
            canon = str(canon).lower()
            countries[canon] = canon
            for s in spellings or []:
                countries[str(s).lower()] = canon
                # (text is matched in plain letters, ``countries_in``)
                countries.setdefault(plain_letters(str(s)).lower(), canon)
        for form, canon in (data.get("combining") or {}).items():
            combining[str(form).lower()] = str(canon).lower()
        for item in data.get("bodies") or []:
            if not isinstance(item, dict) or not item.get("name"):
                continue
            name = str(item["name"])
            key = str(item.get("key") or name).strip()
            aliases = tuple(str(a) for a in item.get("aliases") or [])
            old = bodies.get(key)
            if old is not None:
                aliases = old.aliases + tuple(a for a in aliases if a not in old.aliases)
                if old.name != name:
                    aliases += (old.name,)
            numbered = tuple(str(a) for a in item.get("numbered") or [])
            bodies[key] = BodyEntry(key, name, aliases, item.get("kind") or (old.kind if old else None),
                                    item.get("group") or (old.group if old else None),
                                    (old.numbered if old else ()) + numbered)
    participants: list[tuple[str, str, str]] = []
    for data in datas:
        for row in data.get("participants") or []:
            if isinstance(row, dict) and row.get("who") and row.get("series"):
                participants.append((str(row["who"]), str(row["series"]), str(row.get("example") or "")))
    reg = Registry(bodies=bodies, countries=countries, combining=combining,
                   participants=participants)
    if participants:
        whos = "|".join(f"(?:{w})" for w, _s, _e in participants)
        reg.participants_re = re.compile(
            r"(?<![\w-])(?P<org>[A-Z][A-Za-z0-9]{1,12})(?:\s+(?:countries|nations|member\s+states"
            r"|partners|allies)['’]?)?\s+(?P<who>(?i:" + whos + r"))(?![\w-])"
            r"|(?<![\w-])(?P<who2>(?i:" + whos + r"))\s+of\s+(?:the\s+)?(?:\d+\s+|all\s+)?"
            r"(?P<org2>[A-Z][A-Za-z0-9]{1,12})(?:\s+(?:countries|nations|member\s+states|partners"
            r"|allies))?(?![\w-])")
    words: list[str] = []
    for entry in bodies.values():
        for alias in (entry.name, *entry.aliases):
            if _is_acronym(alias):
                reg.acronyms[alias] = entry.key
            else:
                norm = normalise_name(alias, reg)[0]
                if norm:
                    reg.by_norm.setdefault(norm, entry.key)
                words.append(alias)
    if words:
        parts = sorted({_alias_pattern(w) for w in words}, key=len, reverse=True)
        reg.alias_re = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    if reg.acronyms:
        parts = sorted({re.escape(a) for a in reg.acronyms}, key=len, reverse=True)
        reg.acronym_re = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")
    reg.numbered = {a.upper(): entry.key for entry in bodies.values() for a in entry.numbered}
    if reg.numbered:
        # (the first letter a capital, the others in any case: "COP26", "Cop26")
        parts = sorted({re.escape(a[0]) + "(?i:" + re.escape(a[1:]) + ")" for a in reg.numbered}, key=len, reverse=True)
        reg.numbered_re = re.compile(r"(?<![\w-])(?P<acr>" + "|".join(parts) + r")[\s-]?(?P<n>[1-9]\d{0,2})(?![\w-])")
    return reg


def numbered_edition(text: str, reg: Registry) -> tuple[str, int] | None:
    """(key, edition) of a registry acronym with its number in ``text`` ("COP28" -> the
    Conference of the Parties, 28), the first; else None."""
    m = reg.numbered_re.search(text) if reg.numbered_re is not None else None
    return (reg.numbered[m.group("acr").upper()], int(m.group("n"))) if m else None


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(alias) <= 10 and sum(c.isupper() for c in letters) >= len(letters) - 1 \
        and sum(c.isupper() for c in letters) >= 2


def _alias_pattern(alias: str) -> str:
    words = re.findall(r"[\w+']+", alias)
    out = []
    for w in words:
        if w.lower() in ("counterterrorism", "counter"):
            out.append(r"counter[\s\-–]*terrorism" if w.lower() == "counterterrorism" else "counter")
        elif w.isupper() and w.isalpha() and len(w) <= 3:
            out.append(r"\.?".join(w) + r"\.?")  # "UN" is also written "U.N."
        else:
            # (British and American spellings: "Organisation" / "Organization")
            out.append(re.sub(r"i[sz]ation", "i[sz]ation", re.escape(w)))
    return r"[\s\-–]+".join(out).replace(r"counter[\s\-–]+terrorism", r"counter[\s\-–]*terrorism")


_REGISTRY: Registry | None = None


def load_registry(user_file: Path | None = None) -> Registry:
    """The package registry with the user's ``bodies.yaml`` merged over it."""
    global _REGISTRY
    if _REGISTRY is not None and user_file is None:
        return _REGISTRY
    datas = [_extractor_countries(), _package_data()]
    path = user_file
    if path is None:
        try:
            path = user_registry_path()
        except Exception:  # noqa: BLE001 - no config dir is fine
            path = None
    if path is not None and path.is_file():
        datas.append(_read_yaml(path))
    reg = build_registry(*datas)
    if user_file is None:
        _REGISTRY = reg
    return reg


def _extractor_countries() -> dict[str, Any]:
    """The extractor's country table (names, demonyms, capitals) and the party table's
    combining forms, in the registry's shape: one list of countries for the whole project,
    which bodies.yaml and the user's file may extend."""
    from tracker.domain.parties import package_registry
    from tracker.extract.tables import COUNTRIES

    return {"countries": {name.lower(): [a.lower() for a in aliases if a != name]
                          for name, aliases in COUNTRIES.items()},
            "combining": package_registry().combining_forms()}


def reload_registry() -> None:
    global _REGISTRY
    _REGISTRY = None
    _mention_cache.cache_clear()
    _own_words_table.cache_clear()


# --- normalisation ------------------------------------------------------------

_QUALIFIERS = {
    "the", "a", "an", "next", "upcoming", "last", "latest", "previous", "annual", "inaugural",
    "anniversary", "leaders", "leader", "person",  # "75th Anniversary Leaders' Summit", "in-person"
    "virtual", "bilateral", "trilateral", "this", "its", "their", "new", "first-ever", "between",
    "edition", "round", "session", "iteration", "installment", "instalment", "meeting", "meetings",
    "another",  # "Another meeting was planned": no name, the body the text names before
    # the regular numbering of a series, no name of its own: "the 43rd Ordinary SADC Summit" is the
    # SADC Summit, "the 44th Regular Meeting of the Conference" the Conference's (twenty-fifth blind
    # check; an "Extraordinary Summit" keeps its word: a series of its own)
    "ordinary", "regular",
}
_STOP = {"of", "on", "for", "and", "&", "in", "with", "to", "at", "s"}
_LEVELS = {"ministerial", "secretary", "official", "officials", "leaders", "leader", "minister",
           "ministers", "senior", "vice", "deputy"}
#: the levels below the leaders' ("a Senior Officials' Meeting" is a level of a body's session;
#: "an Annual Leaders' Meeting" is the meeting itself)
_BELOW_LEADERS = _LEVELS - {"leaders", "leader"}
_CANON_WORD = {
    "dialog": "dialogue", "programme": "program", "centre": "center", "talk": "talks",
    "organisation": "organization", "defence": "defense", "labour": "labor",
    "mou": "memorandum understanding", "memorandum": "memorandum", "understanding": "understanding",
    "consultation": "consultations", "summits": "summit", "dialogues": "dialogue",
}
#: words saying what kind of talks they are, not whose series: "Kenya-Ghana peace talks" are the two
#: parties' talks, as "the next round of peace negotiations" is (``_TALKS_ROUND``)
_TALKS_KINDS = frozenset(["peace", "direct", "formal", "political", "exploratory"])
GENERIC_HEADS = {
    "summit", "dialogue", "talks", "meeting", "consultations", "commission", "forum", "retreat",
    "conference", "agreement", "memorandum understanding", "council", "committee", "group",
    "working group", "mechanism", "treaty", "partnership", "exercise", "initiative", "plan",
}


#: prefixes a name writes with a hyphen or joined ("Inter-Governmental Committee" /
#: "Intergovernmental Committee"; "Co-operation Council"); "sub-" is read apart (a sub-group)
HYPHEN_PREFIXES: dict[str, str] = {
    "inter": "the Kenya-Ghana Inter-Governmental Committee",
    "intra": "the Intra-Regional Trade Forum",
    "co": "the Kenya-Ghana Co-operation Council",
    "multi": "the Multi-Sectoral Dialogue",
    "trans": "the Trans-Boundary Water Commission",
    "bi": "the Kenya-Ghana Bi-National Commission",  # (twenty-first blind check)
}
_HYPHEN_PREFIX_RE = re.compile(r"(?i)\b(" + "|".join(HYPHEN_PREFIXES) + r")[\-‐‑]([a-z])")


#: a duration before a name: "two-day", "3-day", "one-week" (``_clean`` drops it)
_DURATION_RE = re.compile(r"(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|ten)[\s\-–]+(?:day|week)s?\b")


def _clean(text: str) -> str:
    t = text.replace("’", "'").replace("‘", "'")
    t = re.sub(r"(?i)\bu\.\s?s\.\s?a\.?", " us ", t)
    t = re.sub(r"(?i)\bu\.\s?s\.?(?![a-z])", " us ", t)
    t = re.sub(r"(?i)\bu\.\s?k\.?(?![a-z])", " uk ", t)
    t = re.sub(r"(?i)\be\.\s?u\.?(?![a-z])", " eu ", t)
    t = re.sub(r"(?i)\bu\.\s?n\.?(?![a-z])", " un ", t)
    t = re.sub(r"(?i)\bcounter[\s\-–]+terror", "counterterror", t)
    t = re.sub(r"(?i)(?<![\w+])(?:2|two)[\s\-–]*(?:\+|plus)[\s\-–]*(?:2|two)(?![\w+])", " 2+2 ", t)
    t = re.sub(r"(?i)\bcyber[\s\-–]+security", "cybersecurity", t)
    # a prefix written with a hyphen or without: "Inter-Governmental" is "Intergovernmental",
    # "Co-operation" "Cooperation" (``HYPHEN_PREFIXES``)
    t = _HYPHEN_PREFIX_RE.sub(r"\1\2", t)
    # how long it lasts is no part of a name: "the two-day Three Seas Summit" (twenty-first
    # blind check)
    t = _DURATION_RE.sub(" ", t)
    t = re.sub(r"(?i)\b(\w+)[\s\-–]+level\b", r"\1level", t)
    t = re.sub(r"[‐‑–—/\-]", " ", t)
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"[^\w+\s]", " ", t)
    return t.lower()


@lru_cache(maxsize=1)
def _not_party_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_clean(p).split()) for p in package_registry().not_parties)


@lru_cache(maxsize=65536)
def _not_party_tokens(tokens: tuple[str, ...]) -> frozenset[int]:
    """The positions of a name's tokens inside a phrase that names no party though it holds a
    party's name (the registry's ``not_parties``: "Foreign Office Consultations" is no UK body)."""
    out: set[int] = set()
    for phrase in _not_party_phrases():
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tokens[i:i + n] == phrase:
                out.update(range(i, i + n))
    return frozenset(out)


def normalise_name(name: str, reg: Registry | None = None) -> tuple[str, frozenset[str]]:
    """(normalised key, countries named in it).

    >>> normalise_name("India-U.S. Joint Working Group on Counter Terrorism")[0]
    'counterterrorism group working'
    """
    reg = reg if reg is not None else load_registry()
    if reg.numbered_re is not None:
        name = reg.numbered_re.sub(r"\g<acr>", name)  # "COP28" is the COP, its number an edition
    tokens = _clean(name).split()
    for k in range(len(tokens) - 1):
        if tokens[k] in ("leaders", "leader") and tokens[k + 1] in ("meeting", "meetings"):
            # a named "Leaders' Meeting" is the series' summit: "the third MLC Leaders' Meeting" and
            # "the third MLC Summit" (twenty-fourth blind check)
            tokens[k + 1] = "summit"
    countries: set[str] = set()
    out: list[str] = []
    shielded = _not_party_tokens(tuple(tokens))
    i = 0
    after_party = False  # (the token before was a party's name)
    while i < len(tokens):
        tok = tokens[i]
        two = " ".join(tokens[i:i + 2])
        three = " ".join(tokens[i:i + 3])
        hit = None
        for cand, n in ((three, 3), (two, 2), (tok, 1)):
            if cand in reg.countries:
                hit = (reg.countries[cand], n)
                break
        if hit and i not in shielded:
            countries.add(hit[0])
            i += hit[1]
            after_party = True
            continue
        if tok in reg.combining and (after_party or any(" ".join(tokens[i + 1:i + 1 + n]) in reg.countries
                                                        for n in (1, 2, 3))):
            # ("Franco-German", "Sino-U.S."; an organisation's form after the other party too:
            # "the EU-Gulf summit" is the GCC's, twenty-seventh blind check)
            countries.add(reg.countries[reg.combining[tok]])
            i += 1
            continue
        after_party = False
        i += 1
        if ordinal_value(tok) is not None or re.fullmatch(r"\d{4}", tok):
            continue
        if tok in _QUALIFIERS or tok in _STOP:
            continue
        if tok.endswith("level") and tok[:-5] in _LEVELS | {""}:
            continue
        out.extend(_CANON_WORD.get(tok, tok).split())
    if "joint" in out and len(set(out) - {"joint"}) >= 3:
        out = [t for t in out if t != "joint"]
    if "cooperation" in out and len(set(out) - {"cooperation", "joint"}) >= 2 \
            and {"on", "for"} & set(tokens[:tokens.index("cooperation")]):
        # "the Intergovernmental Commission on Cooperation between A and B" is the A-B
        # Intergovernmental Commission (twenty-seventh blind check); a "Cooperation Council"
        # keeps its word
        out = [t for t in out if t != "cooperation"]
    if "talks" in out and set(out) - {"talks"} <= _TALKS_KINDS:
        out = ["talks"]  # "peace talks", "direct talks": the parties' talks (twelfth blind check)
    if "talks" in out and set(out) - {"talks"}:
        out = [t for t in out if t != "talks"]  # "the AUSMIN talks", "FTA talks": the body itself
    if not out or set(out) <= _BELOW_LEADERS and not countries:
        # ("the Senior Officials' Meeting", "a Ministerial Meeting": a level of the body the
        # text is about, no series of its own; twenty-seventh blind check. "The Kenya-Ghana
        # Ministerial Meeting" is the two countries' series)
        return "", frozenset(countries)
    key = " ".join(sorted(set(out)))
    return key, frozenset(countries)


def is_generic(key: str, reg: Registry | None = None) -> bool:
    """A name several pairs of countries use ("Strategic Dialogue", "summit", "Comprehensive
    Economic Partnership Agreement": a standing kind of agreement, ``LOWER_AGREEMENT_KINDS``), told
    apart by the countries; a registry body with a ``group`` (the Quad summit) is one series."""
    if reg is not None and key in reg.bodies:
        return not reg.bodies[key].group
    return key in GENERIC_HEADS or len(key.split()) <= 1 or key in _agreement_kind_keys()


@lru_cache(maxsize=1)
def _agreement_kind_keys() -> frozenset[str]:
    """The keys of the standing kinds of agreement with a plain head ("peace agreement", "reciprocal
    access agreement", "status of forces treaty"): a kind, no one pair's name (sixteenth blind check:
    two pairs' "Comprehensive Economic Partnership Agreement" were one series)."""
    reg = load_registry()
    kinds = [re.sub(r"\[(\w)\w*\]", r"\1", k) for k, _example in LOWER_AGREEMENT_KINDS]
    heads = ["agreement", "treaty", "accord", "pact", "deal", "protocol"]
    return frozenset(normalise_name(f"{k} {h}", reg)[0] for k in kinds for h in heads)


#: a spelling of letters each with its point: "u.s.", "u.k." (not "st. lucia")
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.\s?)+[a-z]?\.?")


def _country_re(reg: Registry) -> re.Pattern[str]:
    pat = getattr(reg, "_country_pat", None)
    if pat is None:
        parts = []
        for spelling in sorted(reg.countries, key=len, reverse=True):
            words = spelling.replace(".", "").split()
            if len(spelling.replace(".", "")) <= 3 or _DOTTED_ACRONYM.fullmatch(spelling):  # "US", "U.K.", "UAE"
                parts.append(r"\.?".join(re.escape(c) for c in spelling.replace(".", "").upper()) + r"\.?")
            else:
                # the first word capitalised; the others in any case: "Côte d'Ivoire", "Bosnia and
                # Herzegovina", "Republic of Korea" have words in lower case; a word may end in a
                # point ("St. Lucia", "St. Kitts and Nevis": read as an acronym before, so never found)
                parts.append(r"\.?\s+".join(("[" + w[0].upper() + "]" if i == 0 else "(?i:" + re.escape(w[0]) + ")")
                                         + "(?i:" + re.escape(w[1:]) + ")" for i, w in enumerate(words)))
        pat = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")
        reg._country_pat = pat  # type: ignore[attr-defined]
    return pat


#: two countries named by their points of the compass and one shared name: "North and South
#: Korea(s)", "East and West Germany" (twenty-second blind check), read as each one's name
_POINTS_SHARED = re.compile(r"\b(North|South|East|West)\s+and\s+(North|South|East|West)\s+([A-Z][a-z]+?)s?\b")


def _each_point(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(3)} and {m.group(2)} {m.group(3)}"


#: the heads of a news outlet's name: a country in "Kuwait News Agency", "the Ghanaian Times" names
#: who reports, not who met (twenty-eighth blind check: an agency's credit in a report's dateline);
#: (head, an example a test reads)
MEDIA_NAME_HEADS: tuple[tuple[str, str], ...] = (
    ("News Agency", "(Ghana News Agency) NAIROBI, May 9 -- The Kenya-Togo Joint Commission met on Thursday."),
    ("Press Agency", "NAIROBI, May 9 (Ghana Press Agency) -- The Kenya-Togo Joint Commission met on Thursday."),
    ("News Service", "The Ghana News Service said the Kenya-Togo council met on Thursday."),
    ("Times", "The Ghanaian Times reported that the Kenya-Togo summit was held on Thursday."),
)
_MEDIA_NAME = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,2}(?:" + alternation(tuple(h for h, _ex in MEDIA_NAME_HEADS))
                         + r")\b")


def countries_in(text: str, reg: Registry | None = None) -> frozenset[str]:
    """Countries named anywhere in a text (capitalised; short spellings in capitals), not in a news
    outlet's name (``MEDIA_NAME_HEADS``)."""
    reg = reg if reg is not None else load_registry()
    found: set[str] = set()
    text = _MEDIA_NAME.sub(lambda m: " " * len(m.group(0)), text)
    text = _POINTS_SHARED.sub(_each_point, text)
    for m in _country_re(reg).finditer(blank_not_parties(blank_currencies(plain_letters(text)))):
        spelling = re.sub(r"\s+", " ", m.group(0)).lower()
        canon = reg.countries.get(spelling) or reg.countries.get(spelling.replace(".", ""))
        if canon is None:
            for k, v in reg.countries.items():
                if k.replace(".", "") == spelling.replace(".", ""):
                    canon = v
                    break
        if canon:
            found.add(canon)
    return frozenset(found)


def document_parties(body: str, title: str | None, reg: Registry | None = None) -> frozenset[str]:
    """The countries a document names, its title included: whose statement it is when they are
    two (``match.document_pair``), whose occasions its report sentences are (``unframed``)."""
    return countries_in((title or "") + "\n" + body, reg)


# --- mentions in text ---------------------------------------------------------

_HEADS = (
    r"Joint Working Group|Working Group|Expert Group|Contact Group|Task Force|Dialogue|Dialog"
    r"|Summit|Commission|Council|Committee|Forum|Talks|Consultations|Mechanism|Conference"
    r"|Retreat|Exercise|Agreement|Treaty|Memorandum of Understanding|MoU|MOU|Accord|Pact"
    r"|Partnership|Initiative|Framework|Roadmap|Compact|Declaration|Programme|Program|Centre"
    r"|Center|Corridor|Fund|Hotline|Arrangement|Protocol|Meeting|2\+2"
)
_CAP = r"(?:[A-Z][\w.'’&+]*(?:[-–][\w.'’+]+)*|\d{1,3}(?:st|nd|rd|th)|\d\+\d)"
#: a name's words before its head, with one inner "and" between capitalised words: "Trade and
#: Technology Council" (EU-U.S. reports, 2021-2024), "Strategic and Economic Dialogue"
_MOD = rf"{_CAP}(?:\s+{_CAP})*(?:\s+(?:and|&)\s+{_CAP}(?:\s+{_CAP})*)?"
_NOT_NAME = (r"(?!(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
             r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday"
             r"|Saturday|Sunday)\b)")
#: the kind of document a title names before the body: no part of the name
_DOC_WORD = re.compile(r"\b(?:Statement|Readout|Release|Communiqu[eé]|Transcript|Fact\s+Sheet)\b")
#: (a day is no name either: "the Kenya-Ghana Joint Commission Meeting | on the 22nd January 2031";
#: thirty-fifth blind check)
_NOT_DAY = r"(?!\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_FULL + r"\b)"
_TAIL = rf"(?:\s+(?:on|for)\s+(?:the\s+)?{_NOT_NAME}{_NOT_DAY}{_CAP}(?:\s+(?:and|&)\s+{_CAP}|\s+{_CAP})*)?"
#: a title and a name after a body's name: the name is part of an office-holder's title
#: ("Ursula von der Leyen and European Council President Antonio Costa", the shape of EU-China
#: reports, 2025, read as a body "Leyen and European Council")
_OFFICE_AFTER = re.compile(r"\s+(?:President|Vice[\s-]President|Chair(?:man|woman|person)?|Secretary(?:[\s-]General)?"
                           r"|Commissioner|Spokes(?:person|man|woman)|Director(?:[\s-]General)?)\s+(?:[A-Z][a-z]*\.?\s+)?"
                           r"[A-Z][\w.'’-]+")
#: heads of one occasion, not a standing body: a tail after them naming an agreement is what the
#: occasion was about ("Meeting on Peace Agreement"; "the Kenya-Ghana Summit on the Peace Agreement":
#: the summit and the agreement). Not talks or
#: consultations: "the second round of Talks on the X Agreement" is the round, read with the whole
#: name (``_ROUND_OF``); not dialogue, forum or commission: a standing body keeps its tail, as a
#: committee does; "session" and "round" are no heads of ``_HEADS``
_OCCASION_HEADS = frozenset(["meeting", "conference", "summit"])
#: the words that make a body an agreement (``head_class``), read anywhere in its head or key
AGREEMENT_HEADS: tuple[str, ...] = ("agreement", "treaty", "memorandum", "mou", "accord", "pact", "declaration",
                                    "compact", "arrangement", "protocol", "contract", "deal")


def _plural(head: str) -> str:
    """A head and its plural as one alternative: "treat(?:y|ies)", "deal(?:s)?"."""
    return head[:-1] + "(?:y|ies)" if head.endswith("y") else head + "(?:s)?"


#: a head of ``AGREEMENT_HEADS`` as a whole word ("the AI Impact Summit" names no pact)
_AGREEMENT_HEAD = re.compile(r"\b(?:" + "|".join(_plural(h) for h in AGREEMENT_HEADS) + r")\b")
#: an occasion's tail that names an agreement: its last word is a head of ``AGREEMENT_HEADS``
_TAIL_AGREEMENT = re.compile(
    r"\s+(?:on|for)\s+(?:the\s+)?(?P<name>.*?\b(?i:" + "|".join(AGREEMENT_HEADS) + r")(?i:\s+of\s+Understanding)?)$")
_GENERIC_RE = re.compile(
    rf"(?:(?P<mod>{_MOD})\s+)?(?P<head>(?i:{_HEADS}))(?![\w-]){_TAIL}"
)
#: a head right after a name ("the EPCC Dialogue": the acronym is part of a longer name)
_HEAD_AFTER = re.compile(rf"\s+(?P<head>{_HEADS})(?![\w-])")
#: any head in a name, and the last one ("Joint Mechanism for the Peace Agreement": Mechanism
#: before its tail); a head ending a lower-case subject ("finance ministers' dialogue")
_HEAD_IN = re.compile(rf"(?i)(?:{_HEADS})")
_LAST_HEAD = re.compile(rf"(?i)({_HEADS})(?!.*(?:{_HEADS}))")
_HEAD_AT_END = re.compile(rf"(?i)\b({_HEADS})$")
_BEFORE_ORD = re.compile(
    # ("the 34th regular session of the Kenya-Ghana Summit": the regular numbering, not an
    # extraordinary session's, twenty-third blind check)
    rf"(?i)\b(?P<ord>{ORDINAL_RE}|next|upcoming)(?:[-\s]ever)?\s+(?:annual\s+|edition\s+of\s+|ministerial\s+|regular\s+|ordinary\s+)?"
    r"(?:(?:meeting|round|session|edition|iteration|instal+ment|sitting|summit)\s+(?:of\s+)?)?"
    # ("the 46th meeting of the two countries' Joint Commission": a possessive between)
    r"(?:the\s+)?(?:[\w.\-–'’]+\s+){0,2}$"
)
_SUB_BEFORE = re.compile(
    r"(?i)\b(?:sub[\s-]?groups?|sub[\s-]?committees?|(?:working|expert)\s+groups?|panels?)"
    r"\s+(?:under|of|within|set up under)\s+(?:the\s+)?(?:[\w.\-–]+\s+){0,2}$"
    # a review of the body's session is a meeting of its own: "the Mid-Term Review of the 9th Session
    # of the Joint Commission took place on 14 April" (forty-first blind check: not the 9th session)
    r"|\b(?:mid[\s-]?term|midterm|interim)\s+reviews?\s+(?:meeting\s+)?of\s+(?:the\s+)?(?:[\w.\-–]+\s+){0,4}$"
)
# rounds of talks on a body are their own series: "the first round of talks for an India-UK
# free trade agreement", "the second round of India-UK FTA negotiations", "FTA negotiating rounds"
_ROUND_WORD = rf"(?:(?P<ord>{ORDINAL_RE}|next|upcoming|subsequent)\s+)?(?:negotiating\s+)?rounds?\s+of\s+"
_ROUND_BEFORE = re.compile(
    rf"(?i)\b{_ROUND_WORD}(?:the\s+)?(?:talks|negotiations|discussions)\s+(?:on|for|over)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w.\-–]+\s+){0,3}$")
_ROUND_OF = re.compile(rf"(?i)\b{_ROUND_WORD}(?:the\s+)?(?:[\w.\-–]+\s+){{0,2}}$")
_ROUND_AFTER = re.compile(r"(?i)\s+(?:talks|negotiations|discussions)\b")
# "the second round of [talks on the Example Fisheries Agreement]": the name read with its talks
_ROUND_NAME = re.compile(r"(?i)(?:talks|negotiations|discussions)\s+(?:on|for|over)\s")
#: a numbered or next round of a party's talks that names no agreement or series is the parties'
#: round of talks, a generic series told apart by the countries (twelfth blind check): "Kenya will
#: host the next round of talks with the rebels", "the second round of peace negotiations began in
#: Nairobi", "the fourth cycle of dialogue" ("the first round of talks on the X Agreement" is the
#: agreement's round, ``_ROUND_BEFORE``)
_TALKS_ROUND = re.compile(
    rf"(?i)\b(?P<ord>{ORDINAL_RE}|next|upcoming|subsequent|new|another)\s+(?:round|cycle)\s+of\s+(?:the\s+)?"
    r"(?:(?:peace|direct|formal|bilateral|political)\s+)?(?:talks|negotiations|dialogue|discussions)\b"
    r"(?!\s+(?:on|for|over|about)\s)(?![\w-])")
_ROUNDS_AFTER = re.compile(r"(?i)\s+(?:negotiating\s+)?rounds\b")
_SUB_AFTER = re.compile(r"(?i)^\s*(?:'s\s+)?(?:sub[\s-]?groups?|sub[\s-]?committees?)")


#: (a month or weekday starts no name: "will visit Ghana by the end of June for Trade and Energy
#: Consultations (TEC)" names the Consultations; the shape of an India-Germany report, 2024)
_ACRONYM_DEF = re.compile(
    r"(?P<long>" + _NOT_NAME + r"(?:[A-Z][\w'’-]*\s+)(?:(?:of|on|for|and|the|in|[A-Z][\w'’-]*)\s+){0,6}[A-Z][\w'’-]*)"
    r"\s+\(\s*(?P<acr>[A-Z0-9][A-Za-z0-9+&-]{1,9}(?:\s+[A-Z0-9][A-Za-z0-9+&-]{0,9})?)\s*\)"
    r"(?:\s+(?P<head>(?i:" + _HEADS + r"))(?![\w-]))?"
)
# the other order: 'Economic "2+2" (Economic Policy Consultative Committee)'
_ACRONYM_DEF_REV = re.compile(
    r"(?P<acr>(?<![\w-])[A-Z0-9][A-Za-z0-9+&-]{1,9}(?:\s+[A-Z0-9][A-Za-z0-9+&-]{0,9})?)\s+\(\s*"
    r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){1,7})\s*\)"
)
_QUOTES = re.compile(r'["“”]')
#: "first" measured against a gap is no edition number: "their first 2+2 since May 2015", "their
#: first three-way talks in over three years", "the first meeting since the election" (the shapes
#: of Japan-Australia 2022 and 2024, China-Japan-South Korea 2024 and India-Germany 2022 reports)
_FIRST_SINCE = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:since|after|in\s+(?:(?:more\s+than|nearly|almost|over|"
                          r"about|some|around)\s+)?(?:a|an|\w+|\d+)(?:\s+and\s+a\s+half)?\s+(?:years?|months?|decades?))\b")
#: numbered editions of several bodies listed before one plural head: "the 18th SIP JSC, 9th
#: SSTEC JSC and 13th JCBC meetings" are the 18th SIP JSC meeting, the 9th SSTEC JSC meeting and
#: the 13th JCBC meeting (each item is an edition number and a name in capitals)
_EDITION_NAME = r"[A-Z][\w&+'’-]*(?:\s+[A-Z][\w&+'’-]*){0,4}"
_EDITION_ITEM = rf"(?:{ORDINAL_RE})\s+{_EDITION_NAME}"
_EDITIONS_LISTED = re.compile(
    rf"(?<![\w-])(?P<items>(?:{_EDITION_ITEM}\s*,\s*)*{_EDITION_ITEM},?\s+and\s+{_EDITION_ITEM})"
    r"\s+(?P<head>meetings|sessions|summits|rounds)(?![\w-])")
_EDITION_ITEM_RE = re.compile(rf"(?<![\w-])(?:{ORDINAL_RE})\s+(?P<name>{_EDITION_NAME}?)(?=\s*,|\s+and\s|$)")
#: a summit named by its number of parties: "a three-way summit", "the fifth trilateral summit
#: meeting" (as China-Japan-South Korea reports name theirs, 2015-2024): the summit of the parties
#: the sentence names (key "summit", told apart by its countries like any generic name); so is
#: "the next quadrilateral meeting" of leaders (as Craiova Group reports name theirs, 2017-2018;
#: twenty-fourth blind check)
_PARTIES_SUMMIT = re.compile(
    r"(?<![\w-])(?i:trilateral|three[\s-]way|three[\s-]nation|quadrilateral|four[\s-]way)\s+"
    r"(?:(?i:leaders)['’]?\s+)?(?i:summit(?:\s+meeting)?|meeting)(?![\w-])")
#: two governments meeting, named by their countries: "the joint meeting of the Kenyan and
#: Ghanaian governments", "the fourth meeting of Kenya and the Republic of Ghana Governments" (as
#: Romania-Moldova reports name theirs, 2018-2022): the registry's government consultations
#: (``_GOVERNMENTS_KEY``) when both names are countries
_GOVERNMENTS_MEETING = re.compile(
    r"(?<![\w-])(?i:(?:joint\s+)?(?:meeting|session|sitting)\s+of\s+(?:the\s+)?)"
    r"(?P<parties>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}\s+(?:and|&)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})\s+(?i:governments|cabinets)(?![\w-])")
_GOVERNMENTS_KEY = "government-consultations"
#: a capitalised name with no word of its own before its head: "the Annual Leaders' Meeting",
#: "the Kenya-Ghana Leaders' Meeting" (as Indonesia-Australia reports name theirs, 2022 and 2025)
_OWN_HEAD = re.compile(r"(?<=\S\s)(?:Meeting|Summit)$")
_SUMMIT_OF = re.compile(
    r"(?i:\b(?P<head>summit|dialogue))(?:\s+meeting)?\s+of\s+(?:the\s+)?(?P<org>[A-Z][A-Za-z0-9]{1,12})"
    r"\s+(?:countries|nations|member\s+states|leaders|partners)(?![\w-])")
#: a meeting of a group's ministers told with "of": "the Sixth Meeting of CICA Ministers of Foreign
#: Affairs", "the sixth meeting of foreign affairs ministers in the CICA" are the CICA foreign
#: ministers' meeting (thirty-fifth blind check), as "the CICA Foreign Ministers Meeting" is
_MINISTERS_WHO = r"(?i:foreign(?:\s+affairs)?|defen[cs]e|trade|finance|economy|energy)"
_MINISTERS_MEETING_OF = re.compile(
    r"(?i:\bmeeting)\s+of\s+(?:the\s+)?(?:"
    r"(?P<org>[A-Z][A-Za-z0-9-]{1,20})\s+(?P<who>" + _MINISTERS_WHO + r")\s+(?i:ministers)"
    r"|(?P<org2>[A-Z][A-Za-z0-9-]{1,20})\s+(?i:ministers)\s+(?i:of|for)\s+(?P<who2>" + _MINISTERS_WHO + r")"
    r"|(?P<who3>" + _MINISTERS_WHO + r")\s+(?i:ministers)\s+(?i:of|in|from)\s+(?:the\s+)?(?P<org3>[A-Z][A-Za-z0-9-]{1,20}))"
    r"(?![\w-])")
#: the same of the ministers of the parties, by their office: "the Trilateral Meeting of the Ministers
#: of Foreign Affairs of Kenya, Ghana and Togo" is the parties' foreign ministers' meeting, as "the
#: Trilateral Meeting of Foreign Ministers of Togo, Kenya and Ghana" is (fortieth blind check)
_PARTIES_MINISTERS_MEETING = re.compile(
    r"(?:(?i:trilateral|bilateral|joint|quadrilateral)\s+)?(?i:\bmeeting)\s+of\s+(?:the\s+)?(?i:ministers)\s+"
    r"(?i:of|for)\s+(?P<who>" + _MINISTERS_WHO + r")\s+(?i:of)\s+(?:the\s+)?(?=[A-Z])")
# "the Economic Policy Consultative Committee (EPCC), also known as the Economic 2+2 meeting"
_AKA = re.compile(
    r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){1,7})(?:\s*\(\s*[\w+&-]+\s*\))?"
    r",?\s+(?:also\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?"
    r"(?P<acr>[A-Z0-9][\w+&-]*(?:\s+[A-Z0-9][\w+&-]*){0,3})")
# "AUSMIN 2023", "the 2023 AUSMIN": an edition of a series known by its acronym
_ACR_YEAR = re.compile(r"(?<![\w-])(?:(?P<a>[A-Z]{3,8})\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?P<b>[A-Z]{3,8}))(?![\w-])")
# lower-case descriptions: "the counternarcotics working group", "a new maritime dialogue"
_LOWER_BODY = re.compile(
    r"(?<![\w-])(?P<mod>(?:[a-z][a-z-]{3,}\s+){1,2})(?P<head>working\s+group|task\s+force|dialogue"
    r"|committee|commission|mechanism|hotline)(?![\w-])")
#: a lower-case agreement named by its kind (one row each, with the sentence a test reads in
#: tests/test_linking_blind11.py): "have initialed a peace agreement ahead of a formal signing";
#: a kind word, not an evaluation ("a landmark agreement" names nothing; eleventh blind check)
LOWER_AGREEMENT_KINDS: tuple[tuple[str, str], ...] = (
    ("peace", "Kenya and Ghana have initialed a peace agreement ahead of a formal signing."),
    ("ceasefire", "Kenya and Ghana signed a ceasefire agreement in Nairobi on Monday."),
    (r"defen[cs]e", "Kenya and Ghana will sign a defence treaty in Accra."),
    # the ordinary kinds of bilateral agreement ("a trade agreement", "a free trade deal": the
    # registry's free-trade-agreement, bodies.yaml)
    ("investment", "Kenya and Ghana signed an investment treaty in Accra on Monday."),
    ("economic partnership", "Kenya and Ghana will sign an economic partnership agreement next year."),
    ("partnership", "Kenya and Ghana signed a partnership agreement in Nairobi on Monday."),
    ("cooperation", "Kenya and Ghana signed a cooperation agreement on fisheries in Accra."),
    ("framework", "Kenya and Ghana initialled a framework agreement in Nairobi on Monday."),
    ("security", "Kenya and Ghana will sign a security pact in Accra."),
    ("extradition", "Kenya and Ghana ratified an extradition treaty on Monday."),
    # the standing kinds of defence and legal agreement between two states (sixteenth blind
    # check: a report named in lower case the agreement its promise named in capitals)
    ("reciprocal access", "Kenya and Ghana signed on Monday a reciprocal access agreement."),
    ("status of forces", "Kenya and Ghana will sign a status of forces agreement in Accra."),
    ("visiting forces", "Kenya and Ghana signed a visiting forces agreement in Nairobi on Monday."),
    ("comprehensive economic partnership", "Kenya and Ghana signed a comprehensive economic partnership agreement."),
    ("mutual legal assistance", "Kenya and Ghana signed a mutual legal assistance treaty in Accra."),
    ("air services", "Kenya and Ghana initialled an air services agreement in Nairobi on Monday."),
)
#: the heads after a kind (one row each, with the sentence a test reads): "a trade deal", "a
#: cooperation protocol", "a defence memorandum of understanding"
LOWER_AGREEMENT_HEADS: tuple[tuple[str, str], ...] = (
    ("agreement", "Kenya and Ghana signed a cooperation agreement in Nairobi on Monday."),
    ("treaty", "Kenya and Ghana will sign a peace treaty in Accra."),
    ("accord", "Kenya and Ghana signed a ceasefire accord in Nairobi on Monday."),
    ("pact", "Kenya and Ghana will sign a defence pact in Accra."),
    ("deal", "Kenya and Ghana struck a peace deal in Nairobi on Monday."),
    ("protocol", "Kenya and Ghana signed a cooperation protocol in Accra on Monday."),
    (r"memorandum\s+of\s+understanding", "Kenya and Ghana signed a defence memorandum of understanding in Accra."),
    ("MoU|MOU", "Kenya and Ghana signed a cooperation MoU in Accra on Monday."),
)
#: (two kinds joined: "a peace and security agreement")
_LOWER_KIND = "(?:" + "|".join(k for k, _ in LOWER_AGREEMENT_KINDS) + ")"
_LOWER_AGREEMENT = re.compile(r"(?:(?<=\b[aA]\s)|(?<=\b[aA]n\s)|(?<=\b[tT]he\s))" + _LOWER_KIND + r"(?:\s+and\s+"
                              + _LOWER_KIND + r")?\s+(?:" + "|".join(h for h, _ in LOWER_AGREEMENT_HEADS) + r")(?![\w-])")
# (right after the article only: "the Kenya-Ghana mutual defence treaty" keeps its fuller name)
_LOWER_NOT = {"joint", "bilateral", "first", "high-level", "regular", "annual", "existing", "this",
              "that", "their", "such", "other", "with", "from", "into", "ongoing", "separate", "last",
              "next", "political", "open", "frank", "candid", "constructive", "direct", "further",
              "formal", "informal", "trilateral", "high", "level", "each", "every", "strong", "close",
              "continued", "mutual", "have", "held", "hold", "will", "would",
              "said", "says", "also", "more", "about", "over", "under", "launch", "launched", "set",
              "establish", "create", "form", "convene", "resume", "restart", "start", "begin",
              "reopen", "agreed", "agree", "upon", "called", "named",
              # evaluations describe, they do not name: "the JTC is a unique mechanism for trade"
              # (the shape of India-Singapore reports, 2024-2025)
              "unique", "important", "useful", "effective", "valuable", "crucial", "vital", "significant"}


#: the last word of a party's or an office-holder's name, not a forum's: a name defined by its
#: acronym ending in one is who negotiates, no body (twelfth blind check: an armed group named so
#: was taken as the series of every report of its talks, a minister's title as a body met "at");
#: (word, example a test reads)
PARTY_NAME_HEADS: tuple[tuple[str, str], ...] = (
    ("Army", "The Kenya Liberation Army (KLA) said it would attend the talks."),
    ("Front", "The Government of Kenya and the Kenya Freedom Front (KFF) signed a ceasefire in Accra."),
    ("Movement", "The Ghana Democratic Movement (GDM) walked out of the talks."),
    ("Party", "Leaders of the Ghana Progress Party (GPP) met in Accra on Monday."),
    ("Forces", "The Kenya Popular Forces (KPF) agreed to a truce."),
    ("Militia", "The Lake Region Militia (LRM) joined the talks."),
    ("Minister", "Kenya and Ghana signed four agreements during External Affairs Minister (EAM) Otieno's visit."),
    ("Secretary", "The Kenyan Cabinet Secretary (CS) arrived in Accra on Monday."),
)
_PARTY_NAME = re.compile(r"\b(?:" + "|".join(w for w, _example in PARTY_NAME_HEADS) + r")$"
                         # a titled person's name before their party's acronym: "Prime Minister Kofi
                         # Mensah (GPP)" (twenty-eighth blind check: a news agency's copy)
                         r"|\b" + OFFICE_TITLE + r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*$")
#: a titled person's name defined by an acronym, their party's (an example a test reads)
TITLED_NAME_EXAMPLE = ("Ghanaian Prime Minister Kofi Mensah (GPP) and his Kenyan counterpart on Tuesday launched "
                       "the construction of a bridge between Ghana and Kenya.")


def _acr_ok(acr: str, reg: Registry) -> bool:
    if acr.lower() in reg.countries:
        return False
    return any(c.isupper() or c.isdigit() for c in acr[1:]) or len(acr) <= 5


#: what may follow participants standing for their series inside a name: "Heads of Government |
#: Meeting"
_OCCASION_TAIL = re.compile(r"(?i)\s*(?:meeting|summit|conference)?\s*")


#: an occasion of a body named right before it: "the (Eighth | 2024 | Beijing) (Ministerial)
#: Conference of the | Forum on Volta Cooperation" (its number, year or place, a level, the head)
_OCCASION_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-Z0-9][\w'’-]*\s+)?(?:Ministerial\s+|Leaders['’]?\s+)?"
                              r"(?P<occ>Summit|Conference)\s+of\s+the\s+$")


def _occasions_of(text: str, chosen: list[tuple[int, int, str | None]],
                  names: dict[tuple[int, int], str]) -> list[tuple[int, int, str | None]]:
    """An occasion named as "the <Summit | Conference> of the <body>" is that body's occasion, one
    name, as "the <body> summit" is: "the Eighth Ministerial Conference of the Forum on Volta
    Cooperation", "the Beijing Summit of the Volta Forum", "2024 Summit of the Volta Forum"
    (twenty-second blind check: the same forum's summits and conferences read as the bare
    occasion or as one name by what stood around them). The span joined, in ``names`` under the
    body's name and the occasion's words; a mention of the occasion alone inside it goes."""
    out: list[tuple[int, int, str | None]] = []
    for s2, e2, akey in chosen:
        om = _OCCASION_BEFORE.search(text, max(0, s2 - 60), s2) if akey is None and (s2, e2) not in names else None
        if om is None:
            out.append((s2, e2, akey))
            continue
        start = om.start()
        out = [c for c in out if c[1] <= start]  # (the occasion read alone: "Summit", "2024 Summit")
        level = "Ministerial " if "Ministerial" in om.group(0) else ""
        names[(start, e2)] = f"{text[s2:e2]} {level}{om.group('occ')}"
        out.append((start, e2, None))
    return out


#: a long name that ends on "Meeting" (no word of a key: "Asia-Volta Meeting" is "asia volta")
_MEETING_NAME_END = re.compile(r"\bMeetings?$")


def acronym_pairs(text: str, reg: Registry | None = None) -> list[tuple[str, str]]:
    """(long-name key, acronym key) for every name defined in parentheses in ``text``, in
    either order: the same body across documents (see ``match.suggest``)."""
    reg = reg if reg is not None else load_registry()
    text = _QUOTES.sub(" ", text)
    out = []
    for rx in (_ACRONYM_DEF, _ACRONYM_DEF_REV, _AKA):
        for m in rx.finditer(text):
            acr, long = m.group("acr"), m.group("long")
            if not _acr_ok(acr, reg) or len(long.split()) < 2:
                continue
            a = reg.acronyms.get(acr) or reg.canonical(normalise_name(acr, reg)[0])
            b = reg.canonical(normalise_name(long, reg)[0])
            if rx is _ACRONYM_DEF and not m.group("head") and len(read := find_bodies(m.group(0), reg)) == 1 \
                    and read[0].start <= len("The "):
                # the long name as a mention reads it: "the Commonwealth Heads of Government
                # Meeting (CHOGM)" is the Commonwealth summit
                b = read[0].key.split("/")[0]
            if a and b and a != b and not is_generic(b):
                out.append((b, a))
                if _MEETING_NAME_END.search(long) and "summit" not in a.split() + b.split():
                    # a series named a meeting is one of summits: "the Asia-Volta Meeting (AVM)" is
                    # held as "the 13th AVM Summit" and promised as "the 13th Asia-Volta Meeting
                    # Summit" (thirty-fifth blind check): its name and its acronym with the occasion
                    # or without, one body
                    out += [(b, " ".join(sorted(set(k.split()) | {"summit"}))) for k in (b, a)]
                first, _, tag = acr.partition(" ")
                if tag and (re.fullmatch(r"\d{4}", tag)
                            or (reg.acronyms.get(tag) or reg.canonical(normalise_name(tag, reg)[0])) in reg.bodies) \
                        and _acr_ok(first, reg) \
                        and len(first) >= 3 and first not in reg.acronyms \
                        and (a1 := reg.canonical(normalise_name(first, reg)[0])) and a1 not in (a, b):
                    # "(ANZMIN 2+2)", "(KGMIN 2031)": the acronym with a format or a year after it
                    # is the acronym alone, as another report defines it (the shape of
                    # Australia-New Zealand reports, 2024)
                    out.append((b, a1))
    return out
_DAY_OR_MONTH = re.compile(DAY_OR_MONTH_FULL + r"(?:['’]s)?")
_SENT_BREAK = re.compile(r"(?<=[a-z]{3})[.!?]\s+|\n\s*\n")
_NOT_ORG = {"the", "both", "their", "our", "its", "two", "three", "four", "five", "other", "all",
            "senior", "world", "foreign", "many", "some", "these", "those", "when", "while", "after",
            "before", "as", "and", "but", "top", "key", "said", "where"}


@dataclass(frozen=True)
class BodyMention:
    text: str
    start: int
    end: int
    key: str  # registry key or normalised name
    ordinal: int | None = None
    next: bool = False  # "the next meeting of ..."
    countries: frozenset[str] = frozenset()
    sub: bool = False  # a sub-group under the body, not the body itself
    head: str = ""  # the head word (Dialogue, Agreement ...)
    norm: str = ""  # the normalised name before registry lookup
    label: str = ""  # the fullest name of the body seen in the document
    part: str = ""  # "round": a round of talks on the body, not the body itself

    @property
    def full_key(self) -> str:
        return self.key + ("/sub" if self.sub else "") + (f"/{self.part}" if self.part else "")


#: lower-case heads that, after "the <ordinal> meeting of the", refer back to a group the
#: document named ("This was the 16th meeting of the working group")
_FORMAT_RE = re.compile(r"(?i)\bin\s+(?:the|this|that|such\s+a)\s+format\b")
_NUMBERED_OF = re.compile(rf"(?i)\b(?:{ORDINAL_RE})\s+(?:meeting|session|round)\s+of\s+the\s+$")
_SHORT_HEADS = {"working group", "joint working group", "task force", "expert group", "contact group"}
_NOT_HEAD_ALONE = {"meeting", "talks", "program", "programme", "fund", "center", "centre",
                   "framework", "partnership", "initiative", "declaration", "exercise",
                   "council", "committee", "conference", "forum", "agreement", "summit",
                   "commission", "dialogue", "dialog", "2+2"}


@lru_cache(maxsize=512)
def _word_re(word: str) -> re.Pattern[str]:
    """``word`` standing as a word of its own (an acronym a text defined: "the EPCC"), compiled
    once per word."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def find_bodies(text: str, reg: Registry | None = None) -> list[BodyMention]:
    """Body names in a text, in order, each with its key, ordinal and countries."""
    reg = reg if reg is not None else load_registry()
    return list(_mention_cache(text, id(reg), reg))


@lru_cache(maxsize=20000)
def _mention_cache(text: str, _rid: int, reg: Registry) -> tuple[BodyMention, ...]:
    text = _QUOTES.sub(" ", text)  # 'Economic "2+2"' is the name Economic 2+2 (same offsets)
    text = _spelled_together(text)  # "2 + 2" is the name 2+2 (same offsets; SPELLINGS)
    text = _dash_joined(text, reg)  # "Kenya – Ghana Joint Commission" (same offsets)
    cands: list[tuple[int, int, str | None]] = []  # start, end, registry key (acronyms)
    names: dict[tuple[int, int], str] = {}  # spans read under another name
    # acronyms defined in the text: "Quadrilateral Security Dialogue (Quad) summit" is the
    # Quad summit; a later "the EPCC" is the body its definition names
    defined: dict[str, tuple[int, int]] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr")
        if not _acr_ok(acr, reg) or (not m.group("head") and _PARTY_NAME.search(m.group("long"))):
            continue
        if not m.group("head") and _MEDIA_NAME.fullmatch(m.group("long").strip()):
            continue  # "Ghana News Agency (GNA)": who reports, no body (a later "the agency" is not one)
        defined.setdefault(acr, (m.start("long"), m.end("long")))
        if m.group("head"):
            cands.append((m.start("long"), m.end("head"), None))
            names[(m.start("long"), m.end("head"))] = f"{acr} {m.group('head')}"
        else:
            cands.append((m.start("long"), m.end("long"), None))
            if acr in reg.acronyms or normalise_name(acr, reg)[0] in reg.by_norm:
                # "Security Consultative Committee (2+2)": the registry's 2+2
                names[(m.start("long"), m.end("long"))] = acr
    for m in _ACR_YEAR.finditer(text):
        acr = m.group("a") or m.group("b")
        if _acr_ok(acr, reg) and acr not in defined:
            span = (m.start("a"), m.end("a")) if m.group("a") else (m.start("b"), m.end("b"))
            cands.append((span[0], span[1], reg.acronyms.get(acr)))
    talk_rounds: set[tuple[int, int]] = set()
    for m in _TALKS_ROUND.finditer(text):
        cands.append((m.start(), m.end(), None))
        names[(m.start(), m.end())] = "talks"
        talk_rounds.add((m.start(), m.end()))
    for m in _EDITIONS_LISTED.finditer(text):
        head = m.group("head")[:-1]
        for it in _EDITION_ITEM_RE.finditer(m.group("items")):
            span = (m.start("items") + it.start(), m.start("items") + it.end())
            cands.append((*span, None))
            names[span] = f"{it.group('name')} {head}"
    for m in _PARTIES_SUMMIT.finditer(text):
        cands.append((m.start(), m.end(), None))
        names[(m.start(), m.end())] = "Summit"
    for m in _GOVERNMENTS_MEETING.finditer(text):
        if len(countries_in(m.group("parties"), reg)) >= 2 and _GOVERNMENTS_KEY in reg.bodies:
            cands.append((m.start(), m.end(), _GOVERNMENTS_KEY))
    for m in _LOWER_AGREEMENT.finditer(text):
        cands.append((m.start(), m.end(), None))
    for m in _LOWER_BODY.finditer(text):
        words = m.group("mod").split()
        while words and (words[0] in _LOWER_NOT or words[0] in _QUALIFIERS or words[0] in _STOP):
            words = words[1:]
        if not words or any(w in _LOWER_NOT or w in _STOP for w in words) \
                or any(w.endswith(("ed", "ing")) and len(w) > 5 for w in words):
            continue
        start = m.start("mod") + m.group("mod").index(words[0])
        cands.append((start, m.end(), None))
    for acr, (ls, le) in defined.items():
        for m in _word_re(acr).finditer(text):
            if m.start() > le and text[m.end():m.end() + 1] != ")":
                tail = _HEAD_AFTER.match(text, m.end())
                if tail is None and acr not in reg.acronyms:
                    names[(m.start(), m.end())] = text[ls:le]
                    cands.append((m.start(), m.end(), None))
    for m in _PARTIES_MINISTERS_MEETING.finditer(text):
        if countries_in(text[m.end():m.end() + 80], reg):
            end = text.rfind(" of", m.start(), m.end())  # (the name ends before "of <the parties>")
            cands.append((m.start(), end, None))
            names[(m.start(), end)] = f"{m.group('who').split()[0].capitalize()} Ministers Meeting"
    for m in _MINISTERS_MEETING_OF.finditer(text):
        org = m.group("org") or m.group("org2") or m.group("org3")
        who = (m.group("who") or m.group("who2") or m.group("who3")).split()[0]
        if org.lower() not in _NOT_ORG and not _DAY_OR_MONTH.fullmatch(org):
            cands.append((m.start(), m.end(), None))
            names[(m.start(), m.end())] = f"{org} {who.capitalize()} Ministers Meeting"
    # "a summit meeting of the four Quad members" = the Quad summit
    for m in _SUMMIT_OF.finditer(text):
        org = m.group("org")
        if org.lower() not in _NOT_ORG and not countries_in(org, reg):
            cands.append((m.start(), m.end(), None))
            names[(m.start(), m.end())] = f"{org} {m.group('head')}"
    # participants standing for their series: "NATO leaders" = the NATO summit
    if reg.participants_re is not None:
        for m in reg.participants_re.finditer(text):
            org = m.group("org") or m.group("org2")
            if org.lower() in _NOT_ORG or countries_in(org, reg) or _DAY_OR_MONTH.fullmatch(org):
                continue  # (and "the September summit": a date, not a group)
            if _country_re(reg).match(text, m.start("org") if m.group("org") else m.start("org2")):
                continue  # "Leaders of South Africa, Kenya and Ghana": a country, cut ("South")
            end = m.end()
            if m.group("org2") and re.match(r"\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z]", text[m.end("org2"):]):
                # "the Summit of the Organization of Turkic States": a longer name, cut; the whole
                # of it when the text defines it by an acronym ("... Turkic States (OTS)")
                long = next((le for ls, le in defined.values() if ls == m.start("org2")), None)
                if long is None:
                    continue
                org, end = text[m.start("org2"):long], long
            if m.group("org") and (pw := re.search(r"(?<![\w-])([A-Z][\w.'’-]*)\s+$", text[:m.start("org")])) \
                    and pw.group(1).lower() not in _NOT_ORG and not _DAY_OR_MONTH.fullmatch(pw.group(1)):
                continue  # "the Asia-Pacific Economic Cooperation leaders' forum": a longer name, cut
            who = (m.group("who") or m.group("who2")).lower()
            series = next((sr for w, sr, _e in reg.participants if re.fullmatch(w, who, re.IGNORECASE)), None)
            if series:
                # (a group told by a party's combining form, "Gulf leaders": that party's, the GCC)
                org = reg.combining.get(org.lower(), org)
                cands.append((m.start(), end, None))
                names[(m.start(), end)] = f"{org} {series}"
                for ls, le in defined.values():
                    if ls <= m.start() and end <= le and (ls, le) not in names \
                            and re.fullmatch(r"(?i)(?:the\s+)?", text[ls:m.start()]) \
                            and _OCCASION_TAIL.fullmatch(text, end, le):
                        # "the Commonwealth Heads of Government Meeting (CHOGM)": the long name
                        # its acronym defines is read as it is without the brackets (the
                        # Commonwealth summit), not as another name
                        names[(ls, le)] = f"{org} {series}"
    # per sentence: a name never runs over a sentence end, and a match that would (" ... 2+2
    # Foreign and Defence Ministerial Consultation. The talks") must not hide the one before it
    breaks = [0, *(b.end() for b in _SENT_BREAK.finditer(text)), len(text)]
    for m in (g for a, b in itertools.pairwise(breaks) for g in _GENERIC_RE.finditer(text, a, b)):
        s, e = m.start(), m.end()
        head = m.group("head")
        mod = m.group("mod") or ""
        if head.lower() in ("meeting",) and re.match(r"\s+of\b", text[e:e + 4]):
            continue
        if not mod and e - s == len(head) and (head.lower() in _NOT_HEAD_ALONE or head[0].islower()) \
                and not (head.lower() in _SHORT_HEADS and _NUMBERED_OF.search(text, max(0, s - 60), s)):
            continue  # ("the 16th meeting of the working group": the group named before, expand_short_names)
        # "Homeland Security dialogue": fine; "The meeting": not a name
        if mod and head[0].islower() \
                and all(w.lower() in _QUALIFIERS or ordinal_value(w) for w in mod.split()):
            continue
        if mod and _DAY_OR_MONTH.fullmatch(mod.split()[-1]):
            continue  # "Monday's meeting", "the June summit": a date, not a name
        if _OFFICE_AFTER.match(text, e):
            continue  # "European Council President Antonio Costa": an office-holder's title, no body
        if head.lower() in _OCCASION_HEADS and head[0].isupper() and (tm := _TAIL_AGREEMENT.match(text, m.end("head"), e)):
            # "the Inaugural Joint Mechanism Meeting on Peace Agreement": a meeting about the
            # agreement, two bodies (eleventh blind check); a standing body keeps its tail ("the
            # Joint Committee on the Free Trade Agreement")
            cands.append((tm.start("name"), e, None))
            e = m.end("head")
        doc = list(_DOC_WORD.finditer(mod))
        if doc:
            # "Joint Statement EU-US Trade and Technology Council": the name after the document's
            # kind (a title of an EU-U.S. joint statement, 2023)
            s = m.start("mod") + doc[-1].end()
            s += len(text[s:e]) - len(text[s:e].lstrip())
        if len(mod.split()) == 1 and re.fullmatch(r"[A-Z]{3,8}", mod.strip()) \
                and head.lower() in ("talks", "meeting", "meetings", "consultations") \
                and mod.lower() not in reg.countries:
            names[(s, e)] = mod  # "the AUSMIN talks" are AUSMIN
        cands.append((s, e, None))
    if reg.alias_re is not None:
        for m in reg.alias_re.finditer(text):
            cands.append((m.start(), m.end(), None))
    if reg.acronym_re is not None:
        for m in reg.acronym_re.finditer(text):
            cands.append((m.start(), m.end(), reg.acronyms[m.group(0)]))
    if reg.numbered_re is not None:
        for m in reg.numbered_re.finditer(text):
            cands.append((m.start(), m.end(), reg.numbered[m.group("acr").upper()]))
    # a match running over a sentence end ("… Japan. The Quad meeting") starts after it, before
    # the longest spans are chosen: its length across the break would push out the name the
    # earlier sentence ends with ("... Ministerial Consultation. The talks")
    cut_cands = []
    for s, e, akey in cands:
        if (s, e) not in names:
            for b in _SENT_BREAK.finditer(text, s, e):
                s = b.end()
        if s < e:
            cut_cands.append((s, e, akey))
    cands = cut_cands
    # longest non-overlapping spans
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, str | None]] = []
    for c in sorted(cands, key=lambda c: -(c[1] - c[0])):
        if all(c[1] <= o[0] or c[0] >= o[1] for o in chosen):
            chosen.append(c)
    chosen.sort()
    chosen = _occasions_of(text, chosen, names)
    out: list[BodyMention] = []
    for s, e, akey in chosen:
        alias = names.get((s, e))
        name = text[s:e]  # (no sentence end inside: cut before the spans were chosen)
        # trim a leading sentence word such as "The"/"Both" that is not part of the name
        lead = re.match(r"(?:The|A|An|This|That|These|Those|Its|Their|Both|At|In|On|After|Before|During)\s+", name)
        if lead:
            s += lead.end()
            name = text[s:e]
            if lead.group(0).startswith(("These", "Those")) and name.lower() in _NOT_HEAD_ALONE:
                continue  # "These talks": a determiner and a common noun, no name
        long_norm = ""
        if akey is None and alias is not None and alias in reg.acronyms:
            # "India-United States Trade Policy Forum (TPF)": a registry acronym defined in the
            # text names the registry's body (its countries read from the long name)
            akey = reg.acronyms[alias]
            long_norm, countries = normalise_name(name, reg)
            key = akey
        elif akey is not None:
            # (the countries a name holds: "the meeting of the Kenyan and Ghanaian governments")
            key, countries = akey, normalise_name(name, reg)[1]
        else:
            norm, countries = normalise_name(alias or name, reg)
            if not norm and alias is None and (countries or not set(_clean(name).split()) & _BELOW_LEADERS) \
                    and (hm := _OWN_HEAD.search(name)) is not None:
                norm = hm.group(0).lower()  # known by its parties and its head alone
            if not norm:
                continue
            key = reg.canonical(norm)
            if key == norm:
                # a registry alias inside a longer generic name ("Annual HSD Review")
                # stays a different body; unknown names keep their normal form, unless every
                # word is of one registry body's own names (below)
                key = _own_words_body(norm, reg) or norm
        before = text[max(0, s - 80):s]
        ordinal: int | None = None
        nxt = False
        for w in re.findall(ORDINAL_RE, name, flags=re.IGNORECASE):
            v = ordinal_value(w)
            if v is not None:
                ordinal = v
                break
        bm = _BEFORE_ORD.search(before)
        if bm:
            w = bm.group("ord").lower()
            if w in ("next", "upcoming"):
                nxt = True
            elif ordinal is None:
                ordinal = ordinal_value(w)
        if re.match(r"(?i)(?:the\s+)?next\b", name):
            nxt = True
        if ordinal == 1 and _FIRST_SINCE.match(text, e):
            ordinal = None  # "their first 2+2 talks since May 2015": no edition number
        if reg.numbered_re is not None:
            if ordinal is None and (ne := numbered_edition(name, reg)) is not None and ne[0] == key:
                ordinal = ne[1]  # "COP28": the 28th Conference of the Parties
            if (op := _BRACKET_AFTER.match(text, e)) is not None \
                    and (nm := reg.numbered_re.match(text, op.end())) is not None \
                    and _APPOSITION_CLOSE.match(text, nm.end()):
                # "the 12th Ministerial Conference (MC12)", "the Conference of the Parties (COP27)":
                # the name its numbered acronym defines is that body's edition
                key = reg.numbered[nm.group("acr").upper()]
                ordinal = ordinal if ordinal is not None else int(nm.group("n"))
        sub = bool(_SUB_BEFORE.search(before) or _SUB_AFTER.match(text[e:e + 20]))
        part = ""
        rm = _ROUND_BEFORE.search(before)
        if rm is None:
            rm = _ROUND_OF.search(before)
            if rm is not None and not _ROUND_AFTER.match(text[e:e + 30]) \
                    and not _ROUND_NAME.match(name):
                rm = None
        if (s, e) in talk_rounds:
            part = "round"
            nxt = nxt or bool(re.match(r"(?i)(?:next|upcoming|subsequent|new|another)\b", name))
        elif rm is not None or _ROUNDS_AFTER.match(text[e:e + 30]):
            part = "round"
            w = (rm.group("ord") or "").lower() if rm is not None else ""
            if w in ("next", "upcoming"):
                nxt = True
            elif w and ordinal_value(w) is not None:
                ordinal = ordinal_value(w)
        head = ""
        # the head before an "on / for" tail: "the Joint Mechanism for the Peace Agreement" is a
        # mechanism (eleventh blind check), "the Working Group on Critical Minerals" a group
        hname = alias or name
        if (tail := re.search(r"\s(?:on|for)\s", hname)) and _HEAD_IN.search(hname, 0, tail.start()):
            hname = hname[:tail.start()]
        hm = _LAST_HEAD.search(hname)
        if hm:
            head = hm.group(1)
        norm_name = normalise_name(alias or name, reg)[0] if akey is None else (long_norm or akey)
        out.append(BodyMention(name, s, e, key, ordinal, nxt, countries, sub, head, norm_name,
                               label="" if long_norm else alias or "", part=part))
    out = [_agreement_round(m, out[:i]) for i, m in enumerate(out)]
    return tuple(_another_edition(expand_short_names(_join_own_words(_drop_appositions(out, text), text, reg),
                                                     reg), text))


def is_talks_round(m: BodyMention) -> bool:
    """A round of the parties' talks that names no series (``_TALKS_ROUND``)."""
    return m.key == "talks" and m.part == "round"


def _agreement_round(m: BodyMention, before: list[BodyMention] | tuple[BodyMention, ...]) -> BodyMention:
    """A round of talks after an agreement is named is a round of its talks ("the Kenya-Ghana Free
    Trade Agreement ... the second round of negotiations", rule 'round-subject')."""
    if not is_talks_round(m):
        return m
    for b in reversed(list(before)):
        if "agreement" in (head_class(b.head or b.key), head_class(b.key)) and not b.sub:
            return replace(b, part="round", next=m.next, ordinal=m.ordinal, start=m.start, end=m.end,
                           text=m.text, label=b.label or b.text)
    return m


#: one name spelled apart: (pattern, the name, example); the name is written over the match,
#: padded with spaces, so every offset stays
SPELLINGS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(?<![\w+])2\s+\+\s*2(?![\w+])|(?<![\w+])2\s*\+\s+2(?![\w+])"), "2+2",
     "Kenya and Ghana held their first 2 + 2 dialogue in Nairobi on 9 January."),
)


def _spelled_together(text: str) -> str:
    for rx, name, _example in SPELLINGS:
        text = rx.sub(lambda m, name=name: name.rjust(len(m.group(0))), text)  # type: ignore[misc]
    return text


#: two parties' names joined by a dash with spaces round it, before a capitalised name: "the sixth
#: Kenya – Ghana Joint Commission" (thirty-fifth blind check: a Nigerian paper's spelling)
_SPACED_DASH = re.compile(r"\b(?P<a>[A-Z][\w'’.]+)\s+[–—-]\s+(?P<b>[A-Z][\w'’.]+)(?=\s+[A-Z])")


def _dash_joined(text: str, reg: Registry) -> str:
    """``text`` with a pair of parties spelled apart by a spaced dash written together, padded with
    spaces after it so every offset stays ("Kenya – Ghana" -> "Kenya–Ghana  ")."""
    def joined(m: re.Match[str]) -> str:
        a, b = m.group("a"), m.group("b")
        if a.isupper() or len(countries_in(a, reg)) != 1 or len(countries_in(b, reg)) != 1 \
                or countries_in(a, reg) == countries_in(b, reg):
            return m.group(0)  # (a dateline is no party: "ACCRA – Kenya's President ...")
        return f"{a}–{b}".ljust(len(m.group(0)))
    return _SPACED_DASH.sub(joined, text) if "– " in text or "— " in text or " - " in text else text


#: "another 2+2": the edition after the last numbered one of that series named before it
_ANOTHER_BEFORE = re.compile(r"(?i)\banother\s+(?:[\w-]+\s+){0,2}$")


def _another_edition(mentions: list[BodyMention], text: str) -> list[BodyMention]:
    """"They held the first 2+2 in 2031 ... and another 2+2 in Accra": the second."""
    out: list[BodyMention] = []
    last: dict[str, int] = {}
    for m in mentions:
        if m.ordinal is None and not m.next and m.start >= 0 \
                and _ANOTHER_BEFORE.search(text, max(0, m.start - 40), m.start) and m.full_key in last:
            m = replace(m, ordinal=last[m.full_key] + 1)
        if m.ordinal is not None and not m.next:
            last[m.full_key] = max(m.ordinal, last.get(m.full_key, 0))
        out.append(m)
    return out


def _name_words(key: str, reg: Registry) -> set[str]:
    """The words of every registry name of a body (name and aliases, normalised)."""
    entry = reg.bodies.get(key)
    if entry is None:
        return set()
    words: set[str] = set()
    for n in (entry.name, *entry.aliases):
        words |= set(normalise_name(n, reg)[0].split())
    return words


def _own_words_body(norm: str, reg: Registry) -> str | None:
    """The registry body a name made of its own names is: "the Kenya-Ghana 2+2 Foreign and
    Defence Ministerial Meeting" joins two aliases of the 2+2 ("2+2", "Foreign and Defence
    Ministerial Meeting"; the form of a Japanese ministry's report of the Japan-Australia 2+2,
    2022), so it is the 2+2. It must hold one whole alias and no word outside the body's names;
    one body only."""
    words = set(norm.split())
    if len(words) < 2:
        return None
    hits = [k for k, (all_words, aliases) in _own_words_table(id(reg), reg).items()
            if words <= all_words and any(a <= words for a in aliases)]
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=8)
def _own_words_table(_rid: int, reg: Registry) -> dict[str, tuple[set[str], list[set[str]]]]:
    """Each registry body: every word of its names, and each name's words (read once per
    registry, like ``_mention_cache``)."""
    table: dict[str, tuple[set[str], list[set[str]]]] = {}
    for k, entry in reg.bodies.items():
        aliases = [set(normalise_name(n, reg)[0].split()) for n in (entry.name, *entry.aliases)]
        table[k] = (set().union(*aliases), [a for a in aliases if a])
    return table


def _join_own_words(out: list[BodyMention], text: str, reg: Registry) -> list[BodyMention]:
    """A registry name used as a modifier of words of its own name is that body: in "the
    Example 2+2 consultative committee meeting" the lower-case "consultative committee" are
    words of the 2+2's name "Security Consultative Committee", so the whole is the 2+2 (rule
    'own-words', tested); "the Quad vaccine working group" stays another body."""
    kept: list[BodyMention] = []
    for m in out:
        prev = kept[-1] if kept else None
        if prev is not None and prev.key in reg.bodies and not prev.part and not prev.sub \
                and m.key not in reg.bodies and text[prev.end:m.start].strip() == "" \
                and m.text[:1].islower() and m.norm \
                and set(m.norm.split()) <= _name_words(prev.key, reg):
            kept[-1] = replace(prev, end=m.end, text=text[prev.start:m.end],
                               ordinal=prev.ordinal if prev.ordinal is not None else m.ordinal,
                               head=m.head or prev.head)
            continue
        kept.append(m)
    return kept


#: a bracket opening right after a name: "the Conference of the Parties | (COP27)"
_BRACKET_AFTER = re.compile(r"\s*\(\s*")
_APPOSITION_OPEN = re.compile(r"\s*[(\[]\s*$")
_APPOSITION_CLOSE = re.compile(r"\s*[)\]]")


def _drop_appositions(out: list[BodyMention], text: str) -> list[BodyMention]:
    """A name in brackets right after a name of the same body is that mention, not another:
    in "the first round of talks on the Example Trade Agreement (ETA), which began ...", the
    nearest name to "began" is the round, not a bare ETA (rule 'apposition', tested)."""
    kept: list[BodyMention] = []
    for m in out:
        prev = kept[-1] if kept else None
        if prev is not None and _APPOSITION_OPEN.fullmatch(text[prev.end:m.start]) \
                and _APPOSITION_CLOSE.match(text[m.end:m.end + 3]) \
                and (m.key == prev.key or " " not in m.text.strip()):
            continue
        kept.append(m)
    return kept


def _more_specific(short: BodyMention, full: BodyMention) -> bool:
    """Is ``full`` the fuller name of ``short``? Its words hold the short name's; and a short
    name naming two or more countries of its own ("the 21st Kenya-Ghana Annual Summit") is not
    a fuller name of other parties ("the BRICS summit" named before it; the shape of an
    India-Russia report, 2021)."""
    a, b = set(short.norm.split()) - {"joint"}, set(full.norm.split()) - {"joint"}
    if len(short.countries) >= 2 and not short.countries <= full.countries:
        return False
    if short.head and full.head and (head_class(short.head) == "agreement") != (head_class(full.head) == "agreement"):
        return False  # "the Peace Agreement" is no short name of "the Joint Mechanism for the Peace Agreement"
    return bool(a) and a < b and short.key != full.key


def expand_short_names(mentions: list[BodyMention], reg: Registry,
                       context: list[BodyMention] | tuple[BodyMention, ...] = ()) -> list[BodyMention]:
    """"the Joint Working Group" after "Canada-Chile Joint Working Group on Critical
    Minerals" in the same document is that body (not any joint working group)."""
    out: list[BodyMention] = []
    seen: list[BodyMention] = list(context)
    for m in mentions:
        if m.label and m.key != m.norm and not is_generic(m.key):
            pass  # already resolved against its own document ("The dialogue" after a fuller name
            # there): the title's name does not override it
        elif m.key not in reg.bodies or is_generic(m.norm):
            cands = [m0 for m0 in seen if _more_specific(m, m0)]
            if cands:
                m0 = cands[-1]
                m = replace(m, key=m0.key, countries=m.countries | m0.countries,
                            label=m0.label or m0.text)
        out.append(m)
        seen.append(m)
    return out


#: works built are made as an initiative is (launched, opened), never held: "the Mombasa-Accra
#: railway", "construction of the canal"
_WORKS_HEAD = re.compile(r"\b(?:" + WORKS_NOUN + r"|construction)\b")


def head_class(head_or_key: str) -> str:
    """meeting | agreement | initiative: what kind of thing the body is."""
    h = head_or_key.lower()
    if _AGREEMENT_HEAD.search(h):
        return "agreement"
    if re.search(r"initiative|framework|roadmap|program|fund|corridor|center|centre|partnership"
                 r"|plan|task force|mechanism|hotline|service|facility|office|network", h) \
            or _WORKS_HEAD.search(h):
        return "initiative"
    return "meeting"


def _in_context(m: BodyMention | None, context: list[BodyMention] | tuple[BodyMention, ...], reg: Registry) -> BodyMention | None:
    if m is None or not context:
        return m
    return expand_short_names([m], reg, context)[0]


def resolve_subject(subject: str, quote: str = "", reg: Registry | None = None,
                    context: list[BodyMention] | tuple[BodyMention, ...] = (),
                    kind: str | None = None,
                    quote_mentions: list[BodyMention] | tuple[BodyMention, ...] = (),
                    ) -> BodyMention | None:
    """The body a commitment is about: named in its subject, else in its quote.

    ``quote_mentions``: the quote's body names as read in its whole document (an acronym the
    document defined earlier, "the SCC", is a name there and not in the bare quote).

    ``context``: body mentions earlier in the same document (and its title),
    which give short names ("the Joint Working Group") their full identity.
    ``kind``: meeting | agreement | initiative, what the promised action makes
    (for a subject that is only a pronoun: "get it done by Diwali").
    """
    reg = reg if reg is not None else load_registry()
    subj = subject or ""
    person = person_meeting(subj, quote, reg)
    if person is not None and all(m.norm == person.text.lower() for m in find_bodies(subj, reg)):
        return person  # "Austin meeting with …" is no body named Austin
    if re.fullmatch(r"(?i)\s*(?:it|this|that|them|they|the\s+deal|the\s+pact"
                    r"|(?:the\s+)?(?:formal\s+|official\s+)?signing(?:\s+ceremony)?)\s*", subj) and kind and context:
        # a pronoun: the last body of the kind the action makes, in the document; so is the act
        # alone, "the signing will take place on Monday" (eleventh blind check)
        for m in reversed(list(context)):
            if head_class(m.head or m.key) == kind and not m.sub and not m.part:
                return replace(m, start=0, end=len(subj), text=subj, label=m.label or m.text,
                               ordinal=None, next=False)
    if _FORMAT_RE.search(subj) and not find_bodies(subj, reg) and context:
        # "will meet in the format at least every two years", "continue meetings in this
        # format": the meeting the document named last (India-Australia, India-U.S. 2+2)
        for m in reversed(list(context)):
            if head_class(m.head or m.key) == "meeting" and not m.sub and not m.part:
                return replace(m, start=0, end=len(subj), text=subj, label=m.label or m.text,
                               ordinal=None, next=False)
    group = _group_series(subj + " ; " + (quote or ""), context, reg)
    if group is not None and not find_bodies(subj, reg):
        return group
    ms = [m for m in find_bodies(subj, reg) if not _anchored_in(m, subj)]  # "talks prior to the JC"
    if ms and is_talks_round(ms[0]) and context:
        ms[0] = _agreement_round(ms[0], context)
    if ms and quote_mentions and ms[0].text not in quote:
        # the subject without the quote's acronym reads as one longer name: "Joint Committee on
        # the Rail Corridor" from "Joint Committee (JC) on the Rail Corridor (RC)", where the
        # document names the Joint Committee (its acronym says so)
        head = next((q for q in quote_mentions if ms[0].text.startswith(q.text + " ")), None)
        if head is not None:
            ms[0] = replace(head, ordinal=head.ordinal if head.ordinal is not None else ms[0].ordinal,
                            countries=head.countries | ms[0].countries)
    sub_word = bool(re.search(r"(?i)sub[\s-]?(?:group|committee)", subj))
    if not ms and re.search(r"(?i)\bsummit\s+(?:with|between)\b", subj):
        # "summit with Yoon": a bilateral summit, told apart by the countries
        _n, cs = normalise_name(quote or subj, reg)
        return BodyMention(subj, 0, len(subj), "summit", None, False, frozenset(cs), False, "summit",
                           "summit")
    bare_head = _BARE_HEAD.search(subj)
    if ms and bare_head and head_class(bare_head.group(0)) == "meeting" \
            and head_class(ms[0].head or ms[0].key) == "initiative" and bare_head.start() < ms[0].start:
        # "yearly summit talks under the Andean framework": the summit, not the framework
        return _bare_head(subj, context, quote) or _in_context(ms[0], context, reg)
    if ms:
        m = ms[0]
        if sub_word and not m.sub:
            m = replace(m, sub=True)
        return _in_context(m, context, reg)
    # a lower-case subject that is itself a name: "finance ministers' dialogue"
    stripped = re.sub(r"(?i)^(?:the\s+|a\s+|an\s+)?", "", subj.strip())
    hm = _HEAD_AT_END.search(stripped)
    if hm and re.search(r"(?i)\b(?:of|for|at|in)\s+(?:the|its|their|this|that)\s+$", stripped[:hm.start()]):
        hm = None  # "three-day meeting of the working group": refers to a body named elsewhere
    if hm and len(stripped.split()) >= 2:
        norm, countries = normalise_name(stripped, reg)
        if norm and not (is_generic(norm) and not countries):
            key = reg.canonical(norm)
            ordinal = None
            for w in re.findall(ORDINAL_RE, stripped, flags=re.IGNORECASE):
                ordinal = ordinal_value(w)
                break
            nxt = bool(re.search(r"(?i)\bnext\b", subj))
            return _in_context(BodyMention(subj, 0, len(subj), key, ordinal, nxt, countries,
                                           sub_word, hm.group(1), norm), context, reg)
    if _ROUND_SUBJECT.search(subj):
        # "subsequent rounds": the rounds the subject says, not a numbered one its quote names
        # ("The first round of negotiations will begin on March 6, and subsequent rounds ...")
        return _bare_head(subj, context, quote)
    if quote:
        qms = list(quote_mentions) or find_bodies(quote, reg)
        anchors = anchor_keys(quote, qms, context, reg)
        if anchors:
            # a body the quote names as the time of the promise ("before the Joint Commission")
            # is neither the promise's nor the one its bare head refers back to
            qms = [m for m in qms if not is_anchor(m.key, anchors)]
            context = [m for m in context if not is_anchor(m.key, anchors)]
        if sub_word:
            subs = [m for m in qms if m.sub] or qms
            if subs:
                return _in_context(replace(subs[0], sub=True), context, reg)
        if not qms:
            return _bare_head(subj, context, quote)
        # the mention sharing content words with the subject; or the only one when
        # the subject names nothing itself ("the next meeting", "it")
        def words(t: str) -> set[str]:
            return {w for w in _clean(t).split()
                    if w not in reg.countries and w not in _STOP and w not in _QUALIFIERS
                    and w not in _LEVELS and len(w) > 1}
        sw = words(subj)
        best = max(qms, key=lambda m: len(sw & words(m.text)))
        # (a subject that is a place alone, "China" of "will visit China", names a destination,
        # not a body to find in the quote: the rule for a subject of two words below decides)
        only_place = bool(_clean(subj).split()) and all(w in reg.countries for w in _clean(subj).split())
        bare = not (sw - {"meet", "hold", "it", "them", "talks", "dialogue", "summit", "group"}) and not only_place
        sh = _BARE_HEAD.search(subj)
        if sh and head_class(sh.group(0)) != head_class(best.head or best.key):
            # "summit talks" promised in a sentence naming "the Quad framework": not the framework
            return _bare_head(subj, context, quote) or None
        if sw & words(best.text) or (bare and len(qms) == 1):
            return _in_context(best, context, reg)
        if len(qms) == 1 and not ms and len(subj.split()) <= 2 \
                and not _SIDELINES_BEFORE.search(quote[max(0, qms[0].start - 60):qms[0].start]) \
                and qms[0].start > quote.find(subj):
            # (after the place: the one who announces it, "The Department of Foreign Affairs (DFA)
            # announced that the President will visit Vietnam", is no body of the visit)
            # subject "Brisbane" of "will visit Brisbane for the AUSMIN talks": the one body named
            # (not the occasion a clause names for something else: "would visit China later this
            # year after a meeting on the sidelines of a Southeast Asia summit", sixteenth check)
            return _in_context(qms[0], context, reg)
        if not ms and _MEET_VERB.match(subj):
            # "meet virtually with <people> on January 6, for the 2031 Example Dialogue": the
            # meeting is the body it is for (rule 'meet-for', tested)
            for m in qms:
                i = _QUOTES.sub(" ", quote).find(m.text)
                if i > 0 and _FOR_BEFORE.search(quote[:i]) \
                        and head_class(m.head or m.key) == "meeting":
                    return _in_context(m, context, reg)
        # the quote names a body the subject is not about ("will establish a centre …, and will
        # launch a Strategic Dialogue"): its head word is that body's, not a bare subject's
        return _bare_head(subj, context, "")
    return _bare_head(subj, context, quote)


#: the occasion of something else: "on the sidelines of (a|the) ...", "on the margins of ..."
_SIDELINES_BEFORE = re.compile(r"(?i)\b(?:on\s+|at\s+)?the\s+(?:sidelines|margins)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                               r"(?:[\w.'’-]+\s+){0,3}$")
#: a body named as the time another deliverable is set by: "a meeting of the border guards will be
#: held before the Joint Commission", "talks prior to / ahead of / in the run-up to the summit":
#: the anchor, not what is promised
ANCHOR_BEFORE = re.compile(r"(?i)\b(?:before|prior\s+to|ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for"
                            r"|preparatory\s+to)\s+(?:the\s+|their\s+|its\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,3}$")


def described(subject: str, mentions: list[BodyMention] | tuple[BodyMention, ...],
              reg: Registry) -> BodyMention | None:
    """The one body of ``mentions`` whose name holds every content word (two or more) of a
    lower-case description: "the cooperation council meeting" in a document naming the
    "High-Level Cooperation Council"; none when two bodies would do."""
    words = {w for w in _clean(subject).split() if w not in _QUALIFIERS and w not in _STOP
             and w not in reg.countries and len(w) > 1}
    if len(words) < 2:
        return None
    found = {m.key: m for m in mentions
             if words <= set(m.key.replace("-", " ").split()) | set(m.norm.split())}
    return next(iter(found.values())) if len(found) == 1 else None


def _anchored_in(m: BodyMention, quote: str) -> bool:
    """Is the quote's mention ``m`` the time anchor of another deliverable (``ANCHOR_BEFORE``)?"""
    i = _QUOTES.sub(" ", quote).find(m.text)
    return i > 0 and ANCHOR_BEFORE.search(quote[:i]) is not None


def anchor_keys(quote: str, mentions: list[BodyMention] | tuple[BodyMention, ...],
                context: list[BodyMention] | tuple[BodyMention, ...], reg: Registry) -> set[str]:
    """The keys (as named and as the document resolves them) of the bodies ``mentions`` that the
    quote names as its time anchor: "a meeting of the border guards will be held before the JC
    meeting" promises no JC meeting (``is_anchor`` also knows the JC as the Joint Commission)."""
    keys: set[str] = set()
    for m in mentions:
        if _anchored_in(m, quote):
            resolved = _in_context(m, context, reg)
            keys |= {m.key} | ({resolved.key} if resolved is not None else set())
    return keys


def is_anchor(key: str, anchors: set[str]) -> bool:
    """Is the body ``key`` one of ``anchors`` (``anchor_keys``), by its key or, for an anchor
    written as an acronym ("jcc"), by its words' initials (a key's words are sorted: "commission
    consultative joint")?"""
    if key in anchors:
        return True
    initials = sorted(w[0] for w in re.split(r"[\s-]+", key) if w)
    return len(initials) >= 2 and any(sorted(a) == initials for a in anchors)


#: "for a summit with President X", "for the next annual summit with Prime Minister X", "to attend
#: their annual summit" (an annual or bilateral summit is the parties' own; the shape of an
#: India-Russia report, 2025): a bilateral summit, told apart by the countries
_SUMMIT_QUALIFIER = r"(?:next|upcoming|annual|yearly|bilateral|first|in-person|official)"
_FOR_SUMMIT_WITH = re.compile(
    r"(?i)\b(?:for|to\s+attend|to\s+hold)\s+(?:a|an|their|the)\s+(?:" + _SUMMIT_QUALIFIER + r"\s+){0,2}summit\s+"
    r"(?:meeting\s+|talks\s+)?(?:with|between)\b"
    r"|\b(?:for|to\s+attend|to\s+hold)\s+(?:an|their|the)\s+(?:next\s+|upcoming\s+)?(?:annual|yearly|bilateral)\s+"
    r"summit(?![\w-])(?!\s+(?:of|on)\b)")
_MEET_VERB = re.compile(r"(?i)\s*(?:meet|gather|convene|visit|travel|hold\s+talks)\b")
_FOR_BEFORE = re.compile(r"(?i)\b(?:for|to\s+" + ATTENDING_PURPOSE + r")\s+(?:the\s+|their\s+|this\s+year['’]s\s+)?"
                         r"(?:[\w.'’-]+\s+){0,3}[\w.'’–-]*$")
_NAME = r"(?P<name>[A-Z][a-z]{2,})(?:\s+(?:[A-Z]\.|I{1,3}|IV|Jr\.?))*"
_WILL_MEET = (
    # "Farrell is set to meet his EU counterpart" (an EU-Australia report, 2023), as "is expected to"
    re.compile(_NAME + r"\s+(?:will|would|is\s+to|is\s+(?:expected|set|due|scheduled)\s+to|to)\s+(?:also\s+)?(?:meet|hold"
               r"\s+talks\s+with|speak\s+with)\b"),
    re.compile(r"^\s*" + _NAME + r"(?:['’]s)?\s+(?:meeting|talks|call)\s+with\b"),
)
#: the days and months, names of no one ("on Monday met with")
NOT_NAMES = frozenset(WEEKDAY_NAMES + MONTH_NAMES)
#: capitalised words that name no person: "Both met ...", "Officials met ...", a weekday or a month
#: ("on Monday met with"), a country's short name ("China")
_NOT_PERSON = frozenset(
    ["The", "This", "That", "They", "Both", "Officials", "Ministers", "Leaders", "Minister", "President",
     "Secretary", "Prime", "Delegations", "Teams", "China", "Japan", "India", "Korea", "Taiwan"]) | NOT_NAMES


def not_a_person(before: str, name: str, reg: Registry) -> bool:
    """Whether the capitalised word ``name`` (after the text ``before``) names no person: one of
    ``_NOT_PERSON``, a country, or the last word of a country's name ("talks between Kenya and the
    United States": "States" holds no meetings of its own)."""
    return name in _NOT_PERSON or bool(countries_in(name, reg)) or _ends_country(before, name, reg)


def _ends_country(before: str, name: str, reg: Registry) -> bool:
    """Is ``name`` the last word of a country's name ("... fly to the United States to meet
    President X": "States" is no person; the shape of an Australia-China report, 2023)?"""
    words = before.split()
    for k in (1, 2):
        if len(words) >= k:
            lead = " ".join(words[-k:])
            if countries_in(lead + " " + name, reg) - countries_in(lead, reg):
                return True
    return False


#: the key of a person's meetings starts so: "meeting ortega"
_PERSON_KEY = "meeting "


def persons_meetings(name: str, start: int = 0, end: int | None = None) -> BodyMention:
    """The series of a person's meetings ("Ortega's meetings", key "meeting ortega"), at
    ``start``..``end`` of its text."""
    key = _PERSON_KEY + name.lower()
    return BodyMention(name, start, len(name) if end is None else end, key, None, False, frozenset(),
                       False, "meeting", key, label=f"{name}'s meetings")


def is_persons_meetings(body: BodyMention | str) -> bool:
    """Is ``body`` (a mention or its key) a person's meetings (``persons_meetings``), not a
    named series?"""
    return (body if isinstance(body, str) else body.key).startswith(_PERSON_KEY)


def person_meeting(subject: str, quote: str = "", reg: Registry | None = None) -> BodyMention | None:
    """"Ortega will meet his Peruvian counterpart": the series of that person's meetings
    (key "meeting <surname>"), reported by "Ortega met / held his first engagement with …"."""
    reg = reg if reg is not None else load_registry()
    for text in (subject, quote):
        m = next((x for rx in _WILL_MEET for x in [rx.search(text or "")] if x), None)
        if m:
            name = m.group("name")
            if not not_a_person(text[:m.start("name")], name, reg):
                return persons_meetings(name)
    return None


_GROUP_WHO = re.compile(
    r"(?i)\b(?:our|their|the)\s+(?P<who>leaders|foreign\s+ministers|defen[cs]e\s+ministers"
    r"|trade\s+ministers)\b")
_HEAD_WORDS = {"summit", "meeting", "dialogue", "talks", "ministers", "foreign", "defense", "trade",
               "group", "working", "consultations", "framework", "committee", "council", "forum"}


def _group_series(text: str, context: list[BodyMention] | tuple[BodyMention, ...], reg: Registry) -> BodyMention | None:
    """"Our foreign ministers will … meet at least once a year" in a Quad statement: the Quad
    foreign ministers' meeting (the group is the one the document's series names carry)."""
    m = _GROUP_WHO.search(text)
    if m is None or reg.participants_re is None:
        return None
    group = None
    for c in reversed(list(context or ())):
        entry = reg.bodies.get(c.key)
        if entry is not None and entry.group:
            group = entry.group
            break
        rest = [w for w in c.norm.split() if w not in _HEAD_WORDS]
        if len(rest) == 1 and not rest[0].isdigit():
            group = rest[0].upper() if len(rest[0]) <= 4 else rest[0].title()
            break
    if group is None:
        return None
    ms = find_bodies(f"{group} {m.group('who')}", reg)
    if not ms:
        return None
    return replace(ms[0], text=m.group(0), start=0, end=len(m.group(0)))


#: a meeting promised with business of its own, a subject in lower case after "on": "a meeting
#: of experts on fisheries", "a workshop on customs data" is a meeting of its own beside the series
#: the document names, never that series' next edition ("on 8 October", "on the sidelines", "on
#: Monday" name a day or a place, not a subject)
OWN_BUSINESS = re.compile(r"\b(?:meeting|session|workshop|seminar|consultations?)\s+(?:of\s+(?!the\b|its\b|their\b|this\b|that\b)[\w\s-]{1,40}?\s+)?"
                           r"on\s+(?!the\s+(?:sidelines|margins)\b)(?P<topic>(?:the\s+)?[a-z][a-z-]+.*)")


#: an occasion of its own beside a series' regular editions: "an informal summit in Ghana" is not the
#: series' summit the document names (twenty-fifth blind check)
OWN_EDITION = re.compile(r"(?i)\binformal\b")


def _bare_head(subj: str, context: list[BodyMention] | tuple[BodyMention, ...], quote: str = "") -> BodyMention | None:
    """"the 2024 summit", "an in-person summit", "the working group", "the agreement": the one
    of that kind the document named last before the promise (or in its title); the subject's
    head word, else the quote's. A summit must be a summit and a group a group; "dialogue",
    "talks", "meeting" take any meeting. "their summit", "a summit with X": a bilateral
    summit, told apart by the countries."""
    rw = _ROUND_SUBJECT.search(subj or "")
    if rw is not None:
        # "the first round of negotiations", "subsequent rounds": rounds of the talks on the
        # agreement the document named last (rule 'round-subject')
        for m in reversed(list(context or ())):
            if head_class(m.head or m.key) == "agreement" and not m.sub:
                w = (rw.group("ord") or "").lower()
                return replace(m, part="round", next=w in ("next", "upcoming"),
                               ordinal=ordinal_value(w) if w else None, start=0, end=len(subj),
                               text=subj, label=m.label or m.text)
        return None
    # (a meeting the subject names as where its deliverable is made is not what is promised: "the
    # modalities, at a high-level meeting in Nairobi", twelfth blind check)
    hw = next((m for m in _BARE_HEAD.finditer(subj or "")
               if not re.search(r"(?i)\b(?:at|during)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", (subj or "")[:m.start()])),
              None)
    if hw is None and _BARE_HEAD.search(subj or ""):
        return None
    if hw is not None and (OWN_BUSINESS.search(subj or "") or OWN_EDITION.search(subj or "")):
        return None  # "a meeting of experts on fisheries", "an informal summit": not the one named before it
    if hw is None:
        # in the quote, only the thing promised: not "Following the talks, …"
        hw = next((m for m in _BARE_HEAD.finditer(quote or "")
                   if not re.search(r"(?i)\b(?:following|after|before|during|since|at)\s+(?:the|a|an|their)\s+$",
                                    (quote or "")[:m.start()])), None)
    if hw is None:
        return None
    word = re.sub(r"\s+", " ", hw.group(0).lower())
    cls = head_class(word)
    nxt = bool(re.search(r"(?i)\bnext\b", subj))
    for m in reversed(list(context or ())):
        mh = (m.head or m.key).lower()
        if head_class(mh) != cls or m.sub or m.part:
            continue
        words = set(m.norm.split()) | set(m.key.replace("-", " ").split())
        if word == "summit" and "summit" not in words:
            continue
        if word.endswith("group") and "group" not in words:
            continue
        if word in ("committee", "commission", "council", "forum") and word not in words:
            continue
        # "first meeting of the new council": the subject's own number (South Korea-U.S. 2023)
        own = next((v for w in re.findall(ORDINAL_RE, subj, flags=re.IGNORECASE)
                    if (v := ordinal_value(w)) is not None), None)
        return replace(m, next=nxt, ordinal=own, start=0, end=len(subj), text=subj,
                       label=m.label or m.text)
    if re.search(r"(?i)\b(?:their|bilateral)\s+summit\b|\bsummit\s+(?:with|between)\b", subj) \
            or _FOR_SUMMIT_WITH.search(quote or ""):
        # "their summit", "summit with Yoon"; "to visit Seoul early next month for a summit with
        # President Yoon": a bilateral summit, told apart by the countries (rule 'meet-for')
        return BodyMention(subj, 0, len(subj), "summit", None, nxt, frozenset(), False, "summit", "summit")
    return None


_ROUND_SUBJECT = re.compile(
    rf"(?i)^\s*(?:the\s+)?(?:(?P<ord>{ORDINAL_RE}|next|upcoming)\s+|subsequent\s+|further\s+)?"
    r"(?:negotiating\s+)?rounds?(?:\s+of\s+(?:the\s+)?(?:negotiations|talks|discussions))?\s*$")
_BARE_HEAD = re.compile(r"(?i)\b(?:summit|working\s+group|group|committee|commission|council|forum"
                        r"|dialogue|consultations|talks|meeting|agreement|deal|pact|treaty)\b")
