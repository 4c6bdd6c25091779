"""Which version should a comparison use as its base when the user names none?

Every other version is reported against the base ("X against base"), so the base decides what a
journalist reads first: a short base (an aggregator's three lines) leaves most of each other
version as "added" sentences. This script scores candidate rules on the gold stories of
``benchmarks/data/alignment`` (the example story among them, as translated by the example
models), by **gold coverage**: the share of the other versions' sentences that report a fact the
base also reports (from the hand-made fact tags, so independent of the aligner). For each story
it prints the coverage each rule's base reaches and the best any version reaches (the oracle).

Rules (ties go to the first by name):

* ``name``: the first version by name (0.1.0's default);
* ``longest``: the most sentences;
* ``central``: the highest mean document similarity to the others (the row sums of the
  comparison's similarity matrix: word and bigram Ochiai, no alignment), the medoid;
* ``central+length``: ``central`` weighted by the share of the longest version's sentences it
  has (a central but clipped version loses to a full one).

Run: ``python benchmarks/default_base.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment_gold import Story, load_stories  # noqa: E402

from polyglot_news.comparison.engine import similarity_matrix  # noqa: E402
from polyglot_news.comparison.similarity import sentence_features  # noqa: E402

Rule = Callable[[list[str], list[list[str]], Sequence[Sequence[float]]], int]


def coverage(story: Story, base: str) -> float:
    """Share of the other versions' sentences sharing a gold fact with a sentence of ``base``."""
    base_facts = set().union(*(tags for tags, _ in story.versions[base]))
    others = [tags for v, rows in story.versions.items() if v != base for tags, _ in rows]
    return sum(bool(tags & base_facts) for tags in others) / max(1, len(others))


def _first_best(scores: Sequence[float]) -> int:
    best = max(scores)
    return next(i for i, s in enumerate(scores) if s == best)


def _mean_similarity(matrix: Sequence[Sequence[float]]) -> list[float]:
    n = len(matrix)
    return [(sum(row) - 1.0) / max(1, n - 1) for row in matrix]


RULES: dict[str, Rule] = {
    "name": lambda ids, sents, m: 0,
    "longest": lambda ids, sents, m: _first_best([len(s) for s in sents]),
    "central": lambda ids, sents, m: _first_best(_mean_similarity(m)),
    "central+length": lambda ids, sents, m: _first_best(
        [c * len(s) / max(map(len, sents)) for c, s in zip(_mean_similarity(m), sents, strict=True)]
    ),
}


def main() -> None:
    """Print each rule's gold coverage per story, the oracle's, and the totals."""
    stories = load_stories()
    print(f"{'story':<22}{'split':<10}" + "".join(f"{r:>16}" for r in RULES) + f"{'oracle':>10}")
    totals = dict.fromkeys(RULES, 0.0)
    hits = dict.fromkeys(RULES, 0)
    oracle_total = 0.0
    for story in stories:
        ids = sorted(story.versions)
        sents = [story.sentences(v) for v in ids]
        features = [[sentence_features(s, language="en") for s in v] for v in sents]
        matrix = similarity_matrix(features)
        covs = [coverage(story, v) for v in ids]
        oracle = max(covs)
        oracle_total += oracle
        row = f"{story.name:<22}{story.split:<10}"
        for name, rule in RULES.items():
            chosen = rule(ids, sents, matrix)
            totals[name] += covs[chosen]
            hits[name] += covs[chosen] >= oracle - 1e-9
            row += f"{ids[chosen][:9]:>10} {covs[chosen]:.2f}"
        print(row + f"{oracle:>10.2f}")
    n = len(stories)
    print(
        f"{'mean coverage':<32}"
        + "".join(f"{totals[r] / n:>16.3f}" for r in RULES)
        + f"{oracle_total / n:>10.3f}"
    )
    print(f"{'stories at the oracle':<32}" + "".join(f"{hits[r]:>13}/{n:<2}" for r in RULES))


if __name__ == "__main__":
    main()
