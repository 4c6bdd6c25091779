"""Each translated sentence carries the checks' own reasons not to trust it (sentence_flags)."""

from __future__ import annotations

import pytest

from polyglot_news.records import TermOutcome, Translation
from polyglot_news.translate.quality import sentence_flags

SOUND = ("Инфляция составила 9,5% в октябре.", "Inflation was 9.5% in October.")


def _tr(*pairs: tuple[str, str], terms: tuple[TermOutcome, ...] = (), route=("ru", "en")):
    return Translation("ru", "en", " ".join(d for _, d in pairs), route, pairs, terms)


# pairs of one translation, the flags expected for the last pair
CASES = [
    pytest.param([SOUND], (), id="sound"),
    pytest.param([("Банк поднял ставку до 21% 25 октября.",
                   "Kyiv denied Moscow's claim of full control of the Kursk region.")],
                 ("made up", "number lost: 21", "number lost: 25"), id="made-up"),
    pytest.param([("Порт закрыт.", "The port remained closed for the whole day."),
                  ("Суда ждут на рейде.", "The port remained closed for the whole day.")],
                 ("same translation as another sentence",), id="same-as-another"),
    pytest.param([("Суда ждут.", "The ships wait wait wait wait at anchor.")],
                 ("repeats itself",), id="repeats"),
    pytest.param([("Суда ждут на рейде уже три дня.", "Суда ждут на рейде уже три дня.")],
                 ("copies its source",), id="copies-its-source"),
    pytest.param([("Порт в Одессе закрыт.", "The port in the city is closed.")],
                 ("name lost: Odesa",), id="name-lost"),
    pytest.param([("Порт закрыт до пятницы.", "The port is closed until Friday, 12 ships wait.")],
                 ("number not in the source: 12",), id="number-added"),
]  # fmt: skip


@pytest.mark.parametrize(("pairs", "expected"), CASES)
def test_flags_of_a_sentence(pairs: list[tuple[str, str]], expected: tuple[str, ...]) -> None:
    terms = (TermOutcome("Odesa", "Одессе", "failed"),)
    flags = sentence_flags(_tr(*pairs, terms=terms))
    assert len(flags) == len(pairs)
    assert flags[-1] == expected


def test_one_flag_per_sentence_not_per_version() -> None:
    made_up = ("Банк поднял ставку с 19% до 21%.", "Kyiv denied Moscow's claim of full control.")
    flags = sentence_flags(_tr(SOUND, made_up, SOUND))
    assert flags[0] == flags[2] == () and "made up" in flags[1]


def test_a_text_in_its_own_language_has_no_flags() -> None:
    pair = ("The port is closed.", "The port is closed.")
    assert sentence_flags(_tr(pair, route=("en",))) == ((),)
