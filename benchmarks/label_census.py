"""Which labels the gold same-fact pairs get: a census for the labels that must stay rare.

Every gold link between two English versions of the alignment stories
(``benchmarks/data/alignment``; a link joins sentences that report one fact) is word-diffed
and labelled (:func:`polyglot_news.comparison.labels.label_diff`). Two wordings of one fact
seldom contradict each other, so each ``opposite`` and ``name`` label printed here is read by
hand: a planted contradiction or a different place, or a false label. Prints, per split group
(tuning, check), how many pairs carry each label, then the pairs with the labels asked for.

    python benchmarks/label_census.py [--show opposite,name]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alignment_accuracy import CHECK_SPLITS, TUNE_SPLITS  # noqa: E402
from alignment_gold import gold_links, load_stories, version_pairs  # noqa: E402

from polyglot_news.comparison.labels import LABELS, label_diff  # noqa: E402
from polyglot_news.comparison.worddiff import word_diff  # noqa: E402


def main() -> None:
    """Print the census (see module)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", default="opposite,name", help="labels whose pairs to print")
    show = set(parser.parse_args().show.split(","))
    counts: dict[str, Counter[str]] = {"tuning": Counter(), "check": Counter()}
    for story in load_stories():
        group = "tuning" if story.split in TUNE_SPLITS else "check"
        if story.split not in TUNE_SPLITS + CHECK_SPLITS:
            continue
        for va, vb in version_pairs(story):
            if not (va.endswith("_en") and vb.endswith("_en")):
                continue
            for link in gold_links(story, va, vb):
                a = " ".join(story.versions[va][i][1] for i in link.a)
                b = " ".join(story.versions[vb][j][1] for j in link.b)
                labels = label_diff(word_diff(a, b)).labels
                counts[group].update(["pairs", *labels])
                for label in show & set(labels):
                    print(f"{group} {story.name} {va}/{vb} [{label}]\n  a: {a}\n  b: {b}")
    for group, found in counts.items():
        cells = ", ".join(f"{label} {found[label]}" for label in LABELS)
        print(f"{group}: {found['pairs']} same-fact pairs; {cells}")


if __name__ == "__main__":
    main()
