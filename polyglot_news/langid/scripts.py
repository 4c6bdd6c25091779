"""Writing-system rules that settle what character n-grams cannot: script, alphabet, Han form.

Before any statistics, a text's letters are counted per Unicode script (code-point ranges of the
Unicode blocks). The script alone decides Korean (Hangul), Japanese (kana among Han) and
Chinese (Han only); Chinese is split into ``zh-cn``/``zh-tw`` by counting characters that exist
only in simplified or only in traditional form (OpenCC's STCharacters/TSCharacters tables).
Cyrillic texts are narrowed by alphabet: a language whose alphabet lacks a letter the text uses
is ruled out (``ў`` only in Belarusian; ``ї є ґ`` only in Ukrainian; ``ђ ћ`` only in Serbian;
``ы э`` never in Ukrainian or Bulgarian; ``и щ ъ`` never in Belarusian). What survives is left
to the n-gram model, restricted to the survivors (see :mod:`polyglot_news.langid.ngram`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from polyglot_news.weblinks import EMAIL, HOST, TAG, URL

__all__ = [
    "ScriptCounts",
    "chinese_variant",
    "count_scripts",
    "cyrillic_candidates",
    "strip_non_language",
    "unknown_script",
]

# (first, last, script) code-point ranges, checked in order; letters outside all are "other"
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0E00, 0x0E7F, "thai"),
    (0x1100, 0x11FF, "hangul"),
    (0x3130, 0x318F, "hangul"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x30FF, "kana"),
    (0x31F0, 0x31FF, "kana"),
    (0xFF66, 0xFF9F, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),
    (0x20000, 0x3FFFF, "han"),
)
CJK_SCRIPTS = frozenset({"hangul", "kana", "han"})
# Tokens that carry no language evidence, whatever letters they use: links, e-mail addresses,
# @handles and #hashtags as translation protects them (polyglot_news.weblinks), and also a bare
# host without a path (example.ru) when it ends a word, any other sigil run ($cashtags, @_x, a
# bare #) and anything holding a digit (numbers, dates, "F-16", "5G").
_NON_LANGUAGE = re.compile(
    rf"{URL}|{EMAIL}"
    rf"|(?<![\w@#$])(?:{TAG}|[@#$]\w*)"
    rf"|\b{HOST}(?:/\S*|\b)(?=[^\w.]|\.\s|\.?$)"
    r"|\w*\d[\w\d]*",
)


@cache
def script_of(ch: str) -> str:
    """The script of one letter (``latin``, ``cyrillic``, ``han``...), or ``other``."""
    code = ord(ch)
    for first, last, name in _RANGES:
        if first <= code <= last:
            return name
    return "other"


@dataclass(frozen=True)
class ScriptCounts:
    """How many letters of each script a text has, and the text without non-language tokens."""

    text: str
    counts: dict[str, int]

    @property
    def dominant(self) -> str:
        """The script with most letters; CJK scripts pooled, so kana+Han text counts as one."""
        pooled = Counter(self.counts)
        cjk = sum(pooled.pop(s, 0) for s in CJK_SCRIPTS)
        if cjk:
            pooled["cjk"] = cjk
        return pooled.most_common(1)[0][0] if pooled else "none"

    @property
    def weight(self) -> int:
        """Letters, CJK characters counting double (one carries about a word's information)."""
        return sum(n * (2 if s in CJK_SCRIPTS else 1) for s, n in self.counts.items())


def strip_non_language(text: str) -> str:
    """``text`` with links, e-mail addresses, handles, hashtags and digit tokens blanked out."""
    return _NON_LANGUAGE.sub(" ", text)


def count_scripts(text: str) -> ScriptCounts:
    """Count the letters of ``text`` per script, ignoring tokens without language evidence.

    Links, e-mail addresses, @handles, #hashtags, $cashtags and tokens with digits are
    replaced by a space first (:func:`strip_non_language`).
    """
    cleaned = strip_non_language(text)
    counts = Counter(script_of(ch) for ch in cleaned if ch.isalpha())
    counts.pop("other", None)
    return ScriptCounts(cleaned, dict(counts))


def unknown_script(text: str) -> tuple[str, int]:
    """The script most of ``text``'s letters outside the known scripts are in, by the first word
    of their Unicode character names (``Georgian``, ``Ethiopic``, ``Armenian``), and how many
    letters it has; ``("", 0)`` when there are none."""
    names = Counter(
        unicodedata.name(ch, "?").split(" ", 1)[0].capitalize()
        for ch in text
        if ch.isalpha() and script_of(ch) == "other"
    )
    return names.most_common(1)[0] if names else ("", 0)


def cjk_language(counts: ScriptCounts) -> str:
    """``ko``, ``ja`` or ``zh`` from the mix of Hangul, kana and Han characters."""
    hangul = counts.counts.get("hangul", 0)
    kana = counts.counts.get("kana", 0)
    if hangul > kana:
        return "ko"
    return "ja" if kana else "zh"


@cache
def _han_tables() -> tuple[frozenset[str], frozenset[str]]:
    folder = resources.files("polyglot_news.data") / "langid"
    simplified = (folder / "zh_simplified.txt").read_text("utf-8").strip()
    traditional = (folder / "zh_traditional.txt").read_text("utf-8").strip()
    return frozenset(simplified), frozenset(traditional)


def chinese_variant(text: str) -> tuple[str, float]:
    """``("zh-cn" | "zh-tw", confidence)`` from simplified-only vs traditional-only characters.

    With no distinguishing character the answer is ``zh-cn`` at confidence 0.5 (a coin toss,
    reported as such).
    """
    simplified, traditional = _han_tables()
    simp = sum(ch in simplified for ch in text)
    trad = sum(ch in traditional for ch in text)
    language = "zh-tw" if trad > simp else "zh-cn"
    # Laplace-smoothed share of the winning side: 1 char -> 0.67, 3 -> 0.8, 8 -> 0.9
    return language, (max(simp, trad) + 1) / (simp + trad + 2)


@cache
def _alphabets() -> dict[str, frozenset[str]]:
    path = resources.files("polyglot_news.data") / "langid" / "cyrillic.json"
    data = json.loads(path.read_text("utf-8"))
    return {lang: frozenset(letters) for lang, letters in data["alphabets"].items()}


def cyrillic_candidates(text: str, languages: frozenset[str]) -> tuple[frozenset[str], int]:
    """The languages among ``languages`` whose alphabet covers the text's Cyrillic letters.

    Returns the survivors and how many letters even they lack (0 for a clean text); languages
    without a known alphabet are kept.
    """
    letters = Counter(ch for ch in text.lower() if script_of(ch) == "cyrillic")
    alphabets = _alphabets()
    misses = {
        lang: sum(n for ch, n in letters.items() if ch not in alphabets[lang])
        for lang in languages
        if lang in alphabets
    }
    unknown = frozenset(lang for lang in languages if lang not in alphabets)
    if not misses:
        return unknown, 0
    fewest = min(misses.values())
    survivors = frozenset(lang for lang, n in misses.items() if n == fewest)
    return survivors | unknown, fewest
