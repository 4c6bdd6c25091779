"""Seed polyglot_news/glossary_data/cldr.tsv from the CLDR data bundled with babel (offline).

Country names come from CLDR territory display names, capital-city names from CLDR time-zone
exemplar cities (CLDR has no capital list; Europe/Moscow, Europe/Kyiv, Asia/Pyongyang and
Asia/Seoul name them). CLDR is (c) Unicode, Inc., under the Unicode License v3; see
glossary_data/README.md. The output is reviewed by hand before it is committed: rows that name
an entity differently from names.tsv become aliases (canonical 0), never canonical forms.

    python scripts/seed_glossary.py > polyglot_news/glossary_data/cldr.tsv
"""

from __future__ import annotations

import sys

LANGUAGES = ("en", "ru", "uk", "ko", "de", "fr", "es", "ja", "zh")
TERRITORIES = {"RU": "russia", "UA": "ukraine", "KP": "north-korea", "KR": "south-korea"}
CITIES = {
    "Europe/Moscow": "moscow",
    "Europe/Kiev": "kyiv",  # CLDR keeps the old id as the canonical zone alias
    "Asia/Pyongyang": "pyongyang",
    "Asia/Seoul": "seoul",
}
TYPES = {
    "russia": "country",
    "ukraine": "country",
    "north-korea": "country",
    "south-korea": "country",
}


def rows() -> list[tuple[str, str, str, str]]:
    """``(id, type, lang, form)`` for each CLDR name of the seeded entities."""
    from babel import Locale
    from babel.dates import get_timezone_location

    out = []
    for lang in LANGUAGES:
        locale = Locale.parse(lang)
        for code, entry_id in TERRITORIES.items():
            out.append((entry_id, TYPES[entry_id], lang, locale.territories[code]))
        for zone, entry_id in CITIES.items():
            # the locale's own exemplar city first: babel maps Europe/Kiev to Europe/Kyiv and
            # then falls back to the English id for locales that only name the old zone
            city = locale.time_zones.get(zone, {}).get("city") or get_timezone_location(
                zone, locale=locale, return_city=True
            )
            out.append((entry_id, "city", lang, city))
    return out


def main() -> None:
    """Print the seeded TSV on stdout."""
    import babel

    print(
        f"# Seeded by scripts/seed_glossary.py from CLDR via babel {babel.__version__};"
        " Unicode License v3. Aliases only: canonical forms live in names.tsv."
    )
    print("id\ttype\tlang\tform\tcanonical\tinflect\tnote")
    for entry_id, kind, lang, form in rows():
        sys.stdout.write(f"{entry_id}\t{kind}\t{lang}\t{form}\t0\t\tCLDR\n")


if __name__ == "__main__":
    main()
