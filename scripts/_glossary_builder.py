"""The glossary builder's state: every entity's forms, given to their first claimant only.

``Builder`` collects the rows of ``polyglot_news/glossary_data/world/<lang>.tsv`` as the readers
(``_glossary_curated``, ``_glossary_gazetteer``, ``_glossary_people``, ``_glossary_places``,
``_glossary_slavic``) add them, and lists the forms that are also common words (for
``common_forms.tsv``). It reads the langid word tables
(``polyglot_news/data/langid/words/<lang>.tsv.gz``), ``glossaries/adjective_stoplist.tsv``,
``glossaries/not_alternates.tsv`` and ``glossaries/common_ko.tsv``; ``spelling_variant`` adds
the variant spellings the press writes (Japanese ヴ/ブ, Ukrainian Ґ/Г, simplified Chinese from
CC-CEDICT, Arabic without vowel marks); ``default_inflect`` picks Russian and Ukrainian surnames'
paradigm from ``polyglot_news/data/inflections.json``. Build time only
(``scripts/build_glossary.py``).
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Iterable
from pathlib import Path

import _glossary_morph as morph
import _glossary_places as places
import _glossary_sources as sources
from _glossary_compounds import across_words, simplified

from polyglot_news.glossary.matcher import _paradigm_for, compile_form, inflection_rules
from polyglot_news.glossary.model import form_key

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "polyglot_news" / "glossary_data"
CURATED = ROOT / "glossaries"
HEADER = "id\ttype\tlang\tform\tcanonical\tinflect\tnote"
# Curated tables, in order of claim: each has the columns id, type, source, checked and one per
# language (curated.tsv: en ru uk ko ja zh de fr es; leaders.tsv: heads of state and government
# of every country, with be ar it pl pt tr cs as well; figures.tsv: issue-12-west's people;
# institutions.tsv: bodies, seats, agencies, parties and armed groups by kind; newsmakers.tsv:
# other people constantly in the news).
CURATED_TABLES = (
    "curated.tsv",
    "leaders.tsv",
    "figures.tsv",
    "institutions.tsv",
    "newsmakers.tsv",
)


class Builder:
    """Collects entities, giving each (language, form) to its first claimant only."""

    def __init__(self) -> None:
        self.owner: dict[tuple[str, str], str] = {}
        self.rows: dict[str, list[tuple[str, str, str, str, str]]] = {}
        self.types: dict[str, str] = {}
        self.common: set[tuple[str, str]] = set()
        self.story: set[str] = set()  # ids of the hand-written story glossary
        self.story_first: dict[tuple[str, str], list[str]] = {}  # its first one-word forms
        self.story_keys: set[tuple[str, str]] = set()  # its forms: never repeated in world/
        self.taken: set[str] = set()  # story ids already adopted by a generated entity
        self.anywhere: dict[str, str] = {}  # form key -> first entity holding it in any language
        self.by_english: dict[str, str] = {}  # English name -> first place entity with it
        self.english: set[str] = set()  # every place's own English name, lower-cased
        self.english_outside_regions: set[str] = set()  # those of countries and cities
        self.own: set[tuple[str, str]] = set()  # (lang, name) of the language's own country
        self.prominent: set[str] = set()  # countries and capitals of a million: news reading
        self.seats: set[str] = set()  # capitals, towns in the news, cities of a million
        self.morph_stats = {"words": 0, "forms": 0, "by_rules": 0, "added": 0}
        self.stoplist = {(r["lang"], r["form"]) for r in table("adjective_stoplist.tsv")}
        self.not_alternates = {(r["english"], r["form"]) for r in table("not_alternates.tsv")}
        self.words = {lang: common_words(lang) for lang in sources.LOCALES}
        self.gate = places.Gate(morph, self.words)  # new place forms: no common words
        self.place_ids: dict[str, str] = {}  # a place's source key -> its entity
        self.person: set[tuple[str, str]] = set()  # short names needing a person's context
        self.ko_words: set[str] = set()  # two-syllable Korean city names hunspell-ko knows
        self.common_ko = frozenset(r["form"] for r in table("common_ko.tsv"))
        self.members: set[tuple[str, str]] = set()  # groups' members in the plural (талибы)
        self.river_towns: set[tuple[str, str, str]] = set()  # (lang, city, river): Днепр

    def claim_story(self, entries: Iterable[object]) -> None:
        """Reserve the forms of the hand-written story glossary for its own ids."""
        for entry in entries:
            for form in entry.forms:  # type: ignore[attr-defined]
                self.owner[(form.lang, form_key(form.text))] = entry.id  # type: ignore[attr-defined]
                first = self.story_first.setdefault((entry.id, form.lang), [])  # type: ignore[attr-defined]
                if " " not in form.text and not first:  # type: ignore[attr-defined]
                    first.append(form.text)  # type: ignore[attr-defined]
            self.story.add(entry.id)  # type: ignore[attr-defined]
        self.story_keys = set(self.owner)

    def entity_id(self, wanted: str, names: dict[str, list[str]]) -> str:
        """The story glossary's id when it owns one of the names, else a free ``wanted``."""
        for lang in ("en", *sorted(names)):
            for text in names.get(lang, []):
                owner = self.owner.get((lang, form_key(text)))
                if owner in self.story and owner not in self.taken:
                    self.taken.add(owner)
                    return owner
        candidate, n = wanted, 1
        while candidate in self.rows or candidate in self.story:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def add(
        self,
        entity: str,
        kind: str,
        lang: str,
        text: str,
        *,
        inflect: str = "",
        note: str = "",
    ) -> bool:
        """Add one form unless another entity holds it; True when it was added."""
        key = (lang, form_key(text))
        short = len(text) < (1 if kind == "person" else 2)  # 習 (習主席): a family name alone
        if short or self.owner.get(key, entity) != entity or key in self.story_keys:
            return False
        # a form in "mul" (every language) must not name another entity in any language
        shared = lang == "mul" or ("mul", key[1]) in self.owner
        if shared and self.anywhere.get(key[1], entity) != entity:
            return False
        holder = self.anywhere.get(key[1], entity)
        if kind == "region" and holder != entity and self.types.get(holder) == "city":
            return False  # Kabul the province gives way to Kabul the city, in every language
        self._mark_common(lang, text, inflect, place=kind in ("city", "region"))
        self.owner[key] = entity
        self.anywhere.setdefault(key[1], entity)
        self.types.setdefault(entity, kind)
        rows = self.rows.setdefault(entity, [])
        if any(r[1] == text and r[0] == lang for r in rows):
            return False
        canonical = "0" if any(r[0] == lang for r in rows) else "1"
        inflect = inflect or default_inflect(text, lang, kind)
        rows.append((lang, text, canonical, inflect, note))
        variant = spelling_variant(text, lang)
        if variant:  # ジュネーヴ and ジュネーブ, Ґуаякіль and Гуаякіль: both are written
            self.add(entity, kind, lang, variant, inflect=inflect, note="spelling variant")
        if lang == "ja" and kind in ("city", "region") and _KATAKANA_DOTTED.fullmatch(text):
            # ノヴィ・サド is written ノビサド: a place's name is one word in running text
            self.add(entity, kind, lang, text.replace("・", ""), inflect=inflect, note="without ・")
        if inflect.startswith("y_pl"):  # its case forms are no rows: each may be a word (Сум)
            rule = compile_form(entity, text, inflect, lang).words[0]
            for ending in sorted(rule.endings):
                self._mark_common(lang, text[:1] + (rule.stem + ending)[1:], "", place=True)
        return True

    def release(self, lang: str, text: str) -> None:
        """Take one form (and its spelling variant's claim) from the entity holding it, so that
        a later, better claimant may add it (a city's curated name held by its district)."""
        key = (lang, form_key(text))
        holder = self.owner.pop(key, None)
        if holder is None:
            return
        self.rows[holder] = [r for r in self.rows[holder] if (r[0], form_key(r[1])) != key]
        if self.anywhere.get(key[1]) == holder:
            del self.anywhere[key[1]]

    def _mark_common(self, lang: str, text: str, inflect: str, *, place: bool) -> None:
        """List a form that is also a common word, per language of the text it is matched in.

        The policy is per language: a shared Latin form (``mul``) that is a word of Turkish
        (``Kabul``, acceptance) needs context in Turkish text only, and stays a plain name in
        German or Spanish; a city named like a word of its own language (Суми, sums) needs
        context in that language instead of being left out. Attested adjectives are no words.
        """
        if inflect.endswith("adj"):  # also a hyphenated one ("- adj")
            return
        if lang == "mul":
            for code, words in self.words.items():
                if text.lower() in words:
                    self.common.add((code, text))
            return
        # the langid word tables hold frequent names too (Iran): countries ask the dictionary
        words = self.words.get(lang, frozenset()) if place else frozenset()
        if morph.is_common_word(text, lang, words):
            self.common.add((lang, text))


# Spelling variants the press writes beside the dictionary's: Japanese ヴ for a foreign v is
# often written ブ, バ, ビ, ベ, ボ (ジュネーヴ, ジュネーブ; the Cabinet's 1991 notation of
# loanwords allows both); Ukrainian Ґ, restored in 1990, is often written Г in foreign names
# (Ґуаякіль, Гуаякіль); Romanian comma-below letters are often typed with a cedilla.
_VARIANTS = {
    "ja": (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ")),
    "uk": (("Ґ", "Г"), ("ґ", "г")),
    # Romanian ș ț (comma below) are often typed ş ţ (cedilla), and Turkish has only ş:
    # Nicușor Dan is Nicuşor Dan in Anadolu copy
    "ro": (("ș", "ş"), ("Ș", "Ş"), ("ț", "ţ"), ("Ț", "Ţ")),
    "mul": (("ș", "ş"), ("Ș", "Ş"), ("ț", "ţ"), ("Ț", "Ţ")),
}


_KATAKANA_DOTTED = re.compile("[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+")
_TASHKEEL = re.compile("[\u064b-\u0652\u0670]")  # Arabic vowel marks, shadda, sukun


def spelling_variant(text: str, lang: str) -> str:
    """The form respelled by the language's variant table, or "" when it has nothing to change;
    Chinese: in simplified characters (哈爾科夫 -> 哈尔科夫, from CC-CEDICT); Arabic: without
    vowel marks (الدّنمارك -> الدنمارك)."""
    if lang == "zh":  # not 台中 (臺中): two frequent characters, inside 后台中 "in the backend"
        variant = simplified(text)
        return "" if across_words(variant) else variant
    if lang == "ar":  # الدّنمارك -> الدنمارك: news text is written without vowel marks
        bare = _TASHKEEL.sub("", text)
        return bare if bare != text else ""
    variant = text
    for old, new in _VARIANTS.get(lang, ()):
        variant = variant.replace(old, new)
    return variant if variant != text else ""


def common_words(lang: str) -> frozenset[str]:
    """Lower-cased words of the language's langid word table
    (``polyglot_news/data/langid/words/<lang>.tsv.gz``); empty when it has none."""
    path = ROOT / "polyglot_news" / "data" / "langid" / "words" / f"{lang}.tsv.gz"
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.split("\t", 1)[0].lower() for line in handle if line.strip())


def default_inflect(text: str, lang: str, kind: str) -> str:
    """Russian/Ukrainian person names: surnames in -ов/-ев/-ин take the ``sur`` paradigm;
    plural-only places take ``y_pl`` (Сейшелы: Сейшел, Сейшелах; Черкаси: Черкасах)."""
    plural = morph.plural_only(text, lang, kind == "country") if kind != "person" else ""
    if plural:
        return plural
    if lang not in ("ru", "uk") or kind != "person":
        return ""
    rules = inflection_rules().get(lang, {})
    words = text.replace("-", " ").split()
    if len(words) != len(re.findall(r"\w+", text)):
        return ""
    names = []
    for word in words:
        low = word.lower()
        if low.endswith(("ов", "ев", "ёв", "єв", "ин", "ін", "ын")) and word[0].isupper():
            names.append("sur")
        else:
            names.append(_paradigm_for(word, rules))
    return " ".join(names) if "sur" in names else ""


def table(name: str) -> list[dict[str, str]]:
    """The rows of the curated table ``glossaries/<name>`` (TSV with a header; ``#`` lines are
    comments), as dicts keyed by column."""
    with (CURATED / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
