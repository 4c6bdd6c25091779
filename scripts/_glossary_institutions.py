"""Institutions whose capitalised name opening a sentence is the name (build time).

``glossaries/institutions.tsv`` and ``glossaries/newsmakers.tsv`` are curated tables read like
``curated.tsv`` (``_glossary_builder.CURATED_TABLES``). Some institutions are spelled like a
lower-case word of the language (Russian кремль, a town's citadel; English pentagon), so the
build lists them in ``common_forms.tsv``; ``glossaries/name_first.tsv`` names those whose
sentence-initial capitalised form is the institution in news text ("Кремль заявил",
"Pentagon confirms"): their one-word forms are marked ``initial=name`` in ``common_forms.tsv``
like the prominent places' (no context needed; ``polyglot_news.glossary.initial`` still reads a
coordination such as "Pentagon and hexagon" as the word). A bad id stops the build with a
one-line message. Source: the reviewed table (MIT).
"""

from __future__ import annotations

from typing import Any

from _glossary_builder import table

from polyglot_news.glossary.matcher import _norm, form_words


def name_first(builder: Any) -> set[str]:
    """Entity ids of ``glossaries/name_first.tsv``, checked to exist in ``builder``."""
    ids = {row["id"] for row in table("name_first.tsv")}
    unknown = sorted(ids - set(builder.rows))
    if unknown:
        raise SystemExit(f"name_first.tsv: no entity {unknown[0]!r}; fix the id")
    return ids


def mark_name_first(common: str, builder: Any) -> str:
    """``common_forms.tsv``'s text with the one-word forms of the ``name_first`` entities (in
    any case: Кремль and кремль are one key at match time) marked ``initial=name``."""
    keys = {
        (lang, _norm(text))
        for entity in name_first(builder)
        for lang, text, _, inflect, _ in builder.rows[entity]
        if len(form_words(text)) == 1 and not inflect.endswith("adj")
    }
    lines = []
    for line in common.splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) == 3 and (cells[0], _norm(cells[1])) in keys:
            line = "\t".join((cells[0], cells[1], "name"))
        lines.append(line)
    return "\n".join(lines) + "\n"


def add_shared_abbreviations(builder: Any) -> int:
    """The reviewed all-capital abbreviations of ``glossaries/shared_abbreviations.tsv`` (AFP,
    EFE, MTI, ANP) added to their agencies in every Latin-script language (``mul``), unless
    another entity holds the form; how many were added. A bad id stops the build."""
    added = 0
    for row in table("shared_abbreviations.tsv"):
        if row["id"] not in builder.rows:
            raise SystemExit(f"shared_abbreviations.tsv: no entity {row['id']!r}; fix the id")
        note = f"source: {row['source']}; checked {row['checked']}"
        added += builder.add(row["id"], builder.types[row["id"]], "mul", row["form"], note=note)
    return added
