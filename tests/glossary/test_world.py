"""The generated world glossary: valid data, fast loading, and our own held-out tables.

``world_dev.tsv`` was used while tuning the build and the matcher; ``world_heldout.tsv`` was
written before tuning and measured (general fixes followed its first run); ``world_heldout2.tsv``
was written after those fixes, measured once, then tuned on (per-language common words);
``world_heldout3.tsv`` was written before that tuning and measured once after it; tables 4-10
were each measured once, then tuned on (their floors below); tables 11 to 14 are floors,
never tuned on (table 13's miss kinds were told to the round of 2 December, fourth).
Figures in docs/benchmarks.md. All hold names of other stories than the example's, in many
languages, and look-alike traps.
"""

from __future__ import annotations

import csv
import pickle
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
from _glossary_hits import names_found
from _surface_convention import accepted_surfaces

from polyglot_news.glossary import default_glossary
from polyglot_news.glossary.formats import parse
from polyglot_news.glossary.model import Glossary

HERE = Path(__file__).parent
TARGET = 0.95


def _rows(name: str) -> list[tuple[str, str, str, str]]:
    with (HERE / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(r["lang"], r["text"], r["entry"], r["surface"] or "") for r in reader]


def test_shipped_shards_are_valid_and_conflict_free() -> None:
    data = files("polyglot_news.glossary_data")
    entries = []
    for path in sorted(data.joinpath("world").iterdir(), key=lambda p: p.name):
        entries += parse(path.read_text("utf-8"), f"world/{path.name}")  # validates paradigms
    ids = {e.id for e in entries}
    assert len(ids) >= 3000  # several thousand entities
    by_lang: dict[str, list] = {}
    for entry in entries:
        by_lang.setdefault(entry.forms[0].lang, []).append(entry)
    for lang_entries in by_lang.values():
        Glossary(lang_entries)  # raises GlossaryConflictError on a form naming two entities
    assert {"ru", "uk", "be", "ko", "ja", "zh", "de", "fr", "es", "ar", "hi"} <= set(by_lang)


def test_every_language_names_every_country() -> None:
    glossary = default_glossary()
    for lang, text, entity in (
        ("ru", "Переговоры в Судане", "sudan"),
        ("be", "Вайна: Судан", "sudan"),
        ("ar", "الحرب في السودان", "sudan"),
        ("hi", "सूडान में युद्ध", "sudan"),
        ("sw", "Vita nchini Sudani", "sudan"),
        ("tr", "Venezuela seçimleri", "venezuela"),
    ):
        assert entity in {m.entry_id for m in glossary.find(text, lang)}, (lang, text)


def test_place_adjectives_carry_the_derived_flag() -> None:
    glossary = default_glossary()
    ru = {m.surface: m for m in glossary.find("курские власти и пхеньянский режим", "ru")}
    assert ru["курские"].entry_id == "kursk" and ru["курские"].derived
    assert ru["пхеньянский"].entry_id == "pyongyang" and ru["пхеньянский"].derived
    uk = glossary.find("київська влада", "uk")
    assert [(m.entry_id, m.derived) for m in uk] == [("kyiv", True)]
    assert not glossary.find("Путин прибыл в Курск", "ru")[0].derived


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Лососевая путина началась."),
        ("ru", "Мир и стабильность."),
        ("en", "We had roast turkey."),
        ("ko", "그는 다양한 수단을 동원했다."),
        ("ja", "その日に米を炊いた。"),
    ],
)
def test_common_words_are_not_names(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


def _score(table: str) -> tuple[dict[str, list[int]], list[tuple[str, str]]]:
    """Per language [forms, found]; and every false hit (a name in a trap row). A row is found
    when a hit names its entity with its surface or that surface's stem (:mod:`_surface_convention`:
    tables 11-13 write affixes into the surface, the issue's tables do not)."""
    glossary = default_glossary()
    stats: dict[str, list[int]] = {}
    false_hits = []
    for lang, text, entry, surface in _rows(table):
        hits = glossary.find(text, lang)
        if entry == "-":
            false_hits += [(lang, h.surface) for h in hits]
            continue
        found = stats.setdefault(lang, [0, 0])
        found[0] += 1
        accepted = accepted_surfaces(surface, lang)
        found[1] += any(h.entry_id == entry and h.surface in accepted for h in hits)
    return stats, false_hits


@cache
def _scored(table: str) -> tuple[dict[str, list[int]], list[tuple[str, str]]]:
    return _score(table)


TUNED = ("world_dev.tsv", "world_heldout.tsv", "world_heldout2.tsv")
# world_heldout3.tsv, measured once after this round's tuning (docs/benchmarks.md): found per
# language. A floor against regressions, not a target: ar, be, it, pl, tr lack curated people
# and organisations; the traps トルコ石, 古巴比伦, Essen and "La réunion" are still matched.
HELDOUT3 = {"ar": 13, "be": 7, "de": 18, "en": 18, "es": 18, "fr": 18, "it": 13, "ja": 16,
            "ko": 17, "pl": 14, "ru": 20, "tr": 13, "uk": 19, "zh": 13}  # fmt: skip


@pytest.mark.parametrize("table", TUNED)
def test_tables_meet_the_target_per_language_with_no_false_hits(table: str) -> None:
    stats, false_hits = _scored(table)
    assert false_hits == []
    assert {lang: f"{b}/{a}" for lang, (a, b) in stats.items() if b / a < TARGET} == {}


# world_heldout4.tsv, written after that measurement and before the fixes it prompted, measured
# once after them: 153/170; The Hague and Goma were not in the glossary; 11 of 39 traps hit.
HELDOUT4 = {"ar": 11, "be": 10, "de": 11, "en": 11, "es": 11, "fr": 11, "it": 11, "ja": 11,
            "ko": 11, "pl": 11, "ru": 12, "tr": 11, "uk": 10, "zh": 11}  # fmt: skip


# world_heldout5.tsv, written after the fourth's fixes, measured once: 201/211; 10 of 26 traps.
HELDOUT5 = {"ar": 15, "be": 12, "de": 15, "en": 15, "es": 15, "fr": 14, "it": 15, "ja": 14,
            "ko": 14, "pl": 14, "ru": 17, "tr": 15, "uk": 17, "zh": 15}  # fmt: skip
# world_heldout6.tsv, written before the fixes for the fifth's traps (Hunspell common words,
# first names, alternate names of other places), measured once after them: 205/210; 22 of 58
# trap rows hit (CJK words, Arabic words, surnames, German nouns, Spanish Chile).
# Then tuned on (plural-only names' cases, Polish -o and foreign -ca names): 210/210, traps 32.
HELDOUT6 = {"ar": 15, "be": 15, "de": 15, "en": 15, "es": 15, "fr": 15, "it": 15, "ja": 15,
            "ko": 15, "pl": 15, "ru": 15, "tr": 15, "uk": 15, "zh": 15}  # fmt: skip
# world_heldout7.tsv, written blind by a colleague, measured once on main f6cf991: 344/371
# (ar 25/26, be 23/25, de 25/25, en 29/29, es 26/27, fr 23/25, it 24/25, ja 22/27, ko 25/27,
# pl 24/27, ru 24/28, tr 23/25, uk 25/28, zh 26/27); 31 of 93 trap rows hit. Tuned on since.
# After tuning on it (issue-12-t7): 370/371, 18 trap rows; after the false-hit kinds of
# issue-12-glossary (Arabic words, ships, companies, products, CJK words; tuned on its own
# world_kinds.tsv): 370/371, 2 trap rows (ジョージアの缶コーヒー, Миколаїв велосипед).
HELDOUT7 = {"ar": 26, "be": 25, "de": 25, "en": 29, "es": 27, "fr": 25, "it": 25, "ja": 27,
            "ko": 27, "pl": 26, "ru": 28, "tr": 25, "uk": 28, "zh": 27}  # fmt: skip
# world_heldout8.tsv, written blind by a colleague on 1 December 2026 (16 languages, Czech and
# Portuguese new; 30 of its rows name five heads of state the glossary then lacked), measured on
# main 436db36 before this round: 357/454, 9 trap rows hit; measured once after it (a227e23):
# 408/454, 9 trap rows hit (ar عدن الخرطوم, en Lincoln, ja 宮崎 秋田 アンゴラ 大分, pt Santos,
# uk Лиман). Not tuned on, except the Korean bare city stems (경주, 진주) its hits showed.
# After issue-12-asian (people's short names, bare region names, simplified Chinese, Arabic
# without vowel marks; kinds, not rows): 424/454, 6 trap rows (ar عدن الخرطوم, en Lincoln,
# ja アンゴラ, pt Santos, uk Лиман); 秋田犬, 大分, 宮崎駿 no longer hit.
# After issue-12-slavic (Czech cases, ru/uk/be adjectives of every country, Polish and
# Belarusian people, abbreviations; kinds, tuned on its own tables): 441/454, 6 trap rows.
HELDOUT8 = {"ar": 27, "be": 19, "cs": 13, "de": 34, "en": 34, "es": 30, "fr": 32, "it": 20,
            "ja": 33, "ko": 36, "pl": 21, "pt": 20, "ru": 35, "tr": 21, "uk": 34,
            "zh": 36}  # fmt: skip
# issue-12-east raised be, cs, ja, ko, ru, uk, zh (tables 8 and 9 were dev material for finding
# kinds: derived Belarusian/Ukrainian/Polish/Czech spellings, CJK names of people and places).
# world_heldout9.tsv, written blind by a colleague on 1 December 2026 (19 languages, Dutch,
# Swedish and Romanian new; 528 name rows, 96 trap rows), measured on main c187695 before this
# round: 435/528 (82.4%), 15 trap rows hit; measured once after it (632f7af): 456/528 (86.4%),
# 16 trap rows hit. Not tuned on; a floor against regressions, not a target.
HELDOUT9 = {"ar": 22, "be": 28, "cs": 23, "de": 30, "en": 32, "es": 30, "fr": 28, "it": 23,
            "ja": 32, "ko": 33, "nl": 12, "pl": 27, "pt": 25, "ro": 10, "ru": 34, "sv": 9,
            "tr": 25, "uk": 34, "zh": 32}  # fmt: skip
# world_heldout10.tsv, written blind by a colleague on 1 December 2026 (third round; 19 languages,
# 611 name rows, 96 trap rows, 15 stories no earlier table used), measured on main 134b6d0 before
# that round: 525/611 (85.9%), 17 trap rows hit; measured once after it (a2ba1d3): 533/611
# (87.2%), 17 trap rows hit (pt 26 -> 24 and uk 40 -> 39 fell). Not tuned on; a floor.
# Then tuned on by kind (issue-12-east, 2 December: Polish and Czech adjectives, Japanese places
# transcribed, Korean particles after abbreviations, regnal names without the title, variant
# country names, Ukrainian adjectives in multi-word names): 570/611, 15 trap rows; and by kind
# (issue-12-west, 2 December: regnal names in each language's style, surnames after a title,
# Cyrillic names transcribed, bodies in nl/sv/ro, things named after places, Arabic everyday
# words): 565/611 and 9 trap rows on its own; both together 596/611, 7 trap rows.
HELDOUT10 = {"ar": 30, "be": 23, "cs": 23, "de": 42, "en": 41, "es": 34, "fr": 42, "it": 27,
             "ja": 35, "ko": 34, "nl": 18, "pl": 30, "pt": 26, "ro": 17, "ru": 51, "sv": 15,
             "tr": 26, "uk": 44, "zh": 38}  # fmt: skip
# issue-12-west's second dev table (its own sentences for the kinds of 2 December): 33/78 and
# 5 trap hits on main before, 77/78 and none after.
WEST_DEV2 = {"cs": 1, "de": 5, "en": 4, "es": 6, "fr": 6, "it": 7, "nl": 11, "pl": 1, "pt": 7,
             "ro": 15, "sv": 10, "tr": 4}  # fmt: skip
# world_heldout11.tsv, written blind by a colleague on 2 December 2026 (19 languages, 938 name
# rows, 95 trap rows, 14 stories no earlier table used), measured on main 0ad8275 before the
# round of 2 December: 779/938 (83.0%), 4 trap rows hit; measured once after it (e4fe054):
# 797/938 (85.0%), 4 trap rows hit. Not tuned on; a floor against regressions, not a target.
# Measured after issue-12-west's afternoon kinds (2 December): 801/938, 4 trap rows (nl 36 -> 37,
# ro 44 -> 46, sv 31 -> 32).
# Under the surface convention (_surface_convention.py, 2 December, third round): 868/938 on
# main f8a1532, 871/938 at the end of that round (fdd6c99).
HELDOUT11 = {"ar": 45, "be": 39, "cs": 38, "de": 58, "en": 68, "es": 49, "fr": 49, "it": 44,
             "ja": 46, "ko": 45, "nl": 41, "pl": 44, "pt": 43, "ro": 46, "ru": 45, "sv": 42,
             "tr": 47, "uk": 41, "zh": 41}  # fmt: skip
# world_heldout12.tsv, written blind by a colleague on 2 December 2026 (second round; 19
# languages, 866 name rows, 95 trap rows, 15 stories no earlier table used), measured on main
# c9d8797 before the round: 730/866 (84.3%), 7 trap rows hit; and once after it (7beda6a):
# 735/866 (84.9%), 7 trap rows hit. Not tuned on; a floor against regressions, not a target.
# Under the surface convention: 801/866 on f8a1532, 802/866 and 5 trap rows at fdd6c99.
HELDOUT12 = {"ar": 37, "be": 39, "cs": 39, "de": 45, "en": 45, "es": 44, "fr": 41, "it": 42,
             "ja": 43, "ko": 39, "nl": 45, "pl": 43, "pt": 43, "ro": 43, "ru": 43, "sv": 44,
             "tr": 39, "uk": 43, "zh": 45}  # fmt: skip
# world_heldout13.tsv, written blind by a colleague on 2 December 2026 (third round; 19
# languages, 943 name rows, 95 trap rows, 16 stories no earlier table used; its surface column
# added by a second colleague who saw no matcher), measured on main f8a1532 before the round
# and once after it (fdd6c99): 897/943 (95.1%) and 11 trap rows hit both times (801/943 with
# exact surfaces). Not tuned on; a floor against regressions, not a target.
# Since the round of 2 December (fourth), whose glossary work was told the kinds of this
# table's misses and trap hits (not its rows): 920/943 (97.6%) and 2 trap rows at 54875da.
HELDOUT13 = {"ar": 47, "be": 41, "cs": 47, "de": 51, "en": 64, "es": 48, "fr": 49, "it": 48,
             "ja": 46, "ko": 46, "nl": 50, "pl": 48, "pt": 47, "ro": 46, "ru": 53, "sv": 50,
             "tr": 48, "uk": 48, "zh": 43}  # fmt: skip
# world_heldout14.tsv, written blind on 2 December (fourth round): 881 name rows and 95 trap
# rows in 19 languages, measured on main 4af3b12 before the round (818/881, 92.8%, 23 trap
# rows hit) and once after it (54875da: 829/881, 94.1%, 16 trap rows). The round's country
# audit was told two kinds its first run showed (CLDR names with a parenthesis, countries'
# case forms), never its rows. Not tuned on; a floor against regressions, not a target.
# Its miss kinds (not rows) were told to issue-12-gazetteer (water bodies, transcriptions,
# exonyms, agencies, Korean names, airports): after that round 845/881 (95.9%), 16 trap rows;
# the floors below are raised to those counts.
# i12-forms3 (2 December, sixth; kinds told, rows not read): 849/881 (es 42, fr 46, uk 44).
HELDOUT14 = {"ar": 46, "be": 40, "cs": 41, "de": 47, "en": 44, "es": 42, "fr": 46, "it": 46,
             "ja": 46, "ko": 44, "nl": 47, "pl": 44, "pt": 45, "ro": 44, "ru": 46, "sv": 45,
             "tr": 46, "uk": 44, "zh": 45}  # fmt: skip
# world_heldout15.tsv, written blind on 2 December (fifth round) from 20 new stories (the Sahel
# juntas, Congo-Rwanda, Nigeria, South Africa, Egypt, Iraq, Syria, Lebanon, Iran, the Gulf,
# India-China, Japan and Korea, Malaysia-Singapore, Australia-NZ, Brazil-Argentina-Bolivia,
# Canada-US, the Balkans, Poland-Czechia-Slovakia, Turkey-Greece-Cyprus, Spain-Portugal): 855
# name rows and 95 trap rows in 19 languages, measured on main d8e6072 before the round
# (823/855, 96.3%, 17 trap rows hit; below 95%: ar, be, fr, ko, pl, ro). Its miss kinds (not
# rows) were then told to issue-12-initial (names opening a sentence, Korean homographs, long
# country forms, Romanian articled forms, a first name in an oblique case): after the round
# 840/855 (98.2%), 11 trap rows; below 95%: fr 41/45. A floor against regressions.
# i12-forms3 (2 December, sixth; its miss kinds told, rows not read): 848/855 (99.2%), 8 trap
# rows; fr 41 -> 45 (Arabic transcriptions, capitals opening a sentence), be, en, pl, uk +1.
HELDOUT15 = {"ar": 43, "be": 44, "cs": 45, "de": 45, "en": 44, "es": 45, "fr": 45, "it": 45,
             "ja": 45, "ko": 43, "nl": 45, "pl": 44, "pt": 45, "ro": 45, "ru": 45, "sv": 45,
             "tr": 45, "uk": 45, "zh": 45}  # fmt: skip
# issue-12-west's third dev table (its own sentences for the kinds of the afternoon of 2
# December: compounds, the story's places in Latin-script copy, Turkish names, Romanian articled
# names, Arabic ل + ال, Amman): 9/66 and 1 trap hit on main before, 66/66 and none after.
WEST_DEV3 = {"ar": 7, "de": 8, "it": 2, "nl": 7, "pt": 2, "ro": 7, "sv": 9, "tr": 24}
# issue-12-west's fourth dev table (its own sentences for the kinds of its fourth round: Turkish
# suffixes on institutions' names without an apostrophe, Turkish forms of places, people and
# institutions, a place before a Turkish noun in the possessive (Japonya Başbakanı), Arabic
# رياض and المدينة, first names after a child's word or before an age): 28/61 and 8 of its 15
# trap rows hit on main before (tr 6/39), 61/61 and none after.
WEST_DEV4 = {"ar": 6, "cs": 2, "de": 7, "en": 3, "it": 2, "ro": 1, "sv": 1, "tr": 39}
# issue-12-forms' dev table (its own sentences, written before the matcher ran on them: groups
# named by their members, compound and foreign cities in cases, Belarusian cases, multiword
# parties and agency abbreviations, transcriptions, Korean names of people, EU-Kommission):
# 179/287 on main 4af3b12, 265/287 after; 2 trap rows hit before and after (hr Novi sad, en
# BTA; a third trap row named the Isle of Man, a real territory, and was rewritten).
FORMS_DEV = {"be": 36, "bg": 3, "cs": 28, "da": 1, "de": 17, "en": 4, "es": 5, "fr": 7, "hr": 3,
             "hu": 2, "it": 6, "ja": 13, "ko": 10, "nl": 11, "pl": 25, "ro": 5, "ru": 28, "sk": 2,
             "sl": 1, "sr": 1, "sv": 12, "tr": 9, "uk": 21, "zh": 15}  # fmt: skip
# the integ round's countries and capitals dev table (its own sentences for the kinds the
# country coverage audit found: CLDR parentheses, St./U.S./S:t, the Hebrew geresh and
# proclitics, case forms): 16/43 and no trap hit on main 4af3b12 before, 37/43 and none after
# (left: Serbian and Estonian cases, Russian Сараеве, a Hebrew proclitic before a geresh).
COUNTRIES_DEV = {"be": 2, "ca": 2, "cs": 2, "de": 1, "el": 1, "en": 3, "es": 1, "et": 2, "he": 4,
                 "it": 1, "nl": 1, "pl": 3, "pt": 1, "ro": 5, "ru": 1, "sr": 2, "sv": 2, "tr": 1,
                 "uk": 2}  # fmt: skip
# i12-context's dev table (its own sentences: places inside dishes, colours and products,
# people named like places, people with a first name spelled otherwise): 48/66 and 41 of its 73
# trap rows hit on main 4af3b12 before; 64/66 and 5 trap rows after (tuned on).
CONTEXT_DEV = {"ar": 4, "be": 3, "cs": 4, "de": 7, "en": 5, "es": 3, "fr": 4, "it": 3, "ja": 3,
               "ko": 3, "nl": 3, "pl": 2, "pt": 3, "ro": 2, "ru": 3, "sv": 3, "tr": 4, "uk": 3,
               "zh": 2}  # fmt: skip
# i12-forms2's dev table (its own sentences: first names that are cities before a surname,
# place adjectives before dishes and furniture, Serbian, Estonian, Finnish and Hungarian case
# forms, a name's later word in lower case; nationality adjectives in Latin-script languages,
# left unmatched: the blind tables and forms_other.tsv count them as traps): 16/80 and 12 trap
# rows hit on main d8e6072 before, 34/80 and 1 after (be Уладзіміра, a first name in no list).
FORMS2_DEV = {"cs": 1, "et": 4, "fi": 5, "hr": 1, "hu": 4, "pl": 2, "ru": 8, "sr": 7, "uk": 2}
# issue-12-gazetteer's dev table (its own sentences, written before the build changes: seas,
# straits, canals, rivers, airports, agencies, transcriptions of people, exonyms, in 18
# languages): 25/122 and no trap hit on main d8e6072 before, 118/122 and none after (left: the
# river Dnieper's genitive, which is the city Dnipro's too, in ru and uk; Frankfurter Flughafen
# and 인천국제공항, airports named by their city, which the build leaves to the city).
# i12-forms3's river words (rivers.py) find the Dnieper's genitive in ru and uk: 120/122.
ENTITIES_DEV = {"ar": 7, "cs": 6, "de": 6, "en": 16, "es": 6, "fr": 7, "it": 5, "ja": 7, "ko": 6,
                "nl": 4, "pl": 8, "pt": 4, "ro": 4, "ru": 11, "sv": 4, "tr": 5, "uk": 7,
                "zh": 7}  # fmt: skip
# i12-forms3's dev table (its own sentences: French, English, German and Spanish transcriptions
# of Arabic names, a first name that is a common noun opening a ru/uk/be sentence before a place,
# a capital opening a French sentence, PiS, Dnieper and Dnipro, Belarusian people): 54/107 and no
# trap hit on main bcca986 before, 98/107 and none after (left: Belarusian Валадымыр and Дняпра,
# Ukrainian Віра, Polish Dniepr the river, Khan Younès, Lattaquié, Sissi alone, Assad for Asaad,
# Sharm al-Sheikh).
FORMS3_DEV = {"be": 10, "de": 6, "en": 12, "es": 2, "fr": 32, "it": 2, "nl": 1, "pl": 6, "pt": 1,
              "ro": 1, "ru": 12, "uk": 13}  # fmt: skip
# world_heldout16.tsv, written blind on 2 December (sixth round) from 21 new stories (Gaza's
# ceasefire, El Fasher, German, British, French, Belgian and Swiss politics, Algeria and Western
# Sahara, Tunisia, Central America, Uganda, Senegal, South Sudan, Guinea, Belarus, Ukraine's
# energy war, Sweden and Norway, Ireland, Jordan, Angola, Uruguay-Paraguay-Dominican Republic):
# 864 name rows and 95 trap rows in 19 languages, measured on main bcca986 before the round
# (768/864, 88.9%, 7 trap rows; below 95%: every language but ko). Its miss
# kinds (not rows) were told to issue-12-persons and issue-12-adjs (a surname alone, regions
# named like their city, city exonyms, place adjectives of de nl fr es it pt ro, bodies in
# translation): after the round 824/864 (95.4%), 7 trap rows. A floor against regressions.
HELDOUT16 = {"ar": 39, "be": 42, "cs": 39, "de": 48, "en": 49, "es": 47, "fr": 43, "it": 44,
             "ja": 42, "ko": 44, "nl": 43, "pl": 40, "pt": 44, "ro": 45, "ru": 44, "sv": 43,
             "tr": 43, "uk": 43, "zh": 42}  # fmt: skip
# issue-12-traps' dev table (its own sentences, 2 December, sixth round: idioms, proverbs and
# Quranic phrases that spell a place, a town's name in lower case, dishes à la Cluj, a city as
# a first name after a relative's word, Roque Santa Cruz, with rows of the same words naming the
# places): 75/75 and 82 of its 169 trap rows hit on main bcca986 before, 75/75 and 5 after
# (tuned on; the phrases are its own rows' kind, so the figure after says little on its own).
TRAPS3_DEV = {"ar": 6, "be": 4, "cs": 4, "de": 3, "en": 6, "es": 4, "fr": 3, "it": 4, "ja": 3,
              "ko": 3, "nl": 3, "pl": 5, "pt": 3, "ro": 4, "ru": 6, "sv": 3, "tr": 3, "uk": 5,
              "zh": 3}  # fmt: skip
# issue-12-adjs's dev table (its own sentences, written before the matcher ran on them: place
# adjectives of countries and cities in de nl fr es it pt ro with their traps - nouns of people,
# languages, dishes -, bodies and territories written in translation in cs pl ro uk be nl sv):
# 5/79 and 1 trap row hit on main bcca986 before (a trap row that named a real person, since
# rewritten), 78/79 and none after (left: Romanian ruse, which is Ruse, the Bulgarian city).
ADJS_DEV = {"be": 2, "cs": 7, "de": 13, "es": 8, "fr": 10, "it": 7, "nl": 8, "pl": 6, "pt": 5,
            "ro": 9, "sv": 1, "uk": 2}  # fmt: skip
# issue-12-persons' dev table (its own sentences, written before the changes: a curated
# person's surname alone opening a sentence, after a verb, a compound title or a regime's word;
# a city and the region named after it; exonyms of cities below a million; Tunis the city):
# 22/48 and no trap hit on main bcca986 before, 47/48 and none after (tuned on; left: Polish
# Marsylii, a shared exonym is not declined).
PERSONS_DEV = {"de": 4, "en": 8, "es": 4, "fr": 4, "it": 4, "ja": 2, "ko": 1, "nl": 1, "pl": 1,
               "pt": 1, "ro": 3, "ru": 7, "sv": 1, "tr": 2, "uk": 2, "zh": 2}  # fmt: skip
FLOORS = {"world_heldout3.tsv": HELDOUT3, "world_heldout4.tsv": HELDOUT4,
          "world_heldout5.tsv": HELDOUT5, "world_heldout6.tsv": HELDOUT6,
          "world_heldout7.tsv": HELDOUT7, "world_heldout8.tsv": HELDOUT8,
          "world_heldout9.tsv": HELDOUT9, "world_heldout10.tsv": HELDOUT10,
          "world_heldout11.tsv": HELDOUT11, "world_heldout12.tsv": HELDOUT12,
          "world_heldout13.tsv": HELDOUT13, "world_heldout14.tsv": HELDOUT14,
          "world_heldout15.tsv": HELDOUT15, "world_heldout16.tsv": HELDOUT16,
          "world_west_dev2.tsv": WEST_DEV2, "world_west_dev3.tsv": WEST_DEV3,
          "world_west_dev4.tsv": WEST_DEV4, "world_forms_dev.tsv": FORMS_DEV,
          "world_countries_dev.tsv": COUNTRIES_DEV,
          "world_context_dev.tsv": CONTEXT_DEV,
          "world_forms2_dev.tsv": FORMS2_DEV,
          "world_entities_dev.tsv": ENTITIES_DEV,
          "world_forms3_dev.tsv": FORMS3_DEV,
          "world_traps3_dev.tsv": TRAPS3_DEV,
          "world_adjs_dev.tsv": ADJS_DEV,
          "world_persons_dev.tsv": PERSONS_DEV}  # fmt: skip
TRAPS_HIT = {  # before issue-12-traps: 3, 8, 8, 32 (CJK words, openers, Kiel, Arabic words)
    "world_heldout3.tsv": 0,
    "world_heldout4.tsv": 1,
    "world_heldout5.tsv": 6,
    "world_heldout6.tsv": 12,  # 10 + two rows naming Jordan Bardella and Santiago Abascal,
    # written to test that Jordan and Santiago are no places there: the person is found now
    # (glossaries/figures.tsv), a right name in a trap row
    "world_heldout7.tsv": 3,  # 2 before issue-12-adjs; +1 derived adjective hit (it), see below
    "world_heldout8.tsv": 4,  # 5 before issue-12-traps
    "world_heldout9.tsv": 11,  # 16 before issue-12-west
    "world_heldout10.tsv": 7,  # 17 before issue-12-east's compounds and issue-12-west's things
    "world_heldout11.tsv": 3,  # ar عدن تعز, ja 高知, zh 长春 (4 before the round too; 3 after
    # issue-12-traps' Quranic phrases)
    "world_heldout12.tsv": 5,  # Sofia/Sofie as women's first names (cs de it ro), en Chad as
    # a man's first name (7 before the round of 2 December, third: ar رياض المدينة fixed)
    "world_heldout13.tsv": 4,  # 2 before issue-12-adjs (+1 fr, +1 nl adjective hits);
    # 11 before the round of 2 December (fourth): dishes, a colour,
    # people's surnames that are places; 2 after its context rules
    "world_heldout15.tsv": 2,  # 17 before the round of 2 December (fifth), 11 after it, 8 with
    # things.py rule 9 (торт «Прага», «Чернігівського»: kinds of this table), 2 after
    # issue-12-traps (біла церква, varză à la Cluj, Roque Santa Cruz, القوة القاهرة, Quranic
    # phrases, кітайская грамата, Constanța after a relative's word: kinds told, rows unread)
    "world_heldout14.tsv": 13,  # 23 before the round of 2 December (fourth): chicken Kiev,
    # Viennese chairs, Vladimir as a first name, Batman, Montenegro the amaro, Cluj in a dish...;
    # 16 after it, 13 after i12-forms2's kinds (first names before a surname, dishes and
    # furniture), 11 after issue-12-traps, 13 with issue-12-adjs (+1 it, +1 pt adjective hits)
    "world_heldout16.tsv": 7,  # 7 before the round too: турэцкі гамбіт, 광명 (sight),
    # francuski piesek, Baia (bathroom), șnițel vienez, 瑞士卷 (Swiss roll), 长沙发 (sofa)
    "world_west_dev2.tsv": 0,
    "world_west_dev3.tsv": 0,
    "world_west_dev4.tsv": 0,
    "world_forms_dev.tsv": 1,  # en BTA Bank (hr "Novi sad jabuka", an orchard, since i12-forms2)
    "world_countries_dev.tsv": 0,
    "world_forms2_dev.tsv": 1,  # be Уладзіміра Высоцкага (no Belarusian first-name list)
    "world_entities_dev.tsv": 0,
    "world_forms3_dev.tsv": 0,
    "world_adjs_dev.tsv": 0,
    "world_persons_dev.tsv": 0,
    "world_context_dev.tsv": 5,  # Denzel and Pello (rarer first names), Toulouse-Lautrec,
    # Korean 잭 런던, Romanian Denzel Washington
    "world_traps3_dev.tsv": 9,  # hits (8 before issue-12-adjs' de mexikanische Welle);
    # rows: Шахты/Шахти Донбасса (mines) in be ru uk, uk Шахти
    # opening a sentence, ar جدة الطفل (grandmother)
}  # fmt: skip (false hits, a ceiling: measured now)
# issue-12-adjs (place adjectives of de nl fr es it pt ro, which the issue now asks for) raised
# the trap rows hit in tables 5 (+1 it, within its ceiling), 7, 13 and 14 by derived adjective
# hits; those rows were not read (held out): earlier rounds counted nationality adjectives of
# the Latin-script languages as traps, so a row may be an adjective the issue now wants found
# (il governo russo) or a dish or idiom kind phrases.json lacks. An integrator should check.


@pytest.mark.parametrize(
    ("table", "lang", "floor"),
    [(table, lang, n) for table, floors in FLOORS.items() for lang, n in sorted(floors.items())],
)
def test_later_heldout_tables_keep_their_measured_floor(table: str, lang: str, floor: int) -> None:
    stats, false_hits = _scored(table)
    assert stats[lang][1] >= floor
    assert len(false_hits) <= TRAPS_HIT[table]


@pytest.mark.parametrize(
    ("lang", "text", "entity"),
    [
        ("de", "Die Taliban kontrollieren Kabul.", "kabul"),  # kabul is a Turkish word only
        ("es", "Los talibanes controlan Kabul.", "kabul"),
        ("en", "The delegation flew on to Nice.", "nice"),  # capitalised inside a sentence
        ("uk", "Обстріл у Сумах триває, повідомили в Сумах.", "sumy"),
        ("tr", "Taliban Kabil'i kontrol ediyor.", "kabul"),
        ("ru", "Путина спросили о переговорах. Ранее Путин заявил о другом.", "vladimir-putin"),
        ("pl", "W Damaszku i w Katarze.", "damascus"),
        ("pl", "Junta Nigru i Nigrze.", "niger"),
        ("pl", "Delegacja w Ankarze.", "ankara"),
        ("uk", "Переговори в Досі.", "doha"),
        ("ar", "شهدت دمشق وبيروت احتجاجات.", "beirut"),  # the proclitic و outside the name
        ("ar", "استؤنفت المفاوضات بالدوحة.", "doha"),
        ("ko", "워싱턴과 베이징", "washington"),  # the capital, not the state of Washington
        ("zh", "华盛顿和北京", "washington"),
        ("tr", "İsrail ve Lübnan", "israel"),  # the dotted capital İ
        ("it", "Maduro ha parlato con Erdogan.", "nicolas-maduro"),  # shared Latin forms
        ("be", "Прэзідэнт Францыі наведаў Вільнюс.", "france"),
        # a man named in -a before a masculine verb is the man, not a place (Kuba poszedł)
        ("pl", "Wczoraj Lula poleciał do Paryża.", "luiz-inacio-lula-da-silva"),
        # spelling variants: Japanese ブ for ヴ, Ukrainian Г for Ґ (the build adds both)
        ("ja", "代表団はジュネーブで協議した。", "geneva"),
        ("uk", "Виборці в Гуаякілі голосували проти.", "guayaquil"),
        # Russian foreign cities in -ль are masculine (Гуаякиля, Эрбиле), not like Обь
        ("ru", "Рейсы из Гуаякиля отменены.", "guayaquil"),
        ("ru", "Удары по Эрбилю продолжаются.", "erbil"),
        # short names the press writes: Hong Kong, ABD, ЗША, واشنطن
        ("fr", "Les autorités de Hong Kong ont réagi.", "hong-kong-sar-china"),
        ("tr", "ABD yeni yaptırımlar açıkladı.", "united-states"),
        ("be", "Пасол ЗША прыбыў у Мінск.", "united-states"),
        ("ar", "وصل الوفد إلى واشنطن أمس.", "washington"),
        ("uk", "Бої під Слов'янськом тривають.", "slovyansk"),  # not Nikopol's old name
        # a Korean city named like a word counts with another name near (common_ko.tsv)
        ("ko", "서울과 대전에서 집회가 열렸다.", "daejeon"),
        ("ko", "가봉과 카메룬 국경이 폐쇄됐다.", "gabon"),
        ("ru", "Президент Эммануэль Макрон прилетел в Грозный.", "grozny"),  # no first name before
        ("ru", "Сергей Лавров заявил, что Иван прибыл в Грозный.", "grozny"),
    ],
)
def test_names_found_under_the_per_language_policy(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entry_id for m in default_glossary().find(text, lang)}, (lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("ru", "Спасатели работают на Мальдивах и на Филиппинах.", "philippines", "Филиппинах"),
        ("ru", "Эвакуация в Сумах продолжается.", "sumy", "Сумах"),  # not the singular сума
        ("be", "Турысты вяртаюцца на Мальдывы, а на Філіпінах ідуць дажджы.", "philippines",
         "Філіпінах"),
        ("be", "Пасол Нідэрландаў прыбыў у Мінск.", "netherlands", "Нідэрландаў"),
        ("be", "Улада ў Гвінеі-Бісау змянілася.", "guinea-bissau", "Гвінеі-Бісау"),  # -ея: -еі
        ("be", "Выбары ў Гвінеі прайшлі спакойна.", "guinea", "Гвінеі"),
        ("pl", "Kanclerz spotkał się w Niemczech z premierem Węgier.", "germany", "Niemczech"),
        ("pl", "Kanclerz spotkał się w Niemczech z premierem Węgier.", "hungary", "Węgier"),
        ("pl", "Ambasador Chin przyleciał do Indii.", "china", "Chin"),
        ("pl", "Ambasador Chin przyleciał do Indii.", "india", "Indii"),
        ("pl", "Prezydent był wczoraj we Włoszech.", "italy", "Włoszech"),
        ("pl", "Wybory w Kosowie i protesty w Maroku.", "kosovo", "Kosowie"),
        ("pl", "Wybory w Kosowie i protesty w Maroku.", "morocco", "Maroku"),
        ("pl", "Targi w Casablance przyciągnęły firmy z Ameryki.", "casablanca", "Casablance"),
        ("pl", "Turyści wracają na Malediwy, a na Filipinach pada.", "philippines", "Filipinach"),
        # zero genitive plural and plural cases of plural-only names (ru -ы, uk -и)
        ("ru", "Посол Сейшел вручил верительные грамоты.", "seychelles", "Сейшел"),
        ("ru", "Выборы на Коморах прошли спокойно.", "comoros", "Коморах"),
        ("uk", "У Черкасах оголосили повітряну тривогу.", "cherkasy", "Черкасах"),
        ("uk", "Делегація Коморів прибула до Києва.", "comoros", "Коморів"),
        ("uk", "Вибори на Коморах відбулися.", "comoros", "Коморах"),
        ("uk", "Рейс до Сейшел скасували.", "seychelles", "Сейшел"),
        # Polish -e plurals (Seszele: Seszeli), plural adjectives, -ów and -ś stems
        ("pl", "Prezydent Seszeli przyleciał do Warszawy.", "seychelles", "Seszeli"),
        ("pl", "Urlop na Seszelach podrożał.", "seychelles", "Seszelach"),
        ("pl", "Ambasador w Stanach Zjednoczonych.", "united-states", "Stanach Zjednoczonych"),
        ("pl", "Szczyt odbył się w Krakowie.", "krakow", "Krakowie"),
        ("pl", "Opozycja na Białorusi protestuje.", "belarus", "Białorusi"),
        # Polish masculine -ń stems: ń -> ni before an ending, fleeting e in -eń (Wiedeń)
        ("pl", "Rozmowy w Erywaniu trwały dwa dni.", "yerevan", "Erywaniu"),
        ("pl", "Ambasador przyleciał z Wiednia.", "vienna", "Wiednia"),
        ("pl", "Protest w Astrachaniu rozwiązano.", "astrakhan", "Astrachaniu"),
    ],
)  # fmt: skip
def test_plural_only_and_polish_o_and_ca_names_take_their_cases(
    lang: str, text: str, entity: str, surface: str
) -> None:
    hits = names_found(text, lang)
    assert (entity, surface) in hits, (lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Teklif kabul edildi."),  # a Turkish word, lower case
        ("tr", "Kabul edilen teklif yarın görüşülecek."),  # sentence-initial: no evidence
        ("en", "Nice work, she said."),
        ("en", "The Mobile World Congress opened."),  # a capital inside a title-case run
        ("uk", "Суми на рахунках зросли вдвічі."),
        ("ru", "Путина на Камчатке обещает быть богатой."),  # the word, not Putin's genitive
        ("fr", "La réunion s'est tenue lundi."),  # the capital of La is no evidence
        ("pl", "Wszyscy byli w togach."),  # toga, not Togo's plural-looking stem
        ("ru", "В шахтах работают горняки."),  # the word, lower case: not the city Шахты
        ("ru", "Славянские языки делятся на три группы."),  # Slavic, not Sloviansk's
        ("uk", "Слов'янські мови поділяють на групи."),  # -ські is no case of -ськ
        ("ko", "화성 탐사선이 발사되었다."),  # Mars, not the city Hwaseong
        ("ko", "고양이가 창가에 앉아 있었다."),  # a cat: 고양 + the particle 이
        # a place right after a first name is a surname (first_names.tsv, from pymorphy3)
        ("ru", "Царь Иван Грозный правил долго."),
        ("uk", "Гетьман Богдан Хмельницький підписав угоду."),
        ("be", "Іван Грозны заснаваў апрычніну."),
    ],
)
def test_common_words_need_context_in_their_own_language(lang: str, text: str) -> None:
    assert default_glossary().find(text, lang) == []


def test_default_glossary_loads_lazily_and_pickles_by_reference() -> None:
    glossary = default_glossary()
    assert pickle.loads(pickle.dumps(glossary)) is glossary
    assert glossary.canonical("kursk-oblast", "en") == "Kursk region"
    assert glossary.canonical("sudan", "ko") == "수단"
