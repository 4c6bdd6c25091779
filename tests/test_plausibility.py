"""Plausibility: real text scores high, mojibake of every common confusion scores low."""

from __future__ import annotations

import pytest

from polyglot_news.langid.plausibility import PLAUSIBLE, plausibility

REAL = [
    "Пхеньян подтвердил участие своих войск в боях под Курском.",
    "Нічна атака на Київ: уламки дронів упали у трьох районах столиці.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.",
    "평양이 군대 파병을 처음 인정했다.",
    "北朝鮮が部隊の派遣を初めて認めた。",
    "平壤首次承认派兵参战。",
    "Rząd przyjął nowy budżet na przyszły rok.",
    "KCNA에서 발표했다.",
    "Die Europäische Zentralbank lässt den Leitzins unverändert.",
    "https://t.me/x #Kursk @bot 11,000",
]


@pytest.mark.parametrize("text", REAL)
def test_real_text_is_plausible(text: str) -> None:
    assert plausibility(text) >= PLAUSIBLE


@pytest.mark.parametrize(
    ("text", "written", "read"),
    [
        (REAL[0], "koi8_r", "shift_jis_2004"),
        (REAL[0], "koi8_r", "cp1251"),
        (REAL[0], "cp1251", "koi8_r"),
        (REAL[0], "utf-8", "cp1251"),
        (REAL[1], "koi8_u", "cp1252"),
        (REAL[3], "euc_kr", "cp1251"),
        (REAL[4], "shift_jis", "cp1252"),
        (REAL[2], "cp1253", "cp1251"),
        (REAL[6], "cp1250", "big5"),
    ],
)
def test_mojibake_is_implausible(text: str, written: str, read: str) -> None:
    garbled = text.encode(written).decode(read, errors="replace")
    assert plausibility(garbled) < PLAUSIBLE


def test_shipped_bigram_tables_match_a_rebuild_from_the_word_tables() -> None:
    from polyglot_news.langid.bigrams import bigram_tables, build_tables

    shipped = bigram_tables()
    rebuilt = build_tables()
    assert sorted(shipped) == sorted(rebuilt)
    for lang in ("ru", "uk", "el", "pl"):  # a sample keeps the test fast; the script rebuilds all
        assert shipped[lang] == rebuilt[lang], f"run scripts/build_bigram_tables.py ({lang})"
