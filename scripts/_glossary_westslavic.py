"""Polish and Czech relational adjectives of countries (issue 12, east): ``rosyjski``,
``bułgarski``, ``ukraiński``; ``ruský``, ``polský``,
``bulharský``, in every case and gender (``rosyjskimi służbami``, ``polské prokuratury``); and
of capitals and cities of a million (issue 12, initial: ``warszawski``, ``pekiński``).

Candidates are proposed from the place's Polish (else shared Latin) or Czech name by suffix
rules (Rosja -> rosyjski, Ukraina -> ukraiński, Irak -> iracki, Kijów -> kijowski; Rusko ->
ruský, Čína -> čínský, Izrael -> izraelský, Indie -> indický, Austrálie -> australský) and kept
only when the language's Hunspell dictionary (Debian ``hunspell-pl``, ``hunspell-cs``) knows
the word; the first known candidate wins, and a candidate two places propose goes to neither
(Niger, Nigeria). Adjectives no rule derives (francuski, niemiecki, francouzský) are left to
a reviewed table. Build time only; rows take the ``adj`` paradigm of
``glossary_data/inflections.json`` and the derived flag.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from _glossary_morph import proper_nouns
from _glossary_slavic import SPELLERS

# (ending of the lower-cased name, letters to strip, suffixes), every matching line in order
_RULES: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {
    "pl": [
        ("ska", 1, ("i",)),
        ("cja", 3, ("ecki",)),
        ("cja", 2, ("ki", "yjski")),
        ("ria", 2, ("yjski",)),
        ("ja", 2, ("yjski", "ijski", "ski")),
        ("ia", 2, ("ski", "ijski", "jski")),
        ("ia", 1, ("jski",)),
        ("a", 1, ("ski", "ański", "yjski", "ijski", "ejski")),
        ("chy", 3, ("ski",)),
        ("y", 1, ("ski", "yjski")),
        ("ś", 1, ("ski",)),
        ("", 0, ("ski", "ański", "yjski", "ijski", "ejski")),
    ],
    "cs": [
        ("sko", 1, ("ý",)),
        ("cko", 1, ("ý",)),
        ("ko", 2, ("cký",)),
        ("ie", 2, ("ský", "ický", "ijský", "ánský")),
        ("a", 1, ("ský", "ánský", "ijský", "jský")),
        ("e", 1, ("ský",)),
        ("y", 1, ("ský",)),
        ("", 0, ("ský", "ánský", "ijský", "ický")),
    ],
}
# spelling at the join: Iran + ski -> irański, Irak + ski -> iracki, Paryż + ski -> paryski
_JOINS = {
    "pl": (("nski", "ński"), ("kski", "cki"), ("gski", "ski"), ("chski", "ski"), ("żski", "ski"),
           ("dski", "dzki"), ("tski", "cki"), ("cski", "cki"), ("zski", "ski"), ("sski", "ski")),
    "cs": (("kský", "cký"), ("hský", "ský"), ("gský", "žský"), ("chský", "šský"),
           ("cský", "cký"), ("sský", "ský"), ("zský", "zský")),
}  # fmt: skip
_SHORT = str.maketrans("áíýéúůó", "aiyeuuo")  # Austrálie -> australský, Kijów -> kijowski
LANGS = ("pl", "cs")


def candidates(name: str, lang: str) -> list[str]:
    """Candidate adjectives (masculine nominative) of a one-word name, most likely first."""
    low = name.lower()
    if not re.fullmatch(r"[^\W\d_]{3,}", low):
        return []
    out: list[str] = []
    for ending, strip, suffixes in _RULES[lang]:
        if not low.endswith(ending) or len(low) - strip < 3:
            continue
        stem = low[: len(low) - strip]
        for suffix in suffixes:
            for base in (stem, stem.translate(_SHORT)):
                word = base + suffix
                for old, new in _JOINS[lang]:
                    word = word.replace(old, new)
                if word not in out:
                    out.append(word)
    return out


def _names(builder: Any, entity: str, lang: str) -> list[str]:
    """The place's one-word name in ``lang``, else its shared one; for a city, the shared
    form the language's dictionary has as a proper noun (Polish Pekin among GeoNames'
    variants), else none."""
    rows = builder.rows.get(entity, [])
    own = [r[1] for r in rows if r[0] == lang and r[3] not in ("-", "adj") and " " not in r[1]]
    shared = [r[1] for r in rows if r[0] == "mul" and " " not in r[1]]
    if builder.types.get(entity) != "country":
        shared = [name for name in shared if name in proper_nouns(lang)]
    return (own or shared)[:1]


def add_adjectives(builder: Any) -> dict[str, int]:
    """Add the Polish and Czech adjective of every country, capital and city of a million of
    ``builder`` whose dictionary knows a candidate (not one that spells the country's name:
    Polish polska); counts per language."""
    # countries, capitals and cities of a million (``builder.seats``: Warszawski sąd,
    # pekińskie władze); a city's adjective names a dish as often (pražská šunka, kiełbasa
    # krakowska): the head nouns of glossary/things.py and place_phrases.tsv keep those out
    places = [e for e, kind in builder.types.items() if kind == "country" or e in builder.seats]
    proposed: dict[str, list[tuple[str, str, int]]] = {lang: [] for lang in LANGS}
    for lang in LANGS:
        for entity in places:
            if any(r[0] == lang and r[3] == "adj" for r in builder.rows[entity]):
                continue  # a reviewed adjective (adjectives.tsv: niemiecki, francouzský)
            for name in _names(builder, entity, lang):
                for rank, word in enumerate(candidates(name, lang)):
                    proposed[lang].append((entity, word, rank))
        SPELLERS.prepare(lang, {w for _, w, _ in proposed[lang]})
    added = dict.fromkeys(LANGS, 0)
    for lang in LANGS:
        claims: dict[str, dict[str, int]] = {}  # word -> entity -> rank
        for entity, word, rank in proposed[lang]:
            if SPELLERS.knows(lang, word):
                ranks = claims.setdefault(word, {})
                ranks[entity] = min(rank, ranks.get(entity, rank))
        best: dict[str, tuple[int, str]] = {}
        for word, ranks in claims.items():
            countries = {e: r for e, r in ranks.items() if builder.types[e] == "country"}
            ranks = countries or ranks  # a country's over a city's (algierski: Algeria, Algiers)
            low = min(ranks.values())
            winners = [e for e, r in ranks.items() if r == low]
            if len(winners) == 1:  # Niger nigerski, Nigeria nigeryjski; a tie: neither
                best[winners[0]] = min(best.get(winners[0], (low, word)), (low, word))
        for entity, (_, word) in best.items():
            if _spells_the_name(builder, entity, lang, word) or (lang, word) in builder.stoplist:
                continue  # polska; rzymski, římský "Roman" (adjective_stoplist.tsv)
            kind = builder.types[entity]
            if builder.add(entity, kind, lang, word, inflect="adj", note="derived adjective"):
                added[lang] += 1
                rows = builder.rows[entity]  # an adjective is no canonical name (Pekin: mul)
                rows[:] = [(*r[:2], "0", *r[3:]) if r[:2] == (lang, word) else r for r in rows]
    print(f"Polish and Czech adjectives (scripts/_glossary_westslavic.py): {added}",
          file=sys.stderr)  # fmt: skip
    return added


def _spells_the_name(builder: Any, entity: str, lang: str, adjective: str) -> bool:
    """Whether a form of the adjective spells the place's own name (polska, Polska): the
    lower-case word is the adjective (polska drużyna), so the adjective is left out."""
    stem = adjective[: -len("i")] if lang == "pl" else adjective[: -len("ý")]
    endings = ("a", "ą", "ie", "iej") if lang == "pl" else ("á", "é")
    forms = {stem + e for e in endings}
    own = {r[1].lower() for r in builder.rows[entity] if r[0] in (lang, "mul")}
    return bool(forms & own)
