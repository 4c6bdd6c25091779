"""Slavic case forms for the world glossary build: which inflected surfaces are common words.

The matcher inflects Czech and Polish names at match time by the ending tables of
``glossary_data/inflections.json`` (``Praha`` -> ``v Praze``, ``Prahou``; a shared Latin form
takes the endings of the text: ``Babišovi``, ``v Kuala Lumpuru``). Each case form a table
generates may be an ordinary word although the name is none (Czech ``Most``, a town, whose
``mostu``, ``mostem`` are cases of ``most``, bridge; ``Čad``, Chad, whose ``čadu`` is soot's).
:func:`common_case_forms` lists those surfaces, so the matcher asks for support in context, as
it does for the one-word names themselves (``morph.spelled``): a case form the language's
Hunspell dictionary (Debian ``hunspell-cs``, ``hunspell-pl``) accepts in lower case, or one in the
langid word table of the language. Build time only; the shipped data is ``common_forms.tsv``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from polyglot_news.glossary.matcher import compile_form, form_words

# Languages whose ending tables inflect every shared Latin form too (substring.LATIN_INFLECTING)
# and whose case forms are gated here.
CASE_LANGUAGES = ("cs",)


def case_surfaces(entity: str, text: str, inflect: str, lang: str) -> set[str]:
    """Every lower-cased surface the ending table of ``lang`` matches for a one-word form,
    the citation form itself left out (the one-word names are gated by ``morph.spelled``)."""
    rule = compile_form(entity, text, inflect, lang).words[0]
    found = {stem + ending for stem, endings in rule.stems() for ending in endings}
    return found - {rule.stem, text.lower()}


def common_case_forms(
    rows: dict[str, list[tuple[str, str, str, str, str]]],
    words: dict[str, frozenset[str]],
    spelled_words: object,
) -> set[tuple[str, str]]:
    """``(lang, surface)`` of case forms of one-word names that are common words of ``lang``.

    ``rows`` are the builder's rows per entity (``lang, form, canonical, inflect, note``); a
    language's own forms and the shared ``mul`` forms are inflected by its table.
    ``spelled_words(lang, names)`` is ``morph.spelled_words`` (capitalised names in, those the
    Hunspell dictionary accepts in lower case out); ``words`` the langid word tables.
    """
    found: set[tuple[str, str]] = set()
    for lang in CASE_LANGUAGES:
        surfaces: set[str] = set()
        for entity, entity_rows in rows.items():
            for code, text, _, inflect, _ in entity_rows:
                if code not in (lang, "mul") or inflect in ("adj", "abbr"):
                    continue
                if len(form_words(text)) != 1 or not text[:1].isupper() or text.isupper():
                    continue
                surfaces |= case_surfaces(entity, text, inflect if code == lang else "", lang)
        table = words.get(lang, frozenset())
        found |= {(lang, s) for s in surfaces if s in table}
        accepted = spelled_words(lang, _capitalised(surfaces))  # type: ignore[operator]
        found |= {(lang, s.lower()) for s in accepted}
    return found


def _capitalised(surfaces: Iterable[str]) -> list[str]:
    return [s[:1].upper() + s[1:] for s in surfaces if s.isalpha()]


# Relational adjectives of countries, capitals and cities of a million (issue 12): candidates
# the ``morph._RULES`` suffixes do not propose (Монголия -> монгольский, Италия -> итальянский,
# Рига -> рижский, ризький, Баку -> бакинский, Лаос -> лаоський, Марокко -> марокканский,
# Шри-Ланка -> шри-ланкийский), and Belarusian, which has no pymorphy3 dictionary (Эстонія ->
# эстонскі, Рыга -> рыжскі, Масква -> маскоўскі). (ending, letters to strip, suffixes), every
# matching line tried in order; a candidate is kept only when a dictionary knows it.
WIDE_RULES: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {
    "ru": [
        ("ия", 2, ("ьский", "ьянский", "ийский")),
        ("га", 2, ("жский",)),
        ("ка", 2, ("ский", "кский", "канский")),
        ("а", 1, ("ьский", "ийский", "анский", "йский", "ский")),
        ("о", 1, ("анский", "ийский", "ский")),
        ("у", 1, ("инский", "уский")),
        ("и", 1, ("ийский", "ский")),
        ("и", 0, ("йский",)),
        ("", 0, ("ский", "ийский", "ьский")),
    ],
    "uk": [
        ("ія", 2, ("ьський", "ьянський", "ійський")),
        ("га", 2, ("зький",)),
        ("ка", 2, ("ський", "канський")),
        ("а", 1, ("ьський", "ійський", "анський", "йський", "ський")),
        ("о", 1, ("анський", "ійський", "ський")),
        ("у", 1, ("инський",)),
        ("і", 1, ("ійський",)),
        ("і", 0, ("йський",)),
        ("с", 0, ("ький",)),
        ("", 0, ("ський", "ійський", "ьський")),
    ],
    "be": [
        ("ія", 2, ("скі", "ьскі", "ьянскі", "ійскі")),
        ("ія", 1, ("йскі",)),
        ("ыя", 1, ("йскі",)),
        ("ыя", 2, ("скі",)),
        ("ея", 2, ("ейскі",)),
        ("га", 2, ("жскі",)),
        ("ва", 2, ("ўскі", "оўскі")),
        ("ка", 2, ("скі", "канскі")),
        ("а", 1, ("скі", "ьскі", "інскі", "анскі", "ыйскі", "ійскі")),
        ("ск", 0, ("і",)),
        ("цк", 0, ("і",)),
        ("у", 1, ("інскі",)),
        ("і", 0, ("йскі",)),
        ("ы", 0, ("йскі",)),
        ("о", 1, ("анскі", "скі")),
        ("", 0, ("скі", "ійскі", "ьскі")),
    ],
}
SPELLER_CODES = {"ru": "ru_RU", "uk": "uk_UA", "be": "be_BY", "pl": "pl_PL", "cs": "cs_CZ"}
# Debian hunspell-ru, -uk, -be, -pl, -cs


class Spellers:
    """Which words the Hunspell dictionaries of ru, uk, be accept, asked in batches: ``hunspell
    -l`` lists the rejected words without the slow suggestions of ``-a``."""

    def __init__(self) -> None:
        self.known: dict[str, set[str]] = {}
        self.asked: dict[str, set[str]] = {}

    def prepare(self, lang: str, words: Iterable[str]) -> None:
        """Ask the dictionary of ``lang`` about every word not asked yet, in one run."""
        import subprocess

        new = sorted(set(words) - self.asked.setdefault(lang, set()))
        if not new:
            return
        path = f"/usr/share/hunspell/{SPELLER_CODES[lang]}"
        if shutil.which("hunspell") is None or not os.path.exists(path + ".dic"):
            raise SystemExit(f"{path}.dic is missing: apt-get install hunspell hunspell-{lang}")
        done = subprocess.run(
            ["hunspell", "-d", path, "-l"], input="\n".join(new), capture_output=True,
            text=True, check=True, env={**os.environ, "LC_ALL": "C.UTF-8"},
        )  # fmt: skip
        rejected = set(done.stdout.split())  # each part of a hyphenated word on its own
        self.asked[lang].update(new)
        self.known.setdefault(lang, set()).update(
            w for w in new if not rejected.intersection({w, *re.split(r"[-'’ʼ]", w)})
        )

    def knows(self, lang: str, word: str) -> bool:
        """Whether the dictionary of ``lang`` accepts ``word`` (asked now if not prepared)."""
        self.prepare(lang, [word])
        return word in self.known[lang]


SPELLERS = Spellers()


def prepare_adjectives(names: Iterable[tuple[str, str]]) -> None:
    """Ask the dictionaries about every candidate adjective of ``(lang, name)`` at once."""
    by_lang: dict[str, set[str]] = {}
    for lang, name in names:
        by_lang.setdefault(lang, set()).update(_candidates(name, lang))
    for lang, words in by_lang.items():
        SPELLERS.prepare(lang, words)


def _candidates(name: str, lang: str) -> list[str]:
    if " " in name or lang not in WIDE_RULES:
        return []
    low = name.lower().replace("ё", "е")
    return [
        low[: len(low) - strip] + suffix
        for ending, strip, suffixes in WIDE_RULES[lang]
        if low.endswith(ending) and len(low) - strip >= 2
        for suffix in suffixes
    ]


def wide_adjectives(name: str, lang: str, pymorphy_knows: Callable[[str], bool]) -> list[str]:
    """The first relational adjective (masculine nominative) of a country's, capital's or big
    city's one-word or hyphenated name that a dictionary knows: pymorphy3's (``pymorphy_knows``;
    ru, uk) or the language's Hunspell dictionary (ru, uk, be). Empty when none is known."""
    for candidate in _candidates(name, lang):
        if pymorphy_knows(candidate) or SPELLERS.knows(lang, candidate):
            return [candidate]
    return []


def sister_adjectives(names: dict[str, str], found: dict[str, list[str]]) -> None:
    """Fill in ``found[lang]`` (empty) for ru, uk, be from a sister language's attested
    adjective of the same place: the first candidate spelled alike letter for letter
    (``skeleton``: Мали -> малийский as Ukrainian малійський; Пакістан -> пакістанскі as
    Russian пакистанский). The dictionaries lack many adjectives of small countries."""
    attested = {skeleton(a) for adjectives in found.values() for a in adjectives}
    for lang, name in names.items():
        if found.get(lang):
            continue
        same = [c for c in _candidates(name, lang) if skeleton(c) in attested]
        found[lang] = same[:1]


_FOLD = str.maketrans({"і": "и", "ї": "и", "ы": "и", "є": "е", "э": "е", "ў": "в", "ґ": "г"})


def skeleton(adjective: str, akanye: bool = False) -> str:
    """An adjective's letters shared by ru, uk, be: no soft sign or apostrophe, one letter for
    и/і/ы, е/є/э, and the suffix -ский/-ський/-скі as -ск; with ``akanye`` о as а too, for
    comparing two reviewed spellings (малдаўскі, молдавский), not rule-made candidates."""
    low = adjective.lower().translate(_FOLD)
    low = low.replace("о", "а") if akanye else low
    for ending in ("ский", "ський", "ски", "цкий", "цький", "цки"):
        if low.endswith(ending):
            low = low[: -len(ending)] + ending[0] + "к"
            break
    return "".join(ch for ch in low if ch not in "ь'’ʼ")


# People (issue 12): Belarusian spellings of people the curated tables name only in Russian, and
# Polish inflection of surnames declined as adjectives.
_BE_LETTERS = str.maketrans({"и": "і", "щ": "шч", "ъ": "’", "И": "І", "Щ": "Шч"})
_BE_HARD = "жшчрцЖШЧРЦ"  # after these Belarusian writes ы for Russian и (Вучич -> Вучыч)
_VOWELS = "аеёиоуыэюяіАЕЁИОУЫЭЮЯІ"


def belarusian_spelling(name: str) -> str:
    """The Belarusian spelling of a foreign person's Russian name, or "" when the rules cannot
    tell it: Belarusian writes unstressed о, е, я otherwise (akanye), so a name with one of
    them is left out. Rules of the 2008 orthography for borrowed names: и -> і (ы after ж, ш,
    ч, р, ц), ти/ди -> ці/дзі, ть/дь -> ць/дзь, щ -> шч, у and в after a vowel and before a
    consonant or the end -> ў, doubled consonants written once (Аббас -> Абас), -ский -> -скі
    (Сибига -> Сібіга, Такаити -> Такаіці, Вучич -> Вучыч, Каллас -> Калас)."""
    if set(name.lower()) & set("оеёя") or not name.strip():
        return ""
    out: list[str] = []
    soft = False  # the last letter was т or д softened to ц, дз: и stays і (Такаіці)
    for i, ch in enumerate(name):
        nxt = name[i + 1 : i + 2]
        prev = name[i - 1 : i] if i else ""
        low = ch.lower()
        if low == "и" and prev and prev in _BE_HARD and not soft:
            ch = "ы" if ch.islower() else "Ы"
        elif low in "тд" and nxt.lower() in ("и", "ь", "ю"):
            ch = {"т": "ц", "д": "дз", "Т": "Ц", "Д": "Дз"}[ch]
        elif low in "ув" and prev and prev in _VOWELS and _consonant_or_end(nxt):
            ch = "ў" if ch.islower() else "Ў"
        elif ch.isalpha() and prev == ch and low not in _VOWELS and not ch.isascii():
            continue  # a doubled consonant is written once (not a numeral: Карл III)
        soft = low in "тд" and ch.lower() in ("ц", "дз")
        out.append(ch.translate(_BE_LETTERS))
    words = "".join(out).split(" ")
    return " ".join(w[:-4] + w[-4:-1] if w.endswith(("скій", "цкій")) else w for w in words)


def _consonant_or_end(nxt: str) -> bool:
    return not nxt or (nxt.isalpha() and nxt not in _VOWELS)


def polish_surname(word: str) -> str:
    """The Polish paradigm of a man's surname declined as an adjective: -i (Modi -> Modiego,
    Modim; Sikorski -> Sikorskiego), -y (Nawalny -> Nawalnego), foreign -e (Bukele ->
    Bukelego, Bukelemu), a woman's -ska/-cka (Cichanouska -> Cichanouskiej); "" otherwise."""
    low = word.lower()
    if len(low) < 3 or low[-2:-1] in "aeiouyąęó":
        return ""
    if low.endswith(("ska", "cka")):
        return "sur_ska"
    return {"i": "sur_i", "y": "sur_y", "e": "sur_e"}.get(low[-1], "")


def add_people_forms(builder: Any, allows: Callable[[str, str], bool]) -> dict[str, int]:
    """Belarusian forms of people who have none, from their Russian ones (``belarusian_spelling``,
    through the common-word gate ``allows(lang, text)``), and Polish forms of people whose
    surname declines as an adjective (``polish_surname``: a row with its paradigms). Returns
    how many forms each added."""
    from polyglot_news.glossary.matcher import _paradigm_for, inflection_rules

    added = {"be": 0, "pl": 0, "surnames": 0, "cs": czech_women(builder, allows)}
    rules = inflection_rules()["pl"]
    for entity, rows in list(builder.rows.items()):
        if builder.types.get(entity) != "person":
            continue
        if not any(r[0] == "be" for r in rows):
            for text in [r[1] for r in rows if r[0] == "ru"]:
                spelled = belarusian_spelling(text)
                if spelled and allows("be", spelled):
                    added["be"] += builder.add(entity, "person", "be", spelled, note="from ru")
        added["surnames"] += _surnames_alone(builder, entity, allows)
        for code, text, *_ in list(rows):
            words = form_words(text)
            if code not in ("mul", "pl") or not words or not polish_surname(words[-1]):
                continue
            names = [_paradigm_for(w, rules) for w in words[:-1]] + [polish_surname(words[-1])]
            inflect = " ".join(names)
            if code == "pl":  # the curated Polish row itself takes the paradigms
                rows[:] = [(c, t, k, inflect if (c, t) == (code, text) else i, n)
                           for c, t, k, i, n in rows]  # fmt: skip
                added["pl"] += 1
            elif not any(r[0] == "pl" and r[1] == text for r in rows):
                added["pl"] += builder.add(entity, "person", "pl", text, inflect=inflect)
    return added


def _surnames_alone(builder: Any, entity: str, allows: Callable[[str, str], bool]) -> int:
    """The surname alone in ru, uk, be where the language has only the full name.

    Where the curated English forms give the surname alone (Гоїта, as in Гоїтою: the reviewer
    judged it no common surname or word), through the common-word gate. Otherwise the surname
    of a two-word full name (Ицхак Герцог -> Герцог) counts only with the person's context (a
    title among the three words before it, or the full name in the text: ``builder.person``,
    ``polyglot_news/glossary/people.py``), so Герцог Эдинбургский, the duke, is no president;
    not one another entity holds. How many were added."""
    rows = builder.rows[entity]
    reviewed = any(r[0] == "mul" and len(form_words(r[1])) == 1 for r in rows)
    added = 0
    for lang in ("ru", "uk", "be"):
        names = [r[1] for r in rows if r[0] == lang]
        if not names or any(len(form_words(n)) == 1 for n in names):
            continue
        surname = names[0].split(" ")[-1]
        if len(surname) < 4 or not surname[:1].isupper():
            continue
        if reviewed and allows(lang, surname):
            added += builder.add(entity, "person", lang, surname, note="surname alone")
        elif not reviewed and len(form_words(names[0])) == 2 and "-" not in surname:
            if builder.add(entity, "person", lang, surname, note="surname alone, with a title"):
                builder.person.add((lang, surname))
                added += 1
    return added


@cache
def _female_first_names() -> frozenset[str]:
    """Women's first names, lower case: the US Census 1990 female list (``names``) less the
    male list."""
    import os

    import names

    folder = os.path.dirname(names.__file__)

    def read(name: str) -> dict[str, float]:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            rows = (line.split() for line in handle if line.strip())
            return {row[0].lower(): float(row[1]) for row in rows}

    male = read("dist.male.first")
    # frequent women's names only (0.01% of women or more): the tail holds men's and
    # surnames-like entries (Lai, Min, Karol)
    return frozenset(n for n, f in read("dist.female.first").items() if f >= 0.01 and n not in male)


@cache
def _reviewed_first_names() -> dict[str, bool]:
    """``glossaries/women_first_names.tsv``: lower-case first name -> whether a woman's."""
    from _glossary_builder import table

    return {r["name"]: r["woman"] == "yes" for r in table("women_first_names.tsv")}


def _is_woman(rows: list[tuple[str, str, str, str, str]]) -> bool:
    """Whether a person's shared Latin full name opens with a woman's first name: the
    reviewed table first (Giorgia yes, Patrice no), else the Census list's frequent ones."""
    reviewed = _reviewed_first_names()
    for code, text, *_ in rows:
        if code != "mul" or len(text.split()) < 2:
            continue
        first = text.split()[0].lower()
        if reviewed.get(first, first in _female_first_names()):
            return True
    return False


# lower-case particles that belong to the surname the -ová ending closes (von der Leyenová,
# van der Plasová: ČTK); others (de Kirchner: Kirchnerová) are left before it
_SURNAME_PARTICLES = frozenset({"von", "van", "der", "den"})


def _czech_surname(full: str) -> tuple[str, str]:
    """``(given names, surname)`` of a Latin full name, the particles of _SURNAME_PARTICLES
    kept with the surname (Ursula von der Leyen -> Ursula, von der Leyen)."""
    words = full.split(" ")
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in _SURNAME_PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def czech_women(builder: Any, allows: Callable[[str, str], bool]) -> int:
    """Czech forms of women's foreign surnames with -ová, as the Czech press writes them
    (Maia Sandu -> Sanduová, Claudia Sheinbaum -> Sheinbaumová, Ursula von der Leyen -> von
    der Leyenová, declined as adjectives: Sanduové, Sanduovou), for people whose Latin-script
    full name opens with a woman's first name (``_is_woman``); through the common-word gate.
    How many were added."""
    added = 0
    for entity, rows in list(builder.rows.items()):
        if builder.types.get(entity) != "person" or any(r[0] == "cs" for r in rows):
            continue
        full = [r[1] for r in rows if r[0] == "mul" and " " in r[1] and r[1].isascii()]
        if not full or not _is_woman(rows):
            continue
        head, surname = _czech_surname(full[0])
        last = surname.split(" ")[-1]
        if len(last) < 3 or last.endswith(("á", "ová", "a")):
            continue  # a Slavic -á, -ová or -a surname keeps its own form
        # -o drops before the ending (Svyrydenko -> Svyrydenková, as Tymošenková)
        female = (surname[:-1] if last.endswith("o") else surname) + "ová"
        if allows("cs", female):
            added += builder.add(entity, "person", "cs", female, note="Czech feminine form")
            added += builder.add(entity, "person", "cs", f"{head} {female}")
            if female[:1].islower():  # Von der Leyenová opening a sentence
                added += builder.add(entity, "person", "cs", female[:1].upper() + female[1:])
    return added


_RU_FLEETING = re.compile(r"(.*[^аеёиоуыэюя])[еоё]([^аеёиоуыэюяйь])")
_BE_FLEETING = re.compile(r"(.*[^аеёіоуыэюя])[еоэаё]([^аеёіоуыэюяйьў])")
# Belarusian hard stems before the locative -е (the school grammar's alternations): Егіпце
_BE_LOCATIVE = (("ст", "сц"), ("т", "ц"), ("д", "дз"), ("к", "ц"), ("г", "з"), ("х", "с"))


def add_belarusian_fleeting(builder: Any, allows: Callable[[str, str], bool]) -> int:
    """Belarusian case forms of places whose vowel before the last consonant drops in the
    other cases (Егіпет: Егіпта, Егіпту, Егіптам, у Егіпце), which the ending rules cannot
    give: told by the Russian name's case forms from pymorphy3 (Египет: Египта), through the
    common-word gate. How many forms were added."""
    added = 0
    for entity, rows in list(builder.rows.items()):
        kind = builder.types.get(entity)
        if kind not in ("country", "city", "region"):
            continue
        russian = next((r[1] for r in rows if r[0] == "ru" and r[2] == "1"), "")
        belarusian = next((r[1] for r in rows if r[0] == "be" and r[2] == "1"), "")
        ru, be = _RU_FLEETING.fullmatch(russian), _BE_FLEETING.fullmatch(belarusian)
        if ru is None or be is None or " " in belarusian or "-" in belarusian:
            continue
        short = (ru.group(1) + ru.group(2)).lower()
        if not any(r[0] == "ru" and r[3] == "-" and r[1].lower().startswith(short) for r in rows):
            continue  # Брест, Кипр: no vowel drops
        stem = be.group(1) + be.group(2)
        soft = next((stem[: -len(a)] + b for a, b in _BE_LOCATIVE if stem.endswith(a)), stem)
        for text in (stem + "а", stem + "у", stem + "ам", soft + "е"):
            if allows("be", text):
                added += builder.add(entity, kind, "be", text, inflect="-", note="case form")
    return added
