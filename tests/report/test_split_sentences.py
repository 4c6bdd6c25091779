"""A sentence split in two is grouped the same in the pair sections and the claims table.

Before: the pair section (each version against the base) and the claims table (one row per
fact) were made apart and could group one long sentence covering two short ones differently:
on the example story broadcaster_en's "Ukraine has denied that claim, saying its troops are
still fighting in the area" was one change "#5→#4" in the pair section (the base's #5 and #6)
and two rows in the table (#6's row with broadcaster_en absent); kcna_en's cell "#3-4" in the
table was an insert #3 and a change #4 in the pair section; and every format wrote a change of
two sentences with its first number only ("#5→#4"). Now the table's rows decide
(:mod:`polyglot_news.comparison.claim_pairs`) and every format writes both numbers ("#5-6").

The stories are our own (``stories/``, written for these tests): a bridge collapse in four
outlets, where one outlet tells the collapse and the injuries in one sentence and the others in
two (the agency's two not adjacent), and a ferry sinking in five, where a ministry tells in two
sentences what the wire tells in one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.glossary.model import Glossary
from polyglot_news.pipeline import compare_versions
from polyglot_news.records import Version
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal
from polyglot_news.translate.engine import TranslationEngine
from polyglot_news.translate.fake import FakeTranslator

STORIES = Path(__file__).parent / "stories"
BRIDGE = ("wire", "daily", "agency", "radio")
FERRY = ("wire", "ministry", "daily", "radio", "agency")


def _compare(story: str, ids: tuple[str, ...]) -> Comparison:
    """The versions of ``story`` (English, so nothing is translated), the first as the base."""
    versions = [Version(v, f"{v}.txt", (STORIES / story / f"{v}.txt").read_text()) for v in ids]
    glossary = Glossary.empty()
    return compare_versions(
        versions,
        base=ids[0],
        source_languages=dict.fromkeys(ids, "en"),
        engine=TranslationEngine(FakeTranslator(), glossary=glossary),
        glossary=glossary,
    )


@pytest.fixture(scope="module")
def bridge() -> Comparison:
    return _compare("bridge-porto-velho", BRIDGE)


@pytest.fixture(scope="module")
def ferry() -> Comparison:
    return _compare("ferry-lembata", FERRY)


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def _rows(comparison: Comparison) -> dict[tuple[str, int], int]:
    return {
        (cell.version, k): row
        for row, claim in enumerate(comparison.claims)
        for cell in claim.cells
        for k in cell.sentences
    }


@pytest.mark.parametrize("story", ["bridge", "ferry"])
def test_a_change_of_two_sentences_is_one_row_and_a_row_one_change(
    story: str, request: pytest.FixtureRequest
) -> None:
    comparison: Comparison = request.getfixturevalue(story)
    rows = _rows(comparison)
    for pair in comparison.comparisons:
        linked = [c for c in pair.changes if c.a_index is not None and c.b_index is not None]
        for change in linked:
            a = [(pair.a, change.a_index + k) for k in range(change.a_count)]
            b = [(pair.b, change.b_index + k) for k in range(change.b_count)]
            if len(a) + len(b) > 2:  # a change of two sentences lies in one row
                assert len({rows[n] for n in a + b}) == 1, (pair.b, change)
        for row, claim in enumerate(comparison.claims):
            ours, theirs = claim.cell(pair.a), claim.cell(pair.b)
            if ours is None or theirs is None or len(ours.sentences) + len(theirs.sentences) < 3:
                continue
            inside = [c for c in linked if rows[(pair.a, c.a_index)] == row]
            if inside:  # the pair links the row's fact: one change covers both cells
                assert [(c.a_index, c.a_count, c.b_index, c.b_count) for c in inside] == [
                    (ours.sentences[0], len(ours.sentences), theirs.sentences[0],
                     len(theirs.sentences))
                ], (pair.b, claim)  # fmt: skip


def test_the_bridge_collapse_and_the_injuries_are_two_rows_in_both_views(
    bridge: Comparison,
) -> None:
    """daily's "collapsed on Monday, injuring twelve people" is in the collapse's row with the
    other outlets' collapse; the injuries' row says daily is absent and the pair section that
    the wire's injuries sentence is not in daily's (its word diff shows them added to #1: a
    partial link, daily's sentence adds a clause the wire's lacks)."""
    rows = _rows(bridge)
    assert rows[("daily", 1)] == rows[("wire", 1)] == rows[("agency", 1)] == rows[("radio", 1)]
    injured = bridge.claims[rows[("wire", 2)]]
    assert injured.versions == ("wire", "agency", "radio")
    assert rows[("daily", 1)] in injured.related
    daily = next(p for p in bridge.comparisons if p.b == "daily")
    kinds = [(c.kind, c.a_index, c.a_count, c.b_index, c.b_count) for c in daily.changes]
    assert ("partial", 1, 1, 1, 1) in kinds and ("delete", 2, 1, None, 0) in kinds


RENDER: dict[str, Callable[[Comparison], str]] = {
    "terminal": lambda c: render_terminal(c, color=False),
    "markdown": render_markdown,
    "html": render_html,
}

# (format, what the bridge's daily section shows, what the ferry's ministry section shows)
SHOWN = [
    pytest.param("terminal", ("≈ partial #1→#1 ", "- delete #2 "), ("~ reworded #1→#1-2 ",),
                 id="terminal"),
    pytest.param("markdown", ("- **partial** \\#1 → \\#1:", "- **delete** \\#2:"),
                 ("- **reworded** \\#1 → \\#1-2:",), id="markdown"),
    pytest.param("html", ('<td class="idx">1 → 1</td>', '<td class="idx">2 → ·</td>'),
                 ('<td class="idx">1 → 1-2</td>',), id="html"),
]  # fmt: skip


def _section(text: str, start: str, end: str | None) -> str:
    section = text[text.index(start) :]
    return section[: section.index(end)] if end else section


@pytest.mark.parametrize(("fmt", "bridge_shown", "ferry_shown"), SHOWN)
def test_every_format_numbers_a_change_as_the_table_numbers_its_cells(
    fmt: str,
    bridge_shown: tuple[str, ...],
    ferry_shown: tuple[str, ...],
    bridge: Comparison,
    ferry: Comparison,
) -> None:
    heading = {"terminal": " against wire", "markdown": " against wire", "html": " against wire"}
    render = RENDER[fmt]
    if fmt == "markdown":  # labels (" \\[number\\]") come and go with the label rules
        render = lambda c: re.sub(r" \\\[[a-z_]+\\\]", "", render_markdown(c))  # noqa: E731
    text = render(bridge)
    daily = _section(text, f"daily{heading[fmt]}", f"agency{heading[fmt]}")
    assert all(s in daily for s in bridge_shown), daily
    assert "#1-2→" not in daily and "1-2 → 1" not in daily  # not the one change of before
    text = render(ferry)
    ministry = _section(text, f"ministry{heading[fmt]}", f"daily{heading[fmt]}")
    assert all(s in ministry for s in ferry_shown), ministry
    assert "#1-2" in text.replace("\\#", "#")  # the table's cell of ministry


def test_json_changes_carry_the_sentences_they_cover_as_cells_do(
    bridge: Comparison, ferry: Comparison
) -> None:
    data = json.loads(render_json(ferry))
    ministry = next(p for p in data["comparisons"] if p["b"] == "ministry")
    change = next(c for c in ministry["changes"] if c["a_index"] == 1)
    assert (change["a_sentences"], change["b_sentences"]) == ([1], [1, 2])
    cells = [
        {c["version"]: c["sentences"] for c in claim["cells"]}
        for claim in data["claims"]
        if "ministry" in claim["versions"] and 1 in claim["cells"][0]["sentences"]
    ]
    assert cells and cells[0]["wire"] == [1] and cells[0]["ministry"] == [1, 2]
    data = json.loads(render_json(bridge))
    daily = next(p for p in data["comparisons"] if p["b"] == "daily")
    delete = next(c for c in daily["changes"] if c["kind"] == "delete")
    assert (delete["a_sentences"], delete["b_sentences"]) == ([2], [])
