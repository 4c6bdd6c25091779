"""Protection through a real model that never saw canonical names inside its input.

tests/fixtures/models-unprotected holds a ru->en package built by scripts/build_fixture_models.py
WITHOUT the glossary-protected rows (as real Argos packages never see them). The default method
(translate, then repair) must keep the story's names on it; docs/benchmarks.md has the figures.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from polyglot_news.glossary import default_glossary, protect, restore
from polyglot_news.segment import split_sentences
from polyglot_news.sources import load

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "tests/fixtures/models-unprotected/translate-ru_en-0_1.argosmodel"


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Counter[str]]:
    from polyglot_news.translate.argos import ArgosTranslator

    translator = ArgosTranslator(
        packages_dir=tmp_path_factory.mktemp("packages"), extra_packages=[MODEL]
    )
    glossary = default_glossary()
    text = load(ROOT / "examples/kursk-2025/outlet_ru.txt")[0].text
    counts: dict[str, Counter[str]] = {}
    for method in ("repair", "inline"):
        protected = [
            protect(s, "ru", "en", glossary, method=method) for s in split_sentences(text, "ru")
        ]
        protected = [p for p in protected if p.terms]
        outputs = translator.translate_batch([p.text for p in protected], "ru", "en")
        counts[method] = Counter(
            o.status
            for p, out in zip(protected, outputs, strict=True)
            for o in restore(out, p, "en", glossary)[1]
        )
    return counts


def test_the_default_method_keeps_the_names_on_an_unprotected_model(
    outcomes: dict[str, Counter[str]],
) -> None:
    repair = outcomes["repair"]
    total = sum(repair.values())
    assert total >= 15
    assert (repair["held"] + repair["repaired"]) / total >= 0.9


def test_repair_beats_inline_on_an_unprotected_model(outcomes: dict[str, Counter[str]]) -> None:
    kept = {m: c["held"] + c["repaired"] for m, c in outcomes.items()}
    assert kept["repair"] > kept["inline"]
