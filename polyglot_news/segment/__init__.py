"""Split text into paragraphs and sentences, offline, for every language.

This is the one segmentation the whole pipeline uses: translation batches are its sentences
(:class:`~polyglot_news.translate.engine.TranslationEngine`), the comparison aligns its
sentences, and every report's signature names it (:func:`segmenter_id`).

Paragraphs (:mod:`.lines`): a blank line separates paragraphs; a single line break inside a
paragraph is a soft break (hard-wrapped wire copy, text from a PDF) unless the text is clearly
a list, a heading or a dateline on its own line, or each line is a paragraph of its own.
A soft break inside a sentence reads as a space (no space between two CJK characters), so a
hard-wrapped copy gives the same sentences as the unwrapped one.

Sentences (:mod:`.sentences`): rule-based, in the spirit of Punkt (Kiss & Strunk 2006) without
its training and of the "golden rules" of Pragmatic Segmenter / pySBD, with per-language word
lists in data files (:mod:`.rules`): abbreviations, initials, dotted acronyms, ordinals,
quotations with their speaker, datelines, list markers, CJK full stops. Argos Translate's own
splitters (MiniSBD, Stanza) download a model the first time they run, which fails offline;
``benchmarks/segmentation_accuracy.py`` scores this splitter against pySBD and sentencex.
"""

from __future__ import annotations

import re

from polyglot_news.segment.lines import paragraph_line_spans
from polyglot_news.segment.rules import rules_for
from polyglot_news.segment.sentences import sentence_bounds

__all__ = [
    "SEGMENTER_VERSION",
    "flow",
    "paragraph_spans",
    "segmenter_id",
    "sentence_spans",
    "split_paragraph_sentences",
    "split_paragraphs",
    "split_sentences",
]

SEGMENTER_VERSION = 5
"""Bumped whenever a change to the rules or word lists can change where text is split."""

_SOFT_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def segmenter_id() -> str:
    """Name and version of the segmentation, e.g. ``"polyglot_news.segment/5"``."""
    return f"polyglot_news.segment/{SEGMENTER_VERSION}"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each paragraph, trimmed; a paragraph may hold soft breaks."""
    return paragraph_line_spans(text)


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, soft line breaks read as spaces (see :func:`flow`)."""
    return [flow(text[s:e]) for s, e in paragraph_spans(text)]


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each sentence, trimmed, in order; none crosses a paragraph.

    ``language`` (ISO 639-1, e.g. ``"ru"`` or ``"zh-cn"``) selects the word lists; None uses
    those of every language.
    """
    return [s for para in _paragraph_sentence_spans(text, language) for s in para]


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Split ``text`` into sentences (soft line breaks read as spaces)."""
    return [flow(text[s:e]) for s, e in sentence_spans(text, language)]


def split_paragraph_sentences(text: str, language: str | None = None) -> list[list[str]]:
    """The sentences of each paragraph: ``[[sentence, ...], ...]``, one list per paragraph."""
    return [
        [flow(text[s:e]) for s, e in para] for para in _paragraph_sentence_spans(text, language)
    ]


def flow(fragment: str) -> str:
    """Read the soft line breaks of ``fragment`` as a space, or as nothing between CJK
    characters and after a hyphen that splits a lower-case word (``well-\\nknown``)."""

    def join(m: re.Match[str]) -> str:
        before = fragment[m.start() - 1] if m.start() else ""
        after = fragment[m.end()] if m.end() < len(fragment) else ""
        if _CJK.match(before) and _CJK.match(after):
            return ""
        if before == "-" and m.start() >= 2 and fragment[m.start() - 2].isalpha():
            return "" if after.islower() else " "
        return " "

    return _SOFT_BREAK.sub(join, fragment)


def _paragraph_sentence_spans(text: str, language: str | None) -> list[list[tuple[int, int]]]:
    rules = rules_for(language)
    paragraphs = []
    for start, end in paragraph_spans(text):
        spans = []
        for s, e in sentence_bounds(text, start, end, rules):
            trimmed = _trim(text, s, e)
            if trimmed is not None:
                spans.append(trimmed)
        paragraphs.append(spans)
    return paragraphs


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
