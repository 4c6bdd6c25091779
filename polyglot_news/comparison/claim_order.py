"""Reading order of the claims table's rows (:func:`order_groups`).

Rows follow the base version's sentence order, its headline first; a row the base lacks comes
after the row holding the nearest earlier sentence of a version that carries it (in that
version's own order, after the rows already placed there), after the base's first row when
there is none, and last when nothing before or after it is shared (docs/comparison.md, "Row
order").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from polyglot_news.comparison.version_links import Node

__all__ = ["order_groups"]


def order_groups(
    groups: Sequence[Mapping[int, tuple[int, ...]]], n_versions: int, base: int = 0
) -> list[int]:
    """Reading order of ``groups`` (indices): the base's order, the others after their
    predecessors (see docs/comparison.md, "Row order").

    The base's rows come in its sentence order, its first row (its headline) first. The
    other versions are then visited in input order, and each row not yet placed that a
    version carries is placed, in that version's order, after the row holding the nearest
    earlier sentence of the version (of any version it carries: the one placed last), and
    after the rows already placed after that row: so a version's run of sentences no other
    version carries stays together, in its own order, and runs of two versions after one row
    come in column order. A row with no earlier sentence in any placed row (a version's own
    headline, a "LATEST NEWS" line) comes after the base's first row, never above it, unless
    no later sentence of its versions is shared either (a version that shares nothing, or
    lines a faulty translation made up): then it comes last, so that the base's first body
    sentence is not pushed down the table by a run of rows no other version reports.
    """
    visit = [base, *(v for v in range(n_versions) if v != base)]
    owner = {(v, k): g for g, cells in enumerate(groups) for v, ks in cells.items() for k in ks}
    order: list[int] = []
    after: dict[int, int] = {}  # a placed row -> the row it was placed after (none: the base's)
    for v in visit:
        mine = sorted(
            (cells[v][0], g) for g, cells in enumerate(groups) if g not in after and v in cells
        )
        for _, g in mine:
            if v == base or not order:
                after[g] = -1
                order.append(g)
                continue
            at = [order.index(p) for p in _predecessors(groups[g], owner, after)]
            if not at and not _shared_later(groups, g, owner):
                after[g] = order[-1]  # nothing before or after it is shared: last
                order.append(g)
                continue
            after[g] = anchor = order[max(at)] if at else order[0]
            order.insert(_after_descendants(order, after, anchor), g)
    return order


def _shared_later(
    groups: Sequence[Mapping[int, tuple[int, ...]]], g: int, owner: Mapping[Node, int]
) -> bool:
    """Whether a later sentence of a version of row ``g`` lies in a row of two or more
    versions."""
    for v, ks in groups[g].items():
        k = ks[-1] + 1
        while (v, k) in owner:
            if len(groups[owner[(v, k)]]) > 1:
                return True
            k += 1
    return False


def _after_descendants(order: list[int], after: Mapping[int, int], anchor: int) -> int:
    """The position just after ``anchor`` and every row placed after it, directly or not."""
    k = order.index(anchor) + 1
    while k < len(order) and _descends(order[k], anchor, after):
        k += 1
    return k


def _descends(g: int, anchor: int, after: Mapping[int, int]) -> bool:
    while g != -1:
        g = after[g]
        if g == anchor:
            return True
    return False


def _predecessors(
    cells: Mapping[int, tuple[int, ...]], owner: Mapping[Node, int], placed: Collection[int]
) -> set[int]:
    """For each version of a group, the placed group holding its nearest earlier sentence."""
    found = set()
    for v, ks in cells.items():
        earlier = (owner[(v, k)] for k in range(ks[0] - 1, -1, -1))
        nearest = next((g for g in earlier if g in placed), None)
        if nearest is not None:
            found.add(nearest)
    return found
