"""Put a repaired name into the case its Russian or Ukrainian sentence needs.

When :func:`polyglot_news.glossary.restore` replaces a bent name in a translation into Russian
or Ukrainian ("на Курщине" -> the canonical "Курская область"), the canonical form takes the
grammatical case of the words it replaces ("на Курской области" would need the locative), so
the sentence stays grammatical. The case is read from the replaced words and each word of the
canonical form is inflected into it with pymorphy3 (OpenCorpora and VESUM dictionaries), loaded
lazily on first use. Without pymorphy3 (``pip install 'polyglot-news[morphology]'``) the
canonical form is put back in the nominative, as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["LANGUAGES", "inflect_like", "is_inflection"]

LANGUAGES = frozenset({"ru", "uk"})
_WORD = re.compile(r"\w+")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


@cache
def _analyzer(lang: str) -> Any:
    try:
        import pymorphy3
    except ImportError:
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ValueError, OSError):  # the language's dictionary package is missing
        return None


def _case_of(words: list[str], morph: Any) -> str | None:
    """The most likely case of the replaced words (the last noun decides, as in Курской области)."""
    for word in reversed(words):
        for parse in morph.parse(word):
            case = next((c for c in _CASES if c in parse.tag), None)
            if case and "NOUN" in parse.tag:
                return case
    for parse in morph.parse(words[-1]) if words else ():
        case = next((c for c in _CASES if c in parse.tag), None)
        if case:
            return case
    return None


def inflect_like(canonical: str, replaced: str, language: str) -> str:
    """``canonical`` in the case of ``replaced`` (ru/uk, with pymorphy3), else unchanged."""
    lang = language.split("-")[0].lower()
    morph = _analyzer(lang) if lang in LANGUAGES else None
    if morph is None:
        return canonical
    case = _case_of(_WORD.findall(replaced), morph)
    if case is None or case == "nomn":
        return canonical
    return _WORD.sub(lambda m: _inflect_word(m.group(), case, morph), canonical)


def _inflect_word(word: str, case: str, morph: Any) -> str:
    for parse in morph.parse(word):
        if "nomn" in parse.tag and ("NOUN" in parse.tag or "ADJF" in parse.tag):
            form = parse.inflect({case})
            if form is not None:
                text: str = form.word
                return text[:1].upper() + text[1:] if word[:1].isupper() else text
    return word


def is_inflection(surface: str, canonical: str, language: str) -> bool:
    """True when ``surface`` is ``canonical`` in another case (Курской области, Курская область)."""
    lang = language.split("-")[0].lower()
    morph = _analyzer(lang) if lang in LANGUAGES else None
    words, canon = _WORD.findall(surface.lower()), _WORD.findall(canonical.lower())
    if morph is None or len(words) != len(canon) or surface.lower() == canonical.lower():
        return False
    return all(
        {p.normal_form for p in morph.parse(a)} & {p.normal_form for p in morph.parse(b)}
        for a, b in zip(words, canon, strict=True)
    )
