"""The base version's column comes first in every grid a report shows, marked as the base.

Before: the claims grid and the similarity matrix listed versions in input order, so a story
loaded as ``reuters-en tass-ru yonhap-ko`` and compared against ``tass-ru`` put the base in the
middle of the grid, where a journalist reading left to right did not look for it. The JSON
report keeps input order (a program reads it by id) and names the base in ``base``.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal
from polyglot_news.report._view import claim_columns, claim_rows, matrix_grid

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def middle(comparison: Comparison) -> Comparison:
    """The sample (versions reuters-en, tass-ru, yonhap-ko) compared against tass-ru."""
    return replace(comparison, base="tass-ru")


def test_columns_put_the_base_first_and_keep_input_order_after_it(middle: Comparison) -> None:
    assert claim_columns(middle) == ["tass-ru", "reuters-en", "yonhap-ko"]
    assert claim_columns(middle, base_first=False) == ["reuters-en", "tass-ru", "yonhap-ko"]


def test_cells_follow_their_columns(middle: Comparison) -> None:
    for row in claim_rows(middle):
        assert [c.version if c else None for c in row.cells] == [
            vid if row.claim.cell(vid) else None for vid in claim_columns(middle)
        ]


def test_matrix_is_permuted_with_its_labels(middle: Comparison) -> None:
    ids, rows = matrix_grid(middle)
    assert ids == ["tass-ru", "reuters-en", "yonhap-ko"]
    # reuters-en/tass-ru 0.71, reuters-en/yonhap-ko 0.48, tass-ru/yonhap-ko 0.39 in the sample
    assert rows == [[1.0, 0.71, 0.39], [0.71, 1.0, 0.48], [0.39, 0.48, 1.0]]


def test_an_input_order_base_leaves_the_matrix_as_it_is(comparison: Comparison) -> None:
    ids, rows = matrix_grid(comparison)
    assert ids == list(comparison.matrix_ids)
    assert rows == [list(row) for row in comparison.matrix]


def test_markdown_grids_start_with_the_base(middle: Comparison) -> None:
    text = render_markdown(middle)
    claims_head = next(line for line in text.splitlines() if line.startswith("| # | labels |"))
    assert re.findall(r"\| (\S+?)(?: \([^|]*\))* (?=\|)", claims_head)[2:] == [
        "tass-ru",
        "reuters-en",
        "yonhap-ko",
    ]
    assert "| tass-ru (base) |" in claims_head
    matrix_head = text.split("## Similarity matrix", 1)[1].strip().splitlines()[0]
    assert matrix_head == "| | tass-ru (base) | reuters-en | yonhap-ko |"


def test_terminal_key_numbers_the_base_first(middle: Comparison) -> None:
    from rich.console import Console

    console = Console(file=io.StringIO(), width=200, force_terminal=False)
    lines = render_terminal(middle, console=console).splitlines()
    key = next(line for line in lines if line.startswith("columns: "))
    assert key.startswith("columns: 1 tass-ru")
    assert "(base)" in key.split(" 2 ", 1)[0]


def test_json_keeps_input_order_and_names_the_base(middle: Comparison) -> None:
    report = json.loads(render_json(middle))
    assert report["base"] == "tass-ru"
    ids = ["reuters-en", "tass-ru", "yonhap-ko"]
    assert [v["id"] for v in report["versions"]] == [*ids, "ukrinform-uk"]  # the last one failed
    assert report["matrix"]["versions"] == ids
    order = {"reuters-en": 0, "tass-ru": 1, "yonhap-ko": 2}
    for claim in report["claims"]:
        assert claim["absent"] == sorted(claim["absent"], key=order.__getitem__)


_GRID_JS = """() => {
  const text = (el) => el.textContent.replace(/\\s+/g, ' ').trim();
  const claims = [...document.querySelectorAll('table.claims thead th')].slice(1).map(text);
  const first = [...document.querySelectorAll('table.claims tbody tr')].map(
    (tr) => tr.children[1].classList.contains('base'));
  const others = document.querySelectorAll('table.claims tbody td.base').length;
  const heat = [...document.querySelectorAll('table.heat thead th')].slice(1).map(text);
  const rows = [...document.querySelectorAll('table.heat tbody th')].map(text);
  const x = (el) => el.getBoundingClientRect().left;
  const heads = [...document.querySelectorAll('table.claims thead th')];
  return {claims, first, others, heat, rows, leftmost: x(heads[1]) < x(heads[2])};
}"""


def test_chromium_shows_the_base_column_first(middle: Comparison, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip(f"Chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    report = tmp_path / "report.html"
    report.write_text(render_html(middle), encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(report.as_uri(), wait_until="load")
            seen = page.evaluate(_GRID_JS)
        finally:
            browser.close()
    rows = len(middle.claims)
    assert seen == {
        "claims": ["tass-ru base", "reuters-en", "yonhap-ko"],
        "first": [True] * rows,
        "others": rows,
        "heat": ["tass-ru (base)", "reuters-en", "yonhap-ko"],
        "rows": ["tass-ru (base)", "reuters-en", "yonhap-ko"],
        "leftmost": True,
    }
