"""Links through a third version: two sentences that both link one sentence of another version.

The pair aligner (:mod:`.links`) sees two versions at a time. Across outlets a fact is often
told by A and B in words too far apart for their own evidence (cosine 0.3-0.5, few shared
words: "Many traditional mud-brick homes collapsed" / "Entire villages in the Atlas Mountains
have been reduced to rubble"), while a third version C tells it in words close to each: A's
sentence links C's, and so does B's. That is the pivot (transitive) evidence of multi-version
alignment: multiple sequence alignment by consistency (Notredame, Higgins & Heringa 2000,
T-Coffee: what a third sequence says about a pair) and multi-parallel text alignment (Simard
1999, "Text-translation alignment: three languages are better than two"). The claims table
uses it when it groups rows (:mod:`.claim_consensus`); :func:`pivot_links` gives it to a pair
of versions, so that the pair comparison shows the link too:

* a pair of sentences, both *unlinked* in the pair, linked in at least ``least`` third versions
  to one same sentence (A's i ~ C's k and B's j ~ C's k), whose plain cosine (pooled sentence
  vectors, :mod:`.semantic`) reaches ``cosine`` (or ``worded`` when the words' weighted Dice
  of the two reaches ``words`` too, aligner version 9), is linked (kind by the words' coverage,
  :meth:`.agreement.Agreement.kind`; score: the cosine); strongest first (most third versions,
  then cosine), each sentence once;
* a pair so tied where one sentence is linked already (a many-to-many group: one sentence
  of A tells what B tells in two): when the other sentence is adjacent to the linked one's
  one-to-one partner and the cosine reaches ``grow``, that link grows into a 1-to-2 link;
  otherwise, at a cosine of ``additional``, an *additional* partial link
  (:attr:`.link_model.SentenceLink.additional`);
* never a headline with a body sentence (:func:`.links.headline_apart`); links that pass only
  through the pair's own links are not pivots (the third version must differ from both);
  without ``moves`` nothing is added.

Measured in docs/comparison.md ("Links through a third version").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING

from polyglot_news.comparison.agreement import TermWeights, agreement
from polyglot_news.comparison.align import in_order
from polyglot_news.comparison.link_evidence import PairEvidence
from polyglot_news.comparison.link_growth import grown_ends, sides_agreement
from polyglot_news.comparison.link_kinds import rekinded
from polyglot_news.comparison.link_model import LinkOptions, PivotOptions, SentenceLink
from polyglot_news.comparison.link_scorer import scored_links
from polyglot_news.comparison.links import (
    headline_apart,
    is_revision,
    keys_are_revision,
    link_sentences,
)
from polyglot_news.comparison.similarity import SentenceFeatures

if TYPE_CHECKING:
    from polyglot_news.comparison.semantic import SentenceEncoder

__all__ = [
    "PairLinks",
    "PivotOptions",
    "base_links_pivoted",
    "oriented",
    "pivot_links",
    "story_links",
    "story_pivots",
]

PairLinks = Mapping[tuple[int, int], Sequence[SentenceLink]]
"""Links of pairs of versions, keyed ``(x, y)`` with ``link.a`` in x and ``link.b`` in y."""


def oriented(links: PairLinks, x: int, y: int) -> list[SentenceLink] | None:
    """The links of versions x and y with ``a`` in x, whichever way ``links`` keys them
    (``None`` when it holds neither)."""
    if (x, y) in links:
        return list(links[x, y])
    if (y, x) in links:
        return [replace(k, a=k.b, b=k.a) for k in links[y, x]]
    return None


def pivot_links(
    x: int,
    y: int,
    links: PairLinks,
    features: Sequence[Sequence[SentenceFeatures]],
    *,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder,
    apart: frozenset[tuple[int, int]] = frozenset(),
) -> list[SentenceLink]:
    """The links of versions x and y (``links[x, y]`` or flipped ``links[y, x]``) with the
    links through third versions added (``options.pivots``; every other version c whose
    links with both x and y are in ``links``), ``moved`` flags recomputed over the whole
    set (the longest in-order chain stays); ``apart`` pairs are never linked. Deterministic.

    Raises:
        KeyError: when ``links`` holds no links of x and y.
    """
    own = oriented(links, x, y)
    if own is None:
        raise KeyError(f"pivot_links: no links of versions {x} and {y}")
    chosen = options.pivots
    if chosen is None or not options.moves:
        return own
    a, b = features[x], features[y]
    count = _pivots(x, y, links, own, len(features))
    wanted = {pair: n for pair, n in count.items() if n >= chosen.least and pair not in apart}
    if not wanted:
        return own
    cosine = _cosines(list(wanted), a, b, encoder)
    linked_a = {i for k in own for i in k.a}
    linked_b = {j for k in own for j in k.b}
    ranked = sorted((-n, -cosine[i, j], i, j) for (i, j), n in wanted.items())
    out = list(own)
    for _, negative, i, j in ranked:  # both unlinked: an ordinary link
        if i in linked_a or j in linked_b or -negative < min(chosen.cosine, chosen.worded):
            continue
        ag = agreement(a[i].terms, b[j].terms, weights)
        if -negative < chosen.cosine and ag.dice < chosen.words:
            continue
        linked_a.add(i)
        linked_b.add(j)
        out.append(SentenceLink((i,), (j,), ag.kind(options), round(-negative, 6)))
    for _, negative, i, j in ranked:  # one side linked: grown into 1-to-2, or additional
        if (i in linked_a) == (j in linked_b):
            continue
        grown = _grown(out, i, j, a, b, weights, options) if -negative >= chosen.grow else None
        if grown is not None:
            out = grown
        elif -negative >= chosen.additional:
            out.append(SentenceLink((i,), (j,), "partial", round(-negative, 6), additional=True))
        else:
            continue
        linked_a.add(i)
        linked_b.add(j)
    return _rechained(out)


def _cosines(
    pairs: list[tuple[int, int]],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    encoder: SentenceEncoder,
) -> dict[tuple[int, int], float]:
    """Plain cosine of the pooled sentence vectors of each pair (vectors cached by text)."""
    rows, cols = sorted({i for i, _ in pairs}), sorted({j for _, j in pairs})
    vectors = encoder.encode([*(a[i].text for i in rows), *(b[j].text for j in cols)])
    at_a = {i: vectors[r] for r, i in enumerate(rows)}
    at_b = {j: vectors[len(rows) + c] for c, j in enumerate(cols)}
    return {(i, j): float(at_a[i] @ at_b[j]) for i, j in pairs}


def _grown(
    links: list[SentenceLink],
    i: int,
    j: int,
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    weights: TermWeights,
    options: LinkOptions,
) -> list[SentenceLink] | None:
    """``links`` with the one-to-one link of the linked one of i (in a) and j (in b) grown
    into a 1-to-2 link by the other, when that one is adjacent to its partner (one fact
    told in two sentences); ``None`` when there is no such link."""
    for n, k in enumerate(links):
        if k.additional or len(k.a) != 1 or len(k.b) != 1:
            continue
        ends = grown_ends(k.a, k.b, i, j)
        if ends is None:
            continue
        grown_a, grown_b = ends
        ag = sides_agreement(a, b, grown_a, grown_b, weights)
        link = SentenceLink(grown_a, grown_b, ag.kind(options), round(ag.dice, 6), k.moved)
        return [*links[:n], link, *links[n + 1 :]]
    return None


def story_links(
    features: Sequence[Sequence[SentenceFeatures]],
    *,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None,
) -> dict[tuple[int, int], list[SentenceLink]]:
    """Links of every pair ``(x, y)``, x < y, of the versions: :func:`.links.link_sentences`
    (the encoder only between versions that are not revisions), then, for those pairs,
    the links through third versions (:func:`pivot_links`)."""
    pairs = list(combinations(range(len(features)), 2))
    return _shown(pairs, features, {}, weights, options, encoder)


def base_links_pivoted(
    base: int,
    features: Sequence[Sequence[SentenceFeatures]],
    links: PairLinks,
    *,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None,
) -> dict[tuple[int, int], list[SentenceLink]]:
    """The base's links with every other version (``links[base, k]``), with the links
    through third versions added (:func:`pivot_links`) for the versions that are not
    revisions of the base; the pairs of those versions are linked for it (only when there
    are two or more, with the encoder and ``options.pivots``), and the kinds read from all
    of them (:func:`.link_kinds.rekinded`)."""
    out = {pair: list(found) for pair, found in links.items()}
    if encoder is None or options.pivots is None:
        return out
    others = [
        k
        for k in range(len(features))
        if k != base and not is_revision(features[base], features[k], options)
    ]
    every = dict(out)
    for x, y in combinations(others, 2):
        every[x, y] = _linked(features, x, y, weights, options, encoder)
    for k in others:
        out[base, k] = _pivoted(base, k, every, features, weights, options, encoder)
    pivoted = [(base, k) for k in others]
    kinds = rekinded({**every, **out}, features, weights, options, pivoted)
    return {pair: kinds[pair] for pair in out}


def story_pivots(
    features: Sequence[Sequence[SentenceFeatures]],
    *,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None,
    known: PairLinks | None = None,
) -> dict[tuple[int, int], list[SentenceLink]]:
    """The links of every pair ``(x, y)``, x < y, of versions that are not revisions of one
    text, as a pair comparison of the two shows them: their own links
    (:func:`.links.link_sentences` with the encoder; ``known[x, y]`` is used as given when it
    holds them, made with these settings) with the links through third versions added
    (:func:`pivot_links`). Pairs of revisions take no part (between revisions the words settle
    every link); empty without the encoder or ``options.pivots``. Depends on no base: the
    claims table adds these links (:func:`.version_claims.claims_of`), so whatever a pair
    comparison links is never *only in one version* there, whichever version is the base."""
    if encoder is None or options.pivots is None:
        return {}
    counts = [Counter(f.key for f in sentences) for sentences in features]
    pairs = [
        (x, y)
        for x, y in combinations(range(len(features)), 2)
        if not keys_are_revision(counts[x], counts[y], len(features[x]), len(features[y]), options)
    ]
    return _shown(pairs, features, known or {}, weights, options, encoder)


def _shown(
    pairs: Sequence[tuple[int, int]],
    features: Sequence[Sequence[SentenceFeatures]],
    known: PairLinks,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None,
) -> dict[tuple[int, int], list[SentenceLink]]:
    """The links of ``pairs`` as their pair comparisons show them: each pair's own links
    (``known`` where it holds them, else :func:`_linked`), then those through third versions
    among ``pairs`` (:func:`_pivoted`); each pair's evidence measured once for both
    (:class:`.link_evidence.PairEvidence`); the kinds of the pairs the encoder links (not
    revisions) read from all of them (:func:`.link_kinds.rekinded`, fitted on the encoder's
    links; without it the coverage rule stays, as in :func:`base_links_pivoted`)."""
    shared = {
        (x, y): PairEvidence(features[x], features[y], weights, encoder)
        for x, y in pairs
        if encoder is not None and not is_revision(features[x], features[y], options)
    }
    plain = {
        (x, y): list(known[x, y]) if (x, y) in known
        else _linked(features, x, y, weights, options, encoder, shared.get((x, y)))
        for x, y in pairs
    }  # fmt: skip
    shown = {
        (x, y): _pivoted(x, y, plain, features, weights, options, encoder, shared.get((x, y)))
        for x, y in pairs
    }
    return rekinded(shown, features, weights, options, shared) if shared else shown


def _linked(
    features: Sequence[Sequence[SentenceFeatures]],
    x: int,
    y: int,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None,
    evidence: PairEvidence | None = None,
) -> list[SentenceLink]:
    """:func:`.links.link_sentences` of versions x and y (the encoder only for non-revisions)."""
    a, b = features[x], features[y]
    chosen = None if encoder is None or is_revision(a, b, options) else encoder
    return link_sentences(a, b, weights=weights, options=options, encoder=chosen,
                          evidence=evidence if chosen is not None else None)  # fmt: skip


def _pivoted(
    x: int,
    y: int,
    links: PairLinks,
    features: Sequence[Sequence[SentenceFeatures]],
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None,
    evidence: PairEvidence | None = None,
) -> list[SentenceLink]:
    """:func:`pivot_links` of x and y when they are not revisions (else their own links)."""
    a, b = features[x], features[y]
    if encoder is None or options.pivots is None or is_revision(a, b, options):
        return list(links[x, y])
    apart = headline_apart(a, b) if options.headlines else frozenset()
    shown = pivot_links(x, y, links, features, weights=weights, options=options,
                        encoder=encoder, apart=apart)  # fmt: skip
    if options.scorer is None or not options.moves:
        return shown
    counts = third_versions(x, y, links, len(features))
    return _rechained(scored_links(shown, a, b, counts, weights=weights, options=options,
                                   encoder=encoder, apart=apart, evidence=evidence))  # fmt: skip


def third_versions(x: int, y: int, links: PairLinks, versions: int) -> dict[tuple[int, int], int]:
    """For every pair of sentences (i of x, j of y), the number of third versions in which
    both link one same sentence (pairs with none left out)."""
    return _pivots(x, y, links, (), versions)


def _pivots(
    x: int, y: int, links: PairLinks, own: Sequence[SentenceLink], versions: int
) -> dict[tuple[int, int], int]:
    """For each pair of sentences (i of x, j of y) that are not both linked in x and y, the
    number of third versions in which both link one same sentence."""
    linked_a = {i for k in own for i in k.a}
    linked_b = {j for k in own for j in k.b}
    count: dict[tuple[int, int], int] = defaultdict(int)
    for c in range(versions):
        if c in (x, y):
            continue
        to_a, to_b = oriented(links, c, x), oriented(links, c, y)
        if to_a is None or to_b is None:
            continue
        in_a: dict[int, set[int]] = defaultdict(set)
        in_b: dict[int, set[int]] = defaultdict(set)
        for k in to_a:
            for s in k.a:
                in_a[s].update(k.b)
        for k in to_b:
            for s in k.a:
                in_b[s].update(k.b)
        pairs = {
            (i, j)
            for s, mine in in_a.items()
            for i in mine
            for j in in_b.get(s, ())
            if i not in linked_a or j not in linked_b
        }
        for pair in pairs:
            count[pair] += 1
    return count


def _rechained(links: Sequence[SentenceLink]) -> list[SentenceLink]:
    """``links`` with ``moved`` recomputed: the longest in-order chain of the one-to-one and
    1-to-2 links stays, every other one of them is moved; additional links are never moved."""
    main = [k for k in links if not k.additional]
    chain = in_order([(k.a, k.b) for k in main])
    out = [replace(k, moved=n not in chain) for n, k in enumerate(main)]
    out += [k for k in links if k.additional]
    return sorted(out, key=lambda link: (link.b, link.a))
