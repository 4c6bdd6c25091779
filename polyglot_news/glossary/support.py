"""Context support for names that are also common words (Газа, 수단, путина, Mobile).

A hit of a common-word form (flag ``COMMON``) counts when, in a cased script, it is
capitalised inside a sentence with lower-case neighbours, or when another, ordinary name is
near; at a sentence start a word that is the likelier reading there (``WORD_FIRST``) needs the
same entity named elsewhere in the text (one sense per discourse, Gale, Church and Yarowsky
1992). Also the hit flags and the word pattern the matchers share.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from polyglot_news.glossary.korean import place_cue

__all__ = ["COMMON", "DERIVED", "WORD_FIRST", "Hit", "supported"]

# A word is letters plus the combining marks of Indic, Hebrew and Arabic scripts (the vowel
# signs of सूडान are marks, not \w), and the zero-width (non-)joiners.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0dff"
    "\u200c\u200d"
)
_WORD = re.compile(rf"[\w{_MARKS}]+")
# between the words of a name: spaces, hyphens, apostrophes (also ‘: Nuku‘alofa), the Hebrew
# geresh and gershayim (צ׳ילה splits at ׳ as at ') and CLDR's ampersand (Antigua & Barbuda)
_SPACE_CHARS = " \t\n\r\u00a0\u202f-\u2010\u2011\u2013'\u2019"
_GAP_CHARS = _SPACE_CHARS + "\u2018\u05f3\u05f4&"


DERIVED = 1  # hit flag: a relational adjective of the name (курские власти, київська влада)
COMMON = 2  # hit flag: the form is also a common word and was kept for its context
WORD_FIRST = 4  # hit flag: at a sentence start the common word is the likelier reading (путина)
Hit = tuple[str, int, int, int]  # (entry_id, start, end, flags)


_SUPPORT_CHARS = 120  # a common-word name counts when another name is this close
_OPENERS = " \t\"'«»“”„‘’([-–—"


def supported(
    hits: list[Hit], text: str, cased: bool, suffixed: bool = False, language: str = ""
) -> list[Hit]:
    """Drop hits of common-word forms (Газа, 수단, путина) that their context does not support.

    A common-word hit stays when, in a cased script, it is capitalised inside a sentence and
    not inside a run of capitalised words (a title-case headline); a capital at the start of a
    sentence says nothing. Otherwise it needs another, ordinary name within
    ``_SUPPORT_CHARS`` characters; and where the word is the likelier reading at a sentence
    start (``WORD_FIRST``: ``Путина на Камчатке...``, the fishing season) only the same entity
    named elsewhere in the text supports it (one sense per discourse). ``cased`` is False for
    caseless scripts and for languages that capitalise every noun (German). ``suffixed``
    (``apostrophe_suffixes`` in ``inflections.json``; Turkish): a case suffix after an
    apostrophe marks a proper noun (Ordu'da, Mısır'a; the Turkish Language Association's
    spelling rules), so it supports the name wherever it stands. ``language``: in Korean a
    particle of place after the name (``place_particles`` in ``inflections.json``: 파리에서,
    수단서, 파리발) supports it as a suffix does, for the names of ``place_particles_after``,
    foreign places whose common sense seldom takes one (not 인도에서, on the pavement, nor
    화성에서, on Mars, nor 경주에서, in the race); and a place's cue beside it (인도 정부, 말리
    군정, 경주 정상회의: :func:`polyglot_news.glossary.korean.place_cue`).
    """
    if not any(flags & COMMON for *_, flags in hits):
        return hits
    anchors = [(s, e) for _, s, e, flags in hits if not flags & COMMON]
    kept = []
    for hit in hits:
        entry_id, start, end, flags = hit
        if flags & COMMON and not (
            (cased and _capital_evidence(text, start, end))
            or (suffixed and _suffix(text, end))
            or _place_particle(text, start, end, language)
            or _place_cue(text, start, end, language)
        ):
            initial = cased and _sentence_initial(text, start)
            if initial and flags & WORD_FIRST:
                near = any(h[0] == entry_id and h[1] != start for h in hits if h[3] & COMMON == 0)
            else:
                reach = _SUPPORT_CHARS
                near = any(s - reach <= start and end <= e + reach for s, e in anchors)
            if not near:
                continue
        kept.append(hit)
    return kept


def _capital_evidence(text: str, start: int, end: int) -> bool:
    """Inside a sentence: a lower-case form (an adjective) as it stands, a capitalised one when
    its neighbours are lower-case (``Mobile`` in a title-case headline is no evidence); a word
    starting the sentence is no neighbour. An abbreviation in capitals (PAP, ФИФА, WHO) is
    evidence anywhere in a sentence whose words beside it are not in capitals too (AU REVOIR)."""
    if _abbreviation(text[start:end]):
        return _among_lower_case(text, start, end)
    if _sentence_initial(text, start):
        return False
    if not text[start].isupper():
        return True
    before = list(_WORD.finditer(text, max(0, start - 40), start))
    after = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip(_SPACE_CHARS + ",;:")))
    neighbours = [after] if after else []
    if before and not _sentence_initial(text, before[-1].start()):
        neighbours.append(before[-1])
    return not any(m.group()[:1].isupper() for m in neighbours)


@cache
def _rules(language: str) -> dict[str, Any]:
    """The ``language`` section of ``inflections.json``."""
    data = files("polyglot_news.glossary_data").joinpath("inflections.json").read_text("utf-8")
    rules: dict[str, Any] = json.loads(data).get(language, {})
    return rules


@cache
def _place_particles(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A language's particles of place, longest first, and the names they support."""
    rules = _rules(language)
    particles = sorted(rules.get("place_particles", ()), key=len, reverse=True)
    return tuple(particles), frozenset(rules.get("place_particles_after", ()))


def _place_particle(text: str, start: int, end: int, language: str) -> bool:
    """A particle of place closing the word right after the name (파리에서, 파리서 회담)."""
    if not language:
        return False
    particles, names = _place_particles(language)
    if not particles or text[start:end] not in names:
        return False
    rest = text[end : end + 6]
    return any(rest.startswith(p) and not rest[len(p) : len(p) + 1].isalnum() for p in particles)


def _place_cue(text: str, start: int, end: int, language: str) -> bool:
    """Korean: a place's cue beside the name (인도 정부, 말리 군정; glossary/korean.py)."""
    if language != "ko":
        return False
    return place_cue(text, start, end, _rules(language))


def _suffix(text: str, end: int) -> bool:
    """An apostrophe and a letter right after the name (Ordu'da)."""
    return text[end : end + 1] in ("'", "\u2019") and text[end + 1 : end + 2].isalpha()


def _abbreviation(surface: str) -> bool:
    """Two or more letters, all capitals (PAP, ФИФА, MI6; not Kreml, not A)."""
    return sum(c.isalpha() for c in surface) >= 2 and surface.isupper()


def _among_lower_case(text: str, start: int, end: int) -> bool:
    """A word with a lower-case letter is right before or after ``text[start:end]``."""
    before = list(_WORD.finditer(text, max(0, start - 40), start))
    after = _WORD.search(text, end, min(len(text), end + 40))
    near = [m.group() for m in (before[-1] if before else None, after) if m]
    return any(not word.isupper() and not word.isdigit() for word in near)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in ".!?…\n" or "\n" in text[len(before) : start]
