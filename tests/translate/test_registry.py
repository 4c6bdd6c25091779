"""The translator registry: built-ins, a user's own translator, entry points, errors."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

import polyglot_news
from polyglot_news.errors import TranslationError
from polyglot_news.translate import registry
from polyglot_news.translate.argos import ArgosTranslator
from polyglot_news.translate.fake import FakeTranslator


class Reverser:
    """A user's translator: reverses each sentence's words (a real, checkable transform)."""

    name = "reverser"

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        return [" ".join(reversed(text.split())) for text in texts]


def test_builtins_are_registered_like_a_users() -> None:
    assert {"argos", "fake"} <= set(polyglot_news.translator_names())
    argos = polyglot_news.create_translator("argos", models=[Path("x.argosmodel")])
    assert isinstance(argos, ArgosTranslator) and argos.extra_packages == ("x.argosmodel",)
    assert isinstance(polyglot_news.create_translator("fake"), FakeTranslator)


def test_a_user_translator_drives_the_whole_comparison(
    register_translator: Callable[..., None], tmp_path: Path
) -> None:
    register_translator("reverser", lambda **options: Reverser())
    assert "reverser" in polyglot_news.translator_names()
    translator = polyglot_news.create_translator("reverser")
    paths = [tmp_path / "en.txt", tmp_path / "uk.txt"]
    paths[0].write_text("Troops fought in the region.\n", encoding="utf-8")
    paths[1].write_text("Війська воювали в регіоні біля кордону сьогодні.\n", encoding="utf-8")
    engine = polyglot_news.TranslationEngine(translator, glossary=polyglot_news.default_glossary())
    result = polyglot_news.compare(paths, engine=engine)
    uk = result.versions[1]
    assert uk.translation is not None and uk.translation.route == ("uk", "en")
    assert uk.text == "сьогодні. кордону біля регіоні в воювали Війська"
    assert result.signature.translator == "reverser"


def test_names_are_unique_unless_replaced(register_translator: Callable[..., None]) -> None:
    register_translator("mine", lambda **options: Reverser())
    with pytest.raises(ValueError, match="already registered; pass replace=True"):
        registry.register_translator("mine", lambda **options: Reverser())
    registry.register_translator("mine", lambda **options: FakeTranslator(), replace=True)
    assert isinstance(registry.create_translator("mine"), FakeTranslator)
    with pytest.raises(ValueError, match="non-empty name"):
        registry.register_translator(" ", lambda **options: Reverser())


def test_unknown_name_names_the_choices() -> None:
    with pytest.raises(TranslationError, match="no translator named 'nope'; choose one of: argos"):
        registry.create_translator("nope")


def test_an_installed_distribution_offers_one_by_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "my_backend.py").write_text(
        "class Upper:\n"
        "    name = 'upper'\n"
        "    def translate_batch(self, texts, source, target):\n"
        "        return [t.upper() for t in texts]\n"
        "def factory(**options):\n"
        "    return Upper()\n",
        encoding="utf-8",
    )
    info = tmp_path / "my_backend-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: my-backend\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        f"[{registry.ENTRY_POINT_GROUP}]\nupper = my_backend:factory\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert "upper" in registry.translator_names()
        assert registry.create_translator("upper").translate_batch(["abc"], "x", "y") == ["ABC"]
    finally:
        registry.unregister_translator("upper")
        sys.modules.pop("my_backend", None)
