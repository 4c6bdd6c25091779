"""A translation the checks flag as made up or degenerate is flagged in every report.

Before (a new user's trial): a fixture model's made-up sentences filled "Only in one version"
as facts, the Versions table showed the version like any other, and a flagged version chosen as
the base raised no word. Now the route says "unreliable", its sentences only one version
carries say "unreliable translation", and a flagged base is the first warning.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal
from polyglot_news.report._view import summaries, unique_rows, warnings
from polyglot_news.translate.quality import UNRELIABLE

FLAG = f"{UNRELIABLE}: 3 of 5 sentences share no number or name with their source"


def _flagged(comparison: Comparison, vid: str) -> Comparison:
    versions = []
    for r in comparison.versions:
        if r.id == vid and r.translation is not None:
            tr = replace(r.translation, warnings=(FLAG,))
            r = replace(r, translation=tr)
        versions.append(r)
    return replace(comparison, versions=tuple(versions))


@pytest.fixture
def tass(comparison: Comparison) -> Comparison:
    """The sample with tass-ru's translation flagged (it carries a sentence no other does)."""
    return _flagged(comparison, "tass-ru")


def test_the_route_says_unreliable(tass: Comparison) -> None:
    routes = {s.id: s.route for s in summaries(tass)}
    assert routes["tass-ru"] == "ru→en, unreliable"
    assert routes["yonhap-ko"] == "ko→en"


def test_its_unique_sentences_say_so(tass: Comparison) -> None:
    flags = {(u.version, u.unreliable) for u in unique_rows(tass)}
    assert flags == {("tass-ru", True), ("yonhap-ko", False)}


@pytest.mark.parametrize(
    ("render", "shown"),
    [
        pytest.param(lambda c: render_terminal(c, color=False),
                     "(claim 5): (unreliable translation) TASS reported", id="terminal"),
        pytest.param(render_markdown, "(claim \\#5): *(unreliable translation)* TASS reported",
                     id="markdown"),
        pytest.param(render_html, '<span class="badge unreliable">unreliable translation</span> '
                     "TASS reported", id="html"),
    ],
)  # fmt: skip
def test_every_format_marks_the_sentence(tass: Comparison, render, shown: str) -> None:
    text = render(tass)
    assert shown in text
    assert "ru→en, unreliable" in text


def test_a_flagged_base_is_the_first_warning(comparison: Comparison) -> None:
    assert all("--base" not in message for _, message in warnings(_flagged(comparison, "tass-ru")))
    base = replace(_flagged(comparison, "tass-ru"), base="tass-ru")
    where, message = warnings(base)[0]
    assert where.endswith("tass-ru.txt") and "--base" in message
    for render in (render_markdown, render_html):
        assert "base version&#39;s translation is flagged" in render(base) or (
            "base version's translation is flagged" in render(base)
        )
    console_text = render_terminal(base, color=False)
    assert "translation is flagged unreliable" in console_text


def test_json_is_unchanged_but_for_the_warning_it_already_carries(tass: Comparison) -> None:
    report = json.loads(render_json(tass))
    [version] = [v for v in report["versions"] if v["id"] == "tass-ru"]
    assert version["translation"]["warnings"] == [FLAG]


@pytest.mark.parametrize(
    ("render", "shown"),
    [
        pytest.param(lambda c: render_terminal(c, color=False),
                     "2 tass-ru (unreliable translation)", id="terminal"),
        pytest.param(render_markdown, "| tass-ru (unreliable translation) |", id="markdown"),
        pytest.param(render_html, 'tass-ru <span class="badge unreliable">unreliable translation'
                     "</span>", id="html"),
    ],
)  # fmt: skip
def test_the_claims_grid_flags_its_column(tass: Comparison, render, shown: str) -> None:
    assert shown in render(tass)
