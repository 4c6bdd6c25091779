"""A learned link scorer: one logistic model over the evidence the aligner computes (version 10;
refitted on all tuning splits, tune2 included, in version 11).

Each single signal the aligner has (cosine, ratio margin, token containment, the terms' Dice,
shared names, figures, third versions) keeps at most about a third of the gold sentence pairs
at precision 0.95 (docs/comparison.md, "A learned link scorer"); together, weighed by a
logistic regression, they rank every sentence pair of two versions better than any one of
them. :func:`pair_features` describes every sentence pair of two versions (rows ``i * len(b) +
j``, columns :data:`FEATURES`); :func:`scored_links` scores them with the stored model
(``polyglot_news/data/alignment/link_scorer.json``, fitted by
``benchmarks/alignment_scorer.py --fit`` on the tuning splits) and

* drops the pairs of the pair's links (not ``same``) the model scores under
  :attr:`ScorerOptions.gate` (a 1-to-2 link with one such pair keeps the other);
* links two sentences that no link holds where the model scores them at least
  :attr:`ScorerOptions.add` and they have evidence of their own (:func:`absolute_evidence`:
  the aligner's floors, or a third version linking both), strongest first, each sentence
  once, never a headline with a body sentence.

Pure numpy at run time; deterministic; the model is a few dozen floats.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from polyglot_news.comparison.agreement import TermWeights, agreement
from polyglot_news.comparison.containment import piece_weights
from polyglot_news.comparison.fact_links import substantial_figures
from polyglot_news.comparison.headlines import is_headline
from polyglot_news.comparison.link_evidence import PairEvidence
from polyglot_news.comparison.link_model import ScorerOptions, SentenceLink
from polyglot_news.comparison.semantic import ratio_margins
from polyglot_news.comparison.similarity import SentenceFeatures
from polyglot_news.comparison.terms import PREDICATE

if TYPE_CHECKING:
    from polyglot_news.comparison.link_model import LinkOptions
    from polyglot_news.comparison.semantic import SentenceEncoder

__all__ = [
    "FEATURES",
    "MODEL",
    "ScorerOptions",
    "absolute_evidence",
    "Logistic",
    "load_model",
    "logistic",
    "pair_features",
    "read_logistic",
    "scored_links",
]

MODEL = Path(__file__).resolve().parent.parent / "data" / "alignment" / "link_scorer.json"
"""The fitted model: ``{"features": [...], "mean": [...], "scale": [...], "weights": [...],
"bias": float}`` (standardised logistic regression)."""

FEATURES = (
    "cos", "margin", "tok_in_b", "tok_in_a", "tok_min", "tok_max", "dice", "cov_min", "cov_max",
    "names_w", "only_names", "content_w", "fig_shared", "fig_conflict", "attrib_both",
    "pos_diff", "len_ratio", "row_rank0", "col_rank0", "mutual", "row_gap", "col_gap",
    "pivots", "head_both", "head_one", "v9", "v9_partial", "v9_multi", "v9_additional",
    "v9_score", "cos_x_dice", "row_gap_mutual",
)  # fmt: skip
"""The features of a sentence pair, in the model's order (docs/comparison.md lists them)."""


Logistic = tuple[np.ndarray, np.ndarray, np.ndarray, float]
"""A stored standardised logistic regression: ``(mean, scale, weights, bias)``."""


def read_logistic(path: str, features: tuple[str, ...], refit: str) -> Logistic:
    """``(mean, scale, weights, bias)`` of the model stored at ``path`` (``{"features",
    "mean", "scale", "weights", "bias"}``), shared by this scorer and :mod:`.link_kinds`.

    Raises:
        ValueError: when the file's features differ from ``features`` (``refit`` says how to
            refit it).
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if tuple(data["features"]) != features:
        raise ValueError(f"{path}: features differ from the code's; refit it with {refit}")
    arrays = (np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "weights"))
    mean, scale, weights = arrays
    return mean, scale, weights, float(data["bias"])


def logistic(x: np.ndarray, model: Logistic) -> np.ndarray:
    """``model``'s probability of each row of ``x`` (shape ``(rows, features)``, or one row)."""
    mean, scale, weights, bias = model
    z = ((x - mean) / scale) @ weights + bias
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


@cache
def load_model(path: str = str(MODEL)) -> Logistic:
    """``(mean, scale, weights, bias)`` of the stored model (cached per process).

    Raises:
        ValueError: when the file's features differ from :data:`FEATURES` (refit it with
            ``benchmarks/alignment_scorer.py --fit``).
    """
    return read_logistic(path, FEATURES, "benchmarks/alignment_scorer.py --fit")


def probabilities(x: np.ndarray) -> np.ndarray:
    """The stored model's probability of each row of ``x`` (shape ``(pairs, features)``)."""
    return logistic(x, load_model())


def _best_and_gap(m: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """Whether each cell is the best of its row (axis 1) or column (axis 0), and its gap to
    the best other cell there (0.5 where there is no other)."""
    best = m == m.max(axis=axis, keepdims=True)
    if m.shape[axis] < 2:
        return best, np.full(m.shape, 0.5)
    s = np.sort(m, axis=axis)
    first = np.expand_dims(s.take(-1, axis=axis), axis)
    second = np.expand_dims(s.take(-2, axis=axis), axis)
    return best, np.where(m >= first, m - second, m - first)


def _meaning(evidence: PairEvidence, options: LinkOptions) -> list[np.ndarray]:
    """cos, margin, token containments (in b, in a) and the similarity of every pair."""
    va, vb = evidence.vectors()
    cos = (va @ vb.T).astype(np.float64)
    tokens_a, tokens_b = evidence.tokens()
    weights = piece_weights([*tokens_a, *tokens_b])
    in_b, in_a = evidence.matches().containment(range(len(va)), range(len(vb)), weights)
    f1 = 2.0 * in_b * in_a / np.maximum(in_b + in_a, 1e-9)
    share = options.token_share
    similar = (1.0 - share) * cos + share * f1
    margin = np.minimum(ratio_margins(similar, 3), 2.0)
    return [cos, margin, in_b.astype(np.float64), in_a.astype(np.float64), similar]


def _words(evidence: PairEvidence) -> np.ndarray:
    """Word features of every pair: dice, cov_min, cov_max, names_w, only_names, content_w,
    fig_shared, fig_conflict, attrib_both (shape ``(9, len(a), len(b))``)."""
    a, b, weights = evidence.a, evidence.b, evidence.weights
    out = np.zeros((9, len(a), len(b)))
    found = evidence.agreements(list(range(len(a))), list(range(len(b))))
    unit = weights.default
    for (i, j), ag in found.items():
        x, y = a[i], b[j]
        if x.key == y.key:
            ag = agreement(x.terms, y.terms, weights)
        names = x.names & y.names
        content = (x.terms & y.terms) - names - {PREDICATE}
        out[:6, i, j] = (ag.dice, min(ag.cover_a, ag.cover_b), max(ag.cover_a, ag.cover_b),
                         weights.of(names) / unit, float(bool(names) and not content),
                         weights.of(content) / unit)  # fmt: skip
    figures_a = [substantial_figures(s.terms) for s in a]
    figures_b = [substantial_figures(s.terms) for s in b]
    said_b = np.array([PREDICATE in s.terms for s in b], dtype=float)
    for i, fa in enumerate(figures_a):
        for j, fb in enumerate(figures_b):
            if fa and fb:
                shared = len(fa & fb)
                out[6, i, j], out[7, i, j] = shared, float(not shared)
        if PREDICATE in a[i].terms:
            out[8, i] = said_b
    return out


def _linked(links: Sequence[SentenceLink], shape: tuple[int, int]) -> np.ndarray:
    """v9, v9_partial, v9_multi, v9_additional, v9_score of every pair (``(5, *shape)``)."""
    out = np.zeros((5, *shape))
    for k in links:
        for i in k.a:
            for j in k.b:
                out[:, i, j] = (1.0, float(k.kind == "partial"), float(len(k.a) + len(k.b) > 2),
                                float(k.additional), k.score)  # fmt: skip
    return out


def pair_features(
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    links: Sequence[SentenceLink],
    pivots: Mapping[tuple[int, int], int],
    *,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder,
    evidence: PairEvidence | None = None,
) -> np.ndarray:
    """Features (:data:`FEATURES`) of every sentence pair of a and b, shape
    ``(len(a) * len(b), len(FEATURES))``, row ``i * len(b) + j``; ``links`` are the pair's
    links so far, ``pivots[i, j]`` the number of third versions linking i and j to one
    sentence; ``evidence`` what the aligner measured of the pair already (of these a, b,
    weights and encoder; default: measured here)."""
    na, nb = len(a), len(b)
    evidence = evidence or PairEvidence(a, b, weights, encoder)
    cos, margin, in_b, in_a, similar = _meaning(evidence, options)
    row_best, row_gap = _best_and_gap(similar, 1)
    col_best, col_gap = _best_and_gap(similar, 0)
    mutual = (row_best & col_best).astype(float)
    words = _words(evidence)
    position = np.abs(
        np.arange(na)[:, None] / max(na - 1, 1) - np.arange(nb)[None, :] / max(nb - 1, 1)
    )
    la = np.array([len(s.tokens) for s in a], dtype=float)[:, None]
    lb = np.array([len(s.tokens) for s in b], dtype=float)[None, :]
    ratio = np.minimum(la, lb) / np.maximum(np.maximum(la, lb), 1.0)
    third = np.zeros((na, nb))
    for (i, j), n in pivots.items():
        third[i, j] = min(n, 3)
    head_a = np.array([is_headline(a, i) for i in range(na)])[:, None]
    head_b = np.array([is_headline(b, j) for j in range(nb)])[None, :]
    linked = _linked(links, (na, nb))
    columns = [
        cos, margin, in_b, in_a, np.minimum(in_b, in_a), np.maximum(in_b, in_a), *words[:9],
        position, ratio, row_best.astype(float), col_best.astype(float), mutual, row_gap,
        col_gap, third, (head_a & head_b).astype(float), (head_a != head_b).astype(float),
        *linked, cos * words[0], row_gap * mutual,
    ]  # fmt: skip
    return np.stack([np.broadcast_to(c, (na, nb)).reshape(-1) for c in columns], axis=1)


def absolute_evidence(x: np.ndarray, options: LinkOptions) -> np.ndarray:
    """Which rows of ``x`` (:func:`pair_features`) have evidence of their own, as the aligner
    asks of every link (:class:`.link_model.LinkOptions`, "absolute evidence"): meaning
    similarity at least ``evidence_cosine`` or words' Dice at least ``evidence_dice``; or a
    third version links both sentences to one same sentence."""
    column = {name: x[:, k] for k, name in enumerate(FEATURES)}
    into_b, into_a = column["tok_in_b"], column["tok_in_a"]
    f1 = 2.0 * into_b * into_a / np.maximum(into_b + into_a, 1e-9)
    similar = (1.0 - options.token_share) * column["cos"] + options.token_share * f1
    return (
        (similar >= options.evidence_cosine)
        | (column["dice"] >= options.evidence_dice)
        | (column["pivots"] >= 1.0)
    )


def scored_links(
    links: Sequence[SentenceLink],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    pivots: Mapping[tuple[int, int], int],
    *,
    weights: TermWeights,
    options: LinkOptions,
    encoder: SentenceEncoder,
    apart: frozenset[tuple[int, int]] = frozenset(),
    evidence: PairEvidence | None = None,
) -> list[SentenceLink]:
    """``links`` gated and completed by the model (module docstring; ``options.scorer``),
    unsorted, ``moved`` left as it was (the caller re-chains); ``evidence`` as for
    :func:`pair_features`."""
    chosen = options.scorer
    if chosen is None or not a or not b:
        return list(links)
    x = pair_features(a, b, links, pivots, weights=weights, options=options, encoder=encoder,
                      evidence=evidence)  # fmt: skip
    p = probabilities(x).reshape(len(a), len(b))
    grounded = absolute_evidence(x, options).reshape(len(a), len(b))
    out: list[SentenceLink] = []
    for k in links:
        kept = [(i, j) for i in k.a for j in k.b if p[i, j] >= chosen.gate]
        if k.kind == "same" or len(kept) == len(k.a) * len(k.b):
            out.append(k)
        elif kept:  # a 1-to-2 link keeps its one pair the model believes
            ((i, j),) = kept[:1]
            ag = agreement(a[i].terms, b[j].terms, weights)
            out.append(replace(k, a=(i,), b=(j,), kind=ag.kind(options)))
    taken_a = {i for k in links for i in k.a}
    taken_b = {j for k in links for j in k.b}
    free = [
        (-float(p[i, j]), i, j)
        for i, j in zip(*np.nonzero((p >= chosen.add) & grounded), strict=True)
        if i not in taken_a and j not in taken_b and (int(i), int(j)) not in apart
    ]
    for negative, i, j in sorted(free):
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        ag = agreement(a[i].terms, b[j].terms, weights)
        out.append(SentenceLink((int(i),), (int(j),), ag.kind(options), round(-negative, 6)))
    return out
