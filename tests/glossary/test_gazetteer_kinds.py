"""The gazetteer's kinds of issue-12-gazetteer: water bodies, agencies' shared abbreviations,
people's transcription variants, exonyms (glossaries/waters.tsv, shared_abbreviations.tsv,
scripts/_glossary_waters.py, _glossary_variants.py, the news cities' Latin exonyms).

The sentences are written for these tests, not taken from the data or from the held-out tables;
each names one entity in a form the build derives or a table lists (Russian and Ukrainian case
forms of multiword names come from pymorphy3's agreement, the others from the rows), and the traps
are ordinary phrases holding such a name.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from _glossary_hits import names_found

from polyglot_news.glossary import default_glossary

TABLES = Path(__file__).resolve().parents[2] / "glossaries"

FOUND = [
    ("ru", "Танкер затонул в Красном море.", "red-sea", "Красном море"),
    ("ru", "Корабли вышли из Азовского моря.", "sea-of-azov", "Азовского моря"),
    ("ru", "Учения прошли в Южно-Китайском море.", "south-china-sea", "Южно-Китайском море"),
    (
        "ru",
        "Судно вошло в Баб-эль-Мандебский пролив.",
        "bab-el-mandeb",
        "Баб-эль-Мандебский пролив",
    ),
    ("uk", "Дрон атакував судно в Червоному морі.", "red-sea", "Червоному морі"),
    ("uk", "Міст через Керченську протоку.", "kerch-strait", "Керченську протоку"),
    ("pl", "Okręt wpłynął na Morze Bałtyckie.", "baltic-sea", "Morze Bałtyckie"),
    ("cs", "Tanker uvízl v Suezském průplavu.", "suez-canal", "Suezském průplavu"),
    ("de", "Der Frachter sank im Schwarzen Meer.", "black-sea", "Schwarzen Meer"),
    ("en", "Tankers avoid the Strait of Hormuz.", "strait-of-hormuz", "Strait of Hormuz"),
    ("fr", "Un cargo touché en mer Rouge.", "red-sea", "mer Rouge"),
    ("ar", "سفينة في مضيق هرمز.", "strait-of-hormuz", "مضيق هرمز"),
    ("ko", "남중국해에서 충돌했다.", "south-china-sea", "남중국해"),
    ("ja", "黒海で機雷が見つかった。", "black-sea", "黒海"),
    ("zh", "货船通过苏伊士运河。", "suez-canal", "苏伊士运河"),
    ("cs", "Podle AFP jednání skončilo.", "afp", "AFP"),
    ("nl", "Dat meldt het Spaanse EFE.", "efe", "EFE"),
    ("en", "Mohammed el-Menfi met envoys in Tripoli.", "mohamed-al-menfi", "Mohammed el-Menfi"),
    ("en", "Ahmad ash-Sharaa arrived in Riyadh.", "ahmed-al-sharaa", "Ahmad ash-Sharaa"),
    ("ru", "Генерал Мин Аунг Хлайн выступил по телевидению.", "min-aung-hlaing", "Мин Аунг Хлайн"),
    ("ru", "Самолёт вылетел из Алма-Аты.", "almaty", "Алма-Аты"),
    ("pl", "Rakiety rozmieszczono w Królewcu.", "kaliningrad", "Królewcu"),
    ("de", "Die Innenstadt von Lemberg blieb ohne Strom.", "lviv", "Lemberg"),
    ("en", "Airstrikes hit the port of Hodeidah.", "al-hudaydah", "Hodeidah"),
]

TRAPS = [
    ("en", "We ordered black sea bass and red sea salt."),
    ("en", "The walls were painted Nile green."),
    ("de", "Er aß zwei Frankfurter Würstchen."),
    ("it", "La dieta mediterranea fa bene."),
    ("pt", "Ele vestia um casaco vermelho à beira do mar."),
]


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"), FOUND, ids=[r[2] + "-" + r[0] for r in FOUND]
)
def test_new_kinds_are_found(lang: str, text: str, entity: str, surface: str) -> None:
    assert (entity, surface) in names_found(text, lang)


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[r[0] + "-" + r[1][:20] for r in TRAPS])
def test_phrases_holding_such_names_are_no_names(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


def _rows(name: str) -> list[dict[str, str]]:
    with (TABLES / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_every_water_body_has_its_source_and_english_name() -> None:
    rows = _rows("waters.tsv")
    assert len(rows) >= 40
    for row in rows:
        assert row["source"] and row["checked"].startswith("20"), row["id"]
        english = row["en"].split(" | ")[0]
        assert (row["id"], english) in names_found(f"News from the {english} today.", "en")
    assert all(r["type"] == "water" for r in rows)
