"""Keep a row's cells to the row's fact: a sentence that adds a fact of its own leaves the row.

The grouping (:mod:`.claim_groups`, :mod:`.claim_consensus`, :mod:`.claim_rows`) lets a
version's cell be a short run of consecutive sentences, for a fact one version tells in two
sentences. A run can also be assembled from different pairs' one-to-one links (version w links
its sentence to v's sentence t, version u links its own to v's next sentence s) or by the
consensus of weak agreements, and then a sentence only v reports hides in another fact's cell
while the pair comparison of v with the base shows it as an *insert*. Two checks on the
finished groups take such a sentence s (at either end of a cell of two or more) out of its row:

* :func:`trim_extra_sentences`, *the surest pair decides*: another version w of the row is
  linked to v's cell without s by a near-copy link (``same`` or ``reworded``, score at least
  :data:`SURE`) and w's pair with v links s to none of w's cell. w tells the row's fact with
  the rest of v's cell alone, so s carries something else (the other versions' links into s
  most likely reached the wrong sentence of v: the row holds v's near-copy of their fact).
* :func:`trim_unlinked_sentences`: s is linked to no other cell of the row (consensus placed
  it), agrees with none of them at least :data:`.claim_rows.MUTUAL` (the agreement that
  relates a lone sentence to its mutual best match), and the cell agrees with the row's other
  cells less with s than without it (mean of :func:`.claim_groups.cell_agreement`): s tells
  none of what they tell, a whole sentence's worth of content not in the other side.

A sentence taken out is a row of its own, related to every row its links reach (the row it
left included: :class:`~polyglot_news.comparison.model.Claim`'s ``related``, "see #N"), so a
sentence some version links to is still never *only in one version*; with no link at all (the
consensus case) it is, as the pair comparison's insert says. docs/comparison.md ("A cell holds
one fact") gives the figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from polyglot_news.comparison.claim_groups import Agreement, Groups, group_name
from polyglot_news.comparison.claim_rows import MUTUAL
from polyglot_news.comparison.version_links import Node, PairLinks

__all__ = ["SURE", "trim_extra_sentences", "trim_unlinked_sentences"]

SURE = 0.95
"""Least score of a ``same`` or ``reworded`` link that tells a row's fact with part of a cell
(a near-copy, as :data:`.version_links.SETTLE`)."""

Related = dict[Node, set[Node]]
_Ends = tuple[tuple[int, ...], tuple[int, ...], float]
"""A link seen from one end: (its sentences in this version, in the other, near-copy score)."""
_Touch = dict[tuple[int, int], dict[int, list[_Ends]]]
"""(version v, version w) -> sentence of v -> the links of the pair touching it."""


def _index(all_links: Iterable[PairLinks]) -> _Touch:
    """Every link touching a sentence, from both ends (score 0 unless of a near-copy kind)."""
    out: _Touch = defaultdict(lambda: defaultdict(list))
    for links in all_links:
        for (i, j), pair in links.items():
            if not pair:
                continue
            forward, backward = out[(i, j)], out[(j, i)]
            for link in pair:
                a, b = tuple(link.a), tuple(link.b)
                sure = float(link.score) if link.kind in ("same", "reworded") else 0.0
                for x in a:
                    forward[x].append((a, b, sure))
                for y in b:
                    backward[y].append((b, a, sure))
    return out


def _split(
    groups: Groups, related: Mapping[Node, set[Node]], out: Sequence[Node], touch: _Touch
) -> tuple[Groups, Related]:
    """Take sentences ``out`` out of their groups into groups of their own, each related to the
    groups its links reach (the one it left included); the others keep their relations."""
    owner = {(v, k): g for g, c in enumerate(groups) for v, ks in c.items() for k in ks}
    kept = [dict(cells) for cells in groups]
    for v, s in out:
        kept[owner[(v, s)]][v] = tuple(k for k in kept[owner[(v, s)]][v] if k != s)
    names = [group_name(cells) for cells in groups]
    rename = {n: group_name(kept[g]) for g, n in enumerate(names)}
    renamed: Related = defaultdict(set)
    for n, rel in related.items():
        renamed[rename[n]] |= {rename[m] for m in rel} - {rename[n]}
    alone = set(out)
    pairs_of: dict[int, list[tuple[int, dict[int, list[_Ends]]]]] = defaultdict(list)
    for (x, w), by in touch.items():  # each version's pairs, in the order of touch
        pairs_of[x].append((w, by))
    for v, s in out:
        reached = {
            node for w, by in pairs_of[v] for mine, other, _ in by.get(s, ())
            for node in [*((w, y) for y in other), *((v, k) for k in mine if k != s)]
        }  # fmt: skip
        for node in reached:
            name = node if node in alone else group_name(kept[owner[node]])
            renamed[(v, s)].add(name)
            renamed[name].add((v, s))
    return kept + [{v: (s,)} for v, s in out], {n: rel for n, rel in renamed.items() if rel}


def _edges(cell: tuple[int, ...]) -> tuple[int, ...]:
    return (cell[0], cell[-1]) if len(cell) > 1 else ()


def trim_extra_sentences(
    groups: Groups,
    related: Mapping[Node, set[Node]],
    all_links: Iterable[PairLinks],
    *,
    sure: float = SURE,
) -> tuple[Groups, Related]:
    """Take out of each row the cell sentences a near-copy pair leaves out (see module).

    Args:
        groups: version index -> its sentence indices, per group (every sentence in one).
        related: related groups by :func:`.claim_groups.group_name`.
        all_links: the links of pairs of versions the groups were made from.
        sure: least score of the near-copy link.

    Returns:
        The groups (each sentence taken out in a group of its own) and the related groups
        under their names now.
    """
    touch = _index(all_links)
    near_copies = _near_copies(touch, sure)
    groups, related = list(groups), dict(related)
    while True:  # one sentence a cell at a time: a cell of three is checked again
        out = []
        for cells in groups:
            for v, cell in cells.items():
                for s in _edges(cell):
                    rest = tuple(k for k in cell if k != s)
                    if _leaves_out(cells, v, rest, s, near_copies, touch):
                        out.append((v, s))
                        break
        if not out:
            return groups, related
        groups, related = _split(groups, related, out, touch)


_NearCopies = dict[Node, list[tuple[int, tuple[int, ...], tuple[int, ...]]]]
"""(version v, sentence of v) -> its near-copy links: (version w, v's sentences, w's)."""


def _near_copies(touch: _Touch, sure: float) -> _NearCopies:
    """The links of ``touch`` of a near-copy kind and a score of at least ``sure``, by the
    sentence they touch (few: a row's check then visits these, not every version)."""
    out: _NearCopies = defaultdict(list)
    for (v, w), by in touch.items():
        for k, ends in by.items():
            out[(v, k)].extend((w, mine, other) for mine, other, score in ends if score >= sure)
    return out


def _leaves_out(
    cells: Mapping[int, tuple[int, ...]],
    v: int,
    rest: tuple[int, ...],
    s: int,
    near_copies: _NearCopies,
    touch: _Touch,
) -> bool:
    """Whether some other version w of the row links its cell to v's ``rest`` by a near-copy
    link and links v's sentence ``s`` to none of its cell."""
    kept = set(rest)
    for k in rest:
        for w, mine, other in near_copies.get((v, k), ()):
            theirs = cells.get(w)
            if w == v or theirs is None or not kept.issuperset(mine):
                continue
            cell = set(theirs)
            if cell.issuperset(other) and all(
                cell.isdisjoint(them) for _, them, _ in touch.get((v, w), {}).get(s, ())
            ):
                return True
    return False


def trim_unlinked_sentences(
    groups: Groups,
    related: Mapping[Node, set[Node]],
    all_links: Iterable[PairLinks],
    keys: Sequence[Sequence[str]],
    agreement: Agreement,
    *,
    least: float = MUTUAL,
) -> tuple[Groups, Related]:
    """Take out of each row the cell sentences linked to no other cell of it that agree with
    none of those cells at least ``least`` and whose cell agrees with the row's other cells
    less with them than without them (see module); arguments as :func:`trim_extra_sentences`,
    ``keys`` and ``agreement`` as for :func:`.claim_rows.relate_mutual_matches`."""
    touch = _index(all_links)
    out = []
    for cells in groups:
        for v, cell in cells.items():
            if len(cell) < 2:  # no edges to take out
                continue
            others: list[tuple[str, ...]] | None = None  # made when an edge needs them
            for s in _edges(cell):
                if any(set(other) & set(cells[w]) for w in cells if w != v
                       for *_, other, _ in touch[(v, w)].get(s, ())):  # fmt: skip
                    continue
                if others is None:
                    others = [tuple(keys[w][k] for k in c) for w, c in cells.items() if w != v]
                rest = tuple(keys[v][k] for k in cell if k != s)
                if not others or max(agreement((keys[v][s],), o) for o in others) >= least:
                    continue
                if _mean(tuple(keys[v][k] for k in cell), others, agreement) < _mean(
                    rest, others, agreement
                ):
                    out.append((v, s))
                    break
    return _split(groups, related, out, touch) if out else (list(groups), dict(related))


def _mean(wording: tuple[str, ...], others: Sequence[tuple[str, ...]], agree: Agreement) -> float:
    """Mean agreement of ``wording`` with each of ``others``."""
    return sum(agree(wording, o) for o in others) / len(others)
