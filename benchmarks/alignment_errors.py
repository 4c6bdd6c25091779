"""The aligner's errors on the tuning splits, sorted by cause: wrong links and missed gold pairs.

For every story of the tuning splits (:data:`alignment_accuracy.TUNE_SPLITS`; never the check
splits, whose sentences must not shape a rule) the new aligner links every pair of versions as
``alignment_accuracy.py`` does, and each sentence pair is sorted:

* a **wrong link** (predicted, neither gold nor *possible*), by the shape of the link it is in
  (``1:1``, ``1:2``, ``additional``) and its kind;
* a **miss** (gold, not predicted), by whether each of its sentences is linked to another one in
  the pair (``a free`` / ``a linked``) and by the gold group it belongs to (``gold 1:2``: one
  sentence of a shares the fact with two of b), which tells a reworded pair no evidence reached
  from the second partner of a one-to-two link and from a many-to-many group.

With ``--steps`` it also measures what each step of the aligner adds (gold pairs and pairs
linked, tuning splits together) by turning it off: moves, gap links, merges, figure links,
links through third versions, headline rules.

    python benchmarks/alignment_errors.py [--list] [--steps] [--story NAME]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment_accuracy import TUNE_SPLITS, Tally, _expand, _normaliser, featurise  # noqa: E402
from alignment_gold import Story, gold_links, load_stories, possible_pairs  # noqa: E402

from polyglot_news.comparison.links import LinkOptions, SentenceLink, term_weights  # noqa: E402
from polyglot_news.comparison.pivot_links import story_links  # noqa: E402
from polyglot_news.comparison.semantic import default_encoder  # noqa: E402

STEPS = {
    "moves": {"moves": False},
    "gap links": {"gap": 1.0},
    "merges (1-to-2)": {"merge": False},
    "figure links": {"figures": None},
    "links through third versions": {"pivots": None},
    "headline rules": {"headlines": False},
}
"""Each step of the aligner and the options that turn it off."""


def _shape(link: SentenceLink) -> str:
    if link.additional:
        return "additional"
    return "1:1" if len(link.a) == len(link.b) == 1 else "1:2"


def _group(gold: dict[tuple[int, int], str], i: int, j: int) -> str:
    """The gold group of pair (i, j): how many sentences of b share a fact with a's i, and of a
    with b's j."""
    return f"gold {len({y for x, y in gold if x == i})}:{len({x for x, y in gold if y == j})}"


def errors(story: Story, feats: dict, options: LinkOptions, encoder: object, out: list[str],
           causes: Counter[str]) -> Tally:  # fmt: skip
    """Sort the wrong links and misses of one story into ``causes`` (lines into ``out``)."""
    versions = list(story.versions)
    f = feats[story.name]
    found = story_links([f[v] for v in versions], weights=term_weights(list(f.values())),
                        options=options, encoder=encoder)  # type: ignore[arg-type]  # fmt: skip
    tally = Tally()
    for (x, y), links in found.items():
        va, vb = versions[x], versions[y]
        fa, fb = f[va], f[vb]
        gold = _expand([(g.a, g.b, g.kind) for g in gold_links(story, va, vb)])
        maybe = possible_pairs(story, va, vb)
        pred = _expand([(k.a, k.b, k.kind) for k in links])
        tally.add(gold, pred, len(fa), len(fb), maybe)
        of = {(i, j): k for k in links for i in k.a for j in k.b}
        linked_a = {i for k in links for i in k.a}
        linked_b = {j for k in links for j in k.b}
        for (i, j), kind in sorted(pred.items()):
            if (i, j) in gold or (i, j) in maybe:
                continue
            cause = f"wrong: {_shape(of[i, j])} {kind}"
            causes[cause] += 1
            out.append(f"{cause} | {story.name} {va}#{i} ~ {vb}#{j} score {of[i, j].score:.2f}\n"
                       f"    {fa[i].text}\n    {fb[j].text}")  # fmt: skip
        for (i, j), kind in sorted(gold.items()):
            if (i, j) in pred:
                continue
            sides = ("a linked" if i in linked_a else "a free",
                     "b linked" if j in linked_b else "b free")  # fmt: skip
            cause = f"missed: {', '.join(sorted(sides))}, {_group(gold, i, j)}"
            causes[cause] += 1
            out.append(f"{cause} ({kind}) | {story.name} {va}#{i} ~ {vb}#{j}\n"
                       f"    {fa[i].text}\n    {fb[j].text}")  # fmt: skip
    return tally


def main() -> None:
    """Print the causes (and, with ``--list``, every wrong link and miss)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong link and miss")
    parser.add_argument("--steps", action="store_true", help="measure what each step adds")
    parser.add_argument("--story", default=None, help="one story of the tuning splits only")
    args = parser.parse_args()
    stories = [s for s in load_stories() if s.split in TUNE_SPLITS]
    if args.story is not None:
        stories = [s for s in stories if s.name == args.story]
        if not stories:
            sys.exit(f"--story {args.story}: not a story of the tuning splits {TUNE_SPLITS}")
    encoder = default_encoder()
    normaliser = _normaliser()
    feats = {s.name: featurise(s, normaliser) for s in stories}
    options = LinkOptions()
    lines: list[str] = []
    causes: Counter[str] = Counter()
    total = Tally()
    for story in stories:
        total.c.update(errors(story, feats, options, encoder, lines, causes).c)
    if args.list:
        print("\n".join(lines))
    p, r, f1 = total.prf()
    hit, pred, gold = total.c["hit"], total.c["pred"], total.c["gold"]
    print(f"tuning splits: P / R / F1 {p:.3f} / {r:.3f} / {f1:.3f} "
          f"({hit} of {pred} linked pairs right, {gold} gold)")  # fmt: skip
    for cause, n in sorted(causes.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1], kv[0])):
        print(f"{n:5d}  {cause}")
    if args.steps:
        print("\nwhat each step adds (turned off one at a time):")
        for step, off in STEPS.items():
            without = Tally()
            for story in stories:
                without.c.update(errors(story, feats, replace(options, **off), encoder, [],
                                        Counter()).c)  # fmt: skip
            hits = total.c["hit"] - without.c["hit"]
            preds = total.c["pred"] - without.c["pred"]
            share = f", {hits / preds:.2f} right" if 0 < preds and 0 <= hits <= preds else ""
            print(f"  {step}: gold pairs {hits:+d}, pairs linked {preds:+d}{share}")


if __name__ == "__main__":
    main()
