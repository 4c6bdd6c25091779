"""Sentence and paragraph splitting: a table of cases per language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polyglot_news.segment import (
    flow,
    paragraph_spans,
    sentence_spans,
    split_paragraphs,
    split_sentences,
)

CASES = [
    # (id, language, text, expected sentences)
    (
        "en-basic",
        "en",
        "Troops advanced. Officials confirmed it!",
        ["Troops advanced.", "Officials confirmed it!"],
    ),
    (
        "en-title",
        "en",
        "Mr. Smith met Dr. Jones. They talked.",
        ["Mr. Smith met Dr. Jones.", "They talked."],
    ),
    (
        "en-acronym",
        "en",
        "The U.S. Army said so. The U.K. agreed.",
        ["The U.S. Army said so.", "The U.K. agreed."],
    ),
    (
        "en-numbers",
        "en",
        "About 11,000 troops and 1.5 tons arrived. More came.",
        ["About 11,000 troops and 1.5 tons arrived.", "More came."],
    ),
    ("en-number-abbrev", "en", "See No. 5 for details. Done.", ["See No. 5 for details.", "Done."]),
    (
        "en-initial",
        "en",
        "Kim J. Un spoke. Nobody replied.",
        ["Kim J. Un spoke.", "Nobody replied."],
    ),
    (
        "en-quotes",
        "en",
        '"We won," he said. "Now we rest." The crowd cheered.',
        ['"We won," he said.', '"Now we rest."', "The crowd cheered."],
    ),
    (
        "en-question-in-quote",
        "en",
        'He asked "why?" and left. Then silence.',
        ['He asked "why?" and left.', "Then silence."],
    ),
    ("en-ellipsis-upper", "en", "He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("en-ellipsis-lower", "en", "He paused... and then spoke.", ["He paused... and then spoke."]),
    ("en-unicode-ellipsis", "en", "Wait… What happened?", ["Wait…", "What happened?"]),
    ("en-url", "en", "Read example.com today. Thanks.", ["Read example.com today.", "Thanks."]),
    (
        "en-month",
        "en",
        "It began on Aug. 6 in Kursk. Troops moved.",
        ["It began on Aug. 6 in Kursk.", "Troops moved."],
    ),
    (
        "en-digit-start",
        "en",
        "It was 2024. 11,000 troops came.",
        ["It was 2024.", "11,000 troops came."],
    ),
    (
        "ru-guillemets",
        "ru",
        "Он сказал: «Мы победили». Потом ушёл.",
        ["Он сказал: «Мы победили».", "Потом ушёл."],
    ),
    (
        "ru-te",
        "ru",
        "Войска, т.е. части КНДР, вошли. Т.е. всё.",
        ["Войска, т.е. части КНДР, вошли.", "Т.е. всё."],
    ),
    (
        "ru-initial",
        "ru",
        "В. Путин заявил об этом. Кремль молчит.",
        ["В. Путин заявил об этом.", "Кремль молчит."],
    ),
    (
        "ru-year-abbrev",
        "ru",
        "В 2024 г. Курск атаковали. Это факт.",
        ["В 2024 г. Курск атаковали.", "Это факт."],
    ),
    (
        "ru-thousands",
        "ru",
        "Погибли 11 тыс. человек. Это много.",
        ["Погибли 11 тыс. человек.", "Это много."],
    ),
    (
        "ru-dash-dialogue",
        "ru",
        "Он ушёл. — Мы победим, — сказал он.",
        ["Он ушёл.", "— Мы победим, — сказал он."],
    ),
    (
        "uk-basic",
        "uk",
        "Війська увійшли до Курська. Це підтвердили в Києві.",
        ["Війська увійшли до Курська.", "Це підтвердили в Києві."],
    ),
    (
        "uk-abbrev",
        "uk",
        "Загинули 2 тис. осіб. Т.зв. операція триває.",
        ["Загинули 2 тис. осіб.", "Т.зв. операція триває."],
    ),
    (
        "ko-basic",
        "ko",
        "북한군이 쿠르스크에 파병됐다. 국정원이 밝혔다.",
        ["북한군이 쿠르스크에 파병됐다.", "국정원이 밝혔다."],
    ),
    ("ko-question", "ko", "사실인가? 그렇다!", ["사실인가?", "그렇다!"]),
    (
        "zh-fullstop",
        "zh-cn",
        "朝鲜军队进入库尔斯克。俄罗斯表示欢迎！真的吗？",
        ["朝鲜军队进入库尔斯克。", "俄罗斯表示欢迎！", "真的吗？"],
    ),
    (
        "ja-quote",
        "ja",
        "「行く」と言った。そして去った。",
        ["「行く」と言った。", "そして去った。"],
    ),
    ("ja-quote-speaker", "ja", "「行った。」彼は言った。", ["「行った。」彼は言った。"]),
    ("ja-quote-narration", "ja", "「行った。」雨が降った。", ["「行った。」", "雨が降った。"]),
    ("no-language", None, "Mr. Smith left. Т.е. всё.", ["Mr. Smith left.", "Т.е. всё."]),
    (
        "heading-line-ends",
        "en",
        "Drones hit Kyiv\nRussian drones hit energy facilities near the capital\n"
        "overnight. Power is out.",
        [
            "Drones hit Kyiv",
            "Russian drones hit energy facilities near the capital overnight.",
            "Power is out.",
        ],
    ),
    ("empty", "en", "  \n\n ", []),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_split_sentences(language: str | None, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize("text", [c[2] for c in CASES], ids=[c[0] for c in CASES])
def test_spans_point_into_text(text: str) -> None:
    spans = sentence_spans(text)
    assert [flow(text[s:e]) for s, e in spans] == split_sentences(text)
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in spans)
    assert spans == sorted(spans)


PARAGRAPHS = [
    ("blank-lines", "One. Two.\n\nThree.", ["One. Two.", "Three."]),
    ("one-paragraph-a-line", "One.\nTwo.\n", ["One.", "Two."]),
    ("indented", "  One  \n\n\n   Two", ["One", "Two"]),
    ("crlf", "One.\r\nTwo.", ["One.", "Two."]),
    (
        "crlf-wrapped",
        "The army said it had\r\nadvanced.\r\n\r\nNo.",
        ["The army said it had advanced.", "No."],
    ),
    ("empty", "", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PARAGRAPHS], ids=[c[0] for c in PARAGRAPHS]
)
def test_split_paragraphs(text: str, expected: list[str]) -> None:
    assert split_paragraphs(text) == expected
    assert [flow(text[s:e]) for s, e in paragraph_spans(text)] == expected


@given(st.text(alphabet=st.sampled_from(list('ab AB.!?…。\n"»«1,')), max_size=80))
def test_spans_cover_every_visible_character(text: str) -> None:
    spans = sentence_spans(text)
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
