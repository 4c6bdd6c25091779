"""Paragraphs from lines: which line breaks are hard (a new paragraph) and which are soft.

A blank line always separates paragraphs. A single line break is soft (the paragraph, and
maybe its sentence, runs on) when the text is hard-wrapped: e-mailed wire copy, text copied
out of a PDF, ``fold -s`` output. It stays hard where the text is clearly a list (the next
line starts with a bullet or a number), a heading or a dateline on its own line, or a
paragraph's last line: a line that ends well short of the wrap width, so the next line's first
word would have fitted on it (the reflow test of RFC 3676 "format=flowed" readers and PDF text
extractors, without their trailing-space marker, which pasted text loses).

A line followed by a line starting in lower case always runs on (no paragraph, heading or
list item starts so). A text is taken as hard-wrapped when some line inside a block ends
without terminal punctuation and no line is longer than any plausible wrap width; otherwise
(one paragraph per line, the common form of text saved from a web page) every line break is
hard, as before.
"""

from __future__ import annotations

import re

__all__ = ["line_blocks", "paragraph_line_spans"]

MAX_WRAP_WIDTH = 100  # columns; a line longer than this (with a space in it) was not wrapped
_SLACK_DIVISOR = 8  # a line this fraction of the width short of full still counts as full
_TERMINAL_END = re.compile(r"[.!?…:;。！？」』][\"'”’»)\]」』）]*$")
_BULLET = re.compile(r"[•·▪‣◦●○■□➢►✓*+]\s")
_DASH_ITEM = re.compile(r"[-–—]\s*(\S)")
_NUMBER_ITEM = re.compile(r"(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+\S")
_FIRST_WORD = re.compile(r"\S+")


def line_blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines, each line as ``(start, end)`` offsets with its spaces trimmed."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    position = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            current.append((start, end))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def paragraph_line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blocks cut at their hard line breaks."""
    blocks = line_blocks(text)
    wrapped = _looks_wrapped(text, blocks)
    width = max((e - s for block in blocks for s, e in block), default=0)
    spans: list[tuple[int, int]] = []
    for block in blocks:
        start = block[0][0]
        for a, b in zip(block, block[1:], strict=False):
            if _continues(text, a, b):
                continue
            if not wrapped or _hard_break(text, a, b, width):
                spans.append((start, a[1]))
                start = b[0]
        spans.append((start, block[-1][1]))
    return spans


def _continues(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """A line followed by one that starts in lower case: the sentence runs on."""
    return text[b[0]].islower()


def _looks_wrapped(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    """True when the line breaks inside blocks look like a hard wrap (see the module doc)."""
    open_end = False
    for block in blocks:
        for s, e in block:
            if e - s > MAX_WRAP_WIDTH and " " in text[s:e]:
                return False
        for a, b in zip(block, block[1:], strict=False):
            if not _TERMINAL_END.search(text[a[0] : a[1]]) and not _is_item(text, b, a):
                open_end = True
    return open_end


def _hard_break(text: str, a: tuple[int, int], b: tuple[int, int], width: int) -> bool:
    """Whether the break between lines ``a`` and ``b`` of a wrapped text is a paragraph break."""
    if _is_item(text, b, a):
        return True
    indent_a = a[0] - text.rfind("\n", 0, a[0]) - 1
    indent_b = b[0] - text.rfind("\n", 0, b[0]) - 1
    if indent_b >= indent_a + 2 and not _is_item(text, a, None):
        return True  # a first-line indent opens a new paragraph
    first = _FIRST_WORD.match(text, b[0])
    room = width - width // _SLACK_DIVISOR
    return (a[1] - a[0]) + 1 + (first.end() - first.start() if first else 0) <= room


def _is_item(text: str, line: tuple[int, int], before: tuple[int, int] | None) -> bool:
    """True when ``line`` starts a list item (after the line ``before``, when given)."""
    content = text[line[0] : line[1]]
    if _BULLET.match(content):
        return True
    dash = _DASH_ITEM.match(content)
    previous = text[before[0] : before[1]] if before else ""
    ended = before is None or _TERMINAL_END.search(previous) is not None
    if dash:  # a dash list or dialogue, not the speaker tag "— said he" wrapped down
        # lower case after the dash: a speaker tag wrapped down, or a short item the width
        # rule finds; upper case: a dialogue line or an item when the line before ended.
        if before is None:
            return True
        return ended and (dash.group(1).isupper() or dash.group(1).isdigit())
    if _NUMBER_ITEM.match(content):
        return ended or (before is not None and _is_item(text, before, None))
    return False
