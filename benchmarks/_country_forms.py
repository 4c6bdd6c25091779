"""Case forms of country and capital names for the coverage audit (benchmarks/country_coverage.py).

Each generator takes a name in its nominative (as CLDR or the glossary's canonical form gives it)
and returns ``(case, form)`` pairs, the nominative first, by the maintained morphology the build
uses where there is one:

* Russian, Ukrainian: pymorphy3 (OpenCorpora, VESUM dictionaries and their predictor for words
  they lack); each word of the name that pymorphy3 reads as a nominative is put in the case,
  the others (``Америки``) stay;
* Polish, Czech, Belarusian: the suffix rules of the Hunspell dictionaries (Debian
  ``hunspell-pl``, ``-cs``, ``-be``) applied to the name's own dictionary entry, one-word names
  only (the rules carry no case labels, so several words cannot be made to agree);
* Romanian: the definite article and genitive by the rules of the grammar (``Etiopia`` ->
  ``Etiopiei``, ``Vietnam`` -> ``Vietnamul``, ``Vietnamului``);
* Turkish: locative and genitive suffixes after an apostrophe with vowel harmony
  (``Türkiye'de``, ``Ankara'nın``).

Other languages give the nominative only.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

HUNSPELL = Path("/usr/share/hunspell")
HUNSPELL_DICTS = {"pl": "pl_PL", "cs": "cs_CZ", "be": "be_BY"}
# plural endings the suffix rules also give a singular name (Kábulů, Tiranách): left out unless
# the name is plural itself (Filipíny, Niemcy, Філіпіны)
_PLURAL_ENDINGS = {
    "cs": ("ů", "ům", "ech", "ích", "ách", "ám", "ami", "emi", "ími", "ím", "ové", "ův"),
    "pl": ("ów", "om", "ami", "ach", "owie"),
    "be": ("аў", "ам", "амі", "ах", "ямі", "ях", "ям", "оў", "яў"),
}
_PLURAL_NAMES = {"cs": ("y", "i"), "pl": ("y", "i", "e"), "be": ("ы", "і")}
PYMORPHY_CASES = ("gent", "datv", "accs", "ablt", "loct")


@cache
def _morph(lang: str):  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _slavic_word(word: str, case: str, lang: str) -> tuple[str, str]:
    """One word in ``case`` when pymorphy3 reads it as a nominative (a singular reading before a
    plural one, a place's before another), else the word itself; and its part of speech."""
    if not word:
        return word, ""
    key = word.replace("\u02bc", "'").replace("\u2019", "'")
    parses = [p for p in _morph(lang).parse(key) if "nomn" in p.tag.grammemes]
    if not parses:
        return word, ""
    parses.sort(key=lambda p: ("Geox" not in p.tag.grammemes, "plur" in p.tag.grammemes))
    best = parses[0]
    wanted = {case, "inan"} if case == "accs" and best.tag.POS in ("ADJF", "PRTF") else {case}
    inflected = best.inflect(wanted) or best.inflect({case})
    if inflected is None:
        return word, str(best.tag.POS)
    out = inflected.word
    if word.isupper():
        out = out.upper()
    elif word[:1].isupper():
        out = out[:1].upper() + out[1:]
    if "ё" not in word.lower():
        out = out.replace("ё", "е")
    if key != word:
        out = out.replace("'", next((c for c in word if c in "\u02bc\u2019"), "'"))
    return out, str(best.tag.POS)


def pymorphy_forms(name: str, lang: str) -> list[tuple[str, str]]:
    """``[(case, form)]`` of a Russian or Ukrainian name, nominative first: the words up to the
    first noun are put in the case (adjectives agree), the words after it stay (``Америки``,
    ``о-в Вознесения``)."""
    if lang == "ru":  # CLDR's abbreviations, which running text spells out
        name = re.sub(r"\bо-ва\b", "острова", re.sub(r"\bо-в\b", "остров", name))
    out = [("nomn", name)]
    parts = re.split(r"(\s+|-|\s—\s)", name)
    for case in PYMORPHY_CASES:
        words, head_done = [], False
        for part in parts:
            if head_done or not part or re.fullmatch(r"\s+|-|\s—\s", part):
                words.append(part)
                continue
            form, pos = _slavic_word(part, case, lang)
            words.append(form)
            head_done = pos == "NOUN"
        out.append((case, "".join(words)))
    return out


def _read(name: str, dictionary: str) -> str:
    """A Hunspell file decoded by the ``SET`` line of its .aff file (pl_PL is ISO 8859-2)."""
    head = (HUNSPELL / f"{dictionary}.aff").read_bytes()[:4000].decode("latin-1")
    found = re.search(r"^SET\s+(\S+)", head, re.M)
    encoding = found.group(1) if found else "utf-8"
    return (HUNSPELL / name).read_bytes().decode(encoding.replace("ISO", "iso-"), errors="replace")


@cache
def _affixes(dictionary: str) -> dict[str, list[tuple[str, str, re.Pattern[str]]]]:
    """Flag -> ``[(strip, add, condition)]`` of the SFX rules of a Hunspell .aff file."""
    rules: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    text = _read(f"{dictionary}.aff", dictionary)
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            strip = "" if parts[2] == "0" else parts[2]
            add = "" if parts[3].split("/")[0] == "0" else parts[3].split("/")[0]
            condition = re.compile(("" if parts[4] == "." else parts[4]) + "$")
            rules.setdefault(parts[1], []).append((strip, add, condition))
    return rules


@cache
def _entries(dictionary: str) -> dict[str, str]:
    """Capitalised headword -> its flags in a Hunspell .dic file."""
    out: dict[str, str] = {}
    text = _read(f"{dictionary}.dic", dictionary)
    for line in text.splitlines()[1:]:
        word, _, flags = line.partition("/")
        if word[:1].isupper():
            out.setdefault(word, flags.split()[0] if flags.strip() else "")
    return out


def hunspell_forms(name: str, lang: str) -> list[tuple[str, str]]:
    """``[("form", form)]`` from the Hunspell suffix rules of a one-word name in the dictionary;
    the nominative alone otherwise."""
    dictionary = HUNSPELL_DICTS[lang]
    out = [("nomn", name)]
    flags = _entries(dictionary).get(name)
    if flags is None or " " in name:
        return out
    seen = {name}
    for flag in flags:
        for strip, add, condition in _affixes(dictionary).get(flag, []):
            if condition.search(name) and name.endswith(strip):
                form = name[: len(name) - len(strip)] + add
                plural = form.endswith(_PLURAL_ENDINGS[lang]) or form == name + "y"
                plural = plural or len(form) < len(name)  # Andor, Jamajek: genitive plurals
                if plural and not name.endswith(_PLURAL_NAMES[lang]):
                    continue
                if form not in seen and form[:1].isupper():
                    seen.add(form)
                    out.append(("form", form))
    return out


def romanian_forms(name: str) -> list[tuple[str, str]]:
    """``[(case, form)]``: the definite nominative and genitive of a one-word Romanian name
    (feminine -a: ``Etiopia`` -> ``Etiopiei``, ``Coreea`` -> ``Coreei``; a consonant:
    ``Vietnamul``, ``Vietnamului``); other names the nominative only."""
    out = [("nomn", name)]
    if " " in name or "-" in name:
        return out
    if name.endswith("ia"):
        out.append(("gen", name[:-1] + "ei"))
    elif name.endswith("ea"):
        out.append(("gen", name[:-1] + "i"))
    elif name.endswith(("ca", "ga")):
        out.append(("gen", name[:-1] + "ăi"))
    elif name.endswith("a"):
        out.append(("gen", name[:-1] + "ei"))
    elif name[-1:].lower() in "bcdfghjklmnpqrstvwxzșț":
        out += [("def", name + "ul"), ("gen", name + "ului")]
    return out


_BACK = "aıou"
_FRONT = "eiöü"
_VOICELESS = "fsthşçkp"


def turkish_forms(name: str) -> list[tuple[str, str]]:
    """``[(case, form)]``: locative and genitive after an apostrophe with vowel harmony
    (``Türkiye'de``, ``Ankara'nın``, ``Kabil'in``)."""
    vowels = [c for c in name.lower() if c in _BACK + _FRONT]
    if not vowels:
        return [("nomn", name)]
    last = vowels[-1]
    front = last in _FRONT
    round_ = last in "ouöü"
    vowel_end = name[-1:].lower() in _BACK + _FRONT
    loc = ("t" if name[-1:].lower() in _VOICELESS else "d") + ("e" if front else "a")
    gen_vowel = {(False, False): "ı", (False, True): "u", (True, False): "i", (True, True): "ü"}
    gen = ("n" if vowel_end else "") + gen_vowel[(front, round_)] + "n"
    return [("nomn", name), ("loc", f"{name}'{loc}"), ("gen", f"{name}'{gen}")]


def case_forms(name: str, lang: str) -> list[tuple[str, str]]:
    """The audit's forms of one name in one language (see the module docstring)."""
    if lang in ("ru", "uk"):
        return pymorphy_forms(name, lang)
    if lang in HUNSPELL_DICTS and (HUNSPELL / f"{HUNSPELL_DICTS[lang]}.dic").exists():
        return hunspell_forms(name, lang)
    if lang == "ro":
        return romanian_forms(name)
    if lang == "tr":
        return turkish_forms(name)
    return [("nomn", name)]
