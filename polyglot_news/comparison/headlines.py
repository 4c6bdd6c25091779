"""Headlines in the aligner: a version's headline links only with another version's headline.

A headline (a version's first line, with no sentence-final punctuation) names the story's
subject, which every sentence of the body shares, so a headline and a body sentence on the
subject score like a rewording without telling one fact (:func:`headline_apart`, aligner
version 8). Two headlines of versions of one story, the other way round, tell its main news
in each outlet's words, however far apart the words are ("Prague kicks out Russian diplomats
over plot to torch railway" / "Zakharova promised a response to the expulsion of Russian
diplomats from the Czech Republic", cosine 0.61 but words' Dice 0.15; "Vega-C flight VV29:
loss of the mission" / "South Korea's most advanced satellite lost as European rocket fails",
cosine 0.21): :func:`headlines_linked` links two headlines the matching left free (aligner
version 9). Measured in docs/comparison.md ("Headlines").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from polyglot_news.comparison.similarity import SentenceFeatures

__all__ = ["headline_apart", "headlines_linked", "is_headline", "looks_like_headline"]

_FINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s*$")


def looks_like_headline(text: str) -> bool:
    """Whether a version's first sentence ``text`` reads as a headline: not empty, and no
    sentence-final punctuation ("Thyssenkrupp to cut 11,000 steel jobs as Asian imports
    bite"; "The plant will close." is a lead)."""
    return bool(text.strip()) and not _FINAL.search(text)


def is_headline(sentences: Sequence[SentenceFeatures], k: int) -> bool:
    """Whether sentence ``k`` is a version's headline: its first line, with no sentence-final
    punctuation ("Thyssenkrupp to cut 11,000 steel jobs as Asian imports bite")."""
    return k == 0 and bool(sentences) and not _FINAL.search(sentences[0].text)


def headline_apart(
    a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]
) -> frozenset[tuple[int, int]]:
    """Pairs ``(i, j)`` that a headline must not form: a headline with a sentence of the body
    of the other version (:attr:`.link_model.LinkOptions.headlines`). A headline names the
    story's subject, and a body sentence on the subject shares it without telling the
    headline's fact; one headline with another, or two body sentences, are not affected."""
    head_a, head_b = is_headline(a, 0), is_headline(b, 0)
    out: set[tuple[int, int]] = set()
    if head_a:
        out.update((0, j) for j in range(1 if head_b else 0, len(b)))
    if head_b:
        out.update((i, 0) for i in range(1 if head_a else 0, len(a)))
    return frozenset(out)


def headlines_linked(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    linked: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
) -> bool:
    """Whether the two versions' headlines should be linked: both versions open with a
    headline and no link of ``linked`` (pairs of sentence-index tuples) holds either.

    In the gold alignments of the tuning splits (``benchmarks/data/alignment``, 15 stories,
    116 pairs of versions that both open with a headline) the two headlines report a same
    fact in 106 pairs, are a possible link in 8 and apart in 2, whatever their words' and
    vectors' agreement (cosine 0.21-0.63 among the pairs the matching left free)."""
    if not (is_headline(a, 0) and is_headline(b, 0)):
        return False
    return not any(0 in x or 0 in y for x, y in linked)
