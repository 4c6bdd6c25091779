"""A persistent, process-safe cache of sentence translations in one SQLite file.

Keys are (package identity incl. version, settings hash, source language, target language,
source sentence), so a new package version or new decoding settings never reuse stale output.
Durability comes from SQLite itself: WAL journal (readers never block the writer, and a process
killed mid-write leaves the last committed state), a busy timeout so concurrent writers wait
instead of failing, ``INSERT OR IGNORE`` so two processes translating the same sentence agree,
and one transaction per batch. A file that is not a database or fails ``PRAGMA quick_check`` is
moved aside to ``<name>.corrupt-<timestamp>`` and rebuilt, with a :class:`CacheRecoveredWarning`.
Connections are opened lazily per process, so the object pickles (it holds only its path).
"""

from __future__ import annotations

import os
import sqlite3
import time
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from polyglot_news.errors import CacheError, PolyglotNewsWarning

__all__ = ["CacheRecoveredWarning", "TranslationCache", "default_cache_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    package TEXT NOT NULL,
    settings TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    translation TEXT NOT NULL,
    PRIMARY KEY (package, settings, source_lang, target_lang, source)
) WITHOUT ROWID
"""
_BUSY_MS = 60_000
_CHUNK = 400  # stays below SQLite's default limit of 999 bound parameters


class CacheRecoveredWarning(PolyglotNewsWarning):
    """The cache file was corrupt; it was moved aside and a new one started."""


def default_cache_path() -> Path:
    """``$POLYGLOT_NEWS_CACHE_DIR`` or ``$XDG_CACHE_HOME/polyglot_news`` (``~/.cache``)."""
    base = os.environ.get("POLYGLOT_NEWS_CACHE_DIR")
    if base:
        return Path(base) / "translations.sqlite3"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "polyglot_news" / "translations.sqlite3"


class TranslationCache:
    """Sentence translations stored in SQLite at ``path`` (default: :func:`default_cache_path`).

    ``recovered`` holds the path a corrupt file was moved to, when that happened.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.recovered: str | None = None
        self._conn: sqlite3.Connection | None = None
        self._pid: int | None = None

    @classmethod
    def default(cls) -> TranslationCache:
        """The cache at :func:`default_cache_path`."""
        return cls(default_cache_path())

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "recovered": self.recovered, "_conn": None, "_pid": None}

    def __repr__(self) -> str:
        return f"TranslationCache({str(self.path)!r})"

    def get_many(
        self, namespace: tuple[str, str, str, str], sentences: Iterable[str]
    ) -> dict[str, str]:
        """Return ``{sentence: translation}`` for the sentences cached under ``namespace``.

        ``namespace`` is (package identity, settings hash, source language, target language).
        """
        wanted = list(dict.fromkeys(sentences))
        found: dict[str, str] = {}
        conn = self._connection()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT source, translation FROM translations WHERE package=? AND settings=?"
                f" AND source_lang=? AND target_lang=? AND source IN ({marks})"
            )
            try:
                found.update(conn.execute(query, (*namespace, *chunk)).fetchall())
            except sqlite3.Error as exc:
                raise self._error("read", exc) from exc
        return found

    def put_many(self, namespace: tuple[str, str, str, str], pairs: Mapping[str, str]) -> None:
        """Store ``{sentence: translation}`` under ``namespace`` in one transaction."""
        if not pairs:
            return
        conn = self._connection()
        rows = [(*namespace, src, dst) for src, dst in pairs.items()]
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany("INSERT OR IGNORE INTO translations VALUES (?,?,?,?,?,?)", rows)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._error("write", exc) from exc

    def __len__(self) -> int:
        """The number of cached sentence translations."""
        row = self._connection().execute("SELECT count(*) FROM translations").fetchone()
        return int(row[0])

    def close(self) -> None:
        """Close this process's connection (it reopens on next use)."""
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None
        self._pid = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            self._conn = self._open_checked()
            self._pid = os.getpid()
        return self._conn

    def _open_checked(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._error("create", exc) from exc
        try:
            return self._open()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _looks_corrupt(exc):
                raise self._error("open", exc) from exc
        self._move_aside()
        try:
            return self._open()
        except sqlite3.Error as exc:
            raise self._error("rebuild", exc) from exc

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
            result = conn.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {result[0] if result else 'failed'}")
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process (not a power cut), and is much faster.
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(_SCHEMA)
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self) -> None:
        stamp = time.strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:  # another process moved it first
            return
        except OSError as exc:
            raise self._error("move aside", exc) from exc
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.recovered = str(aside)
        warnings.warn(
            CacheRecoveredWarning(
                f"translation cache {self.path} was corrupt; moved it to {aside} and started anew"
            ),
            stacklevel=4,
        )

    def _error(self, action: str, exc: BaseException) -> CacheError:
        return CacheError(
            f"cannot {action} translation cache {self.path}: {exc}; "
            "set POLYGLOT_NEWS_CACHE_DIR to a writable folder or use --no-cache",
            source=str(self.path),
        )


def _looks_corrupt(exc: sqlite3.OperationalError) -> bool:
    """Operational errors that mean a damaged file rather than a locked or unwritable one."""
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "quick_check" in text
