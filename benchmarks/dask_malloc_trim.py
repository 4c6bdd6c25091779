"""CTranslate2 time on a LocalCluster worker: Dask's pre-spawn environment vs polyglot_news's.

Dask's nanny sets ``MALLOC_TRIM_THRESHOLD_=65536`` in every worker it spawns
(``distributed.nanny.pre-spawn-environ``); ``polyglot-news batch --dask local:N`` starts its
workers without it (``polyglot_news.batch.cluster.worker_environ``). This starts a one-worker
LocalCluster with each environment in turn and times, in the worker's CPU seconds (best of 3),
8 workload sentences translated en->ru by the Argos-sized benchmark package (built first when
missing: ``scripts/build_benchmark_model.py``), then prints the ratio.

    python benchmarks/dask_malloc_trim.py
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dask  # noqa: E402
import distributed  # noqa: E402
from batch_scale import argos_sized_package  # noqa: E402
from workload import sentence_pool  # noqa: E402

from polyglot_news.batch.cluster import worker_environ  # noqa: E402

SENTENCES = sentence_pool(0)[:8]


def translate_on_worker(package: str) -> tuple[str | None, float]:
    """The worker's trim threshold and its best CPU seconds for the 8 sentences."""
    from polyglot_news.translate.argos import ArgosTranslator

    translator = ArgosTranslator(tempfile.mkdtemp(), extra_packages=(package,))
    translator.translate_batch(SENTENCES[:1], "en", "ru")  # loads the model
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        translator.translate_batch(SENTENCES, "en", "ru")
        best = min(best, time.process_time() - start)
    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), best


def main() -> None:
    """Time both environments in one run and print the ratio."""
    package = str(argos_sized_package())
    environments = {
        "Dask's default": dask.config.get("distributed.nanny.pre-spawn-environ"),
        "polyglot_news (local:N)": worker_environ(),
    }
    seconds = {}
    for label, environ in environments.items():
        os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)  # set in this process by a previous spawn
        with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
            with (
                distributed.LocalCluster(
                    n_workers=1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                ) as cluster,
                distributed.Client(cluster) as client,
            ):
                trim, seconds[label] = client.submit(translate_on_worker, package).result()
        print(f"{label}: MALLOC_TRIM_THRESHOLD_={trim}, {seconds[label]:.2f} s CPU")
    default, ours = seconds.values()
    print(f"Dask's default / polyglot_news: {default / ours:.2f}x")


if __name__ == "__main__":
    main()
