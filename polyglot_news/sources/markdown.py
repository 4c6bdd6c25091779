"""Read a Markdown version (``.md``): its visible text, paragraph by paragraph, and front matter.

Journalists keep articles as Markdown when a web clipper saves them (Obsidian Web Clipper,
MarkDownload) or a newsroom CMS exports them. The text is parsed with markdown-it-py (a
CommonMark parser, https://commonmark.org, already installed with ``rich``) and rebuilt from its
tokens: each paragraph, heading, list item and quote becomes one paragraph of plain text,
links keep their words and lose their targets, emphasis and code marks go; raw HTML blocks are
reduced to their visible text (:mod:`.fragment`), and images (their alt text), tables and code
blocks are left out, as an HTML page's figures and tables are: each is recorded as a
:class:`~polyglot_news.records.Removal`, so nothing is lost silently.

A YAML front matter block (``---`` lines around ``key: value`` pairs, as clippers write it) is
read with PyYAML: ``title``, ``source``/``url``, ``published``/``date``, ``site``/``site_name``/
``outlet``/``publisher``/``agency`` (the outlet; else the host of the url, never the ``author``) and
``lang``/``language`` fill the version's fields, as a JSON record's do; front
matter that is not valid YAML is removed and recorded. A first-level heading opening the text
is the title when the front matter gives none.

Clippers also keep the page's share and subscribe bars as lines of links
(``[Share on X](...) | [Subscribe to our newsletter](...)``), which the HTML reader removes
with the page's chrome: a paragraph or list item made only of links (separators aside), or a
short one with a link whose words are a share/subscribe/follow call (``chrome_link_words`` in
``patterns.json``: "Follow us on [Telegram](...)"), is left out and recorded as
``boilerplate``, as the HTML reader records what it removes.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from polyglot_news.records import Removal
from polyglot_news.sources.records import outlet_of

__all__ = ["MarkdownText", "parse_markdown"]

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("source", "url", "link"),
    "date": ("published", "date", "datePublished"),
    # never "author" (the reporter); without a name, the host of the url (records.outlet_of)
    "outlet": ("site", "site_name", "outlet", "publisher", "agency"),
    "language": ("lang", "language", "inLanguage"),
}
_BLOCKS = frozenset({"paragraph_open", "heading_open"})
# what may stand between the links of a share bar: separators and punctuation, no words
_SEPARATORS = re.compile(r"[\W_]*")
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’»)]*$")
_CHROME_WORDS_MAX = 8  # a line with a share/subscribe link and at most this many words


@dataclass(frozen=True)
class MarkdownText:
    """The plain text of a Markdown document, its fields and what reading it removed."""

    text: str
    fields: dict[str, str | None]
    removed: tuple[Removal, ...] = ()


def parse_markdown(source: str) -> MarkdownText:
    """The visible text of Markdown ``source``, paragraphs separated by a blank line.

    Returns:
        :class:`MarkdownText`: the text (empty when the document holds none), the fields read
        from front matter or the opening heading (``title``, ``url``, ``date``, ``outlet``,
        ``language``; None when absent), and the removals (front matter, code, raw HTML).
    """
    from markdown_it import MarkdownIt

    removed: list[Removal] = []
    fields, body = _front_matter(source, removed)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    paragraphs, heading = _paragraphs(tokens, removed)
    if not fields.get("title") and heading and paragraphs and paragraphs[0] == heading:
        fields["title"] = heading
    return MarkdownText("\n\n".join(paragraphs), fields, tuple(removed))


def _front_matter(source: str, removed: list[Removal]) -> tuple[dict[str, str | None], str]:
    """The fields of ``source``'s YAML front matter, and the text after it."""
    fields: dict[str, str | None] = dict.fromkeys(_FIELDS)
    match = _FRONT_MATTER.match(source)
    if match is None:
        return fields, source
    import yaml

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        removed.append(Removal("front_matter", match.group(1)[:200]))
        return fields, source[match.end() :]
    for name, keys in _FIELDS.items():
        fields[name] = next((v for k in keys if (v := _scalar(data.get(k))) is not None), None)
    fields["outlet"], fields["url"] = outlet_of(fields["outlet"], fields["url"])
    return fields, source[match.end() :]


def _scalar(value: Any) -> str | None:
    """A front matter value as text: a string, a date, or the first string of a list."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        # clippers write an author as an Obsidian link: "[[Jane Doe]]"
        text = value.strip().removeprefix("[[").removesuffix("]]").strip()
        return text or None
    return None


def _paragraphs(tokens: Sequence[Any], removed: list[Removal]) -> tuple[list[str], str | None]:
    """One text per block of ``tokens``, and the text of the first first-level heading."""
    from polyglot_news.sources.fragment import html_to_text

    out: list[str] = []
    heading: str | None = None
    opened = ""
    table: list[str] | None = None
    for token in tokens:
        if token.type in _BLOCKS:
            opened = token.tag
        elif token.type == "table_open":
            table = []
        elif token.type == "table_close" and table is not None:
            removed.append(Removal("table", " | ".join(t for t in table if t)[:200]))
            table = None
        elif token.type == "inline":
            text = _inline(token.children or [], removed)
            if table is not None:
                table.append(text)
            elif text and _is_chrome(token.children or [], text):
                removed.append(Removal("boilerplate", text[:200]))
            elif text:
                out.append(text)
                if opened == "h1" and heading is None:
                    heading = text
        elif token.type in ("fence", "code_block"):
            removed.append(Removal("code", token.content.strip()[:200]))
        elif token.type == "html_block":
            text = html_to_text(token.content).strip()
            removed.append(Removal("markup", token.content.strip()[:200]))
            if text:
                out.append(text)
    return out, heading


def _inline(children: Sequence[Any], removed: list[Removal]) -> str:
    """The words of an inline token: text and code spans, breaks kept; images recorded."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "image":
            removed.append(Removal("image", _inline(child.children or [], [])))
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n" if child.type == "hardbreak" else " ")
    return re.sub(r"[ \t]+", " ", "".join(parts)).strip()


def _is_chrome(children: Sequence[Any], text: str) -> bool:
    """Whether an inline token is a share/subscribe bar: words only inside links (two links or
    more, or one short one), or a short line with a link that holds a :func:`_chrome_words`
    call; short: at most :data:`_CHROME_WORDS_MAX` words and no sentence end."""
    inside, outside, links = 0, [], 0
    for child in children:
        if child.type == "link_open":
            inside, links = inside + 1, links + 1
        elif child.type == "link_close":
            inside -= 1
        elif not inside and child.type in ("text", "code_inline"):
            outside.append(child.content)
    if not links:
        return False
    short = len(text.split()) <= _CHROME_WORDS_MAX and not _SENTENCE_END.search(text)
    if _SEPARATORS.fullmatch("".join(outside)):
        # a bar of links, or one short link; a whole sentence that links somewhere is kept
        return links > 1 or short
    return short and _chrome_words().search(text) is not None


@lru_cache(maxsize=1)
def _chrome_words() -> re.Pattern[str]:
    """The share/subscribe/follow words of ``patterns.json`` (``chrome_link_words``)."""
    raw = resources.files("polyglot_news.sources").joinpath("patterns.json").read_text("utf-8")
    words = sorted(json.loads(raw)["chrome_link_words"], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)
