"""A claims row is one fact: what two versions tell apart, a third version's sentence telling
both does not chain into one row (:data:`polyglot_news.comparison.claim_groups.APART`).

Texts written for this test (a drone strike on a grain ship near Odesa): the wire and the
broadcaster give the minister's two statements, and the casualties and the port's damage, in
sentences of their own; the agency and a German outlet tell each pair in one sentence.
"""

from __future__ import annotations

import pytest

from polyglot_news.comparison.claim_groups import group_sentences
from polyglot_news.comparison.engine import compare_sentences
from polyglot_news.comparison.link_model import SentenceLink
from polyglot_news.comparison.model import Claim

ODESA = {
    "wire": [
        "A Russian drone struck a grain ship near Odesa on Tuesday night.",
        "Two crew members were killed and four were injured, regional governor Oleh Kiper said.",
        "The blast also damaged a grain terminal at the port of Chornomorsk.",
        "Infrastructure minister Oleksiy Kuleba said the corridor would stay open.",
        "Kuleba said insurers had been asked to keep their rates unchanged.",
    ],
    "broadcaster": [
        "A grain ship was hit by a Russian drone off Odesa overnight.",
        "Governor Oleh Kiper said two sailors died and four were wounded.",
        "A terminal in Chornomorsk port was damaged by the explosion.",
        "Minister Oleksiy Kuleba said shipping through the corridor would continue.",
        "Kuleba added that he had asked insurers not to raise rates.",
    ],
    "agency": [
        "Russian forces attacked a civilian vessel carrying grain near Odesa with a drone.",
        "Two crew members were killed and a grain terminal in Chornomorsk was damaged, "
        "Oleh Kiper said.",
        "Oleksiy Kuleba said the corridor would remain open and insurers had been asked to "
        "hold rates.",
    ],
    "outlet_de": [
        "A Russian drone hit a grain ship near Odesa in the night.",
        "Two sailors were killed and four injured, and a grain terminal in Chornomorsk was "
        "damaged.",
        "Kuleba said the corridor remains open and insurers should keep rates unchanged.",
    ],
}


@pytest.fixture(scope="module")
def claims() -> tuple[Claim, ...]:
    return compare_sentences(list(ODESA.items()))[2]


def _row(claims: tuple[Claim, ...], version: str, sentence: int) -> int:
    return next(
        n
        for n, claim in enumerate(claims)
        for cell in claim.cells
        if cell.version == version and sentence in cell.sentences
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(3, 4, id="the-minister's-two-statements"),
        pytest.param(1, 2, id="casualties-and-the-port's-damage"),
    ],
)
def test_what_two_versions_tell_apart_stays_two_rows(claims, one: int, other: int) -> None:
    for version in ("wire", "broadcaster"):
        assert _row(claims, version, one) != _row(claims, version, other), version
        assert len(claims[_row(claims, version, one)].cell(version).sentences) == 1


def test_the_sentence_telling_both_points_at_the_other_row(claims) -> None:
    for version, sentence in (("agency", 2), ("outlet_de", 2)):
        row = _row(claims, version, sentence)
        assert claims[row].cell("wire") is not None
        assert claims[row].related, version  # "see #N": the other statement's row


def _link(a: int, b: tuple[int, ...], score: float = 0.6) -> SentenceLink:
    return SentenceLink(a=(a,), b=b, kind="reworded", score=score)


def test_one_version_splitting_a_sentence_still_joins() -> None:
    # version 1 splits version 0's sentence in two: a split sentence, one row
    groups, _ = group_sentences([1, 2, 1], {(0, 1): [_link(0, (0, 1))], (0, 2): [_link(0, (0,))]})
    assert {0: (0,), 1: (0, 1), 2: (0,)} in groups


def test_two_versions_telling_two_facts_apart_are_not_chained() -> None:
    # versions 1 and 2 tell two facts in two sentences each; version 0 tells both in one
    links = {
        (1, 2): [_link(0, (0,), 0.9), _link(1, (1,), 0.9)],
        (0, 1): [_link(0, (0, 1))],
        (0, 2): [_link(0, (0, 1))],
    }
    groups, related = group_sentences([1, 2, 2], links)
    assert {1: (0,), 2: (0,)}.items() <= next(g for g in groups if 1 in g and 0 in g[1]).items()
    assert not any(g.get(1) == (0, 1) for g in groups)
    assert related  # the rows stay related
    unjoined, _ = group_sentences([1, 2, 2], links, apart=0)
    assert {0: (0,), 1: (0, 1), 2: (0, 1)} in unjoined  # the chain the rule stops
