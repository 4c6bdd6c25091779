"""Sentence links between any two versions of a story: the stable interface of the aligner.

A :class:`SentenceLink` says that sentences ``a`` of one version and sentences ``b`` of another
report the same fact, with a kind and a score. :func:`link_sentences` computes the links of one
pair of versions from sentence features computed once per version
(:func:`polyglot_news.comparison.similarity.sentence_features`, re-exported here); callers that
compare more than two versions pass :func:`term_weights` of all of them so that a word's rarity is
measured among every version compared, and call :func:`link_sentences` on each pair.

Sentences of a that no link mentions are deletions (only in a), sentences of b that no link
mentions are insertions (only in b); links flagged ``moved`` sit outside the longest in-order
chain of links (the fewest sentences are reported as moved).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from polyglot_news.comparison.align import align
from polyglot_news.comparison.similarity import SentenceFeatures, sentence_features

__all__ = [
    "LINK_KINDS",
    "LinkOptions",
    "SentenceLink",
    "TermWeights",
    "link_sentences",
    "sentence_features",
    "term_weights",
]

LINK_KINDS = ("same", "reworded", "partial")
"""Kinds of a link: the same words (after typography and entity folding), the same fact in
other words, or the same fact where one side adds or drops a substantial clause."""


@dataclass(frozen=True)
class SentenceLink:
    """Sentences ``a`` of version a report the same fact as sentences ``b`` of version b.

    ``a`` and ``b`` are ascending, consecutive sentence indices (one sentence, or two when one
    long sentence covers two short ones; at most one side has two). ``kind`` is one of
    :data:`LINK_KINDS`; ``score`` in [0, 1] is how strongly the sentences agree (1.0 for
    ``same``); ``moved`` is True when the link is outside the longest in-order chain of links.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: str
    score: float
    moved: bool = False


@dataclass(frozen=True)
class LinkOptions:
    """Thresholds of the aligner (see docs/comparison.md for how they were chosen).

    ``threshold``: least score for a link; ``moves``: allow links outside the in-order chain
    (otherwise such sentences stay unlinked).
    """

    threshold: float = 0.5
    moves: bool = True


@dataclass(frozen=True)
class TermWeights:
    """Rarity of each term among the versions compared: ``weight[term]`` (IDF), ``default``
    for a term none of them holds."""

    weight: dict[str, float]
    default: float = 1.0


def term_weights(versions: Sequence[Sequence[SentenceFeatures]]) -> TermWeights:
    """Inverse document frequency of every term over the sentences of ``versions``."""
    return TermWeights({})


def link_sentences(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    *,
    weights: TermWeights | None = None,
    options: LinkOptions | None = None,
) -> list[SentenceLink]:
    """Link the sentences of two versions that report the same fact.

    Args:
        a: features of version a's sentences, in order (``sentence_features`` of each).
        b: features of version b's sentences, in order.
        weights: term rarity among all versions compared (default: among a and b only).
        options: thresholds (default :class:`LinkOptions()`).

    Returns:
        The links, in order of b's first sentence (then a's); every sentence is in at most
        one link. Deterministic: the same input gives the same links.
    """
    options = options or LinkOptions()
    links = []
    for pair in align(a, b, threshold=options.threshold, moves=options.moves):
        if pair.a is None or pair.b is None:
            continue
        same = a[pair.a].key == b[pair.b].key
        links.append(
            SentenceLink(
                (pair.a,),
                (pair.b,),
                "same" if same else "reworded",
                1.0 if same else round(pair.similarity, 6),
                pair.moved,
            )
        )
    return links
