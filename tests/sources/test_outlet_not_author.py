"""The outlet is the publication, never the reporter (new-user trial, 2 December: a clipped
Markdown article's ``author: "..."`` became the outlet column). Inputs are our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polyglot_news.sources import load
from polyglot_news.sources.records import outlet_of

BODY = (
    "The harbour board approved the new quay on Monday after a two-year review.\n\n"
    "Work on the 400-metre berth starts in spring, the board said in a statement.\n"
)


def _one(path: Path) -> object:
    versions = load(path)
    return versions[0] if isinstance(versions, list) else versions


@pytest.mark.parametrize(
    ("front", "outlet", "url"),
    [
        ('source: "https://www.harbourpost.example/2025/quay"\nauthor: "Mara Lind"\n',
         "harbourpost.example", "https://www.harbourpost.example/2025/quay"),
        ('site_name: "Harbour Post"\nauthor: "Mara Lind"\nurl: https://hp.example/a\n',
         "Harbour Post", "https://hp.example/a"),
        ('publisher: "Harbour Post"\nauthor: "[[Mara Lind]]"\n', "Harbour Post", None),
        ('author: "Mara Lind"\n', None, None),
        ('agency: "dpa"\nauthor: "Mara Lind"\n', "dpa", None),
    ],
    ids=["url-host", "site-name", "publisher", "author-only", "agency"],
)  # fmt: skip
def test_markdown_outlet(tmp_path: Path, front: str, outlet: str | None, url: str | None) -> None:
    path = tmp_path / "clip.md"
    path.write_text(f"---\ntitle: Quay approved\n{front}---\n\n{BODY}", encoding="utf-8")
    version = _one(path)
    assert version.outlet == outlet  # type: ignore[attr-defined]
    assert version.url == url  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("record", "outlet", "url"),
    [
        ({"author": "Mara Lind", "site_name": "Harbour Post"}, "Harbour Post", None),
        ({"author": "Mara Lind", "source": "https://harbourpost.example/quay"},
         "harbourpost.example", "https://harbourpost.example/quay"),
        ({"author": {"@type": "Person", "name": "Mara Lind"},
          "publisher": {"@type": "Organization", "name": "Harbour Post"}}, "Harbour Post", None),
        ({"author": "Mara Lind", "url": "https://www.hp.example/a"}, "hp.example",
         "https://www.hp.example/a"),
        ({"author": "Mara Lind"}, None, None),
        ({"agency": "BSI", "date": "2025-03-14", "title": "Statement"}, "BSI", None),
        ({"source": "Ukrainian Navy"}, "Ukrainian Navy", None),
        ({"agency": "dpa", "source": "Harbour Post"}, "dpa", None),
        ({"publisher": "Harbour Post", "agency": "dpa"}, "Harbour Post", None),
        ({"source": "https://hp.example/quay", "publisher": "Harbour Post"}, "Harbour Post",
         None),
        ({"author": {"@type": "Organization", "name": "Harbour Board"}}, "Harbour Board", None),
        ({"author": {"@type": "Person", "name": "Mara Lind"}}, None, None),
        ({"author": {"@type": "Organization", "name": "Harbour Board"},
          "publisher": {"@type": "Organization", "name": "Harbour Post"}}, "Harbour Post", None),
    ],
    ids=["site-name", "source-url", "schema-org", "url-host", "author-only", "agency",
         "source-name", "agency-before-source", "publisher-before-agency",
         "name-before-url", "author-organisation", "author-person", "publisher-before-author"],
)  # fmt: skip
def test_json_outlet(tmp_path: Path, record: dict, outlet: str | None, url: str | None) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"text": BODY, **record}), encoding="utf-8")
    version = _one(path)
    assert version.outlet == outlet  # type: ignore[attr-defined]
    assert version.url == url  # type: ignore[attr-defined]


def test_html_outlet_is_the_publisher_of_json_ld_not_its_author(tmp_path: Path) -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Quay approved",
        "author": {"@type": "Person", "name": "Mara Lind"},
        "publisher": {"@type": "Organization", "name": "Harbour Post"},
    }
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    page = (
        '<html lang="en"><head><title>Quay approved</title>'
        '<meta name="author" content="Mara Lind">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body><article><h1>Quay approved</h1>{paragraphs}</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert _one(path).outlet == "Harbour Post"  # type: ignore[attr-defined]
    path.write_text(page.replace(json.dumps(ld), "{}"), encoding="utf-8")
    assert _one(path).outlet != "Mara Lind"  # type: ignore[attr-defined]


def test_outlet_of_keeps_a_named_outlet_and_an_existing_url() -> None:
    assert outlet_of("Harbour Post", "https://hp.example/a") == (
        "Harbour Post",
        "https://hp.example/a",
    )
    assert outlet_of("https://hp.example/b", "https://hp.example/a") == (
        "hp.example",
        "https://hp.example/a",
    )
    assert outlet_of(None, "not a url") == (None, "not a url")
