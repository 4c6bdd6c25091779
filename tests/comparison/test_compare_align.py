"""Sentence alignment: in-order matches, gaps, moves, and the matching behind moves."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polyglot_news.comparison import align as align_module
from polyglot_news.comparison.align import AlignedPair, align, group_moves, max_weight_matching
from polyglot_news.comparison.similarity import (
    document_features,
    document_similarity,
    sentence_features,
    sentence_similarity,
)

S = [
    "North Korean troops fought in the Kursk region.",
    "The army lost about 11,000 soldiers.",
    "Kim Jong Un visited Pyongyang.",
    "Seoul called the deployment illegal.",
    "The Kremlin declined to comment.",
]


def _align(a: list[str], b: list[str], **kwargs: object) -> list[tuple[int | None, int | None]]:
    fa = [sentence_features(s) for s in a]
    fb = [sentence_features(s) for s in b]
    return [(p.a, p.b) for p in align(fa, fb, **kwargs)]  # type: ignore[arg-type]


ALIGN_CASES = [
    ("identical", S, S, [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)], {}),
    ("dropped", S, S[:2] + S[3:], [(0, 0), (1, 1), (2, None), (3, 2), (4, 3)], {}),
    (
        "added",
        S[:2],
        S[:1] + ["A new sentence about drones."] + S[1:2],
        [(0, 0), (None, 1), (1, 2)],
        {},
    ),
    ("edited", S[:2], [S[0], "The army lost up to 12,000 soldiers."], [(0, 0), (1, 1)], {}),
    ("moved", S, [S[3], *S[:3], S[4]], [(3, 0), (0, 1), (1, 2), (2, 3), (4, 4)], {}),
    (
        "moves-off",
        S[:3],
        [S[2], S[0], S[1]],
        [(None, 0), (0, 1), (1, 2), (2, None)],
        {"moves": False},
    ),
    ("empty-a", [], S[:2], [(None, 0), (None, 1)], {}),
    ("empty-b", S[:2], [], [(0, None), (1, None)], {}),
]


@pytest.mark.parametrize(
    ("a", "b", "expected", "kwargs"), [c[1:] for c in ALIGN_CASES], ids=[c[0] for c in ALIGN_CASES]
)
def test_align(
    a: list[str], b: list[str], expected: list[tuple[int | None, int | None]], kwargs: dict
) -> None:
    assert _align(a, b, **kwargs) == expected


def test_moved_pairs_are_flagged_and_grouped() -> None:
    a = S
    b = [S[3], S[4], S[0], S[1], S[2]]  # the last two sentences moved to the front
    fa = [sentence_features(s) for s in a]
    fb = [sentence_features(s) for s in b]
    pairs = align(fa, fb)
    runs = group_moves(pairs)
    assert len(runs) == 1
    assert [(p.a, p.b) for p in runs[0]] == [(3, 0), (4, 1)]


def test_rewording_still_matches() -> None:
    a = sentence_features("North Korean troops fought in the Kursk region on Monday.")
    b = sentence_features("Troops from North Korea fought in Kursk region on Monday.")
    c = sentence_features("The Kremlin declined to comment.")
    assert sentence_similarity(a, b) >= 0.5 > sentence_similarity(a, c)


def test_entity_normaliser_makes_names_equal() -> None:
    a = sentence_features("Troops left Kiev.", lambda t: t.replace("Kiev", "Kyiv"))
    b = sentence_features("Troops left Kyiv.", lambda t: t.replace("Kiev", "Kyiv"))
    assert a.key == b.key
    assert sentence_similarity(a, b) == 1.0


def test_document_similarity_bounds() -> None:
    one = document_features([sentence_features(s) for s in S])
    two = document_features([sentence_features(s) for s in S[:3]])
    none = document_features([])
    assert document_similarity(one, one) == 1.0
    assert 0.0 < document_similarity(one, two) == document_similarity(two, one) < 1.0
    assert document_similarity(one, none) == 0.0


def _brute_force(weights: list[list[float]]) -> float:
    n, m = len(weights), len(weights[0])
    best = 0.0
    small, large = (n, m) if n <= m else (m, n)
    for cols in itertools.permutations(range(large), small):
        if n <= m:
            total = sum(weights[r][c] for r, c in enumerate(cols))
        else:
            total = sum(weights[c][r] for r, c in enumerate(cols))
        best = max(best, total)
    return best


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda n: st.integers(1, 4).flatmap(
            lambda m: st.lists(
                st.lists(st.sampled_from([0.0, 0.5, 0.6, 0.8, 1.0]), min_size=m, max_size=m),
                min_size=n,
                max_size=n,
            )
        )
    )
)
def test_hungarian_matches_brute_force(weights: list[list[float]]) -> None:
    pairs = max_weight_matching(weights)
    assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
    assert all(weights[r][c] > 0 for r, c in pairs)
    assert sum(weights[r][c] for r, c in pairs) == pytest.approx(_brute_force(weights))


def test_greedy_matching_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align_module, "HUNGARIAN_LIMIT", 1)
    assert max_weight_matching([[0.9, 0.0], [0.8, 0.7]]) == [(0, 0), (1, 1)]


def test_aligned_pair_defaults() -> None:
    assert AlignedPair(1, None) == AlignedPair(1, None, 0.0, False)
