"""What runs on a worker: one story in, its reports and summary row out.

:func:`process_story` is the only task a worker runs, locally (a process of the pool) or on a
Dask worker. It keeps the tools built from the settings (detector, glossary, translation
engine with its loaded models, cache connection) in a per-process table keyed by the
settings' digest, so each worker builds them, and loads each model, once. A story is loaded
from its raw bytes, compared exactly as ``compare`` does (:func:`~polyglot_news.pipeline.
compare_versions`) and rendered; the result is a :class:`StoryOutcome` of plain values. A
story that fails gives its one-line reason instead; nothing a worker does writes into the
output directory, so a worker that dies leaves nothing half-written.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from polyglot_news.batch.corpus import StoryInput
from polyglot_news.batch.recording import Namespace, RecordingCache
from polyglot_news.batch.settings import BatchSettings, WorkerTools, worker_tools
from polyglot_news.errors import PolyglotNewsError

__all__ = ["RecordingCache", "StoryOutcome", "TimedTranslator", "process_story"]

_TOOLS: dict[str, WorkerTools] = {}
_TOOLS_LOCK = threading.Lock()


@dataclass(frozen=True)
class StoryOutcome:
    """The result of one story, sent back to the client (plain values; pickles).

    ``status`` is ``ok`` or ``failed``; a failure carries ``error = (kind, message)`` and
    ``final`` False when it may pass on a retry (a crash rather than bad input). ``fresh``
    holds the translations this story added to a worker-local cache, for the client's cache.
    """

    name: str
    key: str
    status: str
    row: dict[str, Any]
    report_json: str | None = None
    report_html: str | None = None
    error: tuple[str, str] | None = None
    final: bool = True
    failures: tuple[tuple[str, str, str], ...] = ()  # (path, kind, message) of failed versions
    fresh: tuple[tuple[Namespace, dict[str, str]], ...] = ()
    sentences: int = 0
    translated: int = 0
    seconds: float = 0.0
    translate_seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker process on this story
    worker: str = ""


class TimedTranslator:
    """Wraps a translator and adds up the seconds spent in ``translate_batch``."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate with the wrapped translator, timing the call."""
        start = time.perf_counter()
        try:
            return list(self.inner.translate_batch(texts, source, target))
        finally:
            self.seconds += time.perf_counter() - start


@dataclass
class _Counts:
    """The engine's progress callback, kept for its total: the sentences sent to the model."""

    translated: int = 0

    def __call__(self, done: int, total: int) -> None:
        self.translated = max(self.translated, total)


def tools(settings: BatchSettings) -> WorkerTools:
    """This process's tools for ``settings``, built on first use."""
    with _TOOLS_LOCK:
        found = _TOOLS.get(settings.key)
        if found is None:
            found = worker_tools(settings)
            found.engine.translator = TimedTranslator(found.engine.translator)
            _TOOLS[settings.key] = found
        return found


def process_story(settings: BatchSettings, story: StoryInput, key: str) -> StoryOutcome:
    """Load, compare and render one story; a failure gives its reason, never an exception.

    ``key`` is the story's resume key, passed through to the outcome.
    """
    start, cpu = time.perf_counter(), time.process_time()
    where = f"{socket.gethostname()}:{os.getpid()}"
    try:
        kit = tools(settings)
        timer = kit.engine.translator
        before = timer.seconds if isinstance(timer, TimedTranslator) else 0.0
        outcome = _run(settings, kit, story, key)
        spent = (timer.seconds if isinstance(timer, TimedTranslator) else 0.0) - before
    except PolyglotNewsError as exc:
        outcome = _failed(story, key, exc.kind, exc.message, final=True)
        spent = 0.0
    except Exception as exc:  # noqa: BLE001 - one story's crash must not stop the corpus
        message = f"internal error: {type(exc).__name__}: {exc}".split("\n", 1)[0]
        outcome = _failed(story, key, "internal", f"{story.name}: {message}", final=False)
        spent = 0.0
    seconds = time.perf_counter() - start
    return replace(
        outcome,
        row={**outcome.row, "seconds": round(seconds, 3)},
        fresh=_take_fresh(settings),
        seconds=seconds,
        translate_seconds=spent,
        cpu_seconds=time.process_time() - cpu,
        worker=where,
    )


def _take_fresh(settings: BatchSettings) -> tuple[tuple[Namespace, dict[str, str]], ...]:
    """The translations a worker-local cache added since the last story."""
    kit = _TOOLS.get(settings.key)
    cache = kit.cache if kit is not None else None
    return cache.take() if isinstance(cache, RecordingCache) else ()


def _run(settings: BatchSettings, kit: WorkerTools, story: StoryInput, key: str) -> StoryOutcome:
    from polyglot_news.batch.summary import story_row
    from polyglot_news.pipeline import DeclaredLanguageWarning, compare_versions
    from polyglot_news.report import render_html, render_json
    from polyglot_news.sources import load_data

    versions, failures = load_data(story.items, encoding=settings.encoding)
    counts = _Counts()
    try:
        with warnings.catch_warnings():
            # a worker has no terminal to warn on: each note about a declared language is
            # in its version's warnings, and so in the story's report
            warnings.simplefilter("ignore", DeclaredLanguageWarning)
            comparison = compare_versions(
                versions,
                pivot=settings.pivot,
                base=settings.base,
                source_languages=settings.source_languages.for_versions(versions),
                detector=kit.detector,
                engine=kit.engine,
                glossary=kit.glossary,
                diff_options=kit.diff_options,
                failures=failures,
                progress=counts,
            )
    except PolyglotNewsError as exc:  # the story as a whole: keep what failed inside it
        outcome = _failed(story, key, exc.kind, exc.message, final=True)
        return replace(outcome, failures=tuple((f.path, f.kind, f.message) for f in failures))
    row = story_row(comparison, story.name, translated=counts.translated)
    failed = list(comparison.failures)
    failed += [r.error for r in comparison.versions if r.error is not None]
    return StoryOutcome(
        name=story.name,
        key=key,
        status="ok",
        row=row,
        report_json=render_json(comparison),
        report_html=render_html(comparison) if settings.html else None,
        sentences=int(row["sentences"]),
        translated=counts.translated,
        failures=tuple((f.path, f.kind, f.message) for f in failed),
    )


def _failed(story: StoryInput, key: str, kind: str, message: str, *, final: bool) -> StoryOutcome:
    from polyglot_news.batch.summary import failed_row

    if story.name not in message:
        message = f"story {story.name}: {message}"
    return StoryOutcome(
        name=story.name,
        key=key,
        status="failed",
        row=failed_row(story.name, kind, message),
        error=(kind, message),
        final=final,
    )
