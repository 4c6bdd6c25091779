"""Property tests: replaying compare(A, B)'s changes on A gives B; A against A changes nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from polyglot_news.comparison.engine import DiffOptions, apply_changes, compare_texts

POOL = [
    "North Korean troops fought in the Kursk region.",
    "The army lost about 11,000 soldiers.",
    "Officials claimed the town was retaken.",
    "Kim Jong Un visited Pyongyang.",
    "Seoul called the deployment illegal.",
    "The Kremlin declined to comment.",
    "“We will respond,” a spokesman said.",
    "Drones struck a fuel depot near Belgorod.",
    "북한 군대는 쿠르스크에서 싸웠다.",
    "朝鲜军队在库尔斯克作战。",
]
WORDS = ["allegedly", "12,000", "confirmed", "up to", "🇺🇦", "Kyiv", "not"]


def _lines(text: str, language: str | None = None) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


@st.composite
def versions(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A version drawn from the pool and another made from it by edits, moves, drops, adds."""
    a = draw(st.lists(st.sampled_from(POOL), max_size=8))
    b = list(a)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["edit", "move", "drop", "add"]))
        if op == "add" or not b:
            b.insert(draw(st.integers(0, len(b))), draw(st.sampled_from(POOL)))
        elif op == "drop":
            b.pop(draw(st.integers(0, len(b) - 1)))
        elif op == "move":
            sentence = b.pop(draw(st.integers(0, len(b) - 1)))
            b.insert(draw(st.integers(0, len(b))), sentence)
        else:
            k = draw(st.integers(0, len(b) - 1))
            words = b[k].split(" ")
            words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(WORDS)))
            b[k] = " ".join(words)
    return a, b


@settings(max_examples=120, deadline=None)
@given(versions(), st.booleans(), st.booleans())
def test_changes_replayed_on_a_give_b(
    pair: tuple[list[str], list[str]], moves: bool, semantic: bool
) -> None:
    a, b = pair
    options = DiffOptions(moves=moves, semantic=semantic)
    comparisons, _, _ = compare_texts(
        [("a", "\n".join(a)), ("b", "\n".join(b))], options=options, splitter=_lines
    )
    assert apply_changes(a, comparisons[0].changes) == b
    aligned = comparisons[0].aligned
    # Every sentence is aligned (to a partner or to nothing); one sentence may appear twice
    # when it links to two of the other side (a 1-to-2 link).
    assert {i for i, _ in aligned if i is not None} == set(range(len(a)))
    assert {j for _, j in aligned if j is not None} == set(range(len(b)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(POOL), max_size=8))
def test_version_against_itself_has_no_changes(a: list[str]) -> None:
    text = "\n".join(a)
    comparisons, matrix, _ = compare_texts([("a", text), ("b", text)], splitter=_lines)
    assert comparisons[0].changes == ()
    assert matrix[0][1] == 1.0
