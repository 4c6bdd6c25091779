"""Link kinds across N versions: whether a link is ``reworded`` or ``partial``, read from what
the other versions do with its two sentences (aligner version 12).

A pair's words tell the kind only so far: a sentence may share every term of the other and
still add a fact told in words the other lacks. Where three or more versions are compared, a
sentence that reports two facts tends to link to two sentences of some other version (each
telling one), and one that reports a single fact links to one: the *fan-out* of a sentence,
the most sentences of one third version linked to it (and in how many third versions it
links to two or more), says how many facts it carries. A link whose sides fan out alike is
more likely reworded, one whose sides differ more likely partial (the consistency of
multiple alignment, as in :mod:`.pivot_links`).

:func:`rekinded` gives every one-to-one link that is neither ``same`` nor an additional link
the kind of a logistic model over the words' coverage (:func:`.agreement.agreement`) and the
two sides' fan-outs (:data:`KIND_FEATURES`), stored in
``polyglot_news/data/alignment/link_kinds.json`` and fitted by
``benchmarks/alignment_kinds.py --fit`` on the tuning splits' right links; ``partial`` where
its probability reaches :attr:`.link_model.LinkOptions.kind_cut`. With two versions (no
third one), or without the sentence encoder (the model is fitted on the encoder's links;
:mod:`.pivot_links` calls it only then), the coverage rule
(:meth:`.agreement.Agreement.kind`) stays. Pure numpy,
deterministic.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from polyglot_news.comparison.agreement import TermWeights, agreement
from polyglot_news.comparison.link_scorer import Logistic, logistic, read_logistic

if TYPE_CHECKING:
    from polyglot_news.comparison.link_model import LinkOptions, SentenceLink
    from polyglot_news.comparison.similarity import SentenceFeatures

__all__ = ["KIND_FEATURES", "KIND_MODEL", "fanouts", "kind_features", "rekinded"]

KIND_MODEL = Path(__file__).resolve().parent.parent / "data" / "alignment" / "link_kinds.json"
"""The fitted model: ``{"features": [...], "mean": [...], "scale": [...], "weights": [...],
"bias": float}`` (standardised logistic regression, 1 = partial)."""

KIND_FEATURES = (
    "cov_min", "cov_max", "extra", "dice", "len_ratio",
    "fan_min", "fan_max", "fan_gap", "two_min", "two_max", "two_gap",
)  # fmt: skip
"""The words' coverage of the smaller and the larger side, the weight of terms one side adds
(:attr:`.agreement.Agreement.extra`), the weighted Dice, the shorter sentence's length over
the longer's (tokens); the fan-out of the two sentences (the most sentences of one third
version linked to each: smaller, larger, difference) and the third versions in which each
links two or more sentences (smaller, larger, difference)."""

Fan = tuple[int, int]
"""A sentence's fan-out: the most sentences of one third version linked to it, and the third
versions linking two or more to it."""


def fanouts(
    links: Mapping[tuple[int, int], Sequence[SentenceLink]],
) -> dict[tuple[int, int], dict[int, set[int]]]:
    """``(version, sentence) -> {other version: its sentences linked to it}`` over ``links``
    (keyed ``(x, y)``, ``link.a`` in x)."""
    out: dict[tuple[int, int], dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for (x, y), found in links.items():
        for k in found:
            for i in k.a:
                out[x, i][y].update(k.b)
            for j in k.b:
                out[y, j][x].update(k.a)
    return out


def _fan(partners: Mapping[int, set[int]], skip: int) -> Fan:
    counts = [len(found) for version, found in partners.items() if version != skip]
    return (max(counts, default=0), sum(n >= 2 for n in counts))


def kind_features(
    a: SentenceFeatures, b: SentenceFeatures, weights: TermWeights, fan_a: Fan, fan_b: Fan
) -> list[float]:
    """The :data:`KIND_FEATURES` of a link of sentence a with sentence b."""
    ag = agreement(a.terms, b.terms, weights)
    la, lb = len(a.tokens), len(b.tokens)
    return [
        min(ag.cover_a, ag.cover_b), max(ag.cover_a, ag.cover_b), ag.extra, ag.dice,
        min(la, lb) / max(la, lb, 1),
        min(fan_a[0], fan_b[0]), max(fan_a[0], fan_b[0]), abs(fan_a[0] - fan_b[0]),
        min(fan_a[1], fan_b[1]), max(fan_a[1], fan_b[1]), abs(fan_a[1] - fan_b[1]),
    ]  # fmt: skip


@cache
def _model(path: str = str(KIND_MODEL)) -> Logistic:
    return read_logistic(path, KIND_FEATURES, "benchmarks/alignment_kinds.py --fit")


def rekinded(
    links: Mapping[tuple[int, int], Sequence[SentenceLink]],
    features: Sequence[Sequence[SentenceFeatures]],
    weights: TermWeights,
    options: LinkOptions,
    pairs: Collection[tuple[int, int]],
) -> dict[tuple[int, int], list[SentenceLink]]:
    """``links`` (of versions ``features``, keyed ``(x, y)``) with every one-to-one link of
    ``pairs`` (of versions that are not revisions of one text) that is not ``same`` nor
    additional given the model's kind (module docstring), the fan-outs read from all of
    ``links``; unchanged with fewer than three versions or ``options.kind_cut`` None."""
    out = {pair: list(found) for pair, found in links.items()}
    if options.kind_cut is None or len(features) < 3:
        return out
    fans = fanouts(links)
    model = _model()
    for (x, y), found in out.items():
        if (x, y) not in pairs:
            continue
        for n, k in enumerate(found):
            if k.kind == "same" or k.additional or len(k.a) != 1 or len(k.b) != 1:
                continue
            i, j = k.a[0], k.b[0]
            row = kind_features(features[x][i], features[y][j], weights,
                                _fan(fans[x, i], y), _fan(fans[y, j], x))  # fmt: skip
            partial = float(logistic(np.asarray(row), model)) >= options.kind_cut
            found[n] = replace(k, kind="partial" if partial else "reworded")
    return out
