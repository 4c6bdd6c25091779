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
from collections.abc import Mapping, Sequence

from polyglot_news.comparison.claim_groups import (
    MAX_CELL,
    Agreement,
    Groups,
    Wording,
    group_name,
)
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
    groups: Groups,
    related: Mapping[Node, set[Node]],
    keys: Sequence[Sequence[str]],
    agreement: Agreement,
    *,
    max_cell: int = MAX_CELL,
    quorum: float = QUORUM,
    floor: float = FLOOR,
) -> tuple[Groups, dict[Node, set[Node]]]:
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
        groups: version index -> its sentence indices, per group (every sentence in one).
        related: related groups by :func:`.claim_groups.group_name`.
        keys: each sentence's key, by version (a one-sentence :data:`Wording` is ``(key,)``).
        agreement: how two wordings agree, 0-1.

    Returns:
        The groups (joined lone groups and moved rows gone) and the related groups under their
        names now (a moved row's relations are the winner's).
    """
    owner = {(v, k): g for g, cells in enumerate(groups) for v, ks in cells.items() for k in ks}
    names = [group_name(cells) for cells in groups]
    index = {name: g for g, name in enumerate(names)}
    linked = {(index[n], index[m]) for n, rel in related.items() for m in rel}
    vote = _Votes(keys, agreement, floor, max(2.0, quorum * (len(keys) - 1)))
    offers: list[_Offer] = []
    for g, cells in enumerate(groups):
        if len(cells) == 1 and names[g] not in related:
            ((v, ks),) = cells.items()
            found = vote.row((v, ks[0]), owner) if len(ks) == 1 else None
            if found is not None:
                offers.append((*found[0], g, found[1]))
    out = [dict(cells) for cells in groups]
    moved: dict[int, int] = {}  # joined lone groups -> -1, moved one-version rows -> the row
    for _, _, g, row in sorted(offers, key=lambda o: (-o[0], -o[1], o[2])):
        _join(out, g, row, owner, linked, moved, max_cell)
    kept = [cells for g, cells in enumerate(out) if g not in moved]
    rename = {
        n: group_name(out[moved.get(g, g)]) for g, n in enumerate(names) if moved.get(g) != -1
    }
    renamed: dict[Node, set[Node]] = defaultdict(set)
    for n, rel in related.items():
        renamed[rename[n]] |= {rename[m] for m in rel} - {rename[n]}
    return kept, {n: rel for n, rel in renamed.items() if rel}


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
    """The other versions' votes for a sentence's row (each distinct wording scored once)."""

    def __init__(
        self, keys: Sequence[Sequence[str]], agreement: Agreement, floor: float, need: float
    ) -> None:
        self.keys, self.agreement, self.floor, self.need = keys, agreement, floor, need
        self.distinct = [{key: k for k, key in reversed(list(enumerate(ks)))} for ks in keys]

    def row(self, node: Node, owner: Mapping[Node, int]) -> tuple[tuple[int, float], int] | None:
        """The voted row of ``node`` with (votes, total agreement), or None below the quorum."""
        v, k = node
        mine: Wording = (self.keys[v][k],)
        votes: dict[int, list[float]] = defaultdict(list)
        for w, distinct in enumerate(self.distinct):
            if w == v or not distinct:
                continue
            score, y = max((self.agreement(mine, (key,)), y) for key, y in distinct.items())
            if score >= self.floor:
                votes[owner[(w, y)]].append(score)
        if not votes:
            return None
        row, scores = max(votes.items(), key=lambda rv: (len(rv[1]), sum(rv[1]), -rv[0]))
        if len(scores) < self.need or owner[node] == row:
            return None
        return (len(scores), sum(scores)), row
