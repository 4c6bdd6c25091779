"""The pair comparisons' links made to agree with the claims table on split sentences.

A report shows each version against the base twice: as the pair section's changes (that
pair's own sentence links, :mod:`.changes`) and as that version's cells in the claims table
(links of all pairs grouped into rows, :mod:`.claims`). The two are made apart, so they could
group one long sentence covering two short ones differently: the pair section's 1-to-2 link
"reworded #5-6 -> #4" beside two table rows (#5 with #4, and #6 with that version absent,
because joining the two rows was not cohesive over the other versions' cells), or a table cell
``#3-4`` (a sentence placed beside its neighbour by the other versions' consensus) beside a
pair section that lists #3 as an insert. The table sees all versions, so it decides; the
base's links with each version are brought into line with it (:func:`agree_with_claims`):

* a link of one sentence with two whose sentences lie in two rows keeps the sentences of the
  row its single sentence is in (``#5 -> #4``); the other becomes a delete or an insert, as the
  table shows that version absent from that sentence's row (the row still points at the other,
  "see #N");
* a one-to-one link inside a row whose cell of either version has a second sentence that is
  free in the pair (an insert or a delete) grows into a 1-to-2 link over that cell (``#3 ->
  #3-4``), scored as the aligner scores such a link (weighted Dice of the joined terms), as
  :mod:`.pivot_links` grows one.

A link cut or grown takes its kind from the story's one kind decision
(:class:`.link_kinds.LinkKinds`), the one the claims table's cells take, so the pair section
and the table name the link alike.

One-to-one links between two rows (shown related, "see #N", in the table) are left as they are,
and a row the pair links nothing in is left alone: those are not a split sentence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from polyglot_news.comparison.agreement import TermWeights
from polyglot_news.comparison.align import in_order
from polyglot_news.comparison.link_growth import sides_agreement
from polyglot_news.comparison.link_kinds import LinkKinds
from polyglot_news.comparison.link_model import LinkOptions, SentenceLink
from polyglot_news.comparison.model import Claim
from polyglot_news.comparison.similarity import SentenceFeatures
from polyglot_news.comparison.version_links import Node

__all__ = ["agree_with_claims", "claim_rows"]


def claim_rows(claims: Sequence[Claim], ids: Sequence[str]) -> dict[Node, int]:
    """The row (position in ``claims``) of every ``(version index, sentence)`` in a cell."""
    index = {vid: v for v, vid in enumerate(ids)}
    return {
        (index[cell.version], k): row
        for row, claim in enumerate(claims)
        for cell in claim.cells
        if cell.version in index
        for k in cell.sentences
    }


def agree_with_claims(
    links: Sequence[SentenceLink],
    x: int,
    y: int,
    rows: Mapping[Node, int],
    features: tuple[Sequence[SentenceFeatures], Sequence[SentenceFeatures]],
    *,
    weights: TermWeights,
    options: LinkOptions,
    kinds: LinkKinds | None = None,
) -> list[SentenceLink]:
    """The links of versions x (``link.a``) and y (``link.b``) grouped as the claims table
    ``rows`` groups them (see module): 1-to-2 links the table splits are cut to one row,
    one-to-one links the table's cell extends by a free sentence grow into 1-to-2 links.

    Args:
        links: x's and y's links as the pair comparison lays them out (additional links are
            kept as they are: a pair comparison does not lay them out).
        x, y: the versions' indices in ``rows``.
        rows: each sentence's row (:func:`claim_rows`).
        features: the sentence features of x and of y (for the score of a grown link).
        weights, options: the term rarity and aligner settings the links were made with.
        kinds: the story's kind decision, asked for every link cut or grown (default: the
            coverage rule of the two sentences' joined terms, :class:`.link_kinds.LinkKinds`
            without links).

    Returns:
        The links, the same list when nothing changed, else with ``moved`` recomputed (the
        longest in-order chain stays); every sentence in at most one link laid out.
    """
    main = [link for link in links if not link.additional]
    cut = [_cut(link, x, y, rows) for link in main]
    grown = _grow(cut, x, y, rows, features, weights)
    if grown == main:
        return list(links)
    if kinds is None:  # the two versions alone: the coverage rule
        kinds, at = LinkKinds(list(features), weights, options), (0, 1)
    else:
        at = (x, y)
    changed = [n for n, (k, before) in enumerate(zip(grown, main, strict=True)) if k != before]
    decided = kinds.kinds([((at[0], grown[n].a), (at[1], grown[n].b)) for n in changed])
    for n, kind in zip(changed, decided, strict=True):
        grown[n] = replace(grown[n], kind=kind)
    chain = in_order([(k.a, k.b) for k in grown])
    out = [replace(k, moved=n not in chain) for n, k in enumerate(grown)]
    out += [link for link in links if link.additional]
    return sorted(out, key=lambda link: (link.b, link.a))


def _cut(link: SentenceLink, x: int, y: int, rows: Mapping[Node, int]) -> SentenceLink:
    """A link of one sentence with two cut to the row its single sentence lies in."""
    if len(link.a) == len(link.b):
        return link
    single, many = ((x, link.a), (y, link.b)) if len(link.a) == 1 else ((y, link.b), (x, link.a))
    row = rows.get((single[0], single[1][0]))
    kept = tuple(k for k in many[1] if rows.get((many[0], k)) == row)
    if row is None or len(kept) == len(many[1]):
        return link
    kept = kept or many[1][:1]  # the single sentence is in neither row: keep one pair
    return replace(link, a=kept, b=link.b) if many[0] == x else replace(link, b=kept)


def _grow(
    links: list[SentenceLink],
    x: int,
    y: int,
    rows: Mapping[Node, int],
    features: tuple[Sequence[SentenceFeatures], Sequence[SentenceFeatures]],
    weights: TermWeights,
) -> list[SentenceLink]:
    """One-to-one links grown by a free sentence of their row's cells (see module)."""
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)  # (row, version) -> sentences
    for (v, k), row in rows.items():
        if v in (x, y):
            cells[(row, v)].append(k)
    linked = {(x, k) for link in links for k in link.a} | {(y, k) for link in links for k in link.b}
    out = []
    for link in links:
        row = rows.get((x, link.a[0]), -1)
        if len(link.a) != 1 or len(link.b) != 1 or row < 0 or rows.get((y, link.b[0])) != row:
            out.append(link)
            continue
        free_a = [k for k in cells[(row, x)] if (x, k) not in linked]
        free_b = [k for k in cells[(row, y)] if (y, k) not in linked]
        a, b = _grown_sides(link, sorted(free_a), sorted(free_b))
        if (a, b) == (link.a, link.b):
            out.append(link)
            continue
        found = sides_agreement(features[0], features[1], a, b, weights)
        out.append(replace(link, a=a, b=b, score=round(found.dice, 6)))  # kind: the caller's
        linked |= {(x, k) for k in a} | {(y, k) for k in b}
    return out


def _grown_sides(
    link: SentenceLink, free_a: Sequence[int], free_b: Sequence[int]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The sides of a one-to-one link grown by one adjacent free sentence of its cell, on one
    side only (a link covers two sentences of one side at most)."""
    near_a = [k for k in free_a if abs(k - link.a[0]) == 1]
    near_b = [k for k in free_b if abs(k - link.b[0]) == 1]
    if len(near_a) == 1 and not near_b:
        return tuple(sorted((link.a[0], near_a[0]))), link.b
    if len(near_b) == 1 and not near_a:
        return link.a, tuple(sorted((link.b[0], near_b[0])))
    return link.a, link.b
