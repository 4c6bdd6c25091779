"""Issue 12, initial: names opening a sentence, Korean homographs, long country forms,
Romanian articled forms and first names in an oblique case (glossary/initial.py, korean.py,
arabic.py, name_cases.py; scripts/_glossary_westslavic.py and _glossary_sources.py at build
time). Rows are the kinds of world_initial_dev.tsv, written for this work."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest
from _glossary_hits import names_found
from _surface_convention import accepted_surfaces

from polyglot_news.glossary.korean import place_cue, without_titles
from polyglot_news.glossary.matcher import inflection_rules
from polyglot_news.glossary.name_cases import given_in_case

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("pl", "Warszawski sąd zdecydował o areszcie.", "warsaw", "Warszawski"),
        ("pl", "Pekińskie władze zaprzeczyły.", "beijing", "Pekińskie"),
        ("cs", "Pražský magistrát schválil rozpočet.", "prague", "Pražský"),
        ("pl", "Mali ogłosiło stan wyjątkowy.", "mali", "Mali"),
        ("it", "Damasco ha firmato l'accordo.", "damascus", "Damasco"),  # CLDR's Italian name
        ("es", "Bruselas aprobó las sanciones.", "brussels", "Bruselas"),
        ("ar", "أعلنت مالي حالة الطوارئ.", "mali", "مالي"),
        ("ko", "인도 정부는 새 규제를 발표했다.", "india", "인도"),
        ("ko", "경주에서 정상회의가 열렸다.", "gyeongju", "경주"),
        ("ko", "말리 군정은 선거를 연기했다.", "mali", "말리"),
        ("en", "Fighting in eastern DR Congo displaced thousands.", "congo-kinshasa", "DR Congo"),
        (
            "en",
            "The Democratic Republic of the Congo signed a truce.",
            "congo-kinshasa",
            "Democratic Republic of the Congo",
        ),
        (
            "it",
            "La Repubblica Democratica del Congo ha chiesto sanzioni.",
            "congo-kinshasa",
            "Repubblica Democratica del Congo",
        ),
        ("ru", "Боевики в ДР Конго захватили город.", "congo-kinshasa", "ДР Конго"),
        (
            "ar",
            "قتل عشرة أشخاص في شرق الكونغو الديمقراطية.",
            "congo-kinshasa",
            "الكونغو الديمقراطية",
        ),
        (
            "pl",
            "W Bośni i Hercegowinie doszło do protestów.",
            "bosnia-herzegovina",
            "Bośni i Hercegowinie",
        ),
        ("nl", "Hij reisde naar Bosnië-Herzegovina.", "bosnia-herzegovina", "Bosnië-Herzegovina"),
        ("ro", "Muntenegrul a aderat la NATO.", "montenegro", "Muntenegrul"),
        ("ro", "Președintele Ciprului a vizitat Atena.", "cyprus", "Ciprului"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 20 and " " not in v else None,
)
def test_names_of_the_kinds_are_found(lang: str, text: str, entity: str, surface: str) -> None:
    assert (entity, surface) in names_found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Mali chłopcy bawili się na podwórku."),  # small boys
        ("es", "Damas y caballeros, bienvenidos."),  # ladies, not Damascus
        ("pl", "Na deser podano sernik wiedeński."),  # a city's adjective in a dish
        ("pl", "Cała sprawa to czeski film."),  # an idiom: a confusing situation
        ("cs", "Na trhu jsme koupili turecký med."),  # a sweet
        ("fr", "Il a dessiné le plan à l'encre de Chine."),  # India ink
        ("ar", "قدمت الحكومة دعما مالي للشركات."),  # financial
        ("ko", "보행자가 인도에서 자전거에 부딪혔다."),  # the pavement
        ("ko", "그는 자동차 경주에서 우승했다."),  # a race
        ("ko", "영화 '부산행'이 다시 개봉했다."),  # a film's title
        ("ru", "Убийство Сергея Кирова потрясло страну."),  # Kirov, the man
        ("uk", "Вулицю Сергія Кірова перейменували."),
    ],
)
def test_traps_of_the_kinds_name_nothing(lang: str, text: str) -> None:
    assert names_found(text, lang) == set()


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("Сергея", "ru", True),
        ("Сергею", "ru", True),
        ("Ивана", "ru", True),
        ("Анны", "ru", True),
        ("Сергія", "uk", True),
        ("Президента", "ru", False),
        ("Сергея", "pl", False),
        ("Игоря", "ru", True),  # a soft-sign stem (context.py's oblique places use it too)
        ("Ігорем", "uk", True),
        ("Jordana", "pl", True),  # a Polish masculine hard stem
        ("Jordanovi", "cs", True),
        ("Jordanka", "pl", False),
    ],
)
def test_first_names_in_an_oblique_case(word: str, lang: str, expected: bool) -> None:
    nominatives = {"Сергей", "Иван", "Анна", "Сергій", "Игорь", "Ігор", "Jordan"}
    assert given_in_case(word, lang, nominatives.__contains__) is expected


def test_a_korean_cue_beside_the_name_or_in_its_sentence() -> None:
    rules = inflection_rules()["ko"]
    assert place_cue("인도 총리가 왔다.", 0, 2, rules)
    assert place_cue("경주에서 정상회의가 열렸다.", 0, 2, rules)
    assert not place_cue("인도 위를 걸었다. 정상회의가 열렸다.", 0, 2, rules)  # another sentence
    hits = [("busan", 4, 6, 0), ("busan", 14, 16, 0)]
    assert without_titles(hits, "영화 '부산행'을 보고 부산에 갔다.", rules) == [hits[1]]


@cache
def _dev() -> tuple[dict[str, list[int]], int]:
    with (HERE / "world_initial_dev.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    stats: dict[str, list[int]] = {}
    traps = 0
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        found = names_found(row["text"], row["lang"])
        if row["entry"] == "-":
            traps += bool(found)
            continue
        counts = stats.setdefault(row["lang"], [0, 0])
        counts[0] += 1
        accepted = accepted_surfaces(row["surface"] or "", row["lang"])
        counts[1] += any(e == row["entry"] and s in accepted for e, s in found)
    return stats, traps


# world_initial_dev.tsv measured on main d8e6072 before this work: 35/78 found, 10 of 23 trap
# rows hit; after it 73/78 and none, per language below (tuned on: this work's dev table)
DEV_FOUND = {"ar": 5, "bg": 1, "cs": 5, "de": 2, "en": 9, "es": 4, "fr": 5, "it": 6, "ko": 11,
             "nl": 3, "pl": 9, "ro": 8, "ru": 3, "sr": 1, "uk": 1}  # fmt: skip
DEV_TRAPS_HIT = 0


@pytest.mark.parametrize("lang", sorted(DEV_FOUND))
def test_the_dev_table_keeps_its_measured_floor(lang: str) -> None:
    stats, traps = _dev()
    assert stats[lang][1] >= DEV_FOUND[lang]
    assert traps <= DEV_TRAPS_HIT
