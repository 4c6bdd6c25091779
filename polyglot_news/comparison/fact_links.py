"""Links through a shared figure: two sentences that give the same number report one fact.

Outlets split and join facts differently: "About 5,000 jobs will go through production cuts,
while 6,000 will be moved to outside companies" is told by another outlet as "Some 5,000
positions will be cut outright." and, three sentences on, "The remaining 6,000 roles will be
outsourced". The one-to-one matching of :mod:`.links` (plus a merge of *adjacent* sentences)
gives the long sentence one partner; the other pair shares a fact, the figure, that nothing
else in the two versions shares. A figure written alike in two sentences of different
versions is the strongest single piece of evidence the aligner has (numbers are normalised
across formats by :mod:`.terms`: "11,000", "11 000", "11 thousand"), so a pair that shares a
*substantial* figure (:func:`substantial_figures`: not a year, not a small count that many
facts share) and whose meaning similarity reaches a floor is linked even when the matching
left it apart:

* when neither sentence is linked yet, as an ordinary link (its kind from the words'
  coverage, :meth:`.agreement.Agreement.kind`);
* otherwise as an *additional* partial link (:attr:`.link_model.SentenceLink.additional`),
  which the claims table groups like any link and a pair comparison does not lay out.

This is the many-to-many partial alignment of a sentence with several non-adjacent sentences
(the "partial links" of sentence alignment for comparable corpora; Och & Ney 2003's sure
links between groups), restricted to the evidence that holds: measured on the tune stories
(docs/comparison.md, "Links through a shared figure").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from polyglot_news.comparison.similarity import SentenceFeatures

__all__ = ["FigureLinkOptions", "figure_links", "figures_agree", "substantial_figures"]

YEARS = (1900, 2100)
"""Integers in this range are read as years, which many facts of a story share."""


@dataclass(frozen=True)
class FigureLinkOptions:
    """When a shared figure links two sentences the matching left apart.

    ``similarity``: the least meaning similarity of the pair (the aligner's mix of pooled
    cosine and token F1, :func:`.link_evidence.meaning_similarity`); ``least``: the smallest
    whole number that counts as a substantial figure (smaller counts such as "two" or "nine"
    are shared by many facts; fractions and decimals always count); ``per_sentence``: the
    most links one sentence takes this way. ``near``: two whole figures of at least
    ``near_least`` also agree when they differ by at most this share of the larger and the
    rounder of them has at most two significant digits (an approximate figure is written
    round: "some 11,000" ~ "up to 12,000", "more than 2,000" ~ "2,012"; 0: equal figures only).
    Chosen on the tune stories (docs/comparison.md).
    """

    similarity: float = 0.4
    least: float = 5.0
    per_sentence: int = 2
    near: float = 0.15
    near_least: float = 100.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.similarity <= 1.0:
            raise ValueError(f"FigureLinkOptions.similarity={self.similarity}: use [0, 1]")
        if self.least < 0.0:
            raise ValueError(f"FigureLinkOptions.least={self.least}: use 0 or more")
        if not 0.0 <= self.near < 1.0:
            raise ValueError(f"FigureLinkOptions.near={self.near}: use [0, 1)")
        if self.per_sentence < 0:
            raise ValueError(f"FigureLinkOptions.per_sentence={self.per_sentence}: use 0 or more")


def substantial_figures(terms: frozenset[str], least: float = 5.0) -> frozenset[str]:
    """The number terms (``#11000``, ``#33%``) of ``terms`` that identify a fact: not a year
    (:data:`YEARS`), and a whole number of at least ``least`` or a fraction ("3.25", "0.25");
    and the days of the month (``day:28``: "on the 28th" ~ "April 28", one event's date,
    :mod:`.quantities`). Clock times and the numbers names carry ("Volgoneft-212") are no
    figures."""
    out = set()
    for term in terms:
        if term.startswith("day:"):
            out.add(term)
            continue
        if not term.startswith("#"):
            continue
        try:
            value = float(term[1:].removesuffix("%"))
        except ValueError:
            continue
        whole = value == int(value)
        if whole and (YEARS[0] <= value <= YEARS[1] or value < least):
            continue
        out.add(term)
    return frozenset(out)


Pair = tuple[int, int]


def _values(figures: frozenset[str]) -> frozenset[float]:
    """The plain figures' values (a percentage term, ``#33%``, agrees only as a term)."""
    return frozenset(float(f[1:]) for f in figures if f.startswith("#") and not f.endswith("%"))


def _round(value: float) -> bool:
    """Whether a whole number has at most two significant digits (12,000; 2,000; 36,000)."""
    return len(str(int(value)).rstrip("0")) <= 2


def figures_agree(a: frozenset[float], b: frozenset[float], options: FigureLinkOptions) -> bool:
    """Whether two sentences' substantial figures (values) share one: an equal value, or with
    ``options.near`` two whole values of at least ``near_least`` within that share of the
    larger, the rounder of them written round (:class:`FigureLinkOptions`)."""
    if a & b:
        return True
    if options.near <= 0.0:
        return False
    for x in a:
        for y in b:
            if min(x, y) < options.near_least or x != int(x) or y != int(y):
                continue
            if abs(x - y) <= options.near * max(x, y) and (_round(x) or _round(y)):
                return True
    return False


def figure_links(
    linked: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
    a: Sequence[SentenceFeatures],
    b: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    similar: np.ndarray,
    options: FigureLinkOptions,
) -> tuple[list[Pair], list[tuple[Pair, float]]]:
    """Pairs of open sentences that share a substantial figure, beyond the links made so far.

    Args:
        linked: the links made so far, as (a indices, b indices).
        a, b: the two versions' sentence features.
        left_a, left_b: the open sentences (not linked ``same``), rows and columns of
            ``similar``.
        similar: meaning similarity of the open pairs, shape ``(len(left_a), len(left_b))``.
        options: the thresholds.

    Returns:
        ``(fresh, additional)``: pairs ``(i, j)`` of two sentences no link holds, to be linked
        as ordinary links (one-to-one), and ``((i, j), similarity)`` for the other pairs, to
        be additional partial links; strongest first, ties by position. Deterministic.
    """
    if options.per_sentence == 0 or not left_a or not left_b:
        return [], []
    terms_b = [substantial_figures(b[j].terms, options.least) for j in left_b]
    values_b = [_values(t) for t in terms_b]
    taken = {(i, j) for x, y in linked for i in x for j in y}
    found = []
    for r, i in enumerate(left_a):
        mine = substantial_figures(a[i].terms, options.least)
        if not mine:
            continue
        values = _values(mine)
        for c, j in enumerate(left_b):
            if (i, j) in taken:
                continue
            if not (mine & terms_b[c] or figures_agree(values, values_b[c], options)):
                continue
            if similar[r, c] >= options.similarity:
                found.append((-float(similar[r, c]), i, j))
    busy_a = {i for x, _ in linked for i in x}
    busy_b = {j for _, y in linked for j in y}
    count_a: Counter[int] = Counter()
    count_b: Counter[int] = Counter()
    fresh: list[Pair] = []
    additional: list[tuple[Pair, float]] = []
    for negative, i, j in sorted(found):
        if count_a[i] >= options.per_sentence or count_b[j] >= options.per_sentence:
            continue
        count_a[i] += 1
        count_b[j] += 1
        if i not in busy_a and j not in busy_b:
            fresh.append((i, j))
            busy_a.add(i)
            busy_b.add(j)
        else:
            additional.append(((i, j), -negative))
    return fresh, additional
