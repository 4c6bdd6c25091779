"""Terms of a sentence for the cross-outlet aligner: what two wordings of one fact share.

A sentence (in the pivot language, after typography folding and the glossary's entity
normaliser) becomes a set of *terms*:

* **numbers** as values: "11,000", "11 000", "11000" and "11 thousand" are all ``#11000``
  (hedges such as "some" or "up to" are not part of the number; the change labels report them),
  number words up to twenty, "dozen", and scales (thousand, million, billion);
* **attribution and epistemic verbs** as one predicate class ``@say`` (said ~ claimed ~
  confirmed ~ admitted ~ "according to"), since outlets differ on exactly that word;
* **content words** (stopwords dropped) reduced to one form: simplemma's lemma (Barbaresi
  2021, so "fought" is "fight"), then the Snowball stemmer's stem (Porter 2001, so
  "deployment" is "deploy"); stems of a general news-domain near-synonym class are one term
  (``~troop`` for troops, soldiers, servicemen, units).

Word lists are data: ``polyglot_news/data/alignment/<language>.json``. A language without a
file still gets numbers and lower-cased words. Rarity weights (IDF) are computed by
:mod:`polyglot_news.comparison.links` among the versions compared.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["TermLexicon", "load_term_lexicon", "numbers", "sentence_terms"]

_WORD = re.compile(
    r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*(?:st|nd|rd|th)?"
)
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
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000}
PREDICATE = "@say"


@dataclass(frozen=True)
class TermLexicon:
    """The aligner's word lists of one language: stopwords, predicate verbs, synonym classes."""

    language: str
    stopwords: frozenset[str]
    predicate: frozenset[str]  # stems
    classes: dict[str, str]  # stem -> class term
    stemmer: str | None  # Snowball algorithm name, or None


@lru_cache(maxsize=16)
def load_term_lexicon(language: str) -> TermLexicon:
    """The word lists for ``language`` (empty ones when the project has no file for it)."""
    try:
        raw = resources.files("polyglot_news.data").joinpath("alignment", f"{language}.json")
        data = json.loads(raw.read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError):
        return TermLexicon(language, frozenset(), frozenset(), {}, None)
    stemmer = data.get("stemmer")
    lexicon = TermLexicon(language, frozenset(data["stopwords"]), frozenset(), {}, stemmer)
    predicate = frozenset(_reduce(w, lexicon) for w in data["predicate"])
    classes: dict[str, str] = {}
    for members in data["classes"]:
        head = "~" + _reduce(members[0], lexicon)
        for word in members:
            classes.setdefault(_reduce(word, lexicon), head)
    return TermLexicon(language, lexicon.stopwords, predicate, classes, stemmer)


@lru_cache(maxsize=200_000)
def _reduce_cached(word: str, language: str, stemmer: str | None) -> str:
    """Lemma then stem of one lower-cased word."""
    import simplemma

    lemma = simplemma.lemmatize(word, lang=language).casefold() if stemmer else word
    if not stemmer:
        return lemma
    return str(_snowball(stemmer).stemWord(lemma))


@lru_cache(maxsize=16)
def _snowball(algorithm: str) -> Any:
    """The Snowball stemmer of one algorithm (snowballstemmer ships no type hints)."""
    import snowballstemmer

    return snowballstemmer.stemmer(algorithm)


def _reduce(word: str, lexicon: TermLexicon) -> str:
    return _reduce_cached(word, lexicon.language, lexicon.stemmer)


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


def numbers(words: list[str]) -> tuple[list[str], set[int]]:
    """Number terms of lower-cased word tokens, and the token positions they used."""
    out: list[str] = []
    used: set[int] = set()
    k = 0
    while k < len(words):
        value = _number(words[k]) if words[k][0].isdigit() else _NUMBER_WORDS.get(words[k])
        if value is None:
            k += 1
            continue
        used.add(k)
        tens = value in (20, 30, 40, 50, 60, 70, 80, 90)
        if tens and k + 1 < len(words) and words[k + 1] in _UNITS:
            value += _UNITS[words[k + 1]]  # twenty-one
            used.add(k + 1)
            k += 1
        if k + 1 < len(words) and words[k + 1] in _SCALES:
            value *= _SCALES[words[k + 1]]
            used.add(k + 1)
            k += 1
        out.append(_format(value))
        k += 1
    return out, used


def sentence_terms(text: str, language: str = "en") -> frozenset[str]:
    """The terms of one sentence (see the module docstring); ``text`` is already folded."""
    table = _word_terms(language)
    words = [w.casefold() for w in _WORD.findall(text)]
    terms, used = numbers(words)
    result = set(terms)
    for k, word in enumerate(words):
        if k in used:
            continue
        term = table.get(word)
        if term is None:
            term = table[word] = _word_term(word, load_term_lexicon(language))
        if term:
            result.add(term)
    return frozenset(result)


@lru_cache(maxsize=16)
def _word_terms(language: str) -> dict[str, str]:
    """Word -> its term ("" for none), filled as words are met (one lookup per word)."""
    return {}


def _word_term(word: str, lexicon: TermLexicon) -> str:
    """The term of one lower-cased word that is not part of a number ("" for none)."""
    if word in lexicon.stopwords or word in _SCALES:
        return ""
    stem = _reduce(word, lexicon)
    if stem in lexicon.predicate:
        return PREDICATE
    if len(stem) > 1 or not word.isascii():
        return lexicon.classes.get(stem, stem)
    return ""
