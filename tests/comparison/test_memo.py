"""The memory of one comparison (comparison/memo.py): each value made once inside a scope, made
every time outside one, never kept between scopes, and the same values either way."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest

from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.memo import remembered, remembering
from polyglot_news.comparison.worddiff import word_diff


def _counting() -> tuple[list[str], Callable[[str], str]]:
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    return made, make


def test_made_once_inside_a_scope() -> None:
    made, make = _counting()
    with remembering():
        values = [remembered("kind", key, partial(make, key)) for key in ("a", "b", "a", "a")]
    assert values == ["A", "B", "A", "A"]
    assert made == ["a", "b"]


def test_made_every_time_outside_a_scope() -> None:
    made, make = _counting()
    for _ in range(3):
        remembered("kind", "a", lambda: make("a"))
    assert made == ["a", "a", "a"]


def test_nothing_is_kept_between_scopes() -> None:
    made, make = _counting()
    for _ in range(2):
        with remembering():
            remembered("kind", "a", lambda: make("a"))
    assert made == ["a", "a"]


def test_a_nested_scope_shares_the_outer_memory() -> None:
    made, make = _counting()
    with remembering():
        remembered("kind", "a", lambda: make("a"))
        with remembering():
            remembered("kind", "a", lambda: make("a"))
        remembered("kind", "a", lambda: make("a"))
    assert made == ["a"]


def test_kinds_do_not_mix() -> None:
    with remembering():
        assert remembered("one", "k", lambda: 1) == 1
        assert remembered("two", "k", lambda: 2) == 2


def test_a_scope_is_closed_by_an_error() -> None:
    made, make = _counting()
    with pytest.raises(RuntimeError), remembering():
        remembered("kind", "a", lambda: make("a"))
        raise RuntimeError("boom")
    remembered("kind", "a", lambda: make("a"))
    assert made == ["a", "a"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("About 11,000 troops were deployed.", "Up to 12,000 troops were deployed."),
        ("The ministry said the bridge was hit.", "The ministry denied the bridge was hit."),
        ("Power was restored on Saturday.", "Power was still down on Saturday."),
        ("Same words.", "Same words."),
    ],
    ids=["number-hedge", "negation", "opposite", "unchanged"],
)
def test_word_diff_and_labels_are_the_same_inside_a_scope(a: str, b: str) -> None:
    outside = word_diff(a, b), label_diff(word_diff(a, b))
    with remembering():
        first = word_diff(a, b), label_diff(word_diff(a, b))
        again = word_diff(a, b), label_diff(word_diff(a, b))
    assert first == again == outside
