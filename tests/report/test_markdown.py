"""The Markdown report: tables and change lists, with article text escaped."""

from __future__ import annotations

import re

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.report.markdown import escape_markdown, render_markdown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kursk region", "Kursk region", id="plain"),
        pytest.param("a | b", "a \\| b", id="pipe"),
        pytest.param("*bold* _it_", "\\*bold\\* \\_it\\_", id="emphasis"),
        pytest.param("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))", id="link"),
        pytest.param("![i](http://e/x.png)", "!\\[i\\](http://e/x.png)", id="image"),
        pytest.param("<script>", "\\<script\\>", id="html"),
        pytest.param("`code`", "\\`code\\`", id="code"),
        pytest.param("&lt;", "\\&lt;", id="entity"),
        pytest.param("~~gone~~", "\\~\\~gone\\~\\~", id="strike"),
        pytest.param("line\nbreak", "line break", id="newline"),
        pytest.param("back\\slash", "back\\\\slash", id="backslash"),
    ],
)
def test_escape_markdown(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


def _cells(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line)) - 1


def test_tables_keep_their_columns_with_hostile_text(hostile: Comparison) -> None:
    text = render_markdown(hostile)
    for block in text.split("\n\n"):
        rows = [line for line in block.splitlines() if line.startswith("|")]
        if rows:
            assert len({_cells(row) for row in rows}) == 1, block


def test_hostile_text_is_inert_once_rendered(hostile: Comparison) -> None:
    # markdown-it-py comes with rich; render as a CommonMark + GFM tables viewer would.
    from markdown_it import MarkdownIt

    html = (
        MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(render_markdown(hostile))
    )
    assert not re.search(r"<(script|img|svg|textarea)", html)
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', html))
    assert "&lt;script&gt;window.__pwned=1" in html


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param("| reuters-en | Reuters | en | 0.99 | en (original) | 6 | base |", id="row"),
        pytest.param("~~11,000~~ **12,000**", id="word-diff"),
        pytest.param("**move** \\#3 → \\#1 \\[attribution\\]", id="move-label"),
        pytest.param("**insert** \\#4", id="insert"),
        pytest.param("**delete** \\#4 \\[number\\]: ~~Seoul's spy agency", id="delete"),
        pytest.param("| **tass-ru** | 0.71 | 1.00 | 0.39 |", id="matrix"),
        pytest.param("## Not compared", id="failures"),
        pytest.param("| glossary | sha256:", id="signature"),
        pytest.param("| # | labels | reuters-en (base) | tass-ru | yonhap-ko |", id="claims-head"),
        pytest.param(
            "| 4 | \\[number\\] \\[attribution\\] | *ref* \\#2: Ukraine's military said about "
            "11,000 soldiers had been sent. | \\#3 reworded 0.71 \\[number\\] \\[attribution\\]: "
            "~~Ukraine's military said~~ "
            "**Ukrainian officials claimed that** about ~~11,000~~ **12,000** soldiers had been "
            "sent. | *absent* |",
            id="claim-row",
        ),
        pytest.param("7 claims: 1 in every version, 2 only in one version", id="claims-summary"),
    ],
)
def test_markdown_shows(comparison: Comparison, expected: str) -> None:
    assert expected in render_markdown(comparison)
