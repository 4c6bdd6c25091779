"""The default base of a comparison is never a version whose translation is made up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from polyglot_news.comparison.matrix import central_version
from polyglot_news.glossary.model import Glossary
from polyglot_news.pipeline import compare_versions
from polyglot_news.records import Version
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator

WIRE = "The port reopened on Monday after repairs. Officials said ships were waiting at anchor."
LOCAL = "The port reopened on Monday. The mayor thanked the workers for the quick repairs."
# the made-up translation blends both English versions, so it is the most like the others
RU = "Порт ждал 40 судов и 3 буксира."
MADE_UP = (
    "The port reopened on Monday after repairs, officials said ships were waiting at anchor "
    "and the mayor thanked the workers."
)


def _compare(ru_translation: str, base: str | None = None) -> tuple[str, list[str]]:
    fake = FakeTranslator(known={("ru", "en"): {RU: ru_translation}})
    versions = [
        Version("wire_en", "wire_en.txt", WIRE),
        Version("local_en", "local_en.txt", LOCAL),
        Version("outlet_ru", "outlet_ru.txt", RU),
    ]
    glossary = Glossary.empty()
    comparison = compare_versions(
        versions,
        base=base,
        source_languages={"wire_en": "en", "local_en": "en", "outlet_ru": "ru"},
        engine=TranslationEngine(fake, glossary=glossary),
        glossary=glossary,
    )
    [ru] = [r for r in comparison.versions if r.id == "outlet_ru"]
    assert ru.translation is not None
    return comparison.base, list(ru.translation.warnings)


def test_a_made_up_translation_is_not_the_default_base_though_most_central() -> None:
    base, warnings = _compare(MADE_UP)
    assert warnings and warnings[0].startswith("translation unreliable: 1 of 1 sentence")
    assert base == "wire_en"


def test_the_same_version_faithfully_translated_can_be_the_base() -> None:
    faithful = MADE_UP.replace("ships were", "40 ships and 3 tugs were")
    base, warnings = _compare(faithful)
    assert warnings == []
    assert base == "outlet_ru"


def test_a_base_the_user_names_is_kept_even_when_flagged() -> None:
    base, _ = _compare(MADE_UP, base="outlet_ru")
    assert base == "outlet_ru"


def test_the_central_version_among_some_and_among_none() -> None:
    matrix = [[1.0, 0.2, 0.9], [0.2, 1.0, 0.3], [0.9, 0.3, 1.0]]
    assert central_version(matrix) == 2
    assert central_version(matrix, among=[0, 1]) == 0
    assert central_version(matrix, among=[]) == 2  # nothing to choose from: any


def test_compare_says_why_the_base_was_chosen(
    tmp_path: Path, cli: Callable[..., tuple[int, str, str]], register_translator: Any
) -> None:
    fake = FakeTranslator(known={("ru", "en"): {RU: MADE_UP}})
    register_translator("made-up-fake", lambda **options: fake)
    for name, text in (("wire_en.txt", WIRE), ("local_en.txt", LOCAL), ("outlet_ru.txt", RU)):
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    code, out, err = cli(
        "compare", tmp_path / "wire_en.txt", tmp_path / "local_en.txt", tmp_path / "outlet_ru.txt",
        "--from", "outlet_ru=ru", "--translator", "made-up-fake", "--no-default-glossary",
    )  # fmt: skip
    assert code == 0
    assert (
        "base wire_en: the version most like all the others among those not flagged as "
        "unreliable (flagged: outlet_ru)"
    ) in " ".join(err.split())
    assert "translation unreliable: 1 of 1 sentence shares no number" in " ".join(out.split())
