"""The base's links with a version grouped as the claims table groups them (claim_pairs)."""

from __future__ import annotations

import pytest

from polyglot_news.comparison.claim_pairs import agree_with_claims, claim_rows
from polyglot_news.comparison.link_kinds import LinkKinds
from polyglot_news.comparison.links import LinkOptions, SentenceLink, term_weights
from polyglot_news.comparison.model import Claim, ClaimCell
from polyglot_news.comparison.similarity import sentence_features

A = [
    "A road bridge collapsed in Porto Velho on Monday.",
    "Twelve people were injured.",
    "The mayor said it was inspected in March.",
]
B = [
    "A road bridge collapsed in Porto Velho on Monday, injuring twelve people.",
    "The mayor said the bridge had passed an inspection in March.",
    "It had been inspected in March by city engineers.",
]


def _rows(*rows: dict[int, tuple[int, ...]]) -> dict[tuple[int, int], int]:
    """Rows given as ``{version: sentences}`` (version 0 is a, 1 is b)."""
    return {(v, k): row for row, cells in enumerate(rows) for v, ks in cells.items() for k in ks}


def L(a: tuple[int, ...], b: tuple[int, ...], score: float = 0.8, moved: bool = False):
    return SentenceLink(a, b, "reworded", score, moved)


# links as the pair comparison has them, the table's rows, the links laid out after
CASES = [
    pytest.param(
        [L((0, 1), (0,), 0.9), L((2,), (1,))],
        _rows({0: (0, 1), 1: (0,)}, {0: (2,), 1: (1,)}, {1: (2,)}),
        [((0, 1), (0,)), ((2,), (1,))],
        id="one-row-nothing-to-do",
    ),
    pytest.param(
        [L((0, 1), (0,), 0.9), L((2,), (1,))],
        _rows({0: (0,), 1: (0,)}, {0: (1,)}, {0: (2,), 1: (1,)}, {1: (2,)}),
        [((0,), (0,)), ((2,), (1,))],
        id="two-rows-cut-to-the-row-of-the-long-sentence",
    ),
    pytest.param(
        [L((0,), (0, 1), 0.9)],
        _rows({0: (0,), 1: (1,)}, {1: (0,)}, {0: (1,)}, {0: (2,)}, {1: (2,)}),
        [((0,), (1,))],
        id="the-long-sentence-in-the-row-of-the-second",
    ),
    pytest.param(
        [L((0, 1), (0,), 0.9)],
        _rows({0: (0,)}, {1: (0,)}, {0: (1,)}, {0: (2,)}, {1: (1,)}, {1: (2,)}),
        [((0,), (0,))],
        id="no-sentence-in-its-row-keeps-one-pair",
    ),
    pytest.param(
        [L((1,), (1,))],
        _rows({0: (1,), 1: (1, 2)}, {0: (0,)}, {1: (0,)}, {0: (2,)}),
        [((1,), (1, 2))],
        id="grown-by-the-free-sentence-of-its-cell",
    ),
    pytest.param(
        [L((1,), (1,)), L((2,), (2,))],
        _rows({0: (1,), 1: (1, 2)}, {0: (2,)}, {0: (0,)}, {1: (0,)}),
        [((1,), (1,)), ((2,), (2,))],
        id="not-grown-by-a-linked-sentence",
    ),
    pytest.param(
        [L((1,), (1,))],
        _rows({0: (0, 1), 1: (1, 2)}, {1: (0,)}, {0: (2,)}),
        [((1,), (1,))],
        id="not-grown-on-both-sides",
    ),
    pytest.param(
        [L((0,), (1,))],
        _rows({0: (0,)}, {1: (1,)}, {0: (1, 2)}, {1: (0,)}, {1: (2,)}),
        [((0,), (1,))],
        id="one-to-one-across-rows-left-related",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("links", "rows", "expected"), CASES)
def test_links_follow_the_rows(
    links: list[SentenceLink], rows: dict[tuple[int, int], int], expected: list
) -> None:
    fa = [sentence_features(s) for s in A]
    fb = [sentence_features(s) for s in B]
    options = LinkOptions()
    out = agree_with_claims(
        links, 0, 1, rows, (fa, fb), weights=term_weights([fa, fb]), options=options
    )
    assert sorted((k.a, k.b) for k in out) == sorted(expected)
    if [(k.a, k.b) for k in out] == [(k.a, k.b) for k in links]:
        assert out == links  # nothing changed: the links as given, score and kind kept
    grown = [k for k in out if (k.a, k.b) not in {(x.a, x.b) for x in links}]
    for link in grown:
        assert 0.0 <= link.score <= 1.0 and link.kind in ("reworded", "partial")


def test_moves_are_recomputed_and_additional_links_kept() -> None:
    fa = [sentence_features(s) for s in A]
    fb = [sentence_features(s) for s in B]
    extra = SentenceLink((2,), (2,), "partial", 0.5, additional=True)
    # a cut link can change the longest in-order chain: of two crossing one-to-one links
    # the earlier stays
    links = [L((0, 1), (1,), 0.9, moved=False), L((2,), (0,), moved=False), extra]
    rows = _rows({0: (0,), 1: (1,)}, {0: (1,)}, {0: (2,), 1: (0, 2)})
    out = agree_with_claims(
        links, 0, 1, rows, (fa, fb), weights=term_weights([fa, fb]), options=LinkOptions()
    )
    assert extra in out
    main = {(k.a, k.b): k.moved for k in out if not k.additional}
    assert main == {((0,), (1,)): False, ((2,), (0,)): True}


def test_claim_rows_index_every_cell_sentence() -> None:
    claims = (
        Claim("a", (ClaimCell("a", (0, 1), "x"), ClaimCell("b", (0,), "y"))),
        Claim("a", (ClaimCell("a", (2,), "z"), ClaimCell("b", (), "title"))),
    )
    assert claim_rows(claims, ["a", "b"]) == {(0, 0): 0, (0, 1): 0, (1, 0): 0, (0, 2): 1}


def test_cut_and_grown_links_take_the_story_kind() -> None:
    """A link cut to one row, or grown by a free sentence, is kinded by the decision given
    (the story's :class:`LinkKinds`, as the claims table's cells are), not kept at the uncut
    link's kind; by default the coverage rule of its two sides' joined terms."""
    fa = [sentence_features(s) for s in A]
    fb = [sentence_features(s) for s in B]
    weights, options = term_weights([fa, fb]), LinkOptions()
    cut = [SentenceLink((0, 1), (0,), "same", 0.9)]  # a kind the cut link must not keep
    rows = _rows({0: (0,), 1: (0,)}, {0: (1,)}, {0: (2,), 1: (1,)}, {1: (2,)})
    [out] = agree_with_claims(cut, 0, 1, rows, (fa, fb), weights=weights, options=options)
    rule = LinkKinds([fa, fb], weights, options).kind(0, (0,), 1, (0,))
    assert (out.a, out.b, out.kind) == ((0,), (0,), rule)

    class Told(LinkKinds):
        def kinds(self, asked):  # type: ignore[no-untyped-def]
            return ["partial" if (x, y) == (4, 7) else "?" for (x, _), (y, _) in asked]

    story = Told([fa, fb], weights, options)
    grow = [L((1,), (1,))]
    rows = _rows({4: (1,), 7: (1, 2)}, {4: (0,)}, {7: (0,)}, {4: (2,)})
    [out] = agree_with_claims(grow, 4, 7, rows, (fa, fb), weights=weights, options=options,
                              kinds=story)  # fmt: skip
    assert (out.a, out.b, out.kind) == ((1,), (1, 2), "partial")
