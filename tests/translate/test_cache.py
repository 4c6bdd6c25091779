"""The SQLite translation cache: round trips, keys, concurrency, kills and corruption."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from polyglot_news.errors import CacheError
from polyglot_news.translate.cache import (
    CacheRecoveredWarning,
    TranslationCache,
    default_cache_path,
)

NS = ("argos:ru-en@1.0", "s1", "ru", "en")


def test_round_trip_and_namespaces(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    cache.put_many(NS, {"Привет.": "Hello.", "Пока.": "Bye."})
    assert cache.get_many(NS, ["Привет.", "Нет.", "Пока."]) == {
        "Привет.": "Hello.",
        "Пока.": "Bye.",
    }
    for other in [
        ("argos:ru-en@1.1", "s1", "ru", "en"),  # a new package version
        ("argos:ru-en@1.0", "s2", "ru", "en"),  # other decoding settings
        ("argos:ru-en@1.0", "s1", "ru", "de"),
    ]:
        assert cache.get_many(other, ["Привет."]) == {}
    assert len(cache) == 2


def test_insert_or_ignore_keeps_first(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    cache.put_many(NS, {"a": "1"})
    cache.put_many(NS, {"a": "2", "b": "3"})
    assert cache.get_many(NS, ["a", "b"]) == {"a": "1", "b": "3"}


def test_many_keys_beyond_parameter_limit(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    pairs = {f"s{i}": f"t{i}" for i in range(2500)}
    cache.put_many(NS, pairs)
    assert cache.get_many(NS, pairs) == pairs


def test_pickles_without_connection(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    cache.put_many(NS, {"a": "1"})
    clone = pickle.loads(pickle.dumps(cache))
    assert clone.path == cache.path
    assert clone.get_many(NS, ["a"]) == {"a": "1"}


def test_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("POLYGLOT_NEWS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_path() == tmp_path / "xdg" / "polyglot_news" / "translations.sqlite3"
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(tmp_path / "own"))
    assert TranslationCache().path == tmp_path / "own" / "translations.sqlite3"


def _writer(path: str, worker: int, count: int) -> None:
    cache = TranslationCache(path)
    for i in range(count):
        # Every worker also writes the shared keys, so writers collide on the same rows.
        cache.put_many(NS, {f"w{worker}-{i}": f"t{worker}-{i}", f"shared-{i}": f"t-{i}"})


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite3")
    TranslationCache(path).put_many(NS, {"seed": "seed"})
    context = multiprocessing.get_context("fork")  # the target lives in this test module
    workers = [context.Process(target=_writer, args=(path, w, 60)) for w in range(2)]
    for proc in workers:
        proc.start()
    for proc in workers:
        proc.join(60)
        assert proc.exitcode == 0
    cache = TranslationCache(path)
    keys = [f"w{w}-{i}" for w in range(2) for i in range(60)] + [f"shared-{i}" for i in range(60)]
    assert len(cache.get_many(NS, keys)) == len(keys)
    assert len(cache) == len(keys) + 1


KILLED_WRITER = """
import sys
from polyglot_news.translate.cache import TranslationCache
cache = TranslationCache(sys.argv[1])
ns = ("argos:ru-en@1.0", "s1", "ru", "en")
batch = 0
while True:
    cache.put_many(ns, {f"b{batch}-{i}": "x" * 200 for i in range(200)})
    batch += 1
"""


def test_killed_writer_leaves_usable_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if path.exists() and len(TranslationCache(path)) >= 1000:
                break
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    cache = TranslationCache(path)
    count = len(cache)
    assert count >= 1000 and count % 200 == 0  # whole batches only: one transaction each
    cache.put_many(NS, {"after": "kill"})
    assert cache.get_many(NS, ["after"]) == {"after": "kill"}


def test_corrupt_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database\x00" * 300)
    cache = TranslationCache(path)
    with pytest.warns(CacheRecoveredWarning, match="corrupt"):
        assert cache.get_many(NS, ["a"]) == {}
    assert cache.recovered is not None
    assert Path(cache.recovered).read_bytes().startswith(b"this is not a database")
    assert ".corrupt-" in Path(cache.recovered).name
    cache.put_many(NS, {"a": "1"})
    assert TranslationCache(path).get_many(NS, ["a"]) == {"a": "1"}


def test_damaged_pages_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = TranslationCache(path)
    cache.put_many(NS, {f"s{i}": "t" * 100 for i in range(500)})
    cache.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * (4096 * 2)  # garble pages after the header
    path.write_bytes(bytes(data))
    fresh = TranslationCache(path)
    with pytest.warns(CacheRecoveredWarning):
        fresh.put_many(NS, {"a": "1"})
    assert fresh.get_many(NS, ["a"]) == {"a": "1"}


def test_unwritable_location_is_a_cache_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CacheError, match="POLYGLOT_NEWS_CACHE_DIR"):
        TranslationCache(blocker / "sub" / "c.sqlite3").get_many(NS, ["a"])
