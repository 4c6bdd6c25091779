"""What a new user's trial (2 December, third round) found in the report, fixed.

* a printed or PDF HTML report showed about 5 of 31 claim rows: the grid kept its on-screen
  scroll box (max-height) in print;
* "Not compared" said the path twice ("a.txt (missing_model): a.txt: no translation model...");
* the summary line said "6 versions compared" when three translations were flagged unreliable;
* the terminal legend gave a grid word for number and attribution only ("num [number]"), the
  other labels had none ("[hedge] ...").
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.records import InputFailure
from polyglot_news.report import render_html, render_markdown, render_terminal
from polyglot_news.report._view import failures, versions_compared
from polyglot_news.translate.quality import UNRELIABLE

CHROMIUM = "/usr/bin/chromium"


def _flag(comparison: Comparison, vid: str) -> Comparison:
    versions = []
    for r in comparison.versions:
        if r.id == vid and r.translation is not None:
            warned = (f"{UNRELIABLE}: 3 of 5 sentences share no number or name",)
            r = replace(r, translation=replace(r.translation, warnings=warned))
        versions.append(r)
    return replace(comparison, versions=tuple(versions))


def test_the_summary_names_the_versions_with_an_unreliable_translation(
    comparison: Comparison,
) -> None:
    said = versions_compared(_flag(comparison, "tass-ru"))
    assert said.endswith(", 1 with an unreliable translation (tass-ru)"), said
    assert "unreliable" not in versions_compared(comparison)


@pytest.mark.parametrize(
    "render",
    [
        pytest.param(lambda c: render_terminal(c, color=False), id="terminal"),
        pytest.param(render_markdown, id="markdown"),
        pytest.param(render_html, id="html"),
    ],
)
def test_every_format_says_it_above_the_table(comparison: Comparison, render) -> None:
    text = render(_flag(comparison, "tass-ru"))
    assert "1 with an unreliable translation (tass-ru)" in text


def test_not_compared_names_the_path_once(comparison: Comparison) -> None:
    failed = InputFailure("airport/outlet_de.txt", "missing_model",
                          "airport/outlet_de.txt: no translation model for de->en")  # fmt: skip
    shown = failures(replace(comparison, failures=(failed,)))
    assert ("airport/outlet_de.txt", "missing_model", "no translation model for de->en") in shown


def test_the_terminal_legend_names_every_label_as_the_grid_does(
    comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    claims = list(comparison.claims)
    claims[0] = replace(claims[0], labels=("number", "hedge", "quote", "name", "entity_naming"))
    text = render_terminal(replace(comparison, claims=tuple(claims)), color=False)
    for shown in ("num [number] ", "hedge [hedge] ", "quote [quote] ", "name [name] ",
                  "spell [entity_naming] "):  # fmt: skip
        assert shown in text, text
    assert "name [entity_naming]" not in text  # one grid word, one label


def test_a_printed_report_shows_the_whole_grid(comparison: Comparison, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip(f"Chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    report = tmp_path / "report.html"
    report.write_text(render_html(comparison), encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(report.as_uri(), wait_until="load")
        grid = "div.claims-grid"
        screen = page.eval_on_selector(grid, "e => getComputedStyle(e).maxHeight")
        page.emulate_media(media="print")
        printed = page.eval_on_selector(grid, "e => getComputedStyle(e).maxHeight")
        browser.close()
    assert screen != "none" and printed == "none"
