"""Fixtures for the report tests: a realistic comparison, and one full of hostile payloads."""

from __future__ import annotations

import pytest
from _sample import sample_comparison

from polyglot_news.comparison.model import Comparison


@pytest.fixture(scope="session")
def comparison() -> Comparison:
    """Four versions (en base, ru and ko translated, uk failed) with every kind of change."""
    return sample_comparison()


@pytest.fixture(scope="session")
def hostile() -> Comparison:
    """The same comparison with script, markup and terminal-control payloads in shown fields."""
    return sample_comparison(hostile=True)
