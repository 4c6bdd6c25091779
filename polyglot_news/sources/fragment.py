"""HTML fragments to text: parse with lxml, keep the visible text one paragraph per block.

Shared by the page extractor (:mod:`.html`) and the treatment of markup in text fields
(:mod:`.markup`), which both read HTML the same way: scripts dropped, whitespace collapsed as a
browser does, block elements apart, and ``<br>`` a line break (inside a ``<p>`` one ``<br>`` is a
soft break that joins the sentence, two or more a paragraph break). lxml is imported lazily.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["SPACES", "block_text", "html_to_text", "parse"]

# Paragraph-level elements of HTML and of trafilatura's XML output (head, list, item, quote).
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr section article "
    "main header figure figcaption address hr head list item quote row code".split()
)
_BREAKS = frozenset({"br", "lb"})
_SOFT_BREAK = "\u2028"  # a <br> inside a <p>, resolved once the block's text is joined
_SOFT_BREAKS = re.compile(r" *\u2028(?:[ \u2028]*\u2028)? *")
SPACES = re.compile(r"[ \t\r\n\f\v]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment, one paragraph per block, scripts dropped."""
    tree = parse(f"<html><body><div>{fragment}</div></body></html>")
    if tree is None:
        return ""
    for element in tree.iter("script", "style", "noscript", "template"):
        element.drop_tree()
    return block_text(tree.body if tree.find("body") is not None else tree)


def parse(markup: str) -> Any:
    """The lxml document of ``markup``, or None when there is nothing to parse."""
    import lxml.html  # lazy: lxml comes with trafilatura

    markup = _XML_DECL.sub("", markup, count=1).replace("\x00", "")
    if not markup.strip():
        return None
    try:
        return lxml.html.document_fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return None


def block_text(root: Any) -> str:
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
            parts.append(SPACES.sub(" ", element.text))
        for child in element:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n\n")
        if element.tail:
            parts.append(SPACES.sub(" ", element.tail))

    text = root.text or ""
    parts.append(SPACES.sub(" ", text))
    for child in root:
        walk(child)
    joined = _SOFT_BREAKS.sub(_resolve_soft_breaks, "".join(parts))
    lines = (line.strip() for line in joined.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _resolve_soft_breaks(m: re.Match[str]) -> str:
    return " " if m.group().count(_SOFT_BREAK) == 1 else "\n\n"
