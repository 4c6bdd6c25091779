"""Read versions from news feeds: RSS 2.0 ``<item>``, RSS 1.0 (RDF) ``<item>`` and Atom ``<entry>``.

Each item becomes a :class:`~polyglot_news.sources.records.Record`, numbered from 1 in document
order: its text from ``content:encoded``, Atom ``content``, ``description`` or ``summary`` (the
longest one present), its title, link, date (``pubDate``, ``dc:date``, ``published``,
``updated``), outlet (the channel's or feed's title) and language (the item's ``dc:language``
or ``xml:lang``, else the channel's ``<language>``/``dc:language`` or the feed's ``xml:lang``,
weighed against detection like a record's). Feed text fields are HTML, usually
entity-escaped and often escaped twice, so every one goes through
:func:`~polyglot_news.sources.markup.clean_field`, the same decoding JSON fields get, and what
was decoded is recorded. The XML is parsed with lxml without resolving entities, without DTDs
and without network access (no XXE, no "billion laughs").
"""

from __future__ import annotations

import re
from typing import Any

from polyglot_news.errors import RecordError
from polyglot_news.records import Removal
from polyglot_news.sources.markup import clean_field
from polyglot_news.sources.records import Record

__all__ = ["looks_like_feed", "parse_feed"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TEXT_TAGS = ("encoded", "content", "description", "summary")  # local names
_DATE_TAGS = ("pubDate", "date", "published", "updated")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def looks_like_feed(text: str) -> bool:
    """True when the start of ``text`` is an RSS, RDF or Atom document."""
    head = text[:2048].lstrip("\ufeff \t\r\n")
    return head.startswith(("<?xml", "<rss", "<feed", "<rdf:RDF")) and any(
        marker in head for marker in ("<rss", "<feed", "<rdf:RDF", "<channel")
    )


def parse_feed(text: str, name: str) -> list[Record | RecordError]:
    """Records of the feed's items; RecordError when the XML is broken or has no items."""
    root = _parse(text, name)
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        raise RecordError(
            f"{name} is XML but holds no RSS <item> or Atom <entry>; give a news feed, "
            "or save the article as .txt",
            source=name,
        )
    outlet = _feed_title(root)
    language = _language(_channel(root))
    return [_record(item, f"{name}[{i}]", i + 1, outlet, language) for i, item in enumerate(items)]


def _parse(text: str, name: str) -> Any:
    from lxml import etree  # lazy: lxml comes with trafilatura

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        # the text is decoded already: its declaration's encoding no longer applies
        body = _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)
        return etree.fromstring(body.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise RecordError(
            f"{name} is not well-formed XML ({exc.msg}); fix the feed or save the article as .txt",
            source=name,
        ) from exc


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: Any, names: tuple[str, ...]) -> list[tuple[str, str]]:
    found = []
    for child in element:
        local = _local(child.tag)
        if local in names:
            value = "".join(child.itertext()) if len(child) else (child.text or "")
            if value.strip():
                found.append((local, value))
    return found


def _channel(root: Any) -> Any:
    return next((el for el in root.iter() if _local(el.tag) in ("channel",)), root)


def _language(element: Any) -> str | None:
    """The language ``element`` declares: a ``language`` child (RSS, Dublin Core), else its
    ``xml:lang`` (Atom)."""
    declared = _child_text(element, ("language",))
    value = declared[0][1] if declared else element.get(_XML_LANG)
    return (value.strip() or None) if value else None


def _feed_title(root: Any) -> str | None:
    titles = _child_text(_channel(root), ("title",))
    return clean_field(titles[0][1], blocks=False)[0] if titles else None


def _link(item: Any) -> str | None:
    for child in item:
        if _local(child.tag) == "link":
            href = child.get("href") or (child.text or "").strip()
            if href:
                return href
    return None


def _record(
    item: Any, where: str, number: int, outlet: str | None, language: str | None
) -> Record | RecordError:
    texts = _child_text(item, _TEXT_TAGS)
    if not texts:
        return RecordError(
            f"{where} has no text; give it a description, content or summary", source=where
        )
    raw = max(texts, key=lambda pair: len(pair[1]))[1]
    text, note = clean_field(raw)
    removed: list[Removal] = [note] if note else []
    titles = _child_text(item, ("title",))
    title = None
    if titles:
        title, note = clean_field(titles[0][1], blocks=False)
        removed.extend([Removal(note.kind, f"title: {note.text}")] if note else [])
    dates = _child_text(item, _DATE_TAGS)
    fields: dict[str, str | None] = {
        "title": title or None,
        "outlet": outlet,
        "url": _link(item),
        "date": dates[0][1].strip() if dates else None,
        "language": _language(item) or language,
    }
    return Record(number, text, fields, {}, tuple(removed))
