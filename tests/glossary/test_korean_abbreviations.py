"""Korean country abbreviations written in Hangul (glossary/korean.py) and this round's dev table
(world_east12_dev.tsv: its own sentences, with traps for every rule)."""

from __future__ import annotations

import pytest
from glossary.test_world import _scored

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.korean import hangul_abbreviations
from polyglot_news.glossary.patterns import inflection_rules

TABLE = {"북": "north-korea", "러": "russia", "미": "united-states", "한": "south-korea",
         "남": "south-korea", "중": "china", "일": "japan"}  # fmt: skip


def _found(text: str) -> list[tuple[str, str]]:
    rules = inflection_rules()["ko"]
    return [(e, text[s:t]) for e, s, t, _ in hangul_abbreviations(text, TABLE, rules)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("북·러 회담", [("north-korea", "북"), ("russia", "러")]),
        ("한·미·일이 만났다", [("south-korea", "한"), ("united-states", "미"), ("japan", "일")]),
        ("한미동맹", [("south-korea", "한"), ("united-states", "미")]),
        ("남북 대화", [("south-korea", "남"), ("north-korea", "북")]),
        ("러 외무장관", [("russia", "러")]),
        ("북, 미사일 발사", [("north-korea", "북")]),
        ("남북으로 뻗은 산맥", []),  # a direction
        ("중·고교", []),  # 고 is no abbreviation
        ("영·호남", []),
        ("한미약품", []),  # a company: no noun of relations follows
        ("남·일", []),  # 남 only beside 북
        ("북을 치다", []),
        ("미의 기준", []),
    ],
)
def test_hangul_abbreviations_count_only_where_the_press_writes_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_word_hits_win_over_abbreviations() -> None:
    hits = default_glossary().find("미 국무부는 성명을 냈다.", "ko")
    assert [(h.entry_id, h.surface) for h in hits] == [("us-state-department", "미 국무부")]


def test_the_dev_table_is_found_with_no_false_hits() -> None:
    stats, false_hits = _scored("world_east12_dev.tsv")
    assert false_hits == []
    assert {lang: f"{b}/{a}" for lang, (a, b) in stats.items() if a != b} == {}
