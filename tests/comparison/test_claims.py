"""Claims across N versions: grouping links into rows, row order, cells diffed and labelled."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np
import pytest
from _claim_links import L, dice
from hypothesis import given, settings
from hypothesis import strategies as st

from polyglot_news.comparison.claims import (
    MAX_CELL,
    build_claims,
    cell_agreement,
    group_sentences,
    order_groups,
    unique_sentences,
)
from polyglot_news.comparison.links import LinkOptions, agreement, term_weights
from polyglot_news.comparison.model import Claim
from polyglot_news.comparison.similarity import SentenceFeatures, sentence_features
from polyglot_news.comparison.version_links import hub_version, link_versions


def _as_sets(groups: list[dict[int, tuple[int, ...]]]) -> set[frozenset[tuple[int, int]]]:
    return {frozenset((v, k) for v, ks in g.items() for k in ks) for g in groups}


# Each case: sentences per version, links per pair, the expected groups (as (version, sentence)
# sets; sentences left out are expected alone), and the expected related pairs of groups.
GROUPING = [
    pytest.param(
        [2, 2],
        {(0, 1): [L((0,), (1,)), L((1,), (0,))]},
        [{(0, 0), (1, 1)}, {(0, 1), (1, 0)}],
        set(),
        id="two-versions-crossed",
    ),
    pytest.param(
        [1, 1, 1],
        {(0, 1): [L((0,), (0,))], (1, 2): [L((0,), (0,))]},
        [{(0, 0), (1, 0), (2, 0)}],
        set(),
        id="transitive-through-a-third-version",
    ),
    pytest.param(
        [1, 3],
        {(0, 1): [L((0,), (1, 2), "partial", 0.7)]},
        [{(0, 0), (1, 1), (1, 2)}],
        set(),
        id="one-long-sentence-covers-two",
    ),
    pytest.param(
        [1, 5],
        {(0, 1): [L((0,), (0,), score=0.9), L((0,), (3,), score=0.5)]},
        [{(0, 0), (1, 0)}],
        {((0, 0), (1, 3))},
        id="repetition-far-apart-stays-its-own-row",
    ),
    pytest.param(
        [3, 1, 1],
        # B0 links A0, C0 links A2: joining them through B0~C0 would give A the cells 0 and 2.
        {(0, 1): [L((0,), (0,), score=0.9)], (0, 2): [L((2,), (0,), score=0.9)],
         (1, 2): [L((0,), (0,), score=0.4)]},
        [{(0, 0), (1, 0)}, {(0, 2), (2, 0)}],
        {((0, 0), (0, 2))},
        id="weak-chain-does-not-join-two-facts",
    ),
    pytest.param(
        [5, 1, 1],
        # B0~C0 first (one-to-one links come before those of one sentence with two); B0 then
        # brings A0-1, and C0's A2-3 would make A's cell four sentences: only A2 joins
        {(0, 1): [L((0, 1), (0,), score=0.7)], (0, 2): [L((2, 3), (0,), score=0.6)],
         (1, 2): [L((0,), (0,), score=0.5)]},
        [{(0, 0), (0, 1), (0, 2), (1, 0), (2, 0)}],
        {((0, 0), (0, 3))},
        id="cell-capped-at-three-sentences",
    ),
    pytest.param(
        [2, 1, 3],
        # W "collapsed." "Twelve injured." / D "collapsed, injuring twelve" / A "gave way."
        # "The mayor said..." "Twelve were hurt.": D's 1-to-2 link is the strongest, but taken
        # first it glued both facts into one row and left A's collapse out of it
        {(0, 1): [L((0, 1), (0,), score=0.95)],
         (0, 2): [L((0,), (0,), score=0.5), L((1,), (2,), score=0.86)]},
        [{(0, 0), (1, 0), (2, 0)}, {(0, 1), (2, 2)}],
        {((0, 0), (0, 1))},
        id="one-to-one-links-before-one-sentence-with-two",
    ),
    pytest.param(
        [1, 1, 1, 1],
        {(0, 1): [L((0,), (0,))], (0, 2): [L((0,), (0,))], (2, 3): [L((0,), (0,))]},
        [{(0, 0), (1, 0), (2, 0), (3, 0)}],
        set(),
        id="a-chain-of-four-is-enough-support",
    ),
    pytest.param(
        [3, 4],
        {(0, 1): [L((2,), (3,), score=0.6)]},
        [{(0, 2), (1, 3)}],
        set(),
        id="unlinked-sentences-alone",
    ),
    pytest.param(
        [2, 2],
        {(1, 0): [L((0,), (1,))]},
        [{(1, 0), (0, 1)}],
        set(),
        id="pair-keyed-the-other-way-round",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sizes", "links", "expected", "related"), GROUPING)
def test_grouping(
    sizes: list[int],
    links: dict,
    expected: list[set[tuple[int, int]]],
    related: set[tuple[tuple[int, int], tuple[int, int]]],
) -> None:
    groups, rel = group_sentences(sizes, links)
    covered = {node for group in expected for node in group}
    singles = [{(v, k)} for v, n in enumerate(sizes) for k in range(n) if (v, k) not in covered]
    assert _as_sets(groups) == {frozenset(g) for g in [*expected, *singles]}
    assert {(x, y) for x, ys in rel.items() for y in ys if x < y} == related


@st.composite
def linked_versions(draw: st.DrawFn) -> tuple[list[int], dict[tuple[int, int], list[L]]]:
    """2-5 versions of 0-8 sentences and random 1-1, 1-2 and 2-1 links between pairs."""
    sizes = draw(st.lists(st.integers(0, 8), min_size=2, max_size=5))
    links: dict[tuple[int, int], list[L]] = {}
    for i in range(len(sizes)):
        for j in range(i + 1, len(sizes)):
            if not sizes[i] or not sizes[j]:
                continue
            pair = []
            for _ in range(draw(st.integers(0, 4))):
                x, y = draw(st.integers(0, sizes[i] - 1)), draw(st.integers(0, sizes[j] - 1))
                wide = draw(st.sampled_from(["1-1", "1-2", "2-1"]))
                a = (x, x + 1) if wide == "2-1" and x + 1 < sizes[i] else (x,)
                b = (y, y + 1) if wide == "1-2" and y + 1 < sizes[j] else (y,)
                score = draw(st.sampled_from([0.3, 0.5, 0.7, 1.0]))
                pair.append(L(a, b, "reworded", score))
            links[(i, j)] = pair
    return sizes, links


def _linked(ids: list[str], links: dict[tuple[int, int], list[L]]) -> set[tuple[str, int]]:
    """The sentences (version id, index) that some link holds."""
    return {
        node
        for (i, j), pair in links.items()
        for link in pair
        for node in [*((ids[i], k) for k in link.a), *((ids[j], k) for k in link.b)]
    }


def _sentences(sizes: list[int]) -> list[list[str]]:
    return [[f"Version {v} says fact {k}." for k in range(n)] for v, n in enumerate(sizes)]


@settings(max_examples=150, deadline=None)
@given(linked_versions(), st.data())
def test_every_sentence_in_one_claim_and_unique_ones_have_no_links(
    case: tuple[list[int], dict[tuple[int, int], list[L]]], data: st.DataObject
) -> None:
    sizes, links = case
    base = data.draw(st.integers(0, len(sizes) - 1))
    ids = [f"v{v}" for v in range(len(sizes))]
    claims = build_claims(ids, _sentences(sizes), links, base=base)
    seen = [(c.version, k) for claim in claims for c in claim.cells for k in c.sentences]
    assert sorted(seen) == sorted((f"v{v}", k) for v, n in enumerate(sizes) for k in range(n))
    linked = _linked(ids, links)
    unique = {(u.version, u.index) for u in unique_sentences(claims, related=False)}
    everything = {(ids[v], k) for v, n in enumerate(sizes) for k in range(n)}
    assert unique == everything - linked
    for position, claim in enumerate(claims):
        assert [c.version for c in claim.cells] == sorted(claim.versions, key=ids.index)
        assert claim.reference == (ids[base] if ids[base] in claim.versions else claim.versions[0])
        for cell in claim.cells:
            assert len(cell.sentences) <= MAX_CELL
            assert list(cell.sentences) == list(range(cell.sentences[0], cell.sentences[-1] + 1))
        assert position not in claim.related
        assert all(position in claims[r].related for r in claim.related)


@settings(max_examples=100, deadline=None)
@given(linked_versions(), st.data())
def test_links_inside_a_claim_or_between_related_claims(
    case: tuple[list[int], dict[tuple[int, int], list[L]]], data: st.DataObject
) -> None:
    sizes, links = case
    base = data.draw(st.integers(0, len(sizes) - 1))
    ids = [f"v{v}" for v in range(len(sizes))]
    claims = build_claims(ids, _sentences(sizes), links, base=base)
    row = {
        (c.version, k): r
        for r, claim in enumerate(claims)
        for c in claim.cells
        for k in c.sentences
    }
    for (i, j), pair in links.items():
        for link in pair:
            rows = {row[(ids[i], k)] for k in link.a} | {row[(ids[j], k)] for k in link.b}
            for r in rows:
                assert rows - {r} <= set(claims[r].related)
    base_rows = [r for r, claim in enumerate(claims) if claim.cell(ids[base]) is not None]
    base_order = [claims[r].cell(ids[base]).sentences[0] for r in base_rows]  # type: ignore[union-attr]
    assert base_order == sorted(base_order)


# Rows: base order, its headline first; a row the base lacks follows the row holding the
# previous sentence of the version that carries it (and the rows already placed after that
# row), or the base's first row when it has none.
ORDER = [
    pytest.param(
        [{0: (0,), 1: (0,)}, {1: (1,)}, {0: (1,), 1: (2,)}], 2, 0, [0, 1, 2],
        id="inserted-after-its-predecessor",
    ),
    pytest.param(
        [{0: (1,)}, {1: (0,)}, {0: (0,), 1: (1,)}], 2, 0, [2, 1, 0],
        id="other-version-lede-after-the-base-headline",
    ),
    pytest.param(
        [{0: (0,)}, {1: (0,), 2: (0,)}, {1: (1,)}, {0: (1,), 2: (1,)}], 3, 1, [1, 0, 3, 2],
        id="base-not-first",
    ),
    # base 0: b0 b1 b2; version 1: x0 (alone) x1~b1 x2 (alone) x3~b2;
    # version 2: y0~b0 y1~b1 y2 y3 (alone): b0, x0, b1, x2, y2, y3, b2
    pytest.param(
        [
            {0: (2,), 1: (3,)}, {2: (3,)}, {1: (2,)}, {0: (1,), 1: (1,), 2: (1,)},
            {2: (2,)}, {1: (0,)}, {0: (0,), 2: (0,)},
        ],
        3, 0, [6, 5, 3, 2, 4, 1, 0],
        id="runs-of-exclusives-stay-together-in-column-order",
    ),
    # base 0: b0 b1; version 1 shares b0 and b1; version 2 shares nothing (z0 z1 z2): before,
    # z0-z2 came right after b0, pushing b1 down the table (a new user's trial: the wire's first
    # body sentence was row 22 of 31 after a made-up translation's rows)
    pytest.param(
        [{0: (0,), 1: (0,)}, {0: (1,), 1: (1,)}, {2: (0,)}, {2: (1,)}, {2: (2,)}],
        3, 0, [0, 1, 2, 3, 4],
        id="a-version-sharing-nothing-comes-last",
    ),
    # version 1: x0 alone, x1 alone, x2~b1: its run before a shared sentence stays after b0
    pytest.param(
        [{0: (0,)}, {0: (1,), 1: (2,)}, {1: (0,)}, {1: (1,)}],
        2, 0, [0, 2, 3, 1],
        id="a-lead-run-before-a-shared-sentence-stays-after-the-base-headline",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("groups", "n", "base", "expected"), ORDER)
def test_order(
    groups: list[dict[int, tuple[int, ...]]], n: int, base: int, expected: list[int]
) -> None:
    assert order_groups(groups, n, base) == expected


# link_versions: a fake linker that links sentences naming the same fact ("F3 ...") checks that
# skipping equal sentences and base-grouped pairs loses no link that grouping needs.
def _fact(f: SentenceFeatures) -> str:
    return f.text.split(" ")[0]


def fact_linker(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> list[L]:
    """Link each sentence of b to the first unlinked sentence of a naming the same fact."""
    free = list(range(len(a)))
    links = []
    for j, f in enumerate(b):
        i = next((i for i in free if _fact(a[i]) == _fact(f)), None)
        if i is not None:
            free.remove(i)
            links.append(L((i,), (j,), "reworded", 0.7))
    return links


@st.composite
def fact_versions(draw: st.DrawFn) -> list[list[str]]:
    """2-6 versions, each telling a few of 8 facts once, in any order, in one of 3 wordings."""
    out = []
    for _ in range(draw(st.integers(2, 6))):
        facts = draw(st.lists(st.integers(0, 7), unique=True, max_size=6))
        out.append([f"F{k} wording {draw(st.integers(0, 2))}." for k in facts])
    return out


@settings(max_examples=120, deadline=None)
@given(fact_versions(), st.data())
def test_link_versions_groups_each_fact_into_one_claim(
    versions: list[list[str]], data: st.DataObject
) -> None:
    base = data.draw(st.integers(0, len(versions) - 1))
    features = [[sentence_features(s) for s in v] for v in versions]
    links = link_versions(features, fact_linker, base=base)
    ids = [f"v{k}" for k in range(len(versions))]
    claims = build_claims(ids, versions, links, base=base)
    facts = [{c.text.split(" ")[0] for c in claim.cells} for claim in claims]
    assert all(len(f) == 1 for f in facts)  # no claim mixes facts
    assert len(facts) == len({f.pop() for f in facts})  # no fact split over two claims
    told = [{s.split(" ")[0] for s in v} for v in versions]
    unique = {(u.version, u.text.split(" ")[0]) for u in unique_sentences(claims)}
    expected = {
        (ids[v], fact)
        for v, mine in enumerate(told)
        for fact in mine
        if not any(fact in other for w, other in enumerate(told) if w != v)
    }
    assert unique == expected


def test_link_versions_skips_equal_and_base_grouped_sentences() -> None:
    versions = [
        ["F0 a.", "F1 a.", "F2 a."],  # base
        ["F0 a.", "F1 b.", "F3 b."],
        ["F0 a.", "F1 c.", "F3 c."],
    ]
    calls: list[tuple[list[str], list[str]]] = []

    def counting(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> list[L]:
        calls.append(([f.text for f in a], [f.text for f in b]))
        return fact_linker(a, b)

    features = [[sentence_features(s) for s in v] for v in versions]
    links = link_versions(features, counting, base=0, hub=0)
    # the equal sentences never reach the linker; F1 b./F1 c. are grouped through the hub
    assert calls == [
        (["F1 a.", "F2 a."], ["F1 b.", "F3 b."]),
        (["F1 a.", "F2 a."], ["F1 c.", "F3 c."]),
        (["F1 b.", "F3 b."], ["F3 c."]),
        (["F3 b."], ["F1 c."]),
    ]
    same = [(pair, ln.a, ln.b) for pair, ls in links.items() for ln in ls if ln.kind == "same"]
    assert same == [((0, 1), (0,), (0,)), ((0, 2), (0,), (0,))]


def test_link_versions_uses_known_base_links() -> None:
    versions = [["F0 a.", "F1 a."], ["F1 b.", "F0 b."], ["F2 c."]]
    features = [[sentence_features(s) for s in v] for v in versions]
    calls: list[tuple[list[str], list[str]]] = []

    def counting(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> list[L]:
        calls.append(([f.text for f in a], [f.text for f in b]))
        return fact_linker(a, b)

    known = {(0, 1): [L((0,), (1,)), L((1,), (0,))]}
    links = link_versions(features, counting, base=0, known=known, hub=0)
    assert links[(0, 1)] == known[(0, 1)]
    assert (["F0 a.", "F1 a."], ["F1 b.", "F0 b."]) not in calls
    assert calls[0] == (["F0 a.", "F1 a."], ["F2 c."])
    # links of a base that is not the hub are not the hub's: they are not used
    calls.clear()
    link_versions(features, counting, base=0, known=known, hub=1)
    assert calls[0] == (["F1 b.", "F0 b."], ["F0 a.", "F1 a."])


# Cohesion (claim_groups): a join needs the two groups' cells to agree on average, so a chain
# A~B, B~C whose ends disagree is two rows (related), while a chain whose ends agree is one.
# Each sentence's key here is its words; cells agree by the Dice of their words.
_dice = dice


COHESION_CASES = [
    pytest.param(
        ["p q r s t", "p q r u v w", "u w x y z k"],  # A~B 0.55, B~C 0.33, A~C 0
        [{(0, 0), (1, 0)}, {(2, 0)}],
        id="chain-with-disagreeing-ends-splits",
    ),
    pytest.param(
        ["p q r s t", "p q r s u", "p q r t u"],  # every pair agrees
        [{(0, 0), (1, 0), (2, 0)}],
        id="chain-with-agreeing-ends-joins",
    ),
]


@pytest.mark.parametrize(("words", "expected"), COHESION_CASES)
def test_cohesion(words: list[str], expected: list[set[tuple[int, int]]]) -> None:
    links = {(0, 1): [L((0,), (0,), score=0.55)], (1, 2): [L((0,), (0,), score=0.45)]}
    keys = [[w] for w in words]
    groups, related = group_sentences([1, 1, 1], links, keys=keys, agreement=_dice)
    assert _as_sets(groups) == {frozenset(g) for g in expected}
    if len(expected) > 1:  # the refused link relates the rows: C is not "only in one version"
        assert related == {(0, 0): {(2, 0)}, (2, 0): {(0, 0)}}
    # without the rule the chain is one row
    assert len(group_sentences([1, 1, 1], links)[0]) == 1


def test_the_same_sentence_always_joins() -> None:
    keys = [["p q"], ["x y"]]  # disagreeing words, but a score of 1.0 is the same sentence
    groups, _ = group_sentences([1, 1], {(0, 1): [L((0,), (0,), "same", 1.0)]}, keys=keys,
                                agreement=_dice)  # fmt: skip
    assert _as_sets(groups) == {frozenset({(0, 0), (1, 0)})}


def test_a_base_link_of_two_lone_rows_joins_as_the_pair_section_shows_it() -> None:
    """The base-against-version section reports a link as one change; the table follows it
    even where the cells' own agreement is below the cut-off (a single link is no chain)."""
    keys = [["strike union said 4000 workers"], ["roughly 4000 port staff downed tools"]]
    links = {(0, 1): [L((0,), (0,), score=0.4)]}
    joined, _ = group_sentences([1, 1], links, keys=keys, agreement=_dice, base=0)
    assert _as_sets(joined) == {frozenset({(0, 0), (1, 0)})}
    # not a base link: the cohesion rule decides (two related rows)
    apart, related = group_sentences([1, 1], links, keys=keys, agreement=_dice, base=None)
    assert len(apart) == 2 and related == {(0, 0): {(1, 0)}, (1, 0): {(0, 0)}}


def test_a_base_link_still_cannot_pull_a_disagreeing_row_into_a_chain() -> None:
    """A~B joined; the base C's link to B would chain A and C, whose words disagree."""
    words = ["p q r s t", "p q r u v w", "u w x y z k"]  # A~B 0.55, B~C 0.33, A~C 0
    links = {(0, 1): [L((0,), (0,), score=0.55)], (1, 2): [L((0,), (0,), score=0.45)]}
    groups, _ = group_sentences([1, 1, 1], links, keys=[[w] for w in words], agreement=_dice,
                                base=2)  # fmt: skip
    assert _as_sets(groups) == {frozenset({(0, 0), (1, 0)}), frozenset({(2, 0)})}


@settings(max_examples=120, deadline=None)
@given(linked_versions(), st.data())
def test_a_linked_sentence_is_never_unique_under_cohesion(
    case: tuple[list[int], dict[tuple[int, int], list[L]]], data: st.DataObject
) -> None:
    sizes, links = case
    words = st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=5).map(" ".join)
    keys = [[data.draw(words) for _ in range(n)] for n in sizes]
    ids = [f"v{v}" for v in range(len(sizes))]
    claims = build_claims(ids, _sentences(sizes), links, keys=keys, agreement=_dice)
    seen = sorted((c.version, k) for claim in claims for c in claim.cells for k in c.sentences)
    assert seen == sorted((f"v{v}", k) for v, n in enumerate(sizes) for k in range(n))
    linked = _linked(ids, links)
    unique = {(u.version, u.index) for u in unique_sentences(claims, related=False)}
    unlinked = {(ids[v], k) for v, n in enumerate(sizes) for k in range(n)} - linked
    assert unique <= unlinked
    # an unlinked sentence that is not unique joined by consensus its own neighbour's row,
    # which holds other versions, or its row is related to others (a refused link, or its
    # mutual best match in another version, claim_rows.relate_mutual_matches)
    for claim in claims:
        for cell in claim.cells:
            if any((cell.version, k) in unlinked - unique for k in cell.sentences):
                assert claim.related or (len(cell.sentences) > 1 and len(claim.cells) > 1)
    for position, claim in enumerate(claims):  # related rows still name each other
        assert position not in claim.related
        assert all(position in claims[r].related for r in claim.related)


# Settling (version_links): a near-copy of a base sentence meets another version's open
# sentences only for base facts that version lacks; with a linker whose links are near-copies
# (score 0.95) every fact is still one claim and the unique facts are exactly found.
def settling_linker(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> list[L]:
    return [L(x.a, x.b, "reworded", 0.95) for x in fact_linker(a, b)]


@settings(max_examples=120, deadline=None)
@given(fact_versions(), st.data())
def test_settled_sentences_lose_no_fact(versions: list[list[str]], data: st.DataObject) -> None:
    base = data.draw(st.integers(0, len(versions) - 1))
    features = [[sentence_features(s) for s in v] for v in versions]
    ids = [f"v{k}" for k in range(len(versions))]
    claims = build_claims(ids, versions, link_versions(features, settling_linker, base=base))
    unsettled = link_versions(features, settling_linker, base=base, settle=2.0)
    assert claims == build_claims(ids, versions, unsettled)


def test_settled_sentence_skipped_where_the_other_version_has_its_fact() -> None:
    versions = [["F0 a.", "F1 a."], ["F0 b.", "F1 b.", "F2 b."], ["F0 c.", "F3 c."]]
    features = [[sentence_features(s) for s in v] for v in versions]
    calls: list[tuple[list[str], list[str]]] = []

    def counting(a: Sequence[SentenceFeatures], b: Sequence[SentenceFeatures]) -> list[L]:
        calls.append(([f.text for f in a], [f.text for f in b]))
        return settling_linker(a, b)

    link_versions(features, counting, base=0, hub=0)
    # "F0 b." and "F0 c." are settled on F0, which both report; "F1 b." on F1, which version
    # 2 lacks, so it still meets version 2's open sentence
    assert calls[2:] == [(["F1 b.", "F2 b."], ["F3 c."])]


class _Encoder:
    """A fake sentence encoder: a sentence mentioning "x" points one way, any other the other."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([[1.0, 0.0] if "x" in t.split() else [0.0, 1.0] for t in texts])


def test_cell_agreement_mixes_words_and_meaning() -> None:
    features = [[sentence_features("Troops x crossed.")], [sentence_features("Soldiers x moved.")],
                [sentence_features("Talks failed today.")]]  # fmt: skip
    weights = term_weights(features)
    options = LinkOptions()
    key = [(version[0].key,) for version in features]
    words = cell_agreement(features, weights, options)
    both = cell_agreement(features, weights, options, _Encoder())  # type: ignore[arg-type]
    assert words(key[0], key[1]) == agreement(features[0][0].terms, features[1][0].terms,
                                              weights).dice  # fmt: skip
    # the same meaning (cosine 1) adds (1 - lexical) to the words' share; another adds nothing
    assert both(key[0], key[1]) == pytest.approx(0.5 * words(key[0], key[1]) + 0.5)
    assert both(key[0], key[2]) == pytest.approx(0.5 * words(key[0], key[2]))


def test_link_versions_tells_each_pair_linker_its_pair() -> None:
    versions = [["F0 a.", "F1 a."], ["F1 b.", "F2 b."], ["F2 c.", "F3 c."]]
    features = [[sentence_features(s) for s in v] for v in versions]
    asked: list[tuple[int, int]] = []

    def for_pair(i: int, j: int) -> Callable[..., list[L]]:
        asked.append((i, j))
        return fact_linker

    links = link_versions(features, settling_linker, base=0, for_pair=for_pair, hub=0)
    assert asked == [(0, 1), (0, 2), (1, 2)]
    assert all(ln.score == 0.7 for pair in links.values() for ln in pair)  # fact_linker's links


def test_the_hub_is_chosen_from_the_texts_whatever_their_order() -> None:
    versions = [["F0 a.", "F1 a."], ["F0 a.", "F1 b.", "F3 b."], ["F0 c.", "F1 c.", "F3 c."]]
    assert hub_version(versions) == 2  # most sentences, then most characters, then the texts
    for order in itertools.permutations(range(3)):
        shuffled = [versions[k] for k in order]
        assert shuffled[hub_version(shuffled)] == versions[2]
    assert hub_version([]) == -1


def _table(claims: Sequence[Claim]) -> tuple[frozenset[frozenset[tuple[str, int]]], frozenset]:
    rows = frozenset(
        frozenset((c.version, k) for c in claim.cells for k in c.sentences) for claim in claims
    )
    return rows, frozenset((u.version, u.index) for u in unique_sentences(claims, related=False))


@settings(max_examples=60, deadline=None)
@given(fact_versions())
def test_claims_do_not_depend_on_the_base(versions: list[list[str]]) -> None:
    """Every base gives the same rows and the same "only in one version" sentences (the hub,
    not the base, decides which pairs are linked in full and which links always join)."""
    features = [[sentence_features(s) for s in v] for v in versions]
    ids = [f"v{k}" for k in range(len(versions))]
    tables = set()
    for base in range(len(versions)):
        links = link_versions(features, fact_linker, base=base)
        tables.add(_table(build_claims(ids, versions, links, base=base)))
    assert len(tables) == 1


def test_the_base_headline_heads_the_table_above_another_versions_unlinked_lines() -> None:
    """Our own story: the local paper opens with two lines nobody else has (no headline: a
    note and a sentence); they follow the wire's headline instead of heading the table, and
    its line about the fishermen follows the row of its own previous sentence."""
    from polyglot_news.comparison.engine import compare_sentences

    wire = [
        "Ferry fire off Crete forces evacuation of 412 passengers",
        "A fire broke out in the engine room of the ferry Aegean Star off Crete on Tuesday.",
        "Three crew members were treated for smoke inhalation in Heraklion.",
        "The operator said it would cooperate fully with the investigation.",
    ]
    local = [
        "This article was updated at 09:40 with comments from the port.",
        "Our reporter is at the harbour where the passengers came ashore this morning.",
        "A fire broke out in the engine room of the Aegean Star off Crete on Tuesday.",
        "Local fishermen saw thick black smoke rising from the ship before dawn.",
        "Three crew members were treated for smoke inhalation in Heraklion.",
    ]
    _, _, claims = compare_sentences([("wire", wire), ("local", local)])
    firsts = [(c.cells[0].version, c.cells[0].sentences[0]) for c in claims]
    assert firsts == [
        ("wire", 0),
        ("local", 0),
        ("local", 1),
        ("wire", 1),
        ("local", 3),
        ("wire", 2),
        ("wire", 3),
    ]


def test_cell_kinds_come_from_the_kind_decision_in_one_call() -> None:
    """With ``kinds_of`` every cell the links cover with its reference cell takes the kind
    it decides (asked once for all cells); a cell with a sentence no link touches stays
    partial; without it, the cell's strongest link's kind."""
    versions = [["A one.", "B one."], ["A two.", "B two."], ["A three and more."]]
    links = {
        (0, 1): [L((0,), (0,), "reworded"), L((1,), (1,), "reworded")],
        (0, 2): [L((0,), (0,), "reworded")],
    }
    calls: list[list] = []

    def decide(asked):  # type: ignore[no-untyped-def]
        calls.append(list(asked))
        return ["partial" if (y, b) == (1, (0,)) else "reworded" for _, (y, b) in asked]

    told = build_claims(["a", "b", "c"], versions, links, kinds_of=decide)
    plain = build_claims(["a", "b", "c"], versions, links)
    kinds = {(c.version, c.sentences): c.kind for claim in told for c in claim.cells}
    assert len(calls) == 1 and ((0, (0,)), (1, (0,))) in calls[0]
    assert kinds[("b", (0,))] == "partial" and kinds[("b", (1,))] == "reworded"
    assert {(c.version, c.sentences): c.kind for claim in plain for c in claim.cells}[
        ("b", (0,))
    ] == "reworded"
