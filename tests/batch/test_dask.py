"""The batch job on Dask: a LocalCluster and a scheduler address over loopback, lost workers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from _batch import DieOnce, model_settings, reports

from polyglot_news.batch import BatchResult, run_batch
from polyglot_news.errors import ClusterError
from polyglot_news.translate.cache import TranslationCache

distributed = pytest.importorskip("distributed")


def test_a_local_cluster_gives_the_reports_of_local_processes(
    tmp_path: Path, corpus: list[Path], reference: tuple[Path, BatchResult]
) -> None:
    settings = model_settings(tmp_path, html=True)
    result = run_batch(corpus, tmp_path / "out", settings=settings, dask="local:2")
    assert result.executor == "dask local:2 (2 workers)"
    assert (result.compared, result.failed) == (5, 0)
    assert reports(tmp_path / "out") == reports(reference[0])
    assert result.translated == reference[1].translated


def test_workers_of_a_scheduler_send_translations_home_and_a_killed_one_is_replaced(
    tmp_path: Path, corpus: list[Path], reference: tuple[Path, BatchResult]
) -> None:
    """One worker behind a scheduler address; it dies on its first translation."""
    from polyglot_news.translate.argos import ArgosTranslator

    base = model_settings(tmp_path, html=True)
    killer = DieOnce(
        ArgosTranslator(base.packages_dir, extra_packages=base.models), str(tmp_path / "died")
    )
    client_cache = tmp_path / "client" / "translations.sqlite3"
    settings = model_settings(tmp_path, html=True, translator=killer, cache=str(client_cache))
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.CRITICAL,
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        result = run_batch(corpus, tmp_path / "out", settings=settings, dask=address)
    assert (tmp_path / "died").exists()  # the worker really died mid-story
    assert (result.compared, result.failed) == (5, 0)
    assert reports(tmp_path / "out") == reports(reference[0])
    # the worker kept its own cache; what it translated reached the client's
    assert len(TranslationCache(client_cache)) == result.translated > 0


@pytest.mark.parametrize(
    ("address", "message"),
    [
        pytest.param("tcp://127.0.0.1:9", "cannot reach the scheduler", id="nothing-listening"),
        pytest.param("somewhere", "use local:N", id="not-an-address"),
    ],
)
def test_a_cluster_that_cannot_be_used_is_one_clear_error(
    tmp_path: Path, corpus: list[Path], address: str, message: str
) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ClusterError, match=message):
            run_batch(corpus, tmp_path / "out", settings=model_settings(tmp_path), dask=address)


def test_local_workers_start_without_dasks_malloc_trim_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dask's MALLOC_TRIM_THRESHOLD_=65536 doubles CTranslate2's time (docs/scale.md); the
    workers of ``local:N`` get Dask's other pre-spawn settings but not that one."""
    import os

    from polyglot_news.batch.cluster import DaskExecutor

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    executor = DaskExecutor(model_settings(tmp_path), "local:1")
    try:
        seen = executor._client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
        threads = executor._client.run(os.environ.get, "OMP_NUM_THREADS")
    finally:
        executor.close()
    assert list(seen.values()) == [None]
    assert list(threads.values()) == ["1"]
