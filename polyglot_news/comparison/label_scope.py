"""Whether a figure or a hedge that only one side writes qualifies something the other side says.

A ``number`` or ``hedge`` label says that two wordings of one fact differ in a figure or in how
sure they are of it. When only one side of a hunk holds a figure (or a hedge), the other side
may word the same thing without it ("Turnout was [low -> half the usual]", "The town was
[-> completely] destroyed") or say something else altogether: a headline that reports another
fact ("[-Cyberattack halts check-in, more than 120 flights cancelled-] / {+BSI statement on the
IT security incident+}"), a clause the other side lacks ("..., and 12 passengers were
evacuated"). The figure or hedge is compared only when what it qualifies is asserted by the
other side: one of the first :data:`SCOPE_WORDS` content words after it in its clause (a
figure there is what a hedge qualifies, not a word of its scope: "about [200] people
marched"), or the nearest content word before it there ("[Turnout] was half"), is a term of
the other side (:func:`.terms.sentence_terms`), as the ``negation`` label reads the scope of a
cue (:mod:`.label_negation`).

Words alone cannot tell a headline that drops the figure of the same event ("Fire at hospital
in Porto kills four patients" / "HORROR IN PORTO: hospital inferno") from one that reports
another fact of the same place ("More than 120 flights cancelled at Hamburg airport" /
"Hamburg airport: passenger data may have been stolen"): both share only the place and the
building with the figure's clause, so neither is labelled (a rule counting shared clause words
labelled both).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["SCOPE_WORDS", "anchored", "terms_of"]

SCOPE_WORDS = 2
"""Content words after a figure or hedge read as what it qualifies ("120 [flights cancelled]")."""

_QUANTITY = ("#", "day:", "time:")  # the aligner's figure, date and time terms

_CLAUSE_END = re.compile(r"[,.:](?!\d)|[;!?()\[\]\"«»“”„]")  # not inside "9,200", "4.30"
_WORD = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*")


@lru_cache(maxsize=8192)
def terms_of(text: str, language: str) -> frozenset[str]:
    """The aligner's terms of ``text`` (:func:`.terms.sentence_terms`) less ``@say``, cached."""
    from polyglot_news.comparison.terms import sentence_terms

    return frozenset(sentence_terms(text, language)) - {"@say"}


def anchored(text: str, spans: Iterable[tuple[int, int]], other: str, language: str = "en") -> bool:
    """Whether a figure or hedge at ``spans`` of ``text`` qualifies something that ``other``
    asserts (see module); False when ``spans`` is empty."""
    theirs = terms_of(other, language)
    for start, end in spans:
        after = [terms_of(w, language) for w in _WORD.findall(_CLAUSE_END.split(text[end:], 1)[0])]
        before = [terms_of(w, language) for w in _WORD.findall(_CLAUSE_END.split(text[:start])[-1])]
        scope = _first_words(after) + [t for t in before if t][-1:]
        if any(t & theirs for t in scope):
            return True
    return False


def _first_words(after: list[frozenset[str]]) -> list[frozenset[str]]:
    """The terms of the words after a figure or hedge up to its :data:`SCOPE_WORDS` th content
    word: a figure among them ("about [200] people") is read (the other side may write it too)
    but not counted, so the words the figure counts stay in scope."""
    out: list[frozenset[str]] = []
    words = 0
    for terms in after:
        if not terms:
            continue
        out.append(terms)
        words += not all(t.startswith(_QUANTITY) for t in terms)
        if words == SCOPE_WORDS:
            break
    return out
