"""Figures as news text writes them, for the ``number`` label (:mod:`.labels`).

Headlines write money with a scale letter ("€345M", "$1.2B", "£40m") where the body writes
"345 million euros"; the aligner's quantity parsing (:mod:`.quantities`) reads "345M" as 345,
so two wordings of one figure were a ``number`` change (a new user's trial: "345 million euro"
/ "€345M"). :func:`scale_letters` spells the letter out before the quantities are read, for the
labels only (the aligner's terms are not changed). A lower-case "m" is a million only after a
currency sign ("300m" may be metres); the word diff often leaves that sign in the shared text
before the changed figure ("£[40 million -> 40m]"), so :func:`with_sign` gives a hunk its sign
back.

A date is a figure too: "on [Monday -> Friday]" or "in [March -> May]" moves an event as "[4 ->
5] June" does, so :func:`date_terms` reads the English weekdays and month names as date terms
(``weekday:monday``, ``month:may``) beside the aligner's days of the month.
"""

from __future__ import annotations

import re

__all__ = ["DATE_WORDS", "date_terms", "numbered_names", "scale_letters", "with_sign"]

# "€345M", "$1.2B", "£40m": a figure with a scale letter, as headlines write money; a lower-case
# "m" only after a currency sign ("a 12m fall" may be metres)
_SCALED = re.compile(r"(?<![\w.,])([$€£¥₽]\s?)?(\d+(?:[.,]\d+)?)(M|B|mn|m)(?!\w)")
_SCALE_WORDS = {"M": "million", "mn": "million", "m": "million", "B": "billion"}


def _scaled(match: re.Match[str]) -> str:
    sign, figure, letter = match.groups()
    if letter == "m" and not sign:
        return match.group()
    return f"{sign or ''}{figure} {_SCALE_WORDS[letter]}"


def scale_letters(text: str) -> str:
    """``text`` with each figure's scale letter spelled out: "€345M" -> "€345 million", "$1.2B"
    -> "$1.2 billion", "£40m" -> "£40 million"; "300m" (no currency sign) is left as it is."""
    return _SCALED.sub(_scaled, text)


_SIGN_BEFORE = re.compile(r"[$€£¥₽]\s?$")


def with_sign(text: str, start: int, changed: str) -> str:
    """The changed text ``changed`` (at ``start`` in ``text``) with the currency sign the word
    diff left in the shared text before it ("£" of "£[40 million -> 40m]")."""
    sign = _SIGN_BEFORE.search(text, max(0, start - 2), start) if changed[:1].isdigit() else None
    return sign.group() + changed if sign else changed


# a name with a figure in it: letters then digits, an optional "(16)" ("NoName057(16)", "MH17",
# "A320", "LH123", "G7"); "F-16" the aligner's parsing reads as no quantity already
_NUMBERED_NAME = re.compile(r"(?<![\w$€£¥₽.,])[^\W\d_][\w-]*?\d[\w-]*(?:\(\d+\))?")


def numbered_names(text: str) -> str:
    """``text`` with each name that holds a figure ("NoName057(16)", "MH17", "A320") written as
    the one word "N", so that its digits are read as no quantity."""
    return _NUMBERED_NAME.sub("N", text)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# capitalised only: "may" and "march" are also a verb ("may rise", "march on the capital"); a
# weekday or month in capitals ("MONDAY") is one too, and the abbreviations news writes
# ("Mon", "Sept."), never "Mar"/"May" alone in lower case
_ABBREVIATIONS = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
    "sat": "saturday", "sun": "sunday", "jan": "january", "feb": "february", "apr": "april",
    "jun": "june", "jul": "july", "aug": "august", "sep": "september", "sept": "september",
    "oct": "october", "nov": "november", "dec": "december",
}  # fmt: skip
DATE_WORDS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(w.capitalize() + "|" + w.upper() for w in (*_WEEKDAYS, *_MONTHS))
    + "|"
    + "|".join(w.capitalize() + r"\." for w in _ABBREVIATIONS)
    + "|"
    + "|".join(w.capitalize() for w in _ABBREVIATIONS if w not in ("sun", "sat", "wed"))
    + r")(?![\w-])"
)
"""English weekday and month names, capitalised or in capitals, and their abbreviations ("Mon",
"Sept."; "Sun", "Sat" and "Wed" only with their full stop: a newspaper, a verb)."""


def date_terms(text: str) -> list[str]:
    """The weekdays and months ``text`` names, as date terms: "on Monday, 3 March" ->
    ``["weekday:monday", "month:march"]`` (English; a day of the month is the aligner's
    ``day:3``)."""
    out = []
    for match in DATE_WORDS.finditer(text):
        word = match.group().rstrip(".").lower()
        word = _ABBREVIATIONS.get(word, word)
        out.append(("weekday:" if word in _WEEKDAYS else "month:") + word)
    return out
