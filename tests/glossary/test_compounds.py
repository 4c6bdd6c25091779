"""Chinese and Japanese names inside longer dictionary words are no names (issue 12).

The words come from CC-CEDICT and JMdict at build time (``compounds.tsv``); a word that is
about the place keeps its name (北京市, 中国人民银行), and a run of headline abbreviations that
is also a word (日中, daytime) counts only before a noun.
"""

from __future__ import annotations

import pytest

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.substring import compound_words


def _ids(text: str, lang: str) -> list[str]:
    return [m.entry_id for m in default_glossary().find(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "马里奥赛车是任天堂的游戏。"),  # Mario, not Mali
        ("zh", "市场上的荷兰豆很新鲜。"),  # snow peas, not the Netherlands
        ("zh", "韩国瑜昨天接受了采访。"),  # Han Kuo-yu, not South Korea
        ("zh", "博物馆展出了古巴比伦的泥板。"),  # ancient Babylon, not Cuba
        ("ja", "母にトルコ石のネックレスを贈った。"),  # turquoise, not Turkey
        ("ja", "週末は中国地方で大雨が降った。"),  # the Chūgoku region, not China
        ("ja", "日中は暑く、夜は涼しかった。"),  # daytime, not Japan and China
    ],
)
def test_a_name_inside_a_longer_dictionary_word_is_no_name(lang: str, text: str) -> None:
    assert _ids(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("zh", "荷兰首相抵达海牙。", "netherlands"),
        ("zh", "马里军政府宣布延长过渡期。", "mali"),
        ("zh", "北京市政府发布了通知。", "beijing"),  # 北京市 is about Beijing
        ("zh", "中国人民银行宣布降息。", "china"),
        ("zh", "韩国总统访问美国。", "south-korea"),
        ("ja", "トルコ政府は声明を出した。", "turkiye"),
        ("ja", "中国外務省の報道官が会見した。", "china"),
        ("ja", "日中首脳会談が北京で開かれた。", "china"),  # the run before a noun
    ],
)
def test_the_name_itself_and_words_about_the_place_are_found(
    lang: str, text: str, entity: str
) -> None:
    assert entity in _ids(text, lang)


def test_the_compound_table_lists_words_not_names() -> None:
    zh, ja = compound_words("zh"), compound_words("ja")
    assert zh["荷兰豆"] == "word" and ja["トルコ石"] == "word" and ja["日中"] == "run"
    assert "北京市" not in zh and "中国人" not in zh and "日米" not in ja
