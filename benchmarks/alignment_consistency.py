"""Consistency across versions as a second stage of the link scorer: measured on tuning splits.

Consistency-based multiple alignment (Notredame, Higgins & Heringa 2000, T-Coffee) rescores a
pair of sequences by what third sequences say about it: the *extended library* weight of a
pair (i of x, j of y) sums, over third versions c and their sentences k, ``min(W(i, k), W(k,
j))``. Here W is the link scorer's probability (:mod:`polyglot_news.comparison.link_scorer`)
of every sentence pair of every pair of versions, each story scored by the model fitted
without it (``alignment_scorer.py``'s leave-one-story-out); revisions count their links as 1.
For each sentence pair of two versions that are not revisions, over the third versions c:

* ``support`` ``max_k min(P_xc[i, k], P_yc[j, k])`` (mean and largest over c);
* ``conflict`` ``min(max_k P_xc[i, k], max_k P_yc[j, k]) - support`` (both sentences told in c,
  by different sentences; mean and largest);
* ``product`` ``sum_k P_xc[i, k] * P_yc[j, k]`` (T-Coffee's sum over k, with products);
* ``rival`` the best support of another sentence of the row and of the column, and the gap;
* ``one_sided`` ``r_i (1 - r_j) + r_j (1 - r_i)`` with ``r`` a sentence's best probability in c;
* ``missing`` ``max_k P_xc[i, k] (1 - P_yc[j, k])`` (and the other way): a partner in c of one
  side that the other side does not link (larger and smaller, mean; the least over c);
* ``overlap`` (per-story calibration): each version's mean best probability in the pair
  (smaller, larger), and the story's mean.

A second logistic model over the first stage's logit and each set (:data:`SETS`) is fitted
leaving each story out again, and its probability replaces the first stage's in the aligner's
policy (gate on version 9's links, then free pairs with evidence of their own, as
``alignment_scorer.py`` simulates it). ``logit`` alone (a recalibration, no consistency) is the
control: a set helps only where it beats it at the same number of links. Also counted: a veto,
the gate's links whose two sides each have a partner at 0.6 or more in some third version,
different ones, with no third version supporting the link.

Measured in docs/comparison.md ("Consistency across versions ... not kept"). Tuning splits only.

    python benchmarks/alignment_consistency.py
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment_accuracy import TUNE_SPLITS, _expand, _normaliser, featurise  # noqa: E402
from alignment_gold import gold_links, load_stories  # noqa: E402
from alignment_scorer import OPTIONS, Item, _kept, collect, fit, predict, prf  # noqa: E402

from polyglot_news.comparison.semantic import default_encoder  # noqa: E402

COLUMNS = (
    "logit", "support", "support_max", "conflict", "conflict_max", "product", "rival_row",
    "rival_col", "rival_gap", "one_sided", "missing_max", "missing_min", "missing_least",
    "overlap_min", "overlap_max", "overlap_story", "thirds",
)  # fmt: skip
SETS = {
    "logit (control)": ("logit",),
    "support": ("logit", "support", "support_max", "thirds"),
    "support, conflict, product": (
        "logit",
        "support",
        "support_max",
        "conflict",
        "conflict_max",
        "product",
        "thirds",
    ),
    "rivals": ("logit", "support", "rival_row", "rival_col", "rival_gap", "thirds"),
    "one-sided, missing": (
        "logit",
        "one_sided",
        "missing_max",
        "missing_min",
        "missing_least",
        "thirds",
    ),
    "overlap (per-story calibration)": ("logit", "overlap_min", "overlap_max", "overlap_story"),
    "all": COLUMNS,
}
POLICIES = ((0.4, 0.5), (0.5, 0.5), (0.3, 0.5), (0.4, 0.4))
"""(gate, free) cuts; 0.4 / 0.5 is the aligner's."""

Story = tuple[list[Item], list[tuple[int, int]], int, list[dict[tuple[int, int], str]]]
"""A story's items (``alignment_scorer.collect``), their pairs of versions, the number of
versions and the gold kinds of each pair."""


def _loso(stories: dict[str, Story], columns: dict[str, list] | None = None) -> dict[str, list]:
    """Each story's probabilities by the model fitted on the others (on the first stage's
    features, or on ``columns``: one array or None per item)."""
    xs = {name: [it[0] for it in story[0]] if columns is None else columns[name]
          for name, story in stories.items()}  # fmt: skip
    out = {}
    for name in stories:
        train = [
            (x, it[1])
            for other in stories
            if other != name
            for x, it in zip(xs[other], stories[other][0], strict=True)
            if x is not None
        ]
        model = fit(np.vstack([x for x, _ in train]), np.concatenate([y for _, y in train]))
        out[name] = [None if x is None else predict(model, x) for x in xs[name]]
    return out


def _matrices(story: Story, scores: list) -> dict[tuple[int, int], np.ndarray]:
    """Probability matrix of every pair of versions (revisions: their links as 1)."""
    items, pairs, _, _ = story
    out = {}
    for (x, y), it, s in zip(pairs, items, scores, strict=True):
        if s is None:
            m = np.zeros((it[5], it[6]))
            for i, j in it[2]:
                m[i, j] = 1.0
        else:
            m = s.reshape(it[5], it[6])
        out[x, y] = m
    return out


def _toward(p: dict[tuple[int, int], np.ndarray], x: int, c: int) -> np.ndarray:
    return p[x, c] if (x, c) in p else p[c, x].T


def _rival(m: np.ndarray, axis: int) -> np.ndarray:
    """The best other cell of each cell's row (axis 1) or column (axis 0); 0 when none."""
    if m.shape[axis] < 2:
        return np.zeros_like(m)
    s = np.sort(m, axis=axis)
    first = np.expand_dims(s.take(-1, axis=axis), axis)
    return np.where(m >= first, np.expand_dims(s.take(-2, axis=axis), axis), first)


def consistency(story: Story, scores: list) -> list[np.ndarray | None]:
    """:data:`COLUMNS` of every sentence pair of each pair of versions (None: revisions)."""
    items, pairs, versions, _ = story
    p = _matrices(story, scores)
    best = [s.reshape(it[5], it[6]).max(1).mean() for s, it in zip(scores, items, strict=True)
            if s is not None]  # fmt: skip
    story_mean = float(np.mean(best)) if best else 0.0
    out: list[np.ndarray | None] = []
    for (x, y), it, s in zip(pairs, items, scores, strict=True):
        if s is None:
            out.append(None)
            continue
        na, nb = it[5], it[6]
        per: dict[str, list[np.ndarray]] = {k: [] for k in ("sup", "con", "prod", "one")}
        per["mx"], per["mn"] = [], []
        for c in range(versions):
            if c in (x, y):
                continue
            a, b = _toward(p, x, c), _toward(p, y, c)
            if a.shape[1] == 0:
                continue
            sup = np.minimum(a[:, None, :], b[None, :, :]).max(-1)
            ra, rb = a.max(1)[:, None], b.max(1)[None, :]
            miss_a = (a[:, None, :] * (1 - b[None, :, :])).max(-1)
            miss_b = (b[None, :, :] * (1 - a[:, None, :])).max(-1)
            per["sup"].append(sup)
            per["con"].append(np.maximum(0.0, np.minimum(ra, rb) - sup))
            per["prod"].append(a @ b.T)
            per["one"].append(ra * (1 - rb) + rb * (1 - ra))
            per["mx"].append(np.maximum(miss_a, miss_b))
            per["mn"].append(np.minimum(miss_a, miss_b))
        p1 = s.reshape(na, nb)
        zero = np.zeros((na, nb))
        st = {k: np.stack(v) if v else zero[None] for k, v in per.items()}
        support = st["sup"].mean(0)
        rival_row, rival_col = _rival(support, 1), _rival(support, 0)
        over_a, over_b = p1.max(1).mean(), p1.max(0).mean()
        values = {
            "logit": np.log(np.clip(p1, 1e-6, 1 - 1e-6) / np.clip(1 - p1, 1e-6, 1)),
            "support": support, "support_max": st["sup"].max(0),
            "conflict": st["con"].mean(0), "conflict_max": st["con"].max(0),
            "product": np.minimum(st["prod"].mean(0), 2.0), "rival_row": rival_row,
            "rival_col": rival_col, "rival_gap": support - np.maximum(rival_row, rival_col),
            "one_sided": st["one"].mean(0), "missing_max": st["mx"].mean(0),
            "missing_min": st["mn"].mean(0), "missing_least": st["mx"].min(0),
            "overlap_min": min(over_a, over_b), "overlap_max": max(over_a, over_b),
            "overlap_story": story_mean, "thirds": min(len(per["sup"]), 4),
        }  # fmt: skip
        out.append(np.stack([np.broadcast_to(values[k], (na, nb)).reshape(-1) for k in COLUMNS], 1))
    return out


def policy(stories: dict[str, Story], scores: dict[str, list], gate: float, add: float) -> str:
    """P / R / F1 (counts) and recall of reworded gold pairs of the gate-and-free policy."""
    results, found, reworded = [], 0, 0
    for name, (items, _, _, kinds) in stories.items():
        for k, it in enumerate(items):
            kept = it[2] if it[0] is None else _kept(it, scores[name][k], "gate", gate, add)
            results.append((kept, it[3], it[4]))
            gold = {pair for pair, kind in kinds[k].items() if kind == "reworded"}
            found, reworded = found + len(gold & kept), reworded + len(gold)
    return f"{prf(results)}, reworded recall {found / max(reworded, 1):.3f}"


def veto(stories: dict[str, Story], scores: dict[str, list], strong: float = 0.6) -> str:
    """Right and wrong links of the aligner's policy that a hard consistency veto would drop."""
    right = wrong = 0
    for name, story in stories.items():
        items, pairs, versions, _ = story
        p = _matrices(story, scores[name])
        for k, ((x, y), it) in enumerate(zip(pairs, items, strict=True)):
            if it[0] is None:
                continue
            for i, j in _kept(it, scores[name][k], "gate", 0.4, 0.5) - it[4]:
                agree = differ = 0
                for c in (c for c in range(versions) if c not in (x, y)):
                    a, b = _toward(p, x, c)[i], _toward(p, y, c)[j]
                    if a.size and a.max() >= strong and b.max() >= strong:
                        agree += int(a.argmax() == b.argmax())
                        differ += int(a.argmax() != b.argmax())
                if differ and not agree:
                    right, wrong = right + ((i, j) in it[3]), wrong + ((i, j) not in it[3])
    return (f"veto (both sides told in a third version by different sentences, in none by one): "
            f"drops {right} right, {wrong} wrong links")  # fmt: skip


def main() -> None:
    """Print each set's policies against the first stage and the control."""
    encoder, normaliser = default_encoder(), _normaliser()
    stories: dict[str, Story] = {}
    for s in load_stories():
        if s.split not in TUNE_SPLITS:
            continue
        names = list(s.versions)
        pairs = list(combinations(range(len(names)), 2))
        kinds = [_expand([(g.a, g.b, g.kind) for g in gold_links(s, names[x], names[y])])
                 for x, y in pairs]  # fmt: skip
        items = collect(s, {s.name: featurise(s, normaliser)}, encoder, OPTIONS)
        stories[s.name] = (items, pairs, len(names), kinds)
    first = _loso(stories)
    for gate, add in POLICIES:
        print(f"first stage, gate {gate} + free {add}: {policy(stories, first, gate, add)}")
    print(veto(stories, first))
    columns = {name: consistency(story, first[name]) for name, story in stories.items()}
    for label, chosen in SETS.items():
        keep = [COLUMNS.index(c) for c in chosen]
        second = _loso(stories, {n: [None if f is None else f[:, keep] for f in columns[n]]
                                 for n in columns})  # fmt: skip
        for gate, add in POLICIES:
            print(f"{label}, gate {gate} + free {add}: {policy(stories, second, gate, add)}")


if __name__ == "__main__":
    main()
