"""The HTML report: self-contained, escaped, and inert in a real headless Chromium."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path

import pytest
from _sample import HOSTILE

from polyglot_news.comparison.model import Comparison
from polyglot_news.report.html import render_html

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def page_html(comparison: Comparison) -> str:
    return render_html(comparison)


@pytest.fixture(scope="module")
def hostile_html(hostile: Comparison) -> str:
    return render_html(hostile)


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(r"<script[^>]+src=", id="external-script"),
        pytest.param(r"<link\b", id="stylesheet-or-font-link"),
        pytest.param(r"@import|url\(", id="css-fetch"),
        pytest.param(r"<img\b|<iframe\b|<object\b|<embed\b", id="embedded-resource"),
        pytest.param(r"fetch\(|XMLHttpRequest|WebSocket|\.src\s*=", id="script-fetch"),
    ],
)
def test_nothing_is_fetched(page_html: str, pattern: str) -> None:
    assert not re.search(pattern, page_html, re.IGNORECASE)


def test_csp_allows_only_the_reports_own_script(page_html: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page_html)
    assert csp and "default-src 'none'" in csp.group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page_html, re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp.group(1)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("<script>window.__pwned", id="script"),
        pytest.param("<img src=x", id="img-onerror"),
        pytest.param("<svg onload", id="svg-onload"),
        pytest.param("</textarea></script>", id="closing-tags"),
        pytest.param('href="javascript:', id="javascript-url"),
    ],
)
def test_hostile_text_is_escaped(hostile_html: str, raw: str) -> None:
    assert raw not in hostile_html


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param("<del>11,000</del>", id="deletion"),
        pytest.param("<ins>12,000</ins>", id="insertion"),
        pytest.param('<span class="badge kind kind-move">moved from 3</span>', id="move"),
        pytest.param('<span class="badge label">number</span>', id="label"),
        pytest.param(
            '<mark class="term" title="Kursk region (place)" data-entity="kursk_region">'
            "Курской области",
            id="term",
        ),
        pytest.param('title="glossary: Pyongyang">Pyongyang</mark>', id="pivot-term"),
        pytest.param('style="background-color: hsl(', id="heat-map"),
        pytest.param('<td class="original col-original">Украинские', id="original-column"),
        pytest.param('href="https://www.reuters.com/world/kursk"', id="safe-link"),
        pytest.param("<dt>glossary</dt><dd>sha256:", id="signature"),
        pytest.param('<td class="absent">absent</td>', id="claim-absent"),
        pytest.param(
            '<span class="badge kind cell-reworded">reworded 0.71</span>'
            '<span class="badge label">number</span><span class="badge label">attribution</span>',
            id="claim-cell-labels",
        ),
        pytest.param("about <del>11,000</del> <ins>12,000</ins> soldiers", id="claim-word-diff"),
        pytest.param('<tr id="claim-2" class="claim claim-unique">', id="claim-unique"),
        pytest.param('<div class="original col-original">Украинские', id="claim-original"),
        pytest.param("7 claims: 1 in every version, 2 only in one version", id="claims-summary"),
    ],
)
def test_html_shows(page_html: str, expected: str) -> None:
    assert expected in page_html


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip(f"Chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_hostile_report_runs_nothing_in_chromium(
    browser, hostile_html: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.html"
    report.write_text(hostile_html, encoding="utf-8")
    page = browser.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri(), wait_until="load")
    page.wait_for_timeout(200)  # give any injected handler (onerror, onload) its chance

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert requests == [report.as_uri()]  # nothing fetched but the report itself
    assert page.title().startswith("Kursk — polyglot_news: 4 versions")  # headline first
    body = page.inner_text("body")
    assert "<script>window.__pwned=1;alert(1)</script>" in body  # shown as text
    assert "Valery Gerasimov praised the heroism" in body
    assert page.locator('a[href^="javascript"]').count() == 0

    # the claims grid: one row per claim, absent cells shown
    assert page.locator("table.claims tbody tr").count() == 8
    assert page.locator("table.claims td.absent").first.is_visible()

    # the report's own script runs (its CSP hash matches): the toggle reveals the originals
    original = page.locator("td.original").first
    claim_original = page.locator("table.claims div.original").first
    assert not original.is_visible() and not claim_original.is_visible()
    page.check("#toggle-original")
    assert original.is_visible() and claim_original.is_visible()

    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.close()


def test_the_harness_would_see_a_payload_run(browser, tmp_path: Path) -> None:
    # a control: the same payload, unescaped and without CSP, does run in this browser
    page_file = tmp_path / "raw.html"
    page_file.write_text(f"<!DOCTYPE html><html><body>{HOSTILE}</body></html>", encoding="utf-8")
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(page_file.as_uri(), wait_until="load")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "number"
    assert dialogs == ["1"]
    page.close()


def test_glossary_marks_in_translations_respect_word_boundaries() -> None:
    from polyglot_news.report.html import _highlighter

    mark = _highlighter({"Russia": "glossary: Russia"}, whole_words=True)
    html = str(mark("Russian forces; Russia's claim"))
    assert html.count("<mark") == 1
    assert html.startswith("Russian forces; <mark")


_OVERFLOW_JS = """() => {
  const over = (el) => el.scrollWidth > el.clientWidth + 1;
  const cells = [...document.querySelectorAll('table.claims td, table.claims th')];
  return {page: document.documentElement.scrollWidth - window.innerWidth,
          cells: cells.filter(over).map((el) => el.textContent.trim().slice(0, 40))};
}"""


@pytest.mark.parametrize("width", [480])
def test_narrow_window_scrolls_the_grid_not_the_page(
    browser, page_html: str, tmp_path: Path, width: int
) -> None:
    # Before: on a laptop window the claims grid squeezed each version into a sliver, so badges,
    # headers and long words ran over the next column, and the versions table widened the page.
    assert _measure(browser, page_html, tmp_path, width, _OVERFLOW_JS) == {"page": 0, "cells": []}


def _measure(browser, html: str, tmp_path: Path, width: int, script: str, fragment: str = ""):
    """Open ``html`` in a ``width``-pixel window (at ``#fragment``) and evaluate ``script``."""
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 700})
    page.goto(report.as_uri() + (f"#{fragment}" if fragment else ""), wait_until="load")
    try:
        return page.evaluate(script, fragment) if fragment else page.evaluate(script)
    finally:
        page.close()


_JUMP_JS = """(id) => {
  const row = document.getElementById(id).getBoundingClientRect();
  const hit = document.elementFromPoint(row.left + 4, row.top + 4);
  return hit && hit.closest('tr') ? hit.closest('tr').id : String(hit && hit.className);
}"""


@pytest.mark.parametrize("width", [1280, 480])
def test_a_jump_to_a_claim_is_not_hidden_under_the_controls(
    browser, page_html: str, tmp_path: Path, width: int
) -> None:
    # Before: following "see #N" or "claim N" put the row's first lines (its number, the badges)
    # under the sticky controls bar; at 480 px the bar took three lines of the screen.
    assert _measure(browser, page_html, tmp_path, width, _JUMP_JS, "claim-5") == "claim-5"


_OUTLET_WORDS_JS = """() => {
  const link = document.querySelector('table.versions td a');
  const cell = link.parentElement, style = getComputedStyle(cell);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = getComputedStyle(link).font;
  const widest = Math.max(...link.textContent.split(/\\s+/).map((w) => ctx.measureText(w).width));
  const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return {fits: room + 0.5 >= widest, page: document.documentElement.scrollWidth - innerWidth};
}"""


def test_a_long_outlet_name_breaks_between_words_on_a_phone(
    browser, comparison: Comparison, tmp_path: Path
) -> None:
    # Before: "Office of Civil Defense (Philippines)" wrapped as "Defen se (Philip pines)" at
    # 480 px; now its column keeps whole words and the table scrolls inside its frame.
    from dataclasses import replace

    versions = list(comparison.versions)
    long = replace(versions[0].version, outlet="Office of Civil Defense (Philippines)")
    versions[0] = replace(versions[0], version=long)
    html = render_html(replace(comparison, versions=tuple(versions)))
    assert _measure(browser, html, tmp_path, 480, _OUTLET_WORDS_JS) == {"fits": True, "page": 0}


_STICKY_JS = """() => {
  const grid = document.querySelector('div.claims-grid');
  const head = document.querySelector('table.claims thead th');
  grid.scrollIntoView();
  grid.scrollTop = grid.scrollHeight;
  const stuck = Math.abs(head.getBoundingClientRect().top - grid.getBoundingClientRect().top);
  const original = document.querySelector('ul.unique div.original');
  return {scrolled: grid.scrollTop > 0, stuck: stuck < 1,
          original: original !== null && original.offsetHeight > 0};
}"""


def test_claims_header_stays_in_view_and_unique_originals_show(
    browser, page_html: str, tmp_path: Path
) -> None:
    # Before (a new user's trial): the grid's header row scrolled away with a long table, and
    # the HTML's "Only in one version" hid the original text the terminal report shows.
    report = tmp_path / "report.html"
    report.write_text(page_html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 360})
    try:
        page.goto(report.as_uri(), wait_until="load")
        seen = page.evaluate(_STICKY_JS)
    finally:
        page.close()
    assert seen == {"scrolled": True, "stuck": True, "original": True}
