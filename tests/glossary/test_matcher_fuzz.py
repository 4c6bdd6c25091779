"""Fuzzing the glossary matcher: any text, any language, offsets always inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polyglot_news.glossary import default_glossary
from polyglot_news.pipeline import EntityNormaliser

LANGUAGES = ["en", "ru", "uk", "ko", "de", "fr", "es", "ja", "zh"]
# Real forms mixed into noise, so the matcher's paths past a first character are exercised too.
FORMS = [
    "Курской области",
    "Курщині",
    "Курсант",
    "쿠르스크에서",
    "평양은",
    "평창",
    "d'Ukraine",
    "Putins",
    "Pjöngjang",
    "КНДР",
    "ЦТАК",
    "朝鲜",
    "キーウ",
    "Kyiv",
    "Kiev's",
    "Russian",
]
pieces = st.one_of(st.sampled_from(FORMS), st.text(max_size=12), st.sampled_from([" ", "\n", "-"]))
texts = st.lists(pieces, max_size=12).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(LANGUAGES))
def test_matches_are_ordered_disjoint_and_inside_the_text(text: str, language: str) -> None:
    matches = default_glossary().find(text, language)
    previous_end = 0
    for match in matches:
        assert 0 <= previous_end <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.surface
        assert match.canonical
        previous_end = match.end


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_entity_normalisation_is_idempotent(text: str) -> None:
    normalise = EntityNormaliser(default_glossary(), "en")
    once = normalise(text)
    assert normalise(once) == once


@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_language_codes_and_empty_text_find_nothing(language: str) -> None:
    assert default_glossary().find("", language) == []
