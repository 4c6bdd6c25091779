"""Containment evidence: BERTScore token containment on the shipped encoder, lexical
containment, the additional partial links, and the aligner's use of them."""

from __future__ import annotations

import math
import pickle
from dataclasses import replace

import numpy as np
import pytest

from polyglot_news.comparison import semantic
from polyglot_news.comparison.changes import layout
from polyglot_news.comparison.containment import (
    ContainmentOptions,
    containment_links,
    lexical_containment,
    piece_weights,
    token_containment,
)
from polyglot_news.comparison.links import (
    LinkOptions,
    SentenceLink,
    link_sentences,
    sentence_features,
    term_weights,
)
from polyglot_news.comparison.semantic import DIMENSION, TokenVectors, default_encoder

SHORT = "Rescuers struggled to reach the mountain villages."
LONG = (
    "Rescuers struggled to reach the mountain villages, while the king declared three days "
    "of national mourning."
)
OTHER = "The central bank cut its main interest rate by a quarter point."


@pytest.fixture(scope="module")
def encoder() -> semantic.SentenceEncoder:
    found = default_encoder()
    assert found is not None, semantic.load_error()
    return found


def test_token_vectors_come_from_the_sentence_pass(encoder: semantic.SentenceEncoder) -> None:
    short, empty = encoder.encode_tokens([SHORT, ""])
    pieces = encoder._tokenizer.encode(SHORT).tokens
    assert short.pieces == tuple(pieces[1:-1])  # without [CLS] and [SEP]
    assert short.vectors.shape == (len(short.pieces), DIMENSION)
    assert short.vectors.dtype == np.float16
    norms = np.linalg.norm(short.vectors.astype(np.float32), axis=1)
    assert np.allclose(norms, 1.0, atol=2e-3)
    assert empty.pieces == () and empty.vectors.shape == (0, DIMENSION)
    assert encoder.encode_tokens([SHORT])[0] is short  # remembered
    restored = pickle.loads(pickle.dumps(short))
    assert restored.pieces == short.pieces and np.array_equal(restored.vectors, short.vectors)


def test_the_shorter_sentence_is_contained(encoder: semantic.SentenceEncoder) -> None:
    tokens = encoder.encode_tokens([SHORT, LONG, OTHER, ""])
    weights = piece_weights(tokens)
    in_b, in_a = token_containment(tokens[:1], tokens, weights)
    assert in_b.shape == in_a.shape == (1, 4)
    assert in_b[0, 0] == pytest.approx(1.0, abs=2e-3)  # a sentence against itself
    assert in_a[0, 0] == pytest.approx(1.0, abs=2e-3)
    # SHORT says part of LONG: SHORT is contained in LONG far more than LONG in SHORT
    assert in_b[0, 1] > 0.85 > in_a[0, 1] + 0.1
    assert in_b[0, 1] > in_b[0, 2] + 0.3  # and not in an unrelated sentence
    assert in_b[0, 3] == in_a[0, 3] == 0.0  # an empty sentence scores 0


def test_piece_weights_are_bertscore_idf() -> None:
    empty = np.zeros((0, DIMENSION), dtype=np.float16)
    sentences = [TokenVectors(p, empty) for p in (("the", "rain"), ("the", "flood"), ("the",))]
    weights = piece_weights(sentences)
    assert weights["the"] == pytest.approx(math.log(4 / 4)) == 0.0
    assert weights["rain"] == pytest.approx(math.log(4 / 2))


@pytest.mark.parametrize(
    ("shared", "wa", "wb", "expected"),
    [(2.0, 4.0, 8.0, 0.5), (4.0, 4.0, 8.0, 1.0), (1.0, 0.0, 3.0, 0.0), (0.0, 2.0, 2.0, 0.0)],
    ids=["half-of-lighter", "lighter-inside", "empty-side", "nothing-shared"],
)
def test_lexical_containment(shared: float, wa: float, wb: float, expected: float) -> None:
    assert lexical_containment(shared, wa, wb) == pytest.approx(expected)


def _grid(values: dict[tuple[int, int], float], shape: tuple[int, int]) -> np.ndarray:
    out = np.zeros(shape, dtype=np.float32)
    for rc, v in values.items():
        out[rc] = v
    return out


def test_containment_links_only_for_sentences_already_linked() -> None:
    # a0 (long) is linked to b0; b1 (short) says part of a0; a1 and b2 are both unlinked
    shape = (2, 3)
    strong = {(0, 1): 0.8, (1, 2): 0.8}
    tokens = (_grid({}, shape), _grid(strong, shape))  # b1 in a0, b2 in a1 (b's the shorter)
    lengths = ([30, 30], [20, 10, 10])
    words = {(0, 1): 0.6, (1, 2): 0.6}
    cosines = _grid({(0, 0): 0.9, (0, 1): 0.6, (1, 2): 0.6}, shape)
    options = ContainmentOptions(tokens=0.55, words=0.4, cosine=0.45)
    found = containment_links([((0,), (0,))], tokens, lengths, words, cosines, options)
    assert found == [((0, 1), pytest.approx(0.8))]  # (1, 2): neither sentence linked yet
    assert containment_links([((0,), (0,))], tokens, lengths, {}, cosines, options) == []
    off = replace(options, per_sentence=0)
    assert containment_links([((0,), (0,))], tokens, lengths, words, cosines, off) == []


def test_containment_links_take_the_strongest_first() -> None:
    shape = (1, 3)
    tokens = (_grid({}, shape), _grid({(0, 1): 0.7, (0, 2): 0.9}, shape))
    cosines = _grid({(0, 0): 0.9, (0, 1): 0.6, (0, 2): 0.6}, shape)
    words = {(0, 1): 0.5, (0, 2): 0.5}
    options = ContainmentOptions(tokens=0.55, words=0.4, cosine=0.45, per_sentence=1)
    found = containment_links([((0,), (0,))], tokens, ([40], [20, 10, 10]), words, cosines, options)
    assert [pair for pair, _ in found] == [(0, 2)]  # a0 takes one, the better contained
    two = replace(options, per_sentence=2)
    found = containment_links([((0,), (0,))], tokens, ([40], [20, 10, 10]), words, cosines, two)
    assert [pair for pair, _ in found] == [(0, 2), (0, 1)]


@pytest.mark.parametrize("name", ["token_share", "evidence_tokens"])
def test_options_are_checked(name: str) -> None:
    with pytest.raises(ValueError, match=name):
        LinkOptions(**{name: 1.5})
    with pytest.raises(ValueError, match="tokens"):
        ContainmentOptions(tokens=-0.1)


WIRE = [
    "A strong earthquake struck the mountains south of the city late on Friday, killing "
    "more than 2,000 people, and rescuers struggled to reach remote villages.",
    "The king declared three days of national mourning.",
]
AGENCY = [  # the toll and the rescue, both in WIRE's first sentence, are not adjacent here
    "The death toll of the earthquake in the mountains rose to 2,012.",
    "Three days of national mourning were declared by the king.",
    "Rescue teams could not reach the remote mountain villages, where roads were blocked.",
]


def test_an_additional_partial_link_is_kept_out_of_the_layout(
    encoder: semantic.SentenceEncoder,
) -> None:
    fa = [sentence_features(s) for s in WIRE]
    fb = [sentence_features(s) for s in AGENCY]
    weights = term_weights([fa, fb])
    plain = link_sentences(fa, fb, weights=weights, encoder=encoder)
    assert not any(x.additional for x in plain)  # off by default
    loose = ContainmentOptions(tokens=0.3, words=0.1, cosine=0.3, per_sentence=2)
    options = replace(LinkOptions(), containment=loose)
    found = link_sentences(fa, fb, weights=weights, options=options, encoder=encoder)
    extra = [x for x in found if x.additional]
    assert extra and all(x.kind == "partial" and not x.moved for x in extra)
    primary = {(x.a, x.b) for x in found if not x.additional}
    assert primary == {(x.a, x.b) for x in plain}
    for x in extra:  # every additional link joins a sentence linked already
        assert (x.a, x.b) not in primary
        assert any(x.a == y.a or x.b == y.b for y in plain)
    assert layout(found, len(fa), len(fb)) == layout(plain, len(fa), len(fb))


def test_a_sentence_link_says_whether_it_is_additional() -> None:
    assert not SentenceLink((0,), (1,), "reworded", 0.5).additional


class _Counting:
    """The shipped encoder, counting its per-token calls."""

    def __init__(self, inner: semantic.SentenceEncoder) -> None:
        self.inner, self.token_calls = inner, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode(texts)

    def encode_tokens(self, texts: list[str]) -> list[TokenVectors]:
        self.token_calls += 1
        return self.inner.encode_tokens(texts)


def test_token_evidence_is_measured_only_when_used(encoder: semantic.SentenceEncoder) -> None:
    fa = [sentence_features(s) for s in WIRE]
    fb = [sentence_features(s) for s in AGENCY]
    weights = term_weights([fa, fb])
    counting = _Counting(encoder)
    version_5 = replace(LinkOptions(), token_share=0.0, evidence_tokens=0.0, containment=None)
    link_sentences(fa, fb, weights=weights, options=version_5, encoder=counting)  # type: ignore[arg-type]
    assert counting.token_calls == 0
    link_sentences(fa, fb, weights=weights, encoder=counting)  # type: ignore[arg-type]
    assert counting.token_calls == 1
