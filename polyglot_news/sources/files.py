"""Find and read input files safely: format by suffix, size limit before reading, errors mapped.

A file larger than the limit is refused from its ``stat`` size, before a byte is read; a
stream (stdin, a pipe, ``<(command)``) is read at most one byte past the limit, so a huge
input never sits in memory. OS errors become the one-line errors of :mod:`polyglot_news.errors`.
"""

from __future__ import annotations

import errno
import re
import stat
from pathlib import Path
from typing import BinaryIO

from polyglot_news.errors import (
    SourceNotFoundError,
    SourceTooLargeError,
    SourceUnreadableError,
    UnsupportedFormatError,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "directory_entries",
    "directory_listing",
    "format_for",
    "is_report",
    "read_path",
    "read_stream",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # 20 MiB: far beyond any article, far below any RAM

_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
SUPPORTED_SUFFIXES = tuple(_FORMATS)
_UNSUPPORTED = frozenset(
    ".pdf .doc .docx .odt .rtf .epub .pages .xls .xlsx .ods .ppt .pptx .odp .png .jpg .jpeg "
    ".gif .webp .bmp .tif .tiff .heic .svg .mp3 .mp4 .m4a .wav .ogg .webm .mov .avi .zip .gz "
    ".tgz .bz2 .xz .7z .rar .tar .exe .dll .so .bin .sqlite .db .mht .mhtml .eml .msg".split()
)
# A folder's notes about the story, not a version of it (compared when named on their own).
_NOT_VERSIONS = re.compile(r"(?i)(readme|license|licence|changelog|copying)(\.[a-z]+)?")
_CHUNK = 1024 * 1024
_MIB = 1024 * 1024


def supported_list() -> str:
    """The supported suffixes, for messages."""
    return ", ".join(SUPPORTED_SUFFIXES)


def format_for(path: Path) -> str | None:
    """``text``/``html``/``json``/``jsonl`` by suffix, None when unknown (sniff the content).

    Raises UnsupportedFormatError for formats known not to be text (PDF, DOCX, images...).
    """
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise UnsupportedFormatError(
            f"{path}: {suffix} files are not supported; save the article as one of "
            f"{supported_list()}",
            source=str(path),
        )
    return _FORMATS.get(suffix)


def directory_entries(path: Path) -> list[Path]:
    """Files a directory contributes, sorted (the first part of :func:`directory_listing`)."""
    return directory_listing(path)[0]


def directory_listing(path: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files a directory contributes, sorted, and the files it skips with the reason for each.

    A folder of versions may hold other things: hidden files are left out without a word;
    sub-folders, a README (or LICENCE, CHANGELOG), files of a type that is not text (a PDF,
    an image, ``junk.bin``) and files of unknown type (.csv, .py, no suffix) are skipped and
    listed with why, so that they can be reported. Named on its own, a PDF is an error
    (:func:`format_for`), and so is a declared text file that cannot be read.
    """
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        raise _os_error(path, exc) from exc
    entries: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for child in children:
        suffix = child.suffix.lower()
        if child.name.startswith("."):
            continue
        if child.is_dir():
            skipped.append((child, "a folder: give it as an input of its own"))
        elif _NOT_VERSIONS.fullmatch(child.name):
            skipped.append((child, "notes, not a version: name the file to compare it"))
        elif suffix in _FORMATS:
            entries.append(child)
        elif suffix in _UNSUPPORTED:
            skipped.append((child, "not text: save an article in it as .txt to compare it"))
        elif child.is_symlink() and not child.exists():
            skipped.append((child, "a link to nothing: fix or remove it"))
        else:
            skipped.append((child, "not a known article format: rename it .txt if it is one"))
    return entries, skipped


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of file ``path``, refusing more than ``max_bytes`` without reading them."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _os_error(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise SourceUnreadableError(
            f"{path} is a directory where a file was expected; name a file inside it",
            source=str(path),
        )
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise _too_large(str(path), max_bytes, info.st_size)
    try:
        with path.open("rb") as handle:
            return read_stream(handle, str(path), max_bytes)
    except OSError as exc:
        raise _os_error(path, exc) from exc


def read_stream(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read ``stream`` to its end, but never more than ``max_bytes + 1`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise _too_large(name, max_bytes, None)
    return b"".join(chunks)


# What polyglot_news's own reports start with: the HTML page's generator tag, the JSON
# report's first key, the terminal report's first line (as `-o report.txt` or `> report.txt`
# save it), the Markdown report's heading and first line.
_REPORT_HEAD = re.compile(
    rb'<meta name="generator" content="polyglot_news |\A\s*\{\s*"schema_version": "'
    rb"|\A\d+ (?:of \d+ )?versions compared in [\w-]+, base "
    rb"|\A# Comparison of \d+ versions\s+Pivot language: "
)


def is_report(data: bytes) -> bool:
    """True for the bytes of a report polyglot_news wrote (HTML, JSON or terminal text): saved
    next to the story it compares, it must not be read back as one more version of it."""
    return _REPORT_HEAD.search(data[:2048]) is not None


def _too_large(name: str, max_bytes: int, size: int | None) -> SourceTooLargeError:
    actual = f"{size / _MIB:.1f} MiB" if size is not None else "more"
    return SourceTooLargeError(
        f"{name} is {actual}, over the {max_bytes / _MIB:g} MiB limit for one article; save "
        "only the article's text in a file of its own (in Python, load(..., max_bytes=N) "
        "raises the limit)",
        source=name,
    )


def _os_error(path: Path, exc: OSError) -> SourceNotFoundError | SourceUnreadableError:
    if isinstance(exc, FileNotFoundError):
        if path.is_symlink():  # ls shows it, so "does not exist" would puzzle
            return SourceNotFoundError(
                f"{path} is a link to {path.readlink()}, which does not exist; fix or remove "
                "the link",
                source=str(path),
            )
        return SourceNotFoundError(f"{path} does not exist; check the path", source=str(path))
    if isinstance(exc, PermissionError):
        return SourceUnreadableError(
            f"{path} cannot be read: permission denied; check its permissions (chmod +r)",
            source=str(path),
        )
    if exc.errno == errno.ENOTDIR:
        return SourceNotFoundError(
            f"{path} does not exist (a part of the path is a file, not a directory)",
            source=str(path),
        )
    reason = exc.strerror or type(exc).__name__
    return SourceUnreadableError(
        f"{path} cannot be read: {reason}; check the disk or copy the file elsewhere",
        source=str(path),
    )
