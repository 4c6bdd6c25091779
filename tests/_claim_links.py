"""Hand-made sentence links and a word agreement for the claims tests (tests/comparison)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class L:
    """A hand-made link (the shape of ``links.SentenceLink``)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: str = "reworded"
    score: float = 0.8


def dice(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Dice of two wordings' words (each wording: sentence keys whose words are space-split)."""
    x, y = set(" ".join(a).split()), set(" ".join(b).split())
    return 2 * len(x & y) / (len(x) + len(y)) if x or y else 1.0
