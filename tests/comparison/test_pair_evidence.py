"""The evidence of one pair of versions measured once (``PairEvidence``, ``PieceMatches``):
any share of it holds the numbers measured on that share alone, and the aligner's links
are the same with and without it."""

from __future__ import annotations

import numpy as np
import pytest

from polyglot_news.comparison import semantic
from polyglot_news.comparison.agreement import pair_agreements
from polyglot_news.comparison.containment import piece_matches, piece_weights, token_containment
from polyglot_news.comparison.link_evidence import PairEvidence
from polyglot_news.comparison.links import link_sentences, sentence_features, term_weights
from polyglot_news.comparison.semantic import default_encoder

A = [
    "Rescuers struggled to reach the mountain villages.",
    "",
    "At least 2,012 people died, the interior ministry said.",
    "The king declared three days of national mourning.",
]
B = [
    "The death toll rose to 2,012, according to the ministry.",
    "Three days of mourning were declared by the king.",
    "Roads to the villages in the mountains were blocked by rocks.",
]

SHARES = [
    pytest.param([0, 1, 2, 3], [0, 1, 2], id="every-sentence"),
    pytest.param([0, 2], [1, 2], id="some-of-each"),
    pytest.param([1], [0, 1, 2], id="only-an-empty-sentence"),
    pytest.param([3], [1], id="one-pair"),
    pytest.param([], [0], id="none-of-a"),
]


@pytest.fixture(scope="module")
def encoder() -> semantic.SentenceEncoder:
    found = default_encoder()
    assert found is not None, semantic.load_error()
    return found


@pytest.mark.parametrize(("rows", "cols"), SHARES)
def test_a_share_of_the_piece_matches_is_the_containment_of_that_share(
    encoder: semantic.SentenceEncoder, rows: list[int], cols: list[int]
) -> None:
    ta, tb = encoder.encode_tokens(A), encoder.encode_tokens(B)
    sub_a, sub_b = [ta[i] for i in rows], [tb[j] for j in cols]
    weights = piece_weights([*sub_a, *sub_b])
    alone = token_containment(sub_a, sub_b, weights)
    shared = piece_matches(ta, tb).containment(rows, cols, weights)
    for got, expected in zip(shared, alone, strict=True):
        assert got.shape == (len(rows), len(cols))
        assert np.allclose(got, expected, atol=1e-6)


@pytest.mark.parametrize(("rows", "cols"), SHARES)
def test_a_share_of_the_agreements_is_pair_agreements_of_that_share(
    rows: list[int], cols: list[int]
) -> None:
    fa, fb = [sentence_features(s) for s in A], [sentence_features(s) for s in B]
    weights = term_weights([fa, fb])
    evidence = PairEvidence(fa, fb, weights)
    expected = pair_agreements(fa, fb, rows, cols, weights)
    got = evidence.agreements(rows, cols)
    assert list(got.items()) == list(expected.items())  # the same pairs, in the same order
    assert (2, 0) in evidence.agreements([0, 1, 2, 3], [0, 1, 2])  # the toll: shared words


def test_the_links_are_the_same_with_the_pair_evidence(encoder: semantic.SentenceEncoder) -> None:
    fa, fb = [sentence_features(s) for s in A], [sentence_features(s) for s in B]
    weights = term_weights([fa, fb])
    alone = link_sentences(fa, fb, weights=weights, encoder=encoder)
    evidence = PairEvidence(fa, fb, weights, encoder)
    shared = link_sentences(fa, fb, weights=weights, encoder=encoder, evidence=evidence)
    assert shared == alone
    assert {(k.a, k.b) for k in alone} >= {((2,), (0,)), ((3,), (1,))}


def test_meaning_evidence_without_an_encoder_is_a_clear_error() -> None:
    fa, fb = [sentence_features(s) for s in A], [sentence_features(s) for s in B]
    with pytest.raises(ValueError, match="needs an encoder"):
        PairEvidence(fa, fb, term_weights([fa, fb])).vectors()
