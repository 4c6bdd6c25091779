"""Every report format carries the comparison's signature."""

from __future__ import annotations

import html
import json

import pytest

from polyglot_news.comparison.model import Comparison
from polyglot_news.report import render_html, render_json, render_markdown, render_terminal
from polyglot_news.report.signature import signature_fields, signature_to_dict

RENDERERS = {
    "terminal": lambda c: render_terminal(c, color=False),
    "html": lambda c: html.unescape(render_html(c)),
    "markdown": render_markdown,
    "json": render_json,
}
FACTS = [
    pytest.param("0.1.0", id="version"),
    pytest.param("langdetect+scripts", id="detector"),
    pytest.param("seed", id="seed"),
    pytest.param("argos:ru-en@1.0", id="package-version"),
    pytest.param("ko→en", id="route"),
    pytest.param("sha256:5f2b9c0e4d1a", id="glossary-hash"),
    pytest.param("align=0.5", id="diff-settings"),
]


@pytest.mark.parametrize("fmt", RENDERERS)
@pytest.mark.parametrize("fact", FACTS)
def test_signature_in_every_format(comparison: Comparison, fmt: str, fact: str) -> None:
    text = RENDERERS[fmt](comparison)
    if fmt == "json":
        sig = json.loads(text)["signature"]
        text = (
            json.dumps(sig, ensure_ascii=False)
            + " seed "
            + " ".join("→".join(r) for r in sig["routes"].values())
        )
    assert fact in text.replace("\\", "")


def test_fields_end_with_the_one_line_form(comparison: Comparison) -> None:
    fields = signature_fields(comparison.signature)
    assert fields[-1] == ("signature", str(comparison.signature))
    assert signature_to_dict(comparison.signature)["string"] == str(comparison.signature)
