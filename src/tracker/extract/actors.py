"""Actor attribution: which parties a sentence or a subject refers to."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from tracker.domain.parties import blank_currencies, plain_letters
from tracker.extract.patterns import trie_alternation
from tracker.extract.tables import COLLECTIVES, COUNTRIES, LEADERS, NOT_COUNTRY


def _alias_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    for canon, aliases in COUNTRIES.items():
        for a in aliases:
            lookup[a] = canon
    for name, canon in LEADERS.items():
        lookup.setdefault(name, canon)
    # the text is matched in plain letters (``plain_letters``: "Việt Nam", "Hà Nội"), so is every alias
    for a, canon in list(lookup.items()):
        lookup.setdefault(plain_letters(a), canon)
    # a trie alternation: the same longest-alias-first matching as a plain
    # alternation sorted by length, without trying ~300 aliases at each capital
    # = r"(?=[A-Z])(?<![\w.])(?:alias|…)(?![\w])(?!-[a-z])", with the lookarounds
    # before the alias moved behind its first character
    caps = [a for a in lookup if "A" <= a[0] <= "Z"]
    pat = trie_alternation(caps, r"(?<![\w.].)") + r"(?![\w])(?!-[a-z])"
    return re.compile(pat), lookup


ALIAS_RE, ALIAS_LOOKUP = _alias_regex()



# = r"(?=[A-Z])\b(?:phrase|…)\b" (see ALIAS_RE)
NOT_COUNTRY_RE = re.compile(
    trie_alternation([p for p in NOT_COUNTRY if "A" <= p[0] <= "Z"], r"(?<!\w.)") + r"\b")
# (lower-case phrases as a trie alternation: the same matches as the phrases
# sorted longest first)
COLLECTIVE_RE = re.compile(r"(?i)\b" + trie_alternation(COLLECTIVES) + r"\b")
_PAIR_RE = re.compile(r"\b([A-Z][\w.]*)-([A-Z][\w.]*)\b")


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def countries_in(text: str) -> list[str]:
    """Countries named in a piece of text, in order of first mention."""
    text = blank_currencies(plain_letters(text))
    if NOT_COUNTRY_RE.search(text) is not None:
        text = _blank(text, NOT_COUNTRY_RE)
    seen: list[str] = []
    lookup = ALIAS_LOOKUP
    for m in ALIAS_RE.finditer(text):
        c = lookup[m.group(0)]
        if c not in seen:
            seen.append(c)
    return seen


class ActorIndex:
    """Country mentions of one document, and its main parties."""

    def __init__(self, body: str) -> None:
        body = blank_currencies(plain_letters(body))  # (one letter for one: the offsets are the body's)
        clean = _blank(body, NOT_COUNTRY_RE) if NOT_COUNTRY_RE.search(body) else body
        self.positions: list[int] = []
        self.names: list[str] = []
        weights: dict[str, float] = {}
        first: dict[str, int] = {}
        head_limit = min(len(body), 400)
        lookup = ALIAS_LOOKUP
        n = len(clean)
        for m in ALIAS_RE.finditer(clean):
            start, end = m.span()
            c = lookup[m.group(0)]
            self.positions.append(start)
            self.names.append(c)
            w = 1.0
            if start < head_limit:
                w += 1.0
            # "India-US", "EU-Canada": hyphenated pairs name the parties
            if (end < n and clean[end] == "-") or (start > 0 and clean[start - 1] == "-"):
                w += 2.0
            weights[c] = weights.get(c, 0) + w
            first.setdefault(c, start)
        self.counts = Counter(self.names)
        self.first = first
        self.weights = weights
        ranked = sorted(weights, key=lambda c: (-weights[c], first[c]))
        top = weights[ranked[0]] if ranked else 0
        self.ranked = ranked
        self.parties = [c for c in ranked if weights[c] >= max(2.0, 0.4 * top)] or ranked[:2]

    def order(self, names: list[str]) -> list[str]:
        return sorted(set(names), key=lambda c: self.first.get(c, 10**9))

    def main_parties(self, n: int = 0) -> list[str]:
        chosen = self.parties[:n] if n else self.parties
        if n and len(chosen) < n:
            chosen = self.ranked[:n]
        return self.order(chosen)

    def in_range(self, start: int, end: int) -> list[str]:
        lo = bisect.bisect_left(self.positions, start)
        hi = bisect.bisect_left(self.positions, end)
        return self.order(self.names[lo:hi])

    def is_party(self, country: str) -> bool:
        """Mentioned more than in passing (an ask must be addressed to such a party)."""
        return self.counts.get(country, 0) >= 2 or country in self.parties

    def resolve(self, chunk: str, para: tuple[int, int] | None = None) -> list[str]:
        """Actors named by a subject chunk (countries, leaders, collectives)."""
        named = countries_in(chunk)
        if named:
            return self.order(named)
        m = COLLECTIVE_RE.search(chunk)
        if m:
            n = COLLECTIVES[m.group(0).lower()]
            if para is not None:
                local = self.in_range(*para)
                if len(local) >= max(2, n) and (n == 0 or len(local) == n):
                    return local
            return self.main_parties(n)
        return []
