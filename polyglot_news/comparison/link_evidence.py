"""The meaning evidence of the cross-outlet aligner: sentence vectors, token containment, and
how they mix with the words.

:func:`token_evidence` asks the sentence encoder (:mod:`polyglot_news.comparison.semantic`)
for the per-token vectors of the open sentences and measures BERTScore's token containment
(:mod:`polyglot_news.comparison.containment`); :func:`meaning_similarity` mixes the pooled
cosine with the token F1; :func:`mixed` turns the words' agreements and the meaning into the
scores the matching uses, with the absolute-evidence floors; :func:`additional_links` adds
partial links beyond the one-to-one matching by containment. Every threshold is a field of
:class:`polyglot_news.comparison.links.LinkOptions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from polyglot_news.comparison.agreement import Agreement, TermWeights
from polyglot_news.comparison.containment import (
    ContainmentOptions,
    containment_links,
    lexical_containment,
    piece_weights,
    token_containment,
)
from polyglot_news.comparison.similarity import SentenceFeatures

if TYPE_CHECKING:
    from polyglot_news.comparison.link_model import LinkOptions, SentenceLink
    from polyglot_news.comparison.semantic import SentenceEncoder

__all__ = ["Tokens", "additional_links", "meaning_similarity", "mixed", "token_evidence"]

Tokens = tuple[tuple[np.ndarray, np.ndarray], tuple[list[int], list[int]], np.ndarray]
"""Token evidence of the open pairs: ``((in_b, in_a), (pieces of a, pieces of b), shorter)``,
``shorter`` the shorter side's containment in the other, each array ``(open a, open b)``."""


def meaning_similarity(cosines: np.ndarray, tokens: Tokens | None, share: float) -> np.ndarray:
    """Meaning similarity of the open pairs: ``(1 - share) * cosine + share * token F1``, the
    token F1 BERTScore's (the harmonic mean of the two token containments); the cosine alone
    when ``share`` is 0 or there is no token evidence."""
    if share <= 0.0 or tokens is None:
        return cosines
    in_b, in_a = tokens[0]
    f1 = 2.0 * in_b * in_a / np.maximum(in_b + in_a, 1e-9)
    return (1.0 - share) * cosines + share * f1


def token_evidence(
    encoder: SentenceEncoder,
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
) -> Tokens:
    """Token containment of the open sentences (:func:`.containment.token_containment`, the
    piece weights counted among them) and their lengths in word pieces."""
    pieces = encoder.encode_tokens([*(a[i].text for i in left_a), *(b[j].text for j in left_b)])
    ta, tb = pieces[: len(left_a)], pieces[len(left_a) :]
    in_b, in_a = token_containment(ta, tb, piece_weights(pieces))
    lengths = ([len(t.pieces) for t in ta], [len(t.pieces) for t in tb])
    shorter_a = np.array(lengths[0])[:, None] <= np.array(lengths[1])[None, :]
    return (in_b, in_a), lengths, np.where(shorter_a, in_b, in_a)


def additional_links(
    links: Sequence[SentenceLink],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    weights: TermWeights,
    options: ContainmentOptions,
    evidence: tuple[np.ndarray, Tokens | None],
) -> list[tuple[int, int, float]]:
    """Partial links beyond the one-to-one matching (:func:`.containment.containment_links`),
    among the open sentences, as ``(i, j, evidence)`` (sentence i of a, j of b);
    ``evidence`` is the meaning similarities and the :data:`Tokens` of the open pairs."""
    raw, measured = evidence
    if measured is None:
        return []
    tokens, lengths, _ = measured
    row = {i: r for r, i in enumerate(left_a)}
    col = {j: c for c, j in enumerate(left_b)}
    linked = [
        (tuple(row[i] for i in x.a if i in row), tuple(col[j] for j in x.b if j in col))
        for x in links
    ]
    words = {}
    for r, c in zip(*np.nonzero(raw >= options.cosine), strict=True):
        ta, tb = a[left_a[r]].terms, b[left_b[c]].terms
        shared = weights.of(ta & tb)
        words[int(r), int(c)] = lexical_containment(shared, weights.total(ta), weights.total(tb))
    found = containment_links(linked, tokens, lengths, words, raw, options)
    return [(left_a[r], left_b[c], score) for (r, c), score in found]


def mixed(
    found: dict[tuple[int, int], Agreement],
    cosines: np.ndarray,
    options: LinkOptions,
    raw: np.ndarray,
    contained: np.ndarray | None,
) -> dict[tuple[int, int], Agreement]:
    """Scores mixed with the encoder's evidence (:class:`LinkOptions`); coverages stay the
    words'; a pair with no shared term gets its encoder part alone. ``cosines`` are the
    margins, ``raw`` the meaning similarities (:func:`meaning_similarity`), ``contained``
    the shorter side's token containment (``None``: not measured), all of shape
    ``(open a, open b)``; a pair with
    none of its words' Dice at least ``evidence_dice``, its similarity at least
    ``evidence_cosine`` and its containment at least ``evidence_tokens`` is left out."""
    span = options.margin_high - options.margin_low
    meaning = np.clip((cosines - options.margin_low) / span, 0.0, 1.0) * (1.0 - options.lexical)
    floor_dice, floor_cosine = options.evidence_dice, options.evidence_cosine
    gated = floor_dice > 0.0 or floor_cosine > 0.0 or options.evidence_tokens > 0.0
    if not gated:
        close = np.ones(raw.shape, dtype=bool)
    else:  # a source whose floor is 0 gives no evidence
        close = raw >= floor_cosine if floor_cosine > 0.0 else np.zeros(raw.shape, dtype=bool)
        if options.evidence_tokens > 0.0 and contained is not None:
            close |= contained >= options.evidence_tokens
    out: dict[tuple[int, int], Agreement] = {}
    for r, c in zip(*np.nonzero((meaning > 0) & close), strict=True):
        out[int(r), int(c)] = Agreement(float(meaning[r, c]), 0.0, 0.0)
    for rc, ag in found.items():
        if ag.dice >= 1.0 and ag.cover_a >= 1.0 and ag.cover_b >= 1.0:
            out[rc] = ag  # equal keys
            continue
        if gated and not close[rc] and not (floor_dice > 0.0 and ag.dice >= floor_dice):
            continue
        score = options.lexical * ag.dice + float(meaning[rc])
        out[rc] = Agreement(score, ag.cover_a, ag.cover_b, ag.extra)
    return dict(sorted(out.items()))
