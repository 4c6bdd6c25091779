"""Languages a user gives for versions (``--from [NAME=]CODE``), read once for every command.

:class:`GivenLanguages` holds what ``--from`` says before any input is loaded: a language for
every version (a bare CODE) and languages for versions named by NAME. It resolves against the
versions of one load (:meth:`GivenLanguages.for_versions`): ``compare``, ``translate``,
``detect`` and ``glossary match`` resolve it against their inputs, ``batch`` against each
story's versions on the worker. A NAME is what a user can see of a version: its id (the file
stem, ``stem#N`` for the Nth record of a file), its path, or its file name
(:func:`version_names`). Codes are read by :func:`~polyglot_news.langid.declared.language_code`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from polyglot_news.errors import UnsupportedLanguageError
from polyglot_news.records import Version

__all__ = ["GivenLanguages", "could_name", "version_names"]


@dataclass(frozen=True)
class GivenLanguages:
    """``--from`` values: ``every`` (a bare CODE) and ``named`` ``(NAME, code)`` pairs, in the
    order given (a later pair for the same version wins). Codes are as detection names them
    (``ru``, ``zh-tw``). Pickles; ``bool()`` is False when nothing was given."""

    every: str | None = None
    named: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, values: Iterable[str] | None) -> GivenLanguages:
        """Read ``[NAME=]CODE`` values (``ru``, ``pt-BR``, ``short.txt=uk``, ``feed#3=Korean``).

        Raises:
            UnsupportedLanguageError: for a CODE that names no language; the message names
                the value and what to give instead (its ``source`` is the value).
        """
        from polyglot_news.langid.declared import language_code

        every: str | None = None
        named: list[tuple[str, str]] = []
        for value in values or ():
            name, _, code_text = value.rpartition("=")
            code = language_code(code_text)
            if code is None:
                raise UnsupportedLanguageError(
                    f"{code_text!r} is no language code; give an ISO 639-1 code (en, ru, uk, "
                    "ko) or a tag such as pt-BR",
                    source=value,
                )
            if name:
                named.append((name, code))
            else:
                every = code
        return cls(every, tuple(named))

    def __bool__(self) -> bool:
        return self.every is not None or bool(self.named)

    def for_versions(self, versions: Sequence[Version]) -> dict[str, str]:
        """``{version id: code}`` for the ``versions`` of one load: a NAME=CODE for the versions
        it names, the bare CODE for every other one; NAMEs that name none are passed over
        (:meth:`unmatched` lists them)."""
        named: dict[str, str] = {}
        for name, code in self.named:
            wanted = {name, _resolved(name)}
            named.update({v.id: code for v in versions if wanted & version_names(v)})
        if self.every is not None:
            return {v.id: named.get(v.id, self.every) for v in versions}
        return named

    def unmatched(self, versions: Sequence[Version]) -> list[str]:
        """The NAMEs that name none of ``versions``, in the order given."""
        names = set().union(*(version_names(v) for v in versions)) if versions else set()
        return [n for n, _ in self.named if not {n, _resolved(n)} & names]

    def describe(self) -> dict[str, str]:
        """JSON-ready: ``{"*": code}`` for a bare CODE and ``{NAME: code}`` for each pair."""
        out = {"*": self.every} if self.every is not None else {}
        out.update(self.named)
        return out


def version_names(version: Version) -> set[str]:
    """What ``--from NAME=CODE`` may call ``version``: its id, its path and its file name
    (``-`` for standard input)."""
    names = {version.id}
    if version.path == "-":
        names.add("-")
    elif version.path:
        names.update({version.path, Path(version.path).name, _resolved(version.path)})
    return names


def could_name(name: str, path: str, line: int | None = None) -> bool:
    """Whether ``name`` may name a version loaded from file ``path`` (record ``line`` of a
    JSON Lines file), before it is loaded: its path, file name, stem, ``stem#N`` or the
    ``stem-N`` a second version of the same id is given (:func:`version_names`)."""
    if name in (path, Path(path).name) or _resolved(name) == _resolved(path):
        return True
    stem = Path(path).stem
    if line is not None:
        return name in (stem, f"{stem}#{line}")
    return re.fullmatch(rf"{re.escape(stem)}(?:#\d+)?(?:-\d+)?", name) is not None


@lru_cache(maxsize=4096)
def _resolved(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return path
