"""The lexicon: words that the date finder, the date grammar, extraction and
linking all read, defined once.

Every fragment here is data (a table or a regular expression built from one);
``tests/test_lexicon.py`` runs an example for each.
"""

from __future__ import annotations

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
#: A month name or abbreviation, ending at a full stop or a word end:
#: "January", "Jan.", "Sept".
MONTH_ANY = ("(?:" + "|".join(MONTH_NAMES)
             + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b)")
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
