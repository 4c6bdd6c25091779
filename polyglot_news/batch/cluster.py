"""Run a batch on Dask: ``local:N`` starts a ``distributed.LocalCluster``; an address joins one.

Each worker gets the run's settings once, through a worker plugin that the scheduler also
gives to workers that join (or restart) later; the plugin builds the worker's tools (detector,
glossary, engine; models load on first use) and keeps them for every story the worker runs.
Tasks carry only a story's raw bytes and come back with its reports and summary row.

Translation cache: the workers of ``local:N`` are on the client's machine and share its SQLite
file, like local processes. Workers of a remote cluster each use their own machine's cache and
send the translations they add back with each story; the client stores them in its cache, so
the next run, local or distributed, finds them. A worker that dies mid-story is replaced by
its nanny and the scheduler runs the story again elsewhere; a story that kills
``distributed.scheduler.allowed-failures`` workers is reported failed (and retried on a re-run).
Needs the ``dask`` extra: ``pip install 'polyglot-news[dask]'`` on the client and every worker.

Workers of ``local:N`` start without Dask's ``MALLOC_TRIM_THRESHOLD_=65536``
(``distributed.nanny.pre-spawn-environ``): glibc's eager trimming of freed memory made
CTranslate2 translate 2.1x slower (docs/scale.md); Dask's other pre-spawn settings stay.
Workers started with ``dask worker`` are the user's: see docs/scale.md for the same setting.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import replace
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from polyglot_news.batch.corpus import StoryInput
from polyglot_news.batch.executors import lost_story
from polyglot_news.batch.settings import BatchSettings
from polyglot_news.batch.worker import _TOOLS, StoryOutcome, process_story, tools
from polyglot_news.errors import ClusterError

__all__ = ["BatchWorkerPlugin", "DaskExecutor", "run_on_worker"]

_LOCAL = re.compile(r"^local(?::(\d+))?$")
_PRE_SPAWN = "distributed.nanny.pre-spawn-environ"
_NO_TRIM = "MALLOC_TRIM_THRESHOLD_"


def worker_environ() -> dict[str, Any]:
    """Dask's pre-spawn environment for the workers of ``local:N``, without its malloc trim
    threshold (see the module docstring); the rest of the configured settings are kept."""
    return {k: v for k, v in (dask.config.get(_PRE_SPAWN, {}) or {}).items() if k != _NO_TRIM}


class BatchWorkerPlugin(WorkerPlugin):
    """Holds a run's settings on every worker and builds the worker's tools once."""

    def __init__(self, settings: BatchSettings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        """Build the detector, glossary and engine before the first story arrives."""
        tools(self.settings)

    def teardown(self, worker: Any) -> None:
        """Drop this run's tools (and the models they hold) from a long-lived worker."""
        _TOOLS.pop(self.settings.key, None)


def run_on_worker(plugin: str, story: StoryInput, key: str) -> StoryOutcome:
    """The Dask task: process ``story`` with the settings of the worker plugin ``plugin``."""
    holder = get_worker().plugins[plugin]
    assert isinstance(holder, BatchWorkerPlugin), f"{plugin} is not a polyglot_news plugin"
    return process_story(holder.settings, story, key)


class DaskExecutor:
    """Stories as Dask tasks on a LocalCluster (``local:N``) or a running scheduler's cluster."""

    def __init__(self, settings: BatchSettings, address: str) -> None:
        self._cluster: LocalCluster | None = None
        match = _LOCAL.match(address)
        try:
            if match:
                workers = int(match.group(1) or 0) or None
                with dask.config.set({_PRE_SPAWN: worker_environ()}):
                    self._cluster = LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=":0",  # a free port: never "8787 is in use"
                        silence_logs=logging.ERROR,
                    )
                self._client = Client(self._cluster)
            elif "://" in address:
                # waits up to Dask's distributed.comm.timeouts.connect (30 s by default)
                self._client = Client(address)
                settings = replace(settings, worker_cache="local")
            else:
                raise ClusterError(
                    f"--dask {address}: use local:N for a cluster on this machine or "
                    "tcp://HOST:PORT for a running scheduler",
                    source=address,
                )
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            raise ClusterError(
                f"--dask {address}: cannot reach the scheduler ({exc}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS`, or use local:N",
                source=address,
            ) from exc
        self.workers = len(self._client.scheduler_info().get("workers", {}))
        self.description = f"dask {address} ({self.workers} workers)"
        self._plugin = f"polyglot-news-batch-{settings.key.removeprefix('sha256:')[:16]}"
        self._client.register_plugin(BatchWorkerPlugin(settings), name=self._plugin)
        self._done = as_completed()
        self._stories: dict[str, tuple[StoryInput, str]] = {}

    def submit(self, story: StoryInput, key: str) -> None:
        """Send ``story`` to the cluster as one task."""
        task = f"polyglot-news-story-{uuid.uuid4().hex}"
        future = self._client.submit(
            run_on_worker, self._plugin, story, key, key=task, pure=False
        )
        self._stories[task] = (story, key)
        self._done.add(future)

    def next_done(self) -> StoryOutcome:
        """The next finished story; a story that kept killing workers comes back failed."""
        future = next(self._done)
        story, key = self._stories.pop(future.key)
        try:
            outcome: StoryOutcome = future.result()
            return outcome
        except Exception as exc:  # noqa: BLE001 - KilledWorker, lost data: report, go on
            reason = f"the cluster lost it ({type(exc).__name__}: {exc})".split("\n", 1)[0]
            return lost_story(story, key, reason)
        finally:
            future.release()

    def close(self, *, cancel: bool = False) -> None:
        """Unregister the plugin and disconnect (closing the LocalCluster we started)."""
        try:
            if cancel:
                self._client.cancel(list(self._done.futures))
            self._client.unregister_worker_plugin(self._plugin)
        except Exception:  # noqa: BLE001, S110 - closing anyway; a dead scheduler is fine here
            pass
        self._client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
