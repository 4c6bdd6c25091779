"""Corpus scale: every story of a corpus through the compare pipeline, on all cores or on Dask.

``run_batch(corpus, out)`` reads a corpus (JSON Lines with a ``story`` field, or one folder per
story) as a stream, compares each story exactly as ``compare`` does, and writes each story's
reports, a summary table and a run manifest under ``out``; see :mod:`.runner` for the flow,
:mod:`.store` for the output layout and its guarantees, :mod:`.executors` and :mod:`.cluster`
for where the stories run, and docs/scale.md for how it carries to a cluster of many machines.
"""

from __future__ import annotations

from polyglot_news.batch.corpus import Corpus, StoryInput, open_corpus
from polyglot_news.batch.runner import BatchProgress, BatchResult, run_batch, story_key
from polyglot_news.batch.settings import BatchSettings

__all__ = [
    "BatchProgress",
    "BatchResult",
    "BatchSettings",
    "Corpus",
    "StoryInput",
    "open_corpus",
    "run_batch",
    "story_key",
]
