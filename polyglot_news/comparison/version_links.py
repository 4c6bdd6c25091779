"""Link the sentences of N versions, every pair, enough to group the links into claims.

:func:`link_versions` calls a pairwise linker (by default
:func:`polyglot_news.comparison.links.link_sentences`) on the pairs of versions, skipping the
work that grouping does not need: equal sentences are linked by a hash lookup, two
sentences that are both linked to the base are not linked again (the base groups them), and a
near-copy of a base sentence meets another version's sentences only for base facts that
version lacks. Every sentence not linked to the base is still checked against every other
version, so a sentence left without links is one that no version reports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from polyglot_news.comparison.similarity import SentenceFeatures

__all__ = [
    "SETTLE",
    "SETTLING_KINDS",
    "Link",
    "Linker",
    "Node",
    "PairLinks",
    "hub_version",
    "link_versions",
]

SETTLE = 0.95
"""Least score of a ``same`` or ``reworded`` link to the base that *settles* a sentence (a
near-copy of the base's, as between revisions). A speed setting that must change no claim:
0.95 changes none on any gold story with any base, 0.9 changed kursk-2025's (docs/comparison.md)."""

SETTLING_KINDS = frozenset({"same", "reworded"})
"""Kinds of base links that can settle a sentence (a ``partial`` one may carry another fact)."""

Node = tuple[int, int]
"""A sentence: (version index, sentence index)."""


class Link(Protocol):
    """A link between sentences ``a`` of one version and ``b`` of another (1-1, 1-2 or 2-1)."""

    @property
    def a(self) -> tuple[int, ...]: ...
    @property
    def b(self) -> tuple[int, ...]: ...
    @property
    def kind(self) -> str: ...
    @property
    def score(self) -> float: ...


Linker = Callable[[Sequence[SentenceFeatures], Sequence[SentenceFeatures]], Sequence[Link]]
"""Links the sentences of two versions: ``(a_features, b_features) -> links``."""

PairLinks = Mapping[tuple[int, int], Sequence[Link]]
"""Links of each pair of versions: key ``(i, j)``, each link's ``a`` in version i, ``b`` in j."""


def hub_version(sentences: Sequence[Sequence[str]]) -> int:
    """The version the claims are built around (the *hub*), chosen from the texts alone.

    The version with the most sentences (the fullest account: most facts can link to it),
    then the most characters, then the greatest list of sentences (a content tie-break, so
    the choice never depends on the order of the versions nor on the base the user picked:
    the claims table is the same whichever version is the base, docs/comparison.md). -1 when
    there are no versions.
    """
    if not sentences:
        return -1
    return max(
        range(len(sentences)),
        key=lambda v: (len(sentences[v]), sum(map(len, sentences[v])), tuple(sentences[v])),
    )


@dataclass(frozen=True)
class _Link:
    """A link made here: an exact match, or a linker's link mapped back to whole versions."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: str = "same"
    score: float = 1.0


def link_versions(
    features: Sequence[Sequence[SentenceFeatures]],
    linker: Linker,
    *,
    base: int = 0,
    known: PairLinks | None = None,
    settle: float = SETTLE,
    for_pair: Callable[[int, int], Linker] | None = None,
    hub: int | None = None,
) -> dict[tuple[int, int], list[Link]]:
    """Links between the versions' sentences, enough to group every pair's links into claims.

    1. Sentences with the same ``key`` (unchanged, in the engine's sense) are linked ``same``
       (score 1.0) to that sentence in the base, or in the first version that has it; the
       ``linker`` never sees them.
    2. The base is linked with every other version (``known`` may hold those links already,
       keyed ``(base, k)``, e.g. the ones the base comparisons made: they are used as given).
    3. Every other pair (i, j) is linked where at least one side is *open* (not linked to the
       base): open sentences of j against the rest of i, and open ones of i against the rest
       of j. Two sentences both linked to the base are grouped through it already, and a
       sentence equal to one of the base's stands for it, which step 2 linked already. A
       *settled* sentence of i (linked to base sentences as ``same`` or ``reworded`` with a
       score of at least ``settle``: a near-copy) meets j's open sentences only when j links
       to none of those base sentences: otherwise j's open sentences competed for them in
       j's base pair already. Between revisions this leaves each pair little more than the
       sentences inserted on either side (``settle`` above 1 turns it off).

    ``for_pair(i, j)``, when given, is the linker of the pair of versions i and j (one that
    depends on the whole versions, e.g. on whether they are revisions of one text); the
    ``linker`` is then unused. It is told the pair, never left to guess it from the sentences
    passed, so leaving sentences out changes nothing else.

    The "base" of the steps above is the *hub*: ``hub``, or by default
    :func:`hub_version` of the versions' texts, so the links (and the claims grouped from
    them) do not depend on which version the caller calls its base; ``base`` only says whose
    links ``known`` holds, used when it is the hub.

    A sentence gets no link only when no version has a link for it, so a sentence with none
    is one no other version reports. Between revisions of one article little is left to link,
    so N versions stay affordable.
    """
    if hub is None:
        hub = hub_version([[f.text for f in sentences] for sentences in features])
    if hub != base:  # the caller's links are of its base, not of the hub
        known, base = None, hub
    out: dict[tuple[int, int], list[Link]] = defaultdict(list)
    held = _exact_links(features, base, out)
    pick = for_pair or (lambda i, j: linker)

    holders = [
        [held.get((v, k), frozenset()) for k in range(len(f))] for v, f in enumerate(features)
    ]
    own = [[k for k, h in enumerate(hs) if base not in h] for hs in holders]  # not in the base

    def rest(i: int, j: int) -> list[int]:  # sentences of i without their equal in j
        return [k for k, h in enumerate(holders[i]) if j not in h]

    known = known or {}
    for k in range(len(features)):
        if (base, k) in known:
            out[(base, k)].extend(known[(base, k)])
        elif k != base:
            _call(pick(base, k), features, base, k, rest(base, k), rest(k, base), out)
    partners = _base_partners(out, base)
    settled = _base_partners(out, base, settle)
    covered = [set[int]() for _ in features]  # the base sentences each version links to
    for (v, _), theirs in partners.items():
        covered[v] |= theirs
    found = (partners, settled, covered)
    for i in range(len(features)):
        for j in range(i + 1, len(features)):
            if base not in (i, j):
                _link_pair(pick(i, j), features, (i, j), (own, holders), found, out)
    return dict(out)


_Found = tuple[dict[Node, set[int]], dict[Node, set[int]], list[set[int]]]
"""Base partners of each sentence, its settled base partners, base sentences of each version."""


def _link_pair(
    linker: Linker,
    features: Sequence[Sequence[SentenceFeatures]],
    pair: tuple[int, int],
    sentences: tuple[list[list[int]], list[list[frozenset[int]]]],
    found: _Found,
    out: dict[tuple[int, int], list[Link]],
) -> None:
    """Step 3 of :func:`link_versions` for the pair (i, j) of non-base versions."""
    (i, j), (own, holders), (partners, settled, covered) = pair, sentences, found
    # a sentence equal to one of the base's was linked through it in the base pairs
    rest_i = [x for x in own[i] if j not in holders[i][x]]
    rest_j = [y for y in own[j] if i not in holders[j][y]]
    open_i = [x for x in rest_i if (i, x) not in partners]
    open_j = [y for y in rest_j if (j, y) not in partners]
    if not open_i and not open_j:
        return
    # a settled sentence meets the other version's open ones only for base facts that version
    # lacks: where it has them, its sentence and theirs competed in its base pair already
    free_i = [x for x in rest_i if not settled.get((i, x), _NONE) <= covered[j]]
    free_j = [y for y in rest_j if not settled.get((j, y), _NONE) <= covered[i]]
    _call(linker, features, i, j, free_i, open_j, out)
    _call(linker, features, i, j, open_i, [y for y in free_j if (j, y) in partners], out)


_NONE = frozenset({-1})  # no base sentence: never covered


def _base_partners(
    out: Mapping[tuple[int, int], Sequence[Link]], base: int, least: float = 0.0
) -> dict[Node, set[int]]:
    """The base sentences each sentence of another version is linked to (with ``least``
    above 0, only by ``same`` or ``reworded`` links of at least that score)."""
    partners: dict[Node, set[int]] = defaultdict(set)
    for (i, j), links in out.items():
        if base not in (i, j):
            continue
        other = j if i == base else i
        for ln in links:
            if least and (ln.kind not in SETTLING_KINDS or ln.score < least):
                continue
            mine, theirs = (ln.b, ln.a) if i == base else (ln.a, ln.b)
            for k in mine:
                partners[(other, k)].update(theirs)
    return dict(partners)


def _ends(i: int, j: int, link: Link) -> list[Node]:
    return [(i, x) for x in link.a] + [(j, y) for y in link.b]


def _exact_links(
    features: Sequence[Sequence[SentenceFeatures]],
    base: int,
    out: dict[tuple[int, int], list[Link]],
) -> dict[Node, frozenset[int]]:
    """Link equal-key sentences (the n-th occurrence in one version to the n-th in another).

    Returns, for each sentence that has its equal elsewhere, the versions holding that equal.
    """
    where: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for v, sentences in enumerate(features):
        for k, f in enumerate(sentences):
            where[f.key][v].append(k)
    held: dict[Node, frozenset[int]] = {}
    for occurrences in where.values():
        if len(occurrences) < 2:
            continue
        for n in range(max(len(ks) for ks in occurrences.values())):
            holders = [v for v in sorted(occurrences) if len(occurrences[v]) > n]
            centre = base if base in holders else holders[0]
            for v in holders:
                held[(v, occurrences[v][n])] = frozenset(holders)
                if v != centre:
                    out[(centre, v)].append(_Link((occurrences[centre][n],), (occurrences[v][n],)))
    return held


def _call(
    linker: Linker,
    features: Sequence[Sequence[SentenceFeatures]],
    i: int,
    j: int,
    a: list[int],
    b: list[int],
    out: dict[tuple[int, int], list[Link]],
) -> None:
    """Link sentences ``a`` of version i with sentences ``b`` of version j, into ``out``."""
    if not a or not b:
        return
    for link in linker([features[i][x] for x in a], [features[j][y] for y in b]):
        mapped = _Link(
            tuple(a[x] for x in link.a), tuple(b[y] for y in link.b), link.kind, float(link.score)
        )
        out[(i, j)].append(mapped)
