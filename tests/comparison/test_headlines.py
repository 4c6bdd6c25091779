"""A headline links only with another version's headline (``LinkOptions.headlines``): it names
the story's subject, which every sentence of the body shares; two headlines left free link."""

from __future__ import annotations

from dataclasses import replace

import pytest

from polyglot_news.comparison import semantic
from polyglot_news.comparison.headlines import headlines_linked
from polyglot_news.comparison.links import (
    LinkOptions,
    is_headline,
    link_sentences,
    sentence_features,
    term_weights,
)
from polyglot_news.comparison.semantic import default_encoder

WIRE = [
    "Port strike halts container traffic in Rotterdam",
    "Dockworkers at Europe's largest port walked out on Monday over pay.",
    "The union is demanding a 9% raise to offset inflation.",
    "Shipping lines diverted vessels to Antwerp and Hamburg.",
]
STATEMENT = [
    "The Rotterdam port authority regrets the strike by container terminal staff.",
    "Terminal operations were suspended from 06:00 on Monday.",
    "Carriers have been advised to use alternative ports.",
]
BROADCAST = [
    "Rotterdam port brought to a standstill by strike",
    "Thousands of dockers in Rotterdam stopped work on Monday in a dispute over wages.",
]


@pytest.fixture(scope="module")
def encoder() -> semantic.SentenceEncoder:
    found = default_encoder()
    if found is None:
        pytest.skip("the sentence encoder is not available")
    return found


def _links(a: list[str], b: list[str], encoder: object, **options: object) -> set[tuple]:
    fa, fb = [sentence_features(s) for s in a], [sentence_features(s) for s in b]
    chosen = replace(LinkOptions(), **options)
    found = link_sentences(fa, fb, weights=term_weights([fa, fb]), options=chosen,
                           encoder=encoder)  # type: ignore[arg-type]  # fmt: skip
    return {(i, j) for x in found for i in x.a for j in x.b}


@pytest.mark.parametrize(
    ("text", "headline"),
    [("Port strike halts container traffic in Rotterdam", True),
     ("Dockworkers walked out on Monday.", False),
     ('The union said: "We will not back down."', False),
     ("Will the strike spread?", False)],
    ids=["headline", "sentence", "quote", "question"],
)  # fmt: skip
def test_a_headline_is_a_first_line_without_final_punctuation(text: str, headline: bool) -> None:
    assert is_headline([sentence_features(text)], 0) is headline
    assert not is_headline([sentence_features(text), sentence_features(text)], 1)


def test_a_headline_never_links_a_body_sentence(encoder: semantic.SentenceEncoder) -> None:
    """The statement has no headline: its opening sentence shares the story's subject with
    the wire's headline, not its fact; with the rule off the two may link."""
    assert (0, 0) in _links(WIRE, STATEMENT, encoder, headlines=False)
    assert all(i != 0 for i, _ in _links(WIRE, STATEMENT, encoder))


def test_two_headlines_still_link(encoder: semantic.SentenceEncoder) -> None:
    found = _links(WIRE, BROADCAST, encoder)
    assert (0, 0) in found and (1, 1) in found
    assert not {(0, 1), (1, 0)} & found


OFFICIAL = [
    "Statement of the Port Authority on the industrial action of 3 June",
    "The Rotterdam port authority regrets the strike by container terminal staff.",
]
RIVAL = [
    "Union vows to keep ships waiting until pay offer improves",
    "Dockworkers at Europe's largest port walked out on Monday over pay.",
]


def test_two_free_headlines_link_however_far_apart_their_words(
    encoder: semantic.SentenceEncoder,
) -> None:
    """Two headlines of one story tell its main news in each outlet's words (aligner version
    9): left free by the matching, they link whatever their evidence; a headline is not a
    body sentence, so neither links the other version's body."""
    found = _links(OFFICIAL, RIVAL, encoder)
    assert (0, 0) in found
    assert not {(0, 1), (1, 0)} & found
    assert (0, 0) not in _links(OFFICIAL, RIVAL, encoder, headlines=False)


def test_headlines_link_only_between_versions_with_headlines() -> None:
    """No headline pair without two headlines, nor when one of them is linked already."""
    heads = [sentence_features(s) for s in OFFICIAL]
    body = [sentence_features(s) for s in STATEMENT]
    rival = [sentence_features(s) for s in RIVAL]
    assert not headlines_linked(heads, body, [])
    assert headlines_linked(heads, rival, [])
    assert headlines_linked(heads, rival, [((1,), (1,))])
    assert not headlines_linked(heads, rival, [((0,), (1,))])
    assert not headlines_linked(heads, rival, [((1,), (0,))])


def test_two_free_headlines_link_on_words_alone() -> None:
    """Without the encoder (``--lexical-only``) the rule holds too; revisions are compared
    on their words as before (an edited headline of one article is linked by its words)."""
    fa = [sentence_features(s) for s in OFFICIAL]
    fb = [sentence_features(s) for s in RIVAL]
    found = link_sentences(fa, fb, weights=term_weights([fa, fb]))
    assert any(x.a == (0,) and x.b == (0,) for x in found)
