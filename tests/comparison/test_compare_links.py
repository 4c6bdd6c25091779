"""The stable link interface: links between any two versions, kinds, scores and moves."""

from __future__ import annotations

import pytest

from polyglot_news.comparison.links import (
    LINK_KINDS,
    SentenceLink,
    link_sentences,
    sentence_features,
    term_weights,
)

U = "North Korean troops fought in the Kursk region."
W = "The army lost about 11,000 soldiers."
P = "Kim Jong Un visited Pyongyang on Monday."


def _links(a: list[str], b: list[str]) -> list[SentenceLink]:
    fa = [sentence_features(s) for s in a]
    fb = [sentence_features(s) for s in b]
    return link_sentences(fa, fb, weights=term_weights([fa, fb]))


CASES = [
    ("identical", [U, W], [U, W], [((0,), (0,), "same", False), ((1,), (1,), "same", False)]),
    ("empty", [], [U], []),
    (
        "moved-minimal",
        [U, W, P],
        [P, U, W],
        [((2,), (0,), "same", True), ((0,), (1,), "same", False), ((1,), (2,), "same", False)],
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_links(a: list[str], b: list[str], expected: list[tuple]) -> None:
    got = [(x.a, x.b, x.kind, x.moved) for x in _links(a, b)]
    assert got == expected


def test_link_is_frozen_and_kinds_known() -> None:
    link = _links([U], [U])[0]
    assert link.kind in LINK_KINDS and link.score == 1.0
    with pytest.raises(AttributeError):
        link.kind = "reworded"  # type: ignore[misc]
