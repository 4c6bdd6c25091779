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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from polyglot_news.comparison.align import in_order, max_weight_matching, monotone_matching
from polyglot_news.comparison.semantic import margins
from polyglot_news.comparison.similarity import SentenceFeatures, sentence_features
from polyglot_news.comparison.terms import PREDICATE

if TYPE_CHECKING:
    import numpy as np

    from polyglot_news.comparison.semantic import SentenceEncoder

__all__ = [
    "LINKS_VERSION",
    "LINK_KINDS",
    "Agreement",
    "agreement",
    "is_revision",
    "keys_are_revision",
    "LinkOptions",
    "SentenceLink",
    "TermWeights",
    "link_sentences",
    "sentence_features",
    "term_weights",
]

LINKS_VERSION = "5"
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

    Scores are :func:`agreement` of the sentences' terms (weighted Dice, and how much of each
    side the shared terms cover). A pair can link in order when its Dice reaches
    ``threshold``, or when one side is covered to at least ``contain`` with the other covered
    to at least ``contain_floor`` (one sentence says what the other says, and more); between
    two in-order links a Dice of ``gap`` is enough (a sentence left between two linked
    neighbours most likely pairs with the one left between their partners; with ``gap_span``
    only where one side of the gap has at most that many sentences). A link that
    crosses the in-order ones (a move) needs a Dice of ``move``: position is a weak hint,
    never a requirement; with ``swap``, a link that crosses only one in-order link, its
    neighbour in both versions (two adjacent sentences told in the other order), needs only
    what an in-order link needs. ``merge``: a linked sentence takes an adjacent unlinked one of the
    other side when that one agrees (Dice at least ``join``) with what the link left
    unexplained, giving a link of one long sentence with two short ones. A link is
    ``partial`` when one side is covered less than ``partial`` times as much as the other
    (that side adds a clause the other lacks), ``reworded`` otherwise. ``moves``: allow
    links outside the in-order chain (otherwise those sentences stay unlinked).

    With a sentence encoder (:mod:`polyglot_news.comparison.semantic`) a pair's score mixes
    the words and the meaning: ``lexical * dice + (1 - lexical) * g``, where ``g`` is the
    ratio margin of the two sentence vectors (their cosine over the mean cosine of each
    one's ``neighbours`` nearest sentences on the other side,
    :func:`~polyglot_news.comparison.semantic.margins`; 0: the plain cosine) mapped linearly
    from [``margin_low``, ``margin_high``] onto [0, 1] (clipped), and 0 when the cosine
    itself is below ``cosine_floor`` (a pair must be close, not only closer than the rest);
    pairs that share no term are scored too. The margin only ranks candidates: a pair links
    at all only on *absolute* evidence, its words' Dice at least ``evidence_dice`` or its
    plain cosine at least ``evidence_cosine`` (either; 0 for both turns the check off), so
    a sentence no other version reports does not link to the candidate that merely stands
    out among weak ones (docs/comparison.md, "Absolute evidence"). Where there are no
    candidates to take a margin over (the agreement of two claim cells,
    :mod:`.claim_groups`), the plain cosine is mapped from [``cosine_low``,
    ``cosine_high``] instead. The encoder is used only when the two versions are not
    revisions of one text: when fewer than ``revision`` of the shorter version's sentences
    occur unchanged in the other (:func:`is_revision`); in a revision the words settle every
    link (docs/comparison.md, "Evidence").
    """

    threshold: float = 0.28
    contain: float = 0.5
    contain_floor: float = 0.2
    partial: float = 0.6
    move: float = 0.4
    gap: float = 0.2
    gap_span: int | None = None
    join: float = 0.25
    merge: bool = True
    moves: bool = True
    swap: bool = True
    lexical: float = 0.5
    margin_low: float = 0.9
    margin_high: float = 1.6
    neighbours: int = 3
    cosine_floor: float = 0.0
    evidence_dice: float = 0.4
    evidence_cosine: float = 0.47
    cosine_low: float = 0.4
    cosine_high: float = 0.9
    revision: float = 0.5

    def __post_init__(self) -> None:
        for name in ("threshold", "contain", "contain_floor", "partial", "move", "gap", "join",
                     "lexical", "revision"):  # fmt: skip
            if not 0.0 < getattr(self, name) <= 1.0:
                raise ValueError(f"LinkOptions.{name}={getattr(self, name)}: use (0, 1]")
        for name in ("evidence_dice", "evidence_cosine"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"LinkOptions.{name}={getattr(self, name)}: use [0, 1]")
        if not -1.0 <= self.cosine_low < self.cosine_high <= 1.0:
            raise ValueError(f"LinkOptions.cosine_low={self.cosine_low}: use [-1, cosine_high)")
        if not -1.0 <= self.margin_low < self.margin_high:
            raise ValueError(f"LinkOptions.margin_low={self.margin_low}: use [-1, margin_high)")
        if self.neighbours < 0:
            raise ValueError(f"LinkOptions.neighbours={self.neighbours}: use 0 or more")


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
        """Total weight of a set of terms."""
        get, default = self.weight.get, self.default
        return sum(get(t, default) for t in terms)

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
    side's term weight the shared terms cover."""

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
        """``partial`` when one side is covered much less than the other (it adds or drops a
        clause), else ``reworded`` (``same`` is decided on the text)."""
        low, high = sorted((self.cover_a, self.cover_b))
        return "partial" if low < options.partial * high else "reworded"


def agreement(a: frozenset[str], b: frozenset[str], weights: TermWeights) -> Agreement:
    """Weighted Dice and coverages of two term sets (0 for an empty side)."""
    wa, wb = weights.total(a), weights.total(b)
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
    encoder: SentenceEncoder | None = None,
) -> list[SentenceLink]:
    """Link the sentences of two versions that report the same fact.

    Sentences with the same key (same words after typography and entity folding) that occur
    once in each version are linked ``same`` first. The others are scored by
    :func:`agreement` of their terms (weighted by ``weights``) and linked in three passes
    (see :class:`LinkOptions`): the order-preserving matching of largest total score over
    the pairs that pass (a weighted LCS, after Gale & Church 1993), pairs in the gaps
    between those links at the lower ``gap`` score, then moves among what is left by a
    maximum-weight bipartite matching (Hungarian algorithm). A linked sentence then takes an
    adjacent unlinked sentence of the other side when that one agrees with what the link
    left unexplained (one long sentence covering two short ones). Finally the longest
    in-order chain of links (counted in sentences) stays in place and every other link is
    flagged ``moved``.

    Args:
        a: features of version a's sentences, in order (``sentence_features`` of each).
        b: features of version b's sentences, in order.
        weights: term rarity among all versions compared (default: among a and b only).
        options: thresholds (default :class:`LinkOptions()`).
        encoder: sentence encoder adding the meaning of the sentences to their words
            (:mod:`polyglot_news.comparison.semantic`); ``None``: words only. Used only when
            a and b are not revisions of one text (:func:`is_revision`).

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
    cosines = evidence = None
    if encoder is not None and left_a and left_b and not is_revision(a, b, options):
        vectors = encoder.encode([*(a[i].text for i in left_a), *(b[j].text for j in left_b)])
        va, vb = vectors[: len(left_a)], vectors[len(left_a) :]
        cosines = margins(va, vb, options.neighbours)
        raw = va @ vb.T
        cosines[raw < options.cosine_floor] = -1.0
        evidence = raw
    links += _matched(a, b, left_a, left_b, weights, options, cosines, evidence)
    if options.merge:
        links = _merged(links, a, b, weights, options)
    chain = in_order([(x, y) for x, y, _, _ in links])
    out = [
        SentenceLink(x, y, kind, round(score, 6), k not in chain)
        for k, (x, y, kind, score) in enumerate(links)
        if options.moves or k in chain
    ]
    return sorted(out, key=lambda link: (link.b, link.a))


def is_revision(
    a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures], options: LinkOptions
) -> bool:
    """Whether a and b are revisions of one text: at least ``options.revision`` of the shorter
    one's sentences occur unchanged (equal keys) in the other. Between revisions the words
    settle every link, so the aligner does not ask the sentence encoder."""
    return keys_are_revision(
        Counter(f.key for f in a), Counter(f.key for f in b), len(a), len(b), options
    )


def keys_are_revision(
    keys_a: Counter[str], keys_b: Counter[str], n_a: int, n_b: int, options: LinkOptions
) -> bool:
    """:func:`is_revision` from the versions' key counts and sentence counts (for callers that
    count each version's keys once and test many pairs)."""
    return sum((keys_a & keys_b).values()) >= options.revision * min(n_a, n_b)


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
    cosines: np.ndarray | None = None,
    evidence: np.ndarray | None = None,
) -> list[_Link]:
    """Link the remaining sentences: in order first, then moves among what is left."""
    if not left_a or not left_b:
        return []
    found = _agreements(a, b, left_a, left_b, weights)
    if cosines is not None and evidence is not None:
        found = _mixed(found, cosines, options, evidence)
    cells = {rc: w for rc, ag in found.items() if (w := _weight(ag, options)) > 0.0}
    pairs = _gaps_filled(monotone_matching(cells), found, len(left_a), len(left_b), options)
    used_r = {r for r, _ in pairs}
    used_c = {c for _, c in pairs}
    rows = [r for r in range(len(left_a)) if r not in used_r]
    cols = [c for c in range(len(left_b)) if c not in used_c]
    if options.moves and rows and cols:
        moves = [[_move_weight(cells.get((r, c), 0.0), (r, c), pairs, options) for c in cols]
                 for r in rows]  # fmt: skip
        pairs += [(rows[x], cols[y]) for x, y in max_weight_matching(moves)]
    links: list[_Link] = []
    for r, c in pairs:
        i, j, ag = left_a[r], left_b[c], found[r, c]
        same = a[i].key == b[j].key
        links.append(((i,), (j,), "same" if same else ag.kind(options), 1.0 if same else ag.dice))
    return links


def _swapped(r: int, c: int, pairs: list[tuple[int, int]]) -> bool:
    """Whether (r, c) crosses exactly one in-order link, its neighbour in both versions
    (two adjacent sentences told in the other order)."""
    crossing = [(x, y) for x, y in pairs if (x < r and y > c) or (x > r and y < c)]
    return len(crossing) == 1 and abs(crossing[0][0] - r) == 1 and abs(crossing[0][1] - c) == 1


def _move_weight(
    weight: float, rc: tuple[int, int], pairs: list[tuple[int, int]], options: LinkOptions
) -> float:
    """Matching weight of a pair outside the in-order links: its weight when it reaches
    ``move``, or (with ``swap``) when it only swaps places with its neighbouring link."""
    if weight >= options.move or (weight > 0.0 and options.swap and _swapped(*rc, pairs)):
        return weight
    return 0.0


def _weight(ag: Agreement | None, options: LinkOptions) -> float:
    """Matching weight of a pair: its Dice score when it passes the thresholds, else 0."""
    return max(ag.dice, 0.01) if ag is not None and ag.links(options) else 0.0


def _gaps_filled(
    pairs: list[tuple[int, int]],
    found: dict[tuple[int, int], Agreement],
    n: int,
    m: int,
    options: LinkOptions,
) -> list[tuple[int, int]]:
    """Add in-order links of at least ``options.gap`` between consecutive in-order links
    (with ``options.gap_span``, only where one side of the gap has at most that many).

    A sentence left between two linked neighbours is most likely the other side's sentence
    left between the same neighbours, so there a lower score is enough (position as a hint,
    the score still required).
    """
    out: list[tuple[int, int]] = []
    prev = (-1, -1)
    for nxt in [*pairs, (n, m)]:
        rows = range(prev[0] + 1, nxt[0])
        cols = range(prev[1] + 1, nxt[1])
        span = min(len(rows), len(cols))
        if span and (options.gap_span is None or span <= options.gap_span):
            sub = {
                (r, c): ag.dice
                for r in rows
                for c in cols
                if (ag := found.get((r, c))) is not None and ag.dice >= options.gap
            }
            out += monotone_matching(sub)
        if nxt != (n, m):
            out.append(nxt)
        prev = nxt
    return out


def _agreements(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    weights: TermWeights,
) -> dict[tuple[int, int], Agreement]:
    """Agreements of the (row, column) pairs that share a term (equal keys agree fully).

    The shared weight of every pair is summed along the postings of a's terms (one pass per
    sentence of a), which gives the same numbers as :func:`agreement` without a set
    intersection per pair.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for c, j in enumerate(left_b):
        for term in b[j].terms:
            postings[term].append(c)
    totals_b = [weights.total(b[j].terms) for j in left_b]
    get, default = weights.weight.get, weights.default
    found: dict[tuple[int, int], Agreement] = {}
    for r, i in enumerate(left_a):
        shared: dict[int, float] = defaultdict(float)
        for t in a[i].terms:
            w = get(t, default)
            for c in postings.get(t, ()):
                shared[c] += w
        wa = weights.total(a[i].terms)
        for c in sorted(shared):
            if a[i].key == b[left_b[c]].key:
                found[r, c] = Agreement(1.0, 1.0, 1.0)
            elif wa and totals_b[c]:
                x, wb = shared[c], totals_b[c]
                found[r, c] = Agreement(2.0 * x / (wa + wb), x / wa, x / wb)
    return found


def _mixed(
    found: dict[tuple[int, int], Agreement],
    cosines: np.ndarray,
    options: LinkOptions,
    raw: np.ndarray,
) -> dict[tuple[int, int], Agreement]:
    """Scores mixed with the encoder's evidence (:class:`LinkOptions`); coverages stay the
    words'; a pair with no shared term gets its encoder part alone. ``cosines`` are the
    margins, ``raw`` the plain cosines; a pair with neither its words' Dice at least
    ``evidence_dice`` nor its plain cosine at least ``evidence_cosine`` is left out."""
    import numpy as np

    span = options.margin_high - options.margin_low
    meaning = np.clip((cosines - options.margin_low) / span, 0.0, 1.0) * (1.0 - options.lexical)
    floor_dice, floor_cosine = options.evidence_dice, options.evidence_cosine
    gated = floor_dice > 0.0 or floor_cosine > 0.0
    if not gated:
        close = np.ones(raw.shape, dtype=bool)
    else:  # a source whose floor is 0 gives no evidence
        close = raw >= floor_cosine if floor_cosine > 0.0 else np.zeros(raw.shape, dtype=bool)
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
        out[rc] = Agreement(score, ag.cover_a, ag.cover_b)
    return dict(sorted(out.items()))


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
                whole = _join(partner, other)
                unexplained = whole - _join(sents, own)
                rest = agreement(sents[extra].terms, unexplained, weights)
                # The predicate class alone ("claimed" ~ "allegedly") is no evidence that the
                # extra sentence says what the link left unexplained ("KCNA said so" is).
                if not (sents[extra].terms & unexplained) - {PREDICATE}:
                    continue
                if rest.dice >= options.join and (best is None or rest.dice > best[0]):
                    ag = agreement(_join(sents, grown), whole, weights)
                    best = (rest.dice, side, grown, extra, ag)
        if best is None:
            out.append((x, y, kind, score))
            continue
        _, side, grown, extra, ag = best
        (free_a if side == 0 else free_b).discard(extra)
        nx, ny = (grown, y) if side == 0 else (x, grown)
        out.append((nx, ny, ag.kind(options), ag.dice))
    return out


def _join(sentences: Sequence[SentenceFeatures], indices: tuple[int, ...]) -> frozenset[str]:
    """Union of the terms of some sentences."""
    return frozenset().union(*(sentences[k].terms for k in indices))
