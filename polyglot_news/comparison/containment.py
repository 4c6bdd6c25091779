"""Containment evidence: how much of one sentence another one says, whatever else it adds.

A *partial* link joins two sentences where one adds or drops a substantial clause; a
symmetric score (the weighted Dice of their terms, the cosine of their pooled vectors) is
diluted by that clause. Containment measures each side against the other instead:

* **token containment** (:func:`token_containment`): BERTScore (Zhang et al., "BERTScore:
  Evaluating Text Generation with BERT", ICLR 2020) on the sentence encoder's contextual
  token vectors (:meth:`polyglot_news.comparison.semantic.SentenceEncoder.encode_tokens`):
  every word piece of one sentence is matched greedily to its most similar piece of the other
  (cosine), and the matches are averaged with inverse-document-frequency weights (the
  paper's ``idf`` variant, the frequency counted among the sentences compared, so "the" and
  "," count little). Computed for every pair of two sentence lists in one matrix product.
* **lexical containment** (:func:`lexical_containment`): the weight of the terms two
  sentences share over the *smaller* side's total weight (the overlap coefficient,
  Szymkiewicz-Simpson, weighted by the aligner's term rarity).

:func:`containment_links` uses both to give a sentence additional partial links beyond the
aligner's one-to-one matching (one long sentence sharing a fact each with several short
ones), see :class:`ContainmentOptions`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from polyglot_news.comparison.semantic import TokenVectors

__all__ = [
    "ContainmentOptions",
    "PieceMatches",
    "containment_links",
    "lexical_containment",
    "piece_matches",
    "piece_weights",
    "token_containment",
]


@dataclass(frozen=True)
class ContainmentOptions:
    """When a pair that the one-to-one matching left apart still links, as ``partial``.

    The pair's *shorter* sentence (fewer word pieces) must be contained in the longer one:
    its token containment (:func:`token_containment`) at least ``tokens``, its lexical
    containment (:func:`lexical_containment`) at least ``words``, and the plain cosine of the
    two sentence vectors at least ``cosine``. Each of its sentences takes at most
    ``per_sentence`` such links, and only a sentence already linked in the pair (a long
    sentence whose other facts the other version tells apart) takes one: two sentences both
    left unlinked are the matching's to decide. Chosen on the tune stories
    (docs/comparison.md, "Containment").
    """

    tokens: float = 0.55
    words: float = 0.4
    cosine: float = 0.45
    per_sentence: int = 1

    def __post_init__(self) -> None:
        for name in ("tokens", "words", "cosine"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"ContainmentOptions.{name}={getattr(self, name)}: use [0, 1]")
        if self.per_sentence < 0:
            raise ValueError(f"ContainmentOptions.per_sentence={self.per_sentence}: use 0 or more")


def piece_weights(sentences: Sequence[TokenVectors]) -> dict[str, float]:
    """Inverse document frequency of every word piece among ``sentences``:
    ``ln((M + 1) / (df + 1))`` with M sentences and df those holding the piece (BERTScore's
    idf, Zhang et al. 2020, section 3)."""
    df: Counter[str] = Counter()
    for sentence in sentences:
        df.update(set(sentence.pieces))
    m = len(sentences)
    return {piece: math.log((m + 1) / (count + 1)) for piece, count in df.items()}


def token_containment(
    a: Sequence[TokenVectors], b: Sequence[TokenVectors], weights: dict[str, float]
) -> tuple[np.ndarray, np.ndarray]:
    """BERTScore recall of every sentence of ``a`` in every sentence of ``b``, and back.

    Returns ``(in_b, in_a)``, two float32 arrays of shape ``(len(a), len(b))``: ``in_b[r, c]``
    is the ``weights``-weighted mean over the pieces of ``a[r]`` of their best cosine with a
    piece of ``b[c]`` (how much of a[r] b[c] says); ``in_a[r, c]`` the same for ``b[c]`` in
    ``a[r]``. A piece missing from ``weights`` weighs as the rarest; a sentence without pieces
    (or whose pieces all weigh 0) scores 0 against everything. The same as
    ``piece_matches(a, b).containment(range(len(a)), range(len(b)), weights)``.
    """
    return piece_matches(a, b).containment(range(len(a)), range(len(b)), weights)


@dataclass(frozen=True)
class PieceMatches:
    """Every word piece's best cosine in every sentence of the other list, for two sentence
    lists: what :func:`token_containment` weighs and averages, measured once (one matrix
    product) and reduced for any subset of the sentences and any piece weights
    (:meth:`containment`), so the aligner's passes over one pair of versions share it.

    ``best_in_b`` has shape ``(pieces of a, len(b))``, ``best_in_a`` ``(len(a), pieces of
    b)``, float32 (0 against a sentence without pieces); pieces in sentence order.
    """

    pieces_a: tuple[tuple[str, ...], ...]
    pieces_b: tuple[tuple[str, ...], ...]
    best_in_b: np.ndarray
    best_in_a: np.ndarray

    def containment(
        self, rows: Sequence[int], cols: Sequence[int], weights: dict[str, float]
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(in_b, in_a)`` of :func:`token_containment` for sentences ``rows`` of a and
        ``cols`` of b, shape ``(len(rows), len(cols))``."""
        in_b = np.zeros((len(rows), len(cols)), dtype=np.float32)
        in_a = np.zeros((len(rows), len(cols)), dtype=np.float32)
        rr = [k for k, r in enumerate(rows) if self.pieces_a[r]]
        cc = [k for k, c in enumerate(cols) if self.pieces_b[c]]
        if not rr or not cc:
            return in_b, in_a
        top = max(weights.values(), default=1.0)
        sent_a = np.array([rows[k] for k in rr])
        sent_b = np.array([cols[k] for k in cc])
        at_a = _piece_rows(self.pieces_a, sent_a)
        at_b = _piece_rows(self.pieces_b, sent_b)
        best_in_b = self.best_in_b[np.ix_(at_a, sent_b)]  # (pieces of a, sentences of b)
        best_in_a = self.best_in_a[np.ix_(sent_a, at_b)]  # (sentences of a, pieces of b)
        starts_a = np.cumsum([0] + [len(self.pieces_a[r]) for r in sent_a[:-1]])
        starts_b = np.cumsum([0] + [len(self.pieces_b[c]) for c in sent_b[:-1]])
        w_a = np.array([weights.get(p, top) for r in sent_a for p in self.pieces_a[r]],
                       dtype=np.float32)  # fmt: skip
        w_b = np.array([weights.get(p, top) for c in sent_b for p in self.pieces_b[c]],
                       dtype=np.float32)  # fmt: skip
        total_a = np.maximum(np.add.reduceat(w_a, starts_a), 1e-12)
        total_b = np.maximum(np.add.reduceat(w_b, starts_b), 1e-12)
        recall_a = np.add.reduceat(best_in_b * w_a[:, None], starts_a, axis=0) / total_a[:, None]
        recall_b = np.add.reduceat(best_in_a * w_b[None, :], starts_b, axis=1) / total_b[None, :]
        in_b[np.ix_(rr, cc)] = recall_a
        in_a[np.ix_(rr, cc)] = recall_b
        return in_b, in_a


def _piece_rows(pieces: Sequence[tuple[str, ...]], sentences: np.ndarray) -> np.ndarray:
    """Row numbers of the pieces of ``sentences`` among all pieces, in order."""
    starts = np.cumsum([0] + [len(p) for p in pieces[:-1]])
    return np.concatenate([np.arange(starts[s], starts[s] + len(pieces[s])) for s in sentences])


def piece_matches(a: Sequence[TokenVectors], b: Sequence[TokenVectors]) -> PieceMatches:
    """The :class:`PieceMatches` of two sentence lists (one float32 matrix product of their
    pieces' unit vectors)."""
    pieces_a = tuple(tuple(s.pieces) for s in a)
    pieces_b = tuple(tuple(s.pieces) for s in b)
    best_in_b = np.zeros((sum(map(len, pieces_a)), len(b)), dtype=np.float32)
    best_in_a = np.zeros((len(a), sum(map(len, pieces_b))), dtype=np.float32)
    rows = [r for r, p in enumerate(pieces_a) if p]
    cols = [c for c, p in enumerate(pieces_b) if p]
    if rows and cols:
        big_a = np.concatenate([a[r].vectors for r in rows]).astype(np.float32)
        big_b = np.concatenate([b[c].vectors for c in cols]).astype(np.float32)
        cosines = big_a @ big_b.T  # (pieces of a, pieces of b)
        starts_a = np.cumsum([0] + [len(pieces_a[r]) for r in rows[:-1]])
        starts_b = np.cumsum([0] + [len(pieces_b[c]) for c in cols[:-1]])
        best_in_b[:, cols] = np.maximum.reduceat(cosines, starts_b, axis=1)
        best_in_a[rows, :] = np.maximum.reduceat(cosines, starts_a, axis=0)
    return PieceMatches(pieces_a, pieces_b, best_in_b, best_in_a)


def lexical_containment(shared: float, weight_a: float, weight_b: float) -> float:
    """Weighted overlap coefficient: ``shared / min(weight_a, weight_b)`` (0 when a side
    weighs nothing), the share of the lighter sentence's term weight the other one holds."""
    low = min(weight_a, weight_b)
    return shared / low if low > 0.0 else 0.0


Pair = tuple[int, int]


def containment_links(
    linked: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
    tokens: tuple[np.ndarray, np.ndarray],
    lengths: tuple[Sequence[int], Sequence[int]],
    words: dict[Pair, float],
    cosines: np.ndarray,
    options: ContainmentOptions,
) -> list[tuple[Pair, float]]:
    """Additional partial links of sentences already linked (see :class:`ContainmentOptions`).

    Args:
        linked: the links made so far, as (a indices, b indices).
        tokens: ``(in_b, in_a)`` of :func:`token_containment`, shape ``(n, m)``.
        lengths: word pieces of each sentence of a and of b (which side is the shorter).
        words: lexical containment of the pairs that share a term (others count 0).
        cosines: plain cosines of the sentence vectors, shape ``(n, m)``.
        options: the thresholds.

    Returns:
        ``((i, j), evidence)`` for each new link, the evidence the shorter side's token
        containment; strongest first, ties by position. Deterministic.
    """
    if options.per_sentence == 0:
        return []
    in_b, in_a = tokens
    taken = {(i, j) for x, y in linked for i in x for j in y}
    used_a = Counter(i for x, _ in linked for i in x)
    used_b = Counter(j for _, y in linked for j in y)
    found = []
    for i, j in zip(*np.nonzero(cosines >= options.cosine), strict=True):
        i, j = int(i), int(j)
        if (i, j) in taken or not (used_a[i] or used_b[j]):
            continue
        contained = float(in_b[i, j] if lengths[0][i] <= lengths[1][j] else in_a[i, j])
        if contained >= options.tokens and words.get((i, j), 0.0) >= options.words:
            found.append((-contained, i, j))
    extra_a: Counter[int] = Counter()
    extra_b: Counter[int] = Counter()
    out: list[tuple[Pair, float]] = []
    for negative, i, j in sorted(found):
        if extra_a[i] < options.per_sentence and extra_b[j] < options.per_sentence:
            extra_a[i] += 1
            extra_b[j] += 1
            out.append(((i, j), -negative))
    return out
