"""A language a version declares, weighed against detection; a language a caller gives, used."""

from __future__ import annotations

import pytest

from polyglot_news import compare_versions
from polyglot_news.errors import InputError, TextTooShortError, UnsupportedLanguageError
from polyglot_news.langid.declared import (
    DECLARED,
    GIVEN,
    OVERRULE_CONFIDENCE,
    language_code,
    language_of,
    weigh_declared,
)
from polyglot_news.pipeline import DeclaredLanguageWarning
from polyglot_news.records import Detection, Version
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("en", "en"),
        (" EN-us ", "en"),
        ("pt_BR", "pt"),
        ("pb", "pt"),
        ("zh", "zh-cn"),
        ("zh-Hans-CN", "zh-cn"),
        ("zh-Hant", "zh-tw"),
        ("zh-HK", "zh-tw"),
        ("zt", "zh-tw"),
        ("iw", "he"),
        ("Russian", "ru"),
        ("xx", None),
        ("", None),
        ("english please", None),
    ],
)
def test_language_code(value: str, code: str | None) -> None:
    assert language_code(value) == code


def _detector(language: str, confidence: float, reliable: bool = True):  # type: ignore[no-untyped-def]
    def detect(text: str) -> Detection:
        return Detection(language, confidence, reliable)

    return detect


def _too_short(text: str) -> Detection:
    raise TextTooShortError("text too short to detect its language; set the language")


@pytest.mark.parametrize(
    ("declared", "detector", "language", "source", "noted"),
    [
        ("pl", _detector("pl", 0.97), "pl", DECLARED, False),
        ("pl", _too_short, "pl", DECLARED, False),
        ("pl", _detector("da", 0.2, reliable=False), "pl", DECLARED, False),
        ("pl", _detector("cs", OVERRULE_CONFIDENCE - 0.05), "pl", DECLARED, True),
        ("pl", _detector("en", 1.0), "en", "polyglot_news", True),
        ("eu", _detector("es", 0.99), "eu", DECLARED, False),  # Basque: no profile to overrule
        ("en", _detector("bg", 0.6, reliable=False), "en", DECLARED, False),  # Latin text
        ("ko", _detector("en", 0.6, reliable=False), "en", "polyglot_news", True),
        ("Klingon", _detector("en", 0.99), "en", "polyglot_news", True),
    ],
    ids=[
        "agrees",
        "too-short",
        "unreliable-guess",
        "weak-disagreement",
        "strong-disagreement",
        "undetectable-language",
        "same-script-guess",
        "other-script",
        "no-language",
    ],
)
def test_weigh_declared(declared, detector, language, source, noted) -> None:  # type: ignore[no-untyped-def]
    weighed = weigh_declared("Latin text", declared, detector, name="a/b.json", ident="b")
    assert weighed.detection.language == language
    assert weighed.detection.detector == source
    assert (weighed.note is not None) == noted
    if noted:
        assert weighed.note is not None and weighed.note.startswith("a/b.json ")


@pytest.mark.parametrize(
    ("detector", "confidence", "detected", "shown"),
    [
        (_detector("pl", 0.97), 0.97, "pl", "0.97 declared"),
        (_too_short, 0.0, None, "declared, not detected"),
        (_detector("da", 0.2, reliable=False), 0.2, "da", "declared (detected da 0.20)"),
        (_detector("cs", 0.62), 0.62, "cs", "declared (detected cs 0.62)"),
    ],
    ids=["agrees", "too-short", "unreliable-guess", "weak-disagreement"],
)
def test_a_declared_language_keeps_what_detection_said(  # type: ignore[no-untyped-def]
    detector, confidence, detected, shown
) -> None:
    # never the 1.00 detection did not give: its own confidence, in the language it found
    found = weigh_declared("Latin text", "pl", detector, name="a/b.json", ident="b").detection
    assert (found.language, found.origin) == ("pl", DECLARED)
    assert (found.confidence, found.detected) == (confidence, detected)
    assert found.confidence_text() == shown


def test_given_language_is_not_detected_and_too_short_names_the_fix() -> None:
    version = Version(id="flash", path="story/flash.txt", text="Kursk.")
    assert language_of(version, _too_short, "ru").detection == Detection("ru", 1.0, True, (), GIVEN)
    with pytest.raises(TextTooShortError, match=r"^story/flash.txt: .* with --from flash=CODE$"):
        language_of(version, _too_short)


def _versions() -> list[Version]:
    return [
        Version("wire", "wire.txt", "The troops fought in the Kursk region, officials said."),
        Version(
            "ru",
            "ru.json",
            "Войска КНДР воевали в Курской области, сообщил Генштаб.",
            language="uk",
        ),
    ]


def _engine() -> TranslationEngine:
    return TranslationEngine(FakeTranslator(), cache=False)


def test_library_warns_when_detection_overrules_a_declaration() -> None:
    with pytest.warns(DeclaredLanguageWarning, match="ru.json declares uk but its text reads"):
        result = compare_versions(_versions(), engine=_engine(), diff_options=None)
    [ru] = [r for r in result.versions if r.id == "ru"]
    assert ru.detection is not None and ru.detection.language == "ru"
    assert any("declares uk" in w for w in ru.version.warnings)


def test_reports_show_a_declared_language_over_a_weak_detection_as_it_is() -> None:
    import json

    from polyglot_news import render_json, render_markdown, render_terminal

    versions = [
        Version("wire", "wire.txt", "Troops fought in the Kursk region, officials said."),
        Version("pap", "pap.json", "Wojska walczyły w obwodzie kurskim.", language="pl"),
    ]

    def detector(text: str) -> Detection:  # a weak guess of a sister language for the Polish
        return Detection("en", 0.99) if text.startswith("Troops") else Detection("cs", 0.62)

    with pytest.warns(DeclaredLanguageWarning, match="pap.json declares pl; detection leans"):
        result = compare_versions(versions, engine=_engine(), detector=detector)
    [pap] = json.loads(render_json(result))["versions"][1:]
    assert pap["detection"]["language"] == "pl" and pap["detection"]["detector"] == DECLARED
    assert (pap["detection"]["confidence"], pap["detection"]["detected"]) == (0.62, "cs")
    assert "declared (detected cs 0.62)" in render_terminal(result, color=False)
    assert "| declared (detected cs 0.62) |" in render_markdown(result)
    assert result.signature.languages == {"wire": ("en", "detected"), "pap": ("pl", "declared")}


@pytest.mark.parametrize(
    ("given", "error"),
    [({"nope": "ru"}, InputError), ({"ru": "xx"}, UnsupportedLanguageError)],
    ids=["unknown-version", "unknown-code"],
)
def test_library_refuses_unknown_source_languages(given: dict[str, str], error: type) -> None:
    with pytest.raises(error):
        compare_versions(_versions(), engine=_engine(), source_languages=given)
