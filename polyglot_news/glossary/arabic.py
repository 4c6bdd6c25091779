"""Arabic names that are also common words, told apart by the words around them.

Arabic script has no capitals, and short vowels are not written, so a name and a common word
can be spelled alike: قطر is Qatar and "diameter", حماة is Hama and "protectors", مصر is Egypt
and مُصِرّ "insistent", المغرب is Morocco and the sunset prayer. Three contexts of standard
Arabic grammar (Wright, *A Grammar of the Arabic Language*; Ryding, *A Reference Grammar of
Modern Standard Arabic*) say the word is meant:

1. **Construct state** (iḍāfa) opening a sentence: a name without the article followed by a
   definite noun (قطر الدائرة "the circle's diameter", حماة البيئة "protectors of the
   environment"). News sentences open with the verb (رفضت قطر المطالب), so a sentence that
   opens with the bare word and a definite noun is a construct, and the word its head.
2. **Predicate after a personal pronoun**: هو مصر على موقفه "he is insistent on his position";
   a place is no predicate of هو/هي/هم.
3. **Prayer**: a prayer's name after a word of praying (صلينا المغرب, صلاة المغرب).

The other way, a word of place right before a name that is also a common word (``COMMON``:
الخبر "the news", الرمادي "grey", بعقوبة "with a penalty", from the Ayaspell dictionary at build
time) says the place is meant: a preposition of place (في, إلى), a word for a town or province
(مدينة, محافظة, مخيم) or a direction (شمال, جنوب), also with a proclitic (وفي, بمدينة); so do
a verb in the feminine perfect opening the sentence (أعلنت مالي: a country is the feminine
subject after its verb, an adjective follows a noun) and a noun of place right after it (حماة
مدينة سورية, "Hama, a Syrian city"). Without
one, such a name needs another name near it, as in every language (``support.supported``).

A common noun with the article that names a place only by antonomasia (``generic``: المدينة
"the city", Medina) is not made a place by a word of place before it (عاد إلى المدينة, "he
went back to the city"): it needs another name near it, and one of the place's own words
in the text (``generic_cues``: المنورة, مكة, الحجاج for Medina): a name of another place
nearby (قصف الجيش المدينة في جنوب لبنان) leaves it "the city".

One spelling that names two places (``homographs``: عمان is Oman, and Amman written without
its shadda, عمّان) is read as the other place when the text names that place's country or
people (الأردن, الأردني, العاهل) and nothing of the first's (سلطنة, مسقط, العماني).

The pronouns, the praying words, the prayer names, the place cues, the generic nouns with
their cues and the homographs are in ``inflections.json`` (``ar``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from polyglot_news.glossary.support import COMMON

__all__ = ["without_arabic_words"]

Hit = tuple[str, int, int, int]
_WORD = re.compile(r"\w+")
_ENDS = ".!?؟…\n"
_ARTICLE = "ال"


def without_arabic_words(hits: list[Hit], text: str, rules: dict[str, Any]) -> list[Hit]:
    """``hits`` less those that the context reads as a common word; order kept; pure.

    ``hits`` are ``(entry_id, start, end, flags)`` of Arabic text ``text``; ``rules`` is the
    ``ar`` table of ``inflections.json`` (``pronouns``, ``prayer_words``, ``prayer_names``).
    """
    if not hits:
        return hits
    cues = frozenset(rules.get("place_cues", ()))
    nouns = frozenset(rules.get("place_nouns", ()))
    generic = frozenset(rules.get("generic", ()))
    hits = _generic_supported(hits, text, rules.get("generic_cues", {}))
    kept = [
        (entry_id, start, end, flags & ~COMMON if _placed(text, start, end, cues, nouns) else flags)
        if text[start:end] not in generic
        else (entry_id, start, end, flags)
        for entry_id, start, end, flags in hits
        if not _word_reading((entry_id, start, end, flags), text, rules)
    ]
    return _homographs(kept, text, rules.get("homographs", ()))


def _generic_supported(hits: list[Hit], text: str, cues: dict[str, list[str]]) -> list[Hit]:
    """``hits`` less a common noun naming a place by antonomasia (``generic_cues``: المدينة,
    Medina) in a text that holds none of that place's own words (المنورة, مكة, الحجاج), a
    proclitic aside: another name nearby (عاد إلى المدينة بعد زيارة باريس) does not make "the
    city" Medina."""
    if not cues or not any(text[s:e] in cues for _, s, e, _ in hits):
        return hits
    words = set(_WORD.findall(text))
    words |= {w[1:] for w in words if w[:1] in _CLITICS}
    return [
        (entry_id, start, end, flags)
        for entry_id, start, end, flags in hits
        if text[start:end] not in cues or words & set(cues[text[start:end]])
    ]


def _homographs(hits: list[Hit], text: str, table: Iterable[dict[str, Any]]) -> list[Hit]:
    """``hits`` with a spelling two places share (``surface``) given to ``entity`` when a word
    or phrase of ``cues`` and none of ``against`` is in ``text``."""
    if not hits:
        return hits
    words = " " + " ".join(_WORD.findall(text)) + " "
    for row in table:
        surface = row["surface"]
        if not any(text[s:e] == surface for _, s, e, _ in hits):
            continue
        if _names(words, row["cues"]) and not _names(words, row["against"]):
            hits = [(row["entity"] if text[s:e] == surface else i, s, e, f) for i, s, e, f in hits]
    return hits


def _names(words: str, phrases: Iterable[str]) -> bool:
    """Whether ``words`` (the text's words, space-separated and padded) hold one of ``phrases``."""
    return any(f" {phrase} " in words for phrase in phrases)


def _placed(text: str, start: int, end: int, cues: frozenset[str], nouns: frozenset[str]) -> bool:
    """A word of place right before the name, or a noun of place right after it, in
    apposition (حماة مدينة سورية, "Hama, a Syrian city")."""
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if _after_cue(text, start, cues) or _after_opening_verb(text, start):
        return True
    return following is not None and following[0] in nouns


def _after_opening_verb(text: str, start: int) -> bool:
    """Whether the word right before ``start`` opens its sentence as a verb in the feminine
    perfect (أعلنت مالي, وقالت بنين: a country is a feminine subject after its verb); an
    adjective (مالي "financial") follows its noun, never a verb."""
    before = text[:start].rstrip(" ")
    if len(before) == start or not before.endswith("ت"):
        return False
    word = _WORD.findall(before[-20:])
    if not word or len(word[-1]) < 4:
        return False
    opening = before[: len(before) - len(word[-1])].rstrip(" \t\"'«»“”(")
    return not opening or opening[-1] in _ENDS or opening.endswith(("،", ":"))


def _after_cue(text: str, start: int, cues: frozenset[str]) -> bool:
    """Whether the word right before ``start`` is a word of place (في, مدينة, وفي, بمدينة)."""
    if text[start - 1 : start] != " ":
        return False
    previous = _WORD.findall(text[max(0, start - 20) : start])
    if not previous or not text[:start].rstrip().endswith(previous[-1]):
        return False
    word = previous[-1]
    return word in cues or (word[:1] in _CLITICS and word[1:] in cues)


_CLITICS = "وفبل"  # و and, ف so, ب in, ل to: written onto the next word


def _word_reading(hit: Hit, text: str, rules: dict[str, Any]) -> bool:
    _, start, end, _ = hit
    surface = text[start:end]
    previous = _WORD.findall(text[max(0, start - 30) : start])
    before = text[:start].rstrip(" \t\"'«»“”(")
    if previous and before.endswith(previous[-1]):
        if previous[-1] in rules.get("pronouns", ()):
            return True
        if previous[-1] in rules.get("prayer_words", ()):
            return surface in rules.get("prayer_names", ())
    if (not before or before[-1] in _ENDS) and not surface.startswith(_ARTICLE):
        following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        return following is not None and following.group().startswith(_ARTICLE)
    return False
