"""Links through a shared figure (``fact_links``): which numbers identify a fact, the
one-to-one and additional links they give, and the aligner's use of them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from polyglot_news.comparison import semantic
from polyglot_news.comparison.changes import layout
from polyglot_news.comparison.fact_links import (
    FigureLinkOptions,
    figure_links,
    figures_agree,
    substantial_figures,
)
from polyglot_news.comparison.links import (
    LinkOptions,
    link_sentences,
    sentence_features,
    term_weights,
)
from polyglot_news.comparison.semantic import default_encoder


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The plant employs 27,000 people.", {"#27000"}),
        ("About 5 000 jobs go, and 6 thousand more move.", {"#5000", "#6000"}),
        ("The rate is now 3.25%.", {"#3.25", "#3.25%"}),
        ("Inflation fell to 0.5 percent in 2024.", {"#0.5", "#0.5%"}),  # a year is no figure
        ("Two ministers met in Oslo.", set()),  # small counts are shared by many facts
        ("Nine people died.", {"#9"}),
        ("Two ministers met on the 3rd.", {"day:3"}),  # a day of the month: one event's date
        ("The Nord Star-212 sank at 6:40 a.m.", set()),  # a ship's number, a clock time
    ],
    ids=["grouped", "spaces-and-words", "decimal", "year", "small", "nine", "date", "name-time"],
)
def test_substantial_figures(sentence: str, figures: set[str]) -> None:
    assert substantial_figures(sentence_features(sentence).terms) == figures


def test_a_year_or_a_small_count_is_kept_when_asked() -> None:
    terms = sentence_features("Two ministers met in 2024.").terms
    assert substantial_figures(terms, least=0.0) == {"#2"}


def _features(texts: list[str]) -> list:
    return [sentence_features(t) for t in texts]


A = _features(["Some 5,000 jobs go, while 6,000 move to outside firms.", "The union objected."])
B = _features(["Some 5,000 posts will be cut.", "Unions protest.", "The other 6,000 move."])


@pytest.mark.parametrize(
    ("linked", "similar", "options", "fresh", "additional"),
    [
        ([], [[0.6, 0.0, 0.5], [0.0, 0.0, 0.0]], FigureLinkOptions(), [(0, 0)], [((0, 2), 0.5)]),
        ([((0,), (0,))], [[0.6, 0.0, 0.5], [0.0, 0.0, 0.0]], FigureLinkOptions(), [],
         [((0, 2), 0.5)]),
        ([], [[0.3, 0.0, 0.3], [0.0, 0.0, 0.0]], FigureLinkOptions(), [], []),
        ([], [[0.6, 0.0, 0.5], [0.0, 0.0, 0.0]], FigureLinkOptions(per_sentence=1), [(0, 0)], []),
        ([], [[0.6, 0.0, 0.5], [0.0, 0.0, 0.0]], FigureLinkOptions(per_sentence=0), [], []),
        ([], [[0.6, 0.0, 0.5], [0.0, 0.0, 0.0]], FigureLinkOptions(least=10_000), [], []),
    ],
    ids=["fresh-then-additional", "linked-already", "below-floor", "one-each", "off", "too-small"],
)  # fmt: skip
def test_figure_links(
    linked: list,
    similar: list[list[float]],
    options: FigureLinkOptions,
    fresh: list,
    additional: list,
) -> None:
    matrix = np.array(similar, dtype=np.float32)
    found = figure_links(linked, A, B, [0, 1], [0, 1, 2], matrix, options)
    assert found[0] == fresh
    assert [(p, round(s, 3)) for p, s in found[1]] == additional


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ({11000.0}, {12000.0}, True),  # "some 11,000" ~ "up to 12,000"
        ({2000.0}, {2012.0}, True),  # "more than 2,000" ~ "2,012"
        ({36000.0}, {36600.0}, True),
        ({2012.0}, {2059.0}, False),  # two precise figures: two facts (dead, injured)
        ({11000.0}, {14000.0}, False),  # too far apart
        ({50.0}, {52.0}, False),  # below near_least
        ({3.25}, {3.5}, False),  # decimals agree only when equal
        ({3.25}, {3.25, 3.5}, True),
    ],
    ids=["round-pair", "round-precise", "round-within", "precise-pair", "far", "small",
         "decimals", "equal"],
)  # fmt: skip
def test_figures_agree(a: set[float], b: set[float], agree: bool) -> None:
    assert figures_agree(frozenset(a), frozenset(b), FigureLinkOptions()) is agree
    assert figures_agree(frozenset(a), frozenset(b), FigureLinkOptions(near=0.0)) is bool(a & b)


@pytest.mark.parametrize("field", ["similarity", "least", "per_sentence", "near"])
def test_figure_link_options_are_checked(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        FigureLinkOptions(**{field: -1})


WIRE = [
    "The carmaker will cut 9,400 jobs by 2030, it said on Tuesday.",
    "About 4,200 posts go through factory closures, while 5,200 will be transferred to suppliers.",
    "The works council said it would fight the plan.",
]
AGENCY = [
    "The company announced a restructuring on Tuesday to cut costs.",
    "Some 4,200 positions will disappear when two factories close.",
    "Workers' representatives promised resistance.",
    "Shares rose 3 percent in Frankfurt.",
    "The remaining 5,200 employees are to move to suppliers.",
]


@pytest.fixture(scope="module")
def encoder() -> semantic.SentenceEncoder:
    found = default_encoder()
    assert found is not None, semantic.load_error()
    return found


def test_a_sentence_links_every_sentence_that_gives_one_of_its_figures(
    encoder: semantic.SentenceEncoder,
) -> None:
    fa, fb = _features(WIRE), _features(AGENCY)
    weights = term_weights([fa, fb])
    found = link_sentences(fa, fb, weights=weights, encoder=encoder)
    pairs = {(i, j) for x in found for i in x.a for j in x.b}
    assert {(1, 1), (1, 4)} <= pairs  # two non-adjacent sentences, one figure each
    off = replace(LinkOptions(), figures=None)
    plain = link_sentences(fa, fb, weights=weights, options=off, encoder=encoder)
    assert not {(1, 1), (1, 4)} <= {(i, j) for x in plain for i in x.a for j in x.b}
    for x in found:
        if x.additional:  # a sentence's further link through a figure is partial, not laid out
            assert x.kind == "partial" and not x.moved
    primary = [x for x in found if not x.additional]
    assert layout(found, len(fa), len(fb)) == layout(primary, len(fa), len(fb))


def test_revisions_are_linked_on_words_alone(encoder: semantic.SentenceEncoder) -> None:
    fa = _features(WIRE)
    fb = _features([WIRE[0], WIRE[1].replace("About", "Some"), WIRE[2]])
    found = link_sentences(fa, fb, encoder=encoder)
    assert [(x.a, x.b, x.additional) for x in found] == [
        ((0,), (0,), False),
        ((1,), (1,), False),
        ((2,), (2,), False),
    ]


def test_a_figure_grows_a_link_by_an_adjacent_free_sentence(
    encoder: semantic.SentenceEncoder,
) -> None:
    fa = _features(WIRE)
    fb = _features([AGENCY[1], AGENCY[4], AGENCY[2]])  # the two figures told one after the other
    weights = term_weights([fa, fb])
    unmerged = replace(LinkOptions(), merge=False)  # the words' merge step left out
    found = link_sentences(fa, fb, weights=weights, options=unmerged, encoder=encoder)
    assert ((1,), (0, 1)) in {(x.a, x.b) for x in found if not x.additional}
    plain = link_sentences(
        fa, fb, weights=weights, options=replace(unmerged, figures=None), encoder=encoder
    )
    assert ((1,), (0, 1)) not in {(x.a, x.b) for x in plain}
