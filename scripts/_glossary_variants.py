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
