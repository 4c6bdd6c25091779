"""Word diffs as a journalist reads them, in every format, on our own story: a council's
notice and a daily's fuller report of one vote.

A partial link (one outlet adds clauses to a fact) reads as a word diff: the shared words stay
plain and only the added clauses are marked as inserted, never the whole sentence replaced
(docs/comparison.md, "Word diff"). A deleted phrase followed straight by an inserted one is set
apart by a space, or the last deleted and the first inserted word read as one word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import polyglot_news
from polyglot_news.comparison.model import Comparison
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal

COUNCIL = (
    "Canton votes down second tunnel\n\n"
    "Voters rejected the plan. Turnout was 48 percent, the electoral office said.\n"
)
DAILY = (
    "Second tunnel rejected at the polls\n\n"
    "Voters in the canton narrowly rejected the plan to build a second road tunnel "
    "under the pass, with 51 percent against. Turnout was 48 percent, the electoral office said.\n"
)
RENDER = {
    "terminal": lambda c: render_terminal(c, color=False),
    "markdown": render_markdown,
    "html": render_html,
}
ADDED = " to build a second road tunnel under the pass, with 51 percent against"


@pytest.fixture(scope="module")
def vote(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    folder = tmp_path_factory.mktemp("vote")
    paths = []
    for name, text in (("council", COUNCIL), ("daily", DAILY)):
        path = Path(folder, f"{name}.txt")
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return polyglot_news.compare(paths, base="council")


def test_the_link_is_partial_and_its_diff_keeps_the_shared_words(vote: Comparison) -> None:
    cell = vote.claims[1].cell("daily")
    assert cell is not None and cell.kind == "partial"
    assert cell.diff == (
        (0, "Voters "),
        (1, "in the canton narrowly "),
        (0, "rejected the plan"),
        (1, ADDED),
        (0, "."),
    )
    [change] = [c for c in vote.comparisons[0].changes if c.kind == "partial"]
    assert change.diff == cell.diff


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        pytest.param(
            "terminal",
            "Voters {+in the canton narrowly +}rejected the plan{+ to build",
            id="terminal",
        ),
        pytest.param(
            "markdown",
            "Voters **in the canton narrowly** rejected the plan **to build",
            id="markdown",
        ),
        pytest.param(
            "html",
            "Voters <ins>in the canton narrowly </ins>rejected the plan<ins> to build",
            id="html",
        ),
    ],
)
def test_every_text_format_shows_the_shared_part_as_equal(
    vote: Comparison, fmt: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    render = RENDER[fmt]
    text = render(vote)
    assert shown in text
    # in the claims grid and in the daily-against-council section alike, never replaced whole
    assert text.count(shown) == 2
    assert "[-Voters rejected the plan" not in text and "~~Voters rejected" not in text


def test_json_cells_and_changes_carry_the_word_diff(vote: Comparison) -> None:
    data = json.loads(render_json(vote))
    [cell] = [c for c in data["claims"][1]["cells"] if c["version"] == "daily"]
    assert cell["kind"] == "partial"
    assert [0, "rejected the plan"] in cell["diff"]
    assert [1, ADDED] in cell["diff"]
    [change] = [c for c in data["comparisons"][0]["changes"] if c["kind"] == "partial"]
    assert change["diff"] == cell["diff"]


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        pytest.param(
            "terminal",
            "[-Canton votes down second tunnel-] {+Second tunnel rejected at the polls+}",
            id="terminal",
        ),
        pytest.param(
            "markdown",
            "~~Canton votes down second tunnel~~ **Second tunnel rejected at the polls**",
            id="markdown",
        ),
        pytest.param(
            "html",
            "<del>Canton votes down second tunnel</del> "
            "<ins>Second tunnel rejected at the polls</ins>",
            id="html",
        ),
    ],
)
def test_a_replaced_phrase_is_set_apart_from_its_replacement(
    vote: Comparison, fmt: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    render = RENDER[fmt]
    assert shown in render(vote)


def test_json_keeps_the_diff_itself(vote: Comparison) -> None:
    data = json.loads(render_json(vote))
    [cell] = [c for c in data["claims"][0]["cells"] if c["version"] == "daily"]
    assert cell["diff"] == [
        [-1, "Canton votes down second tunnel"],
        [1, "Second tunnel rejected at the polls"],
    ]
