"""Numbers as values whichever way they are written (``quantities``): written numbers, scales,
fractions as shares and percentages, basis points; what is not a number."""

from __future__ import annotations

import pytest

from polyglot_news.comparison.terms import sentence_terms


def _figures(text: str) -> set[str]:
    return {t for t in sentence_terms(text) if t.startswith("#")}


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("3.2 million people", "3,200,000 people"),
        ("two hundred and fifty people", "250 people"),
        ("two hundred fifty-one people", "251 people"),
        ("one thousand people", "1,000 people"),
        ("a million people", "1 million people"),
        ("half a million people", "500,000 people"),
        ("a quarter of a million people", "250,000 people"),
        ("two hundred thousand people", "200 000 people"),
        ("1.2 mln people", "1.2 million people"),
        ("5 bln euros", "5bn euros"),
        ("300k people", "300,000 people"),
        ("a dozen people", "12 people"),
    ],
    ids=["scale", "hundreds", "hundreds-units", "one-thousand", "a-million", "half-a-million",
         "quarter-million", "hundred-thousand", "mln", "bln", "k", "dozen"],
)  # fmt: skip
def test_one_value_whichever_way_it_is_written(left: str, right: str) -> None:
    assert _figures(left) == _figures(right) and _figures(left)


@pytest.mark.parametrize(
    ("share", "percentage"),
    [
        ("a third of voters", "33% of voters"),
        ("two-thirds of voters", "67% of voters"),
        ("half the staff", "50 percent of the staff"),
        ("a tenth of the costs", "10 per cent of the costs"),
        ("a fifth of the homes", "20% of the homes"),
    ],
    ids=["third", "two-thirds", "half", "tenth", "fifth"],
)
def test_a_fraction_is_also_a_percentage(share: str, percentage: str) -> None:
    percent = {t for t in _figures(percentage) if t.endswith("%")}
    assert percent and percent <= _figures(share)


def test_a_percentage_is_no_day_of_the_month() -> None:
    assert not _figures("capacity falls by about a quarter") & _figures("it said on the 25th")


@pytest.mark.parametrize("written", ["1.7%", "1.7 percent", "1.7 per cent"])
def test_a_percentage_whichever_way_it_is_written(written: str) -> None:
    assert sentence_terms(f"Inflation fell to {written}.") == sentence_terms(
        "Inflation fell to 1.7%."
    )


def test_basis_points_are_percentage_points() -> None:
    basis = _figures("The bank cut its rate by 25 basis points.")
    point = _figures("The bank cut its rate by a quarter of a percentage point.")
    assert "#0.25" in basis & point


@pytest.mark.parametrize(
    "text",
    ["the third time this year", "in the first quarter", "Formula One, one of the towns"],
    ids=["ordinal-third", "quarter-of-a-year", "one"],
)
def test_words_that_are_not_numbers(text: str) -> None:
    assert not _figures(text)
