"""A person found by the surname alone takes the first names and titles written before it.

The press spells a foreign first name in more ways than the glossary lists (Massoud, Massud and
Masud Pezeshkian; Benjamin, Benyamin and Beniamin Netanyahu; Беньямин and Биньямин Нетаньяху;
Scheich and Sheikh). The surname alone is a form of the person, so the matcher finds it; the
words before it are then the person's name too when they are spelled like the words that go
before that surname in one of the person's full forms, in the same order (middle names may be
left out: Recep Erdoğan for Recep Tayyip Erdoğan). The hit then covers the whole name as
written, so a report and the protection of names through translation see "Massoud
Peseschkian", not a first name left to the translator.

Two spellings are alike when their transliteration keys are within a small edit distance
(:func:`spelling_key`: accents dropped, the usual digraphs of German, English, French and Slavic
transliteration folded: sch/sh, kh/ch/h, ou/u, x/ks, w/v, y/j/i, doubled letters; Cyrillic
ё/е, і/и; Levenshtein distance 0 for keys of four letters, 1 up to eight, else 2).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

__all__ = ["spelling_key", "with_full_names"]

Hit = tuple[str, int, int, int]
_TOKEN = re.compile(r"\w+")
_DIGRAPHS = (
    ("tsch", "ch"), ("sch", "sh"), ("kh", "h"), ("ch", "h"), ("ph", "f"), ("ou", "u"),
    ("x", "ks"), ("w", "v"), ("y", "i"), ("j", "i"), ("q", "k"), ("ck", "k"), ("c", "k"),
)  # fmt: skip
_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "đ": "d", "ё": "е", "і": "и", "ї": "и", "є": "е",
     "ґ": "г", "ў": "у", "ы": "и", "ь": "", "ъ": ""}
)  # fmt: skip
_GAPS = (" ", "-", "\u00a0")


@lru_cache(maxsize=4096)
def spelling_key(word: str) -> str:
    """``word`` folded for comparing transliterations: lower case, no accents, common digraphs
    and doubled letters folded (Massoud -> masud, Benyamin -> beniamin, Scheich -> sheih)."""
    low = word.lower().translate(_LETTERS)
    low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    for digraph, single in _DIGRAPHS:
        low = low.replace(digraph, single)
    return re.sub(r"(.)\1+", r"\1", low)


@lru_cache(maxsize=4096)
def _alike(a: str, b: str) -> bool:
    """Whether two spelling keys are within the allowed edit distance."""
    allowed = 0 if min(len(a), len(b)) <= 4 else 1 if min(len(a), len(b)) <= 8 else 2
    if abs(len(a) - len(b)) > allowed:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = row
    return previous[-1] <= allowed


def with_full_names(
    hits: list[Hit],
    text: str,
    people: frozenset[str],
    forms: Callable[[str], Iterable[tuple[str, ...]]],
) -> list[Hit]:
    """``hits`` with each person's hit widened over the first names and titles written before it.

    ``hits`` are ``(entry_id, start, end, flags)`` in text order; ``people`` the person ids;
    ``forms(entry_id)`` the person's multi-word forms as lower-cased word stems
    (``("recep", "tayyip", "erdoğan")``). A word joins only when it is capitalised, follows
    the name across a space or hyphen, lies in no other hit and is spelled like the form's word
    in that place. Order kept; pure; raises nothing.
    """
    if not people or not any(h[0] in people and text[h[1] - 1 : h[1]] in _GAPS for h in hits):
        return hits
    out: list[Hit] = []
    floor = 0  # where the previous hit ends: no widening into it
    for hit in hits:
        entry_id, start, end, flags = hit
        if entry_id in people and start > floor and _capital_before(text, start):
            start = _widened(text, start, end, floor, forms(entry_id))
        out.append((entry_id, start, end, flags))
        floor = end
    return out


def _capital_before(text: str, start: int) -> bool:
    """Whether a capitalised word ends one space or hyphen before ``start`` (a cheap test)."""
    if text[start - 1 : start] not in _GAPS or not text[start - 2 : start - 1].isalpha():
        return False
    gap = max(text.rfind(" ", max(0, start - 40), start - 1), text.rfind("-", 0, start - 1))
    return text[gap + 1 : gap + 2].isupper()


def _widened(text: str, start: int, end: int, floor: int, forms: Iterable[tuple[str, ...]]) -> int:
    """The new start of a person's hit ``text[start:end]`` (``start`` when nothing joins)."""
    words = [m.group().lower() for m in _TOKEN.finditer(text, start, end)]
    before = list(_TOKEN.finditer(text, max(floor, start - 80), start))
    best = start
    for form in forms:
        if len(form) <= len(words) or not all(
            w.startswith(s) or _alike(spelling_key(w), spelling_key(s))
            for w, s in zip(words, form[-len(words) :], strict=True)
        ):  # Нетаньяху for the form's Нетаньягу
            continue
        k, t, begin = len(form) - len(words) - 1, len(before) - 1, start
        while k >= 0 and t >= 0:
            token = before[t]
            if text[token.end() : begin] not in _GAPS or not token.group()[:1].isupper():
                break
            if _alike(spelling_key(token.group()), spelling_key(form[k])):
                begin, t = token.start(), t - 1
            k -= 1
        best = min(best, begin)
    return best
