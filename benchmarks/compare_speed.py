"""Speed of the comparison engine on N versions of an 800-word article vs a difflib baseline.

Generates, deterministically (seeded), an 800-word article of ~40 sentences in 8 paragraphs
and 49 variants of it (word edits, number changes, a moved paragraph or sentence, inserted and
dropped sentences), then times in one run, best of ``--repeat``:

* **ours**: ``compare_texts`` on all versions: sentence split, the base against each version
  (alignment with moves, word diffs, labels), the all-pairs matrix, the claims table (links of
  all pairs grouped into claims, from which the unique sentences follow);
* **0.1.0**: the comparison path before the cross-outlet aligner (``compare_v010.py``: surface
  similarity with a 0.5 cut-off, unique sentences instead of claims), on the same versions;
  the target is ours / 0.1.0 <= 2;
* **baseline**: the same sentence split, ``difflib.SequenceMatcher`` over sentence lists for
  the base against each version (``get_opcodes``), and ``ratio()`` over sentence lists for all
  pairs.

It prints the ratio ours / baseline, how each part's cost grows from 10 to 50 versions against
the number of pairs and the ratio ours / 0.1.0 at 50 versions in ``--runs`` more runs, and
writes the figures under "## Comparison" in
``docs/benchmarks.md`` (replacing that section only).

    python benchmarks/compare_speed.py [--repeat 3] [--runs 5] [--no-write]
"""

from __future__ import annotations

import argparse
import difflib
import gc
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import compare_v010  # noqa: E402
from _docs import replace_section  # noqa: E402

from polyglot_news.comparison import engine  # noqa: E402
from polyglot_news.comparison.engine import (  # noqa: E402
    DiffOptions,
    compare_texts,
    similarity_matrix,
    split_text,
)
from polyglot_news.comparison.links import link_sentences, term_weights  # noqa: E402
from polyglot_news.comparison.similarity import (  # noqa: E402
    SentenceFeatures,
    sentence_features,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
WORDS = (
    "troops forces region border village officials ministry army soldiers drones artillery "
    "attack offensive defence command report statement losses equipment supply front line "
    "city town bridge river night morning week shelling strike units brigade fighters "
    "deployment exercise agreement talks government president spokesman agency media"
).split()
NAMES = ["Kursk", "Sudzha", "Pyongyang", "Seoul", "Moscow", "Kyiv", "KCNA", "Belgorod"]
VERBS = ["said", "claimed", "confirmed", "reported", "denied", "admitted"]
HEDGES = ["about", "up to", "at least", "nearly", "more than"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(14, 20))]
    words[rng.randrange(len(words))] = rng.choice(NAMES)
    words.insert(rng.randrange(len(words)), f"{rng.choice(HEDGES)} {rng.randint(2, 90)},000")
    words.insert(rng.randrange(len(words)), rng.choice(VERBS))
    return " ".join(words).capitalize() + "."


def make_article(rng: random.Random) -> list[list[str]]:
    """About 800 words: 8 paragraphs of 5 sentences."""
    return [[_sentence(rng) for _ in range(5)] for _ in range(8)]


def _edit_sentence(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    k = rng.randrange(len(words) - 1)
    words[k] = rng.choice(VERBS + HEDGES + WORDS)
    return " ".join(words)


def make_variant(base: list[list[str]], rng: random.Random) -> str:
    """A version of the article: edits, a move, an insertion and a deletion or two."""
    paragraphs = [list(p) for p in base]
    for _ in range(rng.randint(2, 6)):
        p = rng.choice(paragraphs)
        k = rng.randrange(len(p))
        p[k] = _edit_sentence(p[k], rng)
    if rng.random() < 0.5:
        paragraphs.insert(rng.randrange(len(paragraphs)), paragraphs.pop(rng.randrange(8)))
    else:
        p = rng.choice(paragraphs)
        rng.choice(paragraphs).insert(0, p.pop(rng.randrange(len(p))))
    for _ in range(rng.randint(0, 2)):
        rng.choice(paragraphs).append(_sentence(rng))
    for _ in range(rng.randint(0, 2)):
        p = rng.choice(paragraphs)
        if len(p) > 1:
            p.pop(rng.randrange(len(p)))
    return "\n\n".join(" ".join(p) for p in paragraphs)


def make_versions(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """The base article and n - 1 variants, as (id, text)."""
    rng = random.Random(seed)
    base = make_article(rng)
    texts = ["\n\n".join(" ".join(p) for p in base)]
    texts += [make_variant(base, rng) for _ in range(n - 1)]
    return [(f"v{k:02d}", text) for k, text in enumerate(texts)]


def baseline(texts: list[tuple[str, str]]) -> None:
    """Sentence split, difflib opcodes for base vs each, ratio() for all pairs."""
    difflib_only([split_text(text, "en") for _, text in texts])


def difflib_only(sentences: list[list[str]]) -> None:
    """The baseline's difflib part, on sentences split beforehand."""
    for other in sentences[1:]:
        difflib.SequenceMatcher(None, sentences[0], other, autojunk=False).get_opcodes()
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            difflib.SequenceMatcher(None, sentences[i], sentences[j], autojunk=False).ratio()


def _difflib_on(_texts: list[tuple[str, str]], sentences: list[list[str]]) -> None:
    """``difflib_only`` with the signature ``best`` calls."""
    difflib_only(sentences)


def ours(texts: list[tuple[str, str]]) -> None:
    """The whole comparison engine."""
    compare_texts(texts, language="en", options=DiffOptions())


def old(texts: list[tuple[str, str]]) -> None:
    """The 0.1.0 comparison path (split, then ``compare_v010.compare_sentences``)."""
    compare_v010.compare_sentences([(i, split_text(t, "en")) for i, t in texts], language="en")


def ours_presplit(texts: list[tuple[str, str]], sentences: list[list[str]]) -> None:
    """The engine with a splitter that looks up sentences split beforehand."""
    table = {text: version for (_, text), version in zip(texts, sentences, strict=True)}
    compare_texts(texts, language="en", splitter=lambda text, _lang: table[text])


def parts(texts: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds spent on the engine's parts as ``compare_sentences`` does them: split, features
    (once per distinct sentence), matrix, the base's links with each version (shared by the
    pair comparisons and the claims), and the claims table (timed inside a whole comparison,
    so with the cell diffs it reuses from the pair comparisons); the rest of ours is the pair
    comparisons' changes."""
    start = time.process_time()
    sentences = [split_text(t, "en") for _, t in texts]
    split = time.process_time()
    made: dict[str, SentenceFeatures] = {}
    features = [
        [made.get(s) or made.setdefault(s, sentence_features(s)) for s in version]
        for version in sentences
    ]
    mid = time.process_time()
    similarity_matrix(features)
    after = time.process_time()
    weights = term_weights(features)
    options = DiffOptions().link_options()
    for k in range(1, len(features)):
        link_sentences(features[0], features[k], weights=weights, options=options)
    linked = time.process_time()
    return {
        "split": split - start,
        "features": mid - split,
        "matrix": after - mid,
        "base links": linked - after,
        "claims": _claims_time(texts),
    }


def _claims_time(texts: list[tuple[str, str]]) -> float:
    """CPU seconds ``engine.claims_of`` takes inside one ``compare_texts`` of ``texts``."""
    spent: list[float] = []
    real = engine.claims_of

    def timed(*args: Any, **kwargs: Any) -> Any:
        begin = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent.append(time.process_time() - begin)

    engine.claims_of = timed  # type: ignore[assignment]
    try:
        compare_texts(texts, language="en")
    finally:
        engine.claims_of = real  # type: ignore[assignment]
    return sum(spent)


def best(run: Callable[[list[tuple[str, str]]], object], texts: list, repeat: int) -> float:
    """Least CPU time of ``repeat`` runs (process time: robust to other jobs on the machine)."""
    return side_by_side({"run": run}, texts, repeat)["run"]


def side_by_side(
    runs: dict[str, Callable[[list[tuple[str, str]]], object]], texts: list, repeat: int
) -> dict[str, float]:
    """Least CPU time of each of ``runs`` over ``repeat`` rounds, the runs taking turns within
    each round (so a change of load on this shared machine falls on all of them alike), each
    started after a full garbage collection (so none pays for the garbage of the one before)."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            start = time.process_time()
            run(texts)
            times[name].append(time.process_time() - start)
    return {name: min(spent) for name, spent in times.items()}


def measure(repeat: int) -> list[str]:
    """Run the measurements and return the report lines (Markdown)."""
    all_texts = make_versions(50)
    words = len(all_texts[0][1].split())
    lines = [
        f"Base article: {words} words; versions derived by seeded edits, moves, insertions and "
        "deletions. `python benchmarks/compare_speed.py` (best of "
        f"{repeat}, one process, CPU times in ms; ours, 0.1.0 and the baseline take turns; "
        "base links: the base's sentence links with each version, shared by the pair "
        "comparisons and the claims; claims: the claims table given those (links of the other "
        "pairs, grouping, cells); base-vs-each: the pair comparisons' changes, ours minus the "
        "other parts).",
        "",
        "| versions | pairs | ours | 0.1.0 | ours/0.1.0 | difflib baseline | ours/baseline "
        "| pre-split: ours / difflib | split | features "
        "| matrix | base links | claims | base-vs-each | matrix per pair |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    growth: dict[int, tuple[float, float]] = {}
    for n in (10, 20, 30, 40, 50):
        texts = all_texts[:n]
        pairs = n * (n - 1) // 2
        timed = side_by_side({"ours": ours, "old": old, "baseline": baseline}, texts, repeat)
        t_ours, t_old, t_base = timed["ours"], timed["old"], timed["baseline"]
        sentences = [split_text(t, "en") for _, t in texts]
        t_ours_pre = best(partial(ours_presplit, sentences=sentences), texts, repeat)
        t_base_pre = best(partial(_difflib_on, sentences=sentences), texts, repeat)
        split = min((parts(texts) for _ in range(repeat)), key=lambda d: sum(d.values()))
        detail = max(t_ours - sum(split.values()), 0.0)
        growth[n] = (t_ours, split["matrix"])
        without_claims = (t_ours - split["claims"], t_old)
        ms = {k: f"{v * 1e3:.0f}" for k, v in split.items()}
        lines.append(
            f"| {n} | {pairs} | {t_ours * 1e3:.0f} | {t_old * 1e3:.0f} | {t_ours / t_old:.2f}x "
            f"| {t_base * 1e3:.0f} | {t_ours / t_base:.1f}x "
            f"| {t_ours_pre * 1e3:.0f} / {t_base_pre * 1e3:.0f} = {t_ours_pre / t_base_pre:.1f}x "
            f"| {ms['split']} | {ms['features']} | {ms['matrix']} | {ms['base links']} "
            f"| {ms['claims']} "
            f"| {detail * 1e3:.0f} | {split['matrix'] / pairs * 1e6:.0f} us |"
        )
    (t10, m10), (t50, m50) = growth[10], growth[50]
    lines += [
        "",
        f"From 10 to 50 versions the number of pairs grows {1225 / 45:.1f}x and the number of "
        f"versions 5x; the whole comparison grew {t50 / t10:.1f}x and the all-pairs matrix "
        f"{m50 / max(m10, 1e-9):.1f}x (one set intersection per pair: linear in the pairs; "
        "the rest is linear in the versions).",
        "",
        f"At 50 versions the comparison without the claims table (which 0.1.0 did not have: "
        f"links of all pairs, grouping, cell diffs) takes {without_claims[0] * 1e3:.0f} ms, "
        f"{without_claims[0] / without_claims[1]:.2f}x the 0.1.0 path.",
    ]
    return lines


def reruns(repeat: int, runs: int) -> list[str]:
    """The ratio ours / 0.1.0 at 50 versions in ``runs`` more runs, in the order they ran, each
    the best of ``repeat`` of both side by side (:func:`side_by_side`).

    The machine is shared: one run's ratio moves by tens of percent with the other jobs. The
    ratios were once printed sorted, which read as a ratio rising run by run; measured in order
    (30 single runs of each, alternately) the first and second halves had the same median
    ratio (2.09x, 2.07x), and no cache, live object count or collection count grew.
    """
    texts = make_versions(50)
    ratios = []
    for _ in range(runs):
        timed = side_by_side({"ours": ours, "old": old}, texts, repeat)
        ratios.append(timed["ours"] / timed["old"])
    median = sorted(ratios)[len(ratios) // 2]
    return [
        "",
        f"ours / 0.1.0 at 50 versions in {runs} more runs, in the order they ran (best of "
        f"{repeat} each, side by side): "
        + ", ".join(f"{r:.2f}x" for r in ratios)
        + f" (median {median:.2f}x; target <= 2x).",
    ]


def write_section(lines: list[str]) -> None:
    """Replace (or append) the "## Comparison" section of docs/benchmarks.md."""
    replace_section("## Comparison", "## Comparison\n\n" + "\n".join(lines) + "\n\n", DOCS)


def main() -> None:
    """Measure, print, and write the docs section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5, help="more runs at 50 versions")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    lines = measure(args.repeat) + reruns(args.repeat, args.runs)
    print("\n".join(lines))
    if not args.no_write:
        write_section(lines)
        print(f"written to {DOCS}")


if __name__ == "__main__":
    main()
