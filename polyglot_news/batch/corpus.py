"""Read a corpus as a stream of stories, whatever its size and whatever its record order.

A corpus is any mix of:

* a JSON Lines file (``.jsonl``/``.ndjson``): one record per version, each with a ``story``
  field naming the story it belongs to (the other fields as :mod:`polyglot_news.sources.records`
  reads them: text, outlet, url, date, title, language);
* a directory: each sub-directory is one story whose files are its versions (as ``compare``
  reads a directory); JSON Lines files directly inside it are read as above.

Versions of one story may be spread over several files and any order of lines. So that memory
stays bounded, :func:`open_corpus` first makes one streaming pass that writes a small index
(story name, file, byte offset and length of each record) into a temporary SQLite file, then
yields the stories one by one, reading only that story's bytes. The client therefore holds the
index's page cache (SQLite's default, about 2 MiB) plus the stories it is working on, never the
corpus. Parsing (decoding, HTML extraction, normalisation) is left to the workers
(:func:`polyglot_news.sources.load_data`); a line that is not JSON, or has no ``story``, is a
corpus failure naming ``path:line``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from polyglot_news.errors import (
    EmptySourceError,
    PolyglotNewsError,
    RecordError,
    SourceNotFoundError,
    SourceUnreadableError,
    UnsupportedFormatError,
)
from polyglot_news.records import InputFailure
from polyglot_news.sources.files import DEFAULT_MAX_BYTES, directory_entries, read_path

__all__ = ["Corpus", "StoryInput", "open_corpus"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
_SCHEMA = """
CREATE TABLE stories (name TEXT PRIMARY KEY, seq INTEGER NOT NULL, key TEXT);
CREATE TABLE items (
    story TEXT NOT NULL, seq INTEGER NOT NULL, path TEXT NOT NULL,
    offset INTEGER, length INTEGER, line INTEGER
);
CREATE TABLE failures (seq INTEGER PRIMARY KEY, path TEXT, kind TEXT, message TEXT);
"""
_BATCH_ROWS = 5000  # index rows inserted per transaction


@dataclass(frozen=True)
class StoryInput:
    """One story's raw inputs, as the client sends them to a worker (pickles; bytes only).

    ``items`` are ``(path, data, line)``: a whole file's bytes (``line`` None), or one JSON
    Lines record with its line number; ``data`` is the read error for a file that failed.
    """

    name: str
    items: tuple[tuple[str, bytes | PolyglotNewsError, int | None], ...]

    @property
    def content_hash(self) -> str:
        """``sha256:`` of the story name and every item's path, line and bytes."""
        digest = hashlib.sha256(self.name.encode("utf-8", "surrogatepass") + b"\0")
        for path, data, line in self.items:
            digest.update(f"{path}\0{line}\0".encode("utf-8", "surrogatepass"))
            if isinstance(data, PolyglotNewsError):
                digest.update(f"error:{data.kind}:{data.message}".encode())
            else:
                digest.update(len(data).to_bytes(8, "big"))
                digest.update(data)
        return "sha256:" + digest.hexdigest()

    @property
    def size(self) -> int:
        """Bytes of input the story carries."""
        return sum(len(d) for _, d, _ in self.items if isinstance(d, bytes))


class Corpus:
    """An indexed corpus: story names in order of first appearance, read one at a time.

    Use :func:`open_corpus`; close it (or use it as a context manager) to remove the index.
    """

    def __init__(self, conn: sqlite3.Connection, index_dir: tempfile.TemporaryDirectory[str]):
        self._conn = conn
        self._dir = index_dir
        self.max_bytes = DEFAULT_MAX_BYTES

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Drop the index."""
        self._conn.close()
        self._dir.cleanup()

    def __len__(self) -> int:
        """The number of stories."""
        return int(self._conn.execute("SELECT count(*) FROM stories").fetchone()[0])

    def names(self) -> Iterator[str]:
        """Story names in order of first appearance (streamed from the index)."""
        cursor = self._conn.cursor()  # a cursor of its own, so other queries may run meanwhile
        for (name,) in cursor.execute("SELECT name FROM stories ORDER BY seq"):
            yield name

    def set_key(self, name: str, key: str) -> None:
        """Remember story ``name``'s resume key for this run (kept on disk, not in memory)."""
        self._conn.execute("UPDATE stories SET key=? WHERE name=?", (key, name))

    def keys(self) -> Iterator[tuple[str, str | None]]:
        """``(name, key)`` of every story in order; the key is None for stories not reached."""
        cursor = self._conn.cursor()
        yield from cursor.execute("SELECT name, key FROM stories ORDER BY seq")

    def files(self) -> Iterator[tuple[str, int | None]]:
        """``(path, line)`` of every file of every story (``line``: the record's line in a JSON
        Lines file, else None), without reading them; a story folder is listed."""
        cursor = self._conn.cursor()
        for path, offset, line in cursor.execute("SELECT path, offset, line FROM items"):
            if line is None and offset is None and Path(path).is_dir():
                try:
                    yield from ((str(entry), None) for entry in directory_entries(Path(path)))
                except PolyglotNewsError:  # unreadable: the story fails with the reason
                    continue
            else:
                yield path, line

    def failures(self) -> Iterator[InputFailure]:
        """Inputs that belong to no story: lines that are not JSON or name no story."""
        cursor = self._conn.cursor()
        for path, kind, message in cursor.execute(
            "SELECT path, kind, message FROM failures ORDER BY seq"
        ):
            yield InputFailure(path=path, kind=kind, message=message)

    def failure_count(self) -> int:
        """How many inputs belong to no story."""
        return int(self._conn.execute("SELECT count(*) FROM failures").fetchone()[0])

    def story(self, name: str) -> StoryInput:
        """Read one story's inputs from disk."""
        rows = self._conn.execute(
            "SELECT path, offset, length, line FROM items WHERE story=? ORDER BY seq", (name,)
        ).fetchall()
        items: list[tuple[str, bytes | PolyglotNewsError, int | None]] = []
        for path, offset, length, line in rows:
            if line is not None:
                items.append((path, _read_slice(path, offset, length), line))
            elif offset is None and Path(path).is_dir():
                items.extend(self._directory_items(Path(path)))
            else:
                items.append((path, self._read_file(Path(path)), None))
        return StoryInput(name=name, items=tuple(items))

    def __iter__(self) -> Iterator[StoryInput]:
        for name in self.names():
            yield self.story(name)

    def _directory_items(
        self, path: Path
    ) -> list[tuple[str, bytes | PolyglotNewsError, int | None]]:
        try:
            entries = directory_entries(path)
        except PolyglotNewsError as exc:
            return [(str(path), exc, None)]
        if not entries:
            error = EmptySourceError(
                f"{path} holds no files to load; put the story's versions in it",
                source=str(path),
            )
            return [(str(path), error, None)]
        return [(str(entry), self._read_file(entry), None) for entry in entries]

    def _read_file(self, path: Path) -> bytes | PolyglotNewsError:
        try:
            return read_path(path, self.max_bytes)
        except PolyglotNewsError as exc:
            return exc


def open_corpus(paths: Sequence[str | os.PathLike[str]]) -> Corpus:
    """Index the corpora at ``paths`` (JSON Lines files and story directories) in one pass.

    A path that cannot be read at all becomes a corpus failure and the others are still
    indexed. The index lives in a temporary directory that :meth:`Corpus.close` removes.
    """
    index_dir = tempfile.TemporaryDirectory(prefix="polyglot-news-corpus-")
    conn = sqlite3.connect(Path(index_dir.name) / "index.sqlite3", isolation_level=None)
    # A scratch file: rebuilt on every run, so durability would only cost time.
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.executescript(_SCHEMA)
    builder = _IndexBuilder(conn)
    try:
        for path in paths:
            builder.add(Path(path))
        builder.flush()
        conn.execute("CREATE INDEX items_by_story ON items (story, seq)")
    except BaseException:
        conn.close()
        index_dir.cleanup()
        raise
    return Corpus(conn, index_dir)


class _IndexBuilder:
    """Writes index rows in large transactions as the corpus is scanned."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.seq = 0
        self.stories: list[tuple[str, int]] = []
        self.items: list[tuple[str, int, str, int | None, int | None, int | None]] = []
        self.failures: list[tuple[int, str, str, str]] = []

    def add(self, path: Path) -> None:
        if not path.exists():
            error: PolyglotNewsError = SourceNotFoundError(
                f"{path} does not exist; check the path", source=str(path)
            )
            self._fail(str(path), error)
        elif path.is_dir():
            self._add_directory(path)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            self._add_jsonl(path)
        else:
            error = UnsupportedFormatError(
                f"{path} is not a corpus; give .jsonl files with a story field per record "
                "or directories with one sub-directory per story",
                source=str(path),
            )
            self._fail(str(path), error)

    def _add_directory(self, path: Path) -> None:
        try:
            children = sorted(path.iterdir())
        except OSError as exc:
            message = f"{path} cannot be read ({exc.strerror or exc}); check its permissions"
            self._fail(str(path), SourceUnreadableError(message, source=str(path)))
            return
        found = False
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir():
                self._item(child.name, str(child), None, None, None)
                found = True
            elif child.suffix.lower() in JSONL_SUFFIXES:
                self._add_jsonl(child)
                found = True
        if not found:
            self._fail(
                str(path),
                EmptySourceError(
                    f"{path} holds no stories; give it one sub-directory per story "
                    "(or .jsonl files with a story field)",
                    source=str(path),
                ),
            )

    def _add_jsonl(self, path: Path) -> None:
        try:
            handle = path.open("rb")
        except OSError as exc:
            message = f"{path} cannot be read ({exc.strerror or exc}); check the path"
            self._fail(str(path), SourceUnreadableError(message, source=str(path)))
            return
        with handle:
            offset = 0
            for number, raw in enumerate(handle, start=1):
                story = self._story_of(raw, f"{path}:{number}")
                if story is not None:
                    self._item(story, str(path), offset, len(raw), number)
                offset += len(raw)

    def _story_of(self, raw: bytes, where: str) -> str | None:
        if not raw.strip():
            return None
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            self._fail(
                where,
                RecordError(
                    f"{where} is not valid JSON ({reason}); fix or remove the line", source=where
                ),
            )
            return None
        story = data.get("story") if isinstance(data, dict) else None
        if isinstance(story, bool) or not isinstance(story, str | int) or not str(story).strip():
            self._fail(
                where,
                RecordError(
                    f'{where} has no "story" field; give every record the name or id of '
                    "the story it belongs to",
                    source=where,
                ),
            )
            return None
        return str(story).strip()

    def _item(
        self, story: str, path: str, offset: int | None, length: int | None, line: int | None
    ) -> None:
        self.seq += 1
        self.stories.append((story, self.seq))
        self.items.append((story, self.seq, path, offset, length, line))
        if len(self.items) >= _BATCH_ROWS:
            self.flush()

    def _fail(self, path: str, exc: PolyglotNewsError) -> None:
        self.seq += 1
        self.failures.append((self.seq, path, exc.kind, exc.message))
        if len(self.failures) >= _BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        conn = self.conn
        conn.execute("BEGIN")
        conn.executemany("INSERT OR IGNORE INTO stories VALUES (?, ?, NULL)", self.stories)
        conn.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)", self.items)
        conn.executemany("INSERT INTO failures VALUES (?, ?, ?, ?)", self.failures)
        conn.execute("COMMIT")
        self.stories, self.items, self.failures = [], [], []


def _read_slice(path: str, offset: int, length: int) -> bytes | PolyglotNewsError:
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            return handle.read(length)
    except OSError as exc:
        return SourceUnreadableError(
            f"{path} cannot be read any more ({exc.strerror or exc}); was it changed during "
            "the run?",
            source=path,
        )
