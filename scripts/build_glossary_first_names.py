"""Write ``first_names.tsv`` and ``surnames.tsv`` in ``polyglot_news/glossary_data/``.

The glossary's matcher reads them to tell a person from a place spelled alike: a one-word place
right after a capitalised first name is the person's surname (Иван Грозный, Богдан
Хмельницький, Jack London, Nina Hagen), and a town joined by "and" to a surname is a person
too (Marx and Engels, Маркс и Энгельс).

Sources:

* Russian first names and surnames: the OpenCorpora dictionary shipped with pymorphy3
  (``pymorphy3-dicts-ru``, CC BY-SA 3.0), every lemma tagged ``Name`` (a first name) or
  ``Surn`` (a surname, masculine) in the singular, lower case, ``ё`` as ``е``; these serve
  Russian, Ukrainian and Belarusian text (the Ukrainian dictionary tags none). Surnames that
  the dictionary also knows as a place (``Geox``: Грозный) are left out.
* Latin-script first names and surnames: the 1990 US Census name lists (public domain, as
  shipped by the ``names`` package, MIT): 5,163 first names and the 20,000 most frequent
  surnames, lower case. A first name that is also a month or weekday (June, August; CLDR
  through babel, in every Latin-script language polyglot_news matches with capitals), a
  closed-class word (``initial.json``), or, below the 100 most frequent names, an English word
  (Hunspell en_US accepts it in lower case: will, may, grant, hope) is left out, so that "Will
  Moscow agree?" keeps Moscow.

* First names that are also common nouns in Russian or Ukrainian (``name_nouns.tsv``: Вера
  faith, Надежда hope, Слава glory, Влада power, Віра): a Cyrillic first name of
  ``first_names.tsv`` or ``given_names.tsv`` whose Russian pymorphy3 reading, the most likely
  one, is an inanimate common noun in its citation form, or which the Ukrainian dictionary
  (``pymorphy3-dicts-uk``) gives in a common noun's paradigm (tagged ``NOUN,inan``, its
  citation form). Opening a sentence before a place (``Влада Єгипту``, the Egyptian
  authorities) such a word is the noun (glossary/context.py).

Separate from build_glossary.py: it reads the whole Russian dictionary (about 40 s).

    nice python scripts/build_glossary_first_names.py
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "polyglot_news" / "glossary_data"
SURNAME_RANKS = 20_000  # the most frequent Census surnames kept (Marx is 2,916th, Engels 14,920th)
WORDY_RANK = 100  # below this rank, a first name that is an English word is left out
LATIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "pl", "tr", "nl", "ca", "ro", "cs", "sv")


def russian_names() -> tuple[list[str], list[str]]:
    """Lower-cased Russian first names and masculine surnames (lemmas), sorted."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    dictionary = morph.dictionary
    first, last = set(), set()
    for word, (paradigm, index) in dictionary.words.iteritems():
        if index == 0:
            tag = dictionary.build_tag_info(paradigm, 0)
            if "Name" in tag and "sing" in tag:
                first.add(word.replace("ё", "е"))
            elif "Surn" in tag and "sing" in tag and "masc" in tag:
                last.add(word.replace("ё", "е"))
    places = {w for w in last if any("Geox" in p.tag for p in morph.parse(w))}
    return sorted(first), sorted(last - places)


_NOT_COMMON = frozenset({"Name", "Surn", "Patr", "Geox", "Abbr", "Orgn", "Trad"})


def name_nouns(names: list[str]) -> list[str]:
    """The Cyrillic ``names`` (lower case) that are common nouns too, sorted: the Russian
    dictionary's likeliest reading an inanimate noun in the nominative singular, or a Ukrainian
    reading in a common noun's paradigm (``NOUN,inan``) in its citation form."""
    import pymorphy3

    ru, uk = pymorphy3.MorphAnalyzer(lang="ru"), pymorphy3.MorphAnalyzer(lang="uk")

    def plain(parse: object, word: str) -> bool:
        tag = parse.tag  # type: ignore[attr-defined]
        grammemes = set(str(tag).replace(" ", ",").split(","))
        return (
            tag.POS == "NOUN" and "inan" in grammemes and "nomn" in grammemes
            and parse.normal_form == word and not grammemes & _NOT_COMMON  # type: ignore[attr-defined]
        )  # fmt: skip

    out = set()
    for word in names:
        if ru.word_is_known(word) and plain(ru.parse(word)[0], word):
            out.add(word)
        elif uk.word_is_known(word) and any(
            str(p.tag).startswith("NOUN,inan") and plain(p, word) for p in uk.parse(word)
        ):
            out.add(word)
    return sorted(out)


def census(name: str) -> list[tuple[str, int]]:
    """``(lower-cased name, rank)`` rows of one Census list shipped by ``names``."""
    import names

    path = Path(names.__file__).parent / name
    rows = (line.split() for line in path.read_text("ascii").splitlines() if line.strip())
    return [(row[0].lower(), int(row[3])) for row in rows]


def latin_first_names() -> list[str]:
    """Census first names less months, weekdays, closed-class and (rarer names) English words."""
    from babel import Locale

    ranks: dict[str, int] = {}
    for name, rank in census("dist.male.first") + census("dist.female.first"):
        ranks[name] = min(rank, ranks.get(name, rank))
    calendar = set()
    for lang in LATIN_LANGUAGES:
        locale = Locale.parse(lang)
        for table in (locale.months["format"]["wide"], locale.days["format"]["wide"]):
            calendar |= {str(v).lower() for v in table.values()}
    initial = json.loads((DATA / "initial.json").read_text("utf-8"))
    closed = {w for words in initial["closed"].values() for w in words}
    closed |= {w for words in initial["conjunctions"].values() for w in words}
    words = _english_words(sorted(ranks))
    return sorted(
        n
        for n, rank in ranks.items()
        if n not in calendar and n not in closed and not (rank > WORDY_RANK and n in words)
    )


def _english_words(candidates: list[str]) -> set[str]:
    """The candidates Hunspell en_US accepts in lower case (Debian hunspell-en-us)."""
    done = subprocess.run(
        ["hunspell", "-d", "/usr/share/hunspell/en_US", "-l"],
        input="\n".join(candidates), capture_output=True, text=True, check=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )  # fmt: skip
    return set(candidates) - set(done.stdout.split())


def main() -> int:
    """Write both files and print their sizes."""
    first, last = russian_names()
    latin_first = latin_first_names()
    latin_last = sorted(n for n, rank in census("dist.all.last") if rank <= SURNAME_RANKS)
    head = "# Generated by scripts/build_glossary_first_names.py from pymorphy3 and the US Census\n"
    head += "# name lists (the names package); do not edit.\n"
    for name, rows in (
        ("first_names.tsv", first + latin_first),
        ("surnames.tsv", last + latin_last),
    ):
        (DATA / name).write_text(head + "\n".join(sorted(set(rows))) + "\n", encoding="utf-8")
    given = (DATA / "given_names.tsv").read_text("utf-8").splitlines()
    cyrillic = sorted({w for w in (*first, *given) if "а" <= w[:1] <= "я" or w[:1] in "іїєґ"})
    nouns = name_nouns(cyrillic)
    (DATA / "name_nouns.tsv").write_text(
        "# Generated by scripts/build_glossary_first_names.py from pymorphy3 (ru, uk): first\n"
        "# names that are also common nouns; do not edit.\n" + "\n".join(nouns) + "\n",
        encoding="utf-8",
    )
    print(f"name_nouns.tsv: {len(nouns)} first names that are common nouns")
    print(f"first_names.tsv: {len(first)} Russian, {len(latin_first)} Latin-script first names")
    print(f"surnames.tsv: {len(last)} Russian, {len(latin_last)} Latin-script surnames")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
