"""Split text into paragraphs and sentences, offline, for every language.

Argos Translate 1.11 splits sentences with MiniSBD or Stanza, and both download a model the
first time they run, which fails offline; so we split ourselves with a rule-based splitter in
the spirit of Punkt (Kiss & Strunk 2006) without its training: a sentence ends at a run of
terminal punctuation (``. ! ? …`` and the CJK full stops ``。！？``) plus any closing quotes or
brackets, when what follows is whitespace and then something that is not lower case.
A single ``.`` does not end a sentence after a known abbreviation (``Mr.``, ``т.е.``; the table
is ``polyglot_news/data/abbreviations.tsv``), after an initial (``V. Putin``) or after a dotted
acronym (``U.S.``); ``1.5`` and ``11,000`` never split because no space follows the mark.
CJK full stops end a sentence even with no space after them. A line break always ends a
sentence and a paragraph: paragraphs are the non-blank lines, as in Argos Translate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["paragraph_spans", "sentence_spans", "split_paragraphs", "split_sentences"]

_CJK_STOPS = "。！？"
# A run of terminal marks, then closing quotes/brackets that belong to the same sentence.
_TERMINATOR = re.compile(r"(?:[.!?…‽]+|[。！？]+)[\"'”’»)\]」』）〕】]*")
_WORD_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"^(?:\w{1,3}\.)+\w{1,3}$")
_LINE = re.compile(r"[^\n]+")
_NO_START = set(",;:)]}»”’")


@lru_cache(maxsize=64)
def _abbreviations(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Return (always, before-a-number) abbreviations for ``language`` (all when None)."""
    base = language.split("-")[0].lower() if language else None
    always: set[str] = set()
    numeric: set[str] = set()
    table = resources.files("polyglot_news.data").joinpath("abbreviations.tsv")
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, word, *rest = line.split("\t")
        if base is not None and lang not in ("*", base):
            continue
        (numeric if rest and rest[0] == "num" else always).add(word)
    return frozenset(always), frozenset(numeric)


def split_paragraphs(text: str) -> list[str]:
    """Split ``text`` into paragraphs: its non-blank lines, stripped."""
    return [text[s:e].strip() for s, e in paragraph_spans(text)]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each paragraph, trimmed of surrounding whitespace."""
    spans = []
    for m in _LINE.finditer(text):
        span = _trim(text, m.start(), m.end())
        if span is not None:
            spans.append(span)
    return spans


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Split ``text`` into sentences; ``language`` (ISO 639-1) selects abbreviations."""
    return [text[s:e] for s, e in sentence_spans(text, language)]


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each sentence, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        start = p_start
        for m in _TERMINATOR.finditer(text, p_start, p_end):
            if m.end() < p_end and _ends_sentence(text, m, p_end, language):
                span = _trim(text, start, m.end())
                if span is not None:
                    spans.append(span)
                start = m.end()
        span = _trim(text, start, p_end)
        if span is not None:
            spans.append(span)
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _ends_sentence(text: str, m: re.Match[str], limit: int, language: str | None) -> bool:
    """Decide whether the terminator ``m`` (not at the end of its paragraph) ends a sentence."""
    marks = m.group().rstrip("\"'”’»)]」』）〕】")
    after = m.end()
    if marks[0] in _CJK_STOPS:
        return text[after] not in _NO_START
    if not text[after].isspace():  # 1.5, U.S.A., example.com, "?!x"
        return False
    nxt = after
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return True
    following = text[nxt]
    if following.islower() or following in _NO_START:
        return False
    if marks != ".":
        return True
    return not _is_abbreviation(text[: m.start()], following, language)


def _is_abbreviation(before: str, following: str, language: str | None) -> bool:
    """True when the word ending at a single ``.`` is an abbreviation or an initial."""
    found = _WORD_BEFORE.search(before)
    if found is None:
        return False
    original = found.group(1).lstrip("\"'“‘«([„")
    word = original.lower()
    if not word:
        return False
    if len(original) == 1 and original.isupper():  # an initial: "V. Putin", "В. Путин"
        return True
    if _DOTTED.match(word):  # U.S., т.е., a.m.
        return True
    always, numeric = _abbreviations(language)
    return word in always or (following.isdigit() and word in numeric)
