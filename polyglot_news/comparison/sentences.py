"""A version's pivot text as the comparison reads it: sentences (:func:`split_text`, the
project's segmenter or a splitter passed in) and the paragraphs they fall in
(:func:`paragraph_ranges`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import accumulate

__all__ = ["Splitter", "paragraph_ranges", "split_text"]

Splitter = Callable[[str, str | None], list[str]]
"""A sentence splitter: ``(text, language) -> sentences`` (default: ``segment.split_sentences``)."""


def split_text(
    text: str, language: str | None = None, splitter: Splitter | None = None
) -> list[str]:
    """Split a version into sentences with ``splitter`` or the project's segmenter."""
    if splitter is None:
        from polyglot_news.segment import split_sentences

        splitter = split_sentences
    return [s.strip() for s in splitter(text, language) if s.strip()]


def paragraph_ranges(text: str, sentences: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Group ``sentences`` (split from ``text``, in order) by the paragraph of ``text`` they are in.

    Paragraphs are those of :func:`polyglot_news.segment.paragraph_spans`. Returns half-open
    ``(first, end)`` ranges of sentence indices, in order, covering every sentence once; a
    sentence a splitter rewrote (so it is not found in ``text``) stays in the paragraph of the
    sentence before it.
    """
    from polyglot_news.segment import split_paragraphs

    # Sentences come with soft line breaks read as spaces, so look for them in the paragraphs
    # read the same way.
    paragraphs = split_paragraphs(text)
    text = "\n\n".join(paragraphs)
    ends = list(accumulate(len(p) + 2 for p in paragraphs))
    ranges: list[tuple[int, int]] = []
    first, paragraph, cursor = 0, 0, 0
    for index, sentence in enumerate(sentences):
        found = text.find(sentence, cursor)
        if found < 0:
            continue
        cursor = found + len(sentence)
        while paragraph < len(ends) - 1 and found >= ends[paragraph]:
            paragraph += 1
            if index > first:
                ranges.append((first, index))
                first = index
    if len(sentences) > first:
        ranges.append((first, len(sentences)))
    return tuple(ranges)
