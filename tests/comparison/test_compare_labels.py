"""Change labels: numbers, attribution, hedges, quotes and entity naming."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from polyglot_news.comparison.labels import LABELS, hunks, label_diff, load_lexicon
from polyglot_news.comparison.worddiff import word_diff

LABEL_CASES = [
    (
        "attribution",
        "Officials claimed the strike.",
        "Officials confirmed the strike.",
        ("attribution",),
    ),
    (
        "admitted-denied",
        "Moscow admitted losses.",
        "Moscow denied losses.",
        ("attribution", "negation"),
    ),
    (
        "number-and-hedge",
        "It lost about 11,000 men.",
        "It lost up to 12,000 men.",
        ("number", "hedge"),
    ),
    ("number-only", "It lost 11,000 men.", "It lost 12,000 men.", ("number",)),
    ("number-word", "It lost two tanks.", "It lost three tanks.", ("number",)),
    ("hedge-added", "The town was destroyed.", "The town was completely destroyed.", ("hedge",)),
    ("hedge-allegedly", "Troops crossed.", "Troops allegedly crossed.", ("hedge",)),
    (
        "according-to",
        "Troops crossed, officials said.",
        "Troops crossed, according to officials.",
        ("attribution",),
    ),
    ("quote-edited", 'He said "we won" today.', 'He said "we lost" today.', ("quote",)),
    ("quote-guillemets", "Он сказал «мы победили».", "Он сказал «мы проиграли».", ("quote",)),
    ("apostrophe-is-not-quote", "It isn’t over.", "It wasn’t over.", ()),
    ("plain-wording", "Troops crossed the river.", "Soldiers crossed the river.", ()),
    # "around", "about", "some", "over", "up to" hedge a quantity, not a place or a topic
    (
        "around-a-place",
        "They agreed a zone near the plant.",
        "They agreed a demilitarised zone around the plant.",
        (),
    ),
    ("about-a-topic", "He spoke on the talks.", "He spoke about the talks.", ()),
    ("over-a-place", "Drones flew near the city.", "Drones flew over the city.", ()),
    ("some-people", "Officials doubted it.", "Some officials doubted it.", ()),
    ("around-a-number", "The plant had 800 staff.", "The plant had around 800 staff.", ("hedge",)),
    ("some-a-number-word", "It sent ten tanks.", "It sent some ten tanks.", ("hedge",)),
    ("about-a-dozen", "A dozen were hurt.", "About a dozen were hurt.", ("hedge",)),
    ("up-to-a-number", "It lost four tanks.", "It lost up to four tanks.", ("hedge",)),
    ("hedge-kept-number-changed", "It lost around 800.", "It lost around 900.", ("number",)),
]


# Labels must come from what the words are: a quantity, a verb of saying, a hedge. Each row is
# a trap that a word list alone over-labels, or the real change beside it.
OVER_LABEL_CASES = [
    ("first-time", "The ferry caught fire.", "The ferry caught fire for the first time.", ()),
    ("ordinal", "It was his visit to Crete.", "It was his second visit to Crete.", ()),
    ("once-more", "The port closed.", "The port closed once more.", ()),
    ("same-figure-as-word", "Three crew members were hurt.", "3 crew members were hurt.", ()),
    ("same-figure-scaled", "About 11,000 fled.", "About 11 thousand fled.", ()),
    ("same-percentage", "Turnout was 48 percent.", "Turnout was 48%.", ()),
    ("same-date", "The vote was on 3 June.", "The vote was on June 3.", ()),
    ("numbered-name", "Two F-16 jets landed.", "Two F-35 jets landed.", ()),
    ("figure-changed", "412 passengers left.", "421 passengers left.", ("number",)),
    ("figure-to-vague", "412 passengers left.", "Hundreds of passengers left.", ("number",)),
    ("vague-changed", "Hundreds of people fled.", "Dozens of people fled.", ("number",)),
    ("year-changed", "It was founded in 1998.", "It was founded in 1999.", ("number",)),
    ("half", "Turnout was low.", "Turnout was half the usual.", ("number",)),
    ("united-states", "Officials in Britain agreed.", "Officials in the United States agreed.", ()),
    # the month "May" is no hedge; a month changed is a date moved (label_numbers.date_terms)
    ("month-may", "The bridge will reopen in June.", "The bridge will reopen in May.", ("number",)),
    ("modal-may", "The bridge will reopen.", "The bridge may reopen.", ("hedge",)),
    ("appears-in-court", "The captain was charged.", "The captain appears in court.", ()),
    (
        "appears-to",
        "The fire started in the engine room.",
        "The fire appears to have started in the engine room.",
        ("hedge",),
    ),
    ("said-kept", "The crew, he said, left.", "The whole crew, he said, left.", ()),
    # a figure the two texts share is repeated, not changed; swapped figures are changed
    (
        "shared-figure-repeated",
        "Three crew members were treated in Heraklion.",
        "Three crew members were treated in Heraklion, and all three were discharged.",
        (),
    ),
    (
        "figures-swapped",
        "It sent 11,000 soldiers and 2,000 drones.",
        "It sent 2,000 soldiers and 11,000 drones.",
        ("number",),
    ),
]


@pytest.mark.parametrize(
    ("a", "b", "labels"), [c[1:] for c in OVER_LABEL_CASES], ids=[c[0] for c in OVER_LABEL_CASES]
)
def test_labels_come_from_what_the_words_are(a: str, b: str, labels: tuple[str, ...]) -> None:
    assert label_diff(word_diff(a, b)).labels == labels


@pytest.mark.parametrize(
    ("a", "b", "labels"), [c[1:] for c in LABEL_CASES], ids=[c[0] for c in LABEL_CASES]
)
def test_labels(a: str, b: str, labels: tuple[str, ...]) -> None:
    assert label_diff(word_diff(a, b)).labels == labels


@pytest.mark.parametrize("op", [1, -1], ids=["inserted", "deleted"])
def test_a_whole_sentence_inserted_or_deleted_has_no_label(op: int) -> None:
    """A sentence against nothing differs in nothing: "a figure differs" would mean nothing."""
    text = "“We will respond,” the ministry said, after about 120 flights were cancelled."
    assert label_diff(((op, text),)).labels == ()


def test_russian_word_lists() -> None:
    diff = word_diff("Москва признала потери.", "Москва опровергла потери.")
    # admitted -> refuted: as "admitted-denied" in English, now that Russian has negation cues
    assert label_diff(diff, language="ru").labels == ("attribution", "negation")


@pytest.mark.parametrize(
    ("a", "b", "labels"),
    [
        ("Люди стояли у станции.", "Люди стояли около станции.", ()),
        ("Там было 800 человек.", "Там было около 800 человек.", ("hedge",)),
        ("Погибли три человека.", "Погибли до трёх человек.", ("hedge",)),
        ("Это было после войны.", "Это было до войны.", ()),
    ],
    ids=["okolo-place", "okolo-number", "do-number-word", "do-time"],
)
def test_russian_quantity_hedges(a: str, b: str, labels: tuple[str, ...]) -> None:
    """Only the hedge label is asserted: "три" -> "трёх" is also a number-word change."""
    assert ("hedge" in label_diff(word_diff(a, b), language="ru").labels) == ("hedge" in labels)


def test_unknown_language_still_labels_numbers_and_quotes() -> None:
    diff = word_diff('x 11 "y"', 'x 12 "z"')
    assert label_diff(diff, language="xx").labels == ("number", "quote")
    assert load_lexicon("xx").attribution is None


@pytest.mark.parametrize(
    ("strict", "labels", "naming_only"),
    [(False, (), True), (True, ("entity_naming",), True)],
    ids=["lenient", "strict"],
)
def test_entity_renaming(
    normaliser: Callable[[str], str], strict: bool, labels: tuple[str, ...], naming_only: bool
) -> None:
    diff = word_diff("Troops left Kiev.", "Troops left Kyiv.")
    result = label_diff(diff, entity_normaliser=normaliser, strict_entities=strict)
    assert (result.labels, result.naming_only) == (labels, naming_only)


def test_renaming_beside_a_real_change(normaliser: Callable[[str], str]) -> None:
    diff = word_diff("Kiev said 5 died.", "Kyiv claimed 5 died.", semantic=False)
    result = label_diff(diff, entity_normaliser=normaliser)
    assert result.labels == ("attribution",)
    assert not result.naming_only


def test_hunks_offsets() -> None:
    diff = ((0, "ab "), (-1, "cd"), (1, "xyz"), (0, " e"), (1, "!"))
    cut = hunks(diff)
    assert [(h.a_start, h.a_end, h.b_start, h.b_end) for h in cut] == [(3, 5, 3, 6), (7, 7, 8, 9)]
    assert [(h.deleted, h.inserted) for h in cut] == [("cd", "xyz"), ("", "!")]


def test_label_order_is_fixed() -> None:
    assert LABELS == (
        "number",
        "attribution",
        "negation",
        "opposite",
        "hedge",
        "quote",
        "name",
        "entity_naming",
    )
