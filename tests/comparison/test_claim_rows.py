"""Rows seen from all N versions (:mod:`polyglot_news.comparison.claim_rows`): a lone sentence
is related to its mutual best match, and related rows whose cells are all mutual best matches
join."""

from __future__ import annotations

from typing import Any

from _claim_links import L
from _claim_links import dice as _dice

from polyglot_news.comparison.claim_draft import Draft, Related
from polyglot_news.comparison.claim_groups import Agreement, Groups
from polyglot_news.comparison.claim_rows import merge_related_rows, relate_mutual_matches
from polyglot_news.comparison.claims import build_claims, unique_sentences


def _relate(
    groups: Groups, related: Related, keys: list[list[str]], agreement: Agreement, **kw: Any
) -> Related:
    """:func:`relate_mutual_matches` on a draft; the related groups it gives."""
    return dict(relate_mutual_matches(Draft(groups, related, keys, agreement), **kw).related)


def _merge(
    groups: Groups, related: Related, keys: list[list[str]], agreement: Agreement, **kw: Any
) -> tuple[Groups, Related]:
    """:func:`merge_related_rows` on a draft; its groups and related groups."""
    draft = merge_related_rows(Draft(groups, related, keys, agreement), **kw)
    return draft.groups, dict(draft.related)


# v0 #1 and v1 #1 share three words of five: Dice 0.6, and each is the other's best match.
# v0 #2 is v0's own; its best match in v1 (#1, Dice 0.2) prefers v0 #1.
LONE = [
    ["alpha beta gamma", "quake hit the coast town", "ferry strike called off"],
    ["alpha beta gamma", "quake struck coast town overnight", "rates held"],
]


def _lone_groups(keys: list[list[str]]) -> list[dict[int, tuple[int, ...]]]:
    return [{0: (0,), 1: (0,)}] + [{v: (k,)} for v, ks in enumerate(keys) for k in range(1, 3)]


def test_a_lone_sentence_is_related_to_its_mutual_best_match() -> None:
    related = _relate(_lone_groups(LONE), {}, LONE, _dice, least=0.3)
    assert related == {(0, 1): {(1, 1)}, (1, 1): {(0, 1)}}
    # below the least agreement nothing is related
    assert _relate(_lone_groups(LONE), {}, LONE, _dice, least=0.7) == {}


def test_a_best_match_that_prefers_another_sentence_is_not_mutual() -> None:
    keys = [list(LONE[0]), list(LONE[1])]
    keys[0][2] = "quake coast"  # v1 #1 now prefers v0 #2 (Dice 0.57) ...
    keys[0][1] = "quake hit the coast town harbour"  # ... over v0 #1 (0.55)
    related = _relate(_lone_groups(keys), {}, keys, _dice, least=0.3)
    assert (0, 1) not in related  # v0 #1's best is v1 #1, whose best is v0 #2
    assert related[(0, 2)] == {(1, 1)}


def test_build_claims_lists_a_mutual_best_match_as_related_not_unique() -> None:
    links = {(0, 1): [L((0,), (0,), kind="same", score=1.0)]}
    claims = build_claims(["a", "b"], LONE, links, keys=LONE, agreement=_dice, cohesion=0.2)
    unique = {(u.version, u.index) for u in unique_sentences(claims, related=False)}
    assert unique == {("a", 2), ("b", 2)}
    (quake,) = [c for c in claims if c.cells[0].text.startswith("quake hit")]
    assert len(quake.related) == 1
    off = build_claims(["a", "b"], LONE, links, keys=LONE, agreement=_dice, cohesion=0.2,
                       mutual=2.0)  # fmt: skip
    assert ("a", 1) in {(u.version, u.index) for u in unique_sentences(off, related=False)}


# Row (0,0)+(1,0) and row (2,0) are related (a refused link); v2 #0 is each cell's best match
# in v2, and each cell is v2 #0's best match in its version.
ROWS = [
    ["pm cut short holiday returned athens", "winds fanned flames"],
    ["prime minister returned athens holiday", "gale winds flames"],
    ["mitsotakis cut holiday returned to athens", "evacuation ordered villages"],
]
SPLIT = [{0: (0,), 1: (0,)}, {2: (0,)}, {0: (1,), 1: (1,)}, {2: (1,)}]
SPLIT_RELATED = {(0, 0): {(2, 0)}, (2, 0): {(0, 0)}}


def test_related_rows_of_mutual_best_matches_join() -> None:
    groups, related = _merge(SPLIT, SPLIT_RELATED, ROWS, _dice, least=0.3)
    assert {0: (0,), 1: (0,), 2: (0,)} in groups and len(groups) == 3
    assert related == {}
    # above their mean agreement the rows stay apart, still related
    groups, related = _merge(SPLIT, SPLIT_RELATED, ROWS, _dice, least=0.9)
    assert len(groups) == 4 and related == SPLIT_RELATED


def test_rows_sharing_a_version_or_not_mutual_stay_apart() -> None:
    shared = [{0: (0,), 1: (0,)}, {1: (1,), 2: (0,)}, {0: (1,)}, {2: (1,)}]
    rel = {(0, 0): {(1, 1)}, (1, 1): {(0, 0)}}
    groups, _ = _merge(shared, rel, ROWS, _dice, least=0.0)
    assert len(groups) == 4  # v1 has a cell in both rows
    keys = [list(k) for k in ROWS]
    keys[2][1] = "pm cut short holiday returned athens"  # v0 #0's best in v2 is now #1
    groups, _ = _merge(SPLIT, SPLIT_RELATED, keys, _dice, least=0.0)
    assert len(groups) == 4


def test_related_rows_of_headlines_join_whatever_their_words() -> None:
    keys = [
        ["vega rocket fails", "the mission is lost"],
        ["korean satellite lost after launch", "insurance covers it"],
        ["avio shares collapse after failure", "a new satellite planned"],
    ]
    groups = [{0: (0,)}, {1: (0,), 2: (0,)}, {0: (1,)}, {1: (1,)}, {2: (1,)}]
    related = {(0, 0): {(1, 0)}, (1, 0): {(0, 0)}}
    merged, rel = _merge(groups, related, keys, _dice, headlines=[0, 1, 2])
    assert {0: (0,), 1: (0,), 2: (0,)} in merged and rel == {}
    # a version whose first sentence is no headline, or rows that are not related, stay apart
    apart, _ = _merge(groups, related, keys, _dice, headlines=[1, 2])
    assert len(apart) == 5
    apart, _ = _merge(groups, {}, keys, _dice, headlines=[0, 1, 2])
    assert len(apart) == 5
