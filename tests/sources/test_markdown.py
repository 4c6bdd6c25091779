"""Markdown versions: visible text as CommonMark reads it, front matter as fields, removals kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news.sources import load
from polyglot_news.sources.markdown import parse_markdown


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("A *very* **bold** `claim`.", "A very bold claim."),
        ("See [the report](https://x.org/r 'title').", "See the report."),
        ("Line one\nline two.", "Line one line two."),
        ("Title\n=====\n\nBody.", "Title\n\nBody."),
        ("1. First.\n2. Second.", "First.\n\nSecond."),
        ("> Quoted.\n>\n> Again.", "Quoted.\n\nAgain."),
        ("Text.\n\n<div><p>Raw <b>HTML</b>.</p></div>", "Text.\n\nRaw HTML."),
        ("Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |", "Text."),
        ("Text.\n\n    indented code", "Text."),
        ("Text.\n\n![alt words](p.png)", "Text."),
        ("2 < 3 and AT&T.", "2 < 3 and AT&T."),
    ],
    ids=[
        "emphasis",
        "link",
        "soft-break",
        "setext-heading",
        "ordered-list",
        "quote",
        "html-block",
        "table-removed",
        "code-removed",
        "image-removed",
        "plain-symbols",
    ],
)
def test_visible_text(source: str, text: str) -> None:
    assert parse_markdown(source).text == text


def test_front_matter_fields_and_removals() -> None:
    doc = parse_markdown(
        "---\ntitle: T\nsource: https://x.org/a\npublished: 2025-04-28\nsite: Outlet\n"
        "lang: uk\n---\nBody.\n\n```\ncode\n```\n"
    )
    assert doc.text == "Body."
    assert doc.fields == {
        "title": "T",
        "url": "https://x.org/a",
        "date": "2025-04-28",
        "outlet": "Outlet",
        "language": "uk",
    }
    assert [r.kind for r in doc.removed] == ["code"]


def test_broken_front_matter_is_removed_and_recorded() -> None:
    doc = parse_markdown("---\ntitle: [unclosed\n---\nBody.\n")
    assert doc.text == "Body." and [r.kind for r in doc.removed] == ["front_matter"]


def test_opening_heading_is_the_title_and_stays_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "clip.md"
    path.write_text("# Troops in Kursk\n\nThe troops fought.\n", encoding="utf-8")
    [version] = load(path)
    assert version.format == "markdown" and version.title == "Troops in Kursk"
    assert version.text == "Troops in Kursk\n\nThe troops fought."


def test_front_matter_language_is_declared(tmp_path: Path) -> None:
    path = tmp_path / "clip.markdown"
    path.write_text("---\nlanguage: ru\n---\nВойска воевали.\n", encoding="utf-8")
    [version] = load(path)
    assert version.language == "ru" and version.text == "Войска воевали."
