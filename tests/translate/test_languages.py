"""Target language codes (--to, pivot=): ISO 639-1, Argos' own codes, package codes; the rest
refused in one line that names the value (polyglot_news/translate/languages.py)."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

import polyglot_news
from polyglot_news.errors import UnsupportedLanguageError
from polyglot_news.translate.languages import (
    LIST_COMMAND,
    check_target_language,
    language_codes,
)


def test_the_table_holds_every_iso_639_1_code() -> None:
    iso = {row.code: row.name for row in language_codes() if row.kind == "iso639-1"}
    expected = {lang.alpha_2: lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    assert iso == expected


def test_every_alias_names_a_code_that_is_accepted() -> None:
    aliases = [row for row in language_codes() if row.kind == "alias"]
    assert aliases
    for row in aliases:
        assert check_target_language(row.use) == row.use


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param("en", "en", id="iso"),
        pytest.param("zt", "zt", id="argos-traditional-chinese"),
        pytest.param("pb", "pb", id="argos-brazilian-portuguese"),
        pytest.param("nb", "nb", id="argos-norwegian"),
        pytest.param(" RU ", "ru", id="case-and-space"),
        pytest.param("zh_TW", "zh-tw", id="detector-code"),
    ],
)
def test_codes_argos_and_the_detector_use_are_accepted(given: str, expected: str) -> None:
    assert check_target_language(given) == expected


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        pytest.param("xx", LIST_COMMAND, id="unknown"),
        pytest.param("english", LIST_COMMAND, id="a-name"),
        pytest.param("pt-BR", "'pb'", id="alias-brazil"),
        pytest.param("zh-Hant", "'zt'", id="alias-traditional"),
        pytest.param("", LIST_COMMAND, id="empty"),
    ],
)
def test_unknown_codes_are_refused_in_one_line(given: str, hint: str) -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        check_target_language(given)
    message = str(caught.value)
    assert f"{given!r}" in message and hint in message and "\n" not in message


def test_a_code_a_package_declares_is_accepted() -> None:
    translator = polyglot_news.FakeTranslator(pairs=[("en", "ast")])
    assert check_target_language("ast", translator) == "ast"
    with pytest.raises(UnsupportedLanguageError):
        check_target_language("ast", polyglot_news.FakeTranslator(pairs=[("en", "ru")]))


def test_compare_refuses_an_unknown_pivot_before_translating(tmp_path: Path) -> None:
    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text("The minister said the talks would resume on Monday.\n", "utf-8")
        paths.append(path)
    fake = polyglot_news.FakeTranslator()
    engine = polyglot_news.TranslationEngine(fake, cache=False)
    with pytest.raises(UnsupportedLanguageError, match="'xx'"):
        polyglot_news.compare(paths, pivot="xx", engine=engine)
    assert fake.calls == []


def test_compare_translates_into_an_argos_private_code(tmp_path: Path) -> None:
    paths = []
    for name, text in (("a.txt", "The talks resume on Monday."), ("b.txt", "Talks resume Monday.")):
        (tmp_path / name).write_text(text + "\n", "utf-8")
        paths.append(tmp_path / name)
    engine = polyglot_news.TranslationEngine(polyglot_news.FakeTranslator(), cache=False)
    result = polyglot_news.compare(paths, pivot="PB", engine=engine, languages=["en"])
    assert result.pivot == "pb"
    routes = {v.translation.route for v in result.versions if v.translation is not None}
    assert routes == {("en", "pb")} and len(result.versions) == 2


def _zt_package(tmp_path: Path) -> Path:
    """The example ru->en package relabelled zt->en: Argos' code for Traditional Chinese."""
    import json
    import zipfile

    archive = Path(__file__).resolve().parents[2] / "examples/models/translate-ru_en-0_1.argosmodel"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(tmp_path)
    folder = tmp_path / "translate-ru_en-0_1"
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    meta.update(from_code="zt", from_name="Chinese (traditional)")
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def test_text_detected_as_zh_tw_is_translated_with_argos_zt_package(tmp_path: Path) -> None:
    from polyglot_news.errors import MissingModelError
    from polyglot_news.translate.routing import pivot_route

    translator = polyglot_news.ArgosTranslator(extra_packages=[_zt_package(tmp_path)])
    assert translator.model_ids("zh-tw", "en") == ("argos:zt-en@0.1",)
    assert pivot_route(translator, "zh-tw", "en", "en") == ("zh-tw", "en")
    with pytest.raises(MissingModelError, match="models install zt ru"):
        pivot_route(translator, "zh-tw", "ru", None)
