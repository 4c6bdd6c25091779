"""Morphology for the world glossary build: place adjectives and common-word checks.

Uses pymorphy3 with its OpenCorpora (Russian) and LanguageTool/VESUM (Ukrainian) dictionaries at
build time only; the shipped glossary carries the results as data, so the runtime never imports
pymorphy3. Belarusian has no pymorphy3 dictionary: its adjectives are not generated.

* :func:`place_adjectives` proposes the relational adjective of a place name by rule
  (Курск -> курский, Москва -> московский, Київ -> київський) and keeps only candidates the
  dictionary knows as adjectives, so no invented word enters the glossary.
* :func:`is_common_word` says whether a one-word name is also an ordinary word (Мир, Газа as
  the genitive of газ): such forms are listed in ``common_forms.tsv`` and need support in context.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from functools import cache
from typing import Any

# (ending of the name, letters to strip, suffixes to try), first match wins; from the usual
# formation of relational adjectives (-ский/-ський) in Russian and Ukrainian grammars.
_RULES: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {
    "ru": [
        ("ия", 2, ("ийский", "ский")),
        ("ья", 2, ("ьский", "ский")),
        ("я", 1, ("йский", "ский", "инский")),
        ("ва", 2, ("вский", "овский")),
        ("сса", 2, ("ский",)),
        ("а", 1, ("ский", "инский", "анский", "овский")),
        ("ск", 0, ("ий",)),
        ("цк", 0, ("ий",)),
        ("ь", 1, ("ский", "ьский")),
        ("й", 0, ("ский",)),
        ("о", 1, ("ский", "овский")),
        ("е", 1, ("ский",)),
        ("и", 1, ("ийский", "ский")),
        ("л", 0, ("ьский", "ский")),
        ("", 0, ("ский", "овский", "ийский")),
    ],
    "uk": [
        ("ія", 2, ("ійський", "ський")),
        ("я", 1, ("йський", "ський")),
        ("ва", 2, ("вський", "овський")),
        ("са", 1, ("ький", "ський")),
        ("а", 1, ("ський", "инський", "анський", "овський")),
        ("ськ", 0, ("ий",)),
        ("цьк", 0, ("ий",)),
        ("ь", 1, ("ський", "ьський")),
        ("й", 0, ("ський",)),
        ("о", 1, ("ський",)),
        ("л", 0, ("ьський", "ський")),
        ("", 0, ("ський", "ійський")),
    ],
}
_NAME_TAGS = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}


@cache
def analyzer(lang: str) -> Any:
    """The pymorphy3 analyser for ``ru`` or ``uk``, or None when there is no dictionary."""
    if lang not in _RULES:
        return None
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def place_adjectives(name: str, lang: str) -> list[str]:
    """Dictionary-attested relational adjectives (masculine nominative) of a one-word place."""
    morph = analyzer(lang)
    if morph is None or " " in name or "-" in name:
        return []
    low = name.lower().replace("ё", "е")
    for ending, strip, suffixes in _RULES[lang]:
        if low.endswith(ending):
            stem = low[: len(low) - strip] if strip else low
            found = [stem + s for s in suffixes if _is_adjective(morph, stem + s)]
            if found:
                return found[:1]
    return []


def _is_adjective(morph: Any, word: str) -> bool:
    if not morph.word_is_known(word):
        return False
    return any("ADJF" in p.tag and p.normal_form == word for p in morph.parse(word))


def is_common_word(name: str, lang: str, words: frozenset[str]) -> bool:
    """True when a one-word name is also an ordinary word of ``lang``.

    ``words`` is the language's common-word list (polyglot_news's langid word tables); for
    Russian, a name whose most likely pymorphy3 reading is not a proper name counts as well.
    """
    if " " in name:
        return False
    low = name.lower()
    if low in words:
        return True
    morph = analyzer(lang) if lang == "ru" else None
    if morph is None or not morph.word_is_known(low):
        return False
    best = morph.parse(name)[0]
    return not (_NAME_TAGS & set(str(best.tag).replace(" ", ",").split(",")))


def attested(name: str, lang: str) -> bool:
    """Whether an untagged GeoNames alternate name is a Russian/Ukrainian place name.

    GeoNames mixes Tatar, Bashkir, Belarusian, old spellings and nicknames (Жемчужина у моря)
    into its Cyrillic alternates: keep one-word names the dictionary knows (Russian: as a place
    name, tag Geox; the Ukrainian dictionary has no such tag). True for other languages.
    """
    morph = analyzer(lang)
    if morph is None:
        return True
    if "-" in name and " " not in name:  # Порт-Судан: every part known, one a place name
        parts = name.split("-")
        return all(morph.word_is_known(p) for p in parts) and any(attested(p, lang) for p in parts)
    if " " in name:
        return False
    if not morph.word_is_known(name):
        return False  # Адэса (Belarusian) and Тайбэй (Russian) look alike: leave both out
    return lang != "ru" or any("Geox" in str(p.tag) for p in morph.parse(name))


def lexeme_forms(word: str, lang: str) -> list[str]:
    """The case forms of a one-word Russian/Ukrainian name, from the dictionary (singular; plural
    for a plural-only name).

    Rules miss stem alternations (Харків -> Харкова, Египет -> Египта); the dictionary's lexeme
    has them. Empty when the dictionary does not know the word as a noun in the nominative.
    """
    morph = analyzer(lang)
    if morph is None or not word.isalpha() or not morph.word_is_known(word):
        return []
    low = word.lower().replace("ё", "е")
    # a plural-only place (Филиппины: Pltm, Geox) before a singular noun it is also the plural
    # of (филиппина): its plural cases are the name's (на Филиппинах). Only Russian tags places
    # (Geox); a Ukrainian Pltm reading may be another word's (Малі, Балі), so no reordering there
    parses = sorted(morph.parse(word), key=lambda p: not {"Pltm", "Geox"} <= set(p.tag.grammemes))
    for parse in parses:
        tag = str(parse.tag)
        if "NOUN" in tag and "nomn" in tag and parse.word.replace("ё", "е") == low:
            forms = [
                f.word.replace("ё", "е")
                for f in parse.lexeme
                if "plur" not in str(f.tag) or "Sgtm" in str(f.tag) or "Pltm" in str(f.tag)
            ]
            return sorted({_cased_like(f, word) for f in forms if f.isalpha()})
    return []


def plural_only(word: str, lang: str, country: bool) -> str:
    """Whether a one-word Russian place name in -ы or Ukrainian one in -и is plural only: the
    paradigm name (``y_pl``: Сейшел, Сейшелах, Комор) when the dictionary reads it as Pltm
    (Сейшелы) or it is a country so written (Комори, read as комора's plural); Ukrainian cities
    read as Pltm (Черкаси, Суми) take ``y_pl_obl`` (Черкасах); else ``""``."""
    # Russian -и names are indeclinable (Чили, Мали) or take other plural endings (Химки)
    ending = {"ru": "ы", "uk": "и"}.get(lang)
    if ending is None or not word.isalpha() or not word.endswith(ending):
        return ""
    morph = analyzer(lang)
    if country or morph is None:
        return "y_pl" if country else ""
    if not any("Pltm" in p.tag.grammemes and "nomn" in p.tag.grammemes for p in morph.parse(word)):
        return ""
    # Ukrainian tags no places: the Pltm reading may be a word's (Вали, ramparts), whose bare
    # stem is a word too (вал): oblique plural endings only; the dictionary adds the genitive
    return "y_pl" if lang == "ru" else "y_pl_obl"


def _cased_like(form: str, model: str) -> str:
    return form[:1].upper() + form[1:] if model[:1].isupper() else form


def common_surface(surface: str, lang: str) -> bool:
    """True when an inflected Russian name is more likely an ordinary word (мира, газа: the
    dictionary's most probable reading of the lower-cased surface is no proper name)."""
    morph = analyzer(lang) if lang == "ru" else None
    if morph is None or " " in surface:
        return False
    if surface.lower().replace("ё", "е") in hunspell_headwords(lang):
        return True  # путина (the fishing season): OpenCorpora knows only the surname
    if not morph.word_is_known(surface):
        return False
    best = morph.parse(surface.lower())[0]
    return not (_NAME_TAGS & set(str(best.tag).replace(" ", ",").split(",")))


def nominative_reading(surface: str, lang: str) -> bool:
    """True when the lower-cased surface is most likely a common word in the nominative: a
    lower-case headword of the Hunspell dictionary (путина, the fishing season, which
    OpenCorpora lacks), or pymorphy3's most likely reading is a nominative."""
    low = surface.lower().replace("ё", "е")
    if low in hunspell_headwords(lang):
        return True
    morph = analyzer(lang)
    return morph is not None and "nomn" in morph.parse(low)[0].tag


HUNSPELL = {"ru": "/usr/share/hunspell/ru_RU.dic"}  # Debian package hunspell-ru (LGPL/BSD)
# Debian hunspell-* dictionaries (build time only) whose spell checker says whether a lower-cased
# name is an ordinary word of the language, affixes included (Polish dania, Italian mali)
SPELLERS = {
    "be": "be_BY",
    "cs": "cs_CZ",
    "de": "de_DE",
    "en": "en_US",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "pl": "pl_PL",
    "tr": "tr_TR",
}  # fmt: skip (hunspell-uk accepts any lower-cased name: pymorphy3 for uk, other_word_class)
_DEBIAN = {"de": "de-de", "en": "en-us"}


def spelled_words(lang: str, names: Iterable[str]) -> set[str]:
    """The one-word names whose lower-case spelling the language's Hunspell dictionary accepts.

    Hunspell dictionaries write proper names with a capital and require it, so a name accepted
    in lower case is also an ordinary word (Polish ``Dania``, dishes; Italian ``Mosca``, a fly;
    Turkish ``Ordu``, army; English ``Turkey``). Runs the ``hunspell`` program once per
    language (``-l`` lists the rejected words). Raises SystemExit naming the Debian packages
    when the program or the dictionary is missing, so the build never silently differs.
    """
    code = SPELLERS.get(lang)
    candidates = sorted({n for n in names if n[:1].isupper() and n.isalpha()})
    if code is None or not candidates:
        return set()
    path = f"/usr/share/hunspell/{code}"
    package = f"hunspell-{_DEBIAN.get(lang, lang)}"
    if shutil.which("hunspell") is None or not os.path.exists(path + ".dic"):
        raise SystemExit(f"{path}.dic is missing: apt-get install hunspell {package}")
    charset = _charset(path + ".aff")
    lowered = {_lower(n, lang): n for n in candidates if _encodes(_lower(n, lang), charset)}
    done = subprocess.run(
        ["hunspell", "-d", path, "-l"],
        input="\n".join(lowered), capture_output=True, text=True, check=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )  # fmt: skip
    misspelled = set(done.stdout.split())  # -l lists the rejected words (no slow suggestions)
    return {name for low, name in lowered.items() if low not in misspelled}


def other_word_class(name: str, lang: str) -> bool:
    """True when pymorphy3 reads the lower-cased Ukrainian name as another part of speech
    (Малі: малий, small; Того: той, that): the dictionary lists places as plain nouns."""
    morph = analyzer(lang) if lang == "uk" else None
    if morph is None or " " in name or not morph.word_is_known(name.lower()):
        return False
    return any(p.tag.POS not in (None, "NOUN") for p in morph.parse(name.lower()))


def _charset(aff: str) -> str:
    with open(aff, "rb") as handle:
        for line in handle:
            if line.startswith(b"SET "):
                return line.split()[1].decode("ascii")
    return "ISO8859-1"


def _encodes(word: str, charset: str) -> bool:
    """Whether the dictionary's encoding has every letter (hunspell drops the others)."""
    try:
        word.encode(charset.replace("microsoft-", "").lower())
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _lower(name: str, lang: str) -> str:
    if lang == "tr":  # Turkish dotted and dotless i: Aydın -> aydın, İzmir -> izmir
        name = name.replace("I", "ı").replace("İ", "i")
    return name.lower()


@cache
def hunspell_headwords(lang: str) -> frozenset[str]:
    """Lower-case headwords (common words, nominative for nouns) of the Hunspell dictionary.

    Hunspell dictionaries spell proper names with a capital and common words without, so a
    lower-case headword is an ordinary word. Raises SystemExit naming the Debian package when
    the dictionary is missing, so the build never silently differs.
    """
    path = HUNSPELL.get(lang)
    if path is None:
        return frozenset()
    try:
        with open(path, encoding="utf-8") as handle:
            next(handle)  # the first line is the entry count
            stems = (line.split("/", 1)[0].strip() for line in handle)
            return frozenset(w.replace("ё", "е") for w in stems if w[:1].islower())
    except FileNotFoundError:
        raise SystemExit(f"{path} is missing: apt-get install hunspell-{lang}") from None


def place_adjectives_known(adjective: str, lang: str) -> bool:
    """Whether the dictionary knows a curated adjective (турецкий) as an adjective."""
    morph = analyzer(lang)
    return morph is not None and _is_adjective(morph, adjective.lower())


def adjective_paradigms(builder: Any) -> int:
    """Give a multi-word Ukrainian name whose word is an adjective (Нова Зеландія, Велика
    двадцятка: ``adj_f`` on the first word, pymorphy3's reading) the paradigms of its words,
    so that every word is inflected (у Новій Зеландії, «Великої двадцятки»); the ending
    table's guess cannot tell Нова from Москва. How many rows changed."""
    from polyglot_news.glossary.matcher import _paradigm_for, form_words, inflection_rules

    morph, rules = analyzer("uk"), inflection_rules()["uk"]
    changed = 0
    for entity, rows in builder.rows.items():
        if builder.types.get(entity) == "person":
            continue
        for i, (lang, text, canonical, inflect, note) in enumerate(rows):
            words = form_words(text)
            if lang != "uk" or inflect or len(words) < 2 or any(w.isupper() for w in words):
                continue
            names = [_uk_adjective(w, morph) or _paradigm_for(w, rules) for w in words]
            if any(n.startswith("adj") for n in names[:-1]):
                rows[i] = (lang, text, canonical, " ".join(names), note)
                changed += 1
    return changed


def _uk_adjective(word: str, morph: Any) -> str:
    """``adj_f`` or ``adj`` when the dictionary reads the word as a nominative adjective
    (Нова is a noun too, a new moon: any reading counts; Москва has none)."""
    if not word[:1].isalpha():
        return ""
    tags = [p.tag for p in morph.parse(word.lower()) if {"ADJF", "nomn"} in p.tag]
    if any("femn" in t for t in tags) and word.endswith("а"):
        return "adj_f"
    return "adj" if any("masc" in t for t in tags) and word.endswith("ий") else ""


@cache
def proper_nouns(lang: str) -> frozenset[str]:
    """The capitalised headwords of ``lang``'s Hunspell dictionary (:data:`SPELLERS`): the
    proper nouns the language writes (French Pékin, Polish Pekin, Damaszek), empty for a
    language without one."""
    if lang not in SPELLERS:
        return frozenset()
    path = f"/usr/share/hunspell/{SPELLERS[lang]}"
    charset = _charset(path + ".aff").replace("microsoft-", "").lower()
    with open(path + ".dic", encoding=charset, errors="replace") as handle:
        next(handle)  # the first line is the entry count
        stems = (line.split("/", 1)[0].strip() for line in handle)
        return frozenset(w for w in stems if w[:1].isupper() and w[1:].islower())
