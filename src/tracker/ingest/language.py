"""Which language a document is written in, as far as the extractor cares: tracker reads
commitments in English only, so a document in another language is stored and searchable but
gives none, and ``tracker ingest`` says so instead of a silent "0 new commitments".

A count of each language's commonest function words (one row a language, with a sentence a
test reads): a text reads as another language when that language's words are at least
``MIN_WORDS`` and three times the English ones. Quoted foreign phrases in English copy ("the
so-called 'mesa de diálogo'") stay far below that.
"""

from __future__ import annotations

import re

#: the commonest function words of English (articles, prepositions, auxiliaries)
ENGLISH: frozenset[str] = frozenset(
    ["the", "and", "of", "to", "in", "a", "is", "will", "that", "for", "with", "on", "by", "as", "was", "were", "are", "be", "has", "have", "it", "this", "from"])

#: other languages: their commonest function words, and a sentence of that language (a test
#: reads each); words they share with English ("a", "in", "on") are left out
OTHER: dict[str, tuple[frozenset[str], str]] = {
    "Spanish": (frozenset(["el", "la", "los", "las", "del", "de", "que", "y", "en", "por", "para", "con", "una", "un", "se", "su", "al", "es", "como"]),
                "Los presidentes acordaron celebrar la próxima reunión de la comisión binacional en mayo."),
    "French": (frozenset(["le", "la", "les", "des", "du", "de", "et", "que", "une", "un", "est", "pour", "avec", "dans", "sur", "au", "aux", "se", "sont", "ont", "qui", "ce", "cette", "leur", "leurs"]),
               "Les deux ministres sont convenus de tenir la prochaine réunion de la commission en mai."),
    "Portuguese": (frozenset(["o", "os", "as", "do", "da", "dos", "das", "de", "que", "e", "em", "para", "com", "uma", "um", "no", "na", "se", "ao"]),
                   "Os presidentes acordaram realizar a próxima reunião da comissão em maio."),
    "German": (frozenset(["der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "ist", "zu", "mit", "von", "im", "für", "auf", "sich"]),
               "Die beiden Minister vereinbarten, die nächste Sitzung der Kommission im Mai abzuhalten."),
    "Italian": (frozenset(["il", "lo", "la", "gli", "le", "dei", "delle", "di", "che", "e", "per", "con", "una", "un", "nel", "della", "del", "si"]),
                "I due ministri hanno concordato di tenere la prossima riunione della commissione a maggio."),
}

#: the fewest function words of another language that make a text read as it
MIN_WORDS = 5

_WORD = re.compile(r"[^\W\d_]+")


def other_language(text: str) -> str | None:
    """The language other than English a text reads as (``OTHER``), else None."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    english = sum(w in ENGLISH for w in words)
    best, hits, own = None, 0, -1
    for name, (vocabulary, _example) in OTHER.items():
        n = sum(w in vocabulary for w in words)
        mine = sum(w in _DISTINCT[name] for w in words)  # (Spanish and Italian share "la", "de")
        if (mine, n) > (own, hits):
            best, hits, own = name, n, mine
    if best is not None and hits >= MIN_WORDS and hits >= 3 * english:
        return best
    return None


#: each language's words that no other of ``OTHER`` has: they tell the languages apart
_DISTINCT: dict[str, frozenset[str]] = {
    name: vocabulary - frozenset().union(*(v for other, (v, _e) in OTHER.items() if other != name))
    for name, (vocabulary, _example) in OTHER.items()}
