"""Korean names of cities and regions that CLDR, GeoNames and ISO 3166-2 leave without one,
transcribed from their Latin press spelling (issue 12, east12).

The Korean press writes a foreign place by its sound under the National Institute of Korean
Language's loanword rules (국립국어원 외래어 표기법): each vowel a syllable, a consonant with
no vowel after it a syllable with ㅡ (Tabuk 타부크, Izmir 이즈미르), n m ng closing the
syllable before (Kirkuk 키르쿠크, Culiacán 쿨리아칸), l closing it and doubled between vowels
(Salalah 살랄라, Karbala 카르발라), sh and ch before i (Marrakesh 마라케시); a region's name
with 주 (Hatay 하타이주) is matched through the particle table. Spanish names take Spanish
letters (Jalisco 할리스코, Sevilla 세비야), Turkish and Portuguese ones theirs (Cizre 지즈레,
Pernambuco 페르남부쿠). Only places of countries whose Latin spelling is near its sound are
transcribed: not English, French or German names (Detroit is 디트로이트), nor Chinese,
Japanese and Korean ones (their own rules: scripts/_glossary_pinyin.py,
scripts/_glossary_japan.py), nor Russian, Ukrainian and Belarusian ones (romanised from
Cyrillic). A candidate that is a Korean word (the common-word gate, hunspell-ko) is left out;
one of two syllables counts only with context (common_forms.tsv). The build prints how many
of the Korean names CLDR and GeoNames give the rules spell alike. Build time only.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

Allows = Callable[[str, str], bool]

_CHO = {"g": 0, "n": 2, "d": 3, "r": 5, "m": 6, "b": 7, "s": 9, "": 11, "j": 12, "ch": 14,
        "k": 15, "t": 16, "p": 17, "h": 18}  # fmt: skip
_JUNG = {"a": 0, "ya": 2, "e": 5, "ye": 7, "o": 8, "wa": 9, "yo": 12, "u": 13, "wo": 14,
         "we": 15, "wi": 16, "yu": 17, "eu": 18, "i": 20}  # fmt: skip
_JONG = {"": 0, "n": 4, "l": 8, "m": 16, "ng": 21}
# letters to Korean initials; x is k + s
_CONS = {"b": "b", "c": "k", "k": "k", "q": "k", "d": "d", "f": "p", "g": "g", "h": "h",
         "j": "j", "l": "r", "m": "m", "n": "n", "p": "p", "r": "r", "s": "s", "t": "t",
         "v": "b", "z": "j", "sh": "sh", "ch": "ch", "ts": "ch", "tz": "ch", "zh": "j",
         "kh": "h", "gh": "g", "ph": "p", "th": "t", "dh": "d", "dj": "j"}  # fmt: skip
_TOKEN = re.compile(r"sh|ch|ts|tz|zh|kh|gh|ph|th|dh|dj|[bcdfghjklmnpqrstvwxyz]|[aeiou]|[^a-z]")
_LONG = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("aa", "a"), ("ii", "i"), ("uu", "u"))
_Y = {"a": "ya", "e": "ye", "o": "yo", "u": "yu", "i": "i"}
_W = {"a": "wa", "e": "we", "o": "wo", "u": "u", "i": "wi"}

# Spanish-speaking countries (Spanish letters), and the countries whose places are not
# transcribed (English, French, German, Chinese, Japanese, Korean and East Slavic spellings)
_SPANISH = frozenset("AR BO CL CO CR CU DO EC ES GT HN MX NI PA PE PR PY SV UY VE".split())
_SKIPPED = frozenset(
    "US GB CA AU NZ IE FR BE CH DE AT LU LI MC CN TW HK MO JP KR KP RU UA BY".split()
)
_PORTUGUESE = frozenset("BR PT AO MZ".split())


def _prep(name: str, country: str) -> str:
    text = name.lower()
    if country == "TR":  # Turkish c and ç: Cizre 지즈레, Çanakkale 차나칼레
        text = text.replace("c", "j").replace("ç", "ch")
    text = text.replace("ñ", "ny").replace("ç", "s").replace("ş", "sh").replace("ı", "i")
    text = text.replace("ğ", "").replace("ß", "ss")
    text = re.sub("['’ʻʼ`]", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    if country in _SPANISH:  # Jalisco 할리스코, Sevilla 세비야, Cádiz 카디스, Guerrero 게레로
        text = re.sub(r"\bh", "", text).replace("ll", "y").replace("j", "h").replace("z", "s")
        text = re.sub(r"g(?=[ei])", "h", text)
        text = re.sub(r"(?<=[gq])u(?=[ei])", "", text).replace("q", "k")
    if country in _PORTUGUESE:  # Pernambuco 페르남부쿠, Rio Grande do Sul 히우그란지두술
        text = re.sub(r"o\b", "u", text)
    text = re.sub(r"c(?=[ei])", "s", text)
    text = re.sub(r"([bcdfgklmnprstvz])\1", r"\1", text)
    for old, new in _LONG:
        text = text.replace(old, new)
    text = re.sub(r"(?<=[bcdfgjklmnpqrstvxz])y(?![aeiou])", "i", text)  # Tyre, Kyrenia
    return re.sub(r"(?<=[aeiou])h\b", "", text)  # Salalah, Nasiriyah: no final h


def _syllables(word: str, palatal: bool = False) -> list[list[str]]:
    """[initial, vowel, final] per syllable of one prepared word; ``palatal``: a consonant
    before y and a vowel takes the iotated vowel (Cyrillic ля, вя: Бердянськ 베르댠스크)."""
    toks = [t for t in _TOKEN.findall(word.replace("x", "ks")) if t.isalpha()]
    out: list[list[str]] = []
    i = 0
    while i < len(toks):
        tok, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
        vowel_next = nxt in ("a", "e", "i", "o", "u")
        if tok in ("a", "e", "i", "o", "u"):
            out.append(["", tok, ""])
        elif tok in ("y", "w"):
            if vowel_next:
                out.append(["", (_Y if tok == "y" else _W)[nxt], ""])
                i += 1
            else:  # Taiz is a-i, Zayd is a-i-d
                out.append(["", "i" if tok == "y" else "u", ""])
        elif palatal and nxt == "y" and toks[i + 2 : i + 3] in (["a"], ["e"], ["o"], ["u"]):
            if tok == "l" and out and not out[-1][2]:
                out[-1][2] = "l"
            out.append([_CONS[tok] if _CONS[tok] in _CHO else "s", _Y[toks[i + 2]], ""])
            i += 2
        elif vowel_next:
            cons, vowel = _CONS[tok], nxt
            if cons == "sh":
                cons, vowel = "s", _Y[nxt]
            if tok == "l" and out and not out[-1][2]:
                out[-1][2] = "l"  # Salalah 살랄라: l between vowels is doubled
            out.append([cons, vowel, ""])
            i += 1
        else:
            _coda(out, tok, nxt)
        i += 1
    return out


def _coda(out: list[list[str]], tok: str, nxt: str) -> None:
    """A consonant with no vowel after it: closing the syllable before, or one with ㅡ."""
    open_before = bool(out) and not out[-1][2]
    if tok == "n" and nxt == "g" and open_before:
        out[-1][2] = "ng"
        out.append(["", "", "skip"])  # the g is spent (Haiphong 하이퐁)
    elif tok in ("n", "m", "l") and open_before:
        out[-1][2] = tok
    elif tok == "g" and out and out[-1][1:] == ["", "skip"]:
        return
    elif tok == "sh":
        out.append(["s", "i", ""])
    elif tok == "ch":
        out.append(["ch", "i", ""])
    else:
        out.append([_CONS[tok] if _CONS[tok] in _CHO else "", "eu", ""])


def korean(name: str, country: str = "") -> str:
    """The Korean transcription of a place's Latin name, its words written together
    (Culiacán -> 쿨리아칸, Khan Yunis -> 칸유니스), or of its Ukrainian or Russian name
    (Львів -> 르비우, Могилёв -> 모길료프); "" for a name with no letters."""
    cyrillic = bool(re.search("[а-яёіїєґ]", name.lower()))
    text = _latin_of_cyrillic(name, country == "UA") if cyrillic else _prep(name, country)
    out = []
    for word in re.split(r"[\s\-]+", text):
        for cho, jung, jong in _syllables(word, palatal=cyrillic):
            if jong == "skip" or not jung:
                continue
            out.append(chr(0xAC00 + (_CHO[cho] * 21 + _JUNG[jung]) * 28 + _JONG[jong]))
    return "".join(out)


# Cyrillic letters in the Latin letters _syllables reads; е, я, ю, ё, є, ї iotated at a word's
# start and after a vowel, ь and the apostrophe, plain after a consonant (Russian е: e)
_CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "o",
        "є": "e", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "y", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
        "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a"}  # fmt: skip
_IOTATED = "еёєїюя"
_CYR_VOWELS = "аеёєиіїоуыэюя"


def _latin_of_cyrillic(name: str, ukrainian: bool) -> str:
    """A Ukrainian (г is h, в closing a syllable is u: Харків 하르키우) or Russian (в closing
    a syllable is f: Ростов 로스토프) name in the Latin letters the rules read."""
    low = re.sub(r"([бвгджзкпстфхцчш])\1", r"\1", name.lower())  # Запоріжжя 자포리자
    low = low.replace("’", "'").replace("ʼ", "'").replace("бург", "бурк")
    out = []
    for k, ch in enumerate(low):
        before, after = low[k - 1 : k], low[k + 1 : k + 2].replace("'", low[k + 2 : k + 3])
        latin = _CYR.get(ch, ch if ch in " -" else "")
        if ch == "г" and ukrainian:
            latin = "h"
        elif ch == "в" and (not after or after not in _CYR_VOWELS):
            latin = "w" if ukrainian else "f"
        elif ch == "й" and before in "иіы" and (not after or after in " -"):
            latin = ""  # Хмельницький 흐멜니츠키, Кривий Ріг 크리비리흐
        elif ch == "ж" and not after and not ukrainian:
            latin = "sh"  # Воронеж 보로네시
        elif ch in _IOTATED and (not before or before in _CYR_VOWELS + "ьъ' -"):
            latin = "y" + ("i" if ch == "ї" else latin)
        elif ch in _IOTATED and ch not in "еє" and before not in "жчшщц":
            latin = "y" + latin  # ля, вя, ню: the consonant before an iotated vowel
        out.append(latin)
    return "".join(out)


_CYRILLIC_COUNTRIES = {"UA": "uk", "RU": "ru", "BY": "ru"}  # Yonhap: Ukrainian-based since 2022


def candidates(place: Any) -> list[str]:
    """Korean candidates for a place: its English name transcribed, without the Arabic
    article as well (Al Mukalla -> 무칼라, 알무칼라); in Ukraine, Russia and Belarus a city's
    Ukrainian or Russian names (Львів -> 르비우). A region's name with 주 (하타이주) is
    matched through the particle table."""
    lang = _CYRILLIC_COUNTRIES.get(place.country)
    if lang:  # not GeoNames' old names (Лтава, Львов): the one its English name romanises
        sources = [n for n in place.names.get(lang, []) if place.type == "city" and (
            (lang, n) in place.reviewed or _romanises(place.english, n, lang))][:2]  # fmt: skip
    else:
        bare = re.sub(r"^(?:al|el|ad|ar|as|ash|az|an|at)[\s\-]", "", place.english, flags=re.I)
        sources = [bare, place.english]
    names = []
    for name in sources:
        text = korean(name, place.country)
        if len(text) >= 2 and text not in names:
            names.append(text)
    return names


def _romanises(english: str, name: str, lang: str) -> bool:
    """Whether the English name is a romanisation of the Cyrillic one (Lviv: Львів)."""
    from _glossary_east import romanised_from

    return romanised_from(english, name, lang) or romanised_from(
        english, name.replace("ё", "е"), lang
    )


# a Ukrainian or Russian region named by its capital's adjective (Львівська область)
_ADJECTIVE = re.compile(r"^(\S+) (?:область)$")
_ADJECTIVE_ENDS = ("ська", "цька", "зька", "ька", "ская", "цкая", "кая")
_CITY_ENDS = re.compile("(?:ький|ий|ій|ськ|цьк|ск|цк|[аяиіоеь])$")


def _regions_by_city(places: list[Any]) -> dict[str, Any]:
    """Region key -> the city of its country whose name its adjective is built on
    (Львівська область -> Львів, Вінницька -> Вінниця, Курская -> Курск)."""
    stems: dict[tuple[str, str], Any] = {}
    for city in places:
        lang = _CYRILLIC_COUNTRIES.get(city.country)
        if city.type != "city" or not lang:
            continue
        for name in city.names.get(lang, []):
            low = name.lower()
            for stem in {low, _CITY_ENDS.sub("", low)}:
                stems.setdefault((city.country, stem), city)
    found = {}
    for region in places:
        lang = _CYRILLIC_COUNTRIES.get(region.country)
        if region.type != "region" or not lang:
            continue
        for name in region.names.get(lang, [])[:1]:
            match = _ADJECTIVE.match(name.lower())
            adjective = match[1] if match else ""
            for end in _ADJECTIVE_ENDS if adjective else ():
                city = stems.get((region.country, adjective.removesuffix(end)))
                if adjective.endswith(end) and city is not None:
                    found[region.key] = city
                    break
    return found


def add_korean_names(builder: Any, places: Iterable[Any], allows: Allows) -> int:
    """Add Korean candidates for the cities and regions of ``places`` that have no Korean
    form (a Ukrainian city's also beside one: the press spells them from Ukrainian since 2022,
    르비우 beside 리비우; a Belarusian one from Russian where its English name romanises it),
    and to a Ukrainian or Russian region named by its capital the city's candidates with 주
    (르비우주), through ``allows("ko", text)`` and hunspell-ko; how many forms were added."""
    from _glossary_places import korean_words

    places = list(places)
    by_city = _regions_by_city(places)
    found: dict[str, tuple[str, list[str]]] = {}
    known = right = 0  # places with a Korean name of their own, and those a candidate spells
    for place in places:
        entity = builder.place_ids.get(place.key)
        cyrillic = place.country in _CYRILLIC_COUNTRIES
        if not entity or place.type not in ("city", "region"):
            continue
        if place.country in _SKIPPED and not cyrillic:
            continue
        rows = builder.rows.get(entity, [])
        own = {r[1].replace(" ", "") for r in rows if r[0] == "ko" and not r[4]}
        names = candidates(place)
        if place.key in by_city:
            names = [n + "주" for n in candidates(by_city[place.key])]
        if own:
            known += 1
            right += bool(own.intersection(names))
        has_ko = any(r[0] == "ko" for r in rows) and place.country not in ("UA", "BY")
        if entity in found or not rows or has_ko:
            continue  # no rows: a place whose every name another holds (Ankara province)
        found[entity] = (place.type, names)
    words = korean_words(t for _, names in found.values() for t in names if len(t) <= 3)
    added = 0
    for entity, (kind, names) in found.items():
        for text in names:
            if text in words or not allows("ko", text):
                continue
            if builder.add(entity, kind, "ko", text, note="transcribed (loanword rules)"):
                added += 1
                if len(text) == 2:
                    builder.common.add(("ko", text))  # 기자 Giza: with context only
    print(
        f"Korean names transcribed (scripts/_glossary_korean.py): {added}; the rules spell"
        f" {right} of {known} Korean names from CLDR and GeoNames",
        file=sys.stderr,
    )
    return added
