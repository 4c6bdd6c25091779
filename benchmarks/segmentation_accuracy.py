"""Sentence segmentation accuracy: polyglot_news.segment vs pySBD vs sentencex, per language.

Scores each splitter on the cases in ``benchmarks/data/segmentation`` (``dev.tsv``: what the
splitter was tuned on; ``heldout*.tsv``: written after tuning, never tuned on; format and history in
that folder's README). A case passes when the splitter returns exactly the expected sentences
(whitespace at the ends ignored, soft line breaks read as spaces for every splitter alike).

pySBD 0.3.x has no Ukrainian, Belarusian, Serbian or Korean rules: those languages are run
with the nearest language it has (``PYSBD_FALLBACK``) and marked ``*`` in the table.
sentencex falls back through its own language chains.

    python benchmarks/segmentation_accuracy.py [--cases PATH ...] [--failures] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "segmentation"
NO_SPACE = ("ja", "zh")
SEPARATOR = "‖"
PYSBD_LANGUAGES = frozenset(
    "en hi mr zh es am ar hy bg ur ru pl fa nl da fr my el it ja de kk sk".split()
)
PYSBD_FALLBACK = {"uk": "ru", "be": "ru", "sr": "bg", "ko": "en"}

Splitter = Callable[[str, str], list[str]]


@dataclass(frozen=True)
class Case:
    """One case: its split (file stem), id, language, rule kind, input and expected sentences."""

    split: str
    id: str
    language: str
    kind: str
    text: str
    expected: tuple[str, ...]


def load_cases(paths: Iterable[Path]) -> list[Case]:
    """Cases from the TSV files at ``paths`` (``id, language, kind, s1 ‖ s2 ...``)."""
    cases = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            case_id, language, kind, joined = line.split("\t")
            parts = [p.strip() for p in joined.split(SEPARATOR)]
            glue = "" if language in NO_SPACE else " "
            text = glue.join(parts).replace("\\n", "\n")
            soft = "" if language in NO_SPACE else " "
            expected = tuple(p.replace("\\n", soft) for p in parts)
            cases.append(Case(path.stem, case_id, language, kind, text, expected))
    return cases


def ours() -> Splitter:
    """polyglot_news's splitter."""
    from polyglot_news.segment import split_sentences

    return lambda text, language: split_sentences(text, language)


def pysbd_splitter() -> Splitter:
    """pySBD (clean=False), one Segmenter per language."""
    import pysbd

    cache: dict[str, object] = {}

    def run(text: str, language: str) -> list[str]:
        code = language if language in PYSBD_LANGUAGES else PYSBD_FALLBACK.get(language, "en")
        if code not in cache:
            cache[code] = pysbd.Segmenter(language=code, clean=False)
        return list(cache[code].segment(text))  # type: ignore[attr-defined]

    return run


def sentencex_splitter() -> Splitter:
    """sentencex (Wikimedia), its own language fallbacks."""
    from sentencex import segment

    return lambda text, language: list(segment(language, text))


def normalise(sentences: Iterable[str], language: str) -> tuple[str, ...]:
    """Trimmed non-empty sentences with line breaks read as a space (nothing in ja/zh)."""
    from polyglot_news.segment import flow

    out = []
    for sentence in sentences:
        text = sentence.strip()
        text = flow(text) if language not in NO_SPACE else "".join(text.split("\n"))
        if text:
            out.append(text)
    return tuple(out)


def score(
    cases: list[Case], splitters: dict[str, Splitter]
) -> dict[str, dict[tuple[str, str], list[bool]]]:
    """``{splitter: {(split, language): [passed, ...]}}``."""
    results: dict[str, dict[tuple[str, str], list[bool]]] = {}
    for name, split in splitters.items():
        table: dict[tuple[str, str], list[bool]] = defaultdict(list)
        for case in cases:
            got = normalise(split(case.text, case.language), case.language)
            table[(case.split, case.language)].append(got == case.expected)
        results[name] = table
    return results


def report(cases: list[Case], results: dict[str, dict[tuple[str, str], list[bool]]]) -> str:
    """A Markdown table: passed/total and percent per split and language, per splitter."""
    names = list(results)
    lines = ["| split | language | cases | " + " | ".join(names) + " |"]
    lines.append("|" + "---|" * (3 + len(names)))
    for table in results.values():  # every split together, per language
        for (_, language), flags in list(table.items()):
            table.setdefault(("all", language), []).extend(flags)
    keys = sorted({(split, c.language) for c in cases for split in (c.split, "all")})
    for split in sorted({k[0] for k in keys}, key=lambda s: (s == "all", s)):
        for key in [k for k in keys if k[0] == split]:
            total = len(results[names[0]][key])
            cells = []
            for name in names:
                passed = sum(results[name][key])
                mark = "*" if name == "pysbd" and key[1] in PYSBD_FALLBACK else ""
                cells.append(f"{passed}/{total} ({100 * passed / total:.0f}%){mark}")
            lines.append(f"| {split} | {key[1]} | {total} | " + " | ".join(cells) + " |")
        row = []
        for name in names:
            flags = [f for k, v in results[name].items() if k[0] == split for f in v]
            row.append(f"{sum(flags)}/{len(flags)} ({100 * sum(flags) / len(flags):.1f}%)")
        lines.append(f"| {split} | **all** | {len(flags)} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, nargs="+", default=sorted(DATA.glob("*.tsv")))
    parser.add_argument("--failures", action="store_true", help="list the cases ours fails")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    cases = load_cases(args.cases)
    splitters = {
        "polyglot_news": ours(),
        "pysbd": pysbd_splitter(),
        "sentencex": sentencex_splitter(),
    }
    results = score(cases, splitters)
    if args.json:
        data = {
            n: {f"{s}/{lang}": [sum(v), len(v)] for (s, lang), v in t.items()}
            for n, t in results.items()
        }
        print(json.dumps(data, indent=1, sort_keys=True))
    else:
        print(report(cases, results))
    if args.failures:
        split = splitters["polyglot_news"]
        for case in cases:
            got = normalise(split(case.text, case.language), case.language)
            if got != case.expected:
                print(f"\n{case.split}/{case.id} [{case.kind}]")
                print(f"  want {list(case.expected)}\n  got  {list(got)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
