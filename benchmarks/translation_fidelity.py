"""False alarms and detections of the translation fidelity checks (``translate.fidelity``).

Pairs, each a (source sentence, English translation):

* **faithful / reference**: the 40 sentences of ``data/fidelity/faithful.tsv`` (ru, uk, ko, de,
  fr; numbers, dates, times, scales, names), each with a reference translation written for
  this benchmark;
* **faithful / fake**: the same sources through the package's fake translator (a marked
  identity: "[ru>en] ..."), which carries every number and name;
* **faithful / fixture**: the example story's ru, uk and ko versions through the project's
  fixture models (``examples/models``), which know that story;
* **hallucinated / fixture**: the faithful.tsv sources in ru, uk and ko through the same fixture
  models, which know nothing else and so write about the example story instead.

For each set it prints, per check kind and for any kind, the share of sentences flagged, and
per version (a language's sentences of a set taken as one text) whether a warning line and an
"unreliable" line would be shown. A false alarm is a flag on a faithful set; a detection, a
flag on the hallucinated one. Needs the fixture models (``--models``, default
``examples/models``); without them only the first two sets are measured.

Run: ``python benchmarks/translation_fidelity.py [--models DIR]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polyglot_news.records import Translation  # noqa: E402
from polyglot_news.translate.fidelity import check  # noqa: E402
from polyglot_news.translate.quality import fidelity_warnings  # noqa: E402

KINDS = ("detached", "lost", "added", "names")
Pairs = dict[str, list[tuple[str, str]]]  # language -> pairs


def faithful_table() -> list[tuple[str, str, str]]:
    """``(language, source, reference)`` rows of data/fidelity/faithful.tsv."""
    path = ROOT / "benchmarks" / "data" / "fidelity" / "faithful.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, source, reference = line.split("\t")
            rows.append((language, source, reference))
    return rows


def _engine(translator, glossary):
    from polyglot_news.translate.engine import TranslationEngine

    return TranslationEngine(translator, glossary=glossary, cache=None)


def _translated(engine, items: list[tuple[str, str]]) -> Pairs:
    """Translate each ``(language, text)`` and return its sentence pairs by language."""
    out: Pairs = defaultdict(list)
    for language, text in items:
        out[language] += list(engine.translate(text, language, "en").sentences)
    return out


SHOW = False


def score(name: str, sets: Pairs, glossary) -> None:
    """Print the share of sentences each kind flags and the versions with warnings."""
    counts = dict.fromkeys((*KINDS, "any"), 0)
    total = 0
    warned = unreliable = 0
    for language, pairs in sets.items():
        checks = check(pairs, language, "en", glossary)
        total += len(checks)
        for c in checks:
            for kind in KINDS:
                counts[kind] += bool(getattr(c, kind))
            counts["any"] += any(getattr(c, k) for k in KINDS)
            if SHOW and any(getattr(c, k) for k in KINDS):
                print(f"  {name}: {c}")
        tr = Translation(language, "en", "", (language, "en"), sentences=tuple(pairs))
        lines = fidelity_warnings(tr, glossary)
        warned += bool(lines)
        unreliable += any(line.startswith("translation unreliable") for line in lines)
    shares = "".join(f"{counts[k] / max(1, total):>10.2f}" for k in (*KINDS, "any"))
    print(f"{name:<28}{total:>6}{shares}{warned:>6}/{len(sets)}{unreliable:>6}/{len(sets)}")


def main() -> None:
    """Print the table of false alarm and detection rates."""
    from polyglot_news.pipeline import _default_glossary
    from polyglot_news.translate.fake import FakeTranslator

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=ROOT / "examples" / "models")
    parser.add_argument("--show", action="store_true", help="print every flagged sentence")
    args = parser.parse_args()
    global SHOW
    SHOW = args.show
    glossary = _default_glossary()
    rows = faithful_table()
    print(f"{'set':<28}{'sents':>6}" + "".join(f"{k:>10}" for k in (*KINDS, "any"))
          + f"{'warned':>8}{'unrel.':>8}")  # fmt: skip
    reference: Pairs = defaultdict(list)
    for language, source, ref in rows:
        reference[language].append((source, ref))
    score("faithful / reference", reference, glossary)
    fake = _engine(FakeTranslator(), glossary)
    score("faithful / fake", _translated(fake, [(lang, src) for lang, src, _ in rows]), glossary)
    models = sorted(args.models.glob("*.argosmodel")) if args.models.is_dir() else []
    if not models:
        print(f"no fixture models in {args.models}: the fixture sets are not measured")
        return
    from polyglot_news.cli._common import translator_from_options

    fixture = _engine(translator_from_options("argos", args.models), glossary)
    story = ROOT / "examples" / "kursk-2025"
    from polyglot_news.sources import load_versions

    loaded, _ = load_versions([str(story / f"outlet_{lang}.txt") for lang in ("ru", "uk", "ko")])
    known = [(lang, v.text) for lang, v in zip(("ru", "uk", "ko"), loaded, strict=True)]
    score("faithful / fixture (story)", _translated(fixture, known), glossary)
    off_topic = [(lang, src) for lang, src, _ in rows if lang in ("ru", "uk", "ko")]
    score("hallucinated / fixture", _translated(fixture, off_topic), glossary)


if __name__ == "__main__":
    main()
