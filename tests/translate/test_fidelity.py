"""Fidelity of a translation: numbers and names carried over, made-up sentences found."""

from __future__ import annotations

import pytest

from polyglot_news.glossary.model import Entry, Form, Glossary
from polyglot_news.records import Translation
from polyglot_news.translate.fidelity import check, pivot_values, source_values
from polyglot_news.translate.quality import (
    UNRELIABLE,
    fidelity_warnings,
    is_unreliable,
    translation_warnings,
    with_checks,
)


def _entry(entry_id: str, en: str, **forms: str) -> Entry:
    return Entry(
        entry_id,
        "place",
        (Form("en", en, True), *(Form(lang, text, True) for lang, text in forms.items())),
    )


GLOSSARY = Glossary(
    [
        _entry("lviv", "Lviv", uk="Львів", ru="Львов"),
        _entry("kharkiv", "Kharkiv", uk="Харків", ru="Харьков"),
        _entry("warsaw", "Warsaw", uk="Варшава", ru="Варшава", de="Warschau"),
        _entry("busan", "Busan", ko="부산"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ставка 7,25% годовых", [7.25]),
        ("Пришли 42 000 зрителей", [42000]),
        ("Es kamen 42.000 Zuschauer", [42000, 42]),  # German grouping or an English decimal
        ("Il y avait 42\u202f000 spectateurs", [42000]),
        ("Umsatz 1.250,75 Euro", [1250.75]),
        ("관중 4만 2천 명", [42000, 4, 2]),
        ("수출 5천만 달러", [5e7, 5]),
    ],
    ids=["ru-decimal-comma", "ru-space-group", "de-dot-group", "fr-nnbsp", "de-decimal", "ko-mixed",
         "ko-stacked"],
)  # fmt: skip
def test_source_numbers_have_every_reading_a_locale_gives(text: str, expected: list[float]) -> None:
    values = [v for _, readings in source_values(text) for v in readings]
    assert sorted(values) == sorted(float(v) for v in expected)


def test_translation_values_include_words_months_and_clock_times() -> None:
    values, digits = pivot_values("Twenty-one buses left at 7:15 p.m. on August 9, a third of them")
    assert {21.0, 19.0, 7.0, 15.0, 8.0, 9.0, 0.33} <= values
    assert [w for w, _ in digits] == ["7", "15", "9"]


@pytest.mark.parametrize(
    ("language", "source", "translated"),
    [
        ("ru", "Ставка выросла до 7,25% годовых.", "The rate rose to 7.25 percent a year."),
        ("ru", "На матч пришли 42 000 зрителей.", "42,000 spectators came to the match."),
        ("de", "Es kamen 42.000 Zuschauer nach Warschau.", "42,000 spectators came to Warsaw."),
        ("ko", "부산에서 4만 2천 명이 모였다.", "42,000 people gathered in Busan."),
        ("ko", "수출은 5천만 달러였다.", "Exports were 50 million dollars."),
        ("uk", "Потяг прибув до Львова о 21:40.", "The train arrived in Lviv at 9:40 p.m."),
        ("uk", "Зустріч відбулася 9 серпня у Харкові.", "They met on August 9 in Kharkiv."),
        ("ru", "Завод выпустил около тысячи машин.", "The plant produced about 1,000 cars."),
        ("ru", "Три человека пострадали.", "Three people were injured."),
        ("ko", "8월 9일 부산에서 회의가 열렸다.", "A meeting was held in Busan on August 9."),
        ("ru", "Собор построили в XIV веке.", "The cathedral was built in the 14th century."),
    ],
    ids=["percent", "grouped", "de-grouped-name", "ko-scales", "ko-stacked", "clock", "date-name",
         "spelled-thousand", "spelled-three", "ko-date", "roman-century"],
)  # fmt: skip
def test_faithful_translations_raise_nothing(language: str, source: str, translated: str) -> None:
    [found] = check([(source, translated)], language, "en", GLOSSARY)
    assert (found.lost, found.added, found.names, found.detached) == ((), (), (), False)


def test_a_number_lost_a_number_added_and_a_name_not_in_the_source() -> None:
    [found] = check(
        [("Ставка выросла до 7,25% во Львове.", "The rate rose to 8.5% in Kharkiv and Lviv.")],
        "ru", "en", GLOSSARY,
    )  # fmt: skip
    assert found.lost == ("7,25",)
    assert found.added == ("8.5",)
    assert found.names == ("Kharkiv",)
    assert not found.detached  # Lviv is shared


def test_a_sentence_sharing_no_anchor_with_its_source_is_detached() -> None:
    [found] = check(
        [("Во Львове открыли 12 новых школ.", "Kharkiv welcomed the delegation from Warsaw.")],
        "ru", "en", GLOSSARY,
    )  # fmt: skip
    assert found.detached and found.lost == ("12",) and found.names == ("Kharkiv", "Warsaw")


def test_a_sentence_with_one_anchor_is_never_detached() -> None:
    [found] = check([("Открыли 12 школ.", "The weather was fine.")], "ru", "en", GLOSSARY)
    assert found.lost == ("12",) and not found.detached


def test_an_inflection_the_matcher_misses_still_counts_as_in_the_source() -> None:
    # "Харковом" (instrumental) is no form the tiny glossary knows; its stem is in the source
    [found] = check([("Між Харковом і Львовом 12 потягів.", "12 trains between Kharkiv and Lviv.")],
                    "uk", "en", GLOSSARY)  # fmt: skip
    assert found.names == ()


def _tr(pairs: list[tuple[str, str]], route: tuple[str, ...] = ("uk", "en")) -> Translation:
    text = " ".join(dst for _, dst in pairs)
    return Translation(route[0], route[-1], text, route, sentences=tuple(pairs))


MADE_UP = [
    ("У Львові відкрили 12 нових шкіл.", "Kharkiv welcomed the delegation from Warsaw."),
    ("Ціни на хліб зросли на 4%.", "The minister resigned on Friday."),
    ("Мер подякував вчителям.", "The mayor thanked the teachers."),
]


def test_one_line_per_kind_with_counts_an_example_and_the_fix() -> None:
    lines = fidelity_warnings(_tr(MADE_UP), GLOSSARY)
    assert lines == (
        f"{UNRELIABLE}: 1 of 3 sentences shares no number or name with its source, as made-up "
        'output does (e.g. "У Львові відкрили 12 нових шкіл." -> "Kharkiv welcomed the '
        'delegation from Warsaw."); check the model package for uk->en',
        "numbers lost in translation: 2 of 3 sentences miss a number of their source (12 in "
        '"У Львові відкрили 12 нових шкіл." -> "Kharkiv welcomed the delegation from Warsaw."); '
        "check the model package for uk->en",
        "names not in the source: 1 of 3 sentences names someone or somewhere its source does "
        'not (Kharkiv, Warsaw in "У Львові відкрили 12 нових шкіл." -> "Kharkiv welcomed the '
        'delegation from Warsaw."); check the model package for uk->en',
    )


def test_without_a_glossary_only_numbers_are_checked() -> None:
    lines = fidelity_warnings(_tr(MADE_UP))
    assert [line.split(":")[0] for line in lines] == ["numbers lost in translation"]


def test_a_faithful_text_and_a_text_in_its_own_language_get_no_warning() -> None:
    faithful = [
        ("У Львові відкрили 12 нових шкіл.", "12 new schools opened in Lviv."),
        ("Ціни на хліб зросли на 4%.", "Bread prices rose by 4%."),
    ]
    assert translation_warnings(_tr(faithful), GLOSSARY) == ()
    assert fidelity_warnings(_tr(MADE_UP, route=("en",)), GLOSSARY) == ()


def test_a_long_example_is_cut_and_the_route_is_named() -> None:
    long = "The delegation from Warsaw " + "arrived and " * 10 + "left."
    [line] = fidelity_warnings(_tr([("Харків, 3 травня.", long)], ("ko", "en", "ru")))
    assert line.endswith('…"); check the model package for ko->en->ru')


def test_the_unreliable_mark_follows_the_warnings() -> None:
    flagged = _tr(MADE_UP)
    checked = Translation(
        "uk", "en", flagged.text, flagged.route, sentences=flagged.sentences,
        warnings=with_checks(flagged, GLOSSARY),
    )  # fmt: skip
    assert is_unreliable(checked)
    assert not is_unreliable(flagged)  # its warnings were never filled in
    assert not is_unreliable(None)


def test_a_sentence_left_as_written_is_not_checked() -> None:
    # a paragraph already in the pivot language keeps its text: no translation to check
    kept = "Warsaw said 12 trains were cancelled."
    assert check([(kept, kept), ("Во Львове 3 школы.", "3 schools in Lviv.")], "ru", "en",
                 GLOSSARY) == check([("Во Львове 3 школы.", "3 schools in Lviv.")], "ru", "en",
                                    GLOSSARY)  # fmt: skip
