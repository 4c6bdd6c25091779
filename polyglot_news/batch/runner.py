"""The batch job: every story of a corpus through the compare pipeline, on all cores or on Dask.

:func:`run_batch` streams the corpus (:mod:`.corpus`), skips each story whose resume key —
the SHA-256 of its input bytes and of the settings signature — matches a finished record in
the output directory, and keeps at most ``window`` stories in flight on the executor (local
processes or Dask; :mod:`.executors`). Results are written by this process alone, each story's
files atomically and its status record last (:mod:`.store`). When the corpus is done, or the
run is interrupted, the summary table, the failure list and the manifest are rewritten from the
stories' status records, so the directory always describes what is finished.

Memory is bounded whatever the corpus size: the client holds the corpus index's page cache
(about 2 MiB; the index itself is on disk), at most ``window`` stories (default two per worker)
with their outcomes, and one summary row group (2,000 rows) while writing Parquet.
"""

from __future__ import annotations

import hashlib
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from polyglot_news.batch.corpus import Corpus, StoryInput, open_corpus
from polyglot_news.batch.executors import Executor, LocalExecutor
from polyglot_news.batch.settings import BatchSettings, settings_signature
from polyglot_news.batch.store import OutputDir, replacing
from polyglot_news.batch.summary import have_parquet, write_jsonl, write_parquet
from polyglot_news.batch.worker import StoryOutcome
from polyglot_news.errors import ClusterError, InputError

__all__ = ["BatchProgress", "BatchResult", "run_batch", "story_key"]


@dataclass(frozen=True)
class BatchProgress:
    """Where a run stands: stories of ``total`` finished (compared, skipped or failed)."""

    total: int
    compared: int
    skipped: int
    failed: int
    sentences: int  # sentences compared by this run
    elapsed: float  # seconds since the run started

    @property
    def finished(self) -> int:
        """Stories finished one way or another."""
        return self.compared + self.skipped + self.failed


@dataclass(frozen=True)
class BatchResult:
    """What a batch run did; the same counts are in ``DIR/manifest.json``."""

    out: Path
    stories: int
    compared: int
    skipped: int
    failed: int
    input_failures: int  # records and paths that belong to no story
    sentences: int
    translated: int  # sentences sent to a model (the rest came from the cache)
    seconds: float
    executor: str
    interrupted: bool = False
    outputs: dict[str, str | None] = field(default_factory=dict)


def story_key(story: StoryInput, settings: BatchSettings) -> str:
    """The resume key of ``story`` under ``settings``: ``sha256:`` of both digests."""
    raw = f"{story.content_hash}|{settings.key}".encode()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def run_batch(
    corpus: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    settings: BatchSettings | None = None,
    workers: int | None = None,
    dask: str | None = None,
    window: int | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
) -> BatchResult:
    """Compare every story of ``corpus`` and write the reports and summary under ``out``.

    Args:
        corpus: JSON Lines files (a ``story`` field per record) and directories (one
            sub-directory per story), in any mix.
        out: the output directory (created; see :mod:`polyglot_news.batch.store`).
        settings: how stories are compared (default :class:`BatchSettings`).
        workers: local worker processes (default: every CPU this process may use).
        dask: ``"local:N"`` for a Dask LocalCluster of N workers, or a scheduler address
            (``"tcp://host:8786"``); None runs on local processes.
        window: stories in flight at once (default: two per worker); bounds memory.
        progress: called after every story with a :class:`BatchProgress`.

    Returns:
        A :class:`BatchResult`. Stories that fail are counted and listed in
        ``DIR/failures.jsonl``; they never stop the run.

    Raises:
        InputError: when the corpus holds no story at all.
        OutputError: when ``out`` cannot be written or another run is using it.
        ClusterError: when the Dask cluster cannot be started or reached.
        KeyboardInterrupt: after writing the summary and manifest of what was finished.
    """
    settings = (settings or BatchSettings()).resolved()
    started = time.time()
    with OutputDir(out) as store, open_corpus(corpus) as index:
        total = len(index)
        if total == 0:
            # Every input's reason, not only the first one's: each may need its own fix.
            failed = list(index.failures())
            reasons = " ".join(f"({f.message})" for f in failed)
            raise InputError(
                "the corpus holds no stories"
                + (f" {reasons}" if reasons else "; give .jsonl files or story folders"),
                source=failed[0].path if failed else None,
            )
        _check_named(index, settings)
        run = _Run(settings, store, index, progress, started)
        _write_manifest(run, corpus, "running", None)
        try:
            run.process(_executor_factory(settings, workers, dask), window)
        except BaseException:
            run.interrupted = True
            raise
        finally:
            outputs = _finish(run)
            _write_manifest(run, corpus, "interrupted" if run.interrupted else "complete", outputs)
        return run.result(outputs)


def _check_named(index: Corpus, settings: BatchSettings) -> None:
    """Refuse, before any work, a language given for a NAME no file of the corpus may be."""
    from polyglot_news.langid.given import could_name

    left = {name for name, _ in settings.source_languages.named}
    if not left:
        return
    for path, line in index.files():
        left = {name for name in left if not could_name(name, path, line)}
        if not left:
            return
    name = next(n for n, _ in settings.source_languages.named if n in left)
    raise InputError(
        f"{name!r} (a language was given for it) names no file or version of the corpus; "
        "give a story file's name or path, or a version id (stem, or stem#LINE for a JSON "
        "Lines record)",
        source=name,
    )


class _Run:
    """The state of one run on the client: counts, the executor, the output directory."""

    def __init__(
        self,
        settings: BatchSettings,
        store: OutputDir,
        index: Corpus,
        progress: Callable[[BatchProgress], None] | None,
        started: float,
    ) -> None:
        self.settings = settings
        self.store = store
        self.index = index
        self.callback = progress
        self.started = started
        self.formats = ("json", "html") if settings.html else ("json",)
        self.counts = {"compared": 0, "skipped": 0, "failed": 0, "sentences": 0, "translated": 0}
        self.executor: Executor | None = None
        self.executor_description = "none (every story was already done)"
        self.signature = settings_signature(settings)
        self.interrupted = False
        self._cache: Any = None

    def process(self, make_executor: Callable[[], Executor], window: int | None) -> None:
        in_flight = 0
        try:
            for story in self.index:
                key = story_key(story, self.settings)
                self.index.set_key(story.name, key)
                if self.store.is_done(story.name, key, self.formats):
                    self._count("skipped")
                    continue
                if self.executor is None:
                    self.executor = make_executor()
                    self.executor_description = self.executor.description
                if in_flight >= (window or 2 * self.executor.workers or 2):
                    self._commit(self.executor.next_done())
                    in_flight -= 1
                self.executor.submit(story, key)
                in_flight += 1
            for _ in range(in_flight):
                assert self.executor is not None
                self._commit(self.executor.next_done())
        except BaseException:
            if self.executor is not None:
                self.executor.close(cancel=True)
            raise
        if self.executor is not None:
            self.executor.close()

    def _commit(self, outcome: StoryOutcome) -> None:
        row = dict(outcome.row)
        if outcome.status == "ok":
            row["report"] = self.store.report_path(outcome.name)
        status = {
            "story": outcome.name,
            "key": outcome.key,
            "settings": self.settings.key,
            "status": outcome.status,
            "final": outcome.final,
            "error": None
            if outcome.error is None
            else {"kind": outcome.error[0], "message": outcome.error[1]},
            "failures": [
                {"path": path, "error": {"kind": kind, "message": message}}
                for path, kind, message in outcome.failures
            ],
            "row": row,
            "worker": outcome.worker,
            "timing": {
                "seconds": round(outcome.seconds, 4),
                "translate_seconds": round(outcome.translate_seconds, 4),
                "cpu_seconds": round(outcome.cpu_seconds, 4),
            },
            "finished": _now(),
        }
        self._store_translations(outcome)
        reports = {"json": outcome.report_json, "html": outcome.report_html}
        self.store.commit(outcome.name, status, reports)
        self.counts["sentences"] += outcome.sentences
        self.counts["translated"] += outcome.translated
        self._count("compared" if outcome.status == "ok" else "failed")

    def _store_translations(self, outcome: StoryOutcome) -> None:
        """Put the translations a remote worker made into this machine's cache."""
        if not outcome.fresh or self.settings.cache is None:
            return
        if self._cache is None:
            from polyglot_news.translate.cache import TranslationCache

            self._cache = TranslationCache(self.settings.cache)
        for namespace, pairs in outcome.fresh:
            self._cache.put_many(namespace, pairs)

    def _count(self, what: str) -> None:
        self.counts[what] += 1
        if self.callback is not None:
            self.callback(self.snapshot())

    def snapshot(self) -> BatchProgress:
        c = self.counts
        return BatchProgress(
            total=len(self.index),
            compared=c["compared"],
            skipped=c["skipped"],
            failed=c["failed"],
            sentences=c["sentences"],
            elapsed=time.time() - self.started,
        )

    def result(self, outputs: dict[str, str | None]) -> BatchResult:
        c = self.counts
        return BatchResult(
            out=self.store.root,
            stories=len(self.index),
            compared=c["compared"],
            skipped=c["skipped"],
            failed=c["failed"],
            input_failures=self.index.failure_count(),
            sentences=c["sentences"],
            translated=c["translated"],
            seconds=time.time() - self.started,
            executor=self.executor_description,
            interrupted=self.interrupted,
            outputs=outputs,
        )


def _executor_factory(
    settings: BatchSettings, workers: int | None, dask: str | None
) -> Callable[[], Executor]:
    def make() -> Executor:
        if dask is None:
            return LocalExecutor(settings, workers)
        try:
            from polyglot_news.batch.cluster import DaskExecutor
        except ImportError as exc:
            raise ClusterError(
                f"--dask needs Dask, which is not installed ({exc.name}); install it with "
                "`pip install 'polyglot-news[dask]'`",
                source=dask,
            ) from exc
        return DaskExecutor(settings, dask)

    return make


def _finish(run: _Run) -> dict[str, str | None]:
    """Rewrite the summary table and the failure list from the stories' status records."""
    root = run.store.root
    with replacing(root / "summary.jsonl") as tmp:
        write_jsonl(_rows(run), tmp)
    parquet = None
    if have_parquet():
        with replacing(root / "summary.parquet") as tmp:
            write_parquet(_rows(run), tmp)
        parquet = "summary.parquet"
    with replacing(root / "failures.jsonl") as tmp:
        write_jsonl(_failures(run), tmp)
    return {
        "summary": "summary.jsonl",
        "parquet": parquet,
        "failures": "failures.jsonl",
        "stories": "stories/",
    }


def _rows(run: _Run) -> Iterator[dict[str, Any]]:
    """One row per story of the corpus, in corpus order; a story not reached says so."""
    from polyglot_news.batch.summary import failed_row

    for name, key in run.index.keys():
        status = run.store.status(name)
        if status is None or status.get("key") != key:
            row = failed_row(name, "pending", "not processed yet; run the batch again")
            yield {**row, "status": "pending"}
        else:
            yield status["row"]


def _failures(run: _Run) -> Iterator[dict[str, Any]]:
    for failure in run.index.failures():
        yield {
            "story": None,
            "path": failure.path,
            "error": {"kind": failure.kind, "message": failure.message},
        }
    for name, key in run.index.keys():
        status = run.store.status(name)
        if status is None or status.get("key") != key:
            continue
        if status.get("error"):
            yield {"story": name, "path": None, "error": status["error"]}
        for failure in status.get("failures", []):
            yield {"story": name, **failure}


def _write_manifest(
    run: _Run,
    corpus: Sequence[str | os.PathLike[str]],
    state: str,
    outputs: dict[str, str | None] | None,
) -> None:
    from polyglot_news import __version__

    run.store.write_json(
        "manifest.json",
        {
            "polyglot_news": __version__,
            "state": state,
            "corpus": [str(p) for p in corpus],
            "started": datetime.fromtimestamp(run.started, UTC).isoformat(timespec="seconds"),
            "finished": None if state == "running" else _now(),
            "executor": run.executor_description,
            "signature": run.signature,
            "settings_key": run.settings.key,
            "counts": {
                "stories": len(run.index),
                **run.counts,
                "input_failures": run.index.failure_count(),
            },
            "outputs": outputs,
            "client_peak_rss_mib": _peak_rss_mib(),
        },
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
