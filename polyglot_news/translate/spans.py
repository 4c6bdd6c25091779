"""Links, e-mail addresses, @handles and #hashtags: words that are not language.

Translation models were not trained on them: they garble a link inside a sentence (spaces in
``https: //``, a translated path, a dropped address) or drop it. These spans must come back
byte-identical, so they are protected the way glossary names are (docs/translation.md), by
translate-then-repair rather than by placeholders the model would garble too:

1. the sentence goes to the model as written, so the words around a link keep their context;
2. :func:`repair` then checks the translation: each span found as written is *held*; one the
   model bent (a space inserted, case changed, a character lost; a window of the output within
   :data:`BENT_SIMILARITY` of it once whitespace and case are set aside) is replaced by the span
   as written, *repaired*; one that cannot be found is *failed*;
3. a sentence with a failed span is translated again in :func:`pieces`: the text between its
   spans, each piece on its own, put back together around the spans as written
   (:func:`assemble`), so the spans are byte-identical whatever the model does.

Spans that open or close a sentence never reach the model at all
(:func:`polyglot_news.translate.routing.token_edges`). :func:`mask` and :func:`unmask` hide
spans from the glossary, so a name inside ``#Курск`` or ``t.me/kursk_news`` is neither
protected nor "repaired" inside the link.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from polyglot_news.weblinks import LINK

__all__ = [
    "BENT_SIMILARITY",
    "TOKEN",
    "assemble",
    "find_spans",
    "hold_links",
    "mask",
    "needs_translation",
    "piece_parts",
    "pieces",
    "repair",
    "unmask",
]

# A link, e-mail address, @handle or #hashtag, as one whitespace-free run (the definition
# language detection uses too: polyglot_news.weblinks).
TOKEN = LINK
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u3000-\u303f\uff00-\uffef"
_GLUED = re.compile(f"[{_CJK}]")
# A span starts the text, or follows a space, an opening bracket or quote, or CJK/Hangul (which
# writes links without a space: 詳細はhttps://…).
_SPAN = re.compile(rf"(?<![^\s(\[{{«„“‘\"'<{_CJK}]){TOKEN}")
# Punctuation that ends a sentence or closes a bracket after a link is not part of it.
_TRAILING = ".,;:!?…'\"”’»>"
_CLOSING = {")": "(", "]": "[", "}": "{"}
BENT_SIMILARITY = 0.8  # difflib ratio of a bent span to the original (whitespace, case aside)
_WINDOW = 3  # whitespace-separated runs of the output a bent span may have been cut into
_MASKS = ("\ue000", "\ue001")  # private-use characters: no glossary matches them
_LETTER = re.compile(r"[^\W\d_]")
_END_MARK = re.compile(r"[.!?…。！？]+$")
_PIECE_LEAD = re.compile(r"[\s,;:—–-]*")
_PIECE_TRAIL = re.compile(r"[\s,;:—–-]*$")


def find_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each link, e-mail address, @handle and #hashtag in ``text``, in order.

    Punctuation after a link that closes the sentence or a bracket opened before it (``at
    https://x.org/a.``, ``(https://x.org/a)``) is left out of the span; brackets the link opens
    itself (``/wiki/Kursk_(city)``) stay in it; so do CJK and Hangul written right after it
    (``…/77에``, ``…/77で``), which belong to the sentence.
    """
    spans = []
    for m in _SPAN.finditer(text):
        start, end = m.span()
        glued = _GLUED.search(text, start, end)  # a Korean or Japanese particle: "…/77에"
        end = glued.start() if glued else end
        while end > start:
            last = text[end - 1]
            if last in _TRAILING:
                end -= 1
            elif last in _CLOSING and text.count(_CLOSING[last], start, end) < text.count(
                last, start, end
            ):
                end -= 1
            else:
                break
        if end - start > 1:
            spans.append((start, end))
    return spans


def repair(translated: str, originals: list[str]) -> tuple[str, list[str]]:
    """Put each span of ``originals`` back into ``translated`` as written.

    Returns the repaired text and one status per span, in order: ``held`` (found as written),
    ``repaired`` (a bent form replaced) or ``failed`` (not found; the caller translates the
    sentence again in :func:`pieces`).
    """
    used: list[tuple[int, int]] = []
    status: dict[int, str] = {}
    for i, span in enumerate(originals):  # as written first, so no bent match steals one
        found = _find_exact(translated, span, used)
        if found:
            used.append(found)
            status[i] = "held"
    edits: list[tuple[int, int, str]] = []
    for i, span in enumerate(originals):
        if i in status:
            continue
        found = _find_bent(translated, span, used)
        status[i] = "repaired" if found else "failed"
        if found:
            used.append(found)
            edits.append((found[0], found[1], span))
    for start, end, span in sorted(edits, reverse=True):
        translated = translated[:start] + span + translated[end:]
    return translated, [status[i] for i in range(len(originals))]


def hold_links(
    sentences: list[str],
    translations: dict[str, str],
    translate: Callable[[list[str]], dict[str, str]],
) -> dict[str, str]:
    """``translations`` (sentence -> model output) with every span of every sentence as written.

    Bent spans are repaired in place (:func:`repair`); a sentence that lost one is translated
    again piece by piece around its spans, the pieces of all such sentences in one
    ``translate`` call (distinct piece cores -> their translations).
    """
    held = dict(translations)
    redo: dict[str, list[tuple[int, int]]] = {}
    for sentence in sentences:
        spans = find_spans(sentence)
        if not spans:
            continue
        fixed, status = repair(translations[sentence], [sentence[s:e] for s, e in spans])
        if "failed" in status:
            redo[sentence] = spans
        else:
            held[sentence] = fixed
    wanted = [
        piece_parts(piece)[1]
        for sentence, spans in redo.items()
        for piece in pieces(sentence, spans)
        if needs_translation(piece_parts(piece)[1])
    ]
    done = translate(list(dict.fromkeys(wanted))) if wanted else {}
    for sentence, spans in redo.items():
        held[sentence] = assemble(sentence, spans, done)
    return held


def pieces(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The text between ``spans``: ``len(spans) + 1`` pieces, whitespace included."""
    out, position = [], 0
    for start, end in spans:
        out.append(text[position:start])
        position = end
    out.append(text[position:])
    return out


def piece_parts(piece: str) -> tuple[str, str, str]:
    """``(lead, core, trail)`` of a piece: the spaces, commas, colons and dashes that join it to
    the spans around it stay as written; ``core`` (its terminal mark included) is translated."""
    lead = _PIECE_LEAD.match(piece)
    start = lead.end() if lead else 0
    trail = _PIECE_TRAIL.search(piece, start)
    end = trail.start() if trail else len(piece)
    return piece[:start], piece[start:end], piece[end:]


def needs_translation(piece: str) -> bool:
    """True when a piece between spans holds a letter (``" ."`` and ``", "`` are kept as is)."""
    return _LETTER.search(piece) is not None


def assemble(text: str, spans: list[tuple[int, int]], translated: dict[str, str]) -> str:
    """``text`` with each piece between ``spans`` replaced by its translation, spans as written.

    ``translated`` maps a piece's core (:func:`piece_parts`) to its translation; a piece without
    letters stays as written, and what joins a piece to the spans around it is kept. A terminal
    mark the model added to a piece that had none (``"Write to"`` -> ``"Напишите в."``) is
    dropped.
    """
    out = []
    for index, piece in enumerate(pieces(text, spans)):
        lead, core, trail = piece_parts(piece)
        if needs_translation(core):
            done = translated[core]
            if _END_MARK.search(done) and not _END_MARK.search(core):
                done = _END_MARK.sub("", done).rstrip()
            piece = lead + done + trail
        out.append(piece)
        if index < len(spans):
            out.append(text[spans[index][0] : spans[index][1]])
    return "".join(out)


def mask(text: str, originals: list[str]) -> tuple[str, list[str]]:
    """Hide each span of ``originals`` found in ``text`` (in order) behind private-use characters
    of the same length; returns the masked text and the spans hidden, for :func:`unmask`."""
    hidden: list[str] = []
    position = 0
    parts = []
    for span in originals:
        at = text.find(span, position)
        if at < 0:
            continue
        parts.append(text[position:at])
        parts.append(_MASKS[len(hidden) % 2] * len(span))
        hidden.append(span)
        position = at + len(span)
    parts.append(text[position:])
    return "".join(parts), hidden


def unmask(text: str, hidden: list[str]) -> str:
    """Put back the spans :func:`mask` hid, in order (the text around them may have changed)."""
    runs = iter(hidden)
    pattern = re.compile(f"{_MASKS[0]}+|{_MASKS[1]}+")
    return pattern.sub(lambda m: next(runs, m.group()), text)


def _free(span: tuple[int, int], used: list[tuple[int, int]]) -> bool:
    return all(span[1] <= s or span[0] >= e for s, e in used)


def _find_exact(text: str, span: str, used: list[tuple[int, int]]) -> tuple[int, int] | None:
    at = text.find(span)
    while at >= 0:
        if _free((at, at + len(span)), used):
            return at, at + len(span)
        at = text.find(span, at + 1)
    return None


def _find_bent(text: str, span: str, used: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The window of 1 to 3 whitespace-separated runs of ``text`` most like ``span``."""
    want = _squeeze(span)
    runs = [m.span() for m in re.finditer(r"\S+", text)]
    best: tuple[float, tuple[int, int]] | None = None
    for size in range(1, _WINDOW + 1):
        for i in range(len(runs) - size + 1):
            start, end = runs[i][0], runs[i + size - 1][1]
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            if not _free((start, end), used):
                continue
            got = _squeeze(text[start:end])
            if abs(len(got) - len(want)) > len(want) * (1 - BENT_SIMILARITY):
                continue
            ratio = SequenceMatcher(None, got, want, autojunk=False).ratio()
            if ratio >= BENT_SIMILARITY and (best is None or ratio > best[0]):
                best = (ratio, (start, end))
    return best[1] if best else None


def _squeeze(text: str) -> str:
    return "".join(text.split()).casefold()
