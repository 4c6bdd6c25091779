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
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Protocol

from polyglot_news.errors import GlossaryFormatError

__all__ = [
    "Matcher",
    "SubstringMatcher",
    "TokenMatcher",
    "build_matcher",
    "form_words",
    "inflection_rules",
]

_WORD = re.compile(r"\w+")
SUBSTRING_LANGUAGES = frozenset({"ja", "zh"})
_MAX_GAP = 3  # characters allowed between the words of one name: spaces, hyphen, apostrophe
_GAP_CHARS = " \t\n\r\u00a0\u202f-\u2010\u2011\u2013'\u2019"
_KATAKANA = "\u30a0-\u30ff"


class Matcher(Protocol):
    """Finds ``(entry_id, start, end)`` spans in text, non-overlapping, in order."""

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Return the spans of glossary names in ``text``."""
        ...


def _norm(text: str) -> str:
    # lower() keeps lengths for the scripts we match (casefold would turn ß into ss)
    return text.lower().replace("ё", "е")


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


@dataclass(frozen=True)
class Pattern:
    """A form compiled to word rules, and the entity it names."""

    entry_id: str
    words: tuple[WordRule, ...]


def _paradigm_for(word: str, rules: dict[str, Any]) -> str:
    """Guess a paradigm from the word's last letters (the ``guess`` table), or ``-``."""
    low = _norm(word)
    for suffix, paradigm in rules.get("guess", []):
        if low.endswith(suffix):
            return str(paradigm)
    if low and low[-1] in rules.get("consonants", ""):
        return str(rules.get("consonant_paradigm", "-"))
    return "-"


def compile_form(entry_id: str, text: str, inflect: str, lang: str, origin: str = "") -> Pattern:
    """Compile one form into a :class:`Pattern` using the language's ending tables."""
    rules = inflection_rules().get(lang, {})
    words = form_words(text)
    names = inflect.split() if inflect else []
    if names and len(names) != len(words):
        raise GlossaryFormatError(
            f"{origin or entry_id}: inflect {inflect!r} names {len(names)} paradigms for"
            f" {len(words)} words of {text!r}; give one per word ('-' for invariant)",
            source=origin or entry_id,
        )
    compiled = []
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if word.isupper() and len(word) >= 2:
            compiled.append(WordRule(_norm(word), frozenset({""}), exact=word))
            continue
        if "particles" in rules:
            compiled.append(WordRule(_norm(word), frozenset({""}), chain=last))
            continue
        name = names[index] if names else _paradigm_for(word, rules)
        compiled.append(_word_rule(word, name, rules, origin or entry_id))
    return Pattern(entry_id, tuple(compiled))


def _word_rule(word: str, name: str, rules: dict[str, Any], where: str) -> WordRule:
    low = _norm(word)
    if name == "-":
        return WordRule(low, frozenset({""}))
    paradigm = rules.get("paradigms", {}).get(name)
    if paradigm is None:
        known = ", ".join(sorted(rules.get("paradigms", {}))) or "none for this language"
        raise GlossaryFormatError(
            f"{where}: unknown paradigm {name!r} for {word!r}; use '-' or one of: {known}",
            source=where,
        )
    strip = paradigm["strip"]
    stem = low[: len(low) - len(strip)] if strip and low.endswith(strip) else low
    return WordRule(stem, frozenset(paradigm["endings"]))


@dataclass(frozen=True)
class TokenMatcher:
    """Stem-index matcher for languages written with spaces (and Korean eojeol)."""

    index: dict[str, tuple[Pattern, ...]]
    max_ending: int
    particles: frozenset[str] = frozenset()
    max_particles: int = 0
    surface_includes_ending: bool = True

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Return ``(entry_id, start, end)`` of each name, longest match at each token."""
        low = _norm(text)
        if len(low) != len(text):  # a rare character changed length when lowered
            low = "".join(_norm(ch)[:1] or ch for ch in text)
        toks = [m.span() for m in _WORD.finditer(text)]
        found: list[tuple[str, int, int]] = []
        i = 0
        while i < len(toks):
            best = self._best_at(text, low, toks, i)
            if best is None:
                i += 1
                continue
            entry_id, start, end, i = best
            found.append((entry_id, start, end))
        return found

    def _best_at(
        self, text: str, low: str, toks: list[tuple[int, int]], i: int
    ) -> tuple[str, int, int, int] | None:
        start, stop = toks[i]
        token = low[start:stop]
        best: tuple[tuple[int, int, int], tuple[str, int, int, int]] | None = None
        for cut in range(len(token), max(0, len(token) - self.max_ending) - 1, -1):
            for pattern in self.index.get(token[:cut], ()):
                hit = self._try(pattern, text, low, toks, i)
                if hit is None:
                    continue
                next_i, end = hit
                rank = (next_i - i, end, cut)
                if best is None or rank > best[0]:
                    best = (rank, (pattern.entry_id, start, end, next_i))
        return best[1] if best else None

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
                return None
            token = low[start:stop]
            if not token.startswith(rule.stem):
                return None
            rest = token[len(rule.stem) :]
            if rest not in rule.endings and not (rule.chain and self._chain(rest)):
                return None
            if rule.exact and not _exact_ok(text[start : start + len(rule.stem)], rule.exact):
                return None
            end = stop if self.surface_includes_ending else start + len(rule.stem)
        return i + len(pattern.words), end

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


def _is_gap(gap: str) -> bool:
    return 0 < len(gap) <= _MAX_GAP and not gap.strip(_GAP_CHARS)


def _exact_ok(original: str, form: str) -> bool:
    # "Tass" and "Kcna" style capitalisation is common in wire copy; "рф" in a URL is not a name
    return original == form or (len(form) >= 4 and original == form.capitalize())


@dataclass(frozen=True)
class SubstringMatcher:
    """One alternation regex over literal forms, for scripts written without spaces."""

    regex: re.Pattern[str]
    owners: dict[str, str]

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Return ``(entry_id, start, end)`` of each name, longest alternative first."""
        found = []
        for m in self.regex.finditer(text):
            owner = self.owners.get(m.group().lower())
            if owner:
                found.append((owner, m.start(), m.end()))
        return found


def _literal(form: str) -> str:
    body = re.escape(form)
    if re.fullmatch(rf"[{_KATAKANA}]+", form):
        return rf"(?<![{_KATAKANA}]){body}(?![{_KATAKANA}])"
    if form.isascii():
        return rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])"
    return body


def build_matcher(entries: Any, lang: str) -> TokenMatcher | SubstringMatcher:
    """Compile the forms of ``entries`` in ``lang`` (and ``mul``) into one matcher."""
    forms = [(e.id, f) for e in entries for f in e.forms_in(lang)]
    if lang in SUBSTRING_LANGUAGES:
        owners = {f.text.lower(): entry_id for entry_id, f in forms}
        alternatives = sorted({f.text for _, f in forms}, key=lambda t: (-len(t), t))
        body = "|".join(_literal(t) for t in alternatives) or r"(?!x)x"
        return SubstringMatcher(re.compile(body, re.IGNORECASE), owners)
    rules = inflection_rules().get(lang, {})
    index: dict[str, list[Pattern]] = {}
    for entry_id, form in forms:
        form_lang = lang if form.lang == lang else form.lang
        pattern = compile_form(entry_id, form.text, form.inflect, form_lang, form.origin)
        if pattern.words:
            index.setdefault(pattern.words[0].stem, []).append(pattern)
    particles = frozenset(rules.get("particles", ()))
    max_particles = int(rules.get("max_particles", 0))
    endings = [len(e) for ps in index.values() for p in ps for w in p.words for e in w.endings]
    max_ending = max(endings, default=0)
    if particles:
        max_ending = max(max_ending, max_particles * max(len(p) for p in particles))
    return TokenMatcher(
        {stem: tuple(patterns) for stem, patterns in index.items()},
        max_ending,
        particles,
        max_particles,
        bool(rules.get("surface_includes_ending", True)),
    )
