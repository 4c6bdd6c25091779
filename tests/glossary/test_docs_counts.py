"""The glossary's size that docs/glossary.md states matches the shipped glossary, as rounded.

The docs said "about 4,100 entities" while ``glossary show`` counted 5,565 (a new user's
trial): a figure written once goes stale as the generated glossary grows. This test fails
when it does; update the figure in the docs (to two or three significant digits).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from polyglot_news.glossary import default_glossary

DOCS = Path(__file__).parents[2] / "docs" / "glossary.md"
FIGURES = re.compile(r"about ([\d,]+) entities, ([\d,]+) forms")


def _rounding(stated: str) -> int:
    """Half the unit of the last non-zero digit of ``stated`` (5,600 -> 50)."""
    digits = stated.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10**zeros // 2


@pytest.mark.parametrize(
    ("stated", "bound"),
    [("5,600", 50), ("112,000", 500), ("4,100", 50), ("82", 0)],
    ids=["hundreds", "thousands", "old-figure", "exact"],
)
def test_rounding(stated: str, bound: int) -> None:
    assert _rounding(stated) == bound


def test_docs_state_the_glossarys_size() -> None:
    text = " ".join(DOCS.read_text(encoding="utf-8").split())
    [(entities, forms)] = FIGURES.findall(text)
    glossary = default_glossary()
    counts = {
        "entities": (entities, len(glossary.entries)),
        "forms": (forms, sum(len(entry.forms) for entry in glossary.entries)),
    }
    for what, (stated, actual) in counts.items():
        assert abs(int(stated.replace(",", "")) - actual) <= _rounding(stated), (
            f"docs/glossary.md says about {stated} {what}; the glossary has {actual}"
        )
