"""Term agreement of sentences: rarity weights of terms and the weighted Dice of two sentences.

The lexical evidence of the cross-outlet aligner (:mod:`polyglot_news.comparison.links`): each
sentence is a set of terms (:mod:`polyglot_news.comparison.terms`), each term weighs its
inverse document frequency among the versions compared (Sparck Jones 1972), and two sentences
agree by the weighted Dice coefficient of their terms (Dice 1945) and by the share of each
side's weight that the shared terms cover. :func:`pair_agreements` scores every pair of two
sentence lists that share a term in one pass over the terms' postings.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from polyglot_news.comparison.similarity import SentenceFeatures

if TYPE_CHECKING:
    from polyglot_news.comparison.link_model import LinkOptions

__all__ = ["Agreement", "TermWeights", "agreement", "pair_agreements", "term_weights"]


@dataclass(frozen=True)
class TermWeights:
    """Rarity of each term among the versions compared.

    ``weight[term]`` is ``ln((N + 1) / df)`` (inverse document frequency, Sparck Jones 1972) with
    N the number of sentences of all versions and df the sentences holding the term; a term
    none of them holds weighs ``default`` (as if df were 1).
    """

    weight: dict[str, float]
    default: float = 1.0
    _totals: dict[frozenset[str], float] = field(default_factory=dict, compare=False, repr=False)

    def of(self, terms: frozenset[str]) -> float:
        """Total weight of a set of terms, exactly rounded (``math.fsum``): the same float
        whatever order the set iterates in, which changes with ``PYTHONHASHSEED``."""
        get, default = self.weight.get, self.default
        return math.fsum(get(t, default) for t in terms)

    def total(self, terms: frozenset[str]) -> float:
        """Total weight of a sentence's terms, remembered (a sentence is scored many times)."""
        value = self._totals.get(terms)
        if value is None:
            value = self._totals[terms] = self.of(terms)
        return value


def term_weights(versions: Sequence[Sequence[SentenceFeatures]]) -> TermWeights:
    """Inverse document frequency of every term over the sentences of ``versions``."""
    df: Counter[str] = Counter()
    total = 0
    for sentences in versions:
        for f in sentences:
            df.update(f.terms)
            total += 1
    n = max(total, 1)
    return TermWeights({t: math.log((n + 1) / c) for t, c in df.items()}, math.log(n + 1))


@dataclass(frozen=True)
class Agreement:
    """How two sentence groups agree: the score (weighted Dice of their terms, mixed with the
    encoder's evidence when one is used, see :class:`LinkOptions`) and the share of each
    side's term weight the shared terms cover; ``extra`` is the larger of the two sides'
    term weight the other side lacks (what one side adds: a clause of its own), in units of
    the weight of a term only one sentence holds (:attr:`TermWeights.default`), so about the
    number of rare terms it adds whatever the number of sentences compared."""

    dice: float
    cover_a: float
    cover_b: float
    extra: float = 0.0

    def links(self, options: LinkOptions) -> bool:
        """Whether the agreement is strong enough for a link."""
        if self.dice >= options.threshold:
            return True
        low, high = sorted((self.cover_a, self.cover_b))
        return high >= options.contain and low >= options.contain_floor

    def kind(self, options: LinkOptions) -> str:
        """``partial`` when one side is covered much less than the other, or (with
        ``options.clause``) when one side adds terms weighing at least ``clause`` (it adds or
        drops a clause), else ``reworded`` (``same`` is decided on the text)."""
        low, high = sorted((self.cover_a, self.cover_b))
        if options.clause > 0.0 and self.extra >= options.clause:
            return "partial"
        return "partial" if low < options.partial * high else "reworded"


def agreement(a: frozenset[str], b: frozenset[str], weights: TermWeights) -> Agreement:
    """Weighted Dice and coverages of two term sets (0 for an empty side)."""
    wa, wb = weights.total(a), weights.total(b)
    if not wa or not wb:
        return Agreement(0.0, 0.0, 0.0)
    shared = weights.of(a & b)
    extra = (max(wa, wb) - shared) / weights.default
    return Agreement(2.0 * shared / (wa + wb), shared / wa, shared / wb, extra)


def pair_agreements(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    weights: TermWeights,
) -> dict[tuple[int, int], Agreement]:
    """Agreements of the (row, column) pairs that share a term (equal keys agree fully).

    The shared weight of every pair is gathered along the postings of a's terms (one pass per
    sentence of a) and summed exactly (``math.fsum``), which gives the same numbers as
    :func:`agreement`, in any set order, without a set intersection per pair.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for c, j in enumerate(left_b):
        for term in b[j].terms:
            postings[term].append(c)
    totals_b = [weights.total(b[j].terms) for j in left_b]
    get, default = weights.weight.get, weights.default
    found: dict[tuple[int, int], Agreement] = {}
    for r, i in enumerate(left_a):
        shared: dict[int, list[float]] = defaultdict(list)
        for t in a[i].terms:
            w = get(t, default)
            for c in postings.get(t, ()):
                shared[c].append(w)
        wa = weights.total(a[i].terms)
        for c in sorted(shared):
            if a[i].key == b[left_b[c]].key:
                found[r, c] = Agreement(1.0, 1.0, 1.0)
            elif wa and totals_b[c]:
                x, wb = math.fsum(shared[c]), totals_b[c]
                extra = (max(wa, wb) - x) / default
                found[r, c] = Agreement(2.0 * x / (wa + wb), x / wa, x / wb, extra)
    return found
