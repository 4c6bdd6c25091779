"""People's names in the Latin-script languages other than the Slavic ones (issue-12-west).

* :func:`add_surnames` - the surname alone of every curated person whose full name the press
  shortens to it (``_glossary_people.part_of``), shared by every Latin-script language
  (``mul``: Herzog, Talon, von der Leyen), where the rows do not give it: as the reviewer left
  these out of the rows, each needs the person's context at match time (a title in the three
  words before it, President Talon, presidente d'Israele Herzog, or the person named in full
  in the text; ``polyglot_news.glossary.people``). A surname two curated people share, or
  another entity's form in any language, is left out;
* :func:`add_regnal_forms` - popes and monarchs in each language's regnal style from the
  regnal name the language uses (``glossaries/regnal_names.tsv``: Leone, Leão, Lev, Karol,
  Carlos): ``Leo XIV`` (en, fr, es, it, pt, nl, sv, pl), ``Leo XIV.`` (de, cs),
  ``Leon al XIV-lea`` (ro), ``14. Leo`` and ``XIV. Leo`` (tr); and a Latin-script form that
  opens with a style (Pope Leo XIV, König Charles III., pape Léon XIV) is dropped where the
  bare regnal form is the entity's too: the style is context, translated on its own;
* :func:`add_transcriptions` - people of the countries named in Cyrillic (Ukraine, Russia,
  Belarus, Bulgaria, Central Asia...) whose English name romanises the Ukrainian or Russian
  one (``_glossary_east.romanised_from``), transcribed by the press conventions of German
  (Duden: Selenskyj, Jermak, Scheljaskow), French (Jeliazkov, Iermak), Spanish (Fundéu, EFE:
  Zelenski, Yermak), Dutch (Taalunie: Poetin, Jermak), Swedish (TT: Zelenskyj, Jermak),
  Romanian (Agerpres: Zelenski, Andrii Iermak) and Turkish (Anadolu: Zelenskiy), the full
  name and, where the English rows give the surname alone, the surname, and the English given
  name before the transcribed surname (Ilham Alijev, Ilham Aliev); through the common-word
  gate, never over another entity's form;
* :func:`add_diacritic_spellings` - names written with the South Slavic, Czech and Slovak
  letters č ć š ž đ (Vučić, Babiš, Dodik's Republika Srpska peers) as Turkish copy writes them
  (Anadolu: Vuçiç, Babiş; TDK's letters ç ş j c) and Polish copy (PAP: Vuczić, Babisz; cz sz ż
  dź; ć stays): the full name and the surname alone where the shared forms have it, the
  surname needing the person's context where the shared one does.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import _glossary_east as east
import _glossary_people as people
from _glossary_builder import CURATED_TABLES, table

__all__ = ["add_diacritic_spellings", "add_regnal_forms", "add_surnames", "add_transcriptions"]

# lower-case name particles that belong to the surname (von der Leyen, da Silva, de la Fuente)
_PARTICLES = frozenset("von van der den de da di del della do dos das du la le ter ten zu".split())


def latin_surname(full: str) -> str:
    """The surname of a full name in Latin letters: its last word with the particles before it
    (``Ursula von der Leyen`` -> ``von der Leyen``, ``Bart De Wever`` -> ``De Wever``), when
    one given name comes before; ``""`` otherwise: a name of three words or more (Carlos Vila
    Nova, Manuel Marrero Cruz, Marcelo Rebelo de Sousa) does not say which part the press
    writes alone, and a suffix (Jr.) or a style (Grand Duke) is no surname."""
    words = full.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    if i != 1 or any(w in _STYLES or w.endswith(".") for w in words) or words[0] == "Grand":
        return ""
    return " ".join(words[i:])


def add_surnames(builder: Any, ids: dict[str, str]) -> int:
    """Add the shared surnames alone (see the module docstring); how many were added."""
    extra = {r["id"]: r["part"] for r in table("short_names.tsv")}
    rows = [r for name in CURATED_TABLES for r in table(name) if r["type"] == "person"]
    wanted: dict[str, str] = {}
    for row in rows:
        if row["id"] not in ids or people.part_of(row, extra) != people.SURNAME:
            continue
        ko = (row.get("ko") or "").split(" | ")[0].strip()
        if ko and " " not in ko:  # 조현, 李在明: a name in the East Asian order
            continue
        surname = latin_surname(row["en"].split(" | ")[0].strip())
        if len(surname) >= 3:
            wanted[ids[row["id"]]] = surname
    shared = Counter(s.lower() for s in wanted.values())
    added = 0
    for entity, surname in wanted.items():
        own = {r[1] for r in builder.rows.get(entity, []) if r[0] in ("mul", "en")}
        if surname in own or shared[surname.lower()] > 1:
            continue
        if builder.add(entity, "person", "mul", surname, note="surname alone, shared"):
            if not rare_surname(surname):
                builder.person.add(("mul", surname))
            added += 1
    return added


# Latin-script languages wordfreq covers, and the Zipf frequency (wordfreq's scale: 2 is one
# occurrence per ten million words) under which a surname is no word or frequent name in any
RARE_IN = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "ro", "tr", "pl", "cs")
RARE_ZIPF = 2.0


def rare_surname(surname: str) -> bool:
    """Whether a shared surname is the person's alone (Siphandone, Botchorishvili, Mucunski):
    no first or last name of the US Census lists (``_glossary_west._people_names``), no name of
    ``first_names.tsv``, ``given_names.tsv`` or ``surnames.tsv``, and under ``RARE_ZIPF`` in every
    language of ``RARE_IN`` by wordfreq (which counts the name too: an upper bound on its use
    as a word or another person's name). Others (Conte, Herzog, Reeves, Ventura) keep needing
    the person's context."""
    from _glossary_west import _people_names, _plain
    from wordfreq import zipf_frequency

    plain = _plain(surname)
    if any(plain in names for names in (_people_names(), _given_names())):
        return False
    return all(zipf_frequency(surname.lower(), lang) < RARE_ZIPF for lang in RARE_IN)


@cache
def _given_names() -> frozenset[str]:
    """Names of ``first_names.tsv``, ``given_names.tsv`` and ``surnames.tsv``, accents dropped."""
    from _glossary_builder import DATA
    from _glossary_west import _plain

    found = set()
    for name in ("first_names.tsv", "given_names.tsv", "surnames.tsv"):
        lines = (DATA / name).read_text("utf-8").splitlines()
        found.update(_plain(line.strip()) for line in lines if line and not line.startswith("#"))
    return frozenset(found)


# -- popes and monarchs ---------------------------------------------------------------------

_NUMERAL = re.compile(r"^(?P<name>.+?) (?P<n>[IVXL]+)\.?(?: (?P<rest>.+))?$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
REGNAL_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "ro", "tr", "pl", "cs")
# styles that open a regnal form in the Latin-script languages (the row's own first word)
_STYLES = frozenset(
    "King Queen Pope Prince Emperor Sultan Emir König Königin Papst Fürst Prinz roi reine pape"
    " prince rey reina papa príncipe re regina principe rei rainha koning koningin paus prins"
    " kung drottning påve regele regina Kral Papa król królowa papież książę král papež"
    .split()
)  # fmt: skip


def _arabic(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))  # fmt: skip


def regnal_forms(name: str, numeral: str, rest: str, lang: str) -> list[str]:
    """``name`` (the regnal name in ``lang``) with ``numeral`` in the language's style."""
    tail = f" {rest}" if rest else ""
    if lang in ("de", "cs"):
        return [f"{name} {numeral}.{tail}", f"{name} {numeral}{tail}"]
    if lang == "ro":
        return [f"{name} al {numeral}-lea{tail}" if numeral != "I" else f"{name} I{tail}"]
    if lang == "tr":
        return [f"{_arabic(numeral)}. {name}{tail}", f"{numeral}. {name}{tail}"]
    return [f"{name} {numeral}{tail}"]


def add_regnal_forms(builder: Any) -> dict[str, int]:
    """Regnal forms per language and styled forms dropped (see the module docstring)."""
    names = {r["en"]: r for r in table("regnal_names.tsv")}
    counts = {"added": 0, "dropped": 0}
    for entity, rows in list(builder.rows.items()):
        if builder.types.get(entity) != "person":
            continue
        english = [t for code, t, *_ in rows if code == "mul"]
        matches = (_NUMERAL.match(t) for t in english)
        parts = next((m for m in matches if m and m["name"].split()[0] not in _STYLES), None)
        if parts is None:
            continue
        name, numeral, rest = parts["name"], parts["n"], parts["rest"] or ""
        rest = rest if rest[:1].isupper() else ""  # Carl XVI Gustaf; not "of Monaco"
        for lang in REGNAL_LANGUAGES:
            cell = (names.get(name) or {}).get(lang) or name
            for own in (t.strip() for t in cell.split(" | ")):
                for text in regnal_forms(own, numeral, rest, lang):
                    note = "regnal name"
                    counts["added"] += builder.add(entity, "person", lang, text, note=note)
        counts["dropped"] += _drop_styled(builder, entity)
    return counts


def _drop_styled(builder: Any, entity: str) -> int:
    """Drop the entity's Latin-script forms that open with a style when the rest is a form of
    the entity in that language (or shared); the first form left in a language is canonical."""
    rows = builder.rows[entity]
    latin = ("mul", *REGNAL_LANGUAGES)
    bare = {(code, text) for code, text, *_ in rows}
    keep, dropped = [], 0
    for row in rows:
        first, _, rest = row[1].partition(" ")
        if (
            row[0] in latin
            and first in _STYLES
            and rest
            and ((row[0], rest) in bare or ("mul", rest) in bare)
        ):
            dropped += 1
            continue
        keep.append(row)
    seen: set[str] = set()
    for i, (code, text, _, inflect, note) in enumerate(keep):
        canonical = "0" if code in seen else "1"
        seen.add(code)
        keep[i] = (code, text, canonical, inflect, note)
    rows[:] = keep
    return dropped


# -- Cyrillic names in the Latin-script languages -------------------------------------------

_BASE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i",
         "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
         "т": "t", "у": "u", "ф": "f", "ы": "y", "э": "e", "ъ": "", "ь": "", "і": "i",
         "ґ": "g", "'": "", "’": ""}  # fmt: skip
# per language: consonants, then the iotated vowels (е ё ю я є ї) after a vowel or at the start
_TABLES: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "de": ({"в": "w", "ж": "sch", "з": "s", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
            "щ": "schtsch", "й": "j"},
           {"е": "je", "ё": "jo", "ю": "ju", "я": "ja", "є": "je", "ї": "ji"}),
    "fr": ({"ж": "j", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "й": "ï",
            "у": "ou"},
           {"е": "ie", "ё": "io", "ю": "iou", "я": "ia", "є": "ie", "ї": "ï"}),
    "es": ({"ж": "zh", "х": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "й": "i"},
           {"е": "ye", "ё": "io", "ю": "iu", "я": "ia", "є": "ye", "ї": "yi"}),
    "nl": ({"ж": "zj", "х": "ch", "ц": "ts", "ч": "tsj", "ш": "sj", "щ": "sjtsj", "й": "j",
            "у": "oe"},
           {"е": "je", "ё": "jo", "ю": "joe", "я": "ja", "є": "je", "ї": "ji"}),
    "sv": ({"ж": "zj", "х": "ch", "ц": "ts", "ч": "tj", "ш": "sj", "щ": "sjtj", "й": "j"},
           {"е": "je", "ё": "jo", "ю": "ju", "я": "ja", "є": "je", "ї": "ji"}),
    "ro": ({"ж": "j", "х": "h", "ц": "ț", "ч": "ci", "ш": "ș", "щ": "șci", "й": "i"},
           {"е": "ie", "ё": "io", "ю": "iu", "я": "ia", "є": "ie", "ї": "ii"}),
    "tr": ({"ж": "j", "х": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şç", "й": "y", "ы": "ı"},
           {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya", "є": "ye", "ї": "yi"}),
}  # fmt: skip
# the -ский / -ський ending of surnames, as each press writes it (Selenskyj, Zelenski), and the
# Russian -ий ending of first names (Dmitri, Dmitrij, Dmitriy)
_SKY = {"de": ("ski", "skyj"), "fr": ("ski", "sky"), "es": ("ski", "ski"), "nl": ("ski", "skyj"),
        "sv": ("skij", "skyj"), "ro": ("ski", "ski"), "tr": ("ski", "skiy")}  # fmt: skip
_IY = {"de": "i", "fr": "i", "es": "i", "nl": "i", "sv": "ij", "ro": "i", "tr": "iy"}
_VOWELS = "аеёиоуыэюяіїє"
# countries whose people the press names from Cyrillic (_glossary_east's list), less Moldova:
# Maia Sandu and Mihai Popșoi write their Romanian names in Latin letters
_CYRILLIC_NAMED = tuple(c for c in east._CYRILLIC_NAMED if c != "Moldova")
_HUSHING = "жчшщц"


def transcribe(name: str, lang: str, source: str) -> str:
    """``name`` (Ukrainian when ``source`` is ``uk``, else Russian) in ``lang``'s press style."""
    words = []
    for word in name.split(" "):
        low = word.lower()
        for ending, latin in (("ський", _SKY[lang][1]), ("ский", _SKY[lang][0])):
            if low.endswith(ending) and len(low) > len(ending):
                words.append(_letters(word[: -len(ending)], lang, source) + latin)
                break
        else:
            if source == "ru" and low.endswith("ий") and len(low) > 3:
                words.append(_letters(word[:-2], lang, source) + _IY[lang])
            else:
                words.append(_letters(word, lang, source))
    text = " ".join(words)
    if lang in ("es", "ro"):  # Maria, not Mariia; Spanish Andri (Romanian Andrii)
        text = re.sub(r"i(?=i(?:[aeou]|\b))" if lang == "es" else r"i(?=i[aeou])", "", text)
    return text


def _letters(word: str, lang: str, source: str) -> str:
    consonants, iotated = _TABLES[lang]
    out: list[str] = []
    for i, ch in enumerate(word):
        low, prev = ch.lower(), word[i - 1].lower() if i else ""
        nxt = word[i + 1 : i + 2].lower()
        start = not prev or prev in _VOWELS or prev in "ьъ'’"
        if low in iotated and not (low == "е" and (source == "uk" or not start)):
            new = iotated[low]
            if not start and prev in _HUSHING:  # ж, ч, ш, щ, ц take the plain vowel
                new = {"ё": "o", "ю": iotated["ю"][1:], "я": "a", "є": "e", "ї": "i"}[low]
        elif low == "г" and source == "uk":
            new = "h"
        elif low == "и" and source == "uk":
            new = "i" if lang in ("ro", "es") else "y"
        elif low == "с" and prev in _VOWELS and prev and nxt in _VOWELS and nxt:
            new = "ss" if lang in ("de", "fr") else "s"  # Rossen, Wassili
        else:
            new = consonants.get(low, _BASE.get(low, low))
        out.append(new[:1].upper() + new[1:] if ch.isupper() else new)
    return "".join(out)


def add_transcriptions(
    builder: Any, story: Iterable[Any], allows: Callable[[str, str], bool]
) -> dict[str, int]:
    """Add the transcribed names (see the module docstring); counts per language."""
    counts = dict.fromkeys(_TABLES, 0)
    cyrillic = {e.id: [(f.lang, f.text) for f in e.forms] for e in story if e.type == "person"}
    # the person's role: the curated row's source (its office) or the story glossary's note
    roles = {e.id: " ".join(f.note for f in e.forms) for e in story}
    roles.update((r["id"], r["source"]) for name in CURATED_TABLES for r in table(name))
    for entity, rows in list(builder.rows.items()):
        role = roles.get(entity, roles.get(entity.rsplit("-", 1)[0], ""))
        if builder.types.get(entity) != "person" or not any(c in role for c in _CYRILLIC_NAMED):
            continue
        forms = [(r[0], r[1]) for r in rows] + cyrillic.get(entity, [])
        english = [t for code, t in forms if code in ("mul", "en") and " " in t]
        source = "uk" if "Ukrain" in role else "ru"  # a Ukrainian by the Ukrainian name
        names = [t for code, t in forms if code == source]
        if not english or not names:
            continue
        surname = english[0].split(" ")[-1]
        if not east.romanised_from(surname, names[0].split(" ")[-1], source):
            continue
        alone = any(code in ("mul", "en") and t == surname for code, t in forms)
        full = next((n for n in names if " " in n), names[0])
        first = english[0].split(" ")[0]
        for lang in _TABLES:
            texts = [transcribe(full, lang, source)]
            if alone:
                texts.append(texts[0].split(" ")[-1])
            if len(english[0].split(" ")) == 2 and len(full.split(" ")) == 2:
                # the person's own Latin given name before the transcribed surname, as much
                # copy writes it (Ilham Alijev in TT's Swedish, Ilham Aliev in AFP's French)
                texts.append(f"{first} {texts[0].split(' ')[-1]}")
            for text in texts:
                if allows(lang, text):
                    note = f"transcribed from {source}"
                    counts[lang] += builder.add(entity, "person", lang, text, note=note)
    print(f"Latin transcriptions of Cyrillic names: {counts}", file=sys.stderr)
    return counts


# the letters č ć š ž đ as Turkish (ç ş j c) and Polish (cz sz ż dź) copy writes them
_RESPELL = {
    "tr": dict(zip("čćšžđČĆŠŽĐ", ["ç", "ç", "ş", "j", "c", "Ç", "Ç", "Ş", "J", "C"], strict=True)),
    "pl": dict(zip("čšžđČŠŽĐ", ["cz", "sz", "ż", "dź", "Cz", "Sz", "Ż", "Dź"], strict=True)),
}


def add_diacritic_spellings(builder: Any, allows: Callable[[str, str], bool]) -> dict[str, int]:
    """Add the Turkish and Polish spellings of people's shared names with č ć š ž đ (see the
    module docstring); counts per language."""
    counts = dict.fromkeys(_RESPELL, 0)
    for entity, rows in list(builder.rows.items()):
        if builder.types.get(entity) != "person":
            continue
        for code, text, *_ in list(rows):
            if code != "mul" or not set(text) & set(_RESPELL["tr"]):
                continue
            for lang, letters in _RESPELL.items():
                new = "".join(letters.get(c, c) for c in text)
                if new == text or not allows(lang, new):
                    continue
                if builder.add(entity, "person", lang, new, note=f"respelled for {lang}"):
                    counts[lang] += 1
                    if ("mul", text) in builder.person:
                        builder.person.add((lang, new))
    return counts
