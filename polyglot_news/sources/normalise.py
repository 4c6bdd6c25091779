"""Normalise a version's text so that versions compare on what they say, not how they were saved.

:func:`normalise` is pure and idempotent (it repeats its rules until nothing changes). It
- unifies line endings (CR LF, CR, U+2028/2029, NEL, VT, FF -> LF) and turns every space
  separator (no-break, narrow no-break, ideographic, en/em...) and tab into one ASCII space,
  collapsing runs, stripping line ends and keeping at most one blank line between paragraphs;
- removes zero-width spaces, word joiners, stray byte order marks and soft hyphens, and C0/C1
  control characters and lone surrogates (recorded, as ``invisible`` / ``control``), but keeps
  ZWJ/ZWNJ, which spell words in Persian and Indic scripts;
- applies Unicode NFC (UAX #15) so that composed and decomposed letters compare equal;
- removes aggregator headers at the start ("BREAKING:", "LATEST NEWS:", "[속보]", "【速報】"),
  a headline repeated at the top (kept once), a wire dateline opening the body's first
  paragraph (the first paragraph, or the one after a headline: "MANILA, Nov. 25 (Xinhua) --",
  "ODESA, Ukraine (AP) —", "МОСКВА, 30 ноября. /ТАСС/.", "(서울=연합뉴스) 홍길동 기자 =",
  "Berlin (dpa) -"; the grammar is :mod:`.dateline`'s; :func:`dateline_fields` gives its
  place, date and agency, which the loader keeps in ``Version.metadata["dateline"]``),
  and trailing source tags ("Telegraph/", "(Reuters)", "— AFP", "Source: TASS", "© AFP").
  The words live in ``patterns.json``.

Quotation marks are deliberately left as written: guillemets and „low-high“ quotes are the
norm in Russian, Ukrainian and German, translation models were trained on them, and the diff
compares translations, so rewriting them would change the source for no gain. Every removal
of text is returned as a :class:`~polyglot_news.records.Removal`, and nothing is removed when
it would leave the text empty.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

from polyglot_news.records import Removal
from polyglot_news.sources.dateline import find_dateline, parse_dateline

__all__ = ["dateline_fields", "normalise"]

_MAX_PASSES = 8
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad\u180e]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_KEY_JUNK = re.compile(r"[\W_]+")
_SUFFIX_CHARS = 40  # how long an outlet suffix after a repeated title may be


def normalise(text: str, title: str | None = None) -> tuple[str, tuple[Removal, ...]]:
    """Return ``text`` normalised and what was removed from it, in order.

    ``title`` is the version's headline when known: then "Title | Outlet" followed by
    "Title" at the top also counts as one headline repeated.
    """
    removed: list[Removal] = []
    for _ in range(_MAX_PASSES):
        new = _pass(text, title, removed)
        if new == text:
            break
        text = new
    return text, tuple(removed)


def _pass(text: str, title: str | None, removed: list[Removal]) -> str:
    text = _tidy(text, removed)
    text = _strip_headers(text, removed)
    text = _strip_repeated_headline(text, title, removed)
    text = _strip_dateline(text, removed)
    return _strip_source_tags(text, removed)


def _tidy(text: str, removed: list[Removal]) -> str:
    text = _LINE_BREAKS.sub("\n", text)
    for kind, pattern in (("invisible", _INVISIBLE), ("control", _CONTROL)):
        found = Counter(pattern.findall(text))
        if found:
            removed.append(Removal(kind, ", ".join(_describe(c, n) for c, n in found.items())))
            text = pattern.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip(" ") for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n ")


def _describe(char: str, count: int) -> str:
    return f"U+{ord(char):04X}" + (f" x{count}" if count > 1 else "")


def _strip_headers(text: str, removed: list[Removal]) -> str:
    while True:
        match = _patterns().header.match(text)
        rest = text[match.end() :].lstrip() if match else ""
        if match is None or not rest:
            return text
        removed.append(Removal("aggregator_header", match.group(0).strip()))
        text = rest


def _key(line: str) -> str:
    return _KEY_JUNK.sub(" ", line.casefold()).strip()


def _strip_repeated_headline(text: str, title: str | None, removed: list[Removal]) -> str:
    lines = text.split("\n")
    title_key = _key(title) if title else ""
    index, dropped = 1, []
    while index < len(lines) and (
        not lines[index] or _same_headline(lines[0], lines[index], title_key)
    ):
        if lines[index]:
            dropped.append(lines[index])
        index += 1
    if not dropped:
        return text
    removed.extend(Removal("repeated_headline", line) for line in dropped)
    rest = lines[index:]
    return "\n".join([lines[0], "", *rest]) if rest else lines[0]


def _same_headline(first: str, line: str, title_key: str) -> bool:
    """Equal up to case and punctuation, or both the title plus a short outlet suffix."""
    a, b = _key(first), _key(line)
    if not a:
        return False
    if a == b:
        return True
    near = (
        title_key
        and a.startswith(title_key)
        and b.startswith(title_key)
        and max(len(a), len(b)) - len(title_key) <= _SUFFIX_CHARS
    )
    return bool(near)


def _strip_dateline(text: str, removed: list[Removal]) -> str:
    """Drop the wire dateline that opens the first paragraph or the one after the headline:
    outlets that rewrite the story never carry it, so left in it would read as wording only
    the wire has."""
    paragraphs = text.split("\n\n")
    for k, paragraph in enumerate(paragraphs[:2]):
        found = find_dateline(paragraph)
        if found is not None:
            removed.append(Removal("dateline", found.text))
            paragraphs[k] = paragraph[len(found.text) :].lstrip()
            return "\n\n".join(paragraphs)
    return text


def dateline_fields(removed: tuple[Removal, ...]) -> dict[str, str] | None:
    """The parts of the dateline :func:`normalise` removed, else None.

    Returns ``{"text": ..., "place": ..., "region": ..., "date": ..., "agency": ...}``:
    ``text`` is the dateline as written; ``region`` (a country or state after the place),
    ``date`` and ``agency`` are present only when it names them.
    """
    found = next((r.text for r in removed if r.kind == "dateline"), None)
    parsed = parse_dateline(found) if found else None
    return None if parsed is None else parsed.fields()


def _strip_source_tags(text: str, removed: list[Removal]) -> str:
    patterns = _patterns()
    while True:
        lines = text.rstrip().split("\n")
        last = lines[-1]
        if len(lines) > 1 and patterns.tag_line.match(last):
            removed.append(Removal("source_tag", last))
            text = "\n".join(lines[:-1]).rstrip()
            continue
        inline = patterns.tag_inline.search(last)
        if inline and inline.start() > 0:
            removed.append(Removal("source_tag", inline.group(0).strip()))
            text = text.rstrip()[: len(text.rstrip()) - len(inline.group(0))].rstrip()
            continue
        return text


class _Patterns:
    """Regular expressions compiled once from ``patterns.json``."""

    def __init__(self, data: dict[str, list[str]]) -> None:
        headers = _alternatives(data["aggregator_headers"])
        agencies = _alternatives(data["agencies"])
        labels = _alternatives(data["source_labels"])
        self.header = re.compile(
            rf"(?:[\[【(（]\s*(?:{headers})\s*[\]】)）]\s*[:：\-–—|]?"
            rf"|(?:{headers})\s*(?:[:：]|\s[-–—|](?=\s)|(?=\n)))[ \t]*",
            re.IGNORECASE,
        )
        self.tag_line = re.compile(
            rf"^(?:[(（]\s*(?:{agencies})(?:\s*[,/]\s*(?:{agencies}))*\s*[)）]"
            rf"|[—–-]+\s*(?:{agencies})(?:\s*[,/]\s*(?:{agencies}))*"
            rf"|/?(?:\s*\w[\w .&'’-]{{0,38}}/){{1,3}}"
            rf"|(?:{labels})\s*[:：]\s*\S.{{0,80}}"
            rf"|(?:©|\(c\)|copyright\b)\s*.{{0,80}})\s*$",
            re.IGNORECASE,
        )
        self.tag_inline = re.compile(
            rf"(?<=[.!?。»\"”])\s*[(（]\s*(?:{agencies})\s*[)）]\s*$", re.IGNORECASE
        )


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    raw = resources.files("polyglot_news.sources").joinpath("patterns.json").read_text("utf-8")
    return _Patterns(json.loads(raw))
