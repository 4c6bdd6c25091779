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

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from polyglot_news.comparison.agreement import (
    Agreement,
    TermWeights,
    agreement,
    pair_agreements,
    term_weights,
)
from polyglot_news.comparison.align import in_order, max_weight_matching, monotone_matching
from polyglot_news.comparison.headlines import headline_apart, headlines_linked, is_headline
from polyglot_news.comparison.link_evidence import (
    PairEvidence,
    Tokens,
    additional_links,
    meaning_similarity,
    mixed,
    token_evidence,
)
from polyglot_news.comparison.link_growth import Link, figures_linked, merged
from polyglot_news.comparison.link_model import LinkOptions, SentenceLink
from polyglot_news.comparison.semantic import ratio_margins
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
    "headline_apart",
    "is_headline",
    "is_revision",
    "keys_are_revision",
    "LinkOptions",
    "SentenceLink",
    "TermWeights",
    "link_sentences",
    "sentence_features",
    "term_weights",
]

LINKS_VERSION = "13"
"""Version of the aligner (terms, scores, matching), recorded in the signature's diff field."""

LINK_KINDS = ("same", "reworded", "partial")
"""Kinds of a link: the same words (after typography and entity folding), the same fact in
other words, or the same fact where one side adds or drops a substantial clause."""


def link_sentences(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    *,
    weights: TermWeights | None = None,
    options: LinkOptions | None = None,
    encoder: SentenceEncoder | None = None,
    evidence: PairEvidence | None = None,
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
        evidence: the pair's evidence measured so far, of these a, b, weights and encoder
            (:class:`.link_evidence.PairEvidence`, shared with the link scorer); default: a
            fresh one. The links are the same either way.

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
    cosines = measured = None
    meaning = encoder is not None and left_a and left_b and not is_revision(a, b, options)
    shared = evidence or PairEvidence(a, b, weights, encoder)
    if meaning:
        all_a, all_b = shared.vectors()
        va, vb = all_a[left_a], all_b[left_b]
        wanted = options.token_share or options.evidence_tokens or options.containment
        tokens = token_evidence(shared, left_a, left_b) if wanted else None
        similar = meaning_similarity(va @ vb.T, tokens, options.token_share)
        cosines = ratio_margins(similar, options.neighbours)
        cosines[similar < options.cosine_floor] = -1.0
        measured = (similar, tokens)
    apart = headline_apart(a, b) if options.headlines else frozenset()
    found = (  # the whole pair's once, when the scorer asks for them too
        evidence.agreements(left_a, left_b) if evidence is not None
        else pair_agreements(a, b, left_a, left_b, weights)
    )  # fmt: skip
    links += _matched(a, b, (left_a, left_b), found, weights, options, cosines, measured, apart)
    if options.merge:
        links = merged(links, a, b, weights, options, apart)
    through_figures: list[tuple[tuple[int, int], float]] = []
    if measured is not None and options.figures is not None:
        links, through_figures = figures_linked(links, a, b, left_a, left_b, weights, options,
                                                 measured[0], apart)  # fmt: skip
    if options.headlines:
        meant = None if measured is None else measured[0]
        links += _headlines(a, b, links, weights, options, meant)
    chain = in_order([(x, y) for x, y, _, _ in links])
    out = [
        SentenceLink(x, y, kind, round(score, 6), k not in chain)
        for k, (x, y, kind, score) in enumerate(links)
        if options.moves or k in chain
    ]
    if measured is not None and measured[1] is not None and options.containment is not None:
        extra = additional_links(out, a, b, left_a, left_b, weights, options.containment, measured)
        out += [
            SentenceLink((i,), (j,), "partial", round(e, 6), additional=True) for i, j, e in extra
        ]
    taken = {(i, j) for x in out for i in x.a for j in x.b}
    out += [
        SentenceLink((i,), (j,), "partial", round(e, 6), additional=True)
        for (i, j), e in through_figures
        if (i, j) not in taken
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


def _headlines(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    links: list[Link],
    weights: TermWeights,
    options: LinkOptions,
    similar: np.ndarray | None,
) -> list[Link]:
    """The link of the two versions' headlines when both are free and the versions are not
    revisions of one text (:func:`.headlines.headlines_linked`; kind by the words, score
    their meaning similarity, clipped to [0, 1], or without the encoder their Dice)."""
    pairs = [(x, y) for x, y, _, _ in links]
    if not headlines_linked(a, b, pairs) or is_revision(a, b, options):
        return []
    ag = agreement(a[0].terms, b[0].terms, weights)
    score = ag.dice if similar is None else min(max(float(similar[0, 0]), 0.0), 1.0)
    return [((0,), (0,), ag.kind(options), score)]


def _anchors(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> list[Link]:
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
    left: tuple[list[int], list[int]],
    found: dict[tuple[int, int], Agreement],
    weights: TermWeights,
    options: LinkOptions,
    cosines: np.ndarray | None = None,
    evidence: tuple[np.ndarray, Tokens | None] | None = None,
    apart: frozenset[tuple[int, int]] = frozenset(),
) -> list[Link]:
    """Link the remaining sentences: in order first, then moves among what is left; pairs
    ``(i, j)`` in ``apart`` are never linked. ``found``: the words' agreements of the open
    pairs (:func:`pair_agreements` of ``left``, the open sentences of a and of b)."""
    left_a, left_b = left
    if not left_a or not left_b:
        return []
    if cosines is not None and evidence is not None:
        tokens = evidence[1]
        found = mixed(found, cosines, options, evidence[0], None if tokens is None else tokens[2])
    if apart:
        found = {rc: ag for rc, ag in found.items() if (left_a[rc[0]], left_b[rc[1]]) not in apart}
    cells = {rc: w for rc, ag in found.items() if (w := _weight(ag, options)) > 0.0}
    in_gaps = found
    if cosines is not None and options.gap_content > 0.0:
        in_gaps = _beyond_frame(found, a, b, left_a, left_b, weights, options.gap_content)
    pairs = _gaps_filled(monotone_matching(cells), in_gaps, len(left_a), len(left_b), options)
    used_r = {r for r, _ in pairs}
    used_c = {c for _, c in pairs}
    rows = [r for r in range(len(left_a)) if r not in used_r]
    cols = [c for c in range(len(left_b)) if c not in used_c]
    if options.moves and rows and cols:
        moves = [[_move_weight(cells.get((r, c), 0.0), (r, c), pairs, options) for c in cols]
                 for r in rows]  # fmt: skip
        pairs += [(rows[x], cols[y]) for x, y in max_weight_matching(moves)]
    links: list[Link] = []
    for r, c in pairs:
        i, j, ag = left_a[r], left_b[c], found[r, c]
        same = a[i].key == b[j].key
        links.append(((i,), (j,), "same" if same else ag.kind(options), 1.0 if same else ag.dice))
    return links


def _beyond_frame(
    found: dict[tuple[int, int], Agreement],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    weights: TermWeights,
    least: float,
) -> dict[tuple[int, int], Agreement]:
    """``found`` without the pairs that share little beyond their *frame*: whose shared terms,
    leaving out the names both write (``SentenceFeatures.names``) and the attribution class,
    weigh less than ``least`` rare terms (in units of :attr:`TermWeights.default`): "Kim Jong
    Un said the soldiers had shown the highest fighting spirit" / "Kim Jong Un said a monument
    would be built" share a speaker and a verb, not a fact."""
    out = {}
    for (r, c), ag in found.items():
        x, y = a[left_a[r]], b[left_b[c]]
        shared = (x.terms & y.terms) - x.names - y.names - {PREDICATE}
        if weights.of(shared) >= least * weights.default:
            out[r, c] = ag
    return out


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
