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
from collections.abc import Collection, Mapping

from polyglot_news.comparison.claim_draft import Agreements, Draft, Related, renamed
from polyglot_news.comparison.claim_groups import group_name
from polyglot_news.comparison.version_links import Node

__all__ = ["MERGE", "MUTUAL", "merge_related_rows", "relate_mutual_matches"]

MUTUAL = 0.3
"""Least agreement (0-1, :func:`.claim_groups.cell_agreement`) of a lone sentence with its
mutual best match in another version for the two rows to be related."""

MERGE = 0.26
"""Least mean agreement of the cells of two related rows, all mutual best matches, for the
rows to join."""


def relate_mutual_matches(draft: Draft, *, least: float = MUTUAL) -> Draft:
    """Relate each lone sentence to the row of its strongest mutual best match (see module).

    Args:
        draft: the groups and related groups, each sentence's key and how wordings agree.
        least: least agreement of the two sentences.

    Returns:
        The draft with the new relations (both ways).
    """
    keys = draft.keys
    out: Related = defaultdict(set, {n: set(rel) for n, rel in draft.related.items()})
    names = draft.names()
    owner = draft.owner()
    best = Agreements(draft)
    for _, (v, k) in draft.lone():
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
            other = names[owner[(-w, -y)]]
            out[(v, k)].add(other)
            out[other].add((v, k))
    return draft.but(related={n: rel for n, rel in out.items() if rel})


def merge_related_rows(
    draft: Draft, *, least: float = MERGE, headlines: Collection[int] = ()
) -> Draft:
    """Join related rows that share no version and whose cells are all mutual best matches
    with a mean agreement of at least ``least`` (see module); strongest mean first, each join
    checked again on the rows as they are then. Two related rows made only of the headlines
    of versions ``headlines`` (each cell sentence 0 of such a version) join whatever their
    agreement: a story's headlines tell its main fact (aligner gold, tuning splits: two
    headlines report one fact in 106 of 116 version pairs, docs/comparison.md).

    Returns:
        The draft: its groups (merged ones gone) and the related groups under their names now.
    """
    best = Agreements(draft)
    rows = {group_name(c): dict(c) for c in draft.groups}
    pairs = sorted({(min(n, m), max(n, m)) for n, rel in draft.related.items() for m in rel})
    offers = []
    heads = frozenset(headlines)
    for n, m in pairs:
        mean = _mutual_mean(rows[n], rows[m], draft, best, heads)
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
        mean = _mutual_mean(rows[a], rows[b], draft, best, heads)
        if mean is None or mean < least:
            continue
        keep, gone = min(a, b), max(a, b)
        rows[keep] = dict(sorted({**rows[keep], **rows.pop(gone)}.items()))
        into[gone] = keep
    names = {n: group_name(c) for n, c in rows.items()}
    return draft.but(list(rows.values()), renamed(draft.related, lambda n: names[find(n)]))


def _mutual_mean(
    one: Mapping[int, tuple[int, ...]],
    other: Mapping[int, tuple[int, ...]],
    draft: Draft,
    best: Agreements,
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
        wa = draft.wording(v, a)
        for w, b in other.items():
            wb = draft.wording(w, b)
            score = draft.agreement(wa, wb)
            if not (best.beats(wa, w, b, score) and best.beats(wb, v, a, score)):
                return None
            total += score
    return total / (len(one) * len(other))
