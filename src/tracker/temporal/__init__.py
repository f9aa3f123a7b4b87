"""Temporal grammar: find time expressions and turn them into due windows.

Public API
----------
``TimeExpression``  one recognised phrase with its inclusive window.
``find_all(text, anchor, tense=None)``  every expression in ``text``.
``normalise(phrase, anchor, tense=None)``  interpret one whole phrase.
``guess_tense(text)``  "future" / "past" / None from cue words in a sentence.
``RULES``  the rules table (one row per rule; data, not scattered ifs).

Every rule is a :class:`Rule` row: a name, a regex pattern, a resolver that
turns the regex match and the anchor date D into a window, a base confidence, a
description and an example.  Two kinds of rows exist:

* ``kind="expr"``  a self-contained expression ("early next year");
* ``kind="prefix"``  a modifier that attaches to the expression right after
  it ("by" + "the end of March", "at a mutually convenient date" +
  "early next year").  The resulting rule name is ``"<prefix>+<inner>"``; both
  parts are rows of the table.

Matching: one combined regex scan finds candidate start positions; at each
position every rule is tried and the longest match whose resolver accepts it
wins (leftmost-longest, non-overlapping).

Windows are inclusive ``datetime.date`` pairs.  ``reference`` is ``"future"``
(a due window), ``"past"`` (the day/range an event happened in, including D
itself for "today"/"now") or ``"open"`` (no window).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import accumulate

import pendulum

from tracker.domain.lexicon import (
    MONTH_ANY,
    MONTH_FULL,
    MONTH_NUMBER,
    MONTH_WORD,
    MONTH_WORDS,
    ORDINAL_NUMBER,
    QUARTER_ORDINALS,
    WEEKDAY_FULL,
    WEEKDAY_NUMBER,
    calling_off,
    calling_off_any,
)

__all__ = [
    "RULES",
    "RULES_BY_NAME",
    "Rule",
    "TimeExpression",
    "find_all",
    "guess_tense",
    "normalise",
]


# --------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeExpression:
    text: str  # the matched phrase, verbatim from the input
    start: int  # character offsets into the text passed in
    end: int
    due_start: date | None  # inclusive window; both None = open-ended
    due_end: date | None
    rule: str  # rule name (row of RULES); "prefix+inner" for modified phrases
    confidence: float  # 0..1
    reference: str  # "future" | "past" | "open"
    # --- additions (defaults keep the core constructor stable) ---
    granularity: str = ""  # day/week/month/quarter/half/season/year/decade/century/range/present/vague
    value: str = ""  # TIMEX3-style value, e.g. "2024-03", "2024-W09", "2024-Q1", "FUTURE_REF"
    mod: str = ""  # TIMEX3-style mod: START / MID / END / BEFORE / "" (e.g. "early 2024" -> START)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    resolver: Callable[..., _W | None]
    confidence: float
    description: str
    example: str = ""
    kind: str = "expr"  # "expr" or "prefix"
    starts: str = ""  # words (lower case) a match can begin with; "#" = a token starting with a digit
    flags: int = re.IGNORECASE
    #: whether a prefix ("by", "before") may take the phrase as its date; not one that
    #: qualifies a deliverable ("through an early meeting of X": the clause's preposition)
    prefixable: bool = True
    #: (a prefix) whether it makes its phrase a deadline, read forward-looking ("by March")
    deadline: bool = False


@dataclass(slots=True)
class _W:
    """A resolved window (internal; never mutated — not frozen only because a
    frozen dataclass's __init__ is several times slower, and one is made per match)."""

    start: date | None
    end: date | None
    ref: str
    gran: str
    value: str
    mod: str = ""
    conf: float | None = None  # override of the rule confidence


# --------------------------------------------------------------------------
# Date helpers: calendar arithmetic is pendulum's
# --------------------------------------------------------------------------


def _add(d: date, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> date:
    """``d`` moved by pendulum's calendar arithmetic (months carry into years,
    the day is clipped to the target month's length), as a plain date."""
    moved = pendulum.Date(d.year, d.month, d.day).add(
        years=years, months=months, weeks=weeks, days=days)
    return date(moved.year, moved.month, moved.day)


_DAYS_IN_MONTH = (
    (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
    (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
)


def _sub(d: date, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> date:
    return _add(d, years=-years, months=-months, weeks=-weeks, days=-days)


def _month_end(y: int, m: int) -> date:
    if not 1 <= m <= 12:
        raise calendar.IllegalMonthError(m)  # as calendar.monthrange
    return date(y, m, _DAYS_IN_MONTH[calendar.isleap(y)][m])


def _ref_of(start: date | None, end: date | None, anchor: date, tense: str | None) -> str:
    if end is not None and end < anchor:
        return "past"
    if start is not None and start > anchor:
        return "future"
    return tense or "future"


def _year_w(y: int, anchor: date, tense: str | None, mod: str = "") -> _W:
    s, e = date(y, 1, 1), date(y, 12, 31)
    return _W(s, e, _ref_of(s, e, anchor, tense), "year", f"{y:04d}", mod)


def _month_w(y: int, m: int, anchor: date, tense: str | None, mod: str = "") -> _W:
    s, e = date(y, m, 1), _month_end(y, m)
    return _W(s, e, _ref_of(s, e, anchor, tense), "month", f"{y:04d}-{m:02d}", mod)


def _day_w(d: date, anchor: date, tense: str | None) -> _W:
    return _W(d, d, _ref_of(d, d, anchor, tense), "day", d.isoformat())


def _week_w(d: date, anchor: date, tense: str | None) -> _W:
    s = d - timedelta(days=d.weekday())
    e = s + timedelta(days=6)
    iy, iw, _ = s.isocalendar()
    return _W(s, e, _ref_of(s, e, anchor, tense), "week", f"{iy:04d}-W{iw:02d}")


def _quarter_w(y: int, q: int, anchor: date, tense: str | None) -> _W:
    s = date(y, 3 * q - 2, 1)
    e = _month_end(y, 3 * q)
    return _W(s, e, _ref_of(s, e, anchor, tense), "quarter", f"{y:04d}-Q{q}")


def _half_w(y: int, h: int, anchor: date, tense: str | None) -> _W:
    s = date(y, 1 if h == 1 else 7, 1)
    e = date(y, 6, 30) if h == 1 else date(y, 12, 31)
    return _W(s, e, _ref_of(s, e, anchor, tense), "half", f"{y:04d}-H{h}")


_SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_w(y: int, code: str, anchor: date, tense: str | None) -> _W:
    """Northern meteorological seasons; winter of year y = Dec y .. end Feb y+1."""
    m = _SEASON_START[code]
    s = date(y, m, 1)
    e = _month_end(y + 1, 2) if code == "WI" else _month_end(y, m + 2)
    return _W(s, e, _ref_of(s, e, anchor, tense), "season", f"{y:04d}-{code}")


def _season_year_containing(d: date, code: str) -> int:
    """Year label of the season `code` that contains d, or None-like fallback to d.year."""
    if code == "WI" and d.month <= 2:
        return d.year - 1
    return d.year


def _thirds_of_year(y: int, part: str, anchor: date, tense: str | None) -> _W:
    part_map = {
        "START": (date(y, 1, 1), date(y, 4, 30)),
        "MID": (date(y, 5, 1), date(y, 8, 31)),
        "END": (date(y, 9, 1), date(y, 12, 31)),
    }
    s, e = part_map[part]
    return _W(s, e, _ref_of(s, e, anchor, tense), "year", f"{y:04d}", part)


def _thirds_of_month(y: int, m: int, part: str, anchor: date, tense: str | None) -> _W:
    part_map = {
        "START": (date(y, m, 1), date(y, m, 10)),
        "MID": (date(y, m, 11), date(y, m, 20)),
        "END": (date(y, m, 21), _month_end(y, m)),
    }
    s, e = part_map[part]
    return _W(s, e, _ref_of(s, e, anchor, tense), "month", f"{y:04d}-{m:02d}", part)


def _clip(w: _W, anchor: date, tense: str | None) -> _W:
    """For "this week/month/year": future -> D..end; past -> start..D."""
    if tense == "past":
        return replace(w, end=min(w.end, anchor) if w.end else w.end, ref="past")
    return replace(w, start=max(w.start, anchor) if w.start else w.start, ref="future")


# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------

_MONTHS = {k: v for k, v in MONTH_NUMBER.items() if len(k) == 3}
_WEEKDAYS = WEEKDAY_NUMBER
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
    "a couple of": 2, "a few": 3, "couple of": 2, "few": 3,
}
# the half or quarter of a year an ordinal names: "the first quarter", "the 2nd half"
_SUFFIXED = ("1st", "2nd", "3rd", "4th")
_ORDINALS = {
    **{w: ORDINAL_NUMBER[w] for w in QUARTER_ORDINALS},
    **{w: i for i, w in enumerate(_SUFFIXED, start=1)},
    "final": 4, "last": 4, "latter": 2,
}
_HALF_ORDINAL = "|".join([*QUARTER_ORDINALS[:2], *_SUFFIXED[:2], "latter"])
_QUARTER_ORDINAL = "|".join([*QUARTER_ORDINALS, "final", *_SUFFIXED])

# Month names come from the lexicon (tracker/domain/lexicon.py), shared with the
# document date finder, extraction and linking.
WEEKDAY = WEEKDAY_FULL
YEAR = r"(?:1[89]|20)\d\d"
NUM = (
    r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty(?:-five)?|fifty|sixty|ninety|hundred)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
UNIT = r"(?:days?|weeks?|months?|years?)"
#: the dashes a range is written with: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en
#: and em dash, minus ("28‑31 May" with a non-breaking hyphen; twenty-third blind check)
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
#: between the two days of a range: a dash, or a word ("to" after a comma too: "from Sunday, July
#: 3, to Tuesday, July 5"; not "and", which a comma leaves to the next clause)
_DASH = r"(?:\s*[" + DASHES + r"]\s*|\s+(?:and|&)\s+|,?\s+(?:to|through|until|till|thru)\s+)"


def _g(name: str, pat: str) -> str:
    return f"(?P<{name}>{pat})"


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s.strip().lower())
    if s.isdigit():
        return int(s)
    return _NUMBERS.get(s)


def _month_num(s: str) -> int:
    return _MONTHS[s.strip(". ").lower()[:3]]


def _day_num(s: str) -> int:
    digits = re.match(r"\d+", s)
    if digits is None:  # DAY patterns start with a digit; a resolver's caller treats this as no match
        raise ValueError(f"no day number in {s!r}")
    return int(digits.group())


def _gd(m: re.Match[str]) -> dict[str, str]:
    return {k: v for k, v in m.groupdict().items() if v is not None}


def _preceding_word(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 24) : m.start()]
    w = re.findall(r"[A-Za-z]+", before)
    return w[-1].lower() if w else ""


def _is_whole(m: re.Match[str]) -> bool:
    s = m.string
    return not s[: m.start()].strip(" \t\n\"'(") and not s[m.end() :].strip(" \t\n.,;:!?\"')")


# ("the last week / fortnight / half of December" is an ordinal of the month's parts)
_PHRASE_PAST = re.compile(r"\b(?:last(?!\s+(?:week|fortnight|half|days?)\s+of\b)|ago|yesterday|earlier|past"
                          r"|previous|recent)\b", re.IGNORECASE)
_PHRASE_FUTURE = re.compile(r"\b(?:next|coming|later|following|upcoming|tomorrow)\b", re.IGNORECASE)


def _phrase_tense(text: str, tense: str | None) -> str | None:
    if _PHRASE_PAST.search(text):
        return "past"
    if _PHRASE_FUTURE.search(text):
        return "future"
    return tense


def _rel_year(rel: str | None, anchor: date) -> int:
    rel = (rel or "").lower()
    if rel.startswith("next") or rel == "following":
        return anchor.year + 1
    if rel in ("last", "previous", "past"):
        return anchor.year - 1
    return anchor.year


def _year_of(
    m: re.Match[str], anchor: date,
    ygroups: tuple[str, ...] = ("year",), rgroups: tuple[str, ...] = ("rel",),
) -> int | None:
    d = _gd(m)
    for g in ygroups:
        if g in d:
            y = int(d[g].lstrip("'"))
            if y < 100:
                y += 2000 if y < 70 else 1900
            return y
    for g in rgroups:
        if g in d:
            return _rel_year(d[g], anchor)
    return None


#: a month's year told relative to D after it: "May next year", "March of this year", "June last
#: year" (``_month_year``)
_YEAR_REL = r"\s+(?:of\s+)?(?P<yrel>next|this|last)\s+year\b"
#: how many periods a word of relation moves from D's ("next week", "May next year", "early last
#: week"): one table for the weeks and years told relative to D
_REL_SHIFT = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1, "this": 0}


def _month_year(gd: dict[str, str], mon: int, anchor: date, tense: str | None, rel: str | None) -> int:
    """The year of a month name: its own year, a year told relative to D ("May next year"), or
    the one ``_pick_month_year`` chooses."""
    if "year" in gd:
        return int(gd["year"])
    if "yrel" in gd:
        return anchor.year + _REL_SHIFT[gd["yrel"].lower()]
    return _pick_month_year(mon, anchor, tense, rel)


def _pick_month_year(mon: int, anchor: date, tense: str | None, rel: str | None) -> int:
    """Year for a month name without a year."""
    rel = (rel or "").lower().replace("the ", "").strip()
    if rel in ("last", "past", "previous"):
        return anchor.year if mon < anchor.month else anchor.year - 1
    if rel in ("next", "coming", "this coming", "following", "upcoming"):
        return anchor.year if mon > anchor.month else anchor.year + 1
    if rel == "this":
        return anchor.year
    if tense == "past":
        return anchor.year if mon <= anchor.month else anchor.year - 1
    return anchor.year if mon >= anchor.month else anchor.year + 1


def _pick_day(mon: int, day: int, anchor: date, tense: str | None) -> date | None:
    """Next occurrence on/after D (future) or latest on/before D (past)."""
    try:
        if tense == "past":
            d = date(anchor.year, mon, day)
            return d if d <= anchor else date(anchor.year - 1, mon, day)
        d = date(anchor.year, mon, day)
        return d if d >= anchor else date(anchor.year + 1, mon, day)
    except ValueError:
        return None


def _mk_date(y: int, mon: int, day: int) -> date | None:
    try:
        return date(y, mon, day)
    except ValueError:
        return None


_PART = {
    "early": "START", "beginning": "START", "start": "START", "first part": "START",
    "early part": "START", "mid": "MID", "middle": "MID", "late": "END", "end": "END",
    "latter part": "END", "later part": "END", "close": "END",
}
#: the part of a period named before it (``_PART``'s words): "early", "the latter part of", "end of"
_PART_OF = (r"early|mid|late|the\s+(?:" + "|".join(
    k.replace(" ", r"\s+") for k in _PART if k not in ("early", "mid", "late")) + r")\s+of"
    r"|(?:the\s+)?end\s+of|beginning\s+of|start\s+of|middle\s+of")


def _part(s: str) -> str:
    s = re.sub(r"\s+", " ", s.lower())
    s = re.sub(r"^the |\s*of$", "", s.strip(" -"))
    s = s.strip(" -")
    for k, v in _PART.items():
        if s.startswith(k) and (k != "end" or s.startswith("end")):
            return v
    return _PART.get(s, "END")


# --------------------------------------------------------------------------
# Resolvers: (match, anchor, tense) -> _W | None
# --------------------------------------------------------------------------


def r_iso_date(m: re.Match[str], a: date, t: str | None) -> _W | None:
    d = _mk_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _day_w(d, a, t) if d else None


def r_date_mdy(m: re.Match[str], a: date, t: str | None) -> _W | None:
    mon, day = _month_num(m["month"]), _day_num(m["day"])
    year = m["year"] or m["yin"]
    if year:
        d = _mk_date(int(year), mon, day)
    else:
        d = _pick_day(mon, day, a, t)
    return _day_w(d, a, t) if d else None


r_date_dmy = r_date_mdy


def r_dated_stay(m: re.Match[str], a: date, t: str | None) -> _W | None:
    # "arrive on 12 May for a four-day visit": the stay, from its first day to its last
    gd = _gd(m)
    mon, day = _month_num(gd.get("month") or gd["month2"]), _day_num(gd.get("day") or gd["day2"])
    n = _num(gd["n"])
    s = _mk_date(int(gd["year"]), mon, day) if "year" in gd else _pick_day(mon, day, a, t)
    if s is None or n is None or not 1 <= n <= 31:
        return None
    e = s + timedelta(days=n - 1)
    return _W(s, e, _ref_of(s, e, a, t), "range", s.isoformat())


#: a date moved before a "from A to B": the old date and the new, no range ("extended the deadline
#: from December 2030 to December 2031"); read before a range whose first end has its own year
#: (a verb of putting off: ``lexicon.CALLING_OFF``'s "postponed" rows; or one that moves a date either way)
_MOVED_BEFORE = re.compile(r"(?i)\b(?:" + calling_off_any("postponed") + r"|extend|move|moving|push|shift|chang|brought"
                           r"|bring|advanc|revis)\w*\b[^.;]{0,80}$")


def _moved_from(m: re.Match[str]) -> bool:
    """Is the range ``m`` matched the old and the new date of a thing moved ("from A to B")?"""
    return _MOVED_BEFORE.search(m.string, max(0, m.start() - 100), m.start()) is not None


def r_date_range(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    mon2 = _month_num(gd["month2"]) if "month2" in gd else None
    mon1 = _month_num(gd["month"]) if "month" in gd else mon2
    mon2 = mon2 or mon1
    if mon1 is None or mon2 is None:  # neither month group matched (each pattern requires one)
        return None
    d1, d2 = _day_num(gd["day"]), _day_num(gd["day2"])
    if "year1" in gd:  # "from 1 May 2031 until 3 May 2031", "1 May 2031 - 3 May" (the first's year for both)
        if _moved_from(m):
            return None
        y1 = int(gd["year1"])
        s, e = _mk_date(y1, mon1, d1), _mk_date(int(gd.get("year", y1)), mon2, d2)
    elif "year" in gd:
        y = int(gd["year"])
        s, e = _mk_date(y, mon1, d1), _mk_date(y, mon2, d2)
    else:
        if t == "past":  # (the latest begun by D: "was held from February 15 to 17" on the 16th)
            s = _pick_day(mon1, d1, a, "past")
            e = _mk_date(s.year + (1 if mon2 < mon1 else 0), mon2, d2) if s else None
        else:  # (the next not over by D: "is being held from February 15 to 17" on the 16th)
            e = _pick_day(mon2, d2, a, "future")
            s = _mk_date(e.year - (1 if mon1 > mon2 else 0), mon1, d1) if e else None
    if not s or not e or e < s:
        return None
    return _W(s, e, _ref_of(s, e, a, t), "range", s.isoformat())


def r_day_of_month_rel(m: re.Match[str], a: date, t: str | None) -> _W | None:
    """"the 14th of this month", "from the 14th to the 16th of last month": days of the month
    named relative to D (this / the current, last / the previous, next / the coming)."""
    rel = m["rel"].lower().split()[-1] if m["rel"].lower().startswith(("the current", "the coming",
                                                                        "the previous")) else m["rel"].lower()
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[rel]
    first = date(a.year, a.month, 1)
    first = _add(first, months=shift)
    d1 = _day_num(m["day"])
    d2 = _day_num(m["day2"]) if m["day2"] else d1
    s, e = _mk_date(first.year, first.month, d1), _mk_date(first.year, first.month, d2)
    if not s or not e or e < s:
        return None
    return _W(s, e, _ref_of(s, e, a, t), "range" if e > s else "day", s.isoformat())


def _weekday_date(wd: int, rel: str, a: date, t: str | None) -> date:
    """The day of weekday ``wd`` (0 = Monday) that ``rel`` (last / next / this / "") means."""
    if rel in ("last", "past", "previous"):
        return a - timedelta(days=(a.weekday() - wd) % 7 or 7)
    if rel in ("next", "coming"):
        return a + timedelta(days=(wd - a.weekday()) % 7 or 7)
    if rel == "this":
        return a + timedelta(days=wd - a.weekday())
    if t == "past":
        return a - timedelta(days=(a.weekday() - wd) % 7)
    return a + timedelta(days=(wd - a.weekday()) % 7)


#: a week named after a weekday: "on Wednesday next week" is that week's Wednesday, not the next
#: Wednesday after D (``_weekday_in``)
_WEEK_AFTER = r"(?:\s+(?P<wk>next|last|this|the\s+following|the\s+previous|the\s+coming)\s+week\b)"


def _weekday_in(wd: int, m: re.Match[str], rel: str, a: date, t: str | None) -> date:
    """The day of weekday ``wd``: in the week named after it (``_WEEK_AFTER``), else as ``rel`` says."""
    if m["wk"]:
        monday = a - timedelta(days=a.weekday())
        return monday + timedelta(days=7 * _REL_SHIFT[m["wk"].split()[-1].lower()] + wd)
    return _weekday_date(wd, rel, a, t)


def r_weekday(m: re.Match[str], a: date, t: str | None) -> _W | None:
    rel = (m["pre"] or m["post"] or "").lower().split()[-1:] or [""]
    return _day_w(_weekday_in(_WEEKDAYS[m["wd"][:3].lower()], m, rel[0], a, t), a, t)


def r_weekday_pair(m: re.Match[str], a: date, t: str | None) -> _W | None:
    rel = (m["pre"] or "").lower().split()[-1:] or [""]
    s = _weekday_in(_WEEKDAYS[m["wd"][:3].lower()], m, rel[0], a, t)
    gap = (_WEEKDAYS[m["wd2"][:3].lower()] - s.weekday()) % 7
    if gap == 0:
        return None  # "Monday and Monday"
    e = s + timedelta(days=gap)
    return _W(s, e, _ref_of(s, e, a, t), "range", s.isoformat())


def r_relative_day(m: re.Match[str], a: date, t: str | None) -> _W | None:
    s = re.sub(r"\s+", " ", m.group(0).lower())
    if s.startswith(("later", "earlier")):  # "later in the day", "earlier today": the day, told as to come or gone
        return _W(a, a, "future" if s.startswith("later") else "past", "day", a.isoformat())
    if "before yesterday" in s:
        d = a - timedelta(days=2)
    elif "after tomorrow" in s:
        d = a + timedelta(days=2)
    elif "yesterday" in s:
        d = a - timedelta(days=1)
    elif "tomorrow" in s:
        d = a + timedelta(days=1)
    else:
        d = a
    ref = "future" if d > a else ("past" if d < a else ("future" if t == "future" else "past"))
    return _W(d, d, ref, "day", d.isoformat())


def r_present(m: re.Match[str], a: date, t: str | None) -> _W | None:
    return _W(a, a, "past", "present", "PRESENT_REF")


def r_past_ref(m: re.Match[str], a: date, t: str | None) -> _W | None:
    return _W(None, None, "past", "vague", "PAST_REF")


def r_future_ref(m: re.Match[str], a: date, t: str | None) -> _W | None:
    return _W(None, None, "open", "vague", "FUTURE_REF")


#: festivals whose date moves from year to year (data: add a year when a new one is needed).
#: Diwali: the Government of India's gazetted holiday (Lakshmi Puja); Lunar New Year: the
#: first day of the Chinese calendar year. A year missing here gives no window.
FESTIVAL_DATES: dict[str, dict[int, date]] = {
    "diwali": {2019: date(2019, 10, 27), 2020: date(2020, 11, 14), 2021: date(2021, 11, 4),
               2022: date(2022, 10, 24), 2023: date(2023, 11, 12), 2024: date(2024, 10, 31),
               2025: date(2025, 10, 20), 2026: date(2026, 11, 8)},
    "lunar new year": {2019: date(2019, 2, 5), 2020: date(2020, 1, 25), 2021: date(2021, 2, 12),
                       2022: date(2022, 2, 1), 2023: date(2023, 1, 22), 2024: date(2024, 2, 10),
                       2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6)},
}
#: festivals on a fixed calendar day: (month, day)
FIXED_FESTIVALS: dict[str, tuple[int, int]] = {"christmas": (12, 25)}
_FESTIVAL_ALIASES = {"deepavali": "diwali", "chinese new year": "lunar new year", "christmas day": "christmas"}


def r_festival(m: re.Match[str], a: date, t: str | None) -> _W | None:
    name = re.sub(r"\s+", " ", m["fest"].lower())
    name = _FESTIVAL_ALIASES.get(name, name)
    year = int(m["year"]) if m["year"] else None
    if name in FIXED_FESTIVALS:
        mo, dd = FIXED_FESTIVALS[name]
        table = {y: date(y, mo, dd) for y in range(a.year - 1, a.year + 3)} if year is None else {year: date(year, mo, dd)}
    else:
        table = FESTIVAL_DATES.get(name, {})
    if year is not None:
        d = table.get(year)
    else:  # the next one (future) or the latest one (past)
        cands = sorted(table.values())
        d = (next((x for x in cands if x >= a), None) if t != "past"
             else next((x for x in reversed(cands) if x <= a), None))
    if d is None:
        return None
    return _W(d, d, _ref_of(d, d, a, t), "day", d.isoformat())


def r_recurring(m: re.Match[str], a: date, t: str | None) -> _W | None:
    return _W(None, None, "open", "set", "SET")


def r_vague_soon(m: re.Match[str], a: date, t: str | None) -> _W | None:
    return _W(a, _add(a, months=3), "future", "vague", "FUTURE_REF")


def r_mutual_date(m: re.Match[str], a: date, t: str | None) -> _W | None:
    return _W(None, None, "open", "vague", "FUTURE_REF")


def _coming(
    months: int = 0, weeks: int = 0, days: int = 0, years: int = 0,
) -> Callable[[re.Match[str], date, str | None], _W]:
    def r(m: re.Match[str], a: date, t: str | None) -> _W:
        return _W(a, _add(a, months=months, weeks=weeks, days=days, years=years),
                  "future", "range", "FUTURE_REF")
    return r


#: "the first meeting between the two in 20 years", "for the first time in a decade": a measure of
#: the time since the last one, not a window from the day of writing (forty-first blind check)
_FIRST_BEFORE = re.compile(r"(?i)\b(?:first|only|largest|biggest|highest|lowest|longest|worst|best)\b[^.;:!?]{0,80}$")


def r_within_n(m: re.Match[str], a: date, t: str | None) -> _W | None:
    if t != "future" and m.group(0)[:2].lower() == "in" and _FIRST_BEFORE.search(m.string, 0, m.start()):
        return None
    if m["n"]:
        n = _num(m["n2"] or m["n"])
    else:  # "within the next year" / "over the coming month"; not "(kick) in next year"
        head = m.group(0).lower()
        ok = m["nx"] and (head.startswith(("within", "over", "inside")) or " the " in head)
        n = 1 if ok else None
    if n is None:
        return None
    unit = m["unit"].lower().rstrip("s") + "s"
    return _W(a, _add(a, **{unit: n}), "future", "range", "FUTURE_REF")


def r_past_n(m: re.Match[str], a: date, t: str | None) -> _W | None:
    n = _num(m["n"]) if m["n"] else 1
    if n is None:
        return None
    unit = m["unit"].lower().rstrip("s") + "s"
    value = "PAST_REF" if m["n"] else _period(unit, _shift(unit, a, -1), a, "past").value
    return _W(_sub(a, **{unit: n}), a, "past", "range", value)


def r_year_range(m: re.Match[str], a: date, t: str | None) -> _W | None:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not y1 < y2 <= y1 + 50:
        return None
    s, e = date(y1, 1, 1), date(y2, 12, 31)
    return _W(s, e, _ref_of(s, e, a, t), "range", f"{y1:04d}")


def r_ago(m: re.Match[str], a: date, t: str | None) -> _W | None:
    n = _num(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if n is None:
        return _W(None, None, "past", "vague", "PAST_REF")
    if unit == "decade":
        d = _sub(a, years=10 * n)
        y = d.year
        return _W(date(y, 1, 1), date(y, 12, 31), "past", "year", f"{y:04d}")
    d = _sub(a, **{unit + "s": n})
    if unit == "day":
        return _day_w(d, a, "past")
    if unit == "week":
        return _week_w(d, a, "past")
    if unit == "month":
        return _month_w(d.year, d.month, a, "past")
    return _year_w(d.year, a, "past")


def _period(unit: str, d: date, a: date, t: str | None) -> _W:
    unit = unit.lower()
    if unit.startswith("week"):
        return _week_w(d, a, t)
    if unit.startswith("month"):
        return _month_w(d.year, d.month, a, t)
    if unit.startswith("quarter"):
        return _quarter_w(d.year, (d.month - 1) // 3 + 1, a, t)
    if unit.startswith("semester"):  # a half year ("this semester": the rest of this half)
        return _half_w(d.year, 1 if d.month <= 6 else 2, a, t)
    return _year_w(d.year, a, t)


def _shift(unit: str, a: date, n: int) -> date:
    unit = unit.lower()
    if unit.startswith("week"):
        return a + timedelta(weeks=n)
    if unit.startswith("month"):
        return _add(a, months=n)
    if unit.startswith("quarter"):
        return _add(a, months=3 * n)
    if unit.startswith("semester"):
        return _add(a, months=6 * n)
    return _add(a, years=n)


def r_this_period(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    unit = gd["unit"].split()[-1]
    pos = (gd.get("pos") or "").lower()
    if pos == "earlier":
        t = "past"
    elif pos == "later":
        t = "future"
    w = _period(unit, a, a, t)
    return _clip(w, a, t if t in ("past", "future") else "future")


def r_next_period(m: re.Match[str], a: date, t: str | None) -> _W | None:
    unit = m["unit"]
    if m["fym"] and unit.lower().endswith("year") and unit.lower() != "year":
        # "the next financial year starting April": the twelve months from the next such month
        mon = _month_num(m["fym"])
        y = a.year if mon > a.month else a.year + 1
        s = date(y, mon, 1)
        e = _add(s, years=1) - timedelta(days=1)
        return _W(s, e, _ref_of(s, e, a, "future"), "year", f"FY{s.year}")
    return _period(unit, _shift(unit, a, 1), a, "future")


def r_weekend(m: re.Match[str], a: date, t: str | None) -> _W | None:
    """A weekend: its Saturday and Sunday. "this (coming) weekend" is the one of D's week (what is left
    of it), "next weekend" the one after, "last weekend" the one before; "over / at the weekend" the
    coming one in the future and the one just gone in the past."""
    which = (m["which"] or "").lower().split()
    sat = a + timedelta(days=5 - a.weekday())  # the Saturday of D's ISO week
    if which[:1] == ["next"]:
        sat += timedelta(days=7)
    elif which[:1] in (["last"], ["past"], ["previous"]) or (not which and t == "past" and a.weekday() < 5):
        sat -= timedelta(days=7)
    s, e = sat, sat + timedelta(days=1)
    if t != "past" and s <= a <= e:
        s = a  # (the rest of a weekend already begun, for a plan)
    iso = sat.isocalendar()
    return _W(s, e, _ref_of(s, e, a, t), "range", f"{iso[0]:04d}-W{iso[1]:02d}-WE")


#: an event put off "until" a time is moved to that time: "postponed until January" is January (the
#: last word of each participle of ``lexicon.CALLING_OFF``'s "postponed" rows: "put off", "pushed back")
_PUT_OFF = "".join(rf"(?<!{w}\s)" for w in sorted({p.split()[-1] for p in calling_off("postponed")[1]} | {"moved"}))


def r_same_period(m: re.Match[str], a: date, t: str | None) -> _W | None:
    # "the same week" points back at events just named, which may lie earlier in the week:
    # the whole calendar period containing D, not its rest ("this week" future = D .. end)
    unit = m["unit"]
    return _period(unit, a, a, t)


def r_last_period(m: re.Match[str], a: date, t: str | None) -> _W | None:
    unit = m["unit"]
    return _period(unit, _shift(unit, a, -1), a, "past")


#: the days of a week a part of it names (Monday is 0): early Monday-Wednesday, mid Tuesday-
#: Thursday, late Thursday-Sunday
_WEEK_PARTS = {"START": (0, 2), "MID": (1, 3), "END": (3, 6)}


def r_part_of_week(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    rel = (gd.get("rel") or "").lower().split()[-1]
    shift = _REL_SHIFT.get(rel, 0)
    monday = a - timedelta(days=a.weekday()) + timedelta(weeks=shift)
    first, last = _WEEK_PARTS[_part(gd["part"])]
    s, e = monday + timedelta(days=first), monday + timedelta(days=last)
    if shift == 0 and t != "past" and s < a <= e:
        s = a  # ("late this week", said on its Thursday: from today)
    iy, iw, _ = monday.isocalendar()
    return _W(s, e, _ref_of(s, e, a, t), "range", f"{iy:04d}-W{iw:02d}")


def r_part_of_year(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    part = _part(gd["part"])
    if "year" in gd:
        y = int(gd["year"])
    else:
        rel = gd.get("rel")
        y = _rel_year(rel, a)
        if (not rel or rel.lower() in ("the", "this")) and t == "past":
            w = _thirds_of_year(y, part, a, t)
            if w.start is not None and w.start > a:  # (a third of a year always has a start)
                y -= 1
    return _thirds_of_year(y, part, a, t)


def r_year_end(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    y = int(gd.get("year") or gd.get("year2") or a.year)
    if not ("year" in gd or "year2" in gd) and t == "past" and date(y, 9, 1) > a:
        y -= 1
    return _thirds_of_year(y, "END", a, t)


def r_part_of_month(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    part = _part(gd["part"])
    rel = (gd.get("rel") or "").lower()
    if "month" in gd:
        mon = _month_num(gd["month"])
        y = _month_year(gd, mon, a, _phrase_tense(m.group(0), t), rel if rel != "the" else "")
    else:  # "the end of the month", "end of next month"
        d = _add(a, months=1) if rel == "next" else (_sub(a, months=1) if rel == "last" else a)
        y, mon = d.year, d.month
    return _thirds_of_month(y, mon, part, a, t)


def r_month_fraction(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    mon = _month_num(gd["month"])
    rel = (gd.get("rel") or "").lower()
    y = int(gd["year"]) if "year" in gd else _pick_month_year(mon, a, t, rel)
    last = _month_end(y, mon).day
    nth, unit = gd["nth"].lower(), gd["unit"].lower()
    size = {"half": 15, "week": 7, "fortnight": 14}[unit]
    k = ("first", "second", "third", "fourth", "last").index(nth)
    if unit != "week" and 1 < k < 4:
        return None  # no third half or fortnight
    if unit == "half":
        days = (1, 15) if k == 0 else (16, last)
    elif nth == "last":
        days = (last - size + 1, last)
    else:
        days = (1 + k * size, (k + 1) * size)
    s, e = date(y, mon, days[0]), date(y, mon, days[1])
    return _W(s, e, _ref_of(s, e, a, t), "month", f"{y:04d}-{mon:02d}", "")


def r_month_range(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    if not (gd["month"][0].isupper() and gd["month2"][0].isupper()):
        return None  # "march and may" the verbs
    m1, m2 = _month_num(gd["month"]), _month_num(gd["month2"])
    if "year1" in gd:  # "January 2031 to September 2031", "December 2030 - March" (the first's year on)
        if re.search(r"\s(?:and|or)\s", m.group(0)) or _moved_from(m):
            return None  # ("in May 2031 and June 2032": two months, no range)
        y1 = int(gd["year1"])
        y2 = int(gd["year"]) if "year" in gd else (y1 if m1 <= m2 else y1 + 1)
        if y2 < y1 or (y2, m2) <= (y1, m1):
            return None
        s, e = date(y1, m1, 1), _month_end(y2, m2)
        return _W(s, e, _ref_of(s, e, a, t), "range", f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")
    if "year" in gd:
        y2 = int(gd["year"])
        y1 = y2 if m1 <= m2 else y2 - 1
    else:
        y1 = _pick_month_year(m1, a, t, "")
        y2 = y1 if m1 <= m2 else y1 + 1
    if (y2, m2) == (y1, m1):
        return None
    s, e = date(y1, m1, 1), _month_end(y2, m2)
    return _W(s, e, _ref_of(s, e, a, t), "range", f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")


def r_month_name(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    name = gd["month"]
    rel = gd.get("rel")
    if "year" not in gd and "yrel" not in gd and not rel and not _is_whole(m):
        # bare month name: must look like a date, not "may"/"march" the verb
        prev = _preceding_word(m)
        if not name[0].isupper() or prev not in _MONTH_PREPS:
            return None
        if name.lower() == "may" and prev in ("and", "or", "to"):
            return None
    mon = _month_num(name)
    y = _month_year(gd, mon, a, t, rel)
    return _month_w(y, mon, a, t)


_MONTH_PREPS = {
    "in", "by", "since", "until", "till", "before", "after", "during", "of", "from",
    "through", "throughout", "between", "and", "to", "or", "early", "late", "mid",
    "for", "last", "next", "this", "on", "around", "about", "within",
}


_SEASON_PREPS = {"in", "during", "by", "until", "till", "before", "after", "since", "through", "throughout", "over",
                 "from"}


def r_season(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    code = _SEASON_CODE[gd["s"].lower()]
    rel = (gd.get("rel") or "").lower().replace("the ", "").strip()
    if "year" in gd:
        return _season_w(int(gd["year"]), code, a, t)
    if not rel and not _is_whole(m):
        # a bare season is one after a preposition ("in autumn", "by spring"); "fall" only
        # after "in" / "during" ("prices fall", "by fall in demand" are the verb and noun)
        prev = _preceding_word(m)
        if prev not in (("in", "during") if gd["s"].lower() == "fall" else _SEASON_PREPS):
            return None
    if "yrel" in gd:  # "autumn this year", "spring next year": the season of that year (winter: Dec of it)
        return _season_w(a.year + _REL_SHIFT[gd["yrel"].lower()], code, a, t)
    cur = _season_year_containing(a, code)
    cw = _season_w(cur, code, a, t)
    cs, ce = cw.start, cw.end
    assert cs is not None and ce is not None  # a season always has both ends
    if gd.get("later") and rel == "this" and ce >= a:
        return _W(max(a, cs), ce, "future", "season", cw.value, "END")  # later this fall
    if rel in ("last", "past", "previous"):  # the latest such season that has ended
        return _season_w(cur if ce < a else cur - 1, code, a, "past")
    if rel in ("next", "coming", "this coming", "upcoming"):
        y = cur + 1 if cs <= a else cur
        return _season_w(y, code, a, "future")
    if rel in ("", "the"):  # bare: the nearest one in the direction of the tense
        if t == "past" and cs > a:
            cur -= 1
        elif t != "past" and ce < a:
            cur += 1
    return _season_w(cur, code, a, t)


def r_half_year(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    half = gd.get("h") or gd.get("h2")
    if half is None:  # the pattern requires one of the two
        return None
    h = 1 if half.lower() in ("first", "1st", "h1", "1h") else 2
    y = _year_of(m, a, ("year", "year2"))
    return _half_w(y if y is not None else a.year, h, a, t)


def r_quarter(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    ordinal = gd.get("q")
    if ordinal is not None:
        q = _ORDINALS[ordinal.lower()]
    else:
        number = gd.get("q2") or gd.get("q3")
        if number is None:  # the pattern requires one of the three
            return None
        q = int(number)
    y = _year_of(m, a, ("year", "year2", "year3"))
    return _quarter_w(y if y is not None else a.year, q, a, t)


def r_year_number(m: re.Match[str], a: date, t: str | None) -> _W | None:
    y = int(m["year"])
    if m["fy"] is None and not _is_whole(m) and not 1900 <= y <= a.year + 60:
        return None  # a bare 4-digit number: accept plausible years only
    fy = (m["fy"] or "").lower()
    if fy.startswith(("fiscal", "fy")):
        # U.S. federal fiscal year Y: 1 Oct Y-1 .. 30 Sep Y
        s, e = date(y - 1, 10, 1), date(y, 9, 30)
        return _W(s, e, _ref_of(s, e, a, t), "year", f"FY{y}")
    w = _year_w(y, a, t)
    if m["fy"] is None and not _is_whole(m) and _preceding_word(m) not in _YEAR_PREPS:
        w = replace(w, conf=0.75)  # a bare number that looks like a year
    return w


_YEAR_PREPS = {
    "in", "by", "since", "until", "till", "during", "of", "before", "after", "from", "to",
    "for", "through", "throughout", "early", "late", "mid", "and",
}


def r_year_event(m: re.Match[str], a: date, t: str | None) -> _W | None:
    return _year_w(int(m["year"]), a, t)


def r_month_end(m: re.Match[str], a: date, t: str | None) -> _W | None:
    mon = _month_num(m["month"])
    y = _pick_month_year(mon, a, t, "")
    return _thirds_of_month(y, mon, "END", a, t)


def r_decade(m: re.Match[str], a: date, t: str | None) -> _W | None:
    gd = _gd(m)
    if "dec" in gd:
        y0 = int(gd["dec"])
    else:
        yy = int(gd["dec2"])
        y0 = (2000 if yy < 30 else 1900) + yy
    s, e = date(y0, 1, 1), date(y0 + 9, 12, 31)
    return _W(s, e, _ref_of(s, e, a, t), "decade", f"{y0 // 10:03d}")


def r_century(m: re.Match[str], a: date, t: str | None) -> _W | None:
    c = int(m["c"])
    if not 1 <= c <= 30:
        return None
    y0 = (c - 1) * 100
    s, e = date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31)
    return _W(s, e, _ref_of(s, e, a, t), "century", f"{c - 1:02d}")


# prefix resolvers: (prefix_match, inner_window, anchor) -> _W | None


def p_by(m: re.Match[str], w: _W, a: date) -> _W | None:
    if w.end is None or w.end < a:
        return None
    return _W(a, w.end, "future", w.gran, w.value, "BEFORE")


def as_deadline(t: TimeExpression, anchor: date) -> TimeExpression | None:
    """A date read as a deadline, as "by" reads it (``p_by``): D .. its end ("extended the
    deadline to December 2031" is by then); None when it ends before D."""
    if t.due_end is None or t.due_end < anchor:
        return None
    return replace(t, due_start=anchor, rule=f"by+{t.rule}", reference="future", mod="BEFORE")


def p_before(m: re.Match[str], w: _W, a: date) -> _W | None:
    if re.search(r"\bend\s+of\s*$", m.group(0), re.IGNORECASE) or (w.mod == "END" and w.gran in ("year", "month")):
        return p_by(m, w, a)  # "before the end of this year" = by the end of this year
    if w.start is None or w.start <= a:
        return None
    return _W(a, w.start - timedelta(days=1), "future", w.gran, w.value, "BEFORE")


def p_days_from(m: re.Match[str], w: _W, a: date) -> _W | None:
    n = _num(m["n"])
    if n is None or n < 1 or w.gran != "day" or w.start is None or w.start != w.end:
        return None  # a stay of N days from one day (not from a month or a range)
    return _W(w.start, w.start + timedelta(days=n - 1), w.ref, "range", w.value)


def p_week_of(m: re.Match[str], w: _W, a: date) -> _W | None:
    if w.gran != "day" or w.start is None or w.start != w.end:
        return None  # the week of one day (not of a month or a range)
    return _W(w.start, w.start + timedelta(days=6), w.ref, "range", w.value)


def p_mutual(m: re.Match[str], w: _W, a: date) -> _W | None:
    if w.start is None or w.ref == "past":
        return None
    return w


# --------------------------------------------------------------------------
# The rules table
# --------------------------------------------------------------------------

_IN = r"(?:(?:in|over|during|within)\s+)"
_MONTH_WORDS = MONTH_WORDS
_WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday"
_NUM_WORDS = " ".join(k for k in _NUMBERS if " " not in k)
_COMING_STARTS = "in over during within the coming next following upcoming"
_PART_STARTS = "early mid late the end beginning start middle"

RULES: tuple[Rule, ...] = (
    # ---- explicit dates -------------------------------------------------
    Rule("iso_date", r"\b(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b",
         r_iso_date, 0.95, "ISO date YYYY-MM-DD: that day", "2024-03-05", starts="#"),
    # (each day may carry its weekday: "from Thursday, December 15 to Friday, December 16, 2016")
    Rule("date_range_mdy",
         # (after "between", a comma before "and": "between Feb. 3, and Feb. 4"; twenty-seventh check)
         rf"\b(?:from\s+|(?P<btw>between\s+))?(?:{WEEKDAY},?\s+)?{_g('month', MONTH_ANY)}\s*{_g('day', DAY)}"
         # (a year after each day: "from May 1, 2031 to May 3, 2031"; twenty-eighth blind check)
         rf"(?:,?\s*{_g('year1', YEAR)}\b)?"
         rf"(?:{_DASH}|(?(btw),\s+and\s+|(?!)))"
         rf"(?:{WEEKDAY},?\s+)?(?:{_g('month2', MONTH_ANY)}\s*)?{_g('day2', DAY)}\b(?:,?\s*{_g('year', YEAR)}\b)?",
         r_date_range, 0.9,
         "day range, month first (year: next occurrence for future, latest for past)",
         "December 12 to 14, 2024", starts="from between " + _MONTH_WORDS + " " + _WEEKDAY_WORDS),
    Rule("date_range_dmy",
         rf"\b(?:from\s+|between\s+)?(?:{WEEKDAY},?\s+)?(?:the\s+)?{_g('day', DAY)}(?:\s+(?:of\s+)?"
         rf"{_g('month', MONTH_ANY)}(?:,?\s+{_g('year1', YEAR)}\b)?)?{_DASH}(?:{WEEKDAY},?\s+)?(?:the\s+)?{_g('day2', DAY)}\s+(?:of\s+)?"
         rf"{_g('month2', MONTH_ANY)}(?:,?\s*{_g('year', YEAR)}\b)?",
         r_date_range, 0.9, "day range, day first", "between 12 and 14 March",
         starts="from between the # " + _WEEKDAY_WORDS),
    Rule("dated_stay",
         rf"\b(?:{_g('month', MONTH_ANY)}\s*{_g('day', DAY)}|(?:the\s+)?{_g('day2', DAY)}\s+(?:of\s+)?"
         rf"{_g('month2', MONTH_ANY)})(?:,?\s*{_g('year', YEAR)})?\s+for\s+(?:a|an|the|his|her|their|its)\s+"
         rf"{_g('n', NUM)}[\s-]+day\s+(?:[\w-]+\s+){{0,2}}?(?:visit|trip|tour|stay|mission)\b",
         r_dated_stay, 0.9, "a first day and a stay of N days ('on 7 May for a three-day visit'): day 1 .. day N",
         "May 7 for a three-day working visit", starts=_MONTH_WORDS + " the #"),
    Rule("date_mdy",
         rf"\b(?:{WEEKDAY},?\s+)?{_g('month', MONTH_ANY)}\s*{_g('day', DAY)}\b(?![:.]\d)"
         rf"(?:,?\s*{_g('year', YEAR)}\b|\s+in\s+{_g('yin', YEAR)}\b)?",
         r_date_mdy, 0.95,
         "month-day[-year]: that day (missing year: next/latest occurrence; 'September 29 in 2020': that year's)",
         "March 5th, 2024", starts=_WEEKDAY_WORDS + " " + _MONTH_WORDS),
    Rule("date_dmy",
         rf"\b(?:{WEEKDAY},?\s+)?(?:the\s+)?{_g('day', DAY)}\s+(?:of\s+)?{_g('month', MONTH_ANY)}"
         rf"(?:,?\s*{_g('year', YEAR)}\b|\s+in\s+{_g('yin', YEAR)}\b)?",
         r_date_dmy, 0.95, "day-month[-year]: that day ('4 March in 2021': that year's)", "5 March 2024", starts=_WEEKDAY_WORDS + " the #"),
    Rule("day_of_relative_month",
         rf"\b(?:from\s+|between\s+)?the\s+{_g('day', DAY)}(?:{_DASH}(?:the\s+)?{_g('day2', DAY)})?\s+of\s+"
         r"(?P<rel>this|the\s+current|last|the\s+previous|next|the\s+coming)\s+month\b",
         r_day_of_month_rel, 0.9, "the Nth (to the Mth) of this / last / next month: those days of that month",
         "from the 14th to the 16th of this month", starts="from between the"),
    Rule("date_dmy_dashed",
         rf"\b{_g('day', DAY)}-{_g('month', MONTH_ANY)}-{_g('year', YEAR)}\b",
         r_date_dmy, 0.95, "day-month-year joined by hyphens ('10-Apr-2026', a notice's style): that day",
         "10-Apr-2026", starts="#"),
    Rule("festival",
         r"\b(?P<fest>Diwali|Deepavali|Lunar\s+New\s+Year|Chinese\s+New\s+Year|Christmas(?:\s+Day)?)\b"
         rf"(?:\s+(?:in\s+)?{_g('month', MONTH_FULL)}\b)?(?:,?\s+(?:of\s+)?{_g('year', YEAR)}\b)?",
         r_festival, 0.9,
         "a festival: its date that year (FESTIVAL_DATES / FIXED_FESTIVALS; no year: the next one)",
         "by Diwali in November", starts="diwali deepavali lunar chinese christmas"),
    # ---- days -------------------------------------------------------------
    Rule("weekday_pair",
         rf"\b(?:from\s+|between\s+)?(?:(?P<pre>last|next|this|this\s+coming|coming|past|previous)\s+)?"
         rf"(?P<wd>{WEEKDAY})"
         rf"\s*(?:and|to|through|till|until|[{DASHES}])\s*(?P<wd2>{WEEKDAY})\b" + _WEEK_AFTER + "?",
         r_weekday_pair, 0.8,
         "two weekdays joined (on Saturday and Sunday, Monday to Wednesday): the first as a weekday, "
         "through the second after it; with a week after them, in that week", "on Saturday and Sunday",
         starts="from between last next this coming past previous " + _WEEKDAY_WORDS),
    Rule("weekday",
         rf"\b(?:(?P<pre>last|next|this|this\s+coming|coming|past|previous)\s+)?(?P<wd>{WEEKDAY})\b"
         rf"(?:{_WEEK_AFTER}|\s+(?P<post>last|next)\b)?",
         r_weekday, 0.8,
         "weekday: latest on/before D (past) or next on/after D (future); last/next: strictly before/after; "
         "with a week after it (on Wednesday next week), that week's",
         "on Wednesday", starts="last next this coming past previous " + _WEEKDAY_WORDS),
    Rule("relative_day",
         r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:later\s+|earlier\s+)?today|tonight"
         r"|tomorrow|yesterday|(?:later\s+|earlier\s+)?this\s+(?:morning|afternoon|evening)|later\s+in\s+the\s+day)\b",
         r_relative_day, 0.95, "today / yesterday / tomorrow / later in the day: that day", "yesterday",
         starts="the today tonight tomorrow yesterday this later earlier"),
    Rule("present",
         r"\b(?:right\s+now|now|currently|at\s+present|presently|nowadays|at\s+the\s+moment"
         r"|these\s+days|at\s+this\s+time)\b",
         r_present, 0.6, "now / currently: D (PRESENT_REF)", "currently", starts="right now currently at presently nowadays these"),
    Rule("past_ref",
         r"\b(?:(?:in\s+)?the\s+past\b(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b)"
         r"|at\s+the\s+time\b|recently\b|formerly\b|previously\b|in\s+recent\s+(?:years|months|weeks)\b)",
         r_past_ref, 0.5, "the past / at the time / recently: past, no window (PAST_REF)",
         "in the past", starts="in the at recently formerly previously"),
    # ---- vague / relative ranges ----------------------------------------
    Rule("vague_soon",
         r"\b(?:(?<!\bas\s)soon(?!\s+as\b|er\b)|shortly(?!\s+(?:after|before)\b)|as\s+soon\s+as\s+possible"
         r"|(?:at|on)\s+an?\s+early\s+date|at\s+the\s+(?:very\s+)?earliest(?:\s+(?:possible\s+)?(?:opportunity|date))?"
         r"|in\s+[\"“‘']?the\s+near[\s-]+(?:future|term)|before\s+long|in\s+due\s+course|imminently"
         r"|promptly|expeditiously|quickly|without\s+delay|immediately(?!\s+(?:after|before|following|upon|on)\b))\b",
         r_vague_soon, 0.4,
         "soon / shortly / promptly / immediately / quickly / expeditiously / at the earliest opportunity / in the near future: D .. D+3 months",
         "at an early date", starts="soon shortly as at on in before imminently promptly expeditiously quickly without immediately"),
    # the same, said of the deliverable itself (the phrase stays part of the subject it qualifies)
    Rule("early_deliverable",
         r"\b(?:an|the|their|its)\s+early\s+(?:meeting|convening|conclusion|signing|signature"
         r"|finali[sz]ation|completion|resumption|launch|entry\s+into\s+force|visit)\b",
         r_vague_soon, 0.4, "an early meeting / the early conclusion of: D .. D+3 months, as soon",
         "an early meeting", starts="an the their its", prefixable=False),
    Rule("annual_series",
         r"\b(?:annual|yearly)\s+(?:[\w-]+\s+){0,2}?(?:meetings|summits|consultations|dialogues|sessions|visits|"
         r"exchanges|conferences)\b",
         r_recurring, 0.7, "annual meetings / yearly summits: a series, recurring, no window (a noun phrase)",
         "annual meetings", starts="annual yearly", prefixable=False),
    Rule("recurring",
         r"\b(?:(?:at\s+least\s+|about\s+)?(?:once|twice)\s+(?:a|an|every|per|each)\s+(?:year|month|week|quarter)"
         rf"|(?:approximately\s+|roughly\s+|about\s+)?every\s+(?:(?:{NUM}|other|few)\s+)?(?:years?|months?|weeks?|days?|quarters?)"
         r"|annually|yearly|biennially|each\s+year|on\s+an\s+annual\s+basis)\b",
         r_recurring, 0.8, "every year / at least once a year / every five weeks / annually: recurring, no window",
         "every year", starts="at about once twice approximately roughly every annually yearly biennially each on"),
    Rule("future_ref",
         r"\b(?:in\s+(?:the\s+)?future(?!\s+\w+ing)|eventually|in\s+the\s+long\s+(?:term|run)"
         r"|at\s+some\s+(?:point|stage)(?:\s+in\s+the\s+future)?)\b",
         r_future_ref, 0.3, "in the future / eventually: open-ended (FUTURE_REF)", "in the future", starts="in eventually at"),
    Rule("mutual_date",
         r"\bat\s+(?:a\s+|the\s+)?(?:mutually\s+(?:convenient|agreed|acceptable|agreeable)"
         r"|(?:a\s+)?later|(?:a\s+)?future|convenient|(?:an\s+)?appropriate)\s+(?:date|time|stage)\b"
         r"|\bat\s+a\s+(?:date|time)\s+to\s+be\s+(?:determined|decided|agreed|fixed|announced)\b",
         r_mutual_date, 0.5,
         "at a mutually convenient date (alone): open-ended; followed by a dated phrase: that window",
         "at a mutually convenient date", starts="at"),
    Rule("coming_days",
         rf"\b{_IN}?(?:the\s+)?(?:coming|next\s+(?:few|several|couple\s+of)|following\s+few|upcoming)\s+days\b"
         r"|\b(?:in|over)\s+the\s+days\s+ahead\b",
         _coming(days=14), 0.6, "in the coming days: D .. D+14 days", "in the coming days", starts=_COMING_STARTS),
    Rule("coming_hours",
         rf"\b{_IN}?(?:the\s+)?(?:coming|next(?:\s+(?:few|several|couple\s+of))?|following\s+few|upcoming)\s+hours\b",
         _coming(days=1), 0.6, "in the coming hours / in the next hours: D .. D+1 day", "in the coming hours",
         starts=_COMING_STARTS),
    Rule("coming_weeks",
         rf"\b{_IN}?(?:the\s+)?(?:coming|next\s+(?:few|several|couple\s+of)|following\s+few|upcoming)\s+weeks\b"
         r"|\b(?:in|over)\s+the\s+weeks\s+ahead\b",
         _coming(weeks=6), 0.6, "in the coming weeks: D .. D+6 weeks", "in the coming weeks", starts=_COMING_STARTS),
    Rule("coming_months",
         rf"\b{_IN}?(?:the\s+)?(?:coming|next\s+(?:few|several|couple\s+of)|following\s+few|upcoming)\s+months\b"
         r"|\b(?:in|over)\s+the\s+months\s+ahead\b",
         _coming(months=6), 0.6, "in the coming months / in the next few months: D .. D+6 months",
         "in the coming months", starts=_COMING_STARTS),
    Rule("coming_years",
         rf"\b{_IN}?(?:the\s+)?(?:coming|next\s+(?:few|several|couple\s+of)|following\s+few|upcoming)\s+years\b"
         r"|\b(?:in|over)\s+the\s+years\s+ahead\b",
         _coming(years=3), 0.5, "in the coming years: D .. D+3 years", "in the coming years", starts=_COMING_STARTS),
    Rule("within_n",
         rf"\b(?:within|in|over|during|inside(?:\s+of)?)\s+(?:the\s+)?(?:(?:a|the)\s+period\s+of\s+)?(?:another\s+)?"
         rf"(?P<nx>next\s+|coming\s+|following\s+)?"
         rf"(?:(?:around|about|roughly|approximately|some)\s+(?=(?:{NUM})\s))?"
         # (a span of counts: "in two or three months", "in 2-3 months": up to the larger)
         rf"(?:(?P<n>{NUM})(?:\s*,?\s*(?:or|to|-|–)\s*(?P<n2>{NUM}))?\s+)?(?P<unit>{UNIT})(?:'?\s*time)?\b",
         r_within_n, 0.85, "within N days/weeks/months/years: D .. D+N units ('in two or three months', "
         "'in another 2-3 months': up to the larger)", "within two weeks", starts="within in over during inside"),
    Rule("past_n",
         rf"\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT})\b"
         rf"(?!\s+of\s+(?:this\s+|next\s+)?{MONTH_FULL}\b)",  # "in the last week of December"
         r_past_n, 0.8, "over the past N units: D-N units .. D (past)", "over the past two years", starts="in over during for"),
    Rule("ago",
         rf"\b(?P<n>{NUM}|several|many|some)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b",
         r_ago, 0.85, "N units ago: the day/week/month/year D-N units (past)", "three days ago", starts="# several many some couple few " + _NUM_WORDS),
    # ---- calendar periods relative to D ---------------------------------
    Rule("this_period",
         r"\b(?:(?P<pos>earlier|later)\s+(?:this|in\s+the|in\s+this)\s+|(?:within|during|in)\s+(?:this|the\s+current)\s+"
         # "within the year": the rest of this one ("in the year" names none: "in the year since")
         r"|within\s+the\s+|this\s+|the\s+current\s+)(?P<unit>week|month|quarter|semester|(?:fiscal\s+|calendar\s+|financial\s+)?year)\b",
         r_this_period, 0.85,
         "this week/month/quarter/semester/year: D .. end (future) or start .. D (past, 'earlier this ...'); "
         "a semester is a half year",
         "later this year", starts="earlier later within during in this the"),
    Rule("next_period",
         r"\b(?:next|the\s+next|the\s+coming|the\s+following)\s+(?P<unit>week|month|quarter|semester"
         r"|(?:fiscal\s+|financial\s+)?year)\b"
         # a fiscal year that says when it starts: "the next financial year starting April"
         rf"(?:\s+(?:starting|beginning|from)\s+(?:in\s+)?(?P<fym>{MONTH_ANY})\b)?",
         r_next_period, 0.9, "next week (ISO Mon-Sun) / month / quarter / year: that whole period (a fiscal "
         "or financial year as the calendar year, as 'this fiscal year' is: whose year it is is not known)",
         "next month", starts="next the"),
    Rule("weekend",
         r"\b(?:(?P<which>this(?:\s+coming)?|the\s+coming|next|last|past|previous)\s+weekend"
         r"|(?:over|at|during|on)\s+the\s+weekend)\b",
         r_weekend, 0.85, "this / next / last weekend, over the weekend: that Saturday and Sunday",
         "this weekend", starts="this the next last past previous over at during on"),
    Rule("same_period",
         r"\b(?:(?:in|during|on|within|over)\s+)?the\s+same\s+(?P<unit>week|month|year)\b(?!\s+(?:as|that)\b)",
         r_same_period, 0.7, "the same week / month / year (as the events just named): the whole period containing D",
         "the same week", starts="in during on within over the"),
    Rule("last_period",
         r"\b(?:last|the\s+last|the\s+past|the\s+previous|previous)\s+(?P<unit>week|month|quarter|semester"
         r"|(?:fiscal\s+|financial\s+)?year)\b",
         r_last_period, 0.9, "last week/month/quarter/year: that whole period (past)", "last month", starts="last the previous"),
    Rule("part_of_year",
         rf"\b(?P<part>{_PART_OF})[\s-]*(?:(?:(?P<rel>this|next|last|the)\s+)?year\b|(?P<year>{YEAR})\b)",
         r_part_of_year, 0.85,
         "early / mid / late YEAR: Jan-Apr / May-Aug / Sep-Dec (end of YEAR = late)",
         "early next year", starts=_PART_STARTS),
    Rule("year_end",
         rf"\b(?:the\s+)?(?:year[\s-]?end|year's\s+end|end[\s-]year)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b"
         rf"|\bend-(?P<year2>{YEAR})\b",
         r_year_end, 0.8, "year-end: Sep-Dec of the year (with 'by': D .. 31 Dec; also 'the yearend')", "the year-end",
         starts="the year yearend end"),
    Rule("part_of_week",
         rf"\b(?P<part>{_PART_OF})[\s-]*(?P<rel>this|next|last|the\s+coming|the\s+following|the\s+previous)\s+week\b",
         r_part_of_week, 0.8, "early / mid / late next (this, last) week: Mon-Wed / Tue-Thu / Thu-Sun of that week",
         "early next week", starts=_PART_STARTS),
    Rule("part_of_month",
         rf"\b(?P<part>{_PART_OF})[\s-]*(?:(?P<rel>this|next|last|the)\s+)?"
         rf"(?:(?P<month>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR})|{_YEAR_REL})?|month)\b",
         r_part_of_month, 0.85, "early / mid / late MONTH: days 1-10 / 11-20 / 21-end",
         "the end of the month", starts=_PART_STARTS),
    Rule("month_fraction",
         r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+(?P<unit>half|week|fortnight)\s+of\s+"
         rf"(?:(?P<rel>this|next)\s+)?(?P<month>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR}))?\b",
         r_month_fraction, 0.85,
         "the first / second half, the first ... last week, the first / last fortnight of MONTH: "
         "days 1-15 / 16-end; 1-7, 8-14, 15-21, 22-28, the last seven; 1-14 / the last fourteen",
         "the second half of December", starts="the first second third fourth last"),
    Rule("month_range",
         rf"\b(?:from\s+|between\s+)?{_g('month', MONTH_FULL)}(?:,?\s+{_g('year1', YEAR)}\b)?"
         # (a year after each month, the second maybe its end: "from January 2031 until the end of
         # September 2031"; twenty-eighth blind check)
         rf"(?:\s*[{DASHES}]\s*|\s+(?:and|or|to|through|until|till)\s+(?(year1)(?:the\s+end\s+of\s+)?))"
         rf"{_g('month2', MONTH_FULL)}\b"
         rf"(?:,?\s+(?:of\s+)?{_g('year', YEAR)}\b)?",
         r_month_range, 0.85,
         "two months joined (from April to June, in April and May, in May or June, April-May 2020): the "
         "first's first day .. the second's last (no year: as MONTH)",
         "between April and June 2020", starts="from between " + _MONTH_WORDS),
    Rule("month_name",
         rf"\b(?:(?P<rel>last|next|this|this\s+coming|the\s+coming|coming|the\s+upcoming|upcoming|past)\s+)?"
         rf"(?P<month>{MONTH_FULL}\b|{MONTH_WORD}\.?(?=,?\s+(?:of\s+)?{YEAR}\b))"
         rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR})\b|{_YEAR_REL})?",
         r_month_name, 0.85,
         "MONTH [YYYY]: that month (no year: next such month for future, latest for past; "
         "an abbreviation only with its year, 'Sept. 2024'; 'May next year': May of D's year + 1)",
         "in January 2022", starts="last next this the coming upcoming past " + _MONTH_WORDS),
    Rule("season",
         r"\b(?:(?P<later>later\s+)?(?P<rel>this\s+coming|this|next|last|the\s+coming|coming|upcoming|the\s+past|past|the)\s+)?"
         rf"(?P<s>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?P<year>{YEAR})\b|{_YEAR_REL})?",
         r_season, 0.8,
         "season: Mar-May / Jun-Aug / Sep-Nov / Dec-Feb (northern; winter Y = Dec Y .. Feb Y+1); "
         "a bare season after a preposition ('in autumn', 'from autumn'; 'fall' only after in / during); "
         "'autumn this year', 'spring next year': that year's",
         "this spring", starts="later this next last the coming upcoming past spring summer fall autumn winter"),
    Rule("half_year",
         rf"\b(?:the\s+)?(?P<h>{_HALF_ORDINAL})\s+(?:half|semester)\s+(?:\(H[12]\)\s+)?(?:of\s+)?"
         rf"(?:(?:(?P<rel>this|next|last|the)\s+)?year\b|(?P<year>{YEAR})\b)"
         rf"|\b(?P<h2>H[12]|[12]H)(?:[\s-]*(?P<year2>{YEAR}|'\d\d))?\b",
         r_half_year, 0.9, "first / second half (or semester) of YEAR, H1/H2: Jan-Jun / Jul-Dec",
         "in the second half of 2024", starts="the first second latter h #"),
    Rule("quarter",
         rf"\b(?:the\s+)?(?P<q>{_QUARTER_ORDINAL}|last(?=\s+quarter\s+of\s))\s+quarter\b"
         rf"(?:\s+(?:\(Q[1-4]\)\s+)?(?:of\s+)?(?:(?:(?P<rel>this|next|last|the)\s+)?year\b|(?P<year>{YEAR})\b))?"
         rf"|\bQ(?P<q2>[1-4])(?:[\s-]*(?P<year2>{YEAR}|'\d\d)\b)?"
         rf"|\b(?P<q3>[1-4])Q(?:[\s-]*(?P<year3>{YEAR}|'?\d\d)\b)?",
         r_quarter, 0.9, "Qn / nth quarter of YEAR (the last quarter of YEAR: the fourth; its abbreviation may stand in "
         "brackets before the year: 'the third quarter (Q3) of 2023'): that calendar quarter",
         "Q3 2024", starts="the first second third fourth final last q #"),
    Rule("decade",
         r"\b(?:the\s+)?(?P<dec>(?:1[89]|20)\d0)'?s\b|\bthe\s+'(?P<dec2>\d0)s\b",
         r_decade, 0.85, "the 1990s: that decade", "the 1990s", starts="the #"),
    Rule("century",
         r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b",
         r_century, 0.85, "the 20th century: 1900-1999", "the 21st century", starts="the #"),
    Rule("year_range",
         rf"\b(?:from\s+|between\s+)?(?P<y1>{YEAR})\s*(?:[{DASHES}/]|\s+(?:to|and|until|through)\s+)\s*"
         rf"(?P<y2>{YEAR}|\d\d)\b(?![-/]\d)",
         r_year_range, 0.85, "YYYY-YYYY / 2024-25: 1 Jan of the first .. 31 Dec of the last year",
         "2024-2025", starts="# from between"),
    Rule("year_event",
         rf"\bthe\s+{_g('year', YEAR)}\s+(?:(?!(?:and|or|the|of)\b)[A-Za-z][\w'’.-]*\s+){{0,4}}"
         r"(?:summit|meeting|ministerial|dialogue|conference|session|talks|games|election|exercise|forum|visit)s?\b",
         r_year_event, 0.85, "the YYYY summit / meeting: in that year (1 Jan .. 31 Dec YYYY)",
         "the 2024 summit", starts="the"),
    Rule("month_end",
         rf"\b{_g('month', MONTH_FULL)}[\s-]+end\b",
         r_month_end, 0.8, "MONTH end: the last third of that month (with 'by': D .. its last day)",
         "by July end", starts=_MONTH_WORDS),
    Rule("year_number",
         rf"(?<![\d$\u00a3\u20ac.,/:-])(?:(?:the\s+)?(?P<fy>fiscal(?:\s+year)?|FY|financial\s+year|calendar\s+year|the\s+year)\s*)?"
         rf"(?:(?<=fy)|(?<![\w']))(?P<year>{YEAR})\b(?![\d%/]|,\d|\.\d|-\d|\s*(?:percent|per\s+cent))",
         r_year_number, 0.9, "YYYY (in/during YYYY): 1 Jan .. 31 Dec YYYY (with 'by': D .. 31 Dec)",
         "in 2024", starts="# the fiscal fy financial calendar"),
    # ---- prefixes (modify the expression that follows) ------------------
    Rule("by",
         # ("postponed / delayed until January": the new date itself, no deadline -- _PUT_OFF)
         r"\b(?:by|no\s+later\s+than|not\s+later\s+than|" + _PUT_OFF + r"(?:until|till)|up\s+to|on\s+or\s+before|"
         r"through|latest\s+by|at\s+the\s+latest[\s\"“”»«,]*(?:at|in|on|by)?)",
         p_by, 0.9, "by X / no later than X: D .. end of X", "by the end of March", kind="prefix", starts="",
         deadline=True),
    Rule("before",
         r"\b(?:before|prior\s+to|ahead\s+of)",
         p_before, 0.85, "before X: D .. day before X starts", "before 2025", kind="prefix", starts="",
         deadline=True),
    Rule("before_event",
         r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:the|a|an|their|its|this|next)\s+(?:[\w'’.+-]+\s+){0,5}?"
         r"(?:summit|meeting|visit|talks|dialogue|conference|session|round|consultations|forum)\s+"
         r"(?:in|on|at|during)",
         p_by, 0.8, "before the <event> in X: D .. end of X (the event itself falls in X)",
         "before the summit in July", kind="prefix", starts="", deadline=True),
    Rule("days_from",
         rf"\b(?:for|over)\s+(?:a\s+period\s+of\s+)?(?P<n>{NUM})\s+days?,?\s*"
         r"(?:from|starting|beginning|commencing)(?:\s+(?:on|from))?",
         p_days_from, 0.9, "for N days from X / over N days beginning X: X .. X+N-1 days",
         "for three days from 4 March", kind="prefix", starts=""),
    Rule("week_of",
         r"\b(?:(?:in|during|for)\s+)?the\s+week\s+(?:of|beginning|starting|commencing)(?:\s+on)?",
         p_week_of, 0.85, "the week of X (a day): X .. X+6 days, the week it begins (the week of 13 June)",
         "the week of 13 June", kind="prefix", starts=""),
    Rule("mutual_prefix",
         r"\bat\s+(?:a\s+|the\s+)?(?:mutually\s+(?:convenient|agreed|acceptable|agreeable)|convenient)"
         r"\s+(?:date|time)(?:\s*,)?(?:\s+(?:in|during|sometime\s+in|around))?",
         p_mutual, 0.9,
         "at a mutually convenient date X: the window of X (the specific phrase wins)",
         "at a mutually convenient date early next year", kind="prefix", starts=""),
)

RULES_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}

_EXPR_RULES = [(r, re.compile(r.pattern, r.flags)) for r in RULES if r.kind == "expr"]
_PREFIX_RULES = [
    (r, re.compile(rf"(?:{r.pattern})\s*(?:the\s+end\s+of\s+)?$", r.flags))
    for r in RULES if r.kind == "prefix"
]
_RULE_ORDER = {r.name: i for i, r in enumerate(RULES)}
#: prefixes that make their phrase a deadline, read forward-looking
_DEADLINE_PREFIXES = frozenset(r.name for r in RULES if r.deadline)

# First-token dispatch: a rule is only tried where the text has a word its match can begin with.
_DISPATCH: dict[str, list[tuple[Rule, re.Pattern[str]]]] = {}
for _r, _rx in _EXPR_RULES:
    for _w in dict.fromkeys(_r.starts.split()):
        _DISPATCH.setdefault(_w, []).append((_r, _rx))


def _any_of(rules: list[tuple[Rule, re.Pattern[str]]]) -> re.Pattern[str] | None:
    """One alternation of several rules' patterns (their group names dropped,
    one numbered group per rule): it matches at a position iff one of the
    rules does, so a word where none of its rules can start costs one regex
    call instead of one per rule; and the group that matched is the first
    rule that matches there (the rules before it need not be tried)."""
    if len(rules) < 2 or any(r.flags != re.IGNORECASE for r, _ in rules):
        return None
    alts = []
    for r, _ in rules:
        inner = re.sub(r"\(\?P<\w+>", "(?:", r.pattern)
        if re.search(r"(?<!\\)\((?!\?)", inner):
            return None  # a plain capturing group would shift the numbering
        alts.append("(" + inner + ")")
    return re.compile("|".join(alts), re.IGNORECASE)


_DISPATCH_ANY: dict[str, re.Pattern[str] | None] = {w: _any_of(rs) for w, rs in _DISPATCH.items()}

# Anchor words: every expression contains at least one of these (or a year-like number,
# Q1/H2/FY2024).  No anchor in a sentence -> nothing to do (the cheap pre-check).
_KEYWORDS = frozenset(
    (_MONTH_WORDS + " " + _WEEKDAY_WORDS + " "
     "hours day days week weeks month months year years quarter half semester decade decades century "
     "today tonight tomorrow yesterday morning afternoon evening now currently present presently "
     "nowadays moment soon shortly early earliest near course long imminently spring summer fall "
     "autumn winter past time recently formerly previously recent future eventually date stage "
     "point ago h q fy diwali deepavali christmas lunar every once twice annually biennially yearly annual "
     "end yearend promptly expeditiously quickly delay immediately weekend").split()
)
_TOKEN = re.compile(r"[a-z0-9]+")
_TOKEN_SPLIT = re.compile(r"([a-z0-9]+)")
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
_DIGITS = "0123456789"
_ANY_DIGIT = re.compile(r"[0-9]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_DAY_ORDINALS = ("st", "nd", "rd", "th")
_WINDOW = 6  # a match may begin up to this many words before its anchor word


def _key(tok: str) -> str:
    if tok[0] in _DIGITS:
        return "#"
    if tok[-1] in _DIGITS:
        return tok.rstrip(_DIGITS)
    return tok


def _is_anchor(tok: str) -> bool:
    if tok in _KEYWORDS:
        return True
    if tok[0] in _DIGITS:
        # (a day's ordinal too: "from the 14th to the 16th of this month" is further from
        # its keyword than ``_WINDOW``)
        return (_YEARLIKE.match(tok) is not None or (len(tok) == 2 and tok[1] in "qh")
                or (len(tok) == 3 and tok[1:] == "0s") or tok.endswith(_DAY_ORDINALS))
    if tok[-1] in _DIGITS:
        return tok.rstrip(_DIGITS) in _KEYWORDS
    return False


# --------------------------------------------------------------------------
# Tense guessing
# --------------------------------------------------------------------------

_FUT1 = frozenset(["will", "shall", "ll", "would", "next", "upcoming", "scheduled", "slated"])
_FUT_TO = frozenset(
    ["going", "plan", "plans", "planning", "intend", "intends", "expected", "expect", "expects", "due", "aim", "aims", "set", "likely", "is", "are"]
)
_INF = frozenset(
    ["agreed", "decided", "pledged", "promised", "committed", "vowed", "undertook", "resolved", "agree", "decide", "pledge", "promise", "commit", "vow"]
)
_PAST1 = frozenset(
    ["was", "were", "had", "did", "held", "said", "says", "met", "took", "came", "went", "began", "told", "made", "gave", "won", "lost", "died", "left", "fell", "rose", "found", "saw", "sold", "bought", "paid", "hit", "ago", "last", "yesterday", "earlier"]
)


def _cues_from_tokens(words: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """Tense cues as (start, end, kind), kind in fut / inf / past (word-level, no parsing)."""
    out = []
    n = len(words)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < n else ""
        kind = None
        if w in _FUT1 or nxt == "to" and w in _FUT_TO or nxt == "forward" and w.startswith("look"):
            kind = "fut"
        elif nxt == "to" and w in _INF:
            kind = "inf"
        elif w == "won" and nxt == "t":
            kind = "fut"
        elif w in _PAST1 or (len(w) > 3 and w.endswith("ed")):
            # "will be held", "to be published": a participle after "be" is not past tense
            kind = "fut" if i and words[i - 1] == "be" else "past"
        if kind:
            out.append((starts[i], starts[i] + len(w), kind))
    return out


def _cues(low: str) -> list[tuple[int, int, str]]:
    words, starts = [], []
    for m in _TOKEN.finditer(low):
        words.append(m.group())
        starts.append(m.start())
    return _cues_from_tokens(words, starts)


def _nearest_tense(cues: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    best = None
    for cs, ce, kind in cues:
        if ce <= start:
            dist = start - ce
        elif cs >= end:
            dist = cs - end
            if kind == "inf":
                kind = "past"  # "on Thursday agreed to ..." -> the phrase dates the agreeing
        else:
            continue
        k = (dist, 0 if kind != "past" else 1)
        if best is None or k < best[0]:
            best = (k, kind)
    if best is None:
        return None
    return "past" if best[1] == "past" else "future"


def guess_tense(text: str, start: int | None = None, end: int | None = None) -> str | None:
    """Guess whether a sentence (or the phrase at text[start:end]) is forward-looking.

    Without a span: "future" if the sentence has a future cue (will, plans to, agreed to,
    next ...), else "past" if it has a past cue (was, said, -ed verbs ...), else None.
    With a span: the cue nearest to the phrase decides.
    """
    cues = _cues(text.translate(_ASCII_LOWER))
    if start is not None:
        return _nearest_tense(cues, start, end if end is not None else start)
    kinds = {k for _, _, k in cues}
    if kinds & {"fut", "inf"}:
        return "future"
    if "past" in kinds:
        return "past"
    return None


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------

_PREFIX_TAILS = frozenset(
    ["by", "than", "until", "till", "to", "before", "through", "thru", "of", "date", "time", "in", "during", "around", "ahead", "prior", "latest",
     "at",  # ("at the latest at the end of the year")
     "from", "starting", "beginning", "commencing", "on"]
)


def _mk(text: str, s: int, e: int, w: _W, rule: str, conf: float) -> TimeExpression:
    return TimeExpression(
        text=text[s:e], start=s, end=e, due_start=w.start, due_end=w.end, rule=rule,
        confidence=w.conf if w.conf is not None else conf, reference=w.ref,
        granularity=w.gran, value=w.value, mod=w.mod,
    )


def _resolve(rule: Rule, m: re.Match[str], anchor: date, tense: str | None) -> _W | None:
    try:
        return rule.resolver(m, anchor, _phrase_tense(m.group(0), tense))
    except (ValueError, KeyError, OverflowError, TypeError, AttributeError):
        return None


_Candidate = tuple[int, int, int, Rule, re.Match[str]]  # position, -end, rule order, rule, match


def _candidates(text: str, low: str) -> tuple[list[_Candidate], list[str], list[int]]:
    # the tokens (= _TOKEN.findall) with the separators around them, so that
    # their offsets are cumulative lengths instead of one Match object each
    parts = _TOKEN_SPLIT.split(low)
    words = parts[1::2]
    kw = _KEYWORDS
    if _ANY_DIGIT.search(low) is None:  # no number: only keywords can be anchors
        anchors = [] if kw.isdisjoint(words) else [i for i, w in enumerate(words) if w in kw]
    else:
        anchors = [
            i for i, w in enumerate(words)
            if w in kw or ((w[0] in _DIGITS or w[-1] in _DIGITS) and _is_anchor(w))
        ]
    if not anchors:
        return [], words, []
    starts = list(accumulate(map(len, parts)))[0:-1:2]  # = [m.start() for m in _TOKEN.finditer(low)]
    js: set[int] = set()
    for i in anchors:
        js.update(range(max(0, i - _WINDOW), i + 1))
    cands = []
    order = _RULE_ORDER
    digits = _DIGITS
    for j in sorted(js):
        w = words[j]
        key = "#" if w[0] in digits else (w.rstrip(digits) if w[-1] in digits else w)  # _key(w)
        rules = _DISPATCH.get(key)
        if not rules:
            continue
        pos = starts[j]
        any_rx = _DISPATCH_ANY[key]
        if any_rx is not None:
            am = any_rx.match(text, pos)
            if am is None:
                continue  # none of the rules can start here
            assert am.lastindex is not None  # one capturing group per rule: one of them matched
            rules = rules[am.lastindex - 1:]  # the earlier ones do not match here
        for rule, rx in rules:
            m = rx.match(text, pos)
            if m is not None and m.end() > pos:
                cands.append((pos, pos - m.end(), order[rule.name], rule, m))
    cands.sort(key=lambda c: c[:3])
    return cands, words, starts


def find_all(text: str, anchor: date, tense: str | None = None) -> list[TimeExpression]:
    """All time expressions in `text`, in text order, non-overlapping, longest match wins.

    `anchor` is the statement date D. `tense` ("future"/"past"/None) says how to resolve
    ambiguous bare weekday/month/day names; None = guess: from the phrase itself ("next",
    "last", "ago" ...) and else from the nearest tense cue in `text` (see guess_tense).
    """
    if not text:
        return []
    anchor = date(anchor.year, anchor.month, anchor.day)
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    cands, words, starts = _candidates(text, low)
    if not cands:
        return []
    cue_cache: list[list[tuple[int, int, str]]] = []

    def tense_at(s: int, e: int) -> str | None:
        if tense in ("future", "past"):
            return tense
        if not cue_cache:
            cue_cache.append(_cues_from_tokens(words, starts))
        return _nearest_tense(cue_cache[0], s, e)

    found: list[tuple[int, int, Rule, _W]] = []
    last_end = 0
    for pos, _neg, _order, rule, m in cands:
        if pos < last_end:
            continue
        w = _resolve(rule, m, anchor, tense_at(pos, m.end()))
        if w is None:
            continue
        found.append((pos, m.end(), rule, w))
        last_end = m.end()

    out: list[TimeExpression] = []
    for s, e, rule, w in found:
        name, conf = rule.name, rule.confidence
        for _ in range(3):  # prefixes may chain: "at a mutually convenient date, no later than"
            if not rule.prefixable:
                break  # "through an early meeting of X": the preposition is the clause's
            before = low[max(0, s - 40) : s].split()
            if not before or before[-1].strip(",;:") not in _PREFIX_TAILS:
                break
            lo = out[-1].start if out else 0
            applied = False
            for prule, prx in _PREFIX_RULES:
                pm = prx.search(text, max(lo, s - 80), s)
                if not pm:
                    continue
                inner = w
                if prule.name in _DEADLINE_PREFIXES and w.ref == "past" and tense_at(s, e) == "past":
                    continue  # "peaked by the end of year": a past event, not a deadline
                if prule.name in _DEADLINE_PREFIXES and (w.start is None or w.start <= anchor):
                    # re-read the inner phrase forward-looking ("by March" -> the coming March)
                    for c in cands:
                        if c[0] == s and c[4].end() == e:
                            again = _resolve(c[3], c[4], anchor, "future")
                            if again is not None:
                                inner = again
                                break
                nw = prule.resolver(pm, inner, anchor)
                if nw is None:
                    continue
                ps = pm.start()
                if out and ps < out[-1].end:
                    if ps > out[-1].start:
                        continue
                    out.pop()  # the prefix swallowed the previous (open-ended) expression
                s, w = ps, nw
                name = f"{prule.name}+{name}"
                if prule.name != "mutual_prefix":
                    conf = min(conf, prule.confidence)
                applied = True
                break
            if not applied:
                break
        out.append(_mk(text, s, e, w, name, conf))
    return _either(text, _that_year(text, anchor, tense, out))


#: two periods offered as alternatives: "late this year or early next year" is one window from the
#: first's start to the second's end (forty-first blind check; "in May or June" is the month range's)
_OR_GAP = re.compile(r"\s+or\s+")
EITHER_EXAMPLE = ("The next round will be held late this year or early next year.", date(2014, 9, 24),
                  date(2014, 9, 1), date(2015, 4, 30))


def _either(text: str, out: list[TimeExpression]) -> list[TimeExpression]:
    """``out`` with each two expressions joined by "or" alone, both windows of the same reference
    read forward, made one: from the earlier start to the later end (rule "either")."""
    if len(out) < 2 or " or " not in text:
        return out
    merged: list[TimeExpression] = []
    for t in out:
        prev = merged[-1] if merged else None
        if prev is not None and _OR_GAP.fullmatch(text, prev.end, t.start) \
                and prev.reference == t.reference and prev.reference != "past":
            ps, pe, ts, te = prev.due_start, prev.due_end, t.due_start, t.due_end
            if ps is not None and pe is not None and ts is not None and te is not None:
                merged[-1] = replace(prev, text=text[prev.start:t.end], end=t.end,
                                     due_start=min(ps, ts), due_end=max(pe, te),
                                     rule="either", confidence=min(prev.confidence, t.confidence),
                                     granularity="range", value="", mod="")
                continue
        merged.append(t)
    return merged


#: a year named by reference to the one a sentence dated last: "presented in October next year and
#: adopted by the end of that year" (the end of next year), "signed in March 2031 and ratified by the
#: middle of that year" (thirty-sixth blind check: a transitional timetable). Read after the sentence's own
#: expressions, as the phrase with that year put in its place (``_that_year``)
_THAT_YEAR_WORDS = r"that\s+(?:same\s+)?year"
_THAT_YEAR = re.compile(r"(?i)\b(?:(?:by|before|until|in|during)\s+)?(?:(?:the\s+)?(?:end|middle|start|"
                        r"beginning|first\s+half|second\s+half)\s+of\s+)?" + _THAT_YEAR_WORDS + r"\b")
THAT_YEAR_EXAMPLE = ("A new constitution is to be presented in October next year and adopted by the end of "
                     "that year in a referendum.")


def _that_year(text: str, anchor: date, tense: str | None, out: list[TimeExpression]) -> list[TimeExpression]:
    """``out`` with each "that year" phrase (``_THAT_YEAR``) read as the year of the expression before
    it in ``text``, when that one lies within one year ("October next year"; not "in the coming
    years"); the rule is "that_year+" the rule that reads the phrase with the year written out."""
    if "that" not in text or "year" not in text:
        return out
    added: list[TimeExpression] = []
    for m in _THAT_YEAR.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in out):
            continue
        before = [x for x in out if x.end <= m.start() and x.due_start is not None and x.due_end is not None]
        if not before:
            continue
        ref = before[-1]
        assert ref.due_start is not None and ref.due_end is not None
        # (a deadline names the year it ends in: "by mid-2031, ... by the end of that year")
        if (ref.due_start.year != ref.due_end.year and ref.mod != "BEFORE") or ref.granularity in ("present", "vague"):
            continue
        phrase = m.group(0)
        said = re.sub(r"(?i)" + _THAT_YEAR_WORDS, str(ref.due_end.year), phrase)
        got = find_all(said, anchor, tense)
        if len(got) != 1 or got[0].start != 0 or got[0].end != len(said):
            continue
        added.append(replace(got[0], text=phrase, start=m.start(), end=m.end(), rule="that_year+" + got[0].rule))
    return sorted(out + added, key=lambda x: x.start) if added else out


_FILLER = re.compile(r"^\s*(?:(?:in|on|at|during|the|of|sometime\s+in|around|about)\s+)*", re.IGNORECASE)


def normalise(phrase: str, anchor: date, tense: str | None = None) -> TimeExpression | None:
    """Interpret one whole phrase (e.g. "early next year") against anchor; None if not understood.

    Leading prepositions ("in", "on", "during"...) are tolerated; the rest of the phrase must be
    covered by a single expression.  `tense` as for find_all.
    """
    if not phrase or not phrase.strip():
        return None
    exprs = find_all(phrase, anchor, tense=tense)
    if len(exprs) != 1:
        return None
    x = exprs[0]
    head = phrase[: x.start]
    tail = phrase[x.end :]
    if _FILLER.sub("", head).strip(" \t\n\"'(,") or tail.strip(" \t\n.,;:!?\"')"):
        return None
    return x
