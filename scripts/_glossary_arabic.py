"""Arabic names that are also common words, from the Ayaspell Hunspell dictionary (build time).

Arabic has no capitals, so the Hunspell trick used for the cased languages (a name accepted in
lower case is a word) cannot work: Ayaspell (Debian ``hunspell-ar``, GPL/LGPL/MPL) lists place
names and common words alike. Its affix classes tell them apart: every noun and adjective entry
carries the flag ``JA`` (the possessive pronoun suffixes, ``خبره``, ``عقوبتها``), which no entry
of its proper-name classes (بغداد, دمشق, مغرب, سودان) takes. A one-word Arabic name is a common
word when its stem has such an entry, read

* as written (جدة, grandmother; حديدة, a piece of iron),
* without the article (الخبر: خبر, news; الرمادي: رمادي, grey; الحديدة),
* without one proclitic preposition or conjunction (بعقوبة: ب + عقوبة, "with a penalty"),
  and then without the article as well.

Only yes/no checks are used; no dictionary text is shipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from typing import Any

__all__ = ["add_lam_forms", "arabic_common_words", "lam_common", "lam_form", "one_arabic_name"]

DICTIONARY = "/usr/share/hunspell/ar"  # Debian package hunspell-ar (Ayaspell)
_NOUN_FLAG = "JA"  # Ayaspell: takes the possessive suffixes, i.e. a common noun or adjective
_ARTICLE = "ال"
_PROCLITICS = ("ب", "ل", "ك", "ف", "و")
_MIN_STEM = 3  # letters left after stripping: shorter remainders are chance spellings


@cache
def _common_stems() -> frozenset[str]:
    """Stems of the dictionary entries whose affix class carries the noun flag ``JA``."""
    if not os.path.exists(DICTIONARY + ".dic"):
        raise SystemExit(f"{DICTIONARY}.dic is missing: apt-get install hunspell-ar")
    with open(DICTIONARY + ".aff", encoding="utf-8") as handle:
        aliases = [line.split("#")[0].split()[1] for line in handle if line.startswith("AF ")]
    # FLAG long: two characters per flag; AF lines are numbered from 1 after the count line
    nouns = {
        str(n)
        for n, flags in enumerate(aliases[1:], start=1)
        if _NOUN_FLAG in {flags[i : i + 2] for i in range(0, len(flags), 2)}
    }
    stems = set()
    with open(DICTIONARY + ".dic", encoding="utf-8") as handle:
        for line in handle:
            word, _, flags = line.split("\t", 1)[0].strip().partition("/")
            if flags in nouns:
                stems.add(word)
    return frozenset(stems)


def _readings(name: str) -> Iterable[str]:
    yield name
    for clitic in ("", *_PROCLITICS):
        if not name.startswith(clitic):
            continue
        rest = name[len(clitic) :]
        if clitic:
            yield rest
        if rest.startswith(_ARTICLE):
            yield rest[len(_ARTICLE) :]


def arabic_common_words(names: Iterable[str]) -> set[str]:
    """The one-word Arabic ``names`` whose stem the dictionary has as a common noun or adjective.

    Raises SystemExit naming the Debian package when the dictionary is missing, so the build
    never silently differs.
    """
    stems = _common_stems()
    return {
        name
        for name in names
        if " " not in name and any(len(r) >= _MIN_STEM and r in stems for r in _readings(name))
    }


_CITY = "مدينة "  # "the city of": GeoNames gives مدينة حمص beside حمص
_ALEF = str.maketrans("أإآ", "ااا")


def one_arabic_name(names: list[str]) -> list[str]:
    """The Arabic names of a town when GeoNames' several plain Arabic alternates are one name:
    spellings that differ only in the hamza on alef (إدلب, ادلب), the article (صور, الصور) or
    a leading ``مدينة`` (حمص, مدينة حمص), which is dropped; ``[]`` when they are different
    names or spellings (مأرب, معرب; نابلس, نابلوس), as a single one is taken anyway."""
    bare = list(dict.fromkeys(n.removeprefix(_CITY) for n in names))
    keys = {n.translate(_ALEF).removeprefix(_ARTICLE) for n in bare}
    return bare if len(names) > 1 and len(keys) == 1 else []


_LAM = "لل"  # the preposition ل before the article: ل + القاهرة is written للقاهرة


def lam_form(text: str) -> str:
    """The form written after the preposition ل when it opens with the article (القاهرة ->
    للقاهرة, اللاذقية -> للاذقية: the article's alif drops, a third lam merges), else ""."""
    rest = text[len(_ARTICLE) :]
    if not text.startswith(_ARTICLE) or len(rest.split(" ")[0]) < _MIN_STEM:
        return ""
    return _LAM + (rest[1:] if rest.startswith("ل") else rest)


def add_lam_forms(builder: Any) -> int:
    """Add every Arabic form's spelling after the preposition ل (للقاهرة, للأمم المتحدة: the
    matcher strips a one-letter proclitic, but ل + ال is no such prefix); returns how many
    were added. A form another entity holds stays its."""
    added = 0
    for entity, rows in list(builder.rows.items()):
        for lang, text, _, inflect, *_ in list(rows):
            form = lam_form(text) if lang == "ar" else ""
            if form:
                kind = builder.types[entity]
                added += builder.add(entity, kind, "ar", form, inflect=inflect, note="ل + ال")
    return added


def lam_common(listed: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """The ل spellings of the Arabic common-word forms in ``listed`` (للمدينة beside المدينة),
    each with its form's value."""
    return {
        ("ar", lam_form(text)): value
        for (lang, text), value in listed.items()
        if lang == "ar" and lam_form(text)
    }
