"""A start-time conflict is a differing figure, and one time written two ways is none.

Texts written for this test (a cyberattack on Hamburg Airport's check-in systems): the wire
says the attack began at 4.30am, a local paper at 5:15 a.m., a German outlet's translation
"half past four in the morning". Before, "4.30am" was read as the number 4.3.
"""

from __future__ import annotations

import pytest

from polyglot_news.comparison.engine import compare_sentences
from polyglot_news.comparison.model import Claim

HAMBURG = {
    "wire": [
        "A cyberattack shut down check-in systems at Hamburg Airport on Saturday.",
        "The attack began at 4.30am, the airport said.",
        "About 40 flights were cancelled.",
    ],
    "local": [
        "Hamburg Airport's check-in systems were knocked out by a cyberattack on Saturday.",
        "According to the airport, the attack started at 5:15 a.m.",
        "Some 40 flights were cancelled.",
    ],
    "de": [
        "A cyberattack paralysed check-in at Hamburg Airport on Saturday.",
        "The attack began at half past four in the morning.",
        "40 flights were cancelled.",
    ],
}


@pytest.fixture(scope="module")
def start_row() -> Claim:
    _, _, claims = compare_sentences(list(HAMBURG.items()))
    return next(c for c in claims if (c.cell("wire") or c.cells[0]).sentences == (1,))


def test_the_start_times_are_one_row(start_row: Claim) -> None:
    assert start_row.versions == ("wire", "local", "de")


def test_a_later_start_time_is_a_differing_figure(start_row: Claim) -> None:
    local = start_row.cell("local")
    assert local is not None and "number" in local.labels


def test_the_same_time_written_in_words_is_no_change_of_figure(start_row: Claim) -> None:
    de = start_row.cell("de")
    assert de is not None and "number" not in de.labels


def test_the_pair_comparison_labels_it_too() -> None:
    pairs, _, _ = compare_sentences(list(HAMBURG.items()), base=0)
    labels = {p.b: [c.labels for c in p.changes if c.a_index == 1] for p in pairs}
    assert "number" in labels["local"][0]
    assert "number" not in labels["de"][0]
