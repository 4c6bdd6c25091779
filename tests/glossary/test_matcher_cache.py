"""The on-disk cache of compiled matchers returns matchers equal to freshly compiled ones, is
keyed by the glossary and the code, and never fails a run (polyglot_news/glossary/matcher_cache.py).
Each test has its own cache folder (tests/conftest.py sets POLYGLOT_NEWS_CACHE_DIR)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from polyglot_news.glossary import default_glossary, matcher_cache
from polyglot_news.glossary.formats import _read_shipped
from polyglot_news.glossary.shipped import ShippedGlossary

ROOT = Path(__file__).resolve().parents[2]


def _fresh() -> ShippedGlossary:
    return ShippedGlossary(_read_shipped, default_glossary)


def _no_compiling(*args: object, **kwargs: object) -> None:
    raise AssertionError("compiled although the cache holds the matcher")


@pytest.mark.parametrize("language", ["en", "ru", "ko", "zh", "ar", "mul"])
def test_cached_matcher_equals_the_compiled_one(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = _fresh().matcher(language)
    assert list(matcher_cache.cache_folder().glob(f"{language}-*.pickle"))
    monkeypatch.setattr("polyglot_news.glossary.substring.build_matcher", _no_compiling)
    cached = _fresh().matcher(language)
    assert cached == compiled and cached is not compiled
    text = "Войска КНДР воевали в Курской области; 北朝鮮 and Kim Jong Un met in Moscow."
    assert cached.find(text) == compiled.find(text)


def test_the_key_follows_glossary_code_and_language() -> None:
    a = matcher_cache._path("sha256:aa", "en")
    assert a != matcher_cache._path("sha256:bb", "en")
    assert a != matcher_cache._path("sha256:aa", "ru")
    assert a.parent == matcher_cache.cache_folder()
    assert len(matcher_cache.code_version()) == 64


def test_a_damaged_file_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    glossary = _fresh()
    compiled = glossary.matcher("uk")
    [path] = matcher_cache.cache_folder().glob("uk-*.pickle")
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    assert matcher_cache.load(glossary.digest, "uk") is None
    again = _fresh().matcher("uk")
    assert again == compiled
    assert matcher_cache.load(glossary.digest, "uk") == compiled  # stored whole again


def test_switched_off_nothing_is_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(matcher_cache.ENV_SWITCH, "0")
    _fresh().matcher("be")
    assert not matcher_cache.cache_folder().exists()


def test_an_unwritable_folder_leaves_the_run_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", str(blocker))
    assert _fresh().find("Протест в Киеве.", "ru")
    matcher_cache.store("sha256:x", "ru", {"a": 1})  # no error either


_WRITER = """
from polyglot_news.glossary import matcher_cache
for _ in range(20):
    matcher_cache.store("sha256:same", "xx", {"worker": %d, "data": list(range(5000))})
"""


def test_concurrent_writers_leave_one_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "shared")
    env = {**os.environ, "POLYGLOT_NEWS_CACHE_DIR": folder}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER % n], env=env) for n in range(4)]
    assert [w.wait(120) for w in writers] == [0, 0, 0, 0]
    files = sorted(p.name for p in (tmp_path / "shared" / "matchers").iterdir())
    assert len(files) == 1 and files[0].startswith("xx-")  # no temporary file left behind
    monkeypatch.setenv("POLYGLOT_NEWS_CACHE_DIR", folder)
    loaded = matcher_cache.load("sha256:same", "xx")
    assert loaded is not None and loaded["data"] == list(range(5000))
