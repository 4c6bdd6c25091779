"""Fit the link kind model (:mod:`polyglot_news.comparison.link_kinds`, aligner version 12)
on the tuning splits, and measure it leaving each story out.

For every story of the tuning splits (:data:`alignment_accuracy.TUNE_SPLITS`; never the check
splits), the links of every pair of versions (:func:`~polyglot_news.comparison.pivot_links.
story_links` with ``kind_cut=None``: the coverage rule's kinds) are read; in every pair that
is not a revision of one text, each one-to-one link
that is neither ``same`` nor additional and that the gold confirms (its pair is a gold pair
whose kind is reworded or partial) is one row: :func:`~polyglot_news.comparison.link_kinds.
kind_features`, label partial. A logistic regression (``alignment_scorer.fit``) is fitted
leaving each story out, and each story's rows are classified by the model fitted without it;
printed: accuracy and the F1 of reworded and of partial (kind must match, on these rows), for
the coverage rule and for the model at several cuts. ``--fit`` writes the model fitted on all
rows to ``polyglot_news/data/alignment/link_kinds.json``.

    python benchmarks/alignment_kinds.py [--fit] [--l2 1.0]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment_accuracy import TUNE_SPLITS, _expand, _normaliser, featurise  # noqa: E402
from alignment_gold import gold_links, load_stories  # noqa: E402
from alignment_scorer import fit, predict  # noqa: E402

from polyglot_news.comparison.agreement import term_weights  # noqa: E402
from polyglot_news.comparison.link_kinds import (  # noqa: E402
    KIND_FEATURES,
    KIND_MODEL,
    _fan,
    fanouts,
    kind_features,
)
from polyglot_news.comparison.links import LinkOptions, is_revision  # noqa: E402
from polyglot_news.comparison.pivot_links import story_links  # noqa: E402
from polyglot_news.comparison.semantic import default_encoder  # noqa: E402

Row = tuple[str, list[float], bool, bool]
"""Story, features, gold partial, the coverage rule's partial."""


def rows_of(encoder: object) -> list[Row]:
    """The rows of every tuning story (module docstring)."""
    normaliser, options = _normaliser(), replace(LinkOptions(), kind_cut=None)
    out: list[Row] = []
    for story in load_stories():
        if story.split not in TUNE_SPLITS:
            continue
        feats, versions = featurise(story, normaliser), list(story.versions)
        f = [feats[v] for v in versions]
        weights = term_weights(f)
        found = story_links(f, weights=weights, options=options, encoder=encoder)  # type: ignore[arg-type]
        if len(versions) < 3:
            continue
        fans = fanouts(found)
        for (x, y), links in found.items():
            if is_revision(f[x], f[y], options):  # the coverage rule stays there
                continue
            gold = _expand(
                [(g.a, g.b, g.kind) for g in gold_links(story, versions[x], versions[y])]
            )
            for k in links:
                if k.kind == "same" or k.additional or len(k.a) != 1 or len(k.b) != 1:
                    continue
                i, j = k.a[0], k.b[0]
                if gold.get((i, j)) not in ("reworded", "partial"):
                    continue
                row = kind_features(f[x][i], f[y][j], weights, _fan(fans[x, i], y),
                                    _fan(fans[y, j], x))  # fmt: skip
                out.append((story.name, row, gold[i, j] == "partial", k.kind == "partial"))
    return out


def scores(truth: np.ndarray, partial: np.ndarray) -> str:
    """Accuracy and the kind-matched F1 of reworded and of partial."""
    f1 = []
    for kind in (False, True):
        hit = float(((partial == kind) & (truth == kind)).sum())
        p, r = (
            hit / max(float((partial == kind).sum()), 1),
            hit / max(float((truth == kind).sum()), 1),
        )
        f1.append(2 * p * r / max(p + r, 1e-9))
    return f"accuracy {(partial == truth).mean():.3f}, F1 reworded {f1[0]:.3f}, partial {f1[1]:.3f}"


def main() -> None:
    """Measure leaving each story out (and ``--fit``: write the model)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help=f"write the model to {KIND_MODEL}")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default 1.0)")
    args = parser.parse_args()
    rows = rows_of(default_encoder())
    story = np.array([r[0] for r in rows])
    X = np.array([r[1] for r in rows])
    y = np.array([r[2] for r in rows])
    rule = np.array([r[3] for r in rows])
    print(f"{len(rows)} right one-to-one links, {int(y.sum())} partial in the gold")
    print("coverage rule:", scores(y, rule))
    loso = np.zeros(len(rows))
    for name in sorted(set(story)):
        held = story == name
        loso[held] = predict(fit(X[~held], y[~held].astype(float), args.l2), X[held])
    for cut in (0.3, 0.35, 0.4, 0.45, 0.5):
        print(f"model, partial at {cut:.2f}:", scores(y, loso >= cut))
    mean, scale, w = fit(X, y.astype(float), args.l2)
    for name, value in sorted(zip(KIND_FEATURES, w[:-1], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:10s} {value:+.3f}")
    if args.fit:
        rounded = [[round(float(v), 9) for v in values] for values in (mean, scale, w[:-1])]
        data = {"features": list(KIND_FEATURES), "fitted_on": list(TUNE_SPLITS), "l2": args.l2,
                "mean": rounded[0], "scale": rounded[1], "weights": rounded[2],
                "bias": round(float(w[-1]), 9)}  # fmt: skip
        KIND_MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {KIND_MODEL}")


if __name__ == "__main__":
    main()
