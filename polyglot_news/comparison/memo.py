"""Remember pure per-text work for the length of one comparison of N versions.

One comparison of N versions diffs and labels the same wordings many times: a base sentence
is tokenized for its diff with every version, a pair comparison laid out again
(:mod:`.claim_pairs`) diffs its links again, and the claims table (:mod:`.claims`) labels
the cells the pair comparisons labelled. :func:`remembering` opens a scope (a
:class:`contextvars.ContextVar`, so threads and tasks keep their own) inside which
:func:`remembered` computes each ``(kind, key)`` once; outside any scope it simply computes.
The functions that use it (:func:`.worddiff.word_diff`, :func:`.worddiff.tokenize`,
:func:`.labels.label_diff`) are pure and return immutable values, so the results are the same
either way. The memory is dropped when the scope closes: nothing is kept between comparisons,
and a second comparison of the same texts does all the work again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["remembered", "remembering"]

T = TypeVar("T")

_SCOPE: ContextVar[dict[tuple[str, Hashable], Any] | None] = ContextVar(
    "polyglot_news_comparison_memo", default=None
)


@contextmanager
def remembering() -> Iterator[None]:
    """A scope in which :func:`remembered` computes each ``(kind, key)`` once (nested scopes
    share the outermost one's memory)."""
    if _SCOPE.get() is not None:
        yield
        return
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def remembered(kind: str, key: Hashable, make: Callable[[], T]) -> T:
    """``make()``, computed once per ``(kind, key)`` inside a :func:`remembering` scope (every
    call outside one computes it). ``make`` must be pure and its value immutable."""
    memory = _SCOPE.get()
    if memory is None:
        return make()
    found = memory.get((kind, key), _MISSING)
    if found is _MISSING:
        found = memory[(kind, key)] = make()
    return found


_MISSING = object()
