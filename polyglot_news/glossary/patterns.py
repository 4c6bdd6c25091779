"""Compile glossary forms to word patterns: a stem and the endings allowed after it, per word.

Each form is split into words; each word becomes a :class:`WordRule`, a stem plus a set of
allowed endings expanded from the ending tables in ``glossary_data/inflections.json`` (stem +
ending rules, as in a Snowball-style suffix stripper, but generative: the paradigm named per
word in the glossary's ``inflect`` column, or guessed from the word's final letters). Korean
words take any chain of particles instead; abbreviations in capitals (КНДР, NATO) keep their
case. :func:`compile_form` is pure and cached, so the shared ``mul`` forms are compiled once for
every language; :mod:`polyglot_news.glossary.matcher` indexes the patterns and finds them in
text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from polyglot_news.errors import GlossaryFormatError
from polyglot_news.glossary.support import _WORD, COMMON, DERIVED

__all__ = ["ABBREVIATION", "Pattern", "WordRule", "compile_form", "form_words", "inflection_rules"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
ABBREVIATION = "abbr"  # the inflect value of a one-character headline abbreviation (北, 米)
ABBREVIATION_LANGUAGES = frozenset({"ko", "ja"})


def _norm(text: str) -> str:
    # lower() keeps lengths for the scripts we match (casefold would turn ß into ss); the
    # Turkish dotted capital İ lowers to i plus a combining dot, so it is mapped to i first
    return text.replace("İ", "i").lower().replace("ё", "е")


def form_words(text: str) -> list[str]:
    """The words of a form, split the way running text is tokenised."""
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def inflection_rules() -> dict[str, Any]:
    """The per-language ending tables shipped in ``glossary_data/inflections.json``."""
    data = files("polyglot_news.glossary_data").joinpath("inflections.json").read_text("utf-8")
    rules: dict[str, Any] = json.loads(data)
    return rules


@dataclass(frozen=True)
class WordRule:
    """One word of a form: its normalised stem and what may follow it inside the token."""

    stem: str
    endings: frozenset[str]
    chain: bool = False  # Korean: any chain of particles may follow
    exact: str = ""  # abbreviations (КНДР, DPRK) must match case-sensitively
    upper: bool = False  # a capitalised name word must be capitalised in the text (путина)
    alts: tuple[tuple[str, frozenset[str]], ...] = ()  # alternate stems (Damaszk-u, Дос-і)
    capital: bool = False  # a later word the form capitalises (Novi Sad): in lower case and a
    # common word of the language, it is that word (Novi sad jabuka: a new apple orchard)

    def stems(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """``(stem, endings)``: the citation stem first, then the alternations."""
        return ((self.stem, self.endings), *self.alts)

    def needs_capital(self) -> bool:
        """Whether a word starting in lower case never fits: a capitalised name word, or an
        abbreviation in capitals (КНДР, NATO; Nato is accepted, кндр is not)."""
        return self.upper or (self.exact[:1].isupper() and self.exact.capitalize()[:1].isupper())


@dataclass(frozen=True)
class Pattern:
    """A form compiled to word rules, and the entity it names."""

    entry_id: str
    words: tuple[WordRule, ...]
    flags: int = 0  # DERIVED when the form is a relational adjective; COMMON for common words


def _paradigm_for(word: str, rules: dict[str, Any]) -> str:
    """Guess a paradigm from the word's last letters (the ``guess`` table), or ``-``."""
    low = _norm(word)
    if len(low) < rules.get("guess_min_length", 0):
        return "-"  # the stem guard: Bar plus an ending is too often another word
    for suffix, paradigm in rules.get("guess", []):
        if low.endswith(suffix):
            return str(paradigm)
    if low and low[-1] in rules.get("consonants", ""):
        return str(rules.get("consonant_paradigm", "-"))
    return "-"


@lru_cache(maxsize=200_000)
def compile_form(
    entry_id: str, text: str, inflect: str, lang: str, origin: str = "", common: bool = False
) -> Pattern:
    """Compile one form into a :class:`Pattern` using the language's ending tables.

    Pure and cached: the shared ``mul`` forms are compiled once for every language.

    Raises GlossaryFormatError when ``inflect`` names a paradigm the language lacks or gives a
    different number of paradigms than the form has words.
    """
    rules = inflection_rules().get(lang, {})
    words = form_words(text)
    names = inflect.split() if inflect else []
    if inflect == ABBREVIATION:
        _check_abbreviation(entry_id, text, lang, origin)
        return Pattern(entry_id, ())
    if names and len(names) != len(words):
        raise GlossaryFormatError(
            f"{origin or entry_id}: inflect {inflect!r} names {len(names)} paradigms for"
            f" {len(words)} words of {text!r}; give one per word ('-' for invariant)",
            source=origin or entry_id,
        )
    if not names and not _ENDING_KEYS.intersection(rules):
        compiled = _invariant_words(words)  # most mul forms: nothing to look up per word
    else:
        compiled = _word_rules(words, names, rules, origin or entry_id)
    # a relational adjective: one word, or a hyphenated one whose parts before the last are
    # invariant (шри-ланкийский: "- adj")
    derived = bool(names) and names[-1].startswith("adj") and set(names[:-1]) <= {"-"}
    flags = (DERIVED if derived else 0) | (COMMON if common else 0)
    return Pattern(entry_id, compiled, flags)


def _guessed(word: str, rules: dict[str, Any], index: int, count: int) -> str:
    """The guessed paradigm of word ``index`` of a form of ``count`` words. Where the table
    says ``guess_last_word_only`` (Turkish: a suffix joins an institution's name without an
    apostrophe, Avrupa Birliğinin, Birleşmiş Milletlerde, while a one-word name takes one,
    Ankara'da), only the last word of a phrase is guessed, and a one-word form only to a
    paradigm of ``guess_one_word`` (Husilerin)."""
    if not rules.get("guess_last_word_only"):
        return _paradigm_for(word, rules)
    if index != count - 1:
        return "-"
    name = _paradigm_for(word, rules)
    return name if count > 1 or name in rules.get("guess_one_word", ()) else "-"


# the ending tables' keys that make a word's rule depend on the word (its paradigm)
_ENDING_KEYS = frozenset({"paradigms", "particles", "guess", "consonants"})


def _word_rules(
    words: list[str], names: list[str], rules: dict[str, Any], where: str
) -> tuple[WordRule, ...]:
    """The rule of each word of a form: its paradigm named in ``names`` or guessed from its
    ending, Korean particle chains, abbreviations in capitals kept exact."""
    compiled = []
    head = True  # only the first capitalised word must keep its capital (Kursk oblast)
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if word.isupper() and len(word) >= 2:  # Korean particles follow (NHK가, G20을)
            chain = last and "particles" in rules
            compiled.append(WordRule(_norm(word), _INVARIANT, chain=chain, exact=word))
            continue
        if "particles" in rules:
            compiled.append(WordRule(_norm(word), _INVARIANT, chain=last))
            continue
        name = names[index] if names else _guessed(word, rules, index, len(words))
        upper = head and word[:1].isupper() and not name.startswith("adj")
        capital = index > 0 and not head and word[:1].isupper()
        # a short capitalised head (La Réunion, Le Caire, El Salvador) may be a sentence's first
        # word: the next capitalised word must keep its capital too
        head = head and (not word[:1].isupper() or (len(word) <= 3 and not last))
        compiled.append(_word_rule(word, name, rules, where, upper, capital))
    return tuple(compiled)


def _invariant_words(words: list[str]) -> tuple[WordRule, ...]:
    """The word rules of a form in a language without ending tables (the ``mul`` forms in
    most languages, English): :func:`_word_rules` with every paradigm ``-``, without its
    per-word look-ups (tests/glossary/test_matcher_compile.py checks they agree)."""
    compiled = []
    head = True
    last = len(words) - 1
    for index, word in enumerate(words):
        if len(word) >= 2 and word.isupper():
            compiled.append(WordRule(_norm(word), _INVARIANT, exact=word))
            continue
        capital = index > 0 and not head and word[:1].isupper()
        compiled.append(
            WordRule(_norm(word), _INVARIANT, upper=head and word[:1].isupper(), capital=capital)
        )
        head = head and (not word[:1].isupper() or (len(word) <= 3 and index != last))
    return tuple(compiled)


def _check_abbreviation(entry_id: str, text: str, lang: str, origin: str) -> None:
    hangul = lang == "ko" and "\uac00" <= text <= "\ud7a3"  # 북, 러 (glossary/korean.py)
    if lang not in ABBREVIATION_LANGUAGES or len(text) != 1 or not (_HAN.fullmatch(text) or hangul):
        raise GlossaryFormatError(
            f"{origin or entry_id}: inflect 'abbr' is for one Han character in Korean or"
            f" Japanese headlines (北, 米) or one Hangul syllable in Korean (북), not"
            f" {lang} {text!r}",
            source=origin or entry_id,
        )


_INVARIANT = frozenset({""})


def _word_rule(
    word: str,
    name: str,
    rules: dict[str, Any],
    where: str,
    upper: bool = False,
    capital: bool = False,
) -> WordRule:
    low = _norm(word)
    if name == "-":
        return WordRule(low, _INVARIANT, upper=upper, capital=capital)
    paradigm = rules.get("paradigms", {}).get(name)
    if paradigm is None:
        known = ", ".join(sorted(rules.get("paradigms", {}))) or "none for this language"
        raise GlossaryFormatError(
            f"{where}: unknown paradigm {name!r} for {word!r}; use '-' or one of: {known}",
            source=where,
        )
    strip = paradigm["strip"]
    stem = low[: len(low) - len(strip)] if strip and low.endswith(strip) else low
    alts = tuple(
        (stem[: len(stem) - len(end)] + swap, frozenset(endings))
        for end, swap, endings in paradigm.get("alternations", ())
        if stem.endswith(end) and len(stem) > len(end) + 1
    )
    endings = _endings(name, tuple(paradigm["endings"]))
    return WordRule(stem, endings, upper=upper, alts=alts, capital=capital)


@lru_cache(maxsize=256)
def _endings(name: str, endings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(endings)  # one shared set per paradigm
