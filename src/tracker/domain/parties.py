"""Canonical parties: every UN member state, the two observer states, Taiwan,
and the organisations that make commitments (EU, NATO, the Quad, ...).

One table, ``data/parties.yaml`` (see docs/parties.md): a row per party with
its canonical display name, aliases, demonyms, capitals used as metonyms and
government bodies; pycountry adds each country's ISO names. The user's
``~/.config/tracker/parties.yaml`` (same shape) may add rows and aliases.

Pure: no database, no UI. The extractor's country table, the linker's
country tokens and the list filters all read this registry, so "U.S.",
"American" and "Washington" are one party, stored as "United States".

    >>> resolve("U.S.")
    Party(code='USA', name='United States', kind='country')
    >>> [(p.name, s, e) for p, s, e in find_parties("the Indian Prime Minister met U.S. officials")]
    [('India', 0, 25), ('United States', 30, 34)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from tracker.domain.errors import ServiceError

__all__ = [
    "Entry",
    "Mention",
    "Party",
    "Registry",
    "RegistryError",
    "canonical_name",
    "canonical_names",
    "find_parties",
    "load_registry",
    "package_registry",
    "resolve",
    "suggest",
    "user_parties_path",
]

class RegistryError(ServiceError, ValueError):
    """A party table that cannot be used (a clash, a malformed row); one line."""


DATA_FILE = Path(__file__).parents[1] / "data" / "parties.yaml"
COUNTRY = "country"
ORGANISATION = "organisation"
#: alias kinds in the order a party's aliases are listed
ALIAS_FIELDS = ("aliases", "demonyms", "capitals", "bodies")
#: list fields of a row that are not names of the party on their own
LIST_FIELDS = (*ALIAS_FIELDS, "combining")


@dataclass(frozen=True, order=True)
class Party:
    """A party: ISO 3166 alpha-3 code for countries, the table's code for organisations."""

    code: str
    name: str
    kind: str


class Mention(NamedTuple):
    party: Party
    start: int
    end: int


@dataclass(frozen=True)
class Entry:
    """One row of the table, with every spelling that names the party."""

    party: Party
    un: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    #: combining forms ("Franco", "Sino"): the party only before another party's name
    #: ("Franco-British", "Sino-U.S."), so never a spelling of their own
    combining: tuple[str, ...] = ()
    iso_names: tuple[str, ...] = field(default=(), compare=False)

    def spellings(self) -> tuple[str, ...]:
        """The name first, then aliases, ISO names, demonyms, capitals, bodies (no repeats)."""
        out: dict[str, None] = {self.party.name: None}
        for group in (self.aliases, self.iso_names, self.demonyms, self.capitals, self.bodies):
            for a in group:
                out.setdefault(a, None)
        return tuple(out)


def is_short_acronym(alias: str) -> bool:
    """"US", "U.S.", "UN", "EU", "UAE": no lower-case letter and at most three
    letters. These match only in their own case, so "us" and "un" never do."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 3 and not any(c.islower() for c in letters)


_PLAIN_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i",
                               # a typographic apostrophe is the apostrophe of a name: "Côte d’Ivoire"
                               "’": "'", "‘": "'"})


@lru_cache(maxsize=4096)
def _plain_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[:1]
    return base if base.isalpha() and base.isascii() else c


def plain_letters(text: str) -> str:
    """``text`` with each accented Latin letter as its base letter, one character for one ("Hà
    Nội" -> "Ha Noi", "Việt Nam" -> "Viet Nam"): names written with their diacritics match the
    registry's spellings, and offsets into the text stay the same (sixteenth blind check)."""
    if text.isascii():
        return text
    return "".join(_plain_char(c) if ord(c) > 127 else c for c in text).translate(_PLAIN_EXTRA)


#: currencies named by a country's word ("US dollars", "the Kenyan shilling", "US$250 million"): an
#: amount of money names no party (thirtieth blind check: "DP World will invest more than 250 US
#: dollars million" made the United States a party of a port concession). Read by every reader of
#: countries in a text (``blank_currencies``).
CURRENCY_WORDS: tuple[str, ...] = (
    "dollar", "dollars", "rupee", "rupees", "yuan", "renminbi", "yen", "rouble", "roubles", "ruble", "rubles",
    "shilling", "shillings", "peso", "pesos", "franc", "francs", "dinar", "dinars", "riyal", "riyals", "rial",
    "rials", "dirham", "dirhams", "rand", "naira", "cedi", "cedis", "lira", "ringgit", "baht", "rupiah", "taka",
    "kwacha", "birr", "hryvnia", "zloty", "forint", "dong", "kyat", "tenge", "som", "manat", "lari", "dram",
)
_CURRENCY_RE = re.compile(r"(?:\bU\.?S\.?|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s+(?:" + "|".join(CURRENCY_WORDS)
                          + r")\b)|\bU\.?S\.?\s?\$|\$US(?=\s?\d)")  # (also "U.S.$3 billion", "$US100 million")


def blank_currencies(text: str) -> str:
    """``text`` with the country words of a currency blanked, one space for one character
    (``CURRENCY_WORDS``: "US dollars", "Kenyan shillings", "US$"); offsets stay the same."""
    if "$" not in text and not any(w in text for w in CURRENCY_WORDS):
        return text
    return _CURRENCY_RE.sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def _not_parties_re() -> re.Pattern[str]:
    """The phrases of ``not_parties``, and first (group ``keep``) the parties' own spellings that hold
    one ("Papua New Guinea" holds "New Guinea", the island: the country is named, forty-first blind
    check), which ``blank_not_parties`` leaves as they are."""
    reg = package_registry()
    phrases = sorted(reg.not_parties, key=len, reverse=True)
    keep = sorted({sp for e in reg.entries.values() for sp in e.spellings()
                   if any(p != sp and p in sp and re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", sp)
                          for p in phrases)},
                  key=len, reverse=True)
    alt = "|".join(re.escape(p) for p in phrases)
    if keep:
        alt = "(?P<keep>" + "|".join(re.escape(k) for k in keep) + ")|" + alt
    return re.compile(r"(?<![\w.])(?:" + alt + r")(?!\w)")


#: the words after a capital that make it the name of a process, not its country: "the Astana
#: Process", "the Astana format", "the Minsk agreements", "the Oslo Accords" (fortieth blind check:
#: a summit of Russia, Iran and Turkey "of the guarantors of the Astana Process" is not Kazakhstan's)
PROCESS_WORDS: tuple[str, ...] = ("Process", "process", "format", "Format", "Accords", "agreements", "Agreements",
                                  "Protocol", "Round", "Group")


@lru_cache(maxsize=1)
def _capital_process_re() -> re.Pattern[str]:
    caps = sorted({c for e in package_registry().entries.values() for c in e.capitals}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(c) for c in caps) + r")(?=[\s-]+(?:"
                      + "|".join(PROCESS_WORDS) + r")\b)")


def blank_not_parties(text: str) -> str:
    """``text`` with the phrases that contain a party's name but name no party blanked, one space
    for one character (the registry's ``not_parties``: "the South China Sea", "Kenya-Ghana Foreign
    Office Consultations"; a capital naming a process, ``PROCESS_WORDS``: "the Astana Process");
    offsets stay the same. Every reader of countries in a text calls it."""
    text = _not_parties_re().sub(lambda m: m.group(0) if m.groupdict().get("keep") else " " * len(m.group(0)), text)
    return _capital_process_re().sub(lambda m: " " * len(m.group(0)), text)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Türkiye" -> "turkiye", "Côte d’Ivoire" -> "cote d'ivoire".
    The letters are ``plain_letters``'s (one accent rule for keys and for scanned text), after
    composing a letter written with a separate accent mark ("e" + U+0301 -> "é")."""
    t = unicodedata.normalize("NFC", text)  # (typographic apostrophes: ``plain_letters``)
    return " ".join(plain_letters(t).casefold().split())


#: the heads of a state's formal name, read after "the" where a place is expected ("visited the
#: Republic of Kenya"); one row each: the head, a formal name a test finds as its country
STATE_FORMS: tuple[tuple[str, str], ...] = (
    ("Republic", "the Republic of Kenya"),
    ("Kingdom", "the Kingdom of Morocco"),
    ("State", "the State of Qatar"),
    ("Sultanate", "the Sultanate of Oman"),
    ("Emirate", "the Emirate of Kuwait"),
    ("Commonwealth", "the Commonwealth of Australia"),
    ("Federation", "the Russian Federation"),
    ("Principality", "the Principality of Monaco"),
    ("Confederation", "the Swiss Confederation"),
)
#: "the" and a state's formal name ahead (a lookahead: the name itself is read as a place)
STATE_FORM_THE = (r"(?:the\s+(?=(?:[A-Z][\w'’-]+\s+){0,3}(?:" + "|".join(f for f, _ex in STATE_FORMS)
                  + r")\b))")
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def _clean_query(text: str) -> str:
    t = " ".join(text.split())
    t = _LEADING_THE.sub("", t)
    return _POSSESSIVE.sub("", t).strip()


def _trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` as a character trie: the same
    matches, longest first, as the words joined by ``|`` sorted by length, but
    the engine follows one path per position instead of trying every word."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie) if trie else "(?!)"


class Registry:
    """The parties, their spellings, and the matchers built from them."""

    def __init__(self, entries: Iterable[Entry], *,
                 ambiguous: Mapping[str, Iterable[str]] | None = None,
                 not_parties: Iterable[str] = (), titles: Iterable[str] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        for e in entries:
            if e.party.code in self.entries:
                raise ValueError(f"party code {e.party.code!r} is listed twice")
            self.entries[e.party.code] = e
        self.ambiguous: dict[str, tuple[Party, ...]] = {}
        for alias, codes in dict(ambiguous or {}).items():
            try:
                self.ambiguous[alias] = tuple(self.entries[c].party for c in codes)
            except KeyError as exc:
                raise ValueError(f"ambiguous alias {alias!r} names an unknown code {exc}") from None
        self.not_parties = tuple(not_parties)
        self.titles = tuple(titles)
        self.by_name: dict[str, Party] = {}
        #: exact spelling -> party (every alias of every party)
        self.lookup: dict[str, Party] = {}
        #: folded spelling -> party, for resolve() (not the short acronyms)
        self.folded: dict[str, Party] = {}
        for e in self.entries.values():
            self.by_name[e.party.name] = e.party
        #: code -> the spellings that name the party (ISO names another row or
        #: the ambiguous table claims are left out)
        self.spellings: dict[str, tuple[str, ...]] = {}
        for e in self.entries.values():
            self.spellings[e.party.code] = tuple(
                a for a in e.spellings() if self._claim(a, e.party, primary=a not in e.iso_names))
        self.folded_ambiguous = {fold(a): ps for a, ps in self.ambiguous.items()}
        alt = "|".join(re.escape(t) for t in sorted(set(self.titles), key=len, reverse=True))
        self._title_after = re.compile(rf"(?:'s|’s)?\s+(?:{alt or '(?!)'})(?![\w-])", re.IGNORECASE)
        self._title_before = re.compile(rf"(?<![\w-])(?:{alt or '(?!)'})\s+of\s+(?:the\s+)?$",
                                        re.IGNORECASE)
        self._the_before = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
        self._title_query = (
            re.compile(rf"^(?P<a>.+?)\s+(?:{alt or '(?!)'})$", re.IGNORECASE),
            re.compile(rf"^(?:{alt or '(?!)'})\s+of\s+(?P<a>.+)$", re.IGNORECASE),
        )

    def _claim(self, alias: str, party: Party, *, primary: bool) -> bool:
        """Record that ``alias`` names ``party``; False when it is left out."""
        if not alias or alias != " ".join(alias.split()):
            raise ValueError(f"alias {alias!r} of {party.name}: blank or stray spaces")
        if alias in self.ambiguous:
            if primary and party not in self.ambiguous[alias]:
                raise ValueError(f"alias {alias!r} of {party.name} is listed as ambiguous")
            return False
        owner = self.lookup.get(alias) or self.by_name.get(alias)
        if owner is not None and owner != party:
            if primary:
                raise ValueError(f"alias {alias!r} names both {owner.name} and {party.name}")
            return False  # an ISO name another row already claims: the row wins
        key = None if is_short_acronym(alias) else fold(alias)
        if key is not None:
            other = self.folded.get(key)
            if other is not None and other != party:
                if primary:
                    raise ValueError(f"alias {alias!r} of {party.name} folds onto "
                                     f"{other.name}'s")
                return False
            self.folded[key] = party
        self.lookup[alias] = party
        return True

    @cached_property
    def _text_re(self) -> re.Pattern[str]:
        words = set(self.lookup) | set(self.ambiguous) | set(self.not_parties)
        # a word boundary on both sides; "US-led" is not a mention ("-" + lower case)
        return re.compile(r"(?<![\w.])" + _trie_alternation(words) + r"(?![\w])(?!-[a-z])")

    # --- lookups ----------------------------------------------------------------

    @property
    def parties(self) -> list[Party]:
        return [e.party for e in self.entries.values()]

    def get(self, code: str) -> Party | None:
        e = self.entries.get(code)
        return e.party if e else None

    def entry(self, party: Party | str) -> Entry:
        return self.entries[party if isinstance(party, str) else party.code]

    def resolve(self, text: str | None) -> Party | None:
        """The party ``text`` names, or None (unknown or ambiguous).

        Accepts any spelling in the table in any case and without accents,
        except short upper-case abbreviations, which must keep their case
        ("US" is the United States, "us" is nobody); an ISO alpha-3 code in
        capitals; and an office title with a party ("the Indian Prime
        Minister", "President of the United States")."""
        if not text:
            return None
        whole = _POSSESSIVE.sub("", " ".join(text.split())).strip()
        if whole and (hit := self._resolve_name(whole)) is not None:  # "The Hague"
            return hit
        t = _clean_query(text)
        if not t:
            return None
        hit = self._resolve_name(t)
        if hit is not None or t in self.ambiguous or fold(t) in self.folded_ambiguous:
            return hit
        for rx in self._title_query:
            m = rx.match(t)
            if m:
                hit = self._resolve_name(_clean_query(m.group("a")))
                if hit is not None:
                    return hit
        return None

    def _resolve_name(self, t: str) -> Party | None:
        if t in self.ambiguous:
            return None
        hit = self.lookup.get(t)
        if hit is not None:
            return hit
        if t.isupper() and t in self.entries:
            return self.entries[t].party
        return self.folded.get(fold(t))

    def candidates(self, text: str) -> tuple[Party, ...]:
        """Every party ``text`` may name: one when it resolves, several when ambiguous."""
        t = _clean_query(text)
        amb = self.ambiguous.get(t) or self.folded_ambiguous.get(fold(t))
        if amb:
            return amb
        p = self.resolve(text)
        return (p,) if p else ()

    def canonical_name(self, text: str) -> str:
        """The stored form of an actor: the party's canonical name, or the text
        itself (whitespace tidied) when it names no known party."""
        p = self.resolve(text)
        return p.name if p else " ".join(text.split())

    def canonical_names(self, items: Iterable[str]) -> list[str]:
        """``canonical_name`` of each item, blanks and repeats dropped, order kept."""
        out: dict[str, None] = {}
        for item in items:
            if item and item.strip():
                out.setdefault(self.canonical_name(item), None)
        return list(out)

    def find_parties(self, text: str) -> list[Mention]:
        """Every mention of a party in ``text``, in order: case-sensitive,
        word-bounded, the longest spelling at each place ("Guinea-Bissau" is not
        "Guinea", "Indian Ocean" is not India). An office title around the
        mention is part of it ("the US Secretary of State")."""
        out: list[Mention] = []
        for m in self._text_re.finditer(text):  # compiled on first use
            party = self.lookup.get(m.group(0))
            if party is None:  # a not-party phrase or an ambiguous word
                continue
            start, end = m.span()
            after = self._title_after.match(text, end)
            if after:
                end = after.end()
            head = text[max(0, start - 120):start]
            before = self._title_before.search(head)
            if before:
                start -= len(head) - before.start()
                head = text[max(0, start - 8):start]
            the = self._the_before.search(head)
            if the and (after or before):
                start -= len(head) - the.start()
            out.append(Mention(party, start, end))
        return out

    def suggest(self, prefix: str, limit: int | None = 20) -> list[Party]:
        """Parties for an actor box: names starting with ``prefix`` (any case),
        then parties with an alias starting with it, then names with a word
        starting with it. An empty prefix gives every party by name."""
        p = fold(prefix)
        ranked: dict[Party, int] = {}
        for e in self.entries.values():
            name = fold(e.party.name)
            if name.startswith(p):
                rank = 0
            elif any(fold(a).startswith(p) for a in self.spellings[e.party.code]):
                rank = 1
            elif any(w.startswith(p) for w in name.split()):
                rank = 2
            else:
                continue
            ranked[e.party] = rank
        for alias, ps in self.ambiguous.items():
            if p and fold(alias).startswith(p):
                for party in ps:
                    ranked.setdefault(party, 1)
        out = sorted(ranked, key=lambda q: (ranked[q], q.name))
        return out[:limit] if limit is not None else out

    def combining_forms(self) -> dict[str, str]:
        """Combining form, lower case -> the party's name ("franco" -> "France")."""
        return {form.lower(): e.party.name for e in self.entries.values() for form in e.combining}

    def extractor_table(self, organisations: Iterable[str] | None = None
                        ) -> dict[str, tuple[str, ...]]:
        """Canonical name -> every spelling (name first): every country, and the
        organisations whose codes are given (all when None)."""
        keep = None if organisations is None else set(organisations)
        return {e.party.name: self.spellings[e.party.code] for e in self.entries.values()
                if e.party.kind == COUNTRY or keep is None or e.party.code in keep}


# --- building -------------------------------------------------------------------


def _as_tuple(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of strings")
    return tuple(value)


def _iso_names(code: str) -> tuple[str, ...]:
    """pycountry's names of a code that read as running text (no "Korea,
    Republic of"), a leading "the" dropped."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return ()
    out = []
    for attr in ("name", "official_name", "common_name"):
        v = getattr(c, attr, None)
        if v and "," not in v and "(" not in v:
            out.append(_LEADING_THE.sub("", v))
    return tuple(out)


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=loader)  # a safe loader
    if data is None:
        return {}
    if not isinstance(data, dict):
        # the file's content is wrong, not an argument's type: reported like any bad value
        raise ValueError(f"{path}: expected a mapping at the top level")  # noqa: TRY004
    return data


def merge_tables(*tables: Mapping[str, Any]) -> dict[str, Any]:
    """Later tables extend earlier ones: rows of the same code gain aliases
    (and may rename), new codes add rows; lists are appended."""
    out: dict[str, Any] = {"countries": {}, "organisations": {}, "ambiguous": {},
                           "not_parties": [], "titles": []}
    for t in tables:
        for section in ("countries", "organisations"):
            for code, row in (t.get(section) or {}).items():
                row = dict(row or {})
                cur = out[section].setdefault(str(code), {})
                for k, v in row.items():
                    if k in LIST_FIELDS:
                        cur[k] = list(cur.get(k) or []) + list(_as_tuple(v, f"{code}.{k}"))
                    else:
                        cur[k] = v
        for alias, codes in (t.get("ambiguous") or {}).items():
            out["ambiguous"][str(alias)] = list(_as_tuple(codes, f"ambiguous.{alias}"))
        out["not_parties"] += list(_as_tuple(t.get("not_parties"), "not_parties"))
        for row in t.get("titles") or []:
            out["titles"].append(row["title"] if isinstance(row, dict) else str(row))
    return out


def build_registry(*tables: Mapping[str, Any], iso: bool = True) -> Registry:
    data = merge_tables(*tables)
    entries: list[Entry] = []
    for kind, section in ((COUNTRY, "countries"), (ORGANISATION, "organisations")):
        for code, row in data[section].items():
            name = row.get("name")
            if not name:
                raise ValueError(f"{section}.{code}: no name")
            fields = {k: _as_tuple(row.get(k), f"{code}.{k}") for k in LIST_FIELDS}
            entries.append(Entry(
                party=Party(code, str(name), kind),
                un=row.get("un") if kind == COUNTRY else None,
                iso_names=_iso_names(code) if iso and kind == COUNTRY else (),
                **fields,
            ))
    return Registry(entries, ambiguous=data["ambiguous"], not_parties=data["not_parties"],
                    titles=data["titles"])


def user_parties_path() -> Path:
    from tracker.domain.config import config_dir

    return config_dir() / "parties.yaml"


@lru_cache(maxsize=1)
def package_registry() -> Registry:
    """The package's table alone (what tests and the extractor's defaults see)."""
    return build_registry(_read_yaml(DATA_FILE))


_REGISTRY: Registry | None = None


def load_registry(user_file: Path | None = None) -> Registry:
    """The package table with the user's ``parties.yaml`` merged over it
    (``user_file`` for another file; the default one is read once)."""
    global _REGISTRY
    if user_file is None and _REGISTRY is not None:
        return _REGISTRY
    path = user_file
    if path is None:
        try:
            path = user_parties_path()
        except Exception:  # noqa: BLE001 - no config directory is fine
            path = None
    if path is not None and path.is_file():
        import yaml

        try:
            reg = build_registry(_read_yaml(DATA_FILE), _read_yaml(path))
        except (ValueError, KeyError, TypeError, AttributeError, OSError,
                yaml.YAMLError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise RegistryError(f"{path}: {first}") from None
    else:
        reg = package_registry()
    if user_file is None:
        _REGISTRY = reg
    return reg


def reload_registry() -> None:
    global _REGISTRY
    _REGISTRY = None


# --- the module-level API (the default registry) -----------------------------------


def resolve(text: str | None) -> Party | None:
    """``resolve("U.S.")`` -> Party(code="USA", name="United States", kind="country")."""
    return load_registry().resolve(text)


def find_parties(text: str) -> list[Mention]:
    """All party mentions in ``text`` as (party, start, end), in order."""
    return load_registry().find_parties(text)


def canonical_name(text: str) -> str:
    """The name to store for an actor: "U.S." -> "United States"; unknown text unchanged."""
    return load_registry().canonical_name(text)


def canonical_names(items: Iterable[str]) -> list[str]:
    return load_registry().canonical_names(items)


def suggest(prefix: str, limit: int | None = 20) -> list[Party]:
    """Parties whose name or an alias starts with ``prefix``, best first."""
    return load_registry().suggest(prefix, limit)
