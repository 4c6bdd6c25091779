"""The fake translator: deterministic, pair-limited, counting, and a Translator."""

from __future__ import annotations

import pickle

import pytest

from polyglot_news.errors import MissingModelError
from polyglot_news.translate.base import Translator
from polyglot_news.translate.fake import FakeTranslator


def test_is_a_translator() -> None:
    assert isinstance(FakeTranslator(), Translator)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Привет.", "Hello."), ("Пока.", "[ru>en] Пока."), ("", "[ru>en] ")],
    ids=["known", "marked", "empty"],
)
def test_translates_deterministically(text: str, expected: str) -> None:
    fake = FakeTranslator(known={("ru", "en"): {"Привет.": "Hello."}})
    assert fake.translate_batch([text], "ru", "en") == [expected]
    assert FakeTranslator.reverse("[ru>en] Пока.") == "Пока."


def test_limits_pairs_and_counts_calls() -> None:
    fake = FakeTranslator(pairs=[("ru", "en")])
    fake.translate_batch(["a", "b"], "ru", "en")
    with pytest.raises(MissingModelError, match="ko->en"):
        fake.translate_batch(["a"], "ko", "en")
    assert fake.sentence_count == 2 and len(fake.calls) == 1
    assert fake.model_ids("ru", "en") == ("fake:ru-en",)


def test_pickles() -> None:
    fake = pickle.loads(pickle.dumps(FakeTranslator(pairs=[("ru", "en")])))
    assert fake.translate_batch(["a"], "ru", "en") == ["[ru>en] a"]
