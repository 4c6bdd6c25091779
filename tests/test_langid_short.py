"""One-line inputs: dictionary evidence for an unreliable n-gram score (new-user trial, 2
December: "EU court upholds 345 million euro fine against TikTok." came out French 0.57).
Headlines are our own."""

from __future__ import annotations

import pytest

from polyglot_news.langid import LanguageDetector, lexicon


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("text", "n_gram_alone", "expected"),
    [
        ("EU court upholds 345 million euro fine against TikTok.", "fr", "en"),
        ("Dockworkers in Rotterdam strike over pay, FNV union says", "nl", "en"),
        ("Fire at Marseille port injures 7 workers", "da", "en"),
        # unreliable by n-grams alone and right: the dictionaries agree
        ("El tribunal confirma la multa de 345 millones a TikTok", "es", "es"),
        ("Staking in Rotterdamse haven legt containeroverslag stil", "nl", "nl"),
        ("Суд ЕС оставил в силе штраф TikTok на 345 млн евро", "ru", "ru"),
    ],
)
def test_short_headlines(
    detector: LanguageDetector, text: str, n_gram_alone: str, expected: str
) -> None:
    alone = detector.detect_text(text)
    assert alone.language == n_gram_alone and not alone.reliable
    assert detector(text).language == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Court upholds 2.4 billion fine against Google in Luxembourg", "en"),
        ("La Cour confirme une amende de 345 millions d'euros contre TikTok", "fr"),
        ("Gericht bestätigt Millionenstrafe gegen TikTok", "de"),
        ("Sąd utrzymał karę 345 mln euro dla TikToka", "pl"),
        ("Суд ЄС залишив у силі штраф для TikTok на 345 млн євро", "uk"),
    ],
)
def test_reliable_headlines_are_left_alone(
    detector: LanguageDetector, text: str, expected: str
) -> None:
    assert detector(text) == detector.detect_text(text)
    assert detector(text).language == expected


def test_names_and_numbers_are_no_words() -> None:
    assert lexicon.words_of("EU court upholds 345 million euro fine against TikTok.") == [
        "eu", "court", "upholds", "million", "euro", "fine", "against",
    ]  # fmt: skip


def test_reweigh_needs_two_contenders_with_dictionaries() -> None:
    ranked = [("en", 0.6), ("xx", 0.4)]
    assert lexicon.reweigh("court upholds fine against", ranked) == ranked
    assert lexicon.reweigh("court", [("en", 0.4), ("fr", 0.6)]) == [("en", 0.4), ("fr", 0.6)]


def test_reweigh_keeps_the_contenders_mass() -> None:
    ranked = [("fr", 0.55), ("en", 0.35), ("da", 0.02)]
    out = dict(lexicon.reweigh("court upholds million euro fine against", ranked))
    assert out["da"] == 0.02
    assert out["en"] > out["fr"]
    assert abs(out["en"] + out["fr"] - 0.9) < 1e-9


def test_documents_of_several_paragraphs_are_not_reweighed(detector: LanguageDetector) -> None:
    text = "EU court upholds 345 million euro fine against TikTok.\n\nThe ruling is final."
    result = detector(text)
    assert len(result.paragraphs) == 2
