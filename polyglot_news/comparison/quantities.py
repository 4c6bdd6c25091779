"""Numbers of a sentence as values, whichever way an outlet writes them (English pivot).

The aligner's terms (:mod:`.terms`) give every number one form, ``#<value>``, so that two
wordings of one figure share a term:

* digits with any group separator: "11,000", "11 000" (also NBSP and thin space), "11000";
  a decimal comma or point: "3,5", "3.5"; ordinals "28th" as 28;
* number words: "twenty-one" (21), "two hundred and fifty" (250), "a dozen" (12);
* scales, spelled or abbreviated: "11 thousand", "3.2 million", "1.5bn", "5 bln", "300k",
  "half a million", "a million";
* percentages also as a percentage term: "33%", "33 percent" and "33 per cent" are ``#33`` and
  ``#33%``;
* fractions as their value *and* as a percentage: "a third" is ``#0.33`` and ``#33%`` (so
  "a third of voters" ~ "33% of voters", but "about a quarter" is no "25th"), "two-thirds"
  ``#0.67`` and ``#67%``, "half" ``#0.5`` and ``#50%``, "a quarter of a percentage point"
  ``#0.25``;
* basis points also in percentage points: "25 basis points" is ``#25`` and ``#0.25``;
* a day of the month is a date term, not a figure: "3 June", "June 3", "the 3rd of June" and
  "on the 3rd" are ``day:3`` (the month, when written, stays a word of its own; a year stays
  ``#2025``), so "on the 28th" ~ "April 28" share a term but "the 28th" meets no "28 people";
* a clock time is a time term, never a decimal: "6:21 a.m." is ``time:6:21``, "at 11 a.m."
  ``time:11``, "4.30am", "04:30", "4 h 30" and "half past four" ``time:4:30``, "16.30 Uhr"
  ``time:16:30`` (:func:`special_numbers`);
* a number a name carries is part of the name, not a figure: "Volgoneft-212", "F-16" and
  "Covid-19" are the terms ``volgoneft-212``, ``f-16``, ``covid-19`` (two sentences naming
  one ship share it; "212" is no count).

Hedges ("some", "up to", "about") are not part of the value; the change labels report them
(:mod:`.labels`). "one" alone is a word, not a number ("Formula One", "one of the towns"), and
an ordinal word ("the third time") is not a fraction: a fraction needs "a", "an", "one" or a
number before it ("a third", "two thirds").
"""

from __future__ import annotations

import re

__all__ = ["MONTHS", "SCALES", "numbers", "special_numbers"]

_GROUPED = re.compile(r"^\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*$")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}  # fmt: skip
_BELOW_HUNDRED = {**_UNITS, **{w: v for w, v in _NUMBER_WORDS.items() if v < 100 and w != "dozen"}}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9,
    "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
"""Scale words and abbreviations (a word of these is never a content term of its own)."""
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
_ONE = ("a", "an", "one")
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})  # fmt: skip
"""Month names and their abbreviations: a day number beside one is a date."""
_DATE_LEAD = ("on", "since", "from", "until", "till", "by", "of")
"""Words before "the" that make an ordinal a day of the month ("on the 28th")."""
_IDENTIFIER = re.compile(r"(?<![\w-])([A-Z][^\W\d_]*)-(\d+)\b(?![.,]\d)")
_MERIDIEM = r"\s*([ap])\.?\s?m\b\.?"
_TIME_UNIT = r"\s?(?:h|hrs|hours|uhr|gmt|utc|cet|cest|bst|eet|eest|msk|kst|local time)\b"
_NOT_A_FIGURE = (
    r"(?!\s*(?:%|per\b|percent|points?\b|pts\b|million|billion|trillion|thousand|bn\b|mn\b"
    r"|euros?\b|dollars?\b|pounds?\b|francs?\b|roubles?\b|rubles?\b|hryvnias?\b|won\b"
    r"|yuan\b|yen\b|metres?\b|meters?\b|km\b|kilomet))"
)
_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_HOUR = r"(\d{1,2}|" + "|".join(_HOUR_WORDS) + r")"
_TIMES = (
    # "4.30am", "4:30 a.m.", "9am", "5 p.m.": a meridiem makes any of them a time
    re.compile(r"(?<![\d.,:])\b(\d{1,2})(?:[:.](\d{2}))?" + _MERIDIEM, re.IGNORECASE),
    # "04:30", "23:11": a colon between hours and minutes
    re.compile(r"(?<![\d.,:])\b(\d{1,2}):([0-5]\d)\b(?![:.,]\d)()"),
    # "16.30 Uhr", "16.30 GMT", "4 h 30", "16h30": a clock's unit or the French "h"
    re.compile(r"(?<![\d.,:])\b(\d{1,2})[.:]([0-5]\d)" + _TIME_UNIT + "()", re.IGNORECASE),
    re.compile(r"(?<![\d.,:])\b(\d{1,2})\s?h\s?([0-5]\d)\b(?![.,]\d)()", re.IGNORECASE),
)
"""Clock times with their hour (group 1), minutes (2, may be empty) and meridiem (3)."""
# "at 16.30": a decimal-looking time only after a word that leads a time, and not a figure's
_AT_TIME = re.compile(
    r"\b(at|from|until|till|since|before|after|around)\s+(\d{1,2})\.([0-5]\d)\b(?![.,]\d)"
    + _NOT_A_FIGURE,
    re.IGNORECASE,
)
# "half past four", "a quarter to six", "four o'clock"
_SPOKEN_TIME = re.compile(
    r"\b(?:(half|(?:a\s+)?quarter)\s+(past|to)\s+" + _HOUR + r"\b(?:\s+o'clock)?"
    r"|" + _HOUR + r"\s+o'clock)(?:" + _MERIDIEM + ")?",
    re.IGNORECASE,
)
_TIME_HINT = re.compile(
    r"\d(?:[:.h]\s?\d|\s?[ap]\.?\s?m\b|\s+h\s+\d)|\bpast\b|o'clock|\bquarter to\b",
    re.IGNORECASE,
)
"""A cheap test for a clock time: most sentences have none, and :data:`_TIMES` is slower."""


def _clock(hour: int, minute: int, meridiem: str | None) -> str | None:
    """The time term of a clock reading (``time:16:30``, ``time:9``), None when no clock
    shows it (hour 25, minute 61, "14 p.m.")."""
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.casefold() == "p" else 0)
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"time:{hour}" + (f":{minute:02d}" if minute else "")


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS[word.casefold()]


def _times(text: str, terms: list[str]) -> str:
    """``text`` with every clock time taken out (a space left), its term added to ``terms``."""

    def clock(match: re.Match[str]) -> str:
        term = _clock(int(match[1]), int(match[2] or 0), match[3] or None)
        if term is None:
            return match.group()
        terms.append(term)
        return " "

    def at(match: re.Match[str]) -> str:
        term = _clock(int(match[2]), int(match[3]), None)
        if term is None:
            return match.group()
        terms.append(term)
        return f"{match[1]} "

    def spoken(match: re.Match[str]) -> str:
        part, way, hour_word, whole, meridiem = match.groups()
        hour = _hour(hour_word or whole)
        minute = 0
        if part:
            minute = 30 if part.casefold() == "half" else 15
            if way.casefold() == "to":
                hour, minute = (hour - 1) or 12, 60 - minute
        term = _clock(hour, minute, meridiem)
        if term is None:
            return match.group()
        terms.append(term)
        return " "

    for pattern in _TIMES:
        text = pattern.sub(clock, text)
    return _SPOKEN_TIME.sub(spoken, _AT_TIME.sub(at, text))


def special_numbers(text: str) -> tuple[str, list[str]]:
    """Clock times and numbered names of ``text`` as terms (``time:6:21``, ``volgoneft-212``),
    and the text without them (the name's word kept: "Volgoneft"), so that their digits are
    read as no figure. A numbered name is a capitalised word joined to digits by a hyphen.

    A time is read in the ways English news text writes one: "4.30am", "4:30 a.m.", "9am",
    "04:30", "16.30 GMT", "16.30 Uhr", "4 h 30", "16h30", "at 16.30" (a decimal-looking time
    only after "at", "from", "until", "since", ... and not before a unit of a figure: "at
    4.25%" stays a figure), "half past four", "a quarter to six", "four o'clock"; it is
    ``time:<hour 0-24>[:<minutes>]`` on the 24-hour clock ("4.30pm" and "16:30" are both
    ``time:16:30``), so one time written two ways is one term and two times differ.
    """
    terms: list[str] = []

    def named(match: re.Match[str]) -> str:
        terms.append(f"{match[1].casefold()}-{match[2]}")
        return match[1]

    if _TIME_HINT.search(text):
        text = _times(text, terms)
    return (_IDENTIFIER.sub(named, text) if "-" in text else text), terms


def _number(token: str) -> float | None:
    """Value of a numeric token ("11,000", "11 000", "3.5", "28th"), None if not a number."""
    token = re.sub(r"(st|nd|rd|th)$", "", token)
    if _GROUPED.match(token):
        return float(re.sub(r"[, \u00a0\u202f]", "", token))
    token = token.replace(",", ".") if token.count(",") == 1 and "." not in token else token
    try:
        return float(token)
    except ValueError:
        return None


def _format(value: float) -> str:
    return f"#{int(value)}" if value == int(value) else f"#{value:g}"


def _at(words: list[str], k: int) -> str:
    return words[k] if k < len(words) else ""


def _whole(words: list[str], k: int, value: float) -> tuple[float, int]:
    """A whole number starting at ``k`` with ``value``: tens and units ("twenty-one"),
    hundreds ("two hundred and fifty"); returns the value and the next position."""
    k += 1
    value, k = _tens_units(words, k, value)
    if value < 10 and _at(words, k) == "hundred":
        value, k = value * 100, k + 1
        rest = k + 1 if _at(words, k) == "and" else k
        if _at(words, rest) in _BELOW_HUNDRED:
            below, k = _tens_units(words, rest + 1, _BELOW_HUNDRED[words[rest]])
            value += below
    return value, k


def _tens_units(words: list[str], k: int, value: float) -> tuple[float, int]:
    """``value`` plus the units word at ``k`` when ``value`` is a round ten ("twenty-one")."""
    if value in (20, 30, 40, 50, 60, 70, 80, 90) and _at(words, k) in _UNITS:
        return value + _UNITS[words[k]], k + 1
    return value, k


def _scaled(words: list[str], k: int, value: float, share: bool = False) -> tuple[float, int, bool]:
    """``value`` times a scale at ``k`` ("million"; after a fraction also "a million", "of a
    million"); returns the value, the next position and whether a scale was found."""
    for skip in (0, 1, 2) if share else (0,):
        lead = words[k : k + skip]
        if lead and lead not in (["a"], ["of", "a"]):
            continue
        if _at(words, k + skip) in SCALES:
            return value * SCALES[words[k + skip]], k + skip + 1, True
    return value, k, False


def _fraction(words: list[str], k: int) -> tuple[float, int] | None:
    """A fraction at ``k`` ("a third", "one quarter", "half"), its value and next position."""
    word = _at(words, k)
    if word in ("half", "halves") and _at(words, k - 1) not in _ONE:
        return 0.5, k + 1
    if word in _ONE and _at(words, k + 1) in _FRACTIONS:
        return 1 / _FRACTIONS[words[k + 1]], k + 2
    return None


def _day(words: list[str], k: int) -> int | None:
    """The day of the month the digits at ``k`` give, when they are one: 1-31 beside a month
    ("3 June", "June 3", "the 3rd of June") or an ordinal after "on the" ("on the 3rd")."""
    word = words[k]
    if not word[0].isdigit() or not re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", word):
        return None
    day = int(re.sub(r"\D", "", word))
    if not 1 <= day <= 31:
        return None
    after = _at(words, k + 1)
    if after in MONTHS or (after == "of" and _at(words, k + 2) in MONTHS):
        return day
    if k > 0 and words[k - 1] in MONTHS:
        return day
    ordinal = not word.isdigit()
    if ordinal and k > 1 and words[k - 1] == "the" and words[k - 2] in _DATE_LEAD:
        return day
    return None


def _day_end(words: list[str], k: int) -> int:
    """Position after the day at ``k`` and its "of" ("the 3rd of June": the month stays)."""
    return k + 2 if _at(words, k + 1) == "of" and _at(words, k + 2) in MONTHS else k + 1


def numbers(words: list[str]) -> tuple[list[str], set[int]]:
    """Number terms of lower-cased word tokens, and the token positions they used."""
    out: list[str] = []
    used: set[int] = set()
    k = 0
    while k < len(words):
        start, word = k, words[k]
        fraction = _fraction(words, k)
        value = _number(word) if word[0].isdigit() else _NUMBER_WORDS.get(word)
        if fraction is not None:
            share, k = fraction
        elif value is not None and (day := _day(words, k)) is not None:
            out.append(f"day:{day}")
            used.update(range(start, _day_end(words, k)))
            k = _day_end(words, k)
            continue
        elif value is not None:
            value, k = _whole(words, k, value)
            share = None
            if _at(words, k) in _FRACTIONS and value < 10:  # "two thirds"
                share, k = value / _FRACTIONS[words[k]], k + 1
        elif word in _ONE and _at(words, k + 1) in SCALES:  # "a million"
            share, value, k = None, 1.0, k + 1
        else:
            k += 1
            continue
        used.update(range(start, k))
        if share is not None:
            value, k, scaled = _scaled(words, k, share, share=True)
            used.update(range(start, k))
            if not scaled:  # a share: its value and its percentage
                out += [_format(round(share, 2)), _format(round(share * 100)) + "%"]
                continue
        else:
            assert value is not None
            value, k, _ = _scaled(words, k, value)
            used.update(range(start, k))
        out.append(_format(value))
        unit = 1 if _at(words, k) == "percent" else 2 if words[k : k + 2] == ["per", "cent"] else 0
        if unit:  # the sign or word is part of the figure, not a word of its own
            out.append(_format(value) + "%")
            used.update(range(k, k + unit))
        if _at(words, k) == "basis" and _at(words, k + 1) in ("point", "points"):
            out.append(_format(round(value / 100, 4)))
    return out, used
