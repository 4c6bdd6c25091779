"""A sentence's vector is a function of the sentence alone: not of the sentences encoded with it,
nor of what the process encoded before (through the encoder's cache).

With padded batches the int8 encoder gave some sentences vectors up to 0.015 per component
away from their vectors alone, so a batch worker that had run another story first (a retried
story after a lost worker) scored one link 0.3807 instead of 0.3827 (docs/limits.md).
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from polyglot_news.comparison import semantic

# own sentences, of many token counts (1 to about 40 tokens), some of equal length
SENTENCES = [
    "Yes.",
    "Rain.",
    "The parliament confirms the report.",
    "The police confirms the report.",
    "The city council confirms the report.",
    "The city council postpones the vote until next week.",
    "Council votes to raise metro fares.",
    "The mayor said the increase was needed to pay for new trains.",
    "About 40,000 people signed a petition against the plan, organisers said on Monday.",
    "Forecasters issued a flood warning for the river valley after two days of heavy rain.",
    "Schools in three towns will stay closed on Friday.",
    "Rescue teams evacuated 300 residents from low-lying streets near the old harbour.",
    "The central bank kept its key interest rate at 16 percent, as analysts had expected.",
    "Opposition members called the decision unfair to students and pensioners, and promised "
    "to bring it before the regional court if the council did not reconsider it by April.",
    "Dockworkers at the container terminal walked out at dawn, halting the loading of ships.",
    "The trial enrolled 1,200 volunteers in four countries.",
]


@pytest.fixture(scope="module")
def fresh() -> semantic.SentenceEncoder:
    """An encoder of its own (its cache starts empty), not the process's shared one."""
    try:
        return semantic.SentenceEncoder()
    except (OSError, ImportError, RuntimeError) as exc:
        pytest.fail(f"the shipped encoder does not load: {exc}")


def _alone(encoder: semantic.SentenceEncoder, text: str) -> np.ndarray:
    vector, _ = encoder._forward([text])[0]
    return vector


def test_a_sentence_gets_the_vector_it_gets_alone_in_any_batch(
    fresh: semantic.SentenceEncoder,
) -> None:
    alone = {text: _alone(fresh, text) for text in SENTENCES}
    rng = random.Random(11)
    batches = [SENTENCES, SENTENCES[::-1]]
    batches += [rng.sample(SENTENCES, rng.randint(2, len(SENTENCES))) for _ in range(8)]
    for batch in batches:
        for text, (vector, tokens) in zip(batch, fresh._forward(batch), strict=True):
            assert np.array_equal(vector, alone[text]), text
            assert tokens.vectors.shape[0] == len(tokens.pieces)


def test_what_the_encoder_cached_before_does_not_change_a_vector() -> None:
    """Two encoders, one of which encoded some of the sentences earlier (a worker that ran
    another story first): every vector and token vector equal."""
    cold, warm = semantic.SentenceEncoder(), semantic.SentenceEncoder()
    warm.encode(SENTENCES[2:5] + SENTENCES[10:11])
    assert np.array_equal(cold.encode(SENTENCES), warm.encode(SENTENCES))
    for a, b in zip(cold.encode_tokens(SENTENCES), warm.encode_tokens(SENTENCES), strict=True):
        assert a.pieces == b.pieces
        assert np.array_equal(a.vectors, b.vectors)
