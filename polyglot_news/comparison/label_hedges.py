"""The ``hedge`` label: a hedge or intensifier differs, not merely its wording.

A hedge is a word or phrase of the lexicon's ``hedge`` list ("allegedly", "at least",
"completely", "no evidence"...), of ``hedge_before_quantity`` only before a number ("about
800", "around a dozen"; not "a zone around the plant") and of ``lowercase_only`` only in lower
case ("may", not the month). Outlets reword hedges as freely as any other word ("About 15,000"
/ "Some fifteen thousand"; "reportedly" / "allegedly"), so hedges are grouped in classes that
say the same of a claim (the lexicon's ``hedge_classes``: approximators, lower and upper
bounds, hearsay, appearance, possibility, probability, intensifiers, absence of evidence;
after Lakoff 1973, "Hedges: a study in meaning criteria", and Hyland 1998, *Hedging in
Scientific Research Articles*). A hunk is a hedge change when the classes of the hedges that
touch it in a differ from those in b (counted with their repeats); a hedge of no class is a
class of its own. "about" -> "around" is none, "about" -> "up to" is one, "800" -> "around
800" is one, and "No passenger data was stolen" -> "There is no evidence that passenger data
was leaked" is one (absence of evidence against an assertion of absence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

__all__ = ["hedge_classes", "hedge_pattern"]


def _alternatives(words: Sequence[str]) -> str:
    """A regex alternation of words and phrases, longest first, any run of spaces between words."""
    ordered = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def hedge_pattern(
    words: Sequence[str],
    before_quantity: Sequence[str],
    articles: Sequence[str],
    number_words: Sequence[str],
    lowercase: Sequence[str] = (),
) -> re.Pattern[str] | None:
    """The hedge pattern: ``words`` anywhere, ``before_quantity`` only before a number, and
    ``lowercase`` words only as written in lower case ("may", not the month "May").

    A number is digits or a number word, after an optional article; the match spans the hedge
    alone, so a hunk that changes only the number is not a hedge change.
    """
    plain, quantified = _alternatives(words), _alternatives(before_quantity)
    article = _alternatives(articles)
    lead = rf"(?:(?:{article})\s+)?" if article else ""
    numbers = _alternatives(number_words)
    number = rf"(?:\d|(?:{numbers})(?!\w))" if numbers else r"\d"
    parts = [rf"(?i:(?:{quantified})(?=\s+{lead}{number}))"] if quantified else []
    parts += [rf"(?i:{plain})(?!\w)"] if plain else []
    lower = _alternatives(lowercase)
    parts += [rf"(?:{lower})(?!\w)"] if lower else []
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})") if parts else None


def _touching(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans that overlap [start, end) (or, for an empty range, surround it)."""
    if start == end:
        return [(s, e) for s, e in spans if s < start < e]
    return [(s, e) for s, e in spans if s < end and start < e]


def hedge_classes(
    spans: Sequence[tuple[int, int]], start: int, end: int, text: str, classes: Mapping[str, str]
) -> Counter[str]:
    """The classes of the hedges at ``spans`` of ``text`` that touch ``text[start:end]``
    (``classes``: phrase in lower case -> class; a phrase of no class is its own class)."""
    found: Counter[str] = Counter()
    for s, e in _touching(spans, start, end):
        phrase = " ".join(text[s:e].lower().split())
        found[classes.get(phrase, phrase)] += 1
    return found
