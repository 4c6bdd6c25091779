"""One definition of a link (polyglot_news.weblinks): translation protects what detection ignores.

Each span translation holds byte-identical (:func:`polyglot_news.translate.spans.find_spans`) must
also be blanked out before language detection counts letters
(:func:`polyglot_news.langid.scripts.strip_non_language`), so a Latin link never votes for
English in a Russian post, and a link detection ignores is never translated.
"""

from __future__ import annotations

import re

import pytest

from polyglot_news.langid.scripts import count_scripts, strip_non_language
from polyglot_news.translate.spans import TOKEN, find_spans
from polyglot_news.weblinks import LINK

CASES = [
    # (text, the spans both stages must recognise)
    pytest.param(
        "см. https://mod.gov.ua/news/123 вчера", ["https://mod.gov.ua/news/123"], id="url"
    ),
    pytest.param(
        "на www.ukrinform.ua/ato/3899.html днём", ["www.ukrinform.ua/ato/3899.html"], id="www"
    ),
    pytest.param("канал t.me/kursk_news пишет", ["t.me/kursk_news"], id="bare-host-path"),
    pytest.param("пишите press@mil.gov.ua сегодня", ["press@mil.gov.ua"], id="email"),
    pytest.param(
        "пишите ivan_petrov@mail.ru сегодня", ["ivan_petrov@mail.ru"], id="email-underscore"
    ),
    pytest.param(
        "пишите иван.петров@mail.ru сегодня", ["иван.петров@mail.ru"], id="email-cyrillic"
    ),
    pytest.param("пишите a%b+c@x.org сегодня", ["a%b+c@x.org"], id="email-percent"),
    pytest.param("бот @example_news_bot ответил", ["@example_news_bot"], id="handle"),
    pytest.param("тег #Курск и #StandWithUkraine", ["#Курск", "#StandWithUkraine"], id="hashtags"),
    pytest.param("ftp://files.example.org/a.txt там", ["ftp://files.example.org/a.txt"], id="ftp"),
]


@pytest.mark.parametrize(("text", "spans"), CASES)
def test_what_translation_protects_detection_ignores(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in find_spans(text)] == spans
    stripped = strip_non_language(text)
    for span in spans:
        assert span not in stripped
        assert not any(ch.isalpha() for ch in strip_non_language(span)), span
    assert count_scripts(text).counts.get("latin", 0) == 0  # only the Cyrillic words vote


def test_translation_uses_the_shared_definition() -> None:
    assert TOKEN == LINK
    assert re.fullmatch(LINK, "https://x.org/a") and not re.fullmatch(LINK, "example.ru")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("сайт example.ru закрыт", "example", id="bare-host"),
        pytest.param("курс $BTC растёт", "BTC", id="cashtag"),
    ],
)
def test_detection_also_ignores_what_translation_need_not_protect(text: str, kept: str) -> None:
    assert find_spans(text) == []  # left to the model: no path, or not a link
    assert kept not in strip_non_language(text)
