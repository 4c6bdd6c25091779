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


def _dates(text: str) -> set[str]:
    return {t for t in sentence_terms(text) if t.startswith(("day:", "time:"))}


@pytest.mark.parametrize(
    "written",
    ["The ferry sank on 3 June.", "The ferry sank on June 3.", "The ferry sank on the 3rd of June.",
     "The ferry sank on the 3rd.", "The ferry sank on Jun 3, 2024."],
    ids=["day-month", "month-day", "ordinal-of-month", "on-the-ordinal", "abbreviated"],
)  # fmt: skip
def test_a_day_of_the_month_is_one_date_term_and_no_figure(written: str) -> None:
    assert _dates(written) == {"day:3"}
    assert not _figures(written) - {"#2024"}


@pytest.mark.parametrize(
    "text",
    ["Rescuers found 3 survivors in June.", "The 28th victim was named.", "June saw 40 fires."],
    ids=["count-beside-month-word", "ordinal-without-on", "count-after-month-subject"],
)
def test_counts_are_not_dates(text: str) -> None:
    assert not _dates(text)
    assert _figures(text)


def test_a_date_meets_a_date_not_a_count() -> None:
    assert _dates("Polls closed on the 28th.") & _dates("Polls closed on April 28.")
    assert not sentence_terms("Polls closed on the 28th.") & _figures("Police arrested 28 people.")


@pytest.mark.parametrize(
    ("text", "term"),
    [("Voting began at 6:30 a.m.", "time:6:30"), ("The talks end at 5 p.m.", "time:17"),
     ("The blast was heard at 23:11 local time.", "time:23:11"),
     ("At 9am the ferry left.", "time:9"),
     ("The cyberattack began at 4.30am on Saturday.", "time:4:30"),
     ("Check-in failed at 4:30 a.m.", "time:4:30"),
     ("The first flight was cancelled at 04:30.", "time:4:30"),
     ("The drone hit the ship at half past four.", "time:4:30"),
     ("The port reopened at 16.30 Uhr.", "time:16:30"),
     ("The port reopened at 16.30 GMT.", "time:16:30"),
     ("Les vols ont repris à 4 h 30.", "time:4:30"),
     ("The ship sank at 16h30.", "time:16:30"),
     ("Flights resumed at 16.30, the airport said.", "time:16:30"),
     ("The siren sounded at a quarter to six.", "time:5:45"),
     ("The terminal closed at four o'clock.", "time:4"),
     ("The last plane landed at 11.45pm.", "time:23:45"),
     ("The blast came at 12 a.m.", "time:0")],
    ids=["am-minutes", "pm", "24-hour", "am-glued", "am-dot", "am-colon", "zero-padded",
         "half-past", "uhr", "gmt", "french-h", "french-h-glued", "at-dot", "quarter-to",
         "o-clock", "pm-dot", "midnight"],
)  # fmt: skip
def test_a_clock_time_is_a_time_term_and_no_figure(text: str, term: str) -> None:
    assert term in sentence_terms(text)
    assert not _figures(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("The Sea Star-17 ran aground off the coast.", "star-17"),
     ("Two F-16 jets escorted the plane.", "f-16"),
     ("Cases of Covid-19 rose again.", "covid-19")],
    ids=["ship", "aircraft", "disease"],
)  # fmt: skip
def test_a_number_a_name_carries_is_part_of_the_name(text: str, name: str) -> None:
    terms = sentence_terms(text)
    assert name in terms
    assert not {t for t in _figures(text) if t != "#2"}


def test_a_lower_case_prefix_keeps_its_year() -> None:
    assert "#2022" in sentence_terms("Prices peaked in mid-2022.")


@pytest.mark.parametrize(
    ("one", "other"),
    [("began at 4.30am", "started at 04:30"), ("began at 4.30am", "began at half past four"),
     ("hit at 4.30pm", "hit at 16:30"), ("reopened at 16.30 Uhr", "reopened at 4:30 p.m.")],
    ids=["dot-colon", "dot-spoken", "pm-24", "uhr-pm"],
)  # fmt: skip
def test_one_time_written_two_ways_is_one_term(one: str, other: str) -> None:
    assert _dates(one) == _dates(other) != set()


@pytest.mark.parametrize(
    ("text", "figure"),
    [("The rate stood at 4.25%.", "#4.25"), ("Rates at 4.25 per cent held.", "#4.25"),
     ("The fare rose from 4.30 euros.", "#4.3"), ("Inflation was 4.3 percent.", "#4.3")],
    ids=["percent-sign", "per-cent", "currency", "decimal"],
)  # fmt: skip
def test_a_decimal_figure_is_no_time(text: str, figure: str) -> None:
    assert figure in _figures(text)
    assert not _dates(text)
