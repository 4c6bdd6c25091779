"""Shared fixtures for the comparison tests: the base story and a fake entity normaliser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# A stand-in for the pipeline's glossary normaliser: surface form -> canonical name.
_NAMES = {"Kiev": "Kyiv", "Kursk Oblast": "Kursk region", "KCNA news agency": "KCNA"}


def _normalise(text: str) -> str:
    for surface, canonical in _NAMES.items():
        text = text.replace(surface, canonical)
    return text


@pytest.fixture
def normaliser() -> Callable[[str], str]:
    """Map a few surface forms to their canonical names, as the glossary normaliser does."""
    return _normalise


@pytest.fixture
def base_story() -> str:
    """The base version of the test story (7 sentences in 3 paragraphs)."""
    return (FIXTURES / "kursk_base.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def encoder():  # type: ignore[no-untyped-def]
    """The shipped sentence encoder (tests that define their own ``encoder`` use theirs)."""
    from polyglot_news.comparison import semantic

    found = semantic.default_encoder()
    assert found is not None, semantic.load_error()
    return found
