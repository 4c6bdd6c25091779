"""Accuracy and throughput of polyglot_news language detection vs langdetect as shipped.

Runs both detectors on the held-out set built by ``scripts/build_langid_eval.py``
(``benchmarks/data/langid_eval.tsv.gz``: label TAB text) in one process, and prints overall
accuracy, accuracy on texts of 20-60 characters, per-language accuracy side by side, and
throughput (texts/s) of each. A text a detector refuses (too short, no features) counts wrong.

    python benchmarks/langid_accuracy.py [--data PATH] [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "data" / "langid_eval.tsv.gz"


def load(path: Path, limit: int | None) -> list[tuple[str, str]]:
    """``[(label, text)]`` from a gzipped TSV with a header line; every k-th row for --limit."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [tuple(line.rstrip("\n").split("\t", 1)) for line in handle][1:]
    if limit and limit < len(rows):
        rows = rows[:: len(rows) // limit][:limit]
    return [(label, text) for label, text in rows]


def langdetect_as_shipped() -> Callable[[str], str]:
    """langdetect with its shipped profiles, seeded 0 on a private factory (no global seed)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)

    def run(text: str) -> str:
        detector = factory.create()
        detector.seed = 0
        detector.append(text)
        return str(detector.detect())

    return run


def polyglot_news_detector(reliable: list[bool]) -> Callable[[str], str]:
    """polyglot_news.langid.LanguageDetector with its defaults; appends each ``reliable``."""
    from polyglot_news.langid import LanguageDetector

    detector = LanguageDetector()
    detector("Warm-up text so that profiles are loaded before timing.")

    def run(text: str) -> str:
        reliable.append(False)  # replaced below unless detection raises
        result = detector(text)
        reliable[-1] = result.reliable
        return result.language

    return run


def evaluate(name: str, fn: Callable[[str], str], rows: list[tuple[str, str]]) -> dict:
    """Run ``fn`` on every row; return predictions and timing."""
    predictions, start = [], time.perf_counter()
    for _label, text in rows:
        try:
            predictions.append(fn(text))
        except Exception:  # noqa: BLE001 - a refusal counts as a miss
            predictions.append("")
    return {"name": name, "pred": predictions, "seconds": time.perf_counter() - start}


def accuracy(rows: list[tuple[str, str]], pred: list[str], keep: Callable[[str], bool]) -> str:
    """Percentage correct among rows whose text passes ``keep``."""
    hits = [p == label for (label, text), p in zip(rows, pred, strict=True) if keep(text)]
    return f"{100 * sum(hits) / len(hits):6.2f}%" if hits else "   n/a"


def main() -> None:
    """Print the side-by-side report."""
    parser = argparse.ArgumentParser(description="langid accuracy and throughput")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="evaluate an even sample of N")
    parser.add_argument("--errors", type=int, default=0, help="print N polyglot_news errors")
    args = parser.parse_args()
    rows = load(args.data, args.limit)
    base = langdetect_as_shipped()
    base("Warm-up text so that profiles are loaded before timing.")
    flags: list[bool] = []
    runs = [
        evaluate("langdetect", base, rows),
        evaluate("polyglot_news", polyglot_news_detector(flags), rows),
    ]
    short = sum(20 <= len(t) <= 60 for _, t in rows)
    print(f"{len(rows)} texts from {args.data.name}; {short} of 20-60 chars")
    print(f"{'':14}{'langdetect':>12}{'polyglot_news':>15}")
    for title, keep in (("overall", lambda t: True), ("20-60 chars", lambda t: 20 <= len(t) <= 60)):
        cells = [accuracy(rows, run["pred"], keep) for run in runs]
        print(f"{title:14}{cells[0]:>12}{cells[1]:>15}")
    rates = [len(rows) / run["seconds"] for run in runs]
    print(f"{'texts/s':14}{rates[0]:12.0f}{rates[1]:15.0f}   ratio {rates[1] / rates[0]:.2f}x")
    wrong = [
        ok for (label, _t), p, ok in zip(rows, runs[1]["pred"], flags, strict=True) if p != label
    ]
    right = [
        ok for (label, _t), p, ok in zip(rows, runs[1]["pred"], flags, strict=True) if p == label
    ]
    print(
        f"polyglot_news reliable=False on {100 * wrong.count(False) / max(1, len(wrong)):.0f}% "
        f"of its errors and {100 * right.count(False) / max(1, len(right)):.1f}% of its hits"
    )
    by_lang: dict[str, list[int]] = defaultdict(list)
    for index, (label, _text) in enumerate(rows):
        by_lang[label].append(index)
    print("per language (n, langdetect, polyglot_news):")
    for label in sorted(by_lang):
        idx = by_lang[label]
        cells = [100 * sum(run["pred"][i] == label for i in idx) / len(idx) for run in runs]
        print(f"  {label:6}{len(idx):6}{cells[0]:9.1f}%{cells[1]:9.1f}%")
    shown = 0
    for (label, text), pred in zip(rows, runs[1]["pred"], strict=True):
        if pred != label and shown < args.errors:
            print(f"  ERR {label}->{pred or '-'}: {text[:100]}")
            shown += 1


if __name__ == "__main__":
    main()
