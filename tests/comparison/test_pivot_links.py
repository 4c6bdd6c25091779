"""Links through a third version (``pivot_links``): two sentences a pair of versions leaves
unlinked, both linked to one sentence of another version, link too when they are close."""

from __future__ import annotations

from dataclasses import replace

import pytest

from polyglot_news.comparison import semantic
from polyglot_news.comparison.link_model import PivotOptions
from polyglot_news.comparison.links import (
    LinkOptions,
    SentenceLink,
    link_sentences,
    sentence_features,
    term_weights,
)
from polyglot_news.comparison.pivot_links import oriented, pivot_links, story_links
from polyglot_news.comparison.semantic import default_encoder

WIRE = [
    "A strong earthquake struck the south of Peru on Sunday night.",
    "Hundreds of old adobe houses fell down in the highland villages.",
    "The president flew to Arequipa on Monday.",
]
BROADCAST = [
    "A powerful quake hit southern Peru late on Sunday.",
    "The army sent two thousand soldiers to help with the search.",
    "Whole hamlets of mud-brick homes in the Andes crumbled, officials said.",
]
AGENCY = [
    "An earthquake of magnitude 7.1 shook southern Peru on Sunday evening.",
    "Many adobe homes collapsed in highland villages of the Andes.",
    "Soldiers were sent to help rescuers.",
]
LOOSE = replace(LinkOptions(), pivots=PivotOptions(cosine=0.35))
THROUGH_AGENCY = {
    (0, 2): [SentenceLink((1,), (1,), "reworded", 0.7)],
    (1, 2): [SentenceLink((2,), (1,), "reworded", 0.7)],
}


@pytest.fixture(scope="module")
def encoder() -> semantic.SentenceEncoder:
    found = default_encoder()
    assert found is not None, semantic.load_error()
    return found


def _story() -> list[list]:
    return [[sentence_features(s) for s in v] for v in (WIRE, BROADCAST, AGENCY)]


def test_two_wordings_linked_through_a_third_version(encoder: semantic.SentenceEncoder) -> None:
    """The wire's and the broadcaster's collapsed houses share no evidence of their own
    (cosine 0.39, one shared word); the agency's sentence links both."""
    features = _story()
    weights = term_weights(features)
    alone = link_sentences(features[0], features[1], weights=weights, encoder=encoder)
    assert (1, 2) not in {(i, j) for k in alone for i in k.a for j in k.b}
    linked = story_links(features, weights=weights, options=LOOSE, encoder=encoder)
    pairs = {(k.a, k.b): k for k in linked[0, 1]}
    assert ((1,), (2,)) in pairs and not pairs[(1,), (2,)].moved
    default = story_links(features, weights=weights, options=LinkOptions(), encoder=encoder)
    assert ((1,), (2,)) not in {(k.a, k.b) for k in default[0, 1]}  # below the 0.5 cosine


def test_no_pivot_without_a_shared_partner(encoder: semantic.SentenceEncoder) -> None:
    features = _story()
    weights = term_weights(features)
    own = [SentenceLink((0,), (0,), "reworded", 0.6)]
    links = {
        (0, 1): own,
        (0, 2): [SentenceLink((1,), (1,), "reworded", 0.7)],
        (1, 2): [SentenceLink((2,), (2,), "reworded", 0.7)],  # another agency sentence
    }
    found = pivot_links(0, 1, links, features, weights=weights, options=LOOSE, encoder=encoder)
    assert found == own


def test_a_headline_is_never_a_pivot_partner_of_a_body_sentence(
    encoder: semantic.SentenceEncoder,
) -> None:
    features = _story()
    weights = term_weights(features)
    links = {(0, 1): [], **THROUGH_AGENCY}
    free = pivot_links(0, 1, links, features, weights=weights, options=LOOSE, encoder=encoder)
    assert [(k.a, k.b) for k in free] == [((1,), (2,))]
    kept = pivot_links(0, 1, links, features, weights=weights, options=LOOSE, encoder=encoder,
                       apart=frozenset({(1, 2)}))  # fmt: skip
    assert kept == []


def test_links_are_read_either_way() -> None:
    links = {(2, 0): [SentenceLink((3,), (1, 2), "partial", 0.5)]}
    assert oriented(links, 0, 2) == [SentenceLink((1, 2), (3,), "partial", 0.5)]
    assert oriented(links, 0, 1) is None


def test_a_pivot_below_the_cosine_links_when_the_words_agree_too(
    encoder: semantic.SentenceEncoder,
) -> None:
    """Below ``cosine`` a pair tied by a third version links at ``worded`` only when its
    words' weighted Dice reaches ``words`` (aligner version 9): the wire's and the
    broadcaster's collapsed houses (one shared word) link only at a low enough ``words``."""
    features = _story()
    weights = term_weights(features)
    links = {(0, 1): [], **THROUGH_AGENCY}

    def found(words: float) -> list[tuple]:
        options = replace(LinkOptions(), pivots=PivotOptions(cosine=0.99, worded=0.0, words=words))
        return [(k.a, k.b) for k in pivot_links(0, 1, links, features, weights=weights,
                                                options=options, encoder=encoder)]  # fmt: skip

    assert found(0.01) == [((1,), (2,))]
    assert found(1.0) == []


@pytest.mark.parametrize(
    ("field", "value"), [("cosine", 2.0), ("least", 0), ("worded", -2.0), ("words", 1.5)]
)
def test_pivot_options_are_checked(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=field):
        PivotOptions(**{field: value})


ONE_SIDE = replace(LinkOptions(), pivots=PivotOptions(grow=0.3, additional=0.3))


def test_a_linked_sentence_grows_by_the_adjacent_one_a_pivot_ties(
    encoder: semantic.SentenceEncoder,
) -> None:
    """The wire's sentence is linked to the broadcaster's #1; the agency ties it to #2 too,
    adjacent: one fact told in two sentences, one 1-to-2 link."""
    features = _story()
    weights = term_weights(features)
    links = {(0, 1): [SentenceLink((1,), (1,), "partial", 0.3)], **THROUGH_AGENCY}
    found = pivot_links(0, 1, links, features, weights=weights, options=ONE_SIDE,
                        encoder=encoder)  # fmt: skip
    assert [(k.a, k.b, k.additional) for k in found] == [((1,), (1, 2), False)]
    assert pivot_links(0, 1, links, features, weights=weights, options=LinkOptions(),
                       encoder=encoder) == links[0, 1]  # cosine 0.39: below the defaults


def test_a_far_sentence_a_pivot_ties_is_an_additional_partial_link(
    encoder: semantic.SentenceEncoder,
) -> None:
    features = _story()
    weights = term_weights(features)
    links = {(0, 1): [SentenceLink((1,), (0,), "partial", 0.3)], **THROUGH_AGENCY}
    found = pivot_links(0, 1, links, features, weights=weights, options=ONE_SIDE,
                        encoder=encoder)  # fmt: skip
    assert [(k.a, k.b, k.kind, k.additional) for k in found] == [
        ((1,), (0,), "partial", False), ((1,), (2,), "partial", True)
    ]  # fmt: skip
