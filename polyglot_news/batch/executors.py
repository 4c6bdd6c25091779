"""Where stories run: a pool of local worker processes, or a Dask cluster.

Both executors offer the same three calls — :meth:`submit` a story, wait for the
:meth:`next_done` outcome, :meth:`close` — and run the same task,
:func:`~polyglot_news.batch.worker.process_story`, so a corpus gives the same reports on either.

:class:`LocalExecutor` starts N processes from a fork server (fast starts, and no fork of the
client's threads) that receive the settings once, when they start. A worker process that dies
(killed, out of memory) breaks the pool: the pool is restarted and the stories it was running
are sent again, up to :data:`MAX_ATTEMPTS` times each, the way Dask's scheduler reschedules the
tasks of a lost worker. :class:`DaskExecutor` is in :mod:`polyglot_news.batch.cluster`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from polyglot_news.batch.corpus import StoryInput
from polyglot_news.batch.settings import BatchSettings
from polyglot_news.batch.worker import StoryOutcome, process_story

__all__ = ["MAX_ATTEMPTS", "Executor", "LocalExecutor", "default_workers", "lost_story"]

MAX_ATTEMPTS = 3
_PARENT_POLL_S = 0.5
_GRACE_S = 2.0  # seconds running stories get to finish when a run is cancelled
_SETTINGS: BatchSettings | None = None  # a pool worker's settings, set when it starts
_PRELOAD = (
    "polyglot_news.batch.worker",
    "polyglot_news.pipeline",
    "polyglot_news.sources",
    "polyglot_news.langid",
    "polyglot_news.glossary",
    "polyglot_news.report",
    "polyglot_news.translate.engine",
)


class Executor(Protocol):
    """Runs stories somewhere; one outcome per submitted story."""

    description: str
    workers: int

    def submit(self, story: StoryInput, key: str) -> None:
        """Start ``story`` (with its resume ``key``)."""
        ...

    def next_done(self) -> StoryOutcome:
        """Block until a submitted story is finished and return its outcome."""
        ...

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers (at once, dropping unfinished stories, when ``cancel``)."""
        ...


def default_workers() -> int:
    """The CPUs this process may use (all cores by default)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def lost_story(story: StoryInput, key: str, reason: str) -> StoryOutcome:
    """The outcome of a story whose worker died on every attempt (worth retrying later)."""
    from polyglot_news.batch.summary import failed_row

    message = f"story {story.name}: {reason}"
    return StoryOutcome(
        name=story.name,
        key=key,
        status="failed",
        row=failed_row(story.name, "worker_lost", message),
        error=("worker_lost", message),
        final=False,
    )


class LocalExecutor:
    """A pool of ``workers`` local processes, each building its models once."""

    def __init__(self, settings: BatchSettings, workers: int | None = None) -> None:
        self.settings = settings
        self.workers = workers or default_workers()
        if self.workers < 1:
            raise ValueError(f"workers={self.workers}: use 1 or more")
        self.description = f"local processes: {self.workers}"
        self._running: dict[Future[StoryOutcome], tuple[StoryInput, str, int]] = {}
        self._ready: deque[StoryOutcome] = deque()
        self._lost: list[tuple[StoryInput, str, int]] = []
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = _context()
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_install, initargs=(self.settings,)
        )

    def submit(self, story: StoryInput, key: str, attempt: int = 1) -> None:
        """Send ``story`` to the pool."""
        future = self._pool.submit(_pool_task, story, key)
        self._running[future] = (story, key, attempt)

    def next_done(self) -> StoryOutcome:
        """The next finished story (restarting the pool if a worker died)."""
        while not self._ready:
            done, _ = wait(list(self._running), return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                story, key, attempt = self._running.pop(future)
                try:
                    self._ready.append(future.result())
                except BrokenProcessPool:
                    broken = True
                    self._retry(story, key, attempt)
            if broken:
                self._restart()
        return self._ready.popleft()

    def _retry(self, story: StoryInput, key: str, attempt: int) -> None:
        if attempt >= MAX_ATTEMPTS:
            reason = f"its worker process died {attempt} times; see the system log (memory?)"
            self._ready.append(lost_story(story, key, reason))
        else:
            self._lost.append((story, key, attempt + 1))

    def _restart(self) -> None:
        """Replace a broken pool and send again every story it was running."""
        for future in list(self._running):
            story, key, attempt = self._running.pop(future)
            self._retry(story, key, attempt)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._start()
        lost, self._lost = self._lost, []
        for story, key, attempt in lost:
            self.submit(story, key, attempt)

    def close(self, *, cancel: bool = False) -> None:
        """Shut the pool down; with ``cancel``, drop queued stories and stop running ones.

        Running stories get :data:`_GRACE_S` seconds to finish (their results are not used);
        then their workers are terminated.
        """
        if not cancel:
            self._pool.shutdown(wait=True)
            return
        self._pool.shutdown(wait=False, cancel_futures=True)
        _, running = wait(list(self._running), timeout=_GRACE_S)
        if running:
            _terminate(self._pool)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's workers without leaving its result thread waiting forever.

    A worker killed while sending a result leaves half a message in the result pipe; the
    pool's management thread would wait for the rest, and the interpreter waits for that
    thread at exit. Closing our end of the pipe's writer gives it end-of-file instead.
    """
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has imported the pipeline once, so they start warm.
        context.set_forkserver_preload(list(_PRELOAD))
        return context
    return multiprocessing.get_context("spawn")


def _install(settings: BatchSettings) -> None:
    """Pool initializer: keep the settings; leave Ctrl-C to the client, which stops us."""
    global _SETTINGS
    _SETTINGS = settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_client()


def _exit_with_client() -> None:
    """Make this worker exit when the client is killed (``kill -9``) instead of idling forever.

    A pool worker waits on a queue the client feeds and never learns that the client died.
    A fork server's children inherit the write end of its "alive" pipe, which keeps the fork
    server running while any of them lives; a worker does not start processes itself, so it
    closes its copy: then the fork server exits when the client dies, the worker is
    re-parented, and a watcher thread that sees its parent change ends it.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    alive = getattr(server, "_forkserver_alive_fd", None)
    if isinstance(alive, int):
        with contextlib.suppress(OSError):
            os.close(alive)
        server._forkserver_alive_fd = None  # type: ignore[union-attr]
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(_PARENT_POLL_S)
        if os.getppid() != parent:
            os._exit(1)


def _pool_task(story: StoryInput, key: str) -> StoryOutcome:
    assert _SETTINGS is not None, "pool worker started without settings"
    return process_story(_SETTINGS, story, key)
