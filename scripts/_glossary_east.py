"""Forms the curated tables and the place data lack in Belarusian, Ukrainian, Polish, Czech and
Japanese, derived by spelling rules from the forms of another language (issue 12, east).

* :func:`belarusian_candidates` - a place's or person's Belarusian spelling from its Russian one
  by the 2008 orthography's rules for borrowed names; Belarusian writes unstressed о as а
  (akanye) and the stress is not in the Russian spelling, so every stress the word allows gives
  one candidate (Харьков -> Харкаў, Харкоў; Орбан -> Орбан, Арбан). A wrong candidate names
  nothing in real text; every candidate passes the common-word gate.
* :func:`ukrainian_candidates` - a foreign place's or person's Ukrainian spelling from its Russian
  one (і for и but after the "rule of nine" consonants before a consonant, є, ї, ьо; Сиань ->
  Сіань, Мешхед -> Мешхед, Ереван -> Єреван).
* :func:`latin_transcriptions` - the Polish and Czech transcriptions of a person whose English
  name is a romanisation of the Russian or Ukrainian one (Токаев, Tokayev -> Tokajew, Tokajev;
  Кобахидзе -> Kobachidze; Свириденко -> Swyrydenko, Svyrydenko), as PAP and ČTK write them.
* :func:`regions_after_cities` - regions named after their capital city in Russian, Japanese,
  Chinese and Korean (Мурманская область, ハルキウ州, 테르노필주);
* Japanese katakana names without an inner long-vowel mark, and the Chinese, Japanese and Korean
  people and place checks of ``scripts/_glossary_east_cjk.py``.

Build time only: the rows go to ``world/<lang>.tsv`` with a note naming the rule.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from itertools import product
from typing import Any

from _glossary_east_cjk import japanese_without_long_vowels, korean_words_abroad
from _glossary_japan import add_japanese_names
from _glossary_morph import adjective_paradigms
from _glossary_people import drop_titled_forms
from _glossary_pinyin import add_chinese_names
from _glossary_westslavic import add_adjectives

Allows = Callable[[str, str], bool]
_MAX_CANDIDATES = 6  # per name: enough for a stress in each of three words

# -- Belarusian ------------------------------------------------------------------------------

_BE_VOWELS = "аеёиоуыэюяі"
_BE_HARD = "жшчрц"  # always hard in Belarusian: ы, э, о, у, а follow them
_BE_HARDENED = {"и": "ы", "е": "э", "ё": "о", "ю": "у", "я": "а"}
_BE_LETTERS = {"и": "і", "щ": "шч", "ъ": "’"}
_BE_WORDS = {  # kind words of Russian region names
    "область": "вобласць", "район": "раён", "республика": "рэспубліка", "край": "край",
    "округ": "акруга", "автономная": "аўтаномная", "автономный": "аўтаномны",
    "провинция": "правінцыя", "штат": "штат", "остров": "востраў", "острова": "астравы",
}  # fmt: skip


def belarusian_candidates(name: str) -> list[str]:
    """Belarusian spellings of a borrowed name written in Russian, most likely first; [] when
    the name holds letters no rule covers (Latin script, digits)."""
    words = name.split(" ")
    if not name.strip() or not all(re.fullmatch(r"[А-Яа-яЁё\-’']+", w) for w in words):
        return []
    options = [_be_word(w) for w in words]
    out: list[str] = []
    for combo in product(*options):
        text = " ".join(combo)
        if text not in out:
            out.append(text)
        if len(out) >= _MAX_CANDIDATES:
            break
    return out


def _be_word(word: str) -> list[str]:
    if word.lower() in _BE_WORDS:
        kind = _BE_WORDS[word.lower()]
        return [kind.capitalize() if word[:1].isupper() else kind]
    parts = word.split("-")
    options = [[re.sub("^Йо", "Ё", re.sub("^йо", "ё", o)) for o in _be_part(p)] for p in parts]
    found = ["-".join(c) for c in product(*options)]  # Нью-Ёрк, Ёханесбург
    # the press also writes э after any consonant of a borrowed name (Ёханэсбург)
    hard = re.sub(r"(?<=[бвгзклмнпрсфх])е", "э", found[0]) if found else ""
    return (found + ([hard] if hard and hard not in found else []))[:_MAX_CANDIDATES]


def _be_part(word: str) -> list[str]:
    """One hyphen-free word: its letters respelled, then one candidate per possible stress
    (an adjective's ending -ская, -скае, -скі is never stressed in place names)."""
    if not word:
        return [word]
    letters, ending = _be_letters(word), ""
    for old, new in (("кий", "кі"), ("кое", "кае"), ("кой", "кай"), ("кая", "кая")):
        if letters.endswith(old) and letters[-len(old) - 1 : -len(old)] in ("с", "ц"):
            letters, ending = letters[: -len(old)], new
    vowels = [i for i, ch in enumerate(letters) if ch.lower() in _BE_VOWELS]
    if "ё" in letters.lower() or (len(vowels) <= 1 and not ending):
        return [_akanye(letters, None if "ё" in letters.lower() else -1) + ending]
    found: list[str] = []
    o_positions = [i for i in vowels if letters[i].lower() == "о"]
    for keep in [*reversed(o_positions), None]:  # a stressed о, else all as а
        spelled = _akanye(letters, keep) + ending
        if spelled not in found:
            found.append(spelled)
    if word.endswith("ья"):  # Анталья -> Анталія
        found += [f[:-2] + "ія" for f in found]
    return found


def _akanye(letters: str, keep: int | None) -> str:
    """Every о but the one at ``keep`` (-1: all kept) written а."""
    chars = list(letters)
    for i, ch in enumerate(chars):
        if ch.lower() == "о" and keep != -1 and i != keep:
            chars[i] = "а" if ch.islower() else "А"
    return "".join(chars)


def _be_letters(word: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(word):
        low, prev = ch.lower(), (out[-1][-1].lower() if out else "")
        before = word[i - 1].lower() if i else ""  # the Russian letter: Путин -> Пуцін
        nxt = word[i + 1 : i + 2].lower()
        new = low
        if low in _BE_HARDENED and before and before in _BE_HARD:
            new = _BE_HARDENED[low]
        elif low == "ь" and prev and prev in _BE_HARD:
            continue  # Харьков -> Харкаў: р is hard
        elif low in "тд" and nxt in ("и", "ь", "ю", "я"):
            new = "ц" if low == "т" else "дз"  # Пуцін; but тэ, дэ, тё in borrowed names
        elif low == "е" and before and before in "тд":
            new = "э"
        elif (
            low in "ув"
            and prev
            and prev in _BE_VOWELS
            and (not nxt or nxt not in _BE_VOWELS + "ь'’")
        ):
            new = "ў"
        elif low.isalpha() and prev == low and low not in _BE_VOWELS:
            continue  # a doubled consonant is written once (Аббас -> Абас)
        new = _BE_LETTERS.get(new, new)
        out.append(new.capitalize() if ch.isupper() else new)
    return "".join(out)


# -- Ukrainian -------------------------------------------------------------------------------

_UK_NINE = "дтзсцжчшр"  # "rule of nine": и after these before a consonant (Мадрид, Чилі)
_RU_VOWELS = "аеёиоуыэюя"


def ukrainian_candidates(name: str) -> list[str]:
    """Ukrainian spellings of a foreign name written in Russian, most likely first (the rule of
    nine; then і everywhere; a leading Х also as Г, as Ukrainian writes an English h)."""
    if not name.strip() or not re.fullmatch(r"[А-Яа-яЁё\-’' «»]+", name):
        return []
    first = _uk_letters(name, nine=True)
    out = [first]
    for other in (_uk_letters(name, nine=False),):
        if other not in out:
            out.append(other)
    out += [t[:-2] + "ія" for t in out if t.endswith("ья")]  # Анталья -> Анталія
    for text in list(out):
        hard = re.sub(r"(^|[ \-])Х", r"\1Г", text)
        if hard != text and hard not in out:
            out.append(hard)
    return out[:_MAX_CANDIDATES]


def _uk_letters(name: str, nine: bool) -> str:
    out: list[str] = []
    for i, ch in enumerate(name):
        low = ch.lower()
        prev = name[i - 1].lower() if i else ""
        nxt = name[i + 1 : i + 2].lower()
        start = not prev or not prev.isalpha() or prev in _RU_VOWELS or prev in "ьъ"
        if low == "и":
            consonant_next = bool(nxt) and nxt.isalpha() and nxt not in _RU_VOWELS + "йь"
            new = "и" if nine and prev and prev in _UK_NINE and consonant_next else "і"
            if prev and prev in _RU_VOWELS:
                new = "ї"
        elif low == "ы":
            new = "и"
        elif low == "э":
            new = "е"
        elif low == "е":
            new = "є" if start else "е"
        elif low == "ё":
            new = "йо" if start else ("о" if prev in "жчшщ" else "ьо")
        elif low == "ъ":
            new = "’"
        else:
            new = low
        out.append(new.capitalize() if ch.isupper() else new)
    text = "".join(out)  # -ский -> -ський, -ская -> -ська, -ское -> -ське
    for old, new in (("кій", "ький"), ("кая", "ька"), ("кое", "ьке")):
        text = re.sub(rf"(?<=[сц]){old}\b", new, text)
    return text


# -- Polish and Czech transcriptions of Cyrillic names ---------------------------------------

_EN_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_EN_UK = {**_EN_RU, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "ю": "iu",
          "я": "ia", "й": "i"}  # fmt: skip


def _skeleton(text: str) -> str:
    """Letters of a romanisation with the ones romanisations disagree on left out (y, i, j,
    apostrophes, h after k, z, s, c), for telling whether an English name came from Cyrillic."""
    low = unicodedata.normalize("NFKD", text.lower())
    low = "".join(c for c in low if c.isalpha() and c.isascii())
    return re.sub(r"[yij]|(?<=[kzsc])h", "", low)


def romanised_from(english: str, cyrillic: str, lang: str) -> bool:
    """Whether the English surname is a romanisation of the Cyrillic one (ru or uk rules)."""
    table = _EN_UK if lang == "uk" else _EN_RU
    roman = "".join(table.get(c, c) for c in cyrillic.lower())
    return len(_skeleton(english)) >= 3 and _skeleton(english) == _skeleton(roman)


def _transcribe(name: str, lang: str, source: str) -> str:
    """``name`` (Russian or Ukrainian, ``source``) in Polish (``lang`` pl) or Czech (cs)."""
    out: list[str] = []
    for i, ch in enumerate(name):
        low = ch.lower()
        prev = name[i - 1].lower() if i else ""
        nxt = name[i + 1 : i + 2].lower()
        new = _letter(low, prev, nxt, lang, source)
        out.append(new[:1].upper() + new[1:] if ch.isupper() else new)
    text = "".join(out)
    if lang == "pl":  # -ский, -ський -> -ski
        text = re.sub(r"sk[iy]j\b", "ski", text)
    else:
        text = re.sub(r"sk[iy]j\b", "skyj" if source == "uk" else "skij", text)
    return text


_PL = {"в": "w", "ж": "ż", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ы": "y",
       "й": "j", "э": "e", "ъ": "", "ї": "ji", "і": "i", "ґ": "g"}  # fmt: skip
_CS = {"в": "v", "ж": "ž", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ы": "y",
       "й": "j", "э": "e", "ъ": "", "ї": "ji", "і": "i", "ґ": "g"}  # fmt: skip
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a", "є": "e"}


def _letter(low: str, prev: str, nxt: str, lang: str, source: str) -> str:
    vowels = "аеёиоуыэюяіїє"
    after_vowel = not prev or not prev.isalpha() or prev in vowels or prev in "ьъ'’"
    if low in _IOTATED and not (low == "е" and source == "uk"):
        if after_vowel:
            return "j" + _IOTATED[low]
        if prev and prev in "жчшщц":
            return _IOTATED[low]
        if lang == "pl":
            return ("" if prev == "л" else "i") + _IOTATED[low]
        return ("" if low == "е" else "j") + _IOTATED[low]  # Czech: Lavrov, Medveděv left aside
    if low == "г":
        return "h" if source == "uk" else "g"
    if low == "и":
        return "y" if source == "uk" or (lang == "pl" and prev and prev in "жшц") else "i"
    if low == "л" and lang == "pl":
        soft = "ёиюяьієї" if source == "uk" else "еёиюяьієї"
        return "l" if nxt and nxt in soft else "ł"
    if low == "ь":
        return "i" if lang == "pl" and nxt and nxt in "ео" else ""
    table = _PL if lang == "pl" else _CS
    return table.get(low, _EN_RU.get(low, low))


# where people are named in Cyrillic or by way of Russian (the curated rows' roles, "president
# of Kazakhstan"): Petr Pavel's Russian Петр Павел romanises back, but is no transcription
_CYRILLIC_NAMED = (
    "Russia", "Ukrain", "Belarus", "Kazakh", "Kyrgyz", "Tajik", "Uzbek", "Turkmen", "Georgia",
    "Armenia", "Azerbaijan", "Mongolia", "Kremlin", "Moldova", "Transnistria", "Abkhazia",
    "Bulgaria",
)  # fmt: skip


def latin_transcriptions(rows: list[tuple[str, str, str, str, str]]) -> Iterator[tuple[str, str]]:
    """``(lang, form)`` in pl and cs for a person of a country of ``_CYRILLIC_NAMED`` whose
    shared English name romanises the Russian (or Ukrainian) one; the full name and the
    surname alone. Nothing for a language that has a row of its own."""
    english = [t for code, t, *_ in rows if code == "mul" and " " in t]
    # the roles name the country; "Belarusian press usage" is a source, not a role (Milei)
    notes = re.sub(r"\w+ press usage", "", " ".join(r[4] for r in rows))
    if not english or not any(country in notes for country in _CYRILLIC_NAMED):
        return
    surname = english[0].split(" ")[-1]
    for source in ("uk", "ru"):
        names = [t for code, t, *_ in rows if code == source]
        if not names or not romanised_from(surname, names[0].split(" ")[-1], source):
            continue
        for lang in ("pl", "cs"):
            if any(code == lang for code, *_ in rows):
                continue
            for name in names:
                text = _transcribe(name, lang, source)
                yield lang, text
                if lang == "pl" and source == "ru":  # Pieskow, but Kobachidze (Georgian)
                    plain = re.sub(r"(?<=[bdfkmnprstvwzł])ie", "e", text)
                    if plain != text:
                        yield lang, plain
        return


# -- regions named after their capital --------------------------------------------------------

_UK_KINDS = {"область": ("область", "f"), "край": ("край", "m"),
             "автономний округ": ("автономный округ", "m"),
             "автономна область": ("автономная область", "f")}  # fmt: skip


def _named_after_cities(builder: Any) -> dict[str, tuple[str, str]]:
    """Regions whose Ukrainian name is "<adjective> область" (край, автономний округ) with
    the Ukrainian adjective of a city: region id -> (city id, the Ukrainian kind words)."""
    by_adjective: dict[str, str] = {}
    for entity, rows in builder.rows.items():
        if builder.types.get(entity) == "city":
            for r in rows:
                if r[0] == "uk" and r[3].endswith("adj"):
                    by_adjective.setdefault(r[1].lower(), entity)
    found = {}
    for entity, rows in builder.rows.items():
        if builder.types.get(entity) != "region":
            continue
        for text in [r[1] for r in rows if r[0] == "uk"][:1]:
            adjective, _, kind = text.partition(" ")
            city = by_adjective.get(re.sub(r"(?<=[сц])ька$", "ький", adjective.lower()))
            if kind in _UK_KINDS and city:
                found[entity] = (city, kind)
    return found


_CJK_REGION = {"ja": "州", "zh": "州", "ko": "주"}  # Yonhap, NHK, Xinhua: ハルキウ州, 하르키우주


def regions_after_cities(builder: Any, allows: Allows) -> int:
    """Forms of regions named after their capital (Мурманська область, Murmansk): in Russian
    the city's Russian adjective with the kind (Мурманская область; Миколаївська область ->
    Николаевская область), where Russian has none; in Japanese, Chinese and Korean the city's
    name with 州 or 주 (ムルマンスク州, 테르노필주), where the language has none. How many were
    added."""
    added = 0
    for entity, (city, kind) in _named_after_cities(builder).items():
        rows, city_rows = builder.rows[entity], builder.rows[city]
        if not any(r[0] == "ru" for r in rows):
            for russian in [r[1] for r in city_rows if r[0] == "ru" and r[3].endswith("adj")][:1]:
                kind_ru, gender = _UK_KINDS[kind]
                if gender == "f":
                    russian = re.sub(r"(ий|ый|ой)$", "ая", russian)
                form = f"{russian.capitalize()} {kind_ru}"
                if allows("ru", form):
                    added += builder.add(entity, "region", "ru", form, note="from its city")
        for lang, suffix in _CJK_REGION.items():
            if kind != "область" or any(r[0] == lang for r in rows):
                continue
            for name in [r[1] for r in city_rows if r[0] == lang and len(r[1]) >= 2]:
                added += builder.add(entity, "region", lang, name + suffix, note="from its city")
    return added


def _has_own(rows: list[tuple[str, str, str, str, str]], lang: str) -> bool:
    """Whether ``lang`` has a form of its own: for Belarusian, a reviewed one (curated, with a
    source) or one spelled by Belarusian letters (ў, і, ы, э, '); GeoNames gives Belarusian
    the Russian or Ukrainian spellings of many cities (Харков, Харків for Kharkiv)."""
    if lang != "be":
        return True
    return any(
        r[0] == "be" and not r[3].endswith("adj") and (r[4] or re.search("[ўэы’']", r[1].lower()))
        for r in rows
    )


# -- the hook --------------------------------------------------------------------------------

_KINDS = ("city", "region", "person", "country")


_BODIES = ("organisation", "armed-group")


def _belarusian_bodies(
    builder: Any, entity: str, rows: list[tuple[str, str, str, str, str]], allows: Allows
) -> int:
    """The Belarusian spellings of a body's one-word Russian names (Кремль -> Крэмль, Кнессет
    -> Кнэсэт, Моссад -> Масад; issue-12-adjs) where no Belarusian row names it: a name of
    several words holds common words, which respelling does not translate, and an
    abbreviation abbreviates Russian words."""
    if any(r[0] == "be" for r in rows):
        return 0
    russian = [
        r[1]
        for r in rows
        if r[0] == "ru" and " " not in r[1] and sum(ch.isupper() for ch in r[1]) < 2
    ]  # no abbreviation: ЛАГ, МУС abbreviate Russian words (Belarusian: ЛАД, МКС)
    kind = builder.types[entity]
    return sum(
        builder.add(entity, kind, "be", text, note="from ru")
        for name in russian
        for text in belarusian_candidates(name)
        if allows("be", text)
    )


def add_east_forms(builder: Any, allows: Allows) -> dict[str, int]:
    """Add the derived forms to ``builder`` (the world glossary's Builder) for entities lacking
    a language, each through ``allows(lang, text)`` (the common-word gate); counts per kind."""
    added = {
        "regions": regions_after_cities(builder, allows),
        "be": 0,
        "uk": 0,
        "pl": 0,
        "cs": 0,
        "ja": 0,
    }
    add_adjectives(builder)
    add_japanese_names(builder, allows)
    add_chinese_names(builder, allows)  # before the Ukrainian and Belarusian ones from ru
    for entity, rows in list(builder.rows.items()):
        kind = builder.types.get(entity)
        if kind in _BODIES:
            added["be"] += _belarusian_bodies(builder, entity, rows, allows)
            continue
        if kind not in _KINDS:
            continue
        # citation forms only: a Russian case form respelled is no Belarusian or Ukrainian one
        # (Люблином, of Moscow's Lyublino, would be Lublin's Любліном)
        russian = [
            r[1]
            for r in rows
            if r[0] == "ru" and not r[3].endswith("adj") and not r[4].startswith("case form")
        ]
        for lang, derive in (("be", belarusian_candidates), ("uk", ukrainian_candidates)):
            if kind == "country":
                continue
            names = russian
            if any(r[0] == lang for r in rows) and _has_own(rows, lang):
                # a reviewed uk Стере beside the Ukrainian press's Стьоре (Russian Стёре)
                names = [n for n in russian if kind == "person" and lang == "uk" and "ё" in n]
            for name in names:
                for text in derive(name):
                    if allows(lang, text):
                        added[lang] += builder.add(entity, kind, lang, text, note="from ru")
        if kind == "person":
            for lang, text in list(latin_transcriptions(rows)):
                if allows(lang, text):
                    added[lang] += builder.add(entity, kind, lang, text, note="transcribed")
        for text in [r[1] for r in rows if r[0] == "ja" and not r[3].endswith("adj")]:
            bare = japanese_without_long_vowels(text)
            if bare and allows("ja", bare):
                added["ja"] += builder.add(entity, kind, "ja", bare, note="without ー")
    added["titled"] = drop_titled_forms(builder)  # dropped: Папа Лев XIV beside Лев XIV
    added["uk adjectives"] = adjective_paradigms(builder)
    added["ko words"] = len(korean_words_abroad(builder))
    print(
        "derived forms (scripts/_glossary_east.py): "
        + ", ".join(f"{lang} {n}" for lang, n in added.items()),
        file=sys.stderr,
    )
    return added
