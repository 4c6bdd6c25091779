"""Links, e-mail addresses, @handles and #hashtags through translation: how many come back intact.

Runs :class:`~polyglot_news.translate.engine.TranslationEngine` on the sentences of
``benchmarks/data/links/sentences.tsv`` (written for this project; every span is inside its
sentence, not at an edge) with the project's fixture Argos packages (``examples/models``, or
``--models DIR``), twice:

* before: ``protect_links=False``, the sentence sent as written and the model's output kept
  (what polyglot_news did up to issue 13's follow-up);
* after:  ``protect_links=True`` (the default): translate, repair bent spans, else translate the
  text around the spans piece by piece (:mod:`polyglot_news.translate.spans`).

A span counts as intact when it appears byte-identical in the translation, each occurrence in
order. Also printed: what the first, whole-sentence translation did with each span (held as
written, bent and repaired, or lost), which says how often the piece-by-piece path was needed.

    python benchmarks/link_protection.py [--models DIR] [--failures]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "links" / "sentences.tsv"


def load(path: Path) -> list[tuple[str, str, str]]:
    """``(source, target, sentence)`` rows of the table."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, target, sentence = line.split("\t")
            rows.append((source, target, sentence))
    return rows


def intact(sentence: str, translation: str) -> tuple[int, int]:
    """``(kept, total)``: the spans of ``sentence`` found as written, in order, in the output."""
    from polyglot_news.translate.spans import find_spans

    kept, position = 0, 0
    spans = [sentence[s:e] for s, e in find_spans(sentence)]
    for span in spans:
        found = translation.find(span, position)
        if found >= 0:
            kept, position = kept + 1, found + len(span)
    return kept, len(spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=ROOT / "examples" / "models")
    parser.add_argument("--failures", action="store_true", help="print the outputs that lose one")
    args = parser.parse_args(argv)
    from polyglot_news.translate.argos import ArgosTranslator
    from polyglot_news.translate.engine import TranslationEngine
    from polyglot_news.translate.spans import find_spans, repair

    rows = load(DATA)
    translator = ArgosTranslator(extra_packages=sorted(args.models.glob("*.argosmodel")))
    first: Counter[str] = Counter()
    for source, target, sentence in rows:  # what the whole-sentence translation does
        [raw] = translator.translate_batch([sentence], source, target)
        _, status = repair(raw, [sentence[s:e] for s, e in find_spans(sentence)])
        first.update(status)
    print(f"{len(rows)} sentences, {sum(first.values())} spans; models: {args.models}")
    print(
        "first whole-sentence translation: "
        + ", ".join(f"{k} {first[k]}" for k in ("held", "repaired", "failed"))
    )
    print("| run | spans intact | sentences with every span intact |")
    print("|---|---|---|")
    for label, protect in (("before (as written)", False), ("after (protect_links)", True)):
        engine = TranslationEngine(translator, cache=None, protect_links=protect)
        kept = total = whole = 0
        for source, target, sentence in rows:
            out = engine.translate(sentence, source, target).text
            k, n = intact(sentence, out)
            kept, total, whole = kept + k, total + n, whole + (k == n)
            if args.failures and k < n:
                print(f"  {label}: {sentence!r}\n    -> {out!r}")
        print(f"| {label} | {kept}/{total} ({100 * kept / total:.0f}%) | {whole}/{len(rows)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
