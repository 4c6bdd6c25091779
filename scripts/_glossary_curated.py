"""Readers of the curated tables: organisations, armed groups, news agencies and people, their
short names, reviewed aliases, place adjectives and headline abbreviations (build time).

Each reader adds rows to a ``_glossary_builder.Builder``. Sources, all in ``glossaries/`` (MIT,
each row with its source and the date it was checked): ``curated.tsv`` and ``leaders.tsv``
(``CURATED_TABLES``), ``curated_languages.tsv`` (the same entities' names in more languages),
``short_names.tsv`` (which part of a name the press uses alone), ``aliases.tsv`` (reviewed
names CLDR lacks), ``adjectives.tsv`` (ru, uk, be place adjectives, kept when pymorphy3 or a
Hunspell dictionary knows them) and ``abbreviations.tsv`` (Korean and Japanese headline
abbreviations: 北, 美, 露). A bad id in a table stops the build with a one-line message.
"""

from __future__ import annotations

import sys

import _glossary_morph as morph
import _glossary_people as people
import _glossary_slavic as slavic
from _glossary_builder import CURATED_TABLES, Builder, table

from polyglot_news.glossary.matcher import form_words
from polyglot_news.glossary.model import form_key

_CURATED_META = ("id", "type", "source", "checked")


def add_curated(builder: Builder) -> dict[str, str]:
    """Curated organisations, armed groups, agencies and people, then their names in more
    languages (``curated_languages.tsv``); English forms are shared by every Latin-script
    language (``mul``: Maduro, Macron, NATO in Italian or Turkish text) except short
    abbreviations (UN, EU, AP are words or other abbreviations elsewhere; G7 and G20 are
    shared). The heads of state and government of every country (``leaders.tsv``) come after
    ``curated.tsv``'s rows; an id given twice, in one table or in both, is an error (the second
    row would become a separate entity ``id-2``)."""
    ids: dict[str, str] = {}
    table_of: dict[str, str] = {}
    for name in CURATED_TABLES:
        for row in table(name):
            if row["id"] in table_of:
                raise SystemExit(
                    f"{name}: {row['id']!r} is already a row of {table_of[row['id']]}; "
                    "extend that row instead"
                )
            table_of[row["id"]] = name
            ids[row["id"]] = _add_curated_row(builder, row)
    story = {e for e in builder.story}
    for row in table("curated_languages.tsv"):
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
    more = {(r["id"], r["lang"]): r["forms"] for r in table("curated_languages.tsv")}
    rows = [row for name in CURATED_TABLES for row in table(name)]
    for row in rows:  # curated.tsv's Arabic names are in curated_languages.tsv
        row["ar"] = row.get("ar") or more.get((row["id"], "ar"), "")
    extra = {r["id"]: r["part"] for r in table("short_names.tsv")}
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
        # a short abbreviation with a digit (G7, G20) is no word nor another body's anywhere
        if not (text.isupper() and len(text) < 4) or any(c.isdigit() for c in text):
            builder.add(entity, row["type"], "mul", text, note="English form, shared")
    return entity


def add_aliases(builder: Builder) -> None:
    """Reviewed aliases CLDR lacks, then headline abbreviations, onto the generated entities."""
    for row in table("aliases.tsv"):
        if row["id"] not in builder.rows:
            raise SystemExit(f"aliases.tsv: no entity {row['id']!r}; fix the id")
        builder.add(row["id"], builder.types[row["id"]], row["lang"], row["form"], note="alias")
    adjectives = table("adjectives.tsv")
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
    for row in table("abbreviations.tsv"):
        if row["id"] not in builder.rows:
            raise SystemExit(f"abbreviations.tsv: no entity {row['id']!r}; fix the id")
        builder.owner[(row["lang"], form_key(row["form"]))] = row["id"]
        builder.rows[row["id"]].append((row["lang"], row["form"], "0", "abbr", "headline"))
