"""Sentence alignment with moves, word-level diffs and change labels for N versions of a story.

The entry point is :func:`compare_texts` (``engine``); ``align``, ``worddiff``, ``labels`` and
``similarity`` are its stages and ``model`` holds the result records. Names are imported
lazily so that importing the records does not load diff-match-patch.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "DiffOptions": "polyglot_news.comparison.engine",
    "apply_changes": "polyglot_news.comparison.engine",
    "compare_texts": "polyglot_news.comparison.engine",
    "label_diff": "polyglot_news.comparison.labels",
    "word_diff": "polyglot_news.comparison.worddiff",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'polyglot_news.comparison' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return __all__
