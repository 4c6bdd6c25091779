"""A version's headline is compared like the rest of its text, whatever the format it came in.

Outlets reword headlines most, so a headline carried only as metadata (a JSON record's
``title``/``headline``, a feed item's title, a page whose ``<h1>`` is outside the extracted
article or that has only a ``<title>``) is put back as the text's first paragraph, once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import polyglot_news
from polyglot_news.sources import load

HEADLINE = "Port strike halts grain exports"
BODY = [
    "Dockworkers in Odesa walked out on Tuesday, halting grain shipments for the third day "
    "running, the port authority said.",
    "The union demands a 20 percent pay rise and says talks with the ministry have stalled.",
    "Traders warned that wheat prices in Europe could climb if the strike lasts into next week.",
]
PARAS = "".join(f"<p>{p}</p>" for p in BODY)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


CASES = {
    "txt": ("wire.txt", "\n\n".join([HEADLINE, *BODY])),
    "json-title": ("rec.json", json.dumps({"title": HEADLINE, "text": "\n\n".join(BODY)})),
    "json-headline": ("rec.json", json.dumps({"headline": HEADLINE, "body": BODY})),
    "json-title-already-in-text": (
        "rec.json",
        json.dumps({"title": HEADLINE.upper() + "!", "text": "\n\n".join([HEADLINE, *BODY])}),
    ),
    "jsonl": ("recs.jsonl", json.dumps({"title": HEADLINE, "text": " ".join(BODY)}) + "\n"),
    "html-h1-in-article": ("a.html", _page("", f"<article><h1>{HEADLINE}</h1>{PARAS}</article>")),
    "html-h1-outside-article": (
        "b.html",
        _page("", f"<div class='top'><h1>{HEADLINE}</h1></div><article>{PARAS}</article>"),
    ),
    "html-h1-no-article": ("c.html", _page("<title>x</title>", f"<h1>{HEADLINE}</h1>{PARAS}")),
    "html-title-only": (
        "d.html",
        _page(f"<title>{HEADLINE} | Daily Wire</title>", f"<article>{PARAS}</article>"),
    ),
    "html-og-title-differs-from-h1": (
        "e.html",
        _page(
            "<meta property='og:title' content='Odesa dockers strike, grain stuck'>",
            f"<article><h1>{HEADLINE}</h1>{PARAS}</article>",
        ),
    ),
}


@pytest.mark.parametrize(("name", "content"), list(CASES.values()), ids=list(CASES))
def test_the_headline_opens_the_text_once(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [version] = load(path)
    paragraphs = version.text.split("\n\n")
    assert paragraphs[0].casefold().rstrip("!") == HEADLINE.casefold()
    assert sum(HEADLINE.casefold() in p.casefold() for p in paragraphs) == 1
    assert BODY[0] in version.text


def test_a_record_without_text_still_fails_with_a_title_alone(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text(json.dumps({"title": HEADLINE, "text": "  "}), encoding="utf-8")
    _versions, failures = polyglot_news.load_versions([path])
    assert len(failures) == 1 and "empty.json" in failures[0].message


def test_reworded_headlines_of_a_record_and_a_page_are_compared(tmp_path: Path) -> None:
    record = {"title": "Odesa dockers strike, grain stuck in port", "text": "\n\n".join(BODY)}
    (tmp_path / "agency.json").write_text(json.dumps(record), encoding="utf-8")
    page = _page("", f"<div class='top'><h1>{HEADLINE}</h1></div><article>{PARAS}</article>")
    (tmp_path / "paper.html").write_text(page, encoding="utf-8")
    engine = polyglot_news.TranslationEngine(polyglot_news.FakeTranslator(), cache=False)
    result = polyglot_news.compare([tmp_path], engine=engine, languages=["en"])
    firsts = {v.id: v.sentences[0] for v in result.versions}
    assert firsts == {"agency": record["title"], "paper": HEADLINE}
    [pair] = result.comparisons
    # the two headlines are linked to each other as a change (reworded today), not left out
    [change] = [c for c in pair.changes if 0 in (c.a_index, c.b_index)]
    assert (change.a_index, change.b_index) == (0, 0) and change.kind not in ("equal", "same")
    assert (change.a_text, change.b_text) == (record["title"], HEADLINE)
