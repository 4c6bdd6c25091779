"""Forms derived at build time for Belarusian, Ukrainian, Russian, Polish, Czech and Japanese
(scripts/_glossary_east.py), found in sentences of our own: Belarusian spellings of places and
people from their Russian ones (akanye candidates), Russian names of regions from their
capital's adjective, Polish and Czech transcriptions of people named from Cyrillic, Japanese
names without an inner long-vowel mark."""

from __future__ import annotations

import pytest
from _glossary_hits import names_found


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        # Belarusian from Russian: ь after р dropped, unstressed о as а, в after a vowel as ў
        ("be", "Ракетны ўдар па Харкаве.", "kharkiv", "Харкаве"),
        ("be", "Прэзідэнт Шаўкат Мірзіёеў прыехаў.", "shavkat-mirziyoyev", "Шаўкат Мірзіёеў"),
        ("be", "Вучэнні ў Запарожскай вобласці.", "zaporizka-oblast", "Запарожскай вобласці"),
        # Russian regions from the capital's adjective, in every case
        (
            "ru",
            "В Николаевской области объявлена тревога.",
            "mykolaivska-oblast",
            "Николаевской области",
        ),
        ("ru", "Учения прошли в Мурманской области.", "murmanskaya-oblast", "Мурманской области"),
        # Polish and Czech transcriptions of names romanised from Russian or Ukrainian
        ("pl", "Prezydent Tokajew przyjechał do Moskwy.", "kassym-jomart-tokayev", "Tokajew"),
        ("pl", "Rzecznik Kremla Dmitrij Pieskow powiedział.", "dmitry-peskov", "Dmitrij Pieskow"),
        ("pl", "Generał Ołeksandr Syrski ogłosił.", "oleksandr-syrskyi", "Ołeksandr Syrski"),
        ("cs", "Setkal se s Tokajevem v Astaně.", "kassym-jomart-tokayev", "Tokajevem"),
        # Japanese without the inner long-vowel mark (ペシャーワル)
        ("ja", "ペシャワルで爆発があった。", "peshawar", "ペシャワル"),
        # a region named after its city: the city's name with 州 / 주
        ("ja", "ムルマンスク州で演習があった。", "murmanskaya-oblast", "ムルマンスク州"),
        ("ko", "미콜라이우주에 공습경보가 내려졌다.", "mykolaivska-oblast", "미콜라이우주"),
        # people of glossaries/people_east.tsv, the short name with a title
        ("ja", "オランダのイェッテン氏が勝利した。", "rob-jetten", "イェッテン"),
        ("zh", "斯特勒首相访问了北极地区。", "jonas-gahr-store", "斯特勒"),
        # Ethiopia: the given name alone (Abiy), not the father's (Ahmed)
        ("zh", "埃塞俄比亚总理阿比表示将举行选举。", "abiy-ahmed", "阿比"),
        # Russian case forms of names with a feminine adjective after ч (Рабочей) or a plural
        # noun (Силы -> Сил); a Czech name with a fleeting e (Pavel -> Pavla)
        (
            "ru",
            "Бойцы Рабочей партии Курдистана сложили оружие.",
            "pkk",
            "Рабочей партии Курдистана",
        ),
        (
            "ru",
            "Отряды Сил быстрого реагирования вошли в город.",
            "rapid-support-forces",
            "Сил быстрого реагирования",
        ),
        ("cs", "Premiér se setkal s prezidentem Petrem Pavlem.", "petr-pavel", "Petrem Pavlem"),
        # a name in another case before a capitalised word or a verb is no first name
        ("uk", "Прем'єр Норвегії Стьоре прибув до Осло.", "norway", "Норвегії"),
        ("uk", "Прем'єр Норвегії Стьоре прибув до Осло.", "jonas-gahr-store", "Стьоре"),
        ("cs", "Ministr Slovenska přijel do Vídně.", "slovakia", "Slovenska"),
        # Korean: a country between the surname and the title (이름 + 나라 + 직함)
        ("ko", "페트로 콜롬비아 대통령은 반발했다.", "gustavo-petro", "페트로"),
    ],
)
def test_derived_forms_are_found(lang: str, text: str, entity: str, surface: str) -> None:
    assert (entity, surface) in names_found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("pl", "Tramp przyjechał.", "donald-trump"),  # Trump is no romanisation of Трамп
        ("ja", "ハグをした。", "the-hague"),  # a final mark stays: ハーグ gives no ハグ ("hug")
        ("zh", "他会说日本语和英语。", "mariupol"),  # GeoNames' alias 日本語 ("Japanese") left out
        ("ko", "페트로 콜롬비아 가다", "gustavo-petro"),  # a country, but no title after it
        ("zh", "我们一起吃了奥利奥饼干。", "kp-sharma-oli"),  # Oreo holds 奥利
    ],
)
def test_no_derived_form_where_the_rule_does_not_apply(lang: str, text: str, entity: str) -> None:
    assert entity not in {found for found, _ in names_found(text, lang)}
