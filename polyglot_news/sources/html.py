"""Keep only the article of a saved web page: its main text, title and a little metadata.

Page chrome is removed first by rule (scripts, styles, navigation, asides, footers, and
elements whose class or id names a cookie banner, menu, "most read" list, share bar...), so
that neither extractor can mistake it for the article; an element holding most of the page's
paragraph text is the article whatever its class says ("metered-paywall"). The main text then
comes from trafilatura (Barbaresi 2021, ACL demo: "Trafilatura: A Web Scraping Library and
Command-Line Tool for Text Discovery and Extraction"), which scores text density and link
density of the remaining blocks. When it finds nothing, or keeps much less than the page's
paragraph text, a readability-style heuristic (Arc90 Readability's core idea: the element
whose ``<p>`` children hold the most text) is tried and the longer result kept, with a
warning. Paragraphs are kept apart by a blank line. Every page paragraph left out, and all
visible text of removed chrome, is recorded as a ``boilerplate``
:class:`~polyglot_news.records.Removal`. lxml and trafilatura are imported lazily.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from polyglot_news.errors import EmptySourceError
from polyglot_news.records import Removal
from polyglot_news.sources.fragment import SPACES as _SPACES
from polyglot_news.sources.fragment import block_text as _block_text
from polyglot_news.sources.fragment import html_to_text
from polyglot_news.sources.fragment import parse as _parse
from polyglot_news.sources.markup import clean_field

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
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_MIN_FALLBACK_CHARS = 1  # any real <p> text beats "no article"; chrome was removed already
_INVISIBLE_TAGS = frozenset("script style noscript template svg object embed canvas".split())
# " | " / " - " / " – " / " — " in a <title>; after the last one, an outlet name this short
_TITLE_SEPARATOR = re.compile(r"\s(?P<sep>[|–—-])\s")
_OUTLET_CHARS = 40
_SNIPPET = 120  # characters of dropped text kept in a Removal record
_BLOCK_SEPARATOR = " · "  # between the blocks and list items of a dropped element's text
_TEXT_BLOCKS = ("p", "div", "section", "li", "td", "blockquote")
SHORT_EXTRACT = 0.5  # below this share of the page's paragraph text, try the other extractor
ARTICLE_SHARE = 0.5  # a chrome-named element holding this share of the prose is the article


@dataclass(frozen=True)
class Article:
    """The article found in a page: text with blank lines between paragraphs, and metadata.

    ``removed`` records the page text left out (chrome, paragraphs the extractor dropped) and
    markup decoded in metadata; ``warnings`` says when the extractor was overruled.
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    language: str | None = None
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is an HTML document (doctype, <html>, <head>, <body>)."""
    return _HTML_SNIFF.search(text[:2048]) is not None


def extract_article(markup: str, name: str) -> Article:
    """Return the main article of the page ``markup``; EmptySourceError when there is none.

    The prose of the page's text blocks (outside navigation, footers and asides, link text
    excluded) is the yardstick: when trafilatura keeps less than :data:`SHORT_EXTRACT` of it, the
    largest-paragraph-block extractor is tried as well and the longer result kept, with a
    warning; every page paragraph missing from the result is recorded as ``boilerplate``.
    """
    tree = _parse(markup)
    if tree is None:
        raise _no_article(name)
    meta, removed = _metadata(tree)
    removed.extend(_strip_tag_chrome(tree))
    paragraphs = _paragraphs(tree)
    prose_chars = sum(len(p) - links for p, links in paragraphs)  # link text is not prose
    dropped = _strip_class_chrome(tree, prose_chars)
    removed.extend(record for _, record in dropped)
    text, warnings = _best_text(tree, prose_chars, name)
    if not text.strip():
        raise _no_article(name)
    text, note = clean_field(text)  # a page that shows "&#39;" was escaped twice by its CMS
    removed.extend([note] if note else [])
    kept = _SPACES.sub(" ", text) + "".join(f"\n{full}" for full, _ in dropped)
    removed.extend(Removal("boilerplate", _snippet(p)) for p, _ in paragraphs if p not in kept)
    return Article(text=text, **meta, removed=tuple(removed), warnings=tuple(warnings))


def _best_text(tree: Any, page_chars: int, name: str) -> tuple[str, list[str]]:
    """Trafilatura's text, or the other extractor's when trafilatura kept too little."""
    primary = _trafilatura_text(tree)
    if primary and len(primary) >= SHORT_EXTRACT * page_chars:
        return primary, []
    other = _largest_paragraph_block(tree)
    if len(other) <= len(primary):
        return primary or _body_text(tree), []
    if not primary:
        return other, []
    return other, [
        f"{name}: trafilatura kept {len(primary)} of the page's {page_chars} characters of "
        f"prose; used the largest-paragraph-block extractor ({len(other)} characters)"
    ]


def _no_article(name: str) -> EmptySourceError:
    return EmptySourceError(
        f"{name}: no article text found; save the article body as .txt", source=name
    )


def _metadata(tree: Any) -> tuple[dict[str, str | None], list[Removal]]:
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
    # the page's own language: <html lang>, else xml:lang, Content-Language, og:locale
    lang = tree.xpath("/html/@lang | /html/@*[name()='xml:lang']")
    lang = lang or tree.xpath(
        "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
        "='content-language']/@content"
    )
    removed: list[Removal] = []
    page_name = _clean(page_title[0].text_content()) if page_title else ""
    library = _library_metadata(tree)
    outlet = meta("og:site_name", "application-name", "publisher")
    outlet = outlet or _title_outlet(page_name, title) or library.get("sitename")
    fields = {"title": title, "outlet": outlet}
    for key, value in list(fields.items()):
        if value is not None:
            fields[key], note = clean_field(value, blocks=False)
            removed.extend([Removal(note.kind, f"{key}: {note.text}")] if note else [])
    return {
        **fields,
        "url": meta("og:url") or (_clean(str(canonical[0])) if canonical else None),
        "date": meta("article:published_time", "datePublished", "date", "pubdate")
        or (_clean(str(time_el[0])) if time_el else None)
        or library.get("date"),
        "language": (_clean(str(lang[0])) if lang else None)
        or meta("og:locale", "inLanguage", "language"),
    }, removed


def _title_outlet(page_title: str, headline: str | None) -> str | None:
    """The outlet a ``<title>`` names after its headline: "Headline | Outlet", or with a
    dash ("Headline - Section - Outlet") only when the title opens with the page's headline."""
    match = next(reversed(list(_TITLE_SEPARATOR.finditer(page_title))), None)
    if match is None:
        return None
    head, outlet = page_title[: match.start()].strip(), page_title[match.end() :].strip()
    if len(outlet) > _OUTLET_CHARS:
        return None
    if match.group("sep") != "|" and (
        headline is None or not _key(head).startswith(_key(headline))
    ):
        return None
    return outlet if head and outlet else None


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _library_metadata(tree: Any) -> dict[str, str]:
    """The site name and publication date trafilatura's ``extract_metadata`` finds (JSON-LD,
    meta tags, htmldate on the page without its extensive search, which takes any date in
    the text, a copyright year included); empty when it fails."""
    from trafilatura import extract_metadata

    try:
        found = extract_metadata(copy.deepcopy(tree), extensive=False)
    except Exception:  # noqa: BLE001 - metadata is optional: a failure means none found
        return {}
    values = {"sitename": found.sitename, "date": found.date}
    return {k: _clean(str(v)) for k, v in values.items() if v and _clean(str(v))}


def _strip_tag_chrome(tree: Any) -> list[Removal]:
    """Drop scripts, navigation, footers, asides...; return the visible text dropped."""
    removed: list[Removal] = []
    for element in list(tree.iter(*_CHROME_TAGS)):
        if element.getparent() is not None:
            removed.extend(_dropped(element))
            element.drop_tree()
    for element in list(tree.iter("header")):
        # a site header goes; an article's own header (with its h1) stays
        if not element.xpath("ancestor::article or ancestor::main"):
            removed.extend(_dropped(element))
            element.drop_tree()
    return removed


def _strip_class_chrome(tree: Any, prose_chars: int) -> list[tuple[str, Removal]]:
    """Drop elements whose class or id names page chrome, unless they hold the article.

    A container with the page's ``<h1>``, an ``<article>``/``<main>``, or at least
    :data:`ARTICLE_SHARE` of the page's paragraph text (links excluded) in two or more
    paragraphs is the article, whatever its class says ("metered-paywall", "has-ads"). Returns
    ``(full text, record)`` of each element dropped.
    """
    dropped: list[tuple[str, Removal]] = []
    for element in list(tree.iter()):
        if element.tag in ("html", "body", "article", "main") or element.getparent() is None:
            continue
        words = f"{element.get('class', '')} {element.get('id', '')}".split()
        if not any(_CHROME_WORDS.search(word) for word in words):
            continue
        if element.xpath(".//article or .//main or .//h1"):
            continue  # a wrapper named "page-with-sidebar" may hold the article itself
        paragraphs = _paragraphs(element)
        prose = sum(len(p) - links for p, links in paragraphs)
        if len(paragraphs) >= 2 and prose_chars and prose >= ARTICLE_SHARE * prose_chars:
            # it is the article: drop the chrome word so that trafilatura's own class rules
            # do not demote it either
            for attribute in ("class", "id"):
                kept = [
                    w for w in element.get(attribute, "").split() if not _CHROME_WORDS.search(w)
                ]
                element.set(attribute, " ".join(kept))
            continue
        dropped.extend((_clean(element.text_content()), r) for r in _dropped(element))
        element.drop_tree()
    return dropped


def _paragraphs(root: Any) -> list[tuple[str, int]]:
    """``(text, characters inside links)`` of each text block under ``root``.

    A block is a ``<p>``, or a ``<div>``/``<section>``/``<li>``/``<td>``/``<blockquote>``
    holding no other block (CMSs that write paragraphs as ``<div class="para">``).
    """
    found = []
    for block in root.iter(*_TEXT_BLOCKS):
        if block.tag != "p" and any(True for _ in block.iterdescendants(*_TEXT_BLOCKS)):
            continue
        text = _clean(block.text_content())
        if text:
            links = sum(len(_clean(a.text_content())) for a in block.iter("a"))
            found.append((text, links))
    return found


def _dropped(element: Any) -> list[Removal]:
    if element.tag in _INVISIBLE_TAGS:
        return []
    # blocks apart ("Most read · Markets slide · Football ..."), not run together as
    # text_content() would ("Most readMarkets slideFootball")
    lines = (_clean(line) for line in _block_text(element).split("\n"))
    text = _BLOCK_SEPARATOR.join(line for line in lines if line)
    return [Removal("boilerplate", f"<{element.tag}> {_snippet(text)}")] if text else []


def _snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _trafilatura_text(tree: Any) -> str:
    import trafilatura

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


def _clean(value: str) -> str:
    return _SPACES.sub(" ", value).strip()
