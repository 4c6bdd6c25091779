"""Geographic features in the news: water bodies and airports (build time).

Reads ``glossaries/waters.tsv`` (seas, gulfs, straits, canals, rivers, lakes: type ``water``) and
``glossaries/airports.tsv`` (type ``airport``), curated (MIT; each row with the gazetteers,
operators and outlets whose spelling it follows and the date written), into the builder after
the countries and cities (which keep a name they share with a feature: Dnipro, Днепр, Suez,
Бориспіль) and before the first-level regions (so that the Red Sea is the sea, and Sudan's Red
Sea State takes another id). Polish, Czech, German, Swedish and Romanian case forms are
written in the tables; Russian and Ukrainian phrases (Красное море, Керченська протока) are
declined here by pymorphy3: each word that the dictionary reads as a nominative singular noun
or adjective is put in the genitive, dative, accusative, instrumental and prepositional case,
an adjective in the gender of its noun (в Красном море, з Керченської протоки). One-word
forms pass the place gate (``_glossary_places.Gate``: no common word of the language).
"""

from __future__ import annotations

import itertools
import sys
from typing import Any

import _glossary_morph as morph
from _glossary_builder import Builder, table

_META = ("id", "type", "source", "checked")
_CASES = ("gent", "datv", "accs", "ablt", "loct")


FEATURE_TABLES = ("waters.tsv", "airports.tsv")


def add_features(builder: Builder) -> int:
    """Add every feature of ``FEATURE_TABLES`` with its forms and Russian/Ukrainian case forms
    (the row's ``type``); the number of forms added."""
    added = dropped = held = 0
    places = _place_forms(builder)
    for row in (r for name in FEATURE_TABLES for r in table(name)):
        names = {lang: [t.strip() for t in row[lang].split(" | ") if t.strip()]
                 for lang in row if lang not in _META and row[lang]}  # fmt: skip
        kind = row["type"]
        if kind == "airport" and all(_holds_place(places, "en", t) for t in names["en"]):
            held += 1  # Munich Airport, Incheon Airport: named by the city, which is matched
            continue
        entity = builder.entity_id(row["id"], names)
        note = f"source: {row['source']}; checked {row['checked']}"
        for lang, forms in names.items():
            for i, text in enumerate(forms):
                if not builder.gate.allows(lang, text):
                    dropped += 1
                    continue
                if row["type"] == "airport" and _holds_place(places, lang, text):
                    held += 1  # Frankfurt Airport, مطار بيروت: the city is what is named
                    continue
                added += builder.add(entity, kind, lang, text, note=note if i == 0 else "")
                for case_form in phrase_cases(text, lang):
                    added += builder.add(entity, kind, lang, case_form, note="declined")
        for text in names.get("en", []):  # shared by the Latin-script languages, like curated rows
            if not (kind == "airport" and _holds_place(places, "en", text)):
                added += builder.add(entity, kind, "mul", text, note="English form, shared")
    print(f"water bodies and airports: {added} forms, {dropped} dropped as common words, "
          f"{held} airport names holding a city's or country's name left to it",
          file=sys.stderr)  # fmt: skip
    return added


def _place_forms(builder: Builder) -> dict[str, set[str]]:
    """The lower-cased forms of every country and city, per language (``mul`` under each)."""
    found: dict[str, set[str]] = {}
    for entity, rows in builder.rows.items():
        if builder.types.get(entity) in ("city", "country"):
            for lang, text, *_ in rows:
                found.setdefault(lang, set()).add(text.lower())
    for row in table("aliases.tsv"):  # added after the features: Frankfurt for Frankfurt am Main
        if builder.types.get(row["id"]) in ("city", "country"):
            found.setdefault(row["lang"], set()).add(row["form"].lower())
    return found


def _holds_place(places: dict[str, set[str]], lang: str, text: str) -> bool:
    """Whether an airport's name holds a city's or country's form as a word or run of words,
    a word also with up to three letters of an ending (аэропорт Франкфурта, Frankfurter
    Flughafen, lotnisko w Pradze: Prag-), or, in Chinese and Japanese, as a substring
    (法兰克福机场): the city is named there, and its name is what a report must keep."""
    known = places.get(lang, set()) | places.get("mul", set())
    low = text.lower()
    if lang in ("ja", "zh"):
        return any(low[i:j] in known for i in range(len(low)) for j in range(i + 2, len(low) + 1)
                   if low[i:j] != low)  # fmt: skip
    words = low.replace("-", " ").split()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            run = " ".join(words[i:j])
            if run == low.replace("-", " "):
                continue  # the airport's whole name (Heathrow) is no city's
            stems = {run} | {run[:-k] for k in (1, 2, 3) if len(run) - k >= 4}
            if stems & known:
                return True
    return False


def phrase_cases(text: str, lang: str) -> list[str]:
    """The oblique case forms of a Russian or Ukrainian phrase of nouns and adjectives in the
    nominative singular (``Красное море`` -> ``Красного моря``, ``Красном море``...), every
    variant the dictionary gives (Ukrainian ``Червоному морі`` and ``Червонім морі``); empty
    for one word (the matcher declines those) or when a word cannot be read."""
    analyzer = morph.analyzer(lang)
    words = text.split(" ")
    if analyzer is None or len(words) < 2:
        return []
    # a word before a noun is read as its adjective where it can be (Чорне море: not чорне,
    # "black paint"); the first noun is the head, a later one in apposition (река Днепр)
    parses = [
        _nominative(analyzer, w, adjective=any(_nominative(analyzer, x) for x in words[i + 1 :]))
        for i, w in enumerate(words)
    ]
    head = next((p for p in parses if p is not None and "NOUN" in p.tag), None)
    if head is None:
        return []
    forms: set[str] = set()
    for case in _CASES:
        # an inanimate noun's accusative is its nominative, and so is its adjective's
        inanimate = case == "accs" and _case_forms(head, "accs", None) == {head.word}
        variants = [
            {word}
            if parse is None
            or (parse is not head and "NOUN" in parse.tag)
            or (inanimate and "ADJF" in parse.tag)
            else {_cased_like(f, word) for f in _case_forms(parse, case, head.tag.gender)}
            for word, parse in zip(words, parses, strict=True)
        ]  # an unread word or a noun in apposition (река Днепр) stays as written
        if all(variants):
            forms |= {" ".join(combo) for combo in itertools.product(*variants)}
    return sorted(forms - {text})


def _case_forms(parse: Any, case: str, gender: str | None) -> set[str]:
    """The singular forms of ``parse``'s lexeme in ``case`` (an adjective's in ``gender``)."""
    found = set()
    for form in parse.lexeme:
        tag = form.tag
        if case not in tag or "plur" in tag or ("Supr" in tag) != ("Supr" in parse.tag):
            continue  # not Краснейшего моря
        if "ADJF" in tag and gender and gender not in tag:
            continue
        found.add(form.word)
    return found


def _nominative(analyzer: Any, word: str, *, adjective: bool = False) -> Any:
    """The dictionary's reading of ``word`` as a nominative singular noun or full adjective,
    the adjective first when ``adjective``."""
    # Ukrainian tags give no number to a singular: "not plural"
    readings = [p for p in analyzer.parse(word) if "nomn" in p.tag and "plur" not in p.tag
                and ("NOUN" in p.tag or "ADJF" in p.tag)]  # fmt: skip
    if adjective:
        readings.sort(key=lambda p: "ADJF" not in p.tag)
    return readings[0] if readings else None


def _cased_like(form: str, model: str) -> str:
    """``form`` (lower case, ё as written) capitalised like ``model``, hyphen parts too."""
    parts, models = form.split("-"), model.split("-")
    if len(parts) != len(models):
        return form[:1].upper() + form[1:] if model[:1].isupper() else form
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                    for p, m in zip(parts, models, strict=True))  # fmt: skip
