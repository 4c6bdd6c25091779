"""Candidate features of the link scorer tried against the same-subject miss (docs/comparison.md,
"Refitted with a second tuning split"): measured by ``alignment_scorer.py --extra``, none kept.

Each candidate maps the two versions' sentences (a, b), their indices (x, y) among the
story's versions, the links of every pair before pivots (``plain``) and the term weights to
one array of shape ``(len(a), len(b))``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from polyglot_news.comparison.agreement import TermWeights
from polyglot_news.comparison.fact_links import substantial_figures
from polyglot_news.comparison.pivot_links import PairLinks, oriented
from polyglot_news.comparison.similarity import SentenceFeatures
from polyglot_news.comparison.terms import PREDICATE

Sentences = Sequence[SentenceFeatures]


def _partners(links: PairLinks, c: int, x: int) -> dict[int, set[int]] | None:
    """Sentence of version x -> the sentences of version c linked to it (None: no links)."""
    got = oriented(links, c, x)
    if got is None:
        return None
    out: dict[int, set[int]] = defaultdict(set)
    for k in got:
        for s in k.b:
            out[s].update(k.a)
    return out


def third_versions(
    a: Sentences, b: Sentences, x: int, y: int, plain: PairLinks, versions: int
) -> dict[str, np.ndarray]:
    """Per pair, over the other versions c: ``conflict`` (both linked in c, to different
    sentences), ``one_sided`` (one linked in c, the other not), ``agree`` (both linked to one
    same sentence), each capped at 3; ``reach_min`` and ``reach_gap``: the share of third
    versions where each sentence is linked at all (the smaller, the difference)."""
    shape = (len(a), len(b))
    counts = {k: np.zeros(shape) for k in ("conflict", "one_sided", "agree")}
    reach_a, reach_b = np.zeros(len(a)), np.zeros(len(b))
    thirds = max(versions - 2, 1)
    for c in range(versions):
        to_a, to_b = (
            (None, None) if c in (x, y) else (_partners(plain, c, x), _partners(plain, c, y))
        )
        if to_a is None or to_b is None:
            continue
        reach_a[list(to_a)] += 1.0 / thirds
        reach_b[list(to_b)] += 1.0 / thirds
        for i in range(len(a)):
            for j in range(len(b)):
                si, sj = to_a.get(i, set()), to_b.get(j, set())
                key = ("agree" if si & sj else "conflict") if si and sj else "one_sided"
                counts[key][i, j] += bool(si or sj)
    out = {k: np.minimum(v, 3.0) for k, v in counts.items()}
    out["reach_min"] = np.minimum(reach_a[:, None], reach_b[None, :])
    out["reach_gap"] = np.abs(reach_a[:, None] - reach_b[None, :])
    return out


def _content(s: SentenceFeatures) -> frozenset[str]:
    """Terms beyond names, countries, figures and the attribution class."""
    return frozenset(t for t in s.terms - s.names - {PREDICATE} if not t.startswith(("#", "^")))


def content(a: Sentences, b: Sentences, weights: TermWeights) -> dict[str, np.ndarray]:
    """Per pair: ``unex_min`` / ``unex_max``, the IDF-weighted share of each side's content
    terms the other side lacks (smaller, larger); ``bare``, a side whose content terms the
    other holds none of; ``shared_n``, content terms shared (capped at 5); ``fig_one``,
    substantial figures on one side only."""
    ca, cb = [_content(s) for s in a], [_content(s) for s in b]
    out = {k: np.zeros((len(a), len(b))) for k in ("unex_min", "unex_max", "bare", "shared_n")}
    for i, j in np.ndindex(len(a), len(b)):
        left = [weights.of(mine - other.terms) / w if (w := weights.of(mine)) else 0.0
                for mine, other in ((ca[i], b[j]), (cb[j], a[i]))]  # fmt: skip
        out["unex_min"][i, j], out["unex_max"][i, j] = min(left), max(left)
        bare = (ca[i] and not ca[i] & b[j].terms) or (cb[j] and not cb[j] & a[i].terms)
        out["bare"][i, j] = float(bool(bare))
        out["shared_n"][i, j] = min(len(ca[i] & cb[j]), 5)
    fa = np.array([bool(substantial_figures(s.terms)) for s in a])[:, None]
    fb = np.array([bool(substantial_figures(s.terms)) for s in b])[None, :]
    out["fig_one"] = (fa != fb).astype(float)
    return out


CANDIDATES = (
    "conflict", "one_sided", "agree", "reach_min", "reach_gap",
    "unex_min", "unex_max", "bare", "shared_n", "fig_one",
)  # fmt: skip
"""The candidate features' names, for ``alignment_scorer.py --extra``."""


def candidate_features(
    names: Sequence[str],
    a: Sentences,
    b: Sentences,
    where: tuple[int, int, PairLinks, int],
    weights: TermWeights,
) -> np.ndarray:
    """Columns ``names`` (of :data:`CANDIDATES`) for every pair of a and b, shape
    ``(len(a) * len(b), len(names))``, rows as ``link_scorer.pair_features``; ``where`` is
    ``(x, y, plain, versions)``."""
    x, y, plain, versions = where
    found = {**third_versions(a, b, x, y, plain, versions), **content(a, b, weights)}
    return np.stack([np.broadcast_to(found[n], (len(a), len(b))).reshape(-1) for n in names], 1)
