"""Sentence and paragraph splitting: a table of cases per language."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from polyglot_news.segment import (
    SEGMENTER_VERSION,
    flow,
    paragraph_spans,
    segmenter_id,
    sentence_spans,
    split_paragraph_sentences,
    split_paragraphs,
    split_sentences,
)

_BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "segmentation_accuracy.py"
_spec = importlib.util.spec_from_file_location("segmentation_accuracy", _BENCHMARK)
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench  # dataclasses look their module up there
_spec.loader.exec_module(bench)
# The tuning table of the benchmark, one test per case; heldout.tsv is scored by the benchmark.
DEV = bench.load_cases([bench.DATA / "dev.tsv"])

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


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [(c.language, c.text, list(c.expected)) for c in DEV],
    ids=[c.id for c in DEV],
)
def test_benchmark_dev_table(language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


def test_dev_table_covers_every_language_the_issue_names() -> None:
    languages = {c.language for c in DEV}
    assert set("en ru uk be bg sr de fr es it pl ko ja zh".split()) <= languages
    assert all(len([c for c in DEV if c.language == lang]) >= 6 for lang in languages)


@pytest.mark.parametrize("text", [c[2] for c in CASES], ids=[c[0] for c in CASES])
def test_spans_point_into_text(text: str) -> None:
    spans = sentence_spans(text)
    assert [flow(text[s:e]) for s, e in spans] == split_sentences(text)
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in spans)
    assert spans == sorted(spans)


WIRE = (
    "KYIV, May 3 (Reuters) - Ukraine's energy ministry said on\n"
    "Tuesday that repair crews had restored power to most\n"
    "districts of the capital.\n"
    "\n"
    "The ministry warned that scheduled outages would continue\n"
    "for at least a week."
)
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
    (
        "wrapped-wire",
        WIRE,
        [
            "KYIV, May 3 (Reuters) - Ukraine's energy ministry said on Tuesday that repair crews "
            "had restored power to most districts of the capital.",
            "The ministry warned that scheduled outages would continue for at least a week.",
        ],
    ),
    (
        "heading-then-wrapped-body",
        "Power back in Kyiv\n" + WIRE.split("\n\n")[1],
        [
            "Power back in Kyiv",
            "The ministry warned that scheduled outages would continue for at least a week.",
        ],
    ),
    (
        "dateline-line",
        "KYIV, May 3 (Reuters)\nThe ministry warned that scheduled outages would continue\n"
        "for at least a week, officials in the capital said.",
        [
            "KYIV, May 3 (Reuters)",
            "The ministry warned that scheduled outages would continue for at least a week, "
            "officials in the capital said.",
        ],
    ),
    (
        "bullet-list",
        "Officials listed three steps:\n• evacuate the lower districts\n• close the bridge\n"
        "• open two shelters",
        [
            "Officials listed three steps:",
            "• evacuate the lower districts",
            "• close the bridge",
            "• open two shelters",
        ],
    ),
    (
        "numbered-list-wrapped-item",
        "The plan has two parts:\n1. evacuate the lower districts before\n   the river peaks\n"
        "2. close the bridge",
        [
            "The plan has two parts:",
            "1. evacuate the lower districts before the river peaks",
            "2. close the bridge",
        ],
    ),
    (
        "speaker-dash-wrapped-down",
        "«Мы не отдадим ни метра нашей земли!»\n— заявил Зеленский в вечернем\nобращении.",
        ["«Мы не отдадим ни метра нашей земли!» — заявил Зеленский в вечернем обращении."],
    ),
    (
        "dialogue-lines",
        "Спасатели ушли.\n— Мы вернёмся утром.\n— Ждём вас.",
        ["Спасатели ушли.", "— Мы вернёмся утром.", "— Ждём вас."],
    ),
    ("lower-case-continues", "The convoy\nreached the port.", ["The convoy reached the port."]),
    ("cjk-wrapped", "政府は新しい対策を\n発表した。", ["政府は新しい対策を発表した。"]),
    ("hyphen-wrapped", "a well-\nknown reporter\nspoke.", ["a well-known reporter spoke."]),
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


def test_segmenter_id_names_module_and_version() -> None:
    assert segmenter_id() == f"polyglot_news.segment/{SEGMENTER_VERSION}"


def test_paragraph_sentences_agree_with_flat_split() -> None:
    nested = split_paragraph_sentences(WIRE, "en")
    assert len(nested) == 2
    assert [s for p in nested for s in p] == split_sentences(WIRE, "en")


@given(
    st.lists(
        st.sampled_from(
            ["The army", "said.", "It", "advanced", "9 a.m.", "U.S.", "— said", "«Да!»"]
        ),
        min_size=1,
        max_size=30,
    ),
    st.integers(min_value=12, max_value=60),
)
def test_wrapping_never_changes_the_sentences(words: list[str], width: int) -> None:
    import textwrap

    text = " ".join(words)
    wrapped = textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)
    # A text whose every line ends in a full stop reads as one paragraph a line, by design.
    assume(any(not line.endswith((".", "!", "»")) for line in wrapped.splitlines()[:-1]))
    assert split_sentences(wrapped, "en") == split_sentences(text, "en")
