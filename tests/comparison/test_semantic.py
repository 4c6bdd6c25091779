"""The aligner's sentence encoder: the shipped model loads offline, and its evidence links facts
reworded past their words (and only those)."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from polyglot_news.comparison import semantic
from polyglot_news.comparison.engine import DiffOptions, compare_texts
from polyglot_news.comparison.links import link_sentences, sentence_features, term_weights
from polyglot_news.comparison.semantic import DIMENSION, ENCODER_NAME, default_encoder

AID = "Aid workers say the remote terrain makes it hard to get help to survivors."
RELIEF = "Relief teams are finding it difficult to reach people trapped in the isolated area."
MISSING = "Relief teams said 200 people were still missing in the area."
A = [
    "Heavy rain triggered landslides in the northern province on Sunday.",
    AID,
    "The government has sent 500 soldiers to the province.",
]


def _b(middle: str) -> list[str]:
    return [
        "Landslides set off by torrential rain hit the north of the country on Sunday.",
        middle,
        "About 500 troops were deployed to the region, the government said.",
    ]


@pytest.fixture(scope="module")
def encoder() -> semantic.SentenceEncoder:
    found = default_encoder()  # loaded once per process, shared by every test
    assert found is not None, semantic.load_error()
    return found


def _links(a: list[str], b: list[str], encoder: semantic.SentenceEncoder | None) -> set:
    fa, fb = [sentence_features(s) for s in a], [sentence_features(s) for s in b]
    found = link_sentences(fa, fb, weights=term_weights([fa, fb]), encoder=encoder)
    return {(x.a, x.b) for x in found}


def test_encoder_vectors(encoder: semantic.SentenceEncoder) -> None:
    vectors = encoder.encode([AID, RELIEF, AID])
    assert vectors.shape == (3, DIMENSION) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[2])
    again = semantic.SentenceEncoder(encoder.folder, cache_size=1).encode([RELIEF, AID])
    assert np.allclose(again, vectors[[1, 0]], atol=1e-6)  # batching and cache change nothing
    # related facts are closer than unrelated ones
    far = encoder.encode(["The central bank cut its main interest rate by a quarter point."])
    assert float(vectors[0] @ vectors[1]) > 0.5 > float(vectors[0] @ far[0])


def test_encoder_pickles_to_the_process_encoder(encoder: semantic.SentenceEncoder) -> None:
    assert pickle.loads(pickle.dumps(encoder)) is encoder
    vectors = encoder.encode([AID])
    assert np.array_equal(pickle.loads(pickle.dumps(vectors)), vectors)


def test_reworded_fact_links_only_with_the_encoder(encoder: semantic.SentenceEncoder) -> None:
    assert not sentence_features(AID).terms & sentence_features(RELIEF).terms  # no word shared
    assert ((1,), (1,)) in _links(A, _b(RELIEF), encoder)
    assert ((1,), (1,)) not in _links(A, _b(RELIEF), None)
    # same subject, another fact: not linked
    assert _links(A, _b(MISSING), encoder) == {((0,), (0,)), ((2,), (2,))}


def test_revisions_are_linked_on_words(encoder: semantic.SentenceEncoder) -> None:
    revised = [A[0], RELIEF, A[2]]  # two of three sentences unchanged: a revision
    assert _links(A, revised, encoder) == _links(A, revised, None) == {((0,), (0,)), ((2,), (2,))}


def test_signature_names_the_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [("a", " ".join(A)), ("b", " ".join(_b(RELIEF)))]
    assert DiffOptions().describe().endswith(f"|encoder={ENCODER_NAME}")
    off = DiffOptions(encoder=False)
    assert off.describe().endswith("|encoder=none")
    assert [c.kind for c in compare_texts(texts, options=off)[0][0].changes].count("insert") == 1
    assert "insert" not in [c.kind for c in compare_texts(texts)[0][0].changes]
    # an encoder that cannot load: words only, and the signature says so
    monkeypatch.setattr(semantic, "ENCODER_FOLDER", semantic.ENCODER_FOLDER / "missing")
    monkeypatch.setattr(semantic, "_state", {"error": None})
    assert default_encoder() is None and "missing" in (semantic.load_error() or "")
    assert DiffOptions().describe().endswith("|encoder=none")
    fallback = compare_texts(texts)[0][0].changes
    assert fallback == compare_texts(texts, options=off)[0][0].changes
