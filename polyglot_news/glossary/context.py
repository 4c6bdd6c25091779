"""Context that says a glossary hit is part of a person's name: ``Kuba Błaszczykowski``.

Many first names are also place names (Polish Kuba and Dominika, Spanish Santiago and
Victoria, English Chad and Jordan, Turkish Aydın). In a cased script, a one-word name that
opens a run of exactly two capitalised words, the second no glossary name, followed by a
lower-case word or punctuation, is read as a first name and surname (``Chad Smith played``),
not as the place. Longer runs are title-case headlines or organisation names and are left to
the other rules; a hit in all capitals (NATO) is an abbreviation and stays.
"""

from __future__ import annotations

import re

__all__ = ["without_first_names"]

_WORD = re.compile(r"\w+")
Hit = tuple[str, int, int, int]


def without_first_names(hits: list[Hit], text: str) -> list[Hit]:
    """``hits`` less those read as a first name before a surname; order kept.

    ``hits`` are ``(entry_id, start, end, flags)`` in text order, as the token matcher
    returns them; ``text`` is the text they index. Pure; no error is raised.
    """
    if not hits:
        return hits
    covered = {start for _, start, _, _ in hits}
    return [hit for hit in hits if not _first_name(hit, text, covered)]


def _first_name(hit: Hit, text: str, covered: set[int]) -> bool:
    _, start, end, _ = hit
    surface = text[start:end]
    if not surface[:1].isupper() or surface.isupper() or not _WORD.fullmatch(surface):
        return False
    if text[end : end + 1] != " ":
        return False
    second = _WORD.match(text, end + 1)
    if second is None or second.start() in covered or not _capitalised(second.group()):
        return False
    after = (
        _WORD.match(text, second.end() + 1)
        if text[second.end() : second.end() + 1] == " "
        else None
    )
    if after is not None and after.group()[:1].isupper():
        return False  # a run of three or more: a headline or an organisation
    before = text[:start].rstrip(" ")
    if before and before[-1].isalnum():
        previous = list(_WORD.finditer(text, max(0, start - 40), start))
        if previous and previous[-1].group()[:1].isupper():
            return False  # the name ends a run that starts before it
    return True


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word[1:].islower()
