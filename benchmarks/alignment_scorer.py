"""Fit and simulate the learned link scorer (aligner version 10, refitted in 11) on tuning splits.

For every story of the tuning splits (:data:`alignment_accuracy.TUNE_SPLITS`; never the check
splits) and every pair of its versions that are not revisions, every sentence pair is
described by :func:`polyglot_news.comparison.link_scorer.pair_features` over version 9's links
(``LinkOptions(scorer=None)``) and the third versions of the links before pivots, as the
aligner does it; label: gold (pairs the gold marks *possible* are left out of the counts).

A logistic regression (numpy, L2 ``--l2``, Newton's method, standardised features;
deterministic) is fitted leaving each story out, and each story's pairs are scored by the
model fitted without it. Then, P / R / F1 over all pairs of versions (revisions keep their
links) of

* **gate**: version 9's sentence pairs kept where the score reaches a cut;
* **gate + free**: the same, plus pairs of two sentences no version-9 link holds whose score
  reaches a second cut and that have evidence of their own (``absolute_evidence``), one to
  one, strongest first (what :func:`~polyglot_news.comparison.link_scorer.scored_links` does);
* **weight**: a one-to-one matching (Hungarian) on the scores alone, kept above a cut.

``--fit`` writes the model fitted on all tuning splits to
``polyglot_news/data/alignment/link_scorer.json``. ``--extra`` adds candidate features
(``_scorer_features.CANDIDATES``) to the simulation only (docs/comparison.md, "Refitted with
a second tuning split": none kept).

    python benchmarks/alignment_scorer.py [--fit] [--l2 1.0] [--extra conflict,unex_min,...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _scorer_features import CANDIDATES, candidate_features  # noqa: E402
from alignment_accuracy import TUNE_SPLITS, _expand, _normaliser, featurise  # noqa: E402
from alignment_gold import Story, gold_links, load_stories, possible_pairs  # noqa: E402

from polyglot_news.comparison.agreement import term_weights  # noqa: E402
from polyglot_news.comparison.link_scorer import (  # noqa: E402
    FEATURES,
    MODEL,
    absolute_evidence,
    pair_features,
)
from polyglot_news.comparison.links import LinkOptions, is_revision  # noqa: E402
from polyglot_news.comparison.pivot_links import story_links, third_versions  # noqa: E402
from polyglot_news.comparison.semantic import default_encoder  # noqa: E402

Pairs = set[tuple[int, int]]
Item = tuple[np.ndarray | None, np.ndarray | None, Pairs, Pairs, Pairs, int, int]
"""One pair of versions: features (None: revisions), labels, version 9's pairs, gold pairs,
possible pairs, sentence counts."""
Model = tuple[np.ndarray, np.ndarray, np.ndarray]
OPTIONS = LinkOptions(scorer=None)
"""Version 9's links: what the model sees."""


def collect(
    story: Story, feats: dict, encoder: object, options: LinkOptions, extra: Sequence[str] = ()
) -> list[Item]:
    """The :data:`Item` of every pair of a story's versions (with the candidate features
    ``extra`` after :data:`FEATURES`)."""
    versions = list(story.versions)
    f = [feats[story.name][v] for v in versions]
    weights = term_weights(f)
    plain = story_links(f, weights=weights, options=replace(options, pivots=None),
                        encoder=encoder)  # type: ignore[arg-type]  # fmt: skip
    found = story_links(f, weights=weights, options=options, encoder=encoder)  # type: ignore[arg-type]
    items: list[Item] = []
    for (x, y), links in found.items():
        va, vb = versions[x], versions[y]
        gold = set(_expand([(g.a, g.b, g.kind) for g in gold_links(story, va, vb)]))
        maybe = possible_pairs(story, va, vb)
        pred = set(_expand([(k.a, k.b, k.kind) for k in links]))
        X = labels = None
        if not is_revision(f[x], f[y], options):
            counts = third_versions(x, y, plain, len(versions))
            X = pair_features(f[x], f[y], links, counts, weights=weights, options=options,
                              encoder=encoder)  # type: ignore[arg-type]  # fmt: skip
            if extra:
                where = (x, y, plain, len(versions))
                X = np.hstack([X, candidate_features(extra, f[x], f[y], where, weights)])
            labels = np.array([(i, j) in gold for i in range(len(f[x])) for j in range(len(f[y]))],
                              dtype=float)  # fmt: skip
        items.append((X, labels, pred, gold, maybe, len(f[x]), len(f[y])))
    return items


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0) -> Model:
    """Logistic regression by Newton's method on standardised features: (mean, scale, w),
    the bias last in w."""
    mu, sd = X.mean(axis=0), X.std(axis=0)
    sd[sd < 1e-9] = 1.0
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(Z @ w, -30, 30)))
        step = np.linalg.solve((Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg),
                               Z.T @ (p - y) + reg * w)  # fmt: skip
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mu, sd, w


def predict(model: Model, X: np.ndarray) -> np.ndarray:
    """Probabilities of the rows of X."""
    mu, sd, w = model
    return 1.0 / (1.0 + np.exp(-np.clip(((X - mu) / sd) @ w[:-1] + w[-1], -30, 30)))


def prf(results: list[tuple[Pairs, Pairs, Pairs]]) -> str:
    """P / R / F1 of (predicted, gold, possible) pairs, with the counts."""
    hit = pred = gold = 0
    for p, g, maybe in results:
        p = p - maybe
        hit, pred, gold = hit + len(p & g), pred + len(p), gold + len(g)
    P, R = hit / max(pred, 1), hit / max(gold, 1)
    return f"{P:.3f} / {R:.3f} / {2 * P * R / max(P + R, 1e-9):.3f} ({hit} of {pred}, {gold} gold)"


def _kept(item: Item, scores: np.ndarray, mode: str, cut: float, add: float) -> Pairs:
    from scipy.optimize import linear_sum_assignment

    X, _, pred, _, _, na, nb = item
    S = scores.reshape(na, nb)
    grounded = absolute_evidence(X, OPTIONS).reshape(na, nb)  # type: ignore[arg-type]
    if mode == "weight":
        rows, cols = linear_sum_assignment(-np.where(S >= cut, S, 0.0))
        return {(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if S[r, c] >= cut}
    keep = {(i, j) for i, j in pred if S[i, j] >= cut}
    taken_a, taken_b = {i for i, _ in pred}, {j for _, j in pred}
    free = sorted((-S[i, j], int(i), int(j)) for i, j in np.argwhere((S >= add) & grounded)
                  if i not in taken_a and j not in taken_b)  # fmt: skip
    for _, i, j in free:  # one-to-one, strongest first
        if i not in taken_a and j not in taken_b:
            keep.add((i, j))
            taken_a.add(i)
            taken_b.add(j)
    return keep


def simulate(data: dict[str, list[Item]], scores: dict, mode: str, cut: float,
             add: float = 2.0) -> str:  # fmt: skip
    """P / R / F1 of a policy on the LOSO scores (``add`` > 1: nothing added)."""
    results = []
    for name, items in data.items():
        for k, item in enumerate(items):
            kept = item[2] if item[0] is None else _kept(item, scores[name][k], mode, cut, add)
            results.append((kept, item[3], item[4]))
    return prf(results)


def ranking(data: dict[str, list[Item]], scores: dict) -> None:
    """How well the LOSO score ranks: the gold pairs kept at precision 0.95 ranking every pair
    by it (and by cosine, margin, Dice alone); AUC of version 9's right against wrong links;
    wrong links with a sentence the gold links to nothing in that pair."""
    ranked: dict[str, list[tuple[float, bool]]] = {"score": [], "cos": [], "margin": [], "dice": []}
    right, wrong, lone = [], [], 0
    for name, items in data.items():
        for k, (X, _, pred, gold, maybe, na, nb) in enumerate(items):
            if X is None:
                continue
            S = scores[name][k]
            cells = [(i, j) for i in range(na) for j in range(nb)]
            for r, (i, j) in enumerate(cells):
                if (i, j) in maybe:
                    continue
                for key, value in (("score", S[r]), ("cos", X[r, 0]), ("margin", X[r, 1]),
                                   ("dice", X[r, 6])):  # fmt: skip
                    ranked[key].append((float(value), (i, j) in gold))
                if (i, j) in pred:
                    (right if (i, j) in gold else wrong).append(S[r])
                    alone = all(x != i for x, _ in gold) or all(y != j for _, y in gold)
                    lone += (i, j) not in gold and alone
    total = sum(g for _, g in ranked["score"])
    for key, values in ranked.items():
        hit = best = 0
        for n, (_, g) in enumerate(sorted(values, key=lambda t: -t[0]), 1):
            hit += g
            best = hit if hit >= 0.95 * n else best
        print(f"ranking every pair by {key}: {best} of {total} gold at precision >= 0.95 "
              f"({best / total:.3f})")  # fmt: skip
    r, w = np.array(right), np.array(wrong)
    auc = (r[:, None] > w[None, :]).mean() + 0.5 * (r[:, None] == w[None, :]).mean()
    print(f"version 9's links: {len(r)} right, {len(w)} wrong ({lone} with a sentence the gold "
          f"links to nothing there); AUC of the score {auc:.3f}")  # fmt: skip


def _write(model: Model, l2: float) -> None:
    mean, scale, w = model
    rounded = [[round(float(v), 9) for v in values] for values in (mean, scale, w[:-1])]
    data = {"features": list(FEATURES), "fitted_on": list(TUNE_SPLITS), "l2": l2,
            "mean": rounded[0], "scale": rounded[1], "weights": rounded[2],
            "bias": round(float(w[-1]), 9)}  # fmt: skip
    MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL}")


def main() -> None:
    """Fit leaving each story out, print the policies' figures (and ``--fit``: write)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help=f"write the model to {MODEL}")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default 1.0)")
    parser.add_argument("--extra", default="", help=f"candidate features: {', '.join(CANDIDATES)}")
    args = parser.parse_args()
    extra = [n for n in args.extra.split(",") if n]
    if set(extra) - set(CANDIDATES) or (extra and args.fit):
        sys.exit(f"--extra {args.extra}: use names of {CANDIDATES}, and never with --fit")
    encoder, normaliser = default_encoder(), _normaliser()
    options = OPTIONS
    stories = [s for s in load_stories() if s.split in TUNE_SPLITS]
    data = {s.name: collect(s, {s.name: featurise(s, normaliser)}, encoder, options, extra)
            for s in stories}  # fmt: skip

    def stack(names: list[str]) -> tuple[np.ndarray, np.ndarray]:
        chosen = [it for n in names for it in data[n] if it[0] is not None]
        return np.vstack([it[0] for it in chosen]), np.concatenate([it[1] for it in chosen])  # type: ignore[misc]

    scores = {}
    for name in data:
        model = fit(*stack([n for n in data if n != name]), l2=args.l2)
        scores[name] = [None if it[0] is None else predict(model, it[0]) for it in data[name]]
    ranking(data, scores)
    print("version 9:", prf([(it[2], it[3], it[4]) for items in data.values() for it in items]))
    for cut in (0.1, 0.2, 0.3, 0.4, 0.5):
        print(f"gate {cut:.2f}:", simulate(data, scores, "gate", cut))
    for cut in (0.3, 0.4, 0.5):
        for add in (0.4, 0.5, 0.6, 0.7, 0.8):
            print(f"gate {cut:.2f} + free {add:.2f}:", simulate(data, scores, "gate", cut, add))
    for cut in (0.3, 0.5, 0.7):
        print(f"weight {cut:.2f}:", simulate(data, scores, "weight", cut))
    model = fit(*stack(list(data)), l2=args.l2)
    if args.fit:
        _write(model, args.l2)
    print("coefficients (standardised features):")
    names = (*FEATURES, *extra)
    for n, w in sorted(zip(names, model[2][:-1], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {n:14s} {w:+.3f}")


if __name__ == "__main__":
    main()
