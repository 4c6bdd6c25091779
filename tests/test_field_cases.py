"""The shared field cases of issue 13, each right value as a test (inputs copied from the cases).

Each case's CASE.md says what is right: 04 entity-escaped JSON equals the plain text; 05 short
KOI8-R/KOI8-U flashes decode and detect as ru/uk; 09 link/hashtag posts are ru/uk; 10 the
Russian paragraph of a Ukrainian article goes through ru->en; 13 an article body whose class
says "paywall" is kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from polyglot_news import load
from polyglot_news.langid import detect

CASES = Path(__file__).parent / "fixtures" / "cases"
CliResult = tuple[int, str, str]


def test_04_entities_in_a_json_record_read_as_the_plain_text(
    cli: Callable[..., CliResult], example_models: Path
) -> None:
    folder = CASES / "04_html_entities_in_json"
    [record] = load(folder / "feed_item.json")
    [page] = load(folder / "web_page.txt")
    assert record.text == page.text
    assert record.title == "Kim vows monument to soldiers killed in Russia's Kursk region"
    assert [r.kind for r in record.removed] == ["markup", "markup"]  # the text and the title
    code, out, err = cli(
        "compare", folder / "web_page.txt", folder / "feed_item.json",
        "--base", "web_page", "--models", example_models, "-f", "json",
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    [pair] = report["comparisons"]
    assert pair["similarity"] == 1.0
    assert pair["changes"] == [] and report["unique"] == []


@pytest.mark.parametrize(
    ("name", "encoding", "language", "names"),
    [
        ("flash_ru.koi8r.txt", "koi8_r", "ru", {"Pyongyang", "Kursk"}),
        ("flash_uk.koi8u.txt", "koi8_u", "uk", {"Kyiv"}),
    ],
)
def test_05_short_koi8_flashes_decode_and_detect(
    name: str, encoding: str, language: str, names: set[str]
) -> None:
    from polyglot_news.glossary import default_glossary

    [version] = load(CASES / "05_short_koi8" / name)
    assert version.encoding == encoding
    assert version.text == (CASES / "05_short_koi8" / name).read_bytes().decode(encoding).strip()
    result = detect(version.text)
    assert (result.language, result.reliable) == (language, True)
    found = {m.canonical for m in default_glossary().find(version.text, language)}
    assert names <= found


def test_05_translation_routes_from_the_written_language(
    cli: Callable[..., CliResult], example_models: Path
) -> None:
    folder = CASES / "05_short_koi8"
    code, out, err = cli(
        "translate", "--models", example_models, "--json",
        folder / "flash_ru.koi8r.txt", folder / "flash_uk.koi8u.txt",
    )  # fmt: skip
    assert code == 0, err
    assert [r["route"] for r in json.loads(out)] == [["ru", "en"], ["uk", "en"]]


@pytest.mark.parametrize(("name", "language"), [("post_ru.txt", "ru"), ("post_uk.txt", "uk")])
def test_09_links_and_hashtags_do_not_outvote_the_text(name: str, language: str) -> None:
    [version] = load(CASES / "09_links_hashtags_post" / name)
    result = detect(version.text)
    assert result.language == language
    assert all(p.language == language for p in result.paragraphs)


def test_10_quoted_russian_paragraph_goes_through_ru_en(
    cli: Callable[..., CliResult], example_models: Path
) -> None:
    folder = CASES / "10_mixed_uk_ru_routing"
    code, out, err = cli(
        "translate", "--models", example_models, "--json", folder / "outlet_uk_quotes_ru.txt"
    )
    assert code == 0, err
    [result] = json.loads(out)
    assert result["route"] == ["uk", "en"]
    assert set(result["packages"]) == {"argos:uk-en@0.1", "argos:ru-en@0.1"}
    routes = [(p["language"], p["route"]) for p in result["paragraphs"]]
    assert routes == [("uk", ["uk", "en"]), ("ru", ["ru", "en"]), ("uk", ["uk", "en"])]
    expected = (
        "Earlier, Russia's chief of the general staff, Valery Gerasimov, reported to Vladimir "
        "Putin that the Kursk region had been fully liberated. Sudzha was liberated by Russian "
        "troops back in March."
    )
    assert result["translation"].split("\n\n")[3] == expected


def test_13_article_body_with_a_paywall_class_is_kept() -> None:
    folder = CASES / "13_body_class_looks_like_chrome"
    [plain] = load(folder / "page_plain.html")
    [gated] = load(folder / "page_paywall.html")
    assert gated.text == plain.text
    assert len(gated.text.split("\n\n")) == 6
    assert not gated.warnings


def test_10_names_in_the_quoted_paragraph_are_matched_as_russian() -> None:
    from polyglot_news.glossary import default_glossary
    from polyglot_news.pipeline import _entities

    text = load(CASES / "10_mixed_uk_ru_routing" / "outlet_uk_quotes_ru.txt")[0].text
    found = {(e.canonical, e.language) for e in _entities(default_glossary(), text, detect(text))}
    assert {("Valery Gerasimov", "ru"), ("Vladimir Putin", "ru"), ("Kyiv", "uk")} <= found
