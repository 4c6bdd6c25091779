"""Place a sentence the pairwise links left alone by the consensus of the other versions.

The pairwise aligner (:mod:`.links`) sees two versions at a time and links one-to-one (plus
adjacent merges). When one version tells a fact in two sentences and every other version in
one, each other version's sentence links to one of the two, and the other is linked in no pair:
it would be listed as *only in one version* although every other version reports it. Seen from
all N versions at once it is not alone: the other versions' best matches for it lie in one row,
beside its own version's neighbouring sentence. This is the pivot (transitive) evidence of
multi-version alignment: consistency-based multiple alignment (Notredame, Higgins & Heringa
2000, "T-Coffee"), multi-parallel text alignment (Simard 1999, "Text-translation alignment:
three languages are better than two").

:func:`attach_by_consensus` works on the groups of :func:`.claim_groups.group_sentences` and is
called by :func:`.claims.build_claims`. Thresholds: docs/comparison.md ("Consensus of the
other versions"), chosen on the tune and claims stories of ``benchmarks/claims_accuracy.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from polyglot_news.comparison.claim_draft import Agreements, Draft, renamed
from polyglot_news.comparison.claim_groups import MAX_CELL, Groups, group_name
from polyglot_news.comparison.version_links import Node

__all__ = ["FLOOR", "QUORUM", "attach_by_consensus"]

QUORUM = 0.5
"""Least share of the other versions (and at least two) whose best match for a lone sentence
lies in one row for that row to win (quorum 0.25-0.5 gave the same figures; 0.75 joined none)."""

FLOOR = 0.1
"""Least agreement (0-1, :func:`.claim_groups.cell_agreement`) of a lone sentence with another
version's sentence for that version to vote (0-0.1 gave the same figures; 0.15 lost a join; the
top of that range, so that a sentence sharing only a country's name with the others' does not
join: docs/comparison.md)."""

_Offer = tuple[int, float, int, int]
"""A lone sentence's consensus: (votes, total agreement, its group, the voted row)."""


def attach_by_consensus(
    draft: Draft, *, max_cell: int = MAX_CELL, quorum: float = QUORUM, floor: float = FLOOR
) -> Draft:
    """Join lone sentences to their neighbour's row where the other versions agree on it.

    A *lone* sentence s of version v is a group of one sentence related to no other group. Each
    other version w votes for the row holding w's sentence that agrees best with s (by
    ``agreement`` of the sentences' ``keys``), when that agreement is at least ``floor``. The
    row with most votes (ties: higher total agreement) wins when it has at least
    ``max(2, quorum * (versions - 1))`` votes. s then joins the row of v's sentence just before
    or after it when that row is the winner or related to it (a link between them was refused)
    and v's cell there stays a run of at most ``max_cell`` consecutive sentences. Only beside a
    sentence the links placed (never one joined here: no chains); strongest consensus first.
    When the neighbour's row is a related row holding only v (its links into the winner were
    refused by the cohesion rule), that cell, s now in it, moves into the winner if the winner
    has no cell of v: the refused links and the consensus point to the same row.

    Args:
        draft: the groups and related groups, each sentence's key and how wordings agree.

    Returns:
        The draft: its groups (joined lone groups and moved rows gone) and the related groups
        under their names now (a moved row's relations are the winner's).
    """
    groups, related = draft.groups, draft.related
    owner = draft.owner()
    names = draft.names()
    index = {name: g for g, name in enumerate(names)}
    linked = {(index[n], index[m]) for n, rel in related.items() for m in rel}
    vote = _Votes(draft, floor, max(2.0, quorum * (len(draft.keys) - 1)))
    offers: list[_Offer] = []
    for g, node in draft.lone():
        found = vote.row(node, owner)
        if found is not None:
            offers.append((*found[0], g, found[1]))
    out = [dict(cells) for cells in groups]
    moved: dict[int, int] = {}  # joined lone groups -> -1, moved one-version rows -> the row
    for _, _, g, row in sorted(offers, key=lambda o: (-o[0], -o[1], o[2])):
        _join(out, g, row, owner, linked, moved, max_cell)
    kept = [cells for g, cells in enumerate(out) if g not in moved]
    now = {n: group_name(out[moved.get(g, g)]) for g, n in enumerate(names) if moved.get(g) != -1}
    return draft.but(kept, renamed(related, now.__getitem__))


def _join(
    out: Groups,
    g: int,
    row: int,
    owner: Mapping[Node, int],
    linked: set[tuple[int, int]],
    moved: dict[int, int],
    max_cell: int,
) -> None:
    """Join lone group ``g`` (version v's sentence k) to the row of v's k-1 or k+1 when that
    row is ``row`` or related to it and v's cell stays a short run; when that row is related
    and holds only v, its cell (k now in it) moves on into ``row`` if ``row`` lacks v."""
    ((v, (k,)),) = out[g].items()
    for near in (owner.get((v, k - 1)), owner.get((v, k + 1))):
        if near is None or near in moved or not (near == row or (near, row) in linked):
            continue
        cell = {*out[near][v], k}
        if len(cell) > max_cell or max(cell) - min(cell) >= len(cell):
            continue
        out[near][v] = tuple(sorted(cell))
        moved[g] = -1
        if near != row and len(out[near]) == 1 and v not in out[row] and row not in moved:
            out[row] = dict(sorted({**out[row], v: out[near][v]}.items()))
            moved[near] = row
        return


class _Votes:
    """The other versions' votes for a sentence's row."""

    def __init__(self, draft: Draft, floor: float, need: float) -> None:
        self.keys, self.floor, self.need = draft.keys, floor, need
        self.agreements = Agreements(draft)
        # each distinct wording of a version once, at its first sentence
        self.distinct = [sorted({key: k for k, key in reversed(list(enumerate(ks)))}.values())
                         for ks in draft.keys]  # fmt: skip

    def row(self, node: Node, owner: Mapping[Node, int]) -> tuple[tuple[int, float], int] | None:
        """The voted row of ``node`` with (votes, total agreement), or None below the quorum."""
        v, k = node
        mine = (self.keys[v][k],)
        votes: dict[int, list[float]] = defaultdict(list)
        for w, distinct in enumerate(self.distinct):
            if w == v or not distinct:
                continue
            scores = self.agreements.of(mine, w)
            score, y = max((scores[y], y) for y in distinct)
            if score >= self.floor:
                votes[owner[(w, y)]].append(score)
        if not votes:
            return None
        row, scores = max(votes.items(), key=lambda rv: (len(rv[1]), sum(rv[1]), -rv[0]))
        if len(scores) < self.need or owner[node] == row:
            return None
        return (len(scores), sum(scores)), row
