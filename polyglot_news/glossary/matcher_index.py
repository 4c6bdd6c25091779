"""Lookup tables that let the token matcher skip, in one probe, the words that start no name.

:class:`~polyglot_news.glossary.matcher.TokenMatcher` looks up each token's prefixes (the
token less 0..``max_ending`` characters) in a hash index of first-word stems. With thousands
of names most tokens start none, and a few frequent words start dozens (``the``: The Hague,
The Gambia...; ``north``: North Korea, North Macedonia...). :class:`StartTables`, built once
per matcher from its stem index, cuts both costs without changing any match:

* the prefixes of the stems at most ``max_ending`` characters shorter than their stem: a token
  of ``n`` characters is built on a stem of ``n - max_ending`` to ``n`` characters only if its
  first ``n - max_ending`` (at least the shortest stem's length) are among them, so most tokens
  are rejected by one set probe; the candidate stems of the rest are walked from the shortest
  up, stopping at the first prefix outside the set (Korean eojeol carry up to a dozen characters
  of particles). A second set holds only the stems a word starting in lower case may start
  (``the``, ``russia`` need a capital), which rejects almost every running word of a cased
  script;
* for a stem that starts many names, its patterns by the first character of the next word (a
  name of several words needs the next word to start with one of its second word's stems), in
  index order, so ties are broken exactly as before.

The tables hold what a trie of the stems would (its nodes near the leaves), as Python sets and
dicts, which are the fastest lookups CPython has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# matcher.Pattern (its ``words``, each with ``stems()``); not imported: matcher imports this
Pattern = Any

__all__ = ["NO_NEXT", "StartTables", "next_word_table", "stem_prefixes"]

NO_NEXT = ""  # the next_word_table key for "no next word, or one no second word can start"
_SPLIT_FROM = 4  # stems with more patterns than this get a next-word table


@dataclass(frozen=True)
class StartTables:
    """What :meth:`TokenMatcher.find` probes before looking a token's stems up.

    ``prefixes`` and ``lower_prefixes``: :func:`stem_prefixes` of every stem and of those a
    lower-case word may start. ``floor``: the length of the shortest stem of two or more
    characters (0 when a stem is empty); ``singles``: the one-character stems, tried on their
    own so that they do not bring ``floor`` down. ``by_next``: :func:`next_word_table`.
    """

    reach: int  # the longest ending (or particle chain) a token may carry
    prefixes: frozenset[str]
    lower_prefixes: frozenset[str]
    floor: int
    singles: frozenset[str]
    by_next: dict[str, dict[str, tuple[Pattern, ...]]]

    @classmethod
    def build(
        cls, index: Mapping[str, tuple[Pattern, ...]], upper_only: frozenset[str], reach: int
    ) -> StartTables:
        """The tables of a stem ``index`` whose tokens carry up to ``reach`` characters of
        endings, ``upper_only`` being the stems only a capitalised word may start."""
        longer = [len(stem) for stem in index if len(stem) != 1]
        lower = stem_prefixes((s for s in index if s not in upper_only), reach)
        return cls(
            reach,
            lower | stem_prefixes((s for s in index if s in upper_only), reach),
            lower,
            min(longer, default=2),
            frozenset(stem for stem in index if len(stem) == 1),
            next_word_table(index),
        )

    def starts(self, text: str, low: str, toks: list[tuple[int, int]]) -> list[int]:
        """The indices of the ``toks`` spans (of ``text``, lower-cased as ``low``) whose
        shortest candidate stem is in the prefix set for their case, or that may be a
        one-character stem and its endings."""
        reach, floor, singles = self.reach, self.floor, self.singles
        short, upper, lower = reach + 1, self.prefixes, self.lower_prefixes
        return [
            k
            for k, (s, e) in enumerate(toks)
            if low[s : e - reach if e - s - reach > floor else s + floor]
            in (upper if text[s].isupper() else lower)
            or (e - s <= short and low[s] in singles)
        ]

    def stems(
        self, token: str, lower: bool, index: Mapping[str, object], upper_only: frozenset[str]
    ) -> list[str]:
        """The keys of ``index`` that ``token`` (lower-cased) is built on, shortest first,
        less those in ``upper_only`` when the token starts in lower case (``lower``)."""
        prefixes = self.lower_prefixes if lower else self.prefixes
        stems = []
        for cut in range(max(0, len(token) - self.reach), len(token) + 1):
            stem = token[:cut]
            if stem not in prefixes:
                break  # no longer stem starts with this one
            if stem in index and not (lower and stem in upper_only):
                stems.append(stem)
        return stems


def stem_prefixes(stems: Iterable[str], reach: int) -> frozenset[str]:
    """The prefixes of ``stems`` at most ``reach`` characters shorter than their stem, and
    the empty string."""
    prefixes = {
        stem[:size] for stem in stems for size in range(max(1, len(stem) - reach), len(stem) + 1)
    }
    prefixes.add("")
    return frozenset(prefixes)


def next_word_table(
    index: Mapping[str, tuple[Pattern, ...]],
) -> dict[str, dict[str, tuple[Pattern, ...]]]:
    """For each stem starting more than ``_SPLIT_FROM`` patterns, some of several words: the
    patterns that may match when the next word starts with a character, keyed by it.

    A pattern of one word, or whose second word may be empty, is under every key; one of
    several words only under the first characters of its second word's stems. ``NO_NEXT``
    holds what may match whatever follows. Each tuple keeps the index order.
    """
    table: dict[str, dict[str, tuple[Pattern, ...]]] = {}
    for stem, patterns in index.items():
        if len(patterns) <= _SPLIT_FROM or all(len(p.words) == 1 for p in patterns):
            continue
        starts: list[frozenset[str] | None] = []  # None: whatever the next word is
        for pattern in patterns:
            if len(pattern.words) == 1:
                starts.append(None)
                continue
            heads = {second[:1] for second, _ in pattern.words[1].stems()}
            starts.append(None if "" in heads else frozenset(heads))
        keys = {ch for s in starts if s is not None for ch in s}
        table[stem] = {
            key: tuple(p for p, s in zip(patterns, starts, strict=True) if s is None or key in s)
            for key in (NO_NEXT, *sorted(keys))
        }
    return table
