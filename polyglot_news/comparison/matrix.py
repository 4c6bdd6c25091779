"""How alike whole versions are: the similarity matrix of all pairs (:func:`similarity_matrix`,
one set intersection per pair, no alignment) and the version most like all the others
(:func:`central_version`), the default base of a comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from polyglot_news.comparison.similarity import (
    SentenceFeatures,
    document_features,
    document_similarity,
)

__all__ = ["central_version", "similarity_matrix"]


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
