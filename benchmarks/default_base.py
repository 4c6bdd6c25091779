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
  has (a central but clipped version loses to a full one);
* ``coverage``: the mean, over every sentence of every other version, of its best sentence
  similarity to the candidate (:func:`polyglot_news.comparison.matrix.sentence_coverage`),
  the pipeline's default since 2 December 2026 (two short near-copies no longer outvote a
  full account).

The mean is printed for all stories and for the tuning splits (``tune*``, which a rule may be
chosen on) and the held-out ones apart.

Run: ``python benchmarks/default_base.py``; ``--pairs`` scores the two-version rules
(:mod:`polyglot_news.comparison.base_choice`) on every pair of versions of every gold story
compared alone (the longer version against the first given; the other rules of that module,
not translated and published first, have no gold: the gold stories are English renderings
without dates).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment_gold import Story, load_stories  # noqa: E402

from polyglot_news.comparison.engine import similarity_matrix  # noqa: E402
from polyglot_news.comparison.matrix import sentence_coverage  # noqa: E402
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
    "coverage": lambda ids, sents, m: _first_best(
        sentence_coverage([[sentence_features(s, language="en") for s in v] for v in sents])
    ),
}


def main() -> None:
    """Print each rule's gold coverage per story, the oracle's, and the totals."""
    stories = load_stories()
    print(f"{'story':<22}{'split':<10}" + "".join(f"{r:>16}" for r in RULES) + f"{'oracle':>10}")
    totals = dict.fromkeys(RULES, 0.0)
    hits = dict.fromkeys(RULES, 0)
    by_split: dict[str, dict[str, list[float]]] = {"tune": {}, "held-out": {}}
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
            group = by_split["tune" if story.split.startswith("tune") else "held-out"]
            group.setdefault(name, []).append(covs[chosen])
            row += f"{ids[chosen][:9]:>10} {covs[chosen]:.2f}"
        print(row + f"{oracle:>10.2f}")
    n = len(stories)
    print(
        f"{'mean coverage':<32}"
        + "".join(f"{totals[r] / n:>16.3f}" for r in RULES)
        + f"{oracle_total / n:>10.3f}"
    )
    print(f"{'stories at the oracle':<32}" + "".join(f"{hits[r]:>13}/{n:<2}" for r in RULES))
    for split, scores in by_split.items():
        print(
            f"{'mean, ' + split + ' stories':<32}"
            + "".join(f"{sum(scores[r]) / max(1, len(scores[r])):>16.3f}" for r in RULES)
        )


def pairs() -> None:
    """Every pair of versions of every gold story compared alone: each two-version rule's mean
    gold coverage and how often it takes the better base (ties count for both)."""
    from itertools import combinations

    rules = {
        "first given": lambda a, b: a,
        "longer": lambda a, b: b if len(b[1]) > len(a[1]) else a,
        "shorter": lambda a, b: b if len(b[1]) < len(a[1]) else a,
    }
    totals = dict.fromkeys(rules, 0.0)
    hits = dict.fromkeys(rules, 0)
    count = oracle = 0.0
    for story in load_stories():
        for one, other in combinations(sorted(story.versions), 2):
            a = (one, story.sentences(one))
            b = (other, story.sentences(other))
            covs = {
                one: _pair_coverage(story, one, other),
                other: _pair_coverage(story, other, one),
            }
            best = max(covs.values())
            oracle += best
            count += 1
            for name, rule in rules.items():
                chosen = rule(a, b)[0]
                totals[name] += covs[chosen]
                hits[name] += covs[chosen] >= best - 1e-9
    print(f"two-version comparisons: {int(count)} pairs of versions of the gold stories")
    for name in rules:
        print(
            f"  {name:<12} mean coverage {totals[name] / count:.3f}, "
            f"the better base in {hits[name]}/{int(count)}"
        )
    print(f"  {'oracle':<12} mean coverage {oracle / count:.3f}")


def _pair_coverage(story: Story, base: str, other: str) -> float:
    """Share of ``other``'s sentences sharing a gold fact with a sentence of ``base``."""
    base_facts = set().union(*(tags for tags, _ in story.versions[base]))
    rows = [tags for tags, _ in story.versions[other]]
    return sum(bool(tags & base_facts) for tags in rows) / max(1, len(rows))


if __name__ == "__main__":
    if sys.argv[1:] == ["--pairs"]:
        pairs()
    else:
        main()
