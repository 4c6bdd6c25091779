"""The translation engine over the fake translator: dedup, cache, pivot, glossary, errors."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

import pytest

from polyglot_news.errors import MissingModelError, PolyglotNewsError, TranslationError
from polyglot_news.records import TermOutcome, Translation
from polyglot_news.translate import engine as engine_module
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator

PAIRS = [("ru", "en"), ("uk", "en"), ("ko", "en"), ("en", "ru")]
RU_A = "Войска вошли в Курск. Бои идут.\n\nКремль молчит."
RU_B = "Войска вошли в Курск. Всё спокойно."


def fake() -> FakeTranslator:
    return FakeTranslator(pairs=PAIRS)


def test_translates_sentence_by_sentence_keeping_paragraphs() -> None:
    result = TranslationEngine(fake()).translate(RU_A, "ru", "en")
    assert (
        result.text == "[ru>en] Войска вошли в Курск. [ru>en] Бои идут.\n\n[ru>en] Кремль молчит."
    )
    assert result.route == ("ru", "en")
    assert result.sentences[0] == ("Войска вошли в Курск.", "[ru>en] Войска вошли в Курск.")
    assert result.packages == ("fake:ru-en",)
    assert result.backend == "fake"


def test_deduplicates_across_items_in_one_call() -> None:
    translator = fake()
    results = TranslationEngine(translator).translate_many([(RU_A, "ru"), (RU_B, "ru")], "en")
    assert all(isinstance(r, Translation) for r in results)
    assert len(translator.calls) == 1
    assert translator.sentence_count == 4  # 5 sentences, one shared


def test_cache_serves_the_second_run(tmp_path: Path) -> None:
    translator = fake()
    engine = TranslationEngine(translator, cache=tmp_path / "c.sqlite3")
    first = engine.translate_many([(RU_A, "ru")], "en")
    second = engine.translate_many([(RU_A, "ru"), (RU_B, "ru")], "en")
    assert second[0] == first[0]
    assert [len(texts) for _, _, texts in translator.calls] == [3, 1]  # only the new sentence


def test_cache_key_includes_settings(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    TranslationEngine(fake(), cache=path).translate("Бои идут.", "ru", "en")
    other = FakeTranslator(pairs=PAIRS, known={("ru", "en"): {"Бои идут.": "Fighting goes on."}})
    assert TranslationEngine(other, cache=path).translate("Бои идут.", "ru", "en").text == (
        "Fighting goes on."
    )


def test_pivot_route_batches_each_pair_once() -> None:
    translator = fake()
    results = TranslationEngine(translator).translate_many(
        [("북한군이 파병됐다.", "ko"), ("Troops came.", "en")], "ru"
    )
    ko, en = results
    assert isinstance(ko, Translation) and isinstance(en, Translation)
    assert ko.route == ("ko", "en", "ru")
    assert ko.text == "[en>ru] [ko>en] 북한군이 파병됐다."
    assert ko.packages == ("fake:ko-en", "fake:en-ru")
    assert [(s, t) for s, t, _ in translator.calls] == [("ko", "en"), ("en", "ru")]


def test_same_language_is_identity() -> None:
    translator = fake()
    result = TranslationEngine(translator).translate("Troops came. Then left.", "en", "en")
    assert result.text == "Troops came. Then left."
    assert result.route == ("en",)
    assert translator.calls == []


@pytest.mark.parametrize(
    ("source", "target", "command"),
    [
        ("es", "ru", "polyglot-news models install es en"),  # no es->en: first hop missing
        ("ko", "de", "polyglot-news models install en de"),  # no en->de: second hop missing
        ("es", "en", "polyglot-news models install es en"),  # target is the pivot
    ],
    ids=["first-hop", "second-hop", "to-pivot"],
)
def test_missing_pair_message(source: str, target: str, command: str) -> None:
    engine = TranslationEngine(fake())
    with pytest.raises(MissingModelError) as info:
        engine.translate("Hola.", source, target)
    message = str(info.value)
    assert "\n" not in message
    assert f"{source}->{target}" in message
    assert f"`{command}`" in message
    if target != "en":
        assert "via en" in message


def test_failed_item_does_not_stop_others() -> None:
    results = TranslationEngine(fake()).translate_many([("Hola.", "es"), ("Бои идут.", "ru")], "en")
    assert isinstance(results[0], MissingModelError)
    assert isinstance(results[1], Translation)


class _Broken(FakeTranslator):
    def translate_batch(self, texts, source, target):  # type: ignore[no-untyped-def]
        raise RuntimeError("model exploded")


def test_backend_errors_become_translation_errors() -> None:
    results = TranslationEngine(_Broken(pairs=PAIRS)).translate_many([("Бои идут.", "ru")], "en")
    assert isinstance(results[0], TranslationError)
    assert "model exploded" in str(results[0])


def test_progress_reports_sentences() -> None:
    seen: list[tuple[int, int]] = []
    TranslationEngine(fake()).translate_many(
        [(RU_A, "ru")], "en", progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (3, 3)


def test_engine_pickles(tmp_path: Path) -> None:
    engine = TranslationEngine(fake(), cache=tmp_path / "c.sqlite3")
    clone = pickle.loads(pickle.dumps(engine))
    assert clone.translate("Бои идут.", "ru", "en").text == "[ru>en] Бои идут."


# -- glossary integration, with a tiny glossary of the same shape as the real one -------------


@dataclass(frozen=True)
class _Protected:
    text: str
    terms: tuple[str, ...]


class _TinyGlossary:
    names = {"Курск": {"en": "Kursk", "ru": "Курск"}, "쿠르스크": {"en": "Kursk", "ru": "Курск"}}

    def protect(self, text: str, source: str, target: str) -> _Protected:
        terms = []
        for surface, forms in self.names.items():
            if surface in text:
                text = text.replace(surface, forms[target])
                terms.append(forms[target])
        return _Protected(text, tuple(terms))

    def restore(
        self, translated: str, protected: _Protected
    ) -> tuple[str, tuple[TermOutcome, ...]]:
        outcomes = []
        for canonical in protected.terms:
            held = canonical in translated
            outcomes.append(TermOutcome(canonical, canonical, "held" if held else "failed"))
        return translated, tuple(outcomes)


@pytest.fixture
def tiny_glossary(monkeypatch: pytest.MonkeyPatch) -> _TinyGlossary:
    glossary = _TinyGlossary()

    def protect(
        text: str, source: str, target: str, g: _TinyGlossary, method: str = "repair"
    ) -> _Protected:
        return g.protect(text, source, target)

    def restore(translated: str, protected: _Protected, target: str, g: _TinyGlossary):  # type: ignore[no-untyped-def]
        return g.restore(translated, protected)

    monkeypatch.setattr(engine_module, "_glossary_functions", lambda: (protect, restore))
    return glossary


def test_glossary_terms_protected_and_reported(tiny_glossary: _TinyGlossary) -> None:
    engine = TranslationEngine(fake(), glossary=tiny_glossary, keep_unprotected=True)
    result = engine.translate("Войска вошли в Курск.", "ru", "en")
    assert result.text == "[ru>en] Войска вошли в Kursk."
    assert result.terms == (TermOutcome("Kursk", "Kursk", "held"),)
    assert result.unprotected == "[ru>en] Войска вошли в Курск."
    assert result.sentences == (("Войска вошли в Курск.", "[ru>en] Войска вошли в Kursk."),)


def test_glossary_on_each_hop_of_a_pivot(tiny_glossary: _TinyGlossary) -> None:
    result = TranslationEngine(fake(), glossary=tiny_glossary).translate(
        "쿠르스크 전투.", "ko", "ru"
    )
    assert result.route == ("ko", "en", "ru")
    assert result.text == "[en>ru] [ko>en] Kursk 전투."  # the fake keeps names; en->ru sees Kursk
    assert all(isinstance(t, TermOutcome) for t in result.terms)


def test_use_glossary_false_ignores_it(tiny_glossary: _TinyGlossary) -> None:
    engine = TranslationEngine(fake(), glossary=tiny_glossary, use_glossary=False)
    assert engine.translate("Курск.", "ru", "en").text == "[ru>en] Курск."


def test_errors_are_polyglot_errors() -> None:
    results = TranslationEngine(fake()).translate_many([("x", "zz")], "en")
    assert isinstance(results[0], PolyglotNewsError)


def test_real_glossary_through_the_engine() -> None:
    from polyglot_news.glossary import default_glossary

    engine = TranslationEngine(fake(), glossary=default_glossary())
    result = engine.translate("Войска КНДР воевали в Курской области.", "ru", "en")
    assert result.text == "[ru>en] Войска North Korea воевали в Kursk region."
    assert {(t.canonical, t.status) for t in result.terms} == {
        ("North Korea", "held"),
        ("Kursk region", "held"),
    }


class _Echo(FakeTranslator):
    """Translates every sentence to one and the same sentence, without the names."""

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:  # type: ignore[override]
        return ["Nothing new was reported from there today." for _ in texts]


def test_a_translation_carries_its_quality_checks_once() -> None:
    from polyglot_news.glossary import default_glossary

    engine = TranslationEngine(_Echo(pairs=PAIRS), glossary=default_glossary())
    text = "Войска вошли в Курск. Бои идут у Курска.\n\nПхеньян молчит."
    [result] = engine.translate_many([(text, "ru")], "en")
    assert isinstance(result, Translation)
    lost, unreliable = result.warnings
    assert lost.startswith("2 glossary terms lost in translation: ") and "Kursk" in lost
    assert unreliable == (
        "translation unreliable: 3 of 3 sentences translate to the same text; check the model"
    )
    assert engine.translate(text, "ru", "en").warnings == result.warnings  # the same one place


def test_a_sound_translation_has_no_quality_warning() -> None:
    assert TranslationEngine(fake()).translate(RU_A, "ru", "en").warnings == ()
