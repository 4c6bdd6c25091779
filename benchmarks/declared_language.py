"""A declared language weighed against detection, against trusting either alone.

Run: python benchmarks/declared_language.py
Reads ``benchmarks/data/declared_language.tsv`` (a headline and a paragraph in each of 19
languages, written for this benchmark) and builds four kinds of version from them: a correct
declaration on a headline and on a paragraph, and a wrong one (a site's default language, ``en``
or ``de`` for English texts; a close relative: ru for uk, cs for sk...) on a paragraph and on a
headline. Each is given a language three ways: detection alone (a text too short to detect is
a miss), the declaration alone (what ``translate`` did before), and
:func:`polyglot_news.langid.declared.weigh_declared`, at several overrule thresholds. Prints the
share of versions given their true language, per kind and overall.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from polyglot_news.errors import DetectionError
from polyglot_news.langid import LanguageDetector
from polyglot_news.langid import declared as declared_module

DATA = Path(__file__).resolve().parent / "data" / "declared_language.tsv"
# the declaration a careless CMS or template would make instead: its default, or a relative
_RELATIVE = {
    "uk": "ru", "ru": "uk", "be": "ru", "bg": "ru", "sk": "cs", "cs": "sk", "hr": "sl",
    "da": "no", "sv": "no", "pt": "es", "es": "pt", "it": "es", "fr": "it", "nl": "de",
    "de": "nl", "pl": "cs", "en": "de", "tr": "az", "ko": "ja",
}  # fmt: skip
THRESHOLDS = (0.8, 0.9, 0.95, 0.99)


def _cases() -> list[tuple[str, str, str, str]]:
    """``(kind, true language, declared, text)`` for every text and kind of declaration."""
    cases = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, size, text = line.split("\t")
        default = "en" if language != "en" else "de"
        cases.append((f"{size}, declared right", language, language, text))
        cases.append((f"{size}, declared site default", language, default, text))
        cases.append((f"{size}, declared a relative", language, _RELATIVE[language], text))
    return cases


def _policies(detector: LanguageDetector) -> dict[str, Callable[[str, str], str | None]]:
    def detection(declared: str, text: str) -> str | None:
        try:
            return detector(text).language
        except DetectionError:
            return None

    def weighed(threshold: float) -> Callable[[str, str], str | None]:
        def policy(declared: str, text: str) -> str | None:
            declared_module.OVERRULE_CONFIDENCE = threshold  # read at call time
            found = declared_module.weigh_declared(text, declared, detector, name="x", ident="x")
            return found.detection.language

        return policy

    policies: dict[str, Callable[[str, str], str | None]] = {
        "detection alone": detection,
        "declaration alone": lambda declared, text: declared_module.language_code(declared),
    }
    for threshold in THRESHOLDS:
        policies[f"weighed, overrule >= {threshold}"] = weighed(threshold)
    return policies


def main() -> None:
    shipped = declared_module.OVERRULE_CONFIDENCE
    detector = LanguageDetector()
    cases = _cases()
    policies = _policies(detector)
    kinds = sorted({kind for kind, *_ in cases})
    right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total: dict[str, int] = defaultdict(int)
    try:
        for kind, truth, declared, text in cases:
            total[kind] += 1
            for name, policy in policies.items():
                right[name][kind] += policy(declared, text) == truth
    finally:
        declared_module.OVERRULE_CONFIDENCE = shipped
    print(f"{len(cases)} versions; versions given their true language (shipped: >= {shipped})")
    names = list(policies)
    print("| kind | " + " | ".join(names) + " |")
    print("| --- |" + " ---: |" * len(names))
    for kind in kinds:
        cells = " | ".join(f"{right[name][kind]}/{total[kind]}" for name in names)
        print(f"| {kind} | {cells} |")


if __name__ == "__main__":
    main()
