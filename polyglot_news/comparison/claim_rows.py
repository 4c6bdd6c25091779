"""Rows of the claims table seen from all N versions: mutual best matches.

The pairwise aligner (:mod:`.links`) links two sentences only on absolute evidence, and the
grouping (:mod:`.claim_groups`) joins two rows only when their cells agree on average above a
cut-off. Both look at one pair, or one join, at a time. Seen from all N versions at once, a
weak agreement is strong evidence when it is *mutual*: sentence s of version v and sentence t
of version w are each other's best match among all sentences of the other version. Mutual
(bidirectional) best matching is the intersection heuristic of word alignment (Och & Ney
2003, "A systematic comparison of various statistical alignment models") and the consistency
idea of multiple alignment (Notredame, Higgins & Heringa 2000, "T-Coffee"): what every
version says about a pair.

Two steps, on the groups of :func:`.claim_groups.group_sentences` (after
:func:`.claim_consensus.attach_by_consensus`), both called by :func:`.claims.build_claims`:

* :func:`relate_mutual_matches`: a *lone* sentence (a row of one sentence related to no row,
  which the reports would list *only in one version*) whose mutual best match in another
  version agrees at least :data:`MUTUAL` is related to that match's row (``Claim.related``):
  the aligner saw the pair and found too little to link it, but no sentence of either version
  is closer to the other, so the sentence is not listed as unique;
* :func:`merge_related_rows`: two related rows (a link between them was refused, or the step
  above related them) that share no version join when every cell of one and every cell of the
  other are mutual best matches (each cell agrees with the other better than with any other
  sentence of that version) and the mean agreement of those cells is at least :data:`MERGE`:
  one fact that the outlets word so differently that the cohesion cut-off held it in two rows.

Thresholds: docs/comparison.md ("Mutual best matches"), chosen on the tuning splits of
``benchmarks/claims_accuracy.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from polyglot_news.comparison.claim_groups import Agreement, Groups, Wording, group_name
from polyglot_news.comparison.version_links import Node

__all__ = ["MERGE", "MUTUAL", "merge_related_rows", "relate_mutual_matches"]

MUTUAL = 0.3
"""Least agreement (0-1, :func:`.claim_groups.cell_agreement`) of a lone sentence with its
mutual best match in another version for the two rows to be related."""

MERGE = 0.26
"""Least mean agreement of the cells of two related rows, all mutual best matches, for the
rows to join."""

Related = dict[Node, set[Node]]
"""Related groups by :func:`.claim_groups.group_name`."""


class _Best:
    """Agreements of wordings with every sentence of a version, each distinct pair once."""

    def __init__(self, keys: Sequence[Sequence[str]], agreement: Agreement) -> None:
        self.keys, self.agreement = keys, agreement
        self.scores: dict[tuple[Wording, int], list[float]] = {}

    def of(self, wording: Wording, w: int) -> list[float]:
        """Agreement of ``wording`` with each sentence of version ``w``, by index."""
        found = self.scores.get((wording, w))
        if found is None:
            known: dict[str, float] = {}
            found = [known.setdefault(key, self.agreement(wording, (key,))) for key in self.keys[w]]
            self.scores[(wording, w)] = found
        return found

    def beats(self, wording: Wording, w: int, cell: tuple[int, ...], score: float) -> bool:
        """Whether ``score`` (of ``wording`` with ``cell`` of ``w``) is at least the agreement
        of ``wording`` with every sentence of ``w`` outside ``cell``."""
        scores = self.of(wording, w)
        return all(s <= score for k, s in enumerate(scores) if k not in cell)

    def wording(self, v: int, cell: tuple[int, ...]) -> Wording:
        return tuple(self.keys[v][k] for k in cell)


def relate_mutual_matches(
    groups: Groups,
    related: Mapping[Node, set[Node]],
    keys: Sequence[Sequence[str]],
    agreement: Agreement,
    *,
    least: float = MUTUAL,
) -> Related:
    """Relate each lone sentence to the row of its strongest mutual best match (see module).

    Args:
        groups: version index -> its sentence indices, per group (every sentence in one).
        related: related groups by :func:`.claim_groups.group_name`.
        keys: each sentence's key, by version (a one-sentence wording is ``(key,)``).
        agreement: how two wordings agree, 0-1.
        least: least agreement of the two sentences.

    Returns:
        The related groups, with the new relations (both ways).
    """
    out: Related = defaultdict(set, {n: set(rel) for n, rel in related.items()})
    owner = {(v, k): group_name(c) for c in groups for v, ks in c.items() for k in ks}
    best = _Best(keys, agreement)
    for cells in groups:
        name = group_name(cells)
        if len(cells) != 1 or name in related or len(next(iter(cells.values()))) != 1:
            continue
        v, k = name
        mine = (keys[v][k],)
        found = []
        for w in range(len(keys)):
            if w == v or not keys[w]:
                continue
            scores = best.of(mine, w)
            score, y = max((s, -j) for j, s in enumerate(scores))  # ties: the first
            if score >= least and best.beats((keys[w][-y],), v, (k,), score):
                found.append((score, -w, y))
        if found:
            _, w, y = max(found)
            other = owner[(-w, -y)]
            out[name].add(other)
            out[other].add(name)
    return {n: rel for n, rel in out.items() if rel}


def merge_related_rows(
    groups: Groups,
    related: Mapping[Node, set[Node]],
    keys: Sequence[Sequence[str]],
    agreement: Agreement,
    *,
    least: float = MERGE,
    headlines: Collection[int] = (),
) -> tuple[Groups, Related]:
    """Join related rows that share no version and whose cells are all mutual best matches
    with a mean agreement of at least ``least`` (see module); strongest mean first, each join
    checked again on the rows as they are then. Two related rows made only of the headlines
    of versions ``headlines`` (each cell sentence 0 of such a version) join whatever their
    agreement: a story's headlines tell its main fact (aligner gold, tuning splits: two
    headlines report one fact in 106 of 116 version pairs, docs/comparison.md).

    Returns:
        The groups (merged ones gone) and the related groups under their names now.
    """
    best = _Best(keys, agreement)
    rows = {group_name(c): dict(c) for c in groups}
    links: Related = {n: set(rel) for n, rel in related.items()}
    pairs = sorted({(min(n, m), max(n, m)) for n, rel in related.items() for m in rel})
    offers = []
    heads = frozenset(headlines)
    for n, m in pairs:
        mean = _mutual_mean(rows[n], rows[m], best, heads)
        if mean is not None and mean >= least:
            offers.append((-mean, n, m))
    into: dict[Node, Node] = {}

    def find(n: Node) -> Node:
        while n in into:
            n = into[n]
        return n

    for _, n, m in sorted(offers):
        a, b = find(n), find(m)
        if a == b:
            continue
        mean = _mutual_mean(rows[a], rows[b], best, heads)
        if mean is None or mean < least:
            continue
        keep, gone = min(a, b), max(a, b)
        rows[keep] = dict(sorted({**rows[keep], **rows.pop(gone)}.items()))
        into[gone] = keep
    renamed: Related = defaultdict(set)
    for n, rel in links.items():
        renamed[find(n)] |= {find(m) for m in rel} - {find(n)}
    kept = list(rows.values())
    names = {find(n): group_name(c) for n, c in rows.items()}
    return kept, {names[n]: {names[m] for m in rel} for n, rel in renamed.items() if rel}


def _mutual_mean(
    one: Mapping[int, tuple[int, ...]],
    other: Mapping[int, tuple[int, ...]],
    best: _Best,
    headlines: frozenset[int],
) -> float | None:
    """Mean agreement of the cells of two rows when they share no version and every cell of
    one and every cell of the other are mutual best matches (1.0 when both rows hold only
    headlines of versions in ``headlines``); None otherwise."""
    if not one.keys().isdisjoint(other.keys()):
        return None
    if all(v in headlines and ks == (0,) for v, ks in (*one.items(), *other.items())):
        return 1.0
    total = 0.0
    for v, a in one.items():
        wa = best.wording(v, a)
        for w, b in other.items():
            wb = best.wording(w, b)
            score = best.agreement(wa, wb)
            if not (best.beats(wa, w, b, score) and best.beats(wb, v, a, score)):
                return None
            total += score
    return total / (len(one) * len(other))
