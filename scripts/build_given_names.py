"""Write ``given_names.tsv`` in ``polyglot_news/glossary_data/``: first names of many countries.

``first_names.tsv`` (scripts/build_glossary_first_names.py) holds Russian names and the 1990 US
Census lists, so a place after a French, Turkish, Brazilian, Polish, Dutch or Scandinavian
first name (Marius, Emre, Paulinho, Kamil, Joost, Malin) was still read as the place. This list
adds the first names that names-dataset (Philippe Rémy, MIT; first names of 105 countries with
their rank in each, from a public leak of Facebook profiles, ``names-dataset`` on PyPI) ranks
among the ``RANK`` most frequent of at least one country, in Latin or Cyrillic letters, lower
case, accents kept: the matcher compares the word as written (Vláda, the government, is no
Vlada). Left out, since the matcher reads a
capitalised word before a place as a first name: names of one or two letters; closed-class
words (``initial.json``); months and weekdays (CLDR through babel); and, below the ``WORDY``
most frequent of every country, words of any of the langid word tables (Von, La, The, Desde).

    pip install names-dataset==3.3.1 && nice python scripts/build_given_names.py
"""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DATA = ROOT / "polyglot_news" / "glossary_data"
WORDS = ROOT / "polyglot_news" / "data" / "langid" / "words"
RANK = 1000  # a name among a country's 1,000 most frequent first names
WORDY = 100  # a name among a country's 100 most frequent is kept though it is a word
LATIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "pl", "tr", "nl", "ca", "ro", "cs", "sv")


def ranked_names() -> tuple[dict[str, int], set[str]]:
    """names-dataset's first names, each with its best rank over the countries; and every first
    name it holds, ranked or not, lower case."""
    import names_dataset

    path = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    with gzip.open(path) as handle:
        data = pickle.load(handle)  # the package's own data file (it loads it so)
    best: dict[str, int] = {}
    for name, record in data.items():
        ranks = [r for r in (record.get("rank") or {}).values() if r is not None]
        if ranks and min(ranks) <= RANK:
            best[name] = min(ranks)
    return best, {name.lower() for name in data if name}


def ukrainian_names() -> set[str]:
    """Lemmas tagged ``Name`` in pymorphy3's Ukrainian dictionary (pymorphy3-dicts-uk, from
    VESUM, CC BY-NC-SA 4.0 data read at build time only), lower case: Олена, Ярина, Тарас. Used
    as a yes/no check of names-dataset's names only (no VESUM text is shipped, as for the
    glossary's other uses of it: glossaries/README.md)."""
    import pymorphy3

    dictionary = pymorphy3.MorphAnalyzer(lang="uk").dictionary
    found = set()
    for word, (paradigm, index) in dictionary.words.iteritems():
        if index == 0:
            tag = dictionary.build_tag_info(paradigm, 0)
            if "Name" in tag and "nomn" in tag and "plur" not in tag:
                found.add(word)
    return found


def _letters(name: str) -> bool:
    """A single word of Latin or Cyrillic letters, capitalised, three letters or more."""
    if len(name) < 3 or not name.isalpha() or not name[0].isupper() or not name[1:].islower():
        return False
    return all(ch < "\u0250" or "\u0400" <= ch <= "\u04ff" for ch in name)


def words() -> set[str]:
    """Every word of the langid word tables (polyglot_news/data/langid/words), lower case."""
    found: set[str] = set()
    for path in WORDS.glob("*.tsv.gz"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            found |= {line.split("\t", 1)[0] for line in handle}
    return found


def excluded() -> set[str]:
    """Closed-class words of initial.json, months and weekdays of the Latin-script languages."""
    from babel import Locale

    initial = json.loads((DATA / "initial.json").read_text("utf-8"))
    out = {w for table in ("closed", "conjunctions") for ws in initial[table].values() for w in ws}
    for lang in (*LATIN_LANGUAGES, "ru", "uk", "be"):
        locale = Locale.parse(lang)
        for table in (locale.months["format"]["wide"], locale.days["format"]["wide"]):
            out |= {str(v).lower() for v in table.values()}
    return out


def main() -> int:
    """Write the list and print how many names it holds and how many were left out."""
    ranked, every_name = ranked_names()
    common, closed = words(), excluded()
    kept, dropped = set(), 0
    for name, rank in ranked.items():
        if not _letters(name):
            continue
        low = name.lower()
        if low in closed or (rank > WORDY and low in common):
            dropped += 1
            continue
        kept.add(low)
    # Ukrainian first names that names-dataset holds at any rank and VESUM confirms as names
    ukrainian = ({name.lower() for name in ukrainian_names()} & every_name) - closed
    kept |= ukrainian
    head = "# Generated by scripts/build_given_names.py from names-dataset 3.3.1 (MIT), Ukrainian\n"
    head += "# names checked against pymorphy3-dicts-uk (yes/no only); do not edit.\n"
    (DATA / "given_names.tsv").write_text(head + "\n".join(sorted(kept)) + "\n", encoding="utf-8")
    print(
        f"given_names.tsv: {len(kept)} first names ({len(ukrainian)} Ukrainian lemmas); {dropped}"
        " left out as words"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
