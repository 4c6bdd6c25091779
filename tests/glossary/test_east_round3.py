"""Kinds of names fixed by issue-12-east's third round, found in sentences of our own.

Czech -ová forms of foreign women's surnames, with the reviewed first names of
``glossaries/women_first_names.tsv`` (Meloniová, von der Leyenová; none for Patrice Talon, a
man); no Czech or Polish transcription of a person who is not named in Cyrillic (Milei); ČTK's
transcriptions of Ukrainian, Chinese, Arabic and Persian names (Zelenskyj, Si Ťin-pching,
Chameneí); Russian, Ukrainian and Belarusian surnames alone after a title in any case
(президенту Израиля Герцогу) and never without one (Герцог Эдинбургский, the duke); Korean
hanja abbreviations before a headline cue (美軍, 北核) and more of them (伊, 加, 濠, 比 in
Japanese), Korean particles of place after names that are also words (파리에서, 리마서; not
인도에서, the pavement, nor 화성에서, Mars), and people the curated tables gave in no Korean,
Japanese, Chinese or Russian form (people_east.tsv). ``world_east_dev3.tsv`` is this round's
development table (written before the fixes, tuned on): its floor is what was measured after.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from _glossary_hits import names_found
from glossary.test_world import _scored

from polyglot_news.glossary import default_glossary

# world_east_dev3.tsv before this round's fixes (main c9d8797): be 0/2, cs 3/14, ja 0/6,
# ko 0/21, pl 1/2, ru 2/9, uk 0/3, zh 0/6; 1 trap row hit (Talonová). After them: be 1/2
# (Герцаг is also the Belarusian word for duke: it needs another name near), ko 20/21 (러 alone,
# a one-syllable form the build takes for no place), the others all; no trap row hit.
DEV3_FLOOR = {"be": 1, "cs": 14, "ja": 6, "ko": 20, "pl": 2, "ru": 9, "uk": 3, "zh": 6}


@pytest.mark.parametrize("lang", sorted(DEV3_FLOOR))
def test_dev_table_keeps_its_floor(lang: str) -> None:
    stats, false_hits = _scored("world_east_dev3.tsv")
    assert stats[lang][1] >= DEV3_FLOOR[lang], stats[lang]
    assert false_hits == []


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("cs", "Premiérka Meloniová přijela do Bruselu.", "giorgia-meloni", "Meloniová"),
        ("cs", "Jednal s von der Leyenovou.", "ursula-von-der-leyen", "von der Leyenovou"),
        ("cs", "Premiérka Svyrydenková odletěla.", "yulia-svyrydenko", "Svyrydenková"),
        ("cs", "Si Ťin-pching přijal hosty.", "xi-jinping", "Si Ťin-pching"),
        ("ru", "Он встретился с президентом Израиля Герцогом.", "isaac-herzog", "Герцогом"),
        ("uk", "Звернення до президента Герцога опублікували.", "isaac-herzog", "Герцога"),
        ("ko", "美軍 감축 논의", "united-states", "美"),
        ("ko", "北核 문제 논의", "north-korea", "北"),
        ("ko", "伊 총리 방한", "italy", "伊"),
        ("ko", "파리서 정상회의 개막", "paris", "파리"),
        ("ja", "比大統領が来日した。", "philippines", "比"),
        ("ko", "빌더르스 대표는 연정 참여를 거부했다.", "geert-wilders", "빌더르스"),
        ("zh", "荷兰极右翼领导人维尔德斯拒绝入阁。", "geert-wilders", "维尔德斯"),
        # a verb of saying right after a short name (people.json verbs)
        ("ru", "Вилдерс заявил о выходе из коалиции.", "geert-wilders", "Вилдерс"),
        ("pl", "Sánchez ogłosił wybory.", "pedro-sanchez", "Sánchez"),
        ("zh", "米莱表示将继续改革。", "javier-milei", "米莱"),
        # Chinese cities from their pinyin (scripts/_glossary_pinyin.py)
        ("ko", "화이난의 공장에서 불이 났다.", "huainan", "화이난"),
        ("ru", "Паводок затопил улицы Сюйчана.", "xuchang", "Сюйчана"),
    ],
)
def test_round3_kinds_are_found(lang: str, text: str, entity: str, surface: str) -> None:
    assert (entity, surface) in names_found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("cs", "Prezident Talon promluvil.", "patrice-talon"),  # a man: no Talonová
        ("cs", "Argentinský prezident Milei promluvil.", "javier-milei"),  # no Milej
    ],
)
def test_czech_forms_follow_the_person(lang: str, text: str, entity: str) -> None:
    found = names_found(text, lang)
    assert entity in {e for e, _ in found}
    assert not any(s.endswith("ová") or s == "Milej" for _, s in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Герцог и герцогиня прибыли на приём."),  # a duke, no title before: no Herzog
        ("uk", "Герцог Кентський відкрив виставку."),
        ("ko", "인도에서 자전거를 타면 안 된다."),  # 인도 "pavement": no particle evidence
        ("ko", "화성에서 물의 흔적이 발견됐다."),  # Mars, not Hwaseong
        ("ko", "加入 신청서를 제출했다."),  # a hanja word, no abbreviation run
        ("ja", "比較的暖かい冬だった。"),
        ("ja", "伊勢神宮に参拝した。"),
        ("ko", "상추를 씻어 쌈을 쌌다."),  # Shangqiu's Korean spelling, a word (hunspell-ko)
        ("zh", "他的表示很清楚。"),
    ],
)
def test_round3_traps_find_nothing(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


def _pinyin() -> object:
    path = Path(__file__).resolve().parents[2] / "scripts" / "_glossary_pinyin.py"
    spec = importlib.util.spec_from_file_location("_glossary_pinyin_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("pinyin", "korean", "russian"),
    [
        ("Puyang", "푸양", "Пуян"),
        ("Huainan", "화이난", "Хуайнань"),
        ("Zhanjiang", "잔장", "Чжаньцзян"),
        ("Xuchang", "쉬창", "Сюйчан"),
        ("Tianjin", "톈진", "Тяньцзинь"),
        ("Xiamen", "샤먼", "Сямэнь"),
        ("Guangzhou", "광저우", "Гуанчжоу"),
        ("Huizhou", "후이저우", "Хуэйчжоу"),
        ("Quanzhou", "취안저우", "Цюаньчжоу"),
        ("Lüliang", "뤼량", "Люйлян"),
        ("Harbin", "", ""),  # no pinyin: nothing
    ],
)
def test_chinese_cities_are_spelled_by_the_korean_and_palladius_tables(
    pinyin: str, korean: str, russian: str
) -> None:
    module = _pinyin()
    assert (module.korean(pinyin), module.russian(pinyin)) == (korean, russian)  # type: ignore[attr-defined]
