"""Links, e-mail addresses, @handles and #hashtags come back byte-identical from translation.

The engine runs on the project's real fixture Argos packages (examples/models), which garble or
drop such spans when they reach the model; two small backends stand in for a model that bends a
link (spaces, case) and one that drops it, to reach each path of the repair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polyglot_news import default_glossary
from polyglot_news.translate.argos import ArgosTranslator
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.spans import find_spans, mask, repair, unmask

ROOT = Path(__file__).resolve().parents[2]
MODELS = sorted((ROOT / "examples" / "models").glob("*.argosmodel"))

SENTENCES = [
    # (source language, target, sentence, spans that must come back as written)
    (
        "en",
        "ru",
        "Read the statement at https://mod.gov.ua/news/123 .",
        ["https://mod.gov.ua/news/123"],
    ),
    (
        "ru",
        "en",
        "Заявление опубликовано на https://mod.gov.ua/news/123 вчера вечером.",
        ["https://mod.gov.ua/news/123"],
    ),
    (
        "ru",
        "en",
        "Пишите на press@mil.gov.ua или @kursk_news, сообщил штаб #Курск.",
        ["press@mil.gov.ua", "@kursk_news", "#Курск"],
    ),
    (
        "uk",
        "en",
        "Деталі на https://t.me/s/ukr_news/4412 та www.ukrinform.ua/ato/3899.html у понеділок.",
        ["https://t.me/s/ukr_news/4412", "www.ukrinform.ua/ato/3899.html"],
    ),
    (
        "ko",
        "en",
        "국방부는 https://www.mnd.go.kr/news/77 에 성명을 올렸다.",
        ["https://www.mnd.go.kr/news/77"],
    ),
    (
        "en",
        "ru",
        "The ministry (https://mil.gov.ua/en/news/5) named @GeneralStaffUA, and #Kursk trended.",
        ["https://mil.gov.ua/en/news/5", "@GeneralStaffUA", "#Kursk"],
    ),
]


@pytest.fixture(scope="module")
def engine() -> TranslationEngine:
    return TranslationEngine(ArgosTranslator(extra_packages=MODELS), cache=None)


@pytest.mark.parametrize(("source", "target", "text", "spans"), SENTENCES)
def test_spans_come_back_byte_identical_through_real_models(
    engine: TranslationEngine, source: str, target: str, text: str, spans: list[str]
) -> None:
    out = engine.translate(text, source, target).text
    position = 0
    for span in spans:  # each one, in order, as written
        found = out.find(span, position)
        assert found >= 0, (span, out)
        position = found + len(span)
    assert out != text  # the words around them were translated


def test_url_ending_a_sentence_keeps_its_period_outside() -> None:
    text = "See https://mod.gov.ua/news/123. Then https://x.org/a_(b)). Or (https://x.org/c)."
    assert [text[s:e] for s, e in find_spans(text)] == [
        "https://mod.gov.ua/news/123",
        "https://x.org/a_(b)",
        "https://x.org/c",
    ]


def test_cjk_glued_to_a_link_is_not_part_of_it() -> None:
    text = "성명은 https://www.mnd.go.kr/news/77에 올라왔다. 詳細はhttps://x.jp/a/1で。"
    assert [text[s:e] for s, e in find_spans(text)] == [
        "https://www.mnd.go.kr/news/77",
        "https://x.jp/a/1",
    ]


def test_not_spans() -> None:
    assert find_spans("e.g. example.com, 3.5 #, a@b, foo@bar, x#y") == []


class _Bending:
    """A backend that 'translates' by upper-casing and puts a space after ``https:``."""

    name = "bending"

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        return [t.upper().replace("HTTPS://", "HTTPS: //") for t in texts]


class _Dropping:
    """A backend that drops every link, handle and hashtag and marks the rest."""

    name = "dropping"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        self.calls.append(list(texts))
        return [re.sub(r"\S*[@#/]\S*\s?", "", t).upper() for t in texts]


def test_bent_links_are_repaired_in_place() -> None:
    engine = TranslationEngine(_Bending(), cache=None)
    out = engine.translate("Read it at https://t.me/Kyiv_news/9 today.", "en", "ru").text
    assert out == "READ IT AT https://t.me/Kyiv_news/9 TODAY."


def test_lost_links_are_put_back_by_translating_around_them() -> None:
    backend = _Dropping()
    engine = TranslationEngine(backend, cache=None)
    text = "Write to press@mil.gov.ua or @kursk_news, details at https://t.me/x/5 today."
    out = engine.translate(text, "en", "ru").text
    assert out == "WRITE TO press@mil.gov.ua OR @kursk_news, DETAILS AT https://t.me/x/5 TODAY."
    assert backend.calls[-1] == ["Write to", "or", "details at", "today."]  # one batch


def test_baseline_keeps_what_the_model_returns() -> None:
    engine = TranslationEngine(_Dropping(), cache=None, protect_links=False)
    out = engine.translate("Write to press@mil.gov.ua today.", "en", "ru").text
    assert "press@mil.gov.ua" not in out


def test_glossary_names_inside_links_are_left_alone() -> None:
    engine = TranslationEngine(_Bending(), cache=None, glossary=default_glossary())
    result = engine.translate("Бои у Суджи, пишет t.me/kursk/1 #Курск сегодня.", "ru", "en")
    assert "t.me/kursk/1" in result.text and "#Курск" in result.text
    assert [t.surface for t in result.terms] == ["Суджи"]  # not the Курск of the hashtag


def test_repair_reports_each_span() -> None:
    text, status = repair("at HTTPS: //X.ORG/A and", ["https://x.org/a", "@gone"])
    assert (text, status) == ("at https://x.org/a and", ["repaired", "failed"])


@given(st.lists(st.sampled_from(["#a1", "@b_2", "https://c.org/d", "x@y.org"]), min_size=1))
def test_mask_and_unmask_round_trip(spans: list[str]) -> None:
    text = "Начало " + " и ".join(spans) + " конец."
    masked, hidden = mask(text, spans)
    assert not any(span in masked for span in spans)
    assert len(masked) == len(text) and hidden == spans
    assert unmask(masked.replace("Начало", "Begin"), hidden) == text.replace("Начало", "Begin")
