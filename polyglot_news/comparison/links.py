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

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from polyglot_news.comparison.align import max_weight_matching
from polyglot_news.comparison.similarity import SentenceFeatures, sentence_features

__all__ = [
    "LINKS_VERSION",
    "LINK_KINDS",
    "Agreement",
    "agreement",
    "in_order",
    "monotone_matching",
    "LinkOptions",
    "SentenceLink",
    "TermWeights",
    "link_sentences",
    "sentence_features",
    "term_weights",
]

LINKS_VERSION = "2"
"""Version of the aligner (terms, scores, matching), recorded in the signature's diff field."""

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
    """Thresholds of the aligner, chosen on the gold alignments (docs/comparison.md).

    A pair of sentences (or a sentence and two adjacent ones) links when its weighted Dice
    score reaches ``threshold``, or when one side is covered to at least ``contain`` by the
    other (containment) with the other side covered to at least ``contain_floor``. A link is
    ``partial`` when the less-covered side is covered below ``partial``. ``merge``: allow one
    sentence to link to two adjacent ones; ``moves``: allow links outside the in-order chain
    (otherwise those sentences stay unlinked); ``position``: weight of the position hint
    (a tie-breaker in the matching, never part of the score).
    """

    threshold: float = 0.28
    contain: float = 0.5
    contain_floor: float = 0.2
    partial: float = 0.6
    move: float = 0.4
    merge: bool = True
    moves: bool = True

    def __post_init__(self) -> None:
        for name in ("threshold", "contain", "contain_floor", "partial", "move"):
            if not 0.0 < getattr(self, name) <= 1.0:
                raise ValueError(f"LinkOptions.{name}={getattr(self, name)}: use (0, 1]")


@dataclass(frozen=True)
class TermWeights:
    """Rarity of each term among the versions compared.

    ``weight[term]`` is ``ln((N + 1) / df)`` (inverse document frequency, Sparck Jones 1972) with
    N the number of sentences of all versions and df the sentences holding the term; a term
    none of them holds weighs ``default`` (as if df were 1).
    """

    weight: dict[str, float]
    default: float = 1.0

    def of(self, terms: frozenset[str]) -> float:
        """Total weight of a set of terms."""
        get, default = self.weight.get, self.default
        return sum(get(t, default) for t in terms)


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
    """How two sentence groups agree: weighted Dice and the coverage of each side."""

    dice: float
    cover_a: float
    cover_b: float

    def links(self, options: LinkOptions) -> bool:
        """Whether the agreement is strong enough for a link."""
        if self.dice >= options.threshold:
            return True
        low, high = sorted((self.cover_a, self.cover_b))
        return high >= options.contain and low >= options.contain_floor

    def kind(self, options: LinkOptions) -> str:
        """``reworded`` or ``partial`` (``same`` is decided on the text)."""
        return "partial" if min(self.cover_a, self.cover_b) < options.partial else "reworded"


def agreement(a: frozenset[str], b: frozenset[str], weights: TermWeights) -> Agreement:
    """Weighted Dice and coverages of two term sets (0 for an empty side)."""
    wa, wb = weights.of(a), weights.of(b)
    if not wa or not wb:
        return Agreement(0.0, 0.0, 0.0)
    shared = weights.of(a & b)
    return Agreement(2.0 * shared / (wa + wb), shared / wa, shared / wb)


_Link = tuple[tuple[int, ...], tuple[int, ...], str, float]


def link_sentences(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    *,
    weights: TermWeights | None = None,
    options: LinkOptions | None = None,
) -> list[SentenceLink]:
    """Link the sentences of two versions that report the same fact.

    Sentences with the same key (same words after typography and entity folding) that occur
    once in each version are linked as ``same`` first; the others are scored by
    :func:`agreement` of their terms (weighted by ``weights``) and paired by a maximum-weight
    bipartite matching (Hungarian algorithm) over the pairs that pass the thresholds, with
    the position as a small tie-breaking bonus. A linked sentence then takes an adjacent
    unlinked sentence of the other side when the two together agree better with it (one long
    sentence covering two short ones). Finally the longest in-order chain of links (counted in
    sentences) stays in place and every other link is flagged ``moved``.

    Args:
        a: features of version a's sentences, in order (``sentence_features`` of each).
        b: features of version b's sentences, in order.
        weights: term rarity among all versions compared (default: among a and b only).
        options: thresholds (default :class:`LinkOptions()`).

    Returns:
        The links, in order of b's first sentence; every sentence is in at most one link.
        Deterministic: the same input gives the same links.
    """
    options = options or LinkOptions()
    weights = weights if weights is not None else term_weights([a, b])
    links = _anchors(a, b)
    taken_a = {i for x, _, _, _ in links for i in x}
    taken_b = {j for _, y, _, _ in links for j in y}
    left_a = [i for i in range(len(a)) if i not in taken_a]
    left_b = [j for j in range(len(b)) if j not in taken_b]
    links += _matched(a, b, left_a, left_b, weights, options)
    if options.merge:
        links = _merged(links, a, b, weights, options)
    chain = in_order([(x, y) for x, y, _, _ in links])
    out = [
        SentenceLink(x, y, kind, round(score, 6), k not in chain)
        for k, (x, y, kind, score) in enumerate(links)
        if options.moves or k in chain
    ]
    return sorted(out, key=lambda link: (link.b, link.a))


def _anchors(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> list[_Link]:
    """``same`` links of sentences whose key occurs exactly once in each version."""
    count_a = Counter(f.key for f in a)
    count_b = Counter(f.key for f in b)
    at_b = {f.key: j for j, f in enumerate(b) if count_b[f.key] == 1}
    return [
        ((i,), (at_b[f.key],), "same", 1.0)
        for i, f in enumerate(a)
        if count_a[f.key] == 1 and f.key in at_b
    ]


def _matched(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    weights: TermWeights,
    options: LinkOptions,
) -> list[_Link]:
    """Link the remaining sentences: in order first, then moves among what is left."""
    if not left_a or not left_b:
        return []
    found = _agreements(a, b, left_a, left_b, weights, options)
    grid = [
        [found[r, c].dice if (r, c) in found else 0.0 for c in range(len(left_b))]
        for r in range(len(left_a))
    ]
    pairs = monotone_matching(grid)
    used_r = {r for r, _ in pairs}
    used_c = {c for _, c in pairs}
    rows = [r for r in range(len(left_a)) if r not in used_r]
    cols = [c for c in range(len(left_b)) if c not in used_c]
    if options.moves and rows and cols:
        moves = [[grid[r][c] if grid[r][c] >= options.move else 0.0 for c in cols] for r in rows]
        pairs += [(rows[x], cols[y]) for x, y in max_weight_matching(moves)]
    links: list[_Link] = []
    for r, c in pairs:
        i, j, ag = left_a[r], left_b[c], found[r, c]
        same = a[i].key == b[j].key
        links.append(((i,), (j,), "same" if same else ag.kind(options), 1.0 if same else ag.dice))
    return links


def _agreements(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    weights: TermWeights,
    options: LinkOptions,
) -> dict[tuple[int, int], Agreement]:
    """Agreements of the (row, column) pairs that share a term and pass the thresholds."""
    postings: dict[str, list[int]] = defaultdict(list)
    for c, j in enumerate(left_b):
        for term in b[j].terms:
            postings[term].append(c)
    found: dict[tuple[int, int], Agreement] = {}
    for r, i in enumerate(left_a):
        for c in sorted({c for t in a[i].terms for c in postings.get(t, ())}):
            j = left_b[c]
            if a[i].key == b[j].key:
                found[r, c] = Agreement(1.0, 1.0, 1.0)
                continue
            ag = agreement(a[i].terms, b[j].terms, weights)
            if ag.links(options):
                found[r, c] = Agreement(max(ag.dice, 0.01), ag.cover_a, ag.cover_b)
    return found


def monotone_matching(grid: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Order-preserving matching of maximum total weight over the positive cells of ``grid``.

    A weighted longest common subsequence (the dynamic programme of Gale & Church 1993 with
    weights instead of length costs), O(rows x columns).
    """
    n, m = len(grid), len(grid[0]) if grid else 0
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, prev, cells = score[i], score[i - 1], grid[i - 1]
        for j in range(1, m + 1):
            best = prev[j] if prev[j] >= row[j - 1] else row[j - 1]
            s = cells[j - 1]
            if s > 0.0 and prev[j - 1] + s > best:
                best = prev[j - 1] + s
            row[j] = best
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        s = grid[i - 1][j - 1]
        if s > 0.0 and score[i][j] == score[i - 1][j - 1] + s:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _merged(
    links: list[_Link],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    weights: TermWeights,
    options: LinkOptions,
) -> list[_Link]:
    """Let a linked sentence take an adjacent unlinked one of the other side (1-to-2)."""
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
                merged = _join(sents, grown)
                ag = agreement(merged, _join(partner, other), weights)
                part = sents[extra].terms
                new = weights.of(part & (_join(partner, other) - _join(sents, own)))
                if (
                    ag.dice > score
                    and weights.of(part)
                    and new / weights.of(part) >= options.contain
                    and (best is None or ag.dice > best[0])
                ):
                    best = (ag.dice, side, grown, extra, ag)
        if best is None:
            out.append((x, y, kind, score))
            continue
        dice, side, grown, extra, ag = best
        (free_a if side == 0 else free_b).discard(extra)
        nx, ny = (grown, y) if side == 0 else (x, grown)
        out.append((nx, ny, ag.kind(options), dice))
    return out


def _join(sentences: Sequence[SentenceFeatures], indices: tuple[int, ...]) -> frozenset[str]:
    """Union of the terms of some sentences."""
    return frozenset().union(*(sentences[k].terms for k in indices))


def in_order(links: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]) -> set[int]:
    """Indices of the links in the longest in-order chain, counted in sentences.

    A chain is increasing in both versions; among chains it maximises the number of sentences
    its links cover (ties: the earliest links), so the fewest sentences are reported moved:
    with versions [U, W, P] and [P, U, W] the chain is U, W and only P is moved. O(L^2) in
    the number of links (a dynamic programme over links sorted by a).
    """
    order = sorted(range(len(links)), key=lambda k: (links[k][0], links[k][1]))
    size = [len(links[k][0]) + len(links[k][1]) for k in order]
    best = list(size)
    back = [-1] * len(order)
    for q in range(len(order)):
        aq, bq = links[order[q]]
        for p in range(q):
            ap, bp = links[order[p]]
            if ap[-1] < aq[0] and bp[-1] < bq[0] and best[p] + size[q] > best[q]:
                best[q], back[q] = best[p] + size[q], p
    if not order:
        return set()
    q = max(range(len(order)), key=lambda k: (best[k], -k))
    chain = set()
    while q != -1:
        chain.add(order[q])
        q = back[q]
    return chain
