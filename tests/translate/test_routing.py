"""Per-paragraph routing of mixed-language texts (fake translator marks each sentence's pair)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from polyglot_news.errors import MissingModelError
from polyglot_news.records import Detection, ParagraphLanguage
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator
from polyglot_news.translate.routing import language_runs, pivot_route

UK = "Генштаб ЗСУ спростував заяву Москви."
RU = "Ранее Герасимов доложил Путину об освобождении области."
UK2 = "Бої тривають, заявили у штабі."
TEXT = f"{UK}\n\n{RU}\n\n{UK2}"


def _detection(ru_confidence: float = 1.0) -> Detection:
    a, b = 0, len(UK)
    c, d = b + 2, b + 2 + len(RU)
    e, f = d + 2, len(TEXT)
    paragraphs = (
        ParagraphLanguage(a, b, "uk", 1.0),
        ParagraphLanguage(c, d, "ru", ru_confidence),
        ParagraphLanguage(e, f, "uk", 1.0),
    )
    return Detection("uk", 1.0, True, paragraphs)


def test_runs_follow_reliable_paragraph_languages() -> None:
    language, runs = language_runs(TEXT, _detection())
    assert language == "uk"
    assert [(r.language, TEXT[r.start : r.end]) for r in runs] == [
        ("uk", UK), ("ru", RU), ("uk", UK2),
    ]  # fmt: skip


def test_unreliable_paragraph_stays_with_the_document() -> None:
    _, runs = language_runs(TEXT, _detection(ru_confidence=0.6))
    assert [r.language for r in runs] == ["uk"]
    assert (runs[0].start, runs[0].end) == (0, len(TEXT))


def test_each_run_is_translated_from_its_language() -> None:
    engine = TranslationEngine(FakeTranslator(), cache=None, glossary=None)
    [result] = engine.translate_many([(TEXT, _detection())], "en")
    assert not isinstance(result, Exception)
    assert result.text.split("\n\n") == [f"[uk>en] {UK}", f"[ru>en] {RU}", f"[uk>en] {UK2}"]
    assert result.route == ("uk", "en")
    assert result.packages == ("fake:uk-en", "fake:ru-en")
    assert [(p.language, p.route, p.translated) for p in result.paragraphs] == [
        ("uk", ("uk", "en"), True), ("ru", ("ru", "en"), True), ("uk", ("uk", "en"), True),
    ]  # fmt: skip
    assert [s for s, _ in result.sentences] == [UK, RU, UK2]
    assert result.warnings == ()


def test_run_without_a_model_is_left_as_written_and_named() -> None:
    engine = TranslationEngine(FakeTranslator(pairs=[("uk", "en")]), cache=None, glossary=None)
    [result] = engine.translate_many([(TEXT, _detection())], "en")
    assert not isinstance(result, Exception)
    assert result.text.split("\n\n") == [f"[uk>en] {UK}", RU, f"[uk>en] {UK2}"]
    [warning] = result.warnings
    assert "is in ru, not uk" in warning and "ru->en" in warning
    assert [p.translated for p in result.paragraphs] == [True, False, True]


def test_document_language_without_a_model_fails_the_text() -> None:
    engine = TranslationEngine(FakeTranslator(pairs=[("ru", "en")]), cache=None, glossary=None)
    [result] = engine.translate_many([(TEXT, _detection())], "en")
    assert isinstance(result, Exception) and "uk->en" in str(result)


def test_language_code_source_is_one_run() -> None:
    engine = TranslationEngine(FakeTranslator(), cache=None, glossary=None)
    [result] = engine.translate_many([(TEXT, "uk")], "en")
    assert not isinstance(result, Exception)
    assert result.paragraphs == () and result.text.count("[uk>en]") == 3


def test_links_handles_and_hashtags_at_sentence_edges_are_not_translated() -> None:
    translator = FakeTranslator()
    engine = TranslationEngine(translator, cache=None, glossary=None)
    text = (
        "Бои идут у Суджи. https://t.me/news/1 #Kursk @news_bot\n\n"
        "#Ukraine #Kursk #StandWithUkraine\n\n"
        "@desk Писать на desk@example.org."
    )
    result = engine.translate(text, "ru", "en")
    assert result.text.split("\n\n") == [
        "[ru>en] Бои идут у Суджи. https://t.me/news/1 #Kursk @news_bot",
        "#Ukraine #Kursk #StandWithUkraine",
        "@desk [ru>en] Писать на desk@example.org.",
    ]
    sent = [text for _, _, texts in translator.calls for text in texts]
    assert not any("#" in s or "https://" in s for s in sent)


class _Pairs:
    """A backend with models for some pairs only; it answers an empty batch to say so."""

    name = "pairs"

    def __init__(self, *pairs: str) -> None:
        self.pairs = {tuple(p.split("-")) for p in pairs}

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        if (source, target) not in self.pairs:
            raise MissingModelError(f"no {source}->{target}", source=f"{source}->{target}")
        return list(texts)


@pytest.mark.parametrize(
    ("pairs", "source", "target", "pivot", "route"),
    [
        pytest.param(("ru-en",), "ru", "en", "en", ("ru", "en"), id="direct"),
        pytest.param(("ko-en", "en-ru"), "ko", "ru", "en", ("ko", "en", "ru"), id="via-pivot"),
        pytest.param(("ko-ru", "ko-en", "en-ru"), "ko", "ru", "en", ("ko", "ru"), id="direct-wins"),
    ],
)
def test_pivot_route(
    pairs: tuple[str, ...], source: str, target: str, pivot: str, route: tuple[str, ...]
) -> None:
    assert pivot_route(_Pairs(*pairs), source, target, pivot) == route


@pytest.mark.parametrize(
    ("pairs", "pivot", "command"),
    [
        pytest.param(("en-ru",), "en", "models install ko en", id="first-half-missing"),
        pytest.param(("ko-en",), "en", "models install en ru", id="second-half-missing"),
        pytest.param(("ko-en",), None, "models install ko ru", id="no-pivot"),
    ],
)
def test_pivot_route_names_the_missing_package(
    pairs: tuple[str, ...], pivot: str | None, command: str
) -> None:
    with pytest.raises(MissingModelError, match=command):
        pivot_route(_Pairs(*pairs), "ko", "ru", pivot)


@pytest.mark.parametrize(
    ("source", "target", "pivot", "message"),
    [
        pytest.param("en", "fr", "en", "no translation model for en->fr; install", id="from-pivot"),
        pytest.param("ko", "en", "en", "no translation model for ko->en; install", id="to-pivot"),
        pytest.param("ko", "fr", None, "no translation model for ko->fr; install", id="no-pivot"),
        pytest.param(
            "ko", "fr", "en", "no translation model for ko->fr (directly or via en)", id="via"
        ),
    ],
)
def test_missing_route_message_names_only_routes_that_exist(
    source: str, target: str, pivot: str | None, message: str
) -> None:
    """'en->fr (directly; en is the pivot itself)' read as nonsense to a user who asked --to fr
    for English versions: a route through the pivot is named only when there is one."""
    with pytest.raises(MissingModelError) as caught:
        pivot_route(_Pairs(), source, target, pivot)
    assert message in str(caught.value)
    assert "itself" not in str(caught.value)
