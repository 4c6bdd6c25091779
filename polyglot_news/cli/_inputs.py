"""What every command that reads articles does with its inputs, besides loading them.

:func:`load_inputs` loads ``INPUTS`` (leaving out the file the command's own output is
redirected to) and names in one note per folder the files it skipped;
:func:`given_languages_from_options` reads ``--from [NAME=]CODE`` and
:func:`source_languages_from_options` resolves it against the loaded versions;
:func:`note_identical` notes versions that hold the same text; :func:`named` is how a
version is named in every command's output (``feed.jsonl#2``) and :func:`in_input_order`
sorts results as the inputs were given. Messages go through
:mod:`polyglot_news.cli._common`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

from polyglot_news.cli._common import note, warn

if TYPE_CHECKING:
    from polyglot_news.langid.given import GivenLanguages
    from polyglot_news.records import InputFailure, Version

T = TypeVar("T")

__all__ = [
    "given_languages_from_options",
    "in_input_order",
    "load_inputs",
    "named",
    "note_identical",
    "source_languages_from_options",
]


def load_inputs(
    paths: Sequence[str], encoding: str | None = None
) -> tuple[list[Version], list[InputFailure]]:
    """Load ``INPUTS`` (``-`` reads standard input), decoded with ``--encoding`` when given;
    failed inputs come back as failures."""
    from polyglot_news.sources import load_versions

    stdin = sys.stdin.buffer if "-" in paths else None
    versions, failures = load_versions(paths, stdin=stdin, encoding=encoding)
    _note_skipped(paths)
    # `compare story/ > story/report.txt`: the shell made the (empty) file before we ran
    targets = _output_files()
    if not targets:
        return versions, failures
    own = {p for p in {*(v.path for v in versions), *(f.path for f in failures)} if _is(p, targets)}
    for path in sorted(own):
        warn(f"{path} is where this command's output goes; it is not compared")
    return [v for v in versions if v.path not in own], [f for f in failures if f.path not in own]


def named(version: Version) -> str:
    """How commands name a version in their output: its path, ``PATH#N`` for a record of a
    file of several (``feed.jsonl#2``), ``-`` for standard input, as it was given."""
    return version.where.replace("<stdin>", "-", 1)


def in_input_order(items: list[T], paths: Sequence[str], name: Callable[[T], str]) -> list[T]:
    """``items`` sorted by the place of their input among ``paths`` (a file inside a named
    folder by the folder's; stable, so a file's records and a folder's files keep their
    order); ``name`` gives an item's :func:`named` path."""
    order = {os.path.normpath(path): index for index, path in enumerate(paths)}

    def place(item: T) -> int:
        shown = name(item)
        file = shown.rpartition("#")[0] if shown not in order and "#" in shown else shown
        for candidate in (shown, file, *map(str, Path(file).parents)):
            if os.path.normpath(candidate) in order:
                return order[os.path.normpath(candidate)]
        return len(order)

    return sorted(items, key=place)


def note_identical(versions: Sequence[Version]) -> None:
    """One note per group of versions whose loaded texts are the same, word for word.

    They are all compared (an outlet that copied another's text is a finding, not an error),
    but a reader who gathered one file twice under two names learns it here.
    """
    groups: dict[str, list[str]] = {}
    for version in versions:
        groups.setdefault(version.text, []).append(version.where or version.id)
    for names in groups.values():
        if len(names) > 1:
            note(
                f"{names[0]} and {', '.join(names[1:])} hold the same text; all are compared "
                "(leave out any you saved twice)"
            )


def _note_skipped(paths: Sequence[str]) -> None:
    """One note per input folder naming the files it holds that were not loaded, and why."""
    from polyglot_news.errors import InputError
    from polyglot_news.sources.files import directory_listing

    for path in paths:
        folder = Path(path)
        if path == "-" or not folder.is_dir():
            continue
        try:
            _, skipped = directory_listing(folder)
        except InputError:  # unreadable: loading has said so
            continue
        reasons: dict[str, list[str]] = {}
        for child, reason in skipped:
            reasons.setdefault(reason, []).append(child.name)
        if reasons:
            said = "; ".join(f"{', '.join(names)} ({why})" for why, names in reasons.items())
            where = "the current folder" if folder == Path(".") else str(folder)
            note(f"{where}: skipped {said}")


def _output_files() -> set[tuple[int, int]]:
    """``(device, inode)`` of the regular files standard output and error are redirected to."""
    found = set()
    for stream in (sys.stdout, sys.stderr):
        try:
            info = os.fstat(stream.fileno())
        except (AttributeError, OSError, ValueError):  # captured, closed, or no file at all
            continue
        if stat.S_ISREG(info.st_mode):
            found.add((info.st_dev, info.st_ino))
    return found


def _is(path: str | None, files: set[tuple[int, int]]) -> bool:
    try:
        info = os.stat(path) if path and path != "-" else None
    except OSError:
        return False
    return info is not None and (info.st_dev, info.st_ino) in files


def given_languages_from_options(values: Sequence[str] | None) -> GivenLanguages:
    """``--from [NAME=]CODE`` (repeatable) as read before any input is loaded; an unknown CODE
    is a usage error (exit 2) naming the value and what to give instead."""
    from polyglot_news.errors import UnsupportedLanguageError
    from polyglot_news.langid.given import GivenLanguages

    try:
        return GivenLanguages.parse(values)
    except UnsupportedLanguageError as exc:
        raise typer.BadParameter(exc.message, param_hint="--from") from exc


def source_languages_from_options(
    values: Sequence[str] | None, versions: Sequence[Version]
) -> dict[str, str]:
    """``{version id: language}`` of ``--from [NAME=]CODE`` (repeatable) for loaded ``versions``.

    A bare CODE applies to every version no NAME=CODE names; NAME is a version's id, path or
    file name (a file of several records gives the language of each). An unknown NAME or CODE
    is a usage error (exit 2) naming the value and what to give instead.
    """
    given = given_languages_from_options(values)
    unmatched = given.unmatched(versions)
    if unmatched:
        known = ", ".join(v.id for v in versions) or "none loaded"
        raise typer.BadParameter(
            f"{unmatched[0]!r} names no loaded version; give a file name, path or id ({known})",
            param_hint="--from",
        )
    return given.for_versions(versions)
