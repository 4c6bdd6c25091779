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
    pytest.param("polyglot_news.langid[en,ko,ru,uk]", id="detector"),
    pytest.param("argos:ru-en@1.0", id="package-version"),
    pytest.param("beam_size", id="translator-beam-size"),
    pytest.param("int8", id="translator-compute-type"),
    pytest.param("max_batch_tokens", id="translator-batch-size"),
    pytest.param("polyglot_news.segment/2", id="segmenter"),
    pytest.param("ctranslate2", id="library-ctranslate2"),
    pytest.param("20241021", id="library-version"),
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
        text = json.dumps(sig, ensure_ascii=False) + " ".join(
            "→".join(r) for r in sig["routes"].values()
        )
    assert fact in text.replace("\\", "")


def test_one_line_form_holds_every_fact(comparison: Comparison) -> None:
    assert str(comparison.signature) == (
        "polyglot_news:0.1.0|detector:polyglot_news.langid[en,ko,ru,uk]"
        "|translator:argos(beam_size=4,compute_type=int8,device=cpu,length_penalty=0.2,"
        "max_batch_tokens=2048)|packages:argos:ko-en@1.0,argos:ru-en@1.0"
        "|routes:en,ko>en,ru>en"
        "|glossary:sha256:5f2b9c0e4d1a7b3c8e6f0a9d2c4b1e7f3a5d8c0b2e4f6a1c3d5e7f9b0a2c4e6d"
        "|segmenter:polyglot_news.segment/2|diff:dmp-words|semantic|align=0.5|moves"
        "|libraries:ctranslate2=4.5.0,sentencepiece=0.2.0,langdetect=1.0.9,"
        "diff-match-patch=20241021|languages:none"
    )


def test_fields_end_with_the_one_line_form(comparison: Comparison) -> None:
    fields = signature_fields(comparison.signature)
    assert fields[-1] == ("signature", str(comparison.signature))
    assert signature_to_dict(comparison.signature)["string"] == str(comparison.signature)
