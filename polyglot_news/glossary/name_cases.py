"""Slavic first names in an oblique case: ``Сергея``, ``Сергію``, ``Анны`` -> the name.

The first-name lists (``first_names.tsv``, ``given_names.tsv``) hold nominatives, but a person is as
often named in another case (``Убийство Сергея Кирова``, ``памятник Сергею Кирову``), where the
surname after the first name may be a city's name or former name (Кирово, Kirovohrad now
Kropyvnytskyi). The endings below undo the case endings of first names of the standard declensions
(Zaliznyak's classes 1a, 6a, 7a for Russian; the Ukrainian and Belarusian school grammars): a
masculine hard stem (Иван-а, -у, -ом, -е), a stem in -й (Серге-я, -ю, -ем), in -ій (Сергі-я, -ю,
-єм), in a soft sign (Игор-я, -ю, -ем; Ukrainian Ігор-ем), feminines in -а and -я (Анн-ы, -е, -у,
-ой; Мари-и, -ю, -ей); in Polish and Czech, a masculine hard stem (Jordan-a, -owi, -em; cs -ovi).
The word counts when an undone form passes the test it is given: a first name of the lists (a place
right after it is a surname: ``Сергея Кирова``), or a one-word place of the glossary that is a first
name (the place in an oblique case is the person before a surname: ``песни Владимира Высоцкого``;
glossary/context.py). One table serves both.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["CASE_LANGUAGES", "given_in_case"]

CASE_LANGUAGES = frozenset({"ru", "uk", "be", "pl", "cs"})
# (oblique ending, nominative ending), longest endings first
_UNDO: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("ем", "й"), ("ом", ""), ("ой", "а"), ("ей", "я"), ("ю", "й"), ("я", "й"),
           ("а", ""), ("у", ""), ("е", ""), ("ы", "а"), ("е", "а"), ("у", "а"), ("и", "я"),
           ("ю", "я"), ("е", "я"), ("ем", "ь"), ("я", "ь"), ("ю", "ь"), ("е", "ь")),
    "uk": (("ієм", "ій"), ("ія", "ій"), ("ію", "ій"), ("ом", ""), ("ою", "а"), ("ею", "я"),
           ("ем", "й"), ("я", "й"), ("ю", "й"), ("а", ""), ("у", ""), ("ові", ""), ("и", "а"),
           ("і", "а"), ("у", "а"), ("і", "я"), ("ю", "я"), ("ем", "ь"), ("я", "ь"), ("ю", "ь"),
           ("і", "ь"), ("ем", "")),
    "be": (("ем", "й"), ("ам", ""), ("ай", "а"), ("яй", "я"), ("я", "й"), ("ю", "й"),
           ("а", ""), ("у", ""), ("ы", "а"), ("е", "а"), ("і", "я"), ("ю", "я"), ("ем", "ь"),
           ("я", "ь"), ("ю", "ь"), ("і", "ь")),
    "pl": (("owi", ""), ("em", ""), ("a", ""), ("u", "")),
    "cs": (("ovi", ""), ("em", ""), ("a", ""), ("u", "")),
}  # fmt: skip


def given_in_case(word: str, language: str, given: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a first name of ``language`` (ru, uk, be, pl, cs) in an oblique
    case, by ``given`` (the test of the nominative); False in any other language."""
    for ending, nominative in _UNDO.get(language, ()):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            if given(word[: len(word) - len(ending)] + nominative):
                return True
    return False
