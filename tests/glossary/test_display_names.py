"""Every entity is shown by a human name, never its internal id (new-user trial, 2 December).

The trial saw ``Luxembourg City -> luxembourg-2``, 'glossary term lost: luxembourg-2', French
"Ville de Luxembourg" turned into "luxembourg-2" by the in-line method, 152 entities shown by
their id in ``glossary show -l en``, ``Hong Kong SAR China`` for Гонконг and a user's mul-only
TikTok shown as ``tiktok``. Sentences are our own.
"""

from __future__ import annotations

import importlib.util
import re
from importlib.resources import files
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from polyglot_news.glossary import default_glossary, load_glossary, protect
from polyglot_news.glossary.model import Entry, Form, Glossary
from polyglot_news.glossary.shipped import DISPLAY_FILE

HEADER = "id\ttype\tlang\tform\tcanonical\tinflect\tnote\n"
_SLUG_SUFFIX = re.compile(r"-\d+$")


def test_every_shipped_entity_has_a_display_name() -> None:
    glossary = default_glossary()
    named_by_id = []
    for entry in glossary.entries:
        shown = glossary.canonical(entry.id, "en")
        own_forms = {f.text for f in entry.forms}
        if shown == entry.id and shown not in own_forms:  # 'dpa' is the agency's own name
            named_by_id.append(entry.id)
        assert not _SLUG_SUFFIX.search(shown), (entry.id, shown)
    assert named_by_id == []


def test_display_file_names_only_entities_without_english_forms() -> None:
    glossary = default_glossary()
    lines = files("polyglot_news.glossary_data").joinpath(DISPLAY_FILE).read_text("utf-8")
    rows = [line.split("\t") for line in lines.splitlines()[3:]]
    # 75 since regions named after their city take a kind word (issue-12-persons)
    assert len(rows) > 50
    for entity, name in rows:
        entry = glossary.get(entity)
        assert entry is not None, entity
        assert entry.canonical("en") is None and name.strip() == name and name


@pytest.mark.parametrize(
    ("lang", "text", "surface", "shown"),
    [
        ("en", "The court sits in Luxembourg City.", "Luxembourg City", "Luxembourg City"),
        ("fr", "La Cour siège à Ville de Luxembourg.", "Ville de Luxembourg", "Luxembourg City"),
        ("ru", "Акции прошли в Гонконге и Макао.", "Гонконге", "Hong Kong"),
        ("ru", "Акции прошли в Гонконге и Макао.", "Макао", "Macao"),
        ("ko", "홍콩에서 시위가 열렸다.", "홍콩", "Hong Kong"),
        ("ko", "앤트워프 항구의 노동자들이 파업했다.", "앤트워프", "Antwerp"),
        ("ko", "안트베르펜 항구가 멈췄다.", "안트베르펜", "Antwerp"),
        ("ko", "겐트 시청 앞에서 집회가 열렸다.", "겐트", "Gent"),
    ],
)  # fmt: skip
def test_matches_are_shown_by_name(lang: str, text: str, surface: str, shown: str) -> None:
    hits = {m.surface: m.canonical for m in default_glossary().find(text, lang)}
    assert hits.get(surface) == shown


@pytest.mark.parametrize(
    ("entity", "lang", "name"),
    [
        ("hong-kong-sar-china", "en", "Hong Kong"),
        ("hong-kong-sar-china", "ru", "Гонконг"),
        ("macao-sar-china", "en", "Macao"),
        ("palestinian-territories", "en", "Palestine"),
        ("myanmar-burma", "en", "Myanmar"),
        ("united-kingdom", "en", "United Kingdom"),  # CLDR's short 'UK' is an abbreviation
        ("united-states", "en", "United States"),
        ("luxembourg-2", "ru", "Luxembourg City"),  # no Russian form: the display name
    ],
)
def test_pivot_names_use_cldr_short_names(entity: str, lang: str, name: str) -> None:
    assert default_glossary().canonical(entity, lang) == name


def test_long_cldr_names_are_still_matched() -> None:
    text = "Officials of the Hong Kong SAR China government met on Monday."
    assert [m.canonical for m in default_glossary().find(text, "en")] == ["Hong Kong"]


def test_inline_protection_sends_a_name_not_an_id() -> None:
    protected = protect("La Cour siège à Ville de Luxembourg.", "fr", "en", default_glossary(),
                        method="inline")  # fmt: skip
    assert "Luxembourg City" in protected.text and "luxembourg-2" not in protected.text


def test_user_entry_with_only_a_mul_form_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text(
        HEADER + "tiktok\torganisation\tmul\tTikTok\t1\t\t\n"
        "tiktok\torganisation\tko\t틱톡\t0\t\t\n",
        encoding="utf-8",
    )
    user = load_glossary(path)
    assert user.canonical("tiktok", "en") == "TikTok"
    merged = default_glossary().merge(user)
    assert merged.canonical("tiktok", "en") == "TikTok"
    assert merged.canonical("tiktok", "ru") == "TikTok"
    assert [m.canonical for m in merged.find("틱톡이 항소했다.", "ko")] == ["TikTok"]


def test_display_fallback_order() -> None:
    only_ru = Entry("kursk-x", "city", (Form("ru", "Курск", True),))
    both = Entry("lgov-x", "city", (Form("mul", "Lgov", True), Form("de", "Lgow", True)))
    empty = Entry("none-x", "city", ())
    glossary = Glossary([only_ru, both, empty])
    assert glossary.canonical("kursk-x", "en") == "Курск"  # its only name, not its id
    assert glossary.canonical("lgov-x", "de") == "Lgow"
    assert glossary.canonical("lgov-x", "fr") == "Lgov"
    assert glossary.canonical("none-x", "en") == "none-x"
    with pytest.raises(KeyError):
        glossary.canonical("missing", "en")


def _display_step() -> Any:
    path = Path(__file__).resolve().parents[2] / "scripts" / "_glossary_display.py"
    spec = importlib.util.spec_from_file_location("_glossary_display_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Builder:
    """The parts of scripts/_glossary_builder.Builder the display step reads."""

    def __init__(self, rows: dict[str, list[tuple[str, str, str, str, str]]]) -> None:
        self.rows = rows
        self.place_ids = {"HK": "hk", "GB": "gb", "CC": "cc", "L1": "lux-2", "X1": "nameless"}
        self.story: set[str] = set()


def _row(lang: str, text: str, canonical: str) -> tuple[str, str, str, str, str]:
    return (lang, text, canonical, "", "")


def test_build_step_prefers_short_names_but_not_abbreviations() -> None:
    step = _display_step()
    builder = _Builder({
        "hk": [_row("en", "Hong Kong SAR China", "1"), _row("en", "Hong Kong", "0")],
        "gb": [_row("en", "United Kingdom", "1"), _row("en", "UK", "0")],
        "cc": [_row("en", "Cocos (Keeling) Islands", "1"), _row("en", "Cocos Islands", "0")],
    })  # fmt: skip
    shorts = {"HK": {"en": "Hong Kong"}, "GB": {"en": "UK"}, "CC": {"en": "Cocos Islands"}}
    assert step.prefer_short_names(builder, shorts) == 2
    canonical = {e: [r[1] for r in rows if r[2] == "1"] for e, rows in builder.rows.items()}
    assert canonical == {"hk": ["Hong Kong"], "gb": ["United Kingdom"], "cc": ["Cocos Islands"]}


def test_build_step_names_entities_without_english_and_fails_on_none() -> None:
    step = _display_step()
    place = SimpleNamespace(key="L1", english="Luxembourg")
    builder = _Builder({
        "lux-2": [_row("mul", "Bandar Luxembourg", "1"), _row("mul", "Luxembourg City", "0")],
        "gb": [_row("en", "United Kingdom", "1")],
    })  # fmt: skip
    assert step.display_names(builder, [place]) == {"lux-2": "Luxembourg City"}
    builder.rows["nameless"] = [_row("ja", "名無し", "1")]
    with pytest.raises(SystemExit, match="nameless"):
        step.display_names(builder, [place])
