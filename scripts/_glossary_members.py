"""Armed groups and movements named by their members in the plural (build time).

The press names a group by its members as often as by its name: Russian ``талибы``,
``хамасовцы``, Polish ``talibowie``, Czech ``tálibové``, Swedish ``talibanerna``, Bulgarian
``талибаните``. ``glossaries/group_members.tsv`` gives each language's nominative plural (a
reviewed spelling, with the outlets it follows); this module adds it to the group's entity with
its case forms, made by the endings of ``glossaries/plural_endings.tsv`` (the longest ending of
the language that fits; in a phrase every word takes the ending of the same case, so that
``пакистанских талибов`` agrees). Russian and Ukrainian forms are checked against pymorphy3's
dictionaries where they know the word (a generated form the lexeme lacks is dropped; the
dictionary's noun is the member, ``талиб``, so the common-word gate does not apply); a word they
do not know (``хамасовцы``) keeps the rule's forms. Swedish, Danish, Dutch and Norwegian forms
keep their guessed paradigm, which takes the genitive -s outside the name. The singular is never
added: ``Талиб`` is a given name (Абу Талиб). Every form is also written with a capital, as at a
sentence's start; forms of the languages without a dictionary pass the build's common-word gate.
"""

from __future__ import annotations

from collections.abc import Callable

import _glossary_morph as morph
from _glossary_builder import Builder, table

from polyglot_news.glossary.matcher import form_words


def _endings() -> dict[str, list[tuple[str, list[str]]]]:
    """Per language, (nominative ending, oblique endings), longest ending first."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for row in table("plural_endings.tsv"):
        found.setdefault(row["lang"], []).append((row["ending"], (row["oblique"] or "").split()))
    return {lang: sorted(rows, key=lambda r: -len(r[0])) for lang, rows in found.items()}


def _word_cases(word: str, rules: list[tuple[str, list[str]]]) -> list[str]:
    """The oblique forms of one word by the first rule whose ending it has ([] when none)."""
    for ending, oblique in rules:
        if word.lower().endswith(ending):
            stem = word[: len(word) - len(ending)]
            return [stem + o for o in oblique]
    return []


def case_forms(text: str, lang: str, rules: list[tuple[str, list[str]]]) -> list[str]:
    """The phrase ``text`` in each oblique case its words all have, in order of cases."""
    words = form_words(text)
    cases = [_word_cases(w, rules) for w in words]
    if not words or any(not c for c in cases):
        return []
    forms = []
    for i in range(min(len(c) for c in cases)):
        phrase = text
        for word, word_cases in zip(reversed(words), reversed(cases), strict=True):
            cut = phrase.rindex(word)
            phrase = phrase[:cut] + word_cases[i] + phrase[cut + len(word) :]
        forms.append(phrase)
    return [f for f in forms if _checked(f, text, lang)]


def _checked(form: str, nominative: str, lang: str) -> bool:
    """Whether pymorphy3 (ru, uk) agrees: every word it knows in the nominative plural must
    have the generated word among its lexeme's plural forms."""
    analyzer = morph.analyzer(lang)
    if analyzer is None:
        return True
    for word, base in zip(form_words(form), form_words(nominative), strict=True):
        if not analyzer.word_is_known(base.lower()):
            continue
        plural = {
            f.word
            for p in analyzer.parse(base.lower())
            if {"plur", "nomn"} <= p.tag.grammemes
            for f in p.lexeme
            if "plur" in f.tag.grammemes
        }
        if plural and word.lower() not in plural:
            return False
    return True


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def add_member_forms(builder: Builder, allows: Callable[[str, str], bool]) -> dict[str, int]:
    """Add every row of ``group_members.tsv`` with its case forms; the count per language."""
    endings = _endings()
    counts: dict[str, int] = {}
    for row in table("group_members.tsv"):
        entity, lang = row["id"], row["lang"]
        if entity not in builder.rows:
            raise SystemExit(f"group_members.tsv: no entity {entity!r}; fix the id")
        kind = builder.types[entity]
        note = f"members; source: {row['source']}; checked {row['checked']}"
        for text in (t.strip() for t in row["forms"].split(" | ")):
            forms = [text, *case_forms(text, lang, endings.get(lang, []))]
            checked = morph.analyzer(lang) is not None
            for form in dict.fromkeys(f for base in forms for f in (base, _capitalised(base))):
                if " " not in form and not checked and not allows(lang, form):
                    continue
                # a language that takes the genitive -s outside the name (sv, da, nl, no)
                # keeps its guessed paradigm; a listed case form is matched as written
                inflect = " ".join("-" for _ in form_words(form)) if lang in endings else ""
                if builder.add(entity, kind, lang, form, inflect=inflect, note=note):
                    counts[lang] = counts.get(lang, 0) + 1
                    note = ""
                # the members' noun is no other word: талибы, talibowie need no context
                builder.members.add((lang, form))
    return counts
