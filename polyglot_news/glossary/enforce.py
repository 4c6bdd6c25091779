"""Hold glossary names through machine translation: protect before, restore after.

:func:`protect` replaces every name the glossary finds in a source sentence with the entity's
canonical form in the TARGET language ("Войска КНДР воевали в Курской области" ->
"Войска North Korea воевали в Kursk region"), which is the input form the project's models are
trained to copy through. :func:`restore` then checks the translation: each protected canonical
form that is present is *held*; one the model bent is *repaired* (another form of the same entity
found by the target-language matcher, a case change, or a near miss within a Levenshtein
distance of about a quarter of its length, replaced by the canonical form); one that cannot be
found is *failed*. Both are pure functions of their arguments, so the translation engine can
also translate without them (its ``keep_unprotected``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from polyglot_news.glossary.inflect import inflect_like
from polyglot_news.glossary.inflect import is_inflection as _is_inflection
from polyglot_news.glossary.matcher import inflection_rules
from polyglot_news.glossary.model import Glossary, base_language
from polyglot_news.records import TermOutcome

__all__ = ["METHODS", "Protected", "ProtectedTerm", "protect", "restore"]

_LATIN = "A-Za-z0-9\u00c0-\u024f"
_CYRILLIC = "\u0400-\u04ff"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ProtectedTerm:
    """One name replaced by its canonical form; ``start``/``end`` index ``Protected.text``."""

    entry_id: str
    canonical: str
    surface: str
    source_start: int
    source_end: int
    start: int
    end: int


@dataclass(frozen=True)
class Protected:
    """A source sentence with its names replaced by target-language canonical forms."""

    text: str
    source: str
    source_language: str
    target_language: str
    terms: tuple[ProtectedTerm, ...] = ()
    glossary: str = ""  # the glossary digest, for cache keys and signatures


# see protect(); "repair" was chosen by measurement (benchmarks/glossary_protection.py)
METHODS = ("repair", "inline")


def protect(
    text: str,
    source_language: str,
    target_language: str,
    glossary: Glossary,
    *,
    method: str = "repair",
) -> Protected:
    """Find the names in ``text`` and prepare it for translation; :func:`restore` finishes.

    ``method="repair"`` (the default) sends the sentence as written and repairs each name in the
    translation; ``method="inline"`` replaces each name by its canonical target-language form
    before translation. Measured on a model that never saw canonical forms inside its input
    (docs/benchmarks.md, "Glossary protection"), inline kept 70% of names and repair 95%.
    Raises ValueError for another ``method``.
    """
    if method not in METHODS:
        raise ValueError(f"unknown protection method {method!r}; use one of {', '.join(METHODS)}")
    parts: list[str] = []
    terms: list[ProtectedTerm] = []
    pos = 0
    length = 0
    for match in glossary.find(text, source_language, target_language=target_language):
        sent = match.canonical if method == "inline" else match.surface
        parts.append(text[pos : match.start])
        length += match.start - pos
        terms.append(
            ProtectedTerm(
                match.entry_id,
                match.canonical,
                match.surface,
                match.start,
                match.end,
                length,
                length + len(sent),
            )
        )
        parts.append(sent)
        length += len(sent)
        pos = match.end
    parts.append(text[pos:])
    return Protected(
        "".join(parts),
        text,
        base_language(source_language),
        base_language(target_language),
        tuple(terms),
        glossary.digest,
    )


def restore(
    translated: str, protected: Protected, target_language: str, glossary: Glossary
) -> tuple[str, tuple[TermOutcome, ...]]:
    """Check each protected name is in ``translated``, repair bent ones, report each.

    Returns the (possibly repaired) translation and one :class:`TermOutcome` per protected
    term, in source order: ``held``, ``repaired`` or ``failed``.
    """
    used: list[tuple[int, int]] = []
    status: dict[int, str] = {}
    edits: list[tuple[int, int, str]] = []
    # longest canonical first, so "Kursk" is not counted inside "Kursk region"
    order = sorted(range(len(protected.terms)), key=lambda i: -len(protected.terms[i].canonical))
    for find in (_find_exact, _find_derived(target_language)):
        for i in order:
            if i in status:
                continue
            span = find(translated, protected.terms[i].canonical, used)
            if span:
                used.append(span)
                status[i] = "held"
    for i in range(len(protected.terms)):
        if i in status:
            continue
        term = protected.terms[i]
        span, derived = _find_bent(translated, term, target_language, glossary, used)
        if span:
            used.append(span)
            if derived or _is_inflection(
                translated[span[0] : span[1]], term.canonical, target_language
            ):
                # Курской области is the canonical form in the genitive; российский беспилотник
                # names Russia by its adjective, as "Russian drone" did: both are held
                status[i] = "held"
                continue
            edits.append((span[0], span[1], term.canonical))
        status[i] = "repaired" if span else "failed"
    text = translated
    for start, end, canonical in sorted(edits, reverse=True):
        text = text[:start] + inflect_like(canonical, text[start:end], target_language) + text[end:]
    outcomes = tuple(
        TermOutcome(t.canonical, t.surface, status[i]) for i, t in enumerate(protected.terms)
    )
    return text, outcomes


def _edges(canonical: str) -> tuple[str, str]:
    """Lookarounds keeping a match off letters of the same script on either side."""

    def guard(ch: str) -> str:
        if re.match(f"[{_LATIN}]", ch):
            return _LATIN
        if re.match(f"[{_CYRILLIC}]", ch):
            return _CYRILLIC
        return ""

    left, right = guard(canonical[0]), guard(canonical[-1])
    before = f"(?<![{left}])" if left else ""
    # a genitive/possessive s may follow (Putins, Putin's) without breaking the name
    after = f"(?=(?:s|'s|\u2019s)?(?![{right}]))" if right else ""
    return before, after


def _free(span: tuple[int, int], used: list[tuple[int, int]]) -> bool:
    return all(span[1] <= s or span[0] >= e for s, e in used)


def _find_exact(text: str, canonical: str, used: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not canonical:
        return None
    before, after = _edges(canonical)
    for m in re.finditer(before + re.escape(canonical) + after, text):
        if _free(m.span(), used):
            return m.span()
    return None


def _find_derived(target_language: str) -> Any:
    """A finder of the canonical name carrying an adjective/demonym suffix (North Korea-n).

    The suffixes are data (``derived`` in ``glossary_data/inflections.json``); the name itself is
    intact, so the term is held and the sentence keeps the model's grammar.
    """
    rules = inflection_rules().get(base_language(target_language), {})
    suffixes = sorted(rules.get("derived", []), key=len, reverse=True)

    def find(text: str, canonical: str, used: list[tuple[int, int]]) -> tuple[int, int] | None:
        if not suffixes or not canonical:
            return None
        before, _ = _edges(canonical)
        tail = "(?:" + "|".join(map(re.escape, suffixes)) + f")(?![{_LATIN}{_CYRILLIC}])"
        for m in re.finditer(before + re.escape(canonical) + tail, text):
            if _free(m.span(), used):
                return m.span()
        return None

    return find


def _find_bent(
    text: str, term: ProtectedTerm, target: str, glossary: Glossary, used: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, bool]:
    """A span of ``text`` that is the term bent: another form, other case, or a near miss; and
    whether it is the name's relational adjective (российский for Россия: no repair)."""
    for match in glossary.find(text, target, target_language=target):
        if match.entry_id == term.entry_id and _free((match.start, match.end), used):
            return (match.start, match.end), match.derived
    before, after = _edges(term.canonical)
    for m in re.finditer(before + re.escape(term.canonical) + after, text, re.IGNORECASE):
        if _free(m.span(), used):
            return m.span(), False
    return _near_miss(text, term.canonical, used), False


def _near_miss(text: str, canonical: str, used: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The window of words closest to ``canonical`` within a quarter of its length in edits."""
    tokens = [m.span() for m in _WORD.finditer(text)]
    n = max(1, len(_WORD.findall(canonical)))
    target = canonical.casefold()
    limit = max(1, len(canonical) // 4)
    best: tuple[int, tuple[int, int]] | None = None
    for size in {n - 1, n, n + 1} - {0}:
        for i in range(len(tokens) - size + 1):
            span = (tokens[i][0], tokens[i + size - 1][1])
            if abs((span[1] - span[0]) - len(canonical)) > limit or not _free(span, used):
                continue
            window = text[span[0] : span[1]].casefold()
            if window.startswith(target):  # "Russian" is a derived word, not a bent "Russia"
                continue
            dist = _levenshtein(window, target, limit)
            if dist <= limit and (best is None or dist < best[0]):
                best = (dist, span)
    return best[1] if best else None


def _levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance (Wagner-Fischer), giving up early once every cell exceeds ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
