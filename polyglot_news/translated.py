"""Each compared sentence traced to the translated segment it came from.

A version is translated segment by segment (:attr:`Translation.sentences
<polyglot_news.records.Translation.sentences>`: ``(source, translation)`` pairs) and its
translation is then split again into the sentences the comparison compares
(:attr:`VersionResult.sentences <polyglot_news.comparison.model.VersionResult.sentences>`).
:func:`segment_of_each` walks the two in order; from it follow each compared sentence's
original wording (:func:`original_sentences`, a claim cell's ``original``) and the flags the
translation checks raise for its segment (:func:`flags_of_sentences`:
:func:`polyglot_news.translate.quality.sentence_flags`, a claim cell's ``translation_flags``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from polyglot_news.comparison.model import VersionResult

__all__ = ["flags_of_sentences", "original_sentences", "segment_of_each"]


def segment_of_each(result: VersionResult) -> list[int | None]:
    """The index (in ``result.translation.sentences``) of the segment each compared sentence
    was translated from, ``None`` where unknown; empty for a version that was not translated.

    The compared sentences are walked in order against the translated segments: a sentence
    belongs to the first segment at or after the current one that equals it, else that
    contains it (a segment the translator rendered as two sentences). Walking in order keeps
    each sentence's own source when two segments translate to the same text (a lookup by
    translated text would give both the last one).
    """
    tr = result.translation
    if tr is None or len(tr.route) < 2:
        return []
    segments = [(src.strip(), dst.strip()) for src, dst in tr.sentences]
    out: list[int | None] = []
    cursor = 0
    for sentence in result.sentences:
        found = _segment_of(sentence, segments, cursor)
        out.append(found)
        if found is not None:
            # a segment rendered as several sentences stays current until one equals a later
            cursor = found + 1 if segments[found][1] == sentence.strip() else found
    return out


def original_sentences(result: VersionResult) -> list[str]:
    """The source sentence each compared sentence was translated from (``""`` where unknown;
    empty for a version that was not translated)."""
    tr = result.translation
    if tr is None:
        return []
    return [tr.sentences[k][0].strip() if k is not None else "" for k in segment_of_each(result)]


def flags_of_sentences(result: VersionResult, glossary: Any = None) -> tuple[tuple[str, ...], ...]:
    """Why the translation of each compared sentence is not to be trusted (one tuple per
    sentence of ``result.sentences``, ``()`` for a sound one; ``()`` as a whole for a version
    that was not translated): :func:`polyglot_news.translate.quality.sentence_flags` of the
    segment it came from. ``glossary`` (with ``find(text, language)``) enables the names
    checks."""
    from polyglot_news.translate.quality import sentence_flags

    tr = result.translation
    segments = segment_of_each(result)
    if tr is None or not segments:
        return ()
    finder = glossary if callable(getattr(glossary, "find", None)) else None
    flags = sentence_flags(tr, finder)
    return tuple(flags[k] if k is not None else () for k in segments)


def _segment_of(sentence: str, segments: Sequence[tuple[str, str]], start: int) -> int | None:
    """Index of the first segment from ``start`` whose translation equals ``sentence``, else of
    the first that contains it, else the same searched from the beginning; ``None`` if none."""
    text = sentence.strip()
    for order in (range(start, len(segments)), range(len(segments))):
        for i in order:
            if segments[i][1] == text:
                return i
        for i in order:
            if text and text in segments[i][1]:
                return i
    return None
