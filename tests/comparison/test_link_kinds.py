"""Link kinds across N versions (link_kinds): the fan-out of each sentence in third versions
and the kind model that reads it with the words' coverage."""

from __future__ import annotations

from dataclasses import replace

import pytest

from polyglot_news.comparison.agreement import agreement
from polyglot_news.comparison.link_growth import sides_agreement
from polyglot_news.comparison.link_kinds import (
    KIND_FEATURES,
    LinkKinds,
    fanouts,
    kind_features,
    rekinded,
)
from polyglot_news.comparison.links import (
    LinkOptions,
    SentenceLink,
    sentence_features,
    term_weights,
)

WIRE = [
    "Pilots at Scandia Air began a 48-hour strike on Monday, and 612 flights were cancelled, "
    "and the airline called the walkout irresponsible.",
    "Talks collapsed on Sunday night after 14 hours.",
]
BROADCASTER = [
    "Scandia Air pilots started a strike on Monday.",
    "Negotiations broke down late on Sunday after 14 hours.",
]
UNION = [
    "Our pilots have been on strike since Monday.",
    "The airline cancelled 612 flights.",
    "Talks ended without agreement on Sunday night after 14 hours.",
]
STORY = [[sentence_features(s) for s in version] for version in (WIRE, BROADCASTER, UNION)]
LINKS = {
    (0, 1): [SentenceLink((0,), (0,), "partial", 0.6), SentenceLink((1,), (1,), "partial", 0.7)],
    (0, 2): [SentenceLink((0,), (0, 1), "partial", 0.6), SentenceLink((1,), (2,), "partial", 0.7)],
    (1, 2): [
        SentenceLink((0,), (0,), "partial", 0.6),
        SentenceLink((0,), (1,), "partial", 0.4, additional=True),
        SentenceLink((1,), (2,), "same", 1.0),
    ],
}


def test_fanouts() -> None:
    fans = fanouts(LINKS)
    assert fans[0, 0] == {1: {0}, 2: {0, 1}}
    assert fans[1, 0] == {0: {0}, 2: {0, 1}}
    assert fans[2, 2] == {0: {1}, 1: {1}}


def test_kind_features_are_symmetric() -> None:
    weights = term_weights(STORY)
    one = kind_features(STORY[0][0], STORY[1][0], weights, (2, 1), (1, 0))
    other = kind_features(STORY[1][0], STORY[0][0], weights, (1, 0), (2, 1))
    assert len(one) == len(KIND_FEATURES)
    assert one == pytest.approx(other)


def test_rekinded() -> None:
    """The wire's long sentence (strike, cancellations, the airline's word) against the
    broadcaster's strike alone is partial; the talks, told alike, are reworded; same,
    additional and 1-to-2 links keep their kinds."""
    found = rekinded(LINKS, STORY, term_weights(STORY), LinkOptions(), LINKS)
    kinds = {pair: [k.kind for k in links] for pair, links in found.items()}
    assert kinds == {
        (0, 1): ["partial", "reworded"],
        (0, 2): ["partial", "reworded"],
        (1, 2): [kinds[1, 2][0], "partial", "same"],
    }
    assert rekinded(LINKS, STORY, term_weights(STORY), LinkOptions(), LINKS) == found


def test_rekinded_only_the_pairs_asked() -> None:
    found = rekinded(LINKS, STORY, term_weights(STORY), LinkOptions(), [(0, 1)])
    assert found[0, 2] == LINKS[0, 2]
    assert [k.kind for k in found[0, 1]] == ["partial", "reworded"]


@pytest.mark.parametrize("case", ["two versions", "off"])
def test_rekinded_leaves_the_coverage_rule(case: str) -> None:
    weights = term_weights(STORY)
    if case == "two versions":
        links = {(0, 1): LINKS[0, 1]}
        assert rekinded(links, STORY[:2], weights, LinkOptions(), links) == links
    else:
        off = replace(LinkOptions(), kind_cut=None)
        assert rekinded(LINKS, STORY, weights, off, LINKS) == LINKS


def test_kind_cut_is_checked() -> None:
    with pytest.raises(ValueError, match="kind_cut"):
        LinkOptions(kind_cut=1.5)


def test_link_kinds_one_decision_for_every_view() -> None:
    """LinkKinds names a one-to-one link of a modelled pair as rekinded does, one link or a
    batch alike; a link of two sentences with one takes the coverage rule of the joined
    terms, and two sentences of equal keys are same."""
    weights = term_weights(STORY)
    kinds = LinkKinds(STORY, weights, LinkOptions(), LINKS, LINKS)
    found = rekinded(LINKS, STORY, weights, LinkOptions(), LINKS)
    asked = [((0, (0,)), (1, (0,))), ((0, (1,)), (1, (1,))), ((1, (0,)), (2, (0,)))]
    batch = kinds.kinds(asked)
    assert batch == [kinds.kind(x, a, y, b) for (x, a), (y, b) in asked]
    assert batch == [found[0, 1][0].kind, found[0, 1][1].kind, found[1, 2][0].kind]
    assert kinds.kind(1, (0,), 0, (0,)) == batch[0]  # either order
    joined = sides_agreement(STORY[0], STORY[2], (0,), (0, 1), weights)
    assert kinds.kind(0, (0,), 2, (0, 1)) == joined.kind(LinkOptions())
    copy = [*STORY, [sentence_features(BROADCASTER[1])]]
    assert LinkKinds(copy, weights, LinkOptions()).kind(1, (1,), 3, (0,)) == "same"


def test_link_kinds_without_links_is_the_coverage_rule() -> None:
    weights = term_weights(STORY)
    rule = agreement(STORY[0][0].terms, STORY[1][0].terms, weights).kind(LinkOptions())
    assert LinkKinds(STORY, weights, LinkOptions()).kind(0, (0,), 1, (0,)) == rule
    off = replace(LinkOptions(), kind_cut=None)
    assert LinkKinds(STORY, weights, off, LINKS, LINKS).kind(0, (0,), 1, (0,)) == rule


def test_link_kinds_sides_sharing_no_term_are_reworded() -> None:
    """A link made by meaning alone (no shared term) is reworded, as the aligner names it,
    however much each side adds."""
    sides = [
        [sentence_features("Pilots walked out across Scandinavia, grounding hundreds of jets.")],
        [sentence_features("A stoppage hit the carrier's network; travellers were stranded.")],
    ]
    weights = term_weights(sides)
    assert not sides[0][0].terms & sides[1][0].terms
    assert LinkKinds(sides, weights, LinkOptions()).kind(0, (0,), 1, (0,)) == "reworded"
