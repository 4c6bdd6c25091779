"""Find glossary names in running text, with inflection, particles and longest-match-wins.

Two matchers, both compiled once per glossary and language:

* :class:`TokenMatcher` (languages written with spaces, and Korean). Each form is split into
  words; each word becomes a stem plus a set of allowed endings, expanded from the ending tables
  in ``glossary_data/inflections.json`` (stem + ending rules, as in a Snowball-style suffix
  stripper, but generative: the paradigm named per word, or guessed from its final letters).
  Korean words take any chain of up to ``max_particles`` particles, checked by a small dynamic
  programme. Text is split into ``\\w+`` tokens; each token looks up its prefixes (the token
  minus 0..max-ending characters) in a hash index of first-word stems, so the work per token
  is a handful of dictionary probes whatever the glossary size. Multi-word candidates then
  check the following tokens; the candidate covering the most tokens (then characters, then
  the longest stem) wins, so ``Курской области`` is the oblast and not the city.
* :class:`SubstringMatcher` (Chinese and Japanese, no word boundaries): one alternation regex of
  the literal forms, longest first; katakana forms must not touch other katakana (ソウル is
  Seoul, ソウルフード is not), Latin abbreviations must not touch Latin letters.

Forms in the pseudo-language ``mul`` are matched in every language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Protocol

from polyglot_news.errors import GlossaryFormatError
from polyglot_news.glossary.arabic import without_arabic_words
from polyglot_news.glossary.context import (
    without_article_nouns,
    without_first_names,
    without_men_named_like_places,
    without_surnames,
)
from polyglot_news.glossary.initial import NAME_FIRST, without_word_openers
from polyglot_news.glossary.matcher_index import NO_NEXT, StartTables
from polyglot_news.glossary.people import PERSON, with_person_context
from polyglot_news.glossary.support import (
    _GAP_CHARS,
    _WORD,
    COMMON,
    DERIVED,
    WORD_FIRST,
    Hit,
    supported,
)
from polyglot_news.glossary.things import without_things

__all__ = [
    "COMMON",
    "DERIVED",
    "Hit",
    "WORD_FIRST",
    "Matcher",
    "TokenMatcher",
    "common_forms",
    "compile_form",
    "form_words",
    "inflection_rules",
    "supported",
]

SUBSTRING_LANGUAGES = frozenset({"ja", "zh", "th"})  # scripts written without spaces
_MAX_GAP = 3  # characters allowed between the words of one name: spaces, hyphen, apostrophe
_KATAKANA = "\u30a0-\u30ff"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
ABBREVIATION = "abbr"  # the inflect value of a one-character headline abbreviation (北, 米)
ABBREVIATION_LANGUAGES = frozenset({"ko", "ja"})


class Matcher(Protocol):
    """Finds ``(entry_id, start, end, flags)`` hits in text, non-overlapping, in order."""

    def find(self, text: str) -> list[Hit]:
        """Return the hits of glossary names in ``text``."""
        ...


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
        name = names[index] if names else _paradigm_for(word, rules)
        upper = head and word[:1].isupper() and not name.startswith("adj")
        # a short capitalised head (La Réunion, Le Caire, El Salvador) may be a sentence's first
        # word: the next capitalised word must keep its capital too
        head = head and (not word[:1].isupper() or (len(word) <= 3 and not last))
        compiled.append(_word_rule(word, name, rules, where, upper))
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
        compiled.append(WordRule(_norm(word), _INVARIANT, upper=head and word[:1].isupper()))
        head = head and (not word[:1].isupper() or (len(word) <= 3 and index != last))
    return tuple(compiled)


def _check_abbreviation(entry_id: str, text: str, lang: str, origin: str) -> None:
    if lang not in ABBREVIATION_LANGUAGES or len(text) != 1 or not _HAN.fullmatch(text):
        raise GlossaryFormatError(
            f"{origin or entry_id}: inflect 'abbr' is for one Han character in Korean or"
            f" Japanese headlines (北, 米), not {lang} {text!r}",
            source=origin or entry_id,
        )


_INVARIANT = frozenset({""})


def _word_rule(
    word: str, name: str, rules: dict[str, Any], where: str, upper: bool = False
) -> WordRule:
    low = _norm(word)
    if name == "-":
        return WordRule(low, _INVARIANT, upper=upper)
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
    return WordRule(stem, _endings(name, tuple(paradigm["endings"])), upper=upper, alts=alts)


@lru_cache(maxsize=256)
def _endings(name: str, endings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(endings)  # one shared set per paradigm


@dataclass(frozen=True)
class TokenMatcher:
    """Stem-index matcher for languages written with spaces (and Korean eojeol)."""

    index: dict[str, tuple[Pattern, ...]]
    max_ending: int
    particles: frozenset[str] = frozenset()
    max_particles: int = 0
    surface_includes_ending: bool = True
    cased: bool = True  # the script has letter case: common-word names need not support
    common: frozenset[str] = frozenset()  # lower-cased surfaces that are also common words
    word_first: frozenset[str] = frozenset()  # those read as the word at a sentence start
    upper_only: frozenset[str] = frozenset()  # stems whose every pattern needs a capital
    proclitics: tuple[str, ...] = ()  # Arabic و ب ل ك ف written onto the name, longest first
    name_first: frozenset[str] = frozenset()  # prominent names spelled like words (China)
    person: frozenset[str] = frozenset()  # people's short names needing context (카스트)
    cities: frozenset[str] = frozenset()  # city ids: none after an article (der Kiel, o Natal)
    people: frozenset[str] = frozenset()  # person ids: a man's name is no place read as one
    towns: frozenset[str] = frozenset()  # city and region ids: a ship, company, product
    citations: frozenset[str] = frozenset()  # Slavic one-word forms: a bent one is no first name
    language: str = ""
    unsplit: frozenset[str] = frozenset()  # words never read as a name plus an ending (Dutch
    # Nederlands, the adjective and the language, not Nederland's genitive)
    apostrophe_suffixes: bool = False  # a suffix after an apostrophe marks a name (Ordu'da)
    tables: StartTables | None = None  # None: every candidate stem is probed (the reference)

    def find(self, text: str) -> list[Hit]:
        """Return ``(entry_id, start, end, flags)`` of each name, longest match at each token."""
        low = _norm(text)
        if len(low) != len(text):  # a rare character changed length when lowered
            low = "".join(_norm(ch)[:1] or ch for ch in text)
        toks = [m.span() for m in _WORD.finditer(text)]
        found: list[Hit] = []
        i = 0
        for k in self._starts(text, low, toks):
            if k < i:
                continue  # inside the name found last
            best = self._best_at(text, low, toks, k)
            if best is None and self.proclitics:
                best = self._after_proclitic(text, low, toks, k)
            if best is not None:
                hit, i = best
                found.append(hit)
        if self.cased:
            found = without_first_names(found, text, self.citations)
            found = without_men_named_like_places(
                found, text, self.language, self.people, self.citations
            )
            found = without_surnames(found, text, self.language, self.people, self.towns)
            found = without_word_openers(found, text, self.language)
        elif self.cities:
            found = without_article_nouns(found, text, self.cities)
            found = without_surnames(found, text, self.language, self.people, self.towns)
        elif self.language == "ar":
            found = without_arabic_words(found, text, inflection_rules()["ar"])
        found = without_things(found, text, self.language, self.towns, self.cities)
        found = with_person_context(found, text, self.language)
        return supported(found, text, self.cased, self.apostrophe_suffixes)

    def _starts(self, text: str, low: str, toks: list[tuple[int, int]]) -> Iterable[int]:
        """The tokens a name may start at: every token without the tables, or where a
        proclitic may hide the name's start."""
        if self.tables is None or self.proclitics:
            return range(len(toks))
        return self.tables.starts(text, low, toks)

    def _best_at(
        self, text: str, low: str, toks: list[tuple[int, int]], i: int
    ) -> tuple[Hit, int] | None:
        start, stop = toks[i]
        stems = self._stems(low[start:stop], not text[start].isupper())
        if not stems:
            return None
        best: tuple[tuple[int, int, int], tuple[Hit, int]] | None = None
        after = toks[i + 1][0] if i + 1 < len(toks) else -1  # where the next word starts
        following = low[after] if after >= 0 else NO_NEXT
        for stem in stems:
            patterns = self.index[stem]
            split = self.tables.by_next.get(stem) if self.tables else None
            if split is not None:
                patterns = split.get(following, split[NO_NEXT])
            for pattern in patterns:
                if len(pattern.words) > 1 and not _next_may_fit(pattern.words[1], low, after):
                    continue  # "the" starts a dozen names: check the next word cheaply first
                hit = self._try(pattern, text, low, toks, i)
                if hit is None:
                    continue
                next_i, end = hit
                rank = (next_i - i, end, len(stem))
                if best is None or rank > best[0]:
                    surface = low[start:end]
                    flags = pattern.flags | (COMMON if surface in self.common else 0)
                    flags |= WORD_FIRST if surface in self.word_first else 0
                    flags |= NAME_FIRST if surface in self.name_first else 0
                    flags |= PERSON if surface in self.person else 0
                    best = (rank, ((pattern.entry_id, start, end, flags), next_i))
        return best[1] if best else None

    def _stems(self, token: str, lower: bool) -> list[str]:
        """The index keys ``token`` may be built on (the token less 0..max_ending characters),
        without those needing a capital when ``lower``. Their order changes no match: the rank
        in _best_at holds the stem's length."""
        if self.tables is not None:
            return self.tables.stems(token, lower, self.index, self.upper_only)
        least = max(0, len(token) - self.max_ending)  # the reference: probe every candidate
        cuts = (token[:cut] for cut in range(len(token), least - 1, -1))
        return [s for s in cuts if s in self.index and not (lower and s in self.upper_only)]

    def _after_proclitic(
        self, text: str, low: str, toks: list[tuple[int, int]], i: int
    ) -> tuple[Hit, int] | None:
        """The best match at token ``i`` read without a leading proclitic (وبيروت -> بيروت)."""
        start, stop = toks[i]
        for clitic in self.proclitics:
            if low.startswith(clitic, start) and stop - start - len(clitic) >= 2:
                toks[i] = (start + len(clitic), stop)
                try:
                    best = self._best_at(text, low, toks, i)
                finally:
                    toks[i] = (start, stop)
                if best is not None:
                    return best
        return None

    def _try(
        self, pattern: Pattern, text: str, low: str, toks: list[tuple[int, int]], i: int
    ) -> tuple[int, int] | None:
        end = 0
        for k, rule in enumerate(pattern.words):
            j = i + k
            if j >= len(toks):
                return None
            start, stop = toks[j]
            if k and not _is_gap(text[toks[j - 1][1] : start]):
                if not _ordinal_gap(text, toks[j - 1], start):
                    return None
            size = self._fits(rule, low[start:stop])
            if size < 0 or (size < stop - start and low[start:stop] in self.unsplit):
                return None
            if rule.exact and not _exact_ok(text[start : start + size], rule.exact):
                return None
            if rule.upper and not text[start].isupper():
                return None
            end = stop if self.surface_includes_ending else start + size
        return i + len(pattern.words), end

    def _fits(self, rule: WordRule, token: str) -> int:
        """The length of the stem ``token`` is built on (a stem plus an allowed ending), or -1."""
        if token.startswith(rule.stem):
            rest = token[len(rule.stem) :]
            if rest in rule.endings or (rule.chain and self._chain(rest)):
                return len(rule.stem)
        for stem, endings in rule.alts:
            if token.startswith(stem) and token[len(stem) :] in endings:
                return len(stem)
        return -1

    def _chain(self, rest: str) -> bool:
        """True when ``rest`` is a chain of at most ``max_particles`` particles."""
        reach = {0}
        for _ in range(self.max_particles):
            reach = {
                p + n
                for p in reach
                for n in range(1, len(rest) - p + 1)
                if rest[p : p + n] in self.particles
            }
            if len(rest) in reach:
                return True
        return False


def _next_may_fit(rule: WordRule, low: str, start: int) -> bool:
    """Whether the word at ``start`` (-1: there is none) begins with a stem of ``rule`` (a quick
    filter before _try)."""
    if start < 0:
        return False
    if low.startswith(rule.stem, start):
        return True
    return bool(rule.alts) and any(low.startswith(a, start) for a, _ in rule.alts)


def _is_gap(gap: str) -> bool:
    return 0 < len(gap) <= _MAX_GAP and not gap.strip(_GAP_CHARS)


_ORDINAL = re.compile(r"\d{1,3}|[IVXL]{1,6}")


def _ordinal_gap(text: str, previous: tuple[int, int], start: int) -> bool:
    """An ordinal's dot and a space between two words of a form (Turkish ``14. Leo``, ``III.
    Charles``; German ``Carl XVI. Gustaf``): no sentence end."""
    return text[previous[1] : start] == ". " and bool(_ORDINAL.fullmatch(text, *previous))


def _exact_ok(original: str, form: str) -> bool:
    # "Tass" and "Kcna" style capitalisation is common in wire copy; "рф" in a URL is not a name
    return original == form or (len(form) >= 4 and original == form.capitalize())


@lru_cache(maxsize=1)
def common_forms() -> dict[tuple[str, str], str]:
    """``(lang, lower-cased surface)`` of names that are also common words of ``lang``, as a
    whole form (Газа, 수단, Turkish Kabul) or as one inflected surface (путина), mapped to
    ``word`` when the word is the likelier reading at a sentence start, ``name`` when the name
    is the likelier reading even there (China, Dania: glossary/initial.py decides), else ``""``:
    ``common_forms.tsv``."""
    data = files("polyglot_news.glossary_data").joinpath("common_forms.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in data.splitlines() if line and not line.startswith("#"))
    return {(row[0], _norm(row[1])): (row[2:3] or [""])[0] for row in rows if row[0] != "lang"}


UNCASED_LANGUAGES = frozenset({"ko", "ja", "zh", "th", "ar", "fa", "he", "hi", "ur"})
NOUN_CAPITALISING = frozenset({"de", "lb"})  # a capital inside a sentence is no name evidence
