"""The meaning evidence of the cross-outlet aligner: sentence vectors, token containment, and
how they mix with the words.

:class:`PairEvidence` holds what every pass over one pair of versions asks of the encoder and
of the words (measured once, on first use): :func:`.links.link_sentences` takes the open
pairs' share of it, the link scorer (:mod:`.link_scorer`) every pair's.
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

from polyglot_news.comparison.agreement import Agreement, TermWeights, pair_agreements
from polyglot_news.comparison.containment import (
    ContainmentOptions,
    PieceMatches,
    containment_links,
    lexical_containment,
    piece_matches,
    piece_weights,
)
from polyglot_news.comparison.similarity import SentenceFeatures

if TYPE_CHECKING:
    from polyglot_news.comparison.link_model import LinkOptions, SentenceLink
    from polyglot_news.comparison.semantic import SentenceEncoder, TokenVectors

__all__ = [
    "PairEvidence",
    "Tokens",
    "additional_links",
    "meaning_similarity",
    "mixed",
    "token_evidence",
]

Tokens = tuple[tuple[np.ndarray, np.ndarray], tuple[list[int], list[int]], np.ndarray]
"""Token evidence of the open pairs: ``((in_b, in_a), (pieces of a, pieces of b), shorter)``,
``shorter`` the shorter side's containment in the other, each array ``(open a, open b)``."""


class PairEvidence:
    """The evidence of every sentence pair of versions a and b, each part measured once, on
    first use: the words' agreements (:func:`.agreement.pair_agreements` under ``weights``)
    and, with an ``encoder``, the sentences' pooled vectors, their per-token vectors and the
    pieces' best matches (:class:`.containment.PieceMatches`). The aligner's passes over one
    pair of versions share one (:mod:`.pivot_links` makes it): each takes the share of the
    sentences it looks at, with the same numbers it would measure alone.
    """

    def __init__(
        self,
        a: Sequence[SentenceFeatures],
        b: Sequence[SentenceFeatures],
        weights: TermWeights,
        encoder: SentenceEncoder | None = None,
    ) -> None:
        self.a, self.b, self.weights, self.encoder = a, b, weights, encoder
        self._agreements: dict[tuple[int, int], Agreement] | None = None
        self._vectors: tuple[np.ndarray, np.ndarray] | None = None
        self._tokens: tuple[list[TokenVectors], list[TokenVectors]] | None = None
        self._matches: PieceMatches | None = None

    def agreements(self, rows: list[int], cols: list[int]) -> dict[tuple[int, int], Agreement]:
        """:func:`.agreement.pair_agreements` of sentences ``rows`` of a and ``cols`` of b
        (ascending), keyed by their positions in ``rows`` and ``cols``, in its order."""
        if self._agreements is None:
            n, m = range(len(self.a)), range(len(self.b))
            self._agreements = pair_agreements(self.a, self.b, list(n), list(m), self.weights)
        at_r = {i: r for r, i in enumerate(rows)}
        at_c = {j: c for c, j in enumerate(cols)}
        return {
            (at_r[i], at_c[j]): ag
            for (i, j), ag in self._agreements.items()
            if i in at_r and j in at_c
        }

    def _encoder(self) -> SentenceEncoder:
        if self.encoder is None:
            raise ValueError("PairEvidence: the meaning evidence needs an encoder")
        return self.encoder

    def vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """The unit sentence vectors of a and of b, shapes ``(len(a), 384)``, ``(len(b), 384)``."""
        if self._vectors is None:
            texts = [s.text for s in self.a] + [s.text for s in self.b]
            vectors = self._encoder().encode(texts)
            self._vectors = vectors[: len(self.a)], vectors[len(self.a) :]
        return self._vectors

    def tokens(self) -> tuple[list[TokenVectors], list[TokenVectors]]:
        """The per-token vectors of a's sentences and of b's."""
        if self._tokens is None:
            texts = [s.text for s in self.a] + [s.text for s in self.b]
            pieces = self._encoder().encode_tokens(texts)
            self._tokens = pieces[: len(self.a)], pieces[len(self.a) :]
        return self._tokens

    def matches(self) -> PieceMatches:
        """The pieces' best matches of every pair (:func:`.containment.piece_matches`)."""
        if self._matches is None:
            self._matches = piece_matches(*self.tokens())
        return self._matches


def meaning_similarity(cosines: np.ndarray, tokens: Tokens | None, share: float) -> np.ndarray:
    """Meaning similarity of the open pairs: ``(1 - share) * cosine + share * token F1``, the
    token F1 BERTScore's (the harmonic mean of the two token containments); the cosine alone
    when ``share`` is 0 or there is no token evidence."""
    if share <= 0.0 or tokens is None:
        return cosines
    in_b, in_a = tokens[0]
    f1 = 2.0 * in_b * in_a / np.maximum(in_b + in_a, 1e-9)
    return (1.0 - share) * cosines + share * f1


def token_evidence(evidence: PairEvidence, left_a: list[int], left_b: list[int]) -> Tokens:
    """Token containment of the open sentences (:func:`.containment.token_containment`, the
    piece weights counted among them) and their lengths in word pieces."""
    tokens_a, tokens_b = evidence.tokens()
    ta, tb = [tokens_a[i] for i in left_a], [tokens_b[j] for j in left_b]
    in_b, in_a = evidence.matches().containment(left_a, left_b, piece_weights([*ta, *tb]))
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
