"""How many glossary names survive real translation, by protection method and model.

Runs Russian sentences through a project-built Argos package and counts, per protected name,
whether the translation holds its canonical form (``held``), whether ``restore`` could put it
back (``repaired``: another form of the entity, a case change or a near miss) or whether it is
lost (``failed``). Methods:

* ``inline``: the name is replaced by its canonical English form before translation (the
  engine's method until now), then restored;
* ``placeholder``: the name is replaced by an opaque token (``ZX1``, ``ZX2``...) that is swapped
  back for the canonical form after translation;
* ``repair``: the source is translated as written, then ``restore`` finds each name's English
  form (or a bent one) in the output and puts the canonical form in (translate-then-repair);
* ``both``: ``inline``, falling back to ``repair`` for a sentence whose inline translation
  lost a name (costs a second translation of those sentences only).

Models: the example package (trained WITH the protected rows, so it copies canonical names
through by construction) and ``tests/fixtures/models-unprotected`` (the same recipe WITHOUT those
rows, as real Argos packages never saw such input; built by ``scripts/build_fixture_models.py
--without-protected``). Sentences: the Russian example version (the models learned these
sentences as written) and the Russian rows of tests/glossary/world_*.tsv (never seen).

    python benchmarks/glossary_protection.py
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from polyglot_news.glossary import default_glossary, protect, restore  # noqa: E402
from polyglot_news.glossary.enforce import Protected  # noqa: E402
from polyglot_news.segment import split_sentences  # noqa: E402
from polyglot_news.sources import load  # noqa: E402

PACKAGE = "translate-ru_en-0_1.argosmodel"
MODELS = {
    "example (trained with protected rows)": ROOT / "examples/models" / PACKAGE,
    "unprotected (trained without them)": ROOT / "tests/fixtures/models-unprotected" / PACKAGE,
}
METHODS = ("inline", "placeholder", "repair", "both")


def sentence_sets() -> dict[str, list[str]]:
    """The Russian sentences measured, by set."""
    story = split_sentences(load(ROOT / "examples/kursk-2025/outlet_ru.txt")[0].text, "ru")
    other = []
    for name in ("world_dev.tsv", "world_heldout.tsv"):
        with (ROOT / "tests/glossary" / name).open(encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        other += [r["text"] for r in csv.DictReader(lines, delimiter="\t") if r["lang"] == "ru"]
    return {"story (seen as written)": story, "other stories (unseen)": other}


def placeholders(p: Protected) -> tuple[str, list[str]]:
    """The source with each name replaced by ZX<n>, and the tokens in order."""
    parts, tokens, pos = [], [], 0
    for n, term in enumerate(p.terms, 1):
        parts += [p.source[pos : term.source_start], f"ZX{n}"]
        tokens.append(f"ZX{n}")
        pos = term.source_end
    parts.append(p.source[pos:])
    return "".join(parts), tokens


def from_placeholders(out: str, p: Protected, tokens: list[str]) -> Counter[str]:
    """Held when the token survives (it is then replaced), else failed."""
    counts: Counter[str] = Counter()
    for token in tokens:
        counts["held" if re.search(rf"\b{token}\b", out) else "failed"] += 1
    return counts


def measure(translator, sentences: list[str]) -> dict[str, Counter[str]]:  # type: ignore[no-untyped-def]
    """held/repaired/failed per method over ``sentences``."""
    glossary = default_glossary()
    protected = [protect(s, "ru", "en", glossary, method="inline") for s in sentences]
    protected = [p for p in protected if p.terms]
    inline = translator.translate_batch([p.text for p in protected], "ru", "en")
    plain = translator.translate_batch([p.source for p in protected], "ru", "en")
    marked = [placeholders(p) for p in protected]
    held_tokens = translator.translate_batch([m[0] for m in marked], "ru", "en")
    results: dict[str, Counter[str]] = {m: Counter() for m in METHODS}
    for p, a, b, c, (_, tokens) in zip(protected, inline, plain, held_tokens, marked, strict=True):
        inline_outcomes = [o.status for o in restore(a, p, "en", glossary)[1]]
        repair_outcomes = [o.status for o in restore(b, p, "en", glossary)[1]]
        results["inline"].update(inline_outcomes)
        results["repair"].update(repair_outcomes)
        results["placeholder"].update(from_placeholders(c, p, tokens))
        both = repair_outcomes if "failed" in inline_outcomes else inline_outcomes
        results["both"].update(both)
    return results


def into_russian(tmp: Path) -> None:
    """English story -> Russian with the example en->ru package: how names come back."""
    from polyglot_news.glossary.inflect import inflect_like
    from polyglot_news.translate.argos import ArgosTranslator

    model = ROOT / "examples/models/translate-en_ru-0_1.argosmodel"
    translator = ArgosTranslator(packages_dir=tmp / "none", extra_packages=[model])
    glossary = default_glossary()
    sentences = split_sentences(load(ROOT / "examples/kursk-2025/wire_en.txt")[0].text, "en")
    protected = [p for p in (protect(s, "en", "ru", glossary) for s in sentences) if p.terms]
    outputs = translator.translate_batch([p.text for p in protected], "en", "ru")
    counts: Counter[str] = Counter()
    for p, out in zip(protected, outputs, strict=True):
        for o in restore(out, p, "ru", glossary)[1]:
            counts[o.status] += 1
        for m in glossary.find(out, "ru"):  # names in another case than the nominative
            canonical = glossary.canonical(m.entry_id, "ru")
            if m.surface != canonical and not m.derived:
                counts["oblique"] += 1
                counts["case kept"] += inflect_like(canonical, m.surface, "ru") != canonical
    print(f"\nen->ru example package, repair method: {len(protected)} sentences with names")
    print(
        f"  terms {counts['held'] + counts['repaired'] + counts['failed']}: held {counts['held']},"
        f" repaired {counts['repaired']}, failed {counts['failed']}; names in an oblique case"
        f" {counts['oblique']}, of which a repair would keep the case {counts['case kept']}"
        " (before: all put back in the nominative)"
    )


def main() -> None:
    """Print one table per model and sentence set."""
    from polyglot_news.translate.argos import ArgosTranslator

    with tempfile.TemporaryDirectory() as tmp:
        for model_name, model in MODELS.items():
            translator = ArgosTranslator(packages_dir=Path(tmp) / "none", extra_packages=[model])
            for set_name, sentences in sentence_sets().items():
                print(f"\n{model_name}; {set_name}: {len(sentences)} sentences")
                head = f"{'method':<12} {'terms':>5} {'held':>5} {'repaired':>8} {'failed':>6}"
                print(f"  {head}  kept")
                for method, c in measure(translator, sentences).items():
                    total = sum(c.values())
                    kept = 100 * (c["held"] + c["repaired"]) / total if total else 0.0
                    print(
                        f"  {method:<12} {total:>5} {c['held']:>5} {c['repaired']:>8}"
                        f" {c['failed']:>6}  {kept:5.1f}%"
                    )
        into_russian(Path(tmp))


if __name__ == "__main__":
    main()
