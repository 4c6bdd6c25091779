"""Word-level diffs: diff-match-patch over word tokens, so a change never splits a word.

diff-match-patch (Fraser 2006; Myers' O(ND) bisection, 1986) diffs characters. Its
``diff_linesToChars`` trick diffs whole lines by encoding each distinct line as one character;
:func:`word_diff` does the same with *word tokens*: :func:`tokenize` cuts a text into words,
whitespace runs and punctuation (joined, the tokens give back the text exactly), each distinct
token becomes one code point, dmp diffs the encoded strings, and the result is decoded back.
Semantic cleanup (dmp's ``diff_cleanupSemantic``) then runs on the encoded string, plus one
pass of ours that folds whitespace-only equalities between two edits into the edit, so
"about 11,000" -> "up to 12,000" is one phrase change, not three word swaps. The cleanup never
dissolves a *shared phrase*: a run the two texts share of at least two words, one of them at
least four characters long (:data:`SHARED_WORDS`, :data:`SHARED_LONG`). dmp's rule dissolves
an equality no longer than the edits on both sides of it, so when one outlet adds a long clause
("Voters rejected the plan." -> "Voters in the canton narrowly rejected the plan to build a
second tunnel") the shared "rejected the plan" would read as replaced; the cleanup runs on the
stretches between shared phrases instead, so "of the" between two edits still folds into them.

Tokens are Unicode-aware: letters, digits and combining marks make words (Hangul, Cyrillic,
Devanagari with its vowel signs), ``11,000`` / ``3.5`` / ``don't`` / ``Jong-un`` stay one word,
scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) give one token per
character (with its marks), and an emoji keeps its modifiers, variation selectors, ZWJ
sequences and flag pairs. Astral characters are plain code points in Python, so nothing splits
a surrogate pair.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache, partial

from diff_match_patch import diff_match_patch

from polyglot_news.comparison.memo import remembered

__all__ = [
    "SHARED_LONG",
    "SHARED_WORDS",
    "Diff",
    "diff_texts",
    "is_unchanged",
    "tokenize",
    "word_diff",
]

Diff = tuple[tuple[int, str], ...]
"""``(op, text)`` pairs: -1 only in a, 0 in both, 1 only in b (diff-match-patch's ops)."""

SHARED_WORDS = 2
"""Least words of a run both texts share for semantic cleanup to keep it apart (see module)."""
SHARED_LONG = 4
"""Least characters of one of those words ("the Kursk region" is kept, "of the" is not)."""

_JOINERS = frozenset("'’-‐")  # inside a word: don't, Jong-un
_NUMBER_JOINERS = frozenset(".,")  # between digits: 11,000 and 3.5
_ZWJ = "\u200d"
_CONTINUOUS = (  # scripts written without spaces: one token per character
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),  # half-width katakana
    (0x20000, 0x3FFFF),  # CJK extensions B..
)


@lru_cache(maxsize=8192)
def _kind(char: str) -> str:
    """Classify one code point: space, cont (no-space script), word, mark, symbol or punct."""
    if char.isspace():
        return "space"
    code = ord(char)
    for low, high in _CONTINUOUS:
        if low <= code <= high:
            return "cont"
    category = unicodedata.category(char)
    if category[0] in "LN" or char == "_":
        return "word"
    if category[0] == "M" or 0x1F3FB <= code <= 0x1F3FF:  # marks, variation selectors, skin
        return "mark"
    if category in ("So", "Sk", "Cs", "Co"):
        return "symbol"
    return "punct"


def _marks_end(text: str, i: int) -> int:
    """Index after the combining marks (and modifiers) that follow position ``i``."""
    while i < len(text) and _kind(text[i]) == "mark":
        i += 1
    return i


def _word_end(text: str, i: int) -> int:
    """Index after the word starting at ``i`` (letters, digits, marks, inner joiners)."""
    n = len(text)
    while i < n:
        kind = _kind(text[i])
        if kind in ("word", "mark"):
            i += 1
            continue
        if i + 1 < n and _kind(text[i + 1]) == "word" and i > 0:
            if text[i] in _JOINERS:
                i += 1
                continue
            if text[i] in _NUMBER_JOINERS and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1
                continue
        break
    return i


def _symbol_end(text: str, i: int) -> int:
    """Index after the emoji (with modifiers, ZWJ sequences, flag pairs) starting at ``i``."""
    n = len(text)
    regional = 0x1F1E6 <= ord(text[i]) <= 0x1F1FF
    i = _marks_end(text, i + 1)
    if regional and i < n and 0x1F1E6 <= ord(text[i]) <= 0x1F1FF:
        return _marks_end(text, i + 1)
    while i + 1 < n and text[i] == _ZWJ and _kind(text[i + 1]) in ("symbol", "punct"):
        i = _marks_end(text, i + 2)
    return i


def tokenize(text: str) -> list[str]:
    """Cut ``text`` into word, whitespace, punctuation and symbol tokens that join back to it."""
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        kind = _kind(text[i])
        if kind == "space":
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
        elif kind == "word":
            j = _word_end(text, i)
        elif kind == "symbol":
            j = _symbol_end(text, i)
        else:  # punctuation, a no-space-script character, or a stray mark
            j = _marks_end(text, i + 1)
        tokens.append(text[i:j])
        i = j
    return tokens


def _encode(a: list[str], b: list[str]) -> tuple[str, str, list[str]]:
    """Map each distinct token to one code point (dmp's linesToChars, for words).

    Tokens that differ only in typography (curly or straight quotes, dashes, ellipses,
    non-breaking spaces) get one code point, so the diff never reports them; the table keeps
    the first spelling met and :func:`_restore` puts each side's own spelling back.
    """
    table: list[str] = []
    index: dict[str, int] = {}

    def munge(tokens: list[str]) -> str:
        chars = []
        for token in tokens:
            key = _fold(token)
            if key not in index:
                index[key] = len(table)
                table.append(token)
            chars.append(chr(index[key]))
        return "".join(chars)

    return munge(a), munge(b), table


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """The typography-folded form of one token (whitespace runs all fold to one space)."""
    from polyglot_news.comparison.similarity import fold_typography

    return " " if token.isspace() else fold_typography(token) or token


def _restore(diffs: list[tuple[int, str]], ta: list[str], tb: list[str]) -> list[tuple[int, str]]:
    """Decode a diff with each side's own tokens; typography-only differences inside an
    equality become a deletion and an insertion (so both texts join back exactly)."""
    out: list[tuple[int, str]] = []
    pa = pb = 0
    for op, chars in diffs:
        n = len(chars)
        if op == -1:
            out.append((-1, "".join(ta[pa : pa + n])))
            pa += n
        elif op == 1:
            out.append((1, "".join(tb[pb : pb + n])))
            pb += n
        else:
            for x, y in zip(ta[pa : pa + n], tb[pb : pb + n], strict=True):
                out.extend([(0, x)] if x == y else [(-1, x), (1, y)])
            pa, pb = pa + n, pb + n
    return _merge_text(out)


def _merge_text(diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Collapse each run of edits into one deletion then one insertion, keeping order, and
    join neighbouring equalities (on encoded strings and on decoded text alike)."""
    out: list[tuple[int, str]] = []
    deleted, inserted = "", ""
    for op, text in [*diffs, (0, "")]:
        if op == -1:
            deleted += text
        elif op == 1:
            inserted += text
        else:
            out.extend((o, t) for o, t in ((-1, deleted), (1, inserted)) if t)
            deleted, inserted = "", ""
            if text:
                if out and out[-1][0] == 0:
                    out[-1] = (0, out[-1][1] + text)
                else:
                    out.append((0, text))
    return out


def _absorb_spaces(diffs: list[tuple[int, str]], table: list[str]) -> list[tuple[int, str]]:
    """Fold whitespace-only equalities lying between two edits into those edits."""
    out: list[tuple[int, str]] = []
    for k, (op, chars) in enumerate(diffs):
        between = 0 < k < len(diffs) - 1 and diffs[k - 1][0] != 0 and diffs[k + 1][0] != 0
        if op == 0 and between and all(table[ord(c)].isspace() for c in chars):
            out.extend([(-1, chars), (1, chars)])
        else:
            out.append((op, chars))
    return out


def _shared_phrase(chars: str, table: list[str]) -> bool:
    """Whether an encoded equality holds a phrase worth showing as shared (see module)."""
    words = [t for t in (table[ord(c)] for c in chars) if _kind(t[0]) in ("word", "cont")]
    return len(words) >= SHARED_WORDS and any(len(w) >= SHARED_LONG for w in words)


def _cleanup(
    dmp: diff_match_patch, diffs: list[tuple[int, str]], table: list[str]
) -> list[tuple[int, str]]:
    """dmp's semantic cleanup on each stretch between shared phrases, which stay equal."""
    out: list[tuple[int, str]] = []
    stretch: list[tuple[int, str]] = []
    for op, chars in [*diffs, (0, "")]:
        if op == 0 and (not chars or _shared_phrase(chars, table)):
            dmp.diff_cleanupSemantic(stretch)
            out.extend(stretch)
            if chars:
                out.append((op, chars))
            stretch = []
        else:
            stretch.append((op, chars))
    return out


def word_diff(a: str, b: str, *, semantic: bool = True) -> Diff:
    """Diff ``a`` against ``b`` word by word; joining ops 0/-1 gives a, ops 0/1 gives b.

    Made once per ``(a, b, semantic)`` inside a :func:`.memo.remembering` scope (one
    comparison of N versions diffs some wordings more than once)."""
    return remembered("word_diff", (a, b, semantic), lambda: _word_diff(a, b, semantic))


def _word_diff(a: str, b: str, semantic: bool) -> Diff:
    """:func:`word_diff`, computed."""
    if a == b:
        return ((0, a),) if a else ()
    # a base sentence is diffed with many versions' wordings: tokenized once (never mutated)
    ta, tb = (remembered("tokenize", text, partial(tokenize, text)) for text in (a, b))
    ea, eb, table = _encode(ta, tb)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no deadline: the result must not depend on machine speed
    diffs = dmp.diff_main(ea, eb, False)
    if semantic:
        diffs = _absorb_spaces(_cleanup(dmp, diffs, table), table)
    return tuple(_restore(_merge_text(diffs), ta, tb))


def diff_texts(diff: Sequence[tuple[int, str]]) -> tuple[str, str]:
    """Rebuild ``(a, b)`` from a diff: a from ops 0 and -1, b from ops 0 and 1."""
    a = "".join(text for op, text in diff if op <= 0)
    b = "".join(text for op, text in diff if op >= 0)
    return a, b


def is_unchanged(diff: Sequence[tuple[int, str]]) -> bool:
    """True when the diff holds no insertion or deletion."""
    return all(op == 0 for op, _ in diff)
