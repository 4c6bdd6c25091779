"""Group the sentence links of N versions into claims: one group of sentences per fact.

Greedy agglomerative clustering under constraints (Davidson & Ravi 2005, "Agglomerative
hierarchical clustering with constraints"): the one-to-one links are taken strongest first
(ties in a fixed order), then the links of one long sentence with two short ones, and each
joins the groups of its sentences unless

* the joined group would give some version a cell that is not one short run of consecutive
  sentences (at most :data:`MAX_CELL`): a long sentence covering two short ones makes one cell
  of two sentences, while a version's repetition of a fact far apart stays a row of its own;
* two or more versions (:data:`APART`) have a cell in both groups: they tell the two facts
  in sentences of their own, so a link of a third version's sentence telling both (a 1-to-2
  link, or two one-to-one links of it) must not chain them into one row;
* (when an ``agreement`` of cell wordings is given) the join is not *cohesive*: the mean
  agreement of every cell of one group with every cell of the other (cells of different
  versions) is below ``cohesion``. This is the average-linkage criterion (UPGMA, Sokal &
  Michener 1958) used as a cut-off: a link A~B joins B's row only when A agrees, on average,
  with what the row already holds, so a chain A~B, B~C does not put A and C in one row when
  they disagree. Cells agree by the aligner's evidence (:func:`cell_agreement`: words, and
  meaning when the sentence encoder linked them). Links of score 1.0 always join, and so
  does a link of the ``base`` version that joins two rows of one version each: the report's
  base-against-version section shows it as one change, and the table must not contradict it
  (the rule is for chains, which a single link is not).

A link refused either way still relates the two rows (``Claim.related``), so a sentence that
links to anything in another version is never reported as *only in one version*.

The links of one sentence with two come last because they say less about the rows than the
one-to-one links do: one version tells two facts in one sentence, while the versions that tell
them in two sentences say which is which. Taken first (when it is the strongest), such a link
glued the two facts into one row, and a version telling them apart in sentences that are not
adjacent kept one in that row and lost the other to a row of its own, beside the other
versions' wording of that fact (a road bridge "collapsed on Monday, injuring twelve people"
against "collapsed on Monday" ... "Twelve people were injured": the collapse row held two
outlets only). Taken last, it joins the two facts' rows where that keeps cells short runs and
is cohesive, and otherwise the long sentence sits in one row, related to the other.

Sentences left alone may then join a row by the other versions' consensus
(:mod:`.claim_consensus`, called by :func:`.claims.build_claims`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from polyglot_news.comparison.links import LinkOptions, TermWeights, agreement
from polyglot_news.comparison.similarity import SentenceFeatures
from polyglot_news.comparison.version_links import Node, PairLinks

if TYPE_CHECKING:
    from polyglot_news.comparison.semantic import SentenceEncoder

__all__ = [
    "APART",
    "COHESION",
    "COHESION_MEANING",
    "MAX_CELL",
    "Agreement",
    "Groups",
    "Wording",
    "cell_agreement",
    "group_name",
    "group_sentences",
]

MAX_CELL = 3
"""Most consecutive sentences of one version a claim may hold (a long sentence split in 2-3)."""

APART = 2
"""No join puts two groups in one row when this many versions each have a cell in both: two
outlets telling two statements in sentences of their own (a minister's two statements, a
port's casualties and its damage) say they are two facts, however alike their words, and a
third version telling both in one sentence must not chain them into one row (its sentence
sits in one row, related to the other). One version doing so is a sentence split in two."""

COHESION = 0.2
"""Least mean agreement of two groups' cells for a link to join them when cells agree by their
words (chosen on the tune stories of ``benchmarks/claims_accuracy.py``, docs/comparison.md)."""

COHESION_MEANING = 0.35
"""The same when cells agree by words and meaning (:func:`cell_agreement` with an encoder,
whose scores run higher for one fact in other words; chosen the same way)."""

Wording = tuple[str, ...]
"""A cell's wording: its sentences' keys (their words after typography and entity folding)."""

Agreement = Callable[[Wording, Wording], float]
"""How strongly two cells, given by their wordings, agree (0-1)."""

Groups = list[dict[int, tuple[int, ...]]]
"""Claims as groups: version index -> its sentence indices (ascending) in the group."""

_Edge = tuple[float, int, int, tuple[int, ...], tuple[int, ...]]
"""A link as (-score, version i, version j, sentences of i, sentences of j)."""


def cell_agreement(
    features: Sequence[Sequence[SentenceFeatures]],
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder | None = None,
) -> Agreement:
    """How two cells agree, by the aligner's own evidence (:mod:`.links`): the weighted Dice of
    their terms, mixed, when an ``encoder`` is given, with the cosine of their mean sentence
    vectors as the aligner mixes a pair's (``options.lexical``, ``cosine_low``,
    ``cosine_high``), so cells linked for their meaning are not held apart for their words.
    Wordings are keys of ``features``' sentences."""
    by_key = {f.key: f for sentences in features for f in sentences}

    def words(wording: Wording) -> frozenset[str]:
        return frozenset().union(*(by_key[k].terms for k in wording))

    def lexical(a: Wording, b: Wording) -> float:
        return agreement(words(a), words(b), weights).dice

    if encoder is None:
        return lexical
    model = encoder
    span = options.cosine_high - options.cosine_low

    def mixed(a: Wording, b: Wording) -> float:
        va = model.encode([by_key[k].text for k in a]).mean(axis=0)
        vb = model.encode([by_key[k].text for k in b]).mean(axis=0)
        norms = float((va @ va) * (vb @ vb)) ** 0.5
        cosine = float(va @ vb) / norms if norms else 0.0
        meaning = min(max((cosine - options.cosine_low) / span, 0.0), 1.0)
        return options.lexical * lexical(a, b) + (1.0 - options.lexical) * meaning

    return mixed


def _edges(links: PairLinks) -> list[_Edge]:
    """Every distinct link as :data:`_Edge`: the one-to-one links strongest first, then the
    links of one sentence with two strongest first (see module), ties in a fixed order."""
    edges = {
        (-float(link.score), i, j, tuple(link.a), tuple(link.b))
        for (i, j), pair in links.items()
        for link in pair
        if i != j and link.a and link.b
    }
    return sorted(edges, key=lambda edge: (len(edge[3]) + len(edge[4]) > 2, edge))


class _Cohesion:
    """Mean agreement between groups, over distinct cell wordings (a wording held by many
    versions, e.g. one sentence unchanged in 40 revisions, is scored once)."""

    def __init__(self, keys: Sequence[Sequence[str]], agreement: Agreement, least: float) -> None:
        self.keys = keys
        self.agreement = agreement
        self.least = least
        self.scores: dict[tuple[Wording, Wording], float] = {}
        # group root -> cell wording -> the versions whose cell has that wording
        self.bags: dict[Node, dict[Wording, set[int]]] = {}

    def bag(self, root: Node) -> dict[Wording, set[int]]:
        found = self.bags.get(root)
        if found is None:
            found = self.bags[root] = {(self.keys[root[0]][root[1]],): {root[0]}}
        return found

    def coheres(self, bags: Sequence[dict[Wording, set[int]]]) -> bool:
        total, count = 0.0, 0
        for n, one in enumerate(bags):
            for other in bags[n + 1 :]:
                for t, vs in one.items():
                    for u, ws in other.items():
                        pairs = len(vs) * len(ws) - len(vs & ws)
                        if pairs:
                            total += pairs * self._score(t, u)
                            count += pairs
        return not count or total >= self.least * count

    def _score(self, t: Wording, u: Wording) -> float:
        value = self.scores.get((t, u))
        if value is None:
            value = self.scores[(t, u)] = self.scores[(u, t)] = self.agreement(t, u)
        return value

    def merge(self, keep: Node, cells: Mapping[int, set[int]], others: Iterable[Node]) -> None:
        """Fold the bags of ``others`` into ``keep``'s, whose cells are now ``cells``."""
        bag = self.bag(keep)
        for root in others:
            for vs in self.bag(root).values():
                for v in vs:
                    self._move(bag, v, cells[v])
            del self.bags[root]

    def _move(self, bag: dict[Wording, set[int]], v: int, cell: set[int]) -> None:
        for t, vs in list(bag.items()):
            if v in vs:
                vs.discard(v)
                if not vs:
                    del bag[t]
                break
        wording = tuple(self.keys[v][k] for k in sorted(cell))
        bag.setdefault(wording, set()).add(v)


class _Groups:
    """Union-find over sentences, each group holding its sentences by version."""

    def __init__(
        self, sizes: Sequence[int], max_cell: int, cohesion: _Cohesion | None, apart: int = 0
    ) -> None:
        self.parent: dict[Node, Node] = {}
        self.cells: dict[Node, dict[int, set[int]]] = {}
        for v, n in enumerate(sizes):
            for k in range(n):
                self.parent[(v, k)] = (v, k)
                self.cells[(v, k)] = {v: {k}}
        self.max_cell = max_cell
        self.cohesion = cohesion
        self.apart = apart

    def find(self, node: Node) -> Node:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:  # path compression
            self.parent[node], node = root, self.parent[node]
        return root

    def join(self, nodes: Iterable[Node], check: bool = True) -> bool:
        """Join the groups of ``nodes`` when every version's cell stays a short run (and,
        with ``check``, the join is cohesive)."""
        find = self.find
        roots = {find(n) for n in nodes}
        if len(roots) < 2:
            return True
        cells_of = self.cells
        # the smaller groups go into the largest, so a join costs the size of the smaller ones
        keep = max(roots, key=lambda r: (len(cells_of[r]), r))
        others = sorted(roots - {keep})
        cells = cells_of[keep]
        if len(others) == 1:
            added = cells_of[others[0]]
        else:
            added = {}
            for root in others:
                for v, ks in cells_of[root].items():
                    added[v] = added[v] | ks if v in added else ks
        for v, ks in added.items():
            if (v in cells or len(ks) > 1) and not self._is_cell(cells.get(v, set()) | ks):
                return False
        if self.apart > 0 and _told_apart([cells_of[r] for r in (keep, *others)], self.apart):
            return False
        rule = self.cohesion
        if check and rule is not None:
            if not rule.coheres([rule.bag(r) for r in (keep, *others)]):
                return False
        for v, ks in added.items():
            if v in cells:
                cells[v] |= ks
            else:
                cells[v] = set(ks)
        for root in others:
            self.parent[root] = keep
            del cells_of[root]
        if rule is not None:
            rule.merge(keep, cells, others)
        return True

    def lone(self, nodes: Iterable[Node]) -> bool:
        """Whether every group of ``nodes`` holds sentences of one version only."""
        return all(len(self.cells[self.find(n)]) == 1 for n in nodes)

    def _is_cell(self, sentences: set[int]) -> bool:
        return len(sentences) <= self.max_cell and max(sentences) - min(sentences) < len(sentences)


def _told_apart(groups: Sequence[Mapping[int, set[int]]], least: int) -> bool:
    """Whether ``least`` or more versions each have a cell in two of ``groups``: they tell
    the groups' facts in sentences of their own, so the groups are different facts."""
    seen: set[int] = set()
    twice: set[int] = set()
    for cells in groups:
        twice |= seen & cells.keys()
        seen |= cells.keys()
    return len(twice) >= least


def group_sentences(
    sizes: Sequence[int],
    links: PairLinks,
    *,
    max_cell: int = MAX_CELL,
    keys: Sequence[Sequence[str]] | None = None,
    agreement: Agreement | None = None,
    cohesion: float = COHESION,
    apart: int = APART,
    base: int | None = None,
    later: PairLinks | None = None,
) -> tuple[Groups, dict[Node, set[Node]]]:
    """Group the sentences of versions with ``sizes`` sentences into claims (see module).

    ``keys`` (each sentence's key, by version: a cell's :data:`Wording` is its sentences'
    keys) and ``agreement`` (e.g. :func:`cell_agreement`) turn on the cohesion rule with the
    cut-off ``cohesion``; without them every join that keeps cells short runs is made (and
    does not join groups that ``apart`` versions tell apart, 0: any). A link
    of version ``base`` joining two one-version rows is not checked (see module). ``later``
    links (those not in ``links``) are taken after all of ``links``, strongest first, and
    every one of them is checked: they join what the first links left apart only where the
    join is cohesive, and otherwise relate the rows (never a sentence *only in one version*).
    Returns the groups (version index -> its sentence indices, ascending; every sentence in
    exactly one group) in no particular order, and each group's related groups (by their
    smallest sentence, a :data:`Node`) through links that were refused.
    """
    rule = None
    if keys is not None and agreement is not None:
        rule = _Cohesion(keys, agreement, cohesion)
    groups = _Groups(sizes, max_cell, rule, apart)
    refused = []
    find = groups.find
    first = _edges(links)
    after = sorted(set(_edges(later or {})) - set(first))
    for n, edge in enumerate([*first, *after]):
        score, i, j, a, b = edge
        if len(a) == 1 == len(b) and find((i, a[0])) == find((j, b[0])):
            continue  # joined already (most links, between revisions)
        nodes = [(i, k) for k in a] + [(j, k) for k in b]
        # the same sentence (score 1.0) always joins; so does a base link of two lone rows
        lone = n < len(first) and base in (i, j) and groups.lone(nodes)
        check = score > -1.0 and not lone
        if groups.join(nodes, check):
            continue
        refused.append(edge)
        for x in a:  # fall back on the link's single pairs
            for y in b:
                groups.join([(i, x), (j, y)], check)
    return _parts(groups, refused)


def _parts(groups: _Groups, refused: Sequence[_Edge]) -> tuple[Groups, dict[Node, set[Node]]]:
    """The groups as :data:`Groups`, and the related groups through the ``refused`` links."""
    parts = [{v: tuple(sorted(ks)) for v, ks in sorted(c.items())} for c in groups.cells.values()]
    name = {root: group_name(part) for root, part in zip(groups.cells, parts, strict=True)}
    related: dict[Node, set[Node]] = defaultdict(set)
    for _, i, j, a, b in refused:
        hit = {name[groups.find((i, k))] for k in a} | {name[groups.find((j, k))] for k in b}
        for n in hit:
            related[n] |= hit - {n}
    return parts, {n: rel for n, rel in related.items() if rel}


def group_name(cells: Mapping[int, tuple[int, ...]]) -> Node:
    """A group's name: its first sentence in the first version that has one."""
    v = min(cells)
    return (v, cells[v][0])
