"""SentenceBatcher: distinct sentences of one pair go to the backend once, through the cache."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from polyglot_news.errors import TranslationError
from polyglot_news.translate.batches import PROGRESS_CHUNK, SentenceBatcher
from polyglot_news.translate.cache import TranslationCache
from polyglot_news.translate.fake import FakeTranslator

PAIR = ("ru", "en")


def test_only_cache_misses_reach_the_backend_and_are_counted(tmp_path: Path) -> None:
    fake = FakeTranslator()
    cache = TranslationCache(tmp_path / "cache.sqlite")
    SentenceBatcher(fake, cache).translate(["Один.", "Два."], PAIR)
    seen: list[tuple[int, int]] = []
    batcher = SentenceBatcher(fake, cache, progress=lambda done, total: seen.append((done, total)))
    out = batcher.translate(["Один.", "Три.", "#Курск Два."], PAIR)
    assert out == {
        "Один.": "[ru>en] Один.",
        "Три.": "[ru>en] Три.",
        "#Курск Два.": "#Курск [ru>en] Два.",
    }
    assert fake.calls[-1] == ("ru", "en", ("Три.",))  # "Два." (its core) came from the cache
    assert seen == [(0, 1), (1, 1)]
    assert batcher.model_ids(PAIR) == ("fake:ru-en",)


def test_progress_sends_chunks() -> None:
    fake = FakeTranslator()
    sentences = [f"Предложение {i}." for i in range(PROGRESS_CHUNK + 1)]
    SentenceBatcher(fake, None, progress=lambda done, total: None).translate(sentences, PAIR)
    assert [len(texts) for _, _, texts in fake.calls] == [PROGRESS_CHUNK, 1]


class _Broken:
    name = "broken"

    def __init__(self, answer: list[str] | Exception) -> None:
        self.answer = answer

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        pytest.param(
            RuntimeError("CUDA out of memory"),
            "broken failed to translate ru->en: CUDA",
            id="raises",
        ),
        pytest.param(["one"], "returned 1 translations for 2 ru->en sentences", id="miscounts"),
    ],
)
def test_backend_errors_become_translation_errors(answer: object, message: str) -> None:
    batcher = SentenceBatcher(_Broken(answer), None)
    with pytest.raises(TranslationError, match=message):
        batcher.translate(["Один.", "Два."], PAIR)
