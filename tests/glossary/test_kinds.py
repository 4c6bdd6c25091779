"""False-hit kinds of issue 12 and the names beside them (``world_kinds.tsv``, tuned on).

Each kind has traps (a common word, a ship, a company, a product or a person spelled like a
town) and sentences that use the same names as places, which must still be found: Arabic words
(Ayaspell noun classes, with words of place that say the town), ships, companies and products
named after towns (``things.json``), Chinese and Japanese names inside longer dictionary words
or read as words (CC-CEDICT, JMdict), people named like towns (first names and surnames from
OpenCorpora and the US Census).
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest
from _glossary_hits import names_found

from polyglot_news.glossary import default_glossary

HERE = Path(__file__).parent
# trap rows still hit, each a known limit: "her Toyota" (her is also an object pronoun, so no
# possessive rule for it), Denzel and Bebel (not in the Census name lists). 東京湾 no longer: a
# landmark word after a town (things.json); Irving Berlin no longer: a first name before a
# glossary name that is a frequent surname too is a person's (glossary/context.py).
STILL_HIT = {
    ("en", "She traded her Toyota for an electric car."),
    ("en", "Denzel Washington won his second Oscar."),
    ("en", "Engels and Bebel corresponded for years."),
    # right names beside the ship trap since issue-12-gazetteer's water bodies: the Black Sea
    # (the cruiser Moskva stays no city) and the Pacific in 西太平洋
    ("ru", "Крейсер «Москва» затонул в Чёрном море."),
    ("zh", "辽宁舰编队在西太平洋训练。"),
}


@cache
def _rows() -> list[tuple[str, str, str, str]]:
    with (HERE / "world_kinds.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(r["lang"], r["text"], r["entry"], r["surface"] or "") for r in reader]


@pytest.mark.parametrize("row", [r for r in _rows() if r[2] != "-"], ids=lambda r: r[1][:30])
def test_the_name_used_as_a_place_is_found(row: tuple[str, str, str, str]) -> None:
    lang, text, entry, surface = row
    hits = names_found(text, lang)
    assert (entry, surface) in hits, (lang, text, hits)


def test_traps_of_each_kind_find_no_name() -> None:
    glossary = default_glossary()
    hit = {
        (lang, text)
        for lang, text, entry, _ in _rows()
        if entry == "-" and glossary.find(text, lang)
    }
    assert hit == STILL_HIT


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("ar", "حماة مدينة سورية قديمة.", "hamah"),  # a noun of place after it, in apposition
        ("ar", "وفي الحديدة توقف العمل في الميناء.", "al-hudaydah"),  # a cue with a proclitic
        ("ar", "أعلن الجيش السيطرة على صنعاء.", "sanaa"),  # an Arab country's town: Arabic name
        ("zh", "四川发生地震。", "sichuan-sheng"),  # a province without 省
        ("ru", "Он купил мотоцикл в Москве.", "moscow"),  # a product word, not before the town
        ("en", "He bought a house in Kawasaki.", "kawasaki"),  # an article of another noun
    ],
)
def test_context_keeps_the_place(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entry_id for m in default_glossary().find(text, lang)}, (lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("en", "Lagarde said inflation was easing.", "christine-lagarde"),
        ("ru", "Глава ЕЦБ Кристин Лагард выступила в Брюсселе.", "christine-lagarde"),
        ("ja", "ラガルド総裁は利下げを示唆した。", "christine-lagarde"),
        ("de", "Nabiullina hob den Leitzins an.", "elvira-nabiullina"),
        ("zh", "潘功胜宣布降准。", "pan-gongsheng"),
        ("en", "A quake struck Kidapawan in North Cotabato on Mindanao.", "kidapawan"),
        ("en", "A quake struck Kidapawan in North Cotabato on Mindanao.", "north-cotabato"),
        ("ko", "민다나오 섬에서 지진이 발생했다.", "mindanao"),
    ],
)
def test_people_and_places_in_the_news_below_the_thresholds(
    lang: str, text: str, entity: str
) -> None:
    assert entity in {m.entry_id for m in default_glossary().find(text, lang)}, (lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("ru", "В магазине закончились конфеты «Москва».", None),
        ("uk", "Гості пили пиво «Львівське» до ранку.", None),
        ("en", "The ferry \"Odesa\" left port at dawn.", None),
        ("ru", "Гостиница «Киев» закрыта на ремонт.", None),
        ("ru", "Делегация прибыла в «Москву» поздно вечером.", "moscow"),  # a preposition
        ("ru", "«Москва» ответила отказом.", "moscow"),  # opens the sentence (a headline's way)
        ("uk", "Він сказав: «Львів».", "lviv"),
    ],
)
def test_a_town_alone_in_quotes_after_a_noun_is_a_thing(lang: str, text: str, kept) -> None:
    # things.py rule 9: a cake, a beer, a hotel, a ship named after a town
    found = [h.entry_id for h in default_glossary().find(text, lang)]
    assert found == ([kept] if kept else []), found
