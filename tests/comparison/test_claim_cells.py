"""A cell of the claims table holds one fact: a sentence that adds a fact of its own leaves the
row (:mod:`polyglot_news.comparison.claim_cells`), as the pair comparison's insert says."""

from __future__ import annotations

import pytest
from _claim_links import L
from _claim_links import dice as _dice

from polyglot_news.comparison.claim_cells import trim_extra_sentences, trim_unlinked_sentences
from polyglot_news.comparison.claims import build_claims, unique_sentences
from polyglot_news.comparison.engine import compare_sentences

IDS = ["port", "agency", "daily"]

# agency #1 is a near-copy of port #0; agency #0 is its own fact, which daily's sentence links to
KEYS = [
    ["harbour authority said cranes stopped strike", "dockers vote monday"],
    ["ships diverted antwerp", "harbour authority said cranes stopped strike"],
    ["port authority said strike halted cranes ships waited"],
]

CASES = [
    # (id, links, agency's cells, agency sentences in a row of their own related to the fact's)
    ("near-copy-leaves-the-other-out",
     {(0, 1): [L((0,), (1,), "reworded", 1.0)], (2, 1): [L((0,), (0,))],
      (0, 2): [L((0,), (0,))]},
     [(0,), (1,)], {0}),  # daily's link into agency #0 relates it: "see #N", not unique
    ("a-one-to-two-link-of-the-pair-keeps-the-cell",
     {(0, 1): [L((0,), (0, 1), "reworded", 1.0)], (2, 1): [L((0,), (0,))],
      (0, 2): [L((0,), (0,))]},
     [(0, 1)], set()),
    ("a-link-below-a-near-copy-decides-nothing",
     {(0, 1): [L((0,), (1,), "reworded", 0.9)], (2, 1): [L((0,), (0,))],
      (0, 2): [L((0,), (0,))]},
     [(0, 1)], set()),
    ("a-partial-link-decides-nothing",
     {(0, 1): [L((0,), (1,), "partial", 1.0)], (2, 1): [L((0,), (0,))],
      (0, 2): [L((0,), (0,))]},
     [(0, 1)], set()),
]  # fmt: skip


@pytest.mark.parametrize(("links", "cells", "apart"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_a_sentence_a_near_copy_pair_leaves_out_is_a_row_of_its_own(
    links: dict, cells: list[tuple[int, ...]], apart: set[int]
) -> None:
    claims = build_claims(IDS, KEYS, links)
    found = sorted(c.sentences for claim in claims for c in claim.cells if c.version == "agency")
    assert found == cells
    (fact,) = [n for n, claim in enumerate(claims) if len(claim.cells) == 3]
    alone = {c.cells[0].sentences[0] for c in claims if c.versions == ("agency",)}
    assert alone == apart
    assert all(
        claims[n].related == (fact,) for n, c in enumerate(claims) if c.versions == ("agency",)
    )
    # a sentence some version links to is never unique (port #1, linked to nothing, is)
    assert {(u.version, u.index) for u in unique_sentences(claims, related=False)} == {("port", 1)}


def test_the_left_out_sentence_keeps_its_links_outside_the_row() -> None:
    """agency #0 is related to port #1's row (a link the cohesion rule refused) and to the row
    it left (daily's link)."""
    groups = [{0: (0,), 1: (0, 1), 2: (0,)}, {0: (1,)}]
    links = {(0, 1): [L((0,), (1,), "reworded", 1.0), L((1,), (0,))], (2, 1): [L((0,), (0,))]}
    trimmed, related = trim_extra_sentences(groups, {}, [links])
    assert {1: (0,)} in trimmed and {0: (0,), 1: (1,), 2: (0,)} in trimmed
    assert related == {(1, 0): {(0, 0), (0, 1)}, (0, 1): {(1, 0)}, (0, 0): {(1, 0)}}


def test_trimming_a_cell_of_three_takes_out_each_extra_sentence() -> None:
    groups = [{0: (0,), 1: (0, 1, 2)}]
    links = {(0, 1): [L((0,), (1,), "same", 1.0)]}
    trimmed, related = trim_extra_sentences(groups, {}, [links])
    assert sorted(sorted(g.items()) for g in trimmed) == [
        [(0, (0,)), (1, (1,))],
        [(1, (0,))],
        [(1, (2,))],
    ]
    assert related == {}


# a sentence placed by consensus (linked to no other cell of its row) stays only while it
# makes its cell agree better with the row: it tells part of the row's fact
UNLINKED = [
    ("tells-the-rest-of-the-fact", "cranes stopped ships waited", True),
    ("an-exclusive-beside-the-fact", "navy frigate escorted tanker", False),
    ("shares-only-a-predicate", "navy said frigate escorted tanker", False),
]


@pytest.mark.parametrize(("sentence", "stays"), [c[1:] for c in UNLINKED],
                         ids=[c[0] for c in UNLINKED])  # fmt: skip
def test_a_sentence_placed_by_consensus_stays_only_if_it_adds_to_the_row(
    sentence: str, stays: bool
) -> None:
    keys = [
        ["port authority said strike", sentence],
        ["authority said strike cranes stopped ships waited"],
        ["strike said port"],
    ]
    groups = [{0: (0, 1), 1: (0,), 2: (0,)}]
    links = {(0, 1): [L((0,), (0,))], (0, 2): [L((0,), (0,))]}
    trimmed, _ = trim_unlinked_sentences(groups, {}, [links], keys, _dice)
    assert (groups == trimmed) is stays


def test_a_cell_adding_a_sentence_no_link_reaches_is_partial_with_no_score() -> None:
    """The cell's score is the direct link's; a link that reaches one of its two sentences
    measures not the cell: partial, no score (never "reworded 1.00")."""
    keys = [["harbour authority said cranes stopped strike"],
            ["ships diverted antwerp", "harbour authority said cranes stopped strike"]]  # fmt: skip
    links = {(0, 1): [L((0,), (0, 1), "reworded", 0.7)]}
    (row,) = build_claims(["port", "agency"], keys, links, sure=2.0)
    assert (row.cells[1].kind, row.cells[1].score) == ("reworded", 0.7)
    # the same cell made by links of other pairs: the pair's own link reaches only #1
    links = {(0, 1): [L((0,), (1,), "reworded", 1.0)], (2, 1): [L((0,), (0, 1))],
             (0, 2): [L((0,), (0,))]}  # fmt: skip
    claims = build_claims(IDS, [*keys, KEYS[2]], links, sure=2.0)
    (row,) = [c for c in claims if len(c.cells) == 3]
    assert (row.cells[1].sentences, row.cells[1].kind, row.cells[1].score) == (
        (0, 1),
        "partial",
        None,
    )


def test_compare_keeps_an_exclusive_the_pair_comparison_calls_an_insert_out_of_rows() -> None:
    """End to end on texts written here: the agency's exclusive "All 30 ships were diverted"
    beside its near-copy of the wire's sentence is in no row of several versions, as the
    wire-agency comparison shows it inserted."""
    versions = [
        ("wire", ["Dockers in Rotterdam walked out on Monday over pay.",
                  "The port authority said the strike had stopped all cranes."]),
        ("agency", ["Dockers in Rotterdam began a strike over wages on Monday.",
                    "All 30 ships waiting were diverted to Antwerp.",
                    "The port authority said the strike had stopped all cranes."]),
        ("daily", ["A dockers' strike over pay hit Rotterdam on Monday.",
                   "Port officials said every crane had stopped and ships were diverted."]),
    ]  # fmt: skip
    comparisons, _, claims = compare_sentences(versions)
    inserted = {c.b_index for p in comparisons if p.b == "agency" for c in p.changes
                if c.kind == "insert"}  # fmt: skip
    assert 1 in inserted
    for claim in claims:
        for cell in claim.cells:
            assert not (cell.version == "agency" and 1 in cell.sentences and len(claim.cells) > 1)
