"""The generated world glossary: valid data, fast loading, and our own held-out tables.

``world_dev.tsv`` was used while tuning the build and the matcher; ``world_heldout.tsv`` was
written before tuning and measured (general fixes followed its first run); ``world_heldout2.tsv``
was written after those fixes and measured once. Figures in docs/benchmarks.md. Both hold
names of other stories than the example's, in many languages, and look-alike traps.
"""

from __future__ import annotations

import csv
import pickle
from importlib.resources import files
from pathlib import Path

import pytest

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.formats import parse
from polyglot_news.glossary.model import Glossary

HERE = Path(__file__).parent
TARGET = 0.95


def _rows(name: str) -> list[tuple[str, str, str, str]]:
    with (HERE / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(r["lang"], r["text"], r["entry"], r["surface"] or "") for r in reader]


def test_shipped_shards_are_valid_and_conflict_free() -> None:
    data = files("polyglot_news.glossary_data")
    entries = []
    for path in sorted(data.joinpath("world").iterdir(), key=lambda p: p.name):
        entries += parse(path.read_text("utf-8"), f"world/{path.name}")  # validates paradigms
    ids = {e.id for e in entries}
    assert len(ids) >= 3000  # several thousand entities
    by_lang: dict[str, list] = {}
    for entry in entries:
        by_lang.setdefault(entry.forms[0].lang, []).append(entry)
    for lang_entries in by_lang.values():
        Glossary(lang_entries)  # raises GlossaryConflictError on a form naming two entities
    assert {"ru", "uk", "be", "ko", "ja", "zh", "de", "fr", "es", "ar", "hi"} <= set(by_lang)


def test_every_language_names_every_country() -> None:
    glossary = default_glossary()
    for lang, text, entity in (
        ("ru", "Переговоры в Судане", "sudan"),
        ("be", "Вайна: Судан", "sudan"),
        ("ar", "الحرب في السودان", "sudan"),
        ("hi", "सूडान में युद्ध", "sudan"),
        ("sw", "Vita nchini Sudani", "sudan"),
        ("tr", "Venezuela seçimleri", "venezuela"),
    ):
        assert entity in {m.entry_id for m in glossary.find(text, lang)}, (lang, text)


def test_place_adjectives_carry_the_derived_flag() -> None:
    glossary = default_glossary()
    ru = {m.surface: m for m in glossary.find("курские власти и пхеньянский режим", "ru")}
    assert ru["курские"].entry_id == "kursk" and ru["курские"].derived
    assert ru["пхеньянский"].entry_id == "pyongyang" and ru["пхеньянский"].derived
    uk = glossary.find("київська влада", "uk")
    assert [(m.entry_id, m.derived) for m in uk] == [("kyiv", True)]
    assert not glossary.find("Путин прибыл в Курск", "ru")[0].derived


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Лососевая путина началась."),
        ("ru", "Мир и стабильность."),
        ("en", "We had roast turkey."),
        ("ko", "그는 다양한 수단을 동원했다."),
        ("ja", "その日に米を炊いた。"),
    ],
)
def test_common_words_are_not_names(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


def _score(table: str) -> tuple[dict[str, list[int]], list[tuple[str, str]]]:
    """Per language [forms, found]; and every false hit (a name in a trap row)."""
    glossary = default_glossary()
    stats: dict[str, list[int]] = {}
    false_hits = []
    for lang, text, entry, surface in _rows(table):
        hits = glossary.find(text, lang)
        if entry == "-":
            false_hits += [(lang, h.surface) for h in hits]
            continue
        found = stats.setdefault(lang, [0, 0])
        found[0] += 1
        found[1] += any(h.entry_id == entry and h.surface == surface for h in hits)
    return stats, false_hits


def test_dev_table_meets_the_target_per_language_with_no_false_hits() -> None:
    stats, false_hits = _score("world_dev.tsv")
    assert false_hits == []
    assert {lang: f"{b}/{a}" for lang, (a, b) in stats.items() if b / a < TARGET} == {}


def test_second_heldout_table_has_no_false_hits() -> None:
    # measured once, never tuned on: 54/58 (93%), below the 95% target; this guards the floor
    stats, false_hits = _score("world_heldout2.tsv")
    assert false_hits == []
    forms = sum(a for a, _ in stats.values())
    found = sum(b for _, b in stats.values())
    assert len(stats) >= 10 and found / forms >= 0.9


def test_heldout_table_meets_the_target_overall() -> None:
    # per-language figures (some languages have only a handful of rows) are reported in
    # docs/benchmarks.md by benchmarks/glossary_matching.py; the known misses are there too
    stats, false_hits = _score("world_heldout.tsv")
    # one known false hit: sentence-initial "Путина" (the fishing season, or Putin's genitive)
    assert len(false_hits) <= 1
    forms = sum(a for a, _ in stats.values())
    found = sum(b for _, b in stats.values())
    assert len(stats) >= 10 and found / forms >= TARGET


def test_default_glossary_loads_lazily_and_pickles_by_reference() -> None:
    glossary = default_glossary()
    assert pickle.loads(pickle.dumps(glossary)) is glossary
    assert glossary.canonical("kursk-oblast", "en") == "Kursk region"
    assert glossary.canonical("sudan", "ko") == "수단"
