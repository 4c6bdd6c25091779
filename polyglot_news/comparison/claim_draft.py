"""The claims table while it is built: what the steps after grouping share.

:func:`.claim_groups.group_sentences` gives the groups (one per row) and the rows a refused
link relates. Three steps then look at all N versions at once, each taking a :class:`Draft`
and giving the next one (:func:`.claims.build_claims` runs them in this order):
:func:`.claim_consensus.attach_by_consensus`, :func:`.claim_rows.merge_related_rows` and
:func:`.claim_rows.relate_mutual_matches`. A draft holds the groups, their related rows, each
sentence's key and how two wordings agree; it answers what every step asks first (which group
holds a sentence, which sentences are alone) and :class:`Agreements` scores a wording against
every sentence of a version once however often the steps ask.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from polyglot_news.comparison.claim_groups import Agreement, Groups, Wording, group_name
from polyglot_news.comparison.version_links import Node

__all__ = ["Agreements", "Draft", "Related", "renamed"]

Related = dict[Node, set[Node]]
"""Related groups by :func:`.claim_groups.group_name` (both ways)."""


@dataclass(frozen=True)
class Draft:
    """Groups (version index -> its sentence indices, every sentence in one), their related
    groups by name, each sentence's key by version (a cell's :data:`.claim_groups.Wording`
    is its sentences' keys) and how two wordings agree (0-1)."""

    groups: Groups
    related: Mapping[Node, set[Node]]
    keys: Sequence[Sequence[str]]
    agreement: Agreement

    def owner(self) -> dict[Node, int]:
        """The index of the group holding each sentence ``(version, index)``."""
        return {
            (v, k): g for g, cells in enumerate(self.groups) for v, ks in cells.items() for k in ks
        }

    def names(self) -> list[Node]:
        """Each group's name (:func:`.claim_groups.group_name`), by index."""
        return [group_name(cells) for cells in self.groups]

    def lone(self) -> list[tuple[int, Node]]:
        """``(group index, its sentence)`` of each group of one sentence related to no group."""
        out = []
        for g, cells in enumerate(self.groups):
            if len(cells) == 1:
                ((v, ks),) = cells.items()
                if len(ks) == 1 and (v, ks[0]) not in self.related:
                    out.append((g, (v, ks[0])))
        return out

    def wording(self, v: int, cell: Sequence[int]) -> Wording:
        """The wording of version ``v``'s sentences ``cell``."""
        return tuple(self.keys[v][k] for k in cell)

    def but(
        self, groups: Groups | None = None, related: Mapping[Node, set[Node]] | None = None
    ) -> Draft:
        """This draft with other groups or related groups."""
        return replace(
            self,
            groups=self.groups if groups is None else groups,
            related=self.related if related is None else related,
        )


def renamed(related: Mapping[Node, set[Node]], rename: Callable[[Node], Node]) -> Related:
    """``related`` under the names ``rename`` gives (a group related to itself after a merge
    is not; groups related to none are left out)."""
    out: Related = defaultdict(set)
    for n, rel in related.items():
        out[rename(n)] |= {rename(m) for m in rel} - {rename(n)}
    return {n: rel for n, rel in out.items() if rel}


class Agreements:
    """Agreements of wordings with every sentence of a version, each distinct pair scored once."""

    def __init__(self, draft: Draft) -> None:
        self.keys, self.agreement = draft.keys, draft.agreement
        self.scores: dict[tuple[Wording, int], list[float]] = {}

    def of(self, wording: Wording, w: int) -> list[float]:
        """Agreement of ``wording`` with each sentence of version ``w``, by index."""
        found = self.scores.get((wording, w))
        if found is None:
            known: dict[str, float] = {}
            for key in self.keys[w]:
                if key not in known:
                    known[key] = self.agreement(wording, (key,))
            found = self.scores[(wording, w)] = [known[key] for key in self.keys[w]]
        return found

    def beats(self, wording: Wording, w: int, cell: Sequence[int], score: float) -> bool:
        """Whether ``score`` (of ``wording`` with ``cell`` of ``w``) is at least the agreement
        of ``wording`` with every sentence of ``w`` outside ``cell``."""
        scores = self.of(wording, w)
        return all(s <= score for k, s in enumerate(scores) if k not in cell)
