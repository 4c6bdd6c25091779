"""Links grown beyond one sentence to one: what the aligner (:mod:`.links`) adds after its
matching.

* **merges** (:func:`merged`): a linked sentence takes an adjacent unlinked sentence of the
  other side when that one agrees with what the link left unexplained (one long sentence
  covering two short ones: a 1-to-2 link);
* **figure links** (:func:`figures_linked`): free sentences that share a substantial figure
  (:mod:`.fact_links`) are linked, or tie a one-to-one link into a 1-to-2 link, or give an
  additional partial link;
* :func:`grown_ends` and :func:`joined_terms`, which the links through third versions
  (:mod:`.pivot_links`) use to grow a link the same way.

Links here are the aligner's working tuples ``(a indices, b indices, kind, score)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from polyglot_news.comparison.agreement import Agreement, TermWeights, agreement
from polyglot_news.comparison.fact_links import figure_links
from polyglot_news.comparison.link_model import LinkOptions
from polyglot_news.comparison.similarity import SentenceFeatures
from polyglot_news.comparison.terms import PREDICATE

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Link", "figures_linked", "grown_ends", "joined_terms", "merged"]

Link = tuple[tuple[int, ...], tuple[int, ...], str, float]
"""A link while the aligner works: a indices, b indices, kind, score."""


def merged(
    links: list[Link],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    weights: TermWeights,
    options: LinkOptions,
    apart: frozenset[tuple[int, int]] = frozenset(),
) -> list[Link]:
    """Let a linked sentence take an adjacent unlinked one of the other side (1-to-2); not
    when the grown link would hold a pair of ``apart``."""
    free_a = set(range(len(a))) - {i for x, _, _, _ in links for i in x}
    free_b = set(range(len(b))) - {j for _, y, _, _ in links for j in y}
    out = []
    for x, y, kind, score in links:
        best = None
        for side, free, own, other in ((0, free_a, x, y), (1, free_b, y, x)):
            sents, partner = (a, b) if side == 0 else (b, a)
            for extra in (own[0] - 1, own[-1] + 1):
                if extra not in free:
                    continue
                grown = tuple(sorted((*own, extra)))
                pairs = ((k, o) if side == 0 else (o, k) for k in grown for o in other)
                if apart and any(pair in apart for pair in pairs):
                    continue
                whole = joined_terms(partner, other)
                unexplained = whole - joined_terms(sents, own)
                rest = agreement(sents[extra].terms, unexplained, weights)
                # The predicate class alone ("claimed" ~ "allegedly") is no evidence that the
                # extra sentence says what the link left unexplained ("KCNA said so" is).
                if not (sents[extra].terms & unexplained) - {PREDICATE}:
                    continue
                if rest.dice >= options.join and (best is None or rest.dice > best[0]):
                    ag = agreement(joined_terms(sents, grown), whole, weights)
                    best = (rest.dice, side, grown, extra, ag)
        if best is None:
            out.append((x, y, kind, score))
            continue
        _, side, grown, extra, ag = best
        (free_a if side == 0 else free_b).discard(extra)
        nx, ny = (grown, y) if side == 0 else (x, grown)
        out.append((nx, ny, ag.kind(options), ag.dice))
    return out


def figures_linked(
    links: list[Link],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    weights: TermWeights,
    options: LinkOptions,
    similar: np.ndarray,
    apart: frozenset[tuple[int, int]] = frozenset(),
) -> tuple[list[Link], list[tuple[tuple[int, int], float]]]:
    """``links`` with the pairs of free sentences that share a substantial figure
    (:mod:`.fact_links`), and the additional partial links through a figure (none of
    ``apart``)."""
    assert options.figures is not None
    fresh, additional = figure_links(
        [(x, y) for x, y, _, _ in links], a, b, left_a, left_b, similar, options.figures
    )
    fresh = [pair for pair in fresh if pair not in apart]
    additional = [(pair, e) for pair, e in additional if pair not in apart]
    out = list(links)
    for i, j in fresh:
        ag = agreement(a[i].terms, b[j].terms, weights)
        out.append(((i,), (j,), ag.kind(options), ag.dice))
    rest = []
    for (i, j), score in additional:
        if not _grown_by(out, i, j, a, b, weights, options):
            rest.append(((i, j), score))
    return out, rest


def _grown_by(
    links: list[Link],
    i: int,
    j: int,
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    weights: TermWeights,
    options: LinkOptions,
) -> bool:
    """Grow a one-to-one link in ``links`` (in place) into a 1-to-2 link by the pair (i, j)
    when one of the two is linked one-to-one and the other is free and adjacent to its
    partner (one fact told in two sentences, tied by a figure): laid out as one change
    rather than an additional link beside an insertion. Returns whether it grew one."""
    free_a = all(i not in x for x, _, _, _ in links)
    free_b = all(j not in y for _, y, _, _ in links)
    for k, (x, y, _, _) in enumerate(links):
        if len(x) != 1 or len(y) != 1:
            continue
        ends = grown_ends(x, y, i, j, free_a=free_a, free_b=free_b)
        if ends is None:
            continue
        ag = sides_agreement(a, b, ends[0], ends[1], weights)
        links[k] = (ends[0], ends[1], ag.kind(options), ag.dice)
        return True
    return False


def grown_ends(
    x: tuple[int, ...],
    y: tuple[int, ...],
    i: int,
    j: int,
    *,
    free_a: bool = True,
    free_b: bool = True,
) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The sides of the one-to-one link ``x`` ~ ``y`` grown into a 1-to-2 link by the pair
    (i, j): when x is (i,) and j is adjacent to y's sentence (and ``free_b``), or y is (j,)
    and i is adjacent to x's (and ``free_a``); ``None`` otherwise."""
    if x == (i,) and free_b and abs(y[0] - j) == 1:
        return x, tuple(sorted((y[0], j)))
    if y == (j,) and free_a and abs(x[0] - i) == 1:
        return tuple(sorted((x[0], i))), y
    return None


def joined_terms(sentences: Sequence[SentenceFeatures], indices: tuple[int, ...]) -> frozenset[str]:
    """Union of the terms of some sentences."""
    return frozenset().union(*(sentences[k].terms for k in indices))


def sides_agreement(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    side_a: tuple[int, ...],
    side_b: tuple[int, ...],
    weights: TermWeights,
) -> Agreement:
    """The word agreement of a link's two sides, each the union of its sentences' terms (the
    kind and score of a link grown to cover two sentences of one side)."""
    return agreement(joined_terms(a, side_a), joined_terms(b, side_b), weights)
