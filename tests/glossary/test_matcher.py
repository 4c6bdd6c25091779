"""Matching names in running text: held-out inflected forms, traps, longest match, offsets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from polyglot_news.glossary import default_glossary

HERE = Path(__file__).parent


def forms_rows(name: str) -> list[tuple[str, str, str, str]]:
    """``(lang, text, entry, surface)`` rows of a held-out table beside this file."""
    with (HERE / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(r["lang"], r["text"], r["entry"], r["surface"] or "") for r in reader]


TABLES = ("forms_ru.tsv", "forms_uk.tsv", "forms_ko.tsv", "forms_other.tsv")
ROWS = [row for table in TABLES for row in forms_rows(table)]
# honest misses kept in the table so the recall figure stays truthful
KNOWN_MISSES = {"기사에 벨고로드주 나왔다."}
THRESHOLDS = {"ru": 0.99, "uk": 0.99, "ko": 0.97}


def _found(lang: str, text: str, entry: str, surface: str) -> bool:
    hits = default_glossary().find(text, lang)
    return any(h.entry_id == entry and h.surface == surface for h in hits)


@pytest.mark.parametrize(
    ("lang", "text", "entry", "surface"),
    [r for r in ROWS if r[2] != "-"],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None,
)
def test_form_is_found(lang: str, text: str, entry: str, surface: str) -> None:
    if text in KNOWN_MISSES:
        pytest.xfail("bound noun 주 (oblast) after a city name is not a particle")
    assert _found(lang, text, entry, surface), f"{surface!r} ({entry}) not found in {text!r}"


@pytest.mark.parametrize(
    ("lang", "text"), [(r[0], r[1]) for r in ROWS if r[2] == "-"], ids=lambda v: v
)
def test_trap_gives_no_hit(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


@pytest.mark.parametrize("lang", sorted(THRESHOLDS))
def test_recall_meets_target(lang: str) -> None:
    rows = [r for r in ROWS if r[0] == lang and r[2] != "-"]
    found = sum(_found(*r) for r in rows)
    assert len(rows) >= 100
    assert found / len(rows) >= THRESHOLDS[lang]


CASES = [
    ("oblast-not-city", "ru", "Бои в Курской области", [("kursk-oblast", "Курской области")]),
    ("city-genitive", "ru", "под Курском", [("kursk", "Курском")]),
    ("uk-regional", "uk", "на Курщині", [("kursk-oblast", "Курщині")]),
    ("ko-particle-outside", "ko", "평양에서 출발", [("pyongyang", "평양")]),
    ("en-possessive", "en", "Putin's speech", [("vladimir-putin", "Putin")]),
    ("de-genitive", "de", "Putins Rede", [("vladimir-putin", "Putin")]),
    ("fr-elision", "fr", "la guerre d'Ukraine", [("ukraine", "Ukraine")]),
    (
        "zh-longest",
        "zh",
        "库尔斯克州和库尔斯克",
        [("kursk-oblast", "库尔斯克州"), ("kursk", "库尔斯克")],
    ),
    ("ja-katakana-edge", "ja", "ソウルフードとソウル", [("seoul", "ソウル")]),
    # the middle dot between two katakana names is punctuation, not part of a longer word
    ("ja-middle-dot", "ja", "ブラジル・ベレンで", [("brazil", "ブラジル"), ("belem", "ベレン")]),
    ("ja-dot-not-a-letter", "ja", "ソウル・フード", [("seoul", "ソウル")]),
    ("en-adjective", "en", "Russian troops left Russia", [("russia", "Russia")]),
    ("abbrev-case", "ru", "сайт.рф и РФ", [("russia", "РФ")]),
    ("mul-in-korean", "ko", "KCNA 보도", [("kcna", "KCNA")]),
    ("zh-cn-code", "zh-cn", "朝中社报道", [("kcna", "朝中社")]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_cases(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    hits = default_glossary().find(text, lang)
    assert [(h.entry_id, h.surface) for h in hits] == expected
    assert all(text[h.start : h.end] == h.surface for h in hits)


def test_canonical_in_target_language() -> None:
    (hit,) = default_glossary().find("Войска КНДР", "ru", target_language="ru")
    assert (hit.canonical, hit.language) == ("КНДР", "ru")
    (hit,) = default_glossary().find("Войска КНДР", "ru")
    assert hit.canonical == "North Korea"


def test_contract_canonical_names() -> None:
    g = default_glossary()
    en = [g.canonical(e.id, "en") for e in g]
    ru = [g.canonical(e.id, "ru") for e in g]
    assert "Kursk region" in en and "Kim Jong Un" in en and "KCNA" in en
    assert "Курская область" in ru and "Ким Чен Ын" in ru and "Ёнхап" in ru
    assert len(g) >= 22
