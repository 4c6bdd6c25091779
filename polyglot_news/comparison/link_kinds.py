"""Link kinds across N versions: whether a link is ``reworded`` or ``partial``, read from what
the other versions do with its two sentences (aligner version 12; the words' asymmetry,
``extra_min``, version 13), and the one place every view of a story asks it
(:class:`LinkKinds`).

A pair's words tell the kind only so far: a sentence may share every term of the other and
still add a fact told in words the other lacks. Where three or more versions are compared, a
sentence that reports two facts tends to link to two sentences of some other version (each
telling one), and one that reports a single fact links to one: the *fan-out* of a sentence,
the most sentences of one third version linked to it (and in how many third versions it
links to two or more), says how many facts it carries. A link whose sides fan out alike is
more likely reworded, one whose sides differ more likely partial (the consistency of
multiple alignment, as in :mod:`.pivot_links`).

:func:`rekinded` gives every one-to-one link that is neither ``same`` nor an additional link
the kind of a logistic model over the words' coverage (:func:`.agreement.agreement`), the
term weight each side adds, and the two sides' fan-outs (:data:`KIND_FEATURES`), stored in
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
from polyglot_news.comparison.link_growth import sides_agreement
from polyglot_news.comparison.link_scorer import Logistic, logistic, read_logistic

if TYPE_CHECKING:
    from polyglot_news.comparison.link_model import LinkOptions, SentenceLink
    from polyglot_news.comparison.similarity import SentenceFeatures

__all__ = ["KIND_FEATURES", "KIND_MODEL", "LinkKinds", "fanouts", "kind_features", "rekinded"]

KIND_MODEL = Path(__file__).resolve().parent.parent / "data" / "alignment" / "link_kinds.json"
"""The fitted model: ``{"features": [...], "mean": [...], "scale": [...], "weights": [...],
"bias": float}`` (standardised logistic regression, 1 = partial)."""

KIND_FEATURES = (
    "cov_min", "cov_max", "extra", "extra_min", "dice", "len_ratio",
    "fan_min", "fan_max", "fan_gap", "two_min", "two_max", "two_gap",
)  # fmt: skip
"""The words' coverage of the smaller and the larger side, the weight of the terms each side
adds (what the other lacks, in units of :attr:`.agreement.TermWeights.default`): the larger
(:attr:`.agreement.Agreement.extra`) and the smaller (asymmetric coverage: whether one side
or both say what the other does not; fitted, a larger smaller side's addition leans
partial), the weighted Dice, the shorter sentence's length over the longer's (tokens); the
fan-out of the two sentences (the most sentences of one third version linked to each:
smaller, larger, difference) and the third versions in which each
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
    totals, shared = (weights.total(a.terms), weights.total(b.terms)), weights.of(a.terms & b.terms)
    least = (min(totals) - shared) / weights.default if all(totals) else 0.0
    return [
        min(ag.cover_a, ag.cover_b), max(ag.cover_a, ag.cover_b), ag.extra, least, ag.dice,
        min(la, lb) / max(la, lb, 1),
        min(fan_a[0], fan_b[0]), max(fan_a[0], fan_b[0]), abs(fan_a[0] - fan_b[0]),
        min(fan_a[1], fan_b[1]), max(fan_a[1], fan_b[1]), abs(fan_a[1] - fan_b[1]),
    ]  # fmt: skip


@cache
def _model(path: str = str(KIND_MODEL)) -> Logistic:
    return read_logistic(path, KIND_FEATURES, "benchmarks/alignment_kinds.py --fit")


Side = tuple[int, tuple[int, ...]]
"""One side of a link: a version's index and its sentences (ascending)."""


class LinkKinds:
    """The one place a story's links get their kind: every view of the story (the pair
    comparisons' changes, the claims table's cells, the links :mod:`.claim_pairs` cuts or
    grows) asks the same object, so a link has one kind wherever it is shown.

    Args:
        features: the sentence features of every version.
        weights, options: the term rarity and aligner settings the links were made with.
        links: the story's links (keyed ``(x, y)``, ``link.a`` in x) the fan-outs are read
            from (:func:`fanouts`); ``None``: no model, the coverage rule only.
        pairs: the pairs of versions (either order) whose one-to-one links the model kinds
            (pairs the encoder links: not revisions of one text).

    A one-to-one link of one of ``pairs``, with three versions or more and
    ``options.kind_cut`` set, is ``partial`` when the model's probability (module docstring)
    reaches ``kind_cut``; every other link takes the coverage rule of its two sides' joined
    terms (:meth:`.agreement.Agreement.kind`, as the aligner kinds a link of two sentences
    with one; ``reworded`` when they share no term, as the aligner names a link made by
    meaning alone). Two sentences of equal keys are ``same``.
    """

    def __init__(
        self,
        features: Sequence[Sequence[SentenceFeatures]],
        weights: TermWeights,
        options: LinkOptions,
        links: Mapping[tuple[int, int], Sequence[SentenceLink]] | None = None,
        pairs: Collection[tuple[int, int]] = (),
    ) -> None:
        self.features, self.weights, self.options = features, weights, options
        modelled = links is not None and options.kind_cut is not None and len(features) >= 3
        self.pairs = {p for x, y in pairs for p in ((x, y), (y, x))} if modelled else set()
        self.fans = fanouts(links) if modelled and links is not None else {}

    def kinds(self, asked: Sequence[tuple[Side, Side]]) -> list[str]:
        """The kind of each link ``((x, a), (y, b))`` of ``asked``: ``same`` for two
        sentences of equal keys, else ``reworded`` or ``partial`` (class docstring; the
        model's in one batch)."""
        out: list[str] = []
        rows: list[list[float]] = []
        at: list[int] = []
        for (x, a), (y, b) in asked:
            one = len(a) == 1 and len(b) == 1
            if one and self.features[x][a[0]].key == self.features[y][b[0]].key:
                out.append("same")
                continue
            if one and (x, y) in self.pairs:
                i, j = a[0], b[0]
                rows.append(kind_features(
                    self.features[x][i], self.features[y][j], self.weights,
                    _fan(self.fans.get((x, i), {}), y), _fan(self.fans.get((y, j), {}), x),
                ))  # fmt: skip
                at.append(len(out))
                out.append("")
                continue
            found = sides_agreement(self.features[x], self.features[y], a, b, self.weights)
            # sides sharing no term were linked by meaning alone: the aligner names them
            # reworded (its coverages are 0, :func:`.link_evidence.mixed`), and so does this
            out.append(found.kind(self.options) if found.dice else "reworded")
        if rows:
            cut = self.options.kind_cut or 0.0
            for n, p in zip(at, np.atleast_1d(logistic(np.asarray(rows), _model())), strict=True):
                out[n] = "partial" if float(p) >= cut else "reworded"
        return out

    def kind(self, x: int, a: tuple[int, ...], y: int, b: tuple[int, ...]) -> str:
        """The kind of one link of sentences ``a`` of version x with ``b`` of version y."""
        return self.kinds([((x, a), (y, b))])[0]

    def applied(self, found: Sequence[SentenceLink], x: int, y: int) -> list[SentenceLink]:
        """The links ``found`` of versions x (``link.a``) and y with every link that is
        neither ``same`` nor additional given its kind; the same objects where it holds."""
        asked = [n for n, k in enumerate(found) if k.kind != "same" and not k.additional]
        kinds = self.kinds([((x, found[n].a), (y, found[n].b)) for n in asked])
        out = list(found)
        for n, kind in zip(asked, kinds, strict=True):
            if out[n].kind != kind:
                out[n] = replace(out[n], kind=kind)
        return out


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
    ``links`` (:class:`LinkKinds`, one batch per pair); unchanged with fewer than three
    versions or ``options.kind_cut`` None."""
    out = {pair: list(found) for pair, found in links.items()}
    if options.kind_cut is None or len(features) < 3:
        return out
    kinds = LinkKinds(features, weights, options, links, pairs)
    asked = [
        (pair, n)
        for pair, found in out.items()
        if pair in kinds.pairs
        for n, k in enumerate(found)
        if k.kind != "same" and not k.additional and len(k.a) == 1 and len(k.b) == 1
    ]
    sides = [((x, out[x, y][n].a), (y, out[x, y][n].b)) for (x, y), n in asked]
    for (pair, n), kind in zip(asked, kinds.kinds(sides), strict=True):
        out[pair][n] = replace(out[pair][n], kind=kind)
    return out
