"""Decode markup left in a text field: HTML entities, escaped or bare tags, CDATA wrappers.

Feeds (RSS ``description``, Atom ``content``), scraper exports and JSON APIs often store text
entity-escaped (``Russia&#39;s``, ``&quot;``, ``&nbsp;``), sometimes twice (``&amp;#39;``),
sometimes as escaped tags (``&lt;p&gt;``) or with bare tags, and HTML attributes (``og:title``)
carry the same. :func:`clean_field` gives every such field one treatment, whatever else the
field holds: tags are reduced to their visible text (paragraph blocks kept apart by a blank
line, ``<br>`` as a line break), entities are decoded with :func:`html.unescape` (the HTML5
named character references, decimal and hex references), a second level of escaping is
decoded once more, and what was decoded is returned as a
:class:`~polyglot_news.records.Removal` of kind ``markup`` so nothing changes silently.
Entities are only decoded when written as references (``&name;``, ``&#39;``, ``&#x2019;``):
"AT&T" and "R&D" stay as they are.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from polyglot_news.records import Removal
from polyglot_news.sources.fragment import html_to_text

__all__ = ["clean_field", "has_entities", "has_tags"]

# A character reference: named (HTML5 names are letters and digits), decimal or hex.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Tags of elements that appear in article text; a lone "<" or "a < b" is not a tag.
_TAG_NAMES = (
    "p br div span a b i u s em strong small big sub sup mark q cite abbr time font h1 h2 h3 "
    "h4 h5 h6 li ul ol dl dt dd blockquote pre code table thead tbody tr td th section article "
    "main header footer figure figcaption img picture source video audio iframe hr wbr address "
    "aside nav script style noscript template center"
).split()
_TAG = re.compile(
    rf"</?(?:{'|'.join(_TAG_NAMES)})(?:\s[^<>]{{0,2000}})?/?>|<!--.*?-->", re.I | re.S
)
_BLOCK_TAG = re.compile(
    r"<(?:p|div|br|li|h[1-6]|blockquote|tr|section|article|ul|ol|table|pre|hr|figure)[\s>/]", re.I
)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_MAX_LEVELS = 3  # "&amp;amp;quot;" is escaped three times; more is data, not an accident


def has_entities(text: str) -> bool:
    """True when ``text`` holds an HTML character reference such as ``&#39;`` or ``&quot;``."""
    return _ENTITY.search(text) is not None


def has_tags(text: str) -> bool:
    """True when ``text`` holds an HTML tag of an element used in article text, or a comment."""
    return _TAG.search(text) is not None


def clean_field(text: str, *, blocks: bool = True) -> tuple[str, Removal | None]:
    """Return ``text`` with its markup decoded, and a record of what was decoded (or None).

    ``blocks`` keeps paragraph structure (for article bodies); False joins everything into
    one line (titles and other one-line fields). Text without markup comes back unchanged.
    """
    found: Counter[str] = Counter()
    cdata = _CDATA.findall(text)
    if cdata:
        found["<![CDATA[...]]>"] += len(cdata)
        text = _CDATA.sub(lambda m: m.group(1), text)
    for _ in range(_MAX_LEVELS):
        tags = _TAG.findall(text)
        entities = _ENTITY.findall(text)
        if not tags and not entities:
            break
        if tags:
            found.update(_tag_name(tag) for tag in tags)
            text = _strip_tags(text, blocks)  # lxml decodes the entities outside the tags
        else:
            found.update(entities)
            text = html.unescape(text)
    if not found:
        return text, None
    if not blocks:
        text = " ".join(text.split())
    detail = ", ".join(f"{k} x{n}" if n > 1 else k for k, n in sorted(found.items()))
    return text, Removal("markup", detail)


def _tag_name(tag: str) -> str:
    if tag.startswith("<!--"):
        return "<!--comment-->"
    match = re.match(r"</?([A-Za-z0-9]+)", tag)
    return f"<{match.group(1).lower()}>" if match else tag


def _strip_tags(text: str, blocks: bool) -> str:
    # a double-escaped entity inside a tagged fragment ("&amp;#39;") is decoded on the next
    # round, when no tag is left
    if not blocks:
        return " ".join(html_to_text(text).split())
    if _BLOCK_TAG.search(text):
        return html_to_text(text)
    # inline tags only: the field's own blank lines are its paragraphs, which HTML would collapse
    return "\n\n".join(html_to_text(chunk) for chunk in _BLANK_LINE.split(text))
