"""How alike whole versions are: the similarity matrix of all pairs (:func:`similarity_matrix`,
one set intersection per pair, no alignment), the version most like all the others
(:func:`central_version`) and the version covering most of the others' sentences
(:func:`sentence_coverage`, :func:`covering_version`), the default base of a comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from polyglot_news.comparison.similarity import (
    SentenceFeatures,
    document_features,
    document_similarity,
)

__all__ = ["central_version", "covering_version", "sentence_coverage", "similarity_matrix"]


def similarity_matrix(
    features: Sequence[Sequence[SentenceFeatures]],
) -> tuple[tuple[float, ...], ...]:
    """Document similarity of every pair of versions (symmetric, 1.0 on the diagonal)."""
    docs = [document_features(f) for f in features]
    n = len(docs)
    rows = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            rows[i][j] = rows[j][i] = document_similarity(docs[i], docs[j])
    return tuple(tuple(row) for row in rows)


def central_version(matrix: Sequence[Sequence[float]], among: Sequence[int] | None = None) -> int:
    """The index of the version most similar to all the others: the highest mean of its row of
    the similarity matrix without the diagonal (the medoid); ties go to the first.

    The default base of a comparison: on the 12 gold stories of ``benchmarks/data/alignment``
    it is the version sharing the most facts with the others in 9 (the first by name in 1),
    for a mean gold coverage of 0.711 against 0.522 (``benchmarks/default_base.py``).
    ``among``: the indices it may choose from (similarity still to all the others); None or
    empty: any.
    """
    means = [sum(row) - row[i] for i, row in enumerate(matrix)]
    pool = [i for i in among or range(len(means)) if 0 <= i < len(means)] or range(len(means))
    return max(pool, key=lambda i: (means[i], -i)) if means else 0


def sentence_coverage(features: Sequence[Sequence[SentenceFeatures]]) -> tuple[float, ...]:
    """How much of the other versions each version covers, in [0, 1]: over every sentence of
    every other version, the mean of its best :func:`.similarity.sentence_similarity` to a
    sentence of this version (a sentence it repeats counts 1.0; a version without sentences
    covers 0.0).

    Pooled over sentences, not versions, so two short near-copies (two translations of one
    agency's three lines) cover each other's few sentences and little of the full accounts,
    where the medoid (:func:`central_version`) counts each near-copy as one whole version
    as like it as can be.

    The similarities are those of ``sentence_similarity`` (the mean of the Dice coefficients
    of the word sets and of the character trigram sets), computed for all distinct sentences
    at once: the words and trigrams every pair shares counted through an inverted index (those
    of many sentences by one matrix product), in blocks of :data:`COVERAGE_BLOCK` sentences,
    so memory stays ``COVERAGE_BLOCK`` x distinct sentences. 50 versions of 40 distinct
    sentences: 0.8 s of CPU against 19 s pair by pair.
    """
    distinct: dict[str, SentenceFeatures] = {}
    for version in features:
        for sentence in version:
            distinct.setdefault(sentence.key, sentence)
    index = {key: i for i, key in enumerate(distinct)}
    members = [sorted({index[s.key] for s in version}) for version in features]
    best = np.zeros((len(features), len(distinct)))  # best[c, s]: s's best match in version c
    sentences = list(distinct.values())
    words = _SharedCounts([s.token_set for s in sentences])
    grams = _SharedCounts([s.grams for s in sentences])
    for start in range(0, len(distinct), COVERAGE_BLOCK):
        block = _similarities(words, grams, start, start + COVERAGE_BLOCK)
        for c, rows in enumerate(members):
            if rows:
                best[c, start : start + block.shape[0]] = block[:, rows].max(axis=1)
    out = []
    for c in range(len(features)):
        total = count = 0.0
        for v, version in enumerate(features):
            if v == c:
                continue
            for sentence in version:  # summed in the order of the sentences, as ever
                count += 1
                total += float(best[c, index[sentence.key]])
        out.append(round(total / count, 6) if count else 0.0)
    return tuple(out)


COVERAGE_BLOCK = 1024
"""Sentences whose similarities to all the others :func:`sentence_coverage` holds at once."""
_POSTING_DENSE = 32  # words and trigrams in more sentences are counted by one matrix product


class _SharedCounts:
    """How many items (words, or character trigrams) each sentence shares with each other:
    items in more than :data:`_POSTING_DENSE` sentences as columns of a 0/1 matrix (counted
    by one product), the rarer ones through their postings."""

    def __init__(self, sets: Sequence[frozenset[str]]) -> None:
        self.postings: dict[str, list[int]] = {}
        for i, items in enumerate(sets):
            for item in items:
                self.postings.setdefault(item, []).append(i)
        common = [p for p in self.postings.values() if len(p) > _POSTING_DENSE]
        self.dense = np.zeros((len(sets), len(common)), dtype=np.float32)
        for column, posting in enumerate(common):
            self.dense[posting, column] = 1.0
        self.sizes = np.array([len(items) for items in sets], dtype=np.float64)

    def dice(self, start: int, stop: int) -> np.ndarray:
        """Dice coefficients of sentences ``start:stop`` (rows) with all (columns), float64;
        1.0 for two empty sets, as :func:`.similarity.dice`."""
        shared = np.rint(self.dense[start:stop] @ self.dense.T).astype(np.int64)  # exact
        for posting in self.postings.values():
            if len(posting) <= _POSTING_DENSE:
                inside = [i - start for i in posting if start <= i < stop]
                if inside:
                    shared[np.ix_(inside, posting)] += 1
        totals = self.sizes[start:stop, None] + self.sizes[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(totals == 0, 1.0, 2.0 * shared / totals)


def _similarities(words: _SharedCounts, grams: _SharedCounts, start: int, stop: int) -> np.ndarray:
    """``sentence_similarity`` of the distinct sentences ``start:stop`` (rows) against all
    (columns), computed as the function does ((Dice of words + Dice of trigrams) / 2; 1.0 on
    the diagonal, the only pair with one key)."""
    out = (words.dice(start, stop) + grams.dice(start, stop)) / 2.0
    rows = out.shape[0]
    out[np.arange(rows), np.arange(start, start + rows)] = 1.0
    return out


def covering_version(
    features: Sequence[Sequence[SentenceFeatures]],
    among: Sequence[int] | None = None,
    prefer: Sequence[int] = (),
) -> int:
    """The index of the version covering the most of the others' sentences
    (:func:`sentence_coverage`): the default base of three versions or more, the fullest
    account the others are read against.

    Ties go to a version in ``prefer`` (the pipeline passes the versions not translated),
    then to the one with more sentences, then to the first. ``among``: the indices it may
    choose from (coverage still of all the others); None or empty: any.

    Measured on the gold stories of ``benchmarks/data/alignment`` by gold coverage (the
    share of the other versions' sentences reporting a fact the base reports;
    ``benchmarks/default_base.py``): tuning splits 0.652 (2 of 5 stories at the best
    version) against the medoid's 0.643 (1 of 5); held-out splits 0.665 (25 of 37) against
    0.671 (27 of 37).
    """
    scores = sentence_coverage(features)
    pool = [i for i in among or range(len(scores)) if 0 <= i < len(scores)] or range(len(scores))
    preferred = set(prefer)
    return (
        max(pool, key=lambda i: (scores[i], i in preferred, len(features[i]), -i)) if scores else 0
    )
