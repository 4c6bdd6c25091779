"""Hand-made sentence links and a word agreement for the claims tests (tests/comparison)."""

from __future__ import annotations

from polyglot_news.comparison.links import SentenceLink


def L(
    a: tuple[int, ...], b: tuple[int, ...], kind: str = "reworded", score: float = 0.8
) -> SentenceLink:
    """A hand-made link: the aligner's own :class:`SentenceLink`, reworded at 0.8 unless told."""
    return SentenceLink(a, b, kind, score)


def dice(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Dice of two wordings' words (each wording: sentence keys whose words are space-split)."""
    x, y = set(" ".join(a).split()), set(" ".join(b).split())
    return 2 * len(x & y) / (len(x) + len(y)) if x or y else 1.0
