"""Similarity of sentences and of whole documents, from features computed once per version.

Sentence similarity tolerates rewording (two outlets, two translators): the mean of the Dice
coefficient (Dice 1945) of the sentences' word-token sets and of their character-trigram sets,
after normalisation: typography folded (:func:`fold_typography`: quotes, apostrophes, dashes,
ellipses, non-breaking spaces), glossary entities mapped to one form by the pipeline's
``entity_normaliser`` (so "Kiev"/"Kyiv" are one word), NFKC + casefold, and every digit
replaced by ``0`` (so "11,000" and "12,000" still count as the same slot in an edited sentence).
Trigrams catch inflection and partial rewording ("Korea"/"Korean") that tokens miss; scripts
written without spaces give one token per character. Dice is bounded above by
``2*min(|A|,|B|)/(|A|+|B|)``, which :func:`sentence_similarity` uses as a free early exit.

The cross-outlet aligner (:mod:`polyglot_news.comparison.links`) uses ``terms`` instead
(:mod:`polyglot_news.comparison.terms`: numbers, one predicate class, lemmas and stems).

Document similarity, for the all-pairs matrix, is deliberately cheap (no alignment): the
mean of the Otsuka-Ochiai (cosine on sets) coefficients of the two documents' word sets and
word-bigram sets, each a C-speed set intersection, so the matrix costs one intersection per pair.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

__all__ = [
    "DocumentFeatures",
    "SentenceFeatures",
    "dice",
    "document_features",
    "fold_typography",
    "document_similarity",
    "sentence_features",
    "sentence_similarity",
]

_CJK = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_DIGIT = re.compile(r"\d")
_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u02bc": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\u00ad": None, "\u200b": None,
    }
)  # fmt: skip
_DASH_RUN = re.compile(r"\s*-{2,}\s*|\s+-\s+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class SentenceFeatures:
    """What alignment needs of one sentence, computed once.

    ``key`` decides identity (two sentences with equal keys are unchanged): the text after the
    entity normaliser, or the raw text when entity naming counts (``strict_entities``).
    """

    text: str
    key: str
    tokens: tuple[str, ...]
    token_set: frozenset[str]
    terms: frozenset[str] = frozenset()  # aligner terms (comparison.terms), e.g. "#11000"
    language: str = "en"  # the pivot language the terms are of

    @cached_property
    def names(self) -> frozenset[str]:
        """The terms that the sentence writes as names (:func:`.terms.name_terms`), asked for
        only by the aligner's frame rule (:class:`.link_model.LinkOptions`)."""
        from polyglot_news.comparison.terms import name_terms

        return name_terms(self.key, self.language) & self.terms

    @cached_property
    def grams(self) -> frozenset[str]:
        """Character trigrams of the tokens joined by spaces (for ``sentence_similarity``)."""
        joined = f" {' '.join(self.tokens)} "
        return frozenset(joined[i : i + 3] for i in range(len(joined) - 2))


@dataclass(frozen=True)
class DocumentFeatures:
    """Word and word-bigram sets of one version, for the cheap document similarity."""

    words: frozenset[str]
    bigrams: frozenset[str]


def fold_typography(text: str) -> str:
    """Fold typographic variants to one form: curly and angle quotes and apostrophes to
    straight ones, every dash (and ``--``, spaced hyphens) to `` - ``, ``…`` to ``...``, the
    non-breaking and thin spaces to a space (runs of spaces to one), soft hyphens removed."""
    folded = _DASH_RUN.sub(" - ", text.translate(_TYPOGRAPHY))
    return _SPACES.sub(" ", folded).strip()


def _normalise(text: str) -> str:
    """NFKC, casefold and digits to 0: the form features are computed on."""
    return _DIGIT.sub("0", unicodedata.normalize("NFKC", text).casefold())


def sentence_features(
    text: str,
    entity_normaliser: Callable[[str], str] | None = None,
    *,
    strict_entities: bool = False,
    language: str = "en",
) -> SentenceFeatures:
    """Compute the features of one sentence (see the module docstring).

    Everything is computed on the text after :func:`fold_typography`; ``text`` keeps the
    version's own wording for the report. ``language`` chooses the aligner's word lists.
    """
    from polyglot_news.comparison.terms import sentence_terms

    folded = fold_typography(text)
    named = entity_normaliser(folded) if entity_normaliser is not None else folded
    tokens = tuple(_TOKEN.findall(_normalise(named)))
    key = folded if strict_entities else named.strip()
    terms = sentence_terms(named, language)
    return SentenceFeatures(text, key, tokens, frozenset(tokens), terms, language)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two sets (1.0 for two empty sets)."""
    total = len(a) + len(b)
    return 1.0 if total == 0 else 2.0 * len(a & b) / total


def sentence_similarity(a: SentenceFeatures, b: SentenceFeatures, floor: float = 0.0) -> float:
    """Similarity in [0, 1] of two sentences; 0.0 early when it cannot reach ``floor``."""
    if a.key == b.key:
        return 1.0
    la, lb, ga, gb = len(a.token_set), len(b.token_set), len(a.grams), len(b.grams)
    bound = (min(la, lb) / (la + lb) if la + lb else 0.5) + (
        min(ga, gb) / (ga + gb) if ga + gb else 0.5
    )
    if bound < floor:
        return 0.0
    return (dice(a.token_set, b.token_set) + dice(a.grams, b.grams)) / 2.0


def document_features(sentences: Sequence[SentenceFeatures]) -> DocumentFeatures:
    """Collect the word and bigram sets of a version from its sentence features."""
    words: set[str] = set()
    bigrams: set[str] = set()
    for sentence in sentences:
        words.update(sentence.tokens)
        bigrams.update(f"{x} {y}" for x, y in itertools.pairwise(sentence.tokens))
    return DocumentFeatures(frozenset(words), frozenset(bigrams))


def _ochiai(a: frozenset[str], b: frozenset[str]) -> float:
    """Otsuka-Ochiai coefficient (cosine similarity of binary vectors)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def document_similarity(a: DocumentFeatures, b: DocumentFeatures) -> float:
    """Cheap similarity in [0, 1] of two versions: mean Ochiai of word and bigram sets."""
    return round((_ochiai(a.words, b.words) + _ochiai(a.bigrams, b.bigrams)) / 2.0, 6)
