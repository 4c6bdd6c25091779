"""The output directory of a batch run: atomic files, resume records, one writer at a time.

Layout of ``DIR``::

    manifest.json              the run: settings signature, executor, counts, state
    summary.jsonl              one row per story of the corpus (summary.parquet with pyarrow)
    failures.jsonl             every input, version and story that failed, with its reason
    stories/<slug>/report.json the story's JSON report (report.html on request)
    stories/<slug>/status.json the story's resume record: key, status, summary row

Every file is written to a temporary name in its own folder, flushed to disk and renamed over
the old one (``os.replace``, atomic on POSIX and Windows), so a run stopped at any instant —
Ctrl-C, ``kill -9``, a power cut after the rename — leaves each file either whole and old or
whole and new, never half-written. A story's ``status.json`` is written last: it is the commit
record, so a story counts as done only once its reports are complete. Only the client process
writes here (workers send results back), and an exclusive lock on ``DIR/.lock`` keeps a second
run from writing into the same directory at the same time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from polyglot_news.errors import OutputError

__all__ = ["OutputDir", "replacing", "story_slug", "write_atomic"]

_UNSAFE = re.compile(r"[^\w.-]+")
_RUN_FILES = ("manifest.json", "summary.jsonl", "summary.parquet", "failures.jsonl")
_SLUG_MAX = 80
_REPORTS = {"json": "report.json", "html": "report.html"}


def story_slug(name: str) -> str:
    """A file-system-safe folder name for a story, unique per name.

    Names that are already safe (letters, digits, ``_ . -``, not starting with a dot) are kept;
    others are cleaned and get the first 10 hex digits of the name's SHA-256, so two names never
    share a folder, even on case-insensitive file systems.
    """
    safe = _UNSAFE.sub("_", name).strip("._")[:_SLUG_MAX] or "story"
    if safe == name and name == name.lower():
        return safe
    return f"{safe}-{hashlib.sha256(name.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; once the block is done, it replaces ``path``.

    The file is flushed to disk before the rename; if the block fails, ``path`` is untouched.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}; choose a writable --out directory",
            source=str(path),
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temporary file, fsync, rename)."""
    with replacing(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def _refuse_foreign_files(root: Path) -> None:
    """Refuse a folder holding files a run writes (manifest.json, summary.jsonl...) that no
    batch run wrote: a run replaces them, and they are the user's."""
    try:
        found = [name for name in _RUN_FILES if (root / name).is_file()]
        manifest = json.loads((root / "manifest.json").read_text("utf-8")) if found else {}
    except (OSError, ValueError):
        manifest = None
    if not found or (isinstance(manifest, dict) and "settings_key" in manifest):
        return
    them = "it" if len(found) == 1 else "them"
    raise OutputError(
        f"{root} holds {', '.join(found)}, which no polyglot-news batch run wrote; a run would "
        f"replace {them}: give --out a new or empty folder",
        source=str(root),
    )


class OutputDir:
    """The output directory, locked for this run until :meth:`close`."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.stories = self.root / "stories"
        _refuse_foreign_files(self.root)
        try:
            self.stories.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                f"cannot create output directory {self.root}: {exc.strerror or exc}; "
                "choose a writable --out directory",
                source=str(self.root),
            ) from exc
        self._lock = _lock(self.root / ".lock")
        self._remove_leftovers()

    def __enter__(self) -> OutputDir:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the lock."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def story_dir(self, name: str) -> Path:
        """The folder of story ``name``."""
        return self.stories / story_slug(name)

    def status(self, name: str) -> dict[str, Any] | None:
        """The resume record of story ``name``, or None when there is none (or it is unreadable)."""
        try:
            data = json.loads((self.story_dir(name) / "status.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def is_done(self, name: str, key: str, formats: tuple[str, ...]) -> bool:
        """True when story ``name`` was finished with this key: compared, or failed for good."""
        status = self.status(name)
        if status is None or status.get("key") != key:
            return False
        if status.get("status") == "failed":
            return bool(status.get("final"))
        folder = self.story_dir(name)
        return all((folder / _REPORTS[f]).is_file() for f in formats)

    def commit(self, name: str, status: dict[str, Any], reports: dict[str, str | None]) -> None:
        """Write a story's reports, then its status record (the commit point).

        ``reports`` maps a format (``json``, ``html``) to its text, or None to remove it.
        """
        folder = self.story_dir(name)
        folder.mkdir(exist_ok=True)
        for fmt, filename in _REPORTS.items():
            text = reports.get(fmt)
            if text is None:
                (folder / filename).unlink(missing_ok=True)
            else:
                write_atomic(folder / filename, text)
        write_atomic(folder / "status.json", json.dumps(status, ensure_ascii=False, indent=1))

    def report_path(self, name: str) -> str:
        """The JSON report of story ``name``, relative to the output directory."""
        return f"stories/{story_slug(name)}/{_REPORTS['json']}"

    def write_json(self, filename: str, data: Any) -> Path:
        """Write ``data`` as indented JSON to ``DIR/filename`` atomically."""
        path = self.root / filename
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return path

    def _remove_leftovers(self) -> None:
        """Temporary files of a run that was killed mid-write (only whole files are kept)."""
        for tmp in _tmp_files(self.root):
            tmp.unlink(missing_ok=True)


def _tmp_files(root: Path) -> Iterator[Path]:
    yield from root.glob(".*.tmp-*")
    yield from root.glob("stories/*/.*.tmp-*")


def _lock(path: Path) -> IO[str] | None:
    """Hold an exclusive lock on ``path`` (POSIX); OutputError when another run holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; a second run there is the user's risk
        return None
    handle = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.seek(0)
        owner = handle.read().strip() or "another process"
        handle.close()
        raise OutputError(
            f"{path.parent} is in use by another batch run ({owner}); wait for it to finish "
            "or choose another --out directory",
            source=str(path.parent),
        ) from exc
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}\n")
    handle.flush()
    return handle
