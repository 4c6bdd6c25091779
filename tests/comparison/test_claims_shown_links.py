"""The claims table takes the links the pair comparisons show (own links and links through
third versions, ``pivot_links.story_pivots``) after its own: they join rows only where the join
is cohesive, and otherwise relate them, so a sentence a pair comparison links is never *only in
one version*, whichever version is the base."""

from __future__ import annotations

import pytest
from _claim_links import L, dice

from polyglot_news.comparison.claim_groups import group_sentences
from polyglot_news.comparison.engine import compare_sentences
from polyglot_news.comparison.model import Claim, unique_sentences


def _as_sets(groups: list[dict[int, tuple[int, ...]]]) -> set[frozenset[tuple[int, int]]]:
    return {frozenset((v, k) for v, ks in g.items() for k in ks) for g in groups}


def test_a_later_link_joins_lone_rows_that_agree() -> None:
    keys = [["ferry sank off lombok 40 rescued"], ["ferry sank near lombok 40 people rescued"]]
    groups, related = group_sentences(
        [1, 1], {}, keys=keys, agreement=dice, later={(0, 1): [L((0,), (0,), score=0.4)]}
    )
    assert _as_sets(groups) == {frozenset({(0, 0), (1, 0)})} and not related


def test_a_later_link_is_always_checked_and_relates_what_it_cannot_join() -> None:
    """As a first link of the hub, this one would join the two lone rows (one change in the
    pair section); as a later link it must pass the cohesion rule like any chain."""
    keys = [["strike union said 4000 workers"], ["roughly 4000 port staff downed tools"]]
    link = {(0, 1): [L((0,), (0,), score=0.4)]}
    first, _ = group_sentences([1, 1], link, keys=keys, agreement=dice, base=0)
    assert len(first) == 1
    later, related = group_sentences([1, 1], {}, keys=keys, agreement=dice, base=0, later=link)
    assert len(later) == 2 and related == {(0, 0): {(1, 0)}, (1, 0): {(0, 0)}}


def test_later_links_do_not_take_the_place_of_first_ones() -> None:
    """A~B (first, 0.5) joins; the stronger later B~C (0.9) comes after it, and C, whose words
    A does not share, is refused by the row A~B made (related, not joined)."""
    words = ["p q r s t", "p q r u v w", "u w x y z k"]
    first = {(0, 1): [L((0,), (0,), score=0.5)]}
    later = {(1, 2): [L((0,), (0,), score=0.9)]}
    groups, related = group_sentences(
        [1, 1, 1], first, keys=[[w] for w in words], agreement=dice, later=later
    )
    assert _as_sets(groups) == {frozenset({(0, 0), (1, 0)}), frozenset({(2, 0)})}
    assert related == {(0, 0): {(2, 0)}, (2, 0): {(0, 0)}}
    # a later link equal to a first one is the first one (not taken twice)
    again, _ = group_sentences([1, 1, 1], first, keys=[[w] for w in words], agreement=dice,
                               later=first)  # fmt: skip
    assert _as_sets(again) == {frozenset({(0, 0), (1, 0)}), frozenset({(2, 0)})}


# One story by four outlets (written for this test): a dam breach in Moldova
STORY = [
    ("wire", [
        "A dam on the Prut river burst early on Tuesday, flooding three villages in Moldova.",
        "About 2,000 people were evacuated, the emergency service said.",
        "The reservoir had been overfilled after a week of heavy rain.",
        "Prime minister Dorin Recean called the breach a national emergency.",
    ]),
    ("broadcaster", [
        "Floodwater swept through three Moldovan villages after a dam gave way on the Prut.",
        "Rescuers moved roughly 2,000 residents to schools and sports halls.",
        "Dorin Recean declared a national emergency on Tuesday afternoon.",
        "Romania offered to send pumps and boats.",
    ]),
    ("agency", [
        "The Prut dam failed on Tuesday morning and water flooded three villages.",
        "Emergency workers evacuated some 2,000 people overnight.",
        "Engineers said days of torrential rain had overfilled the reservoir.",
        "The government of Dorin Recean declared a state of emergency.",
    ]),
    ("local", [
        "Three villages along the Prut are under water after the dam broke.",
        "Nearly 2,000 villagers spent the night in school gyms.",
        "Residents said they had warned about cracks in the dam for years.",
    ]),
]  # fmt: skip


@pytest.mark.parametrize("base", range(len(STORY)))
def test_what_a_pair_comparison_links_is_never_unique(base: int) -> None:
    comparisons, _, claims = compare_sentences(STORY, base=base)
    unique = {(u.version, u.index) for u in unique_sentences(claims, related=False)}
    linked = set()
    for pair in comparisons:
        for change in pair.changes:
            if change.a_index is None or change.b_index is None:
                continue  # an insert or a delete
            linked |= {(pair.a, change.a_index + k) for k in range(change.a_count)}
            linked |= {(pair.b, change.b_index + k) for k in range(change.b_count)}
    assert linked and not unique & linked
    # the breach, told by all four outlets in other words, is one row
    assert any(len(c.cells) == len(STORY) for c in claims if "dam" in c.cells[0].text)
    assert _rows(claims) == _rows(compare_sentences(STORY, base=0)[2])  # whatever the base


def _rows(claims: tuple[Claim, ...]) -> tuple[frozenset[frozenset[tuple[str, int]]], frozenset]:
    rows = frozenset(
        frozenset((c.version, k) for c in row.cells for k in c.sentences) for row in claims
    )
    return rows, frozenset((u.version, u.index) for u in unique_sentences(claims, related=False))
