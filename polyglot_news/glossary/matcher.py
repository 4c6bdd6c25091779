"""Find glossary names in running text, with inflection, particles and longest-match-wins.

Two matchers, both compiled once per glossary and language:

* :class:`TokenMatcher` (languages written with spaces, and Korean). Each form is compiled to
  word patterns, a stem plus the endings allowed after it per word
  (:mod:`polyglot_news.glossary.patterns`); Korean words take any chain of up to
  ``max_particles`` particles, checked by a small dynamic programme. Text is split into
  ``\\w+`` tokens; each token looks up its prefixes (the token minus 0..max-ending characters)
  in a hash index of first-word stems, so the work per token is a handful of dictionary probes
  whatever the glossary size. Multi-word candidates then
  check the following tokens; the candidate covering the most tokens (then characters, then
  the longest stem) wins, so ``Курской области`` is the oblast and not the city.
* :class:`SubstringMatcher` (Chinese and Japanese, no word boundaries): one alternation regex of
  the literal forms, longest first; katakana forms must not touch other katakana (ソウル is
  Seoul, ソウルフード is not), Latin abbreviations must not touch Latin letters.

Forms in the pseudo-language ``mul`` are matched in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Protocol

from polyglot_news.glossary.adjectives import attributive_adjectives
from polyglot_news.glossary.arabic import without_arabic_words
from polyglot_news.glossary.context import _language_words as _words
from polyglot_news.glossary.context import (
    without_article_nouns,
    without_first_names,
    without_men_named_like_places,
    without_surnames,
)
from polyglot_news.glossary.fullnames import with_full_names
from polyglot_news.glossary.homonyms import with_city_words
from polyglot_news.glossary.initial import NAME_FIRST, without_word_openers
from polyglot_news.glossary.korean import without_titles
from polyglot_news.glossary.matcher_index import NO_NEXT, StartTables
from polyglot_news.glossary.patterns import _ENDING_KEYS as _ENDING_KEYS
from polyglot_news.glossary.patterns import _HAN as _HAN
from polyglot_news.glossary.patterns import (
    ABBREVIATION,
    ABBREVIATION_LANGUAGES,
    Pattern,
    WordRule,
    _norm,
    compile_form,
    form_words,
    inflection_rules,
)
from polyglot_news.glossary.patterns import _invariant_words as _invariant_words
from polyglot_news.glossary.patterns import _paradigm_for as _paradigm_for
from polyglot_news.glossary.patterns import _word_rules as _word_rules
from polyglot_news.glossary.people import PERSON, with_person_context, with_person_verbs
from polyglot_news.glossary.phrases import without_phrases
from polyglot_news.glossary.rivers import as_rivers
from polyglot_news.glossary.support import (
    _GAP_CHARS,
    _WORD,
    COMMON,
    DERIVED,
    WORD_FIRST,
    Hit,
    _sentence_initial,
    supported,
)
from polyglot_news.glossary.things import without_things

__all__ = [
    "ABBREVIATION",
    "ABBREVIATION_LANGUAGES",
    "COMMON",
    "DERIVED",
    "Hit",
    "WORD_FIRST",
    "Matcher",
    "Pattern",
    "TokenMatcher",
    "WordRule",
    "common_forms",
    "compile_form",
    "form_words",
    "inflection_rules",
    "supported",
]

SUBSTRING_LANGUAGES = frozenset({"ja", "zh", "th"})  # scripts written without spaces
_MAX_GAP = 3  # characters allowed between the words of one name: spaces, hyphen, apostrophe
_KATAKANA = "\u30a0-\u30ff"


class Matcher(Protocol):
    """Finds ``(entry_id, start, end, flags)`` hits in text, non-overlapping, in order."""

    def find(self, text: str) -> list[Hit]:
        """Return the hits of glossary names in ``text``."""
        ...


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
            found = without_first_names(found, text, self.citations, language=self.language)
            found = without_men_named_like_places(
                found, text, self.language, self.people, self.citations
            )
            found = without_surnames(found, text, self.language, self.people, self.towns)
            found = without_word_openers(found, text, self.language)
        elif self.cities:
            found = without_article_nouns(found, text, self.cities)
            found = without_first_names(found, text, self.citations, listed=True)
            found = without_surnames(found, text, self.language, self.people, self.towns)
        elif self.language == "ar":
            found = without_arabic_words(found, text, inflection_rules()["ar"])
        elif self.language == "ko":
            found = without_titles(found, text, inflection_rules()["ko"])
        found = without_things(found, text, self.language, self.towns, self.cities)
        found = without_phrases(found, text, self.language, self.people)
        found = as_rivers(found, text, self.language)
        found = attributive_adjectives(found, text, self.language)
        found = with_person_context(found, text, self.language)
        found = with_person_verbs(found, text, self.language, self.people)
        found = supported(found, text, self.cased, self.apostrophe_suffixes, self.language)
        if self.language in UNCASED_LANGUAGES:
            return found
        found = with_city_words(found, text, self.language)
        return with_full_names(found, text, self.people, self._person_forms)

    def _person_forms(self, entry_id: str) -> tuple[tuple[str, ...], ...]:
        """A person's multi-word forms as word stems, from the index (built on first use)."""
        table = self.__dict__.get("_full_forms")
        if table is None:
            built: dict[str, set[tuple[str, ...]]] = {}
            for patterns in self.index.values():
                for p in patterns:
                    if len(p.words) > 1 and p.entry_id in self.people:
                        built.setdefault(p.entry_id, set()).add(tuple(w.stem for w in p.words))
            table = {key: tuple(sorted(value)) for key, value in built.items()}
            object.__setattr__(self, "_full_forms", table)  # a cache, not a field
        return table.get(entry_id, ())

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
                    if not _abbreviated_gap(text, toks[j - 1], start):
                        return None
            size = self._fits(rule, low[start:stop])
            if size < 0 or (size < stop - start and low[start:stop] in self.unsplit):
                return None
            if rule.exact and not _exact_ok(text[start : start + size], rule.exact):
                return None
            if rule.upper and not text[start].isupper():
                return None
            if rule.capital and text[start].islower() and text[start - 1] == " ":
                if low[start:stop] in _words(self.language):
                    return None  # Novi sad jabuka: "sad" a word of the language (not Jong-un)
                if self._lowered(pattern, text, toks[i][0]):
                    return None  # біла церква, a white church: the phrase, not Bila Tserkva
            end = stop if self.surface_includes_ending else start + size
        return i + len(pattern.words), end

    def _lowered(self, pattern: Pattern, text: str, first: int) -> bool:
        """Whether a name whose later word the form capitalises, found in lower case, is the
        common phrase its words spell: the whole name in lower case (біла церква, "a white
        church"), or a town's name whose only capital is a sentence's (Біла церква стоїть...):
        the press capitalises every word of a town's name (Біла Церква, Santa Cruz)."""
        if text[first].islower():
            return True
        return pattern.entry_id in self.towns and _sentence_initial(text, first)

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


def _abbreviated_gap(text: str, previous: tuple[int, int], start: int) -> bool:
    """The dot or colon of an abbreviated word of at most three letters, and a space, between
    two words of a form (``St. Lucia``, ``U.S.``, Swedish ``S:t Lucia``, Devanagari ``यू॰के॰``;
    not ``South. Sudan``)."""
    gap = text[previous[1] : start]
    return gap in (".", ". ", ":", "\u0970", "\u0970 ") and previous[1] - previous[0] <= 3


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
