"""Figures as news text writes them, for the ``number`` label (:mod:`.labels`).

Headlines write money with a scale letter ("€345M", "$1.2B", "£40m") where the body writes
"345 million euros"; the aligner's quantity parsing (:mod:`.quantities`) reads "345M" as 345,
so two wordings of one figure were a ``number`` change (a new user's trial: "345 million euro"
/ "€345M"). :func:`scale_letters` spells the letter out before the quantities are read, for the
labels only (the aligner's terms are not changed). A lower-case "m" is a million only after a
currency sign ("300m" may be metres); the word diff often leaves that sign in the shared text
before the changed figure ("£[40 million -> 40m]"), so :func:`with_sign` gives a hunk its sign
back.
"""

from __future__ import annotations

import re

__all__ = ["numbered_names", "scale_letters", "with_sign"]

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
