"""Other transcriptions of people's names the press writes beside the curated one (build time).

Arabic names reach the Latin- and Cyrillic-script press through several transcriptions, and a
name is written in each: the article as ``al-``, ``el-`` or assimilated to a sun letter
(``as-Sisi``, ``ash-Sharaa``, ``ad-Dbeibah``; Russian ``аль-``, ``эль-``, ``ас-``, ``аш-``),
and the most frequent given names in their spellings (Mohamed, Mohammed, Muhammad, Mohammad;
Ahmed, Ahmad; Abdel, Abdul; Мохаммед, Мухаммед, Мохамед). Burmese ``Aung`` is written Аунг or
Аун in Russian and Ukrainian (Мин Аунг Хлайн, Мин Аун Хлайн). ``add_variants`` gives every
curated person's form each single respelling (one part changed at a time, and both the article
and the given name), through the builder's claim rule (never another entity's form). Spelling
conventions: the transcription tables of the Arabic article (the sun letters t th d dh r z s sh
ṣ ḍ ṭ ẓ l n assimilate it, as in the ALA-LC and the press's "as-Sisi"), and the outlets' usage
of the given names (AP, Reuters, AFP: Mohamed / Mohammed; TASS, RIA: Мохаммед, Мухаммед).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# families of spellings of one given name, per script; each member is a whole word
_GIVEN = {
    "latin": (
        ("Mohamed", "Mohammed", "Muhammad", "Mohammad", "Mohamad", "Muhammed"),
        ("Ahmed", "Ahmad"),
        ("Abdel", "Abdul"),
        ("Abdullah", "Abdallah"),
        ("Mahmoud", "Mahmud"),
        ("Hussein", "Hussain"),
        ("Youssef", "Yousef", "Yusuf"),
        ("Khaled", "Khalid"),
    ),
    "cyrillic": (
        ("Мохаммед", "Мухаммед", "Мохамед", "Мухаммад", "Мохаммад"),
        ("Ахмед", "Ахмад"),
        ("Абдель", "Абдул"),
        ("Махмуд", "Махмут"),
        ("Аунг", "Аун"),  # Burmese Aung: Мин Аунг Хлайн, Мин Аун Хлайн
    ),
}
_LATIN_ARTICLE = re.compile(r"\b([AaEe]l|[Aa](?:s|sh|d|t|th|r|z|n))-(?=\w)")
_CYRILLIC_ARTICLE = re.compile(r"(?<!\w)([АаЭэЕе]ль|[Аа](?:с|ш|д|т|р|з|н))-(?=\w)")
_SUN_LATIN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_SUN_CYRILLIC = ("ш", "т", "д", "р", "з", "с", "н")
_LANGS = {"en": "latin", "mul": "latin", "fr": "latin", "de": "latin", "es": "latin",
          "it": "latin", "pt": "latin", "ru": "cyrillic", "uk": "cyrillic"}  # fmt: skip


def add_variants(builder: Any) -> int:
    """Add the respellings of every person's forms in en, mul, fr, de, es, it, pt, ru, uk;
    how many forms were added."""
    added = 0
    for entity, rows in list(builder.rows.items()):
        if builder.types.get(entity) != "person":
            continue
        for lang, text, *_ in list(rows):
            script = _LANGS.get(lang)
            if script is None:
                continue
            for variant in respellings(text, script, lang):
                added += builder.add(entity, "person", lang, variant, note="transcription variant")
    return added


def respellings(text: str, script: str, lang: str = "") -> list[str]:
    """Other spellings of one name: its article in each form, its given names in each spelling
    of their family, and both at once (``Mohamed el-Menfi`` -> ``Mohammed al-Menfi``...)."""
    articles = _article_variants(text, script, lang)
    out = set(articles)
    for base in (text, *articles):
        out.update(_given_variants(base, script))
    out.discard(text)
    return sorted(out)


def _article_variants(text: str, script: str, lang: str) -> set[str]:
    """``al-X`` as ``el-X`` and assimilated (``as-Sisi``), and each of those as ``al-X``."""
    pattern = _LATIN_ARTICLE if script == "latin" else _CYRILLIC_ARTICLE
    match = pattern.search(text)
    if match is None:
        return set()
    rest = text[match.end() :]
    upper = match.group(1)[:1].isupper()
    if script == "latin":
        plain = ("al", "el")
        sun = next((s for s in _SUN_LATIN if rest.lower().startswith(s)), None)
    else:
        plain = ("аль", "эль") if lang != "uk" else ("аль", "ель")
        sun = next((s for s in _SUN_CYRILLIC if rest.lower().startswith(s)), None)
    options = [*plain, ("а" if script != "latin" else "a") + sun] if sun else list(plain)
    out = set()
    for option in options:
        article = option[:1].upper() + option[1:] if upper else option
        out.add(text[: match.start()] + article + "-" + rest)
    return out


def _given_variants(text: str, script: str) -> set[str]:
    """``text`` with one given name respelled as each other member of its family."""
    words = text.split(" ")
    out = set()
    for i, word in enumerate(words):
        for family in _GIVEN[script]:
            if word in family:
                out.update(" ".join([*words[:i], other, *words[i + 1:]])
                           for other in family if other != word)  # fmt: skip
    return out


# The Arab League's members (ISO 3166-1 alpha-2): their places' names reach the press through
# the transcriptions below; and their English names, as the curated people's sources cite them
ARAB_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
)
_ARAB_SOURCE = re.compile(
    r"\b(?:Algeria|Bahrain|Comoros|Djibouti|Egypt|Iraq|Jordan|Kuwait|Lebanon|Libya|Mauritania"
    r"|Morocco|Oman|Palestin\w*|Qatar|Saudi|Somalia|Sudan|Syria|Tunisia|United Arab Emirates"
    r"|UAE|Yemen|Hamas|Hezbollah|Houthi\w*|Gaza)\b"
)
_CONSONANT = "b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z"
# English press respellings of a gazetteer's transcription, each optional: a final -ah after a
# consonant (Ar Raqqah: Raqqa), the diminutive -uway- (Suwayda: Sweida), u as ou (Khan Yunis:
# Khan Younis)
_ENGLISH = (
    (re.compile(rf"(?<=\w[{_CONSONANT}])ah\b"), "a"),
    (re.compile(r"(?<=\w)uway(?=\w)"), "wei"),
    (re.compile(r"(?<![oOaA])u"), "ou"),
)
# French (AFP, Le Monde), German (dpa) and Spanish (EFE) conventions for the same letters:
# sh ch, u ou, w ou after a consonant, ï after a vowel, initial j dj, intervocalic s ss, a final
# ʿayn -aa as -eh (al-Chareh); German sch and ch for sh and kh; Spanish j for kh
_FOREIGN: dict[str, tuple[tuple[re.Pattern[str], Any], ...]] = {
    "fr": (
        (re.compile(r"[Ss]h"), lambda m: "Ch" if m.group()[0] == "S" else "ch"),
        (re.compile(r"(?<![oO])u"), "ou"),
        (re.compile(rf"(?<=[{_CONSONANT}])w(?=[aeiy])"), "ou"),
        (re.compile(r"(?<=[aeo])[iy](?![aeiouy])"), "ï"),
        (re.compile(r"\bJ(?=[aeiou])"), "Dj"),
        (re.compile(r"(?<=[aeiou])s(?=[aeiou])"), "ss"),
        (re.compile(r"(?<=\w\w)aa\b"), "eh"),
    ),
    "de": (
        (re.compile(r"[Ss]h"), lambda m: "Sch" if m.group()[0] == "S" else "sch"),
        (re.compile(r"kh"), "ch"),
    ),
    "es": ((re.compile(r"kh"), "j"),),
}


def add_arabic_transcriptions(builder: Any, places: set[str]) -> dict[str, int]:
    """Add the press's other transcriptions of Arabic names: ``places`` (entity ids of cities and
    regions of Arab countries) and the people whose source cites an Arab country or who bear
    the Arabic article, from their English forms. English respellings go to every Latin-script
    language (``mul``), French, German and Spanish ones to that language (Charm el-Cheikh,
    Scharm el-Scheich); a one-word form passes the common-word gate, and a person's short name
    that needs the person's context (``builder.person``: al-Sheikh) gets none. How many forms
    were added per language."""
    todo = []  # cities first: Khan Younis is the city's before its governorate's
    for entity, rows in sorted(builder.rows.items(), key=lambda i: builder.types[i[0]] != "city"):
        kind = builder.types.get(entity)
        if entity in places or (kind == "person" and _arab_person(rows)):
            todo += [(entity, kind, text) for lang, text, *_ in rows if lang == "en"]
    english = {(e, k, t): english_respellings(t, place=k != "person") for e, k, t in todo}
    candidates = [(("mul", e, k, t), forms - {t}) for (e, k, t), forms in english.items()]
    candidates += [
        ((lang, entity, kind, text), {v for f in forms for v in foreign_respellings(f, lang)})
        for (entity, kind, text), forms in english.items()
        for lang in _FOREIGN
    ]
    builder.gate.prepare((lang, t) for (lang, *_), forms in candidates for t in forms)
    added = dict.fromkeys(("mul", *_FOREIGN), 0)
    for (lang, entity, kind, source), forms in candidates:
        if {("en", source), ("mul", source)} & builder.person:
            continue  # al-Sheikh, Saied: a short name that needs the person's context
        for form in sorted(forms):
            if " " not in form and "-" not in form and not builder.gate.allows(lang, form):
                continue
            added[lang] += builder.add(entity, kind, lang, form, note="transcription")
    return added


def _arab_person(rows: list[tuple[str, ...]]) -> bool:
    return any(_ARAB_SOURCE.search(row[4]) or _LATIN_ARTICLE.search(row[1]) for row in rows)


def english_respellings(text: str, place: bool = True) -> set[str]:
    """The English press's spellings of a gazetteer's Arabic name: without diacritics and a
    final apostrophe, its article joined (``Al Qamishli``: ``al-Qamishli``) and, for a place,
    dropped (``Qamishli``), each rule of ``_ENGLISH`` applied or not (``Ar Raqqah``: ``Raqqa``;
    ``As Suwayda'``: ``Sweida``). ASCII forms only; ``text`` itself included when plain."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).rstrip("'’ʿʾ")
    if not plain.isascii():
        return set()
    bases = {plain}
    spaced = re.match(r"(A[ls]|A[dnrstz]|Ash|Ath|Adh|El) (?=[A-Z])", plain)
    if spaced:
        rest = plain[spaced.end() :]
        bases.add(spaced.group(1).lower() + "-" + rest)
        if place and len(rest) > 3:
            bases.add(rest)
    out = set(bases)
    for pattern, repl in _ENGLISH:
        out |= {pattern.sub(repl, form) for form in out}
    return out


def foreign_respellings(text: str, lang: str) -> set[str]:
    """``text`` in ``lang``'s transcription (``_FOREIGN``): every rule at once, and every rule
    but one (the press drops the diaeresis or the doubled s as often as not); its article also
    as ``el-`` (Charm el-Cheikh)."""
    rules = _FOREIGN[lang]
    out = set()
    for base in {text, *(_article_variants(text, "latin", lang) if "-" in text else ())}:
        for skipped in (None, *range(len(rules))):
            form = base
            for index, (pattern, repl) in enumerate(rules):
                if index != skipped:
                    form = pattern.sub(repl, form)
            out.add(form)
    out.discard(text)
    return out
