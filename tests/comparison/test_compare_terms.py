"""Terms of the aligner: numbers as values, one predicate class, lemmas and stems, typography."""

from __future__ import annotations

import pytest

from polyglot_news.comparison.links import link_sentences, sentence_features
from polyglot_news.comparison.similarity import fold_typography
from polyglot_news.comparison.terms import PREDICATE, name_terms, sentence_terms

NUMBER_CASES = [
    ("grouped-comma", "about 11,000 troops", "#11000"),
    ("grouped-space", "11 000 troops", "#11000"),
    ("grouped-thin-space", "11\u202f000 troops", "#11000"),
    ("scale-word", "1.5 million people", "#1500000"),
    ("thousand-word", "12 thousand soldiers", "#12000"),
    ("hyphenated-words", "twenty-one rivers", "#21"),
    ("number-word", "nine people died", "#9"),
    ("ordinal", "the 28th victim", "#28"),
    ("day-of-month", "on the 28th", "day:28"),
    ("decimal", "a 6.8 quake", "#6.8"),
]


@pytest.mark.parametrize(
    ("text", "term"), [c[1:] for c in NUMBER_CASES], ids=[c[0] for c in NUMBER_CASES]
)
def test_numbers(text: str, term: str) -> None:
    assert term in sentence_terms(text)


def test_a_year_beside_a_day_is_a_day_and_a_year() -> None:
    assert {"day:26", "#2025"} <= sentence_terms("on April 26 2025")


def test_one_is_a_word_not_a_number() -> None:
    assert not any(t.startswith("#") for t in sentence_terms("Formula One, one of the towns"))


@pytest.mark.parametrize("verb", ["said", "claimed", "confirmed", "admitted", "reported"])
def test_attribution_verbs_are_one_class(verb: str) -> None:
    assert PREDICATE in sentence_terms(f"Officials {verb} it.")


def test_denial_is_its_own_class() -> None:
    denied = sentence_terms("Kyiv denied it.")
    assert PREDICATE not in denied
    assert denied & sentence_terms("Kyiv rejected it.") == denied


@pytest.mark.parametrize(
    ("a", "b"),
    [("troops fought", "soldiers fight"), ("the deployment", "they deployed"), ("homes", "home")],
    ids=["synonyms-and-irregular", "derivation", "plural"],
)
def test_forms_reduce_to_one_term(a: str, b: str) -> None:
    assert sentence_terms(a) == sentence_terms(b)


def test_stopwords_carry_no_term() -> None:
    assert sentence_terms("It was of the and for them.") == frozenset()


def test_a_language_without_word_lists_still_gets_words_and_numbers() -> None:
    assert sentence_terms("Le roi a parlé 3 fois.", "xx") == {"le", "roi", "parlé", "fois", "#3"}


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("\u201cquoted\u201d", '"quoted"'),
        ("it\u2019s", "it's"),
        ("a \u2014 b", "a - b"),
        ("a--b", "a - b"),
        ("wait\u2026", "wait..."),
        ("11\u00a0000", "11 000"),
        ("soft\u00adhyphen", "softhyphen"),
    ],
    ids=["curly-quotes", "apostrophe", "em-dash", "double-hyphen", "ellipsis", "nbsp", "shy"],
)
def test_fold_typography(text: str, folded: str) -> None:
    assert fold_typography(text) == folded


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Seoul and Kyiv reported it.", "South Korea and Ukraine reported it.",
                     id="capitals-for-countries"),
        pytest.param("Moscow denied it.", "Russia denied it.", id="capital-for-country"),
        pytest.param("Russian troops", "troops of Russia's army", id="demonym-possessive"),
        pytest.param("North Korean troops", "North Korea's troops", id="two-word-demonym"),
    ],
)  # fmt: skip
def test_a_country_its_capital_and_its_demonym_are_one_term(one: str, other: str) -> None:
    countries = {t for t in sentence_terms(one) if t.startswith("^")}
    assert countries and countries <= sentence_terms(other)


def test_country_terms_keep_longest_names_and_common_words_apart() -> None:
    assert {t for t in sentence_terms("North Korean and South Korean envoys") if t[0] == "^"} == {
        "^kp",
        "^kr",
    }
    # a capital of a small territory that is also a word is not in the list (Male, Maldives)
    assert not {t for t in sentence_terms("A male suspect was held.") if t[0] == "^"}


def test_capital_metonymy_links_the_reworded_fact() -> None:
    """The example story's case on words alone: "Seoul and Kyiv" covers what "South Korea
    and Ukraine" says, so the two sentences link."""
    a = ["Seoul and Kyiv first reported the deployment in October."]
    b = ["The intelligence services of South Korea and Ukraine reported the transfer of "
         "North Korean troops to Russia back in October."]  # fmt: skip
    fa, fb = [sentence_features(s) for s in a], [sentence_features(s) for s in b]
    assert [(x.a, x.b) for x in link_sentences(fa, fb)] == [((0,), (0,))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Kim Jong Un said a monument would be built.", {"kim", "jong", "un"},
                     id="a-name-opening-the-sentence"),
        pytest.param("Troops entered Sudzha on Monday.", {"sudzha", "monday"},
                     id="a-capitalised-first-word-alone-is-no-name"),
        pytest.param("the ministry said losses were heavy.", set(), id="no-capitals"),
        pytest.param("Rescuers reached South Korea's coast.", {"south", "korea", "^kr"},
                     id="a-country-with-its-term"),
    ],
)  # fmt: skip
def test_name_terms_are_the_terms_of_capitalised_words(text: str, names: set[str]) -> None:
    assert name_terms(text) == names
    assert name_terms(text) <= sentence_terms(text)  # a name's terms are the sentence's


def test_a_language_whose_capitals_do_not_mark_names_has_none() -> None:
    assert name_terms("Der Minister sagte, die Truppen seien abgezogen.", "de") == frozenset()
    assert sentence_features("Kim Jong Un said so.").names == {"kim", "jong", "un"}
