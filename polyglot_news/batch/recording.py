"""A translation cache that records what it stores, for workers of a remote Dask cluster.

Its own module, below both :mod:`.settings` (which builds one for a worker) and :mod:`.worker`
(which hands its entries back to the client), so neither imports the other.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any

from polyglot_news.translate.cache import TranslationCache

__all__ = ["Namespace", "RecordingCache"]

Namespace = tuple[str, str, str, str]


class RecordingCache(TranslationCache):
    """A translation cache that also remembers what it stored, to send it to the client.

    Used on the workers of a remote cluster: each keeps its own SQLite file (``path``, default
    that machine's cache) and :meth:`take` hands over the entries added since the last call.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(path)
        self._added: list[tuple[Namespace, dict[str, str]]] = []
        self._lock = threading.Lock()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._added = []
        self._lock = threading.Lock()

    def put_many(self, namespace: Namespace, pairs: Mapping[str, str]) -> None:
        """Store and remember ``{sentence: translation}`` under ``namespace``."""
        super().put_many(namespace, pairs)
        with self._lock:
            self._added.append((namespace, dict(pairs)))

    def take(self) -> tuple[tuple[Namespace, dict[str, str]], ...]:
        """The entries stored since the last call, and forget them."""
        with self._lock:
            added, self._added = self._added, []
        return tuple(added)
