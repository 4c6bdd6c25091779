"""The shared field cases 01 (hard-wrapped lines) and 02 (quotation then speaker), end to end.

Inputs are copies of ``shared/cases/01_hardwrapped_lines`` and ``02_quote_then_speaker`` in
``tests/fixtures/segment``; the Russian original is the example story's cp1251 file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import polyglot_news
from polyglot_news.segment import split_paragraph_sentences, split_sentences
from polyglot_news.translate.argos import ArgosTranslator

FIXTURES = Path(__file__).parent / "fixtures" / "segment"


def _compare(paths: list[Path], **kwargs: object) -> polyglot_news.Comparison:
    engine = kwargs.pop("engine", None) or polyglot_news.TranslationEngine(
        polyglot_news.FakeTranslator()
    )
    return polyglot_news.compare(paths, engine=engine, **kwargs)  # type: ignore[arg-type]


def _assert_identical(result: polyglot_news.Comparison) -> None:
    [pair] = result.comparisons
    assert pair.changes == ()
    assert pair.similarity == pytest.approx(1.0)
    first, second = result.versions
    assert first.sentences == second.sentences and len(first.sentences) > 1
    assert first.paragraphs == second.paragraphs


@pytest.mark.parametrize(
    ("plain", "wrapped"),
    [("story_en.txt", "story_en_wrapped.txt"), ("page_br_plain.txt", "page_br.html")],
    ids=["fold-64", "br-in-p"],
)
def test_wrapped_copy_compares_as_identical(plain: str, wrapped: str) -> None:
    result = _compare([FIXTURES / plain, FIXTURES / wrapped])
    _assert_identical(result)
    assert len(result.versions[0].paragraphs) == (4 if plain == "story_en.txt" else 3)


def test_wrapped_russian_translates_whole_sentences(
    example_story: Path, example_models: Path
) -> None:
    translator = ArgosTranslator(extra_packages=sorted(example_models.glob("*.argosmodel")))
    engine = polyglot_news.TranslationEngine(translator)
    paths = [example_story / "outlet_ru.txt", FIXTURES / "outlet_ru_wrapped.txt"]
    result = _compare(paths, engine=engine)
    _assert_identical(result)
    original, wrapped = (v.translation for v in result.versions)
    assert original is not None and wrapped is not None
    assert wrapped.sentences == original.sentences  # (source, translation) pairs
    assert len(wrapped.sentences) == 12  # the 12 sentences, not 31 line fragments


@settings(max_examples=25, deadline=None)
@given(width=st.integers(min_value=24, max_value=90))
def test_any_wrap_width_gives_the_same_sentences(width: int) -> None:
    text = (FIXTURES / "story_en.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))
    assert split_paragraph_sentences(wrapped, "en") == split_paragraph_sentences(text, "en")


QUOTES = [
    (
        "tv_en.txt",
        "en",
        [
            "“We will not give up a single metre of our land!” Zelensky said in his evening "
            "address.",
            "He added that Ukrainian units were still holding positions near Sudzha.",
            "“Who will answer for this?” Ukraine's foreign ministry asked after the strike on "
            "Sumy.",
        ],
    ),
    (
        "tv_ru.txt",
        "ru",
        [
            "«Мы не отдадим ни метра нашей земли!» — заявил Зеленский в вечернем обращении.",
            "Он добавил, что украинские подразделения удерживают позиции под Суджей.",
            "«Кто ответит за это?» — спросили в МИД Украины после удара по Сумам.",
        ],
    ),
]


@pytest.mark.parametrize(("name", "language", "expected"), QUOTES, ids=["en", "ru"])
def test_quotation_and_speaker_are_one_sentence(
    name: str, language: str, expected: list[str]
) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize(
    ("wire", "tv", "pivot"),
    [("wire_en.txt", "tv_en.txt", "en"), ("wire_ru.txt", "tv_ru.txt", "ru")],
    ids=["en", "ru"],
)
def test_comma_to_exclamation_is_one_edit(wire: str, tv: str, pivot: str) -> None:
    result = _compare([FIXTURES / wire, FIXTURES / tv], pivot=pivot)
    [pair] = result.comparisons
    replaced = [c for c in pair.changes if c.a_index == 0]
    assert [c.kind for c in replaced] == ["reworded"]  # one edited sentence, not two
    assert not any(c.b_text.lstrip().startswith(("—", "Zelensky")) for c in pair.changes)
    first, second = result.versions
    assert first.paragraphs[0] == second.paragraphs[0] == (0, 2)
