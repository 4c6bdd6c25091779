"""Kinds of misses and false hits in Chinese, Japanese, Korean and Arabic (issue-12-asian).

Names in the forms the press writes (simplified characters, bare region names, Korean city
names without 시, Arabic town names GeoNames gives in several spellings) and look-alikes that
are dishes, breeds, hats, landmarks, family names, words or people with a title.
"""

from __future__ import annotations

import pytest
from glossary.test_people import found

from polyglot_news.glossary import default_glossary


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("zh", "兰州发生地震。", "lanzhou", "兰州"),  # CC-CEDICT has 兰州 as the city only
        ("zh", "哈尔科夫遭到袭击。", "kharkiv", "哈尔科夫"),  # simplified from 哈爾科夫
        ("zh", "巴基斯坦信德省暴发洪灾。", "sindh", "信德"),  # the bare name, 省 outside
        ("ko", "오사카에서 엑스포가 열렸다.", "osaka", "오사카"),  # GeoNames: 오사카 시
        ("ko", "우한에서 공장이 가동됐다.", "wuhan", "우한"),  # no word of hunspell-ko
        ("ko", "텍사스주 홍수로 수십 명이 숨졌다.", "texas", "텍사스"),  # 주: a bound noun
        ("ko", "쓰촨성에서 지진이 발생했다.", "sichuan-sheng", "쓰촨성"),
        ("ar", "وقع انفجار في حمص.", "homs", "حمص"),  # مدينة حمص in GeoNames
        ("ar", "اندلعت حرائق في كاليفورنيا.", "california", "كاليفورنيا"),
        ("ar", "بحسب وكالة سانا.", "syrian-arab-news-agency", "سانا"),
        ("ja", "ミンアウンフライン総司令官が投票した。", "min-aung-hlaing", "ミンアウンフライン"),
    ],
)  # fmt: skip
def test_names_in_the_forms_the_press_writes(
    lang: str, text: str, entity: str, surface: str
) -> None:
    assert (entity, surface) in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "福岡選手が決勝点を挙げた。"),  # a footballer's family name
        ("ja", "長野さんは会社員だ。"),
        ("ja", "宮崎駿監督の新作が公開された。"),  # family name, given name, role
        ("ja", "夕食に長崎ちゃんぽんを食べた。"),  # a dish
        ("ja", "秋田犬を飼い始めた。"),  # a breed
        ("ja", "名古屋城を見学した。"),  # a landmark
        ("ja", "パナマ帽をかぶった男性。"),  # a hat
        ("ja", "症状は大分落ち着いた。"),  # 大分 "considerably" (JMdict ichi1)
        ("ja", "決勝ゴールを決めた。"),  # ゴール "goal", not Ghor
        ("zh", "他点了一碗兰州拉面。"),
        ("zh", "我们吃了重庆火锅。"),
        ("zh", "巴拿马草帽很受欢迎。"),
        ("zh", "这封信还没有开封。"),  # 开封 "to open": no bare name
        ("zh", "无法从后台中恢复。"),  # 后台 + 中, not 台中 (Taichung: 臺中 only)
        ("zh", "这是自由软件。"),  # 自由 "free", not Freetown (自由市)
        ("ko", "선전 활동이 강화됐다."),  # 선전 "propaganda", not Shenzhen
        ("ko", "그는 무죄를 주장했다."),  # 주장 "claim", not Jiujiang (GeoNames: 주장 시)
        ("ko", "그 둘은 이란성 쌍둥이다."),  # -성 is a suffix, not a bound noun here
        ("en", "President Lincoln signed the bill."),  # a title before a town
        ("pt", "O atacante Santos marcou dois gols."),
    ],
)
def test_look_alikes_are_no_names(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


def test_places_keep_their_name_beside_other_words() -> None:
    glossary = default_glossary()
    assert {h.entry_id for h in glossary.find("長崎で大雨が降った。", "ja")} == {"nagasaki"}
    assert {h.entry_id for h in glossary.find("The ship docked in Santos.", "en")} == {"santos"}
