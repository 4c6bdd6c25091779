"""Shared case 14: Korean headline contractions (평양서, 쿠르스크에선, 수자에선) and 北.

The headline-style file and the same text with full particles name the same 8 places, people and
countries, in the same order (inputs copied from ``shared/cases/14_korean_contracted_particles``).
"""

from __future__ import annotations

from pathlib import Path

import polyglot_news

CASE = Path(__file__).resolve().parents[1] / "fixtures" / "cases" / "14_korean_contracted_particles"
EXPECTED = [
    "North Korea",
    "Kim Jong Un",
    "Pyongyang",
    "Kursk",
    "North Korea",
    "Russia",
    "Sudzha",
    "Ukraine",
]


def _names(name: str) -> list[str]:
    text = (CASE / name).read_text(encoding="utf-8")
    matches = polyglot_news.default_glossary().find(text, "ko")
    return [m.canonical for m in sorted(matches, key=lambda m: m.start)]


def test_headline_contractions_find_all_eight_names() -> None:
    assert _names("headline_style_ko.txt") == EXPECTED


def test_full_particles_find_the_same_names() -> None:
    assert _names("full_particles_ko.txt") == EXPECTED
