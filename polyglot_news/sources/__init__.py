"""Load versions of a story from plain text, HTML pages and JSON / JSON Lines records.

:func:`load` reads one path strictly (a file gives one version, a JSON list or JSON Lines file
one per record, a directory every supported file in it, sorted; ``-`` reads stdin) and raises
the first :class:`~polyglot_news.errors.InputError`. :func:`load_versions` reads many paths
and keeps going: each bad file, and each broken JSON Lines line (``path:line``) or record
(``path[index]``), becomes an :class:`~polyglot_news.records.InputFailure` while the rest load.

Formats come from the suffix (``.txt .text .html .htm .xhtml .md .markdown .json .jsonl
.ndjson``, and ``.rss .atom .xml`` for news feeds, one version per item); any other name is
sniffed (HTML by its doctype or ``<html>``, a feed by ``<rss>``/``<feed>``, JSON by parsing).
A folder's README, sub-folders and files of unknown type are skipped
(:func:`.files.directory_listing` names them and why; the CLI says so). Bytes are decoded
by :mod:`.decode` (the encoding and what decided it are kept in
``Version.metadata["encoding"]``), pages reduced to their article by :mod:`.html`, Markdown
to its text by :mod:`.markdown`, records read by :mod:`.records`, and every text normalised by
:mod:`.normalise`. Files over ``max_bytes`` (:data:`DEFAULT_MAX_BYTES`, 20 MiB) are refused
without being read. Version ids are the file stem, ``stem#N`` for the Nth record (line number
in JSON Lines), ``stdin`` for ``-``; a collision gets ``-2``, ``-3``... so ids are unique
within one call.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from polyglot_news.errors import (
    EmptySourceError,
    PolyglotNewsError,
    PolyglotNewsWarning,
    RecordError,
    SourceNotFoundError,
)
from polyglot_news.records import InputFailure, Removal, Version
from polyglot_news.sources.decode import MixedEncodingWarning, declared_charset, decode_described
from polyglot_news.sources.feeds import looks_like_feed, parse_feed
from polyglot_news.sources.files import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    directory_entries,
    format_for,
    is_report,
    read_path,
    read_stream,
    supported_list,
)
from polyglot_news.sources.html import extract_article, looks_like_html
from polyglot_news.sources.markdown import parse_markdown
from polyglot_news.sources.normalise import dateline_fields, normalise
from polyglot_news.sources.records import Record, parse_json, parse_jsonl

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DuplicateInputWarning",
    "MixedEncodingWarning",
    "ReportInputWarning",
    "SUPPORTED_SUFFIXES",
    "load",
    "load_data",
    "load_versions",
    "normalise",
]

STDIN = "-"
_HTML_BYTES = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<meta[^>]{0,200}charset|^\s*<\?xml[^>]{0,200}encoding", re.I
)
_TITLE_MAX = 200
_Item = Version | PolyglotNewsError


class DuplicateInputWarning(PolyglotNewsWarning):
    """One file was named twice (itself and through its folder, say); it is compared once."""


class ReportInputWarning(PolyglotNewsWarning):
    """An input is a report polyglot_news wrote (saved beside the story); it is not compared."""


def load(
    path: str | Path,
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> list[Version]:
    """Load the versions in ``path`` (file, directory or ``-`` for stdin); raise on any error.

    ``stdin`` is the binary stream ``-`` reads (default ``sys.stdin.buffer``); ``max_bytes``
    is the per-file size limit; ``encoding`` (a Python codec name such as ``koi8-r``) decodes
    every file with it instead of detecting the encoding (see :func:`.decode.decode`).

    Returns:
        The versions, one per file (one per record of a JSON Lines file), in path order.

    Raises:
        InputError: the first input that cannot be loaded (a subclass names why: missing,
            unreadable, empty, binary, undecodable, unsupported, malformed, too large).
    """
    items = _load_items(path, stdin, max_bytes, encoding)
    for item in items:
        if isinstance(item, PolyglotNewsError):
            raise item
    return _unique_ids([item for item in items if isinstance(item, Version)])


def load_versions(
    paths: Sequence[str | Path],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> tuple[list[Version], list[InputFailure]]:
    """Load every path, collecting failures instead of stopping at the first bad input.

    ``encoding`` decodes every input with that codec instead of detecting it.

    A file reached twice (named twice, or named and inside a named folder) is loaded once, at
    its first place, with a :class:`DuplicateInputWarning`: comparing a version with itself
    would only add a row of identical sentences to every claim.

    Returns:
        ``(versions, failures)``: the loaded versions in path order, and one
        :class:`~polyglot_news.records.InputFailure` per input that failed. Never raises for
        a bad input.
    """
    versions: list[Version] = []
    failures: list[InputFailure] = []
    seen: set[Path] = set()
    for path in paths:
        try:
            items = _load_items(path, stdin, max_bytes, encoding)
        except PolyglotNewsError as exc:
            items = [exc]
        loaded = [item for item in items if isinstance(item, Version)]
        versions.extend(_first_time(loaded, seen, str(path)))
        failures.extend(_failure(str(path), i) for i in items if not isinstance(i, Version))
    return _unique_ids(versions), failures


def _first_time(loaded: list[Version], seen: set[Path], argument: str) -> list[Version]:
    """``loaded`` less the versions of files an earlier argument already gave; adds the rest's
    files to ``seen`` (after the whole argument: one file's records are not duplicates)."""
    files = {v.path: Path(v.path).resolve() for v in loaded if v.path and v.path != STDIN}
    again = sorted({name for name, file in files.items() if file in seen})
    how = "twice" if Path(argument).is_file() else f"again inside {argument}"
    for name in again:
        message = f"{name} was given {how}; it is compared once"
        warnings.warn(DuplicateInputWarning(message), stacklevel=3)
    seen.update(files.values())
    return [v for v in loaded if v.path not in again]


def load_data(
    items: Iterable[tuple[str, bytes | PolyglotNewsError, int | None]],
    *,
    encoding: str | None = None,
) -> tuple[list[Version], list[InputFailure]]:
    """Like :func:`load_versions`, for inputs already read into memory.

    Each item is ``(path, data, line)``: the bytes of file ``path`` (format from its suffix,
    else sniffed), or with ``line`` set, line ``line`` of the JSON Lines file ``path``. ``data``
    may be the error met while reading it, which is reported like any other failure.
    ``encoding`` decodes every input with that codec instead of detecting it. A report
    polyglot_news wrote (an earlier ``compare -o`` saved in a story's folder) is left out
    without a warning: this is the corpus path, where workers have no terminal to warn on.
    """
    versions: list[Version] = []
    failures: list[InputFailure] = []
    for path, data, line in items:
        if line is None and isinstance(data, bytes) and is_report(data):
            continue
        try:
            if isinstance(data, PolyglotNewsError):
                raise data
            if line is None:
                fmt = format_for(Path(path))
                found = _from_bytes(
                    data, name=path, stem=Path(path).stem, fmt=fmt, path=path, enc=encoding
                )
            else:
                found = _from_bytes(
                    data,
                    name=path,
                    stem=Path(path).stem,
                    fmt="jsonl",
                    path=path,
                    enc=encoding,
                    first=line,
                )
        except PolyglotNewsError as exc:
            found = [exc]
        for item in found:
            if isinstance(item, Version):
                versions.append(item)
            else:
                failures.append(_failure(path, item))
    return _unique_ids(versions), failures


def _failure(path: str, exc: PolyglotNewsError) -> InputFailure:
    return InputFailure(path=exc.source or path, kind=exc.kind, message=exc.message)


def _load_items(
    path: str | Path, stdin: BinaryIO | None, max_bytes: int, encoding: str | None = None
) -> list[_Item]:
    if str(path) == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = read_stream(stream, "<stdin>", max_bytes)
        return _from_bytes(data, name="<stdin>", stem="stdin", fmt=None, path=STDIN, enc=encoding)
    if not str(path):  # Path("") would silently mean the current directory
        raise SourceNotFoundError("an empty path was given; name a file, a directory or -")
    path = Path(path)
    if not path.is_dir():
        return _load_file(path, max_bytes, encoding)
    entries = directory_entries(path)
    if not entries:
        raise EmptySourceError(
            f"{path} holds no files to load; add {supported_list()} files", source=str(path)
        )
    items: list[_Item] = []
    for entry in entries:
        try:
            items.extend(_load_file(entry, max_bytes, encoding))
        except PolyglotNewsError as exc:
            items.append(exc)
    return items


def _load_file(path: Path, max_bytes: int, encoding: str | None) -> list[_Item]:
    fmt = format_for(path)
    data = read_path(path, max_bytes)
    return _from_bytes(data, name=str(path), stem=path.stem, fmt=fmt, path=str(path), enc=encoding)


def _from_bytes(
    data: bytes,
    *,
    name: str,
    stem: str,
    fmt: str | None,
    path: str,
    enc: str | None = None,
    first: int = 1,
) -> list[_Item]:
    if is_report(data):
        message = f"{name} is a polyglot_news report, not a version of the story; it is skipped"
        warnings.warn(ReportInputWarning(message), stacklevel=2)
        return []
    html_like = fmt in ("html", "feed") or (
        fmt != "json" and _HTML_BYTES.search(data[:4096]) is not None
    )
    declared = declared_charset(data) if html_like else None
    decoded = decode_described(data, name, declared=declared, encoding=enc)
    text, encoding, note = decoded.text, decoded.encoding, decoded.note
    if note:  # UTF-8 with a paste in another encoding: said now, and kept for the report
        warnings.warn(MixedEncodingWarning(note), stacklevel=2)
    if fmt is None:
        fmt = _sniff(text)
    if fmt == "text" and looks_like_html(text):
        fmt = "html"  # a page saved with a .txt name
    # how the encoding was decided, for detect and the report (metadata["encoding"])
    described = {"encoding": decoded.describe()}
    base = Version(id=stem, path=path, text="", format=fmt, encoding=encoding, metadata=described)
    base = replace(base, warnings=(note,)) if note else base
    if fmt == "markdown":
        doc = parse_markdown(text)
        return [_finish(base, doc.text, doc.fields, name, doc.removed)]
    if fmt == "html":
        article = extract_article(text, name)
        fields = {k: getattr(article, k) for k in ("title", "outlet", "url", "date", "language")}
        base = replace(base, warnings=base.warnings + article.warnings)
        return [_finish(base, article.text, fields, name, article.removed)]
    if fmt in ("json", "jsonl", "feed"):
        if fmt == "jsonl":
            records = parse_jsonl(text, name, first)
        else:
            records = {"json": parse_json, "feed": parse_feed}[fmt](text, name)
        return [_from_record(base, stem, r) for r in records]
    return [_finish(base, text, {}, name)]


def _from_record(base: Version, stem: str, record: Record | RecordError) -> _Item:
    if isinstance(record, RecordError):
        return record
    name = "<stdin>" if base.path == STDIN else base.path
    where = f"{name}:{record.number}" if base.format == "jsonl" else name
    if base.format in ("json", "feed") and record.number is not None:
        where = f"{name}[{record.number - 1}]"
    ident = stem if record.number is None else f"{stem}#{record.number}"
    version = replace(base, id=ident, metadata={**base.metadata, **record.metadata})
    try:
        return _finish(version, record.text, record.fields, where, record.removed)
    except EmptySourceError:
        return RecordError(f"{where} has no text once markup is removed", source=where)


def _finish(
    base: Version,
    raw: str,
    fields: dict[str, str | None],
    name: str,
    decoded: tuple[Removal, ...] = (),
) -> Version:
    title = fields.get("title")
    text, removed = normalise(raw, title)
    if not text:
        if base.format == "html":
            raise EmptySourceError(
                f"{name}: no article text found; save the article body as .txt", source=name
            )
        if base.format == "markdown":
            raise EmptySourceError(
                f"{name}: no text outside its front matter and code blocks; add the article text",
                source=name,
            )
        raise EmptySourceError(
            f"{name} holds only whitespace; give a file with the article text", source=name
        )
    return replace(
        base,
        text=text,
        title=title or (_guess_title(text) if base.format == "text" else None),
        outlet=fields.get("outlet"),
        url=fields.get("url"),
        date=fields.get("date"),
        language=fields.get("language"),
        removed=decoded + removed,
        metadata=_with_dateline(base.metadata, removed),
    )


def _with_dateline(metadata: dict[str, Any], removed: tuple[Removal, ...]) -> dict[str, Any]:
    """``metadata`` plus the removed wire dateline's parts under ``"dateline"``
    (see :func:`.normalise.dateline_fields`); a record's own ``dateline`` field wins."""
    dateline = dateline_fields(removed)
    if dateline is None or "dateline" in metadata:
        return metadata
    return {**metadata, "dateline": dateline}


def _guess_title(text: str) -> str | None:
    """A plain-text file's first line, when it stands alone like a headline."""
    first, _, rest = text.partition("\n\n")
    if rest and "\n" not in first and len(first) <= _TITLE_MAX and not first.endswith("."):
        return first
    return None


def _sniff(text: str) -> str:
    head = text.lstrip()
    if looks_like_feed(head):
        return "feed"
    if looks_like_html(head):
        return "html"
    if head[:1] in "{[" and head:
        try:
            json.loads(head)
        except (ValueError, RecursionError):  # ValueError covers JSONDecodeError
            first_line = head.split("\n", 1)[0]
            try:
                return "jsonl" if isinstance(json.loads(first_line), dict) else "text"
            except (ValueError, RecursionError):
                return "text"
        return "json"
    return "text"


def _unique_ids(versions: list[Version]) -> list[Version]:
    seen: set[str] = set()
    unique: list[Version] = []
    for version in versions:
        ident, n = version.id, 2
        while ident in seen:
            ident, n = f"{version.id}-{n}", n + 1
        seen.add(ident)
        unique.append(version if ident == version.id else replace(version, id=ident))
    return unique
