"""Where a place's derived adjective counts in Germanic and Romance running text.

German, Dutch, French, Spanish, Italian, Portuguese and Romanian name a place by its adjective
(die russischen Truppen, Münchner Polizei, de Antwerpse haven, l'armée ukrainienne, la policía
madrileña, il governo svizzero, trupele ruse): the build ships every agreement form with the
derived flag (``scripts/_glossary_demonyms.py``). The same words are nouns of people (les
Russes, los rusos, die Kiewer), names of languages (en russe, hablar ucraniano, auf Russisch)
and foods (ein Berliner, ein Hamburger mit Pommes), which name no place. An adjective is an
adjective where it modifies a noun, and the word order of each language says where the noun
stands (``adjectives`` in ``glossary_data/inflections.json``):

* ``before`` (German, Dutch): the adjective stands before its noun, and the next word is
  that noun - capitalised in German (or a lower-case adjective and then the capitalised noun:
  die russischen staatlichen Medien), in Dutch a word of no closed class (de Russische
  troepen; not Russisch en Frans). A Dutch adjective is written with a capital, a German
  city adjective in -er too (die Kiewer sagten: no noun follows).
* ``after`` (the Romance languages): the adjective follows its noun and is written in lower
  case; the word before it is that noun (or an adjective of it), so no article, preposition,
  pronoun, numeral, copula or verb of speaking of the closed class (les Russes, en russe, dos
  rusos, habla ucraniano), and no elided article (l'ukrainien); after a conjunction it
  shares the noun of a kept adjective just before (las fuerzas rusas y ucranianas).

Dishes and languages named by the adjective (Wiener Würstchen, salade russe, limba română)
are the head-noun rules of :mod:`polyglot_news.glossary.phrases`. The rule after the standard
descriptive grammars of each language (attributive adjective position: Duden-Grammatik,
Algemene Nederlandse Spraakkunst, Grevisse, the RAE's Nueva gramática, Serianni, Cunha and
Cintra, the Romanian Academy's GALR).
"""

from __future__ import annotations

import re
from functools import lru_cache

from polyglot_news.glossary.patterns import inflection_rules
from polyglot_news.glossary.support import DERIVED

__all__ = ["attributive_adjectives"]

Hit = tuple[str, int, int, int]
_WORD = re.compile(r"[^\W\d_]+")
_GERMAN_ENDINGS = ("e", "en", "em", "er", "es")
_SPACES = (" ", "\u00a0")


@lru_cache(maxsize=64)
def _context(language: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """``(position, closed words, conjunctions)`` of ``language``; position '' when the
    language declares none."""
    table = inflection_rules().get(language, {}).get("adjectives")
    if not table:
        return "", frozenset(), frozenset()
    return (
        str(table["position"]),
        frozenset(w.lower() for w in table["closed"]),
        frozenset(w.lower() for w in table["and"]),
    )


def attributive_adjectives(hits: list[Hit], text: str, language: str) -> list[Hit]:
    """``hits`` less the derived adjectives that stand where no noun is theirs.

    ``hits`` are ``(entry_id, start, end, flags)`` in text order, ``language`` the text's ISO
    639-1 code; a hit without the derived flag, or in a language without an ``adjectives``
    table, is kept as it is. Order kept; pure; raises nothing.
    """
    if not any(flags & DERIVED for *_, flags in hits):
        return hits
    position, closed, conjunctions = _context(language)
    if not position:
        return hits
    kept: list[Hit] = []
    last_end = -1  # the end of the last derived adjective kept
    for hit in hits:
        if not hit[3] & DERIVED:
            kept.append(hit)
        elif position == "before" and _before_noun(text, hit, language, closed):
            kept.append(hit)
        elif position == "after" and _after_noun(text, hit, closed, conjunctions, last_end):
            kept.append(hit)
            last_end = hit[2]
    return kept


def _next_words(text: str, end: int, count: int) -> list[str]:
    """Up to ``count`` words after ``end``, each after a single space (none past punctuation)."""
    words: list[str] = []
    while len(words) < count and text[end : end + 1] in _SPACES:
        word = _WORD.match(text, end + 1)
        if word is None:
            break
        words.append(word.group())
        end = word.end()
    return words


def _before_noun(text: str, hit: Hit, language: str, closed: frozenset[str]) -> bool:
    surface = text[hit[1] : hit[2]]
    after = _next_words(text, hit[2], 2)
    if not after:
        return False
    if language == "nl":
        return surface[:1].isupper() and after[0].lower() not in closed
    if after[0][:1].isupper():
        return True  # russische Truppen, Münchner Polizei, Russische Föderation
    # one lower-case adjective between (die russischen staatlichen Medien), after a
    # lower-case adjective only: a capitalised one may be a noun (Viele Deutsche wollen Frieden)
    return (
        surface[:1].islower()
        and len(after) == 2
        and after[0].endswith(_GERMAN_ENDINGS)
        and after[0].lower() not in closed
        and after[1][:1].isupper()
    )


def _after_noun(
    text: str, hit: Hit, closed: frozenset[str], conjunctions: frozenset[str], last_end: int
) -> bool:
    start = hit[1]
    if not text[start : start + 1].islower() or text[start - 1 : start] not in _SPACES:
        return False  # les Russes; l'ukrainien, (ucranianos), «rusos»
    words = list(_WORD.finditer(text, max(0, start - 60), start - 1))
    if not words or words[-1].end() != start - 1:
        return False  # punctuation before it: "Según la nota: ruso hoy"
    before = words[-1].group().lower()
    if before in conjunctions:
        return 0 <= last_end and text[last_end : words[-1].start()].strip() == ""
    return before not in closed
