"""HTML pages: only the article survives; titles, charsets and the fallback heuristic."""

from __future__ import annotations

from pathlib import Path

import pytest

from polyglot_news.errors import EmptySourceError
from polyglot_news.sources import html as html_module
from polyglot_news.sources import load

FIXTURES = Path(__file__).parent.parent / "fixtures" / "sources"

LEAKS = [
    "NAV-LEAK",
    "COOKIE-LEAK",
    "MOSTREAD-LEAK",
    "FOOTER-LEAK",
    "SCRIPT-LEAK",
    "STYLE-LEAK",
    "trackingLeak",
    "font-family",
    "Accept all cookies",
    "Most read",
]
ARTICLE = [
    "North Korea has confirmed for the first time that its troops were deployed",
    "The state news agency KCNA said on Monday",
    "about 11,000 North Korean soldiers were sent to Russia",
]


@pytest.fixture(params=["trafilatura", "fallback"])
def extractor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run each page test with trafilatura, and once with it finding nothing."""
    if request.param == "fallback":
        monkeypatch.setattr(html_module, "_trafilatura_text", lambda tree: "")
    return str(request.param)


def test_boilerplate_page_keeps_only_the_article(extractor: str) -> None:
    [version] = load(FIXTURES / "boilerplate.html")
    for leak in LEAKS:
        assert leak not in version.text, leak
    for sentence in ARTICLE:
        assert sentence in version.text
    assert version.title == "North Korean troops fought in Kursk region, Pyongyang confirms"
    assert version.format == "html" and version.language == "en"
    # paragraphs stay apart, one blank line between them
    assert "\n\nThe state news agency KCNA" in version.text
    assert "\n\n\n" not in version.text


def test_page_without_article_is_empty(extractor: str) -> None:
    path = FIXTURES / "no_article.html"
    with pytest.raises(EmptySourceError) as info:
        load(path)
    message = str(info.value)
    assert "no article text found; save the article body as .txt" in message
    assert str(path) in message and "\n" not in message


def test_meta_charset_is_honoured(tmp_path: Path) -> None:
    body = "Войска КНДР воевали в Курской области, подтвердили в Пхеньяне."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>КНДР</title></head><body><article><p>{body}</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    [version] = load(path)
    assert body in version.text
    assert version.encoding == "cp1251"


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        (
            '<meta property="og:title" content="OG title"><title>Page | Site</title>',
            "<h1>H1 title</h1>",
            "OG title",
        ),
        ("<title>Page title | Site</title>", "<h1>H1 title</h1>", "H1 title"),
        ("<title>Page title | Site</title>", "", "Page title"),
    ],
    ids=["og-title", "h1", "title-tag"],
)
def test_title_sources(tmp_path: Path, head: str, body: str, title: str) -> None:
    path = tmp_path / "page.html"
    text = "Kursk region fighting continued for a week, officials said on Monday."
    path.write_text(f"<html><head>{head}</head><body>{body}<p>{text}</p></body></html>")
    [version] = load(path)
    assert version.title == title
    assert text in version.text


def test_html_saved_as_txt_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(FIXTURES.joinpath("boilerplate.html").read_text(encoding="utf-8"))
    [version] = load(path)
    assert version.format == "html" and "NAV-LEAK" not in version.text


def test_plain_body_without_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "bare.html"
    path.write_text(
        "<html><body>Kursk: fighting continued near Sudzha.<br>Second line.</body></html>"
    )
    [version] = load(path)
    assert "Kursk: fighting continued near Sudzha." in version.text


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ('<html lang="uk"><head>', "uk"),
        ('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head>', "de"),
        ('<html><head><meta http-equiv="Content-Language" content="ru">', "ru"),
        ('<html><head><meta property="og:locale" content="pt_BR">', "pt_BR"),
        ('<html lang=""><head>', None),
    ],
    ids=["lang", "xml-lang", "content-language", "og-locale", "empty"],
)
def test_a_page_declares_its_language(tmp_path: Path, head: str, language: str | None) -> None:
    path = tmp_path / "page.html"
    body = "<p>Troops fought in the Kursk region, the general staff said on Monday.</p>"
    path.write_text(f"{head}</head><body><article>{body}</article></body></html>")
    [version] = load(path)
    assert version.language == language


def test_removed_chrome_keeps_its_list_items_apart(tmp_path: Path) -> None:
    # the record of a dropped element shows its blocks apart, not run together
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><nav><ul><li><a href='/'>Start</a></li><li>Sport</li></ul></nav>"
        "<article><h1>Dam opens early</h1><p>The new dam opened a week early on Friday, "
        "the builders said.</p><p>It holds water for two towns in the valley.</p></article>"
        "<aside class='trending'><h3>Trending</h3><ol><li>Tram fares rise</li>"
        "<li>Lake <b>frozen</b> again<br>in May</li></ol></aside></body></html>"
    )
    [version] = load(path)
    chrome = [r.text for r in version.removed if r.kind == "boilerplate"]
    assert "<nav> Start · Sport" in chrome
    assert "<aside> Trending · Tram fares rise · Lake frozen again · in May" in chrome


def _page(head: str, body: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Dam opens early</h1>{body}"
        "<p>The new dam opened a week early on Friday, the builders said.</p>"
        "<p>It holds water for two towns in the valley.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "body", "outlet", "date"),
    [
        # the <title> suffix names the outlet; a dash only after the headline itself
        ("<title>Dam opens early | Valley | Alpine Courier</title>", "", "Alpine Courier", None),
        ("<title>Dam opens early - Alpine Courier</title>", "", "Alpine Courier", None),
        ("<title>Dam opens early - Region - Alpine Courier</title>", "", "Alpine Courier", None),
        # no outlet in the title: trafilatura's site name (here the canonical link's host)
        (
            "<title>Dam opens early</title>"
            "<link rel='canonical' href='https://news.courier.example/dam'>",
            "",
            "news.courier.example",
            None,
        ),
        ("<title>Dams - a valley story</title>", "", None, None),
        # og:site_name wins over the title; the published time over any other date
        (
            "<title>Dam opens early | Courier</title>"
            "<meta property='og:site_name' content='The Alpine Courier'>"
            "<meta property='article:published_time' content='2023-05-05T08:00:00Z'>",
            "<p class='byline'>Updated 9 May 2023</p>",
            "The Alpine Courier",
            "2023-05-05T08:00:00Z",
        ),
        # no date meta: trafilatura's metadata (htmldate) reads the byline
        (
            "<title>Dam opens early</title>",
            "<p class='byline'>Updated 9 May 2023</p>",
            None,
            "2023-05-09",
        ),
        # a copyright year alone is no publication date
        ("<title>Dam opens early</title>", "<p>© 2023 Alpine Courier</p>", None, None),
    ],
)
def test_outlet_and_date_from_the_page(
    tmp_path: Path, head: str, body: str, outlet: str | None, date: str | None
) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(head, body))
    [version] = load(path)
    assert (version.outlet, version.date) == (outlet, date)
