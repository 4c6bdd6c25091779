"""Place adjectives of countries and cities in German, Dutch, French, Spanish, Italian,
Portuguese and Romanian (issue 12, adjs): ``russische Truppen``, ``Münchner Polizei``,
``Antwerpse haven``, ``l'armée ukrainienne``, ``la policía madrileña``, ``il governo svizzero``,
``autoridades lisboetas``, ``trupele ruse``.

No offline source gives demonyms (CLDR has none), so the masculine singular comes from the
reviewed table ``glossaries/demonyms.tsv`` (its header names the national style references it
follows) and this module writes the forms agreement gives: German strong and weak endings
(-e -en -em -er -es; a city adjective in -er is invariant), Dutch -e, French, Spanish, Italian
and Portuguese gender and number, Romanian gender, number and the oblique feminine (standard
grammars: Duden-Grammatik, ANS, Grevisse, the RAE's Nueva gramática, Serianni, Cunha and
Cintra, GALR). A generated form is kept when the language's Hunspell dictionary (Debian
``hunspell-de-de``, ``-nl``, ``-fr``, ``-es``, ``-it``, ``-pt-pt``, ``-pt-br``, ``-ro``) accepts
it, or when the dictionary lacks the whole word (a rarer city adjective: Kiewer, kiévien);
the curated form itself is always kept. Each form is a row of its own with the language's
invariant ``adj`` paradigm and the derived flag, after the place's names (French ``suisse``
after ``Suisse``: the capitalised name wins a tie, so only the lower-case word is the
adjective).
Where an adjective counts in running text (before a noun in German and Dutch, after one in
the Romance languages) is the matcher's business: ``polyglot_news/glossary/adjectives.py``.
Build time only.
"""

from __future__ import annotations

import sys
from typing import Any

from _glossary_builder import table
from _glossary_slavic import SPELLER_CODES, SPELLERS

from polyglot_news.glossary.matcher import form_words
from polyglot_news.glossary.model import form_key

LANGS = ("de", "nl", "fr", "es", "it", "pt", "ro")
# the Hunspell dictionaries asked per language (Portuguese: either norm's spelling counts)
DICTIONARIES = {"de": ("de_DE",), "nl": ("nl",), "fr": ("fr_FR",), "es": ("es_ES",),
                "it": ("it_IT",), "pt": ("pt_PT", "pt_BR"), "ro": ("ro_RO",)}  # fmt: skip
SPELLER_CODES.update({code: code for codes in DICTIONARIES.values() for code in codes})

# (ending of the masculine singular, letters to strip, endings): the first matching line
# gives the forms; candidates the dictionary decides between share a line (Italian -co:
# tedeschi but greci)
_AGREEMENT: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {
    "fr": [
        ("e", 0, ("", "s")),
        ("ien", 0, ("", "ne", "s", "nes")),
        ("éen", 0, ("", "ne", "s", "nes")),
        ("on", 0, ("", "e", "ne", "s", "es", "nes")),
        ("s", 0, ("", "e", "es")),
        ("x", 0, ("", "e", "es")),
        ("", 0, ("", "e", "s", "es")),
    ],
    "es": [
        ("és", 2, ("és", "esa", "eses", "esas")),
        ("án", 2, ("án", "ana", "anes", "anas")),
        ("ís", 2, ("ís", "isa", "ises", "isas")),
        ("o", 1, ("o", "a", "os", "as")),
        ("í", 0, ("", "es", "s")),
        ("e", 0, ("", "s")),
        ("a", 0, ("", "s")),
        ("", 0, ("", "a", "es", "as")),
    ],
    "it": [
        ("co", 1, ("o", "a", "i", "e", "hi", "he")),
        ("go", 1, ("o", "a", "hi", "he")),
        ("io", 1, ("o", "a", "", "e")),
        ("o", 1, ("o", "a", "i", "e")),
        ("e", 1, ("e", "i")),
        ("ga", 1, ("a", "i", "hi", "he")),
        ("a", 1, ("a", "i", "e")),
        ("", 0, ("",)),
    ],
    "pt": [
        ("ês", 2, ("ês", "esa", "eses", "esas")),
        ("ão", 2, ("ão", "ã", "ães", "ãos", "ões", "ãs")),
        ("ol", 2, ("ol", "ola", "óis", "olas")),
        ("o", 1, ("o", "a", "os", "as")),
        ("eu", 2, ("eu", "eia", "eus", "eias")),
        ("e", 0, ("", "s")),
        ("a", 0, ("", "s")),
        ("i", 0, ("", "s")),
        ("", 0, ("", "es", "a", "as")),
    ],
    "ro": [
        ("ean", 3, ("ean", "eană", "eni", "ene")),
        ("ian", 3, ("ian", "iană", "ieni", "iene")),
        ("ac", 2, ("ac", "acă", "aci", "ace", "eci", "ece")),
        ("s", 1, ("s", "să", "și", "se")),
        ("t", 1, ("t", "tă", "ți", "te")),
        ("d", 1, ("d", "dă", "zi", "de")),
        ("c", 1, ("c", "că", "ci", "ce")),
        ("ă", 0, ("",)),
        ("", 0, ("", "ă", "i", "e")),
    ],
}


def agreement_forms(base: str, lang: str) -> list[str]:
    """The forms of the adjective ``base`` (masculine singular; German: uninflected or an
    invariant city adjective in -er; Dutch: uninflected) that agreement may give, curated
    form first. Hyphenated and spaced adjectives agree in their last word (nord-coréenne)."""
    head, last = _split_last(base)
    if lang == "de":
        if last[:1].isupper() and last.endswith("er"):
            return [base]  # Münchner Polizei, Schweizer Franken: invariant
        return [head + last + ending for ending in ("e", "en", "em", "er", "es")]
    if lang == "nl":  # the uninflected Russisch, Antwerps is also the language or a noun
        if last.endswith("e"):
            return [base]
        return [head + (last[:-3] + "ese" if last.endswith("ees") else last + "e")]
    for ending, strip, endings in _AGREEMENT[lang]:
        if last.endswith(ending):
            stem = last[: len(last) - strip]
            forms = [head + stem + e for e in endings]
            return [base] + [f for f in forms if f != base]
    return [base]


def _split_last(base: str) -> tuple[str, str]:
    """``(everything before the last word, the last word)`` (US-, nord-, Costa )."""
    cut = max(base.rfind("-"), base.rfind(" ")) + 1
    return base[:cut], base[cut:]


def _known(lang: str, word: str) -> bool:
    return any(SPELLERS.knows(code, word) for code in DICTIONARIES[lang])


def kept_forms(base: str, lang: str) -> list[str]:
    """The forms of ``base`` to ship: the curated one, and each generated one the dictionary
    accepts, or all of them where the dictionary lacks the curated word (Kiewer, kiévien)."""
    forms = agreement_forms(base, lang)
    covered = _known(lang, base)
    keep = [f for f in forms if not covered or _known(lang, f)]
    if lang in ("de", "nl") and forms != [base]:
        return keep  # the uninflected russisch, Russisch is also the language
    return [base, *[f for f in keep if f != base]]


def add_demonyms(builder: Any) -> dict[str, int]:
    """Add every form of every adjective of ``glossaries/demonyms.tsv`` to ``builder``, as a
    derived adjective that is no canonical name; the count of forms added per language.
    Raises SystemExit naming the table's row when its id is no entity of the builder."""
    rows = table("demonyms.tsv")
    for lang in LANGS:
        codes = DICTIONARIES[lang]
        words = {f for r in rows for b in r[lang].split("|") if b != "-"
                 for f in agreement_forms(b, lang)}  # fmt: skip
        for code in codes:
            SPELLERS.prepare(code, words)
    added = dict.fromkeys(LANGS, 0)
    for row in rows:
        entity = row["id"]
        if entity not in builder.rows:
            raise SystemExit(f"demonyms.tsv: no entity {entity!r}; fix the id")
        for lang in LANGS:
            for base in (b for b in row[lang].split("|") if b != "-"):
                for form in kept_forms(base, lang):
                    added[lang] += _add(builder, entity, lang, form)
    print(f"place adjectives (scripts/_glossary_demonyms.py): {added}", file=sys.stderr)
    return added


def _add(builder: Any, entity: str, lang: str, form: str) -> bool:
    """Add one adjective form. One spelled like the place's name in the language but in lower
    case (French suisse beside Suisse, Spanish argentina beside Argentina) is added after it:
    the name needs its capital and wins a tie, so only the lower-case word is the adjective.
    One spelled like a name shared by every Latin-script language only (mul) is left out, and
    so is one another entity holds (Romanian ruse: Ruse, the Bulgarian city)."""
    key = form_key(form)
    rows = builder.rows[entity]
    if any(r[0] == "mul" and form_key(r[1]) == key for r in rows) and not any(
        r[0] == lang and form_key(r[1]) == key for r in rows
    ):
        return False
    inflect = " ".join(["-"] * (len(form_words(form)) - 1) + ["adj"])
    kind = builder.types[entity]
    if not builder.add(entity, kind, lang, form, inflect=inflect, note="derived adjective"):
        return False
    # an adjective is no canonical name
    rows[:] = [(*r[:2], "0", *r[3:]) if r[:2] == (lang, form) else r for r in rows]
    return True
