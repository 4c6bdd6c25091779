"""Labels of a new user's trial (sixth round), on pairs written for these tests: a figure moved
within a sentence is no ``number`` change, a weekday or month changed is one, and a hedge before
a figure is read against what the figure counts."""

from __future__ import annotations

import pytest

from polyglot_news.comparison.label_numbers import date_terms
from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.worddiff import word_diff


def _labels(a: str, b: str) -> tuple[str, ...]:
    return label_diff(tuple(word_diff(a, b))).labels


MOVED = [  # the same figure, written elsewhere in the sentence: no number change
    ("Fire at hospital in Porto kills four patients", "Four dead in Porto hospital blaze"),
    ("Three people were hurt in the crash on the A4.", "The crash on the A4 hurt three people."),
    ("Storm cuts power to 9,000 homes in Cork", "9,000 Cork homes lose power in storm"),
]
CHANGED = [  # a figure replaced, even by one the other side also writes elsewhere
    ("Four patients and two nurses died.", "Two patients and four nurses died."),
    ("Police arrested 12 people after the match.", "After the match, police arrested 15 people."),
    ("Fire at hospital in Porto kills four patients", "Five dead in Porto hospital blaze"),
]


@pytest.mark.parametrize(("a", "b"), MOVED)
def test_a_figure_moved_within_the_sentence_is_no_number_change(a: str, b: str) -> None:
    assert "number" not in _labels(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGED)
def test_a_figure_replaced_is_a_number_change(a: str, b: str) -> None:
    assert "number" in _labels(a, b)


DATES = [
    ("The vote is on Monday.", "The vote is on Friday."),
    ("The summit opens in March.", "The summit opens in April."),
    ("Talks resume on Tuesday, 3 June.", "Talks resume on Thursday, 3 June."),
    ("The strike ends on Sept. 30.", "The strike ends on Oct. 30."),
]
NOT_DATES = [
    ("The vote is on Monday.", "On Monday, the vote will be held."),  # moved
    ("The vote is on Monday.", "The vote is on MONDAY."),  # capitals
    ("Prices may rise.", "Prices might rise."),  # "may" the verb
    ("Thousands will march on the capital.", "Thousands will rally in the capital."),
    ("Markets fell on Monday.", "Markets fell on Monday, traders said."),
    ("The Sun reported the deal.", "The Times reported the deal."),  # a newspaper
]


@pytest.mark.parametrize(("a", "b"), DATES)
def test_a_weekday_or_month_changed_is_a_number_change(a: str, b: str) -> None:
    assert "number" in _labels(a, b)


@pytest.mark.parametrize(("a", "b"), NOT_DATES)
def test_a_date_kept_or_a_word_like_one_is_no_number_change(a: str, b: str) -> None:
    assert "number" not in _labels(a, b)


def test_date_terms_read_weekdays_months_and_their_abbreviations() -> None:
    assert date_terms("On Monday, 3 March; from Sept. to Dec, not Sun or Wed") == [
        "weekday:monday", "month:march", "month:september", "month:december",
    ]  # fmt: skip
    assert date_terms("Prices may march higher; the sun rose.") == []


HEDGES = [  # a hedge of a figure dropped, what the figure counts said by both
    ("About 200 people marched in the capital.", "Hundreds of protesters marched in the capital."),
    ("Around 40 flights were cancelled.", "Dozens of flights were cancelled."),
    ("Some 3,000 workers walked out.", "3,000 workers walked out."),
]
NOT_HEDGES = [
    ("About 200 people marched.", "Around 200 people marched."),  # one class
    ("About 200 people marched in Lisbon.", "Ministers met in Madrid."),  # another fact
]


@pytest.mark.parametrize(("a", "b"), HEDGES)
def test_a_hedge_of_a_figure_is_read_past_the_figure(a: str, b: str) -> None:
    assert "hedge" in _labels(a, b)


@pytest.mark.parametrize(("a", "b"), NOT_HEDGES)
def test_no_hedge_change_without_one(a: str, b: str) -> None:
    assert "hedge" not in _labels(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Markets fell on Monday.", "Markets fell."),  # a rewrite that leaves the day out
        ("The plant closed in March after a fire.", "The plant closed after a fire."),
    ],
)
def test_a_weekday_or_month_left_out_is_no_number_change(a: str, b: str) -> None:
    assert "number" not in _labels(a, b)
