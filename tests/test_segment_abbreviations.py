"""Abbreviations that lean on the word before them (``обл.``, ``etc.``) vs after them (``г.``).

A ``post`` abbreviation closes a clause: a capitalised word after it opens a new sentence even
when it is not a common sentence starter. A ``title`` leans on the name after it and never ends
a sentence. A ``unit`` is ``post`` right after a number (``1974 г.``) and not elsewhere.
"""

from __future__ import annotations

from importlib import resources

import pytest

from polyglot_news.segment import split_sentences
from polyglot_news.segment.rules import rules_for

SPLIT = [
    ("ru-obl", "ru", "Беспилотник сбит над Орловской обл.", "Пострадавших нет."),
    ("ru-td", "ru", "Вывезли архивы, технику и т.д.", "Здание опечатано."),
    ("ru-year", "ru", "Мост открыли в 2019 г.", "Движение по нему закрыто."),
    ("ru-years", "ru", "Сделки заключены в 2021–2023 гг.", "Суд признал их законными."),
    ("uk-obl", "uk", "Тривогу оголосили в Чернігівській обл.", "Працює ППО."),
    ("uk-year", "uk", "Школу збудували в 1988 р.", "Вона потребує ремонту."),
    ("en-etc", "en", "They sell bread, milk, eggs, etc.", "Prices doubled in May."),
    ("en-dc", "en", "The summit was held in Washington, D.C.", "Leaders agreed on aid."),
    ("de-usw", "de", "Es fehlen Betten, Decken usw.", "Danach kommt der Winter."),
    ("be-abl", "be", "Завіруха ахапіла раёны Віцебскай абл.", "Дарогі закрытыя."),
]

KEEP = [
    ("ru-city", "ru", "Митинг прошёл в г. Саратов без происшествий."),
    ("ru-street", "ru", "Движение закрыли на ул. Гагарина до утра."),
    ("ru-obl-lower", "ru", "В Орловской обл. отключили свет."),
    ("ru-td-digit", "ru", "Склады, гаражи и т.д. 40 объектов осмотрели за день."),
    ("uk-city", "uk", "Колона рушила з м. Дніпро на схід."),
    ("uk-village", "uk", "Снаряд влучив у с. Миколаївка вночі."),
    ("en-dr", "en", "The report by Dr. Okafor was published today."),
    ("en-st", "en", "Storms hit St. Petersburg overnight."),
    ("en-etc-lower", "en", "Bread, milk etc. were rationed."),
]


@pytest.mark.parametrize(
    ("language", "first", "second"), [c[1:] for c in SPLIT], ids=[c[0] for c in SPLIT]
)
def test_closing_abbreviation_before_a_capital_ends_the_sentence(
    language: str, first: str, second: str
) -> None:
    assert split_sentences(f"{first} {second}", language) == [first, second]


@pytest.mark.parametrize(("language", "text"), [c[1:] for c in KEEP], ids=[c[0] for c in KEEP])
def test_abbreviation_before_a_name_or_lower_case_does_not_end_it(language: str, text: str) -> None:
    assert split_sentences(text, language) == [text]


def test_unit_is_closing_only_after_a_number() -> None:
    rules = rules_for("ru")
    assert "г" in rules.units and "г" not in rules.closing
    assert split_sentences("Рынок закрыли в 2024 г. Власти обещали новый.", "ru") == [
        "Рынок закрыли в 2024 г.",
        "Власти обещали новый.",
    ]
    # a sentence that so far is only "preposition + two words" is a fronted adverbial
    assert split_sentences("В 2024 г. Власти закрыли рынок.", "ru") == [
        "В 2024 г. Власти закрыли рынок."
    ]
    assert split_sentences("В Курской обл. Росгвардия задержала двоих.", "ru") == [
        "В Курской обл. Росгвардия задержала двоих."
    ]
    assert split_sentences("Рынок в г. Курске закрыли.", "ru") == ["Рынок в г. Курске закрыли."]


def test_every_abbreviation_row_has_a_known_kind_and_one_kind_per_language() -> None:
    table = resources.files("polyglot_news.data").joinpath("abbreviations.tsv")
    kinds: dict[tuple[str, str], str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, word, *rest = line.split("\t")
        kind = rest[0] if rest else ""
        assert kind in {"", "title", "num", "post", "unit"}, line
        assert kinds.setdefault((language, word), kind) == kind, f"{line!r}: two kinds"
