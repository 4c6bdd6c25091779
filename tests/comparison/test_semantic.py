"""The aligner's sentence encoder: the shipped model loads offline, and its evidence links facts
reworded past their words (and only those)."""

from __future__ import annotations

import pickle
from dataclasses import replace

import numpy as np
import pytest

from polyglot_news.comparison import semantic
from polyglot_news.comparison.engine import DiffOptions, compare_sentences, compare_texts
from polyglot_news.comparison.links import (
    LinkOptions,
    link_sentences,
    sentence_features,
    term_weights,
)
from polyglot_news.comparison.model import unique_sentences
from polyglot_news.comparison.semantic import DIMENSION, ENCODER_NAME, default_encoder

AID = "Aid workers say the remote terrain makes it hard to get help to survivors."
RELIEF = "Relief teams are finding it difficult to reach people trapped in the isolated area."
MISSING = "Relief teams said 200 people were still missing in the area."
A = [
    "Heavy rain triggered landslides in the northern province on Sunday.",
    "At least 12 people were killed and dozens are missing.",
    AID,
    "The government has sent 500 soldiers to the province.",
    "More rain is forecast for the coming days.",
]
OTHERS = {((0,), (0,)), ((1,), (1,)), ((3,), (3,)), ((4,), (4,))}


def _b(middle: str) -> list[str]:
    return [
        "Landslides set off by torrential rain hit the north of the country on Sunday.",
        "The death toll has risen to 12, with many still unaccounted for.",
        middle,
        "About 500 troops were deployed to the region, the government said.",
        "Forecasters warned of further downpours this week.",
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
    assert _links(A, _b(RELIEF), encoder) == OTHERS | {((2,), (2,))}
    assert _links(A, _b(RELIEF), None) == OTHERS
    # same subject, another fact: not linked
    assert _links(A, _b(MISSING), encoder) == OTHERS


def test_revisions_are_linked_on_words(encoder: semantic.SentenceEncoder) -> None:
    revised = [*A[:2], RELIEF, *A[3:]]  # four of five sentences unchanged: a revision
    assert _links(A, revised, encoder) == _links(A, revised, None) == OTHERS


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


def test_margin_discounts_sentences_close_to_everything() -> None:
    a = np.array([[1.0, 0.0], [0.6, 0.8]], dtype=np.float32)
    b = np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32)
    assert np.allclose(semantic.margins(a, b, 0), a @ b.T)
    m = semantic.margins(a, b, 2)
    cos = a @ b.T
    near_a, near_b = cos.mean(axis=1), cos.mean(axis=0)
    assert np.allclose(m, cos / ((near_a[:, None] + near_b[None, :]) / 2))
    assert m[0, 0] > 1.0 > m[1, 0]  # the pair that stands out among its candidates


EXCLUSIVE_A = [
    "North Korea confirmed for the first time that its troops fought in the Kursk region.",
    "The heroic soldiers fulfilled their noble mission with honour.",
    "Kim Jong Un said a monument would be built in Pyongyang.",
]
EXCLUSIVE_B = [
    "Pyongyang admitted for the first time that its soldiers took part in the fighting in Kursk.",
    "Russia's top general, Valery Gerasimov, praised the heroism of the North Korean troops.",
    "A monument to the fallen will be erected in Pyongyang, Kim Jong Un said.",
]


def test_an_exclusive_sentence_stays_unique(encoder: semantic.SentenceEncoder) -> None:
    """Each version's middle sentence is a fact the other lacks (on the same subject): the
    margin alone would pair them (each is the other's best candidate), the absolute evidence
    floor (words' Dice or plain cosine) keeps both unlinked, so both are listed as unique."""
    fa = [sentence_features(s) for s in EXCLUSIVE_A]
    fb = [sentence_features(s) for s in EXCLUSIVE_B]
    weights = term_weights([fa, fb])
    ungated = replace(LinkOptions(), evidence_dice=0.0, evidence_cosine=0.0, evidence_tokens=0.0)
    loose = link_sentences(fa, fb, weights=weights, options=ungated, encoder=encoder)
    assert ((1,), (1,)) in {(x.a, x.b) for x in loose}  # the margin alone links them
    assert _links(EXCLUSIVE_A, EXCLUSIVE_B, encoder) == {((0,), (0,)), ((2,), (2,))}
    _, _, claims = compare_sentences([("a", EXCLUSIVE_A), ("b", EXCLUSIVE_B)])
    assert {(u.version, u.index) for u in unique_sentences(claims)} == {("a", 1), ("b", 1)}


def test_evidence_floors_are_checked() -> None:
    with pytest.raises(ValueError, match="evidence_cosine"):
        LinkOptions(evidence_cosine=1.5)


ORTEGA = "President Daniel Ortega said the rescuers had shown the highest courage."
MONUMENT = (
    "President Daniel Ortega said a monument would be built in the capital to honour the dead."
)
SEARCHING = "President Daniel Ortega said rescuers were searching the mud for survivors."
DIGGING = "President Daniel Ortega said teams would keep digging for survivors overnight."


@pytest.mark.parametrize(
    ("middle_a", "middle_b", "linked"),
    [
        pytest.param(ORTEGA, MONUMENT, False, id="speaker-and-said-only"),
        pytest.param(SEARCHING, DIGGING, True, id="a-fact-word-shared"),
    ],
)
def test_a_gap_link_needs_more_than_a_shared_speaker(
    encoder: semantic.SentenceEncoder, middle_a: str, middle_b: str, linked: bool
) -> None:
    """Between two linked neighbours a lower score links (the gap pass, here all of them:
    threshold 0.8); two sentences that share only a speaker's name and "said" are not one
    fact, so with ``gap_content`` (off by default, docs/comparison.md) they do not link there,
    while two that share a fact word do."""
    a, b = [*A[:2], middle_a, *A[3:]], _b(middle_b)
    fa, fb = [sentence_features(s) for s in a], [sentence_features(s) for s in b]
    weights = term_weights([fa, fb])
    assert fa[2].names == fb[2].names == {"~presid", "daniel", "ortega"}
    found = {}
    for gap_content in (0.0, 0.35):
        options = replace(LinkOptions(), threshold=0.8, gap_content=gap_content)
        links = link_sentences(fa, fb, weights=weights, options=options, encoder=encoder)
        found[gap_content] = {(x.a, x.b) for x in links}
    assert found[0.0] == OTHERS | {((2,), (2,))}  # the rule off: position and score link them
    assert found[0.35] == OTHERS | ({((2,), (2,))} if linked else set())


TOLL_A = [
    "Floods swept through the southern province on Tuesday.",
    "41 deaths reported, officials said.",
    "Thousands of homes were damaged.",
    "The army has been deployed to help with rescues.",
]
TOLL_B = [
    "Soldiers were sent to assist rescue teams.",
    "Heavy flooding hit the south of the country on Tuesday.",
    "The death toll has risen to 41, according to local authorities.",
    "Rescuers are still searching for missing people.",
]


@pytest.mark.parametrize("with_encoder", [True, False], ids=["words-and-meaning", "words-only"])
def test_one_figure_worded_very_differently_links(
    encoder: semantic.SentenceEncoder, with_encoder: bool
) -> None:
    """"41 deaths reported" ~ "the death toll has risen to 41": the figure is one term, deaths
    and death one class (with killed and dead), officials and authorities one class; with
    the encoder and on words alone. The army sentence, told first by b, is a move."""
    fa, fb = [sentence_features(s) for s in TOLL_A], [sentence_features(s) for s in TOLL_B]
    links = link_sentences(
        fa, fb, weights=term_weights([fa, fb]), encoder=encoder if with_encoder else None
    )
    found = {(x.a, x.b): x for x in links}
    assert found[(1,), (2,)].kind == "reworded"
    assert found[(3,), (0,)].moved and not found[(1,), (2,)].moved
    assert set(found) == {((0,), (1,)), ((1,), (2,)), ((3,), (0,))}
