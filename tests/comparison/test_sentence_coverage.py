"""``matrix.sentence_coverage`` computes, all sentences at once, exactly what comparing each
sentence with each version's sentences by ``sentence_similarity`` gives."""

from __future__ import annotations

import pytest

from polyglot_news.comparison import matrix
from polyglot_news.comparison.similarity import (
    SentenceFeatures,
    sentence_features,
    sentence_similarity,
)

VERSIONS = [
    [
        "A fire broke out at the Santo Antonio hospital in Porto early on Sunday.",
        "Four patients died and eleven people were hurt, the fire brigade said.",
        "The cause of the fire is not yet known.",
    ],
    [
        "Four patients were killed when fire swept through a hospital in Porto.",
        "Firefighters said eleven people had been injured.",
        "Police suspect a short circuit.",
        "The cause of the fire is not yet known.",
    ],
    ["Porto hospital blaze: four dead.", "Hospital fire in Porto kills four"],
    ["Four dead in Porto hospital blaze.", "Porto hospital blaze: four dead."],
    [],
    ["", "!"],
]


def _pairwise(features: list[list[SentenceFeatures]]) -> tuple[float, ...]:
    out = []
    for c, candidate in enumerate(features):
        total = count = 0.0
        for v, version in enumerate(features):
            if v == c:
                continue
            for sentence in version:
                count += 1
                total += max((sentence_similarity(sentence, o) for o in candidate), default=0.0)
        out.append(round(total / count, 6) if count else 0.0)
    return tuple(out)


@pytest.mark.parametrize("block", [1, 2, 5, 1024])
def test_coverage_equals_the_pairwise_similarities(
    monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(matrix, "COVERAGE_BLOCK", block)
    features = [[sentence_features(s) for s in version] for version in VERSIONS]
    assert matrix.sentence_coverage(features) == _pairwise(features)


def test_common_words_counted_by_the_product_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matrix, "_POSTING_DENSE", 1)  # every shared item through the product
    features = [[sentence_features(s) for s in version] for version in VERSIONS]
    assert matrix.sentence_coverage(features) == _pairwise(features)


def test_repeated_sentence_covers_fully_and_an_empty_version_nothing() -> None:
    features = [
        [sentence_features(s) for s in v]
        for v in (["Porto hospital blaze."], ["Porto hospital blaze."], [])
    ]
    assert matrix.sentence_coverage(features) == (1.0, 1.0, 0.0)
