"""Keep only the article of a saved web page: its main text, title and a little metadata.

Page chrome is removed first by rule (scripts, styles, navigation, asides, footers, and
elements whose class or id names a cookie banner, menu, "most read" list, share bar...), so
that neither extractor can mistake it for the article. The main text then comes from
trafilatura (Barbaresi 2021, ACL demo: "Trafilatura: A Web Scraping Library and Command-Line
Tool for Text Discovery and Extraction"), which scores text density and link density of the
remaining blocks. When it finds nothing, a readability-style heuristic takes the element whose
``<p>`` children hold the most text (Arc90 Readability's core idea). Paragraphs are kept apart
by a blank line. lxml and trafilatura are imported lazily.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from polyglot_news.errors import EmptySourceError

__all__ = ["Article", "extract_article", "html_to_text", "looks_like_html"]

_CHROME_TAGS = (
    "script style noscript template nav aside footer form iframe svg button select "
    "object embed canvas dialog menu"
).split()
_CHROME_WORDS = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|cookies?|consent|gdpr|banner|footer|sidebar|"
    r"related|most-?read|mostread|popular|trending|promo|advert|ads?|share|sharing|social|"
    r"newsletter|subscribe|subscription|comments?|breadcrumbs?|paywall|outbrain|taboola)"
    r"(?:$|[-_])",
    re.IGNORECASE,
)
# Paragraph-level elements of HTML and of trafilatura's XML output (head, list, item, quote).
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr section article "
    "main header figure figcaption address hr head list item quote row code".split()
)
_BREAKS = frozenset({"br", "lb"})
_SOFT_BREAK = "\u2028"  # a <br> inside a <p>, resolved once the block's text is joined
_SOFT_BREAKS = re.compile(r" *\u2028(?:[ \u2028]*\u2028)? *")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol)[\s>/]", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_MIN_FALLBACK_CHARS = 1  # any real <p> text beats "no article"; chrome was removed already


@dataclass(frozen=True)
class Article:
    """The article found in a page: text with blank lines between paragraphs, and metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    language: str | None = None


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is an HTML document (doctype, <html>, <head>, <body>)."""
    return _HTML_SNIFF.search(text[:2048]) is not None


def has_markup(text: str) -> bool:
    """True when ``text`` holds common HTML tags (a JSON field holding an HTML fragment)."""
    return _TAG.search(text) is not None


def extract_article(markup: str, name: str) -> Article:
    """Return the main article of the page ``markup``; EmptySourceError when there is none."""
    tree = _parse(markup)
    if tree is None:
        raise _no_article(name)
    meta = _metadata(tree)
    _strip_chrome(tree)
    text = _trafilatura_text(tree) or _largest_paragraph_block(tree) or _body_text(tree)
    if not text.strip():
        raise _no_article(name)
    return Article(text=text, **meta)


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment, one paragraph per block, scripts dropped."""
    tree = _parse(f"<html><body><div>{fragment}</div></body></html>")
    if tree is None:
        return ""
    for element in tree.iter("script", "style", "noscript", "template"):
        element.drop_tree()
    return _block_text(tree.body if tree.find("body") is not None else tree)


def _no_article(name: str) -> EmptySourceError:
    return EmptySourceError(
        f"{name}: no article text found; save the article body as .txt", source=name
    )


def _parse(markup: str) -> Any:
    import lxml.html  # lazy: lxml comes with trafilatura

    markup = _XML_DECL.sub("", markup, count=1).replace("\x00", "")
    if not markup.strip():
        return None
    try:
        return lxml.html.document_fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return None


def _metadata(tree: Any) -> dict[str, str | None]:
    def meta(*keys: str) -> str | None:
        for key in keys:
            for attr in ("property", "name", "itemprop"):
                found = tree.xpath(f"//meta[@{attr}=$k]/@content", k=key)
                if found and str(found[0]).strip():
                    return _clean(str(found[0]))
        return None

    h1 = tree.xpath("//h1")
    page_title = tree.xpath("//title")
    title = meta("og:title", "twitter:title")
    if title is None and h1:
        title = _clean(h1[0].text_content()) or None
    if title is None and page_title:
        title = _clean(page_title[0].text_content()).split(" | ")[0] or None
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    time_el = tree.xpath("//time/@datetime")
    lang = tree.xpath("/html/@lang")
    return {
        "title": title,
        "outlet": meta("og:site_name", "application-name", "publisher"),
        "url": meta("og:url") or (_clean(str(canonical[0])) if canonical else None),
        "date": meta("article:published_time", "datePublished", "date", "pubdate")
        or (_clean(str(time_el[0])) if time_el else None),
        "language": _clean(str(lang[0])) or None if lang else None,
    }


def _strip_chrome(tree: Any) -> None:
    for element in list(tree.iter(*_CHROME_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(tree.iter("header")):
        # a site header goes; an article's own header (with its h1) stays
        if not element.xpath("ancestor::article or ancestor::main"):
            element.drop_tree()
    for element in list(tree.iter()):
        if element.tag in ("html", "body", "article", "main") or element.getparent() is None:
            continue
        words = f"{element.get('class', '')} {element.get('id', '')}".split()
        if any(_CHROME_WORDS.search(word) for word in words):
            # a wrapper named "page-with-sidebar" may hold the article itself: keep it
            if not element.xpath(".//article or .//main or .//h1"):
                element.drop_tree()


def _trafilatura_text(tree: Any) -> str:
    try:
        import trafilatura
    except ImportError:  # e.g. lxml_html_clean missing: the heuristic below still works
        return ""
    try:
        document = trafilatura.bare_extraction(
            copy.deepcopy(tree), include_comments=False, include_tables=True, fast=False
        )
    except Exception:  # noqa: BLE001 - any extractor failure means "use the fallback"
        return ""
    body = getattr(document, "body", None)
    return _block_text(body) if body is not None else ""


def _largest_paragraph_block(tree: Any) -> str:
    scores: dict[Any, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(paragraph.text_content().strip())
    if not scores:
        return ""
    best = max(scores, key=lambda element: scores[element])
    if scores[best] < _MIN_FALLBACK_CHARS:
        return ""
    return "\n\n".join(_block_text(p) for p in best.iter("p") if p.text_content().strip())


def _body_text(tree: Any) -> str:
    body = tree.find("body")
    return _block_text(body) if body is not None else ""


def _block_text(root: Any) -> str:
    """Text of ``root`` with HTML whitespace collapsed, blocks apart, <br> as a newline.

    Inside a ``<p>`` one ``<br>`` is a soft break (a space: the sentence runs on) and two or
    more are a paragraph break, the way pages fake paragraphs.
    """
    parts: list[str] = []

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BREAKS:
            in_paragraph = any(a.tag == "p" for a in element.iterancestors())
            parts.append(_SOFT_BREAK if in_paragraph else "\n")
        elif tag in _BLOCKS:
            parts.append("\n\n")
        if element.text and tag:
            parts.append(_SPACES.sub(" ", element.text))
        for child in element:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n\n")
        if element.tail:
            parts.append(_SPACES.sub(" ", element.tail))

    text = root.text or ""
    parts.append(_SPACES.sub(" ", text))
    for child in root:
        walk(child)
    joined = _SOFT_BREAKS.sub(_resolve_soft_breaks, "".join(parts))
    lines = (line.strip() for line in joined.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _resolve_soft_breaks(m: re.Match[str]) -> str:
    return " " if m.group().count(_SOFT_BREAK) == 1 else "\n\n"


def _clean(value: str) -> str:
    return _SPACES.sub(" ", value).strip()
