"""Compiled matchers of the shipped glossary, kept on disk between runs.

Compiling a language's matcher from the shipped glossary costs about half a second of CPU
(its shard read, some 100,000 patterns built); ``compare`` on a story in four languages pays
it for each language and ``mul`` in every process, batch workers included. A compiled matcher
is a tree of frozen dataclasses, tuples and frozensets, so it pickles; reading it back with the
garbage collector paused takes about a quarter of the compile time, and the objects read are
then frozen (``gc.freeze``, Python's gc module: moved to a permanent generation no collection
traverses), as they live until the process ends.

Files live in ``$POLYGLOT_NEWS_CACHE_DIR/matchers`` (else ``$XDG_CACHE_HOME/polyglot_news/
matchers``, ``~/.cache``), one per language, named by a key over the glossary's digest (every
shipped data file's bytes), the code that compiles and runs matchers (the bytes of
``polyglot_news/glossary/*.py`` and the glossary's rule files) and the Python version, so a
changed glossary, rule or release never reads a stale matcher. A file is written to a
temporary name in the same folder and renamed into place (atomic on POSIX and Windows), so
concurrent processes read either nothing or a whole file; a file that cannot be read (cut
short, another pickle protocol) is ignored and rebuilt. ``POLYGLOT_NEWS_MATCHER_CACHE=0``
turns the cache off; a folder that cannot be written leaves it off silently. Only files this
cache wrote are read (pickle runs code: the cache folder must be the user's own, like the
translation cache next to it).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

__all__ = ["ENV_SWITCH", "cache_folder", "code_version", "load", "store"]

ENV_SWITCH = "POLYGLOT_NEWS_MATCHER_CACHE"  # "0", "off", "no", "false": no cache
_OFF = frozenset({"0", "off", "no", "false"})
_RULE_FILES = (".json", ".tsv")  # glossary_data's rule tables beside the shipped names


def enabled() -> bool:
    """Whether the cache is on (``$POLYGLOT_NEWS_MATCHER_CACHE`` is not 0/off/no/false)."""
    return os.environ.get(ENV_SWITCH, "").strip().lower() not in _OFF


def cache_folder() -> Path:
    """``matchers`` beside the translation cache: ``$POLYGLOT_NEWS_CACHE_DIR/matchers`` or
    ``$XDG_CACHE_HOME/polyglot_news/matchers``."""
    from polyglot_news.translate.cache import default_cache_path

    return default_cache_path().parent / "matchers"


@cache
def code_version() -> str:
    """sha256 over the matcher code and rule files and the Python version (hex, 64 chars)."""
    sha = hashlib.sha256(sys.version.encode())
    code = files("polyglot_news.glossary")
    data = files("polyglot_news.glossary_data")
    parts = [p for p in code.iterdir() if p.name.endswith(".py")]
    parts += [p for p in data.iterdir() if p.name.endswith(_RULE_FILES)]
    for part in sorted(parts, key=lambda p: p.name):
        sha.update(part.name.encode() + b"\0" + part.read_bytes())
    return sha.hexdigest()


def _path(digest: str, language: str) -> Path:
    key = hashlib.sha256(f"{digest}\n{code_version()}\n{language}".encode()).hexdigest()
    return cache_folder() / f"{language}-{key[:32]}.pickle"


def load(digest: str, language: str) -> Any | None:
    """The matcher stored for ``language`` of the glossary with ``digest``, or None."""
    if not enabled():
        return None
    try:
        data = _path(digest, language).read_bytes()
    except OSError:
        return None
    try:
        with _collector_paused():
            matcher = pickle.loads(data)
            # the matcher lives as long as the process: moved to the permanent generation,
            # its some 100,000 objects are never traversed again (a first young collection
            # after the read otherwise walked them all: about 0.07 s of a first Russian match)
            gc.freeze()
            return matcher
    except Exception:  # a file cut short or from an incompatible build: rebuilt
        return None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic collection while some 100,000 long-lived objects are read or written."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def store(digest: str, language: str, matcher: Any) -> None:
    """Write ``matcher`` for ``language`` atomically; a folder that cannot be written is left
    alone (the next run compiles again)."""
    if not enabled():
        return
    path = _path(digest, language)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp"
        )
        with os.fdopen(handle, "wb") as out, _collector_paused():
            pickle.dump(matcher, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)
